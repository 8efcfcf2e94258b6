/* sd to an address that is not a multiple of 8 -> Address Error (store) -> SIGBUS
 * with emulation off, as qemu-user gives (Linux and mipsvm emulate it by
 * default, TIF_FIXADE: see unaligned_fixup.S)
 * MIPSVM: --unaligned signal
 * EXPECT: SIGBUS */
#include "test_macros.h"

TEST_BEGIN
        dla $t1, sig_buf
        sd $t0, 4($t1)
        .bss
        .balign 16
sig_buf: .space 16
        .text
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
