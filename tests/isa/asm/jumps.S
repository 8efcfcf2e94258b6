/* Jumps: j jal jr jalr (rd = $ra and rd = another register), jr.hb jalr.hb,
 * delay slots, link values, a jump table and a recursive function. */
#include "test_macros.h"

TEST_BEGIN

/* j: the delay slot runs, the instructions after it do not */
test_2:
        li TESTNUM, 2
        li $t3, 0
        j 1f
        addiu $t3, $t3, 1
        b fail_nv
        nop
1:      CHECK($t3, 1)

/* jal: $ra = jal + 8 */
test_3:
        li TESTNUM, 3
        li $t3, 0
        li $ra, 0
        jal 1f
        addiu $t3, $t3, 1
3:      b fail_nv
        nop
1:      dla $t2, 3b
        CHECK_REG($ra, $t2)
        CHECK($t3, 1)

/* jal: the delay slot already sees the new $ra */
test_4:
        li TESTNUM, 4
        jal 1f
        move $t0, $ra
3:      b fail_nv
        nop
1:      dla $t2, 3b
        CHECK_REG($t0, $t2)

/* jal + jr $ra: order of delay slots and the function body */
test_5:
        li TESTNUM, 5
        li $t0, 1
        jal func_a
        sll $t0, $t0, 1         /* 2 */
        addiu $t0, $t0, 1       /* after return: 21 */
        CHECK($t0, 21)

/* jr: delay slot runs */
test_6:
        li TESTNUM, 6
        dla $t9, 1f
        li $t3, 0
        jr $t9
        addiu $t3, $t3, 1
        b fail_nv
        nop
1:      CHECK($t3, 1)

/* jalr rs (rd = $ra) */
test_7:
        li TESTNUM, 7
        dla $t9, 1f
        li $ra, 0
        li $t3, 0
        jalr $t9
        addiu $t3, $t3, 1
3:      b fail_nv
        nop
1:      dla $t2, 3b
        CHECK_REG($ra, $t2)
        CHECK($t3, 1)

/* jalr rd, rs with rd != $ra: $ra unchanged */
test_8:
        li TESTNUM, 8
        li $ra, 0x1234
        dla $t9, 1f
        jalr $t0, $t9
        nop
3:      b fail_nv
        nop
1:      dla $t2, 3b
        CHECK_REG($t0, $t2)
        CHECK($ra, 0x1234)

/* jalr $zero, rs: behaves as jr, $zero stays 0 */
test_9:
        li TESTNUM, 9
        dla $t9, 1f
        jalr $zero, $t9
        nop
        b fail_nv
        nop
1:      CHECK($zero, 0)

/* jalr: a function called through a register returns to the link address */
test_10:
        li TESTNUM, 10
        li $t0, 1
        dla $t9, func_a
        jalr $t9
        sll $t0, $t0, 1
        addiu $t0, $t0, 1
        CHECK($t0, 21)

/* jr.hb / jalr.hb (hint 16) */
test_11:
        li TESTNUM, 11
        dla $t9, 1f
        li $t3, 0
        jr.hb $t9
        addiu $t3, $t3, 1
        b fail_nv
        nop
1:      CHECK($t3, 1)

test_12:
        li TESTNUM, 12
        dla $t9, 1f
        li $ra, 0
        jalr.hb $t9
        nop
3:      b fail_nv
        nop
1:      dla $t2, 3b
        CHECK_REG($ra, $t2)

/* jump table */
#define JT_CASE(idx, expected)                                  \
        li TESTNUM, 13 + idx;                                   \
        dla $t1, jtab;                                          \
        li $t2, idx;                                            \
        dsll $t2, $t2, 3;                                       \
        daddu $t1, $t1, $t2;                                    \
        ld $t9, 0($t1);                                         \
        li $t0, 0;                                              \
        jalr $t9;                                               \
        nop;                                                    \
        CHECK($t0, expected)

test_13:
        JT_CASE(0, 100)
        JT_CASE(1, 101)
        JT_CASE(2, 102)
        JT_CASE(3, 103)

/* recursion with a private stack: 20! */
test_17:
        li TESTNUM, 17
        move $s4, $sp
        dla $sp, stack_top
        li $a0, 20
        jal fact
        nop
        move $sp, $s4
        CHECK($v0, 0x21c3677c82b40000)

/* j within a backward loop: count to 5 */
test_18:
        li TESTNUM, 18
        li $t0, 0
1:      addiu $t0, $t0, 1
        slti $t1, $t0, 5
        beqz $t1, 2f
        nop
        j 1b
        nop
2:      CHECK($t0, 5)

/* jr with a register written by the instruction before it */
test_19:
        li TESTNUM, 19
        dla $t1, 1f
        daddiu $t1, $t1, 8      /* skip two instructions at the target */
        jr $t1
        nop
1:      b fail_nv
        nop
        CHECK($zero, 0)

TEST_END

/* func_a: t0 = ((t0 + 3) << 2) with the shift in the return's delay slot */
func_a:
        addiu $t0, $t0, 3
        jr $ra
        sll $t0, $t0, 2

jt0:    jr $ra
        li $t0, 100
jt1:    jr $ra
        li $t0, 101
jt2:    jr $ra
        li $t0, 102
jt3:    jr $ra
        li $t0, 103

/* v0 = a0! */
fact:
        daddiu $sp, $sp, -16
        sd $ra, 0($sp)
        sd $a0, 8($sp)
        slti $t8, $a0, 2
        beqz $t8, 1f
        li $v0, 1
        b 2f
        nop
1:      jal fact
        daddiu $a0, $a0, -1
        ld $a0, 8($sp)
        dmultu $v0, $a0
        mflo $v0
2:      ld $ra, 0($sp)
        jr $ra
        daddiu $sp, $sp, 16

        .data
        .balign 8
jtab:   .dword jt0, jt1, jt2, jt3

        .bss
        .balign 16
stack:  .space 4096
stack_top:
