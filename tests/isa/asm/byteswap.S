/* byte manipulation: wsbh seb seh dsbh dshd (+ the bswap idioms)
 * (expected values listed explicitly; checked against qemu-mips64el) */
#include "test_macros.h"

TEST_BEGIN


/* ---- wsbh ---- */
TEST_R(2, wsbh, 0x0, 0x0)
TEST_R(3, wsbh, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_R(4, wsbh, 0x34127856, 0x12345678)
TEST_R(5, wsbh, 0x65872143, 0xffffffff87654321)
TEST_R(6, wsbh, 0xffffffffff80017f, 0xffffffff80ff7f01)
TEST_R(7, wsbh, 0x807f, 0x7f80)
TEST_R_SRC1_EQ_DEST(8, wsbh, 0x341278f6, 0x1234f678)

/* ---- seb ---- */
TEST_R(9, seb, 0x0, 0x0)
TEST_R(10, seb, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_R(11, seb, 0x78, 0x12345678)
TEST_R(12, seb, 0x21, 0xffffffff87654321)
TEST_R(13, seb, 0x1, 0xffffffff80ff7f01)
TEST_R(14, seb, 0xffffffffffffff80, 0x7f80)
TEST_R(15, seb, 0xfffffffffffffff0, 0x123456789abcdef0)
TEST_R(16, seb, 0xffffffffffffffff, 0xff)
TEST_R(17, seb, 0xffffffffffffff80, 0x80)
TEST_R(18, seb, 0x0, 0x8000)
TEST_R(19, seb, 0x7f, 0x7f)
TEST_R(20, seb, 0xffffffffffffffff, 0x7fff)
TEST_R_SRC1_EQ_DEST(21, seb, 0x78, 0x1234f678)

/* ---- seh ---- */
TEST_R(22, seh, 0x0, 0x0)
TEST_R(23, seh, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_R(24, seh, 0x5678, 0x12345678)
TEST_R(25, seh, 0x4321, 0xffffffff87654321)
TEST_R(26, seh, 0x7f01, 0xffffffff80ff7f01)
TEST_R(27, seh, 0x7f80, 0x7f80)
TEST_R(28, seh, 0xffffffffffffdef0, 0x123456789abcdef0)
TEST_R(29, seh, 0xff, 0xff)
TEST_R(30, seh, 0x80, 0x80)
TEST_R(31, seh, 0xffffffffffff8000, 0x8000)
TEST_R(32, seh, 0x7f, 0x7f)
TEST_R(33, seh, 0x7fff, 0x7fff)
TEST_R_SRC1_EQ_DEST(34, seh, 0xfffffffffffff678, 0x1234f678)

/* ---- dsbh ---- */
TEST_R(35, dsbh, 0x0, 0x0)
TEST_R(36, dsbh, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_R(37, dsbh, 0x34127856, 0x12345678)
TEST_R(38, dsbh, 0xffffffff65872143, 0xffffffff87654321)
TEST_R(39, dsbh, 0xffffffffff80017f, 0xffffffff80ff7f01)
TEST_R(40, dsbh, 0x807f, 0x7f80)
TEST_R(41, dsbh, 0x34127856bc9af0de, 0x123456789abcdef0)
TEST_R(42, dsbh, 0x80000000000100, 0x8000000000000001)
TEST_R_SRC1_EQ_DEST(43, dsbh, 0x34127856bc9af0de, 0x123456789abcdef0)

/* ---- dshd ---- */
TEST_R(44, dshd, 0x0, 0x0)
TEST_R(45, dshd, 0xffffffffffffffff, 0xffffffffffffffff)
TEST_R(46, dshd, 0x5678123400000000, 0x12345678)
TEST_R(47, dshd, 0x43218765ffffffff, 0xffffffff87654321)
TEST_R(48, dshd, 0x7f0180ffffffffff, 0xffffffff80ff7f01)
TEST_R(49, dshd, 0x7f80000000000000, 0x7f80)
TEST_R(50, dshd, 0xdef09abc56781234, 0x123456789abcdef0)
TEST_R(51, dshd, 0x1000000008000, 0x8000000000000001)
TEST_R_SRC1_EQ_DEST(52, dshd, 0xdef09abc56781234, 0x123456789abcdef0)

/* ---- bswap32 = wsbh + rotr 16, bswap64 = dsbh + dshd ---- */
TEST_CASE(53, $t0, 0x78563412, dli $t1, 0x12345678; wsbh $t0, $t1; rotr $t0, $t0, 16)
TEST_CASE(54, $t0, 0x21436587, dli $t1, 0xffffffff87654321; wsbh $t0, $t1; rotr $t0, $t0, 16)
TEST_CASE(55, $t0, 0xf0debc9a78563412, dli $t1, 0x123456789abcdef0; dsbh $t0, $t1; dshd $t0, $t0)
TEST_CASE(56, $t0, 0x100000000000080, dli $t1, 0x8000000000000001; dsbh $t0, $t1; dshd $t0, $t0)

TEST_END
