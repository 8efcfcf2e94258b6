/* tne with code 6 (BRK_OVERFLOW) fires: Linux sends SIGFPE
 * EXPECT: SIGFPE
 * QEMU: SIGTRAP (qemu-user maps every fired trap to SIGTRAP) */
#include "test_macros.h"

TEST_BEGIN
        li $t1, 1
        tne $t1, $zero, 6
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
