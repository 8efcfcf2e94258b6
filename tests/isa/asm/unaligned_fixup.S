/* Misaligned loads and stores emulated by the kernel (Linux do_ade /
 * emulate_load_store_insn, TIF_FIXADE on by default): values, sign and zero
 * extension, FP loads and stores, a load in the delay slot of taken and
 * not-taken branches and of jal/jalr (the pc goes where the branch goes), and
 * stores that cross a 16 KB page boundary.  Expected values: the bytes of tdat
 * read in little-endian order.
 * QEMU: SIGBUS (qemu-user does not emulate: the first misaligned lw kills it) */
#include "test_macros.h"

TEST_BEGIN

/* ---- loads ---- */
TEST_LD(2, lw, 0xffffffff80706050, tdat, 0, 4, 0)
TEST_LD(3, lw, 0x7e010080, tdat, 0, 7, 0)
TEST_LD(4, lwu, 0x80706050, tdat, 0, 4, 0)
TEST_LD(5, lh, 0xffffffffffff8070, tdat, 0, 6, 0)
TEST_LD(6, lhu, 0x8070, tdat, 0, 6, 0)
TEST_LD(7, lh, 0xfffffffffffffc7f, tdat, 0, 11, -1)
TEST_LD(8, lh, 0x80, tdat, 0, 7, -1)
TEST_LD(9, ld, 0x7e01008070605040, tdat, 0, 3, 0)
TEST_LD(10, ld, 0x00fffefdfc7f7e01, tdat, 0, 9, 0)
TEST_LD(11, ld, 0xfefdfc7f7e010080, tdat, 0, 7, 0)
TEST_CASE(12, $t0, 0, dla $t1, tdat; lw $zero, 1($t1); move $t0, $zero)

/* ---- stores: the 16-byte buffer compared as two doublewords ---- */
TEST_ST(13, sw, 0x5555551122334455, 0x5555555555555555, sbuf, 0, 1, 0x11223344, 0x5555555555555555, 0x5555555555555555)
TEST_ST(14, sh, 0x5555555555abcd55, 0x5555555555555555, sbuf, 0, 1, 0xabcd, 0x5555555555555555, 0x5555555555555555)
TEST_ST(15, sd, 0x0706050403020155, 0x5555555555555508, sbuf, 0, 1, 0x0807060504030201, 0x5555555555555555, 0x5555555555555555)
TEST_ST(16, sd, 0x0504030201000000, 0x0000000000080706, sbuf, 0, 3, 0x0807060504030201, 0, 0)
TEST_ST(17, sw, 0x0000000000000000, 0x3322110000000000, sbuf, 8, 5, 0x00332211, 0, 0)
TEST_ST(18, sh, 0x0000000000000000, 0xaa00000000000000, sbuf, 0, 15, 0xbbaa, 0, 0) /* its second byte is sbuf+16 */
test_19:
        li TESTNUM, 19
        dla $t1, sbuf
        lbu $t0, 16($t1)
        CHECK($t0, 0xbb)
        lbu $t0, 15($t1)
        CHECK($t0, 0xaa)

/* ---- FP: ldc1/sdc1/lwc1/swc1 and the indexed forms ---- */
test_20:
        li TESTNUM, 20
        dla $t1, tdat
        ldc1 $f2, 3($t1)
        dmfc1 $t0, $f2
        CHECK($t0, 0x7e01008070605040)
test_21:
        li TESTNUM, 21
        dli $t2, -1
        dmtc1 $t2, $f4
        lwc1 $f4, 5($t1)
        mfc1 $t0, $f4
        CHECK($t0, 0x807060)
        dmfc1 $t0, $f4                      /* FR=1: the high half cleared (cp1emu.c SITOREG) */
        CHECK($t0, 0x807060)
test_22:
        li TESTNUM, 22
        dla $t2, sbuf
        sd $zero, 0($t2)
        sd $zero, 8($t2)
        dli $t3, 0x1122334455667788
        dmtc1 $t3, $f6
        sdc1 $f6, 3($t2)
        ld $t0, 0($t2)
        CHECK($t0, 0x4455667788000000)
        ld $t0, 8($t2)
        CHECK($t0, 0x0000000000112233)
test_23:
        li TESTNUM, 23
        swc1 $f6, 9($t2)
        ld $t0, 8($t2)
        CHECK($t0, 0x0000005566778833)
test_24:
        li TESTNUM, 24
        li $t3, 5
        ldxc1 $f8, $t3($t1)
        dmfc1 $t0, $f8
        CHECK($t0, 0xfc7f7e0100807060)

/* ---- a misaligned load in a delay slot ---- */
test_25:                                    /* taken beq: lands on 1f with the value */
        li TESTNUM, 25
        li $t0, 0
        li $t3, 0
        beq $zero, $zero, 1f
        lw $t0, 1($t1)
        li $t3, 1                           /* skipped: the branch was taken */
1:      CHECK($t3, 0)
        CHECK($t0, 0x50403020)
test_26:                                    /* not-taken bne: falls through to epc+8 */
        li TESTNUM, 26
        li $t3, 0
        bne $zero, $zero, 2f
        lhu $t0, 1($t1)
        li $t3, 7
2:      CHECK($t3, 7)
        CHECK($t0, 0x3020)
test_27:                                    /* jal: $ra and the target survive */
        li TESTNUM, 27
        li $t0, 0
        jal 3f
        ld $t0, 1($t1)
ret27:  b 4f
        nop
3:      dla $t3, ret27
        CHECK_REG($ra, $t3)
        CHECK($t0, 0x0080706050403020)
        jr $ra
        nop
4:
test_28:                                    /* jalr with the load writing $ra itself */
        li TESTNUM, 28
        dla $t3, 5f
        jalr $t3
        lw $ra, 2($t1)
        EXIT_WITH(99)
5:      CHECK($ra, 0x60504030)
test_29:                                    /* bc1t: the FP condition decides */
        li TESTNUM, 29
        li $t3, 0
        c.eq.d $f2, $f2                     /* a non-NaN value equals itself */
        bc1t 6f
        lhu $t0, 3($t1)
        li $t3, 1
6:      CHECK($t3, 0)
        CHECK($t0, 0x5040)

/* ---- stores across the 16 KB page boundary at pgbuf+16384 ---- */
test_30:
        li TESTNUM, 30
        dla $t2, pgbuf
        li $t3, 16384
        daddu $t2, $t2, $t3
        sd $zero, -8($t2)
        sd $zero, 0($t2)
        dli $t0, 0x8877665544332211
        sd $t0, -3($t2)
        ld $t0, -8($t2)
        CHECK($t0, 0x3322110000000000)
        ld $t0, 0($t2)
        CHECK($t0, 0x0000008877665544)
test_31:
        li TESTNUM, 31
        dli $t0, 0xddccbbaa
        sw $t0, -1($t2)
        ld $t0, -8($t2)
        CHECK($t0, 0xaa22110000000000)
        ld $t0, 0($t2)
        CHECK($t0, 0x0000008877ddccbb)
        lw $t0, -1($t2)
        CHECK($t0, 0xffffffffddccbbaa)
        ld $t0, -5($t2)
        CHECK($t0, 0xddccbbaa22110000)

TEST_END

.data
        .balign 16
tdat:
        .byte 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80
        .byte 0x00, 0x01, 0x7e, 0x7f, 0xfc, 0xfd, 0xfe, 0xff
        .balign 16
sbuf:
        .space 32
        .balign 16384
pgbuf:
        .space 32768
