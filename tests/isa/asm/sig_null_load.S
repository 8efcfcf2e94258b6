/* lw from address 0 -> TLB load miss, no mapping -> SIGSEGV
 * EXPECT: SIGSEGV */
#include "test_macros.h"

TEST_BEGIN
        lw $t0, 0($zero)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
