/* ll from a misaligned address -> SIGBUS even with emulation on: Linux's
 * emulate_load_store_insn refuses LL/SC ("would break the semantics")
 * EXPECT: SIGBUS */
#include "test_macros.h"

TEST_BEGIN
        dla $t1, __start
        ll $t0, 2($t1)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
