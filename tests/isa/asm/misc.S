/* Instructions that are no-ops for a user program on one in-order hart:
 * sync (every stype), pref/prefx (any hint, even on unmapped addresses), synci on
 * code; and that execution continues normally after them. */
#include "test_macros.h"

TEST_BEGIN

test_2:
        li TESTNUM, 2
        li $t0, 5
        sync
        sync 0x10
        sync 0x4
        sync 0x13
        addiu $t0, $t0, 1
        CHECK($t0, 6)

/* pref never faults, whatever the address */
test_3:
        li TESTNUM, 3
        dla $t1, pdat
        pref 0, 0($t1)
        pref 1, 8($t1)
        pref 4, 0($t1)
        pref 30, 0($t1)
        li $t2, 0
        pref 0, 0($t2)                  /* address 0: unmapped */
        pref 1, -4($t2)                 /* a kernel address */
        dli $t2, 0x4000000000
        pref 0, 3($t2)                  /* unmapped, unaligned */
        ld $t0, 0($t1)
        CHECK($t0, 0x1122334455667788)

test_4:
        li TESTNUM, 4
        dla $t1, pdat
        li $t2, 8
        prefx 0, $t2($t1)
        li $t1, 0
        prefx 1, $t2($t1)               /* unmapped */
        CHECK($t2, 8)

/* synci on this program's own code, then run that code */
test_5:
        li TESTNUM, 5
        dla $t1, 1f
        synci 0($t1)
        sync
        jr.hb $t1
        nop
        b fail_nv
        nop
1:      li $t0, 7
        CHECK($t0, 7)

TEST_END

        .data
        .balign 8
pdat:   .dword 0x1122334455667788, 0
