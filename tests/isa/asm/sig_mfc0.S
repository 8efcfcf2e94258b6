/* mfc0 in user mode -> Coprocessor Unusable (CP0) -> SIGILL
 * EXPECT: SIGILL */
#include "test_macros.h"

TEST_BEGIN
        mfc0 $t0, $12
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
