/* rdhwr $29 (UserLocal) after set_thread_area, and rdhwr $0 (CPUNum), the
 * hardware registers Linux enables for user mode. */
#include "test_macros.h"

TEST_BEGIN

test_2:
        li TESTNUM, 2
        dli $a0, 0x123456789abc
        li $v0, SYS_set_thread_area
        syscall
        CHECK($v0, 0)
        CHECK($a3, 0)
        rdhwr $t0, $29
        CHECK($t0, 0x123456789abc)

/* the TLS convention: rdhwr $3, $29 */
test_3:
        li TESTNUM, 3
        .set push
        .set mips32r2
        rdhwr $3, $29
        .set pop
        CHECK($3, 0x123456789abc)

test_4:
        li TESTNUM, 4
        dli $a0, 0xfffffffffffffff0
        li $v0, SYS_set_thread_area
        syscall
        rdhwr $t1, $29
        CHECK($t1, 0xfffffffffffffff0)

/* the value survives other system calls */
test_5:
        li TESTNUM, 5
        li $a0, 2
        move $a1, $zero
        move $a2, $zero
        li $v0, SYS_write
        syscall
        rdhwr $t1, $29
        CHECK($t1, 0xfffffffffffffff0)

/* CPUNum: a single CPU, number 0 */
test_6:
        li TESTNUM, 6
        li $t0, 5
        rdhwr $t0, $0
        CHECK($t0, 0)

/* rdhwr to $zero is discarded */
test_7:
        li TESTNUM, 7
        rdhwr $zero, $29
        CHECK($zero, 0)

TEST_END
