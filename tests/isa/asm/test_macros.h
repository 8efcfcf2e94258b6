/* Shared macros for the per-instruction assembly tests (riscv-tests style).
 *
 * Each test program is a freestanding MIPS64r2 little-endian n64 executable
 * (-nostdlib -static -mno-abicalls -fno-pic, entry __start) that runs a list
 * of numbered cases.  On the first mismatch it prints
 *     FAIL test N: got 0x..., expected 0x...
 * on stderr and exits (n64 exit_group, syscall 5205) with status N; when
 * every case passes it exits with status 0.  Test numbers are 2..255 so the
 * exit status is the test number.
 *
 * Register conventions (a case must not clobber these):
 *   $s7 (TESTNUM)  number of the running case
 *   $s0 (GOT)      value checked by the last CHECK
 *   $s1 (EXP)      value it was compared with
 *   $s6            internal to the fail handler
 * Operands of the generic macros: results in $t0 ($12), sources in $t1/$t2
 * ($13/$14), scratch $t3 ($15), $a4..$a7, $v1, $s2..$s5.
 *
 * Everything is assembled with `.set noreorder`: each branch is followed by
 * its delay-slot instruction explicitly.  Comments use C syntax because the
 * file goes through cpp.
 *
 * Programs whose expected outcome is a signal state it in a line
 *     EXPECT: SIGxxx
 * inside a comment (tests/isa/test_asm.py reads it); qemu-user differences
 * are stated with a "QEMU: SIGxxx" line.
 */
#ifndef MIPSVM_TEST_MACROS_H
#define MIPSVM_TEST_MACROS_H

#define TESTNUM $s7
#define GOT     $s0
#define EXP     $s1

#define SYS_write       5001
#define SYS_exit_group  5205
#define SYS_set_thread_area 5242
#define SYS_rt_sigaction 5013

/* ------------------------------------------------------------------------ */
/* Program frame                                                              */
/* ------------------------------------------------------------------------ */

#define TEST_BEGIN                                                            \
        .set noreorder;                                                       \
        .text;                                                                \
        .globl __start;                                                       \
        .type __start, @function;                                             \
__start:                                                                      \
        li TESTNUM, 0;

/* All cases passed: exit(0).  Then the shared fail handler. */
#define TEST_END                                                              \
        TEST_PASS;                                                            \
        TEST_FAIL_HANDLER

#define TEST_PASS                                                             \
        li $a0, 0;                                                            \
        li $v0, SYS_exit_group;                                               \
        syscall;                                                              \
        nop

#define EXIT_WITH(code)                                                       \
        li $a0, code;                                                         \
        li $v0, SYS_exit_group;                                               \
        syscall;                                                              \
        nop

/* Compare a register with a 64-bit constant; on mismatch go to `fail`. */
#define CHECK(reg, expected)                                                  \
        move GOT, reg;                                                        \
        dli EXP, expected;                                                    \
        bne GOT, EXP, fail;                                                   \
        nop

/* Compare two registers. */
#define CHECK_REG(reg, ereg)                                                  \
        move GOT, reg;                                                        \
        move EXP, ereg;                                                       \
        bne GOT, EXP, fail;                                                   \
        nop

/* A case: run `code`, then compare `reg` with `expected`. */
#define TEST_CASE(num, reg, expected, code...)                                \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        code;                                                                 \
        CHECK(reg, expected)

/* ------------------------------------------------------------------------ */
/* Register-register, register-immediate, one-operand                         */
/* ------------------------------------------------------------------------ */

#define TEST_RR(num, inst, expected, val1, val2)                              \
        TEST_CASE(num, $t0, expected,                                         \
                  dli $t1, val1; dli $t2, val2; inst $t0, $t1, $t2)

#define TEST_RR_SRC1_EQ_DEST(num, inst, expected, val1, val2)                 \
        TEST_CASE(num, $t1, expected,                                         \
                  dli $t1, val1; dli $t2, val2; inst $t1, $t1, $t2)

#define TEST_RR_SRC2_EQ_DEST(num, inst, expected, val1, val2)                 \
        TEST_CASE(num, $t2, expected,                                         \
                  dli $t1, val1; dli $t2, val2; inst $t2, $t1, $t2)

