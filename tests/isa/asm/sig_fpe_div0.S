/* div.d 1/0 with FCSR.Enables.Z set -> Floating-Point exception -> SIGFPE
 * EXPECT: SIGFPE */
#include "test_macros.h"

TEST_BEGIN
        li $t1, 0x400              /* Enables.Z */
        ctc1 $t1, $31
        dli $t1, 0x3ff0000000000000
        dmtc1 $t1, $f2
        dmtc1 $zero, $f4
        div.d $f0, $f2, $f4
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
