/* Random integer stream (third seed)
 * Differential test: a fixed pseudo-random stream of 4000 instructions (seed 2718);
 * after every block of 50 the state is written to stdout as raw doublewords.
 * COMPARE: qemu-stdout  (the harness compares mipsvm's stdout with qemu's)
 * RECORD: 34 doublewords per dump ($0..$31 with $sp/$k1/$sp as 0, HI, LO)
 * EXPECT: exit 0 */
#include "test_macros.h"

        .set noat
/* $sp <- address of dbuf without using $at */
#define LA_K0                                                       \
        lui $sp, %highest(dbuf); daddiu $sp, $sp, %higher(dbuf);     \
        dsll $sp, $sp, 16; daddiu $sp, $sp, %hi(dbuf);               \
        dsll $sp, $sp, 16; daddiu $sp, $sp, %lo(dbuf)

#define DUMP                                                        \
        LA_K0;                                                      \
        sd $1, 8($sp); sd $2, 16($sp); sd $3, 24($sp); sd $4, 32($sp); sd $5, 40($sp); sd $6, 48($sp); sd $7, 56($sp); sd $8, 64($sp); sd $9, 72($sp); sd $10, 80($sp); sd $11, 88($sp); sd $12, 96($sp); sd $13, 104($sp); sd $14, 112($sp); sd $15, 120($sp); sd $16, 128($sp); sd $17, 136($sp); sd $18, 144($sp); sd $19, 152($sp); sd $20, 160($sp); sd $21, 168($sp); sd $22, 176($sp); sd $23, 184($sp); sd $24, 192($sp); sd $25, 200($sp); sd $28, 224($sp); sd $30, 240($sp); sd $31, 248($sp);                                                   \
        mfhi $1; sd $1, 256($sp); mflo $1; sd $1, 264($sp);     \
        li $a0, 1; move $a1, $sp; li $a2, 272; li $v0, SYS_write;   \
        syscall;                                                    \
        LA_K0;                                                      \
        ld $1, 8($sp); ld $2, 16($sp); ld $3, 24($sp); ld $4, 32($sp); ld $5, 40($sp); ld $6, 48($sp); ld $7, 56($sp); ld $8, 64($sp); ld $9, 72($sp); ld $10, 80($sp); ld $11, 88($sp); ld $12, 96($sp); ld $13, 104($sp); ld $14, 112($sp); ld $15, 120($sp); ld $16, 128($sp); ld $17, 136($sp); ld $18, 144($sp); ld $19, 152($sp); ld $20, 160($sp); ld $21, 168($sp); ld $22, 176($sp); ld $23, 184($sp); ld $24, 192($sp); ld $25, 200($sp); ld $28, 224($sp); ld $30, 240($sp); ld $31, 248($sp)

