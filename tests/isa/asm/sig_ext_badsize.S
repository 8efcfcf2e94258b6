/* ext with pos + size > 32 (pos 1, size 32) -> Reserved Instruction -> SIGILL
 * EXPECT: SIGILL */
#include "test_macros.h"

TEST_BEGIN
        .word 0x7dacf840          /* ext $t4, $t5, 1, 32 */
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
