/* sb to address 8 -> SIGSEGV
 * EXPECT: SIGSEGV */
#include "test_macros.h"

TEST_BEGIN
        li $t1, 8
        sb $t1, 0($t1)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