#define TEST_RR_SRC12_EQ_DEST(num, inst, expected, val1)                      \
        TEST_CASE(num, $t1, expected, dli $t1, val1; inst $t1, $t1, $t1)

#define TEST_RR_ZEROSRC1(num, inst, expected, val)                            \
        TEST_CASE(num, $t0, expected, dli $t2, val; inst $t0, $zero, $t2)

#define TEST_RR_ZEROSRC2(num, inst, expected, val)                            \
        TEST_CASE(num, $t0, expected, dli $t1, val; inst $t0, $t1, $zero)

/* Writing $zero is discarded. */
#define TEST_RR_ZERODEST(num, inst, val1, val2)                               \
        TEST_CASE(num, $zero, 0,                                              \
                  dli $t1, val1; dli $t2, val2; inst $zero, $t1, $t2)

#define TEST_IMM(num, inst, expected, val1, imm)                              \
        TEST_CASE(num, $t0, expected, dli $t1, val1; inst $t0, $t1, imm)

#define TEST_IMM_SRC1_EQ_DEST(num, inst, expected, val1, imm)                 \
        TEST_CASE(num, $t1, expected, dli $t1, val1; inst $t1, $t1, imm)

#define TEST_IMM_ZEROSRC1(num, inst, expected, imm)                           \
        TEST_CASE(num, $t0, expected, inst $t0, $zero, imm)

#define TEST_IMM_ZERODEST(num, inst, val1, imm)                               \
        TEST_CASE(num, $zero, 0, dli $t1, val1; inst $zero, $t1, imm)

/* One source: `inst rd, rs` (clz, seb, wsbh, ...). */
#define TEST_R(num, inst, expected, val1)                                     \
        TEST_CASE(num, $t0, expected, dli $t1, val1; inst $t0, $t1)

#define TEST_R_SRC1_EQ_DEST(num, inst, expected, val1)                        \
        TEST_CASE(num, $t1, expected, dli $t1, val1; inst $t1, $t1)

/* Bit fields: `inst rt, rs, pos, size`; rt starts as `init`. */
#define TEST_BF(num, inst, expected, init, val, pos, size)                    \
        TEST_CASE(num, $t0, expected,                                         \
                  dli $t0, init; dli $t1, val; inst $t0, $t1, pos, size)

/* HI/LO producers: `inst rs, rt` then check HI and LO. */
#define TEST_HILO(num, inst, exp_hi, exp_lo, val1, val2)                      \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; dli $t2, val2;                                         \
        inst $t1, $t2;                                                        \
        mfhi $t0; CHECK($t0, exp_hi);                                         \
        mflo $t0; CHECK($t0, exp_lo)

/* Divides: `inst $zero, rs, rt` is the raw instruction (no assembler checks). */
#define TEST_DIV(num, inst, exp_hi, exp_lo, val1, val2)                       \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; dli $t2, val2;                                         \
        inst $zero, $t1, $t2;                                                 \
        mfhi $t0; CHECK($t0, exp_hi);                                         \
        mflo $t0; CHECK($t0, exp_lo)

/* Accumulating multiplies: HI:LO = (hi0, lo0) before `inst rs, rt`. */
#define TEST_MACC(num, inst, exp_hi, exp_lo, hi0, lo0, val1, val2)            \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t3, hi0; mthi $t3; dli $t3, lo0; mtlo $t3;                        \
        dli $t1, val1; dli $t2, val2;                                         \
        inst $t1, $t2;                                                        \
        mfhi $t0; CHECK($t0, exp_hi);                                         \
        mflo $t0; CHECK($t0, exp_lo)

/* Conditional moves: rd starts as `init`, rs = val, rt = cond. */
#define TEST_CMOV(num, inst, expected, init, val, cond)                       \
        TEST_CASE(num, $t0, expected,                                         \
                  dli $t0, init; dli $t1, val; dli $t2, cond;                 \
                  inst $t0, $t1, $t2)

/* ------------------------------------------------------------------------ */
/* Loads and stores                                                           */
/* ------------------------------------------------------------------------ */

/* rt = init; `inst rt, offset(base)` with base = &label + bias. */
#define TEST_LD(num, inst, expected, label, bias, offset, init)               \
        TEST_CASE(num, $t0, expected,                                         \
                  dla $t1, label; daddiu $t1, $t1, bias; dli $t0, init;       \
                  inst $t0, offset($t1))

