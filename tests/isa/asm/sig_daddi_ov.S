/* daddi overflow (INT64_MIN + -1) raises Integer Overflow -> SIGFPE
 * EXPECT: SIGFPE */
#include "test_macros.h"

TEST_BEGIN
        dli $t1, 0x8000000000000000
        daddi $t0, $t1, -1
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
