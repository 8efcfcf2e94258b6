/* Random FPU stream (second seed)
 * Differential test: a fixed pseudo-random stream of 3000 instructions (seed 4711);
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
        add.d $f22, $f21, $f3
        neg.d $f21, $f19
        add.s $f23, $f11, $f27
        c.sf.s $fcc0, $f8, $f8
        add.s $f15, $f7, $f9
        ceil.l.d $f27, $f8
        dli $1, 0x7ff8000000000000
        dmtc1 $1, $f6
        movt.s $f20, $f6, $fcc5
        cvt.d.s $f16, $f23
        sub.d $f20, $f19, $f21
        cvt.l.d $f15, $f29
        mfc1 $2, $f4
        mtc1 $2, $f25
        add.d $f16, $f2, $f6
        c.ngt.s $fcc2, $f20, $f3
        c.un.d $fcc4, $f4, $f21
        movn.d $f27, $f13, $3
        sub.s $f15, $f27, $f27
        madd.s $f27, $f5, $f27, $f29
        FDUMP
        c.eq.d $fcc1, $f28, $f25
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f6
        neg.d $f23, $f20
        mul.s $f17, $f29, $f21
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f4
        ceil.w.s $f3, $f25
        mul.d $f0, $f2, $f4
        dli $1, 0x4f000000
        dmtc1 $1, $f9
        dli $1, 0x7f800000
        dmtc1 $1, $f22
        ceil.w.s $f7, $f11
        ceil.w.s $f24, $f27
        add.d $f28, $f27, $f8
        div.d $f30, $f11, $f11
        abs.d $f6, $f18
        dli $1, 0x7fbfffff
        dmtc1 $1, $f18
        FDUMP
        mul.d $f22, $f5, $f23
        div.s $f16, $f23, $f5
        dli $1, 0x1
        dmtc1 $1, $f0
        cvt.s.l $f9, $f12
        mfc1 $2, $f18
        mtc1 $2, $f28
        sub.s $f27, $f14, $f21
        sub.d $f22, $f20, $f25
        add.d $f24, $f29, $f16
        add.s $f14, $f0, $f20
        madd.s $f3, $f18, $f12, $f31
        c.ole.s $fcc7, $f12, $f26
        div.s $f29, $f26, $f6
        sqrt.s $f20, $f27
        c.ngl.d $fcc1, $f9, $f28
        cvt.d.l $f8, $f4
        neg.d $f18, $f10
        c.ngle.d $fcc1, $f16, $f11
        nmsub.s $f28, $f7, $f23, $f24
        FDUMP
        nmsub.s $f8, $f21, $f18, $f23
        neg.d $f6, $f1
        floor.l.s $f1, $f15
        c.ule.s $fcc4, $f8, $f12
        floor.l.d $f25, $f20
        add.s $f30, $f9, $f14
        c.sf.s $fcc3, $f6, $f6
        c.seq.d $fcc6, $f10, $f21
        madd.d $f11, $f16, $f20, $f14
        nmadd.d $f2, $f21, $f1, $f27
        movt.d $f22, $f12, $fcc5
        cvt.d.w $f10, $f2
        div.s $f12, $f13, $f18
        sub.d $f22, $f20, $f2
        round.w.s $f16, $f10
        div.s $f24, $f9, $f27
        ceil.l.d $f13, $f23
        movf.s $f4, $f1, $fcc2
        movz.s $f14, $f24, $0
        msub.s $f13, $f30, $f1, $f24
        FDUMP
        nmsub.d $f11, $f16, $f25, $f13
        mul.d $f19, $f29, $f13
        div.s $f3, $f21, $f11
        round.w.d $f8, $f21
        abs.s $f7, $f28
        li $1, 2
        ctc1 $1, $31
        add.d $f10, $f21, $f9
        add.s $f4, $f24, $f24
        mul.d $f31, $f12, $f22
        div.d $f6, $f6, $f21
        sub.s $f24, $f10, $f6
        nmadd.d $f9, $f2, $f18, $f17
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f18
        movf.d $f3, $f6, $fcc7
        add.d $f3, $f31, $f26
        mul.d $f28, $f14, $f11
        dli $1, 0x7f800000
        dmtc1 $1, $f19
        FDUMP
        neg.s $f7, $f29
        sqrt.s $f15, $f5
        cvt.s.w $f27, $f0
        movn.s $f3, $f25, $2
        sqrt.s $f29, $f24
        div.s $f23, $f22, $f9
        cvt.d.s $f10, $f24
        c.seq.d $fcc1, $f6, $f6
        floor.w.d $f1, $f8
        div.d $f17, $f9, $f16
        ceil.l.d $f31, $f10
        abs.s $f21, $f7
        movz.d $f3, $f21, $0
        mul.s $f5, $f22, $f20
        ceil.w.d $f19, $f22
        c.ngle.s $fcc5, $f6, $f18
        c.eq.s $fcc1, $f30, $f13
        abs.d $f3, $f9
        madd.d $f1, $f31, $f4, $f9
        cvt.d.l $f23, $f19
        FDUMP
        mul.d $f3, $f27, $f7
        mfc1 $2, $f1
        mtc1 $2, $f14
        round.l.d $f25, $f5
        msub.s $f30, $f8, $f3, $f16
        cvt.l.s $f8, $f12
        li $1, 2
        ctc1 $1, $31
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f11
        mul.d $f12, $f12, $f8
        mov.s $f12, $f2
        cvt.s.l $f15, $f21
        c.ngt.s $fcc0, $f28, $f23
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f9
        nmadd.d $f29, $f7, $f20, $f0
        movf.s $f13, $f30, $fcc0
        div.d $f6, $f10, $f24
        abs.d $f19, $f29
        FDUMP
        c.seq.d $fcc6, $f23, $f11
        li $1, 0
        ctc1 $1, $31
        trunc.l.s $f8, $f10
        cvt.s.l $f17, $f26
        sqrt.d $f9, $f3
        trunc.w.s $f10, $f22
        add.s $f13, $f2, $f1
        sub.s $f22, $f23, $f4
        cvt.d.s $f1, $f7
        neg.d $f31, $f15
        mov.s $f12, $f6
        cvt.s.w $f10, $f30
        div.d $f4, $f19, $f27
        c.eq.d $fcc7, $f11, $f12
        add.s $f5, $f28, $f31
        abs.d $f18, $f11
        c.ole.d $fcc1, $f7, $f11
        neg.s $f26, $f12
        add.s $f15, $f1, $f5
        FDUMP
        round.w.d $f28, $f27
        trunc.l.d $f13, $f12
        cvt.d.s $f11, $f20
        neg.d $f0, $f22
        li $1, 0
        ctc1 $1, $31
        c.ule.d $fcc6, $f18, $f16
        movt.s $f14, $f5, $fcc1
        add.s $f4, $f29, $f22
        ceil.l.d $f3, $f31
        c.sf.d $fcc6, $f28, $f20
        msub.s $f6, $f4, $f19, $f6
        add.d $f14, $f5, $f4
        sub.d $f31, $f0, $f9
        movn.d $f19, $f22, $0
        movf.d $f1, $f21, $fcc4
        madd.d $f1, $f18, $f19, $f22
        add.d $f27, $f7, $f16
        dli $1, 0xc004000000000000
        dmtc1 $1, $f9
        FDUMP
        cvt.s.d $f2, $f29
        mov.s $f4, $f5
        movz.s $f11, $f25, $3
        movt.d $f17, $f14, $fcc1
        cvt.d.l $f21, $f9
        movf.d $f27, $f26, $fcc7
        movf.d $f31, $f2, $fcc7
        mul.s $f6, $f20, $f31
        cvt.s.l $f2, $f5
        div.d $f9, $f4, $f23
        cvt.s.d $f19, $f19
        dli $1, 0x4f000000
        dmtc1 $1, $f28
        abs.d $f30, $f14
        movz.d $f7, $f16, $2
        round.l.s $f4, $f22
        add.d $f19, $f12, $f6
        c.un.d $fcc0, $f30, $f0
        movf.s $f15, $f14, $fcc3
        movn.s $f5, $f11, $3
        FDUMP
        mul.d $f15, $f9, $f16
        neg.d $f17, $f7
        c.nge.s $fcc2, $f4, $f27
        neg.d $f7, $f25
        div.d $f31, $f21, $f5
        madd.d $f31, $f31, $f18, $f20
        dli $1, 0x4f000000
        dmtc1 $1, $f6
        mul.s $f22, $f20, $f27
        neg.d $f1, $f4
        nmadd.d $f17, $f2, $f2, $f14
        mfc1 $2, $f13
        mtc1 $2, $f12
        nmadd.d $f10, $f25, $f30, $f23
        add.s $f11, $f6, $f18
        trunc.l.d $f21, $f20
        add.d $f28, $f6, $f7
        ceil.w.d $f21, $f8
        msub.s $f28, $f28, $f22, $f28
        c.eq.d $fcc6, $f19, $f20
        FDUMP
        cvt.s.d $f30, $f10
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f7
        div.d $f24, $f9, $f12
        add.d $f15, $f21, $f23
        c.f.s $fcc7, $f3, $f11
        floor.l.s $f16, $f21
        div.d $f26, $f5, $f26
        mul.s $f1, $f13, $f3
        floor.l.d $f26, $f1
        mov.s $f26, $f15
        c.un.d $fcc1, $f31, $f13
        movz.s $f8, $f31, $3
        mov.d $f30, $f17
        add.d $f1, $f21, $f13
        ceil.l.s $f18, $f2
        dli $1, 0x10000000000000
        dmtc1 $1, $f4
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f20
        FDUMP
        add.d $f8, $f5, $f29
        movn.s $f27, $f22, $3
        mov.s $f20, $f9
        mfc1 $2, $f16
        mtc1 $2, $f30
        c.ueq.s $fcc7, $f24, $f0
        div.d $f6, $f4, $f9
        sub.s $f13, $f4, $f6
        add.d $f6, $f0, $f27
        movz.s $f24, $f10, $3
        cvt.d.s $f24, $f0
        round.w.s $f22, $f12
        movt.s $f7, $f8, $fcc2
        madd.s $f7, $f2, $f8, $f22
        movz.s $f12, $f17, $0
        cvt.d.w $f30, $f4
        mul.s $f3, $f15, $f15
        sub.d $f24, $f2, $f30
        c.ngt.s $fcc2, $f30, $f26
        sub.d $f30, $f7, $f21
        FDUMP
        cvt.w.d $f28, $f22
        trunc.l.d $f27, $f23
        nmsub.d $f31, $f7, $f16, $f6
        mul.d $f7, $f13, $f13
        sub.s $f26, $f29, $f12
        div.d $f15, $f18, $f21
        mfc1 $2, $f14
        mtc1 $2, $f8
        c.ngt.s $fcc6, $f13, $f5
        round.l.d $f19, $f14
        madd.s $f6, $f12, $f21, $f6
        movz.d $f23, $f7, $3
        mfc1 $2, $f17
        mtc1 $2, $f28
        sub.s $f8, $f5, $f8
        nmsub.s $f21, $f12, $f20, $f11
        div.s $f28, $f20, $f4
        movn.d $f7, $f3, $2
        sqrt.s $f22, $f16
        movt.d $f1, $f21, $fcc7
        FDUMP
        add.d $f12, $f25, $f18
        movz.s $f11, $f23, $2
        mov.d $f0, $f4
        ceil.l.d $f30, $f26
        round.w.s $f30, $f14
        msub.s $f27, $f26, $f3, $f30
        sub.s $f20, $f3, $f11
        c.f.d $fcc5, $f26, $f4
        cvt.l.d $f17, $f1
        cvt.d.l $f31, $f5
        movf.s $f19, $f23, $fcc4
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f0
        round.l.s $f11, $f28
        add.d $f13, $f23, $f20
        movz.s $f21, $f16, $0
        div.s $f20, $f23, $f0
        dli $1, 0x7f800000
        dmtc1 $1, $f17
        div.s $f6, $f9, $f10
        FDUMP
        c.le.d $fcc1, $f27, $f0
        c.lt.d $fcc5, $f18, $f7
        ceil.w.s $f12, $f10
        sub.d $f5, $f0, $f29
        neg.s $f0, $f25
        div.d $f26, $f4, $f22
        sqrt.d $f31, $f4
        add.s $f11, $f20, $f1
        mov.s $f30, $f11
        floor.w.d $f21, $f0
        dli $1, 0x1
        dmtc1 $1, $f3
        mov.d $f29, $f16
        cvt.s.l $f8, $f25
        neg.d $f9, $f30
        add.d $f0, $f8, $f31
        floor.l.d $f20, $f10
        c.ole.s $fcc1, $f13, $f25
        div.s $f15, $f15, $f7
        movf.d $f13, $f3, $fcc3
        FDUMP
        movt.s $f10, $f6, $fcc2
        dli $1, 0x7ff8000000000000
        dmtc1 $1, $f26
        div.s $f3, $f9, $f20
        div.d $f17, $f4, $f20
        add.s $f30, $f0, $f22
        movt.d $f14, $f17, $fcc2
        cvt.w.d $f12, $f0
        dli $1, 0xc004000000000000
        dmtc1 $1, $f28
        cvt.d.s $f10, $f19
        movf.s $f16, $f25, $fcc7
        add.d $f31, $f26, $f1
        msub.s $f26, $f1, $f27, $f20
        trunc.l.d $f2, $f20
        c.ole.d $fcc0, $f7, $f31
        sqrt.d $f14, $f6
        cvt.d.s $f18, $f20
        sqrt.d $f19, $f7
        mul.d $f20, $f0, $f11
        FDUMP
        mul.d $f4, $f25, $f7
        madd.s $f6, $f4, $f30, $f3
        trunc.l.s $f20, $f13
        sub.s $f20, $f3, $f18
        sqrt.s $f21, $f17
        abs.s $f20, $f22
        cvt.d.s $f5, $f20
        cvt.d.w $f9, $f14
        movt.d $f31, $f0, $fcc6
        div.s $f30, $f10, $f10
        c.nge.d $fcc3, $f22, $f16
        c.seq.d $fcc5, $f14, $f30
        movn.d $f26, $f17, $3
        li $1, 1
        ctc1 $1, $31
        mfc1 $2, $f21
        mtc1 $2, $f11
        movf.d $f30, $f23, $fcc5
        movf.d $f8, $f19, $fcc5
        div.d $f23, $f17, $f14
        FDUMP
        add.s $f20, $f14, $f14
        floor.l.d $f18, $f5
        cvt.d.w $f0, $f13
        c.un.d $fcc6, $f11, $f8
        c.ueq.d $fcc1, $f28, $f16
        mul.d $f23, $f12, $f26
        mul.s $f25, $f13, $f27
        sub.d $f28, $f30, $f14
        sub.s $f1, $f16, $f20
        floor.w.d $f4, $f24
        abs.d $f3, $f6
        div.d $f31, $f15, $f15
        div.d $f4, $f0, $f26
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f15
        div.s $f9, $f4, $f19
        trunc.l.d $f8, $f2
        add.s $f8, $f5, $f21
        movt.s $f15, $f23, $fcc1
        mov.s $f29, $f9
        FDUMP
        trunc.w.s $f12, $f18
        movt.d $f0, $f16, $fcc2
        mov.d $f12, $f24
        div.s $f18, $f24, $f18
        mul.d $f15, $f27, $f19
        cvt.d.s $f30, $f26
        c.ngle.d $fcc2, $f19, $f4
        mov.s $f26, $f29
        sub.d $f21, $f16, $f17
        c.ole.s $fcc6, $f4, $f8
        mov.s $f6, $f14
        neg.s $f14, $f3
        msub.s $f1, $f4, $f17, $f17
        mul.s $f5, $f31, $f23
        c.ult.d $fcc4, $f1, $f24
        sqrt.d $f30, $f7
        mul.d $f8, $f2, $f17
        c.ole.d $fcc6, $f27, $f16
        cvt.s.l $f18, $f12
        cvt.s.d $f12, $f7
        FDUMP
        movf.d $f13, $f12, $fcc4
        mul.d $f31, $f8, $f10
        sqrt.s $f5, $f1
        add.s $f27, $f29, $f10
        c.eq.d $fcc5, $f5, $f16
        mfc1 $2, $f16
        mtc1 $2, $f30
        cvt.w.s $f29, $f7
        round.l.s $f13, $f21
        sub.s $f11, $f11, $f20
        c.ule.s $fcc3, $f3, $f26
        sub.s $f18, $f2, $f30
        sub.s $f25, $f30, $f21
        add.d $f29, $f22, $f1
        cvt.s.l $f26, $f10
        nmadd.s $f25, $f10, $f25, $f3
        sub.d $f26, $f10, $f14
        sqrt.s $f30, $f10
        cvt.d.w $f8, $f12
        cvt.d.s $f22, $f17
        FDUMP
        madd.d $f27, $f28, $f14, $f7
        c.ole.s $fcc6, $f2, $f17
        mul.d $f1, $f18, $f26
        abs.s $f6, $f16
        sub.s $f9, $f25, $f0
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f30
        movt.d $f20, $f20, $fcc7
        c.lt.d $fcc5, $f9, $f27
        msub.d $f5, $f15, $f26, $f7
        cvt.w.d $f17, $f13
        sub.s $f3, $f5, $f5
        neg.s $f1, $f27
        movf.s $f12, $f11, $fcc0
        mul.s $f29, $f13, $f0
        div.d $f15, $f1, $f20
        sub.d $f5, $f25, $f10
        sub.s $f22, $f12, $f16
        nmadd.d $f23, $f0, $f2, $f19
        cvt.s.d $f3, $f23
        FDUMP
        c.ueq.d $fcc7, $f31, $f22
        cvt.s.w $f23, $f6
        sub.s $f27, $f12, $f16
        nmsub.s $f21, $f7, $f9, $f14
        movf.s $f8, $f29, $fcc1
        c.ngl.s $fcc5, $f29, $f27
        cvt.d.l $f28, $f17
        neg.d $f6, $f24
        floor.l.d $f10, $f5
        li $1, 3
        ctc1 $1, $31
        dli $1, 0x7f800000
        dmtc1 $1, $f30
        abs.d $f4, $f19
        c.eq.s $fcc2, $f4, $f1
        mul.s $f16, $f20, $f8
        div.s $f27, $f1, $f18
        ceil.w.s $f6, $f30
        neg.s $f27, $f15
        sub.d $f26, $f14, $f11
        FDUMP
        cvt.l.s $f21, $f5
        movz.s $f11, $f17, $3
        round.l.d $f2, $f29
        movt.d $f26, $f25, $fcc5
        cvt.s.l $f17, $f28
        mul.s $f12, $f23, $f22
        ceil.w.d $f21, $f3
        trunc.l.s $f4, $f30
        div.d $f11, $f20, $f1
        abs.s $f28, $f19
        sqrt.d $f4, $f30
        mfc1 $2, $f2
        mtc1 $2, $f13
        abs.s $f17, $f21
        movt.d $f19, $f10, $fcc4
        c.le.s $fcc0, $f27, $f28
        dli $1, 0xbff0000000000000
        dmtc1 $1, $f4
        sqrt.d $f25, $f27
        c.lt.s $fcc1, $f13, $f1
        FDUMP
        sub.d $f24, $f25, $f6
        mul.s $f14, $f7, $f31
        sub.d $f7, $f26, $f29
        floor.l.s $f17, $f26
        sqrt.d $f7, $f12
        mov.d $f16, $f14
        cvt.d.s $f29, $f9
        movt.s $f7, $f3, $fcc4
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f18
        c.ult.s $fcc6, $f12, $f8
        movn.s $f15, $f8, $3
        floor.l.d $f29, $f2
        neg.s $f14, $f17
        c.eq.s $fcc0, $f4, $f26
        mov.s $f31, $f30
        mfc1 $2, $f1
        mtc1 $2, $f11
        c.seq.s $fcc4, $f9, $f10
        mfc1 $2, $f27
        FDUMP
        mtc1 $2, $f24
        cvt.d.s $f6, $f28
        c.f.s $fcc4, $f28, $f6
        c.ult.s $fcc1, $f15, $f4
        div.d $f27, $f27, $f20
        movf.s $f26, $f16, $fcc0
        div.d $f0, $f24, $f1
        sub.d $f18, $f28, $f9
        msub.d $f27, $f9, $f27, $f5
        ceil.w.s $f18, $f0
        cvt.d.l $f28, $f18
        div.s $f26, $f11, $f14
        li $1, 1
        ctc1 $1, $31
        mul.d $f13, $f22, $f30
        mul.d $f2, $f1, $f7
        li $1, 2
        ctc1 $1, $31
        dli $1, 0x4004000000000000
        dmtc1 $1, $f27
        FDUMP
        add.s $f6, $f25, $f10
        movt.s $f23, $f25, $fcc3
        madd.s $f14, $f11, $f30, $f30
        mul.s $f25, $f12, $f4
        sub.d $f5, $f8, $f6
        sub.s $f18, $f21, $f22
        li $1, 3
        ctc1 $1, $31
        sub.s $f4, $f9, $f21
        cvt.s.w $f26, $f0
        cvt.l.d $f21, $f2
        c.le.d $fcc0, $f19, $f5
        c.seq.d $fcc2, $f15, $f21
        mul.s $f4, $f13, $f15
        mfc1 $2, $f17
        mtc1 $2, $f11
        c.ngle.s $fcc3, $f7, $f18
        abs.s $f19, $f28
        trunc.w.s $f22, $f9
        nmadd.s $f5, $f0, $f18, $f9
        FDUMP
        cvt.w.s $f6, $f2
        movt.s $f9, $f24, $fcc6
        add.s $f4, $f9, $f18
        div.d $f16, $f7, $f7
        mul.d $f6, $f30, $f29
        cvt.l.d $f17, $f17
        ceil.l.s $f30, $f24
        round.w.s $f26, $f12
        c.ule.d $fcc7, $f30, $f15
        mul.d $f29, $f5, $f0
        c.un.d $fcc4, $f5, $f21
        mfc1 $2, $f0
        mtc1 $2, $f19
        floor.w.s $f13, $f23
        li $1, 2
        ctc1 $1, $31
        div.s $f2, $f12, $f12
        c.lt.d $fcc0, $f27, $f4
        div.s $f20, $f8, $f27
        dli $1, 0x4f000000
        FDUMP
        dmtc1 $1, $f10
        cvt.d.w $f21, $f10
        movz.s $f18, $f5, $2
        cvt.l.d $f2, $f28
        sub.s $f17, $f25, $f26
        nmadd.s $f22, $f24, $f15, $f13
        li $1, 3
        ctc1 $1, $31
        div.s $f7, $f9, $f21
        div.s $f12, $f20, $f0
        div.s $f14, $f17, $f11
        movf.s $f8, $f23, $fcc5
        add.d $f22, $f9, $f3
        add.d $f23, $f13, $f15
        add.s $f5, $f17, $f20
        add.s $f9, $f7, $f19
        movz.s $f3, $f10, $2
        msub.d $f31, $f18, $f5, $f3
        add.d $f29, $f14, $f31
        movt.s $f29, $f6, $fcc0
        FDUMP
        add.d $f6, $f1, $f30
        sub.d $f10, $f13, $f4
        msub.s $f12, $f20, $f3, $f25
        div.d $f9, $f22, $f20
        div.d $f10, $f13, $f3
        cvt.s.w $f25, $f11
        c.ole.d $fcc4, $f25, $f13
        div.d $f18, $f11, $f12
        round.l.s $f22, $f18
        msub.s $f26, $f28, $f29, $f31
        mfc1 $2, $f12
        mtc1 $2, $f5
        c.un.s $fcc3, $f30, $f24
        c.ule.s $fcc4, $f3, $f8
        ceil.l.s $f22, $f1
        movt.s $f11, $f8, $fcc5
        mul.s $f13, $f31, $f15
        sub.d $f27, $f31, $f17
        mov.s $f12, $f13
        div.d $f18, $f23, $f2
        FDUMP
        floor.w.s $f13, $f14
        add.d $f23, $f29, $f4
        div.s $f9, $f24, $f9
        add.d $f28, $f2, $f8
        round.w.s $f21, $f31
        mov.d $f23, $f19
        sub.d $f20, $f23, $f3
        sub.s $f24, $f31, $f25
        sub.s $f12, $f11, $f28
        cvt.s.l $f3, $f24
        cvt.s.d $f10, $f21
        mov.s $f12, $f6
        cvt.s.d $f2, $f16
        mul.s $f2, $f10, $f3
        neg.s $f31, $f13
        sub.s $f8, $f7, $f21
        movt.s $f9, $f20, $fcc5
        abs.d $f26, $f4
        cvt.s.d $f0, $f17
        mul.d $f19, $f18, $f9
        FDUMP
        mul.d $f13, $f2, $f31
        movt.d $f10, $f25, $fcc6
        mul.s $f27, $f10, $f22
        div.s $f16, $f9, $f0
        cvt.s.d $f14, $f8
        c.ult.s $fcc3, $f17, $f19
        msub.d $f26, $f25, $f26, $f20
        movz.d $f9, $f31, $0
        sub.s $f4, $f23, $f17
        neg.d $f18, $f29
        msub.s $f13, $f10, $f14, $f2
        abs.d $f26, $f4
        dli $1, 0x10000000000000
        dmtc1 $1, $f13
        add.d $f7, $f21, $f19
        madd.s $f11, $f20, $f29, $f29
        round.w.d $f11, $f8
        sub.d $f16, $f1, $f28
        sub.s $f22, $f14, $f5
        add.d $f4, $f28, $f17
        FDUMP
        sub.d $f26, $f5, $f31
        c.ngl.s $fcc7, $f26, $f6
        dli $1, 0x7ff8000000000000
        dmtc1 $1, $f11
        c.ule.d $fcc4, $f29, $f22
        cvt.d.l $f27, $f29
        movz.d $f3, $f11, $2
        neg.d $f9, $f12
        cvt.d.l $f3, $f20
        mul.s $f28, $f22, $f22
        movn.s $f31, $f12, $3
        div.d $f8, $f30, $f24
        dli $1, 0x4008000000000000
        dmtc1 $1, $f13
        mul.d $f19, $f8, $f9
        mul.d $f7, $f7, $f20
        cvt.d.l $f28, $f21
        dli $1, 0x10000000000000
        dmtc1 $1, $f27
        dli $1, 0x3fe0000000000000
        FDUMP
        dmtc1 $1, $f29
        sub.s $f22, $f10, $f10
        cvt.d.w $f8, $f21
        add.s $f0, $f1, $f19
        mul.s $f20, $f10, $f18
        sqrt.d $f24, $f22
        dli $1, 0x3fe0000000000000
        dmtc1 $1, $f14
        cvt.l.s $f6, $f10
        round.l.d $f8, $f17
        mfc1 $2, $f30
        mtc1 $2, $f27
        nmsub.s $f1, $f25, $f29, $f12
        sub.s $f30, $f26, $f17
        mul.d $f31, $f1, $f23
        trunc.l.d $f21, $f1
        movz.d $f15, $f27, $3
        c.eq.s $fcc7, $f9, $f31
        c.lt.d $fcc6, $f6, $f31
        sub.d $f27, $f8, $f10
        FDUMP
        ceil.l.d $f11, $f10
        mul.d $f14, $f8, $f18
        c.le.d $fcc1, $f2, $f9
        sub.s $f16, $f16, $f15
        c.eq.s $fcc4, $f18, $f23
        madd.d $f26, $f13, $f27, $f9
        mul.s $f29, $f5, $f30
        movf.d $f23, $f14, $fcc2
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f15
        mov.s $f25, $f1
        nmadd.s $f1, $f15, $f20, $f1
        ceil.w.d $f6, $f20
        c.olt.s $fcc1, $f24, $f12
        div.s $f10, $f16, $f12
        dli $1, 0xcf000001
        dmtc1 $1, $f11
        nmsub.d $f22, $f24, $f11, $f31
        cvt.d.w $f23, $f11
        c.ule.s $fcc0, $f19, $f26
        FDUMP
        c.le.s $fcc4, $f18, $f22
        div.s $f21, $f19, $f29
        c.lt.s $fcc6, $f29, $f14
        c.seq.d $fcc5, $f18, $f7
        c.ule.d $fcc0, $f13, $f21
        mul.s $f11, $f13, $f25
        sqrt.s $f7, $f21
        abs.s $f24, $f28
        ceil.l.d $f7, $f29
        cvt.s.l $f20, $f26
        trunc.w.d $f3, $f7
        sub.s $f29, $f10, $f3
        add.s $f26, $f28, $f29
        div.s $f5, $f16, $f30
        movf.s $f2, $f4, $fcc3
        madd.s $f18, $f16, $f22, $f24
        sub.s $f23, $f1, $f30
        dli $1, 0x10000000000000
        dmtc1 $1, $f15
        nmsub.s $f26, $f17, $f28, $f22
        FDUMP
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f28
        li $1, 0
        ctc1 $1, $31
        floor.w.s $f5, $f28
        abs.d $f0, $f23
        nmadd.d $f16, $f25, $f1, $f13
        li $1, 3
        ctc1 $1, $31
        movz.s $f21, $f27, $0
        c.ngt.d $fcc4, $f11, $f22
        trunc.w.d $f19, $f3
        madd.s $f9, $f4, $f29, $f8
        nmsub.s $f23, $f1, $f11, $f18
        c.ngt.d $fcc1, $f27, $f31
        div.d $f8, $f11, $f31
        cvt.l.d $f25, $f22
        mul.d $f20, $f13, $f7
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f5
        FDUMP
        floor.w.d $f17, $f28
        mfc1 $2, $f9
        mtc1 $2, $f25
        sub.s $f21, $f27, $f7
        nmsub.d $f7, $f21, $f27, $f18
        li $1, 3
        ctc1 $1, $31
        movt.d $f5, $f2, $fcc7
        add.s $f9, $f11, $f7
        cvt.l.s $f13, $f23
        abs.d $f5, $f1
        cvt.s.d $f26, $f24
        mul.d $f14, $f24, $f28
        c.seq.d $fcc7, $f17, $f29
        sub.s $f1, $f6, $f28
        mul.s $f15, $f7, $f0
        sub.s $f27, $f18, $f10
        trunc.w.d $f11, $f28
        abs.s $f30, $f30
        cvt.d.w $f21, $f17
        FDUMP
        sub.s $f0, $f30, $f5
        cvt.s.d $f9, $f11
        add.s $f9, $f9, $f30
        add.d $f10, $f1, $f6
        cvt.s.d $f18, $f31
        msub.s $f11, $f13, $f4, $f17
        mul.s $f4, $f28, $f15
        div.d $f7, $f19, $f23
        add.d $f16, $f10, $f18
        mul.d $f28, $f28, $f24
        mov.s $f26, $f17
        sqrt.s $f3, $f27
        add.s $f30, $f5, $f25
        movf.s $f9, $f22, $fcc2
        c.ngle.s $fcc2, $f31, $f8
        c.le.s $fcc2, $f16, $f10
        ceil.w.s $f24, $f1
        sub.s $f12, $f15, $f7
        cvt.w.s $f14, $f21
        cvt.d.s $f21, $f30
        FDUMP
        div.s $f8, $f16, $f17
        c.ult.d $fcc6, $f1, $f16
        cvt.s.l $f5, $f0
        add.d $f14, $f10, $f22
        c.ult.s $fcc7, $f4, $f29
        sub.s $f11, $f18, $f5
        add.d $f19, $f4, $f7
        movt.d $f9, $f14, $fcc0
        msub.s $f26, $f6, $f9, $f8
        c.ult.d $fcc6, $f30, $f16
        c.eq.s $fcc3, $f17, $f13
        sub.d $f3, $f23, $f25
        div.d $f7, $f13, $f15
        c.f.d $fcc0, $f5, $f20
        mul.d $f19, $f10, $f4
        cvt.w.d $f1, $f8
        round.l.s $f24, $f27
        trunc.w.s $f9, $f25
        mov.s $f28, $f8
        cvt.d.l $f11, $f26
        FDUMP
        sqrt.s $f12, $f26
        cvt.d.s $f2, $f26
        nmadd.d $f14, $f11, $f11, $f15
        floor.w.d $f8, $f0
        sub.s $f13, $f11, $f9
        movz.s $f16, $f22, $0
        nmadd.d $f30, $f5, $f8, $f14
        round.l.d $f31, $f3
        nmadd.s $f10, $f26, $f10, $f24
        nmsub.d $f27, $f16, $f31, $f25
        sqrt.s $f25, $f12
        sqrt.s $f29, $f20
        trunc.w.d $f7, $f3
        abs.s $f11, $f10
        add.s $f4, $f23, $f27
        div.d $f5, $f24, $f18
        c.sf.s $fcc2, $f0, $f15
        div.s $f20, $f22, $f29
        c.ngt.d $fcc2, $f28, $f6
        li $1, 2
        FDUMP
        ctc1 $1, $31
        c.lt.d $fcc3, $f4, $f22
        div.d $f12, $f28, $f11
        cvt.w.s $f27, $f10
        c.eq.s $fcc0, $f5, $f3
        add.d $f1, $f1, $f24
        floor.l.d $f26, $f17
        sub.s $f31, $f31, $f11
        li $1, 0
        ctc1 $1, $31
        div.s $f7, $f2, $f13
        c.ule.s $fcc7, $f9, $f15
        c.ngle.d $fcc5, $f27, $f25
        mul.s $f17, $f16, $f3
        li $1, 0
        ctc1 $1, $31
        c.ngl.s $fcc7, $f20, $f0
        mov.d $f16, $f23
        movf.s $f23, $f17, $fcc5
        cvt.d.s $f1, $f5
        FDUMP
        cvt.s.l $f14, $f31
        trunc.w.d $f13, $f28
        msub.d $f28, $f12, $f28, $f29
        mov.s $f28, $f9
        sub.s $f14, $f2, $f12
        div.d $f24, $f31, $f5
        mul.d $f17, $f10, $f28
        dli $1, 0xc004000000000000
        dmtc1 $1, $f27
        mul.s $f27, $f2, $f0
        cvt.l.d $f16, $f0
        mfc1 $2, $f25
        mtc1 $2, $f21
        mov.s $f5, $f24
        cvt.d.w $f1, $f19
        abs.d $f22, $f22
        c.le.d $fcc7, $f24, $f4
        div.d $f5, $f1, $f24
        neg.d $f25, $f29
        sub.d $f7, $f18, $f23
        FDUMP
        cvt.l.s $f1, $f7
        c.ult.s $fcc0, $f12, $f4
        movz.s $f4, $f1, $2
        div.s $f8, $f18, $f8
        li $1, 3
        ctc1 $1, $31
        c.ngl.s $fcc5, $f3, $f29
        madd.s $f12, $f16, $f24, $f7
        movt.d $f18, $f18, $fcc0
        dli $1, 0x4004000000000000
        dmtc1 $1, $f7
        mul.d $f18, $f8, $f1
        abs.s $f15, $f23
        div.s $f4, $f2, $f30
        div.d $f17, $f15, $f13
        nmadd.d $f30, $f0, $f29, $f3
        mov.d $f17, $f2
        sub.d $f10, $f28, $f18
        c.ngl.d $fcc4, $f27, $f24
        li $1, 3
        FDUMP
        ctc1 $1, $31
        div.d $f15, $f7, $f10
        mfc1 $2, $f8
        mtc1 $2, $f6
        movn.s $f24, $f9, $2
        cvt.d.w $f21, $f27
        sub.s $f11, $f21, $f31
        sub.s $f25, $f20, $f11
        sub.s $f12, $f24, $f9
        div.d $f17, $f28, $f1
        cvt.s.w $f19, $f24
        cvt.s.l $f24, $f9
        sub.d $f26, $f6, $f21
        nmadd.s $f27, $f13, $f7, $f0
        trunc.w.s $f12, $f4
        trunc.w.s $f17, $f13
        sqrt.s $f14, $f0
        movn.d $f22, $f4, $0
        mul.d $f21, $f5, $f3
        c.eq.s $fcc7, $f23, $f10
        FDUMP
        sub.d $f9, $f5, $f0
        mul.d $f18, $f1, $f13
        c.ult.s $fcc5, $f13, $f4
        div.s $f31, $f6, $f20
        mul.d $f27, $f15, $f0
        movt.s $f11, $f17, $fcc1
        mul.d $f23, $f30, $f4
        movt.d $f4, $f22, $fcc6
        c.ult.d $fcc4, $f8, $f26
        mul.s $f20, $f7, $f30
        sub.d $f30, $f27, $f12
        floor.w.s $f4, $f1
        trunc.w.d $f5, $f29
        ceil.l.s $f29, $f3
        nmadd.s $f30, $f28, $f1, $f8
        add.s $f16, $f14, $f11
        cvt.d.l $f25, $f12
        div.s $f1, $f23, $f30
        sub.d $f10, $f22, $f22
        li $1, 3
        FDUMP
        ctc1 $1, $31
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f3
        sub.s $f2, $f9, $f9
        c.ole.s $fcc6, $f12, $f28
        mul.d $f3, $f18, $f13
        msub.s $f31, $f17, $f20, $f2
        neg.s $f20, $f15
        movz.s $f19, $f31, $3
        sub.s $f31, $f22, $f17
        movt.s $f29, $f28, $fcc6
        div.d $f4, $f24, $f15
        floor.w.d $f27, $f11
        li $1, 2
        ctc1 $1, $31
        movn.s $f1, $f18, $0
        sub.s $f31, $f26, $f25
        movt.d $f7, $f27, $fcc0
        cvt.d.w $f13, $f7
        madd.s $f4, $f20, $f17, $f3
        FDUMP
        div.s $f26, $f5, $f9
        mul.d $f7, $f5, $f11
        msub.s $f21, $f4, $f29, $f30
        nmadd.d $f0, $f27, $f31, $f22
        c.ole.s $fcc1, $f17, $f27
        sqrt.d $f29, $f7
        add.s $f5, $f6, $f16
        sub.s $f21, $f30, $f7
        add.d $f26, $f5, $f8
        mfc1 $2, $f26
        mtc1 $2, $f15
        sub.d $f18, $f21, $f26
        nmsub.s $f11, $f28, $f3, $f15
        div.s $f1, $f20, $f13
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f16
        movt.s $f14, $f20, $fcc0
        div.s $f15, $f17, $f12
        mul.s $f6, $f15, $f19
        c.nge.d $fcc3, $f31, $f31
        FDUMP
        mfc1 $2, $f1
        mtc1 $2, $f21
        div.s $f31, $f29, $f26
        trunc.l.d $f16, $f27
        floor.w.d $f27, $f31
        div.s $f5, $f6, $f11
        movf.d $f26, $f8, $fcc3
        div.s $f19, $f31, $f30
        sqrt.d $f0, $f27
        cvt.s.w $f10, $f16
        div.d $f25, $f1, $f22
        div.d $f17, $f22, $f20
        c.eq.d $fcc7, $f24, $f16
        add.d $f26, $f4, $f17
        floor.w.d $f6, $f26
        movz.s $f23, $f26, $2
        c.ngl.s $fcc6, $f20, $f15
        sub.s $f23, $f26, $f31
        add.d $f7, $f16, $f20
        div.d $f1, $f15, $f2
        FDUMP
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f30
        cvt.d.w $f1, $f5
        movn.s $f28, $f4, $3
        mfc1 $2, $f2
        mtc1 $2, $f22
        sqrt.s $f12, $f14
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f10
        movz.d $f1, $f28, $2
        sub.s $f5, $f23, $f6
        c.un.d $fcc1, $f4, $f30
        mfc1 $2, $f2
        mtc1 $2, $f27
        c.sf.s $fcc4, $f23, $f10
        ceil.l.s $f1, $f22
        nmadd.d $f4, $f20, $f21, $f5
        sub.d $f25, $f0, $f26
        mul.s $f6, $f12, $f29
        cvt.s.w $f22, $f11
        FDUMP
        ceil.l.d $f3, $f4
        li $1, 1
        ctc1 $1, $31
        neg.s $f1, $f24
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f14
        sub.s $f5, $f29, $f2
        add.s $f18, $f11, $f25
        cvt.s.d $f11, $f31
        movz.d $f20, $f4, $3
        mul.s $f5, $f16, $f21
        div.s $f12, $f12, $f8
        nmadd.s $f2, $f17, $f19, $f20
        movf.s $f30, $f12, $fcc0
        add.s $f9, $f14, $f17
        movt.s $f18, $f11, $fcc1
        trunc.w.d $f18, $f22
        mfc1 $2, $f6
        mtc1 $2, $f13
        nmsub.d $f7, $f9, $f8, $f3
        FDUMP
        sub.s $f13, $f5, $f22
        sub.s $f13, $f15, $f21
        movz.s $f20, $f13, $3
        cvt.d.l $f23, $f5
        movt.d $f5, $f5, $fcc1
        movt.d $f13, $f10, $fcc6
        sub.s $f6, $f30, $f20
        sub.s $f27, $f23, $f16
        c.sf.d $fcc1, $f1, $f17
        trunc.l.s $f4, $f19
        c.ngle.s $fcc2, $f19, $f14
        sub.s $f24, $f18, $f31
        div.d $f5, $f6, $f12
        sub.s $f7, $f9, $f27
        add.s $f20, $f1, $f13
        add.s $f3, $f12, $f15
        c.ule.d $fcc2, $f20, $f17
        div.s $f7, $f9, $f2
        sub.s $f9, $f24, $f21
        add.s $f30, $f13, $f14
        FDUMP
        cvt.s.l $f6, $f16
        add.d $f24, $f8, $f26
        movf.d $f18, $f6, $fcc6
        add.s $f17, $f0, $f7
        trunc.w.s $f4, $f25
        cvt.s.l $f8, $f7
        div.d $f0, $f26, $f28
        sqrt.s $f3, $f13
        c.ngl.d $fcc0, $f28, $f19
        c.le.s $fcc0, $f29, $f0
        c.seq.s $fcc7, $f25, $f28
        floor.w.d $f13, $f0
        neg.s $f14, $f8
        c.ole.d $fcc0, $f18, $f31
        movt.d $f23, $f18, $fcc2
        mul.d $f26, $f20, $f19
        sub.s $f18, $f4, $f8
        nmsub.d $f10, $f11, $f28, $f30
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f29
        FDUMP
        sub.d $f19, $f23, $f6
        cvt.s.w $f3, $f18
        div.d $f25, $f23, $f20
        c.ult.s $fcc7, $f24, $f9
        c.ule.s $fcc3, $f6, $f8
        cvt.l.s $f28, $f20
        trunc.l.s $f26, $f26
        cvt.d.w $f0, $f24
        c.ole.s $fcc7, $f10, $f29
        neg.s $f24, $f22
        mul.d $f12, $f20, $f20
        li $1, 2
        ctc1 $1, $31
        movf.s $f24, $f3, $fcc6
        dli $1, 0x3ff0000000000000
        dmtc1 $1, $f6
        add.d $f0, $f30, $f1
        ceil.l.s $f9, $f10
        sub.d $f10, $f16, $f19
        ceil.l.s $f19, $f18
        FDUMP
        madd.d $f27, $f4, $f6, $f18
        ceil.w.s $f29, $f0
        abs.d $f28, $f14
        add.d $f12, $f9, $f29
        movf.d $f19, $f15, $fcc7
        sub.d $f31, $f12, $f20
        round.w.d $f12, $f6
        round.l.d $f24, $f7
        movf.s $f23, $f20, $fcc2
        mul.d $f27, $f21, $f22
        div.s $f8, $f21, $f21
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f24
        neg.s $f28, $f16
        cvt.d.w $f0, $f2
        ceil.w.d $f1, $f26
        mul.s $f27, $f26, $f9
        sqrt.s $f11, $f31
        div.s $f17, $f22, $f14
        c.lt.d $fcc2, $f17, $f30
        FDUMP
        c.ule.s $fcc0, $f15, $f6
        div.d $f18, $f28, $f15
        cvt.d.s $f9, $f21
        mfc1 $2, $f17
        mtc1 $2, $f13
        sqrt.d $f30, $f3
        div.s $f6, $f23, $f27
        movn.s $f30, $f13, $2
        div.d $f2, $f2, $f17
        sqrt.d $f22, $f28
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f4
        div.d $f1, $f4, $f9
        li $1, 3
        ctc1 $1, $31
        sqrt.s $f17, $f30
        mov.d $f5, $f0
        ceil.l.d $f20, $f15
        cvt.s.w $f25, $f7
        c.lt.s $fcc7, $f2, $f20
        FDUMP
        trunc.w.s $f12, $f20
        movz.s $f25, $f2, $0
        add.d $f18, $f30, $f0
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f1
        mul.d $f31, $f27, $f6
        c.ult.d $fcc6, $f23, $f28
        sub.s $f16, $f18, $f20
        cvt.s.w $f15, $f14
        c.ngt.d $fcc7, $f21, $f28
        sub.d $f2, $f0, $f8
        mul.s $f17, $f20, $f19
        add.d $f21, $f4, $f23
        c.lt.d $fcc4, $f30, $f5
        msub.s $f30, $f5, $f20, $f10
        sqrt.d $f14, $f31
        movt.s $f13, $f27, $fcc3
        cvt.d.s $f21, $f10
        sqrt.s $f4, $f7
        mul.s $f8, $f13, $f9
        FDUMP
        div.s $f28, $f24, $f1
        round.w.d $f30, $f28
        nmsub.s $f4, $f19, $f15, $f6
        div.s $f30, $f16, $f16
        mul.s $f8, $f0, $f8
        abs.s $f0, $f2
        add.s $f12, $f4, $f22
        cvt.d.w $f8, $f12
        floor.w.d $f16, $f18
        cvt.s.d $f26, $f5
        sqrt.s $f23, $f12
        c.le.s $fcc2, $f29, $f23
        trunc.l.s $f29, $f29
        floor.w.s $f4, $f17
        c.f.d $fcc3, $f14, $f27
        cvt.w.d $f5, $f6
        add.d $f12, $f9, $f16
        c.ueq.d $fcc0, $f25, $f9
        cvt.s.w $f9, $f16
        c.olt.s $fcc0, $f12, $f27
        FDUMP
        mfc1 $2, $f23
        mtc1 $2, $f8
        movt.d $f19, $f30, $fcc6
        mov.s $f11, $f5
        div.s $f24, $f5, $f6
        cvt.d.s $f13, $f6
        add.s $f0, $f15, $f16
        c.olt.d $fcc0, $f17, $f15
        cvt.s.d $f9, $f20
        sub.s $f31, $f28, $f14
        li $1, 0
        ctc1 $1, $31
        floor.l.d $f2, $f4
        c.ngl.d $fcc5, $f23, $f11
        div.d $f10, $f13, $f4
        add.d $f8, $f5, $f22
        movf.d $f11, $f4, $fcc4
        c.sf.d $fcc5, $f31, $f12
        add.s $f20, $f7, $f11
        cvt.s.w $f29, $f22
        FDUMP
        neg.d $f0, $f22
        cvt.d.l $f30, $f31
        neg.s $f26, $f23
        mul.d $f12, $f2, $f25
        ceil.l.s $f27, $f4
        nmsub.s $f10, $f26, $f31, $f29
        sub.d $f21, $f8, $f20
        mul.d $f28, $f11, $f27
        cvt.s.d $f14, $f11
        cvt.d.l $f11, $f11
        c.f.d $fcc6, $f10, $f15
        mov.s $f22, $f10
        sub.d $f3, $f0, $f4
        neg.d $f25, $f25
        div.s $f31, $f7, $f27
        add.s $f12, $f10, $f12
        movt.s $f1, $f17, $fcc5
        madd.d $f19, $f7, $f3, $f3
        div.d $f29, $f19, $f17
        mov.s $f25, $f9
        FDUMP
        div.d $f12, $f2, $f1
        ceil.l.d $f16, $f26
        div.s $f17, $f25, $f26
        abs.s $f16, $f2
        round.w.s $f19, $f5
        cvt.d.w $f26, $f26
        sub.s $f27, $f10, $f25
        mov.d $f2, $f27
        mov.s $f17, $f5
        msub.d $f18, $f21, $f22, $f29
        trunc.w.s $f31, $f28
        sub.s $f27, $f15, $f9
        floor.l.s $f12, $f1
        add.d $f28, $f22, $f21
        mov.s $f9, $f22
        div.d $f4, $f3, $f26
        madd.s $f24, $f9, $f2, $f31
        sqrt.s $f18, $f4
        c.ngt.d $fcc2, $f3, $f12
        cvt.s.w $f14, $f3
        FDUMP
        sub.d $f15, $f19, $f1
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f23
        div.d $f16, $f4, $f28
        sub.d $f1, $f27, $f13
        c.ult.s $fcc7, $f24, $f11
        floor.w.s $f14, $f1
        cvt.d.l $f25, $f9
        movf.d $f19, $f18, $fcc6
        add.d $f1, $f22, $f29
        movz.s $f28, $f7, $2
        mul.s $f22, $f23, $f17
        c.un.d $fcc3, $f0, $f2
        mul.s $f13, $f9, $f28
        sub.d $f15, $f11, $f30
        mul.s $f1, $f12, $f1
        c.ule.s $fcc1, $f29, $f30
        cvt.d.l $f12, $f25
        c.ole.s $fcc0, $f9, $f9
        c.sf.s $fcc7, $f19, $f4
        FDUMP
        trunc.w.d $f27, $f20
        trunc.l.s $f12, $f24
        c.sf.d $fcc3, $f23, $f25
        mov.s $f16, $f0
        add.d $f5, $f1, $f27
        add.d $f11, $f15, $f26
        c.sf.d $fcc4, $f0, $f7
        msub.d $f17, $f4, $f31, $f20
        round.l.d $f22, $f21
        mul.s $f14, $f21, $f20
        div.d $f21, $f6, $f7
        dli $1, 0x7fc00000
        dmtc1 $1, $f2
        mul.s $f27, $f6, $f6
        movt.s $f23, $f28, $fcc4
        div.s $f6, $f26, $f24
        add.d $f5, $f29, $f25
        trunc.l.d $f23, $f1
        add.d $f6, $f30, $f28
        sqrt.s $f5, $f4
        FDUMP
        abs.d $f16, $f15
        cvt.s.d $f7, $f28
        div.d $f9, $f7, $f26
        cvt.d.w $f16, $f20
        mov.d $f26, $f18
        sub.s $f20, $f8, $f20
        nmadd.s $f18, $f15, $f0, $f30
        movz.d $f20, $f16, $2
        ceil.l.s $f0, $f11
        sub.s $f15, $f5, $f7
        c.ngle.d $fcc1, $f27, $f31
        movt.d $f7, $f8, $fcc4
        mul.d $f10, $f18, $f15
        trunc.l.s $f11, $f1
        add.s $f29, $f6, $f18
        mul.d $f11, $f30, $f30
        li $1, 1
        ctc1 $1, $31
        cvt.s.w $f25, $f1
        div.s $f5, $f13, $f24
        FDUMP
        ceil.l.d $f10, $f5
        cvt.l.s $f9, $f24
        movz.d $f1, $f2, $2
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f19
        mul.d $f15, $f19, $f8
        cvt.d.s $f15, $f20
        floor.l.d $f13, $f2
        add.s $f14, $f8, $f5
        cvt.s.l $f20, $f18
        mul.s $f22, $f3, $f9
        add.s $f26, $f14, $f3
        movn.d $f5, $f25, $0
        c.ngl.d $fcc1, $f0, $f4
        madd.d $f23, $f26, $f26, $f18
        ceil.w.s $f13, $f4
        mov.d $f8, $f21
        mov.d $f2, $f12
        mov.s $f1, $f22
        add.s $f31, $f4, $f25
        FDUMP
        c.ngle.d $fcc7, $f1, $f16
        div.d $f19, $f12, $f8
        sub.s $f26, $f26, $f16
        sqrt.s $f26, $f31
        round.w.d $f15, $f20
        li $1, 0
        ctc1 $1, $31
        mul.d $f9, $f22, $f24
        floor.l.s $f6, $f12
        c.nge.d $fcc7, $f20, $f0
        sqrt.s $f13, $f20
        nmsub.s $f10, $f1, $f27, $f12
        li $1, 1
        ctc1 $1, $31
        trunc.l.s $f7, $f5
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f11
        trunc.l.s $f27, $f14
        movf.d $f4, $f12, $fcc7
        sub.s $f8, $f31, $f7
        FDUMP
        round.l.s $f4, $f10
        movn.d $f29, $f26, $3
        add.d $f26, $f25, $f26
        sub.s $f7, $f13, $f27
        add.s $f11, $f3, $f27
        sub.s $f4, $f4, $f21
        abs.d $f0, $f18
        mul.d $f26, $f13, $f20
        mul.s $f17, $f8, $f15
        div.s $f20, $f24, $f5
        neg.s $f17, $f9
        cvt.l.d $f23, $f6
        madd.s $f13, $f27, $f2, $f20
        add.s $f22, $f2, $f18
        sqrt.s $f10, $f13
        mov.d $f8, $f22
        div.s $f19, $f23, $f15
        cvt.d.l $f22, $f27
        sub.d $f26, $f25, $f13
        cvt.d.w $f11, $f25
        FDUMP
        c.ueq.d $fcc7, $f28, $f21
        c.nge.s $fcc2, $f16, $f13
        neg.d $f3, $f0
        movf.s $f17, $f5, $fcc4
        mul.d $f13, $f8, $f22
        sqrt.s $f15, $f12
        div.s $f6, $f3, $f18
        mul.s $f7, $f17, $f6
        div.d $f22, $f25, $f5
        mov.s $f2, $f2
        neg.s $f16, $f6
        mov.s $f21, $f21
        div.d $f1, $f27, $f17
        c.ule.s $fcc2, $f24, $f12
        mul.d $f11, $f11, $f31
        movt.d $f10, $f18, $fcc6
        msub.s $f20, $f19, $f11, $f2
        cvt.s.w $f17, $f10
        div.s $f4, $f11, $f26
        nmsub.d $f2, $f25, $f17, $f8
        FDUMP
        movz.d $f19, $f28, $2
        sub.d $f6, $f3, $f19
        movz.s $f16, $f2, $0
        mov.d $f11, $f19
        add.d $f1, $f9, $f22
        add.d $f25, $f6, $f4
        dli $1, 0x7fbfffff
        dmtc1 $1, $f23
        mov.s $f0, $f10
        sub.s $f25, $f4, $f22
        movt.d $f8, $f4, $fcc7
        ceil.w.s $f1, $f22
        sub.d $f12, $f14, $f23
        add.d $f24, $f1, $f17
        sub.d $f16, $f3, $f25
        cvt.d.l $f13, $f11
        mul.d $f29, $f26, $f11
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f21
        abs.s $f4, $f9
        FDUMP
        trunc.l.s $f20, $f15
        movf.s $f15, $f16, $fcc5
        sub.d $f30, $f4, $f4
        abs.d $f30, $f3
        cvt.w.s $f22, $f30
        floor.w.d $f13, $f28
        mul.d $f8, $f28, $f3
        sub.s $f28, $f4, $f17
        sub.d $f26, $f13, $f21
        mul.d $f30, $f15, $f20
        li $1, 0
        ctc1 $1, $31
        add.d $f4, $f21, $f23
        sub.d $f23, $f7, $f10
        mul.d $f21, $f8, $f4
        round.w.d $f13, $f18
        movn.s $f21, $f22, $2
        ceil.l.s $f15, $f14
        nmsub.s $f10, $f7, $f2, $f21
        ceil.l.s $f2, $f26
        FDUMP
        mov.d $f0, $f29
        movt.d $f3, $f17, $fcc6
        ceil.w.s $f26, $f3
        cvt.s.d $f26, $f2
        movz.d $f3, $f17, $2
        sub.d $f15, $f17, $f8
        movn.d $f21, $f16, $2
        madd.s $f13, $f23, $f12, $f30
        mul.d $f10, $f8, $f23
        movt.d $f13, $f16, $fcc6
        sub.d $f24, $f12, $f6
        movt.d $f6, $f25, $fcc0
        ceil.w.s $f4, $f10
        abs.s $f3, $f17
        madd.s $f30, $f3, $f12, $f31
        add.d $f21, $f6, $f16
        div.d $f24, $f16, $f13
        nmsub.s $f1, $f15, $f25, $f4
        div.d $f28, $f29, $f31
        msub.d $f5, $f31, $f2, $f13
        FDUMP
        cvt.s.d $f8, $f22
        ceil.w.d $f20, $f7
        movt.d $f5, $f14, $fcc6
        movf.d $f7, $f0, $fcc2
        mov.s $f8, $f12
        ceil.l.s $f9, $f16
        div.s $f10, $f7, $f26
        sqrt.s $f3, $f18
        madd.d $f29, $f13, $f16, $f21
        div.s $f13, $f17, $f28
        movt.s $f4, $f8, $fcc5
        cvt.d.s $f4, $f28
        movn.s $f2, $f13, $0
        cvt.d.l $f20, $f17
        c.seq.s $fcc3, $f2, $f19
        mul.d $f28, $f25, $f13
        c.ueq.d $fcc4, $f29, $f22
        sqrt.d $f28, $f0
        dli $1, 0x7f800000
        dmtc1 $1, $f20
        FDUMP
        add.d $f1, $f15, $f2
        c.un.s $fcc5, $f10, $f18
        div.d $f18, $f31, $f26
        add.s $f27, $f1, $f15
        c.ueq.s $fcc1, $f31, $f21
        c.eq.s $fcc4, $f4, $f30
        c.eq.s $fcc0, $f11, $f20
        ceil.w.s $f3, $f14
        mul.s $f14, $f26, $f19
        movn.s $f28, $f4, $3
        cvt.d.s $f7, $f29
        round.w.s $f1, $f10
        dli $1, 0x3ff0000000000000
        dmtc1 $1, $f30
        movz.d $f15, $f23, $2
        cvt.d.l $f28, $f23
        abs.d $f12, $f6
        abs.s $f30, $f4
        mul.s $f28, $f6, $f12
        add.s $f29, $f23, $f21
        FDUMP
        nmadd.s $f26, $f8, $f31, $f30
        nmadd.d $f31, $f23, $f26, $f13
        mul.d $f30, $f18, $f15
        round.l.s $f5, $f22
        abs.d $f7, $f2
        cvt.d.w $f24, $f12
        c.ule.d $fcc4, $f26, $f28
        movf.d $f13, $f6, $fcc0
        floor.l.s $f10, $f30
        abs.s $f1, $f27
        cvt.s.d $f11, $f8
        round.l.s $f3, $f0
        li $1, 2
        ctc1 $1, $31
        c.ule.d $fcc7, $f22, $f10
        add.d $f14, $f27, $f19
        div.d $f16, $f12, $f3
        c.eq.d $fcc3, $f9, $f30
        dli $1, 0x0
        dmtc1 $1, $f1
        FDUMP
        div.s $f13, $f4, $f11
        sub.d $f26, $f30, $f4
        sub.d $f26, $f15, $f7
        dli $1, 0x3ff0000000000000
        dmtc1 $1, $f18
        c.ult.d $fcc3, $f0, $f0
        movt.d $f22, $f17, $fcc0
        mfc1 $2, $f27
        mtc1 $2, $f9
        cvt.s.d $f2, $f24
        c.ole.d $fcc5, $f9, $f29
        movn.d $f4, $f13, $3
        nmsub.d $f4, $f12, $f23, $f21
        c.ngle.d $fcc7, $f29, $f13
        movn.s $f6, $f4, $3
        nmadd.d $f19, $f31, $f11, $f3
        mul.d $f20, $f16, $f31
        movf.s $f26, $f6, $fcc5
        sub.d $f17, $f20, $f19
        cvt.w.d $f11, $f7
        FDUMP
        round.w.s $f15, $f25
        sub.s $f19, $f23, $f20
        round.w.d $f27, $f29
        mul.d $f15, $f24, $f20
        movz.d $f18, $f30, $2
        mov.s $f31, $f23
        add.s $f6, $f19, $f2
        li $1, 2
        ctc1 $1, $31
        c.ueq.s $fcc3, $f21, $f28
        sub.s $f23, $f29, $f7
        mul.d $f27, $f19, $f3
        dli $1, 0x4004000000000000
        dmtc1 $1, $f13
        div.s $f21, $f25, $f12
        madd.d $f18, $f25, $f7, $f11
        c.ngle.d $fcc3, $f23, $f7
        cvt.d.l $f23, $f1
        add.s $f27, $f16, $f23
        mul.d $f12, $f25, $f28
        FDUMP
        sqrt.d $f28, $f21
        mfc1 $2, $f7
        mtc1 $2, $f20
        madd.s $f1, $f17, $f28, $f30
        floor.w.s $f26, $f13
        cvt.d.w $f1, $f5
        c.olt.d $fcc0, $f15, $f20
        c.ngle.d $fcc7, $f19, $f16
        nmadd.s $f31, $f15, $f1, $f16
        trunc.w.d $f26, $f9
        cvt.w.s $f14, $f20
        sub.d $f26, $f18, $f9
        sqrt.d $f7, $f30
        sqrt.d $f28, $f19
        add.s $f19, $f21, $f31
        nmadd.d $f13, $f17, $f3, $f14
        neg.d $f6, $f30
        c.ngle.s $fcc7, $f18, $f19
        nmadd.d $f9, $f26, $f4, $f31
        c.ngle.d $fcc4, $f0, $f28
        FDUMP
        neg.s $f11, $f16
        msub.s $f15, $f6, $f12, $f20
        mul.s $f5, $f8, $f24
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f12
        div.d $f10, $f16, $f9
        movf.s $f8, $f1, $fcc6
        cvt.s.w $f0, $f7
        div.s $f25, $f16, $f27
        movz.d $f19, $f19, $2
        movt.d $f15, $f7, $fcc1
        c.seq.d $fcc0, $f15, $f15
        c.sf.s $fcc1, $f4, $f29
        mul.s $f2, $f29, $f28
        sub.d $f25, $f22, $f17
        add.d $f14, $f27, $f26
        c.seq.d $fcc1, $f10, $f18
        mul.s $f31, $f13, $f1
        cvt.s.w $f26, $f14
        msub.d $f12, $f19, $f29, $f17
        FDUMP
        mul.d $f19, $f25, $f4
        add.d $f29, $f13, $f22
        c.ngt.d $fcc1, $f16, $f25
        c.eq.d $fcc5, $f12, $f21
        mul.s $f14, $f31, $f3
        div.s $f30, $f1, $f25
        div.s $f28, $f7, $f0
        movn.s $f12, $f30, $2
        movt.d $f16, $f2, $fcc7
        nmsub.d $f8, $f1, $f10, $f25
        mul.s $f18, $f23, $f21
        floor.w.d $f14, $f31
        msub.d $f1, $f21, $f24, $f27
        mul.s $f24, $f30, $f6
        add.d $f5, $f30, $f14
        ceil.l.s $f15, $f18
        dli $1, 0x7fc00000
        dmtc1 $1, $f5
        nmsub.s $f8, $f16, $f10, $f23
        cvt.w.s $f20, $f3
        FDUMP
        c.ueq.d $fcc4, $f12, $f25
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f2
        c.sf.s $fcc3, $f31, $f27
        trunc.w.d $f11, $f15
        cvt.s.l $f12, $f24
        c.le.s $fcc5, $f21, $f7
        c.f.d $fcc2, $f10, $f31
        movn.d $f4, $f20, $3
        li $1, 0
        ctc1 $1, $31
        movn.s $f27, $f10, $3
        sub.d $f16, $f14, $f20
        cvt.s.l $f4, $f13
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f3
        msub.d $f14, $f18, $f22, $f23
        c.ult.d $fcc5, $f12, $f9
        cvt.s.w $f19, $f19
        sub.d $f31, $f13, $f1
        FDUMP
        div.d $f17, $f20, $f28
        mov.s $f4, $f8
        div.d $f11, $f30, $f13
        sqrt.s $f18, $f0
        sub.d $f12, $f28, $f26
        sub.s $f10, $f15, $f13
        mul.s $f31, $f1, $f31
        floor.l.s $f7, $f24
        mfc1 $2, $f29
        mtc1 $2, $f21
        c.olt.s $fcc5, $f12, $f3
        trunc.l.s $f20, $f2
        sub.d $f31, $f16, $f9
        mul.d $f6, $f28, $f27
        abs.d $f10, $f11
        sub.d $f17, $f0, $f13
        sub.s $f19, $f9, $f7
        dli $1, 0x7fbfffff
        dmtc1 $1, $f7
        div.s $f24, $f14, $f15
        FDUMP
        nmadd.d $f27, $f21, $f15, $f9
        cvt.d.s $f10, $f2
        sub.d $f20, $f30, $f24
        add.s $f23, $f30, $f23
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f2
        sub.d $f3, $f9, $f16
        dli $1, 0x7ff8000000000000
        dmtc1 $1, $f7
        add.s $f1, $f23, $f11
        c.ngt.d $fcc2, $f13, $f0
        sub.s $f10, $f17, $f28
        cvt.d.l $f0, $f25
        add.d $f25, $f31, $f19
        mul.s $f25, $f29, $f22
        mfc1 $2, $f20
        mtc1 $2, $f0
        div.s $f8, $f8, $f20
        add.d $f2, $f16, $f28
        trunc.w.s $f28, $f29
        FDUMP
        msub.d $f9, $f1, $f18, $f3
        add.d $f11, $f10, $f13
        neg.d $f13, $f26
        mul.s $f2, $f22, $f15
        mul.s $f23, $f7, $f9
        mov.d $f21, $f17
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f7
        sqrt.s $f21, $f11
        floor.l.s $f13, $f28
        madd.s $f27, $f16, $f27, $f20
        sub.s $f20, $f2, $f7
        mul.d $f5, $f10, $f0
        add.d $f23, $f16, $f11
        round.l.s $f5, $f4
        abs.d $f4, $f13
        sqrt.d $f2, $f31
        nmsub.s $f26, $f22, $f1, $f19
        c.ueq.s $fcc3, $f6, $f19
        c.ueq.s $fcc0, $f21, $f25
        FDUMP
        dli $1, 0x1
        dmtc1 $1, $f10
        mul.s $f15, $f12, $f31
        cvt.s.w $f22, $f8
        movz.s $f17, $f13, $3
        sub.s $f9, $f20, $f9
        movf.d $f26, $f28, $fcc6
        mov.s $f16, $f6
        movf.d $f13, $f7, $fcc7
        div.d $f15, $f5, $f20
        sub.s $f20, $f18, $f10
        c.olt.d $fcc2, $f3, $f2
        c.sf.s $fcc6, $f16, $f19
        div.s $f26, $f8, $f27
        cvt.d.w $f28, $f20
        trunc.w.d $f26, $f27
        cvt.s.l $f13, $f20
        c.ngt.d $fcc5, $f1, $f0
        cvt.l.d $f22, $f9
        msub.s $f15, $f11, $f2, $f26
        FDUMP
        sub.s $f29, $f31, $f17
        round.w.s $f17, $f30
        movt.s $f12, $f14, $fcc4
        mul.d $f5, $f27, $f12
        movn.d $f7, $f20, $2
        trunc.l.s $f23, $f31
        div.s $f15, $f25, $f7
        sub.s $f10, $f26, $f30
        cvt.d.w $f22, $f20
        nmadd.s $f3, $f30, $f21, $f0
        mul.s $f30, $f21, $f19
        add.s $f8, $f31, $f31
        c.ueq.d $fcc2, $f17, $f15
        mul.d $f3, $f19, $f26
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f16
        c.olt.d $fcc5, $f5, $f17
        movt.d $f21, $f20, $fcc1
        dli $1, 0xfff0000000000000
        dmtc1 $1, $f6
        FDUMP
        add.s $f20, $f13, $f9
        c.ule.d $fcc0, $f6, $f26
        movn.s $f9, $f5, $2
        nmsub.s $f5, $f30, $f15, $f27
        madd.d $f15, $f26, $f4, $f6
        movt.s $f0, $f16, $fcc6
        c.ueq.s $fcc1, $f0, $f6
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f8
        movt.s $f23, $f8, $fcc5
        msub.s $f3, $f9, $f23, $f7
        add.d $f8, $f31, $f3
        ceil.w.s $f30, $f6
        floor.l.d $f28, $f23
        add.s $f22, $f6, $f14
        add.d $f9, $f27, $f20
        cvt.d.w $f16, $f0
        div.s $f28, $f0, $f25
        c.ule.s $fcc7, $f8, $f15
        abs.d $f24, $f6
        FDUMP
        neg.d $f10, $f24
        cvt.l.d $f22, $f18
        div.s $f10, $f2, $f17
        mul.d $f19, $f31, $f13
        movf.s $f22, $f27, $fcc2
        sub.d $f8, $f30, $f19
        sqrt.d $f0, $f20
        add.d $f18, $f5, $f28
        sqrt.s $f31, $f22
        cvt.s.w $f3, $f21
        sub.d $f18, $f1, $f7
        movt.d $f28, $f24, $fcc5
        movt.d $f9, $f9, $fcc7
        add.d $f28, $f24, $f5
        cvt.d.w $f24, $f29
        add.s $f1, $f20, $f12
        cvt.w.s $f25, $f15
        sub.d $f8, $f29, $f15
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f19
        FDUMP
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f24
        movf.s $f6, $f3, $fcc5
        movt.d $f15, $f27, $fcc3
        mfc1 $2, $f21
        mtc1 $2, $f4
        nmsub.s $f25, $f20, $f9, $f6
        mul.s $f7, $f0, $f14
        cvt.d.l $f16, $f16
        mfc1 $2, $f21
        mtc1 $2, $f15
        madd.s $f13, $f28, $f0, $f25
        cvt.w.s $f18, $f19
        cvt.w.d $f19, $f20
        round.w.s $f5, $f5
        sub.d $f29, $f12, $f28
        c.olt.d $fcc3, $f24, $f9
        dli $1, 0x1
        dmtc1 $1, $f28
        sub.d $f29, $f20, $f5
        FDUMP
        sqrt.s $f5, $f4
        cvt.s.l $f21, $f3
        ceil.w.s $f17, $f29
        movn.s $f18, $f0, $3
        mul.d $f27, $f11, $f5
        cvt.s.w $f8, $f16
        movt.d $f10, $f25, $fcc7
        div.d $f10, $f12, $f31
        mov.s $f16, $f22
        c.ngt.d $fcc3, $f4, $f26
        div.d $f20, $f19, $f4
        cvt.s.d $f2, $f11
        mul.d $f27, $f31, $f21
        cvt.l.d $f24, $f15
        c.un.s $fcc4, $f31, $f9
        c.nge.d $fcc1, $f12, $f11
        movt.s $f21, $f19, $fcc1
        c.seq.d $fcc6, $f22, $f25
        div.d $f14, $f1, $f26
        movz.s $f26, $f21, $0
        FDUMP
        cvt.s.l $f0, $f21
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f11
        nmsub.d $f9, $f2, $f29, $f13
        abs.s $f14, $f31
        cvt.d.s $f6, $f14
        movz.d $f24, $f18, $3
        add.s $f28, $f23, $f8
        abs.s $f31, $f25
        div.d $f2, $f1, $f10
        mul.d $f1, $f21, $f7
        mul.d $f3, $f20, $f5
        c.ngl.s $fcc7, $f1, $f4
        mov.s $f29, $f11
        movz.d $f7, $f0, $3
        sub.d $f2, $f23, $f1
        add.d $f14, $f12, $f25
        c.un.d $fcc2, $f4, $f0
        dli $1, 0x3ff0000000000000
        dmtc1 $1, $f16
        FDUMP
        mfc1 $2, $f4
        mtc1 $2, $f19
        sub.s $f9, $f21, $f5
        sub.d $f26, $f1, $f8
        mov.d $f4, $f26
        mfc1 $2, $f15
        mtc1 $2, $f12
        c.ngl.s $fcc6, $f13, $f20
        cvt.d.w $f6, $f14
        movt.s $f1, $f14, $fcc7
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f26
        c.ule.d $fcc6, $f24, $f18
        round.l.d $f3, $f8
        madd.s $f18, $f11, $f23, $f20
        div.d $f15, $f24, $f31
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f28
        dli $1, 0x7ff7ffffffffffff
        dmtc1 $1, $f27
        FDUMP
        c.ole.d $fcc3, $f26, $f12
        mfc1 $2, $f14
        mtc1 $2, $f6
        floor.l.s $f28, $f6
        mul.d $f28, $f8, $f10
        nmsub.s $f11, $f20, $f14, $f0
        c.lt.s $fcc6, $f3, $f8
        add.s $f13, $f27, $f20
        floor.w.d $f13, $f20
        c.ngle.d $fcc0, $f10, $f13
        movt.d $f1, $f10, $fcc4
        abs.s $f3, $f30
        div.s $f20, $f9, $f3
        mul.d $f6, $f12, $f31
        round.l.s $f30, $f15
        movf.d $f4, $f2, $fcc1
        mov.s $f12, $f17
        movz.s $f21, $f4, $0
        movt.d $f13, $f7, $fcc0
        msub.s $f29, $f17, $f4, $f1
        FDUMP
        c.eq.d $fcc1, $f20, $f26
        div.d $f17, $f12, $f15
        trunc.l.d $f0, $f8
        sqrt.d $f10, $f14
        c.un.s $fcc0, $f16, $f1
        sub.s $f14, $f22, $f25
        msub.d $f1, $f26, $f26, $f26
        madd.d $f17, $f7, $f29, $f6
        madd.d $f1, $f22, $f3, $f0
        mul.s $f1, $f3, $f7
        movf.d $f29, $f31, $fcc1
        abs.d $f31, $f16
        mul.d $f14, $f6, $f30
        mfc1 $2, $f28
        mtc1 $2, $f20
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f17
        neg.d $f27, $f7
        add.s $f4, $f5, $f29
        dli $1, 0x41e0000000000000
        FDUMP
        dmtc1 $1, $f7
        floor.l.s $f15, $f3
        div.s $f28, $f31, $f27
        cvt.l.s $f5, $f18
        nmsub.d $f22, $f6, $f22, $f21
        dli $1, 0x43e0000000000000
        dmtc1 $1, $f19
        mfc1 $2, $f7
        mtc1 $2, $f26
        sub.s $f14, $f24, $f0
        movn.s $f22, $f22, $3
        sub.d $f24, $f11, $f26
        c.olt.s $fcc7, $f27, $f8
        div.s $f3, $f6, $f23
        div.d $f17, $f2, $f7
        cvt.s.d $f19, $f2
        trunc.w.d $f24, $f14
        div.d $f3, $f6, $f8
        sub.d $f13, $f3, $f2
        movt.s $f1, $f16, $fcc0
        FDUMP
        msub.d $f15, $f12, $f1, $f4
        dli $1, 0x0
        dmtc1 $1, $f24
        mov.d $f16, $f14
        mul.d $f1, $f16, $f31
        add.d $f27, $f15, $f24
        cvt.d.l $f25, $f8
        madd.s $f9, $f31, $f17, $f12
        add.s $f26, $f14, $f29
        add.d $f23, $f23, $f8
        dli $1, 0x1
        dmtc1 $1, $f23
        add.s $f19, $f24, $f2
        movz.s $f31, $f13, $2
        add.s $f6, $f5, $f28
        nmsub.d $f14, $f19, $f7, $f12
        div.s $f28, $f23, $f0
        cvt.d.l $f29, $f1
        c.olt.s $fcc5, $f10, $f30
        movf.s $f5, $f10, $fcc1
        FDUMP
        sqrt.s $f8, $f3
        sub.d $f30, $f29, $f28
        msub.d $f13, $f8, $f9, $f4
        msub.s $f19, $f0, $f20, $f22
        abs.s $f18, $f16
        div.s $f30, $f24, $f3
        c.sf.d $fcc7, $f31, $f11
        c.ole.s $fcc2, $f22, $f14
        add.s $f27, $f5, $f30
        sub.d $f29, $f5, $f29
        add.s $f12, $f11, $f18
        cvt.s.d $f0, $f28
        neg.s $f3, $f24
        cvt.l.d $f9, $f4
        div.d $f8, $f21, $f25
        movt.s $f28, $f2, $fcc7
        msub.s $f26, $f18, $f23, $f24
        nmadd.d $f24, $f26, $f7, $f27
        movz.s $f17, $f6, $2
        add.d $f29, $f20, $f3
        FDUMP
        add.s $f7, $f21, $f10
        cvt.d.l $f17, $f22
        c.ule.d $fcc5, $f21, $f12
        c.ult.d $fcc6, $f30, $f9
        trunc.w.d $f16, $f31
        mul.d $f28, $f29, $f23
        cvt.s.d $f30, $f6
        trunc.l.s $f12, $f28
        sqrt.s $f23, $f1
        mfc1 $2, $f29
        mtc1 $2, $f5
        dli $1, 0x7fc00000
        dmtc1 $1, $f16
        li $1, 1
        ctc1 $1, $31
        cvt.d.s $f6, $f14
        cvt.s.l $f1, $f20
        round.l.d $f14, $f28
        neg.s $f30, $f25
        round.l.s $f7, $f12
        FDUMP
        movf.s $f2, $f6, $fcc3
        div.d $f12, $f11, $f2
        add.d $f15, $f25, $f12
        mov.s $f22, $f17
        nmadd.d $f25, $f4, $f28, $f29
        cvt.w.s $f10, $f9
        c.lt.d $fcc1, $f26, $f6
        sub.s $f22, $f3, $f12
        sqrt.s $f12, $f2
        dli $1, 0x3ff8000000000000
        dmtc1 $1, $f0
        nmadd.s $f31, $f0, $f29, $f16
        floor.w.s $f8, $f30
        c.eq.s $fcc2, $f23, $f29
        floor.l.s $f12, $f28
        floor.l.s $f15, $f17
        add.d $f17, $f17, $f2
        add.d $f28, $f3, $f19
        msub.d $f31, $f30, $f5, $f14
        nmsub.s $f14, $f30, $f31, $f29
        FDUMP
        add.d $f2, $f23, $f13
        mul.d $f20, $f6, $f4
        mul.s $f10, $f23, $f25
        c.ngl.s $fcc2, $f4, $f20
        mul.d $f27, $f31, $f25
        div.d $f7, $f23, $f31
        abs.s $f26, $f25
        cvt.l.s $f13, $f28
        sqrt.s $f9, $f18
        msub.d $f7, $f17, $f4, $f9
        c.ngl.s $fcc4, $f5, $f10
        floor.w.s $f16, $f11
        mul.s $f31, $f0, $f11
        sqrt.d $f11, $f12
        sub.d $f17, $f4, $f15
        cvt.d.w $f4, $f7
        movz.s $f14, $f19, $3
        cvt.w.d $f2, $f8
        c.eq.d $fcc6, $f6, $f9
        cvt.s.l $f11, $f7
        FDUMP
        movf.d $f21, $f9, $fcc1
        c.le.s $fcc1, $f26, $f23
        add.s $f6, $f21, $f28
        round.w.d $f1, $f29
        trunc.l.d $f2, $f24
        add.d $f10, $f17, $f22
        c.lt.d $fcc1, $f25, $f3
        nmsub.s $f16, $f12, $f3, $f29
        movn.s $f24, $f3, $3
        movn.s $f8, $f25, $0
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f24
        c.un.s $fcc7, $f31, $f18
        dli $1, 0xfffffffffffff
        dmtc1 $1, $f23
        abs.s $f24, $f22
        div.d $f27, $f30, $f23
        sqrt.d $f25, $f1
        mfc1 $2, $f4
        mtc1 $2, $f13
        FDUMP
        mul.d $f4, $f10, $f4
        div.s $f27, $f16, $f0
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f14
        cvt.d.l $f17, $f18
        dli $1, 0x800000
        dmtc1 $1, $f27
        movt.d $f16, $f17, $fcc6
        movf.s $f19, $f27, $fcc3
        cvt.s.d $f11, $f31
        sub.s $f6, $f17, $f23
        c.le.s $fcc0, $f6, $f4
        msub.s $f4, $f26, $f8, $f2
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f25
        c.lt.s $fcc1, $f17, $f3
        c.ult.d $fcc4, $f26, $f13
        ceil.l.s $f0, $f13
        trunc.w.s $f18, $f16
        movz.d $f15, $f25, $2
        FDUMP
        movf.d $f1, $f25, $fcc2
        add.s $f23, $f7, $f22
        cvt.s.w $f24, $f1
        sub.d $f16, $f6, $f14
        madd.d $f31, $f1, $f22, $f22
        div.d $f17, $f21, $f16
        div.d $f22, $f31, $f20
        msub.s $f12, $f5, $f9, $f10
        movz.s $f23, $f8, $3
        div.d $f11, $f17, $f28
        add.s $f6, $f14, $f26
        mov.s $f5, $f17
        cvt.s.w $f21, $f23
        abs.s $f24, $f18
        cvt.s.d $f18, $f28
        abs.s $f3, $f0
        mul.d $f9, $f14, $f15
        neg.d $f18, $f3
        sub.d $f2, $f26, $f2
        movt.d $f19, $f13, $fcc7
        FDUMP
        cvt.d.s $f28, $f21
        madd.s $f11, $f3, $f7, $f31
        add.s $f24, $f1, $f16
        cvt.d.l $f19, $f20
        cvt.s.w $f13, $f7
        sub.s $f12, $f28, $f18
        mov.s $f30, $f22
        mul.d $f23, $f12, $f0
        round.w.s $f30, $f5
        dli $1, 0x10000000000000
        dmtc1 $1, $f23
        sub.d $f20, $f28, $f11
        sqrt.s $f0, $f26
        add.d $f12, $f18, $f21
        movt.s $f15, $f4, $fcc4
        movf.d $f1, $f22, $fcc6
        movf.s $f23, $f16, $fcc3
        floor.l.d $f19, $f22
        cvt.d.l $f31, $f21
        mov.s $f24, $f9
        FDUMP
        madd.d $f6, $f15, $f12, $f19
        mfc1 $2, $f16
        mtc1 $2, $f24
        neg.d $f23, $f2
        add.s $f16, $f30, $f5
        mul.d $f9, $f23, $f16
        floor.w.d $f26, $f22
        add.d $f3, $f30, $f5
        mul.d $f1, $f3, $f2
        sub.d $f8, $f26, $f2
        div.d $f28, $f28, $f22
        add.s $f4, $f22, $f0
        c.ngl.d $fcc4, $f26, $f23
        msub.d $f27, $f10, $f2, $f30
        c.seq.d $fcc4, $f12, $f13
        trunc.w.d $f22, $f19
        li $1, 3
        ctc1 $1, $31
        c.ole.d $fcc2, $f23, $f2
        movf.d $f28, $f26, $fcc7
        FDUMP
        mul.d $f18, $f17, $f3
        li $1, 0
        ctc1 $1, $31
        madd.d $f0, $f4, $f9, $f17
        mul.d $f16, $f11, $f13
        sqrt.s $f6, $f8
        mul.s $f4, $f23, $f14
        div.d $f17, $f16, $f3
        add.d $f24, $f10, $f29
        div.d $f30, $f25, $f6
        madd.d $f10, $f1, $f18, $f0
        div.d $f1, $f17, $f9
        movt.d $f8, $f21, $fcc7
        c.ult.s $fcc3, $f11, $f30
        abs.d $f12, $f25
        add.s $f1, $f5, $f17
        dli $1, 0x7f800000
        dmtc1 $1, $f24
        abs.d $f29, $f24
        c.eq.s $fcc6, $f19, $f2
        FDUMP
        round.l.s $f25, $f17
        movt.d $f3, $f28, $fcc3
        mul.s $f10, $f0, $f18
        dli $1, 0x43e0000000000000
        dmtc1 $1, $f1
        madd.s $f23, $f28, $f16, $f19
        dli $1, 0x7fbfffff
        dmtc1 $1, $f13
        c.lt.s $fcc7, $f18, $f19
        mul.s $f12, $f13, $f17
        sqrt.d $f16, $f31
        neg.d $f28, $f17
        cvt.d.w $f25, $f15
        mul.d $f22, $f16, $f4
        dli $1, 0xcf000001
        dmtc1 $1, $f30
        round.l.d $f11, $f26
        mfc1 $2, $f3
        mtc1 $2, $f23
        li $1, 1
        FDUMP
        ctc1 $1, $31
        movt.s $f17, $f22, $fcc6
        c.ueq.d $fcc6, $f12, $f24
        movf.s $f30, $f15, $fcc4
        movn.d $f8, $f0, $0
        mov.s $f21, $f22
        cvt.d.w $f23, $f5
        movf.s $f31, $f27, $fcc0
        abs.s $f17, $f16
        ceil.w.d $f30, $f10
        dli $1, 0x7fe1ccf385ebc8a0
        dmtc1 $1, $f1
        msub.d $f18, $f30, $f16, $f2
        li $1, 0
        ctc1 $1, $31
        mul.s $f10, $f0, $f18
        c.un.s $fcc5, $f14, $f29
        cvt.d.l $f24, $f25
        sub.d $f26, $f13, $f26
        sub.s $f13, $f25, $f5
        FDUMP
        cvt.d.w $f19, $f29
        floor.w.s $f15, $f14
        cvt.w.d $f8, $f22
        nmsub.s $f2, $f30, $f30, $f15
        c.ngl.s $fcc0, $f17, $f22
        c.ngl.s $fcc4, $f18, $f14
        c.eq.d $fcc5, $f17, $f14
        mov.d $f12, $f15
        mul.s $f1, $f14, $f31
        cvt.l.s $f31, $f30
        mul.s $f12, $f20, $f27
        nmsub.d $f1, $f14, $f10, $f1
        cvt.d.w $f2, $f21
        sub.d $f3, $f0, $f4
        c.ngl.d $fcc2, $f22, $f2
        c.nge.s $fcc7, $f23, $f4
        trunc.w.d $f24, $f30
        add.d $f13, $f29, $f20
        c.ule.d $fcc7, $f27, $f2
        sub.d $f18, $f13, $f22
        FDUMP
        mul.s $f26, $f5, $f6
        add.s $f12, $f10, $f31
        c.nge.d $fcc0, $f23, $f10
        cvt.l.s $f22, $f19
        cvt.d.l $f29, $f28
        cvt.s.l $f10, $f8
        c.le.d $fcc0, $f25, $f26
        neg.s $f10, $f15
        dli $1, 0x123456783fc00000
        dmtc1 $1, $f22
        div.d $f25, $f20, $f29
        trunc.l.d $f21, $f7
        movn.d $f1, $f27, $0
        nmadd.s $f21, $f7, $f0, $f29
        cvt.s.w $f11, $f15
        li $1, 2
        ctc1 $1, $31
        movt.d $f25, $f14, $fcc7
        sqrt.d $f1, $f30
        sqrt.s $f20, $f8
        FDUMP
        msub.d $f7, $f0, $f22, $f8
        c.ueq.s $fcc5, $f11, $f24
        sqrt.d $f10, $f4
        cvt.l.s $f30, $f15
        nmadd.d $f14, $f29, $f2, $f20
        mfc1 $2, $f17
        mtc1 $2, $f22
        sub.s $f25, $f9, $f0
        div.s $f1, $f20, $f2
        sub.d $f2, $f0, $f31
        c.olt.s $fcc6, $f31, $f30
        dli $1, 0xffe1ccf385ebc8a0
        dmtc1 $1, $f20
        c.ule.d $fcc4, $f13, $f2
        c.f.s $fcc3, $f21, $f28
        c.ngt.s $fcc2, $f0, $f27
        cvt.l.s $f10, $f31
        movt.s $f16, $f27, $fcc7
        trunc.w.d $f23, $f16
        sub.s $f23, $f13, $f17
        FDUMP
        dli $1, 0x0
        dmtc1 $1, $f14
        cvt.d.s $f19, $f26
        c.sf.s $fcc1, $f10, $f9
        mfc1 $2, $f4
        mtc1 $2, $f6
        sub.s $f25, $f28, $f16
        div.s $f15, $f24, $f3
        dli $1, 0x3fe0000000000000
        dmtc1 $1, $f31
        c.nge.s $fcc4, $f23, $f17
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f4
        ceil.w.d $f22, $f27
        neg.s $f18, $f13
        abs.s $f29, $f12
        mfc1 $2, $f5
        mtc1 $2, $f21
        add.d $f2, $f27, $f3
        div.s $f24, $f18, $f11
        FDUMP
        mul.s $f5, $f27, $f26
        movz.d $f22, $f10, $0
        div.d $f21, $f1, $f18
        mul.s $f18, $f30, $f2
        cvt.s.w $f6, $f27
        div.s $f3, $f7, $f17
        div.s $f9, $f5, $f30
        cvt.l.d $f25, $f8
        floor.w.s $f15, $f11
        div.d $f3, $f7, $f15
        mul.s $f9, $f12, $f9
        movz.d $f20, $f6, $0
        msub.d $f24, $f4, $f27, $f14
        mul.s $f28, $f26, $f15
        c.le.d $fcc7, $f0, $f17
        dli $1, 0x4004000000000000
        dmtc1 $1, $f14
        neg.d $f7, $f28
        msub.s $f1, $f6, $f24, $f30
        mov.d $f5, $f18
        FDUMP
        c.eq.s $fcc3, $f31, $f0
        movt.s $f30, $f23, $fcc6
        div.s $f23, $f8, $f20
        nmsub.s $f26, $f3, $f23, $f3
        nmadd.s $f30, $f4, $f10, $f5
        floor.l.d $f2, $f7
        movz.d $f2, $f18, $2
        sqrt.d $f26, $f25
        nmsub.s $f21, $f10, $f4, $f24
        dli $1, 0x4004000000000000
        dmtc1 $1, $f23
        cvt.s.d $f1, $f16
        ceil.w.d $f1, $f9
        mfc1 $2, $f3
        mtc1 $2, $f8
        c.olt.s $fcc4, $f12, $f8
        c.seq.d $fcc4, $f19, $f17
        c.nge.d $fcc3, $f26, $f0
        add.s $f10, $f6, $f11
        nmsub.d $f10, $f12, $f15, $f20
        FDUMP
        div.s $f5, $f24, $f6
        madd.s $f4, $f4, $f18, $f1
        sub.s $f23, $f0, $f27
        c.ole.d $fcc6, $f12, $f0
        movz.d $f5, $f25, $3
        dli $1, 0x7f800000
        dmtc1 $1, $f19
        movf.s $f6, $f10, $fcc5
        abs.d $f12, $f12
        movn.d $f21, $f23, $3
        cvt.s.l $f28, $f7
        madd.s $f21, $f3, $f17, $f27
        mul.s $f11, $f10, $f10
        c.le.d $fcc7, $f7, $f26
        mul.d $f10, $f5, $f31
        abs.s $f29, $f30
        movn.d $f23, $f5, $3
        div.s $f3, $f27, $f22
        abs.s $f29, $f20
        movf.d $f10, $f23, $fcc3
        FDUMP
        nmadd.d $f31, $f12, $f24, $f1
        c.ole.s $fcc5, $f5, $f7
        mul.d $f30, $f29, $f26
        floor.l.s $f12, $f9
        mul.d $f25, $f5, $f4
        movt.s $f26, $f8, $fcc5
        div.s $f25, $f1, $f1
        c.sf.d $fcc7, $f3, $f26
        cvt.s.w $f23, $f19
        add.s $f23, $f9, $f12
        ceil.l.s $f9, $f10
        mfc1 $2, $f29
        mtc1 $2, $f1
        li $1, 3
        ctc1 $1, $31
        add.s $f31, $f12, $f0
        c.sf.d $fcc0, $f0, $f27
        sub.d $f10, $f0, $f14
        cvt.s.w $f30, $f15
        movt.d $f2, $f1, $fcc7
        FDUMP
        c.le.s $fcc6, $f21, $f22
        neg.s $f2, $f3
        li $1, 0
        ctc1 $1, $31
        cvt.s.l $f25, $f8
        c.ueq.s $fcc2, $f9, $f11
        ceil.l.d $f14, $f30
        nmsub.d $f24, $f21, $f0, $f10
        div.s $f20, $f6, $f30
        add.d $f25, $f29, $f10
        msub.s $f26, $f24, $f8, $f9
        sub.d $f13, $f24, $f15
        c.ngle.s $fcc1, $f3, $f24
        c.ngl.s $fcc3, $f0, $f11
        div.s $f6, $f8, $f1
        nmsub.s $f5, $f8, $f12, $f15
        dli $1, 0xc004000000000000
        dmtc1 $1, $f12
        sub.d $f19, $f0, $f27
        c.ole.s $fcc0, $f5, $f26
        FDUMP
        ceil.l.s $f31, $f1
        neg.d $f11, $f0
        movt.s $f27, $f9, $fcc5
        sub.d $f6, $f20, $f5
        c.ueq.d $fcc7, $f8, $f29
        neg.d $f17, $f16
        trunc.w.d $f24, $f4
        div.d $f28, $f30, $f19
        cvt.d.s $f3, $f31
        floor.l.d $f8, $f25
        movf.d $f17, $f7, $fcc4
        movz.d $f5, $f1, $2
        div.s $f4, $f4, $f28
        add.s $f15, $f21, $f2
        add.s $f5, $f8, $f10
        c.un.s $fcc2, $f22, $f9
        round.l.d $f19, $f9
        trunc.w.s $f17, $f29
        movn.d $f17, $f6, $2
        movf.d $f1, $f12, $fcc3
        FDUMP
        sqrt.d $f8, $f19
        movt.s $f28, $f10, $fcc7
        sub.d $f18, $f31, $f30
        sub.s $f23, $f15, $f28
        mul.s $f2, $f5, $f27
        sub.d $f1, $f9, $f10
        sub.s $f8, $f14, $f4
        mul.d $f23, $f24, $f2
        sqrt.s $f13, $f17
        mul.d $f15, $f3, $f13
        c.ngt.d $fcc3, $f8, $f18
        cvt.l.s $f0, $f5
        mul.s $f23, $f24, $f7
        dli $1, 0x8000000000000000
        dmtc1 $1, $f22
        round.w.d $f31, $f13
        madd.d $f24, $f1, $f25, $f16
        dli $1, 0x10000000000000
        dmtc1 $1, $f12
        floor.l.d $f0, $f14
        FDUMP
        cvt.d.w $f7, $f10
        neg.d $f18, $f31
        div.s $f28, $f0, $f25
        cvt.s.l $f28, $f13
        cvt.s.d $f21, $f30
        mul.d $f19, $f10, $f7
        trunc.l.s $f18, $f26
        mfc1 $2, $f25
        mtc1 $2, $f6
        floor.l.d $f12, $f27
        movf.s $f3, $f0, $fcc5
        round.l.d $f9, $f3
        li $1, 0
        ctc1 $1, $31
        div.s $f10, $f4, $f22
        mov.s $f28, $f13
        movt.s $f2, $f0, $fcc4
        add.s $f4, $f3, $f8
        movt.s $f16, $f10, $fcc3
        c.olt.s $fcc1, $f11, $f20
        FDUMP
        c.ult.s $fcc3, $f31, $f21
        cvt.l.s $f20, $f1
        mul.s $f27, $f12, $f29
        movt.d $f31, $f21, $fcc0
        div.s $f5, $f5, $f10
        div.d $f13, $f21, $f15
        nmsub.s $f7, $f10, $f9, $f14
        round.w.s $f19, $f28
        sqrt.s $f26, $f5
        cvt.s.w $f13, $f9
        movf.d $f1, $f7, $fcc4
        madd.s $f26, $f14, $f22, $f8
        movz.d $f13, $f11, $0
        div.d $f21, $f2, $f11
        c.ueq.d $fcc7, $f31, $f6
        c.ule.s $fcc1, $f19, $f21
        sub.s $f12, $f21, $f2
        c.ngle.d $fcc3, $f2, $f7
        cvt.s.l $f15, $f24
        add.s $f5, $f12, $f14
        FDUMP
        div.d $f30, $f13, $f30
        mul.d $f18, $f19, $f24
        ceil.w.d $f9, $f4
        sub.s $f3, $f31, $f20
        mfc1 $2, $f11
        mtc1 $2, $f25
        div.d $f4, $f29, $f1
        mov.d $f7, $f21
        add.s $f25, $f17, $f9
        nmsub.s $f23, $f9, $f26, $f15
        mul.s $f5, $f10, $f14
        cvt.s.l $f14, $f10
        nmsub.s $f31, $f30, $f21, $f26
        div.s $f3, $f14, $f1
        add.s $f3, $f27, $f19
        sub.d $f16, $f29, $f11
        movz.s $f13, $f9, $2
        sub.s $f6, $f17, $f5
        round.l.d $f1, $f18
        dli $1, 0xfffffffffffff
        FDUMP
        dmtc1 $1, $f24
        mfc1 $2, $f31
        mtc1 $2, $f23
        mul.d $f27, $f2, $f3
        cvt.s.l $f17, $f19
        add.s $f20, $f28, $f25
        div.d $f29, $f17, $f18
        div.d $f1, $f15, $f9
        mfc1 $2, $f30
        mtc1 $2, $f6
        movf.d $f31, $f4, $fcc1
        abs.d $f21, $f10
        mul.d $f17, $f23, $f3
        cvt.s.w $f1, $f16
        add.d $f18, $f24, $f21
        movz.s $f0, $f12, $2
        sub.s $f4, $f29, $f7
        div.s $f1, $f5, $f13
        movn.s $f3, $f25, $3
        sub.s $f5, $f15, $f27
        FDUMP
        cvt.s.d $f15, $f29
        madd.s $f26, $f30, $f8, $f3
        neg.s $f30, $f17
        div.d $f14, $f2, $f31
        mov.d $f6, $f2
        trunc.w.d $f20, $f28
        neg.s $f8, $f11
        movz.d $f20, $f7, $0
        c.seq.s $fcc4, $f14, $f26
        abs.d $f18, $f23
        add.s $f12, $f29, $f12
        nmsub.d $f9, $f16, $f8, $f18
        sub.s $f5, $f13, $f27
        cvt.d.l $f26, $f8
        div.s $f17, $f11, $f29
        cvt.s.d $f4, $f15
        movt.s $f26, $f9, $fcc3
        sqrt.d $f20, $f4
        sub.s $f0, $f7, $f27
        neg.s $f13, $f24
        FDUMP
        movz.d $f1, $f4, $2
        dli $1, 0x4f000000
        dmtc1 $1, $f20
        div.d $f29, $f3, $f27
        div.s $f17, $f8, $f31
        nmadd.d $f27, $f22, $f16, $f25
        madd.d $f6, $f23, $f28, $f30
        msub.d $f11, $f30, $f7, $f5
        dli $1, 0x1
        dmtc1 $1, $f7
        sub.s $f18, $f7, $f9
        nmadd.d $f14, $f13, $f27, $f27
        div.s $f7, $f27, $f8
        add.d $f2, $f6, $f21
        sub.d $f22, $f22, $f23
        nmadd.d $f19, $f30, $f15, $f5
        nmadd.s $f12, $f25, $f8, $f0
        cvt.s.d $f23, $f20
        ceil.w.d $f21, $f26
        neg.d $f13, $f28
        FDUMP
        mul.s $f13, $f11, $f13
        li $1, 1
        ctc1 $1, $31
        mul.d $f18, $f16, $f20
        nmsub.s $f3, $f0, $f9, $f29
        mul.s $f17, $f15, $f16
        movf.s $f22, $f31, $fcc5
        movt.d $f2, $f14, $fcc6
        div.d $f21, $f8, $f0
        nmadd.s $f15, $f3, $f15, $f0
        sub.s $f20, $f1, $f25
        movn.d $f23, $f17, $3
        floor.l.d $f20, $f9
        sub.s $f19, $f5, $f14
        cvt.s.d $f19, $f11
        msub.d $f6, $f24, $f3, $f24
        cvt.w.d $f7, $f10
        add.d $f24, $f9, $f14
        ceil.l.d $f30, $f9
        cvt.s.w $f21, $f1
        FDUMP
        div.s $f9, $f25, $f7
        add.s $f29, $f3, $f19
        c.seq.s $fcc4, $f26, $f0
        sub.d $f15, $f9, $f13
        nmadd.s $f22, $f15, $f28, $f18
        mul.d $f24, $f17, $f15
        mul.s $f2, $f15, $f20
        sub.d $f17, $f20, $f13
        div.d $f23, $f1, $f28
        sub.s $f20, $f16, $f24
        add.d $f25, $f7, $f10
        cvt.s.w $f9, $f4
        nmsub.d $f4, $f19, $f14, $f13
        abs.d $f20, $f23
        sub.d $f5, $f28, $f20
        cvt.s.l $f9, $f12
        movn.s $f3, $f19, $3
        sub.d $f3, $f25, $f2
        mfc1 $2, $f11
        mtc1 $2, $f25
        FDUMP
        abs.d $f26, $f9
        sub.s $f11, $f19, $f12
        cvt.d.w $f5, $f14
        div.s $f17, $f12, $f22
        div.d $f27, $f29, $f18
        sqrt.d $f17, $f6
        div.d $f20, $f12, $f13
        abs.d $f18, $f1
        mov.d $f9, $f12
        movt.s $f1, $f22, $fcc7
        sub.s $f23, $f15, $f30
        c.f.d $fcc2, $f22, $f21
        c.ult.d $fcc4, $f9, $f25
        movn.d $f18, $f11, $0
        abs.d $f6, $f27
        div.d $f11, $f20, $f9
        cvt.w.d $f10, $f21
        dli $1, 0x4008000000000000
        dmtc1 $1, $f2
        cvt.s.l $f11, $f3
        FDUMP
        c.seq.d $fcc3, $f3, $f8
        movf.d $f29, $f22, $fcc1
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f27
        div.s $f24, $f10, $f17
        sub.d $f29, $f21, $f4
        div.d $f26, $f18, $f29
        li $1, 2
        ctc1 $1, $31
        cvt.l.d $f28, $f22
        sub.d $f1, $f13, $f12
        mov.d $f16, $f0
        movt.d $f8, $f1, $fcc7
        c.lt.d $fcc0, $f13, $f4
        c.un.s $fcc7, $f25, $f2
        c.eq.d $fcc4, $f31, $f1
        nmadd.s $f7, $f6, $f1, $f24
        c.ult.d $fcc1, $f31, $f18
        cvt.d.l $f30, $f0
        mfc1 $2, $f12
        FDUMP
        mtc1 $2, $f8
        cvt.s.w $f2, $f25
        movt.d $f23, $f7, $fcc4
        c.olt.s $fcc1, $f4, $f10
        trunc.l.s $f5, $f28
        cvt.d.w $f23, $f24
        add.s $f17, $f20, $f16
        nmadd.d $f26, $f10, $f21, $f20
        sqrt.d $f10, $f6
        cvt.s.d $f27, $f25
        mfc1 $2, $f11
        mtc1 $2, $f11
        movz.d $f0, $f22, $3
        mov.d $f3, $f10
        mul.s $f1, $f30, $f8
        sqrt.d $f21, $f14
        movt.s $f16, $f0, $fcc5
        c.ngle.d $fcc1, $f27, $f24
        msub.d $f2, $f30, $f30, $f6
        mfc1 $2, $f31
        FDUMP
        mtc1 $2, $f20
        sqrt.d $f29, $f14
        nmsub.d $f28, $f26, $f25, $f1
        sqrt.s $f24, $f19
        abs.s $f18, $f28
        mul.s $f28, $f25, $f3
        div.d $f30, $f13, $f8
        add.d $f9, $f28, $f16
        movn.d $f11, $f10, $3
        dli $1, 0x800000
        dmtc1 $1, $f26
        floor.l.d $f0, $f13
        abs.d $f5, $f21
        li $1, 3
        ctc1 $1, $31
        cvt.l.s $f30, $f5
        c.ule.s $fcc1, $f8, $f31
        movz.s $f12, $f12, $2
        add.d $f8, $f31, $f4
        add.s $f0, $f29, $f25
        FDUMP
        add.d $f28, $f29, $f22
        cvt.s.l $f12, $f31
        sqrt.d $f0, $f0
        movz.s $f13, $f2, $2
        movf.s $f24, $f1, $fcc7
        movf.d $f5, $f14, $fcc0
        add.s $f12, $f10, $f0
        mul.d $f24, $f0, $f4
        cvt.s.w $f21, $f31
        mul.d $f24, $f11, $f0
        c.lt.s $fcc5, $f23, $f13
        dli $1, 0x4008000000000000
        dmtc1 $1, $f10
        ceil.w.s $f24, $f6
        sub.s $f3, $f6, $f29
        mul.d $f27, $f28, $f31
        li $1, 2
        ctc1 $1, $31
        mul.d $f8, $f2, $f21
        add.d $f11, $f9, $f19
        FDUMP
        sub.s $f30, $f19, $f22
        mul.s $f16, $f3, $f17
        movt.s $f26, $f14, $fcc2
        mov.s $f22, $f27
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f7
        mfc1 $2, $f1
        mtc1 $2, $f30
        add.d $f1, $f30, $f22
        movn.s $f26, $f7, $3
        cvt.s.d $f17, $f23
        msub.d $f15, $f28, $f28, $f0
        mul.d $f15, $f5, $f10
        c.nge.d $fcc3, $f23, $f26
        movn.d $f3, $f28, $0
        round.w.d $f5, $f0
        mul.s $f13, $f28, $f14
        dli $1, 0x7ff8000000000000
        dmtc1 $1, $f18
        sub.d $f24, $f27, $f22
        FDUMP
        nmsub.d $f5, $f30, $f11, $f15
        add.d $f6, $f4, $f5
        sub.s $f19, $f28, $f3
        c.ngl.d $fcc1, $f20, $f3
        cvt.d.l $f1, $f14
        cvt.s.w $f24, $f30
        add.d $f7, $f7, $f25
        dli $1, 0xbff0000000000000
        dmtc1 $1, $f10
        movt.s $f0, $f6, $fcc6
        neg.s $f22, $f11
        add.s $f10, $f31, $f25
        abs.d $f28, $f16
        msub.d $f16, $f18, $f8, $f25
        round.l.s $f25, $f17
        movf.s $f26, $f29, $fcc1
        sqrt.d $f31, $f11
        nmadd.d $f2, $f2, $f11, $f23
        nmadd.s $f16, $f14, $f1, $f7
        div.s $f18, $f11, $f11
        FDUMP
        sqrt.d $f14, $f17
        li $1, 2
        ctc1 $1, $31
        cvt.s.d $f0, $f29
        add.d $f8, $f20, $f13
        c.sf.d $fcc4, $f29, $f21
        sub.d $f12, $f13, $f7
        sub.d $f13, $f26, $f16
        movt.s $f27, $f6, $fcc5
        dli $1, 0x3fe0000000000000
        dmtc1 $1, $f20
        trunc.l.s $f14, $f14
        ceil.l.d $f2, $f12
        movn.d $f17, $f0, $3
        c.ngt.d $fcc0, $f29, $f27
        neg.d $f8, $f7
        movz.d $f23, $f22, $0
        c.nge.d $fcc2, $f19, $f2
        movn.s $f16, $f13, $2
        cvt.s.w $f22, $f21
        FDUMP
        cvt.s.l $f5, $f11
        div.d $f25, $f0, $f12
        sub.d $f13, $f14, $f10
        add.d $f13, $f3, $f23
        c.f.d $fcc4, $f27, $f7
        ceil.w.s $f11, $f6
        nmadd.s $f13, $f26, $f31, $f25
        c.olt.s $fcc0, $f0, $f18
        add.d $f10, $f7, $f24
        mul.s $f21, $f24, $f6
        mul.d $f5, $f13, $f0
        mul.d $f15, $f31, $f8
        trunc.w.d $f0, $f20
        sub.s $f13, $f10, $f18
        c.olt.s $fcc3, $f28, $f19
        div.d $f14, $f13, $f11
        movn.s $f25, $f31, $0
        abs.d $f1, $f4
        movf.s $f19, $f26, $fcc3
        abs.s $f16, $f28
        FDUMP
        add.d $f29, $f27, $f2
        movn.d $f10, $f17, $0
        sub.d $f17, $f10, $f16
        nmadd.d $f9, $f16, $f16, $f14
        div.d $f27, $f22, $f21
        mul.s $f9, $f28, $f6
        div.s $f4, $f9, $f9
        movt.d $f4, $f23, $fcc7
        mov.s $f3, $f4
        neg.s $f8, $f29
        div.d $f22, $f29, $f10
        c.olt.d $fcc0, $f8, $f6
        c.le.s $fcc2, $f10, $f20
        floor.l.s $f19, $f28
        li $1, 1
        ctc1 $1, $31
        sub.s $f25, $f18, $f16
        add.s $f0, $f5, $f9
        sqrt.s $f16, $f2
        ceil.l.d $f3, $f27
        FDUMP
        movn.s $f2, $f8, $0
        movf.d $f2, $f27, $fcc5
        trunc.w.d $f17, $f19
        dli $1, 0x10000000000000
        dmtc1 $1, $f17
        msub.s $f15, $f5, $f22, $f30
        floor.l.d $f22, $f29
        movz.s $f1, $f18, $0
        mul.s $f0, $f23, $f10
        movn.d $f16, $f31, $2
        mul.s $f30, $f3, $f15
        ceil.w.d $f9, $f29
        movt.s $f12, $f0, $fcc6
        cvt.s.d $f23, $f5
        cvt.s.w $f0, $f26
        sub.d $f16, $f3, $f0
        ceil.w.d $f15, $f25
        movn.d $f25, $f22, $2
        cvt.d.l $f20, $f25
        li $1, 0
        FDUMP
        ctc1 $1, $31
        floor.l.s $f13, $f20
        cvt.d.w $f13, $f11
        sub.d $f24, $f29, $f20
        sub.d $f21, $f27, $f1
        li $1, 2
        ctc1 $1, $31
        cvt.s.d $f15, $f26
        cvt.l.s $f29, $f21
        c.ngt.d $fcc1, $f3, $f19
        movf.s $f0, $f11, $fcc1
        mov.d $f16, $f22
        mov.s $f17, $f31
        mfc1 $2, $f5
        mtc1 $2, $f9
        li $1, 2
        ctc1 $1, $31
        sqrt.d $f9, $f5
        cvt.l.s $f24, $f26
        cvt.s.w $f18, $f28
        FDUMP
        floor.l.d $f0, $f30
        cvt.d.s $f0, $f28
        round.w.s $f24, $f11
        floor.w.d $f28, $f8
        c.ngle.s $fcc4, $f20, $f0
        nmadd.d $f20, $f7, $f18, $f13
        add.d $f31, $f22, $f23
        nmsub.d $f13, $f9, $f9, $f2
        nmsub.d $f6, $f25, $f17, $f10
        floor.l.d $f20, $f26
        abs.d $f14, $f19
        mul.s $f22, $f23, $f31
        c.nge.s $fcc1, $f3, $f10
        c.f.d $fcc5, $f17, $f20
        mul.s $f28, $f28, $f25
        msub.d $f0, $f17, $f28, $f13
        cvt.s.l $f15, $f14
        cvt.d.l $f24, $f29
        cvt.w.d $f12, $f18
        c.le.s $fcc2, $f3, $f8
        FDUMP
        cvt.s.l $f21, $f19
        mul.d $f17, $f6, $f18
        div.s $f4, $f1, $f11
        dli $1, 0xc1e0000000100000
        dmtc1 $1, $f3
        dli $1, 0x4202a05f20000000
        dmtc1 $1, $f10
        c.ngt.d $fcc0, $f3, $f8
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f18
        cvt.d.l $f8, $f9
        c.eq.s $fcc4, $f14, $f22
        add.s $f7, $f12, $f15
        add.s $f7, $f21, $f18
        dli $1, 0x10000000000000
        dmtc1 $1, $f3
        neg.d $f27, $f4
        c.f.d $fcc0, $f28, $f21
        mul.s $f23, $f27, $f2
        trunc.w.d $f28, $f29
        FDUMP
        sub.d $f13, $f16, $f16
        add.s $f8, $f20, $f7
        c.ole.d $fcc6, $f21, $f12
        add.s $f14, $f29, $f23
        sub.s $f14, $f2, $f19
        sqrt.d $f21, $f6
        trunc.l.s $f22, $f22
        add.d $f19, $f31, $f20
        mfc1 $2, $f14
        mtc1 $2, $f3
        trunc.w.s $f8, $f5
        mfc1 $2, $f29
        mtc1 $2, $f1
        nmsub.d $f14, $f11, $f5, $f26
        c.lt.d $fcc7, $f8, $f21
        cvt.d.s $f7, $f7
        cvt.w.d $f12, $f10
        dli $1, 0x1
        dmtc1 $1, $f4
        dli $1, 0x7ff7ffffffffffff
        FDUMP
        dmtc1 $1, $f28
        movf.d $f8, $f8, $fcc3
        cvt.s.d $f29, $f30
        add.s $f23, $f29, $f4
        sub.s $f31, $f25, $f23
        ceil.l.d $f25, $f31
        trunc.w.s $f10, $f5
        movf.d $f22, $f4, $fcc5
        c.f.s $fcc6, $f18, $f15
        cvt.s.l $f6, $f13
        c.ole.s $fcc1, $f20, $f3
        dli $1, 0x3fb999999999999a
        dmtc1 $1, $f16
        div.d $f19, $f8, $f4
        movf.d $f9, $f6, $fcc5
        dli $1, 0xc004000000000000
        dmtc1 $1, $f3
        add.d $f18, $f0, $f13
        c.olt.d $fcc2, $f24, $f2
        round.l.s $f20, $f15
        FDUMP
        neg.s $f5, $f31
        div.s $f2, $f24, $f10
        add.s $f13, $f11, $f25
        dli $1, 0x41e0000000000000
        dmtc1 $1, $f29
        mov.s $f31, $f14
        movf.d $f24, $f15, $fcc1
        li $1, 0
        ctc1 $1, $31
        mul.s $f21, $f5, $f17
        movt.d $f10, $f26, $fcc3
        trunc.l.d $f6, $f11
        sqrt.s $f25, $f13
        c.lt.s $fcc1, $f11, $f17
        c.eq.d $fcc0, $f27, $f0
        mfc1 $2, $f14
        mtc1 $2, $f0
        trunc.l.d $f9, $f13
        movt.s $f19, $f11, $fcc0
        msub.d $f16, $f19, $f31, $f1
        FDUMP
        sub.s $f19, $f27, $f11
        c.le.s $fcc4, $f25, $f10
        c.f.d $fcc7, $f13, $f17
        floor.w.d $f25, $f18
        abs.d $f25, $f28
        add.d $f12, $f0, $f10
        cvt.d.w $f17, $f23
        dli $1, 0x3fdfffffffffffff
        dmtc1 $1, $f0
        div.d $f8, $f3, $f15
        movt.d $f16, $f29, $fcc3
        c.eq.d $fcc5, $f25, $f29
        sub.s $f9, $f6, $f6
        msub.s $f19, $f26, $f22, $f18
        cvt.d.s $f27, $f1
        add.d $f12, $f5, $f9
        li $1, 1
        ctc1 $1, $31
        mul.s $f10, $f19, $f19
        movf.d $f2, $f0, $fcc1
        FDUMP
        mul.d $f25, $f21, $f9
        mul.s $f10, $f18, $f25
        c.ngle.s $fcc0, $f21, $f7
        li $1, 0
        ctc1 $1, $31
        abs.d $f29, $f1
        ceil.l.d $f30, $f10
        li $1, 3
        ctc1 $1, $31
        c.ngt.s $fcc2, $f20, $f27
        div.d $f26, $f2, $f4
        trunc.l.d $f13, $f30
        li $1, 1
        ctc1 $1, $31
        nmadd.d $f22, $f27, $f18, $f29
        div.s $f21, $f2, $f21
        msub.d $f6, $f29, $f20, $f13
        sub.d $f17, $f14, $f3
        cvt.s.d $f26, $f5
        mul.d $f19, $f30, $f10
        FDUMP
        c.ngl.s $fcc5, $f25, $f5
        mul.s $f20, $f25, $f18
        div.d $f23, $f8, $f24
        c.ueq.s $fcc7, $f1, $f23
        c.un.d $fcc2, $f31, $f28
        nmadd.s $f27, $f19, $f10, $f4
        neg.d $f10, $f0
        sub.s $f19, $f4, $f14
        add.d $f31, $f11, $f27
        li $1, 2
        ctc1 $1, $31
        cvt.s.d $f16, $f18
        div.d $f15, $f2, $f0
        cvt.d.s $f24, $f9
        add.s $f22, $f7, $f2
        movt.d $f2, $f6, $fcc6
        floor.l.s $f27, $f10
        mfc1 $2, $f25
        mtc1 $2, $f5
        dli $1, 0xfffffffffffff
        FDUMP
        dmtc1 $1, $f30
        mul.s $f17, $f3, $f16
        nmadd.s $f5, $f20, $f16, $f15
        dli $1, 0x7ff0000000000000
        dmtc1 $1, $f27
        c.nge.d $fcc1, $f26, $f14
        cvt.s.d $f1, $f1
        msub.d $f9, $f4, $f6, $f4
        cvt.d.s $f31, $f5
        nmadd.s $f31, $f12, $f4, $f15
        mov.d $f22, $f31
        mov.s $f17, $f15
        abs.s $f2, $f23
        mul.d $f14, $f18, $f20
        div.d $f17, $f0, $f29
        div.s $f16, $f9, $f3
        movz.d $f5, $f21, $3
        add.d $f29, $f30, $f13
        cvt.w.d $f12, $f31
        mul.s $f4, $f25, $f20
        FDUMP
        abs.d $f4, $f7
        mfc1 $2, $f5
        mtc1 $2, $f23
        cvt.l.d $f18, $f26
        floor.l.d $f0, $f5
        mul.s $f18, $f23, $f9
        movn.d $f17, $f10, $2
        ceil.w.s $f0, $f5
        dli $1, 0xffffffff80000001
        dmtc1 $1, $f8
        add.s $f20, $f11, $f14
        cvt.w.d $f7, $f15
        li $1, 3
        ctc1 $1, $31
        add.s $f16, $f2, $f2
        c.ngl.s $fcc1, $f9, $f11
        sub.d $f30, $f16, $f6
        movf.s $f6, $f27, $fcc5
        div.d $f1, $f2, $f2
        msub.s $f13, $f18, $f21, $f10
        FDUMP
        sub.s $f25, $f20, $f31
        mul.d $f21, $f30, $f6
        dli $1, 0x800000
        dmtc1 $1, $f23
        add.d $f28, $f30, $f9
        c.ueq.d $fcc5, $f31, $f5
        add.s $f7, $f17, $f25
        mul.d $f9, $f20, $f18
        div.d $f1, $f16, $f20
        trunc.w.d $f5, $f23
        c.le.s $fcc2, $f10, $f31
        add.s $f22, $f18, $f7
        movn.s $f5, $f2, $2
        c.ole.s $fcc4, $f12, $f3
        trunc.w.s $f13, $f2
        neg.d $f1, $f7
        sqrt.s $f13, $f8
        madd.s $f22, $f18, $f17, $f9
        sub.s $f1, $f22, $f19
        msub.d $f2, $f13, $f18, $f9
        FDUMP
        ceil.w.d $f2, $f31
        mul.d $f5, $f8, $f28
        mov.d $f17, $f25
        msub.d $f12, $f11, $f30, $f3
        dli $1, 0x4008000000000000
        dmtc1 $1, $f14
        div.d $f16, $f22, $f5
        cvt.w.d $f15, $f28
        add.s $f23, $f22, $f29
        cvt.s.l $f5, $f8
        c.ngt.d $fcc5, $f28, $f31
        dli $1, 0x4004000000000000
        dmtc1 $1, $f30
        nmadd.s $f4, $f5, $f26, $f0
        movt.d $f0, $f2, $fcc2
        mul.d $f4, $f12, $f14
        div.s $f9, $f7, $f17
        sub.s $f23, $f14, $f19
        nmsub.d $f4, $f16, $f0, $f16
        add.s $f12, $f23, $f27
        FDUMP

TEST_END

        .data
        .balign 16
dbuf:   .space 272