/* The 16-byte buffer at `label` is filled with fill0/fill1, then
 * `inst val, offset(base)` (base = &label + bias); both doublewords of
 * the buffer are compared with exp0/exp1. */
#define TEST_ST(num, inst, exp0, exp1, label, bias, offset, val, fill0, fill1) \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dla $t1, label;                                                       \
        dli $t3, fill0; sd $t3, 0($t1);                                       \
        dli $t3, fill1; sd $t3, 8($t1);                                       \
        daddiu $t2, $t1, bias;                                                \
        dli $t0, val;                                                         \
        inst $t0, offset($t2);                                                \
        ld $t3, 0($t1); CHECK($t3, exp0);                                     \
        ld $t3, 8($t1); CHECK($t3, exp1)

/* ------------------------------------------------------------------------ */
/* Branches                                                                   */
/* ------------------------------------------------------------------------ */

/* Every branch below has `addiu $t3, $t3, 1` in its delay slot; $t3 counts
 * how often the slot executed.  Taken branches land on label 1. */

#define TEST_BR2_TAKEN(num, inst, val1, val2)                                 \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; dli $t2, val2; li $t3, 0;                              \
        inst $t1, $t2, 1f;                                                    \
        addiu $t3, $t3, 1;                                                    \
        b fail_nv;                                                            \
        nop;                                                                  \
1:      CHECK($t3, 1)

#define TEST_BR2_NOTTAKEN(num, inst, val1, val2)                              \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; dli $t2, val2; li $t3, 0;                              \
        inst $t1, $t2, 1f;                                                    \
        addiu $t3, $t3, 1;                                                    \
        b 2f;                                                                 \
        nop;                                                                  \
1:      b fail_nv;                                                            \
        nop;                                                                  \
2:      CHECK($t3, 1)

/* Branch likely not taken: the delay slot is annulled. */
#define TEST_BR2L_NOTTAKEN(num, inst, val1, val2)                             \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; dli $t2, val2; li $t3, 0;                              \
        inst $t1, $t2, 1f;                                                    \
        addiu $t3, $t3, 1;                                                    \
        b 2f;                                                                 \
        nop;                                                                  \
1:      b fail_nv;                                                            \
        nop;                                                                  \
2:      CHECK($t3, 0)

#define TEST_BR1_TAKEN(num, inst, val1)                                       \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; li $t3, 0;                                             \
        inst $t1, 1f;                                                         \
        addiu $t3, $t3, 1;                                                    \
        b fail_nv;                                                            \
        nop;                                                                  \
1:      CHECK($t3, 1)

#define TEST_BR1_NOTTAKEN(num, inst, val1)                                    \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; li $t3, 0;                                             \
        inst $t1, 1f;                                                         \
        addiu $t3, $t3, 1;                                                    \
        b 2f;                                                                 \
        nop;                                                                  \
1:      b fail_nv;                                                            \
        nop;                                                                  \
2:      CHECK($t3, 1)

#define TEST_BR1L_NOTTAKEN(num, inst, val1)                                   \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; li $t3, 0;                                             \
        inst $t1, 1f;                                                         \
        addiu $t3, $t3, 1;                                                    \
        b 2f;                                                                 \
        nop;                                                                  \
1:      b fail_nv;                                                            \
        nop;                                                                  \
2:      CHECK($t3, 0)

/* Linking branches: $ra must hold the address after the delay slot (label 3)
 * whether or not the branch is taken.  `slot` is the delay-slot count the
 * case expects (0 only for a not-taken branch-likely). */
#define TEST_BRAL(num, inst, val1, taken, slot)                               \
test_##num:                                                                   \
        li TESTNUM, num;                                                      \
        dli $t1, val1; li $t3, 0; li $ra, 0; li $t0, 0;                       \
        inst $t1, 1f;                                                         \
        addiu $t3, $t3, 1;                                                    \
3:      b 2f;                                                                 \
        nop;                                                                  \
1:      li $t0, 1;                                                            \
2:      CHECK($t0, taken);                                                    \
        CHECK($t3, slot);                                                     \
        dla $t2, 3b;                                                          \
        CHECK_REG($ra, $t2)

