/* unaligned word/doubleword halves at every byte offset: lwl lwr ldl ldr swl swr sdl sdr
 * (expected values listed explicitly; checked against qemu-mips64el) */
#include "test_macros.h"

TEST_BEGIN


/* ---- lwl ---- */
TEST_LD(2, lwl, 0xffffffff89000000, udat, 8, 0, 0x0)
TEST_LD(3, lwl, 0xffffffff89ffffff, udat, 8, 0, 0xffffffffffffffff)
TEST_LD(4, lwl, 0xffffffff890b0c0d, udat, 8, 0, 0xa0b0c0d)
TEST_LD(5, lwl, 0xa890000, udat, 8, 1, 0x0)
TEST_LD(6, lwl, 0xa89ffff, udat, 8, 1, 0xffffffffffffffff)
TEST_LD(7, lwl, 0xa890c0d, udat, 8, 1, 0xa0b0c0d)
TEST_LD(8, lwl, 0xffffffff8b0a8900, udat, 8, 2, 0x0)
TEST_LD(9, lwl, 0xffffffff8b0a89ff, udat, 8, 2, 0xffffffffffffffff)
TEST_LD(10, lwl, 0xffffffff8b0a890d, udat, 8, 2, 0xa0b0c0d)
TEST_LD(11, lwl, 0xc8b0a89, udat, 8, 3, 0x0)
TEST_LD(12, lwl, 0xc8b0a89, udat, 8, 3, 0xffffffffffffffff)
TEST_LD(13, lwl, 0xc8b0a89, udat, 8, 3, 0xa0b0c0d)
TEST_LD(14, lwl, 0xa890c0d, udat, 13, -4, 0xa0b0c0d)

/* ---- lwr ---- */
TEST_LD(15, lwr, 0xc8b0a89, udat, 8, 0, 0x0)
TEST_LD(16, lwr, 0xc8b0a89, udat, 8, 0, 0xffffffffffffffff)
TEST_LD(17, lwr, 0xc8b0a89, udat, 8, 0, 0xa0b0c0d)
TEST_LD(18, lwr, 0xc8b0a, udat, 8, 1, 0x0)
TEST_LD(19, lwr, 0xffffffffff0c8b0a, udat, 8, 1, 0xffffffffffffffff)
TEST_LD(20, lwr, 0xa0c8b0a, udat, 8, 1, 0xa0b0c0d)
TEST_LD(21, lwr, 0xc8b, udat, 8, 2, 0x0)
TEST_LD(22, lwr, 0xffffffffffff0c8b, udat, 8, 2, 0xffffffffffffffff)
TEST_LD(23, lwr, 0xa0b0c8b, udat, 8, 2, 0xa0b0c0d)
TEST_LD(24, lwr, 0xc, udat, 8, 3, 0x0)
TEST_LD(25, lwr, 0xffffffffffffff0c, udat, 8, 3, 0xffffffffffffffff)
TEST_LD(26, lwr, 0xa0b0c0c, udat, 8, 3, 0xa0b0c0d)
TEST_LD(27, lwr, 0xa0c8b0a, udat, 13, -4, 0xa0b0c0d)

