/* eret in user mode -> Coprocessor Unusable -> SIGILL
 * EXPECT: SIGILL */
#include "test_macros.h"

TEST_BEGIN
        eret
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
