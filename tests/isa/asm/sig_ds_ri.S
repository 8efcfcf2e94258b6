/* a reserved instruction in the delay slot of a jump -> SIGILL
 * EXPECT: SIGILL */
#include "test_macros.h"

TEST_BEGIN
        j 1f
        .word 0xec000000
        EXIT_WITH(2)
1:
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
