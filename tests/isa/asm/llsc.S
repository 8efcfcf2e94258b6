/* Load-linked / store-conditional: ll sc lld scd.  sc succeeds (rt = 1, memory
 * written) after an ll of the same address with nothing in between, and fails
 * (rt = 0, memory unchanged) when no ll is outstanding. */
#include "test_macros.h"

TEST_BEGIN

/* ll loads and sign-extends like lw */
test_2:
        li TESTNUM, 2
        dla $t1, lldat
        dli $t2, 0x80000001
        sw $t2, 0($t1)
        ll $t0, 0($t1)
        CHECK($t0, 0xffffffff80000001)

/* sc after ll succeeds */
test_3:
        li TESTNUM, 3
        dla $t1, lldat
        ll $t0, 0($t1)
        li $t3, 0x1234
        sc $t3, 0($t1)
        CHECK($t3, 1)
        lw $t0, 0($t1)
        CHECK($t0, 0x1234)

/* a second sc (the first one consumed the link) fails and does not store */
test_4:
        li TESTNUM, 4
        dla $t1, lldat
        li $t3, 0x5678
        sc $t3, 0($t1)
        CHECK($t3, 0)
        lw $t0, 0($t1)
        CHECK($t0, 0x1234)

/* sc stores only the low word; the neighbouring word is untouched */
test_5:
        li TESTNUM, 5
        dla $t1, lldat
        dli $t2, 0x1111111122222222
        sd $t2, 0($t1)
        ll $t0, 4($t1)
        CHECK($t0, 0x11111111)
        dli $t3, 0x123456789abcdef0
        sc $t3, 4($t1)
        CHECK($t3, 1)
        ld $t0, 0($t1)
        CHECK($t0, 0x9abcdef022222222)

/* atomic increment loop */
test_6:
        li TESTNUM, 6
        dla $t1, lldat
        li $t2, 41
        sw $t2, 8($t1)
1:      ll $t0, 8($t1)
        addiu $t0, $t0, 1
        sc $t0, 8($t1)
        beqz $t0, 1b
        nop
        lw $t0, 8($t1)
        CHECK($t0, 42)

/* lld / scd */
test_7:
        li TESTNUM, 7
        dla $t1, lldat
        dli $t2, 0x8000000000000001
        sd $t2, 16($t1)
        lld $t0, 16($t1)
        CHECK($t0, 0x8000000000000001)
        dli $t3, 0x0123456789abcdef
        scd $t3, 16($t1)
        CHECK($t3, 1)
        ld $t0, 16($t1)
        CHECK($t0, 0x0123456789abcdef)

test_8:
        li TESTNUM, 8
        dla $t1, lldat
        dli $t3, 0x7777
        scd $t3, 16($t1)
        CHECK($t3, 0)
        ld $t0, 16($t1)
        CHECK($t0, 0x0123456789abcdef)

/* 64-bit atomic add loop */
test_9:
        li TESTNUM, 9
        dla $t1, lldat
        dli $t2, 0xffffffff
        sd $t2, 24($t1)
1:      lld $t0, 24($t1)
        daddiu $t0, $t0, 1
        scd $t0, 24($t1)
        beqz $t0, 1b
        nop
        ld $t0, 24($t1)
        CHECK($t0, 0x100000000)

/* ll then sc with rt == base register */
test_10:
        li TESTNUM, 10
        dla $t1, lldat
        ll $t0, 0($t1)
        move $t2, $t1
        sc $t2, 0($t2)
        CHECK($t2, 1)
        lw $t0, 0($t1)
        dla $t3, lldat
        sll $t3, $t3, 0         /* low word, sign-extended */
        CHECK_REG($t0, $t3)

TEST_END

        .data
        .balign 16
lldat:  .space 32
