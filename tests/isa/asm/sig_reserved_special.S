/* a reserved SPECIAL function (0x0e) -> Reserved Instruction -> SIGILL
 * EXPECT: SIGILL */
#include "test_macros.h"

TEST_BEGIN
        .word 0x0000000e
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
