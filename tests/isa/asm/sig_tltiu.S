/* tltiu fires (0 < 1 unsigned): immediate traps carry no code -> SIGTRAP
 * EXPECT: SIGTRAP */
#include "test_macros.h"

TEST_BEGIN
        tltiu $zero, 1
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
