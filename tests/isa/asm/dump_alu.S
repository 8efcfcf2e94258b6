/* Random integer stream: ALU, shifts, multiply/divide, bit fields, byte swaps,
 * loads/stores of every width (incl. lwl/lwr/ldl/ldr/swl/swr/sdl/sdr)
 * Differential test: a fixed pseudo-random stream of 3000 instructions (seed 4242);
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
        dli $2, 0xf2ed66ffdcc99396
        dli $3, 0x6a6ae768
        dli $4, 0x9dd8904f07489671
        dli $5, 0x63e8540e
        dli $6, 0x466de486522c4f8d
        dli $7, 0x2f564652
        dli $8, 0x620f0877e5fe381
        dli $9, 0xffffffffd04ce50b
        dli $10, 0x27e47ffc284a2d4f
        dli $11, 0xffffffff92e4016e
        dli $12, 0x79f74d60ac03031e
        dli $13, 0x1eb1c66e
        dli $14, 0x817af708207473b7
        dli $15, 0x245edebc
        dli $24, 0x1f07a223563ebc38
        dli $25, 0x2be38ecc
        mthi $3; mtlo $4
        DUMP
        sra $3, $7, 17
        srav $14, $5, $12
        daddiu $11, $7, 12368
        dmultu $10, $24
        or $7, $25, $10
        sd $10, -88($21)
        lwu $14, 44($21)
        mflo $25
        sll $5, $9, 28
        daddiu $15, $9, -240
        dsllv $11, $8, $14
        lb $8, -10($21)
        daddiu $2, $15, -5900
        dinsm $15, $10, 6, 46
        rotr $2, $8, 24
        mthi $13
        mtlo $2
        maddu $9, $8
        lb $7, -13($21)
        clz $13, $8
        movn $8, $12, $5
        xori $11, $2, 35745
        rotr $7, $2, 8
        slt $6, $4, $13
        movn $7, $2, $24
        daddiu $7, $8, 25245
        daddiu $25, $5, -18185
        movn $3, $10, $14
        lw $15, -20($21)
        ld $10, -64($21)
        dsubu $24, $25, $3
        dsbh $6, $6
        srlv $13, $13, $9
        clo $9, $13
        dextu $10, $8, 35, 24
        slti $24, $15, -14424
        ori $1, $4, 1
        ddiv $zero, $4, $1
        mfhi $9
        slt $12, $25, $2
        daddiu $6, $10, -25242
        mult $24, $0
        ori $10, $10, 26777
        mflo $11
        clz $25, $2
        mflo $2
        srav $24, $12, $9
        sltiu $25, $13, 32492
        dsllv $10, $6, $7
        dshd $2, $24
        DUMP
        lb $10, -12($21)
        movn $7, $14, $5
        sh $7, -22($21)
        lbu $10, 2($21)
        msubu $5, $24
        or $24, $3, $9
        sll $10, $24, 25
        dsrl $8, $5, 15
        andi $13, $6, 28177
        dsrlv $7, $2, $10
        slti $12, $12, -20165
        lw $2, 48($21)
        xor $15, $5, $2
        dsrlv $12, $2, $24
        ld $10, 88($21)
        dinsu $5, $24, 40, 10
        lui $12, 57019
        xori $4, $11, 21898
        sd $15, 0($21)
        lwl $13, 52($21)
        nor $9, $6, $13
        dextu $10, $24, 63, 1
        mflo $2
        srav $13, $15, $10
        sdr $8, 91($21)
        dclz $14, $3
        mfhi $4
        ori $1, $25, 1
        ddiv $zero, $3, $1
        lbu $7, 11($21)
        dinsu $9, $4, 42, 12
        srl $10, $15, 30
        sll $3, $15, 6
        sltu $13, $10, $10
        mthi $10
        mtlo $10
        madd $3, $0
        sd $9, -24($21)
        mtlo $10
        and $25, $3, $6
        addu $14, $0, $11
        sll $24, $24, 0
        lwl $24, 38($21)
        ori $1, $5, 1
        ddivu $zero, $10, $1
        multu $10, $24
        dextu $13, $24, 32, 7
        daddu $10, $3, $10
        lbu $5, 10($21)
        andi $24, $5, 50679
        DUMP
        dsrav $2, $2, $8
        lbu $6, 5($21)
        mflo $9
        sltu $5, $5, $2
        sltu $7, $24, $24
        mfhi $6
        sb $6, 3($21)
        msub $24, $4
        mflo $2
        drotr32 $11, $15, 30
        daddu $5, $5, $25
        dsubu $3, $4, $13
        or $25, $7, $4
        srav $13, $25, $8
        daddiu $24, $5, 5110
        daddu $10, $12, $11
        dsll $25, $14, 20
        sh $8, 10($21)
        msub $15, $2
        multu $15, $12
        ori $1, $15, 1
        div $zero, $2, $1
        mult $14, $2
        wsbh $25, $0
        daddu $2, $6, $2
        sll $25, $11, 0
        ldr $2, 4($21)
        ld $15, 112($21)
        lh $12, 30($21)
        sll $13, $13, 0
        multu $7, $0
        xori $25, $6, 5101
        ori $1, $3, 1
        ddiv $zero, $9, $1
        slt $4, $8, $4
        lwu $11, 12($21)
        sll $8, $8, 0
        mult $7, $25
        xor $4, $25, $4
        swr $2, 90($21)
        daddu $4, $15, $12
        ext $2, $9, 14, 13
        wsbh $15, $0
        lw $14, 12($21)
        dsra $13, $10, 10
        dsrl32 $11, $6, 28
        sll $13, $13, 28
        dinsu $14, $8, 38, 18
        nor $25, $24, $14
        slt $3, $7, $6
        DUMP
        lb $2, -6($21)
        lw $14, -24($21)
        addiu $5, $6, -5698
        dshd $2, $25
        seb $15, $7
        clz $12, $13
        ext $8, $8, 25, 5
        dsubu $13, $9, $13
        sll $2, $12, 2
        dsll32 $10, $25, 19
        multu $5, $7
        ext $4, $14, 21, 5
        sltiu $25, $25, -26286
        addiu $5, $0, 12867
        multu $3, $5
        clo $7, $2
        dsra $6, $6, 11
        dclz $15, $10
        sll $10, $10, 0
        ori $1, $25, 1
        divu $zero, $2, $1
        madd $9, $14
        lwr $14, 17($21)
        lhu $12, 18($21)
        lh $2, -28($21)
        and $15, $13, $4
        subu $4, $2, $5
        dextm $12, $10, 24, 37
        daddu $25, $10, $3
        seh $4, $7
        daddu $9, $15, $15
        addiu $25, $8, -31615
        lb $5, -8($21)
        sll $25, $3, 11
        drotr32 $6, $9, 18
        dsubu $3, $7, $15
        addiu $3, $2, 26471
        mfhi $15
        seh $2, $9
        ori $1, $13, 1
        ddiv $zero, $15, $1
        movz $24, $10, $2
        ori $1, $2, 1
        div $zero, $4, $1
        maddu $5, $4
        dshd $11, $8
        ori $14, $7, 63788
        sltu $8, $14, $15
        lwu $5, -60($21)
        movn $12, $10, $24
        DUMP
        dsll32 $15, $14, 11
        addiu $15, $4, -8928
        daddiu $2, $8, -19045
        movn $8, $5, $11
        and $8, $5, $24
        or $6, $7, $8
        clo $25, $14
        mtlo $8
        lw $6, -28($21)
        rotr $6, $3, 29
        addu $15, $15, $0
        srav $8, $3, $3
        dsrl32 $13, $7, 24
        dsubu $14, $9, $9
        wsbh $24, $25
        daddiu $12, $4, -28107
        nor $7, $25, $10
        ld $7, -72($21)
        sw $25, -28($21)
        ld $3, -112($21)
        sllv $14, $4, $15
        subu $5, $6, $14
        multu $6, $0
        dinsu $24, $8, 60, 4
        addiu $13, $10, -31660
        swr $4, 44($21)
        lhu $8, 10($21)
        dins $11, $5, 31, 11
        sll $11, $13, 6
        rotr $5, $11, 31
        daddu $13, $2, $12
        daddu $4, $15, $24
        mflo $8
        sra $15, $15, 16
        multu $25, $10
        dsrlv $8, $15, $7
        msubu $14, $11
        sra $6, $6, 15
        sd $12, 104($21)
        and $12, $6, $8
        drotrv $2, $10, $15
        msubu $14, $15
        slti $12, $6, 21225
        lhu $15, -30($21)
        addu $11, $0, $14
        multu $10, $12
        ext $13, $25, 17, 10
        sd $13, -120($21)
        lbu $14, 3($21)
        xor $13, $3, $4
        DUMP
        dsubu $2, $8, $3
        movz $11, $14, $25
        dsrlv $24, $4, $14
        sb $2, 2($21)
        slt $12, $11, $11
        daddiu $6, $25, -14551
        dmult $15, $7
        ori $13, $9, 58820
        subu $6, $14, $25
        lui $24, 32264
        sll $7, $7, 0
        subu $3, $14, $11
        swl $12, -42($21)
        mflo $15
        sll $7, $10, 6
        lbu $8, 1($21)
        drotrv $12, $2, $12
        sh $3, 28($21)
        addu $8, $10, $8
        srl $3, $0, 9
        sh $3, -16($21)
        ext $14, $7, 17, 12
        dins $13, $14, 16, 3
        xor $6, $7, $2
        dsrlv $9, $14, $6
        mthi $11
        mtlo $10
        maddu $10, $5
        xor $15, $10, $10
        sh $5, 0($21)
        slt $14, $6, $7
        addu $2, $8, $8
        msubu $11, $10
        lbu $3, -12($21)
        srl $11, $8, 18
        mfhi $7
        mul $8, $3, $10
        daddu $2, $12, $10
        dsrl $12, $4, 26
        dmultu $9, $11
        slti $11, $5, -31304
        ori $10, $3, 43060
        movn $24, $3, $10
        or $8, $10, $15
        mthi $11
        mtlo $8
        maddu $14, $24
        dsubu $11, $10, $6
        dins $24, $11, 3, 30
        sra $24, $15, 1
        DUMP
        subu $25, $5, $24
        dsrl32 $11, $4, 10
        lbu $5, -2($21)
        clz $10, $0
        wsbh $6, $25
        dsrav $13, $8, $12
        dins $12, $3, 7, 17
        msub $6, $25
        dsrav $15, $11, $25
        slti $24, $24, -9129
        dins $2, $7, 15, 10
        addu $9, $0, $5
        movz $15, $11, $3
        dsbh $2, $11
        sll $15, $6, 19
        sh $7, -26($21)
        addiu $15, $15, -27300
        daddiu $13, $12, -172
        dextm $3, $6, 3, 61
        sllv $4, $7, $3
        dclz $8, $11
        lb $24, -13($21)
        sltu $10, $2, $3
        dext $6, $5, 24, 26
        mult $0, $14
        dsubu $7, $9, $14
        ldr $14, -47($21)
        dclz $13, $6
        slti $13, $5, 22746
        sll $12, $12, 0
        lwl $12, -13($21)
        dclz $12, $7
        sll $6, $11, 8
        clo $8, $8
        slt $9, $3, $8
        dmultu $25, $9
        sb $25, 1($21)
        lui $8, 33229
        addiu $10, $8, -25161
        sll $2, $25, 23
        ori $1, $2, 1
        div $zero, $9, $1
        daddiu $14, $25, -10102
        daddu $13, $25, $13
        daddu $12, $15, $7
        sltu $6, $7, $11
        lwr $10, 49($21)
        xor $6, $25, $13
        srl $12, $4, 28
        dsra $10, $10, 27
        DUMP
        sltiu $8, $9, 29112
        ori $1, $9, 1
        ddiv $zero, $7, $1
        lwu $2, 4($21)
        mult $12, $5
        dextu $12, $7, 53, 4
        mul $10, $4, $4
        mfhi $10
        srav $10, $10, $10
        movn $8, $10, $14
        lui $2, 24425
        drotrv $10, $24, $14
        addu $24, $4, $2
        lbu $4, 10($21)
        ori $8, $24, 55608
        dsllv $2, $6, $11
        dsllv $9, $15, $6
        movn $15, $9, $24
        dextu $3, $24, 60, 1
        srlv $13, $4, $8
        lh $11, -6($21)
        sdr $3, -95($21)
        sh $6, -14($21)
        sll $25, $25, 0
        ori $1, $8, 1
        divu $zero, $11, $1
        dextu $24, $9, 55, 6
        ldr $3, 73($21)
        srlv $24, $0, $3
        multu $11, $11
        mult $24, $8
        or $8, $7, $10
        sll $5, $24, 30
        lhu $6, -10($21)
        lw $12, -44($21)
        andi $25, $14, 53386
        daddu $15, $10, $13
        daddiu $13, $3, 5605
        lb $2, -10($21)
        sd $3, -72($21)
        daddiu $4, $9, -27019
        addiu $8, $24, -8067
        lh $7, -2($21)
        dmult $2, $8
        mthi $11
        mtlo $5
        sll $14, $14, 0
        msub $11, $11
        lwu $4, 60($21)
        sra $15, $7, 5
        DUMP
        sll $11, $11, 0
        multu $15, $8
        lb $12, 8($21)
        wsbh $6, $6
        daddiu $3, $4, 11347
        or $3, $8, $12
        daddiu $12, $12, -28205
        ori $25, $10, 32463
        sltu $13, $25, $24
        srlv $2, $6, $24
        daddu $5, $11, $7
        mfhi $12
        mfhi $10
        ori $1, $7, 1
        div $zero, $8, $1
        clz $13, $13
        clo $12, $12
        dclz $25, $11
        clz $5, $2
        or $3, $10, $3
        dsrav $25, $7, $24
        dsrav $15, $15, $9
        swl $6, -1($21)
        nor $10, $25, $25
        dinsu $12, $6, 56, 8
        dmult $15, $14
        sll $6, $6, 0
        addu $9, $13, $11
        clz $14, $7
        dsubu $6, $8, $25
        dmult $2, $12
        lh $2, 8($21)
        ori $1, $25, 1
        ddivu $zero, $15, $1
        xor $3, $12, $10
        rotrv $11, $13, $13
        ori $1, $5, 1
        ddiv $zero, $15, $1
        dextm $11, $8, 26, 37
        ext $24, $7, 16, 5
        subu $11, $8, $5
        slti $4, $15, 15008
        slt $15, $3, $2
        mtlo $15
        sdl $24, 15($21)
        movn $7, $12, $13
        mflo $2
        mthi $0
        mtlo $9
        sll $12, $12, 0
        DUMP
        msub $15, $2
        sll $10, $10, 0
        ins $10, $24, 17, 10
        dsllv $2, $2, $4
        daddiu $2, $25, 16606
        slti $12, $10, 22798
        xor $25, $5, $3
        mul $5, $4, $13
        xor $24, $2, $3
        nor $25, $2, $6
        sll $10, $10, 0
        rotr $24, $11, 12
        clo $7, $5
        dinsm $15, $2, 30, 34
        madd $8, $24
        lbu $3, -10($21)
        ext $4, $12, 11, 5
        ori $1, $8, 1
        ddiv $zero, $25, $1
        sltiu $11, $5, 5445
        mflo $15
        clz $13, $13
        sw $12, -20($21)
        sw $8, -52($21)
        daddu $5, $11, $15
        lbu $10, -12($21)
        movn $12, $4, $15
        ld $12, 24($21)
        daddiu $11, $6, -634
        mul $10, $0, $3
        addiu $24, $10, 30829
        andi $10, $2, 35998
        addiu $15, $10, 13729
        nor $9, $15, $24
        swl $13, 94($21)
        sh $8, -30($21)
        mthi $10
        mtlo $15
        madd $3, $0
        lw $25, -24($21)
        mul $2, $14, $25
        addiu $3, $10, -25966
        xor $11, $6, $9
        dclo $11, $8
        multu $4, $11
        drotr32 $5, $6, 22
        movz $8, $10, $9
        srav $2, $25, $25
        xor $2, $12, $13
        sd $13, 32($21)
        DUMP
        slt $5, $25, $9
        mfhi $6
        dins $25, $13, 9, 25
        xori $7, $6, 22629
        msub $6, $0
        dinsu $5, $7, 59, 4
        lw $11, 36($21)
        addiu $5, $3, 14478
        srav $4, $13, $3
        srl $15, $11, 13
        mult $14, $3
        nor $15, $9, $3
        sll $7, $12, 23
        seb $2, $13
        srl $11, $11, 14
        seh $9, $15
        ext $4, $3, 18, 10
        mult $8, $11
        dsra32 $5, $3, 26
        movz $14, $2, $9
        dsbh $11, $3
        mflo $9
        dsubu $10, $5, $24
        dshd $25, $5
        or $8, $7, $4
        dshd $3, $12
        sra $11, $14, 7
        sltiu $13, $6, -19948
        lwu $24, 16($21)
        subu $6, $0, $11
        drotrv $4, $13, $24
        seb $8, $10
        daddu $24, $11, $3
        and $5, $9, $4
        sdr $7, 55($21)
        and $7, $15, $7
        sh $9, -22($21)
        lbu $9, -13($21)
        subu $14, $13, $13
        slt $10, $4, $11
        mul $7, $11, $8
        andi $2, $10, 30770
        lh $9, 24($21)
        sll $3, $3, 0
        lwr $3, 87($21)
        sll $6, $25, 13
        movz $4, $25, $24
        mfhi $25
        sll $25, $6, 23
        nor $8, $15, $4
        DUMP
        lb $25, 14($21)
        mul $2, $10, $13
        dinsu $24, $3, 41, 5
        daddu $14, $8, $4
        rotr $25, $10, 7
        xori $3, $5, 29868
        sllv $9, $9, $24
        clo $8, $10
        daddiu $9, $15, 26902
        ori $1, $10, 1
        ddivu $zero, $7, $1
        sdl $6, -15($21)
        seh $11, $5
        daddu $25, $6, $15
        srav $5, $8, $12
        dsrl $9, $24, 24
        ori $1, $11, 1
        ddivu $zero, $15, $1
        mult $15, $8
        dsbh $24, $15
        mult $5, $0
        movz $6, $7, $13
        sltu $11, $8, $9
        sll $25, $2, 23
        slti $10, $14, -30
        dsll32 $25, $4, 25
        dins $25, $6, 14, 4
        daddu $6, $15, $12
        ext $15, $11, 23, 5
        msubu $5, $5
        sra $5, $13, 2
        daddu $11, $4, $7
        subu $11, $8, $2
        mthi $11
        dext $25, $9, 5, 16
        dextu $15, $25, 59, 3
        lw $2, -28($21)
        srl $5, $7, 12
        addu $13, $5, $11
        sltiu $8, $11, 30910
        sll $13, $13, 0
        multu $13, $5
        swr $24, -33($21)
        daddiu $24, $2, -31538
        clo $4, $5
        lbu $11, -12($21)
        dshd $7, $14
        sdr $9, 26($21)
        sra $3, $0, 2
        lh $3, -16($21)
        DUMP
        dsll $7, $14, 7
        nor $5, $25, $7
        msub $8, $4
        multu $13, $13
        lw $5, -60($21)
        daddiu $11, $13, -26596
        or $24, $14, $12
        mtlo $12
        dextu $11, $6, 36, 4
        dshd $24, $7
        andi $15, $10, 50539
        mtlo $12
        sra $7, $4, 29
        ori $1, $5, 1
        ddivu $zero, $4, $1
        lh $10, -32($21)
        sh $6, 18($21)
        daddu $11, $10, $4
        sdr $4, 82($21)
        sb $25, 15($21)
        clo $25, $7
        dsllv $7, $2, $13
        dsra $2, $13, 28
        xori $11, $14, 43498
        mfhi $13
        dinsu $25, $7, 46, 4
        lwu $24, 36($21)
        sltu $7, $12, $9
        nor $3, $25, $8
        dsll $3, $5, 13
        srav $14, $0, $25
        dclo $10, $3
        xori $9, $25, 2409
        addiu $12, $15, 30471
        addu $6, $7, $14
        andi $4, $8, 56820
        mtlo $11
        srlv $25, $14, $7
        mul $25, $8, $8
        dsbh $10, $8
        clz $4, $6
        srl $12, $12, 14
        drotr32 $4, $11, 25
        mul $6, $8, $7
        and $6, $9, $7
        ext $11, $0, 28, 1
        subu $8, $7, $12
        sh $4, 24($21)
        lw $15, -52($21)
        dsrav $11, $14, $6
        DUMP
        dsrlv $10, $10, $6
        ori $1, $0, 1
        divu $zero, $0, $1
        xor $9, $9, $15
        seh $3, $12
        nor $6, $13, $12
        ori $1, $8, 1
        divu $zero, $14, $1
        madd $14, $25
        drotrv $2, $5, $9
        rotrv $25, $12, $3
        ori $1, $11, 1
        ddivu $zero, $11, $1
        lh $11, 20($21)
        mult $12, $5
        lui $11, 62771
        lui $8, 39761
        clo $10, $25
        daddu $25, $2, $13
        addu $6, $7, $7
        multu $12, $12
        rotr $24, $11, 19
        drotrv $4, $24, $6
        ori $12, $25, 10524
        mflo $5
        sll $25, $15, 22
        ori $1, $15, 1
        div $zero, $7, $1
        slt $12, $4, $2
        ori $1, $15, 1
        ddivu $zero, $12, $1
        addiu $13, $25, -18023
        sltu $11, $11, $12
        daddu $11, $24, $14
        subu $15, $25, $5
        lwr $25, 37($21)
        lhu $13, -28($21)
        daddiu $13, $6, -13857
        dmult $8, $13
        dclz $24, $14
        rotr $25, $25, 15
        dshd $4, $6
        dshd $13, $4
        sw $9, 40($21)
        lui $13, 23282
        dsra32 $12, $5, 24
        lh $2, 24($21)
        dsrav $9, $12, $24
        mul $2, $5, $3
        or $24, $7, $12
        DUMP
        srav $2, $6, $13
        sra $12, $2, 23
        ldl $12, 66($21)
        dsll32 $12, $24, 1
        mthi $10
        mtlo $7
        maddu $25, $3
        rotr $7, $3, 22
        subu $9, $25, $5
        ori $24, $5, 55361
        sltiu $13, $9, 23163
        subu $8, $0, $6
        sllv $12, $10, $24
        dsllv $8, $11, $3
        dsrlv $8, $10, $24
        xor $8, $13, $9
        lhu $11, -2($21)
        movn $4, $7, $5
        srl $5, $3, 17
        and $25, $13, $3
        rotr $24, $9, 9
        nor $15, $6, $5
        seh $24, $11
        lui $12, 2061
        andi $25, $6, 56110
        sdl $4, -70($21)
        addu $24, $0, $6
        sw $15, -44($21)
        wsbh $25, $12
        dinsu $7, $11, 43, 2
        sll $5, $5, 0
        mult $10, $5
        sw $4, -28($21)
        srl $15, $9, 20
        msubu $24, $14
        clo $5, $2
        xori $9, $2, 14582
        lb $9, 3($21)
        addu $15, $2, $10
        sd $24, 80($21)
        and $4, $13, $12
        mthi $13
        addu $9, $9, $8
        mult $12, $15
        msub $2, $5
        or $2, $9, $2
        sll $15, $15, 0
        msubu $11, $6
        sdr $14, -15($21)
        srl $8, $24, 2
        DUMP
        rotr $13, $12, 14
        ext $10, $4, 22, 10
        lwu $10, 4($21)
        seh $14, $11
        multu $4, $13
        dextu $6, $14, 58, 5
        lhu $10, 24($21)
        srav $10, $2, $25
        dextu $25, $9, 34, 14
        sra $15, $24, 13
        nor $11, $12, $3
        sltu $3, $25, $12
        sll $3, $3, 0
        clo $25, $3
        mfhi $24
        and $10, $7, $5
        seb $3, $12
        nor $10, $9, $25
        daddu $15, $14, $14
        sra $24, $11, 29
        sltiu $11, $15, 833
        sdr $13, 32($21)
        dextu $9, $9, 56, 7
        drotrv $5, $2, $10
        mfhi $13
        addiu $24, $11, -4910
        and $12, $5, $25
        seh $4, $14
        mult $0, $0
        dsbh $10, $6
        dsubu $14, $15, $2
        lui $6, 52342
        sd $12, 64($21)
        daddiu $14, $10, 6944
        ld $12, -80($21)
        dextu $5, $11, 60, 1
        addu $11, $3, $6
        rotr $4, $3, 24
        rotr $11, $11, 22
        dinsm $14, $3, 17, 47
        and $13, $10, $9
        addu $7, $24, $2
        sd $14, -88($21)
        subu $2, $24, $8
        movn $4, $5, $2
        lwl $24, -67($21)
        ldr $11, 81($21)
        srl $9, $6, 18
        dmult $8, $12
        mflo $12
        DUMP
        daddu $12, $7, $15
        daddu $8, $13, $9
        sra $15, $6, 21
        dclo $5, $15
        ori $7, $25, 28453
        lwr $9, 65($21)
        lwu $15, 8($21)
        dsubu $9, $4, $3
        multu $24, $6
        daddiu $4, $5, 10122
        addiu $24, $7, 17102
        dclo $25, $2
        slti $6, $9, 26900
        daddu $14, $9, $9
        dins $15, $4, 9, 30
        dmultu $6, $5
        sll $10, $10, 0
        ins $10, $2, 21, 10
        mul $3, $5, $6
        sra $9, $10, 13
        slti $8, $14, 2875
        sltu $5, $13, $4
        ori $1, $11, 1
        ddiv $zero, $9, $1
        swr $3, -43($21)
        multu $3, $8
        swr $4, -63($21)
        addiu $14, $10, 19373
        ldr $13, -4($21)
        msubu $6, $2
        clo $7, $24
        dextm $25, $14, 12, 52
        daddu $8, $10, $6
        addu $12, $2, $9
        xor $12, $5, $15
        sll $6, $25, 4
        ext $14, $24, 29, 1
        sltu $6, $2, $24
        srlv $10, $10, $3
        xor $2, $5, $5
        subu $6, $9, $2
        daddu $14, $8, $25
        dsllv $24, $8, $25
        dextu $10, $2, 33, 23
        lwr $6, 35($21)
        sll $14, $14, 0
        clz $13, $14
        dsll32 $12, $5, 0
        dsubu $8, $4, $11
        dext $2, $15, 14, 3
        DUMP
        lhu $14, -6($21)
        nor $9, $5, $7
        sllv $15, $0, $5
        dshd $8, $14
        dsrlv $3, $25, $14
        lh $10, 22($21)
        sra $9, $5, 19
        sll $4, $4, 0
        lwl $4, -92($21)
        multu $14, $6
        slt $15, $6, $24
        xor $4, $2, $24
        sll $25, $25, 0
        addu $4, $7, $25
        sd $7, -8($21)
        mul $25, $5, $0
        dmult $14, $4
        addu $9, $9, $25
        daddiu $3, $7, -14053
        mthi $0
        mtlo $25
        msub $0, $13
        multu $7, $6
        lw $3, -16($21)
        clo $8, $9
        dsubu $6, $12, $4
        mthi $8
        andi $25, $4, 64502
        movz $24, $24, $3
        daddiu $11, $12, -11539
        dsllv $12, $2, $2
        dsbh $3, $24
        sb $8, -8($21)
        sltiu $24, $11, -24010
        daddiu $2, $6, 31098
        clo $13, $4
        lhu $13, -20($21)
        ldl $3, 41($21)
        andi $9, $13, 29684
        lbu $11, 6($21)
        mult $5, $14
        lui $10, 2967
        dclz $24, $9
        sll $3, $3, 0
        ori $1, $24, 1
        divu $zero, $13, $1
        srl $10, $14, 0
        dextm $4, $25, 14, 46
        dextm $3, $14, 25, 35
        lh $4, -28($21)
        DUMP
        seb $12, $8
        movn $6, $10, $6
        srl $9, $10, 2
        dsrlv $10, $5, $13
        subu $13, $7, $13
        slti $9, $11, 14898
        daddiu $9, $15, 20709
        dclz $9, $14
        msubu $7, $15
        addiu $3, $12, 3563
        srl $10, $9, 31
        movz $24, $7, $7
        madd $24, $12
        dext $25, $10, 6, 23
        and $8, $5, $11
        dext $6, $8, 29, 10
        ldl $15, -44($21)
        xori $13, $9, 16867
        dsbh $10, $9
        dsrlv $2, $4, $3
        movz $6, $3, $25
        and $9, $2, $11
        slti $7, $9, -5915
        sw $10, -16($21)
        sll $2, $2, 0
        srlv $3, $14, $10
        daddiu $6, $15, 1037
        ori $1, $6, 1
        ddiv $zero, $10, $1
        mfhi $10
        sd $3, 56($21)
        dsbh $13, $25
        clz $24, $24
        ins $14, $2, 1, 14
        ori $1, $3, 1
        ddivu $zero, $5, $1
        movn $10, $5, $14
        mflo $2
        dshd $12, $6
        nor $8, $12, $8
        and $10, $2, $4
        movn $8, $11, $9
        mthi $24
        mtlo $11
        maddu $0, $0
        madd $14, $4
        sw $3, -28($21)
        sll $8, $15, 1
        andi $6, $12, 22688
        nor $15, $2, $25
        DUMP
        sltu $3, $8, $8
        daddiu $2, $4, 4005
        lw $2, 28($21)
        dsra $12, $25, 10
        dsubu $9, $15, $14
        dsrl32 $3, $2, 18
        subu $10, $4, $24
        dclo $9, $25
        slti $15, $2, 19037
        ori $1, $10, 1
        divu $zero, $10, $1
        addu $13, $2, $15
        drotr $11, $11, 10
        sltu $25, $8, $14
        ori $1, $4, 1
        ddiv $zero, $24, $1
        sll $14, $14, 0
        mthi $6
        mtlo $8
        msubu $9, $7
        seh $12, $24
        ori $1, $11, 1
        ddivu $zero, $15, $1
        swl $9, -45($21)
        sra $24, $0, 7
        dins $10, $13, 9, 1
        xor $14, $6, $6
        mflo $7
        dsrlv $2, $24, $15
        ldr $9, 27($21)
        mfhi $13
        mthi $5
        mtlo $0
        msub $5, $12
        dsrl $3, $14, 5
        subu $14, $25, $4
        ori $1, $6, 1
        div $zero, $12, $1
        dins $11, $25, 26, 1
        addiu $15, $8, 22362
        sd $24, 16($21)
        srlv $9, $6, $13
        ori $1, $6, 1
        ddivu $zero, $6, $1
        mul $7, $6, $12
        lh $9, 12($21)
        sw $2, -64($21)
        lh $14, 18($21)
        rotrv $8, $12, $11
        ori $1, $7, 1
        DUMP
        ddiv $zero, $6, $1
        sll $14, $2, 10
        clz $14, $25
        sw $3, -32($21)
        sll $15, $13, 4
        srl $24, $7, 14
        dins $5, $10, 30, 2
        ldr $15, 81($21)
        ins $7, $4, 6, 8
        dsrl32 $4, $4, 19
        andi $11, $14, 12909
        lb $13, 9($21)
        slt $25, $25, $7
        lw $12, -8($21)
        lb $5, 4($21)
        sltu $4, $3, $3
        movn $5, $7, $5
        dextm $13, $24, 21, 39
        sll $11, $11, 0
        multu $24, $9
        ldr $15, -6($21)
        dsubu $5, $3, $5
        dins $9, $6, 19, 3
        ori $1, $0, 1
        div $zero, $25, $1
        addiu $10, $8, -14704
        sllv $2, $14, $7
        addu $5, $7, $12
        or $9, $8, $8
        lui $4, 65117
        dextu $13, $25, 35, 29
        movn $10, $25, $6
        dclo $13, $11
        daddu $5, $6, $5
        drotr $25, $11, 2
        daddiu $7, $8, 7500
        addu $8, $24, $10
        lui $2, 45721
        sdr $7, 59($21)
        nor $6, $15, $5
        mflo $8
        nor $12, $5, $14
        or $13, $25, $12
        movz $15, $2, $2
        msubu $14, $8
        nor $12, $5, $10
        sh $15, 26($21)
        dinsu $6, $9, 41, 11
        mul $10, $9, $24
        subu $25, $4, $14
        DUMP
        movz $14, $14, $6
        ori $1, $14, 1
        ddivu $zero, $8, $1
        daddiu $25, $6, 10125
        mult $10, $24
        sltu $10, $14, $7
        mflo $25
        dsrl $12, $9, 5
        slt $25, $12, $10
        dext $11, $3, 7, 31
        sw $6, -12($21)
        sll $4, $4, 0
        addu $5, $2, $0
        dsrav $25, $12, $2
        swr $13, -96($21)
        dsrlv $15, $11, $25
        mfhi $9
        sll $11, $15, 20
        dmultu $7, $3
        movz $11, $14, $6
        movz $14, $8, $25
        lhu $14, 28($21)
        wsbh $7, $9
        srl $14, $8, 18
        drotr $2, $11, 26
        clz $8, $24
        ldl $24, 27($21)
        dshd $8, $7
        lb $7, -5($21)
        addiu $11, $4, 156
        dsubu $9, $12, $6
        lb $15, -13($21)
        seh $12, $25
        mul $4, $7, $0
        sdr $7, -69($21)
        addiu $15, $15, -31805
        dmultu $13, $14
        sw $13, 24($21)
        sll $11, $11, 0
        clz $8, $7
        daddu $5, $3, $3
        multu $0, $4
        sdr $8, -51($21)
        ori $10, $13, 9187
        addu $8, $4, $12
        addu $6, $0, $11
        daddu $2, $4, $4
        addiu $15, $4, 13090
        xor $14, $14, $14
        sd $15, 32($21)
        DUMP
        daddiu $25, $5, -7690
        sll $13, $2, 20
        daddiu $6, $14, 8283
        sh $5, -22($21)
        dmult $25, $24
        daddu $2, $12, $8
        sll $24, $24, 0
        lwl $24, -16($21)
        mtlo $3
        xori $7, $24, 31969
        sra $12, $24, 17
        sll $12, $14, 16
        sll $25, $9, 11
        mthi $7
        mtlo $14
        msubu $14, $4
        ld $24, 72($21)
        sll $2, $2, 0
        ins $2, $13, 7, 13
        lbu $9, 4($21)
        dext $6, $14, 19, 29
        sra $25, $4, 20
        ori $1, $4, 1
        ddivu $zero, $6, $1
        sll $8, $4, 11
        mthi $6
        dmult $7, $4
        lwl $4, -65($21)
        dsubu $15, $11, $15
        mfhi $14
        sra $6, $4, 30
        dmultu $25, $12
        mthi $13
        mtlo $11
        madd $6, $13
        ori $13, $5, 16843
        nor $4, $25, $2
        or $9, $8, $24
        nor $5, $7, $12
        and $11, $8, $6
        dsllv $2, $12, $11
        or $10, $11, $12
        dshd $25, $8
        dshd $3, $5
        mtlo $11
        and $3, $14, $11
        dsll $14, $8, 20
        sh $8, 6($21)
        daddu $2, $13, $13
        sll $12, $3, 22
        DUMP
        and $25, $12, $24
        ori $1, $12, 1
        ddivu $zero, $3, $1
        ext $25, $5, 14, 15
        dins $13, $13, 7, 30
        daddu $4, $10, $2
        sllv $15, $0, $15
        daddiu $9, $14, 10850
        daddiu $12, $15, -18188
        daddu $2, $4, $12
        mflo $13
        mult $6, $6
        dshd $9, $5
        madd $25, $11
        daddiu $12, $4, 17953
        daddiu $24, $13, -27621
        movz $14, $14, $10
        srl $2, $6, 17
        subu $7, $10, $0
        sw $8, -36($21)
        ldl $10, 15($21)
        srl $9, $11, 7
        slt $14, $25, $11
        dinsu $13, $5, 35, 29
        and $15, $24, $10
        srlv $7, $0, $14
        dsra32 $8, $2, 0
        ld $10, 104($21)
        addiu $6, $9, 30436
        lbu $9, -14($21)
        srl $2, $9, 8
        daddiu $8, $9, -28186
        addiu $11, $5, -683
        dclz $6, $4
        clo $15, $25
        addiu $2, $5, 1786
        msubu $9, $14
        mul $15, $0, $9
        slt $8, $9, $7
        dsubu $5, $7, $13
        ori $1, $11, 1
        ddivu $zero, $3, $1
        xor $9, $24, $3
        movn $25, $12, $11
        mflo $3
        subu $12, $8, $6
        lw $2, -40($21)
        sll $15, $15, 0
        sra $2, $2, 4
        sllv $4, $15, $24
        DUMP
        sltu $15, $10, $11
        ext $2, $7, 13, 2
        daddu $12, $25, $6
        or $25, $12, $15
        dsrlv $25, $10, $24
        sw $8, -60($21)
        dins $24, $2, 26, 17
        lwl $7, -55($21)
        movn $8, $2, $10
        addu $6, $2, $8
        nor $7, $9, $9
        wsbh $10, $11
        slt $6, $8, $8
        dmult $12, $4
        sll $7, $7, 0
        addu $12, $4, $11
        dsrlv $4, $8, $25
        or $25, $3, $12
        addu $12, $7, $6
        addu $10, $8, $14
        dsllv $7, $24, $12
        swl $5, -26($21)
        seh $12, $3
        seh $12, $11
        ori $1, $3, 1
        ddiv $zero, $4, $1
        and $3, $11, $13
        or $4, $5, $8
        daddiu $9, $8, -905
        movz $6, $25, $5
        sw $3, 8($21)
        sllv $12, $10, $10
        drotr32 $25, $25, 30
        lw $7, -52($21)
        dshd $6, $2
        dsllv $9, $12, $10
        dshd $3, $7
        subu $11, $8, $7
        drotrv $4, $11, $14
        nor $11, $4, $24
        multu $8, $10
        nor $12, $11, $7
        ori $1, $9, 1
        ddivu $zero, $7, $1
        swr $15, 25($21)
        ori $1, $2, 1
        divu $zero, $8, $1
        dsubu $4, $6, $25
        and $7, $15, $24
        dinsm $7, $14, 25, 39
        DUMP
        ori $1, $2, 1
        divu $zero, $15, $1
        swl $11, -33($21)
        or $13, $9, $8
        sdr $13, -50($21)
        movn $3, $6, $2
        xori $11, $6, 21014
        dsrl $7, $11, 2
        dsll $9, $14, 11
        addu $3, $10, $10
        addu $15, $2, $14
        clz $6, $2
        daddiu $8, $8, 23546
        sllv $3, $3, $2
        addiu $13, $0, -6443
        xori $10, $8, 26292
        movz $10, $13, $6
        dclo $12, $13
        subu $10, $0, $14
        subu $7, $14, $10
        madd $14, $15
        lwl $13, -82($21)
        seb $25, $3
        mul $10, $14, $12
        sd $24, -72($21)
        drotr32 $4, $6, 16
        daddiu $25, $25, -1910
        ori $1, $14, 1
        divu $zero, $14, $1
        dextm $6, $24, 23, 33
        sll $8, $8, 0
        ori $1, $7, 1
        div $zero, $14, $1
        sb $6, 4($21)
        daddiu $15, $2, 18178
        ext $4, $12, 30, 1
        dmultu $9, $12
        sll $15, $15, 0
        lwl $15, 0($21)
        sw $15, 0($21)
        addu $3, $2, $13
        sb $24, 0($21)
        drotr32 $13, $14, 31
        mthi $4
        mtlo $0
        sll $9, $9, 0
        msub $7, $12
        sdr $6, 59($21)
        swl $13, -98($21)
        lwu $11, 60($21)
        DUMP
        sh $5, -6($21)
        lbu $7, 2($21)
        dinsm $2, $11, 3, 40
        dsrl32 $3, $14, 30
        subu $8, $14, $15
        ext $24, $12, 27, 4
        dshd $13, $12
        lb $9, -9($21)
        lhu $8, 4($21)
        sw $6, 20($21)
        dsrl32 $6, $13, 18
        sll $8, $2, 23
        sh $25, -18($21)
        and $14, $10, $13
        subu $11, $12, $9
        sltu $2, $2, $8
        multu $8, $9
        slt $14, $10, $5
        daddiu $4, $4, 6666
        sll $12, $15, 24
        ori $1, $15, 1
        ddiv $zero, $4, $1
        dsbh $4, $14
        daddu $2, $9, $6
        dsbh $13, $25
        subu $6, $8, $9
        mfhi $2
        srav $12, $6, $5
        andi $3, $24, 60456
        mthi $11
        mtlo $0
        madd $10, $8
        dsrl32 $14, $15, 22
        dsll $7, $14, 28
        dsll32 $25, $12, 7
        maddu $6, $8
        srav $11, $12, $3
        ori $1, $8, 1
        div $zero, $10, $1
        addiu $6, $0, -14208
        dsubu $12, $4, $25
        rotr $15, $0, 3
        multu $3, $15
        nor $7, $5, $2
        sll $15, $15, 0
        addiu $8, $8, -25307
        daddiu $25, $6, -8997
        slt $25, $15, $2
        sll $9, $9, 0
        subu $2, $11, $6
        DUMP
        mul $6, $24, $3
        nor $5, $2, $9
        daddiu $14, $13, 7752
        lbu $3, 13($21)
        mfhi $8
        ldr $9, 24($21)
        dsrav $5, $4, $10
        mfhi $3
        sll $2, $25, 30
        daddiu $11, $8, 25930
        sb $11, 13($21)
        ext $9, $24, 19, 2
        sd $13, -128($21)
        sdr $4, -24($21)
        lui $9, 61836
        drotr $13, $15, 29
        dsrl32 $11, $8, 11
        addiu $6, $15, -24834
        seh $8, $11
        dinsu $5, $12, 38, 26
        sll $3, $3, 0
        clz $8, $15
        addiu $4, $6, -5922
        ori $1, $9, 1
        divu $zero, $4, $1
        lb $8, -11($21)
        xor $12, $25, $2
        drotrv $12, $12, $14
        rotrv $2, $2, $15
        daddiu $5, $9, 25565
        sltiu $9, $24, -11126
        dsra $4, $25, 11
        ldl $10, 11($21)
        ori $1, $10, 1
        ddivu $zero, $15, $1
        ori $1, $5, 1
        ddiv $zero, $9, $1
        xori $2, $2, 54753
        sltu $4, $24, $4
        dsll $3, $11, 7
        multu $6, $24
        sra $2, $15, 23
        daddiu $5, $13, -31744
        dinsm $2, $25, 30, 34
        addu $13, $6, $24
        mult $8, $24
        sra $24, $13, 27
        dsrlv $10, $4, $14
        sltu $4, $13, $2
        dins $5, $7, 23, 2
        DUMP
        dins $6, $25, 15, 21
        mfhi $7
        dinsm $3, $2, 9, 54
        dsrlv $9, $13, $25
        srlv $24, $13, $6
        seb $5, $8
        clo $6, $5
        lui $6, 24353
        sdl $10, 22($21)
        srl $4, $5, 20
        dinsu $2, $11, 33, 30
        dsubu $14, $9, $6
        ext $25, $25, 10, 8
        daddu $8, $4, $7
        clz $9, $24
        sdl $2, -35($21)
        slti $3, $24, -29589
        seh $9, $25
        daddu $25, $8, $24
        maddu $5, $9
        seh $8, $24
        mul $8, $13, $13
        dsrlv $7, $15, $3
        sll $25, $3, 22
        drotr $5, $15, 15
        ori $1, $9, 1
        ddiv $zero, $8, $1
        mthi $13
        mtlo $24
        sll $11, $11, 0
        maddu $8, $9
        rotr $9, $6, 20
        sd $14, 120($21)
        dmultu $7, $12
        or $2, $8, $13
        ori $1, $2, 1
        ddiv $zero, $25, $1
        dshd $8, $25
        xor $8, $14, $10
        dinsm $12, $6, 19, 36
        sltu $6, $25, $11
        srav $11, $4, $11
        dsrlv $9, $5, $13
        subu $5, $0, $24
        mflo $14
        dsubu $9, $7, $10
        ins $24, $3, 15, 6
        srlv $13, $4, $8
        sw $6, 16($21)
        sll $3, $3, 0
        DUMP
        subu $3, $6, $6
        wsbh $25, $5
        ori $1, $11, 1
        ddivu $zero, $3, $1
        subu $10, $5, $5
        ori $1, $6, 1
        ddiv $zero, $5, $1
        ext $12, $11, 7, 12
        mfhi $4
        multu $13, $24
        dsll32 $9, $4, 9
        rotr $8, $5, 9
        lw $12, -20($21)
        mthi $4
        dclo $7, $3
        lwr $15, -6($21)
        dsubu $14, $3, $15
        sdr $10, 64($21)
        mthi $12
        mtlo $24
        madd $12, $13
        mfhi $14
        mul $10, $13, $3
        sb $15, -7($21)
        nor $11, $4, $6
        dsubu $2, $6, $24
        subu $11, $7, $24
        srav $11, $7, $13
        mul $5, $11, $15
        lui $24, 33891
        msub $3, $15
        dshd $11, $12
        dextu $9, $8, 47, 7
        mfhi $15
        ori $8, $12, 58564
        xori $15, $2, 62205
        ins $3, $25, 5, 26
        rotr $7, $5, 21
        sll $2, $2, 0
        lwl $2, -45($21)
        msub $3, $12
        swl $13, 12($21)
        addu $13, $13, $12
        daddu $24, $24, $8
        drotrv $9, $2, $6
        addu $3, $0, $25
        sltu $5, $14, $25
        wsbh $9, $8
        sra $8, $13, 18
        dshd $24, $3
        DUMP
        ins $13, $6, 21, 1
        lhu $25, 14($21)
        sll $24, $24, 0
        rotr $4, $13, 12
        dsllv $7, $11, $4
        dsra $25, $4, 12
        lb $3, 15($21)
        dsll $4, $13, 31
        multu $8, $0
        sdl $7, -62($21)
        xor $3, $5, $5
        lhu $24, 2($21)
        dsrav $2, $2, $5
        andi $14, $5, 31724
        addiu $9, $13, -5407
        slti $10, $5, -19325
        ldl $13, 25($21)
        mult $24, $5
        maddu $5, $3
        mult $5, $10
        mthi $7
        clo $14, $3
        wsbh $13, $10
        seh $12, $8
        xor $12, $7, $24
        dsrl32 $14, $13, 20
        ins $6, $5, 0, 13
        dsrlv $4, $13, $8
        drotr $7, $4, 25
        daddiu $10, $13, -1577
        drotr32 $9, $4, 16
        or $11, $14, $3
        dsrav $11, $15, $2
        sra $14, $3, 29
        sll $12, $12, 0
        ext $3, $8, 14, 16
        lw $14, -40($21)
        dsrav $5, $10, $2
        srav $6, $14, $13
        mul $4, $3, $3
        daddiu $14, $6, 3253
        dsrl $7, $2, 2
        lwu $8, 40($21)
        sw $4, 8($21)
        sh $2, -6($21)
        ld $10, 96($21)
        subu $9, $4, $4
        sdl $5, -69($21)
        sltu $14, $13, $5
        daddu $6, $6, $9
        DUMP
        addiu $5, $12, 16220
        drotr $10, $9, 16
        lbu $25, 15($21)
        dsrl $15, $24, 11
        ldr $3, -19($21)
        lui $7, 8724
        lw $10, -24($21)
        clz $10, $10
        sltu $3, $15, $15
        lw $24, -36($21)
        ld $2, -16($21)
        dclz $8, $3
        lui $13, 60435
        lh $3, 30($21)
        dsubu $2, $15, $10
        dsllv $5, $15, $11
        dmultu $14, $2
        mfhi $10
        mflo $5
        ori $1, $12, 1
        ddivu $zero, $14, $1
        mthi $9
        mtlo $3
        msubu $4, $3
        lb $14, -5($21)
        ld $24, 56($21)
        addiu $25, $12, 1119
        addu $2, $14, $0
        lhu $13, -2($21)
        dsubu $2, $7, $3
        seh $25, $5
        lh $5, -26($21)
        xor $8, $3, $15
        ins $5, $9, 26, 3
        dmultu $2, $12
        ori $25, $9, 22055
        ori $1, $25, 1
        div $zero, $13, $1
        dsrlv $14, $24, $12
        addiu $12, $25, -24849
        lhu $6, -14($21)
        dsrl $24, $9, 15
        mthi $15
        dsubu $7, $5, $9
        dinsm $11, $9, 5, 54
        daddu $7, $12, $9
        rotr $2, $12, 13
        subu $24, $9, $3
        subu $7, $5, $5
        nor $4, $25, $11
        DUMP
        seh $15, $9
        xor $8, $4, $13
        sltu $8, $25, $4
        addiu $3, $8, -9090
        dsllv $6, $5, $6
        and $11, $14, $4
        sllv $3, $25, $3
        sdl $15, 52($21)
        addiu $4, $0, 25384
        sdr $5, 64($21)
        lhu $6, 0($21)
        mfhi $11
        lh $6, -14($21)
        drotrv $9, $10, $11
        movz $8, $14, $13
        dsubu $4, $2, $25
        dinsm $25, $13, 6, 38
        sll $8, $8, 0
        addu $12, $3, $3
        dsubu $25, $8, $3
        addiu $24, $8, -21821
        dsra $14, $2, 17
        addu $11, $7, $6
        srav $7, $2, $9
        dclo $12, $8
        slt $4, $11, $12
        daddu $15, $2, $12
        daddu $24, $9, $5
        nor $12, $14, $4
        multu $3, $7
        sll $7, $7, 0
        multu $7, $4
        daddiu $4, $25, 1001
        ori $1, $7, 1
        div $zero, $11, $1
        mul $9, $11, $0
        sw $10, 16($21)
        dsrl $11, $3, 9
        swr $6, -21($21)
        dsubu $4, $10, $25
        mfhi $9
        slti $12, $6, 32695
        sltu $24, $7, $9
        addu $11, $2, $8
        msubu $6, $5
        slti $8, $5, 14965
        dsrlv $6, $4, $9
        seh $8, $13
        lwr $5, 12($21)
        lw $10, 60($21)
        DUMP
        lwl $9, -8($21)
        sll $2, $2, 0
        srlv $5, $24, $8
        sw $5, 56($21)
        lw $6, 16($21)
        mtlo $2
        lb $12, 9($21)
        ext $8, $2, 5, 17
        lb $4, -10($21)
        addu $10, $4, $9
        dsubu $3, $10, $9
        movn $8, $10, $10
        ori $25, $9, 4678
        daddu $13, $11, $4
        mflo $25
        dclz $15, $10
        srlv $3, $0, $12
        movz $24, $25, $25
        sllv $6, $24, $4
        sw $24, 24($21)
        slt $6, $15, $13
        or $15, $8, $8
        ins $9, $6, 30, 1
        wsbh $14, $11
        daddiu $2, $15, -13545
        daddu $14, $15, $13
        and $12, $15, $14
        madd $11, $6
        daddu $15, $24, $7
        ext $9, $4, 18, 4
        and $8, $8, $5
        sh $2, -20($21)
        sll $14, $6, 8
        mfhi $9
        sb $14, -7($21)
        dextm $12, $9, 22, 35
        sll $5, $14, 4
        dsubu $13, $4, $13
        seh $24, $7
        subu $13, $7, $24
        rotr $5, $5, 3
        daddiu $14, $6, 1664
        daddiu $25, $15, 13626
        ext $25, $6, 6, 14
        dsra $11, $10, 31
        addu $12, $6, $5
        drotr $11, $3, 24
        movz $8, $24, $7
        ori $1, $7, 1
        div $zero, $5, $1
        DUMP
        dsubu $5, $6, $3
        ori $1, $0, 1
        div $zero, $6, $1
        dextm $6, $12, 0, 47
        multu $8, $12
        msub $12, $7
        sdr $13, -65($21)
        subu $8, $10, $0
        msub $13, $8
        mflo $15
        addu $5, $12, $24
        ori $9, $5, 1455
        subu $15, $7, $0
        dsbh $14, $3
        dsubu $13, $13, $13
        addu $11, $3, $24
        ld $25, 88($21)
        ori $1, $7, 1
        divu $zero, $7, $1
        dsubu $6, $3, $15
        ldr $7, -22($21)
        dsll32 $8, $15, 31
        sdl $14, 21($21)
        sdl $7, 85($21)
        addiu $24, $5, 25951
        sd $3, -8($21)
        mfhi $13
        daddu $5, $10, $5
        sh $12, -20($21)
        rotr $12, $11, 23
        sll $2, $2, 0
        ins $2, $24, 16, 13
        lwu $10, 8($21)
        seb $3, $25
        dins $9, $10, 19, 17
        sll $8, $8, 0
        ins $13, $13, 24, 7
        maddu $24, $15
        sdl $9, -10($21)
        daddiu $13, $8, -1267
        mul $2, $4, $8
        sdl $9, 2($21)
        dextu $25, $15, 35, 13
        dshd $24, $9
        madd $0, $8
        daddiu $4, $9, -10967
        sd $6, -64($21)
        subu $4, $12, $11
        sll $2, $2, 0
        rotrv $12, $8, $15
        DUMP
        sll $24, $24, 0
        lwl $24, 83($21)
        lhu $14, -12($21)
        maddu $0, $3
        ldr $6, -51($21)
        dextu $7, $5, 41, 13
        seh $5, $11
        and $3, $4, $24
        ori $11, $10, 36065
        msubu $3, $15
        ori $1, $2, 1
        divu $zero, $0, $1
        dinsm $9, $15, 24, 33
        sll $7, $7, 0
        lwl $7, 31($21)
        sltu $5, $11, $12
        sll $5, $5, 0
        ori $1, $3, 1
        divu $zero, $4, $1
        dsrav $4, $12, $11
        andi $11, $7, 29789
        subu $25, $7, $2
        ldl $24, 38($21)
        addiu $2, $0, 1787
        sw $4, -4($21)
        mfhi $7
        ori $1, $12, 1
        divu $zero, $5, $1
        dsrlv $14, $5, $13
        mflo $7
        sh $25, -24($21)
        sh $12, 20($21)
        dext $3, $10, 26, 17
        srlv $3, $0, $14
        swr $7, 19($21)
        dinsu $24, $8, 57, 2
        lwu $12, -60($21)
        madd $5, $25
        addu $8, $25, $5
        slt $9, $4, $24
        sw $8, 32($21)
        sll $6, $6, 0
        ins $6, $5, 17, 13
        mfhi $9
        nor $3, $12, $24
        sd $6, -56($21)
        slt $25, $8, $24
        lw $8, 48($21)
        dsrav $7, $5, $24
        mflo $6
        DUMP
        dsubu $14, $3, $24
        sb $12, 13($21)
        mtlo $6
        dsll32 $2, $12, 31
        dsubu $15, $10, $12
        clo $25, $6
        dsubu $14, $14, $8
        ori $1, $14, 1
        ddivu $zero, $15, $1
        ori $1, $6, 1
        div $zero, $0, $1
        swr $7, -99($21)
        mfhi $15
        lwr $9, -81($21)
        dsrl32 $2, $10, 24
        daddu $8, $4, $7
        daddiu $7, $6, -21525
        sll $25, $12, 15
        daddu $6, $5, $7
        sb $12, 3($21)
        daddiu $2, $2, 425
        drotr $24, $5, 22
        dsbh $4, $25
        daddu $15, $12, $25
        and $14, $9, $9
        dmultu $10, $15
        subu $5, $5, $11
        addiu $6, $11, 11542
        lb $8, -3($21)
        srlv $2, $8, $12
        ldl $10, -88($21)
        seh $6, $11
        and $7, $8, $7
        movn $24, $3, $13
        sltu $11, $9, $6
        ext $3, $5, 31, 1
        drotrv $13, $4, $15
        sll $13, $13, 0
        clz $15, $8
        multu $5, $8
        xori $8, $7, 30212
        subu $4, $11, $25
        wsbh $25, $5
        rotr $14, $25, 27
        lh $8, -14($21)
        mult $15, $11
        dext $2, $4, 22, 9
        multu $15, $15
        dsubu $14, $2, $11
        and $12, $9, $6
        DUMP
        ori $1, $6, 1
        divu $zero, $0, $1
        nor $14, $4, $24
        mflo $4
        daddiu $13, $8, 17614
        dsllv $25, $14, $7
        dext $3, $13, 4, 10
        xor $11, $15, $9
        dsubu $7, $3, $25
        srav $3, $15, $12
        mthi $5
        sll $11, $3, 31
        multu $0, $5
        movz $25, $5, $15
        lui $25, 49644
        clz $14, $0
        mfhi $12
        msubu $3, $12
        dsrl32 $8, $5, 0
        swl $6, -8($21)
        daddiu $7, $3, -21202
        clo $6, $3
        addiu $15, $5, 20521
        dsllv $11, $7, $24
        dmultu $3, $14
        sb $3, 5($21)
        sw $10, 24($21)
        dsubu $7, $7, $12
        sll $5, $5, 0
        mthi $14
        mtlo $0
        maddu $12, $5
        dsubu $7, $12, $14
        dinsm $25, $7, 8, 45
        lb $8, -2($21)
        and $15, $2, $2
        sh $9, 30($21)
        daddiu $15, $4, 6916
        sd $7, -24($21)
        sll $12, $15, 18
        dclo $15, $10
        daddu $10, $15, $5
        or $24, $4, $11
        ori $1, $5, 1
        div $zero, $4, $1
        clz $24, $6
        dsll $4, $11, 30
        sw $3, 16($21)
        dext $10, $5, 27, 11
        rotrv $15, $5, $7
        DUMP
        daddu $24, $13, $13
        srl $5, $6, 2
        sb $8, 6($21)
        wsbh $5, $5
        mtlo $3
        sll $7, $7, 0
        addu $11, $7, $9
        lwu $9, -36($21)
        ld $9, 16($21)
        dsubu $9, $10, $9
        dsbh $7, $5
        dinsu $2, $24, 43, 18
        dsubu $6, $2, $24
        sdr $3, -39($21)
        xor $6, $14, $3
        and $2, $13, $7
        lbu $8, 10($21)
        slti $14, $7, 23838
        addiu $8, $5, 12553
        or $25, $24, $14
        movz $5, $5, $7
        daddiu $24, $12, -30028
        or $4, $11, $4
        daddiu $3, $9, -13969
        wsbh $8, $12
        addu $14, $11, $14
        lh $14, 28($21)
        ori $1, $8, 1
        divu $zero, $6, $1
        dextu $13, $7, 40, 12
        madd $12, $8
        dinsm $7, $7, 6, 43
        srl $3, $8, 26
        sh $7, -18($21)
        srav $14, $0, $10
        dsll $10, $2, 3
        ori $8, $10, 14769
        drotr $2, $2, 15
        dsra32 $3, $8, 27
        dinsm $5, $11, 1, 34
        dextm $3, $10, 14, 44
        or $15, $13, $14
        ori $24, $25, 55386
        seb $10, $6
        sw $6, 16($21)
        dsrl $12, $10, 25
        lui $4, 27004
        movn $4, $6, $12
        mul $3, $14, $10
        dsra32 $13, $12, 1
        DUMP
        msubu $4, $6
        xori $2, $25, 36087
        dinsu $11, $2, 47, 17
        srl $8, $4, 13
        addu $24, $0, $8
        ori $5, $8, 45615
        mfhi $6
        lwu $5, 28($21)
        lui $24, 41955
        sdr $4, -4($21)
        dsrlv $7, $15, $12
        lui $14, 45236
        maddu $14, $8
        nor $11, $6, $7
        daddiu $8, $7, -29954
        mfhi $24
        dext $6, $4, 27, 29
        andi $3, $9, 114
        ori $1, $14, 1
        div $zero, $3, $1
        sb $14, 6($21)
        addu $4, $10, $0
        dext $4, $25, 25, 28
        sdl $24, -69($21)
        madd $10, $24
        sdl $8, -79($21)
        sll $13, $13, 0
        lwl $13, 87($21)
        msub $14, $0
        dsrlv $5, $7, $2
        dsbh $25, $7
        ori $1, $14, 1
        div $zero, $13, $1
        dinsu $24, $13, 36, 11
        ori $1, $25, 1
        ddiv $zero, $8, $1
        sll $24, $24, 0
        mthi $13
        mtlo $14
        msubu $10, $0
        dext $15, $10, 10, 14
        srlv $14, $24, $6
        clo $5, $0
        clo $12, $3
        dsra32 $10, $25, 11
        dextm $3, $8, 3, 46
        dsll $2, $2, 0
        sra $4, $0, 16
        lh $11, -2($21)
        swl $3, -1($21)
        DUMP
        lui $2, 16583
        nor $12, $13, $4
        mult $2, $13
        dsrlv $9, $25, $9
        ori $1, $5, 1
        div $zero, $12, $1
        seh $3, $2
        dsubu $10, $25, $15
        addu $14, $24, $5
        mul $13, $24, $24
        xor $25, $24, $2
        srav $10, $14, $12
        daddu $15, $4, $3
        sdl $2, -11($21)
        dsbh $13, $14
        dsrav $25, $12, $2
        ori $1, $8, 1
        ddivu $zero, $6, $1
        or $3, $12, $7
        multu $0, $11
        dmultu $13, $6
        sdl $6, 17($21)
        subu $25, $5, $0
        or $11, $2, $10
        mthi $10
        mtlo $24
        msub $12, $10
        movn $11, $25, $2
        dsubu $5, $25, $14
        clo $13, $2
        drotr32 $12, $11, 18
        dextu $6, $13, 42, 8
        daddu $10, $12, $2
        dextm $2, $25, 4, 60
        sh $11, -28($21)
        maddu $11, $4
        mult $24, $11
        mul $12, $0, $14
        dsll $2, $9, 4
        ori $1, $24, 1
        divu $zero, $0, $1
        dsrav $5, $3, $4
        ori $3, $11, 28421
        addu $8, $13, $14
        daddiu $13, $8, -9564
        ori $9, $9, 60491
        lbu $15, 10($21)
        mul $12, $8, $15
        xor $9, $7, $6
        sra $3, $4, 28
        DUMP
        dsubu $15, $25, $9
        dsra32 $25, $11, 31
        xor $4, $8, $2
        dsbh $9, $8
        lbu $3, 14($21)
        sd $6, 16($21)
        lb $8, -15($21)
        sra $6, $12, 17
        daddiu $3, $14, -4473
        ext $12, $24, 28, 2
        daddiu $5, $5, 11918
        rotr $12, $0, 24
        dsubu $11, $6, $24
        andi $2, $3, 16744
        lwr $14, 85($21)
        daddiu $11, $15, -15834
        clo $7, $0
        dclo $3, $25
        movn $10, $10, $14
        mfhi $2
        msub $8, $6
        sltiu $11, $4, 1208
        lh $2, 28($21)
        dsubu $13, $10, $13
        sdl $7, 47($21)
        madd $14, $7
        lhu $24, -6($21)
        msub $6, $12
        slt $12, $24, $3
        rotr $4, $0, 31
        mflo $13
        sw $25, -8($21)
        daddu $4, $11, $5
        sll $14, $14, 0
        madd $7, $8
        ld $13, 48($21)
        mthi $6
        addu $11, $6, $6
        dsra32 $4, $6, 6
        sll $25, $25, 0
        maddu $0, $2
        daddiu $10, $25, 15664
        wsbh $14, $0
        addu $25, $24, $25
        daddiu $7, $12, -31169
        sh $11, -6($21)
        dextu $24, $8, 47, 1
        dextu $13, $11, 37, 13
        lbu $8, 3($21)
        daddu $9, $15, $3
        DUMP
        ori $1, $6, 1
        div $zero, $14, $1
        lwu $25, -8($21)
        lwr $8, -33($21)
        rotr $8, $0, 4
        drotrv $15, $2, $8
        multu $0, $8
        daddiu $14, $9, -25997
        clo $15, $6
        ori $11, $11, 25833
        sll $4, $4, 0
        lwl $4, -66($21)
        madd $11, $6
        movn $9, $6, $4
        ldl $6, -44($21)
        dsubu $13, $3, $11
        addiu $5, $8, -14992
        ldl $3, 18($21)
        wsbh $7, $4
        sw $25, -60($21)
        or $6, $7, $13
        ext $3, $4, 0, 5
        mult $8, $2
        lwr $2, 36($21)
        dmultu $4, $9
        swr $8, 99($21)
        dsubu $25, $15, $7
        dmult $4, $9
        mflo $5
        sll $25, $25, 0
        mthi $7
        mtlo $8
        maddu $8, $15
        srlv $14, $11, $15
        sll $9, $9, 0
        lwr $9, -80($21)
        rotrv $11, $15, $9
        dsubu $14, $12, $13
        rotrv $10, $9, $24
        dmultu $6, $25
        sll $5, $6, 14
        or $9, $25, $6
        mflo $10
        dinsm $9, $2, 27, 34
        sb $5, 5($21)
        andi $3, $12, 30520
        movz $14, $4, $14
        movz $13, $11, $7
        sdl $12, 40($21)
        sw $11, -8($21)
        DUMP
        mult $4, $4
        mflo $13
        addu $8, $13, $25
        dextu $12, $15, 40, 10
        dmult $8, $4
        dclo $6, $13
        sw $24, -12($21)
        xori $24, $6, 16940
        dins $12, $2, 6, 18
        xori $3, $10, 40922
        sw $5, 24($21)
        subu $10, $24, $0
        ori $1, $5, 1
        ddiv $zero, $24, $1
        rotrv $25, $15, $12
        lui $14, 64866
        sltu $13, $8, $3
        mfhi $12
        sll $10, $10, 0
        multu $5, $14
        sra $8, $15, 10
        sllv $25, $6, $5
        clz $3, $10
        ori $1, $9, 1
        ddiv $zero, $12, $1
        sra $10, $25, 4
        andi $10, $8, 53587
        mul $25, $5, $10
        rotr $15, $10, 17
        drotrv $6, $9, $14
        daddu $24, $10, $10
        sll $5, $5, 0
        mthi $14
        mtlo $0
        msub $0, $25
        sb $15, 0($21)
        sll $5, $5, 0
        addu $2, $0, $15
        or $15, $15, $4
        dsllv $2, $15, $12
        dsrlv $11, $11, $12
        daddiu $5, $15, -6368
        sll $12, $6, 11
        ori $1, $12, 1
        divu $zero, $12, $1
        daddu $4, $15, $5
        sw $11, -8($21)
        dsubu $7, $24, $25
        maddu $14, $8
        dsubu $8, $3, $4
        DUMP
        dextm $15, $9, 7, 46
        mul $4, $14, $14
        sll $13, $14, 7
        clo $6, $13
        dsrav $11, $15, $24
        lbu $11, 6($21)
        movz $14, $25, $5
        movn $6, $13, $9
        dsubu $11, $7, $11
        swr $7, 47($21)
        sra $9, $4, 29
        nor $11, $4, $25
        mul $10, $9, $6
        srl $9, $4, 9
        mfhi $24
        sw $6, -52($21)
        ldr $14, 25($21)
        addu $10, $11, $24
        msubu $12, $13
        dinsu $7, $13, 45, 12
        sh $25, 14($21)
        lui $15, 24415
        wsbh $8, $13
        movn $10, $25, $24
        ori $5, $24, 56017
        daddu $7, $3, $6
        drotrv $13, $12, $25
        lb $11, 12($21)
        sh $3, 12($21)
        ori $13, $24, 63523
        lwr $13, 75($21)
        mfhi $25
        ldl $3, -4($21)
        mfhi $25
        movn $4, $2, $14
        dins $5, $4, 24, 14
        multu $15, $8
        mtlo $15
        slti $24, $3, 20360
        swl $4, -76($21)
        sltu $3, $7, $25
        daddu $12, $10, $9
        dclo $8, $7
        dclo $7, $15
        dextu $11, $15, 62, 1
        addu $14, $24, $10
        sll $3, $3, 0
        sra $14, $10, 18
        nor $7, $12, $24
        dextm $24, $10, 17, 42
        DUMP
        dclo $24, $10
        multu $14, $3
        sll $9, $9, 0
        ext $3, $0, 13, 13
        drotr $11, $8, 2
        dsrav $15, $4, $4
        daddu $25, $2, $3
        mflo $3
        sltu $7, $6, $4
        lb $11, 6($21)
        dsrlv $7, $13, $3
        dextu $13, $14, 57, 4
        dshd $5, $11
        sll $11, $11, 0
        srl $12, $0, 21
        sb $6, 4($21)
        movz $11, $15, $11
        dsrl $3, $8, 14
        lw $14, -16($21)
        mfhi $14
        mfhi $25
        and $4, $2, $24
        dmult $2, $4
        mthi $14
        mtlo $14
        maddu $8, $24
        rotr $10, $0, 5
        sll $15, $11, 28
        lwu $10, 4($21)
        daddu $4, $5, $5
        clz $24, $9
        addiu $15, $0, -19778
        daddiu $14, $14, -2528
        dinsu $25, $3, 51, 8
        sw $2, -4($21)
        dshd $10, $9
        daddu $6, $7, $7
        rotr $11, $9, 12
        addiu $7, $9, 19338
        mfhi $5
        dshd $6, $5
        dinsu $24, $5, 42, 6
        lb $8, 7($21)
        ori $1, $11, 1
        divu $zero, $0, $1
        daddu $4, $11, $11
        subu $25, $8, $12
        or $14, $3, $6
        movn $5, $12, $24
        daddu $3, $12, $3
        DUMP
        swl $7, -85($21)
        lbu $5, -2($21)
        mult $8, $25
        addiu $4, $9, -3203
        dclo $7, $7
        sw $4, -64($21)
        sra $15, $11, 24
        mul $10, $25, $0
        daddu $15, $14, $24
        lhu $9, -8($21)
        seb $25, $3
        slt $3, $24, $9
        sw $4, -52($21)
        addiu $10, $9, -1522
        lui $14, 19586
        or $14, $9, $25
        lwu $3, -64($21)
        dextm $24, $14, 2, 33
        dsll $3, $12, 6
        sh $13, -12($21)
        dsll32 $9, $25, 19
        dsubu $2, $13, $2
        sltiu $13, $13, 11990
        movn $2, $11, $11
        lwu $12, 32($21)
        mflo $12
        mult $8, $25
        sll $14, $14, 0
        srav $15, $12, $10
        sw $11, -40($21)
        addiu $6, $13, 986
        andi $24, $11, 57452
        dclo $9, $25
        swr $3, 58($21)
        sll $9, $9, 0
        addu $3, $8, $6
        lw $7, 32($21)
        dinsu $13, $10, 61, 3
        clo $10, $14
        srav $13, $5, $3
        daddu $9, $5, $12
        ori $8, $24, 51808
        dins $25, $25, 23, 29
        dextm $9, $8, 2, 46
        dsrl32 $15, $8, 4
        dsra $25, $13, 18
        dsllv $2, $15, $5
        lb $5, 14($21)
        movn $9, $7, $10
        dsll $5, $24, 25
        DUMP
        dsllv $9, $7, $10
        drotrv $4, $12, $13
        sll $9, $9, 0
        ins $9, $24, 7, 22
        lui $12, 14189
        movn $10, $8, $14
        lbu $10, -10($21)
        sra $11, $12, 12
        daddiu $7, $13, -21728
        daddu $3, $15, $7
        sh $15, -22($21)
        srlv $11, $24, $24
        seb $5, $14
        dsbh $25, $2
        addiu $24, $8, 6419
        sb $14, 15($21)
        rotr $25, $24, 8
        slt $3, $13, $13
        mul $6, $11, $11
        ins $11, $25, 14, 12
        mult $6, $13
        dsubu $14, $11, $24
        sra $4, $3, 5
        sllv $4, $11, $4
        srlv $4, $11, $25
        sltiu $6, $9, -12582
        subu $13, $24, $4
        dinsm $9, $14, 30, 34
        sra $14, $0, 28
        or $24, $13, $13
        dextu $24, $13, 59, 5
        sll $3, $25, 19
        daddu $13, $7, $9
        addiu $3, $6, 3479
        xor $13, $12, $5
        madd $10, $13
        sd $9, 56($21)
        mul $13, $3, $14
        dclo $7, $11
        dsrav $5, $4, $25
        sra $10, $14, 31
        drotrv $9, $11, $12
        lbu $12, -15($21)
        dsubu $9, $13, $2
        sll $4, $4, 0
        mul $12, $10, $4
        dextu $6, $13, 56, 7
        addu $4, $11, $3
        dsrl $8, $8, 10
        dextu $7, $14, 41, 22
        DUMP
        sw $9, 4($21)
        mul $5, $14, $13
        clz $9, $14
        ldr $14, 25($21)
        multu $4, $3
        sltiu $3, $3, -21458
        clz $4, $3
        mfhi $4
        msub $12, $11
        slt $14, $15, $9
        sll $15, $15, 0
        mul $11, $3, $0
        sll $2, $2, 0
        addu $6, $25, $10
        srl $7, $6, 17
        daddu $8, $6, $7
        sh $4, 8($21)
        addiu $3, $3, -476
        xori $9, $9, 22732
        sltu $3, $2, $6
        and $5, $11, $4
        rotr $5, $11, 1
        dclz $10, $5
        or $8, $12, $15
        ori $1, $3, 1
        div $zero, $7, $1
        movz $8, $24, $25
        sra $11, $14, 6
        ori $1, $13, 1
        divu $zero, $13, $1
        lbu $8, -11($21)
        msubu $8, $15
        dsrl $14, $11, 19
        dins $12, $10, 9, 3
        dmult $13, $25
        sll $8, $24, 21
        addu $4, $5, $3
        daddiu $3, $9, -29450
        addu $5, $13, $11
        drotr32 $11, $6, 13
        drotrv $11, $25, $24
        dsubu $12, $15, $12
        subu $10, $5, $10
        dsrlv $11, $7, $2
        lwr $5, -67($21)
        daddu $14, $4, $9
        addiu $8, $0, -15844
        sw $2, 16($21)
        clo $11, $2
        movz $5, $24, $8
        DUMP
        sb $15, 2($21)
        dclz $4, $14
        ldr $4, -56($21)
        lh $13, 24($21)
        ori $1, $25, 1
        div $zero, $8, $1
        ori $3, $9, 33728
        lbu $7, 1($21)
        sb $12, 6($21)
        ins $25, $25, 11, 6
        dsubu $10, $6, $12
        lw $4, 16($21)
        lbu $12, -14($21)
        lui $4, 51499
        xor $10, $11, $14
        lwl $11, 68($21)
        andi $3, $13, 64332
        ldl $4, -20($21)
        movz $6, $13, $3
        dins $12, $13, 25, 9
        ori $1, $8, 1
        ddivu $zero, $11, $1
        dsll $4, $13, 15
        clz $25, $13
        lbu $10, 6($21)
        mult $10, $11
        or $14, $3, $25
        swr $9, 31($21)
        xori $3, $2, 55464
        lwu $15, -44($21)
        dshd $11, $4
        sll $4, $4, 28
        xor $11, $6, $13
        xori $10, $15, 52994
        dsrlv $3, $11, $24
        dclz $8, $12
        sltu $14, $14, $9
        movn $13, $13, $15
        dsubu $12, $4, $25
        dmult $3, $15
        sw $25, 0($21)
        mul $9, $2, $4
        mul $15, $25, $0
        lb $2, 1($21)
        lb $24, 2($21)
        ori $1, $9, 1
        ddiv $zero, $24, $1
        daddiu $25, $6, -6688
        ori $14, $5, 44212
        sllv $25, $7, $7
        DUMP
        xori $25, $5, 11726
        dsrlv $24, $6, $9
        wsbh $3, $13
        sh $7, -14($21)
        lbu $2, 5($21)
        movz $13, $8, $10
        dsrl32 $8, $14, 4
        ori $1, $3, 1
        div $zero, $0, $1
        mfhi $12
        dsra32 $2, $9, 24
        dsrav $7, $12, $7
        dsubu $15, $13, $2
        mtlo $14
        addiu $13, $13, -4187
        sd $8, 40($21)
        dext $14, $3, 17, 20
        mul $3, $9, $3
        sltu $25, $25, $4
        movn $11, $13, $6
        dsll $11, $24, 9
        lwr $3, 42($21)
        lbu $14, -12($21)
        sb $6, -6($21)
        slti $15, $4, -24209
        sll $9, $11, 7
        movn $11, $24, $2
        rotr $9, $13, 15
        dsrl32 $2, $7, 10
        sb $12, 0($21)
        mul $15, $12, $14
        nor $10, $8, $11
        subu $7, $9, $4
        dsubu $13, $8, $12
        xor $14, $8, $3
        daddu $25, $4, $9
        slti $24, $15, -20663
        daddiu $14, $5, -28966
        or $13, $7, $14
        clz $12, $4
        lwu $14, 48($21)
        sll $8, $8, 0
        ins $8, $24, 23, 8
        dinsu $8, $10, 41, 18
        mthi $24
        mtlo $3
        maddu $6, $4
        rotr $5, $12, 11
        ori $1, $6, 1
        div $zero, $6, $1
        DUMP
        seh $9, $9
        sw $10, -8($21)
        mthi $5
        or $11, $15, $5
        or $9, $2, $8
        dmultu $3, $14
        xori $11, $24, 25133
        daddiu $5, $15, 17153
        lh $4, 30($21)
        nor $24, $15, $12
        dsra32 $24, $14, 17
        wsbh $13, $6
        sdr $14, 63($21)
        or $14, $3, $12
        xori $5, $14, 38518
        mtlo $5
        sd $3, -112($21)
        nor $2, $9, $13
        sh $15, 22($21)
        sra $5, $14, 17
        sll $4, $4, 0
        ori $1, $14, 1
        div $zero, $3, $1
        dins $14, $10, 21, 32
        dmultu $6, $12
        slt $2, $6, $15
        ori $1, $13, 1
        ddivu $zero, $5, $1
        ld $11, -64($21)
        xor $12, $5, $6
        dsrlv $7, $15, $5
        multu $6, $6
        rotrv $3, $2, $2
        ldl $14, -76($21)
        dshd $13, $4
        ori $1, $5, 1
        div $zero, $12, $1
        mul $5, $12, $5
        dsll32 $9, $24, 4
        dsubu $7, $9, $10
        sltu $14, $12, $14
        dsubu $15, $11, $2
        or $8, $7, $13
        dextu $4, $2, 53, 9
        and $7, $25, $15
        andi $4, $25, 2876
        dextm $15, $25, 1, 53
        dextu $7, $11, 59, 2
        msub $3, $4
        daddiu $4, $9, 7329
        DUMP
        lw $3, 32($21)
        multu $12, $14
        movn $3, $12, $12
        andi $4, $14, 5460
        ori $1, $12, 1
        ddivu $zero, $13, $1
        wsbh $6, $14
        srl $13, $5, 9
        sll $12, $12, 0
        addiu $6, $2, 31625
        andi $4, $11, 46285
        subu $13, $6, $12
        and $4, $15, $25
        and $12, $12, $15
        mthi $13
        mtlo $5
        sll $4, $4, 0
        madd $3, $2
        sll $8, $10, 5
        lbu $3, -4($21)
        nor $5, $5, $6
        mfhi $14
        ori $1, $9, 1
        ddivu $zero, $13, $1
        nor $25, $15, $13
        srl $24, $3, 21
        mthi $5
        mtlo $6
        madd $4, $5
        or $4, $11, $9
        andi $9, $3, 59978
        subu $4, $3, $3
        sllv $6, $14, $13
        lhu $15, 8($21)
        ldr $25, -4($21)
        sll $2, $13, 10
        lui $4, 1444
        mflo $7
        xor $15, $11, $13
        or $8, $10, $3
        ori $1, $7, 1
        divu $zero, $5, $1
        seh $7, $24
        dinsu $25, $9, 49, 8
        daddiu $14, $11, 4315
        sltu $12, $4, $11
        nor $7, $25, $2
        mult $13, $12
        drotr $6, $13, 3
        dextu $12, $8, 56, 2
        DUMP
        mult $0, $9
        drotr $13, $2, 2
        ori $1, $24, 1
        div $zero, $0, $1
        sdr $12, 52($21)
        addiu $25, $5, 28319
        lui $13, 5353
        sb $5, -16($21)
        sdl $10, -64($21)
        sltiu $3, $2, 10635
        lui $13, 39949
        sll $6, $13, 22
        lwr $2, -61($21)
        sllv $24, $2, $13
        daddiu $14, $2, 22330
        ext $12, $6, 21, 3
        movn $7, $7, $8
        and $24, $10, $24
        dins $2, $11, 16, 10
        addu $24, $5, $5
        mul $3, $25, $5
        lwl $25, -37($21)
        multu $13, $3
        dsubu $7, $15, $25
        srlv $13, $13, $13
        dclo $7, $4
        dinsu $15, $15, 41, 17
        dclz $2, $15
        mul $2, $3, $3
        dsrl32 $7, $24, 21
        sd $6, -32($21)
        addiu $3, $3, 16720
        nor $12, $4, $8
        dsubu $14, $14, $2
        sdl $3, 9($21)
        sll $6, $6, 0
        addiu $4, $0, 7853
        addu $15, $3, $9
        xori $7, $8, 38535
        multu $9, $13
        ori $1, $2, 1
        divu $zero, $6, $1
        lb $9, -8($21)
        rotrv $3, $24, $25
        dsra $25, $10, 25
        daddiu $3, $5, 23779
        daddiu $8, $9, 28097
        swr $12, 11($21)
        ori $1, $13, 1
        div $zero, $15, $1
        DUMP
        addiu $2, $2, -3415
        clz $4, $0
        sltu $12, $7, $25
        ldr $24, 33($21)
        addiu $14, $0, -5896
        dsllv $12, $8, $4
        dinsm $24, $25, 10, 53
        dins $4, $5, 12, 32
        addiu $3, $2, -31883
        srav $8, $13, $3
        lhu $5, 4($21)
        daddu $10, $25, $10
        addu $13, $3, $14
        sllv $13, $2, $7
        dinsu $2, $6, 49, 8
        subu $7, $9, $6
        mult $14, $6
        daddu $6, $10, $8
        movz $11, $2, $2
        lh $24, -18($21)
        drotrv $10, $15, $3
        ori $1, $0, 1
        div $zero, $5, $1
        drotrv $9, $11, $14
        andi $7, $5, 8066
        seh $7, $7
        sll $12, $12, 0
        mul $7, $15, $5
        movn $7, $4, $3
        mul $7, $3, $12
        dsubu $4, $13, $12
        xor $5, $13, $25
        sll $6, $5, 24
        movz $8, $25, $2
        sll $8, $8, 0
        lwr $8, 60($21)
        clz $3, $8
        swr $4, 39($21)
        lui $13, 43296
        msubu $14, $12
        dsllv $10, $3, $12
        ori $7, $6, 1455
        swr $11, 85($21)
        sll $4, $4, 0
        ins $4, $0, 17, 8
        dsrlv $24, $8, $6
        nor $25, $3, $10
        dsrav $6, $14, $7
        and $3, $24, $15
        drotrv $15, $14, $5
        DUMP
        daddu $7, $10, $5
        lwu $10, 56($21)
        daddu $13, $12, $4
        dclo $5, $11
        drotrv $24, $24, $2
        andi $3, $9, 28896
        multu $12, $8
        ori $1, $10, 1
        ddiv $zero, $7, $1
        dextu $24, $5, 53, 9
        lui $12, 12324
        sll $4, $4, 0
        ori $1, $12, 1
        divu $zero, $12, $1
        dclz $25, $15
        addu $11, $25, $14
        dsrl32 $14, $25, 30
        rotr $8, $5, 8
        movz $10, $13, $11
        daddu $3, $6, $8
        lui $24, 35406
        wsbh $5, $11
        dmult $4, $24
        rotr $25, $5, 11
        andi $12, $24, 46304
        sll $4, $4, 0
        addiu $6, $12, 19027
        mthi $6
        mtlo $24
        maddu $4, $8
        lui $6, 61991
        lw $5, -60($21)
        movn $4, $24, $14
        mul $4, $12, $25
        rotr $4, $6, 29
        lwl $5, -100($21)
        multu $5, $11
        srav $2, $0, $9
        slti $12, $9, -14339
        ori $14, $3, 27108
        sra $25, $12, 19
        swl $3, 43($21)
        or $24, $7, $4
        sltu $12, $24, $12
        subu $13, $25, $5
        daddu $25, $7, $7
        xori $3, $6, 61503
        xori $5, $9, 62792
        movz $6, $6, $4
        swr $10, -79($21)
        DUMP
        dsll32 $24, $10, 28
        sh $5, -22($21)
        dins $24, $14, 24, 15
        dsubu $3, $11, $15
        clo $15, $4
        movn $8, $4, $9
        dmultu $12, $9
        sh $4, -12($21)
        rotrv $3, $2, $9
        sra $13, $2, 11
        lh $3, 22($21)
        dsrav $13, $24, $15
        ldl $4, 15($21)
        mthi $15
        mtlo $15
        maddu $3, $6
        or $25, $3, $10
        ori $1, $10, 1
        ddiv $zero, $8, $1
        addiu $3, $2, 19317
        dextm $3, $11, 16, 47
        srlv $5, $6, $9
        sll $25, $25, 0
        ins $25, $5, 25, 1
        and $15, $13, $11
        sdr $9, -81($21)
        lhu $5, -24($21)
        wsbh $4, $6
        mul $2, $25, $4
        dinsm $24, $9, 1, 49
        drotrv $3, $14, $11
        multu $2, $5
        seb $15, $14
        seh $11, $14
        sll $12, $12, 0
        mult $6, $12
        sb $9, -2($21)
        daddu $3, $24, $5
        multu $2, $0
        or $11, $12, $5
        addu $3, $11, $15
        maddu $4, $5
        drotr32 $9, $11, 7
        xor $10, $14, $5
        ldl $24, 83($21)
        ld $14, 64($21)
        dext $6, $11, 10, 19
        movn $15, $14, $10
        xor $3, $25, $13
        dsubu $12, $3, $24
        DUMP
        dextm $4, $12, 9, 49
        wsbh $10, $25
        dsra $11, $25, 9
        dclo $10, $10
        nor $4, $24, $8
        srlv $4, $2, $2
        swr $7, 72($21)
        dextm $5, $5, 9, 51
        ldr $12, 9($21)
        dsll32 $12, $13, 7
        movn $25, $10, $5
        movz $7, $5, $5
        sll $11, $11, 0
        lwl $11, 85($21)
        lwr $4, 43($21)
        mul $24, $8, $0
        dsrl $15, $4, 1
        dsrlv $10, $8, $5
        daddiu $5, $25, 25646
        addiu $9, $8, -31797
        dextu $6, $2, 35, 11
        slti $6, $14, 16771
        addiu $10, $0, 21004
        mult $10, $2
        sw $9, -12($21)
        swl $2, 13($21)
        movz $3, $15, $13
        slti $4, $12, -13287
        xor $13, $24, $12
        dsrlv $7, $9, $8
        lhu $14, 2($21)
        movn $2, $8, $25
        dshd $6, $14
        ori $1, $4, 1
        ddiv $zero, $6, $1
        ori $1, $8, 1
        ddivu $zero, $8, $1
        clz $4, $8
        ori $1, $15, 1
        ddiv $zero, $25, $1
        addiu $7, $10, 8537
        mult $9, $24
        rotr $3, $24, 12
        dextm $14, $2, 14, 34
        rotrv $3, $7, $8
        mult $3, $4
        ldr $15, -51($21)
        lw $3, 36($21)
        lwu $12, 8($21)
        dsll32 $13, $8, 1
        DUMP
        dshd $13, $10
        lh $25, 28($21)
        sll $25, $25, 0
        ori $1, $0, 1
        divu $zero, $8, $1
        maddu $11, $2
        sra $24, $25, 23
        drotrv $11, $11, $12
        sdl $14, -68($21)
        dins $24, $24, 13, 18
        mthi $11
        andi $24, $25, 39741
        dsubu $3, $14, $24
        dclz $11, $14
        sll $6, $14, 4
        sw $15, 8($21)
        dsll32 $13, $2, 27
        lui $2, 38422
        clo $15, $2
        clz $5, $4
        dextu $25, $10, 60, 1
        mtlo $11
        sdr $11, 68($21)
        lwu $2, -20($21)
        srl $14, $15, 7
        mthi $24
        mtlo $7
        madd $9, $7
        xor $9, $7, $5
        lbu $8, -13($21)
        sll $2, $2, 0
        lwl $2, 41($21)
        dsrav $5, $4, $3
        dextu $24, $9, 37, 12
        lhu $3, -12($21)
        ld $24, 104($21)
        slti $3, $9, -15331
        daddiu $3, $13, 27877
        sb $25, 6($21)
        dsrav $12, $24, $24
        dext $2, $12, 2, 17
        dclz $9, $7
        srl $24, $8, 1
        ext $14, $8, 6, 14
        dsubu $11, $6, $5
        sh $24, -22($21)
        dsll $4, $13, 11
        srav $13, $9, $5
        lh $2, -10($21)
        lb $8, -5($21)
        DUMP
        slti $2, $5, 19274
        daddiu $9, $8, -29543
        mtlo $10
        clz $9, $24
        wsbh $4, $8
        srlv $25, $15, $11
        dextu $24, $5, 40, 3
        mul $4, $7, $8
        lhu $8, -26($21)
        addu $14, $13, $25
        dsrav $11, $6, $8
        slti $7, $24, 24367
        nor $4, $15, $7
        dsrav $12, $2, $3
        mflo $6
        dmultu $8, $2
        sltiu $10, $4, -31141
        addu $6, $7, $25
        mul $13, $13, $2
        dshd $25, $6
        rotr $24, $8, 6
        daddu $9, $10, $6
        sd $10, -128($21)
        subu $15, $0, $15
        rotr $5, $10, 29
        dsbh $12, $24
        dext $15, $4, 29, 15
        seh $14, $6
        addu $7, $8, $14
        dextu $9, $13, 49, 7
        lwu $8, 36($21)
        sh $4, 18($21)
        dsrl $9, $2, 0
        and $2, $6, $9
        dclz $7, $10
        movz $12, $11, $14
        dsubu $25, $6, $15
        sll $11, $11, 28
        dmult $2, $14
        daddu $8, $6, $4
        sllv $6, $0, $8
        slti $7, $4, 8000
        rotrv $4, $6, $13
        ori $1, $14, 1
        divu $zero, $4, $1
        clo $10, $5
        drotr $13, $4, 14
        lbu $7, 7($21)
        ori $6, $11, 54096
        drotr32 $6, $15, 22
        DUMP

TEST_END

        .data
        .balign 16
scratch:
        .byte 0xcc, 0xdd, 0xab, 0x0d, 0xd1, 0x9c, 0xe7, 0xf4, 0xf5, 0xee, 0x5e, 0x83, 0x4d, 0xb1, 0x2a, 0x7a
        .byte 0xef, 0x45, 0x09, 0xde, 0xbc, 0x17, 0xd1, 0x84, 0xbd, 0xbd, 0x15, 0x8b, 0x14, 0x80, 0x6e, 0x9f
        .byte 0x7f, 0xa0, 0xbb, 0xa7, 0x7b, 0x45, 0xaa, 0x74, 0x8d, 0x50, 0x85, 0xf0, 0x17, 0xfb, 0x0c, 0x0d
        .byte 0x19, 0xa9, 0x61, 0x75, 0x28, 0x95, 0xac, 0x70, 0xed, 0xf3, 0xef, 0x96, 0x31, 0xb7, 0x0f, 0x0e
        .byte 0xd6, 0x12, 0xcc, 0x46, 0x56, 0x98, 0x98, 0xea, 0x3a, 0xb7, 0x85, 0xdf, 0xcc, 0x58, 0x38, 0x63
        .byte 0xcb, 0x09, 0x3e, 0x22, 0x54, 0xe5, 0xaf, 0xbb, 0x93, 0xe3, 0x9c, 0x9e, 0xa0, 0xba, 0x2f, 0x52
        .byte 0x47, 0x47, 0x2e, 0xb0, 0x41, 0x12, 0xba, 0x18, 0x89, 0x5a, 0xe8, 0xfc, 0xd0, 0xde, 0x7a, 0x0a
        .byte 0xcb, 0x5b, 0xa5, 0x43, 0xec, 0x47, 0x06, 0x86, 0xf7, 0xc7, 0x13, 0x91, 0xdb, 0x66, 0x9a, 0xde
        .byte 0xe0, 0x17, 0x15, 0x43, 0x6b, 0x53, 0x44, 0x98, 0x6a, 0x31, 0xfa, 0x8f, 0x9c, 0x54, 0xdc, 0x7b
        .byte 0x97, 0xa0, 0x40, 0xc9, 0x6c, 0xe9, 0x1e, 0x4f, 0x82, 0x65, 0xc3, 0x69, 0x9c, 0xfd, 0x63, 0xe9
        .byte 0xe0, 0x32, 0x1e, 0x57, 0xe0, 0xbb, 0x71, 0xf6, 0xa7, 0xd2, 0xed, 0x09, 0x67, 0xbc, 0x97, 0x8c
        .byte 0x3e, 0x33, 0xb7, 0xaa, 0x0e, 0xda, 0x82, 0x27, 0xd8, 0xe0, 0x47, 0x9f, 0x63, 0x46, 0x6c, 0x45
        .byte 0xba, 0x86, 0xb4, 0xfc, 0x00, 0x36, 0xab, 0x8e, 0x9d, 0x18, 0x44, 0x94, 0x81, 0xc1, 0xeb, 0x11
        .byte 0xec, 0x4f, 0x54, 0x68, 0xe4, 0x02, 0x09, 0x57, 0x0c, 0xbc, 0xd2, 0x20, 0x98, 0xff, 0xed, 0x9a
        .byte 0x91, 0xc3, 0xf0, 0xe3, 0x57, 0xae, 0xae, 0x85, 0x57, 0x03, 0x18, 0x8d, 0xad, 0xca, 0x1c, 0xd6
        .byte 0x7c, 0x40, 0x87, 0x3d, 0x53, 0xce, 0xbb, 0x31, 0x16, 0x78, 0xb7, 0x71, 0x7d, 0x26, 0xc5, 0x20
        .balign 16
dbuf:   .space 272
