/* cache (a privileged instruction) in user mode -> Coprocessor Unusable -> SIGILL
 * EXPECT: SIGILL */
#include "test_macros.h"

TEST_BEGIN
        dla $t1, __start
        cache 0x14, 0($t1)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
