/* Random FPU stream: arithmetic, conversions, compares, conditional moves,
 * multiply-adds, rounding modes, over special values (NaN, inf, denormals, -0)
 * Differential test: a fixed pseudo-random stream of 3000 instructions (seed 31337);
 * after every block of 20 the state is written to stdout as raw doublewords.
 * COMPARE: qemu-stdout  (the harness compares mipsvm's stdout with qemu's)
 * RECORD: 33 doublewords per dump ($f0..$f31, FCSR)
 * EXPECT: exit 0 */
#include "test_macros.h"

        .set noat
/* $sp <- address of dbuf without using $at */
#define LA_K0                                                       \
        lui $sp, %highest(dbuf); daddiu $sp, $sp, %higher(dbuf);     \
        dsll $sp, $sp, 16; daddiu $sp, $sp, %hi(dbuf);               \
        dsll $sp, $sp, 16; daddiu $sp, $sp, %lo(dbuf)

#define FDUMP                                                       \
        LA_K0;                                                      \
        sdc1 $f0, 0($sp); sdc1 $f1, 8($sp); sdc1 $f2, 16($sp); sdc1 $f3, 24($sp); sdc1 $f4, 32($sp); sdc1 $f5, 40($sp); sdc1 $f6, 48($sp); sdc1 $f7, 56($sp); sdc1 $f8, 64($sp); sdc1 $f9, 72($sp); sdc1 $f10, 80($sp); sdc1 $f11, 88($sp); sdc1 $f12, 96($sp); sdc1 $f13, 104($sp); sdc1 $f14, 112($sp); sdc1 $f15, 120($sp); sdc1 $f16, 128($sp); sdc1 $f17, 136($sp); sdc1 $f18, 144($sp); sdc1 $f19, 152($sp); sdc1 $f20, 160($sp); sdc1 $f21, 168($sp); sdc1 $f22, 176($sp); sdc1 $f23, 184($sp); sdc1 $f24, 192($sp); sdc1 $f25, 200($sp); sdc1 $f26, 208($sp); sdc1 $f27, 216($sp); sdc1 $f28, 224($sp); sdc1 $f29, 232($sp); sdc1 $f30, 240($sp); sdc1 $f31, 248($sp);                                                   \
        cfc1 $k1, $31; sd $k1, 256($sp);                            \
        li $a0, 1; move $a1, $sp; li $a2, 264; li $v0, SYS_write;   \
        syscall

