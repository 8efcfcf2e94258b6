/* conditional moves on GPR values: movz movn
 * (expected values listed explicitly; checked against qemu-mips64el) */
#include "test_macros.h"

TEST_BEGIN


/* ---- movz ---- */
TEST_CMOV(2, movz, 0x123456789abcdef0, 0x1111, 0x123456789abcdef0, 0x0)
TEST_CMOV(3, movz, 0x0, 0xffffffffffffffff, 0x0, 0x0)
TEST_CMOV(4, movz, 0x1111, 0x1111, 0x123456789abcdef0, 0x1)
TEST_CMOV(5, movz, 0xffffffffffffffff, 0xffffffffffffffff, 0x0, 0x1)
TEST_CMOV(6, movz, 0x1111, 0x1111, 0x123456789abcdef0, 0xffffffffffffffff)
TEST_CMOV(7, movz, 0xffffffffffffffff, 0xffffffffffffffff, 0x0, 0xffffffffffffffff)
TEST_CMOV(8, movz, 0x1111, 0x1111, 0x123456789abcdef0, 0x8000000000000000)
TEST_CMOV(9, movz, 0xffffffffffffffff, 0xffffffffffffffff, 0x0, 0x8000000000000000)
TEST_CMOV(10, movz, 0x1111, 0x1111, 0x123456789abcdef0, 0x100000000)
TEST_CMOV(11, movz, 0xffffffffffffffff, 0xffffffffffffffff, 0x0, 0x100000000)
TEST_CMOV(12, movz, 0x1111, 0x1111, 0x123456789abcdef0, 0x80000000)
TEST_CMOV(13, movz, 0xffffffffffffffff, 0xffffffffffffffff, 0x0, 0x80000000)
TEST_CASE(14, $t1, 0x55, dli $t1, 0x55; dli $t2, 0; movz $t1, $t1, $t2)
TEST_CASE(15, $t2, 0x55, dli $t1, 0x55; dli $t2, 0; movz $t2, $t1, $t2)
TEST_CASE(16, $zero, 0, dli $t1, 0x55; dli $t2, 0; movz $zero, $t1, $t2)

/* ---- movn ---- */
TEST_CMOV(17, movn, 0x1111, 0x1111, 0x123456789abcdef0, 0x0)
TEST_CMOV(18, movn, 0xffffffffffffffff, 0xffffffffffffffff, 0x0, 0x0)
TEST_CMOV(19, movn, 0x123456789abcdef0, 0x1111, 0x123456789abcdef0, 0x1)
TEST_CMOV(20, movn, 0x0, 0xffffffffffffffff, 0x0, 0x1)
TEST_CMOV(21, movn, 0x123456789abcdef0, 0x1111, 0x123456789abcdef0, 0xffffffffffffffff)
TEST_CMOV(22, movn, 0x0, 0xffffffffffffffff, 0x0, 0xffffffffffffffff)
TEST_CMOV(23, movn, 0x123456789abcdef0, 0x1111, 0x123456789abcdef0, 0x8000000000000000)
TEST_CMOV(24, movn, 0x0, 0xffffffffffffffff, 0x0, 0x8000000000000000)
TEST_CMOV(25, movn, 0x123456789abcdef0, 0x1111, 0x123456789abcdef0, 0x100000000)
TEST_CMOV(26, movn, 0x0, 0xffffffffffffffff, 0x0, 0x100000000)
TEST_CMOV(27, movn, 0x123456789abcdef0, 0x1111, 0x123456789abcdef0, 0x80000000)
TEST_CMOV(28, movn, 0x0, 0xffffffffffffffff, 0x0, 0x80000000)
TEST_CASE(29, $t1, 0x55, dli $t1, 0x55; dli $t2, 1; movn $t1, $t1, $t2)
TEST_CASE(30, $t2, 0x55, dli $t1, 0x55; dli $t2, 7; movn $t2, $t1, $t2)
TEST_CASE(31, $zero, 0, dli $t1, 0x55; dli $t2, 7; movn $zero, $t1, $t2)

TEST_END
