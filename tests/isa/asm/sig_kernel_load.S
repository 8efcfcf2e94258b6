/* lw from a kernel-segment address (0xffffffff80000000) in user mode -> Address
 * Error; mipsvm (mipsvm/host/process.py) and qemu-user report it as SIGSEGV.
 * EXPECT: SIGSEGV */
#include "test_macros.h"

TEST_BEGIN
        dli $t1, 0xffffffff80000000
        lw $t0, 0($t1)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
