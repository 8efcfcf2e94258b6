/* jr to an address that is not a multiple of 4 -> Address Error on fetch -> SIGBUS
 * EXPECT: SIGBUS
 * QEMU: skip (qemu 7.2 aborts with "cpu_exec: assertion failed: (cpu == current_cpu)") */
#include "test_macros.h"

TEST_BEGIN
        dla $t9, 1f
        daddiu $t9, $t9, 2
        jr $t9
        nop
1:      nop
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
