/* Random integer stream (second seed)
 * Differential test: a fixed pseudo-random stream of 4000 instructions (seed 777);
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
        dli $2, 0x7222d7283ab5a383
        dli $3, 0x72129737
        dli $4, 0x93548b905e5c7474
        dli $5, 0x4513e9a4
        dli $6, 0x89a5b1d8560d8297
        dli $7, 0xffffffffc097ce13
        dli $8, 0x7218d06eec35bea1
        dli $9, 0xffffffffe9896e77
        dli $10, 0x8c1a87369f4b56d2
        dli $11, 0x63bc45c1
        dli $12, 0xe06fc89649f9b43a
        dli $13, 0xfffffffffe3f7f14
        dli $14, 0x1d3f578cede15ff1
        dli $15, 0xffffffffb1243c1b
        dli $24, 0x554949efe35fed0d
        dli $25, 0x1a845f0d
        mthi $3; mtlo $4
        DUMP
        ext $12, $0, 17, 2
        mthi $9
        mtlo $12
        madd $0, $5
        seb $5, $25
        dclo $24, $2
        srl $14, $12, 11
        movn $14, $25, $4
        dsrl $7, $5, 2
        dsubu $2, $25, $10
        mul $25, $25, $3
        movn $24, $15, $14
        mult $15, $15
        dmult $13, $11
        ld $15, -56($21)
        mflo $14
        dsubu $25, $10, $25
        addu $24, $11, $13
        dsbh $4, $24
        sllv $11, $9, $6
        xori $14, $15, 5411
        daddu $15, $13, $6
        clo $15, $0
        andi $3, $12, 36354
        mthi $6
        dmult $4, $7
        mflo $11
        addu $14, $13, $24
        ori $1, $3, 1
        ddivu $zero, $8, $1
        addiu $14, $15, 5401
        daddiu $6, $2, -31152
        sra $14, $5, 25
        and $10, $25, $13
        subu $3, $15, $14
        clz $11, $12
        ins $13, $12, 20, 3
        subu $6, $12, $12
        subu $3, $15, $3
        dmultu $6, $12
        sd $25, 48($21)
        addiu $2, $13, -14240
        mtlo $6
        lbu $4, 3($21)
        lui $12, 9910
        dsrl $11, $8, 5
        addiu $2, $0, 27138
        sltiu $3, $11, 29004
        sll $7, $7, 0
        lwr $7, -23($21)
        DUMP
        lui $7, 39226
        mfhi $14
        lwu $24, -28($21)
        ori $1, $3, 1
        div $zero, $3, $1
        dshd $4, $25
        multu $9, $2
        movz $10, $2, $13
        madd $3, $7
        daddiu $6, $4, -15722
        swr $11, -46($21)
        dextu $5, $4, 35, 17
        daddiu $13, $14, -15264
        movn $8, $6, $4
        daddu $3, $24, $11
        mflo $9
        swl $14, 86($21)
        dsrav $15, $24, $13
        dextu $13, $9, 61, 3
        sll $15, $15, 0
        addu $13, $7, $0
        sb $8, 7($21)
        mflo $12
        mul $2, $15, $7
        multu $13, $0
        sll $12, $6, 7
        subu $10, $12, $7
        mul $9, $2, $10
        sh $8, -14($21)
        sltu $2, $12, $11
        sd $9, 16($21)
        dsubu $3, $2, $3
        madd $7, $15
        addiu $24, $13, -25384
        sd $4, -72($21)
        ext $9, $24, 5, 16
        subu $4, $13, $15
        daddu $14, $6, $10
        sltiu $7, $4, -119
        sd $4, -80($21)
        sdr $24, 1($21)
        mul $5, $13, $7
        addu $11, $9, $5
        dshd $25, $5
        sh $15, 0($21)
        dins $11, $6, 25, 22
        ori $1, $10, 1
        divu $zero, $10, $1
        dsrl $3, $6, 31
        and $6, $8, $14
        DUMP
        daddiu $13, $10, 21111
        nor $5, $10, $9
        maddu $10, $4
        srl $13, $5, 21
        daddu $15, $4, $24
        ext $11, $9, 2, 17
        xor $25, $14, $5
        lb $6, -2($21)
        seh $7, $6
        mul $24, $5, $11
        rotr $15, $4, 12
        dextu $9, $4, 37, 20
        wsbh $4, $0
        mflo $4
        madd $12, $4
        drotrv $25, $14, $4
        ori $1, $14, 1
        ddiv $zero, $24, $1
        multu $2, $2
        mult $15, $2
        ldr $5, 10($21)
        mflo $9
        mtlo $7
        srl $12, $4, 15
        and $8, $7, $4
        sh $12, 6($21)
        dshd $8, $2
        msubu $10, $9
        dextm $8, $15, 24, 37
        slt $12, $10, $4
        lhu $5, 20($21)
        lh $15, -30($21)
        sdl $3, -24($21)
        slt $25, $5, $5
        sllv $2, $7, $11
        sllv $5, $7, $6
        sd $4, -56($21)
        dinsm $13, $11, 12, 33
        lwu $8, -28($21)
        xor $6, $15, $6
        sdr $12, 53($21)
        dmult $25, $8
        mult $4, $11
        mul $8, $11, $9
        sll $9, $7, 4
        multu $5, $10
        ori $1, $8, 1
        div $zero, $10, $1
        and $8, $12, $6
        sw $10, 0($21)
        DUMP
        mult $12, $25
        lb $11, -3($21)
        maddu $25, $4
        sh $3, -16($21)
        seh $7, $4
        nor $5, $4, $2
        andi $3, $8, 53850
        rotr $6, $3, 23
        drotr32 $14, $11, 18
        sra $15, $4, 11
        dextm $14, $5, 20, 38
        drotrv $9, $8, $25
        lwl $11, -87($21)
        wsbh $11, $6
        seb $25, $7
        sll $12, $12, 0
        sra $4, $2, 3
        subu $3, $5, $15
        dsrl32 $14, $12, 8
        lui $8, 37952
        dsll32 $4, $14, 15
        dsubu $2, $12, $14
        mtlo $3
        seh $12, $15
        dsllv $5, $24, $5
        mflo $6
        slti $25, $9, -27739
        xor $3, $9, $12
        mult $7, $8
        daddiu $9, $10, -7384
        andi $25, $6, 63097
        multu $15, $10
        movz $13, $7, $5
        daddiu $24, $2, 25207
        ori $1, $8, 1
        div $zero, $0, $1
        dsubu $15, $13, $4
        ldr $3, 93($21)
        sll $9, $10, 9
        sltu $13, $8, $8
        sb $24, 7($21)
        dsra $14, $25, 18
        srav $6, $10, $6
        dext $7, $13, 28, 22
        sll $24, $24, 0
        srlv $9, $11, $6
        lwl $9, -86($21)
        ld $12, -120($21)
        sll $7, $14, 21
        slti $24, $11, -11422
        DUMP
        slti $7, $24, 21941
        sll $2, $2, 27
        msubu $6, $11
        daddiu $4, $9, 14524
        mul $13, $11, $9
        dextm $24, $14, 2, 42
        xori $8, $12, 13382
        lh $13, -20($21)
        movz $5, $14, $25
        ori $1, $13, 1
        div $zero, $11, $1
        dsubu $14, $3, $10
        seh $2, $8
        sra $6, $9, 7
        dsubu $12, $9, $24
        xor $9, $15, $8
        maddu $0, $0
        daddiu $10, $4, -1177
        subu $3, $0, $7
        dsubu $2, $12, $6
        addiu $13, $25, -28745
        dclo $7, $11
        srav $5, $25, $25
        xor $9, $5, $15
        daddu $12, $5, $11
        slt $10, $12, $6
        sll $2, $2, 0
        ins $2, $11, 16, 12
        sll $5, $6, 11
        dext $2, $24, 25, 17
        lb $10, -8($21)
        ldl $14, 32($21)
        movz $12, $13, $9
        mult $6, $3
        seh $14, $14
        or $2, $6, $6
        lui $25, 16708
        lwl $10, 27($21)
        xori $3, $7, 14232
        ori $1, $14, 1
        divu $zero, $10, $1
        seh $15, $3
        movn $9, $11, $2
        ld $12, -104($21)
        ori $1, $4, 1
        ddiv $zero, $24, $1
        lui $10, 13526
        dsubu $6, $6, $13
        dsubu $8, $2, $8
        sh $5, -16($21)
        DUMP
        slt $12, $14, $4
        dclo $4, $7
        andi $25, $9, 65027
        slt $12, $24, $8
        mul $7, $12, $15
        multu $25, $11
        dsra32 $3, $12, 7
        mul $9, $14, $7
        addu $12, $14, $2
        lb $15, -11($21)
        sll $4, $2, 23
        dinsm $6, $25, 27, 33
        daddiu $3, $15, -5544
        dsrl32 $7, $15, 6
        sw $25, 60($21)
        addu $8, $4, $13
        ori $1, $7, 1
        ddiv $zero, $25, $1
        mfhi $10
        ori $6, $8, 46292
        dsra $12, $2, 25
        ld $6, -48($21)
        daddu $24, $11, $14
        addu $8, $9, $4
        ori $1, $13, 1
        div $zero, $25, $1
        sltu $12, $8, $9
        sll $8, $8, 0
        wsbh $8, $25
        sdr $3, 59($21)
        mfhi $15
        lbu $4, -11($21)
        addu $2, $8, $14
        dinsm $9, $2, 3, 49
        drotr $15, $24, 7
        and $2, $6, $9
        swl $7, -4($21)
        addu $4, $5, $5
        msub $12, $14
        and $2, $7, $10
        daddu $11, $14, $12
        seb $13, $9
        slti $5, $5, -8297
        addu $4, $12, $12
        sltu $10, $6, $9
        lw $12, -60($21)
        clz $8, $12
        sra $12, $25, 25
        xor $5, $14, $7
        srlv $15, $8, $8
        DUMP
        dext $25, $7, 26, 2
        dext $12, $6, 28, 4
        msub $10, $15
        dsrav $7, $13, $8
        sll $14, $5, 10
        msubu $4, $0
        clo $10, $13
        mflo $12
        ins $13, $14, 20, 11
        or $6, $3, $7
        ori $10, $14, 24326
        addiu $5, $10, -23214
        sra $15, $10, 0
        addu $25, $5, $15
        ext $4, $25, 1, 9
        sb $10, -4($21)
        xor $6, $6, $3
        addu $13, $25, $4
        ori $1, $0, 1
        divu $zero, $8, $1
        sll $5, $5, 0
        srl $9, $5, 28
        nor $4, $14, $4
        ori $1, $4, 1
        ddivu $zero, $14, $1
        ori $13, $4, 28122
        dsrlv $7, $10, $12
        dsrlv $12, $11, $3
        mul $6, $8, $15
        mfhi $15
        sra $6, $13, 21
        addiu $25, $14, -9228
        sw $13, -60($21)
        sltu $5, $2, $15
        lbu $6, -4($21)
        sltiu $8, $10, -26666
        or $2, $24, $13
        addu $11, $13, $9
        mthi $4
        mtlo $4
        msubu $5, $6
        dmult $24, $2
        ldr $12, -59($21)
        dshd $8, $12
        sll $15, $5, 13
        dext $9, $7, 25, 26
        sll $12, $12, 0
        subu $13, $10, $25
        ext $11, $5, 28, 1
        ori $1, $7, 1
        DUMP
        ddiv $zero, $9, $1
        lhu $3, 0($21)
        lw $10, -4($21)
        seb $12, $25
        ori $9, $3, 58819
        mflo $13
        addu $6, $3, $15
        sll $2, $2, 0
        ins $2, $10, 4, 14
        daddiu $10, $25, -13694
        lbu $15, 6($21)
        ldl $8, 78($21)
        sdr $15, 3($21)
        dsrl $9, $8, 7
        dsllv $2, $14, $12
        sll $9, $4, 5
        wsbh $11, $6
        daddu $12, $8, $9
        sdl $7, 5($21)
        slti $11, $9, -16376
        xori $3, $7, 48879
        slti $6, $13, 14752
        movn $3, $15, $4
        or $5, $6, $2
        ld $5, 56($21)
        daddu $7, $25, $3
        daddiu $6, $11, 25052
        dsubu $14, $13, $4
        sdr $25, 79($21)
        dinsm $25, $10, 15, 42
        mfhi $6
        dsubu $3, $9, $10
        or $6, $15, $10
        sh $3, -4($21)
        sb $13, -12($21)
        lhu $3, -10($21)
        mthi $3
        mtlo $3
        madd $0, $0
        dsbh $9, $11
        addu $3, $3, $11
        dsbh $5, $14
        dmult $3, $25
        ori $1, $15, 1
        div $zero, $3, $1
        subu $4, $0, $11
        rotrv $12, $11, $12
        addiu $15, $11, -7523
        msub $15, $3
        msubu $3, $11
        DUMP
        ori $1, $12, 1
        divu $zero, $0, $1
        addiu $5, $15, 28209
        lw $2, 0($21)
        dsrl $13, $13, 18
        sw $14, 48($21)
        dsubu $6, $15, $14
        seh $14, $4
        daddu $10, $3, $15
        daddiu $3, $5, 10806
        ori $2, $11, 22756
        dext $14, $5, 5, 16
        drotrv $13, $13, $15
        lbu $13, -11($21)
        dsllv $10, $6, $8
        addu $6, $4, $5
        sll $10, $10, 0
        clo $14, $5
        subu $10, $14, $5
        addu $6, $10, $4
        movn $7, $7, $2
        addiu $15, $13, -12797
        sdl $4, -49($21)
        dsll32 $12, $8, 1
        ori $9, $15, 25494
        sltiu $9, $6, 17281
        dsrav $12, $6, $6
        sh $13, -6($21)
        daddiu $3, $11, -19355
        xor $9, $4, $5
        multu $6, $13
        ori $1, $5, 1
        div $zero, $15, $1
        lw $2, -40($21)
        xori $7, $15, 53284
        nor $11, $12, $8
        daddiu $10, $14, -24378
        sdr $13, -44($21)
        sltu $2, $12, $24
        clo $25, $0
        addu $15, $4, $25
        lwu $2, 52($21)
        slt $12, $7, $11
        xori $25, $15, 61040
        daddu $12, $25, $5
        dmult $2, $12
        subu $8, $25, $5
        lui $12, 50865
        or $12, $14, $3
        sdr $9, 18($21)
        DUMP
        ext $3, $25, 18, 3
        dinsu $25, $7, 38, 12
        sltu $2, $14, $15
        dsubu $8, $24, $14
        swl $3, -4($21)
        movz $8, $13, $9
        lwu $14, -16($21)
        mul $24, $2, $0
        dshd $6, $25
        ori $1, $2, 1
        div $zero, $13, $1
        ldr $5, -17($21)
        clz $6, $15
        mul $13, $0, $13
        seh $2, $25
        srlv $15, $2, $25
        or $9, $6, $15
        srav $11, $4, $12
        dextm $11, $15, 29, 34
        dsrlv $25, $24, $2
        dmultu $7, $12
        nor $10, $4, $25
        lwu $13, 24($21)
        addiu $25, $2, -13464
        lw $8, -56($21)
        or $6, $2, $6
        sllv $2, $25, $3
        rotrv $6, $24, $8
        rotrv $11, $24, $5
        sb $11, 8($21)
        sltiu $4, $3, -24051
        subu $5, $0, $2
        ori $1, $8, 1
        div $zero, $24, $1
        srlv $5, $15, $2
        drotr $10, $10, 13
        seh $11, $12
        ldl $9, 91($21)
        ins $24, $2, 8, 10
        and $7, $25, $5
        wsbh $2, $3
        dsrl32 $6, $24, 6
        drotrv $4, $13, $8
        ori $1, $8, 1
        div $zero, $7, $1
        rotr $12, $24, 23
        dsubu $5, $13, $5
        dextu $10, $7, 55, 8
        dsubu $6, $4, $9
        sra $14, $25, 12
        DUMP
        dshd $4, $8
        dmult $10, $11
        dclo $7, $7
        movz $25, $8, $12
        dext $25, $11, 10, 6
        dsra32 $5, $15, 25
        sllv $24, $24, $5
        lbu $11, 7($21)
        drotrv $25, $11, $5
        mfhi $3
        sll $5, $8, 13
        daddu $2, $12, $2
        sltu $6, $4, $24
        addiu $5, $5, -90
        mfhi $3
        rotr $2, $11, 30
        sra $8, $11, 28
        sll $9, $11, 0
        lwl $6, -19($21)
        dsubu $8, $5, $7
        dsubu $9, $4, $2
        mult $14, $24
        sll $9, $9, 0
        addu $2, $0, $12
        swr $24, 22($21)
        xori $6, $4, 47953
        addu $6, $7, $5
        seb $7, $10
        dmultu $14, $6
        sltu $2, $15, $8
        sb $14, 15($21)
        subu $8, $15, $2
        subu $12, $5, $9
        lwr $12, -29($21)
        sll $3, $3, 0
        lwr $3, 60($21)
        daddiu $5, $13, -28163
        ori $1, $12, 1
        divu $zero, $15, $1
        multu $0, $2
        dmultu $25, $9
        daddiu $5, $25, -10017
        slti $25, $3, -24791
        sll $10, $2, 31
        mul $24, $3, $12
        slt $11, $2, $3
        dsubu $25, $7, $10
        dextm $12, $3, 26, 37
        lui $25, 54006
        sd $13, 40($21)
        DUMP
        sll $8, $8, 0
        ori $1, $24, 1
        divu $zero, $15, $1
        lw $5, -56($21)
        sll $13, $13, 0
        lwl $13, -77($21)
        sb $10, -2($21)
        sllv $11, $0, $8
        srlv $4, $15, $10
        ld $15, -120($21)
        addiu $25, $11, 12342
        daddu $9, $6, $24
        daddiu $10, $6, -32293
        srl $25, $25, 22
        clo $24, $3
        xori $7, $6, 59374
        mult $0, $4
        lw $11, 8($21)
        srl $4, $7, 30
        srav $8, $0, $13
        mfhi $10
        dext $10, $6, 31, 7
        lb $7, 6($21)
        dinsm $14, $10, 25, 37
        msub $2, $3
        dsrl32 $15, $9, 9
        daddu $10, $5, $9
        daddiu $15, $3, 11472
        lhu $24, 30($21)
        lb $10, 6($21)
        and $2, $3, $10
        sra $2, $6, 4
        ld $24, -96($21)
        clz $13, $0
        xor $3, $11, $25
        dmultu $7, $4
        wsbh $3, $2
        slti $12, $13, -5717
        clo $11, $5
        dclz $13, $10
        rotrv $11, $4, $9
        mthi $10
        mtlo $3
        sll $5, $5, 0
        msub $2, $0
        lb $4, 15($21)
        seh $24, $11
        daddu $9, $3, $8
        sw $2, -8($21)
        nor $25, $3, $6
        DUMP
        srlv $4, $6, $8
        lwl $4, 71($21)
        wsbh $13, $2
        dmultu $15, $11
        daddu $7, $9, $4
        lh $15, 0($21)
        dsrav $6, $7, $13
        srav $5, $8, $24
        seh $10, $25
        ori $1, $5, 1
        ddiv $zero, $2, $1
        daddu $7, $11, $10
        or $24, $6, $14
        lwr $3, -21($21)
        slt $7, $2, $13
        ori $1, $12, 1
        div $zero, $2, $1
        or $14, $13, $15
        dsra $12, $3, 10
        mul $2, $5, $11
        sd $9, 56($21)
        dclo $10, $7
        sdr $12, 68($21)
        movn $6, $8, $10
        sdr $6, -54($21)
        subu $13, $14, $3
        ldl $11, 45($21)
        sltiu $3, $6, 9595
        sd $5, 40($21)
        mul $12, $14, $8
        addiu $4, $0, 1759
        movz $24, $3, $9
        mflo $9
        mult $15, $8
        multu $10, $8
        and $2, $6, $12
        maddu $7, $13
        ld $8, -96($21)
        mul $5, $4, $13
        sltiu $4, $5, 29984
        lw $4, -64($21)
        ld $4, 120($21)
        dextm $12, $5, 1, 62
        lw $13, -52($21)
        dsubu $14, $6, $5
        sll $8, $8, 0
        clo $3, $9
        sll $25, $6, 2
        daddu $24, $2, $3
        msubu $15, $8
        DUMP
        daddiu $25, $4, 27871
        sh $4, 14($21)
        sll $15, $15, 0
        maddu $8, $7
        rotr $10, $9, 26
        nor $15, $7, $14
        sll $12, $12, 0
        lwl $12, -37($21)
        dinsm $3, $3, 17, 37
        sdr $24, 46($21)
        ori $1, $9, 1
        ddiv $zero, $12, $1
        lui $7, 12449
        mthi $5
        mtlo $12
        msubu $7, $13
        dextm $3, $7, 6, 48
        lw $15, 8($21)
        multu $8, $10
        lui $10, 30980
        seh $5, $25
        movz $4, $11, $9
        sll $8, $8, 0
        mult $12, $13
        srav $7, $15, $15
        addiu $6, $12, -4214
        addu $11, $9, $9
        clo $24, $13
        mult $11, $10
        or $11, $2, $12
        dsrlv $11, $4, $7
        lhu $11, -30($21)
        dsrav $15, $10, $2
        mfhi $9
        lw $6, 24($21)
        and $4, $6, $3
        mul $5, $9, $24
        xor $15, $14, $11
        or $13, $9, $12
        sltu $12, $9, $7
        and $13, $2, $12
        sw $14, 28($21)
        xori $6, $10, 48563
        addiu $11, $7, 2454
        multu $9, $8
        dins $24, $10, 17, 5
        ori $1, $24, 1
        ddiv $zero, $14, $1
        mul $12, $6, $0
        mthi $8
        DUMP
        mtlo $0
        madd $0, $12
        wsbh $25, $12
        dclz $11, $2
        dsubu $8, $14, $5
        ldl $13, -44($21)
        dsllv $8, $14, $9
        lbu $6, 7($21)
        ori $14, $7, 34816
        sra $12, $9, 0
        lw $24, -4($21)
        maddu $24, $12
        dins $15, $9, 28, 1
        subu $7, $7, $5
        daddiu $10, $12, 21885
        daddiu $15, $12, -14627
        drotr $2, $4, 1
        mthi $24
        mul $25, $24, $11
        lb $12, 13($21)
        sh $6, 10($21)
        sll $15, $15, 0
        ins $15, $0, 16, 1
        sll $25, $25, 0
        subu $6, $7, $0
        srlv $9, $12, $11
        maddu $25, $7
        mthi $2
        dsubu $25, $7, $2
        sltiu $4, $25, 14243
        seb $6, $7
        daddu $4, $13, $12
        daddu $15, $24, $3
        lw $5, -20($21)
        daddiu $3, $14, 12021
        subu $6, $9, $0
        slti $13, $15, -20907
        swl $2, -95($21)
        sll $10, $10, 16
        lh $2, -30($21)
        nor $7, $11, $3
        dsubu $14, $10, $7
        mul $9, $24, $6
        nor $8, $24, $24
        mthi $11
        mtlo $6
        madd $11, $11
        rotrv $8, $8, $8
        dextu $14, $14, 56, 3
        or $8, $5, $8
        DUMP
        ori $2, $2, 59885
        movz $13, $2, $14
        maddu $5, $12
        sll $8, $8, 24
        dsrl32 $6, $14, 14
        dsra $4, $10, 13
        nor $8, $6, $5
        daddiu $8, $7, -17111
        mflo $15
        ori $1, $15, 1
        ddiv $zero, $15, $1
        sll $11, $11, 0
        subu $9, $10, $9
        daddu $6, $25, $4
        dsllv $5, $14, $2
        movz $9, $13, $2
        movz $6, $14, $13
        mthi $10
        dextu $8, $8, 41, 9
        andi $3, $10, 11921
        dsra $5, $13, 14
        dsra32 $9, $2, 15
        and $3, $4, $13
        dsubu $12, $11, $5
        multu $15, $2
        dsrlv $24, $10, $25
        mul $9, $15, $10
        sd $11, 40($21)
        daddiu $24, $6, -31722
        daddu $2, $25, $10
        dsllv $7, $3, $5
        ori $1, $7, 1
        ddivu $zero, $4, $1
        dsll $3, $3, 12
        dsrl32 $24, $11, 29
        addiu $25, $10, -11929
        ori $6, $4, 25937
        slt $25, $24, $8
        mthi $9
        mtlo $11
        maddu $13, $25
        drotr $6, $12, 30
        dsbh $7, $5
        drotr32 $7, $12, 18
        dmult $25, $15
        addu $7, $25, $10
        daddu $3, $15, $24
        and $14, $6, $9
        lhu $5, -4($21)
        lw $2, -60($21)
        DUMP
        lwu $12, -32($21)
        and $12, $14, $11
        lbu $15, -9($21)
        dinsu $14, $6, 58, 5
        or $8, $3, $15
        xor $6, $2, $12
        dmultu $10, $11
        mfhi $9
        daddu $3, $10, $5
        daddu $25, $9, $11
        dsbh $14, $9
        daddu $13, $9, $25
        daddiu $10, $5, 7561
        dclz $11, $6
        dsubu $4, $2, $2
        clz $24, $5
        and $6, $25, $24
        movz $8, $14, $15
        clo $14, $5
        xor $9, $8, $24
        lbu $24, -11($21)
        lhu $2, 4($21)
        and $15, $25, $24
        daddu $13, $3, $15
        movz $3, $5, $4
        addiu $24, $5, 21789
        and $11, $10, $14
        dmultu $2, $2
        or $11, $10, $13
        sdl $3, 51($21)
        ori $8, $15, 1820
        lbu $5, -14($21)
        xor $9, $4, $4
        wsbh $11, $5
        seh $14, $24
        xor $10, $25, $12
        srlv $13, $7, $14
        mult $7, $5
        srl $3, $14, 7
        ori $1, $2, 1
        ddivu $zero, $2, $1
        sdr $14, 29($21)
        sb $13, -12($21)
        dsrlv $10, $5, $3
        lbu $5, 12($21)
        dextu $14, $25, 51, 1
        lw $6, 56($21)
        dextu $4, $11, 45, 14
        dsllv $24, $9, $25
        dsubu $8, $14, $8
        DUMP
        mflo $9
        sltu $4, $14, $8
        subu $11, $5, $6
        dext $24, $7, 13, 25
        sd $2, -80($21)
        sll $24, $24, 0
        lwl $24, -34($21)
        mtlo $14
        dsllv $7, $8, $24
        addiu $10, $2, -24881
        srav $10, $2, $14
        seb $25, $11
        nor $15, $4, $2
        dclo $14, $14
        drotr $11, $7, 0
        multu $10, $6
        sh $25, 12($21)
        sw $24, -24($21)
        rotr $13, $14, 29
        clz $8, $10
        dextu $4, $13, 62, 1
        sllv $9, $13, $13
        ori $1, $9, 1
        ddiv $zero, $5, $1
        slt $12, $6, $25
        ori $1, $24, 1
        divu $zero, $10, $1
        addiu $4, $6, 10496
        seb $7, $13
        daddiu $5, $8, 449
        sll $15, $15, 26
        srav $2, $13, $8
        sw $25, -24($21)
        andi $9, $13, 54200
        dshd $9, $11
        rotr $2, $10, 1
        sw $10, 12($21)
        drotr $12, $4, 27
        daddu $11, $25, $11
        sll $24, $24, 0
        mult $0, $10
        drotrv $7, $11, $14
        sltu $13, $24, $2
        xori $13, $8, 3006
        srl $6, $15, 4
        clo $10, $4
        xor $14, $7, $10
        multu $15, $0
        seh $10, $12
        nor $4, $3, $24
        DUMP
        dmult $7, $2
        sll $13, $13, 0
        addu $25, $13, $13
        dsbh $13, $13
        dins $2, $5, 1, 23
        sra $8, $6, 31
        ext $13, $15, 14, 18
        multu $25, $25
        andi $3, $6, 57386
        swr $15, -92($21)
        ori $1, $5, 1
        ddivu $zero, $14, $1
        lwu $8, -48($21)
        mthi $0
        mtlo $10
        msub $13, $6
        sll $9, $9, 0
        subu $8, $24, $10
        dsll $3, $25, 5
        lwr $24, 86($21)
        dsll $7, $12, 7
        addiu $25, $6, -4480
        daddu $24, $11, $7
        or $10, $9, $5
        msub $15, $4
        dmult $9, $12
        srl $5, $0, 8
        subu $11, $4, $4
        daddu $11, $10, $25
        subu $5, $13, $15
        lwl $4, 12($21)
        dsbh $5, $25
        daddiu $9, $14, 11452
        lbu $11, -15($21)
        ldl $4, 55($21)
        mfhi $9
        sb $10, -13($21)
        lbu $15, 0($21)
        nor $5, $25, $25
        dsubu $5, $6, $6
        lui $11, 26206
        daddu $8, $24, $10
        clo $24, $6
        mul $15, $24, $6
        sll $9, $9, 0
        lwr $9, -68($21)
        daddiu $8, $10, 19240
        multu $6, $0
        addu $14, $13, $11
        ori $1, $5, 1
        DUMP
        ddiv $zero, $13, $1
        addiu $25, $0, -2403
        addiu $11, $0, -19981
        dsll32 $3, $14, 7
        dmultu $14, $6
        daddu $14, $3, $14
        lwu $24, -24($21)
        wsbh $15, $9
        slt $8, $11, $12
        dsrav $10, $3, $12
        movn $4, $2, $13
        sll $2, $2, 0
        ins $2, $15, 10, 6
        multu $8, $2
        subu $10, $6, $9
        ld $2, -112($21)
        lbu $14, 14($21)
        mflo $7
        movn $3, $12, $25
        daddiu $24, $10, -27903
        sd $9, 32($21)
        sra $7, $11, 23
        nor $3, $10, $6
        daddiu $6, $5, 30205
        nor $2, $5, $12
        multu $15, $3
        subu $25, $14, $0
        rotrv $24, $9, $3
        lbu $7, -14($21)
        clz $10, $8
        lwr $3, -80($21)
        lwu $9, 28($21)
        ldl $14, -97($21)
        addu $7, $25, $24
        srl $5, $10, 31
        dsubu $5, $5, $6
        sw $9, -24($21)
        sb $6, -13($21)
        multu $24, $8
        or $11, $10, $9
        lh $10, 10($21)
        slt $12, $24, $12
        msubu $25, $8
        msubu $13, $25
        multu $24, $25
        swr $7, 0($21)
        mul $10, $13, $25
        sllv $5, $12, $8
        srlv $2, $12, $6
        subu $25, $8, $13
        DUMP
        sd $25, 0($21)
        multu $8, $3
        sd $5, 40($21)
        lh $13, -18($21)
        srl $7, $13, 14
        mult $15, $8
        lb $24, -8($21)
        sh $24, 0($21)
        ld $4, -40($21)
        dmultu $10, $8
        daddu $5, $15, $25
        dsrl $15, $4, 3
        lwr $2, -39($21)
        lbu $8, 13($21)
        ori $1, $2, 1
        ddivu $zero, $3, $1
        dsllv $8, $8, $6
        dext $25, $5, 12, 1
        slti $7, $8, 23910
        dsll $7, $14, 31
        ldl $11, 22($21)
        sw $15, -8($21)
        drotr $12, $13, 13
        mul $6, $2, $3
        lhu $3, -30($21)
        clz $24, $6
        clo $14, $3
        movz $15, $7, $6
        sra $25, $14, 1
        sll $14, $14, 0
        ori $1, $25, 1
        divu $zero, $14, $1
        movn $25, $11, $4
        lwu $13, 20($21)
        wsbh $7, $10
        daddu $9, $10, $12
        wsbh $9, $10
        lb $14, -11($21)
        ori $15, $15, 2045
        mul $6, $9, $2
        swr $2, 53($21)
        ldl $2, -73($21)
        sdl $15, 87($21)
        seh $8, $11
        lwu $25, 52($21)
        dsll32 $3, $5, 23
        dinsm $4, $24, 18, 41
        nor $10, $2, $10
        rotr $2, $14, 20
        subu $2, $24, $0
        DUMP
        addiu $15, $14, -21555
        sll $11, $11, 0
        lwr $11, -13($21)
        lui $5, 17710
        dmult $4, $6
        sra $7, $7, 15
        dsll $24, $12, 7
        dmultu $12, $6
        swr $10, -62($21)
        addu $7, $7, $15
        xor $8, $4, $4
        swl $4, 58($21)
        mthi $15
        mtlo $0
        maddu $0, $11
        dsubu $14, $24, $4
        wsbh $8, $6
        rotr $7, $6, 10
        dsll $7, $15, 20
        lui $25, 21998
        sllv $4, $0, $9
        ori $1, $11, 1
        ddiv $zero, $7, $1
        dclz $25, $4
        drotrv $8, $7, $2
        drotrv $5, $14, $11
        mthi $9
        addiu $10, $6, -24630
        dsubu $7, $24, $7
        addiu $14, $0, 32029
        dshd $9, $4
        dins $11, $10, 13, 28
        sra $8, $10, 22
        sll $12, $11, 25
        addu $14, $6, $8
        dsrav $13, $24, $4
        dsbh $15, $9
        sd $8, -96($21)
        mthi $14
        sll $25, $25, 0
        srav $10, $12, $3
        dmultu $9, $12
        sh $25, -18($21)
        mthi $25
        mtlo $10
        maddu $0, $0
        addiu $24, $10, 22275
        daddiu $8, $3, 9363
        multu $10, $25
        msub $0, $12
        DUMP
        mul $15, $14, $24
        dmultu $2, $3
        mthi $10
        mtlo $24
        maddu $15, $0
        sh $6, 28($21)
        dmultu $9, $24
        daddiu $15, $14, 11117
        sll $8, $4, 26
        ori $1, $0, 1
        div $zero, $24, $1
        mult $24, $25
        mfhi $25
        xor $9, $5, $15
        dshd $15, $14
        sb $24, -4($21)
        sb $9, 3($21)
        ori $1, $7, 1
        ddivu $zero, $14, $1
        clo $13, $6
        xor $8, $25, $4
        sll $15, $11, 23
        dsllv $9, $8, $7
        lhu $10, -6($21)
        mthi $24
        mtlo $6
        madd $12, $14
        dsbh $2, $10
        drotr32 $10, $25, 5
        nor $8, $24, $6
        addiu $5, $6, 29438
        lhu $6, 28($21)
        ins $24, $25, 3, 16
        daddu $5, $13, $2
        daddiu $24, $10, 13773
        lb $14, 1($21)
        movz $24, $5, $7
        sra $7, $0, 16
        addiu $24, $4, -7742
        lui $6, 16977
        dshd $14, $6
        clo $3, $7
        lwu $14, 4($21)
        lwu $25, -12($21)
        sdr $7, 91($21)
        drotr $12, $15, 13
        addiu $8, $3, -13471
        dextm $3, $24, 23, 37
        rotr $15, $7, 6
        dclz $6, $24
        DUMP
        dsll $24, $10, 30
        srav $8, $4, $9
        lh $3, 2($21)
        slt $15, $14, $8
        lh $12, 12($21)
        mfhi $24
        rotr $13, $12, 11
        subu $5, $7, $6
        movn $5, $2, $13
        dinsu $5, $12, 47, 9
        sll $3, $3, 0
        srlv $5, $0, $4
        maddu $4, $6
        slt $2, $7, $12
        or $14, $6, $25
        mflo $12
        seb $11, $2
        mul $5, $3, $8
        srl $10, $7, 19
        ori $1, $8, 1
        ddivu $zero, $9, $1
        sd $11, -24($21)
        lw $8, -24($21)
        dsbh $24, $24
        dsrl32 $5, $2, 4
        srl $14, $7, 12
        lwr $4, -18($21)
        lb $9, -13($21)
        movz $9, $13, $11
        wsbh $15, $3
        rotr $2, $13, 24
        mfhi $4
        nor $5, $12, $10
        mthi $10
        mtlo $5
        maddu $9, $3
        sll $15, $15, 0
        srav $8, $7, $3
        mfhi $14
        sb $2, 13($21)
        and $25, $12, $13
        xori $15, $15, 20369
        mult $25, $7
        slt $6, $24, $4
        msubu $15, $9
        mul $13, $13, $25
        lui $25, 56015
        addiu $24, $10, -17654
        multu $14, $6
        dsrl32 $12, $3, 4
        DUMP
        dext $11, $6, 5, 27
        srl $6, $24, 2
        ins $25, $25, 8, 19
        movz $4, $7, $8
        ori $1, $13, 1
        ddivu $zero, $9, $1
        mflo $3
        movn $3, $8, $7
        dsra32 $9, $9, 15
        multu $2, $8
        mflo $3
        dsubu $5, $13, $6
        mul $2, $8, $10
        dins $15, $7, 9, 10
        rotrv $14, $8, $4
        sll $10, $13, 11
        dsra $13, $11, 19
        clz $3, $3
        or $2, $3, $8
        addiu $12, $7, 6900
        dsllv $13, $12, $9
        srlv $3, $2, $24
        sd $9, -88($21)
        subu $5, $3, $14
        movn $8, $10, $14
        or $9, $5, $10
        dmult $6, $2
        mult $9, $6
        mtlo $13
        mul $11, $0, $25
        xor $10, $11, $11
        sdl $6, -67($21)
        dshd $2, $15
        slti $7, $14, 13554
        swr $5, -63($21)
        slt $10, $11, $25
        lwr $24, 48($21)
        subu $2, $11, $10
        sll $13, $13, 0
        lwl $13, 69($21)
        sll $14, $14, 0
        addiu $15, $13, 20027
        ori $1, $25, 1
        ddivu $zero, $15, $1
        mfhi $9
        sw $14, -64($21)
        lwl $7, -29($21)
        dextu $10, $4, 43, 12
        sb $14, -1($21)
        wsbh $13, $11
        DUMP
        multu $14, $3
        sb $2, 2($21)
        ori $1, $25, 1
        ddiv $zero, $25, $1
        swl $13, -34($21)
        dclz $25, $7
        clz $7, $11
        drotr $5, $3, 16
        and $12, $3, $12
        daddiu $25, $24, 4363
        mfhi $12
        ldl $5, -17($21)
        sll $9, $9, 0
        mult $11, $11
        sltiu $14, $2, 15625
        srl $2, $7, 22
        addiu $10, $7, -13763
        dsrl $2, $12, 1
        rotr $11, $10, 20
        lh $24, 14($21)
        dsrav $10, $4, $6
        sllv $13, $14, $10
        sw $7, -8($21)
        dsrl32 $8, $10, 24
        srl $7, $13, 31
        clo $14, $7
        ori $1, $13, 1
        ddiv $zero, $7, $1
        movz $6, $11, $24
        movz $9, $24, $13
        nor $12, $24, $13
        lhu $13, 6($21)
        dmultu $24, $5
        lw $4, -28($21)
        ori $1, $7, 1
        div $zero, $6, $1
        movn $8, $2, $6
        srlv $14, $15, $11
        ins $13, $9, 5, 5
        xor $3, $6, $2
        mul $25, $9, $13
        swl $9, -79($21)
        daddiu $24, $4, 23255
        dsll32 $4, $9, 19
        sltiu $10, $14, -29302
        mthi $25
        sll $4, $4, 0
        multu $11, $10
        slti $13, $11, -11145
        daddiu $10, $10, 9431
        DUMP
        daddu $7, $15, $14
        sd $2, 16($21)
        mul $14, $15, $0
        sb $9, 6($21)
        slt $3, $14, $9
        sltu $5, $12, $3
        lwl $12, 94($21)
        dshd $25, $25
        slti $5, $9, 29860
        sltiu $2, $24, -18220
        srl $24, $3, 15
        dext $7, $5, 24, 16
        srl $24, $12, 10
        subu $25, $4, $9
        multu $3, $9
        clz $4, $12
        sll $3, $3, 0
        clo $6, $12
        drotr32 $12, $9, 15
        sll $10, $25, 18
        ori $1, $12, 1
        ddiv $zero, $12, $1
        ori $1, $13, 1
        div $zero, $11, $1
        sh $4, -6($21)
        sb $10, -8($21)
        and $24, $13, $4
        sll $2, $2, 0
        srav $13, $4, $7
        addiu $11, $11, 26688
        sra $11, $6, 12
        sh $12, -10($21)
        rotrv $13, $13, $6
        lw $9, 52($21)
        lw $2, -60($21)
        mul $15, $4, $9
        madd $25, $10
        dsra $25, $10, 29
        lwl $2, 93($21)
        lb $7, 15($21)
        sdr $11, -2($21)
        dsrl32 $11, $12, 26
        dextm $7, $5, 26, 38
        lh $24, -16($21)
        nor $10, $3, $5
        addu $2, $6, $9
        lh $25, -32($21)
        daddu $9, $13, $6
        swl $13, 67($21)
        movz $7, $14, $12
        DUMP
        sll $14, $14, 0
        sll $9, $9, 0
        madd $3, $13
        or $6, $7, $15
        seb $12, $25
        sltu $11, $5, $15
        ins $24, $10, 17, 9
        sdl $6, 28($21)
        dsrav $11, $8, $5
        and $24, $5, $5
        sh $7, -14($21)
        or $3, $11, $9
        lui $12, 59951
        dinsm $9, $11, 29, 33
        mul $15, $12, $10
        lhu $6, 20($21)
        and $25, $4, $4
        subu $2, $15, $13
        sltu $5, $9, $5
        drotrv $14, $24, $14
        swl $6, 84($21)
        nor $2, $7, $12
        daddu $6, $11, $24
        lhu $15, -16($21)
        dsubu $7, $14, $8
        nor $25, $12, $10
        ori $1, $15, 1
        ddivu $zero, $15, $1
        addiu $6, $5, -18706
        dsll $8, $11, 14
        sll $2, $12, 16
        dclo $6, $12
        sw $7, 40($21)
        sll $8, $8, 0
        ins $4, $8, 16, 14
        dins $6, $3, 0, 17
        dmultu $15, $14
        lui $9, 59707
        multu $12, $5
        subu $10, $25, $9
        sd $8, -24($21)
        sll $12, $12, 0
        subu $8, $10, $15
        dsubu $5, $7, $3
        slti $2, $8, -17188
        dsubu $3, $6, $14
        dclo $2, $11
        dsra $8, $12, 26
        mflo $3
        dclz $13, $2
        DUMP
        srl $8, $25, 17
        addiu $3, $2, -21408
        dsll $6, $10, 19
        sltu $10, $12, $9
        sll $8, $8, 0
        mult $2, $3
        dsra $2, $14, 15
        addiu $8, $10, 19095
        dinsm $12, $7, 25, 34
        dclo $25, $15
        dsll32 $10, $10, 13
        dsrl32 $14, $25, 17
        ori $1, $13, 1
        ddiv $zero, $6, $1
        addiu $4, $24, 28618
        dinsu $6, $7, 41, 15
        mthi $13
        mtlo $15
        madd $3, $25
        mfhi $15
        dsra32 $2, $25, 19
        sh $11, 30($21)
        lwl $9, 44($21)
        lwl $8, -62($21)
        movz $25, $2, $2
        lh $9, -24($21)
        movn $24, $4, $11
        dsbh $12, $6
        swr $14, 96($21)
        movz $14, $11, $5
        mfhi $2
        lui $9, 23688
        ori $11, $6, 61289
        dsll $10, $5, 14
        ori $1, $4, 1
        ddivu $zero, $8, $1
        sra $12, $0, 24
        dsubu $10, $14, $6
        clz $6, $8
        andi $15, $14, 57267
        sll $9, $10, 24
        ori $10, $13, 17582
        mult $9, $9
        slt $12, $11, $4
        ori $1, $0, 1
        divu $zero, $9, $1
        sltu $6, $24, $24
        mul $25, $12, $0
        dsllv $8, $10, $7
        sh $11, -14($21)
        DUMP
        daddu $9, $14, $14
        dclo $8, $14
        dsllv $10, $13, $25
        sb $3, 4($21)
        sltu $4, $24, $9
        slti $12, $6, 15443
        addiu $15, $15, -25663
        rotr $24, $25, 0
        xori $11, $10, 2382
        lb $12, 9($21)
        lhu $6, -32($21)
        dinsm $24, $24, 20, 36
        sltiu $14, $24, -31872
        nor $9, $25, $10
        ext $4, $6, 17, 15
        daddiu $13, $11, -20505
        slt $15, $15, $2
        slt $6, $7, $5
        mflo $13
        and $3, $4, $13
        daddu $8, $2, $11
        daddiu $5, $14, -1614
        xori $2, $2, 48486
        drotr $3, $11, 6
        sra $8, $25, 28
        dshd $12, $7
        srl $10, $13, 7
        rotr $4, $25, 3
        sll $5, $5, 0
        ins $5, $15, 18, 14
        dinsm $13, $25, 12, 34
        mult $25, $5
        mult $5, $15
        sra $5, $10, 15
        daddu $24, $15, $2
        lui $6, 13817
        lwl $8, 27($21)
        sw $25, -44($21)
        dsubu $7, $5, $11
        dmultu $24, $15
        mul $11, $5, $2
        ori $1, $8, 1
        divu $zero, $0, $1
        lb $14, 12($21)
        msubu $14, $4
        mul $6, $10, $15
        dinsm $12, $24, 2, 53
        and $2, $4, $8
        dsubu $7, $7, $11
        sll $6, $6, 0
        DUMP
        multu $25, $11
        ins $11, $0, 31, 1
        multu $6, $2
        daddu $13, $24, $15
        msub $11, $0
        lhu $9, -6($21)
        mflo $15
        dextu $11, $25, 40, 24
        dsrav $2, $25, $11
        dinsm $6, $6, 12, 39
        dsll32 $6, $10, 11
        ori $1, $7, 1
        ddivu $zero, $15, $1
        sll $11, $3, 12
        dins $2, $13, 19, 31
        daddiu $9, $11, -1148
        sllv $14, $10, $9
        addiu $13, $14, -25317
        sll $9, $9, 16
        sd $2, -64($21)
        addiu $11, $13, -25356
        lbu $8, 8($21)
        daddu $13, $12, $3
        addiu $11, $25, -12879
        slti $2, $10, -27965
        movn $7, $15, $2
        sh $12, 6($21)
        addiu $9, $0, 11963
        nor $4, $15, $12
        sw $11, -56($21)
        andi $3, $14, 47169
        sw $12, -32($21)
        sltiu $6, $11, -14034
        ldl $11, 23($21)
        drotrv $13, $6, $25
        addiu $13, $8, 30172
        sll $12, $12, 0
        subu $15, $10, $25
        ext $15, $3, 16, 9
        rotr $13, $5, 6
        sra $14, $9, 14
        dextu $3, $25, 38, 12
        sh $13, -20($21)
        dextu $4, $13, 40, 18
        dshd $8, $2
        lhu $10, 20($21)
        dmult $25, $6
        seb $2, $24
        clz $14, $5
        mfhi $10
        DUMP
        and $3, $15, $3
        sltiu $2, $3, 16931
        movn $3, $2, $5
        andi $13, $4, 45949
        dinsu $2, $5, 63, 1
        sll $10, $6, 22
        dmultu $11, $11
        sltu $6, $8, $11
        lb $12, -5($21)
        nor $4, $13, $15
        dextu $11, $24, 41, 1
        dins $6, $5, 2, 13
        ori $1, $15, 1
        ddivu $zero, $12, $1
        lui $8, 15974
        ori $2, $5, 49554
        dmultu $11, $3
        srlv $15, $0, $13
        rotr $11, $5, 0
        drotrv $25, $25, $24
        dextu $12, $13, 47, 3
        sra $8, $4, 29
        sw $15, -36($21)
        dsubu $3, $12, $9
        dsrl $2, $10, 20
        slt $25, $9, $5
        dclo $6, $5
        lui $13, 51463
        lhu $4, 28($21)
        dinsu $11, $24, 44, 14
        dinsu $14, $14, 60, 3
        addiu $8, $25, -30788
        sb $10, 1($21)
        sb $15, 0($21)
        ori $1, $11, 1
        ddivu $zero, $7, $1
        lui $3, 10946
        sd $3, -96($21)
        addiu $6, $10, 22203
        daddiu $14, $10, 20947
        clz $8, $10
        ori $1, $5, 1
        div $zero, $9, $1
        dsra $24, $10, 24
        lwu $2, 44($21)
        mul $7, $0, $4
        dclo $3, $15
        sll $6, $12, 25
        or $3, $12, $8
        movz $11, $6, $9
        DUMP
        dsbh $9, $25
        ext $5, $13, 27, 3
        msub $25, $6
        dsrl32 $25, $4, 0
        and $24, $8, $2
        slti $4, $12, -5503
        sllv $3, $15, $25
        srlv $11, $8, $3
        lb $15, 14($21)
        daddu $3, $15, $7
        sdl $14, -35($21)
        dsll32 $14, $25, 26
        dinsu $13, $14, 57, 7
        slti $24, $24, -31059
        msubu $15, $0
        sltiu $11, $9, 10994
        daddu $8, $8, $9
        drotrv $13, $4, $24
        sw $4, 56($21)
        sh $5, 28($21)
        movz $14, $14, $5
        dinsu $11, $25, 45, 7
        srl $13, $0, 3
        lh $7, -2($21)
        srav $25, $13, $12
        sra $14, $15, 9
        clo $2, $4
        clo $11, $2
        dsllv $12, $8, $12
        multu $4, $10
        slti $2, $14, 3894
        addiu $10, $4, -9686
        lb $11, -6($21)
        sw $3, -60($21)
        xori $15, $3, 21001
        nor $6, $10, $5
        movz $9, $5, $8
        mfhi $7
        sltu $9, $9, $3
        multu $7, $10
        and $24, $15, $2
        sra $14, $10, 11
        sll $10, $4, 29
        daddu $24, $11, $24
        dsll $13, $13, 20
        ori $1, $6, 1
        ddivu $zero, $10, $1
        dshd $12, $6
        ori $1, $11, 1
        divu $zero, $11, $1
        DUMP
        ldr $7, -77($21)
        clz $14, $10
        addu $11, $10, $5
        slti $14, $13, 16898
        ori $9, $25, 7352
        sll $11, $10, 27
        mfhi $24
        ori $2, $13, 29013
        dsubu $2, $13, $5
        drotr32 $25, $9, 13
        srlv $2, $0, $6
        movn $13, $15, $13
        addiu $25, $14, 24003
        mtlo $8
        or $13, $8, $11
        seh $6, $3
        mthi $14
        ext $7, $6, 1, 19
        sltu $15, $15, $11
        mthi $5
        mtlo $6
        msubu $0, $0
        mtlo $10
        daddiu $3, $10, -924
        dsbh $14, $13
        sll $10, $10, 0
        msubu $4, $11
        ori $13, $7, 6192
        subu $6, $2, $13
        mflo $10
        sb $4, -10($21)
        maddu $5, $10
        ins $5, $6, 1, 3
        dsrav $3, $3, $11
        ld $7, 48($21)
        ori $1, $25, 1
        ddiv $zero, $6, $1
        sll $3, $25, 20
        lb $2, -1($21)
        rotr $14, $11, 13
        dsrav $10, $25, $13
        movn $25, $15, $24
        lbu $4, 4($21)
        daddiu $7, $14, 220
        subu $11, $4, $5
        daddiu $6, $6, 8158
        sltu $7, $7, $4
        mfhi $9
        addiu $9, $5, -4500
        subu $8, $25, $24
        DUMP
        dsubu $15, $24, $11
        sltu $13, $12, $13
        and $3, $5, $15
        sltu $13, $4, $9
        daddu $4, $24, $10
        sb $4, 2($21)
        dsubu $3, $3, $24
        xori $2, $10, 44419
        lw $10, -20($21)
        dclo $4, $11
        mul $4, $4, $11
        lh $3, -2($21)
        lh $12, -10($21)
        wsbh $12, $8
        sltiu $12, $24, -30528
        ori $7, $14, 41578
        dext $5, $7, 0, 18
        seb $7, $8
        swr $2, 24($21)
        mfhi $11
        srl $10, $12, 2
        swl $25, 43($21)
        dsubu $24, $12, $8
        rotrv $3, $9, $25
        ori $15, $10, 23296
        addiu $25, $13, -19195
        sd $11, -16($21)
        dsrav $25, $4, $25
        daddu $24, $9, $2
        dext $13, $7, 12, 31
        dmult $12, $13
        and $6, $13, $7
        dsubu $10, $6, $4
        srav $6, $14, $10
        lh $6, -4($21)
        daddiu $10, $9, 24038
        dsubu $10, $25, $9
        sdl $6, -46($21)
        sb $9, -10($21)
        mthi $15
        mtlo $6
        msub $7, $9
        mul $7, $7, $3
        sw $7, 20($21)
        or $24, $9, $15
        dclz $2, $4
        lhu $6, -28($21)
        lw $12, -60($21)
        seh $3, $5
        addu $15, $7, $6
        DUMP
        dext $6, $24, 19, 6
        dsubu $3, $4, $5
        wsbh $15, $2
        swr $24, -96($21)
        sw $24, 36($21)
        drotr $11, $25, 11
        sdl $4, -47($21)
        srav $24, $24, $5
        sltiu $25, $15, 23698
        or $15, $10, $11
        and $7, $9, $24
        lbu $13, -2($21)
        daddiu $24, $6, 1921
        dsrl32 $7, $5, 16
        subu $9, $4, $0
        sltu $4, $8, $11
        and $15, $15, $4
        sb $3, 14($21)
        sd $10, -120($21)
        nor $2, $14, $9
        and $8, $9, $14
        sdr $7, -13($21)
        sll $13, $6, 24
        mfhi $9
        sll $6, $6, 0
        lwr $6, -2($21)
        mflo $8
        lb $15, 5($21)
        dsll32 $15, $4, 3
        mfhi $11
        dclo $3, $3
        daddiu $8, $2, -27737
        lb $12, 15($21)
        movz $7, $9, $12
        dsra $14, $2, 20
        rotr $25, $13, 28
        sh $13, 16($21)
        ori $12, $15, 17867
        sh $5, 30($21)
        clo $15, $9
        srav $13, $4, $24
        addiu $24, $2, 12203
        srl $6, $0, 26
        sd $7, 64($21)
        ldr $15, 79($21)
        dextm $6, $4, 1, 36
        lbu $11, 8($21)
        movz $5, $25, $6
        ori $1, $11, 1
        divu $zero, $24, $1
        DUMP
        ext $2, $25, 29, 3
        and $3, $4, $7
        ext $24, $11, 28, 2
        ori $9, $11, 30397
        daddu $7, $2, $2
        sltiu $7, $6, -21255
        xori $7, $2, 54078
        subu $8, $0, $0
        sllv $11, $7, $2
        drotrv $13, $7, $6
        dmultu $2, $13
        addu $11, $25, $2
        addiu $9, $7, 31621
        multu $7, $0
        and $24, $9, $13
        dsll32 $9, $15, 18
        xori $14, $24, 2672
        sll $5, $6, 28
        dextu $24, $3, 47, 14
        lb $3, 9($21)
        lwr $8, -47($21)
        mflo $4
        daddiu $15, $5, 12672
        addiu $4, $8, -20705
        mflo $11
        dclz $24, $5
        sra $11, $5, 12
        clo $13, $25
        daddiu $3, $24, 28703
        slti $11, $7, 12579
        ori $1, $8, 1
        divu $zero, $4, $1
        drotr32 $10, $14, 22
        sw $15, 16($21)
        ext $8, $24, 13, 5
        ori $1, $24, 1
        ddiv $zero, $14, $1
        sb $9, 15($21)
        subu $8, $0, $25
        sw $24, 12($21)
        xori $8, $4, 45669
        sb $6, 4($21)
        dsll32 $7, $14, 12
        mul $13, $8, $24
        dinsm $4, $12, 1, 37
        addiu $25, $25, -20351
        sll $6, $6, 0
        lwl $6, 21($21)
        lbu $5, 0($21)
        sll $7, $7, 0
        DUMP
        clz $11, $0
        dsubu $12, $6, $13
        dins $2, $7, 12, 27
        subu $25, $24, $8
        mfhi $25
        swl $15, 49($21)
        sltiu $14, $15, -1314
        dsubu $11, $7, $3
        addu $24, $5, $5
        mflo $6
        ld $25, 104($21)
        addu $9, $13, $14
        dshd $13, $10
        sll $3, $3, 0
        ori $1, $5, 1
        divu $zero, $7, $1
        addiu $14, $14, 20257
        movz $11, $4, $12
        srl $12, $7, 24
        dmultu $12, $5
        movn $25, $11, $24
        lui $12, 34221
        dclo $3, $12
        rotr $7, $0, 13
        srav $14, $3, $12
        movz $24, $10, $4
        mul $24, $9, $8
        sra $4, $3, 31
        mul $9, $14, $8
        sh $6, 6($21)
        addu $11, $24, $8
        sdl $2, 4($21)
        daddu $6, $25, $14
        sllv $5, $0, $14
        ori $1, $11, 1
        div $zero, $3, $1
        addiu $5, $5, 22711
        rotr $5, $9, 11
        sb $4, -10($21)
        sh $25, 30($21)
        daddiu $11, $4, 29077
        dclz $11, $5
        addu $14, $7, $9
        multu $24, $5
        dmultu $24, $3
        sdr $12, 86($21)
        ori $1, $7, 1
        divu $zero, $3, $1
        addiu $3, $11, 29644
        lb $12, -3($21)
        DUMP
        sll $12, $12, 0
        wsbh $10, $12
        dsbh $13, $15
        ori $1, $3, 1
        ddivu $zero, $24, $1
        addiu $4, $3, 25024
        slt $7, $10, $2
        addiu $5, $14, -14388
        dsrlv $9, $12, $15
        lui $14, 20382
        dsbh $14, $5
        or $12, $24, $9
        srl $14, $3, 24
        addiu $6, $7, 28441
        lb $7, 1($21)
        lh $13, -22($21)
        nor $24, $4, $11
        sll $13, $13, 0
        subu $24, $10, $10
        sra $2, $7, 13
        dext $24, $14, 11, 5
        srl $10, $4, 12
        drotrv $25, $24, $5
        xor $3, $7, $12
        ldl $4, 60($21)
        ori $8, $4, 20529
        dsubu $9, $13, $10
        sllv $11, $14, $7
        lhu $24, 16($21)
        dextu $7, $12, 60, 4
        ori $1, $13, 1
        ddiv $zero, $24, $1
        mflo $7
        mul $4, $24, $11
        clo $4, $14
        rotr $25, $0, 8
        lhu $24, -32($21)
        daddiu $7, $12, -23944
        dsrlv $24, $11, $6
        dmult $25, $7
        addiu $2, $5, -8298
        addu $9, $13, $6
        dmult $5, $11
        sll $6, $5, 24
        addu $13, $0, $5
        subu $11, $11, $10
        clz $11, $11
        dsll32 $14, $15, 25
        seb $25, $9
        sb $8, 1($21)
        DUMP
        addiu $9, $25, -4582
        mthi $6
        mtlo $9
        msubu $11, $25
        dmultu $14, $11
        multu $5, $9
        dmult $4, $11
        sd $3, -40($21)
        mthi $11
        mtlo $13
        maddu $9, $13
        addu $7, $25, $5
        mul $7, $9, $4
        seh $6, $9
        srlv $4, $0, $2
        dsrl32 $12, $9, 21
        ldr $24, -9($21)
        mfhi $12
        mflo $3
        xori $12, $2, 13687
        ori $1, $14, 1
        ddivu $zero, $24, $1
        sb $2, -7($21)
        dsllv $5, $14, $12
        dsubu $7, $7, $11
        sh $2, -18($21)
        dsubu $25, $25, $3
        dsrlv $5, $3, $25
        lb $11, -16($21)
        ori $15, $3, 51692
        daddu $12, $10, $15
        xor $8, $25, $4
        clo $12, $13
        ori $1, $0, 1
        div $zero, $2, $1
        slti $14, $5, 9074
        lw $6, -28($21)
        srl $25, $3, 22
        rotr $7, $6, 29
        daddiu $13, $11, 24268
        addu $5, $3, $3
        madd $3, $15
        dsubu $25, $14, $15
        sll $15, $15, 0
        mult $9, $9
        addu $5, $3, $5
        multu $14, $10
        mflo $10
        daddu $5, $7, $4
        addiu $15, $14, -9394
        DUMP
        ins $14, $2, 15, 4
        dsllv $10, $12, $24
        sh $4, -10($21)
        sd $11, 8($21)
        lhu $14, -16($21)
        xori $10, $4, 42418
        mflo $8
        movn $14, $2, $15
        mfhi $3
        swl $5, -95($21)
        sb $11, 11($21)
        lwu $10, 56($21)
        dinsm $10, $8, 21, 41
        sll $24, $4, 12
        mfhi $2
        dinsm $6, $4, 1, 37
        mult $24, $14
        lbu $10, 3($21)
        dsll $12, $4, 30
        rotrv $4, $8, $2
        srlv $24, $24, $10
        sllv $24, $7, $13
        ori $1, $0, 1
        div $zero, $2, $1
        dinsu $25, $8, 55, 4
        mflo $24
        addiu $3, $2, 12494
        nor $14, $12, $9
        lwu $2, -28($21)
        lh $14, 4($21)
        mflo $8
        daddiu $4, $5, -15598
        dclo $11, $6
        lwr $10, 71($21)
        xor $7, $11, $14
        andi $3, $9, 35515
        nor $10, $12, $13
        dins $15, $3, 30, 30
        sb $15, -15($21)
        dins $14, $2, 19, 30
        dshd $5, $13
        daddu $14, $5, $10
        dsubu $9, $14, $7
        drotrv $2, $2, $15
        dmultu $15, $13
        sllv $10, $24, $7
        mtlo $8
        dshd $15, $13
        dsrl32 $8, $4, 13
        dmultu $24, $2
        DUMP
        sltiu $13, $7, 1591
        lbu $12, 2($21)
        dsbh $15, $12
        ext $5, $11, 14, 14
        dsrlv $7, $2, $5
        sdl $6, -15($21)
        ori $12, $13, 64465
        dsra $6, $11, 26
        dextu $9, $25, 51, 13
        dsra $2, $6, 27
        lh $7, -28($21)
        nor $8, $25, $24
        seb $8, $6
        dsubu $13, $9, $5
        nor $25, $24, $12
        srav $11, $24, $6
        ori $1, $13, 1
        ddivu $zero, $7, $1
        dinsu $25, $4, 48, 12
        dsll32 $4, $4, 13
        daddiu $4, $10, 21019
        addiu $12, $12, 2778
        sb $8, 12($21)
        and $25, $13, $10
        dextu $5, $8, 58, 5
        dinsm $25, $9, 15, 40
        sll $4, $4, 0
        srlv $5, $3, $12
        sltu $12, $5, $13
        mtlo $8
        seb $6, $13
        sh $5, 20($21)
        addiu $14, $7, -28945
        clo $24, $3
        srl $9, $5, 10
        srav $4, $14, $6
        movn $25, $13, $24
        mthi $10
        mtlo $5
        maddu $0, $10
        mfhi $13
        dsubu $8, $8, $15
        daddiu $7, $10, 26159
        addu $25, $6, $24
        lh $4, 20($21)
        dinsm $8, $12, 10, 41
        drotrv $10, $9, $5
        msubu $5, $14
        lui $5, 6464
        slt $5, $25, $7
        DUMP
        sdr $9, -96($21)
        sltiu $2, $5, 27309
        dinsu $2, $4, 55, 4
        ldl $25, 2($21)
        lb $10, -3($21)
        ins $24, $9, 2, 14
        swr $11, 36($21)
        dmultu $10, $9
        mul $2, $11, $12
        sll $25, $25, 0
        addu $14, $24, $14
        lbu $15, 10($21)
        ori $1, $5, 1
        ddivu $zero, $24, $1
        srlv $7, $6, $10
        nor $7, $13, $8
        srlv $15, $4, $2
        daddu $8, $3, $13
        multu $2, $13
        addu $11, $15, $9
        lui $13, 43252
        multu $11, $25
        dsbh $25, $5
        dmult $24, $7
        drotrv $25, $11, $12
        mul $11, $5, $0
        mthi $0
        mtlo $0
        msubu $0, $10
        multu $10, $0
        ldr $5, 82($21)
        lwu $8, 56($21)
        mult $14, $24
        drotrv $11, $12, $6
        dsubu $24, $24, $14
        madd $0, $14
        srav $14, $13, $4
        sdr $8, 16($21)
        movn $15, $15, $14
        addiu $10, $14, -6897
        srl $3, $9, 9
        dsrl32 $13, $12, 27
        lui $10, 61063
        addiu $13, $6, 18368
        sw $24, 48($21)
        ldr $14, -51($21)
        or $4, $6, $3
        clz $12, $0
        xor $9, $11, $13
        msub $2, $15
        DUMP
        dins $14, $25, 28, 32
        dsrl32 $24, $4, 5
        lwu $5, 24($21)
        movz $12, $2, $4
        mfhi $5
        xor $9, $14, $8
        sra $11, $4, 8
        dmultu $3, $13
        sw $3, -64($21)
        sltiu $14, $25, -30909
        seb $12, $15
        dmultu $8, $12
        mflo $25
        sra $4, $11, 27
        lui $11, 23272
        sll $25, $25, 0
        mthi $13
        mtlo $5
        msub $5, $0
        sll $15, $11, 12
        ld $11, -48($21)
        sllv $25, $12, $11
        rotrv $25, $5, $8
        addiu $8, $12, -17128
        seb $6, $24
        dsubu $2, $8, $2
        mul $13, $12, $8
        addiu $10, $12, -28877
        or $13, $15, $10
        movn $9, $6, $13
        dsrlv $3, $12, $11
        sh $10, -16($21)
        daddu $24, $14, $4
        lh $3, -20($21)
        xor $6, $11, $3
        ori $1, $8, 1
        ddivu $zero, $12, $1
        daddiu $11, $25, -11753
        sb $3, 12($21)
        lbu $10, -14($21)
        sll $11, $24, 0
        subu $14, $5, $3
        dclo $5, $25
        srl $7, $11, 7
        sltu $3, $24, $9
        addu $7, $15, $10
        sltu $4, $15, $14
        dsubu $24, $7, $11
        clo $11, $13
        dsubu $3, $8, $7
        DUMP
        subu $2, $4, $15
        mthi $8
        mtlo $11
        madd $12, $14
        lb $11, 13($21)
        movn $4, $9, $25
        srlv $5, $13, $3
        dextu $8, $10, 61, 2
        sllv $4, $5, $3
        sltu $4, $10, $3
        subu $6, $0, $0
        dins $15, $15, 21, 2
        dsra32 $7, $11, 16
        ori $1, $0, 1
        divu $zero, $25, $1
        dextu $6, $25, 43, 3
        sw $24, 8($21)
        sh $7, -10($21)
        sll $12, $2, 26
        lb $9, -13($21)
        dclo $10, $11
        slt $3, $2, $11
        dsrav $8, $10, $25
        sd $11, 16($21)
        drotrv $14, $2, $14
        dmult $2, $25
        dsllv $13, $25, $15
        ext $10, $10, 13, 19
        sllv $10, $3, $4
        swl $2, -14($21)
        multu $10, $12
        addiu $6, $3, 10074
        dinsm $4, $9, 5, 53
        addiu $5, $2, 28773
        sll $14, $15, 5
        sdl $25, 96($21)
        sllv $13, $25, $25
        dsubu $4, $6, $7
        ldl $2, 28($21)
        sltu $8, $6, $15
        sw $12, 12($21)
        ext $14, $8, 26, 5
        wsbh $8, $3
        ori $1, $8, 1
        div $zero, $11, $1
        dsubu $14, $10, $15
        slt $13, $4, $4
        dmult $3, $15
        mflo $12
        dinsu $11, $5, 42, 5
        DUMP
        srlv $8, $9, $12
        multu $10, $3
        or $9, $3, $24
        srav $11, $6, $10
        wsbh $8, $6
        mthi $8
        lui $24, 40186
        srlv $14, $24, $8
        mult $25, $24
        sb $3, 4($21)
        msub $5, $13
        xor $5, $11, $15
        sd $7, 64($21)
        dsrl32 $14, $10, 4
        ori $1, $3, 1
        div $zero, $8, $1
        addiu $9, $6, 9526
        msubu $24, $8
        mfhi $13
        dclz $2, $3
        or $4, $25, $13
        dmultu $7, $6
        and $25, $10, $6
        rotrv $8, $11, $14
        xori $7, $7, 48358
        dsllv $2, $24, $7
        lui $13, 62837
        mthi $24
        mtlo $25
        msubu $25, $8
        andi $11, $12, 29478
        maddu $8, $9
        seb $7, $5
        dsubu $4, $14, $5
        sll $13, $12, 23
        drotr32 $5, $24, 5
        dinsm $9, $10, 0, 37
        drotr32 $6, $24, 19
        rotrv $12, $24, $14
        daddiu $4, $2, 12619
        or $8, $7, $25
        slti $9, $4, 30639
        ori $1, $10, 1
        ddiv $zero, $5, $1
        dmultu $5, $13
        sltu $6, $24, $7
        addiu $10, $12, -6681
        dmultu $25, $24
        lhu $24, -30($21)
        slt $24, $11, $5
        DUMP
        multu $3, $12
        xor $4, $25, $6
        dsra $5, $4, 24
        sll $5, $5, 0
        rotr $7, $12, 20
        movn $7, $3, $3
        sll $6, $6, 0
        multu $11, $8
        dextm $14, $24, 9, 35
        mfhi $11
        sltu $15, $6, $10
        seb $9, $6
        sll $8, $8, 0
        ext $11, $10, 18, 3
        sdr $14, -15($21)
        ext $24, $24, 14, 5
        sh $13, -10($21)
        dsllv $10, $24, $5
        sdl $10, -59($21)
        subu $10, $6, $8
        clz $9, $11
        sdl $25, -20($21)
        srlv $14, $5, $14
        lwl $4, -67($21)
        lbu $6, -4($21)
        dinsu $9, $9, 42, 18
        ori $1, $4, 1
        div $zero, $7, $1
        dmult $11, $5
        addiu $13, $0, -1711
        sb $13, -15($21)
        dsrl32 $5, $4, 24
        lwu $7, -20($21)
        subu $3, $8, $4
        sdl $25, 93($21)
        sll $10, $10, 0
        mthi $14
        mtlo $14
        madd $14, $3
        sw $4, -52($21)
        mflo $14
        addu $13, $11, $3
        ins $12, $10, 19, 6
        dsubu $24, $15, $12
        and $4, $11, $6
        dsllv $11, $11, $3
        dsrlv $11, $7, $6
        xor $25, $10, $6
        drotrv $7, $3, $25
        srl $10, $13, 19
        DUMP
        drotrv $10, $6, $10
        daddiu $6, $9, -18297
        xor $13, $4, $13
        dsllv $13, $7, $3
        ldl $2, -14($21)
        dsubu $5, $7, $24
        lui $6, 59917
        daddiu $10, $6, 27511
        daddiu $14, $3, 27092
        daddiu $24, $6, -14449
        clo $11, $4
        slt $6, $7, $15
        daddiu $7, $13, 1591
        addiu $4, $11, -18644
        sll $2, $2, 0
        clz $14, $4
        daddiu $2, $8, 22201
        rotrv $4, $0, $12
        mul $2, $12, $12
        dclz $11, $25
        dsrav $11, $5, $13
        lw $5, -8($21)
        lwl $4, -93($21)
        srl $24, $14, 18
        dsrlv $15, $2, $13
        ori $1, $14, 1
        ddivu $zero, $2, $1
        lui $4, 53731
        dclz $5, $10
        dsra $5, $25, 22
        mfhi $12
        sd $14, 40($21)
        lwr $14, 88($21)
        nor $5, $25, $10
        dsubu $9, $7, $24
        mul $7, $0, $2
        xori $8, $7, 41709
        sb $13, 9($21)
        dsrav $25, $13, $11
        lhu $15, 24($21)
        and $15, $2, $13
        nor $6, $25, $8
        mthi $4
        mtlo $2
        madd $0, $8
        drotr32 $7, $8, 9
        sllv $6, $24, $10
        dinsm $3, $8, 20, 38
        ori $24, $7, 1959
        dclo $15, $7
        DUMP
        dclz $15, $15
        ori $15, $3, 61488
        msub $14, $6
        slt $4, $4, $6
        subu $10, $8, $14
        lwl $8, -58($21)
        dinsm $8, $5, 19, 42
        dextu $15, $9, 50, 14
        mtlo $9
        dextm $6, $2, 24, 38
        sll $9, $10, 23
        mflo $15
        dsbh $11, $4
        mflo $8
        lwu $25, 44($21)
        dsrav $8, $6, $8
        daddu $13, $8, $9
        dsrl $11, $10, 2
        lbu $3, -15($21)
        dsrav $8, $6, $25
        ldl $3, -76($21)
        slti $12, $9, -1759
        ori $1, $12, 1
        div $zero, $2, $1
        xor $24, $3, $9
        sh $9, -30($21)
        sd $7, -80($21)
        sltu $24, $3, $5
        wsbh $4, $10
        or $2, $24, $13
        rotr $25, $24, 8
        sll $24, $24, 0
        srl $5, $14, 3
        clo $4, $5
        sll $14, $14, 0
        clz $2, $10
        lwu $25, -40($21)
        slti $4, $8, 2496
        dshd $12, $3
        seh $9, $5
        sb $25, -1($21)
        dclz $8, $13
        addiu $12, $5, -31779
        dsllv $9, $14, $14
        srl $24, $8, 6
        nor $7, $13, $4
        ori $1, $25, 1
        ddiv $zero, $6, $1
        drotrv $10, $5, $12
        movz $3, $15, $7
        DUMP
        dsllv $10, $7, $25
        multu $8, $5
        dshd $6, $10
        xor $5, $15, $9
        mfhi $25
        sllv $6, $12, $12
        wsbh $2, $24
        xori $24, $5, 47528
        slt $9, $10, $24
        subu $8, $8, $2
        drotr32 $15, $12, 10
        lwu $13, 56($21)
        ext $6, $0, 15, 8
        maddu $12, $8
        subu $9, $2, $9
        mfhi $8
        mtlo $10
        lw $4, 20($21)
        srl $13, $25, 11
        ld $7, 88($21)
        daddiu $15, $13, -22816
        srlv $5, $4, $25
        clo $4, $4
        andi $11, $10, 8105
        mult $13, $2
        sh $9, 16($21)
        sltiu $5, $5, 29696
        sw $10, 24($21)
        srav $2, $14, $7
        madd $9, $14
        dsbh $15, $24
        sdr $4, -78($21)
        srl $13, $6, 10
        lhu $10, -12($21)
        sd $14, 56($21)
        subu $24, $0, $14
        dsubu $11, $9, $25
        sltiu $7, $8, -141
        and $12, $4, $14
        lb $7, -16($21)
        sra $7, $4, 0
        mul $24, $25, $25
        addu $2, $7, $12
        clo $5, $4
        maddu $4, $8
        xori $3, $24, 608
        dsubu $9, $13, $10
        ldl $5, 94($21)
        mtlo $10
        dsllv $11, $8, $3
        DUMP
        daddu $8, $15, $24
        lw $11, -64($21)
        mfhi $25
        dins $12, $11, 15, 22
        daddiu $3, $2, 5411
        or $25, $4, $13
        sdr $6, 87($21)
        dsllv $3, $9, $5
        drotr32 $3, $25, 26
        swl $15, 55($21)
        maddu $0, $6
        sdr $7, 76($21)
        dmult $24, $11
        ldr $11, 92($21)
        sll $14, $14, 0
        sra $13, $14, 30
        xor $3, $10, $12
        sltu $10, $8, $2
        sll $12, $12, 0
        lwr $12, -55($21)
        ld $12, 64($21)
        dmultu $12, $5
        addu $13, $14, $24
        xor $5, $24, $5
        daddiu $8, $8, -2029
        seh $10, $24
        lw $10, 24($21)
        lwu $2, 44($21)
        andi $5, $7, 1748
        sd $11, -56($21)
        dsrav $2, $7, $6
        daddu $24, $24, $13
        dsllv $25, $4, $13
        slti $7, $7, -13961
        slt $5, $5, $15
        mflo $7
        xor $6, $6, $5
        xor $8, $3, $6
        nor $9, $9, $7
        mult $6, $13
        sb $7, 1($21)
        maddu $13, $4
        sltu $2, $2, $5
        wsbh $12, $2
        daddiu $4, $10, -10962
        mthi $11
        mtlo $7
        daddiu $4, $9, 7562
        wsbh $13, $10
        mfhi $7
        DUMP
        slt $3, $14, $2
        dsbh $14, $8
        multu $2, $12
        msub $6, $6
        clo $9, $13
        sb $24, 15($21)
        daddiu $6, $25, 214
        movn $6, $14, $24
        and $10, $14, $3
        mult $9, $5
        dextu $7, $9, 43, 11
        movz $11, $15, $8
        ori $3, $14, 28319
        dshd $9, $9
        mult $13, $0
        msub $12, $13
        daddu $8, $4, $2
        sll $4, $11, 8
        dclz $3, $14
        dinsu $10, $2, 37, 2
        dsubu $2, $9, $10
        mul $9, $13, $3
        rotr $4, $0, 15
        sd $2, -32($21)
        swr $8, -80($21)
        dclo $25, $12
        sra $2, $4, 6
        dsubu $24, $6, $2
        ori $1, $4, 1
        divu $zero, $25, $1
        wsbh $25, $25
        multu $5, $5
        sd $4, -120($21)
        xor $8, $10, $12
        ldr $4, -28($21)
        sh $14, -20($21)
        dsll $8, $11, 2
        dsra $9, $4, 15
        daddiu $13, $2, 10889
        dinsu $10, $4, 36, 6
        addiu $6, $12, 31701
        or $2, $9, $5
        madd $0, $0
        sb $15, 1($21)
        sll $2, $2, 0
        lwl $2, -71($21)
        dext $24, $5, 1, 29
        rotr $3, $25, 6
        addu $24, $3, $5
        dextm $15, $8, 24, 38
        DUMP
        mflo $13
        daddiu $6, $9, -29449
        addiu $25, $24, 32016
        lh $8, -24($21)
        ori $1, $14, 1
        ddiv $zero, $12, $1
        dshd $12, $2
        seb $3, $3
        mul $5, $0, $25
        mthi $0
        mtlo $24
        madd $13, $2
        dsra32 $10, $14, 10
        mflo $15
        sltiu $5, $2, -29497
        srav $3, $8, $2
        mtlo $5
        lh $12, -18($21)
        mtlo $14
        daddu $11, $13, $8
        ori $1, $24, 1
        divu $zero, $12, $1
        mul $2, $12, $25
        ori $1, $8, 1
        divu $zero, $25, $1
        mflo $8
        dsll $13, $9, 10
        rotr $15, $2, 10
        sh $6, 24($21)
        seh $11, $13
        sltu $9, $14, $3
        sll $14, $7, 17
        lw $10, 16($21)
        mult $5, $2
        clz $3, $0
        seh $3, $8
        mult $5, $2
        ld $11, 72($21)
        lwu $7, -28($21)
        dsrlv $9, $8, $7
        ori $2, $12, 7573
        dextu $15, $3, 50, 4
        dsubu $3, $14, $3
        sll $24, $6, 31
        sll $7, $7, 0
        ins $7, $0, 9, 13
        or $5, $9, $5
        mult $10, $10
        ld $12, 72($21)
        sh $3, -8($21)
        DUMP
        and $6, $8, $2
        sll $11, $11, 0
        ori $1, $14, 1
        divu $zero, $6, $1
        mtlo $2
        swr $12, 58($21)
        drotrv $9, $6, $8
        lh $15, 18($21)
        dmult $15, $25
        dsubu $6, $14, $2
        clo $9, $25
        dsubu $2, $14, $6
        addiu $14, $14, 18731
        dmultu $10, $13
        dinsu $24, $3, 63, 1
        dmultu $5, $12
        mul $3, $25, $9
        mthi $25
        mtlo $8
        sll $25, $25, 0
        madd $15, $7
        movz $14, $12, $7
        or $25, $25, $6
        swl $13, -73($21)
        dins $24, $6, 25, 7
        movz $10, $14, $6
        addu $6, $9, $15
        daddiu $11, $14, -30831
        mult $8, $7
        mult $3, $6
        srl $3, $15, 9
        dmult $13, $5
        dext $3, $2, 28, 5
        sltiu $7, $11, -9456
        addiu $10, $0, -24584
        movn $3, $25, $12
        ori $1, $10, 1
        ddiv $zero, $11, $1
        sdl $15, 53($21)
        ld $13, -88($21)
        ori $1, $6, 1
        div $zero, $10, $1
        lwu $11, -64($21)
        dsra $25, $15, 31
        madd $8, $6
        sh $13, 6($21)
        sb $8, 11($21)
        daddiu $2, $14, 788
        sll $3, $3, 0
        lwl $3, -96($21)
        DUMP
        lwr $9, 37($21)
        ori $1, $24, 1
        ddivu $zero, $24, $1
        multu $9, $3
        mult $10, $3
        or $9, $24, $7
        daddu $25, $9, $13
        slt $6, $2, $10
        dsubu $13, $10, $15
        clz $12, $8
        rotrv $3, $12, $12
        andi $8, $14, 303
        sltiu $6, $13, 12467
        seb $13, $10
        multu $7, $7
        dmult $7, $7
        mthi $13
        andi $25, $25, 1197
        dshd $15, $6
        lhu $10, 10($21)
        dext $8, $12, 18, 22
        sh $9, -24($21)
        lbu $9, 5($21)
        sll $8, $24, 1
        dsubu $6, $10, $9
        daddu $9, $24, $9
        rotr $11, $0, 9
        rotr $15, $0, 3
        daddu $3, $14, $2
        dsra $15, $12, 29
        lh $8, 22($21)
        rotr $15, $12, 1
        multu $11, $11
        lw $12, -52($21)
        swr $7, 92($21)
        movz $8, $6, $13
        lhu $14, -18($21)
        sll $4, $4, 0
        msub $10, $25
        dsrl32 $15, $7, 19
        slt $12, $15, $6
        ldl $25, 91($21)
        sd $11, 104($21)
        lui $14, 12283
        addu $2, $10, $7
        movz $12, $2, $14
        ori $1, $10, 1
        divu $zero, $7, $1
        sd $9, 80($21)
        sll $3, $6, 3
        DUMP
        mul $14, $10, $7
        or $13, $12, $9
        xori $4, $3, 6262
        ldr $25, 26($21)
        ldr $9, -70($21)
        dins $11, $5, 18, 26
        sd $4, -56($21)
        sllv $12, $14, $5
        seh $3, $9
        addu $11, $10, $7
        dmultu $14, $4
        dsubu $25, $11, $11
        sll $13, $13, 0
        lwl $13, -7($21)
        mul $12, $4, $7
        dsll32 $13, $12, 11
        and $12, $5, $5
        mthi $3
        mtlo $2
        madd $4, $14
        xori $11, $11, 8089
        slt $25, $7, $8
        swr $5, 29($21)
        sllv $2, $11, $15
        rotr $14, $11, 25
        dclz $24, $25
        slt $7, $9, $4
        ori $1, $7, 1
        divu $zero, $4, $1
        mfhi $5
        subu $15, $5, $5
        sw $14, -40($21)
        lbu $6, -7($21)
        addu $4, $11, $10
        ori $1, $7, 1
        ddivu $zero, $3, $1
        mthi $11
        mtlo $7
        msub $24, $5
        and $8, $8, $6
        lb $7, 0($21)
        mul $13, $5, $24
        clo $4, $14
        sltiu $15, $4, 7708
        dclo $4, $12
        rotr $11, $6, 26
        dsrl $25, $12, 14
        or $13, $7, $15
        rotrv $4, $4, $7
        rotr $4, $11, 15
        DUMP
        mult $6, $11
        dinsm $5, $7, 29, 33
        sra $11, $14, 30
        mthi $24
        clo $14, $13
        sltu $13, $25, $11
        dsubu $14, $6, $25
        dsbh $25, $8
        sltiu $3, $11, 6382
        subu $13, $6, $3
        sll $3, $3, 0
        ori $1, $2, 1
        divu $zero, $15, $1
        dins $24, $5, 7, 23
        sll $8, $8, 0
        multu $4, $10
        and $24, $25, $4
        lui $11, 21089
        lw $7, 28($21)
        dextu $6, $10, 47, 7
        clz $2, $10
        madd $13, $7
        dsra32 $12, $24, 4
        dextu $3, $12, 58, 1
        dmult $14, $11
        dmult $6, $12
        ldr $8, -13($21)
        sh $3, -4($21)
        dsrlv $24, $5, $3
        ori $1, $7, 1
        ddiv $zero, $8, $1
        ori $1, $8, 1
        ddivu $zero, $13, $1
        mtlo $7
        sll $7, $7, 0
        srav $5, $13, $8
        daddiu $24, $12, 23095
        lwu $6, -60($21)
        mthi $13
        mtlo $4
        msubu $2, $7
        andi $11, $13, 24143
        ori $1, $15, 1
        divu $zero, $15, $1
        clz $6, $10
        seb $10, $24
        sll $12, $12, 0
        madd $4, $7
        daddu $12, $2, $13
        daddiu $24, $25, -16440
        DUMP
        dclz $5, $5
        seh $6, $2
        lwu $10, 28($21)
        addu $10, $4, $6
        srl $9, $2, 18
        ori $1, $4, 1
        ddivu $zero, $4, $1
        lhu $12, -10($21)
        swr $6, -44($21)
        or $25, $14, $8
        movn $13, $5, $13
        sll $14, $14, 0
        mul $25, $0, $13
        daddiu $3, $11, -7752
        addu $3, $15, $11
        dsubu $15, $24, $12
        dinsm $6, $15, 23, 36
        mthi $25
        swr $24, 53($21)
        mult $7, $9
        or $11, $8, $15
        sd $8, -104($21)
        ori $1, $7, 1
        ddiv $zero, $6, $1
        lw $6, 0($21)
        sw $24, 32($21)
        sw $25, 52($21)
        addiu $11, $2, -19412
        movn $25, $10, $10
        dmultu $4, $3
        mfhi $4
        drotrv $5, $6, $12
        addu $7, $14, $11
        sb $4, 6($21)
        daddu $3, $14, $24
        dsubu $4, $15, $2
        nor $2, $13, $14
        dclz $8, $3
        mtlo $12
        rotr $5, $2, 11
        addu $24, $11, $25
        lbu $14, 7($21)
        ld $5, 0($21)
        slt $9, $11, $15
        mfhi $6
        seh $11, $15
        mthi $3
        ori $1, $8, 1
        ddiv $zero, $14, $1
        dinsm $3, $9, 16, 35
        DUMP
        sll $13, $25, 4
        drotr32 $25, $14, 7
        dinsm $24, $8, 15, 34
        dextu $8, $12, 61, 1
        dmult $11, $2
        mthi $2
        mtlo $10
        maddu $7, $0
        xor $15, $10, $5
        sh $4, -20($21)
        ld $3, 56($21)
        dsubu $7, $2, $15
        andi $11, $6, 36196
        slt $13, $13, $9
        and $25, $3, $5
        dextm $3, $10, 24, 40
        lhu $10, -6($21)
        ld $4, -48($21)
        dinsu $6, $9, 43, 18
        clo $6, $11
        swl $10, -33($21)
        lui $25, 16080
        and $8, $11, $7
        mult $9, $12
        dsubu $25, $6, $3
        dclz $13, $5
        ext $5, $12, 4, 18
        dsrl32 $3, $10, 16
        dsrl32 $2, $3, 17
        mflo $12
        mul $5, $0, $14
        ld $14, -48($21)
        dsubu $9, $6, $4
        xor $10, $25, $13
        daddu $8, $8, $12
        movn $8, $15, $12
        mtlo $15
        sb $5, -5($21)
        xori $5, $25, 48155
        sd $3, -80($21)
        sll $24, $24, 0
        ins $24, $13, 15, 16
        addiu $5, $0, -16208
        srav $4, $5, $9
        sh $2, -10($21)
        and $11, $3, $6
        mthi $5
        mtlo $6
        msubu $6, $0
        sll $6, $6, 0
        DUMP
        madd $13, $6
        slt $15, $24, $5
        sll $5, $5, 5
        dsubu $5, $10, $11
        nor $12, $2, $6
        wsbh $5, $0
        lhu $6, -26($21)
        ori $1, $6, 1
        divu $zero, $4, $1
        ori $1, $11, 1
        ddiv $zero, $2, $1
        dsllv $3, $15, $7
        srl $8, $5, 9
        srlv $14, $15, $8
        dinsm $14, $12, 10, 50
        srav $15, $4, $4
        dsubu $11, $8, $3
        or $10, $5, $7
        nor $2, $7, $4
        addiu $7, $24, 5762
        xor $6, $12, $15
        ld $2, 40($21)
        addu $2, $5, $4
        and $3, $8, $7
        daddu $4, $15, $12
        wsbh $7, $5
        sltiu $8, $6, -12248
        xor $6, $15, $7
        sll $12, $12, 0
        sll $13, $13, 0
        mthi $5
        mtlo $6
        sll $13, $13, 0
        maddu $12, $3
        srl $13, $15, 14
        sd $4, 72($21)
        lb $3, 6($21)
        clz $4, $3
        andi $13, $9, 23646
        seb $6, $12
        lbu $11, 7($21)
        mult $2, $13
        mul $9, $8, $3
        xori $6, $3, 39891
        subu $11, $24, $7
        dshd $10, $15
        addu $24, $13, $8
        dsubu $7, $3, $14
        dsll $12, $6, 13
        sll $15, $25, 5
        DUMP
        clo $9, $11
        sb $25, 7($21)
        daddiu $9, $6, 4494
        and $13, $15, $8
        movn $13, $9, $12
        daddiu $25, $25, -6028
        sltiu $13, $8, 9175
        subu $6, $5, $6
        srav $9, $0, $10
        ins $3, $0, 9, 15
        slt $14, $13, $4
        movz $15, $2, $24
        dsubu $9, $7, $25
        dins $10, $25, 14, 31
        xor $14, $7, $25
        lhu $6, -24($21)
        sltiu $7, $25, -18615
        ldr $6, 51($21)
        daddiu $5, $13, -22942
        lw $10, 48($21)
        andi $10, $12, 28808
        msub $24, $10
        mul $5, $3, $13
        xor $25, $8, $9
        ori $1, $5, 1
        ddiv $zero, $2, $1
        lh $25, -2($21)
        rotr $15, $15, 29
        ori $1, $13, 1
        ddiv $zero, $8, $1
        rotr $12, $15, 13
        andi $9, $2, 33495
        clo $6, $2
        swl $4, 50($21)
        addu $8, $25, $15
        ldl $15, 67($21)
        mfhi $13
        dclo $10, $7
        lb $9, 2($21)
        lwr $25, 35($21)
        drotrv $24, $24, $6
        rotrv $6, $25, $2
        addu $7, $6, $6
        sh $10, 30($21)
        mfhi $12
        sltu $25, $9, $25
        slt $13, $12, $13
        mthi $3
        mtlo $3
        madd $13, $6
        DUMP
        ldr $6, 24($21)
        srl $7, $7, 2
        multu $5, $5
        seb $11, $14
        movn $11, $15, $11
        sdr $5, -92($21)
        ori $1, $7, 1
        divu $zero, $13, $1
        rotr $9, $8, 4
        mfhi $11
        dinsm $24, $11, 21, 39
        dsubu $5, $7, $3
        dext $12, $11, 11, 6
        dinsm $4, $6, 16, 48
        sll $15, $13, 3
        multu $10, $2
        movz $11, $5, $9
        clz $7, $25
        daddu $6, $3, $14
        dextu $8, $5, 63, 1
        addu $13, $13, $2
        nor $12, $3, $8
        sll $8, $8, 0
        addu $14, $3, $8
        dsrlv $25, $10, $10
        drotrv $3, $8, $15
        mflo $24
        multu $7, $0
        daddu $13, $15, $7
        lb $15, -15($21)
        mflo $24
        ori $11, $5, 50208
        and $14, $5, $5
        lh $2, -24($21)
        mfhi $24
        ori $1, $7, 1
        ddivu $zero, $12, $1
        dmultu $25, $7
        sll $14, $6, 23
        mul $4, $15, $2
        addiu $15, $24, 27829
        multu $9, $4
        mflo $2
        drotrv $2, $4, $10
        sll $25, $25, 0
        madd $15, $8
        mult $10, $8
        addiu $5, $10, -19288
        mul $24, $15, $10
        sra $10, $0, 0
        DUMP
        rotrv $14, $8, $2
        xor $10, $8, $6
        ins $7, $9, 10, 5
        ext $14, $15, 29, 1
        sh $5, 16($21)
        sdr $9, 64($21)
        daddu $24, $25, $2
        dclo $5, $8
        xori $10, $10, 6263
        slti $2, $4, 2226
        mflo $11
        nor $2, $2, $15
        slt $4, $2, $25
        xori $8, $12, 28225
        slti $9, $14, -3863
        nor $7, $13, $4
        maddu $11, $25
        mfhi $7
        mul $10, $4, $14
        mult $9, $0
        multu $25, $0
        addiu $2, $25, 23203
        srl $10, $7, 11
        drotr $10, $6, 13
        slt $11, $5, $11
        swr $15, 80($21)
        addiu $6, $2, 26448
        ori $1, $4, 1
        ddiv $zero, $3, $1
        rotrv $24, $14, $14
        sw $25, 28($21)
        dshd $15, $15
        dsll $14, $13, 15
        slti $4, $15, -174
        lb $15, 3($21)
        sll $7, $7, 0
        mthi $5
        mtlo $4
        maddu $5, $15
        addiu $14, $2, 20210
        srav $7, $0, $11
        dins $5, $13, 26, 29
        sh $6, 14($21)
        and $8, $3, $6
        lui $13, 47764
        ori $1, $24, 1
        divu $zero, $25, $1
        sll $6, $6, 0
        mul $3, $7, $24
        addiu $24, $4, 15575
        DUMP
        ld $10, -64($21)
        sra $24, $0, 15
        ld $15, 88($21)
        nor $2, $12, $4
        lw $4, 8($21)
        sdr $4, -73($21)
        drotr $3, $8, 13
        daddu $12, $4, $11
        dinsu $4, $7, 50, 13
        ori $1, $9, 1
        div $zero, $13, $1
        clz $12, $11
        wsbh $15, $9
        or $10, $24, $11
        ld $8, 8($21)
        mul $15, $14, $10
        dsubu $12, $6, $9
        dsrl32 $11, $11, 24
        sdr $2, 8($21)
        dsbh $25, $2
        andi $13, $13, 19361
        sra $5, $6, 26
        slt $25, $5, $12
        ori $1, $7, 1
        ddivu $zero, $8, $1
        dsll $3, $25, 22
        sll $5, $5, 0
        mthi $13
        mtlo $15
        maddu $25, $0
        dextm $4, $6, 11, 38
        ori $3, $7, 60577
        subu $11, $25, $5
        srav $24, $11, $3
        lwr $7, -75($21)
        nor $3, $10, $6
        dclz $14, $13
        multu $3, $0
        sw $24, 32($21)
        and $25, $11, $15
        msubu $5, $6
        wsbh $8, $7
        mthi $25
        sltu $14, $6, $25
        dsubu $13, $8, $2
        dsubu $24, $5, $10
        dshd $2, $12
        sh $10, 26($21)
        lb $3, -5($21)
        dmultu $9, $2
        DUMP
        nor $12, $4, $13
        daddiu $5, $5, -20283
        xor $13, $5, $9
        swl $8, -57($21)
        clz $25, $6
        addiu $24, $8, 3475
        dmult $24, $2
        sh $7, 24($21)
        dinsm $25, $4, 10, 33
        daddiu $5, $13, 19592
        dclo $5, $8
        sll $4, $4, 0
        ins $4, $14, 14, 14
        daddiu $3, $13, -20753
        sll $24, $4, 31
        dext $12, $15, 13, 1
        sw $11, 12($21)
        ldl $2, 69($21)
        sh $3, 28($21)
        dclo $7, $7
        sll $5, $5, 0
        rotr $2, $10, 12
        lwu $10, 60($21)
        sd $5, 104($21)
        lw $5, 24($21)
        srav $2, $2, $9
        nor $11, $15, $12
        mflo $3
        xori $14, $6, 31441
        and $9, $13, $10
        daddu $9, $8, $10
        movn $9, $15, $10
        dsrl32 $13, $11, 0
        rotr $2, $0, 0
        mul $14, $8, $2
        sll $3, $24, 28
        daddiu $4, $3, -30880
        sll $12, $12, 4
        addu $3, $24, $12
        ori $1, $3, 1
        divu $zero, $2, $1
        xor $2, $6, $5
        maddu $24, $0
        lh $8, -4($21)
        dinsu $12, $7, 61, 2
        sb $10, -1($21)
        xori $24, $24, 62185
        ori $1, $15, 1
        div $zero, $3, $1
        mflo $24
        DUMP
        sdr $11, -10($21)
        lbu $25, 10($21)
        ori $1, $25, 1
        ddivu $zero, $5, $1
        clz $15, $24
        sdl $14, 24($21)
        mtlo $11
        sh $4, 26($21)
        sra $5, $24, 8
        ext $3, $15, 23, 2
        sll $3, $7, 8
        sdl $24, 66($21)
        dmultu $13, $25
        daddu $12, $11, $15
        dclz $8, $14
        mthi $6
        mtlo $8
        msub $6, $7
        movn $11, $6, $15
        dmult $12, $7
        sb $6, -1($21)
        lwr $8, 16($21)
        slti $13, $8, 15599
        sll $12, $12, 0
        srlv $14, $7, $6
        daddu $15, $24, $4
        ori $1, $14, 1
        divu $zero, $12, $1
        msub $7, $3
        clo $4, $12
        sdr $8, -75($21)
        ori $1, $12, 1
        ddiv $zero, $9, $1
        dsbh $11, $2
        dsubu $8, $2, $5
        mult $7, $2
        movn $4, $8, $13
        mul $9, $3, $14
        ori $1, $25, 1
        ddiv $zero, $2, $1
        mfhi $14
        slti $11, $4, 3273
        dsrlv $8, $4, $25
        seh $3, $15
        dclz $12, $5
        slt $4, $2, $12
        swr $10, 56($21)
        xor $2, $15, $24
        swr $6, 82($21)
        mthi $3
        DUMP
        mtlo $24
        maddu $6, $4
        addiu $6, $13, 10063
        ld $10, 72($21)
        mul $11, $4, $25
        sd $8, -96($21)
        mult $7, $6
        dsrlv $2, $8, $6
        lwu $2, 48($21)
        drotr $7, $9, 8
        ori $1, $7, 1
        ddiv $zero, $11, $1
        dsbh $9, $12
        andi $14, $13, 29869
        lwl $25, -89($21)
        dclz $9, $6
        sltu $13, $15, $3
        srav $25, $24, $14
        slt $12, $8, $14
        lb $13, 6($21)
        sltu $12, $14, $13
        mflo $12
        sh $10, -6($21)
        dinsm $14, $10, 27, 35
        movn $25, $5, $11
        ldl $25, -86($21)
        dsubu $13, $10, $11
        movn $8, $2, $5
        lb $5, -1($21)
        addiu $2, $9, 14597
        dshd $10, $4
        ld $14, -32($21)
        mul $9, $11, $6
        andi $11, $14, 36323
        lui $14, 51587
        lb $8, 5($21)
        movn $13, $7, $25
        sll $14, $12, 15
        ext $5, $3, 10, 8
        dinsm $10, $25, 10, 39
        sllv $8, $4, $25
        ldl $2, -56($21)
        movn $6, $2, $25
        srl $7, $24, 14
        and $11, $13, $7
        ori $1, $4, 1
        div $zero, $0, $1
        andi $12, $10, 36670
        nor $25, $10, $14
        dinsm $9, $9, 29, 33
        DUMP
        mult $7, $8
        movz $5, $4, $7
        ldr $5, -43($21)
        ori $4, $6, 16287
        maddu $8, $7
        dsbh $6, $8
        dsubu $13, $4, $9
        sll $11, $11, 30
        subu $11, $8, $0
        dshd $6, $14
        ori $1, $14, 1
        divu $zero, $24, $1
        andi $24, $6, 32398
        addiu $2, $24, 1947
        andi $6, $14, 50493
        rotr $8, $0, 5
        dextu $15, $7, 40, 13
        sw $3, -40($21)
        ld $3, 96($21)
        daddu $25, $14, $3
        dinsu $14, $13, 54, 10
        addu $3, $7, $8
        seh $3, $24
        ori $14, $14, 4857
        sltiu $2, $13, -7305
        daddu $5, $14, $8
        movz $15, $3, $10
        addu $10, $6, $2
        ori $1, $2, 1
        divu $zero, $7, $1
        sra $6, $0, 25
        dsrl $4, $12, 8
        sll $15, $15, 0
        ins $15, $10, 31, 1
        xori $6, $7, 58339
        lwu $5, -64($21)
        msubu $10, $24
        dinsm $5, $2, 25, 38
        sh $8, 24($21)
        lwu $7, -24($21)
        ori $1, $6, 1
        ddiv $zero, $3, $1
        mult $15, $24
        mflo $10
        sll $14, $14, 0
        lwl $14, -25($21)
        xor $2, $5, $9
        nor $14, $25, $4
        dsrl32 $14, $4, 2
        xor $4, $2, $15
        DUMP
        lhu $8, -24($21)
        lw $12, 40($21)
        multu $11, $10
        subu $14, $8, $8
        slti $11, $11, -17319
        maddu $15, $12
        mflo $3
        sltu $9, $25, $11
        movn $8, $7, $11
        dclo $25, $6
        mtlo $4
        swr $14, 30($21)
        subu $13, $11, $3
        ori $1, $8, 1
        ddivu $zero, $12, $1
        dsbh $3, $10
        addiu $2, $10, 8536
        dsrl32 $7, $9, 29
        rotrv $13, $10, $11
        lh $11, -26($21)
        sltiu $7, $6, 1330
        dsbh $12, $13
        lhu $25, 22($21)
        clz $7, $24
        dextu $7, $4, 45, 14
        sll $11, $11, 0
        srlv $6, $25, $2
        sh $2, 6($21)
        ori $1, $10, 1
        ddivu $zero, $9, $1
        mul $7, $6, $11
        ori $4, $15, 33583
        dclo $13, $13
        srl $8, $14, 15
        srl $9, $4, 11
        mul $9, $11, $15
        subu $11, $25, $8
        mtlo $13
        multu $4, $9
        ins $4, $15, 11, 13
        lui $7, 60165
        sra $6, $4, 13
        mthi $25
        and $4, $8, $25
        sdl $6, 82($21)
        dins $13, $25, 5, 17
        dsrav $14, $25, $13
        andi $2, $13, 58101
        lwu $8, 20($21)
        subu $10, $15, $10
        DUMP
        movz $2, $15, $13
        dmult $6, $15
        and $24, $4, $6
        addu $14, $9, $0
        movz $6, $6, $13
        mfhi $15
        sll $4, $25, 15
        daddiu $25, $25, 21775
        ori $1, $13, 1
        ddivu $zero, $11, $1
        rotr $6, $24, 17
        daddu $15, $12, $25
        dclo $15, $7
        addiu $10, $24, -8321
        lw $4, -8($21)
        addiu $6, $10, 5958
        multu $2, $10
        sd $7, -64($21)
        clo $8, $24
        xori $2, $7, 19837
        dextm $24, $7, 9, 51
        mul $15, $4, $14
        daddiu $7, $9, -11539
        andi $3, $4, 13544
        lwu $12, 48($21)
        dshd $2, $15
        sra $13, $3, 23
        dinsu $6, $12, 42, 12
        srav $15, $8, $7
        sh $11, -22($21)
        lhu $6, -12($21)
        sw $15, -16($21)
        sllv $9, $8, $6
        dsrl32 $2, $9, 26
        dins $15, $24, 2, 11
        sll $6, $4, 9
        ldr $12, -28($21)
        clo $11, $14
        multu $9, $9
        drotr $14, $10, 24
        xor $12, $5, $8
        srl $25, $11, 22
        dsll32 $11, $9, 7
        lwl $13, 6($21)
        movn $10, $3, $6
        drotr $8, $15, 0
        slt $25, $4, $11
        msub $25, $10
        ins $10, $6, 25, 2
        ori $1, $2, 1
        DUMP
        ddivu $zero, $2, $1
        dsbh $8, $12
        lb $2, 14($21)
        dsbh $11, $3
        dsbh $10, $13
        daddu $11, $4, $6
        addu $7, $25, $25
        mthi $8
        mult $7, $13
        addu $15, $25, $4
        sll $5, $5, 0
        ori $1, $4, 1
        div $zero, $25, $1
        subu $11, $6, $13
        sdl $25, -91($21)
        lw $9, -64($21)
        mult $25, $9
        sd $8, 88($21)
        lhu $11, -12($21)
        mul $12, $6, $2
        dsrav $10, $24, $9
        dsll $11, $2, 21
        dins $9, $12, 17, 15
        addu $11, $6, $7
        ori $1, $13, 1
        divu $zero, $4, $1
        sd $8, 0($21)
        daddu $14, $15, $24
        nor $9, $6, $13
        dsrl32 $6, $9, 29
        dclo $2, $24
        dmultu $10, $7
        addiu $2, $3, -22383
        daddiu $12, $8, -89
        sll $7, $7, 0
        sllv $2, $2, $8
        lbu $10, 15($21)
        mthi $7
        mtlo $2
        msub $2, $13
        lhu $8, 12($21)
        lw $3, -16($21)
        dmult $7, $14
        lwl $10, 13($21)
        dextm $11, $12, 6, 44
        drotrv $2, $7, $11
        lhu $10, 22($21)
        sra $11, $15, 1
        dsra $14, $25, 28
        sdr $24, 65($21)
        DUMP
        ldl $6, -78($21)
        daddiu $9, $12, 6892
        addu $2, $13, $0
        dmultu $9, $12
        andi $8, $13, 27916
        mul $10, $11, $11
        ori $1, $15, 1
        div $zero, $25, $1
        ldr $3, -9($21)
        or $2, $7, $8
        srl $6, $11, 26
        dsubu $10, $4, $14
        mul $11, $5, $15
        movz $10, $25, $15
        seb $24, $10
        dshd $12, $7
        mfhi $5
        lb $6, -11($21)
        sll $6, $11, 4
        or $4, $5, $4
        sll $12, $12, 0
        msubu $2, $8
        sh $12, -30($21)
        maddu $6, $0
        sd $9, -96($21)
        movz $4, $6, $9
        movn $3, $9, $13
        daddiu $8, $4, 5990
        ext $11, $6, 15, 10
        mul $12, $2, $25
        andi $12, $14, 11496
        lwr $25, -28($21)
        nor $2, $10, $13
        sll $4, $13, 26
        sh $4, -20($21)
        dsubu $8, $24, $14
        sll $3, $3, 0
        ins $3, $0, 27, 1
        and $3, $25, $5
        slt $7, $14, $7
        drotr32 $2, $2, 19
        ext $10, $3, 18, 8
        sh $3, 12($21)
        dsrl32 $14, $5, 13
        dsubu $13, $2, $25
        daddu $12, $8, $14
        addiu $14, $6, -19902
        clz $24, $24
        lb $24, 13($21)
        sllv $15, $11, $24
        DUMP
        daddu $14, $13, $7
        dclz $5, $10
        mfhi $4
        sll $11, $11, 0
        maddu $24, $4
        sd $24, 32($21)
        dshd $10, $9
        sb $12, -2($21)
        lhu $14, -24($21)
        mult $11, $24
        daddiu $11, $10, 10491
        msub $15, $3
        and $9, $15, $14
        msubu $6, $25
        ori $5, $5, 28809
        drotr $4, $6, 24
        addiu $25, $24, 19096
        sll $9, $3, 15
        sltu $14, $5, $8
        sb $4, 13($21)
        daddu $24, $12, $14
        msubu $5, $6
        sllv $11, $25, $13
        dsrav $7, $3, $3
        sll $5, $5, 0
        sra $10, $5, 16
        dshd $13, $14
        ori $1, $9, 1
        ddiv $zero, $5, $1
        or $3, $15, $5
        ld $10, 48($21)
        slt $6, $8, $7
        mul $14, $25, $6
        nor $14, $13, $8
        multu $9, $11
        dsbh $11, $3
        sllv $14, $6, $12
        slt $8, $3, $24
        lwu $2, -36($21)
        dshd $8, $11
        srl $2, $0, 31
        clo $10, $3
        clz $8, $0
        sw $10, -36($21)
        mul $2, $8, $14
        srlv $15, $3, $15
        clz $14, $5
        ori $2, $7, 55128
        sltiu $6, $24, -12256
        lh $11, 26($21)
        DUMP
        daddiu $6, $5, 14601
        sll $6, $6, 0
        lwl $6, 72($21)
        srl $9, $5, 21
        movz $3, $15, $5
        nor $3, $4, $12
        srav $10, $15, $9
        lui $3, 42321
        dsra $13, $24, 0
        sra $2, $0, 17
        slti $4, $10, 4529
        mul $15, $8, $6
        mflo $24
        subu $2, $25, $10
        mfhi $25
        sll $2, $8, 16
        sll $3, $3, 0
        rotr $24, $0, 21
        sll $24, $6, 15
        sll $10, $7, 16
        sll $8, $8, 0
        ori $1, $14, 1
        div $zero, $11, $1
        ins $3, $25, 4, 1
        slti $2, $7, -14584
        ori $1, $10, 1
        ddivu $zero, $5, $1
        daddu $11, $8, $15
        dsbh $8, $14
        sw $9, 0($21)
        dmultu $12, $2
        clo $25, $15
        ori $1, $25, 1
        ddiv $zero, $24, $1
        lwu $5, -56($21)
        mflo $4
        clz $4, $10
        mflo $12
        lui $9, 23674
        mfhi $4
        sh $12, -32($21)
        mult $9, $0
        dins $15, $15, 1, 23
        and $25, $4, $10
        dsra $25, $13, 14
        multu $9, $6
        movz $5, $3, $25
        sra $3, $14, 21
        xor $10, $15, $13
        xori $15, $15, 46713
        DUMP
        lhu $8, -12($21)
        dext $4, $7, 26, 14
        clo $5, $24
        movn $12, $10, $3
        ori $1, $8, 1
        div $zero, $24, $1
        sll $7, $6, 15
        xor $4, $24, $3
        multu $6, $4
        slti $5, $25, -1386
        ldl $5, -74($21)
        msub $3, $6
        sh $15, 14($21)
        dsllv $12, $4, $13
        dins $6, $6, 11, 27
        subu $7, $9, $3
        subu $6, $3, $2
        ldr $13, 61($21)
        clo $15, $4
        dinsm $4, $8, 13, 39
        nor $4, $11, $24
        xori $12, $11, 32050
        ext $12, $3, 15, 2
        dsrl32 $8, $15, 15
        addu $13, $24, $14
        andi $4, $8, 21524
        dsra $24, $5, 8
        lwu $9, 40($21)
        daddiu $7, $12, -17828
        movn $15, $10, $25
        sd $3, -112($21)
        mult $14, $13
        subu $5, $12, $3
        or $12, $8, $15
        clz $24, $2
        sra $8, $5, 18
        daddiu $4, $9, 11092
        dsbh $5, $6
        sd $12, 32($21)
        xor $11, $13, $11
        srl $11, $13, 5
        ext $5, $0, 22, 2
        sll $2, $15, 26
        sll $25, $10, 15
        xor $13, $11, $12
        movz $10, $24, $3
        mfhi $11
        sh $15, -8($21)
        dsrl $24, $7, 22
        msub $11, $5
        DUMP
        dsubu $24, $13, $11
        addu $9, $2, $3
        dclz $9, $11
        ori $1, $6, 1
        ddivu $zero, $24, $1
        addu $5, $8, $25
        lbu $3, -7($21)
        ori $1, $0, 1
        divu $zero, $3, $1
        dsubu $25, $24, $3
        ld $5, -72($21)
        lhu $10, 6($21)
        nor $8, $24, $24
        dins $11, $4, 7, 9
        dsbh $9, $14
        sra $24, $2, 9
        addiu $5, $3, 22406
        dextu $15, $12, 55, 8
        sb $15, 0($21)
        clz $7, $0
        sll $12, $12, 0
        lwr $12, 41($21)
        dsubu $13, $12, $4
        clz $24, $10
        sra $12, $7, 20
        sltu $2, $14, $11
        sltu $12, $11, $13
        daddu $11, $3, $6
        lw $4, -48($21)
        mult $12, $10
        lwu $5, 52($21)
        lwr $14, 86($21)
        lb $12, -14($21)
        lbu $4, 15($21)
        dsubu $15, $24, $3
        maddu $12, $24
        movz $25, $6, $14
        ld $12, 88($21)
        dext $24, $7, 29, 2
        subu $25, $0, $0
        lh $2, 24($21)
        movn $12, $4, $6
        mul $11, $3, $25
        lwr $14, 85($21)
        ori $1, $24, 1
        ddiv $zero, $10, $1
        daddiu $25, $14, -3564
        nor $24, $3, $15
        clz $24, $14
        lui $15, 29371
        DUMP
        sh $2, -28($21)
        sh $10, 24($21)
        ori $1, $3, 1
        ddiv $zero, $11, $1
        addu $4, $2, $14
        ld $25, -24($21)
        sw $13, 20($21)
        dsubu $4, $3, $12
        addu $4, $24, $10
        dsubu $4, $3, $25
        and $24, $6, $7
        lh $12, -22($21)
        slt $12, $13, $14
        dinsu $12, $8, 45, 13
        clz $2, $7
        seh $2, $7
        srl $13, $7, 18
        sra $11, $2, 29
        dmultu $24, $15
        subu $24, $15, $11
        dsubu $14, $8, $9
        dsbh $5, $8
        ori $12, $14, 32734
        dsrav $12, $11, $8
        movz $10, $14, $6
        dmult $9, $14
        daddu $24, $10, $7
        sltu $10, $13, $4
        addiu $12, $3, 1344
        ori $1, $11, 1
        ddiv $zero, $13, $1
        sll $12, $4, 11
        mthi $10
        mtlo $13
        sll $6, $6, 0
        maddu $13, $2
        sltu $11, $15, $6
        mul $5, $11, $11
        daddiu $10, $9, 11552
        or $2, $15, $25
        mfhi $13
        dsubu $24, $2, $14
        drotr32 $24, $9, 4
        mtlo $13
        lhu $9, -20($21)
        dext $2, $7, 18, 28
        daddu $24, $3, $14
        dinsm $13, $6, 4, 49
        lh $3, 14($21)
        slti $14, $3, 12977
        DUMP
        addiu $11, $11, -31935
        dclo $25, $11
        clz $14, $12
        sdr $8, -100($21)
        sb $12, -4($21)
        movn $12, $14, $25
        ldl $3, -34($21)
        rotr $11, $9, 18
        dsbh $15, $12
        andi $9, $9, 29537
        seb $7, $3
        seb $10, $11
        and $13, $11, $10
        msub $13, $5
        madd $9, $7
        xor $25, $7, $6
        swl $3, -90($21)
        multu $12, $5
        ldr $9, 5($21)
        lw $11, 32($21)
        sltiu $7, $7, -1566
        msubu $7, $12
        dshd $4, $2
        msubu $12, $25
        srlv $24, $5, $2
        sh $7, 12($21)
        xori $25, $15, 65455
        lui $6, 18009
        slt $3, $9, $12
        daddiu $11, $11, 27673
        sd $14, -48($21)
        slt $25, $11, $13
        swr $12, -94($21)
        ori $1, $9, 1
        ddiv $zero, $25, $1
        swl $7, -62($21)
        swr $6, 78($21)
        sll $11, $11, 0
        lwl $11, 72($21)
        movz $2, $5, $8
        mul $25, $7, $7
        xori $2, $11, 27539
        sw $8, -64($21)
        daddu $3, $8, $8
        dmult $24, $8
        swl $15, -77($21)
        ori $1, $9, 1
        ddiv $zero, $4, $1
        ori $4, $5, 37527
        rotr $7, $14, 8
        DUMP
        seh $14, $5
        seh $13, $8
        addiu $7, $4, 13961
        sra $6, $7, 5
        srav $25, $13, $3
        sll $2, $25, 28
        rotr $13, $25, 29
        dsrl $8, $24, 19
        sltiu $3, $9, 23581
        dinsu $8, $25, 37, 10
        ins $24, $25, 3, 23
        ld $9, -112($21)
        sll $7, $7, 0
        addu $14, $7, $5
        dinsu $2, $5, 60, 3
        addu $2, $14, $3
        lhu $8, -16($21)
        dclo $7, $2
        sd $14, -72($21)
        dmultu $9, $14
        mthi $12
        mtlo $5
        msub $8, $3
        daddiu $11, $4, -22638
        xori $15, $9, 8498
        dmultu $3, $5
        dsubu $10, $2, $7
        mthi $13
        mtlo $5
        msub $8, $3
        dmultu $2, $8
        drotrv $8, $5, $25
        daddu $10, $15, $3
        clz $4, $4
        mult $14, $14
        clo $6, $2
        or $7, $10, $7
        and $11, $10, $8
        drotr32 $6, $5, 6
        rotr $24, $5, 18
        ori $1, $3, 1
        ddiv $zero, $24, $1
        daddiu $5, $10, 7532
        mul $15, $3, $3
        sll $14, $14, 0
        addiu $3, $2, 27207
        sb $24, -3($21)
        daddu $7, $12, $2
        movz $3, $2, $10
        sll $24, $10, 27
        DUMP
        mul $9, $24, $4
        mul $11, $0, $2
        subu $8, $15, $11
        movn $25, $25, $10
        or $3, $6, $14
        ori $1, $25, 1
        ddivu $zero, $13, $1
        addiu $6, $15, -11431
        sll $5, $5, 0
        lwr $5, -17($21)
        subu $8, $0, $0
        ori $8, $14, 14150
        daddu $2, $4, $13
        sra $15, $25, 2
        clo $13, $15
        lh $5, -10($21)
        and $6, $15, $11
        movn $11, $2, $4
        dsubu $12, $11, $6
        srlv $9, $24, $25
        xori $7, $8, 34074
        ori $1, $8, 1
        ddivu $zero, $2, $1
        movz $15, $25, $13
        dinsu $24, $8, 52, 8
        sh $9, 10($21)
        movz $24, $13, $24
        dinsu $11, $7, 57, 3
        dclz $8, $5
        dmult $4, $6
        slti $3, $10, -11379
        sltiu $11, $7, 25639
        mfhi $15
        or $25, $15, $24
        ori $1, $6, 1
        divu $zero, $14, $1
        mflo $25
        daddiu $9, $14, -22277
        movn $8, $10, $25
        daddu $3, $4, $15
        addu $7, $4, $14
        dextm $24, $5, 23, 40
        msub $13, $4
        dsubu $2, $11, $25
        slt $24, $10, $15
        daddiu $2, $11, 26334
        dsrav $7, $3, $11
        daddu $7, $24, $14
        and $3, $15, $25
        addu $10, $24, $13
        DUMP

TEST_END

        .data
        .balign 16
scratch:
        .byte 0x58, 0x02, 0xe0, 0x31, 0xf7, 0xb7, 0xef, 0x52, 0x6b, 0xe7, 0x09, 0x43, 0x73, 0xee, 0x92, 0x0a
        .byte 0xf9, 0xb7, 0xe0, 0x08, 0x41, 0xf8, 0x15, 0xe9, 0x44, 0xe2, 0x30, 0xcf, 0x44, 0x48, 0xae, 0xb1
        .byte 0xb9, 0x88, 0x0c, 0x7d, 0x13, 0x83, 0x2b, 0xf5, 0x4b, 0xa4, 0xbe, 0x1a, 0xee, 0xb5, 0x23, 0x39
        .byte 0x64, 0x22, 0x16, 0xa5, 0x6c, 0x74, 0xcc, 0x47, 0x14, 0xaf, 0x92, 0x1f, 0xb4, 0x16, 0x6f, 0x5f
        .byte 0xc0, 0x23, 0x2f, 0x92, 0xf4, 0x7f, 0x8d, 0x1c, 0x47, 0x73, 0xfe, 0x59, 0x2b, 0xdf, 0xcf, 0x44
        .byte 0x45, 0x2f, 0x03, 0x1b, 0xa5, 0x65, 0x6e, 0xa8, 0x61, 0x94, 0xd5, 0x3f, 0xcb, 0x33, 0xa4, 0x3d
        .byte 0x63, 0x1a, 0xb2, 0x54, 0xd9, 0xb8, 0xd3, 0x77, 0xfb, 0x4b, 0x87, 0x38, 0x78, 0xce, 0x3f, 0xcc
        .byte 0x9e, 0xd0, 0xb5, 0x67, 0xc6, 0x90, 0xaa, 0x1e, 0x2a, 0x15, 0x73, 0x44, 0x56, 0x77, 0xa2, 0xb8
        .byte 0xd7, 0xa5, 0xc8, 0xb1, 0x76, 0x7b, 0x0e, 0x50, 0xcd, 0xce, 0x7b, 0xb6, 0x6a, 0x06, 0xca, 0x48
        .byte 0x43, 0x05, 0xdd, 0x86, 0x2f, 0xb4, 0x77, 0x1c, 0x99, 0x45, 0x4f, 0xdc, 0xb8, 0x87, 0x0e, 0xe3
        .byte 0xfe, 0xb4, 0x23, 0xc3, 0x5e, 0xf9, 0xc7, 0x46, 0x9f, 0x17, 0x9d, 0xa5, 0xac, 0x07, 0x27, 0xc5
        .byte 0x6c, 0xfb, 0x09, 0xb4, 0x94, 0xf8, 0x07, 0x2a, 0xcd, 0x6d, 0xf3, 0x8d, 0xe2, 0x66, 0xc8, 0xe8
        .byte 0xc8, 0x51, 0x70, 0x4e, 0xe6, 0x63, 0xc9, 0xe1, 0x42, 0xb4, 0x0d, 0x0b, 0xa1, 0x33, 0x92, 0x05
        .byte 0xf2, 0x38, 0x86, 0xdf, 0x9b, 0xfa, 0xfc, 0x77, 0x8b, 0x94, 0xd3, 0xaa, 0x02, 0x2d, 0x87, 0x57
        .byte 0x73, 0x6b, 0x1c, 0x01, 0x28, 0xed, 0x2a, 0x6c, 0x1a, 0x48, 0x0f, 0x2d, 0x68, 0x91, 0x22, 0x1a
        .byte 0x2c, 0x6e, 0x15, 0xf7, 0x9d, 0x4f, 0x00, 0x75, 0x14, 0x0d, 0x15, 0x8e, 0x07, 0xe3, 0x4e, 0xcf
        .balign 16
dbuf:   .space 272
