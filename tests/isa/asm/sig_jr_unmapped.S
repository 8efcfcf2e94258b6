/* jr to an unmapped address -> instruction fetch fault -> SIGSEGV
 * EXPECT: SIGSEGV */
#include "test_macros.h"

TEST_BEGIN
        dli $t9, 0x40000000
        jr $t9
        nop
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
