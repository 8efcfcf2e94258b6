/* dsub overflow (0 - INT64_MIN) raises Integer Overflow -> SIGFPE
 * EXPECT: SIGFPE */
#include "test_macros.h"

TEST_BEGIN
        dli $t2, 0x8000000000000000
        dsub $t0, $zero, $t2
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
