/* break 7 (BRK_DIVZERO) -> SIGFPE on Linux
 * EXPECT: SIGFPE
 * QEMU: SIGTRAP (qemu-user does not turn break 7 into SIGFPE) */
#include "test_macros.h"

TEST_BEGIN
        break 7
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
