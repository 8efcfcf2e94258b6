/* lw from an address that is not a multiple of 4 -> Address Error -> SIGBUS
 * with emulation off, as qemu-user gives (Linux and mipsvm emulate it by
 * default, TIF_FIXADE: see unaligned_fixup.S)
 * MIPSVM: --unaligned signal
 * EXPECT: SIGBUS */
#include "test_macros.h"

TEST_BEGIN
        dla $t1, __start
        lw $t0, 1($t1)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