TEST_BEGIN

        move $1, $zero
        move $2, $zero
        move $3, $zero
        move $4, $zero
        move $5, $zero
        move $6, $zero
        move $7, $zero
        move $8, $zero
        move $9, $zero
        move $10, $zero
        move $11, $zero
        move $12, $zero
        move $13, $zero
        move $14, $zero
        move $15, $zero
        move $16, $zero
        move $17, $zero
        move $18, $zero
        move $19, $zero
        move $20, $zero
        move $21, $zero
        move $22, $zero
        move $23, $zero
        move $24, $zero
        move $25, $zero
        move $28, $zero
        move $30, $zero
        move $31, $zero
        dla $21, scratch + 128
        dli $2, 0x35a8a5c379b812c
        dli $3, 0x508fb23b
        dli $4, 0x35491bf43593e6fa
        dli $5, 0x189367d
        dli $6, 0x1c2bba43550277b0
        dli $7, 0xffffffffa84363a1
        dli $8, 0xd3ab335800daf713
        dli $9, 0xffffffffc261ea5d
        dli $10, 0xca956e144869c0ea
        dli $11, 0x2d86d931
        dli $12, 0xdf9fc58f234102a0
        dli $13, 0x230096e2
        dli $14, 0xc17233a5eb11e918
        dli $15, 0xffffffffbf736e8a
        dli $24, 0x8961ddb018270fcc
        dli $25, 0xffffffffc092c712
        mthi $3; mtlo $4
        DUMP
        lb $14, -10($21)
        dsubu $13, $3, $9
        lhu $11, -14($21)
        dsubu $3, $11, $4
        lui $2, 22090
        swr $6, -16($21)
        lh $11, 2($21)
        addiu $8, $5, -9178
        ori $1, $7, 1
        div $zero, $5, $1
        subu $25, $5, $8
        sll $12, $12, 0
        lwl $12, -84($21)
        andi $25, $11, 28164
        dsra32 $6, $7, 24
        lwu $6, 36($21)
        sb $8, -6($21)
        maddu $15, $8
        daddiu $12, $4, 13236
        and $6, $11, $7
        rotrv $9, $11, $6
        dextu $10, $25, 41, 1
        sb $13, -4($21)
        ldr $10, 7($21)
        sll $3, $3, 0
        subu $3, $0, $7
        dinsu $24, $12, 34, 28
        dsllv $14, $9, $25
        lwu $10, -28($21)
        sdr $14, -22($21)
        ori $1, $11, 1
        divu $zero, $15, $1
        dins $8, $11, 23, 11
        addu $4, $5, $15
        clz $24, $9
        sw $15, -52($21)
        mfhi $7
        dshd $3, $13
        and $8, $8, $15
        lbu $15, 0($21)
        wsbh $12, $6
        or $13, $8, $5
        sll $2, $9, 18
        dsllv $4, $4, $4
        dsrav $14, $15, $13
        dsrav $4, $13, $6
        sd $9, -56($21)
        sllv $11, $25, $15
        mul $6, $24, $6
        seh $8, $8
        DUMP
        dsubu $24, $11, $15
        ins $2, $0, 4, 11
        ori $1, $9, 1
        div $zero, $12, $1
        nor $6, $5, $15
        movz $8, $5, $9
        seb $3, $7
        daddiu $4, $5, 11710
        srlv $24, $15, $7
        dsubu $13, $11, $11
        dmult $5, $15
        daddiu $4, $5, -13679
        sd $24, 72($21)
        slt $13, $2, $10
        movn $11, $2, $10
        srlv $2, $5, $5
        dmult $9, $5
        multu $6, $3
        nor $4, $7, $5
        xor $12, $3, $11
        ins $13, $9, 25, 1
        maddu $12, $24
        xori $14, $4, 52755
        seh $10, $14
        srav $7, $6, $5
        sll $14, $10, 1
        sll $9, $2, 1
        and $12, $7, $2
        dextm $14, $9, 10, 34
        sltu $4, $10, $24
        lui $24, 43607
        seh $15, $13
        ld $3, -64($21)
        dsubu $24, $15, $13
        sltu $13, $3, $24
        ext $4, $15, 8, 5
        sra $7, $10, 21
        dshd $7, $24
        msubu $0, $0
        dclz $12, $12
        sltiu $15, $8, -12489
        movz $11, $6, $14
        addiu $8, $11, -19432
        mult $13, $6
        dsra32 $14, $12, 14
        dext $6, $6, 16, 18
        dsra32 $2, $2, 7
        slt $6, $4, $5
        subu $4, $9, $15
        daddiu $15, $6, -15330
        DUMP
        nor $9, $12, $6
        sb $10, -5($21)
        multu $8, $10
        wsbh $8, $0
        drotr32 $12, $15, 25
        lwr $9, 99($21)
        sw $25, 44($21)
        ld $6, 80($21)
        mfhi $25
        daddiu $15, $9, 17709
        daddu $15, $24, $6
        ori $1, $13, 1
        divu $zero, $8, $1
        sb $14, -10($21)
        daddiu $8, $12, -8631
        dmult $12, $5
        movz $24, $3, $3
        sll $6, $6, 0
        ori $1, $6, 1
        divu $zero, $10, $1
        multu $13, $10
        sltu $25, $8, $10
        slt $11, $2, $9
        addiu $5, $11, 27646
        sll $10, $5, 25
        mflo $15
        addiu $7, $6, 16039
        dsubu $2, $9, $5
        dsubu $7, $15, $12
        dclz $4, $15
        slt $24, $14, $6
        addiu $10, $6, -18600
        mult $25, $25
        ori $1, $24, 1
        div $zero, $13, $1
        slti $3, $12, 6639
        seh $3, $5
        slt $2, $10, $7
        sll $7, $7, 0
        ori $1, $11, 1
        divu $zero, $15, $1
        sll $12, $12, 0
        ins $12, $7, 24, 4
        multu $2, $6
        lwu $2, -20($21)
        sh $3, 22($21)
        ori $1, $11, 1
        ddivu $zero, $11, $1
        ldr $11, -20($21)
        ori $25, $10, 23521
        DUMP
        ori $1, $2, 1
        ddivu $zero, $6, $1
        dsra $12, $8, 28
        ins $5, $24, 12, 3
        daddu $10, $10, $11
        mthi $25
        mtlo $25
        msub $25, $3
        sb $6, 7($21)
        sll $3, $13, 18
        sb $7, -4($21)
        mtlo $5
        dclz $14, $6
        movz $7, $3, $14
        or $25, $15, $24
        slti $4, $5, 17591
        madd $9, $3
        dmult $24, $3
        sltiu $11, $8, -11100
        multu $0, $14
        ori $1, $13, 1
        divu $zero, $15, $1
        sll $3, $3, 0
        msubu $7, $4
        mul $10, $0, $4
        lb $10, 13($21)
        mfhi $4
        daddu $13, $11, $7
        dinsu $14, $6, 56, 1
        ins $25, $5, 30, 1
        dmultu $15, $15
        sd $5, -88($21)
        lw $4, -24($21)
        andi $4, $4, 59050
        mthi $0
        mtlo $10
        maddu $24, $0
        dins $24, $15, 31, 5
        msub $3, $4
        sdr $4, -2($21)
        sd $12, 80($21)
        srlv $4, $4, $25
        sd $14, -72($21)
        mul $6, $15, $4
        ori $1, $10, 1
        ddivu $zero, $4, $1
        daddiu $24, $14, 8847
        slti $13, $24, 8045
        drotrv $9, $15, $5
        srav $5, $25, $3
        DUMP
        sllv $5, $10, $15
        ori $13, $8, 31722
        sdl $14, 36($21)
        xor $4, $11, $8
        multu $25, $7
        lbu $2, 15($21)
        seh $3, $5
        movz $6, $12, $9
        dsubu $7, $12, $14
        dext $3, $5, 4, 14
        daddiu $11, $2, 12654
        and $14, $24, $8
        rotr $25, $2, 21
        lb $7, -8($21)
        rotrv $8, $15, $11
        lw $11, 52($21)
        slt $9, $12, $4
        sll $24, $24, 0
        lwl $24, -32($21)
        sw $14, 0($21)
        clz $11, $15
        lbu $7, 13($21)
        lw $2, -24($21)
        ori $1, $25, 1
        div $zero, $25, $1
        ldr $3, 70($21)
        msubu $10, $2
        drotr32 $9, $11, 10
        ori $1, $15, 1
        ddiv $zero, $8, $1
        sll $3, $3, 0
        srlv $7, $15, $2
        mflo $10
        dsll $7, $4, 18
        dinsm $25, $12, 0, 48
        ori $1, $15, 1
        divu $zero, $11, $1
        dext $5, $11, 25, 23
        daddu $7, $24, $10
        daddu $3, $3, $15
        ldl $2, 18($21)
        lui $13, 29147
        daddiu $9, $25, -25230
        srl $13, $13, 28
        mfhi $25
        daddiu $9, $9, -2394
        addiu $2, $0, -27561
        mfhi $5
        msub $15, $13
        mflo $7
        DUMP
        daddiu $6, $14, -24467
        dsbh $11, $12
        dsllv $8, $24, $8
        dextu $7, $15, 60, 2
        addiu $12, $25, 17741
        swr $14, 59($21)
        daddiu $24, $5, -3922
        dextu $9, $13, 43, 5
        sb $11, 12($21)
        dextu $2, $6, 40, 4
        mthi $15
        ldr $14, 19($21)
        dsubu $13, $5, $10
        lb $4, -8($21)
        sll $2, $2, 0
        lwl $2, -91($21)
        rotr $6, $0, 15
        ld $10, -128($21)
        dsubu $7, $4, $5
        nor $14, $8, $5
        clz $15, $25
        sdl $15, 93($21)
        xor $3, $15, $7
        sra $24, $2, 26
        lbu $25, 6($21)
        madd $4, $6
        mflo $14
        ext $11, $12, 18, 2
        daddu $14, $5, $8
        mul $12, $2, $2
        lb $6, 14($21)
        sllv $10, $4, $8
        ori $1, $10, 1
        divu $zero, $6, $1
        lb $14, -14($21)
        addiu $2, $12, 1533
        dsrav $6, $12, $13
        dsrlv $2, $2, $5
        daddiu $12, $5, -8590
        dmultu $25, $24
        subu $2, $24, $24
        addiu $10, $2, -22918
        rotr $10, $15, 22
        dsra $2, $8, 30
        addu $6, $5, $10
        daddu $24, $12, $12
        dshd $15, $2
        movz $14, $10, $8
        dext $13, $24, 21, 10
        drotr32 $10, $10, 27
        DUMP
        lwu $8, -48($21)
        dsllv $6, $11, $6
        sll $24, $8, 13
        nor $25, $6, $12
        and $4, $9, $13
        daddiu $13, $11, 23276
        movn $9, $5, $12
        nor $3, $5, $15
        dmult $7, $15
        sd $25, 24($21)
        daddiu $12, $11, -3717
        addu $24, $14, $24
        ori $1, $8, 1
        ddivu $zero, $15, $1
        sll $12, $12, 0
        clo $9, $5
        mul $15, $5, $5
        clz $2, $24
        movn $4, $3, $7
        dsubu $15, $9, $4
        andi $12, $2, 4052
        mul $9, $5, $9
        lh $14, -6($21)
        sltiu $4, $5, 8429
        clo $4, $0
        drotr $8, $8, 11
        subu $25, $4, $11
        sltiu $14, $7, -16188
        multu $5, $4
        lw $8, 44($21)
        sll $10, $8, 8
        dsllv $8, $4, $4
        dins $11, $3, 25, 23
        movz $14, $25, $3
        xor $14, $12, $11
        ori $11, $9, 65163
        movn $5, $8, $12
        daddiu $2, $24, 10167
        ori $1, $9, 1
        div $zero, $11, $1
        dsubu $10, $3, $12
        subu $7, $25, $12
        lh $5, -10($21)
        xor $6, $15, $5
        drotr32 $6, $11, 13
        daddiu $13, $13, -28980
        sh $3, -28($21)
        dsubu $15, $2, $12
        lb $24, 6($21)
        lwr $5, 93($21)
        DUMP
        movn $14, $6, $8
        sll $3, $3, 0
        lwr $3, -31($21)
        movn $6, $9, $15
        sb $14, 12($21)
        dsra $11, $13, 23
        nor $12, $12, $11
        subu $6, $25, $0
        sll $2, $2, 0
        lwl $2, 94($21)
        dsubu $6, $13, $12
        sdl $14, -62($21)
        daddiu $8, $6, 31715
        or $2, $5, $7
        sdl $11, 56($21)
        multu $5, $2
        slt $7, $2, $25
        mult $7, $24
        addiu $12, $3, -4475
        ori $1, $25, 1
        div $zero, $12, $1
        slt $2, $5, $5
        mul $10, $9, $9
        subu $3, $25, $0
        lwl $9, 58($21)
        msub $12, $3
        nor $24, $6, $15
        mfhi $2
        ori $9, $13, 58965
        mul $7, $5, $5
        multu $5, $7
        mfhi $3
        dsrav $13, $5, $8
        daddu $13, $11, $9
        sdr $2, 35($21)
        mul $12, $2, $4
        mul $12, $10, $25
        andi $9, $15, 24974
        mult $25, $3
        sd $4, -72($21)
        rotr $15, $3, 28
        clo $14, $9
        xori $3, $15, 12298
        ext $15, $25, 9, 18
        dmult $15, $2
        sb $12, -12($21)
        lhu $15, -12($21)
        movz $10, $11, $6
        rotrv $2, $25, $2
        ori $1, $3, 1
        DUMP
        div $zero, $2, $1
        lh $3, 30($21)
        dsrav $2, $2, $11
        sll $8, $8, 0
        addu $14, $7, $12
        srlv $3, $3, $15
        ori $1, $15, 1
        div $zero, $3, $1
        srl $7, $3, 9
        dsll32 $3, $15, 4
        lui $3, 18981
        daddiu $2, $10, -9202
        sltu $5, $15, $8
        slti $14, $8, -18525
        sltiu $13, $24, 11562
        drotr $15, $24, 0
        sll $24, $25, 31
        swl $12, -87($21)
        lbu $7, 7($21)
        slti $24, $24, -18418
        srlv $8, $3, $9
        dmult $11, $2
        movz $4, $9, $15
        dsrlv $13, $4, $8
        sllv $12, $9, $8
        clo $6, $5
        andi $13, $13, 54619
        dsubu $8, $15, $13
        dext $25, $13, 1, 18
        sll $8, $8, 0
        ori $1, $12, 1
        div $zero, $8, $1
        sra $4, $13, 30
        sll $14, $14, 0
        maddu $8, $5
        sh $5, -28($21)
        clz $4, $0
        movn $4, $14, $25
        ldl $25, -47($21)
        sltu $11, $9, $4
        sra $14, $0, 30
        ori $1, $3, 1
        divu $zero, $9, $1
        multu $5, $8
        mthi $5
        mul $8, $4, $5
        addiu $11, $0, -23948
        dsll $2, $25, 18
        sltiu $9, $25, 26363
        sltiu $2, $14, 31081
        DUMP
        dsrl $5, $3, 25
        dextu $14, $10, 51, 2
        sll $24, $24, 0
        clz $14, $12
        mfhi $12
        daddiu $12, $13, 14532
        ori $1, $0, 1
        divu $zero, $7, $1
        ext $24, $24, 11, 18
        ldl $11, 0($21)
        sll $8, $8, 12
        sltu $11, $4, $8
        xor $6, $7, $5
        ori $1, $12, 1
        ddivu $zero, $11, $1
        mtlo $7
        lbu $13, 2($21)
        dsbh $24, $8
        srl $13, $9, 30
        mfhi $2
        sltu $12, $11, $14
        ldl $11, -14($21)
        daddiu $10, $5, -19893
        movz $4, $2, $9
        ori $1, $4, 1
        ddivu $zero, $24, $1
        srav $13, $9, $3
        swr $8, 90($21)
        movz $14, $3, $10
        sltu $7, $9, $12
        subu $15, $3, $7
        sll $7, $7, 0
        mthi $3
        mtlo $9
        msubu $8, $14
        subu $3, $13, $15
        srlv $25, $14, $12
        nor $14, $7, $10
        dclz $24, $5
        dmultu $7, $6
        dsrl $25, $24, 21
        sll $4, $15, 23
        dsrl32 $4, $15, 21
        sll $14, $14, 0
        mthi $24
        mtlo $24
        msubu $24, $3
        sd $13, -48($21)
        seh $10, $10
        daddiu $14, $25, -8744
        DUMP
        mthi $6
        dsllv $15, $8, $6
        slt $12, $14, $11
        sb $7, -7($21)
        dsbh $24, $8
        sw $25, 40($21)
        multu $7, $7
        addiu $5, $3, 19577
        sll $25, $25, 0
        maddu $3, $8
        clz $14, $3
        dins $6, $25, 29, 26
        subu $24, $12, $0
        srlv $9, $14, $4
        ldr $4, -7($21)
        andi $12, $11, 28484
        dclo $2, $2
        addiu $2, $3, 1195
        xor $15, $2, $11
        sll $25, $24, 23
        dins $13, $8, 14, 2
        dsubu $13, $6, $25
        sra $8, $14, 2
        srav $15, $2, $9
        ori $1, $9, 1
        divu $zero, $3, $1
        mthi $14
        sltu $14, $11, $24
        dclo $2, $5
        lh $24, -4($21)
        seb $10, $5
        msubu $12, $10
        daddu $15, $24, $11
        daddu $2, $4, $25
        maddu $0, $0
        movn $9, $11, $13
        lwu $25, -8($21)
        dsrlv $2, $2, $9
        dshd $13, $14
        sra $14, $12, 20
        drotr32 $15, $15, 17
        slt $3, $12, $15
        msub $12, $5
        dshd $10, $13
        or $9, $11, $7
        sra $25, $24, 27
        dsrlv $2, $25, $9
        lw $25, -40($21)
        mflo $7
        mult $25, $7
        DUMP
        dshd $12, $8
        ext $12, $3, 12, 18
        clo $15, $24
        sltiu $3, $11, -24622
        dextm $7, $8, 17, 47
        sll $9, $15, 24
        daddiu $4, $25, 29119
        dsra32 $6, $24, 11
        slt $15, $4, $8
        srav $13, $14, $25
        maddu $5, $0
        dsubu $15, $24, $10
        daddiu $2, $9, -24343
        dsubu $15, $11, $24
        sltu $7, $9, $11
        maddu $5, $9
        lui $2, 35272
        dext $3, $12, 8, 19
        andi $7, $14, 3377
        slt $4, $11, $13
        addiu $9, $12, 32214
        mfhi $9
        lw $9, -16($21)
        sll $8, $11, 6
        movz $6, $10, $6
        sra $11, $8, 24
        dext $4, $12, 15, 10
        multu $9, $25
        dclo $25, $24
        nor $8, $9, $12
        sd $14, -128($21)
        ld $8, -80($21)
        ld $15, -8($21)
        andi $10, $25, 27245
        mul $12, $14, $7
        lwu $10, 12($21)
        lwu $6, -28($21)
        lui $3, 26835
        sra $10, $0, 0
        sh $14, -2($21)
        slt $6, $11, $24
        dsllv $15, $3, $25
        dsubu $9, $3, $24
        sll $10, $4, 9
        drotr32 $25, $14, 2
        drotr $4, $11, 7
        dsbh $12, $3
        subu $9, $14, $24
        addiu $15, $13, 24556
        lw $8, -16($21)
        DUMP
        nor $13, $9, $25
        multu $0, $15
        sltu $6, $11, $25
        addiu $7, $8, 250
        wsbh $11, $2
        mult $0, $3
        sdl $13, 44($21)
        sll $7, $4, 14
        srlv $7, $10, $6
        sdl $25, -58($21)
        sll $25, $25, 0
        multu $5, $11
        seb $3, $2
        mflo $2
        rotr $25, $9, 24
        sltu $24, $9, $7
        slti $3, $4, -16331
        wsbh $24, $5
        dsubu $24, $3, $25
        xor $7, $9, $5
        sll $11, $4, 17
        ins $2, $2, 6, 21
        sh $2, -30($21)
        sb $13, 4($21)
        daddu $10, $9, $25
        sll $13, $13, 10
        sdr $24, -88($21)
        dshd $9, $24
        mult $3, $6
        ld $3, -64($21)
        seb $11, $13
        sra $6, $11, 23
        lui $14, 6270
        addu $5, $2, $6
        ld $11, 64($21)
        lbu $8, -12($21)
        xori $8, $3, 30483
        daddiu $7, $14, 1119
        xori $25, $4, 4590
        dsubu $10, $14, $2
        dsrl32 $9, $25, 11
        dshd $15, $11
        slti $10, $15, 6862
        msubu $13, $10
        nor $5, $10, $7
        mfhi $7
        addiu $6, $6, -22328
        ori $1, $2, 1
        divu $zero, $2, $1
        daddu $4, $6, $2
        DUMP
        sltiu $2, $13, -18511
        addiu $3, $13, -217
        sll $5, $5, 0
        ori $1, $5, 1
        div $zero, $2, $1
        dextu $3, $24, 60, 4
        daddu $12, $24, $8
        multu $10, $14
        sdl $4, 72($21)
        movn $3, $14, $7
        sra $15, $2, 12
        xori $8, $4, 16624
        or $10, $2, $25
        addu $2, $6, $14
        ori $1, $7, 1
        ddivu $zero, $2, $1
        dsbh $4, $6
        lh $13, 16($21)
        slt $2, $14, $9
        dextu $24, $3, 55, 6
        lh $3, 0($21)
        ori $1, $11, 1
        ddivu $zero, $6, $1
        mfhi $7
        multu $0, $0
        dsrl32 $5, $8, 9
        movz $4, $5, $15
        subu $5, $13, $14
        dextu $15, $14, 40, 22
        sltiu $7, $8, -26422
        ldr $4, 95($21)
        dsll $25, $7, 22
        rotr $8, $3, 21
        xori $4, $4, 53892
        dsrav $4, $3, $24
        lhu $4, 28($21)
        mul $9, $14, $3
        or $7, $7, $15
        ori $1, $5, 1
        div $zero, $5, $1
        sll $13, $13, 0
        multu $3, $5
        ldl $7, -80($21)
        mult $5, $2
        rotrv $5, $5, $8
        clz $5, $4
        lwr $8, 62($21)
        srl $6, $13, 31
        lui $2, 36556
        addiu $8, $0, 22858
        DUMP
        dextu $15, $8, 59, 1
        mfhi $12
        nor $5, $10, $4
        xor $12, $14, $5
        mul $2, $8, $13
        ori $1, $4, 1
        ddiv $zero, $11, $1
        addiu $24, $3, 15273
        sb $7, 2($21)
        lhu $2, 28($21)
        sd $5, 48($21)
        mfhi $14
        movn $13, $9, $7
        dsubu $6, $12, $5
        ori $1, $9, 1
        ddivu $zero, $5, $1
        dsrl $15, $12, 5
        lui $2, 61146
        movn $3, $4, $13
        dsll $4, $8, 2
        dclo $8, $8
        swr $3, 66($21)
        mflo $14
        addu $13, $0, $13
        movn $9, $3, $10
        rotrv $3, $8, $4
        clz $5, $3
        dsrlv $5, $7, $24
        addiu $2, $2, -11237
        sw $2, -16($21)
        dsllv $12, $6, $3
        rotr $5, $24, 20
        xor $7, $10, $11
        sllv $24, $8, $6
        mthi $24
        mtlo $13
        msubu $9, $2
        or $6, $6, $5
        swr $9, -2($21)
        subu $10, $9, $0
        clz $7, $2
        ins $7, $3, 14, 4
        xor $13, $7, $10
        lb $14, -10($21)
        ext $15, $7, 21, 5
        dclo $6, $11
        multu $15, $13
        dshd $13, $7
        addiu $2, $8, -1002
        mfhi $24
        DUMP
        lhu $25, 22($21)
        dext $24, $12, 29, 22
        andi $12, $7, 44554
        seb $25, $15
        daddu $2, $12, $24
        lb $8, 11($21)
        seh $5, $11
        slt $3, $25, $13
        drotrv $24, $15, $7
        dext $13, $10, 9, 12
        ld $13, 88($21)
        sltiu $3, $4, 11609
        daddu $11, $5, $4
        mflo $11
        srav $14, $8, $14
        sll $15, $2, 12
        addu $10, $7, $7
        daddiu $15, $13, -30351
        xor $14, $6, $12
        daddiu $13, $6, 30145
        dsllv $14, $6, $14
        clo $3, $12
        nor $3, $6, $24
        or $2, $14, $7
        mult $6, $6
        dextm $10, $5, 12, 33
        movn $9, $2, $6
        drotr $2, $15, 31
        mfhi $8
        maddu $6, $5
        sltu $10, $25, $13
        slt $9, $25, $11
        sll $5, $5, 0
        msubu $6, $12
        rotr $12, $6, 9
        sll $7, $15, 24
        dsrl32 $24, $8, 5
        nor $7, $5, $25
        subu $15, $25, $6
        daddu $2, $24, $10
        dsra32 $24, $11, 29
        addiu $7, $6, 10522
        ori $1, $8, 1
        div $zero, $15, $1
        movz $13, $5, $4
        sdl $4, 88($21)
        addiu $2, $11, -30809
        maddu $8, $9
        mul $24, $6, $25
        clo $5, $10
        DUMP
        sw $3, 40($21)
        dextu $13, $7, 32, 30
        xor $24, $14, $7
        sw $11, 32($21)
        xori $4, $8, 1938
        seb $10, $9
        dclz $7, $8
        slt $8, $11, $9
        sb $4, 9($21)
        wsbh $12, $4
        subu $10, $10, $2
        ori $1, $11, 1
        ddivu $zero, $24, $1
        daddu $10, $24, $10
        dsrl $6, $6, 23
        sw $4, 20($21)
        sb $7, 5($21)
        swr $24, 26($21)
        swr $2, 93($21)
        dsrl32 $6, $5, 14
        lhu $12, 22($21)
        rotr $25, $7, 25
        xor $13, $8, $11
        lwu $9, 36($21)
        mfhi $3
        and $2, $4, $2
        subu $10, $5, $25
        subu $8, $13, $4
        dsbh $24, $8
        sd $15, 32($21)
        drotrv $9, $8, $8
        daddu $11, $14, $6
        or $4, $5, $25
        sltu $11, $15, $8
        nor $24, $12, $10
        dsrl32 $24, $8, 15
        multu $0, $10
        lhu $8, -16($21)
        ori $1, $2, 1
        ddiv $zero, $8, $1
        ins $13, $10, 1, 17
        addu $13, $4, $4
        sll $6, $6, 0
        subu $7, $11, $7
        dsll $3, $14, 16
        swl $14, -13($21)
        addiu $11, $6, 31555
        dsllv $13, $24, $9
        dsubu $6, $25, $6
        mflo $7
        DUMP
        seb $3, $12
        ext $3, $4, 5, 23
        swl $6, 91($21)
        movz $8, $5, $14
        lw $25, 16($21)
        dinsm $2, $2, 19, 45
        subu $5, $11, $10
        sll $14, $14, 0
        sllv $5, $3, $25
        dmult $13, $8
        dext $25, $3, 22, 29
        movz $4, $15, $5
        lb $14, -10($21)
        addiu $12, $11, 28207
        rotr $15, $5, 31
        addiu $11, $3, 8398
        dsubu $2, $24, $3
        sra $13, $5, 2
        sltiu $5, $4, 22759
        or $7, $3, $6
        sw $12, -12($21)
        xori $24, $9, 4303
        lbu $24, 7($21)
        dextu $12, $3, 58, 6
        slt $11, $10, $2
        mfhi $4
        sll $8, $15, 17
        xor $4, $6, $11
        dsbh $8, $15
        dinsu $12, $8, 57, 7
        mult $10, $3
        dsra32 $15, $25, 15
        srlv $4, $3, $14
        lui $2, 20348
        sll $25, $25, 0
        clz $13, $10
        addu $24, $2, $24
        wsbh $3, $25
        seb $11, $11
        lb $11, 8($21)
        dextm $24, $24, 24, 39
        andi $2, $12, 12601
        clz $24, $4
        dins $7, $24, 10, 13
        ori $1, $10, 1
        divu $zero, $0, $1
        dshd $2, $3
        mflo $11
        sw $6, 0($21)
        dsbh $5, $10
        DUMP
        ori $1, $8, 1
        ddiv $zero, $5, $1
        rotr $3, $24, 8
        clo $14, $4
        dsrav $14, $14, $3
        seh $2, $6
        mthi $10
        mtlo $25
        msubu $10, $2
        dsubu $10, $3, $7
        seb $5, $8
        andi $2, $8, 48895
        sltiu $6, $15, 9479
        dsll32 $13, $9, 2
        dinsu $6, $6, 34, 25
        ext $3, $5, 20, 6
        mult $11, $11
        sll $7, $7, 0
        ins $7, $11, 22, 3
        msubu $3, $0
        lb $15, -12($21)
        subu $13, $25, $25
        dsrl $2, $10, 3
        nor $9, $12, $3
        lb $15, -15($21)
        andi $9, $7, 23102
        dsllv $13, $5, $12
        dsrav $7, $5, $15
        ori $1, $10, 1
        ddivu $zero, $13, $1
        ori $1, $5, 1
        divu $zero, $0, $1
        lw $2, -60($21)
        sra $10, $9, 12
        daddiu $11, $15, -32600
        lwu $13, -8($21)
        lwu $4, -12($21)
        slti $8, $2, -30147
        seb $10, $14
        sltiu $6, $10, -22253
        sb $7, 12($21)
        mflo $6
        ldr $11, 82($21)
        sltiu $7, $10, -9750
        sw $13, -32($21)
        ori $2, $12, 47141
        sltiu $4, $9, -22004
        swl $15, 12($21)
        sllv $6, $0, $25
        lb $15, 12($21)
        DUMP
        clo $4, $9
        drotr $5, $24, 14
        msub $24, $7
        clo $24, $6
        mul $3, $3, $9
        andi $5, $8, 24457
        sd $14, -80($21)
        addiu $4, $25, 20410
        subu $7, $4, $6
        srl $10, $9, 28
        clo $12, $6
        movz $6, $24, $24
        sb $15, 0($21)
        nor $13, $10, $9
        ori $1, $4, 1
        div $zero, $0, $1
        daddu $6, $24, $13
        sdr $25, -47($21)
        nor $3, $7, $9
        dsubu $6, $8, $14
        lhu $14, -12($21)
        movz $10, $12, $7
        mflo $12
        daddiu $13, $8, 9364
        dsubu $8, $24, $25
        swr $24, 28($21)
        swl $3, 44($21)
        multu $5, $7
        dextu $7, $6, 59, 5
        ins $25, $12, 31, 1
        lwu $14, 60($21)
        addu $24, $12, $15
        dsbh $12, $24
        sh $6, -30($21)
        dsrl $15, $4, 2
        sra $3, $4, 3
        dmult $24, $3
        ori $1, $3, 1
        ddivu $zero, $25, $1
        dsll32 $4, $2, 7
        ori $1, $9, 1
        divu $zero, $24, $1
        rotr $7, $0, 30
        ori $10, $6, 30664
        ldr $7, -31($21)
        dmultu $11, $2
        sh $25, -12($21)
        mfhi $5
        dinsu $5, $6, 32, 28
        xor $13, $15, $14
        DUMP
        daddiu $7, $25, 3696
        sra $8, $0, 24
        sll $14, $14, 0
        ins $14, $3, 7, 6
        mflo $11
        dsubu $3, $8, $7
        dins $25, $4, 27, 23
        ld $15, -48($21)
        ori $9, $2, 17587
        dsubu $10, $3, $9
        dextu $11, $6, 39, 12
        dsrl $6, $4, 23
        daddu $10, $2, $14
        dinsm $10, $10, 13, 49
        mthi $8
        mtlo $14
        madd $24, $24
        madd $14, $8
        dsubu $5, $4, $8
        daddiu $25, $14, -15948
        swr $2, -33($21)
        dinsm $24, $6, 8, 35
        madd $14, $8
        dsubu $24, $11, $10
        daddu $6, $4, $13
        sll $25, $25, 0
        ins $25, $0, 5, 25
        drotr32 $12, $5, 10
        sw $25, 36($21)
        dclo $25, $9
        rotr $9, $14, 20
        lwu $8, 24($21)
        dclo $25, $25
        dext $6, $15, 1, 7
        madd $9, $14
        slt $4, $8, $7
        mfhi $10
        daddiu $3, $3, -31110
        sltu $6, $8, $2
        lui $15, 25982
        sb $12, 11($21)
        dinsu $12, $7, 37, 5
        movn $3, $8, $5
        seb $5, $25
        sll $11, $11, 0
        ori $1, $4, 1
        divu $zero, $5, $1
        srl $10, $4, 24
        daddiu $9, $15, -778
        slti $6, $4, 8067
        DUMP
        rotrv $3, $11, $25
        dinsm $4, $6, 4, 48
        sh $14, 8($21)
        addu $5, $25, $14
        sb $15, -5($21)
        daddiu $7, $9, 30545
        dclz $11, $6
        mult $5, $5
        movn $13, $5, $5
        xori $10, $5, 62711
        daddiu $5, $7, -17190
        daddiu $25, $8, -13477
        dshd $11, $13
        addu $24, $10, $14
        movn $4, $9, $9
        mflo $11
        ori $1, $25, 1
        ddiv $zero, $7, $1
        multu $0, $6
        andi $4, $25, 57859
        andi $7, $5, 41645
        lh $24, 4($21)
        lwu $24, -36($21)
        xori $6, $10, 32433
        dinsu $25, $12, 43, 7
        mflo $3
        daddu $25, $4, $13
        dsllv $11, $10, $13
        lw $8, 28($21)
        dextu $14, $9, 36, 22
        sb $4, -12($21)
        dext $11, $25, 21, 5
        dinsm $4, $13, 3, 52
        and $5, $14, $11
        sdl $14, 24($21)
        mfhi $11
        daddiu $9, $9, 12852
        ld $13, 48($21)
        addiu $14, $6, 3354
        mfhi $9
        clz $8, $0
        dsra32 $13, $12, 9
        movn $12, $24, $12
        wsbh $11, $11
        dsbh $24, $4
        ld $14, 72($21)
        sll $3, $5, 24
        ori $4, $4, 11913
        mult $15, $7
        sdr $11, 31($21)
        DUMP
        mul $6, $7, $9
        addiu $9, $10, -16666
        dins $15, $4, 15, 5
        wsbh $5, $9
        addu $5, $6, $3
        seh $6, $13
        sltiu $10, $13, 524
        ori $1, $9, 1
        divu $zero, $9, $1
        sd $15, 72($21)
        dsubu $12, $12, $12
        lh $14, 12($21)
        daddu $15, $14, $13
        sll $5, $2, 6
        sra $8, $11, 21
        sll $9, $9, 0
        subu $4, $10, $3
        sb $10, -9($21)
        mfhi $25
        dextm $3, $11, 30, 33
        clo $24, $25
        clo $6, $5
        dmultu $7, $12
        lw $9, -36($21)
        dclo $12, $7
        lbu $10, -8($21)
        dsubu $15, $8, $10
        srav $25, $14, $2
        lbu $6, -7($21)
        or $14, $6, $2
        sdl $7, 56($21)
        mflo $4
        wsbh $6, $9
        and $8, $2, $7
        daddiu $6, $7, 7481
        nor $13, $8, $9
        movn $8, $12, $12
        xor $11, $14, $11
        dmultu $9, $11
        sll $12, $7, 13
        mthi $7
        mtlo $10
        msub $10, $7
        addiu $25, $9, 608
        dsubu $25, $15, $14
        sll $25, $2, 21
        ins $12, $0, 8, 9
        andi $12, $3, 50802
        subu $6, $7, $12
        wsbh $5, $10
        DUMP
        addiu $7, $10, 19649
        sll $14, $14, 0
        ins $14, $24, 24, 2
        dmult $25, $10
        daddiu $7, $12, 16910
        addiu $14, $25, 10775
        xori $15, $25, 32120
        mul $5, $15, $14
        dsra $15, $5, 6
        daddiu $24, $13, -24697
        sll $9, $9, 0
        sll $6, $6, 0
        addu $11, $12, $9
        dsrl $15, $8, 8
        seb $13, $5
        sll $15, $15, 0
        ins $15, $11, 16, 6
        sb $6, -16($21)
        sb $25, -3($21)
        addu $15, $12, $13
        movn $24, $2, $13
        sh $25, 30($21)
        drotr32 $6, $10, 14
        daddiu $15, $13, -25058
        nor $3, $9, $15
        dins $6, $8, 1, 32
        or $4, $13, $12
        dsll32 $6, $9, 21
        mthi $4
        mtlo $13
        msubu $5, $25
        nor $13, $3, $24
        xori $9, $5, 6132
        swr $15, 79($21)
        dsra $8, $14, 10
        mul $9, $0, $9
        daddiu $13, $10, -28600
        ldr $5, 27($21)
        dsrav $15, $10, $5
        slt $10, $24, $2
        lui $14, 56297
        daddiu $25, $6, -24031
        and $8, $10, $14
        and $7, $7, $3
        dsrlv $25, $7, $24
        ori $2, $6, 826
        ld $14, 48($21)
        subu $24, $11, $10
        sdl $5, 89($21)
        ld $12, -104($21)
        DUMP
        sll $8, $12, 1
        dins $6, $11, 22, 6
        dsubu $5, $13, $14
        ldl $5, 66($21)
        dinsm $6, $14, 12, 39
        mult $8, $9
        sllv $8, $11, $2
        sd $10, 112($21)
        xor $5, $10, $11
        dsrl $10, $12, 31
        mult $24, $5
        movz $14, $2, $3
        movz $25, $12, $6
        daddu $25, $12, $12
        addiu $15, $9, 11010
        msubu $9, $4
        sh $15, -4($21)
        sra $8, $5, 22
        dclz $24, $25
        dextm $9, $11, 22, 38
        drotrv $14, $10, $4
        mult $8, $0
        clz $14, $24
        dsubu $7, $5, $2
        srlv $25, $15, $13
        sdl $6, 0($21)
        lhu $15, -2($21)
        dmultu $14, $9
        dclz $2, $12
        dsrav $2, $12, $12
        sra $4, $11, 18
        addiu $14, $5, -22664
        sd $25, 72($21)
        daddiu $9, $5, -2133
        daddu $6, $13, $11
        andi $6, $11, 3688
        sh $13, -18($21)
        daddu $24, $10, $14
        dshd $8, $6
        dclz $11, $11
        dshd $8, $8
        daddiu $10, $3, -9322
        ori $1, $5, 1
        div $zero, $4, $1
        dsrav $3, $25, $12
        lhu $5, 30($21)
        sh $5, -32($21)
        sltiu $8, $3, 3419
        lhu $8, -32($21)
        lw $12, 56($21)
        DUMP
        sll $5, $2, 31
        sll $12, $12, 0
        mul $13, $5, $12
        dinsm $25, $2, 7, 51
        ori $1, $12, 1
        div $zero, $11, $1
        dmult $3, $10
        lhu $2, -12($21)
        seh $2, $7
        sltiu $7, $24, -3537
        sll $6, $6, 0
        addiu $12, $7, 12783
        wsbh $2, $12
        dclo $2, $14
        dinsu $13, $8, 32, 1
        dsbh $25, $24
        dsrav $4, $11, $5
        sltu $25, $24, $6
        movn $6, $7, $25
        dmult $12, $15
        slt $6, $7, $3
        ori $1, $5, 1
        divu $zero, $5, $1
        movz $8, $15, $5
        sd $6, 112($21)
        slt $7, $3, $25
        msubu $2, $2
        dsll32 $25, $3, 6
        drotr32 $9, $25, 0
        movz $4, $12, $6
        sll $10, $10, 0
        mul $14, $0, $11
        dsubu $13, $5, $11
        mtlo $12
        ins $14, $0, 14, 13
        srav $4, $15, $8
        dext $12, $3, 16, 5
        andi $25, $9, 12503
        daddiu $7, $14, -715
        dinsm $25, $3, 13, 47
        addiu $6, $6, 31865
        sd $9, -56($21)
        mult $14, $15
        sltu $25, $12, $7
        and $15, $3, $4
        ldr $24, 72($21)
        addiu $25, $2, -17194
        sll $15, $15, 0
        subu $4, $8, $6
        nor $5, $25, $13
        DUMP
        ori $7, $4, 64161
        addiu $8, $4, -17549
        lb $9, -9($21)
        dmult $13, $10
        seb $3, $11
        movz $13, $24, $12
        wsbh $10, $15
        mult $0, $11
        lwu $11, -56($21)
        ori $9, $12, 36757
        lui $9, 46381
        ori $1, $8, 1
        divu $zero, $4, $1
        rotrv $11, $25, $10
        dinsu $11, $6, 42, 4
        andi $14, $6, 57106
        mul $13, $25, $3
        multu $13, $13
        sltiu $11, $15, 823
        lwu $12, -20($21)
        sh $24, -20($21)
        lbu $12, -6($21)
        dsrlv $4, $10, $2
        sll $2, $9, 10
        addiu $12, $2, 8463
        subu $9, $7, $14
        sh $15, -30($21)
        ld $7, 64($21)
        dsrav $11, $12, $6
        sb $15, -12($21)
        movn $25, $5, $10
        ext $25, $15, 16, 6
        srav $12, $3, $14
        rotr $11, $8, 23
        mul $25, $10, $25
        lb $5, 13($21)
        ori $1, $3, 1
        ddivu $zero, $5, $1
        addiu $15, $14, -15993
        subu $25, $2, $6
        movn $12, $4, $10
        lw $10, -32($21)
        dsubu $9, $8, $25
        dsrl $4, $3, 19
        xori $14, $5, 43646
        dmult $7, $12
        lh $14, 14($21)
        dsrl32 $12, $12, 9
        daddu $9, $3, $6
        rotr $11, $10, 17
        DUMP
        lh $2, -12($21)
        sdr $4, -71($21)
        ori $11, $25, 40955
        drotrv $2, $15, $5
        or $8, $14, $8
        srav $8, $8, $2
        lhu $6, -16($21)
        and $5, $8, $10
        lw $15, -40($21)
        xor $11, $11, $9
        sllv $7, $6, $25
        sdr $7, 71($21)
        mthi $10
        mtlo $15
        msub $15, $25
        dins $5, $11, 5, 5
        ori $1, $7, 1
        ddiv $zero, $7, $1
        mthi $12
        ld $5, 88($21)
        ori $1, $13, 1
        div $zero, $0, $1
        dmultu $5, $4
        daddiu $3, $3, 25000
        dsbh $11, $3
        daddu $15, $3, $15
        dextu $11, $24, 60, 3
        clo $4, $7
        dmult $25, $11
        dclo $5, $2
        slti $13, $4, -14878
        dshd $3, $11
        subu $14, $4, $25
        movz $6, $12, $3
        lw $14, 44($21)
        dclz $3, $8
        ori $1, $9, 1
        ddivu $zero, $3, $1
        movz $10, $5, $10
        mult $8, $4
        drotrv $2, $2, $8
        sdl $13, -35($21)
        drotr32 $10, $7, 3
        dmultu $15, $6
        nor $11, $9, $10
        lui $2, 39830
        daddu $6, $11, $14
        dsra32 $24, $3, 29
        daddiu $7, $6, -17521
        dshd $6, $3
        DUMP
        mthi $2
        mtlo $3
        madd $5, $5
        multu $14, $8
        or $12, $10, $9
        lwr $3, 63($21)
        dclz $15, $4
        multu $25, $14
        daddu $12, $11, $12
        sll $24, $24, 0
        subu $8, $5, $15
        msubu $24, $8
        sll $8, $8, 0
        mul $7, $3, $14
        dsra $11, $7, 20
        mthi $25
        dmult $14, $11
        ext $8, $24, 19, 8
        clz $24, $4
        srl $4, $4, 9
        or $8, $15, $25
        slt $10, $10, $10
        andi $14, $25, 21699
        xori $12, $13, 47558
        lw $9, 36($21)
        multu $24, $25
        nor $11, $15, $14
        addiu $5, $4, -23718
        swl $6, -25($21)
        dsubu $12, $14, $3
        dins $2, $24, 19, 8
        slti $6, $6, 29677
        dmult $6, $5
        ld $10, -104($21)
        rotr $10, $13, 28
        dsubu $9, $2, $25
        sd $13, -32($21)
        dsbh $12, $14
        or $11, $11, $6
        dins $24, $3, 2, 3
        sll $9, $9, 0
        lwr $9, -66($21)
        ori $24, $25, 12289
        clz $3, $6
        daddiu $6, $13, 14353
        mult $11, $8
        dsrl32 $7, $15, 0
        mflo $12
        clz $11, $10
        sdr $15, 52($21)
        DUMP
        dsrlv $13, $9, $6
        dinsu $25, $5, 37, 6
        lwu $13, -20($21)
        ori $1, $0, 1
        div $zero, $11, $1
        srlv $12, $8, $14
        slti $10, $11, -29578
        sb $14, 7($21)
        daddu $3, $10, $10
        srl $12, $0, 29
        dinsu $10, $4, 55, 1
        xori $11, $24, 25304
        sw $7, -32($21)
        dsrav $2, $12, $13
        dsllv $8, $6, $9
        sltu $14, $9, $25
        daddiu $24, $12, 32246
        madd $12, $0
        rotr $9, $5, 17
        sd $4, -40($21)
        mul $15, $15, $14
        sltu $13, $2, $10
        dshd $9, $8
        dsll32 $24, $24, 8
        ori $1, $15, 1
        divu $zero, $0, $1
        dclo $13, $13
        subu $6, $11, $15
        sll $3, $3, 0
        ins $3, $12, 7, 2
        drotr $11, $11, 28
        and $11, $3, $3
        sll $7, $7, 0
        mult $5, $6
        xor $12, $12, $8
        addu $4, $15, $6
        dclz $13, $2
        nor $7, $8, $11
        dextm $6, $15, 27, 36
        ins $5, $3, 18, 13
        sw $14, 52($21)
        seh $25, $2
        sdr $24, 52($21)
        nor $12, $5, $24
        subu $5, $15, $13
        daddiu $24, $10, 20277
        ori $1, $3, 1
        ddiv $zero, $25, $1
        andi $12, $14, 62088
        lhu $11, 18($21)
        DUMP
        sw $5, 60($21)
        dsll32 $13, $13, 4
        sll $8, $24, 25
        dinsu $9, $11, 38, 8
        dshd $9, $24
        dext $12, $5, 5, 31
        wsbh $12, $25
        dext $2, $6, 2, 9
        srlv $9, $25, $24
        ins $3, $14, 11, 13
        addiu $24, $12, 30120
        mfhi $12
        mul $24, $25, $24
        sltu $7, $2, $14
        daddiu $3, $2, 8455
        seb $6, $4
        dmultu $15, $8
        dsubu $13, $14, $12
        lhu $10, -16($21)
        xori $14, $9, 42677
        dsllv $3, $24, $8
        dextu $4, $8, 51, 1
        lw $24, 32($21)
        subu $11, $10, $9
        mul $13, $25, $25
        seh $25, $9
        dmult $4, $8
        sra $9, $5, 21
        sltu $8, $25, $14
        lb $5, 4($21)
        sltiu $11, $2, -28076
        srl $5, $7, 28
        daddu $10, $15, $4
        dsubu $10, $12, $25
        movz $7, $24, $25
        clo $6, $15
        daddiu $14, $15, -24698
        clo $5, $7
        subu $2, $15, $13
        subu $5, $15, $11
        sll $25, $25, 0
        ori $1, $8, 1
        div $zero, $9, $1
        addiu $24, $5, 24453
        movz $7, $9, $12
        sra $6, $15, 26
        dsll32 $11, $15, 13
        ori $1, $9, 1
        divu $zero, $25, $1
        dsbh $13, $8
        DUMP
        sltu $25, $3, $12
        dsll32 $24, $8, 17
        seb $11, $5
        rotr $25, $25, 26
        clo $3, $7
        nor $11, $11, $12
        mflo $13
        sra $11, $8, 22
        lh $5, 18($21)
        movn $14, $5, $7
        msubu $0, $7
        sll $11, $11, 0
        addu $3, $13, $0
        ori $15, $14, 24586
        dinsu $9, $12, 47, 11
        dsrl32 $5, $24, 20
        sllv $8, $0, $12
        mfhi $3
        drotr $7, $12, 12
        addu $13, $6, $11
        dsubu $2, $6, $4
        dsbh $12, $11
        sltu $13, $24, $24
        lb $7, 4($21)
        slt $8, $11, $3
        dsubu $3, $12, $15
        lwu $25, -20($21)
        daddu $2, $2, $5
        dsubu $10, $6, $14
        movz $6, $12, $5
        sll $24, $24, 0
        ori $1, $0, 1
        div $zero, $11, $1
        dsrlv $25, $9, $9
        sltu $14, $7, $12
        xor $6, $3, $8
        rotrv $6, $0, $2
        movn $25, $7, $10
        seh $10, $15
        mul $15, $10, $10
        sh $10, 8($21)
        dinsu $12, $15, 45, 2
        ext $6, $10, 22, 3
        sra $15, $0, 2
        sll $5, $5, 0
        lwr $5, 51($21)
        movz $14, $25, $6
        mul $25, $7, $8
        dsubu $12, $11, $3
        sll $9, $12, 15
        DUMP
        addiu $3, $13, -19284
        lbu $10, -6($21)
        mul $5, $10, $9
        dinsu $12, $4, 38, 14
        dmultu $24, $4
        addiu $14, $25, -23186
        mult $11, $6
        clo $3, $24
        andi $24, $2, 4258
        lw $10, 24($21)
        dsubu $9, $7, $5
        dextu $7, $2, 57, 5
        sh $8, 10($21)
        and $13, $12, $13
        clo $24, $8
        dshd $8, $13
        dsubu $25, $3, $15
        ext $12, $5, 26, 5
        addiu $25, $10, -11634
        mul $12, $12, $15
        dsubu $10, $2, $15
        lh $3, 4($21)
        lhu $5, -28($21)
        and $11, $5, $25
        rotrv $24, $15, $11
        ldr $12, 92($21)
        sb $14, 15($21)
        sltu $11, $5, $5
        wsbh $6, $25
        dext $11, $10, 4, 7
        nor $12, $14, $6
        addu $3, $14, $14
        sd $24, -128($21)
        dextu $8, $5, 32, 14
        daddiu $11, $2, -8344
        ori $15, $3, 45525
        daddiu $24, $15, 13023
        mfhi $9
        sw $24, -36($21)
        clo $2, $15
        mfhi $10
        mflo $8
        dshd $15, $13
        mul $6, $3, $9
        sltiu $6, $11, -32545
        and $13, $9, $5
        ori $1, $10, 1
        ddiv $zero, $13, $1
        srav $10, $12, $6
        lbu $24, -16($21)
        DUMP
        sll $4, $6, 27
        seb $11, $14
        mthi $14
        mtlo $25
        madd $4, $5
        sw $6, -28($21)
        rotr $7, $24, 14
        lw $7, 0($21)
        dinsm $9, $5, 15, 49
        slt $14, $3, $2
        mfhi $7
        sh $5, -28($21)
        slt $14, $10, $13
        ori $1, $7, 1
        ddivu $zero, $6, $1
        srlv $9, $3, $10
        ldr $7, -91($21)
        drotr $5, $13, 28
        daddiu $10, $2, 12729
        mtlo $2
        ld $11, 16($21)
        nor $11, $15, $2
        sdl $24, 30($21)
        daddu $5, $13, $24
        dclz $2, $10
        lui $3, 31061
        slt $8, $13, $5
        mtlo $11
        seb $14, $25
        dmultu $7, $15
        clo $12, $4
        nor $11, $12, $9
        drotr $15, $2, 7
        dsllv $3, $15, $8
        sdl $5, -9($21)
        lwl $2, -35($21)
        sdr $2, -94($21)
        mfhi $13
        daddiu $12, $14, -6050
        daddu $5, $7, $2
        srlv $4, $4, $14
        multu $8, $24
        sltu $4, $13, $2
        sltu $12, $13, $12
        rotr $10, $4, 3
        or $14, $24, $7
        daddiu $2, $12, -7668
        xori $8, $24, 8603
        andi $14, $4, 24633
        madd $8, $25
        DUMP
        dext $15, $25, 5, 24
        mfhi $9
        srlv $6, $4, $12
        ori $14, $15, 41015
        sh $9, 16($21)
        ldr $13, 55($21)
        rotr $3, $9, 8
        lwr $25, -81($21)
        addiu $6, $24, 30105
        and $4, $10, $4
        dins $6, $24, 20, 11
        dshd $11, $12
        daddiu $5, $9, 20694
        dsubu $11, $5, $4
        rotr $24, $8, 1
        lui $25, 40018
        swr $10, -70($21)
        dsubu $13, $4, $10
        lb $24, -12($21)
        dclo $14, $5
        sdl $15, -15($21)
        ori $1, $24, 1
        ddiv $zero, $3, $1
        lbu $9, -11($21)
        lbu $5, -8($21)
        dsubu $12, $3, $13
        lw $11, 36($21)
        daddu $10, $11, $13
        movz $5, $15, $25
        sll $9, $12, 21
        sd $11, 72($21)
        dext $9, $5, 8, 27
        dclo $15, $24
        lb $13, 8($21)
        sltu $4, $10, $2
        sdl $13, -13($21)
        mult $15, $13
        seh $3, $25
        dsubu $14, $15, $3
        srlv $10, $25, $14
        sll $12, $12, 0
        subu $2, $24, $13
        dsrl32 $9, $25, 13
        maddu $12, $0
        and $25, $15, $11
        ext $4, $8, 4, 21
        addu $6, $24, $2
        movn $6, $6, $25
        daddu $11, $25, $2
        mflo $25
        DUMP
        dsllv $15, $14, $25
        dextu $5, $6, 42, 15
        mul $24, $6, $25
        daddu $24, $10, $14
        dsrlv $7, $7, $14
        slt $10, $9, $24
        or $5, $11, $12
        daddu $10, $8, $8
        and $12, $8, $2
        madd $3, $6
        sh $7, 20($21)
        sltu $15, $5, $9
        daddiu $24, $11, -7300
        or $2, $11, $9
        clz $7, $12
        daddiu $15, $25, 2204
        seb $10, $7
        dsra32 $3, $11, 19
        dins $24, $4, 15, 15
        dsllv $6, $11, $6
        daddiu $12, $6, 5002
        clo $9, $4
        sll $10, $14, 11
        clz $7, $8
        dclz $3, $25
        xori $4, $8, 1904
        sb $5, -6($21)
        madd $25, $7
        sdl $5, -52($21)
        dsrlv $9, $9, $6
        lui $4, 16190
        rotr $8, $3, 20
        mfhi $7
        daddu $5, $9, $15
        dshd $12, $5
        dsllv $5, $2, $5
        dshd $12, $5
        msubu $8, $4
        drotrv $10, $15, $11
        seb $12, $9
        madd $0, $4
        mul $11, $3, $7
        dclo $11, $12
        dclo $12, $6
        nor $12, $24, $24
        dsbh $7, $15
        dmultu $4, $5
        dmultu $24, $11
        mult $3, $3
        addu $2, $0, $25
        DUMP
        xori $7, $15, 44558
        dsrl32 $10, $14, 8
        daddu $25, $9, $2
        dclz $12, $12
        daddiu $13, $4, -5094
        lh $6, 20($21)
        dsubu $6, $11, $5
        sw $10, -56($21)
        seb $4, $4
        srl $12, $0, 22
        dextm $8, $10, 10, 42
        sltu $12, $8, $5
        sw $4, -56($21)
        daddiu $13, $11, 21041
        lhu $3, 22($21)
        sll $12, $3, 22
        sdl $11, -78($21)
        sll $24, $24, 0
        lwr $24, -28($21)
        rotrv $13, $0, $4
        dinsu $7, $14, 56, 1
        sll $24, $4, 11
        addu $6, $13, $0
        sdr $7, -34($21)
        dinsm $3, $24, 10, 33
        sh $7, 10($21)
        dsubu $2, $7, $3
        daddiu $3, $13, -28595
        ori $1, $11, 1
        div $zero, $6, $1
        mul $5, $0, $13
        mflo $13
        mflo $2
        ori $1, $9, 1
        ddiv $zero, $25, $1
        slt $24, $5, $12
        srl $6, $11, 22
        dext $14, $24, 14, 20
        dsra $10, $7, 12
        dsubu $13, $3, $3
        sdl $14, 80($21)
        lbu $11, -16($21)
        dsrav $6, $12, $13
        ori $1, $11, 1
        div $zero, $5, $1
        ori $25, $13, 38757
        lwu $12, -60($21)
        subu $5, $5, $0
        msub $0, $5
        dsrl32 $13, $10, 19
        DUMP
        sdr $25, -86($21)
        sltu $8, $14, $8
        ori $1, $9, 1
        ddivu $zero, $7, $1
        xor $4, $13, $25
        swl $11, 22($21)
        xor $9, $4, $14
        ori $1, $11, 1
        div $zero, $2, $1
        dmultu $10, $24
        or $3, $25, $8
        addu $7, $24, $24
        mfhi $14
        daddiu $25, $3, 15781
        drotr32 $10, $4, 31
        sd $7, -8($21)
        ldr $5, 4($21)
        ld $5, -48($21)
        xor $11, $6, $10
        ori $1, $8, 1
        div $zero, $7, $1
        mul $5, $2, $24
        mfhi $14
        addiu $15, $24, -2525
        lw $12, 32($21)
        rotr $12, $15, 22
        dsubu $10, $25, $13
        dextu $9, $6, 35, 1
        dsrl32 $25, $4, 29
        and $13, $25, $12
        sdr $3, 47($21)
        xori $14, $6, 8780
        mflo $3
        drotrv $10, $10, $11
        mthi $25
        daddu $4, $9, $10
        addiu $12, $2, -23889
        slt $10, $12, $25
        movz $7, $5, $7
        mult $2, $24
        sll $6, $6, 0
        clo $14, $15
        rotrv $3, $7, $8
        dclz $4, $2
        addiu $13, $5, -26163
        mflo $7
        daddu $12, $6, $6
        dsrav $14, $5, $14
        daddu $4, $3, $4
        sltiu $2, $3, 8686
        DUMP
        sll $3, $3, 0
        clz $3, $10
        dsrl32 $12, $11, 11
        sb $14, -2($21)
        dextu $6, $6, 34, 2
        swl $8, 64($21)
        sra $12, $0, 3
        ori $1, $24, 1
        div $zero, $8, $1
        dclz $3, $15
        subu $8, $5, $10
        drotr32 $11, $10, 17
        dsll $12, $24, 10
        slti $8, $9, 29028
        mul $3, $2, $15
        movn $8, $24, $5
        sltiu $9, $12, 15390
        dclo $25, $3
        seh $24, $2
        sh $4, 8($21)
        slt $8, $6, $4
        rotrv $13, $10, $5
        sltiu $2, $8, 29026
        clo $9, $10
        dsbh $3, $11
        lui $15, 44080
        movz $11, $12, $25
        sll $5, $5, 0
        mul $10, $10, $15
        lui $11, 60035
        subu $5, $11, $8
        subu $3, $7, $25
        rotrv $9, $9, $12
        or $25, $13, $14
        xori $14, $3, 18468
        sb $6, 6($21)
        addiu $24, $9, 22414
        sb $25, 2($21)
        xor $3, $3, $24
        wsbh $6, $9
        ext $2, $5, 1, 8
        sh $24, -18($21)
        srl $8, $0, 13
        mflo $6
        xori $9, $9, 28138
        daddu $15, $11, $10
        dext $15, $12, 2, 13
        or $3, $12, $13
        sb $11, -2($21)
        dsrl32 $11, $7, 8
        DUMP
        sll $14, $5, 19
        dsrav $2, $24, $6
        dmult $11, $13
        ori $1, $10, 1
        ddiv $zero, $7, $1
        and $24, $6, $24
        sll $2, $9, 15
        dsubu $8, $2, $9
        rotr $25, $0, 25
        ld $12, -120($21)
        addiu $7, $13, -29910
        movn $11, $9, $15
        sll $7, $7, 0
        mul $8, $13, $6
        dsra $15, $15, 16
        movn $14, $13, $6
        sltu $4, $12, $5
        sdl $7, -20($21)
        slti $15, $4, 27288
        daddu $4, $5, $15
        daddu $14, $2, $2
        multu $24, $15
        dsrlv $11, $13, $9
        sltiu $6, $7, -23409
        clo $4, $0
        subu $11, $4, $7
        sll $24, $11, 28
        lb $7, -10($21)
        mthi $13
        mul $4, $15, $25
        clz $2, $25
        msub $9, $5
        and $15, $14, $4
        madd $11, $10
        sdl $9, 45($21)
        ori $10, $4, 5885
        dextu $13, $15, 47, 15
        dextu $5, $13, 47, 11
        sllv $7, $6, $4
        sltu $3, $24, $6
        seh $5, $25
        sll $24, $14, 10
        ori $1, $25, 1
        divu $zero, $24, $1
        lb $4, 4($21)
        mult $9, $4
        ori $1, $3, 1
        ddivu $zero, $5, $1
        sw $5, -36($21)
        mul $12, $9, $25
        DUMP
        drotrv $5, $11, $2
        swr $13, 93($21)
        dsubu $6, $6, $10
        mfhi $25
        ori $1, $8, 1
        divu $zero, $8, $1
        daddu $25, $8, $15
        and $12, $15, $8
        dsra32 $5, $15, 8
        dclo $2, $8
        dsllv $10, $24, $11
        andi $9, $12, 18061
        daddiu $14, $4, -26349
        rotrv $13, $0, $7
        daddiu $12, $8, 31885
        lui $14, 63147
        dsubu $4, $11, $2
        clo $7, $7
        dsllv $7, $11, $15
        daddiu $8, $24, -6745
        dsubu $12, $12, $12
        maddu $3, $0
        sb $2, -16($21)
        dsubu $4, $7, $3
        lw $4, -60($21)
        ori $1, $4, 1
        ddivu $zero, $7, $1
        srlv $14, $11, $24
        dins $25, $15, 17, 15
        ext $9, $14, 15, 14
        srl $8, $0, 12
        mul $12, $4, $2
        clz $12, $24
        dinsu $12, $7, 41, 23
        subu $12, $3, $4
        seb $24, $2
        sll $25, $9, 11
        sltiu $2, $9, -11266
        lui $2, 46458
        daddiu $24, $14, 19277
        sra $11, $25, 9
        srl $14, $3, 19
        dclo $10, $6
        lwu $6, -40($21)
        dmultu $2, $7
        slt $24, $12, $7
        dmult $6, $4
        slti $11, $14, 32413
        ori $1, $15, 1
        ddiv $zero, $9, $1
        DUMP
        xor $2, $5, $6
        mthi $12
        mtlo $4
        madd $9, $13
        addiu $24, $8, -31210
        daddu $12, $15, $4
        ori $1, $15, 1
        ddivu $zero, $5, $1
        sltiu $10, $4, -26619
        movz $2, $14, $25
        movz $6, $12, $10
        sdl $7, 65($21)
        drotr32 $2, $15, 2
        lw $14, 36($21)
        mthi $3
        mtlo $8
        maddu $8, $8
        andi $15, $3, 35994
        ori $1, $25, 1
        ddiv $zero, $25, $1
        dinsm $9, $2, 14, 41
        clo $7, $24
        sllv $13, $0, $10
        dsubu $24, $4, $7
        addiu $6, $3, 4237
        lwu $3, -12($21)
        nor $5, $15, $12
        slt $5, $24, $5
        dsrav $9, $4, $3
        sra $6, $4, 23
        slt $4, $10, $9
        ori $1, $14, 1
        div $zero, $10, $1
        sh $15, 24($21)
        dsubu $13, $15, $13
        xor $10, $12, $5
        rotr $9, $5, 7
        slt $2, $7, $15
        ori $1, $14, 1
        ddiv $zero, $14, $1
        lwu $25, 24($21)
        clz $15, $14
        sll $24, $9, 28
        daddiu $9, $8, 7723
        sltu $5, $6, $12
        swr $2, 65($21)
        dinsm $6, $10, 7, 55
        mul $15, $8, $7
        dmult $12, $11
        nor $14, $12, $8
        DUMP
        mthi $4
        mtlo $0
        maddu $5, $11
        rotr $6, $15, 22
        mul $7, $5, $2
        daddiu $14, $9, -24127
        sh $9, -18($21)
        lw $2, -12($21)
        mfhi $4
        mthi $10
        lh $13, 8($21)
        dclo $15, $9
        dsubu $13, $6, $10
        dextm $7, $10, 1, 46
        sll $10, $10, 0
        lwl $10, 15($21)
        sw $6, 8($21)
        sltu $2, $6, $6
        seb $9, $24
        sdl $6, 28($21)
        xor $3, $13, $24
        multu $5, $24
        dsubu $14, $5, $9
        andi $6, $12, 5648
        sltu $8, $3, $4
        subu $9, $11, $9
        daddiu $24, $14, 7290
        movz $11, $7, $3
        addiu $14, $10, 4790
        movz $10, $8, $24
        or $4, $5, $3
        lui $9, 38599
        addiu $4, $2, -9994
        dsubu $11, $4, $3
        sdr $7, -21($21)
        xori $10, $25, 63942
        dsubu $24, $13, $8
        lb $13, -12($21)
        lbu $13, 11($21)
        seh $11, $15
        xori $13, $12, 60715
        lh $6, 2($21)
        mfhi $7
        daddiu $11, $5, -8957
        addu $5, $15, $6
        dsra32 $3, $5, 16
        rotrv $9, $7, $5
        dsbh $8, $13
        dext $6, $24, 18, 31
        ldr $15, 51($21)
        DUMP
        dext $14, $14, 1, 9
        and $4, $25, $25
        lui $13, 20796
        mul $4, $7, $2
        addiu $13, $2, 6139
        dsrlv $8, $10, $11
        ld $11, 72($21)
        sh $3, 12($21)
        dext $8, $2, 23, 29
        sw $8, -8($21)
        movn $13, $13, $6
        andi $12, $6, 44785
        lwl $13, -8($21)
        mflo $2
        sltiu $15, $7, -3409
        lh $5, 12($21)
        movn $2, $12, $12
        sll $2, $2, 0
        mult $5, $0
        mult $12, $5
        xor $24, $5, $2
        lhu $4, -18($21)
        sd $2, -88($21)
        sltiu $10, $2, -22671
        dsrlv $13, $15, $13
        daddiu $7, $24, 31017
        srav $9, $15, $9
        dmult $12, $25
        swl $7, -47($21)
        ext $5, $24, 2, 21
        lwu $3, 36($21)
        mflo $9
        dsll $6, $25, 17
        ori $1, $24, 1
        divu $zero, $12, $1
        sll $2, $3, 13
        addiu $4, $2, -11955
        and $15, $14, $4
        nor $6, $2, $9
        slt $5, $25, $4
        sltu $4, $7, $5
        ldl $12, 94($21)
        and $10, $9, $25
        andi $9, $4, 38657
        addu $10, $9, $2
        sll $11, $13, 15
        xori $10, $15, 41929
        mult $0, $4
        sh $24, -32($21)
        msub $5, $4
        DUMP
        dins $12, $4, 18, 27
        mult $9, $4
        sll $12, $12, 12
        sh $2, -8($21)
        mul $14, $9, $9
        mflo $5
        and $14, $13, $14
        nor $12, $2, $5
        seh $7, $11
        ori $1, $5, 1
        div $zero, $2, $1
        dinsm $4, $9, 18, 40
        sd $14, 120($21)
        dext $5, $13, 27, 29
        ldl $6, 79($21)
        mfhi $12
        sdl $13, -20($21)
        mthi $8
        sw $10, 60($21)
        dsubu $25, $6, $15
        slt $14, $15, $15
        xor $7, $12, $15
        ori $1, $14, 1
        divu $zero, $14, $1
        sll $9, $4, 0
        lh $14, 8($21)
        andi $10, $9, 34452
        sllv $24, $0, $12
        andi $3, $6, 59788
        movn $12, $7, $15
        srav $7, $3, $11
        msub $0, $7
        ldr $9, -36($21)
        or $24, $5, $9
        wsbh $25, $3
        xor $4, $6, $8
        ori $1, $3, 1
        div $zero, $25, $1
        swr $8, 39($21)
        addiu $13, $2, 7356
        lwu $11, 24($21)
        daddiu $25, $8, 27363
        nor $11, $7, $2
        dsbh $7, $12
        sra $24, $10, 19
        srl $6, $11, 18
        mtlo $4
        xori $8, $15, 36099
        sll $13, $13, 0
        addiu $9, $3, 23749
        DUMP
        dinsm $15, $12, 20, 35
        sltu $4, $8, $24
        addu $11, $3, $3
        dshd $15, $13
        slti $11, $6, 26279
        dmult $3, $25
        sh $11, -26($21)
        drotrv $25, $25, $10
        ori $6, $15, 47888
        subu $4, $0, $11
        multu $14, $11
        ins $14, $4, 10, 1
        daddu $24, $24, $15
        ext $5, $14, 8, 9
        xori $9, $11, 48573
        xor $15, $14, $25
        movz $9, $11, $25
        dinsm $11, $5, 21, 34
        lw $2, 24($21)
        daddiu $10, $3, 5773
        dsbh $8, $12
        sltiu $3, $11, -10213
        lbu $15, 2($21)
        ori $15, $10, 29423
        daddu $3, $10, $24
        xor $24, $14, $9
        wsbh $8, $9
        rotr $4, $0, 4
        sltiu $24, $10, 516
        wsbh $14, $4
        daddiu $8, $10, 30768
        ori $1, $24, 1
        ddiv $zero, $7, $1
        lb $15, 7($21)
        dmultu $11, $24
        xori $12, $15, 60974
        xor $11, $24, $3
        dsra $25, $3, 0
        srl $13, $9, 13
        sll $4, $4, 0
        clo $11, $15
        nor $10, $9, $9
        daddiu $9, $6, 16577
        dextm $6, $10, 16, 33
        ori $7, $13, 773
        addu $10, $5, $0
        ori $1, $11, 1
        div $zero, $11, $1
        srl $10, $10, 7
        ori $6, $3, 40496
        DUMP
        dextm $25, $2, 7, 53
        or $24, $14, $10
        mfhi $7
        mult $2, $5
        dmult $25, $12
        dext $2, $15, 24, 12
        sd $8, 48($21)
        sll $5, $5, 0
        mult $0, $4
        addu $5, $0, $14
        ori $1, $8, 1
        ddivu $zero, $7, $1
        movz $10, $15, $11
        mult $4, $0
        sll $6, $6, 0
        ori $1, $11, 1
        div $zero, $7, $1
        sw $15, -56($21)
        lhu $4, -22($21)
        dclz $7, $14
        or $11, $25, $11
        nor $24, $9, $11
        dsubu $7, $7, $12
        lwu $10, -16($21)
        clo $11, $0
        drotrv $11, $14, $10
        sll $9, $11, 7
        subu $7, $0, $6
        dins $6, $8, 14, 5
        sltu $24, $11, $8
        ins $14, $12, 19, 8
        sw $12, -20($21)
        or $5, $13, $12
        seb $25, $2
        and $10, $9, $3
        sll $2, $2, 0
        sra $25, $15, 24
        ori $12, $13, 36501
        lwr $9, -80($21)
        mult $7, $7
        daddu $11, $11, $11
        mul $24, $9, $25
        lwu $24, -20($21)
        dsrlv $4, $4, $12
        lb $24, 10($21)
        xor $8, $14, $13
        mtlo $6
        mfhi $12
        srl $12, $7, 10
        movn $5, $13, $24
        DUMP
        dclz $3, $10
        mflo $8
        dsubu $25, $10, $15
        nor $8, $3, $8
        dext $25, $3, 28, 5
        or $24, $25, $9
        drotrv $14, $7, $12
        seb $24, $5
        clz $13, $0
        ori $1, $13, 1
        ddivu $zero, $13, $1
        swl $7, 59($21)
        ori $12, $15, 47800
        xori $8, $2, 40170
        dsrl $7, $10, 10
        multu $24, $9
        mfhi $6
        sh $6, 20($21)
        ori $1, $12, 1
        ddivu $zero, $3, $1
        dsrl32 $5, $7, 12
        mult $0, $3
        mult $24, $9
        lhu $12, -2($21)
        nor $11, $13, $11
        ext $12, $0, 2, 17
        sll $24, $12, 27
        dextu $3, $10, 62, 2
        sdl $13, -23($21)
        movn $5, $2, $15
        or $25, $24, $3
        dsllv $11, $13, $4
        mul $2, $12, $6
        ld $5, -88($21)
        addiu $24, $0, 21259
        srlv $11, $8, $6
        lwu $24, 60($21)
        wsbh $8, $11
        swl $25, 43($21)
        lwu $12, -56($21)
        ext $15, $15, 24, 5
        sltu $24, $13, $25
        srl $24, $24, 1
        mflo $7
        slti $24, $2, 24021
        daddiu $8, $14, 4427
        nor $6, $2, $8
        dsllv $12, $5, $24
        addiu $2, $9, 5998
        seb $9, $13
        DUMP
        andi $5, $14, 48588
        dmult $8, $6
        ext $7, $9, 11, 4
        mthi $15
        mtlo $13
        msubu $5, $0
        dsra $13, $3, 15
        xor $25, $8, $24
        lbu $24, 13($21)
        slt $8, $3, $24
        sll $3, $3, 0
        ins $3, $9, 18, 1
        andi $3, $15, 4022
        ext $8, $7, 27, 4
        sltu $13, $8, $3
        dinsu $11, $8, 35, 6
        mthi $7
        xor $2, $24, $3
        nor $13, $25, $24
        lwu $12, 16($21)
        srl $14, $9, 24
        xori $10, $13, 11214
        sll $13, $9, 29
        sw $13, 32($21)
        dsubu $25, $8, $2
        sw $14, -36($21)
        daddiu $14, $9, -20805
        xori $12, $14, 28472
        lhu $7, -26($21)
        ori $10, $10, 18512
        dsll32 $5, $11, 16
        subu $13, $15, $3
        lbu $2, 11($21)
        lwr $8, 32($21)
        sll $2, $2, 0
        mul $3, $7, $3
        clz $5, $3
        addiu $12, $13, 32208
        movz $25, $8, $11
        sltu $7, $6, $7
        lwu $7, -64($21)
        dsubu $5, $6, $15
        daddu $5, $5, $14
        lw $9, 0($21)
        xor $25, $8, $6
        ori $1, $4, 1
        ddivu $zero, $6, $1
        lui $9, 52030
        xor $11, $3, $6
        addu $7, $12, $24
        DUMP
        movn $6, $6, $6
        xor $24, $6, $8
        mthi $15
        mtlo $13
        msub $0, $0
        addu $10, $13, $8
        dsubu $12, $2, $15
        lwl $3, -25($21)
        ori $12, $10, 31814
        sll $25, $9, 15
        dsll32 $5, $8, 17
        mul $7, $25, $15
        dextm $10, $9, 19, 36
        sltu $8, $25, $24
        dclz $3, $3
        lhu $14, -8($21)
        mul $12, $25, $7
        sb $24, -12($21)
        maddu $12, $8
        dsrl32 $9, $5, 24
        daddu $2, $14, $6
        sll $24, $24, 0
        lwr $24, -55($21)
        lwu $5, 56($21)
        slt $25, $5, $25
        sll $11, $11, 0
        ins $11, $13, 14, 17
        addiu $7, $12, 16043
        nor $4, $13, $6
        lh $7, -4($21)
        ori $1, $11, 1
        divu $zero, $24, $1
        daddiu $24, $12, 29225
        clo $12, $25
        movz $25, $11, $7
        or $6, $24, $15
        addu $3, $8, $15
        dsra32 $8, $10, 19
        or $24, $25, $15
        lwu $24, 56($21)
        ld $12, -56($21)
        dsbh $11, $3
        and $6, $2, $6
        clo $14, $25
        slti $9, $13, -26356
        mfhi $3
        sb $2, 0($21)
        sll $2, $11, 13
        wsbh $2, $15
        dinsu $3, $15, 36, 1
        DUMP
        rotr $9, $14, 10
        lwu $12, 28($21)
        seb $8, $9
        daddu $24, $3, $12
        ori $14, $3, 31927
        addiu $8, $15, -22795
        sll $8, $8, 0
        subu $24, $2, $13
        dinsm $11, $13, 0, 62
        dsllv $13, $6, $5
        sd $12, -128($21)
        swr $3, 38($21)
        movz $10, $4, $25
        ld $4, 104($21)
        sh $15, 18($21)
        mfhi $24
        mtlo $8
        sll $11, $11, 0
        srl $10, $15, 21
        addiu $4, $7, 24111
        lwu $14, 12($21)
        dsbh $2, $9
        sll $8, $15, 10
        lwu $11, 52($21)
        seh $6, $4
        subu $25, $10, $15
        subu $11, $7, $24
        daddiu $7, $3, -6337
        ldl $8, 58($21)
        mfhi $8
        or $8, $3, $2
        dmultu $5, $11
        ext $25, $4, 5, 12
        addu $12, $6, $25
        wsbh $25, $15
        mflo $24
        slt $7, $2, $10
        sra $4, $11, 13
        slt $2, $14, $15
        sll $4, $4, 0
        ori $1, $0, 1
        div $zero, $0, $1
        daddiu $15, $24, 20376
        daddiu $2, $25, 5702
        ori $1, $12, 1
        ddiv $zero, $4, $1
        slt $15, $7, $10
        dsra $11, $24, 19
        srav $2, $15, $7
        daddu $5, $12, $15
        DUMP
        daddiu $2, $5, -5035
        mthi $4
        mtlo $9
        msub $4, $6
        lwl $15, 69($21)
        ori $2, $2, 19455
        andi $13, $11, 56446
        mult $6, $12
        multu $0, $9
        and $9, $4, $10
        dinsu $24, $4, 57, 3
        mfhi $12
        ld $7, 96($21)
        andi $25, $11, 55422
        clz $12, $6
        sh $7, 2($21)
        mul $9, $13, $9
        lhu $3, -28($21)
        msub $3, $6
        dsrl32 $6, $6, 10
        daddu $4, $9, $8
        daddiu $7, $7, -398
        ld $14, 88($21)
        sll $2, $2, 0
        ext $2, $13, 14, 7
        sll $10, $9, 22
        srlv $25, $3, $15
        sll $9, $6, 7
        clz $11, $25
        sd $24, -112($21)
        subu $25, $15, $9
        lhu $25, 12($21)
        dinsm $4, $13, 29, 35
        mfhi $24
        lwu $13, 24($21)
        sllv $15, $12, $25
        movz $8, $5, $11
        daddu $2, $6, $24
        ori $1, $11, 1
        divu $zero, $9, $1
        sll $2, $9, 6
        sdl $10, -12($21)
        addiu $10, $25, 9125
        nor $10, $8, $6
        dextm $11, $15, 2, 50
        sw $25, -8($21)
        daddiu $15, $4, -25133
        subu $14, $0, $2
        dins $2, $7, 21, 26
        sh $11, -28($21)
        DUMP
        rotrv $6, $24, $25
        or $6, $13, $24
        sd $11, -16($21)
        clo $9, $9
        dsrl32 $13, $3, 19
        sll $15, $15, 0
        clz $12, $12
        mflo $4
        daddu $10, $15, $13
        daddiu $4, $3, 8852
        dsubu $8, $11, $14
        mflo $13
        movz $15, $12, $9
        dclo $15, $7
        sll $14, $7, 19
        multu $12, $0
        dextm $11, $12, 22, 42
        madd $14, $15
        dsll $6, $25, 30
        nor $7, $3, $6
        ori $1, $3, 1
        divu $zero, $15, $1
        nor $3, $13, $6
        lui $12, 8959
        dsbh $24, $11
        ldl $13, -34($21)
        sll $25, $25, 0
        subu $7, $25, $14
        dinsm $6, $25, 8, 52
        dsubu $3, $9, $25
        xor $25, $9, $8
        clo $24, $9
        movn $6, $3, $24
        or $3, $24, $5
        sltiu $12, $8, -11928
        movz $6, $2, $12
        sh $7, 20($21)
        ori $1, $9, 1
        div $zero, $9, $1
        dsrl $8, $12, 17
        multu $15, $9
        dsll32 $14, $5, 1
        daddiu $14, $13, 24495
        clo $4, $15
        xor $2, $11, $6
        dsra $11, $3, 6
        seb $9, $12
        nor $2, $5, $5
        srav $4, $7, $15
        dsrlv $5, $12, $4
        DUMP
        lwu $25, -4($21)
        sra $13, $15, 11
        mfhi $13
        addu $25, $4, $24
        or $9, $11, $3
        mfhi $4
        sh $11, 16($21)
        mflo $14
        dinsm $4, $6, 19, 41
        lh $7, 26($21)
        dshd $14, $9
        mul $3, $12, $7
        dshd $6, $10
        andi $4, $12, 2032
        dsubu $8, $24, $24
        dinsu $2, $11, 40, 15
        lwr $13, -63($21)
        daddiu $2, $6, 18946
        lui $8, 15711
        sltiu $14, $10, -24995
        sw $12, 8($21)
        swl $15, -19($21)
        dinsu $25, $4, 58, 4
        dinsm $15, $4, 11, 51
        seh $13, $25
        dsra $4, $15, 15
        dsubu $12, $24, $13
        daddu $13, $9, $14
        dsllv $7, $4, $6
        movn $10, $6, $14
        wsbh $5, $0
        addiu $3, $8, 4670
        dsubu $3, $15, $7
        sw $11, 28($21)
        sltu $13, $14, $2
        clz $11, $5
        ori $1, $6, 1
        ddivu $zero, $4, $1
        dsubu $25, $25, $14
        sltu $24, $13, $24
        addiu $5, $11, 5414
        mflo $2
        daddu $3, $6, $7
        xori $15, $6, 42646
        lhu $11, -20($21)
        nor $5, $2, $10
        sw $3, 16($21)
        mthi $13
        mtlo $14
        madd $14, $14
        DUMP
        lh $10, -6($21)
        addiu $7, $14, 19992
        msub $14, $8
        dsrl $8, $4, 14
        dsllv $12, $7, $9
        movn $11, $9, $12
        movz $8, $12, $7
        rotr $14, $14, 20
        ori $1, $2, 1
        ddiv $zero, $15, $1
        subu $24, $24, $0
        dmultu $15, $25
        mthi $6
        srl $2, $10, 15
        lb $9, 14($21)
        addu $24, $0, $7
        daddiu $3, $5, 30469
        mthi $13
        mtlo $10
        madd $10, $9
        nor $12, $6, $12
        sll $6, $10, 13
        and $4, $13, $3
        mflo $25
        andi $25, $12, 1819
        lui $24, 1934
        madd $24, $2
        ins $6, $6, 28, 1
        lb $10, -1($21)
        sll $7, $7, 0
        srl $15, $9, 30
        srl $2, $0, 26
        dsll $3, $10, 7
        lw $12, -4($21)
        lwl $2, 81($21)
        srav $4, $12, $7
        ori $1, $4, 1
        divu $zero, $25, $1
        nor $14, $7, $5
        daddiu $11, $9, 5621
        lbu $24, -9($21)
        msub $6, $24
        dinsm $4, $6, 7, 47
        andi $24, $5, 23414
        subu $25, $6, $24
        subu $3, $12, $7
        addiu $13, $6, 26533
        dins $8, $10, 28, 27
        xor $10, $25, $14
        multu $12, $7
        DUMP
        sll $8, $14, 15
        drotr32 $25, $10, 11
        addiu $24, $8, 2119
        sllv $13, $2, $5
        nor $15, $5, $25
        xor $13, $13, $24
        dsubu $6, $10, $8
        ori $1, $8, 1
        divu $zero, $7, $1
        dsrlv $15, $2, $13
        or $10, $4, $13
        dsubu $5, $6, $10
        mult $24, $8
        rotrv $6, $9, $10
        mult $0, $12
        dshd $2, $3
        sll $8, $8, 0
        ori $1, $0, 1
        divu $zero, $6, $1
        slt $7, $9, $10
        dins $6, $14, 20, 9
        addu $15, $3, $24
        sw $14, -24($21)
        sll $12, $12, 0
        msub $13, $24
        daddiu $14, $3, -19026
        sh $12, 22($21)
        mflo $11
        sra $10, $11, 16
        ld $11, 120($21)
        slt $25, $8, $4
        addiu $24, $9, -8156
        mflo $13
        subu $9, $12, $3
        sh $2, -26($21)
        movn $4, $8, $3
        dins $10, $14, 18, 2
        nor $6, $4, $15
        sh $10, 12($21)
        dsrlv $15, $4, $6
        addiu $9, $24, -4941
        dinsu $11, $3, 51, 13
        sll $2, $8, 23
        xor $6, $3, $7
        slti $8, $2, 17168
        swl $7, 40($21)
        andi $8, $11, 4571
        rotr $8, $3, 31
        srlv $14, $9, $12
        daddiu $24, $4, -7347
        DUMP
        clz $11, $7
        dsra32 $8, $25, 23
        dshd $6, $10
        dinsu $6, $7, 56, 3
        sra $15, $11, 15
        movn $3, $5, $4
        sra $7, $12, 15
        mul $10, $2, $11
        msub $7, $14
        mult $12, $10
        mul $4, $0, $10
        addiu $15, $4, -11007
        xor $15, $5, $11
        swl $24, 60($21)
        lh $5, 14($21)
        xor $4, $13, $11
        ldr $24, -96($21)
        sltu $9, $11, $14
        sll $10, $2, 13
        sltu $11, $7, $9
        dsbh $15, $14
        sb $15, 13($21)
        lui $6, 48232
        sra $15, $25, 3
        ldl $9, -65($21)
        clz $14, $25
        srav $11, $11, $12
        addiu $9, $7, 30082
        sra $6, $12, 10
        sra $14, $6, 1
        srav $24, $6, $13
        ori $1, $5, 1
        divu $zero, $12, $1
        and $15, $8, $15
        sllv $3, $6, $12
        maddu $11, $6
        dextm $9, $14, 4, 46
        ori $1, $14, 1
        ddivu $zero, $8, $1
        lwu $15, 60($21)
        sltiu $13, $15, 20839
        sh $24, -18($21)
        and $9, $2, $15
        dsubu $3, $14, $15
        addu $6, $24, $13
        dinsu $9, $11, 46, 4
        slt $2, $13, $25
        dsubu $3, $25, $13
        wsbh $15, $14
        sb $13, 5($21)
        DUMP
        addu $15, $2, $13
        lhu $25, 0($21)
        daddiu $11, $11, -1363
        lui $13, 62185
        ori $1, $12, 1
        div $zero, $14, $1
        sh $10, -18($21)
        sll $2, $2, 0
        ori $1, $10, 1
        div $zero, $2, $1
        mfhi $13
        lbu $6, -3($21)
        dinsu $2, $24, 36, 1
        lh $7, -16($21)
        msub $14, $5
        dsllv $24, $8, $5
        ldr $15, 39($21)
        lhu $13, 18($21)
        addiu $9, $4, 16199
        subu $12, $4, $10
        daddu $6, $12, $14
        srav $3, $14, $12
        subu $9, $0, $9
        daddu $13, $24, $9
        addu $15, $25, $10
        lui $6, 54566
        slti $2, $7, 191
        lw $15, 40($21)
        clo $8, $5
        ins $5, $15, 21, 10
        msub $0, $14
        dsrl32 $8, $2, 30
        ori $1, $3, 1
        div $zero, $3, $1
        drotrv $3, $5, $13
        dsbh $14, $4
        or $12, $3, $6
        dinsu $5, $9, 32, 21
        sltu $5, $13, $11
        sd $25, -96($21)
        dsll $3, $3, 22
        sdr $11, 26($21)
        lbu $25, 9($21)
        sdr $7, -30($21)
        ld $8, 8($21)
        clz $4, $0
        xor $8, $8, $5
        dclz $25, $11
        movz $5, $10, $4
        ori $1, $5, 1
        DUMP
        div $zero, $10, $1
        ldr $12, -27($21)
        dsbh $9, $2
        sdr $2, -55($21)
        sltu $14, $9, $8
        rotr $3, $7, 14
        multu $0, $2
        sw $3, 56($21)
        ldr $5, 76($21)
        subu $2, $7, $10
        swr $8, -29($21)
        sll $12, $12, 0
        ins $12, $10, 19, 5
        sb $7, -7($21)
        sll $6, $6, 0
        ins $25, $15, 31, 1
        dextm $6, $12, 4, 34
        addiu $14, $2, 14979
        drotr32 $14, $15, 17
        dextu $24, $10, 42, 8
        slt $3, $9, $25
        daddiu $3, $8, 23028
        daddiu $11, $9, -10712
        ldl $4, -92($21)
        sltu $15, $3, $6
        sw $12, 40($21)
        srlv $15, $15, $13
        lb $8, 15($21)
        nor $12, $7, $15
        sd $10, 16($21)
        lh $8, 18($21)
        ori $14, $15, 26736
        or $24, $13, $10
        lwu $14, -28($21)
        madd $10, $10
        and $24, $10, $13
        srl $10, $8, 11
        movn $12, $6, $7
        daddiu $13, $11, 17678
        dsrav $15, $8, $6
        lbu $13, -5($21)
        or $14, $12, $7
        andi $8, $4, 61358
        dsra32 $3, $4, 8
        dsubu $10, $25, $7
        srlv $9, $7, $8
        sd $12, 120($21)
        or $24, $4, $13
        movz $7, $3, $14
        sll $24, $24, 0
        DUMP
        subu $8, $13, $9
        swr $2, 72($21)
        or $11, $11, $11
        dsubu $3, $8, $24
        msub $0, $24
        dextu $5, $10, 49, 10
        or $3, $25, $25
        addu $9, $2, $8
        dsbh $14, $5
        lwu $11, 16($21)
        mul $9, $8, $13
        dmultu $24, $25
        addu $4, $0, $24
        dextu $14, $13, 57, 7
        subu $13, $8, $0
        ld $2, -104($21)
        ins $25, $25, 5, 3
        dins $7, $7, 15, 21
        xor $13, $10, $24
        lhu $25, 14($21)
        sdr $10, -3($21)
        wsbh $24, $0
        daddu $11, $15, $24
        mfhi $24
        drotr $15, $10, 27
        sd $6, 48($21)
        sltu $7, $13, $9
        mfhi $13
        sll $6, $6, 0
        mthi $7
        mtlo $8
        msub $25, $7
        dsubu $7, $13, $9
        mul $3, $6, $3
        sdl $24, -65($21)
        dextm $2, $7, 28, 35
        rotrv $13, $8, $24
        ext $11, $4, 6, 24
        swl $14, 28($21)
        lb $11, -1($21)
        sll $8, $2, 29
        addu $14, $0, $9
        drotr $2, $3, 9
        movz $15, $6, $7
        lwu $7, 60($21)
        mul $14, $0, $9
        daddiu $13, $7, 10901
        drotr32 $5, $3, 6
        swr $11, 80($21)
        or $8, $25, $2
        DUMP
        msubu $0, $11
        dextu $3, $10, 60, 3
        dsllv $11, $24, $6
        mult $14, $9
        sdl $11, -15($21)
        lh $11, 14($21)
        sll $8, $8, 0
        sra $6, $8, 29
        multu $25, $14
        daddu $25, $6, $7
        multu $0, $11
        dinsu $10, $25, 49, 4
        dsrl32 $9, $4, 29
        ori $1, $5, 1
        ddivu $zero, $9, $1
        dsrlv $10, $25, $4
        addiu $10, $4, 31271
        subu $12, $8, $8
        or $3, $15, $13
        lh $9, -4($21)
        xor $25, $5, $9
        dsubu $6, $25, $8
        dinsm $3, $13, 11, 43
        multu $8, $12
        slt $11, $6, $8
        slt $3, $8, $14
        sll $6, $6, 0
        ext $13, $9, 25, 5
        sltu $4, $7, $25
        movz $6, $8, $14
        addiu $24, $11, 25372
        sra $4, $9, 12
        srav $12, $12, $5
        dsllv $12, $3, $7
        sllv $7, $6, $3
        lhu $12, 26($21)
        ins $24, $4, 24, 5
        xor $5, $9, $25
        movz $14, $10, $9
        lui $15, 11237
        sll $5, $5, 0
        ins $5, $11, 5, 12
        addiu $8, $15, -10417
        dextu $9, $6, 62, 2
        xori $24, $8, 13316
        slt $14, $2, $6
        addiu $14, $7, 31446
        rotr $7, $11, 0
        dmultu $12, $12
        drotr32 $24, $9, 24
        DUMP
        sra $6, $0, 6
        and $8, $6, $15
        addu $10, $4, $6
        dsbh $5, $4
        or $3, $5, $3
        slt $2, $7, $3
        movz $13, $12, $10
        ori $8, $15, 17352
        or $14, $24, $6
        sra $14, $0, 20
        swl $13, -2($21)
        sra $6, $0, 15
        sh $14, 8($21)
        xor $13, $8, $6
        and $7, $9, $2
        daddu $11, $7, $14
        mfhi $11
        mthi $4
        mtlo $2
        maddu $0, $14
        dsubu $8, $24, $7
        sllv $3, $4, $9
        srl $11, $4, 25
        addu $13, $6, $2
        sll $13, $13, 0
        mult $10, $6
        msub $14, $0
        sdr $8, 30($21)
        subu $13, $13, $0
        xori $8, $8, 8643
        mflo $14
        addu $7, $4, $3
        multu $11, $7
        ori $1, $13, 1
        div $zero, $0, $1
        rotr $5, $11, 3
        dext $2, $8, 21, 29
        sltu $7, $4, $9
        or $11, $8, $8
        lui $7, 24800
        mthi $10
        slt $6, $5, $4
        slti $15, $2, -6078
        ori $1, $0, 1
        divu $zero, $3, $1
        ori $1, $13, 1
        ddivu $zero, $7, $1
        drotrv $25, $15, $7
        or $8, $7, $14
        multu $3, $7
        DUMP
        sh $14, -4($21)
        xor $3, $8, $8
        dmultu $15, $12
        ori $1, $6, 1
        div $zero, $4, $1
        sll $7, $7, 0
        ori $1, $13, 1
        div $zero, $5, $1
        sll $15, $9, 29
        srl $10, $14, 18
        movz $11, $12, $15
        sll $10, $10, 0
        sra $15, $15, 12
        sra $15, $14, 25
        daddiu $4, $6, 7489
        daddu $9, $4, $8
        daddu $5, $12, $24
        subu $15, $12, $14
        rotr $6, $8, 27
        xori $25, $8, 24439
        sh $12, 20($21)
        dclz $14, $2
        sll $11, $11, 0
        srlv $25, $7, $24
        srav $8, $12, $6
        lh $25, 14($21)
        dsrl32 $2, $3, 19
        mult $6, $6
        mfhi $11
        dshd $5, $15
        srav $4, $14, $2
        ext $11, $25, 22, 5
        sll $7, $7, 0
        srl $2, $4, 28
        rotr $25, $15, 10
        addiu $8, $0, 26712
        ext $11, $12, 16, 13
        ori $14, $25, 49264
        ext $2, $6, 21, 4
        subu $5, $6, $13
        lhu $24, -32($21)
        rotr $14, $10, 17
        sh $10, -8($21)
        ext $8, $7, 28, 1
        slti $7, $12, 29816
        slt $10, $13, $11
        sltiu $11, $6, -10596
        daddu $11, $4, $7
        and $11, $4, $8
        dmultu $6, $3
        DUMP
        swr $24, -26($21)
        lui $12, 40101
        sdl $14, -17($21)
        or $13, $25, $11
        dinsu $13, $9, 39, 15
        drotrv $11, $15, $25
        clo $12, $14
        dsubu $13, $15, $25
        nor $12, $8, $8
        ld $10, -72($21)
        dinsm $25, $25, 28, 33
        sllv $2, $24, $15
        mthi $15
        mtlo $5
        msubu $5, $6
        xori $11, $25, 57606
        multu $2, $8
        subu $5, $14, $7
        addiu $14, $12, 7719
        dshd $11, $9
        sltu $8, $8, $10
        sra $6, $6, 31
        ori $1, $15, 1
        ddiv $zero, $14, $1
        subu $6, $3, $3
        addiu $5, $3, -22204
        dins $3, $12, 11, 16
        ori $1, $24, 1
        div $zero, $0, $1
        clo $9, $4
        dsllv $24, $24, $25
        madd $15, $12
        dsll $25, $3, 7
        seh $10, $14
        slt $13, $10, $4
        clz $14, $7
        maddu $5, $7
        and $9, $2, $5
        slt $7, $25, $24
        mflo $7
        dsrav $12, $12, $6
        dshd $9, $8
        addu $14, $5, $2
        mul $9, $0, $5
        rotrv $6, $5, $6
        dshd $24, $3
        dmultu $10, $4
        mfhi $8
        ori $1, $14, 1
        ddivu $zero, $24, $1
        DUMP
        dsllv $5, $9, $7
        ldl $24, 3($21)
        dinsm $14, $11, 6, 34
        dmult $5, $13
        dsllv $6, $9, $12
        sb $12, -10($21)
        sw $9, 12($21)
        addu $11, $13, $4
        drotr $25, $6, 5
        or $12, $13, $13
        lbu $7, -4($21)
        mul $24, $13, $9
        lh $13, 10($21)
        or $24, $25, $12
        mthi $13
        mtlo $11
        madd $9, $13
        swr $4, -60($21)
        nor $14, $15, $7
        or $15, $24, $15
        mul $25, $7, $10
        multu $13, $13
        xori $6, $12, 57198
        maddu $2, $4
        srlv $7, $7, $3
        or $10, $13, $14
        mul $7, $0, $9
        lbu $6, -8($21)
        ori $1, $9, 1
        div $zero, $9, $1
        sb $12, -1($21)
        dsrl32 $15, $15, 30
        dsrlv $4, $24, $10
        clz $7, $7
        sw $11, 40($21)
        ori $1, $0, 1
        divu $zero, $10, $1
        sd $14, -56($21)
        wsbh $13, $2
        addu $25, $10, $0
        clz $7, $6
        srl $4, $7, 14
        daddiu $3, $10, 32760
        xori $9, $7, 45186
        dsubu $5, $13, $14
        addiu $4, $11, 12409
        dsrl $6, $2, 11
        sdr $3, -35($21)
        daddiu $11, $6, 6511
        dsubu $8, $15, $7
        DUMP
        dsubu $7, $4, $2
        ld $8, 88($21)
        sw $15, -20($21)
        mul $2, $9, $14
        sll $14, $6, 22
        swl $9, 13($21)
        clz $7, $4
        lb $2, -10($21)
        dsubu $4, $11, $9
        dinsu $14, $14, 46, 18
        lh $6, 14($21)
        sll $9, $15, 19
        rotr $8, $10, 17
        lbu $4, 10($21)
        multu $25, $9
        addiu $15, $2, -10745
        lwl $25, -40($21)
        subu $24, $0, $15
        ins $10, $12, 6, 9
        swl $8, -15($21)
        daddiu $24, $12, -31757
        movz $11, $5, $13
        mul $9, $7, $4
        daddu $4, $24, $7
        rotr $3, $9, 15
        dsra32 $24, $7, 5
        lb $10, -6($21)
        dsll $5, $8, 1
        or $5, $10, $12
        lwl $3, 58($21)
        ori $1, $25, 1
        ddiv $zero, $13, $1
        movn $7, $25, $4
        movz $7, $25, $6
        rotr $15, $3, 21
        mult $7, $9
        ori $1, $4, 1
        ddiv $zero, $4, $1
        nor $25, $15, $10
        lui $10, 60663
        sd $6, -104($21)
        sll $14, $8, 7
        mult $0, $3
        mflo $14
        madd $0, $3
        sw $14, 32($21)
        xor $8, $8, $14
        dextm $24, $13, 12, 52
        sll $3, $3, 0
        addu $6, $2, $0
        DUMP
        dinsu $6, $12, 47, 5
        addu $6, $13, $25
        and $2, $2, $14
        or $24, $10, $6
        lw $5, 44($21)
        lb $6, -13($21)
        sb $2, -4($21)
        mtlo $2
        xor $13, $8, $12
        lui $4, 23166
        daddiu $7, $14, 2304
        dextm $25, $2, 3, 46
        clo $25, $10
        lui $6, 50979
        clz $4, $15
        msubu $5, $2
        sll $14, $2, 8
        sltu $8, $11, $3
        lui $25, 17485
        dmultu $9, $15
        dsll $13, $11, 9
        sb $7, 0($21)
        sltu $13, $25, $13
        dmult $2, $2
        subu $6, $2, $24
        seb $14, $12
        daddiu $7, $7, -3531
        dext $4, $13, 17, 31
        slt $8, $11, $12
        dshd $5, $6
        xori $5, $8, 32751
        dsubu $24, $2, $15
        dsrav $4, $2, $24
        srl $24, $8, 31
        multu $10, $12
        daddu $24, $14, $6
        mflo $8
        ori $1, $11, 1
        ddiv $zero, $24, $1
        lbu $24, 2($21)
        ldl $12, 58($21)
        srl $24, $2, 14
        ori $1, $15, 1
        ddivu $zero, $3, $1
        dsrav $14, $24, $2
        andi $25, $9, 56649
        mthi $25
        mtlo $0
        sll $12, $12, 0
        madd $5, $12
        DUMP
        dclz $7, $25
        lh $5, -24($21)
        sb $13, -1($21)
        dinsu $11, $2, 59, 4
        daddu $14, $14, $13
        dsubu $15, $5, $8
        sll $14, $14, 0
        ins $14, $24, 8, 3
        sllv $24, $6, $24
        dsubu $7, $6, $2
        rotr $14, $10, 26
        dsubu $24, $8, $7
        drotr $9, $4, 28
        drotrv $6, $8, $25
        mflo $14
        daddiu $9, $3, 18128
        movn $7, $24, $8
        dclo $6, $2
        dsrl32 $25, $5, 25
        nor $9, $9, $6
        ori $11, $5, 57589
        lw $25, 48($21)
        dsubu $11, $15, $13
        daddiu $25, $6, 7347
        sra $25, $6, 2
        addu $12, $3, $25
        rotr $3, $13, 14
        sltu $2, $11, $9
        ori $1, $5, 1
        div $zero, $2, $1
        ori $1, $24, 1
        ddivu $zero, $24, $1
        slt $12, $15, $2
        lui $15, 50066
        dsbh $12, $5
        lwu $5, 52($21)
        slt $14, $3, $8
        dsubu $14, $6, $11
        sw $15, -12($21)
        or $15, $8, $13
        sh $11, 2($21)
        sll $24, $24, 0
        lwl $24, -11($21)
        dsrav $14, $7, $6
        dsll32 $7, $15, 0
        subu $2, $6, $6
        slt $13, $14, $13
        wsbh $14, $10
        daddiu $15, $12, -22865
        lui $3, 16499
        DUMP
        dextu $25, $14, 44, 16
        sltu $25, $2, $10
        mthi $13
        mtlo $8
        madd $2, $24
        addiu $5, $24, -1107
        mtlo $11
        xor $15, $14, $7
        clz $2, $6
        sll $14, $2, 10
        sh $15, -24($21)
        addiu $24, $14, 2198
        drotrv $14, $25, $10
        rotrv $14, $6, $7
        sll $9, $9, 0
        sra $10, $5, 9
        ori $1, $11, 1
        ddivu $zero, $2, $1
        slti $3, $11, -8230
        srav $3, $9, $9
        ld $5, -96($21)
        dsbh $9, $12
        ld $25, -128($21)
        multu $14, $24
        andi $6, $9, 15575
        sd $15, -72($21)
        dsrl32 $7, $12, 30
        subu $6, $13, $3
        lb $8, 1($21)
        subu $12, $0, $6
        dinsu $8, $8, 49, 12
        ldr $4, 17($21)
        daddiu $9, $3, 11451
        dins $5, $6, 5, 15
        subu $24, $13, $14
        mflo $14
        dclo $4, $13
        daddu $10, $4, $9
        mfhi $2
        lwl $12, 2($21)
        sdr $2, 38($21)
        movn $6, $2, $24
        movz $10, $13, $13
        srav $14, $14, $24
        mul $25, $6, $3
        multu $12, $24
        sll $4, $13, 2
        daddu $11, $9, $13
        sra $10, $12, 1
        dsbh $14, $6
        DUMP
        maddu $25, $24
        daddiu $13, $24, 13900
        sll $13, $13, 0
        ins $13, $4, 0, 3
        addu $9, $3, $25
        addu $25, $10, $24
        lwl $10, -62($21)
        srav $13, $3, $3
        sll $24, $15, 18
        addiu $9, $4, 23804
        daddu $4, $7, $12
        addiu $11, $10, -7356
        ori $1, $13, 1
        ddiv $zero, $3, $1
        rotrv $14, $9, $15
        clz $13, $25
        ins $3, $11, 12, 1
        movz $4, $15, $2
        sb $4, 14($21)
        addiu $15, $14, -20695
        andi $14, $5, 21990
        multu $15, $24
        nor $11, $13, $9
        sd $7, -40($21)
        or $14, $15, $25
        dshd $24, $13
        ld $25, -88($21)
        lb $5, 7($21)
        lui $2, 18
        seh $3, $11
        daddu $24, $9, $12
        sltu $12, $24, $12
        movn $6, $12, $10
        madd $2, $15
        dclo $25, $7
        wsbh $15, $11
        and $8, $7, $5
        sltu $9, $14, $8
        slt $3, $11, $6
        dsrlv $7, $6, $9
        and $10, $2, $7
        rotr $6, $2, 30
        slt $15, $15, $2
        srlv $2, $14, $9
        srl $5, $12, 30
        ori $1, $13, 1
        ddivu $zero, $6, $1
        dsubu $10, $24, $14
        xor $9, $6, $7
        nor $6, $5, $14
        DUMP
        sll $9, $12, 28
        mul $4, $12, $0
        dclz $2, $4
        sll $24, $24, 0
        ins $24, $9, 0, 13
        addu $11, $3, $11
        rotrv $11, $24, $10
        lwu $14, -20($21)
        dinsm $4, $4, 6, 38
        and $2, $12, $13
        dinsu $14, $14, 43, 12
        sd $24, 80($21)
        ori $1, $24, 1
        divu $zero, $6, $1
        movz $3, $3, $13
        dsllv $5, $9, $12
        addu $5, $3, $13
        dsll $15, $25, 14
        dsubu $8, $4, $15
        sb $5, 4($21)
        daddiu $8, $5, 820
        ori $1, $12, 1
        div $zero, $13, $1
        sll $7, $7, 0
        lwl $7, -23($21)
        lbu $11, 2($21)
        dextu $7, $8, 55, 1
        dsubu $25, $3, $24
        ext $9, $13, 21, 3
        lui $14, 11609
        clo $6, $24
        and $2, $2, $12
        nor $4, $14, $2
        sll $13, $13, 0
        addu $11, $13, $2
        rotrv $12, $12, $8
        sb $5, -16($21)
        mflo $15
        daddiu $25, $13, 9000
        ori $1, $25, 1
        ddivu $zero, $24, $1
        srlv $7, $12, $6
        xor $15, $14, $4
        daddu $3, $10, $4
        daddiu $6, $5, 10493
        xor $11, $11, $15
        dshd $11, $14
        mul $7, $0, $7
        ext $14, $5, 27, 4
        mthi $4
        DUMP
        mtlo $24
        maddu $13, $12
        daddiu $12, $2, 22299
        drotr32 $4, $4, 13
        dmult $7, $8
        and $13, $14, $8
        or $12, $5, $8
        sll $13, $13, 0
        multu $7, $13
        sw $4, -64($21)
        addu $15, $9, $13
        xori $9, $24, 48448
        and $14, $11, $9
        ld $13, -128($21)
        dmult $12, $7
        dshd $3, $12
        clo $15, $0
        clz $24, $0
        sh $6, -4($21)
        dext $24, $10, 11, 28
        mfhi $13
        lwu $10, -28($21)
        sh $10, -10($21)
        mult $9, $9
        dshd $24, $14
        addu $10, $9, $0
        rotr $15, $10, 2
        daddiu $25, $2, -18879
        andi $10, $4, 36530
        daddu $7, $4, $14
        wsbh $25, $0
        seb $11, $9
        or $15, $7, $7
        movn $13, $14, $7
        ld $7, 80($21)
        dmult $13, $10
        multu $2, $5
        ori $1, $4, 1
        ddiv $zero, $10, $1
        rotrv $25, $11, $11
        ori $1, $25, 1
        divu $zero, $25, $1
        dsllv $14, $2, $7
        sll $7, $7, 0
        sll $9, $9, 0
        addu $9, $7, $2
        dins $9, $4, 8, 14
        daddu $24, $24, $24
        xor $8, $12, $6
        xori $6, $4, 39154
        DUMP
        dsbh $9, $11
        dmultu $8, $25
        mul $25, $11, $10
        lwl $10, -66($21)
        srlv $5, $10, $24
        dshd $12, $2
        nor $10, $2, $24
        sra $15, $7, 1
        drotr $10, $4, 22
        mul $12, $5, $11
        ext $14, $15, 30, 2
        ext $24, $2, 11, 10
        daddiu $24, $12, 29739
        rotr $4, $5, 20
        and $12, $12, $13
        sd $11, -120($21)
        or $14, $11, $11
        rotr $25, $7, 4
        dsubu $25, $12, $24
        daddu $14, $2, $7
        sll $7, $7, 0
        mthi $15
        mtlo $7
        maddu $11, $15
        mul $15, $2, $11
        sra $8, $4, 10
        multu $7, $2
        dsubu $2, $3, $14
        xor $25, $25, $24
        addiu $9, $8, 30823
        xor $3, $8, $10
        ori $1, $9, 1
        divu $zero, $7, $1
        lh $11, 28($21)
        seh $10, $8
        daddu $24, $25, $25
        dshd $15, $4
        multu $9, $9
        sllv $24, $7, $10
        lwu $2, -32($21)
        rotr $11, $11, 22
        lwu $24, 8($21)
        maddu $8, $10
        addiu $15, $0, 22826
        daddiu $3, $15, 23227
        daddiu $4, $13, 2349
        movn $6, $3, $6
        sd $2, -32($21)
        msubu $8, $11
        or $15, $14, $10
        DUMP
        xor $12, $13, $6
        andi $25, $7, 31541
        drotr32 $2, $9, 27
        dsra32 $5, $13, 9
        mfhi $13
        slti $13, $24, -7324
        daddu $11, $10, $10
        mult $8, $7
        sll $3, $15, 24
        movz $4, $15, $3
        slt $10, $25, $4
        lui $11, 10378
        daddu $5, $10, $3
        clo $15, $8
        dextu $3, $7, 37, 11
        seh $14, $3
        wsbh $6, $7
        dsrav $7, $8, $3
        xor $24, $3, $7
        sll $24, $8, 25
        movz $7, $4, $7
        rotr $11, $10, 5
        sllv $10, $14, $9
        dextm $6, $3, 26, 33
        drotrv $13, $14, $2
        daddiu $12, $8, 19335
        mthi $2
        mul $3, $24, $25
        sltiu $6, $3, -12406
        dins $25, $15, 23, 31
        dsra $2, $12, 31
        dextu $14, $3, 33, 1
        lhu $11, -20($21)
        mult $6, $24
        movn $5, $25, $10
        mul $11, $6, $9
        sdl $10, -43($21)
        ins $9, $10, 19, 6
        clo $24, $8
        mflo $6
        sd $25, 72($21)
        dsrl $2, $15, 3
        dsllv $9, $3, $24
        daddu $2, $9, $4
        ori $1, $8, 1
        ddiv $zero, $24, $1
        lb $2, 14($21)
        ori $1, $7, 1
        ddivu $zero, $13, $1
        nor $3, $14, $10
        DUMP
        lw $15, 56($21)
        and $14, $4, $9
        sh $14, -14($21)
        dsll32 $3, $11, 19
        movz $4, $9, $4
        multu $15, $24
        mult $15, $24
        lw $2, 16($21)
        and $4, $14, $8
        daddu $24, $10, $5
        mfhi $10
        daddu $24, $15, $4
        daddiu $6, $14, -1113
        addiu $13, $8, -30622
        lwu $5, 56($21)
        movn $3, $5, $8
        dinsu $9, $2, 36, 7
        dsbh $2, $10
        sll $14, $14, 0
        mul $6, $11, $15
        sll $7, $7, 0
        lwl $7, 42($21)
        ld $6, -72($21)
        dext $9, $3, 4, 29
        sltu $2, $6, $11
        ori $1, $15, 1
        div $zero, $2, $1
        ori $1, $2, 1
        div $zero, $7, $1
        nor $6, $8, $15
        addu $6, $11, $13
        mul $13, $13, $13
        slt $10, $14, $9
        dsrl $9, $14, 15
        lwu $12, -40($21)
        sll $24, $24, 0
        ins $24, $0, 15, 15
        madd $11, $2
        sll $9, $9, 0
        ins $9, $14, 9, 2
        sll $14, $14, 0
        addiu $13, $6, -11509
        xor $7, $24, $12
        mflo $13
        ori $1, $24, 1
        ddivu $zero, $13, $1
        dextm $9, $4, 12, 44
        or $5, $11, $14
        daddiu $9, $2, 19485
        andi $3, $4, 45420
        DUMP
        sh $10, -14($21)
        lbu $10, -8($21)
        dsllv $24, $14, $12
        addiu $15, $6, -9121
        dsllv $11, $15, $7
        dextm $15, $9, 11, 33
        dmult $5, $14
        drotrv $11, $10, $4
        wsbh $25, $10
        seb $24, $24
        wsbh $24, $5
        sh $10, 24($21)
        slt $7, $2, $25
        sll $25, $8, 3
        ext $24, $3, 20, 11
        xori $2, $25, 32768
        srlv $10, $8, $6
        addiu $13, $7, -4062
        subu $15, $3, $8
        mthi $3
        mtlo $25
        sll $9, $9, 0
        madd $14, $5
        ori $1, $24, 1
        ddivu $zero, $3, $1
        seh $24, $25
        dins $2, $13, 13, 15
        dsra $13, $13, 17
        ori $1, $25, 1
        ddiv $zero, $4, $1
        xor $13, $11, $6
        dclo $24, $15
        addiu $5, $14, 3147
        and $8, $4, $15
        lbu $13, 7($21)
        rotr $7, $3, 1
        sltu $14, $10, $12
        sll $2, $2, 0
        multu $6, $0
        sll $2, $2, 0
        srav $10, $0, $2
        sb $13, -8($21)
        sll $12, $12, 0
        addu $10, $9, $6
        dmult $11, $14
        addiu $5, $15, -30897
        mflo $10
        xor $3, $6, $4
        or $14, $4, $2
        lhu $5, -30($21)
        DUMP
        xor $7, $7, $4
        addiu $3, $0, 217
        lh $12, -32($21)
        mtlo $13
        sll $9, $6, 15
        ori $1, $6, 1
        divu $zero, $3, $1
        lw $5, 28($21)
        dsubu $10, $24, $14
        mul $4, $12, $0
        ext $14, $4, 29, 3
        addu $14, $25, $2
        dshd $2, $2
        dinsu $15, $14, 50, 3
        srl $9, $24, 29
        slt $25, $25, $5
        lui $5, 23052
        and $6, $24, $11
        daddu $12, $11, $5
        lw $8, 16($21)
        sll $10, $10, 0
        lwl $10, 99($21)
        mult $5, $8
        multu $14, $10
        daddiu $2, $5, -31990
        dins $24, $24, 24, 9
        mfhi $8
        subu $9, $8, $14
        sll $24, $10, 4
        ld $6, -128($21)
        dextu $4, $5, 61, 2
        ori $1, $24, 1
        divu $zero, $5, $1
        movn $12, $2, $3
        drotrv $12, $14, $9
        dmult $10, $3
        lh $15, 12($21)
        clz $4, $0
        or $15, $2, $24
        dclz $24, $15
        dextu $7, $15, 45, 3
        sll $13, $13, 0
        mthi $14
        mtlo $5
        msubu $10, $4
        dsubu $13, $24, $3
        dsllv $11, $9, $8
        seb $6, $15
        ori $1, $24, 1
        ddiv $zero, $2, $1
        DUMP
        ori $1, $6, 1
        divu $zero, $5, $1
        ori $1, $6, 1
        divu $zero, $25, $1
        addiu $6, $24, 846
        dmult $4, $25
        sra $11, $0, 0
        movn $15, $4, $5
        mthi $5
        mtlo $0
        msubu $8, $9
        dsubu $15, $12, $4
        drotrv $11, $8, $13
        drotr $8, $15, 2
        sll $13, $13, 0
        lwl $13, 80($21)
        mflo $2
        movn $2, $12, $2
        lb $5, 5($21)
        dins $9, $6, 10, 9
        addiu $7, $0, -11766
        dsllv $13, $2, $6
        drotrv $10, $5, $25
        subu $6, $25, $24
        lb $10, 1($21)
        madd $14, $24
        dclo $13, $24
        dclo $12, $6
        mul $8, $7, $10
        sllv $8, $24, $25
        mthi $25
        slt $3, $4, $4
        addiu $8, $0, -3213
        slti $6, $5, -9032
        and $7, $13, $13
        ori $1, $11, 1
        ddiv $zero, $13, $1
        sltu $15, $11, $12
        lb $13, 7($21)
        daddu $13, $7, $7
        clo $12, $14
        addu $11, $10, $15
        multu $3, $8
        msub $24, $11
        dsrlv $24, $9, $11
        lh $4, 22($21)
        daddiu $11, $6, 21879
        daddu $5, $5, $25
        ori $1, $11, 1
        ddiv $zero, $10, $1
        DUMP
        mthi $25
        mtlo $3
        sll $11, $11, 0
        maddu $14, $4
        sll $2, $2, 0
        msub $14, $10
        dext $25, $2, 24, 20
        movn $3, $6, $7
        clo $13, $7
        mflo $8
        dsrl32 $7, $9, 1
        mtlo $11
        daddu $24, $5, $2
        sd $8, -120($21)
        mthi $3
        mfhi $8
        multu $13, $13
        nor $9, $9, $24
        and $10, $24, $2
        srl $2, $3, 29
        andi $10, $2, 7307
        ld $6, -56($21)
        daddiu $6, $15, -8884
        lwr $8, -40($21)
        mult $12, $4
        sll $3, $7, 16
        dinsm $11, $13, 10, 34
        daddiu $7, $12, 7351
        dins $11, $8, 14, 3
        lwu $9, 24($21)
        daddiu $15, $2, 15881
        daddiu $13, $5, -2600
        dins $24, $2, 1, 15
        msubu $14, $10
        addiu $10, $12, -19712
        addu $8, $12, $3
        lui $4, 21119
        sd $5, -120($21)
        ext $6, $2, 11, 8
        daddu $3, $3, $4
        ori $1, $0, 1
        div $zero, $2, $1
        seh $4, $11
        daddiu $8, $5, 28462
        dsrlv $8, $24, $2
        sll $4, $11, 29
        dclz $4, $5
        nor $8, $2, $4
        multu $4, $2
        srav $5, $14, $6
        DUMP
        mul $15, $5, $4
        sw $5, -40($21)
        dmultu $25, $5
        dinsu $13, $6, 45, 1
        movn $15, $10, $4
        lbu $11, -14($21)
        sltu $15, $5, $5
        srl $4, $15, 24
        daddu $12, $6, $25
        rotrv $25, $11, $10
        sb $25, -3($21)
        ori $8, $15, 27841
        ldr $13, 4($21)
        dextm $12, $14, 19, 37
        slti $12, $14, -32468
        mult $2, $8
        srlv $8, $5, $11
        multu $5, $8
        multu $4, $14
        lw $6, -20($21)
        lw $11, -4($21)
        slt $4, $4, $8
        dclo $3, $15
        dsll32 $12, $6, 12
        mult $25, $11
        dins $3, $8, 24, 5
        and $5, $7, $10
        sll $25, $25, 0
        addu $4, $8, $11
        dsrlv $3, $7, $12
        sd $24, -72($21)
        daddiu $12, $12, 8156
        dsrl32 $10, $14, 30
        addiu $15, $14, -25540
        dinsu $3, $7, 54, 7
        sll $25, $15, 27
        clo $15, $4
        ori $1, $4, 1
        ddivu $zero, $24, $1
        mthi $0
        mtlo $15
        sll $25, $25, 0
        maddu $25, $6
        sll $25, $8, 20
        dextu $9, $10, 40, 14
        drotr $13, $7, 30
        sb $2, 6($21)
        sh $3, 12($21)
        rotr $10, $2, 31
        multu $11, $10
        DUMP

