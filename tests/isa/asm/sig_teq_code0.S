/* teq with code 0 fires: SIGTRAP
 * EXPECT: SIGTRAP */
#include "test_macros.h"

TEST_BEGIN
        li $t1, 5
        li $t2, 5
        teq $t1, $t2
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
