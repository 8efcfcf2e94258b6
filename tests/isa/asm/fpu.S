/* FPU basics (FR=1): mtc1 mfc1 dmtc1 dmfc1 mthc1 mfhc1, add.d sub.d mul.d div.d, cvt,
 * c.cond.d + bc1t/bc1f (+ likely, other condition codes), movf movt movf.d movt.d movz.d movn.d,
 * lwc1 ldc1 swc1 sdc1 lwxc1 ldxc1 swxc1 sdxc1 luxc1 suxc1, recip/rsqrt (exact cases), ctc1/cfc1 rounding modes
 * (expected values listed explicitly; checked against qemu-mips64el) */
#include "test_macros.h"

/* freg <- 64-bit pattern, via $v1 */
#define LOADD(freg, bits) dli $v1, bits; dmtc1 $v1, freg
/* binary op on doubles given as bit patterns: $f0 = $f2 op $f4 */
#define TEST_FP_DD(num, inst, expbits, abits, bbits) \
        TEST_CASE(num, $t0, expbits, LOADD($f2, abits); LOADD($f4, bbits); \
                  inst $f0, $f2, $f4; dmfc1 $t0, $f0)
/* one-operand op: $f0 = op($f2), result read with dmfc1 */
#define TEST_FP_D(num, inst, expbits, abits) \
        TEST_CASE(num, $t0, expbits, LOADD($f0, 0x5555555555555555); LOADD($f2, abits); \
                  inst $f0, $f2; dmfc1 $t0, $f0)
/* c.cond.d $f2, $f4 then bc1t: $t0 = 1 when the condition held */
#define TEST_FP_CMP(num, cond, expected, abits, bbits) \
        TEST_CASE(num, $t0, expected, LOADD($f2, abits); LOADD($f4, bbits); \
                  li $t0, 0; cond $f2, $f4; bc1f 1f; nop; li $t0, 1; 1: nop)


TEST_BEGIN


/* ---- mtc1/mfc1 (mfc1 sign-extends the low word) ---- */
TEST_CASE(2, $t0, 0x12345678, dli $t1, 0x12345678; mtc1 $t1, $f6; mfc1 $t0, $f6)
TEST_CASE(3, $t0, 0xffffffff87654321, dli $t1, 0xffffffff87654321; mtc1 $t1, $f6; mfc1 $t0, $f6)
TEST_CASE(4, $t0, 0x0, dli $t1, 0x0; mtc1 $t1, $f6; mfc1 $t0, $f6)
TEST_CASE(5, $t0, 0xffffffffffffffff, dli $t1, 0xffffffffffffffff; mtc1 $t1, $f6; mfc1 $t0, $f6)
TEST_CASE(6, $t0, 0xffffffff9abcdef0, dli $t1, 0x123456789abcdef0; mtc1 $t1, $f7; mfc1 $t0, $f7)

/* ---- dmtc1/dmfc1 ---- */
TEST_CASE(7, $t0, 0x123456789abcdef0, dli $t1, 0x123456789abcdef0; dmtc1 $t1, $f9; dmfc1 $t0, $f9)
TEST_CASE(8, $t0, 0xffffffffffffffff, dli $t1, 0xffffffffffffffff; dmtc1 $t1, $f9; dmfc1 $t0, $f9)
TEST_CASE(9, $t0, 0x0, dli $t1, 0x0; dmtc1 $t1, $f9; dmfc1 $t0, $f9)
TEST_CASE(10, $t0, 0x8000000000000000, dli $t1, 0x8000000000000000; dmtc1 $t1, $f9; dmfc1 $t0, $f9)

