/* sub overflow (INT32_MIN - 1) raises Integer Overflow -> SIGFPE
 * EXPECT: SIGFPE */
#include "test_macros.h"

TEST_BEGIN
        dli $t1, 0xffffffff80000000
        li $t2, 1
        sub $t0, $t1, $t2
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
