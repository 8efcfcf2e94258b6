/* sw to the (read-only, executable) text segment -> SIGSEGV
 * EXPECT: SIGSEGV */
#include "test_macros.h"

TEST_BEGIN
        dla $t1, __start
        sw $zero, 0($t1)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