/* ---- ldl ---- */
TEST_LD(28, ldl, 0x8900000000000000, udat, 8, 0, 0x0)
TEST_LD(29, ldl, 0x89ffffffffffffff, udat, 8, 0, 0xffffffffffffffff)
TEST_LD(30, ldl, 0xa89000000000000, udat, 8, 1, 0x0)
TEST_LD(31, ldl, 0xa89ffffffffffff, udat, 8, 1, 0xffffffffffffffff)
TEST_LD(32, ldl, 0x8b0a890000000000, udat, 8, 2, 0x0)
TEST_LD(33, ldl, 0x8b0a89ffffffffff, udat, 8, 2, 0xffffffffffffffff)
TEST_LD(34, ldl, 0xc8b0a8900000000, udat, 8, 3, 0x0)
TEST_LD(35, ldl, 0xc8b0a89ffffffff, udat, 8, 3, 0xffffffffffffffff)
TEST_LD(36, ldl, 0x8d0c8b0a89000000, udat, 8, 4, 0x0)
TEST_LD(37, ldl, 0x8d0c8b0a89ffffff, udat, 8, 4, 0xffffffffffffffff)
TEST_LD(38, ldl, 0xe8d0c8b0a890000, udat, 8, 5, 0x0)
TEST_LD(39, ldl, 0xe8d0c8b0a89ffff, udat, 8, 5, 0xffffffffffffffff)
TEST_LD(40, ldl, 0x8f0e8d0c8b0a8900, udat, 8, 6, 0x0)
TEST_LD(41, ldl, 0x8f0e8d0c8b0a89ff, udat, 8, 6, 0xffffffffffffffff)
TEST_LD(42, ldl, 0x108f0e8d0c8b0a89, udat, 8, 7, 0x0)
TEST_LD(43, ldl, 0x108f0e8d0c8b0a89, udat, 8, 7, 0xffffffffffffffff)
TEST_LD(44, ldl, 0xa890c0d0e0f1011, udat, 13, -4, 0xa0b0c0d0e0f1011)

/* ---- ldr ---- */
TEST_LD(45, ldr, 0x108f0e8d0c8b0a89, udat, 8, 0, 0x0)
TEST_LD(46, ldr, 0x108f0e8d0c8b0a89, udat, 8, 0, 0xffffffffffffffff)
TEST_LD(47, ldr, 0x108f0e8d0c8b0a, udat, 8, 1, 0x0)
TEST_LD(48, ldr, 0xff108f0e8d0c8b0a, udat, 8, 1, 0xffffffffffffffff)
TEST_LD(49, ldr, 0x108f0e8d0c8b, udat, 8, 2, 0x0)
TEST_LD(50, ldr, 0xffff108f0e8d0c8b, udat, 8, 2, 0xffffffffffffffff)
TEST_LD(51, ldr, 0x108f0e8d0c, udat, 8, 3, 0x0)
TEST_LD(52, ldr, 0xffffff108f0e8d0c, udat, 8, 3, 0xffffffffffffffff)
TEST_LD(53, ldr, 0x108f0e8d, udat, 8, 4, 0x0)
TEST_LD(54, ldr, 0xffffffff108f0e8d, udat, 8, 4, 0xffffffffffffffff)
TEST_LD(55, ldr, 0x108f0e, udat, 8, 5, 0x0)
TEST_LD(56, ldr, 0xffffffffff108f0e, udat, 8, 5, 0xffffffffffffffff)
TEST_LD(57, ldr, 0x108f, udat, 8, 6, 0x0)
TEST_LD(58, ldr, 0xffffffffffff108f, udat, 8, 6, 0xffffffffffffffff)
TEST_LD(59, ldr, 0x10, udat, 8, 7, 0x0)
TEST_LD(60, ldr, 0xffffffffffffff10, udat, 8, 7, 0xffffffffffffffff)
TEST_LD(61, ldr, 0xa108f0e8d0c8b0a, udat, 13, -4, 0xa0b0c0d0e0f1011)