/* ---- mthc1/mfhc1 (high word; mfhc1 sign-extends) ---- */
TEST_CASE(11, $t0, 0x8765432112345678, dli $t1, 0x12345678; mtc1 $t1, $f10; dli $t1, 0x87654321; mthc1 $t1, $f10; dmfc1 $t0, $f10)
TEST_CASE(12, $t0, 0xffffffff87654321, dli $t1, 0x87654321abcdef01; dmtc1 $t1, $f11; mfhc1 $t0, $f11)
TEST_CASE(13, $t0, 0x12345678, dli $t1, 0x12345678abcdef01; dmtc1 $t1, $f11; mfhc1 $t0, $f11)
TEST_CASE(14, $t0, 0x1111111122222222, dli $t1, 0x1111111133333333; dmtc1 $t1, $f12; dli $t1, 0x22222222; mtc1 $t1, $f12; dmfc1 $t0, $f12  /* mtc1 keeps the high word (qemu and hardware with FR=1) */)
TEST_CASE(15, $t0, 0x4444444433333333, dli $t1, 0x1111111133333333; dmtc1 $t1, $f12; dli $t1, 0x44444444; mthc1 $t1, $f12; dmfc1 $t0, $f12)

/* ---- arithmetic ---- */
TEST_FP_DD(16, add.d, 0x400e000000000000, 0x3ff8000000000000, 0x4002000000000000)
TEST_FP_DD(17, add.d, 0x0, 0xbff0000000000000, 0x3ff0000000000000)
TEST_FP_DD(18, add.d, 0x7e37e43c8800759c, 0x7e37e43c8800759c, 0x1a56e1fc2f8f359)
TEST_FP_DD(19, add.d, 0x3fd3333333333334, 0x3fb999999999999a, 0x3fc999999999999a)
TEST_FP_DD(20, sub.d, 0xbfe8000000000000, 0x3ff8000000000000, 0x4002000000000000)
TEST_FP_DD(21, sub.d, 0x0, 0x4008000000000000, 0x4008000000000000)
TEST_FP_DD(22, sub.d, 0xbfe8000000000000, 0xbfe0000000000000, 0x3fd0000000000000)
TEST_FP_DD(23, mul.d, 0x400b000000000000, 0x3ff8000000000000, 0x4002000000000000)
TEST_FP_DD(24, mul.d, 0xc035000000000000, 0xc008000000000000, 0x401c000000000000)
TEST_FP_DD(25, mul.d, 0x3ff0000000000000, 0x3fb999999999999a, 0x4024000000000000)
TEST_FP_DD(26, div.d, 0x3fd0000000000000, 0x3ff0000000000000, 0x4010000000000000)
TEST_FP_DD(27, div.d, 0x3fd5555555555555, 0x3ff0000000000000, 0x4008000000000000)
TEST_FP_DD(28, div.d, 0xc008000000000000, 0xc022000000000000, 0x4008000000000000)
TEST_CASE(29, $t0, 0x40700000, dli $t1, 0x3fc00000; mtc1 $t1, $f2; dli $t1, 0x40100000; mtc1 $t1, $f4; add.s $f0, $f2, $f4; mfc1 $t0, $f0)
TEST_CASE(30, $t0, 0x3e99999a, dli $t1, 0x3dcccccd; mtc1 $t1, $f2; dli $t1, 0x3e4ccccd; mtc1 $t1, $f4; add.s $f0, $f2, $f4; mfc1 $t0, $f0)
TEST_FP_D(31, sqrt.d, 0x3ff6a09e667f3bcd, 0x4000000000000000)
TEST_FP_D(32, sqrt.d, 0x3fe0000000000000, 0x3fd0000000000000)
TEST_FP_D(33, neg.d, 0xbff8000000000000, 0x3ff8000000000000)
TEST_FP_D(34, abs.d, 0x3ff8000000000000, 0xbff8000000000000)
TEST_FP_D(35, mov.d, 0xbff8000000000000, 0xbff8000000000000)

