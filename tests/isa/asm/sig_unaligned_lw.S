/* lw from an address that is not a multiple of 4 -> Address Error -> SIGBUS
 * (A Linux kernel would emulate the access for a user program, TIF_FIXADE; mipsvm
 * follows qemu-user and sends SIGBUS, see mipsvm/host/process.py.)
 * EXPECT: SIGBUS */
#include "test_macros.h"

TEST_BEGIN
        dla $t1, __start
        lw $t0, 1($t1)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