/* ---- ulw / uld idioms: lwl 3 + lwr 0, ldl 7 + ldr 0 at every base offset ---- */
TEST_CASE(62, $t0, 0xffffffff84038201, dla $t1, udat; daddiu $t1, $t1, 0; dli $t0, 0x5555; lwl $t0, 3($t1); lwr $t0, 0($t1))
TEST_CASE(63, $t0, 0xffffffff84038201, dla $t1, udat; daddiu $t1, $t1, 0; dli $t0, -1; lwr $t0, 0($t1); lwl $t0, 3($t1))
TEST_CASE(64, $t0, 0x5840382, dla $t1, udat; daddiu $t1, $t1, 1; dli $t0, 0x5555; lwl $t0, 3($t1); lwr $t0, 0($t1))
TEST_CASE(65, $t0, 0x5840382, dla $t1, udat; daddiu $t1, $t1, 1; dli $t0, -1; lwr $t0, 0($t1); lwl $t0, 3($t1))
TEST_CASE(66, $t0, 0xffffffff86058403, dla $t1, udat; daddiu $t1, $t1, 2; dli $t0, 0x5555; lwl $t0, 3($t1); lwr $t0, 0($t1))
TEST_CASE(67, $t0, 0xffffffff86058403, dla $t1, udat; daddiu $t1, $t1, 2; dli $t0, -1; lwr $t0, 0($t1); lwl $t0, 3($t1))
TEST_CASE(68, $t0, 0x7860584, dla $t1, udat; daddiu $t1, $t1, 3; dli $t0, 0x5555; lwl $t0, 3($t1); lwr $t0, 0($t1))
TEST_CASE(69, $t0, 0x7860584, dla $t1, udat; daddiu $t1, $t1, 3; dli $t0, -1; lwr $t0, 0($t1); lwl $t0, 3($t1))
TEST_CASE(70, $t0, 0xffffffff88078605, dla $t1, udat; daddiu $t1, $t1, 4; dli $t0, 0x5555; lwl $t0, 3($t1); lwr $t0, 0($t1))
TEST_CASE(71, $t0, 0xffffffff88078605, dla $t1, udat; daddiu $t1, $t1, 4; dli $t0, -1; lwr $t0, 0($t1); lwl $t0, 3($t1))
TEST_CASE(72, $t0, 0xffffffff89880786, dla $t1, udat; daddiu $t1, $t1, 5; dli $t0, 0x5555; lwl $t0, 3($t1); lwr $t0, 0($t1))
TEST_CASE(73, $t0, 0xffffffff89880786, dla $t1, udat; daddiu $t1, $t1, 5; dli $t0, -1; lwr $t0, 0($t1); lwl $t0, 3($t1))
TEST_CASE(74, $t0, 0xa898807, dla $t1, udat; daddiu $t1, $t1, 6; dli $t0, 0x5555; lwl $t0, 3($t1); lwr $t0, 0($t1))
TEST_CASE(75, $t0, 0xa898807, dla $t1, udat; daddiu $t1, $t1, 6; dli $t0, -1; lwr $t0, 0($t1); lwl $t0, 3($t1))
TEST_CASE(76, $t0, 0xffffffff8b0a8988, dla $t1, udat; daddiu $t1, $t1, 7; dli $t0, 0x5555; lwl $t0, 3($t1); lwr $t0, 0($t1))
TEST_CASE(77, $t0, 0xffffffff8b0a8988, dla $t1, udat; daddiu $t1, $t1, 7; dli $t0, -1; lwr $t0, 0($t1); lwl $t0, 3($t1))
TEST_CASE(78, $t0, 0x8807860584038201, dla $t1, udat; daddiu $t1, $t1, 0; dli $t0, 0x5555; ldl $t0, 7($t1); ldr $t0, 0($t1))
TEST_CASE(79, $t0, 0x8988078605840382, dla $t1, udat; daddiu $t1, $t1, 1; dli $t0, 0x5555; ldl $t0, 7($t1); ldr $t0, 0($t1))
TEST_CASE(80, $t0, 0xa89880786058403, dla $t1, udat; daddiu $t1, $t1, 2; dli $t0, 0x5555; ldl $t0, 7($t1); ldr $t0, 0($t1))
TEST_CASE(81, $t0, 0x8b0a898807860584, dla $t1, udat; daddiu $t1, $t1, 3; dli $t0, 0x5555; ldl $t0, 7($t1); ldr $t0, 0($t1))
TEST_CASE(82, $t0, 0xc8b0a8988078605, dla $t1, udat; daddiu $t1, $t1, 4; dli $t0, 0x5555; ldl $t0, 7($t1); ldr $t0, 0($t1))
TEST_CASE(83, $t0, 0x8d0c8b0a89880786, dla $t1, udat; daddiu $t1, $t1, 5; dli $t0, 0x5555; ldl $t0, 7($t1); ldr $t0, 0($t1))
TEST_CASE(84, $t0, 0xe8d0c8b0a898807, dla $t1, udat; daddiu $t1, $t1, 6; dli $t0, 0x5555; ldl $t0, 7($t1); ldr $t0, 0($t1))
TEST_CASE(85, $t0, 0x8f0e8d0c8b0a8988, dla $t1, udat; daddiu $t1, $t1, 7; dli $t0, 0x5555; ldl $t0, 7($t1); ldr $t0, 0($t1))