/* ---- conversions ---- */
TEST_CASE(36, $t0, 0xc01c000000000000, dli $t1, -7; mtc1 $t1, $f2; cvt.d.w $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(37, $t0, 0x0, dli $t1, 0; mtc1 $t1, $f2; cvt.d.w $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(38, $t0, 0x41dfffffffc00000, dli $t1, 2147483647; mtc1 $t1, $f2; cvt.d.w $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(39, $t0, 0xc1e0000000000000, dli $t1, -2147483648; mtc1 $t1, $f2; cvt.d.w $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(40, $t0, 0xc01c000000000000, dli $t1, 0xfffffffffffffff9; dmtc1 $t1, $f2; cvt.d.l $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(41, $t0, 0x4340000000000000, dli $t1, 0x20000000000000; dmtc1 $t1, $f2; cvt.d.l $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(42, $t0, 0xc3d0000000000000, dli $t1, 0xc000000000000000; dmtc1 $t1, $f2; cvt.d.l $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(43, $t0, 0x41f2345678900000, dli $t1, 0x123456789; dmtc1 $t1, $f2; cvt.d.l $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(44, $t0, 0x4, LOADD($f2, 0x400e000000000000); cvt.w.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(45, $t0, 0xfffffffffffffffc, LOADD($f2, 0xc00e000000000000); cvt.w.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(46, $t0, 0x2, LOADD($f2, 0x4004000000000000); cvt.w.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(47, $t0, 0x4, LOADD($f2, 0x400c000000000000); cvt.w.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(48, $t0, 0x0, LOADD($f2, 0xbfd999999999999a); cvt.w.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(49, $t0, 0x3b9aca00, LOADD($f2, 0x41cdcd6500000000); cvt.w.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(50, $t0, 0x3, LOADD($f2, 0x400e000000000000); trunc.w.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(51, $t0, 0xfffffffffffffffd, LOADD($f2, 0xc00e000000000000); trunc.w.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(52, $t0, 0x38d7ea4c68000, LOADD($f2, 0x430c6bf526340004); cvt.l.d $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(53, $t0, 0xc000000000000000, LOADD($f2, 0xc3d0000000000000); cvt.l.d $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(54, $t0, 0x3fc00000, LOADD($f2, 0x3ff8000000000000); cvt.s.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(55, $t0, 0xffffffffbdcccccd, LOADD($f2, 0xbfb999999999999a); cvt.s.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(56, $t0, 0x7f61b1e6, LOADD($f2, 0x47ec363cbf21f28a); cvt.s.d $f0, $f2; mfc1 $t0, $f0)
TEST_CASE(57, $t0, 0x3ff8000000000000, dli $t1, 0x3fc00000; mtc1 $t1, $f2; cvt.d.s $f0, $f2; dmfc1 $t0, $f0)
TEST_CASE(58, $t0, 0xbfb99999a0000000, dli $t1, 0xbdcccccd; mtc1 $t1, $f2; cvt.d.s $f0, $f2; dmfc1 $t0, $f0)

/* ---- c.cond.d + bc1f/bc1t ---- */
TEST_FP_CMP(59, c.eq.d, 1, 0x3ff0000000000000, 0x3ff0000000000000)
TEST_FP_CMP(60, c.eq.d, 0, 0x3ff0000000000000, 0x4000000000000000)
TEST_FP_CMP(61, c.eq.d, 0, 0x4000000000000000, 0x3ff0000000000000)
TEST_FP_CMP(62, c.eq.d, 1, 0x0, 0x8000000000000000)
TEST_FP_CMP(63, c.eq.d, 0, 0x7ff8000000000000, 0x3ff0000000000000)
TEST_FP_CMP(64, c.lt.d, 0, 0x3ff0000000000000, 0x3ff0000000000000)
TEST_FP_CMP(65, c.lt.d, 1, 0x3ff0000000000000, 0x4000000000000000)
TEST_FP_CMP(66, c.lt.d, 0, 0x4000000000000000, 0x3ff0000000000000)
TEST_FP_CMP(67, c.lt.d, 0, 0x0, 0x8000000000000000)
TEST_FP_CMP(68, c.le.d, 1, 0x3ff0000000000000, 0x3ff0000000000000)
TEST_FP_CMP(69, c.le.d, 1, 0x3ff0000000000000, 0x4000000000000000)
TEST_FP_CMP(70, c.le.d, 0, 0x4000000000000000, 0x3ff0000000000000)
TEST_FP_CMP(71, c.le.d, 1, 0x0, 0x8000000000000000)
TEST_FP_CMP(72, c.un.d, 0, 0x3ff0000000000000, 0x3ff0000000000000)
TEST_FP_CMP(73, c.un.d, 0, 0x3ff0000000000000, 0x4000000000000000)
TEST_FP_CMP(74, c.un.d, 0, 0x4000000000000000, 0x3ff0000000000000)
TEST_FP_CMP(75, c.un.d, 0, 0x0, 0x8000000000000000)
TEST_FP_CMP(76, c.un.d, 1, 0x7ff8000000000000, 0x3ff0000000000000)
TEST_FP_CMP(77, c.ult.d, 0, 0x3ff0000000000000, 0x3ff0000000000000)
TEST_FP_CMP(78, c.ult.d, 1, 0x3ff0000000000000, 0x4000000000000000)
TEST_FP_CMP(79, c.ult.d, 0, 0x4000000000000000, 0x3ff0000000000000)
TEST_FP_CMP(80, c.ult.d, 0, 0x0, 0x8000000000000000)
TEST_FP_CMP(81, c.ult.d, 1, 0x7ff8000000000000, 0x3ff0000000000000)
TEST_FP_CMP(82, c.olt.d, 0, 0x3ff0000000000000, 0x3ff0000000000000)
TEST_FP_CMP(83, c.olt.d, 1, 0x3ff0000000000000, 0x4000000000000000)
TEST_FP_CMP(84, c.olt.d, 0, 0x4000000000000000, 0x3ff0000000000000)
TEST_FP_CMP(85, c.olt.d, 0, 0x0, 0x8000000000000000)
TEST_FP_CMP(86, c.olt.d, 0, 0x7ff8000000000000, 0x3ff0000000000000)
TEST_FP_CMP(87, c.ueq.d, 1, 0x3ff0000000000000, 0x3ff0000000000000)
TEST_FP_CMP(88, c.ueq.d, 0, 0x3ff0000000000000, 0x4000000000000000)
TEST_FP_CMP(89, c.ueq.d, 0, 0x4000000000000000, 0x3ff0000000000000)
TEST_FP_CMP(90, c.ueq.d, 1, 0x0, 0x8000000000000000)
TEST_FP_CMP(91, c.ueq.d, 1, 0x7ff8000000000000, 0x3ff0000000000000)

/* ---- hand-written FPU cases ---- */
/* bc1t taken, delay slot executed */
test_200:
        li TESTNUM, 200
        LOADD($f2, 0x3ff0000000000000)
        LOADD($f4, 0x3ff0000000000000)
        c.eq.d $f2, $f4
        li $t3, 0
        bc1t 1f
        addiu $t3, $t3, 1
        b fail_nv
        nop
1:      CHECK($t3, 1)

/* bc1tl not taken: delay slot annulled */
test_201:
        li TESTNUM, 201
        LOADD($f4, 0x4000000000000000)
        c.eq.d $f2, $f4
        li $t3, 0
        bc1tl 1f
        addiu $t3, $t3, 1
        b 2f
        nop
1:      b fail_nv
        nop
2:      CHECK($t3, 0)

/* bc1fl taken: delay slot executed */
test_202:
        li TESTNUM, 202
        li $t3, 0
        bc1fl 1f
        addiu $t3, $t3, 1
        b fail_nv
        nop
1:      CHECK($t3, 1)

/* condition codes 1..7 are independent of each other and of cc 0 */
test_203:
        li TESTNUM, 203
        LOADD($f2, 0x3ff0000000000000)
        LOADD($f4, 0x4000000000000000)
        c.eq.d $fcc0, $f2, $f4          /* false */
        c.lt.d $fcc3, $f2, $f4          /* true */
        c.eq.d $fcc7, $f2, $f2          /* true */
        c.lt.d $fcc5, $f4, $f2          /* false */
        li $t0, 0
        bc1t $fcc3, 1f
        nop
        b fail_nv
        nop
1:      bc1f $fcc0, 2f
        nop
        b fail_nv
        nop
2:      bc1t $fcc7, 3f
        nop
        b fail_nv
        nop
3:      bc1t $fcc5, 4f
        nop
        b 5f
        nop
4:      b fail_nv
        nop
5:      /* FCSR: FCC0 is bit 23, FCC1..7 are bits 25..31 */
        cfc1 $t0, $31
        dli $t1, 0xfe800000
        and $t0, $t0, $t1
        dli $t1, 0xffffffff
        and $t0, $t0, $t1
        CHECK($t0, 0x88000000)          /* fcc7 (bit 31) and fcc3 (bit 27) */

/* movt/movf on GPRs */
test_204:
        li TESTNUM, 204
        li $t0, 1
        li $t1, 2
        movt $t0, $t1, $fcc3            /* fcc3 true: moves */
        CHECK($t0, 2)
        li $t0, 1
        movf $t0, $t1, $fcc3            /* no move */
        CHECK($t0, 1)
        movf $t0, $t1, $fcc0            /* fcc0 false: moves */
        CHECK($t0, 2)
        li $t0, 1
        movt $t0, $t1, $fcc0
        CHECK($t0, 1)

/* movt.d/movf.d */
test_205:
        li TESTNUM, 205
        LOADD($f6, 0x1111111111111111)
        LOADD($f8, 0x2222222222222222)
        mov.d $f0, $f6
        movt.d $f0, $f8, $fcc3
        dmfc1 $t0, $f0
        CHECK($t0, 0x2222222222222222)
        mov.d $f0, $f6
        movf.d $f0, $f8, $fcc3
        dmfc1 $t0, $f0
        CHECK($t0, 0x1111111111111111)
        movf.d $f0, $f8, $fcc0
        dmfc1 $t0, $f0
        CHECK($t0, 0x2222222222222222)

/* movz.d/movn.d */
test_206:
        li TESTNUM, 206
        mov.d $f0, $f6
        li $t2, 0
        movz.d $f0, $f8, $t2
        dmfc1 $t0, $f0
        CHECK($t0, 0x2222222222222222)
        mov.d $f0, $f6
        movn.d $f0, $f8, $t2
        dmfc1 $t0, $f0
        CHECK($t0, 0x1111111111111111)
        dli $t2, 0x100000000
        movn.d $f0, $f8, $t2
        dmfc1 $t0, $f0
        CHECK($t0, 0x2222222222222222)
        mov.d $f0, $f6
        movz.d $f0, $f8, $t2
        dmfc1 $t0, $f0
        CHECK($t0, 0x1111111111111111)

/* FPU loads and stores */
test_207:
        li TESTNUM, 207
        dla $t1, fdat
        ldc1 $f0, 8($t1)
        dmfc1 $t0, $f0
        CHECK($t0, 0xfedcba9876543210)
        lwc1 $f1, 4($t1)
        mfc1 $t0, $f1
        CHECK($t0, 0xffffffff89abcdef)
        lwc1 $f1, 0($t1)
        mfc1 $t0, $f1
        CHECK($t0, 0x01234567)

test_208:
        li TESTNUM, 208
        dla $t1, fdat
        dla $t2, fbuf
        ldc1 $f2, 8($t1)
        sdc1 $f2, 8($t2)
        ld $t0, 8($t2)
        CHECK($t0, 0xfedcba9876543210)
        dli $t3, 0x5555555555555555
        sd $t3, 0($t2)
        dli $t3, 0xaabbccdd
        mtc1 $t3, $f3
        swc1 $f3, 4($t2)
        ld $t0, 0($t2)
        CHECK($t0, 0xaabbccdd55555555)

/* indexed: lwxc1 ldxc1 swxc1 sdxc1 (address = base + index) */
test_209:
        li TESTNUM, 209
        dla $t1, fdat
        li $t2, 8
        ldxc1 $f4, $t2($t1)
        dmfc1 $t0, $f4
        CHECK($t0, 0xfedcba9876543210)
        li $t2, 4
        lwxc1 $f5, $t2($t1)
        mfc1 $t0, $f5
        CHECK($t0, 0xffffffff89abcdef)
        daddiu $t3, $t1, 16
        li $t2, -12
        lwxc1 $f5, $t2($t3)
        mfc1 $t0, $f5
        CHECK($t0, 0xffffffff89abcdef)

test_210:
        li TESTNUM, 210
        dla $t1, fbuf
        li $t2, 16
        LOADD($f6, 0x0102030405060708)
        sdxc1 $f6, $t2($t1)
        ld $t0, 16($t1)
        CHECK($t0, 0x0102030405060708)
        li $t2, 20
        dli $t3, 0xcafef00d
        mtc1 $t3, $f7
        swxc1 $f7, $t2($t1)
        ld $t0, 16($t1)
        CHECK($t0, 0xcafef00d05060708)

/* luxc1/suxc1: the address is (base + index) with the low 3 bits cleared */
test_212:
        li TESTNUM, 212
        dla $t1, fdat
        li $t2, 13                       /* fdat + 13 -> fdat + 8 */
        luxc1 $f8, $t2($t1)
        dmfc1 $t0, $f8
        CHECK($t0, 0xfedcba9876543210)
        dla $t1, fbuf
        li $t2, 7                        /* fbuf + 7 -> fbuf + 0 */
        LOADD($f9, 0x0a0b0c0d0e0f0102)
        suxc1 $f9, $t2($t1)
        ld $t0, 0($t1)
        CHECK($t0, 0x0a0b0c0d0e0f0102)

/* recip/rsqrt on operands whose results are exact */
test_213:
        li TESTNUM, 213
        LOADD($f2, 0x4000000000000000)   /* 2.0 */
        recip.d $f0, $f2
        dmfc1 $t0, $f0
        CHECK($t0, 0x3fe0000000000000)   /* 0.5 */
        LOADD($f2, 0x4010000000000000)   /* 4.0 */
        rsqrt.d $f0, $f2
        dmfc1 $t0, $f0
        CHECK($t0, 0x3fe0000000000000)   /* 0.5 */
        li $t1, 0x41800000               /* 16.0f */
        mtc1 $t1, $f2
        recip.s $f0, $f2
        mfc1 $t0, $f0
        CHECK($t0, 0x3d800000)           /* 0.0625f */
        rsqrt.s $f0, $f2
        mfc1 $t0, $f0
        CHECK($t0, 0x3e800000)           /* 0.25f */

/* FCSR rounding mode (RM) with cvt.w.d; FCSR reads back what was written */
test_211:
        li TESTNUM, 211
        LOADD($f2, 0x400a000000000000)  /* 3.25 */
        LOADD($f4, 0xc00a000000000000)  /* -3.25 */
        li $t1, 1                        /* RZ */
        ctc1 $t1, $31
        cfc1 $t0, $31
        CHECK($t0, 1)
        cvt.w.d $f0, $f2
        mfc1 $t0, $f0
        CHECK($t0, 3)
        li $t1, 2                        /* RP */
        ctc1 $t1, $31
        cvt.w.d $f0, $f2
        mfc1 $t0, $f0
        CHECK($t0, 4)
        li $t1, 3                        /* RM */
        ctc1 $t1, $31
        cvt.w.d $f0, $f4
        mfc1 $t0, $f0
        CHECK($t0, -4)
        ctc1 $zero, $31                  /* RN */
        cvt.w.d $f0, $f4
        mfc1 $t0, $f0
        CHECK($t0, -3)
        cfc1 $t0, $31
        CHECK($t0, 0x1004)               /* inexact: Cause.I (bit 12) and Flags.I (bit 2) */


TEST_END


        .data
        .balign 16
fdat:   .word 0x01234567, 0x89abcdef
        .dword 0xfedcba9876543210
fbuf:   .space 32