TEST_END

        .data
        .balign 16
scratch:
        .byte 0x38, 0x29, 0x35, 0x46, 0xf9, 0x98, 0xcb, 0xf1, 0x74, 0x23, 0x69, 0x87, 0x77, 0x16, 0x6e, 0x00
        .byte 0xf9, 0x51, 0xa3, 0xab, 0x85, 0xb9, 0x30, 0xb3, 0xc0, 0x51, 0xa0, 0x0b, 0x9e, 0x27, 0x04, 0xd8
        .byte 0xde, 0xeb, 0xf5, 0x36, 0xaf, 0x12, 0x3b, 0x4d, 0x27, 0xaa, 0x51, 0x32, 0xe2, 0x06, 0x0a, 0x88
        .byte 0x08, 0xb9, 0x68, 0x6d, 0x8a, 0x5a, 0xe8, 0x40, 0x2c, 0xc8, 0x15, 0x43, 0x92, 0x38, 0xb1, 0x85
        .byte 0xfc, 0x67, 0x82, 0x20, 0x06, 0xb6, 0xcb, 0x7b, 0x9f, 0x94, 0x0a, 0x5c, 0xaf, 0xe6, 0x2c, 0x89
        .byte 0x69, 0x3e, 0xdd, 0xe1, 0xe1, 0xcd, 0xcb, 0x02, 0xa6, 0xf1, 0x50, 0xdb, 0x52, 0xac, 0x4d, 0x43
        .byte 0x8d, 0x08, 0x27, 0x64, 0x74, 0xcb, 0x8c, 0x3e, 0xb0, 0x1c, 0x7b, 0x2f, 0x4c, 0x80, 0x52, 0x0b
        .byte 0xc0, 0xa3, 0x44, 0xf6, 0xd5, 0x55, 0x78, 0x07, 0xe8, 0x25, 0xfd, 0x8a, 0x2d, 0xa0, 0xba, 0x6e
        .byte 0xd7, 0x62, 0xde, 0xfe, 0xaf, 0xe7, 0x63, 0xa4, 0x9e, 0x7a, 0xfd, 0x85, 0x5b, 0xd0, 0xad, 0x2c
        .byte 0x40, 0xcc, 0xdc, 0x5e, 0x88, 0x3c, 0x1a, 0xb6, 0x04, 0x35, 0x93, 0xd2, 0xbb, 0xac, 0xc8, 0xe9
        .byte 0x9d, 0x67, 0x0b, 0x23, 0xfb, 0x03, 0xbb, 0xb2, 0x6a, 0x98, 0x6a, 0x9d, 0xb2, 0xab, 0xd8, 0x09
        .byte 0x02, 0x82, 0x2e, 0xda, 0x7d, 0xee, 0xa7, 0x3e, 0x70, 0x81, 0x53, 0x06, 0x54, 0x29, 0x36, 0xa2
        .byte 0x30, 0xc7, 0xc0, 0x2c, 0xf7, 0x0e, 0x18, 0xce, 0x5d, 0xee, 0x6c, 0x53, 0x41, 0x44, 0xc1, 0x7f
        .byte 0x63, 0x25, 0x3a, 0x27, 0xfb, 0x76, 0xbf, 0xe2, 0xbc, 0xd1, 0x8f, 0xdf, 0x03, 0x4d, 0xc6, 0x98
        .byte 0x6d, 0x2b, 0x74, 0xf7, 0xed, 0xee, 0xad, 0x8e, 0x79, 0x65, 0x71, 0xce, 0xac, 0x2c, 0xab, 0xa4
        .byte 0xf1, 0x9f, 0x48, 0xb3, 0x19, 0x87, 0xbe, 0xae, 0x70, 0xa2, 0xc5, 0xbe, 0xa6, 0x8a, 0x09, 0x0c
        .balign 16
dbuf:   .space 272