/* ---- swl ---- */
TEST_ST(86, swl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a85, ubuf, 8, 0, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(87, swl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a8586, ubuf, 8, 1, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(88, swl, 0xa5a5a5a585868788, 0x5a5a5a5a5a5a5a5a, ubuf, 1, 2, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(89, swl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a858687, ubuf, 8, 2, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(90, swl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a85868788, ubuf, 8, 3, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)

/* ---- swr ---- */
TEST_ST(91, swr, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a85868788, ubuf, 8, 0, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(92, swr, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a8687885a, ubuf, 8, 1, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(93, swr, 0xa5a5a5a588a5a5a5, 0x5a5a5a5a5a5a5a5a, ubuf, 1, 2, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(94, swr, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a87885a5a, ubuf, 8, 2, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(95, swr, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a885a5a5a, ubuf, 8, 3, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)

/* ---- sdl ---- */
TEST_ST(96, sdl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a81, ubuf, 8, 0, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(97, sdl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a8182, ubuf, 8, 1, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(98, sdl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a818283, ubuf, 8, 2, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(99, sdl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a81828384, ubuf, 8, 3, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(100, sdl, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a8182838485, ubuf, 8, 4, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(101, sdl, 0xa5a5a5a5a5a5a5a5, 0x5a5a818283848586, ubuf, 8, 5, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(102, sdl, 0xa5a5a5a5a5a5a5a5, 0x5a81828384858687, ubuf, 8, 6, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(103, sdl, 0xa5a5a5a5a5a5a5a5, 0x8182838485868788, ubuf, 8, 7, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)

/* ---- sdr ---- */
TEST_ST(104, sdr, 0xa5a5a5a5a5a5a5a5, 0x8182838485868788, ubuf, 8, 0, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(105, sdr, 0xa5a5a5a5a5a5a5a5, 0x828384858687885a, ubuf, 8, 1, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(106, sdr, 0xa5a5a5a5a5a5a5a5, 0x8384858687885a5a, ubuf, 8, 2, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(107, sdr, 0xa5a5a5a5a5a5a5a5, 0x84858687885a5a5a, ubuf, 8, 3, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(108, sdr, 0xa5a5a5a5a5a5a5a5, 0x858687885a5a5a5a, ubuf, 8, 4, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(109, sdr, 0xa5a5a5a5a5a5a5a5, 0x8687885a5a5a5a5a, ubuf, 8, 5, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(110, sdr, 0xa5a5a5a5a5a5a5a5, 0x87885a5a5a5a5a5a, ubuf, 8, 6, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(111, sdr, 0xa5a5a5a5a5a5a5a5, 0x885a5a5a5a5a5a5a, ubuf, 8, 7, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)

/* ---- usw / usd idioms at every base offset ---- */
TEST_CASE(112, $t3, 0x5a5a5a5a5a5a5a5a, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 0; dli $t0, 0x8182838485868788; swl $t0, 3($t2); swr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0xa5a5a5a585868788); ld $t3, 8($t1))
TEST_CASE(113, $t3, 0x5a5a5a5a5a5a5a5a, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 1; dli $t0, 0x8182838485868788; swl $t0, 3($t2); swr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0xa5a5a585868788a5); ld $t3, 8($t1))
TEST_CASE(114, $t3, 0x5a5a5a5a5a5a5a5a, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 2; dli $t0, 0x8182838485868788; swl $t0, 3($t2); swr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0xa5a585868788a5a5); ld $t3, 8($t1))
TEST_CASE(115, $t3, 0x5a5a5a5a5a5a5a5a, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 3; dli $t0, 0x8182838485868788; swl $t0, 3($t2); swr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0xa585868788a5a5a5); ld $t3, 8($t1))
TEST_CASE(116, $t3, 0x5a5a5a5a5a5a5a5a, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 4; dli $t0, 0x8182838485868788; swl $t0, 3($t2); swr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x85868788a5a5a5a5); ld $t3, 8($t1))
TEST_CASE(117, $t3, 0x5a5a5a5a5a5a5a85, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 5; dli $t0, 0x8182838485868788; swl $t0, 3($t2); swr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x868788a5a5a5a5a5); ld $t3, 8($t1))
TEST_CASE(118, $t3, 0x5a5a5a5a5a5a8586, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 6; dli $t0, 0x8182838485868788; swl $t0, 3($t2); swr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x8788a5a5a5a5a5a5); ld $t3, 8($t1))
TEST_CASE(119, $t3, 0x5a5a5a5a5a858687, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 7; dli $t0, 0x8182838485868788; swl $t0, 3($t2); swr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x88a5a5a5a5a5a5a5); ld $t3, 8($t1))
TEST_CASE(120, $t3, 0x5a5a5a5a5a5a5a5a, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 0; dli $t0, 0x8182838485868788; sdl $t0, 7($t2); sdr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x8182838485868788); ld $t3, 8($t1))
TEST_CASE(121, $t3, 0x5a5a5a5a5a5a5a81, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 1; dli $t0, 0x8182838485868788; sdl $t0, 7($t2); sdr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x82838485868788a5); ld $t3, 8($t1))
TEST_CASE(122, $t3, 0x5a5a5a5a5a5a8182, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 2; dli $t0, 0x8182838485868788; sdl $t0, 7($t2); sdr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x838485868788a5a5); ld $t3, 8($t1))
TEST_CASE(123, $t3, 0x5a5a5a5a5a818283, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 3; dli $t0, 0x8182838485868788; sdl $t0, 7($t2); sdr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x8485868788a5a5a5); ld $t3, 8($t1))
TEST_CASE(124, $t3, 0x5a5a5a5a81828384, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 4; dli $t0, 0x8182838485868788; sdl $t0, 7($t2); sdr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x85868788a5a5a5a5); ld $t3, 8($t1))
TEST_CASE(125, $t3, 0x5a5a5a8182838485, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 5; dli $t0, 0x8182838485868788; sdl $t0, 7($t2); sdr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x868788a5a5a5a5a5); ld $t3, 8($t1))
TEST_CASE(126, $t3, 0x5a5a818283848586, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 6; dli $t0, 0x8182838485868788; sdl $t0, 7($t2); sdr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x8788a5a5a5a5a5a5); ld $t3, 8($t1))
TEST_CASE(127, $t3, 0x5a81828384858687, dla $t1, ubuf; dli $t3, 0xa5a5a5a5a5a5a5a5; sd $t3, 0($t1); dli $t3, 0x5a5a5a5a5a5a5a5a; sd $t3, 8($t1); daddiu $t2, $t1, 7; dli $t0, 0x8182838485868788; sdl $t0, 7($t2); sdr $t0, 0($t2); ld $t3, 0($t1); CHECK($t3, 0x88a5a5a5a5a5a5a5); ld $t3, 8($t1))

TEST_END

.data
        .balign 16
udat:
        .byte 0x01, 0x82, 0x03, 0x84, 0x05, 0x86, 0x07, 0x88
        .byte 0x89, 0x0a, 0x8b, 0x0c, 0x8d, 0x0e, 0x8f, 0x10
        .byte 0x91, 0x12, 0x93, 0x14, 0x95, 0x16, 0x97, 0x18
        .balign 16
ubuf:
        .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
        .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
        .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
        .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