TEST_BEGIN

        ctc1 $zero, $31
        li $2, 0
        li $3, 1
        dli $1, 0x0
        dmtc1 $1, $f0
        dli $1, 0x8000000000000000
        dmtc1 $1, $f1
        dli $1, 0x3ff0000000000000
        dmtc1 $1, $f2
        dli $1, 0xbff0000000000000
        dmtc1 $1, $f3
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f4
        dli $1, 0x4008000000000000
        dmtc1 $1, $f5
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f6
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f7
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f8
        dli $1, 0x1
        dmtc1 $1, $f9
        dli $1, 0x10000000000000
        dmtc1 $1, $f10
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f11
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f12
        dli $1, 0xfff0000000000000
        dmtc1 $1, $f13
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f14
        dli $1, 0x7ff8000000000000
        dmtc1 $1, $f15
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f16
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f17
        dli $1, 0x43e0000000000000
        dmtc1 $1, $f18
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f19
        dli $1, 0x3fe0000000000000
        dmtc1 $1, $f20
        dli $1, 0x4004000000000000
        dmtc1 $1, $f21
        dli $1, 0xc004000000000000
        dmtc1 $1, $f22
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f23
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f24
        dli $1, 0x7f800000
        dmtc1 $1, $f25
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f26
        dli $1, 0x800000
        dmtc1 $1, $f27
        dli $1, 0x7fbfffff
        dmtc1 $1, $f28
        dli $1, 0x7fc00000
        dmtc1 $1, $f29
        dli $1, 0x4f000000
        dmtc1 $1, $f30
        dli $1, 0xcf000001
        dmtc1 $1, $f31
        FDUMP
        c.ngle.s $fcc0, $f13, $f11
        neg.d $f21, $f9
        div.d $f11, $f0, $f9
        ceil.l.s $f10, $f20
        neg.s $f9, $f10
        movn.d $f3, $f27, $0
        movn.d $f4, $f5, $2
        ceil.l.s $f0, $f8
        c.f.s $fcc0, $f16, $f12
        sub.s $f21, $f17, $f10
        madd.d $f22, $f5, $f6, $f7
        div.s $f3, $f19, $f29
        mul.d $f7, $f8, $f27
        mul.d $f4, $f10, $f2
        add.d $f25, $f15, $f11
        sub.d $f17, $f7, $f4
        nmsub.s $f8, $f12, $f7, $f18
        li $1, 3
        ctc1 $1, $31
        div.s $f2, $f24, $f31
        FDUMP
        trunc.w.s $f20, $f6
        dli $1, 0x4008000000000000
        dmtc1 $1, $f7
        nmsub.d $f18, $f7, $f24, $f9
        neg.d $f6, $f25
        ceil.w.d $f31, $f13
        mul.s $f28, $f13, $f5
        madd.s $f25, $f27, $f20, $f17
        add.s $f12, $f31, $f11
        cvt.s.d $f28, $f23
        trunc.l.s $f12, $f18
        cvt.d.s $f19, $f22
        mfc1 $2, $f27
        mtc1 $2, $f6
        add.d $f4, $f8, $f8
        cvt.s.w $f1, $f14
        dli $1, 0x8000000000000000
        dmtc1 $1, $f29
        c.ngt.s $fcc7, $f4, $f18
        sub.d $f11, $f28, $f12
        FDUMP
        c.ngt.d $fcc5, $f5, $f14
        c.f.d $fcc5, $f31, $f16
        sub.d $f30, $f13, $f25
        nmadd.s $f9, $f25, $f7, $f7
        ceil.w.d $f13, $f26
        add.d $f11, $f3, $f18
        cvt.d.w $f3, $f15
        mul.s $f25, $f18, $f31
        mul.d $f28, $f19, $f21
        c.sf.s $fcc6, $f13, $f10
        add.d $f2, $f2, $f13
        movt.s $f5, $f19, $fcc5
        madd.d $f25, $f27, $f5, $f22
        cvt.d.w $f0, $f23
        trunc.l.d $f25, $f14
        trunc.w.s $f16, $f27
        cvt.d.w $f10, $f27
        round.l.s $f8, $f26
        mov.d $f2, $f14
        cvt.d.l $f31, $f0
        FDUMP
        sub.d $f25, $f23, $f5
        movn.s $f31, $f10, $2
        mov.s $f30, $f26
        mul.s $f28, $f9, $f29
        movn.s $f0, $f22, $0
        sqrt.s $f14, $f10
        neg.d $f8, $f4
        movz.d $f20, $f18, $0
        round.l.d $f26, $f22
        msub.d $f28, $f30, $f4, $f31
        cvt.s.w $f12, $f22
        nmadd.d $f0, $f26, $f26, $f10
        sqrt.s $f2, $f30
        nmadd.d $f23, $f15, $f10, $f20
        mul.d $f5, $f26, $f15
        movn.s $f8, $f3, $0
        movn.d $f27, $f27, $2
        nmadd.d $f10, $f17, $f20, $f30
        abs.s $f9, $f7
        mul.s $f13, $f1, $f30
        FDUMP
        nmsub.d $f15, $f23, $f8, $f20
        div.d $f18, $f26, $f24
        floor.w.d $f6, $f13
        mov.d $f20, $f2
        cvt.d.s $f16, $f29
        c.eq.s $fcc3, $f22, $f11
        sub.s $f8, $f30, $f23
        c.ngle.d $fcc0, $f14, $f16
        abs.d $f6, $f10
        nmadd.s $f31, $f10, $f11, $f23
        movn.d $f31, $f14, $2
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f26
        cvt.s.w $f17, $f23
        div.d $f23, $f20, $f9
        movt.d $f5, $f1, $fcc0
        trunc.l.d $f29, $f29
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f23
        neg.s $f22, $f17
        FDUMP
        add.s $f10, $f29, $f8
        movz.s $f11, $f25, $2
        sub.s $f20, $f27, $f10
        madd.d $f10, $f15, $f6, $f30
        nmsub.d $f4, $f15, $f28, $f26
        c.f.s $fcc2, $f2, $f8
        c.olt.s $fcc1, $f28, $f3
        abs.d $f14, $f21
        movz.s $f27, $f2, $2
        cvt.w.s $f25, $f23
        div.d $f14, $f30, $f1
        abs.s $f31, $f25
        neg.s $f29, $f4
        sqrt.d $f6, $f23
        abs.d $f15, $f2
        round.w.s $f25, $f7
        cvt.s.w $f25, $f28
        madd.d $f20, $f11, $f5, $f21
        ceil.l.s $f7, $f29
        c.ult.s $fcc4, $f19, $f10
        FDUMP
        div.s $f3, $f9, $f17
        c.un.s $fcc2, $f22, $f1
        mul.d $f28, $f2, $f5
        nmadd.s $f30, $f29, $f3, $f26
        c.ult.d $fcc5, $f3, $f1
        mul.d $f22, $f13, $f10
        li $1, 1
        ctc1 $1, $31
        floor.w.s $f14, $f5
        movt.s $f18, $f13, $fcc0
        div.d $f18, $f20, $f15
        sub.d $f14, $f10, $f10
        mul.s $f18, $f25, $f8
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f25
        cvt.d.l $f4, $f19
        nmsub.d $f6, $f29, $f18, $f6
        sqrt.s $f8, $f24
        nmsub.s $f21, $f20, $f1, $f5
        c.ueq.d $fcc6, $f19, $f1
        FDUMP
        add.s $f27, $f25, $f31
        mul.d $f6, $f15, $f12
        mul.d $f10, $f20, $f28
        cvt.s.l $f4, $f4
        li $1, 2
        ctc1 $1, $31
        sub.s $f1, $f10, $f20
        floor.w.s $f23, $f7
        mul.d $f10, $f0, $f31
        sub.d $f18, $f31, $f8
        nmsub.s $f19, $f18, $f12, $f16
        mov.d $f3, $f28
        sub.d $f6, $f22, $f21
        mov.s $f17, $f14
        div.d $f0, $f24, $f3
        li $1, 1
        ctc1 $1, $31
        mul.d $f1, $f6, $f1
        mul.d $f16, $f28, $f0
        dli $1, 0x8000000000000000
        FDUMP
        dmtc1 $1, $f30
        movt.d $f23, $f10, $fcc4
        div.s $f10, $f12, $f15
        msub.d $f26, $f30, $f28, $f9
        movt.d $f2, $f23, $fcc2
        floor.w.s $f30, $f7
        li $1, 3
        ctc1 $1, $31
        c.le.d $fcc0, $f13, $f1
        movt.s $f20, $f18, $fcc3
        trunc.w.d $f8, $f31
        sqrt.d $f22, $f31
        neg.s $f0, $f9
        add.d $f7, $f26, $f16
        c.ole.s $fcc7, $f26, $f9
        movt.s $f13, $f19, $fcc1
        movt.s $f24, $f23, $fcc0
        c.le.d $fcc0, $f29, $f28
        cvt.w.s $f24, $f4
        c.ngl.s $fcc3, $f0, $f14
        FDUMP
        movf.s $f31, $f0, $fcc2
        add.d $f11, $f3, $f23
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f7
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f7
        c.ngt.s $fcc2, $f11, $f28
        li $1, 1
        ctc1 $1, $31
        sqrt.d $f23, $f16
        li $1, 0
        ctc1 $1, $31
        mfc1 $2, $f1
        mtc1 $2, $f22
        madd.d $f26, $f29, $f13, $f9
        cvt.w.d $f21, $f12
        dli $1, 0x4f000000
        dmtc1 $1, $f23
        movt.d $f8, $f30, $fcc0
        neg.s $f7, $f6
        FDUMP
        movf.d $f22, $f5, $fcc6
        sub.d $f26, $f13, $f14
        div.s $f31, $f18, $f8
        movt.d $f14, $f16, $fcc3
        sqrt.d $f23, $f25
        add.d $f26, $f1, $f2
        add.d $f0, $f25, $f11
        abs.d $f2, $f26
        cvt.s.l $f22, $f13
        msub.d $f16, $f3, $f8, $f25
        mul.s $f24, $f10, $f0
        round.l.d $f3, $f2
        c.eq.s $fcc6, $f11, $f9
        sqrt.d $f5, $f31
        div.s $f26, $f12, $f1
        movt.s $f10, $f2, $fcc7
        add.s $f31, $f8, $f24
        neg.d $f8, $f31
        movt.s $f18, $f22, $fcc3
        neg.s $f20, $f30
        FDUMP
        c.ole.s $fcc0, $f28, $f30
        movn.s $f28, $f25, $0
        trunc.l.s $f6, $f31
        mul.d $f12, $f6, $f13
        cvt.w.s $f4, $f8
        c.un.s $fcc2, $f13, $f23
        c.ngt.s $fcc4, $f19, $f28
        cvt.w.d $f20, $f21
        c.ole.s $fcc5, $f8, $f15
        cvt.d.s $f27, $f25
        c.ngle.d $fcc2, $f15, $f17
        mov.d $f21, $f31
        mov.s $f7, $f0
        sqrt.d $f12, $f4
        abs.s $f10, $f16
        c.olt.s $fcc3, $f15, $f8
        movt.d $f9, $f3, $fcc5
        movt.d $f20, $f21, $fcc6
        div.d $f31, $f3, $f5
        movt.s $f9, $f24, $fcc5
        FDUMP
        cvt.d.s $f20, $f1
        ceil.l.d $f20, $f9
        mul.s $f27, $f30, $f29
        cvt.s.l $f3, $f0
        floor.l.d $f17, $f15
        round.l.d $f3, $f12
        mul.d $f9, $f18, $f26
        neg.d $f5, $f11
        cvt.s.w $f29, $f23
        li $1, 0
        ctc1 $1, $31
        ceil.w.s $f28, $f1
        round.w.d $f13, $f31
        abs.d $f12, $f24
        sub.d $f8, $f10, $f3
        mfc1 $2, $f4
        mtc1 $2, $f12
        cvt.d.w $f6, $f29
        movf.s $f16, $f14, $fcc2
        div.d $f0, $f22, $f29
        FDUMP
        movt.s $f18, $f29, $fcc3
        cvt.s.w $f12, $f31
        dli $1, 0x0
        dmtc1 $1, $f2
        div.s $f29, $f22, $f17
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f8
        sqrt.s $f6, $f26
        c.ole.s $fcc1, $f24, $f21
        dli $1, 0xcf000001
        dmtc1 $1, $f10
        movt.d $f4, $f17, $fcc4
        add.s $f30, $f30, $f31
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f17
        movt.d $f16, $f31, $fcc5
        madd.d $f29, $f29, $f18, $f30
        mov.s $f13, $f0
        nmsub.d $f31, $f10, $f16, $f6
        mul.d $f20, $f28, $f4
        FDUMP
        div.d $f29, $f7, $f8
        add.d $f30, $f16, $f19
        sub.d $f31, $f28, $f9
        mul.d $f10, $f25, $f28
        madd.s $f14, $f11, $f25, $f10
        nmsub.d $f28, $f6, $f29, $f23
        movf.d $f18, $f8, $fcc3
        ceil.w.d $f4, $f17
        movn.s $f30, $f2, $2
        neg.d $f8, $f17
        mfc1 $2, $f21
        mtc1 $2, $f12
        mul.d $f22, $f7, $f14
        sub.d $f23, $f6, $f22
        movf.d $f24, $f16, $fcc3
        nmadd.s $f23, $f10, $f23, $f25
        li $1, 2
        ctc1 $1, $31
        mov.d $f31, $f22
        add.d $f10, $f3, $f16
        FDUMP
        trunc.w.d $f21, $f26
        ceil.l.d $f23, $f22
        c.un.s $fcc7, $f14, $f15
        nmadd.s $f30, $f1, $f17, $f19
        cvt.s.l $f23, $f9
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f0
        mov.s $f21, $f0
        add.d $f26, $f25, $f24
        round.l.d $f20, $f22
        cvt.d.w $f9, $f0
        div.s $f2, $f21, $f0
        cvt.d.s $f5, $f28
        add.d $f20, $f28, $f15
        add.d $f12, $f17, $f21
        movf.d $f28, $f4, $fcc1
        c.ngt.d $fcc7, $f30, $f1
        mfc1 $2, $f0
        mtc1 $2, $f13
        mfc1 $2, $f8
        FDUMP
        mtc1 $2, $f8
        c.un.s $fcc0, $f6, $f1
        nmadd.d $f29, $f14, $f1, $f4
        cvt.d.w $f20, $f0
        floor.w.d $f5, $f2
        movz.s $f0, $f29, $0
        li $1, 2
        ctc1 $1, $31
        cvt.d.s $f18, $f4
        cvt.d.l $f30, $f13
        cvt.w.d $f2, $f20
        div.s $f6, $f10, $f0
        nmadd.d $f23, $f19, $f15, $f31
        c.ult.s $fcc3, $f16, $f24
        mul.s $f14, $f3, $f7
        c.ngt.d $fcc3, $f25, $f4
        c.ngle.s $fcc1, $f28, $f20
        movn.s $f27, $f29, $2
        c.eq.s $fcc0, $f17, $f13
        sqrt.d $f5, $f12
        FDUMP
        cvt.l.d $f14, $f30
        dli $1, 0xc004000000000000
        dmtc1 $1, $f3
        floor.l.s $f12, $f12
        madd.d $f18, $f9, $f23, $f13
        cvt.s.w $f26, $f27
        c.nge.s $fcc2, $f21, $f13
        div.s $f5, $f13, $f6
        dli $1, 0x7fc00000
        dmtc1 $1, $f19
        mfc1 $2, $f5
        mtc1 $2, $f30
        div.s $f25, $f4, $f10
        movf.s $f26, $f29, $fcc5
        abs.d $f11, $f0
        abs.s $f24, $f26
        add.d $f26, $f18, $f19
        round.w.d $f15, $f6
        cvt.s.l $f16, $f25
        movt.s $f23, $f0, $fcc3
        FDUMP
        movn.d $f12, $f20, $0
        c.ngle.s $fcc7, $f10, $f23
        cvt.s.l $f18, $f14
        trunc.l.s $f5, $f25
        add.s $f12, $f13, $f31
        c.ngt.s $fcc1, $f18, $f31
        cvt.s.w $f2, $f31
        c.lt.s $fcc2, $f7, $f9
        sqrt.d $f1, $f30
        cvt.d.l $f4, $f19
        mov.s $f3, $f12
        movt.s $f20, $f12, $fcc3
        nmadd.d $f30, $f20, $f5, $f14
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f1
        round.w.s $f9, $f0
        add.d $f8, $f29, $f5
        mul.s $f16, $f0, $f18
        c.seq.s $fcc7, $f7, $f6
        cvt.d.s $f27, $f12
        FDUMP
        movt.s $f22, $f4, $fcc5
        abs.s $f11, $f15
        nmadd.d $f7, $f13, $f15, $f16
        nmadd.d $f8, $f2, $f1, $f1
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f15
        c.eq.s $fcc7, $f0, $f7
        trunc.w.s $f4, $f16
        trunc.w.s $f30, $f2
        msub.d $f30, $f8, $f0, $f15
        movt.s $f0, $f24, $fcc1
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f17
        div.d $f7, $f9, $f31
        c.f.s $fcc1, $f2, $f22
        ceil.l.s $f26, $f25
        mul.d $f3, $f2, $f0
        msub.s $f7, $f27, $f17, $f4
        cvt.d.l $f29, $f6
        c.ngt.d $fcc2, $f12, $f29
        FDUMP
        cvt.d.l $f18, $f31
        mul.d $f31, $f30, $f2
        add.d $f9, $f5, $f17
        div.d $f11, $f18, $f11
        sub.d $f23, $f8, $f3
        neg.d $f6, $f31
        cvt.w.d $f3, $f31
        mfc1 $2, $f27
        mtc1 $2, $f24
        ceil.w.s $f30, $f5
        cvt.d.l $f30, $f18
        div.s $f21, $f16, $f3
        c.ngt.s $fcc5, $f0, $f13
        div.d $f5, $f21, $f31
        floor.w.s $f2, $f4
        sub.d $f22, $f13, $f20
        nmadd.s $f28, $f22, $f4, $f17
        mul.d $f12, $f0, $f17
        c.un.d $fcc4, $f2, $f13
        mul.d $f19, $f18, $f13
        FDUMP
        floor.w.s $f17, $f28
        nmadd.s $f25, $f1, $f15, $f30
        movf.d $f0, $f5, $fcc1
        floor.l.s $f20, $f11
        c.ole.s $fcc4, $f20, $f12
        ceil.l.s $f2, $f26
        cvt.w.d $f25, $f31
        dli $1, 0x7fbfffff
        dmtc1 $1, $f10
        mul.d $f1, $f1, $f30
        mov.d $f8, $f2
        add.d $f7, $f15, $f28
        mul.s $f9, $f11, $f17
        add.d $f15, $f21, $f4
        mul.d $f3, $f9, $f21
        movt.d $f4, $f23, $fcc1
        c.olt.d $fcc2, $f26, $f13
        div.d $f23, $f6, $f29
        add.d $f18, $f8, $f7
        cvt.d.w $f31, $f20
        FDUMP
        trunc.w.d $f27, $f24
        nmadd.d $f27, $f11, $f20, $f20
        mul.s $f16, $f24, $f13
        div.s $f9, $f8, $f3
        madd.d $f23, $f27, $f7, $f11
        cvt.s.d $f21, $f1
        c.ngle.s $fcc4, $f17, $f1
        mfc1 $2, $f12
        mtc1 $2, $f29
        sub.s $f16, $f9, $f28
        msub.s $f22, $f1, $f9, $f21
        sub.d $f0, $f29, $f9
        c.un.d $fcc6, $f14, $f30
        round.l.d $f28, $f23
        movf.s $f20, $f9, $fcc2
        cvt.s.l $f0, $f28
        cvt.d.l $f12, $f24
        movt.d $f28, $f18, $fcc7
        c.ueq.s $fcc5, $f7, $f29
        sub.d $f1, $f0, $f0
        FDUMP
        cvt.s.d $f28, $f19
        madd.d $f13, $f6, $f3, $f4
        cvt.d.s $f21, $f3
        c.f.s $fcc5, $f31, $f13
        abs.d $f23, $f30
        div.s $f19, $f1, $f20
        mov.s $f25, $f27
        neg.s $f29, $f20
        mul.d $f17, $f30, $f14
        c.ule.s $fcc5, $f24, $f18
        mul.s $f25, $f7, $f24
        c.seq.s $fcc4, $f25, $f19
        sub.d $f2, $f28, $f25
        sqrt.d $f1, $f9
        msub.d $f14, $f6, $f13, $f11
        c.ult.d $fcc7, $f17, $f13
        c.olt.s $fcc1, $f10, $f11
        mul.d $f1, $f19, $f15
        c.olt.s $fcc0, $f15, $f14
        li $1, 3
        FDUMP
        ctc1 $1, $31
        dli $1, 0xfff0000000000000
        dmtc1 $1, $f6
        movz.s $f3, $f11, $3
        cvt.s.d $f26, $f11
        mul.d $f15, $f26, $f30
        msub.s $f0, $f19, $f27, $f8
        abs.d $f27, $f11
        sub.s $f17, $f5, $f19
        mul.d $f11, $f28, $f18
        li $1, 2
        ctc1 $1, $31
        movt.s $f18, $f17, $fcc7
        sub.s $f5, $f9, $f2
        mul.s $f24, $f10, $f11
        sub.d $f20, $f21, $f5
        cvt.s.l $f26, $f2
        movn.s $f10, $f20, $2
        neg.s $f25, $f27
        neg.s $f13, $f4
        FDUMP
        add.s $f18, $f0, $f4
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f12
        nmsub.d $f4, $f18, $f2, $f13
        cvt.l.s $f16, $f11
        movf.s $f0, $f29, $fcc2
        dli $1, 0x8000000000000000
        dmtc1 $1, $f19
        floor.l.d $f31, $f5
        movn.s $f26, $f28, $2
        trunc.w.s $f21, $f30
        movt.d $f0, $f5, $fcc3
        c.eq.s $fcc6, $f4, $f15
        cvt.l.d $f25, $f28
        mov.d $f12, $f7
        cvt.d.w $f17, $f8
        c.ngle.s $fcc6, $f6, $f28
        round.w.d $f11, $f22
        movz.s $f2, $f6, $2
        trunc.w.d $f11, $f18
        FDUMP
        floor.w.s $f11, $f29
        ceil.w.d $f31, $f9
        nmadd.d $f3, $f27, $f17, $f21
        cvt.d.s $f0, $f1
        sub.d $f15, $f7, $f7
        mul.d $f5, $f14, $f31
        sub.s $f6, $f14, $f9
        movz.d $f15, $f12, $3
        li $1, 3
        ctc1 $1, $31
        mul.s $f24, $f16, $f17
        mfc1 $2, $f19
        mtc1 $2, $f18
        div.s $f5, $f18, $f24
        msub.s $f27, $f2, $f9, $f28
        neg.s $f23, $f10
        mov.d $f29, $f23
        floor.l.s $f24, $f24
        nmsub.s $f26, $f13, $f10, $f11
        c.lt.s $fcc3, $f1, $f5
        FDUMP
        cvt.d.s $f12, $f28
        movn.s $f25, $f1, $3
        c.seq.d $fcc5, $f12, $f15
        div.d $f13, $f1, $f15
        msub.s $f18, $f13, $f0, $f29
        abs.s $f10, $f2
        movz.d $f29, $f17, $2
        movn.s $f23, $f15, $2
        cvt.d.w $f2, $f3
        neg.s $f4, $f14
        floor.l.s $f31, $f27
        mfc1 $2, $f19
        mtc1 $2, $f1
        floor.l.s $f22, $f5
        sub.d $f17, $f11, $f20
        mfc1 $2, $f13
        mtc1 $2, $f23
        add.s $f5, $f26, $f2
        div.d $f14, $f29, $f4
        sub.d $f23, $f22, $f13
        FDUMP
        sqrt.d $f6, $f2
        movn.s $f5, $f21, $0
        cvt.d.l $f17, $f10
        add.d $f27, $f26, $f2
        madd.s $f25, $f19, $f21, $f8
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f0
        mul.d $f15, $f2, $f5
        mfc1 $2, $f21
        mtc1 $2, $f14
        movt.d $f2, $f20, $fcc6
        cvt.d.w $f24, $f30
        mul.s $f18, $f8, $f7
        nmadd.d $f10, $f29, $f10, $f8
        c.un.s $fcc7, $f18, $f5
        div.d $f17, $f25, $f19
        sub.s $f10, $f15, $f17
        sub.s $f13, $f8, $f27
        ceil.w.s $f2, $f9
        sub.d $f29, $f24, $f15
        FDUMP
        ceil.w.d $f11, $f29
        sub.s $f29, $f29, $f7
        floor.w.d $f30, $f11
        msub.d $f18, $f19, $f11, $f6
        mul.s $f0, $f12, $f7
        neg.s $f6, $f11
        cvt.d.l $f11, $f4
        round.w.d $f4, $f5
        movf.s $f3, $f7, $fcc5
        div.s $f8, $f23, $f11
        trunc.l.d $f15, $f4
        nmadd.s $f5, $f26, $f12, $f17
        trunc.w.d $f25, $f31
        msub.d $f4, $f10, $f25, $f9
        movz.d $f5, $f15, $3
        ceil.l.d $f14, $f5
        cvt.s.w $f19, $f15
        cvt.s.w $f16, $f28
        abs.s $f31, $f1
        nmsub.s $f10, $f28, $f6, $f13
        FDUMP
        div.d $f9, $f31, $f23
        add.d $f17, $f22, $f4
        sub.s $f20, $f13, $f1
        movn.d $f23, $f25, $2
        add.s $f13, $f19, $f18
        cvt.s.w $f1, $f19
        mul.d $f13, $f27, $f2
        cvt.l.s $f21, $f14
        mfc1 $2, $f0
        mtc1 $2, $f7
        ceil.w.d $f20, $f3
        madd.d $f24, $f21, $f29, $f9
        floor.l.d $f7, $f6
        dli $1, 0x4f000000
        dmtc1 $1, $f14
        mov.s $f22, $f23
        ceil.w.d $f4, $f1
        sub.s $f21, $f6, $f3
        add.d $f16, $f2, $f5
        add.d $f6, $f22, $f19
        FDUMP
        dli $1, 0x8000000000000000
        dmtc1 $1, $f22
        movf.s $f8, $f2, $fcc7
        mul.d $f17, $f9, $f27
        c.eq.s $fcc0, $f0, $f27
        cvt.d.s $f28, $f8
        cvt.w.s $f28, $f23
        madd.s $f15, $f25, $f21, $f8
        msub.d $f19, $f4, $f4, $f10
        nmadd.d $f12, $f1, $f4, $f12
        mov.s $f29, $f5
        add.s $f20, $f15, $f30
        c.ngle.s $fcc0, $f10, $f31
        mov.s $f27, $f5
        c.eq.d $fcc5, $f1, $f26
        mfc1 $2, $f18
        mtc1 $2, $f25
        cvt.d.w $f17, $f7
        madd.s $f3, $f14, $f4, $f9
        dli $1, 0xcf000001
        FDUMP
        dmtc1 $1, $f0
        sub.s $f8, $f6, $f5
        movt.s $f17, $f20, $fcc4
        sub.s $f15, $f4, $f4
        add.s $f26, $f6, $f22
        cvt.s.l $f0, $f31
        mul.s $f6, $f1, $f30
        mfc1 $2, $f1
        mtc1 $2, $f25
        sub.s $f13, $f25, $f14
        ceil.w.d $f27, $f31
        add.s $f4, $f1, $f23
        c.ngle.d $fcc6, $f23, $f18
        mul.s $f8, $f26, $f13
        c.eq.s $fcc3, $f8, $f30
        sqrt.s $f6, $f2
        div.d $f27, $f4, $f11
        sub.d $f6, $f25, $f27
        c.ngl.s $fcc1, $f5, $f0
        div.d $f19, $f21, $f11
        FDUMP
        msub.d $f25, $f15, $f10, $f25
        cvt.w.d $f0, $f13
        neg.d $f24, $f11
        mul.s $f13, $f9, $f23
        add.s $f18, $f26, $f7
        movt.d $f7, $f7, $fcc7
        add.s $f17, $f19, $f1
        trunc.l.d $f4, $f21
        mfc1 $2, $f16
        mtc1 $2, $f9
        mul.s $f23, $f29, $f3
        round.w.d $f15, $f30
        add.d $f16, $f24, $f21
        c.seq.s $fcc4, $f5, $f30
        floor.l.d $f15, $f21
        cvt.d.l $f11, $f11
        movz.s $f28, $f20, $2
        c.ueq.d $fcc0, $f0, $f7
        movt.d $f25, $f22, $fcc3
        msub.d $f8, $f10, $f31, $f21
        FDUMP
        cvt.d.w $f28, $f17
        sqrt.s $f31, $f24
        add.d $f31, $f19, $f11
        c.nge.d $fcc6, $f2, $f1
        div.s $f28, $f23, $f7
        dli $1, 0x3fe0000000000000
        dmtc1 $1, $f24
        cvt.l.s $f24, $f21
        mul.s $f19, $f30, $f24
        add.s $f7, $f4, $f30
        c.ueq.d $fcc6, $f25, $f9
        mfc1 $2, $f8
        mtc1 $2, $f31
        c.le.d $fcc4, $f10, $f25
        mul.d $f5, $f17, $f24
        c.ule.d $fcc4, $f10, $f14
        add.d $f0, $f10, $f5
        li $1, 2
        ctc1 $1, $31
        cvt.w.d $f28, $f9
        FDUMP
        nmsub.d $f2, $f15, $f22, $f29
        movn.s $f27, $f10, $3
        c.ole.s $fcc5, $f28, $f7
        mfc1 $2, $f30
        mtc1 $2, $f27
        movt.s $f9, $f14, $fcc1
        div.s $f3, $f21, $f31
        add.d $f28, $f11, $f31
        trunc.l.s $f9, $f21
        sub.s $f19, $f31, $f26
        cvt.d.l $f23, $f28
        div.d $f5, $f28, $f22
        trunc.l.d $f13, $f7
        add.s $f22, $f16, $f1
        cvt.w.s $f12, $f31
        div.d $f31, $f20, $f15
        round.w.s $f5, $f19
        div.d $f21, $f13, $f13
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f24
        FDUMP
        movn.d $f9, $f28, $3
        dli $1, 0x4f000000
        dmtc1 $1, $f28
        movn.d $f28, $f13, $0
        movt.s $f10, $f15, $fcc0
        abs.s $f17, $f22
        msub.s $f25, $f30, $f4, $f28
        nmadd.s $f15, $f4, $f27, $f27
        sub.d $f4, $f21, $f20
        neg.d $f5, $f4
        nmsub.s $f14, $f14, $f29, $f27
        ceil.w.d $f2, $f8
        add.d $f2, $f26, $f24
        sub.s $f14, $f5, $f6
        div.s $f22, $f15, $f11
        add.s $f20, $f8, $f8
        mul.d $f14, $f12, $f26
        div.d $f21, $f3, $f26
        add.s $f9, $f0, $f10
        abs.s $f29, $f13
        FDUMP
        madd.d $f7, $f1, $f15, $f30
        mul.d $f12, $f19, $f0
        movn.s $f2, $f30, $0
        mul.d $f10, $f29, $f7
        sub.d $f26, $f9, $f29
        mul.d $f24, $f29, $f3
        cvt.s.d $f26, $f11
        cvt.d.w $f5, $f20
        movn.d $f15, $f2, $0
        div.d $f21, $f6, $f17
        ceil.w.s $f27, $f7
        floor.w.s $f22, $f30
        neg.d $f24, $f3
        movn.s $f3, $f13, $3
        sqrt.s $f9, $f11
        add.d $f2, $f6, $f7
        mul.d $f22, $f11, $f25
        mul.s $f0, $f18, $f11
        sqrt.s $f17, $f7
        mfc1 $2, $f0
        FDUMP
        mtc1 $2, $f13
        mul.d $f5, $f22, $f8
        cvt.l.d $f23, $f2
        movn.d $f21, $f20, $0
        mov.s $f12, $f27
        mul.s $f25, $f17, $f12
        div.d $f28, $f10, $f17
        nmsub.d $f0, $f1, $f9, $f13
        movt.d $f21, $f1, $fcc3
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f31
        madd.d $f19, $f18, $f12, $f24
        add.s $f6, $f15, $f21
        c.eq.s $fcc0, $f31, $f14
        abs.d $f26, $f15
        dli $1, 0x10000000000000
        dmtc1 $1, $f17
        cvt.s.d $f8, $f7
        movf.d $f11, $f20, $fcc1
        c.ngt.d $fcc2, $f28, $f0
        FDUMP
        mfc1 $2, $f31
        mtc1 $2, $f29
        cvt.d.s $f8, $f18
        dli $1, 0x4f000000
        dmtc1 $1, $f17
        msub.s $f3, $f25, $f30, $f10
        movt.d $f4, $f28, $fcc3
        add.s $f4, $f10, $f3
        add.d $f22, $f11, $f11
        round.w.d $f6, $f3
        sub.s $f1, $f5, $f17
        li $1, 3
        ctc1 $1, $31
        cvt.l.d $f4, $f19
        movn.d $f12, $f9, $0
        abs.s $f9, $f26
        msub.s $f23, $f12, $f15, $f16
        cvt.w.d $f31, $f29
        trunc.l.s $f15, $f28
        mfc1 $2, $f5
        FDUMP
        mtc1 $2, $f14
        movz.d $f1, $f4, $0
        sqrt.s $f31, $f25
        madd.s $f11, $f7, $f10, $f23
        c.sf.s $fcc4, $f16, $f2
        add.s $f5, $f31, $f13
        movt.d $f22, $f2, $fcc4
        nmadd.d $f3, $f9, $f20, $f3
        mul.s $f17, $f29, $f27
        li $1, 1
        ctc1 $1, $31
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f25
        add.s $f20, $f11, $f21
        div.s $f13, $f25, $f27
        movf.s $f21, $f20, $fcc2
        dli $1, 0x4008000000000000
        dmtc1 $1, $f16
        c.eq.s $fcc5, $f26, $f27
        add.s $f24, $f16, $f28
        FDUMP
        c.ult.d $fcc6, $f20, $f18
        cvt.s.d $f10, $f8
        mfc1 $2, $f2
        mtc1 $2, $f25
        div.s $f3, $f0, $f8
        ceil.l.s $f14, $f26
        c.sf.s $fcc0, $f19, $f19
        movf.s $f29, $f27, $fcc2
        cvt.s.d $f23, $f1
        movf.s $f29, $f21, $fcc5
        mov.s $f24, $f6
        cvt.d.l $f8, $f19
        movz.d $f6, $f7, $2
        mfc1 $2, $f6
        mtc1 $2, $f25
        div.s $f21, $f27, $f2
        madd.d $f12, $f19, $f23, $f0
        floor.l.s $f22, $f14
        div.s $f4, $f21, $f4
        c.ult.s $fcc0, $f7, $f21
        FDUMP
        neg.s $f15, $f18
        li $1, 1
        ctc1 $1, $31
        sub.s $f11, $f6, $f8
        nmsub.d $f11, $f19, $f0, $f0
        mul.s $f3, $f20, $f23
        cvt.s.w $f25, $f29
        sub.s $f17, $f24, $f20
        mul.s $f28, $f23, $f2
        neg.s $f6, $f22
        sub.d $f14, $f6, $f16
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f16
        div.d $f24, $f6, $f26
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f17
        mul.d $f17, $f7, $f27
        sqrt.s $f4, $f6
        c.ult.s $fcc3, $f16, $f21
        mov.s $f6, $f30
        FDUMP
        mul.d $f24, $f17, $f28
        movt.d $f19, $f17, $fcc3
        dli $1, 0x43e0000000000000
        dmtc1 $1, $f21
        floor.l.s $f9, $f12
        add.s $f0, $f5, $f13
        trunc.l.s $f1, $f16
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f23
        mov.s $f2, $f9
        mul.s $f8, $f20, $f18
        c.seq.d $fcc4, $f1, $f4
        mul.s $f22, $f26, $f20
        div.d $f19, $f18, $f28
        sqrt.d $f27, $f2
        c.seq.s $fcc5, $f13, $f28
        movz.s $f6, $f3, $0
        c.ngt.s $fcc0, $f26, $f29
        trunc.w.d $f15, $f2
        div.d $f31, $f13, $f24
        FDUMP
        mul.s $f19, $f2, $f28
        c.f.s $fcc4, $f23, $f1
        movf.d $f27, $f17, $fcc6
        movn.d $f21, $f29, $3
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f16
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f0
        ceil.l.d $f25, $f10
        movt.d $f4, $f15, $fcc2
        sub.s $f22, $f15, $f2
        c.le.s $fcc7, $f15, $f7
        c.ngl.d $fcc2, $f14, $f11
        div.d $f11, $f9, $f9
        mul.s $f11, $f7, $f9
        nmadd.s $f4, $f31, $f2, $f9
        sub.d $f10, $f8, $f13
        movt.d $f30, $f18, $fcc3
        cvt.d.w $f9, $f30
        cvt.s.w $f22, $f9
        FDUMP
        abs.s $f14, $f12
        div.d $f6, $f6, $f27
        cvt.s.l $f19, $f21
        c.ueq.d $fcc4, $f10, $f6
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f5
        mfc1 $2, $f31
        mtc1 $2, $f9
        mov.s $f31, $f14
        div.d $f29, $f17, $f14
        madd.d $f4, $f1, $f14, $f25
        div.s $f29, $f3, $f13
        round.w.s $f13, $f1
        div.d $f2, $f31, $f23
        floor.w.d $f30, $f24
        c.un.s $fcc3, $f16, $f24
        mov.d $f14, $f24
        mul.d $f30, $f1, $f5
        add.s $f18, $f7, $f31
        c.ueq.s $fcc0, $f14, $f6
        FDUMP
        cvt.s.d $f28, $f9
        c.eq.d $fcc0, $f23, $f21
        mul.s $f2, $f14, $f16
        c.lt.d $fcc7, $f15, $f13
        round.l.s $f0, $f11
        div.s $f2, $f5, $f8
        div.s $f23, $f1, $f22
        div.s $f13, $f18, $f14
        c.ult.d $fcc3, $f14, $f4
        round.w.d $f15, $f18
        sub.d $f1, $f20, $f20
        movf.d $f30, $f6, $fcc3
        sub.d $f11, $f5, $f25
        madd.s $f14, $f18, $f2, $f16
        movn.s $f18, $f19, $2
        add.s $f14, $f16, $f11
        msub.d $f27, $f25, $f14, $f4
        movt.d $f24, $f30, $fcc2
        sub.d $f25, $f3, $f31
        nmsub.s $f6, $f31, $f26, $f2
        FDUMP
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f25
        c.f.d $fcc1, $f1, $f17
        div.s $f15, $f4, $f14
        cvt.d.l $f23, $f23
        dli $1, 0x43e0000000000000
        dmtc1 $1, $f31
        floor.l.d $f22, $f28
        floor.w.s $f1, $f23
        floor.w.d $f0, $f4
        c.nge.d $fcc7, $f16, $f23
        mov.s $f17, $f19
        li $1, 3
        ctc1 $1, $31
        sub.s $f29, $f6, $f7
        mul.d $f29, $f8, $f3
        mul.d $f3, $f20, $f26
        ceil.w.d $f1, $f24
        cvt.s.w $f1, $f3
        madd.s $f27, $f1, $f19, $f7
        FDUMP
        c.sf.d $fcc1, $f9, $f19
        abs.d $f23, $f23
        div.s $f16, $f27, $f13
        floor.l.s $f3, $f31
        nmadd.d $f15, $f24, $f6, $f16
        movz.s $f11, $f7, $0
        sub.s $f6, $f4, $f1
        sub.s $f27, $f20, $f8
        movt.s $f28, $f29, $fcc0
        cvt.l.s $f7, $f5
        mul.d $f8, $f9, $f7
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f29
        abs.d $f21, $f13
        mul.d $f12, $f0, $f3
        floor.l.s $f22, $f17
        sub.s $f5, $f3, $f10
        sub.s $f10, $f1, $f23
        add.d $f14, $f29, $f6
        msub.s $f23, $f24, $f9, $f6
        FDUMP
        cvt.d.l $f14, $f11
        c.eq.d $fcc6, $f1, $f12
        movf.d $f15, $f30, $fcc0
        nmsub.s $f1, $f14, $f31, $f10
        div.d $f31, $f12, $f11
        floor.w.s $f13, $f3
        movn.d $f20, $f2, $0
        add.d $f20, $f4, $f24
        trunc.w.d $f0, $f31
        movz.s $f22, $f27, $0
        c.ueq.s $fcc3, $f2, $f24
        sub.d $f16, $f16, $f28
        nmsub.s $f17, $f4, $f27, $f7
        c.le.d $fcc0, $f30, $f28
        c.ueq.d $fcc2, $f21, $f22
        sub.d $f31, $f31, $f6
        round.w.d $f22, $f13
        cvt.s.l $f24, $f0
        nmsub.s $f26, $f16, $f22, $f5
        msub.s $f30, $f12, $f14, $f17
        FDUMP
        movt.s $f18, $f12, $fcc4
        sqrt.s $f15, $f21
        cvt.l.s $f23, $f18
        nmsub.d $f2, $f7, $f5, $f18
        cvt.d.s $f11, $f27
        nmadd.d $f2, $f10, $f7, $f2
        sub.s $f11, $f30, $f29
        add.s $f30, $f7, $f23
        round.l.s $f24, $f3
        div.s $f25, $f8, $f21
        neg.d $f22, $f27
        round.l.d $f10, $f14
        div.s $f21, $f26, $f10
        floor.l.s $f6, $f24
        div.s $f28, $f31, $f21
        msub.d $f20, $f4, $f21, $f22
        nmsub.d $f24, $f15, $f30, $f11
        msub.d $f16, $f0, $f11, $f29
        c.ole.s $fcc0, $f31, $f25
        c.ueq.s $fcc0, $f4, $f17
        FDUMP
        movz.d $f10, $f16, $2
        mov.d $f14, $f9
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f21
        c.lt.s $fcc1, $f4, $f10
        mul.d $f4, $f10, $f22
        mul.d $f29, $f1, $f12
        div.s $f2, $f14, $f28
        add.d $f23, $f24, $f12
        add.s $f22, $f9, $f22
        movt.s $f3, $f22, $fcc4
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f30
        sub.d $f28, $f3, $f2
        mul.s $f2, $f2, $f9
        add.s $f17, $f27, $f22
        add.s $f24, $f23, $f19
        floor.w.s $f10, $f26
        div.s $f22, $f15, $f26
        dli $1, 0x43e0000000000000
        FDUMP
        dmtc1 $1, $f16
        div.s $f22, $f25, $f2
        cvt.s.w $f24, $f19
        mul.s $f18, $f17, $f1
        cvt.d.w $f12, $f16
        c.ole.s $fcc0, $f27, $f27
        cvt.d.l $f14, $f6
        c.ole.d $fcc1, $f15, $f5
        cvt.l.d $f8, $f8
        sub.d $f19, $f18, $f4
        mul.s $f11, $f30, $f3
        mul.d $f2, $f29, $f18
        add.s $f16, $f13, $f14
        div.d $f10, $f29, $f22
        trunc.w.d $f14, $f26
        round.l.s $f7, $f16
        li $1, 1
        ctc1 $1, $31
        div.d $f17, $f5, $f11
        cvt.s.d $f23, $f22
        FDUMP
        div.d $f20, $f12, $f5
        c.le.s $fcc6, $f5, $f0
        sub.s $f1, $f1, $f24
        nmsub.s $f28, $f13, $f27, $f2
        c.ngle.s $fcc6, $f2, $f9
        floor.w.d $f10, $f7
        mul.s $f8, $f12, $f7
        movz.d $f15, $f27, $0
        c.ult.d $fcc4, $f29, $f27
        c.ueq.d $fcc3, $f19, $f5
        movt.d $f9, $f29, $fcc0
        movn.d $f1, $f22, $0
        c.ngle.d $fcc1, $f28, $f28
        mov.d $f26, $f0
        movz.d $f7, $f4, $0
        cvt.s.w $f24, $f27
        mfc1 $2, $f14
        mtc1 $2, $f20
        cvt.d.s $f1, $f25
        movf.d $f9, $f7, $fcc0
        FDUMP
        c.ngt.d $fcc4, $f30, $f21
        cvt.l.s $f23, $f1
        c.nge.d $fcc0, $f5, $f10
        madd.d $f0, $f6, $f25, $f27
        abs.d $f27, $f1
        cvt.d.l $f21, $f23
        dli $1, 0x7fc00000
        dmtc1 $1, $f1
        add.d $f9, $f12, $f10
        c.eq.d $fcc7, $f24, $f12
        mul.d $f25, $f9, $f22
        dli $1, 0xc004000000000000
        dmtc1 $1, $f10
        mul.s $f23, $f6, $f21
        movf.d $f8, $f26, $fcc4
        neg.d $f14, $f15
        c.ult.d $fcc0, $f23, $f15
        cvt.d.l $f15, $f16
        nmsub.s $f12, $f25, $f19, $f30
        add.d $f21, $f18, $f1
        FDUMP
        cvt.s.l $f23, $f11
        nmadd.d $f31, $f18, $f1, $f17
        nmsub.d $f7, $f6, $f18, $f27
        c.lt.s $fcc5, $f29, $f14
        div.s $f1, $f15, $f0
        sub.s $f12, $f14, $f16
        mov.s $f24, $f26
        trunc.w.s $f7, $f4
        trunc.w.s $f22, $f2
        mul.s $f12, $f1, $f7
        cvt.s.l $f22, $f22
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f4
        round.l.d $f11, $f2
        c.ult.d $fcc4, $f7, $f31
        div.d $f16, $f28, $f13
        madd.d $f17, $f26, $f28, $f23
        add.d $f8, $f6, $f7
        div.s $f24, $f25, $f21
        floor.l.s $f26, $f18
        FDUMP
        cvt.s.d $f6, $f12
        trunc.w.d $f25, $f9
        round.w.d $f30, $f1
        round.w.s $f1, $f12
        c.ule.s $fcc3, $f24, $f28
        c.f.s $fcc2, $f14, $f10
        cvt.l.s $f27, $f21
        sqrt.d $f12, $f10
        cvt.s.l $f5, $f5
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f7
        sqrt.s $f6, $f21
        add.d $f18, $f19, $f22
        sub.s $f17, $f19, $f18
        neg.s $f19, $f13
        msub.d $f13, $f12, $f31, $f15
        cvt.s.l $f25, $f24
        mul.d $f24, $f11, $f10
        mov.s $f0, $f25
        cvt.d.w $f1, $f5
        FDUMP
        sub.d $f6, $f0, $f0
        cvt.d.s $f20, $f8
        c.ngl.s $fcc2, $f15, $f7
        add.d $f10, $f16, $f13
        nmsub.d $f11, $f27, $f30, $f4
        div.s $f15, $f31, $f21
        madd.d $f19, $f31, $f30, $f25
        abs.d $f4, $f27
        c.ngl.s $fcc1, $f14, $f7
        abs.s $f7, $f10
        cvt.d.l $f23, $f3
        sub.s $f8, $f21, $f4
        add.d $f8, $f19, $f4
        c.seq.d $fcc6, $f14, $f13
        div.d $f2, $f16, $f24
        cvt.d.w $f26, $f11
        sqrt.s $f0, $f18
        div.d $f14, $f20, $f5
        sub.d $f19, $f17, $f6
        mul.s $f4, $f22, $f21
        FDUMP
        sqrt.s $f8, $f23
        movf.d $f1, $f4, $fcc6
        mul.d $f19, $f22, $f13
        trunc.l.d $f27, $f5
        c.ngl.d $fcc1, $f1, $f10
        cvt.s.d $f0, $f22
        c.eq.s $fcc4, $f0, $f25
        neg.s $f22, $f20
        round.l.d $f20, $f14
        movn.d $f2, $f10, $0
        add.s $f14, $f7, $f18
        cvt.d.l $f0, $f18
        c.sf.d $fcc2, $f23, $f4
        li $1, 3
        ctc1 $1, $31
        c.nge.d $fcc1, $f3, $f10
        cvt.d.s $f26, $f6
        neg.s $f24, $f11
        round.l.d $f4, $f3
        c.ngl.s $fcc7, $f10, $f21
        FDUMP
        sub.s $f13, $f15, $f12
        add.s $f14, $f14, $f11
        c.le.s $fcc3, $f6, $f5
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f25
        cvt.d.w $f22, $f11
        sub.d $f23, $f31, $f18
        cvt.s.l $f22, $f8
        movz.d $f22, $f11, $3
        sub.d $f22, $f19, $f4
        msub.s $f9, $f21, $f9, $f25
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f28
        mul.d $f14, $f19, $f23
        c.seq.d $fcc5, $f26, $f26
        c.olt.d $fcc3, $f12, $f9
        add.s $f26, $f2, $f13
        div.d $f14, $f10, $f5
        mul.d $f15, $f27, $f18
        mul.d $f17, $f30, $f10
        FDUMP
        div.s $f19, $f19, $f28
        c.ngt.d $fcc7, $f11, $f0
        c.ole.s $fcc7, $f26, $f17
        sub.s $f15, $f27, $f14
        sub.d $f3, $f7, $f3
        c.ngt.d $fcc2, $f23, $f22
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f30
        movt.d $f20, $f23, $fcc2
        abs.s $f5, $f28
        add.d $f26, $f1, $f28
        sub.d $f16, $f21, $f16
        c.f.s $fcc6, $f5, $f5
        add.s $f11, $f2, $f30
        cvt.s.l $f0, $f5
        cvt.l.s $f29, $f4
        add.d $f7, $f23, $f16
        c.seq.s $fcc2, $f27, $f11
        div.s $f11, $f14, $f18
        mul.d $f26, $f27, $f22
        FDUMP
        madd.d $f0, $f31, $f1, $f2
        mul.s $f10, $f31, $f26
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f28
        cvt.d.l $f4, $f9
        mul.d $f13, $f15, $f18
        nmadd.d $f10, $f2, $f9, $f0
        c.f.d $fcc5, $f13, $f5
        cvt.l.s $f29, $f6
        abs.s $f27, $f19
        floor.l.d $f19, $f12
        div.s $f2, $f0, $f10
        add.s $f16, $f19, $f20
        div.d $f15, $f10, $f3
        mov.s $f23, $f20
        li $1, 1
        ctc1 $1, $31
        div.d $f28, $f26, $f10
        cvt.s.d $f24, $f26
        c.le.d $fcc6, $f2, $f20
        FDUMP
        sub.s $f7, $f27, $f25
        msub.s $f27, $f2, $f28, $f0
        cvt.d.s $f1, $f16
        add.s $f3, $f9, $f15
        mul.d $f20, $f9, $f27
        div.d $f26, $f31, $f8
        mul.s $f17, $f16, $f2
        add.s $f24, $f5, $f7
        sqrt.d $f10, $f16
        mul.s $f16, $f4, $f22
        cvt.d.l $f3, $f3
        movt.d $f19, $f3, $fcc5
        nmsub.d $f6, $f21, $f26, $f11
        mul.s $f2, $f3, $f5
        mov.s $f11, $f6
        sqrt.d $f27, $f6
        add.s $f11, $f11, $f4
        c.ult.s $fcc4, $f13, $f14
        cvt.s.l $f30, $f21
        cvt.d.l $f22, $f0
        FDUMP
        div.d $f27, $f2, $f12
        add.d $f29, $f4, $f1
        div.d $f13, $f27, $f2
        movf.s $f25, $f6, $fcc5
        movf.s $f5, $f0, $fcc4
        mov.d $f17, $f16
        add.s $f20, $f27, $f3
        div.s $f18, $f31, $f20
        neg.d $f27, $f12
        sub.d $f12, $f18, $f29
        add.s $f31, $f3, $f6
        c.ngle.d $fcc4, $f12, $f31
        dli $1, 0xbff0000000000000
        dmtc1 $1, $f22
        dli $1, 0xc004000000000000
        dmtc1 $1, $f1
        cvt.w.d $f16, $f30
        sub.s $f2, $f21, $f14
        add.d $f3, $f5, $f14
        c.ole.d $fcc5, $f0, $f26
        FDUMP
        div.s $f17, $f18, $f31
        floor.w.d $f14, $f29
        sub.s $f14, $f9, $f4
        mov.d $f3, $f6
        cvt.s.w $f1, $f5
        cvt.d.l $f29, $f13
        sqrt.d $f25, $f17
        dli $1, 0xc004000000000000
        dmtc1 $1, $f23
        floor.l.d $f24, $f9
        div.s $f10, $f12, $f4
        ceil.w.s $f29, $f0
        c.seq.s $fcc0, $f31, $f31
        cvt.l.s $f11, $f19
        mul.d $f24, $f27, $f27
        msub.s $f26, $f15, $f16, $f22
        movn.d $f5, $f10, $0
        cvt.s.d $f16, $f18
        nmadd.d $f16, $f28, $f7, $f10
        add.s $f30, $f17, $f7
        FDUMP
        sub.d $f10, $f7, $f29
        div.d $f2, $f27, $f15
        abs.d $f1, $f15
        sub.s $f12, $f8, $f26
        dli $1, 0x4f000000
        dmtc1 $1, $f30
        sub.s $f4, $f11, $f29
        floor.w.d $f19, $f2
        msub.d $f1, $f22, $f22, $f25
        mul.s $f2, $f10, $f27
        mov.d $f10, $f6
        div.d $f19, $f11, $f23
        c.ngt.s $fcc0, $f8, $f10
        c.olt.d $fcc2, $f25, $f7
        c.ngt.d $fcc5, $f21, $f2
        floor.l.s $f4, $f16
        add.s $f17, $f28, $f16
        movf.s $f23, $f13, $fcc6
        mfc1 $2, $f10
        mtc1 $2, $f15
        FDUMP
        neg.d $f29, $f11
        add.s $f20, $f14, $f13
        mul.s $f8, $f21, $f21
        floor.w.d $f4, $f19
        sub.d $f16, $f26, $f9
        dli $1, 0x43e0000000000000
        dmtc1 $1, $f7
        c.eq.d $fcc3, $f20, $f30
        div.s $f6, $f31, $f10
        madd.d $f8, $f15, $f28, $f15
        add.s $f14, $f26, $f17
        sqrt.d $f15, $f9
        sqrt.s $f1, $f10
        mul.d $f16, $f9, $f12
        div.d $f7, $f17, $f1
        c.nge.d $fcc4, $f6, $f8
        neg.d $f0, $f9
        cvt.s.l $f6, $f16
        movf.s $f28, $f27, $fcc5
        mfc1 $2, $f9
        FDUMP
        mtc1 $2, $f8
        abs.d $f20, $f26
        dli $1, 0xbff0000000000000
        dmtc1 $1, $f2
        add.s $f1, $f23, $f10
        movn.s $f11, $f23, $3
        div.d $f24, $f17, $f6
        mfc1 $2, $f9
        mtc1 $2, $f25
        madd.d $f11, $f7, $f15, $f26
        mul.d $f13, $f1, $f28
        movn.s $f18, $f1, $0
        sqrt.s $f4, $f18
        div.s $f21, $f31, $f25
        ceil.l.d $f25, $f6
        cvt.d.w $f20, $f26
        cvt.d.s $f4, $f20
        dli $1, 0x43e0000000000000
        dmtc1 $1, $f22
        c.le.d $fcc1, $f10, $f10
        FDUMP
        cvt.d.l $f31, $f30
        neg.s $f0, $f15
        madd.d $f18, $f8, $f13, $f8
        trunc.l.s $f16, $f23
        div.s $f19, $f14, $f28
        floor.w.s $f1, $f0
        cvt.d.l $f7, $f13
        dli $1, 0x800000
        dmtc1 $1, $f19
        mov.s $f13, $f14
        abs.s $f21, $f24
        c.un.d $fcc6, $f23, $f6
        dli $1, 0xc004000000000000
        dmtc1 $1, $f19
        add.d $f22, $f15, $f20
        div.d $f16, $f27, $f12
        mov.d $f14, $f1
        c.le.s $fcc7, $f14, $f2
        div.s $f6, $f3, $f26
        mfc1 $2, $f27
        FDUMP
        mtc1 $2, $f7
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f13
        add.d $f6, $f28, $f16
        add.s $f26, $f6, $f4
        nmadd.d $f22, $f5, $f16, $f14
        movt.d $f17, $f1, $fcc2
        floor.w.d $f18, $f13
        li $1, 3
        ctc1 $1, $31
        sub.s $f9, $f13, $f19
        sqrt.s $f0, $f1
        msub.s $f5, $f12, $f17, $f2
        cvt.w.s $f16, $f0
        sub.d $f15, $f23, $f20
        mov.d $f6, $f13
        mul.d $f9, $f1, $f15
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f1
        mul.s $f3, $f28, $f24
        FDUMP
        c.ngt.d $fcc3, $f5, $f7
        abs.d $f9, $f7
        nmsub.s $f21, $f26, $f27, $f16
        mov.d $f23, $f21
        mov.d $f18, $f23
        mfc1 $2, $f22
        mtc1 $2, $f30
        floor.w.s $f31, $f24
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f11
        cvt.s.w $f22, $f5
        li $1, 1
        ctc1 $1, $31
        abs.s $f2, $f31
        nmsub.s $f17, $f29, $f31, $f23
        nmadd.s $f25, $f14, $f8, $f25
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f23
        c.lt.d $fcc6, $f26, $f19
        c.le.d $fcc0, $f14, $f17
        FDUMP
        msub.d $f19, $f8, $f2, $f28
        sub.d $f8, $f8, $f16
        sqrt.s $f28, $f27
        floor.l.s $f0, $f29
        li $1, 0
        ctc1 $1, $31
        cvt.w.d $f26, $f21
        div.d $f26, $f9, $f20
        c.olt.s $fcc7, $f7, $f2
        c.seq.d $fcc4, $f9, $f17
        li $1, 3
        ctc1 $1, $31
        c.ueq.d $fcc7, $f16, $f23
        cvt.w.s $f15, $f7
        sub.d $f12, $f13, $f28
        trunc.w.d $f22, $f1
        c.lt.d $fcc4, $f3, $f23
        abs.s $f14, $f19
        cvt.d.l $f18, $f16
        add.d $f10, $f21, $f11
        FDUMP
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f26
        ceil.l.d $f15, $f8
        nmadd.d $f0, $f23, $f4, $f10
        div.d $f25, $f1, $f16
        mul.s $f24, $f12, $f25
        c.lt.d $fcc1, $f9, $f2
        nmadd.d $f11, $f0, $f10, $f18
        mul.d $f19, $f15, $f30
        madd.s $f20, $f2, $f11, $f2
        cvt.l.s $f10, $f21
        cvt.l.d $f22, $f19
        c.ult.d $fcc4, $f29, $f19
        cvt.s.w $f23, $f28
        sub.d $f10, $f24, $f19
        sqrt.s $f23, $f30
        cvt.w.d $f31, $f23
        dli $1, 0x10000000000000
        dmtc1 $1, $f2
        mfc1 $2, $f19
        FDUMP
        mtc1 $2, $f26
        ceil.w.s $f15, $f10
        cvt.s.d $f4, $f13
        sub.s $f27, $f8, $f31
        neg.s $f23, $f19
        li $1, 2
        ctc1 $1, $31
        nmadd.s $f27, $f8, $f17, $f6
        mul.s $f12, $f29, $f18
        abs.d $f25, $f16
        ceil.l.d $f22, $f5
        trunc.l.d $f31, $f12
        msub.s $f20, $f17, $f0, $f15
        nmadd.s $f18, $f3, $f20, $f17
        dli $1, 0xcf000001
        dmtc1 $1, $f11
        sub.s $f21, $f27, $f11
        c.olt.s $fcc2, $f13, $f11
        movn.d $f25, $f24, $0
        floor.w.d $f1, $f13
        FDUMP
        cvt.s.l $f15, $f20
        nmsub.d $f13, $f23, $f31, $f10
        movf.s $f21, $f14, $fcc3
        sub.d $f20, $f24, $f1
        div.s $f21, $f29, $f7
        div.d $f23, $f16, $f5
        c.ngl.s $fcc2, $f28, $f19
        sub.s $f0, $f0, $f21
        c.eq.s $fcc6, $f12, $f14
        trunc.l.d $f0, $f5
        c.sf.s $fcc6, $f6, $f5
        add.d $f2, $f10, $f13
        mul.s $f25, $f4, $f2
        cvt.d.s $f10, $f14
        mul.d $f27, $f26, $f25
        nmsub.s $f0, $f2, $f13, $f5
        c.eq.d $fcc4, $f6, $f2
        c.ule.s $fcc3, $f9, $f7
        li $1, 3
        ctc1 $1, $31
        FDUMP
        c.sf.s $fcc3, $f21, $f19
        add.s $f29, $f31, $f30
        sub.s $f16, $f24, $f25
        div.s $f23, $f17, $f20
        sub.d $f10, $f8, $f2
        div.s $f2, $f30, $f22
        ceil.w.d $f20, $f11
        ceil.w.s $f16, $f22
        c.f.s $fcc5, $f11, $f8
        div.d $f3, $f22, $f5
        c.ueq.s $fcc2, $f11, $f22
        sub.s $f27, $f5, $f11
        c.olt.d $fcc7, $f29, $f22
        add.s $f10, $f18, $f26
        floor.w.d $f28, $f28
        movz.s $f3, $f7, $2
        msub.s $f11, $f30, $f14, $f7
        nmsub.s $f4, $f13, $f11, $f10
        cvt.d.s $f27, $f14
        movn.s $f19, $f12, $2
        FDUMP
        c.ngl.s $fcc3, $f21, $f7
        dli $1, 0x7fc00000
        dmtc1 $1, $f18
        c.ngt.s $fcc3, $f27, $f7
        div.d $f7, $f10, $f22
        round.l.s $f1, $f9
        nmsub.s $f16, $f4, $f11, $f28
        round.l.d $f2, $f7
        movf.d $f29, $f11, $fcc2
        add.d $f9, $f4, $f0
        c.ole.s $fcc0, $f2, $f12
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f26
        cvt.d.l $f16, $f25
        round.l.s $f17, $f12
        c.sf.d $fcc4, $f5, $f21
        div.s $f24, $f16, $f5
        movf.d $f15, $f10, $fcc7
        c.ule.s $fcc2, $f9, $f11
        div.s $f31, $f1, $f9
        FDUMP
        c.lt.d $fcc7, $f7, $f25
        c.ngle.s $fcc5, $f8, $f13
        mul.s $f29, $f0, $f31
        ceil.l.d $f23, $f3
        mfc1 $2, $f4
        mtc1 $2, $f21
        sqrt.d $f8, $f4
        mov.d $f11, $f10
        ceil.l.s $f19, $f1
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f5
        div.s $f19, $f25, $f12
        cvt.d.l $f6, $f20
        round.l.d $f30, $f31
        sub.s $f30, $f16, $f27
        sqrt.d $f29, $f13
        c.le.d $fcc6, $f10, $f3
        dli $1, 0xfff0000000000000
        dmtc1 $1, $f29
        floor.w.d $f16, $f29
        FDUMP
        trunc.w.s $f10, $f27
        floor.l.s $f2, $f17
        mfc1 $2, $f17
        mtc1 $2, $f15
        li $1, 0
        ctc1 $1, $31
        movf.s $f1, $f11, $fcc7
        mfc1 $2, $f29
        mtc1 $2, $f17
        floor.l.d $f5, $f24
        mfc1 $2, $f14
        mtc1 $2, $f22
        cvt.l.d $f16, $f29
        movn.s $f1, $f7, $3
        ceil.l.s $f27, $f20
        c.ngt.s $fcc3, $f25, $f21
        movf.s $f25, $f31, $fcc4
        add.d $f18, $f23, $f13
        c.f.s $fcc5, $f23, $f17
        cvt.w.d $f13, $f17
        FDUMP
        div.d $f9, $f22, $f31
        mul.s $f7, $f19, $f18
        neg.s $f29, $f2
        c.ole.s $fcc5, $f16, $f13
        movf.d $f29, $f0, $fcc3
        abs.d $f9, $f6
        mul.d $f19, $f28, $f9
        div.s $f19, $f29, $f23
        dli $1, 0xc004000000000000
        dmtc1 $1, $f22
        div.d $f11, $f24, $f22
        dli $1, 0x7ff8000000000000
        dmtc1 $1, $f18
        c.un.s $fcc0, $f25, $f28
        sub.s $f21, $f28, $f10
        cvt.d.w $f10, $f22
        floor.l.d $f7, $f1
        mul.s $f2, $f25, $f3
        movn.s $f27, $f12, $2
        cvt.d.s $f26, $f0
        FDUMP
        madd.d $f25, $f10, $f24, $f14
        mul.s $f17, $f9, $f12
        nmsub.d $f24, $f0, $f27, $f18
        c.ule.s $fcc7, $f8, $f24
        div.s $f28, $f0, $f5
        ceil.l.d $f11, $f28
        cvt.w.s $f25, $f22
        cvt.w.d $f20, $f16
        dli $1, 0x4004000000000000
        dmtc1 $1, $f22
        sub.d $f22, $f4, $f19
        mov.s $f18, $f13
        madd.s $f1, $f14, $f11, $f31
        cvt.s.w $f17, $f7
        cvt.d.s $f5, $f12
        dli $1, 0x0
        dmtc1 $1, $f25
        div.s $f20, $f25, $f1
        mul.s $f3, $f5, $f8
        ceil.w.s $f2, $f25
        FDUMP
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f28
        sub.d $f31, $f12, $f15
        cvt.s.w $f25, $f22
        c.ueq.s $fcc6, $f27, $f6
        cvt.d.s $f5, $f2
        movt.d $f6, $f3, $fcc3
        sub.s $f4, $f21, $f15
        ceil.l.d $f6, $f30
        movn.s $f11, $f24, $2
        mul.d $f26, $f25, $f15
        add.d $f21, $f11, $f9
        c.ngt.d $fcc7, $f22, $f26
        sub.d $f16, $f9, $f18
        abs.s $f12, $f28
        cvt.d.l $f1, $f3
        add.s $f2, $f4, $f26
        div.s $f9, $f5, $f8
        sub.s $f12, $f25, $f2
        sub.s $f3, $f24, $f14
        FDUMP
        div.d $f4, $f28, $f8
        movn.s $f13, $f6, $0
        sub.s $f29, $f13, $f28
        neg.d $f3, $f24
        abs.s $f21, $f18
        c.f.s $fcc3, $f22, $f9
        mul.s $f23, $f7, $f22
        add.s $f29, $f9, $f26
        mul.s $f19, $f24, $f0
        neg.s $f22, $f6
        cvt.s.l $f2, $f6
        ceil.l.s $f17, $f26
        c.ole.s $fcc2, $f9, $f18
        floor.w.d $f18, $f11
        sub.s $f20, $f8, $f15
        floor.w.d $f10, $f13
        madd.s $f13, $f28, $f11, $f22
        dli $1, 0xc004000000000000
        dmtc1 $1, $f14
        sub.d $f31, $f16, $f19
        FDUMP
        movt.s $f12, $f18, $fcc1
        sub.d $f0, $f12, $f5
        div.s $f29, $f27, $f1
        mul.d $f11, $f22, $f18
        sqrt.s $f18, $f6
        cvt.d.w $f0, $f9
        round.l.s $f17, $f8
        cvt.s.l $f21, $f19
        mov.d $f1, $f27
        div.d $f4, $f29, $f15
        dli $1, 0x800000
        dmtc1 $1, $f15
        nmsub.d $f29, $f5, $f3, $f15
        madd.d $f27, $f5, $f29, $f17
        mul.d $f4, $f2, $f16
        mfc1 $2, $f17
        mtc1 $2, $f25
        mfc1 $2, $f5
        mtc1 $2, $f9
        movt.d $f15, $f24, $fcc5
        FDUMP
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f23
        movf.s $f9, $f26, $fcc4
        sub.d $f9, $f6, $f3
        madd.s $f30, $f9, $f9, $f13
        c.olt.s $fcc4, $f19, $f1
        cvt.s.d $f15, $f17
        trunc.w.s $f19, $f29
        nmsub.s $f22, $f15, $f28, $f22
        movt.s $f17, $f8, $fcc5
        trunc.l.d $f5, $f23
        sub.d $f12, $f20, $f4
        floor.l.d $f15, $f18
        sub.d $f8, $f1, $f0
        mov.s $f15, $f23
        c.olt.d $fcc5, $f28, $f30
        div.d $f30, $f17, $f31
        round.w.d $f27, $f0
        floor.l.d $f16, $f31
        mov.d $f6, $f30
        FDUMP
        c.ueq.d $fcc2, $f14, $f21
        cvt.d.l $f23, $f25
        msub.d $f8, $f10, $f15, $f11
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f27
        add.s $f19, $f24, $f25
        cvt.s.l $f6, $f12
        add.s $f1, $f21, $f15
        trunc.w.s $f18, $f17
        round.l.s $f24, $f3
        mov.d $f30, $f11
        floor.w.d $f28, $f3
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f21
        c.olt.d $fcc2, $f28, $f4
        floor.w.s $f10, $f21
        nmsub.d $f12, $f4, $f28, $f26
        cvt.s.l $f30, $f11
        movt.d $f6, $f0, $fcc5
        mul.d $f10, $f2, $f19
        FDUMP
        div.s $f27, $f21, $f29
        sqrt.d $f9, $f10
        add.d $f15, $f24, $f6
        c.ole.d $fcc0, $f17, $f7
        li $1, 0
        ctc1 $1, $31
        mov.s $f7, $f2
        neg.s $f9, $f24
        nmadd.s $f25, $f5, $f12, $f18
        cvt.d.s $f21, $f23
        c.f.d $fcc4, $f20, $f15
        mul.s $f26, $f31, $f10
        movz.s $f29, $f17, $0
        movt.d $f20, $f15, $fcc0
        sub.d $f14, $f30, $f29
        mul.d $f19, $f30, $f14
        movt.s $f0, $f19, $fcc2
        cvt.d.w $f25, $f3
        trunc.w.s $f30, $f22
        madd.d $f13, $f9, $f7, $f28
        FDUMP
        c.le.s $fcc1, $f21, $f2
        div.s $f16, $f16, $f14
        c.un.d $fcc2, $f25, $f27
        c.le.s $fcc3, $f26, $f14
        dli $1, 0x7fbfffff
        dmtc1 $1, $f21
        cvt.d.s $f3, $f11
        sub.s $f0, $f26, $f14
        c.ole.s $fcc7, $f17, $f23
        dli $1, 0x10000000000000
        dmtc1 $1, $f11
        c.un.s $fcc5, $f27, $f27
        li $1, 3
        ctc1 $1, $31
        mul.s $f3, $f11, $f15
        ceil.l.s $f6, $f0
        div.s $f21, $f2, $f6
        neg.s $f29, $f17
        cvt.d.s $f19, $f25
        abs.s $f16, $f18
        FDUMP
        trunc.l.s $f23, $f20
        movf.d $f9, $f22, $fcc7
        movt.d $f15, $f10, $fcc3
        trunc.w.s $f3, $f11
        cvt.w.d $f24, $f0
        nmsub.d $f20, $f25, $f18, $f14
        c.ngle.d $fcc3, $f16, $f2
        mul.d $f26, $f11, $f9
        ceil.l.d $f24, $f3
        mul.d $f28, $f11, $f18
        mul.s $f31, $f25, $f29
        c.f.d $fcc0, $f11, $f26
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f23
        movt.d $f1, $f3, $fcc5
        div.d $f4, $f26, $f21
        add.d $f23, $f14, $f0
        movn.d $f25, $f12, $3
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f1
        FDUMP
        movf.d $f23, $f17, $fcc2
        c.un.s $fcc6, $f18, $f25
        c.un.s $fcc3, $f3, $f15
        floor.l.s $f3, $f12
        movn.d $f24, $f15, $2
        add.s $f17, $f29, $f4
        abs.s $f19, $f5
        round.l.s $f20, $f19
        add.d $f20, $f4, $f9
        sub.d $f1, $f23, $f24
        ceil.l.d $f3, $f6
        cvt.s.d $f17, $f2
        sub.s $f12, $f11, $f23
        ceil.w.d $f30, $f4
        add.s $f27, $f27, $f21
        li $1, 0
        ctc1 $1, $31
        div.s $f12, $f27, $f26
        sub.d $f0, $f28, $f24
        mov.s $f3, $f9
        FDUMP
        neg.d $f28, $f22
        movt.s $f27, $f10, $fcc5
        mul.s $f27, $f3, $f31
        msub.d $f6, $f0, $f14, $f28
        neg.s $f27, $f2
        nmadd.d $f3, $f17, $f6, $f6
        sqrt.s $f7, $f18
        div.d $f16, $f22, $f25
        abs.s $f6, $f16
        movz.d $f2, $f29, $3
        dli $1, 0x4004000000000000
        dmtc1 $1, $f22
        add.s $f30, $f1, $f17
        c.ueq.s $fcc3, $f12, $f19
        cvt.d.s $f28, $f20
        c.ult.d $fcc5, $f23, $f3
        nmsub.s $f27, $f11, $f25, $f19
        msub.s $f29, $f29, $f29, $f7
        ceil.w.s $f13, $f5
        c.nge.s $fcc5, $f28, $f17
        FDUMP
        mfc1 $2, $f28
        mtc1 $2, $f7
        msub.d $f30, $f15, $f30, $f12
        mfc1 $2, $f29
        mtc1 $2, $f3
        floor.l.d $f26, $f4
        add.d $f17, $f19, $f21
        div.s $f20, $f27, $f20
        floor.l.s $f22, $f15
        c.sf.s $fcc5, $f8, $f25
        add.d $f27, $f29, $f21
        mul.d $f16, $f2, $f28
        dli $1, 0x1
        dmtc1 $1, $f9
        c.ngt.s $fcc6, $f3, $f28
        add.d $f27, $f10, $f23
        nmsub.s $f25, $f0, $f9, $f3
        c.ngl.d $fcc5, $f16, $f21
        madd.s $f13, $f17, $f23, $f15
        div.d $f20, $f17, $f19
        FDUMP
        mul.s $f24, $f16, $f16
        cvt.s.w $f27, $f8
        trunc.w.s $f29, $f7
        mfc1 $2, $f17
        mtc1 $2, $f12
        mul.d $f15, $f30, $f10
        round.w.s $f12, $f14
        mul.s $f26, $f0, $f24
        div.d $f23, $f25, $f10
        abs.d $f15, $f25
        add.d $f5, $f5, $f23
        add.d $f24, $f24, $f5
        cvt.d.s $f30, $f23
        c.seq.s $fcc3, $f15, $f8
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f4
        dli $1, 0x0
        dmtc1 $1, $f14
        mov.s $f18, $f22
        floor.w.s $f16, $f14
        FDUMP
        trunc.l.s $f25, $f16
        c.eq.s $fcc1, $f8, $f7
        div.d $f25, $f31, $f22
        cvt.d.w $f27, $f2
        sub.s $f19, $f0, $f11
        c.le.s $fcc4, $f13, $f5
        c.le.s $fcc7, $f1, $f7
        li $1, 3
        ctc1 $1, $31
        nmsub.s $f14, $f18, $f20, $f16
        add.d $f22, $f4, $f10
        sqrt.s $f30, $f24
        msub.d $f1, $f3, $f23, $f17
        madd.s $f13, $f31, $f30, $f11
        trunc.l.d $f28, $f26
        sub.d $f11, $f9, $f9
        cvt.d.l $f30, $f29
        cvt.d.l $f26, $f26
        div.d $f21, $f11, $f0
        nmsub.d $f16, $f18, $f16, $f11
        FDUMP
        movz.s $f16, $f16, $0
        sqrt.d $f12, $f18
        cvt.l.s $f23, $f23
        sub.d $f18, $f14, $f18
        add.d $f1, $f8, $f11
        c.un.d $fcc5, $f25, $f15
        cvt.s.w $f22, $f11
        sqrt.d $f29, $f8
        madd.d $f18, $f3, $f12, $f12
        neg.d $f23, $f29
        sqrt.d $f22, $f19
        c.un.d $fcc2, $f21, $f27
        cvt.w.s $f5, $f22
        movt.s $f22, $f19, $fcc6
        cvt.s.w $f29, $f10
        add.d $f24, $f15, $f23
        mul.d $f27, $f9, $f26
        mul.d $f8, $f26, $f25
        neg.s $f30, $f24
        dli $1, 0xc1e0000000100000
        FDUMP
        dmtc1 $1, $f25
        sub.s $f12, $f8, $f26
        movn.s $f0, $f3, $2
        ceil.l.s $f23, $f3
        sub.d $f20, $f6, $f20
        cvt.w.s $f23, $f13
        mov.s $f22, $f23
        sub.d $f12, $f29, $f19
        c.f.d $fcc1, $f28, $f12
        floor.w.s $f31, $f26
        madd.d $f8, $f29, $f29, $f18
        sub.s $f13, $f14, $f12
        div.d $f8, $f11, $f22
        cvt.l.d $f5, $f17
        c.seq.s $fcc1, $f8, $f4
        dli $1, 0xc004000000000000
        dmtc1 $1, $f6
        cvt.s.w $f31, $f24
        mul.d $f17, $f8, $f29
        movf.d $f16, $f25, $fcc0
        FDUMP
        round.w.s $f31, $f28
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f16
        div.s $f30, $f31, $f5
        sub.s $f23, $f26, $f19
        mul.s $f6, $f13, $f9
        movz.d $f24, $f30, $0
        abs.d $f23, $f28
        neg.s $f28, $f3
        nmsub.s $f24, $f10, $f2, $f29
        c.eq.d $fcc0, $f24, $f14
        div.d $f0, $f26, $f27
        cvt.d.s $f25, $f31
        mov.s $f12, $f15
        cvt.s.w $f8, $f20
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f4
        cvt.s.w $f23, $f16
        nmsub.d $f5, $f25, $f3, $f25
        dli $1, 0xbff0000000000000
        FDUMP
        dmtc1 $1, $f4
        mul.d $f2, $f23, $f4
        nmsub.s $f14, $f22, $f14, $f17
        mfc1 $2, $f1
        mtc1 $2, $f4
        nmadd.d $f17, $f2, $f6, $f4
        msub.d $f3, $f2, $f4, $f31
        add.d $f30, $f29, $f24
        c.lt.d $fcc7, $f4, $f10
        cvt.d.w $f31, $f22
        nmsub.d $f7, $f5, $f15, $f3
        mul.d $f7, $f13, $f18
        mfc1 $2, $f30
        mtc1 $2, $f20
        add.s $f19, $f12, $f29
        div.d $f0, $f3, $f4
        cvt.s.l $f7, $f29
        mov.s $f25, $f12
        sqrt.s $f20, $f26
        round.w.d $f20, $f2
        FDUMP
        div.d $f23, $f14, $f18
        sqrt.d $f14, $f12
        ceil.w.d $f13, $f12
        msub.d $f19, $f2, $f31, $f14
        c.sf.s $fcc3, $f21, $f4
        cvt.s.l $f22, $f28
        sqrt.s $f10, $f14
        ceil.w.s $f25, $f15
        trunc.l.s $f1, $f30
        nmadd.d $f4, $f6, $f1, $f7
        sub.d $f28, $f19, $f30
        mfc1 $2, $f29
        mtc1 $2, $f29
        movf.d $f15, $f11, $fcc1
        li $1, 1
        ctc1 $1, $31
        sub.s $f9, $f7, $f13
        movf.s $f28, $f27, $fcc6
        sub.d $f10, $f23, $f4
        dli $1, 0x4202a05f20000000
        FDUMP
        dmtc1 $1, $f11
        div.d $f8, $f19, $f17
        mul.d $f18, $f29, $f24
        trunc.l.s $f26, $f18
        sub.d $f29, $f21, $f17
        trunc.w.s $f2, $f11
        div.d $f18, $f13, $f13
        add.d $f11, $f7, $f17
        c.seq.s $fcc3, $f3, $f21
        mul.d $f23, $f0, $f4
        mul.d $f12, $f1, $f22
        sub.s $f6, $f4, $f23
        movz.d $f28, $f28, $2
        mfc1 $2, $f15
        mtc1 $2, $f8
        ceil.l.d $f18, $f18
        mul.d $f5, $f5, $f23
        round.w.s $f15, $f19
        sub.d $f24, $f31, $f31
        mul.s $f31, $f22, $f6
        FDUMP
        div.d $f19, $f7, $f1
        add.d $f26, $f1, $f6
        round.l.s $f26, $f20
        movt.d $f21, $f31, $fcc2
        cvt.w.s $f22, $f24
        div.s $f12, $f17, $f11
        abs.d $f31, $f22
        nmadd.s $f10, $f14, $f28, $f19
        mov.s $f18, $f1
        div.s $f20, $f21, $f13
        add.d $f14, $f11, $f12
        add.s $f25, $f5, $f18
        c.ngt.s $fcc7, $f25, $f18
        add.s $f11, $f19, $f28
        madd.d $f13, $f27, $f22, $f13
        mul.s $f28, $f5, $f3
        cvt.s.d $f12, $f21
        c.ult.s $fcc6, $f21, $f17
        movz.d $f19, $f1, $2
        div.s $f27, $f16, $f23
        FDUMP
        floor.l.s $f24, $f20
        madd.s $f22, $f21, $f18, $f21
        round.w.d $f23, $f9
        c.ole.s $fcc1, $f22, $f7
        trunc.l.d $f13, $f16
        dli $1, 0x4f000000
        dmtc1 $1, $f1
        movt.d $f29, $f9, $fcc3
        div.s $f5, $f16, $f17
        mfc1 $2, $f17
        mtc1 $2, $f3
        sub.d $f11, $f11, $f14
        mul.d $f10, $f4, $f28
        div.d $f8, $f16, $f20
        cvt.d.w $f28, $f4
        c.ngle.s $fcc6, $f1, $f31
        c.olt.s $fcc6, $f7, $f17
        dli $1, 0x4008000000000000
        dmtc1 $1, $f22
        movz.d $f29, $f3, $0
        FDUMP
        add.d $f0, $f19, $f6
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f5
        movz.s $f17, $f23, $0
        floor.w.d $f23, $f10
        div.d $f23, $f5, $f9
        div.s $f7, $f26, $f10
        add.s $f7, $f18, $f31
        c.eq.s $fcc2, $f29, $f10
        cvt.s.d $f27, $f25
        floor.l.s $f14, $f24
        cvt.w.d $f24, $f14
        mul.s $f18, $f12, $f8
        mul.d $f30, $f28, $f10
        madd.d $f13, $f27, $f11, $f24
        div.d $f3, $f28, $f30
        dli $1, 0x800000
        dmtc1 $1, $f25
        msub.d $f9, $f7, $f14, $f15
        floor.l.d $f29, $f19
        FDUMP
        neg.d $f29, $f19
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f14
        mul.d $f23, $f5, $f6
        sqrt.s $f21, $f4
        add.s $f4, $f19, $f21
        c.ule.d $fcc0, $f25, $f30
        c.f.d $fcc0, $f14, $f6
        sqrt.s $f18, $f0
        c.seq.s $fcc4, $f19, $f20
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f4
        div.s $f4, $f13, $f28
        nmadd.d $f5, $f18, $f3, $f15
        madd.d $f16, $f18, $f0, $f28
        div.d $f17, $f16, $f20
        msub.s $f14, $f26, $f3, $f29
        nmsub.s $f13, $f24, $f20, $f14
        cvt.l.d $f15, $f3
        div.s $f23, $f14, $f25
        FDUMP
        dli $1, 0x10000000000000
        dmtc1 $1, $f5
        nmsub.d $f4, $f31, $f18, $f26
        neg.s $f13, $f1
        sub.d $f10, $f16, $f25
        c.lt.s $fcc4, $f13, $f30
        cvt.s.d $f23, $f7
        madd.s $f24, $f28, $f4, $f5
        mul.d $f0, $f29, $f28
        mul.s $f2, $f10, $f3
        dli $1, 0x0
        dmtc1 $1, $f24
        cvt.d.w $f18, $f26
        round.l.s $f19, $f20
        div.s $f30, $f0, $f4
        cvt.d.l $f24, $f6
        c.eq.s $fcc0, $f20, $f4
        mul.d $f4, $f13, $f12
        c.eq.s $fcc3, $f17, $f18
        movn.s $f14, $f5, $3
        FDUMP
        movf.s $f17, $f16, $fcc3
        div.s $f6, $f6, $f27
        nmsub.d $f8, $f29, $f31, $f5
        mov.s $f29, $f22
        madd.s $f1, $f5, $f23, $f31
        madd.d $f27, $f13, $f31, $f25
        abs.d $f5, $f21
        abs.s $f19, $f29
        c.le.d $fcc2, $f18, $f8
        cvt.d.l $f27, $f3
        cvt.w.s $f13, $f18
        cvt.w.d $f3, $f11
        dli $1, 0x1
        dmtc1 $1, $f14
        div.s $f20, $f31, $f18
        movz.d $f3, $f21, $0
        mul.s $f29, $f9, $f7
        li $1, 0
        ctc1 $1, $31
        dli $1, 0x4f000000
        FDUMP
        dmtc1 $1, $f7
        round.l.s $f11, $f23
        msub.d $f27, $f12, $f17, $f21
        mfc1 $2, $f19
        mtc1 $2, $f12
        round.w.s $f25, $f30
        mul.d $f31, $f17, $f24
        mul.s $f3, $f28, $f2
        sub.d $f16, $f1, $f24
        mul.d $f6, $f8, $f19
        floor.w.s $f2, $f1
        dli $1, 0x7fbfffff
        dmtc1 $1, $f4
        movz.s $f24, $f21, $2
        mov.d $f3, $f30
        round.l.s $f3, $f5
        add.d $f6, $f2, $f29
        mul.d $f19, $f15, $f27
        sub.d $f2, $f1, $f24
        c.ngle.d $fcc2, $f7, $f31
        FDUMP
        cvt.s.d $f7, $f20
        abs.d $f22, $f17
        c.nge.s $fcc1, $f23, $f26
        movt.s $f29, $f24, $fcc0
        abs.s $f17, $f0
        add.s $f10, $f13, $f24
        floor.l.s $f15, $f22
        nmsub.d $f5, $f26, $f17, $f5
        trunc.l.d $f29, $f28
        sub.s $f18, $f11, $f23
        neg.s $f0, $f7
        cvt.d.s $f19, $f20
        sqrt.s $f26, $f11
        sub.s $f27, $f3, $f31
        c.lt.d $fcc3, $f6, $f0
        movz.s $f16, $f3, $2
        floor.l.s $f11, $f21
        neg.s $f27, $f5
        movz.d $f2, $f13, $0
        mov.s $f12, $f17
        FDUMP
        dli $1, 0x3ff0000000000000
        dmtc1 $1, $f10
        sqrt.s $f19, $f8
        floor.l.d $f4, $f22
        movz.s $f18, $f31, $2
        neg.d $f12, $f5
        dli $1, 0xfff0000000000000
        dmtc1 $1, $f27
        sub.s $f15, $f10, $f6
        movf.s $f0, $f3, $fcc0
        div.d $f25, $f7, $f1
        movf.s $f24, $f18, $fcc6
        mul.d $f27, $f4, $f6
        add.d $f4, $f6, $f31
        div.d $f23, $f20, $f23
        ceil.w.d $f18, $f9
        sub.d $f22, $f0, $f23
        cvt.d.s $f3, $f24
        floor.l.s $f24, $f2
        sub.d $f31, $f28, $f2
        FDUMP
        msub.s $f16, $f23, $f29, $f24
        trunc.l.d $f21, $f5
        sub.s $f5, $f4, $f17
        c.lt.d $fcc7, $f20, $f4
        add.d $f0, $f6, $f3
        movn.d $f24, $f30, $3
        round.w.s $f0, $f10
        div.s $f14, $f7, $f7
        movt.s $f13, $f12, $fcc1
        trunc.w.s $f6, $f11
        mul.s $f16, $f2, $f31
        round.l.s $f20, $f15
        c.olt.d $fcc1, $f23, $f20
        li $1, 1
        ctc1 $1, $31
        dli $1, 0x3ff0000000000000
        dmtc1 $1, $f3
        movn.d $f15, $f10, $2
        sub.s $f30, $f11, $f28
        c.un.d $fcc6, $f1, $f21
        FDUMP
        floor.w.d $f28, $f23
        sqrt.s $f10, $f3
        add.d $f1, $f9, $f28
        c.sf.d $fcc3, $f2, $f11
        movf.s $f31, $f16, $fcc0
        c.seq.d $fcc6, $f29, $f20
        cvt.d.s $f26, $f18
        abs.d $f28, $f28
        div.d $f15, $f7, $f19
        div.s $f15, $f0, $f26
        mul.s $f7, $f7, $f6
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f20
        cvt.d.s $f3, $f15
        mul.d $f7, $f17, $f4
        div.s $f12, $f10, $f2
        cvt.w.s $f19, $f25
        msub.d $f0, $f11, $f6, $f12
        movz.s $f19, $f27, $2
        sub.s $f6, $f19, $f11
        FDUMP
        mov.s $f10, $f5
        c.un.s $fcc5, $f8, $f22
        mov.s $f30, $f21
        madd.d $f1, $f12, $f24, $f3
        mul.d $f25, $f3, $f21
        cvt.s.d $f23, $f20
        li $1, 3
        ctc1 $1, $31
        cvt.s.w $f12, $f24
        add.s $f12, $f30, $f14
        mov.s $f1, $f4
        sub.s $f16, $f11, $f28
        msub.d $f23, $f25, $f31, $f26
        div.s $f2, $f4, $f25
        nmsub.s $f20, $f10, $f27, $f10
        movt.d $f17, $f15, $fcc6
        cvt.s.l $f7, $f15
        sub.s $f15, $f20, $f23
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f28
        FDUMP
        add.s $f17, $f20, $f9
        cvt.d.s $f21, $f28
        ceil.w.d $f25, $f31
        div.s $f11, $f1, $f20
        mul.s $f11, $f20, $f13
        abs.s $f15, $f0
        sub.s $f7, $f19, $f11
        movn.s $f29, $f24, $3
        mul.s $f20, $f1, $f24
        add.s $f3, $f26, $f4
        add.d $f1, $f1, $f21
        add.s $f31, $f1, $f28
        div.s $f21, $f12, $f31
        div.d $f5, $f0, $f12
        sub.d $f30, $f1, $f20
        add.d $f29, $f15, $f10
        floor.w.s $f21, $f26
        add.d $f15, $f6, $f14
        floor.l.s $f26, $f14
        mfc1 $2, $f19
        FDUMP
        mtc1 $2, $f24
        div.s $f8, $f28, $f26
        div.s $f26, $f11, $f16
        div.d $f18, $f11, $f0
        dli $1, 0x7fbfffff
        dmtc1 $1, $f8
        add.s $f15, $f26, $f21
        div.s $f18, $f25, $f5
        movf.d $f29, $f4, $fcc3
        msub.d $f15, $f1, $f2, $f11
        movt.d $f26, $f7, $fcc1
        cvt.d.s $f29, $f0
        c.sf.d $fcc1, $f18, $f13
        sub.d $f20, $f1, $f24
        movt.s $f29, $f3, $fcc2
        round.w.s $f23, $f27
        cvt.d.w $f1, $f8
        c.ole.s $fcc3, $f8, $f9
        mul.d $f13, $f16, $f0
        nmsub.d $f23, $f29, $f11, $f13
        FDUMP
        abs.s $f27, $f15
        nmsub.d $f30, $f10, $f30, $f4
        c.ult.s $fcc3, $f23, $f7
        c.ngt.s $fcc6, $f29, $f14
        sqrt.d $f9, $f9
        movz.d $f21, $f14, $3
        sqrt.s $f1, $f20
        dli $1, 0x4f000000
        dmtc1 $1, $f0
        add.d $f21, $f13, $f11
        neg.s $f16, $f10
        c.le.s $fcc6, $f8, $f6
        msub.s $f2, $f8, $f19, $f26
        mul.s $f9, $f2, $f23
        add.s $f3, $f13, $f21
        c.olt.d $fcc3, $f23, $f15
        cvt.w.s $f31, $f21
        c.nge.d $fcc5, $f26, $f11
        nmadd.s $f24, $f15, $f28, $f12
        add.d $f10, $f14, $f18
        FDUMP
        cvt.l.s $f30, $f15
        c.ule.s $fcc3, $f5, $f19
        nmadd.d $f28, $f11, $f18, $f23
        div.s $f8, $f0, $f18
        cvt.l.s $f26, $f21
        div.s $f13, $f11, $f26
        floor.l.s $f7, $f0
        c.un.d $fcc6, $f16, $f11
        div.s $f4, $f12, $f8
        li $1, 1
        ctc1 $1, $31
        nmadd.s $f31, $f15, $f9, $f15
        movf.s $f4, $f13, $fcc6
        movt.s $f4, $f1, $fcc2
        c.sf.s $fcc4, $f0, $f18
        c.eq.d $fcc6, $f30, $f13
        madd.d $f30, $f7, $f10, $f16
        add.d $f12, $f29, $f13
        cvt.l.d $f2, $f1
        mov.d $f14, $f12
        FDUMP
        nmadd.s $f28, $f25, $f24, $f20
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f16
        div.d $f8, $f4, $f31
        add.d $f2, $f20, $f31
        dli $1, 0x800000
        dmtc1 $1, $f2
        madd.s $f26, $f16, $f31, $f26
        sqrt.d $f23, $f29
        div.d $f23, $f26, $f23
        add.d $f16, $f17, $f26
        cvt.s.l $f27, $f16
        mul.s $f15, $f15, $f9
        add.s $f0, $f25, $f12
        add.s $f23, $f17, $f17
        cvt.w.d $f16, $f16
        div.d $f3, $f18, $f19
        madd.d $f10, $f3, $f14, $f16
        cvt.s.l $f25, $f20
        cvt.d.s $f13, $f15
        FDUMP
        dli $1, 0x10000000000000
        dmtc1 $1, $f14
        round.w.s $f7, $f1
        mov.s $f4, $f17
        dli $1, 0x8000000000000000
        dmtc1 $1, $f12
        floor.l.d $f2, $f29
        abs.d $f20, $f2
        movf.s $f4, $f4, $fcc0
        movt.s $f27, $f30, $fcc4
        msub.d $f31, $f24, $f6, $f7
        mul.s $f18, $f25, $f27
        c.ult.d $fcc5, $f19, $f21
        add.d $f10, $f14, $f2
        c.un.d $fcc4, $f22, $f28
        div.s $f4, $f13, $f19
        abs.d $f13, $f4
        c.ult.s $fcc3, $f22, $f13
        c.ule.d $fcc3, $f22, $f2
        add.s $f21, $f10, $f22
        FDUMP
        movt.d $f12, $f15, $fcc7
        mfc1 $2, $f2
        mtc1 $2, $f10
        cvt.s.d $f6, $f8
        sqrt.d $f14, $f29
        div.d $f23, $f29, $f26
        cvt.d.l $f28, $f13
        ceil.l.s $f8, $f3
        mul.s $f13, $f31, $f26
        movf.d $f4, $f12, $fcc3
        movt.s $f15, $f27, $fcc7
        msub.s $f15, $f9, $f25, $f10
        mul.d $f28, $f0, $f22
        mul.d $f9, $f7, $f8
        sub.d $f16, $f11, $f29
        trunc.w.d $f23, $f18
        abs.s $f10, $f23
        sub.d $f21, $f28, $f26
        neg.s $f3, $f1
        c.ueq.d $fcc3, $f5, $f20
        FDUMP
        add.d $f12, $f13, $f31
        ceil.w.s $f2, $f6
        neg.s $f25, $f7
        div.s $f28, $f22, $f18
        sub.s $f6, $f6, $f14
        c.sf.s $fcc0, $f20, $f4
        mul.s $f11, $f8, $f7
        abs.s $f18, $f24
        neg.d $f16, $f26
        div.d $f29, $f27, $f30
        movz.d $f7, $f15, $3
        sub.s $f22, $f22, $f2
        cvt.w.s $f15, $f2
        add.d $f15, $f30, $f11
        c.f.s $fcc5, $f10, $f24
        div.d $f8, $f3, $f5
        add.d $f2, $f4, $f0
        movn.s $f2, $f18, $0
        c.le.d $fcc4, $f16, $f1
        c.f.d $fcc1, $f28, $f25
        FDUMP
        sub.s $f29, $f5, $f22
        movf.d $f18, $f3, $fcc2
        round.l.d $f10, $f11
        cvt.d.w $f19, $f21
        div.s $f14, $f5, $f25
        c.sf.d $fcc7, $f15, $f26
        nmsub.d $f8, $f16, $f18, $f14
        li $1, 0
        ctc1 $1, $31
        madd.s $f19, $f6, $f11, $f26
        madd.s $f8, $f14, $f14, $f14
        trunc.w.s $f28, $f21
        mov.s $f2, $f4
        trunc.l.s $f4, $f17
        sub.d $f1, $f9, $f14
        floor.l.d $f22, $f14
        floor.w.d $f31, $f14
        add.s $f19, $f3, $f22
        add.s $f22, $f30, $f13
        div.s $f25, $f12, $f16
        FDUMP
        dli $1, 0x7fc00000
        dmtc1 $1, $f0
        msub.s $f28, $f20, $f17, $f27
        movn.d $f2, $f27, $2
        msub.d $f17, $f26, $f5, $f13
        sqrt.s $f18, $f18
        nmadd.s $f3, $f11, $f15, $f10
        floor.l.d $f7, $f20
        trunc.l.d $f5, $f20
        round.w.s $f11, $f20
        sub.s $f10, $f16, $f6
        c.le.d $fcc5, $f30, $f15
        cvt.s.l $f24, $f19
        dli $1, 0x4004000000000000
        dmtc1 $1, $f0
        movf.d $f31, $f14, $fcc0
        cvt.s.l $f30, $f12
        cvt.d.l $f0, $f19
        ceil.w.s $f20, $f9
        cvt.d.l $f12, $f1
        FDUMP
        cvt.w.s $f13, $f26
        c.ngt.d $fcc2, $f9, $f15
        mul.d $f5, $f13, $f16
        cvt.s.l $f16, $f8
        movn.d $f8, $f8, $0
        movn.s $f28, $f15, $3
        c.lt.d $fcc6, $f2, $f26
        floor.l.s $f22, $f9
        sqrt.d $f14, $f22
        movz.s $f11, $f0, $2
        sqrt.d $f10, $f25
        mul.d $f1, $f15, $f2
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f21
        movz.d $f7, $f22, $2
        movt.d $f26, $f29, $fcc4
        sub.s $f9, $f31, $f15
        c.nge.s $fcc6, $f21, $f28
        movn.s $f6, $f12, $2
        cvt.s.w $f9, $f13
        FDUMP
        div.s $f23, $f30, $f7
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f8
        round.w.s $f10, $f1
        add.s $f22, $f8, $f26
        trunc.w.s $f15, $f2
        c.ueq.s $fcc3, $f5, $f8
        sub.s $f22, $f25, $f15
        movz.s $f26, $f30, $3
        add.s $f28, $f31, $f17
        mov.d $f29, $f25
        round.w.s $f7, $f0
        add.s $f17, $f13, $f11
        madd.s $f8, $f8, $f22, $f10
        ceil.l.s $f7, $f18
        mul.s $f23, $f18, $f2
        round.w.s $f16, $f1
        mfc1 $2, $f29
        mtc1 $2, $f18
        sub.s $f2, $f7, $f19
        FDUMP
        madd.d $f22, $f20, $f16, $f14
        cvt.d.l $f21, $f17
        add.d $f16, $f23, $f5
        madd.d $f2, $f2, $f8, $f6
        neg.s $f7, $f17
        add.s $f13, $f20, $f2
        neg.s $f10, $f8
        mfc1 $2, $f29
        mtc1 $2, $f30
        movt.s $f29, $f13, $fcc5
        round.w.s $f8, $f7
        mul.d $f24, $f23, $f4
        mul.s $f2, $f30, $f15
        sub.d $f26, $f24, $f1
        abs.s $f0, $f22
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f17
        mul.d $f4, $f14, $f13
        round.w.s $f24, $f8
        add.d $f29, $f14, $f25
        FDUMP
        mul.d $f11, $f12, $f4
        abs.s $f27, $f26
        c.ole.s $fcc5, $f17, $f8
        cvt.s.l $f9, $f21
        mov.s $f7, $f15
        mfc1 $2, $f6
        mtc1 $2, $f6
        add.s $f30, $f0, $f1
        sub.s $f31, $f3, $f16
        li $1, 0
        ctc1 $1, $31
        sub.s $f21, $f22, $f6
        round.l.d $f30, $f10
        round.w.s $f4, $f22
        madd.s $f11, $f27, $f31, $f20
        madd.s $f26, $f12, $f22, $f9
        add.s $f6, $f10, $f4
        cvt.s.d $f24, $f19
        sub.s $f1, $f31, $f18
        cvt.s.d $f29, $f2
        FDUMP
        dli $1, 0x7f800000
        dmtc1 $1, $f18
        floor.l.d $f31, $f22
        cvt.s.d $f22, $f15
        c.eq.s $fcc5, $f23, $f9
        cvt.s.l $f18, $f26
        sub.d $f11, $f13, $f30
        cvt.d.w $f22, $f16
        div.d $f4, $f8, $f13
        abs.d $f2, $f5
        madd.d $f7, $f16, $f0, $f3
        sub.d $f24, $f0, $f8
        movt.s $f20, $f5, $fcc4
        movf.s $f4, $f27, $fcc3
        mfc1 $2, $f8
        mtc1 $2, $f8
        li $1, 1
        ctc1 $1, $31
        round.w.s $f18, $f0
        c.f.d $fcc1, $f1, $f31
        FDUMP
        madd.d $f26, $f16, $f16, $f11
        movt.s $f7, $f19, $fcc1
        div.d $f2, $f23, $f26
        cvt.s.w $f30, $f30
        msub.d $f24, $f30, $f7, $f28
        c.sf.d $fcc1, $f7, $f4
        cvt.d.s $f1, $f15
        dli $1, 0xcf000001
        dmtc1 $1, $f31
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f12
        cvt.s.d $f16, $f10
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f14
        mul.d $f28, $f8, $f19
        trunc.w.s $f14, $f18
        cvt.s.d $f15, $f23
        nmsub.s $f19, $f3, $f25, $f3
        ceil.l.s $f20, $f4
        sub.s $f31, $f30, $f4
        FDUMP
        cvt.l.s $f0, $f21
        trunc.w.d $f27, $f13
        movz.s $f27, $f15, $3
        c.eq.s $fcc0, $f12, $f8
        movz.s $f5, $f9, $2
        cvt.w.d $f23, $f15
        cvt.l.d $f13, $f14
        trunc.l.s $f30, $f29
        movf.d $f12, $f11, $fcc6
        sub.d $f29, $f25, $f13
        neg.s $f15, $f7
        floor.l.d $f8, $f20
        li $1, 0
        ctc1 $1, $31
        cvt.d.w $f8, $f11
        nmsub.s $f22, $f25, $f10, $f19
        round.w.d $f10, $f7
        trunc.w.d $f4, $f5
        c.nge.d $fcc2, $f11, $f23
        div.d $f14, $f31, $f26
        FDUMP
        cvt.l.s $f6, $f17
        trunc.l.s $f21, $f17
        sub.d $f0, $f30, $f13
        mov.d $f29, $f19
        movf.s $f23, $f12, $fcc2
        sub.d $f11, $f27, $f4
        nmsub.s $f27, $f16, $f26, $f10
        abs.s $f17, $f28
        div.d $f26, $f22, $f21
        mfc1 $2, $f27
        mtc1 $2, $f3
        sub.d $f4, $f6, $f16
        c.ult.d $fcc4, $f5, $f4
        cvt.d.w $f28, $f19
        add.s $f16, $f10, $f3
        c.lt.s $fcc1, $f15, $f17
        sub.d $f12, $f19, $f29
        madd.s $f19, $f4, $f3, $f0
        sub.d $f31, $f21, $f5
        c.ngl.d $fcc4, $f31, $f21
        FDUMP
        dli $1, 0xc004000000000000
        dmtc1 $1, $f2
        c.eq.s $fcc5, $f9, $f22
        sqrt.s $f26, $f30
        mfc1 $2, $f25
        mtc1 $2, $f15
        movt.s $f24, $f0, $fcc5
        mov.s $f5, $f28
        cvt.d.l $f18, $f8
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f23
        sqrt.d $f23, $f30
        li $1, 3
        ctc1 $1, $31
        movf.d $f16, $f25, $fcc2
        div.d $f29, $f22, $f9
        mul.s $f15, $f0, $f7
        add.d $f31, $f23, $f18
        neg.s $f17, $f6
        floor.l.d $f6, $f1
        FDUMP
        c.ole.s $fcc1, $f4, $f18
        movf.s $f29, $f6, $fcc4
        mul.s $f3, $f14, $f6
        cvt.s.w $f4, $f14
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f30
        movt.s $f2, $f7, $fcc2
        cvt.w.d $f0, $f16
        dli $1, 0x3fe0000000000000
        dmtc1 $1, $f22
        dli $1, 0x4008000000000000
        dmtc1 $1, $f9
        mul.d $f15, $f7, $f26
        cvt.s.l $f10, $f14
        div.s $f21, $f12, $f23
        movz.s $f1, $f1, $0
        movn.d $f19, $f29, $0
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f2
        movz.d $f8, $f8, $3
        FDUMP
        sub.s $f27, $f28, $f8
        c.ueq.d $fcc3, $f10, $f13
        c.ngt.d $fcc7, $f5, $f7
        neg.s $f5, $f1
        ceil.l.d $f6, $f25
        abs.s $f9, $f16
        ceil.l.d $f26, $f0
        dli $1, 0x4f000000
        dmtc1 $1, $f16
        sqrt.s $f15, $f31
        movz.s $f13, $f11, $3
        movt.s $f22, $f5, $fcc6
        dli $1, 0x8000000000000000
        dmtc1 $1, $f24
        nmsub.d $f5, $f28, $f0, $f26
        mul.s $f3, $f30, $f28
        div.d $f6, $f8, $f28
        c.ngl.s $fcc7, $f0, $f23
        li $1, 0
        ctc1 $1, $31
        FDUMP
        c.nge.d $fcc0, $f4, $f4
        c.f.s $fcc7, $f31, $f10
        abs.d $f17, $f17
        movt.s $f25, $f2, $fcc5
        div.d $f28, $f26, $f6
        mov.d $f28, $f23
        cvt.d.w $f30, $f2
        div.d $f23, $f6, $f1
        movz.d $f14, $f1, $2
        div.s $f8, $f30, $f9
        round.w.s $f19, $f19
        ceil.l.d $f18, $f4
        c.nge.s $fcc4, $f5, $f5
        div.s $f1, $f7, $f15
        movz.s $f29, $f13, $2
        dli $1, 0xbff0000000000000
        dmtc1 $1, $f9
        div.d $f3, $f24, $f23
        add.s $f6, $f23, $f17
        sub.d $f24, $f15, $f0
        FDUMP
        floor.w.s $f13, $f3
        madd.d $f11, $f29, $f3, $f14
        movn.d $f26, $f13, $0
        cvt.d.w $f13, $f29
        sub.s $f31, $f3, $f15
        mul.s $f7, $f31, $f17
        trunc.l.d $f28, $f27
        floor.l.d $f24, $f23
        div.d $f3, $f5, $f5
        sqrt.d $f1, $f8
        movz.d $f9, $f12, $3
        mul.s $f31, $f21, $f16
        cvt.s.l $f1, $f29
        dli $1, 0xbff0000000000000
        dmtc1 $1, $f24
        c.seq.s $fcc5, $f6, $f3
        cvt.d.w $f7, $f13
        dli $1, 0x8000000000000000
        dmtc1 $1, $f12
        div.d $f4, $f27, $f15
        FDUMP
        mfc1 $2, $f30
        mtc1 $2, $f13
        div.s $f20, $f26, $f24
        madd.d $f21, $f25, $f13, $f12
        msub.d $f2, $f16, $f3, $f5
        sub.d $f31, $f7, $f21
        c.ueq.s $fcc4, $f27, $f23
        nmadd.d $f11, $f24, $f16, $f28
        add.s $f2, $f12, $f25
        movf.d $f8, $f20, $fcc3
        cvt.d.s $f24, $f11
        sub.d $f11, $f21, $f29
        sub.s $f21, $f7, $f22
        c.ngt.d $fcc7, $f18, $f30
        abs.s $f8, $f20
        abs.s $f12, $f17
        movz.d $f0, $f19, $0
        c.ueq.d $fcc0, $f15, $f0
        neg.d $f5, $f12
        abs.d $f7, $f22
        FDUMP
        abs.s $f4, $f5
        div.s $f13, $f22, $f10
        div.s $f14, $f8, $f5
        mul.d $f30, $f18, $f8
        sub.s $f22, $f17, $f19
        div.d $f24, $f24, $f30
        round.l.d $f6, $f29
        add.d $f24, $f16, $f18
        mov.s $f1, $f4
        c.eq.s $fcc6, $f19, $f11
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f31
        mul.s $f16, $f27, $f10
        cvt.d.l $f27, $f18
        abs.d $f25, $f31
        movz.d $f23, $f7, $0
        abs.s $f19, $f7
        abs.s $f20, $f4
        movn.s $f22, $f4, $0
        sub.s $f30, $f25, $f9
        FDUMP
        sqrt.d $f23, $f25
        add.s $f11, $f1, $f15
        cvt.w.d $f7, $f10
        abs.s $f21, $f12
        c.nge.d $fcc0, $f3, $f3
        movz.s $f0, $f24, $0
        sqrt.s $f23, $f18
        add.s $f15, $f25, $f29
        floor.l.d $f13, $f0
        floor.w.d $f10, $f30
        madd.d $f13, $f19, $f14, $f2
        c.ngle.s $fcc2, $f10, $f7
        floor.w.s $f12, $f4
        ceil.w.s $f16, $f17
        div.s $f8, $f8, $f11
        add.s $f18, $f23, $f31
        msub.d $f22, $f23, $f22, $f26
        add.d $f24, $f16, $f22
        c.ole.d $fcc3, $f26, $f10
        add.d $f2, $f19, $f7
        FDUMP
        sub.s $f6, $f25, $f18
        dli $1, 0x1
        dmtc1 $1, $f20
        sub.s $f5, $f18, $f19
        div.d $f20, $f19, $f7
        movz.s $f8, $f9, $2
        sub.d $f1, $f16, $f9
        sub.d $f29, $f27, $f22
        mul.s $f15, $f5, $f5
        mul.d $f31, $f31, $f27
        mul.d $f30, $f22, $f6
        trunc.l.s $f14, $f12
        mov.s $f18, $f28
        movz.d $f30, $f12, $2
        neg.d $f18, $f22
        sub.s $f6, $f28, $f31
        add.d $f18, $f25, $f23
        neg.d $f30, $f5
        cvt.s.l $f23, $f19
        mov.s $f23, $f12
        FDUMP
        div.d $f30, $f16, $f10
        movn.s $f13, $f24, $0
        madd.s $f11, $f15, $f16, $f24
        mul.s $f13, $f16, $f7
        div.s $f28, $f0, $f14
        sub.d $f28, $f4, $f13
        floor.l.d $f16, $f27
        movf.d $f18, $f10, $fcc7
        mfc1 $2, $f26
        mtc1 $2, $f29
        neg.d $f27, $f15
        add.d $f19, $f25, $f14
        c.f.d $fcc3, $f27, $f22
        dli $1, 0x4f000000
        dmtc1 $1, $f16
        cvt.s.d $f13, $f29
        mul.d $f23, $f11, $f27
        trunc.w.s $f18, $f6
        sub.d $f17, $f21, $f26
        div.s $f21, $f12, $f17
        FDUMP
        add.s $f9, $f16, $f14
        div.s $f26, $f6, $f18
        movf.d $f6, $f26, $fcc2
        mfc1 $2, $f2
        mtc1 $2, $f8
        sub.d $f26, $f12, $f25
        sub.s $f24, $f17, $f20
        c.le.d $fcc6, $f10, $f29
        trunc.l.d $f24, $f23
        sub.s $f15, $f14, $f4
        mfc1 $2, $f21
        mtc1 $2, $f6
        movz.d $f8, $f21, $2
        cvt.s.d $f3, $f14
        c.eq.s $fcc7, $f28, $f2
        add.s $f29, $f0, $f3
        mfc1 $2, $f18
        mtc1 $2, $f7
        add.d $f3, $f21, $f15
        cvt.l.s $f5, $f12
        FDUMP
        cvt.d.l $f5, $f24
        round.w.s $f0, $f22
        div.d $f29, $f4, $f27
        sub.d $f31, $f27, $f7
        dli $1, 0x4008000000000000
        dmtc1 $1, $f19
        cvt.w.s $f20, $f1
        dli $1, 0x7fbfffff
        dmtc1 $1, $f11
        cvt.l.s $f7, $f4
        abs.d $f15, $f21
        mov.s $f21, $f17
        movt.d $f3, $f26, $fcc4
        mul.s $f11, $f17, $f26
        div.s $f5, $f8, $f6
        c.ngt.d $fcc2, $f27, $f15
        nmsub.d $f1, $f2, $f1, $f0
        floor.w.s $f23, $f18
        nmadd.d $f17, $f26, $f1, $f0
        mul.d $f31, $f30, $f3
        FDUMP
        c.le.d $fcc7, $f19, $f0
        add.s $f26, $f28, $f17
        sub.s $f11, $f18, $f29
        mul.d $f21, $f23, $f3
        div.d $f5, $f11, $f2
        sub.d $f4, $f7, $f17
        neg.d $f26, $f26
        nmadd.s $f4, $f6, $f23, $f0
        c.ult.s $fcc2, $f16, $f31
        mov.s $f11, $f23
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f30
        mul.s $f8, $f0, $f0
        div.s $f9, $f14, $f14
        div.s $f2, $f17, $f27
        cvt.d.l $f16, $f23
        floor.w.d $f16, $f11
        c.un.s $fcc6, $f23, $f27
        movz.s $f23, $f24, $0
        add.d $f28, $f8, $f17
        FDUMP
        sub.s $f17, $f25, $f21
        mul.s $f0, $f19, $f27
        neg.d $f24, $f22
        div.d $f7, $f10, $f8
        movn.d $f26, $f1, $3
        cvt.s.l $f24, $f16
        trunc.l.s $f30, $f27
        movz.d $f6, $f11, $0
        movn.s $f28, $f5, $3
        trunc.l.d $f10, $f24
        sub.s $f31, $f4, $f17
        sqrt.s $f12, $f21
        add.s $f26, $f15, $f10
        sub.s $f15, $f21, $f31
        sqrt.d $f16, $f15
        movt.d $f17, $f28, $fcc1
        add.d $f7, $f24, $f1
        add.s $f26, $f5, $f4
        movz.s $f5, $f26, $3
        cvt.w.d $f18, $f23
        FDUMP
        div.s $f20, $f0, $f6
        nmadd.d $f12, $f12, $f30, $f8
        div.d $f14, $f6, $f6
        floor.l.d $f10, $f5
        add.s $f5, $f3, $f23
        neg.d $f22, $f29
        add.s $f0, $f5, $f2
        movf.d $f18, $f18, $fcc7
        mul.d $f5, $f29, $f6
        c.ule.s $fcc6, $f19, $f1
        movf.d $f17, $f24, $fcc2
        li $1, 0
        ctc1 $1, $31
        c.ueq.s $fcc5, $f15, $f4
        sub.d $f7, $f13, $f21
        abs.d $f23, $f8
        div.d $f31, $f27, $f25
        mov.d $f4, $f4
        div.d $f17, $f2, $f17
        round.l.d $f26, $f14
        FDUMP
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f17
        movn.d $f7, $f0, $0
        movn.s $f17, $f15, $2
        add.d $f3, $f24, $f6
        c.olt.s $fcc4, $f27, $f8
        cvt.s.d $f27, $f0
        movf.s $f12, $f3, $fcc0
        sub.s $f6, $f25, $f4
        c.ole.s $fcc6, $f23, $f21
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f24
        cvt.s.l $f28, $f17
        add.s $f16, $f19, $f14
        cvt.s.l $f17, $f29
        nmadd.d $f23, $f19, $f20, $f25
        mfc1 $2, $f18
        mtc1 $2, $f25
        neg.s $f26, $f3
        sub.d $f0, $f29, $f26
        FDUMP
        sub.s $f11, $f16, $f28
        c.ueq.s $fcc5, $f18, $f31
        mfc1 $2, $f27
        mtc1 $2, $f8
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f31
        cvt.s.w $f1, $f21
        nmsub.s $f6, $f8, $f1, $f19
        neg.d $f4, $f11
        movz.d $f27, $f14, $2
        c.ngt.s $fcc5, $f10, $f20
        neg.s $f1, $f27
        movf.s $f19, $f23, $fcc3
        add.s $f22, $f24, $f15
        cvt.l.d $f24, $f11
        dli $1, 0x8000000000000000
        dmtc1 $1, $f23
        sub.s $f21, $f16, $f6
        div.s $f12, $f14, $f20
        mfc1 $2, $f9
        FDUMP
        mtc1 $2, $f29
        add.s $f31, $f11, $f4
        mul.s $f9, $f0, $f10
        dli $1, 0x7f800000
        dmtc1 $1, $f5
        movf.d $f5, $f9, $fcc6
        movn.d $f18, $f8, $0
        add.s $f19, $f17, $f10
        mfc1 $2, $f11
        mtc1 $2, $f21
        c.seq.s $fcc4, $f9, $f6
        cvt.l.d $f1, $f21
        c.le.s $fcc6, $f22, $f11
        c.sf.s $fcc0, $f8, $f21
        c.ueq.s $fcc3, $f25, $f11
        div.s $f20, $f21, $f4
        sqrt.s $f7, $f0
        mfc1 $2, $f3
        mtc1 $2, $f11
        movn.s $f18, $f24, $3
        FDUMP
        mov.d $f31, $f3
        abs.s $f20, $f2
        mfc1 $2, $f28
        mtc1 $2, $f11
        cvt.s.l $f27, $f13
        ceil.w.s $f2, $f19
        mul.s $f26, $f1, $f22
        div.d $f22, $f21, $f3
        sub.d $f6, $f3, $f13
        div.d $f20, $f28, $f18
        mfc1 $2, $f14
        mtc1 $2, $f12
        round.l.d $f12, $f14
        nmsub.d $f14, $f9, $f2, $f4
        div.s $f30, $f10, $f28
        mul.d $f26, $f17, $f1
        mov.d $f0, $f17
        cvt.w.d $f27, $f29
        nmsub.s $f17, $f18, $f1, $f10
        msub.d $f13, $f7, $f21, $f17
        FDUMP
        sub.s $f27, $f14, $f23
        mov.s $f29, $f15
        add.d $f6, $f15, $f26
        dli $1, 0x7fc00000
        dmtc1 $1, $f16
        cvt.s.l $f11, $f26
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f19
        mov.s $f1, $f24
        cvt.s.w $f30, $f22
        round.l.s $f31, $f3
        nmsub.d $f20, $f9, $f28, $f15
        ceil.w.s $f27, $f19
        dli $1, 0x4008000000000000
        dmtc1 $1, $f3
        cvt.d.l $f6, $f20
        c.nge.s $fcc2, $f12, $f25
        mul.s $f8, $f10, $f0
        round.l.d $f17, $f24
        c.le.s $fcc4, $f23, $f8
        FDUMP

TEST_END

        .data
        .balign 16
dbuf:   .space 272
