/* Conditional branches: beq bne blez bgtz bltz bgez, the branch-likely forms
 * (delay slot annulled when not taken), bltzal/bgezal/bltzall/bgezall ($ra is
 * written even when the branch is not taken), delay-slot ordering, backward and
 * long branches.  See test_macros.h for TEST_BR*: the delay slot of each branch
 * counts its executions in $t3. */
#include "test_macros.h"

TEST_BEGIN


/* ---- beq ---- */
TEST_BR2_TAKEN(2, beq, 0x0, 0x0)
TEST_BR2_TAKEN(3, beq, 0x1, 0x1)
TEST_BR2_TAKEN(4, beq, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_BR2_NOTTAKEN(5, beq, 0x0, 0x1)
TEST_BR2_NOTTAKEN(6, beq, 0xffffffffffffffff, 0xffffffff)
TEST_BR2_NOTTAKEN(7, beq, 0xffffffff80000000, 0x80000000)
TEST_BR2_NOTTAKEN(8, beq, 0x8000000000000000, 0x0)
TEST_BR2_NOTTAKEN(9, beq, 0x100000000, 0x0)
TEST_BR2_TAKEN(10, beq, 0x7fffffffffffffff, 0x7fffffffffffffff)

/* ---- beql ---- */
TEST_BR2_TAKEN(11, beql, 0x0, 0x0)
TEST_BR2_TAKEN(12, beql, 0x1, 0x1)
TEST_BR2_TAKEN(13, beql, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_BR2L_NOTTAKEN(14, beql, 0x0, 0x1)
TEST_BR2L_NOTTAKEN(15, beql, 0xffffffffffffffff, 0xffffffff)
TEST_BR2L_NOTTAKEN(16, beql, 0xffffffff80000000, 0x80000000)
TEST_BR2L_NOTTAKEN(17, beql, 0x8000000000000000, 0x0)
TEST_BR2L_NOTTAKEN(18, beql, 0x100000000, 0x0)
TEST_BR2_TAKEN(19, beql, 0x7fffffffffffffff, 0x7fffffffffffffff)

/* ---- bne ---- */
TEST_BR2_NOTTAKEN(20, bne, 0x0, 0x0)
TEST_BR2_NOTTAKEN(21, bne, 0x1, 0x1)
TEST_BR2_NOTTAKEN(22, bne, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_BR2_TAKEN(23, bne, 0x0, 0x1)
TEST_BR2_TAKEN(24, bne, 0xffffffffffffffff, 0xffffffff)
TEST_BR2_TAKEN(25, bne, 0xffffffff80000000, 0x80000000)
TEST_BR2_TAKEN(26, bne, 0x8000000000000000, 0x0)
TEST_BR2_TAKEN(27, bne, 0x100000000, 0x0)
TEST_BR2_NOTTAKEN(28, bne, 0x7fffffffffffffff, 0x7fffffffffffffff)

/* ---- bnel ---- */
TEST_BR2L_NOTTAKEN(29, bnel, 0x0, 0x0)
TEST_BR2L_NOTTAKEN(30, bnel, 0x1, 0x1)
TEST_BR2L_NOTTAKEN(31, bnel, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_BR2_TAKEN(32, bnel, 0x0, 0x1)
TEST_BR2_TAKEN(33, bnel, 0xffffffffffffffff, 0xffffffff)
TEST_BR2_TAKEN(34, bnel, 0xffffffff80000000, 0x80000000)
TEST_BR2_TAKEN(35, bnel, 0x8000000000000000, 0x0)
TEST_BR2_TAKEN(36, bnel, 0x100000000, 0x0)
TEST_BR2L_NOTTAKEN(37, bnel, 0x7fffffffffffffff, 0x7fffffffffffffff)

/* ---- blez ---- */
TEST_BR1_TAKEN(38, blez, 0x0)
TEST_BR1_NOTTAKEN(39, blez, 0x1)
TEST_BR1_TAKEN(40, blez, 0xffffffffffffffff)
TEST_BR1_TAKEN(41, blez, 0x8000000000000000)
TEST_BR1_NOTTAKEN(42, blez, 0x7fffffffffffffff)
TEST_BR1_NOTTAKEN(43, blez, 0x80000000)
TEST_BR1_TAKEN(44, blez, 0xffffffff80000000)
TEST_BR1_NOTTAKEN(45, blez, 0x100000000)

/* ---- blezl ---- */
TEST_BR1_TAKEN(46, blezl, 0x0)
TEST_BR1L_NOTTAKEN(47, blezl, 0x1)
TEST_BR1_TAKEN(48, blezl, 0xffffffffffffffff)
TEST_BR1_TAKEN(49, blezl, 0x8000000000000000)
TEST_BR1L_NOTTAKEN(50, blezl, 0x7fffffffffffffff)
TEST_BR1L_NOTTAKEN(51, blezl, 0x80000000)
TEST_BR1_TAKEN(52, blezl, 0xffffffff80000000)
TEST_BR1L_NOTTAKEN(53, blezl, 0x100000000)

/* ---- bgtz ---- */
TEST_BR1_NOTTAKEN(54, bgtz, 0x0)
TEST_BR1_TAKEN(55, bgtz, 0x1)
TEST_BR1_NOTTAKEN(56, bgtz, 0xffffffffffffffff)
TEST_BR1_NOTTAKEN(57, bgtz, 0x8000000000000000)
TEST_BR1_TAKEN(58, bgtz, 0x7fffffffffffffff)
TEST_BR1_TAKEN(59, bgtz, 0x80000000)
TEST_BR1_NOTTAKEN(60, bgtz, 0xffffffff80000000)
TEST_BR1_TAKEN(61, bgtz, 0x100000000)

/* ---- bgtzl ---- */
TEST_BR1L_NOTTAKEN(62, bgtzl, 0x0)
TEST_BR1_TAKEN(63, bgtzl, 0x1)
TEST_BR1L_NOTTAKEN(64, bgtzl, 0xffffffffffffffff)
TEST_BR1L_NOTTAKEN(65, bgtzl, 0x8000000000000000)
TEST_BR1_TAKEN(66, bgtzl, 0x7fffffffffffffff)
TEST_BR1_TAKEN(67, bgtzl, 0x80000000)
TEST_BR1L_NOTTAKEN(68, bgtzl, 0xffffffff80000000)
TEST_BR1_TAKEN(69, bgtzl, 0x100000000)

/* ---- bltz ---- */
TEST_BR1_NOTTAKEN(70, bltz, 0x0)
TEST_BR1_NOTTAKEN(71, bltz, 0x1)
TEST_BR1_TAKEN(72, bltz, 0xffffffffffffffff)
TEST_BR1_TAKEN(73, bltz, 0x8000000000000000)
TEST_BR1_NOTTAKEN(74, bltz, 0x7fffffffffffffff)
TEST_BR1_NOTTAKEN(75, bltz, 0x80000000)
TEST_BR1_TAKEN(76, bltz, 0xffffffff80000000)
TEST_BR1_NOTTAKEN(77, bltz, 0x100000000)

/* ---- bltzl ---- */
TEST_BR1L_NOTTAKEN(78, bltzl, 0x0)
TEST_BR1L_NOTTAKEN(79, bltzl, 0x1)
TEST_BR1_TAKEN(80, bltzl, 0xffffffffffffffff)
TEST_BR1_TAKEN(81, bltzl, 0x8000000000000000)
TEST_BR1L_NOTTAKEN(82, bltzl, 0x7fffffffffffffff)
TEST_BR1L_NOTTAKEN(83, bltzl, 0x80000000)
TEST_BR1_TAKEN(84, bltzl, 0xffffffff80000000)
TEST_BR1L_NOTTAKEN(85, bltzl, 0x100000000)

/* ---- bgez ---- */
TEST_BR1_TAKEN(86, bgez, 0x0)
TEST_BR1_TAKEN(87, bgez, 0x1)
TEST_BR1_NOTTAKEN(88, bgez, 0xffffffffffffffff)
TEST_BR1_NOTTAKEN(89, bgez, 0x8000000000000000)
TEST_BR1_TAKEN(90, bgez, 0x7fffffffffffffff)
TEST_BR1_TAKEN(91, bgez, 0x80000000)
TEST_BR1_NOTTAKEN(92, bgez, 0xffffffff80000000)
TEST_BR1_TAKEN(93, bgez, 0x100000000)

/* ---- bgezl ---- */
TEST_BR1_TAKEN(94, bgezl, 0x0)
TEST_BR1_TAKEN(95, bgezl, 0x1)
TEST_BR1L_NOTTAKEN(96, bgezl, 0xffffffffffffffff)
TEST_BR1L_NOTTAKEN(97, bgezl, 0x8000000000000000)
TEST_BR1_TAKEN(98, bgezl, 0x7fffffffffffffff)
TEST_BR1_TAKEN(99, bgezl, 0x80000000)
TEST_BR1L_NOTTAKEN(100, bgezl, 0xffffffff80000000)
TEST_BR1_TAKEN(101, bgezl, 0x100000000)

/* ---- bltzal ($ra = branch + 8, taken or not) ---- */
TEST_BRAL(102, bltzal, 0x0, 0, 1)
TEST_BRAL(103, bltzal, 0x1, 0, 1)
TEST_BRAL(104, bltzal, 0xffffffffffffffff, 1, 1)
TEST_BRAL(105, bltzal, 0x8000000000000000, 1, 1)
TEST_BRAL(106, bltzal, 0x7fffffffffffffff, 0, 1)
TEST_BRAL(107, bltzal, 0x80000000, 0, 1)
TEST_BRAL(108, bltzal, 0xffffffff80000000, 1, 1)
TEST_BRAL(109, bltzal, 0x100000000, 0, 1)

/* ---- bltzall ($ra = branch + 8, taken or not) ---- */
TEST_BRAL(110, bltzall, 0x0, 0, 0)
TEST_BRAL(111, bltzall, 0x1, 0, 0)
TEST_BRAL(112, bltzall, 0xffffffffffffffff, 1, 1)
TEST_BRAL(113, bltzall, 0x8000000000000000, 1, 1)
TEST_BRAL(114, bltzall, 0x7fffffffffffffff, 0, 0)
TEST_BRAL(115, bltzall, 0x80000000, 0, 0)
TEST_BRAL(116, bltzall, 0xffffffff80000000, 1, 1)
TEST_BRAL(117, bltzall, 0x100000000, 0, 0)

/* ---- bgezal ($ra = branch + 8, taken or not) ---- */
TEST_BRAL(118, bgezal, 0x0, 1, 1)
TEST_BRAL(119, bgezal, 0x1, 1, 1)
TEST_BRAL(120, bgezal, 0xffffffffffffffff, 0, 1)
TEST_BRAL(121, bgezal, 0x8000000000000000, 0, 1)
TEST_BRAL(122, bgezal, 0x7fffffffffffffff, 1, 1)
TEST_BRAL(123, bgezal, 0x80000000, 1, 1)
TEST_BRAL(124, bgezal, 0xffffffff80000000, 0, 1)
TEST_BRAL(125, bgezal, 0x100000000, 1, 1)

/* ---- bgezall ($ra = branch + 8, taken or not) ---- */
TEST_BRAL(126, bgezall, 0x0, 1, 1)
TEST_BRAL(127, bgezall, 0x1, 1, 1)
TEST_BRAL(128, bgezall, 0xffffffffffffffff, 0, 0)
TEST_BRAL(129, bgezall, 0x8000000000000000, 0, 0)
TEST_BRAL(130, bgezall, 0x7fffffffffffffff, 1, 1)
TEST_BRAL(131, bgezall, 0x80000000, 1, 1)
TEST_BRAL(132, bgezall, 0xffffffff80000000, 0, 0)
TEST_BRAL(133, bgezall, 0x100000000, 1, 1)

/* ---- delay-slot semantics ---- */

/* The branch compares the values it sees before its delay slot runs. */
test_140:
        li TESTNUM, 140
        li $t1, 5; li $t2, 5
        beq $t1, $t2, 1f
        addiu $t1, $t1, 1
        b fail_nv
        nop
1:      CHECK($t1, 6)

/* A delay slot that would make the condition true does not make the branch taken. */
test_141:
        li TESTNUM, 141
        li $t1, 5; li $t2, 6
        beq $t1, $t2, 1f
        addiu $t1, $t1, 1
        b 2f
        nop
1:      b fail_nv
        nop
2:      CHECK($t1, 6)

/* The delay slot runs before the first instruction at the target. */
test_142:
        li TESTNUM, 142
        li $t0, 1
        b 1f
        sll $t0, $t0, 4
1:      addiu $t0, $t0, 1
        CHECK($t0, 17)

/* Target = the instruction right after the delay slot. */
test_143:
        li TESTNUM, 143
        li $t3, 0
        beq $zero, $zero, 1f
        addiu $t3, $t3, 1
1:      addiu $t3, $t3, 1
        CHECK($t3, 2)

/* A store in the delay slot of a taken branch is performed. */
test_144:
        li TESTNUM, 144
        dla $t1, bdat
        li $t2, 0x1234
        sw $zero, 0($t1)
        b 1f
        sw $t2, 0($t1)
        b fail_nv
        nop
1:      lw $t0, 0($t1)
        CHECK($t0, 0x1234)

/* A not-taken branch-likely annuls a delay slot that would fault if executed. */
test_145:
        li TESTNUM, 145
        li $t1, 1
        beql $t1, $zero, 1f
        lw $t0, 0($zero)
        b 2f
        nop
1:      b fail_nv
        nop
2:      CHECK($t1, 1)

/* Backward loop with the decrement in the delay slot: sum 10..0 */
test_146:
        li TESTNUM, 146
        li $t0, 0; li $t1, 10
1:      daddu $t0, $t0, $t1
        bnez $t1, 1b
        daddiu $t1, $t1, -1
        CHECK($t0, 55)
        CHECK($t1, -1)

/* Branch-likely loop: the final, not-taken iteration annuls the decrement. */
test_147:
        li TESTNUM, 147
        li $t0, 0; li $t1, 10
1:      daddiu $t0, $t0, 1
        bnel $t1, $zero, 1b
        daddiu $t1, $t1, -1
        CHECK($t0, 11)
        CHECK($t1, 0)

/* Chained branches: the target of a branch is another branch. */
test_148:
        li TESTNUM, 148
        li $t3, 0
        b 1f
        addiu $t3, $t3, 1
2:      b 3f
        addiu $t3, $t3, 4
1:      b 2b
        addiu $t3, $t3, 2
3:      CHECK($t3, 7)

/* rs == rt */
test_149:
        li TESTNUM, 149
        dli $t1, 0x8000000000000000
        li $t3, 0
        bne $t1, $t1, 1f
        addiu $t3, $t3, 1
        beq $t1, $t1, 2f
        addiu $t3, $t3, 1
1:      b fail_nv
        nop
2:      CHECK($t3, 2)

/* bal ($ra read in the delay slot already holds the link address) */
test_150:
        li TESTNUM, 150
        li $ra, 0
        bal 1f
        move $t0, $ra
3:      b fail_nv
        nop
1:      dla $t2, 3b
        CHECK_REG($t0, $t2)
        CHECK_REG($ra, $t2)

/* bal to a subroutine that returns with jr $ra */
test_151:
        li TESTNUM, 151
        li $t0, 1
        bal 1f
        sll $t0, $t0, 1
        addiu $t0, $t0, 1
        b 2f
        nop
1:      addiu $t0, $t0, 3
        jr $ra
        sll $t0, $t0, 2
2:      CHECK($t0, 21)

/* Long branches: about 120 KB forwards and backwards over break instructions
 * that must never execute. */
test_152:
        li TESTNUM, 152
        li $t3, 0
        b 2f
        nop
1:      addiu $t3, $t3, 1
        b 3f
        nop
        .fill 30000, 4, 0x0000000d
2:      beq $zero, $zero, 1b
        addiu $t3, $t3, 2
3:      CHECK($t3, 3)

/* Linking branch-likely, not taken: $ra written, slot annulled, falls through. */
test_153:
        li TESTNUM, 153
        li $t1, 1
        li $t3, 0
        bltzall $t1, 1f
        addiu $t3, $t3, 1
4:      CHECK($t3, 0)
        dla $t2, 4b
        CHECK_REG($ra, $t2)
        b 2f
        nop
1:      b fail_nv
        nop
2:

TEST_END

        .data
        .balign 8
bdat:   .dword 0
