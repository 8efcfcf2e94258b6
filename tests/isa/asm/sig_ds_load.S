/* a faulting load in the delay slot of a taken branch -> SIGSEGV
 * EXPECT: SIGSEGV */
#include "test_macros.h"

TEST_BEGIN
        li $t1, 0
        beq $zero, $zero, 1f
        lw $t0, 16($t1)
        EXIT_WITH(2)
1:
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
