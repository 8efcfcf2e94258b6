/* teq with code 7 (BRK_DIVZERO, what gcc emits after a divide) fires: Linux sends SIGFPE
 * EXPECT: SIGFPE
 * QEMU: SIGTRAP (qemu-user maps every fired trap to SIGTRAP) */
#include "test_macros.h"

TEST_BEGIN
        li $t1, 0
        teq $t1, $zero, 7
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
