/* break (code 0) -> SIGTRAP
 * EXPECT: SIGTRAP */
#include "test_macros.h"

TEST_BEGIN
        break
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