/* ------------------------------------------------------------------------ */
/* The fail handler (emitted once, by TEST_END)                              */
/* ------------------------------------------------------------------------ */

#define TEST_FAIL_HANDLER                                                     \
        .section .rodata.testmacros, "a";                                     \
__tm_s_fail:    .asciz "FAIL test ";                                          \
__tm_s_got:     .asciz ": got ";                                              \
__tm_s_exp:     .asciz ", expected ";                                         \
__tm_s_nl:      .asciz "\n";                                                  \
        .section .bss.testmacros, "aw", @nobits;                              \
        .balign 8;                                                            \
__tm_buf:       .space 64;                                                    \
        .text;                                                                \
        .balign 8;                                                            \
fail_nv:                                                                      \
        b __tm_fail_common;                                                   \
        li $s6, 0;                                                            \
fail:                                                                         \
        li $s6, 1;                                                            \
__tm_fail_common:                                                             \
        dla $a1, __tm_s_fail; jal __tm_puts; nop;                             \
        move $a0, TESTNUM; jal __tm_putdec; nop;                              \
        beqz $s6, 1f; nop;                                                    \
        dla $a1, __tm_s_got; jal __tm_puts; nop;                              \
        move $a0, GOT; jal __tm_puthex; nop;                                  \
        dla $a1, __tm_s_exp; jal __tm_puts; nop;                              \
        move $a0, EXP; jal __tm_puthex; nop;                                  \
1:      dla $a1, __tm_s_nl; jal __tm_puts; nop;                               \
        move $a0, TESTNUM;                                                    \
        sltiu $t8, $a0, 256;                                                  \
        bnez $t8, 2f; nop;                                                    \
        li $a0, 255;                                                          \
2:      bnez $a0, 3f; nop;                                                    \
        li $a0, 255;                                                          \
3:      li $v0, SYS_exit_group;                                               \
        syscall;                                                              \
        nop;                                                                  \
        /* write(2, $a1, $a2) */                                              \
__tm_write:                                                                   \
        li $a0, 2;                                                            \
        li $v0, SYS_write;                                                    \
        syscall;                                                              \
        jr $ra;                                                               \
        nop;                                                                  \
        /* write the NUL-terminated string at $a1 */                          \
__tm_puts:                                                                    \
        move $a2, $zero;                                                      \
1:      daddu $t8, $a1, $a2;                                                  \
        lbu $t8, 0($t8);                                                      \
        bnez $t8, 1b;                                                         \
        daddiu $a2, $a2, 1;                                                   \
        b __tm_write;                                                         \
        daddiu $a2, $a2, -1;                                                  \
        /* write $a0 as 0x + 16 hex digits */                                 \
__tm_puthex:                                                                  \
        dla $a1, __tm_buf;                                                    \
        li $t8, 0x30; sb $t8, 0($a1);                                         \
        li $t8, 0x78; sb $t8, 1($a1);                                         \
        li $a2, 17;                                                           \
1:      andi $t8, $a0, 15;                                                    \
        sltiu $t9, $t8, 10;                                                   \
        bnez $t9, 2f;                                                         \
        addiu $t8, $t8, 0x30;                                                 \
        addiu $t8, $t8, 39;                                                   \
2:      daddu $t9, $a1, $a2;                                                  \
        sb $t8, 0($t9);                                                       \
        dsrl $a0, $a0, 4;                                                     \
        addiu $a2, $a2, -1;                                                   \
        sltiu $t9, $a2, 2;                                                    \
        beqz $t9, 1b;                                                         \
        nop;                                                                  \
        b __tm_write;                                                         \
        li $a2, 18;                                                           \
        /* write $a0 in decimal (unsigned) */                                 \
__tm_putdec:                                                                  \
        dla $a1, __tm_buf + 40;                                               \
        move $a2, $zero;                                                      \
1:      li $t9, 10;                                                           \
        ddivu $zero, $a0, $t9;                                                \
        mfhi $t8;                                                             \
        mflo $a0;                                                             \
        addiu $t8, $t8, 0x30;                                                 \
        daddiu $a1, $a1, -1;                                                  \
        sb $t8, 0($a1);                                                       \
        bnez $a0, 1b;                                                         \
        addiu $a2, $a2, 1;                                                    \
        b __tm_write;                                                         \
        nop

#endif
