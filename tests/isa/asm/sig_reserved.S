/* a reserved opcode (major opcode 0x3b, unused in MIPS64r2) -> Reserved Instruction -> SIGILL
 * EXPECT: SIGILL */
#include "test_macros.h"

TEST_BEGIN
        .word 0xec000000
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
