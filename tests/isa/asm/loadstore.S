/* aligned loads and stores of every width and sign: lb lbu lh lhu lw lwu ld sb sh sw sd
 * (expected values listed explicitly; checked against qemu-mips64el) */
#include "test_macros.h"

TEST_BEGIN


/* ---- lb ---- */
TEST_LD(2, lb, 0x10, tdat, 0, 0, -1)
TEST_LD(3, lb, 0xffffffffffffff80, tdat, 0, 7, -1)
TEST_LD(4, lb, 0x0, tdat, 0, 8, -1)
TEST_LD(5, lb, 0x1, tdat, 0, 9, -1)
TEST_LD(6, lb, 0x7e, tdat, 0, 10, -1)
TEST_LD(7, lb, 0x7f, tdat, 0, 11, -1)
TEST_LD(8, lb, 0xfffffffffffffffc, tdat, 0, 12, -1)
TEST_LD(9, lb, 0xffffffffffffffff, tdat, 0, 15, -1)
TEST_LD(10, lb, 0xffffffffffffffff, tdat, 0, 16, -1)
TEST_LD(11, lb, 0x0, tdat, 0, 20, -1)
TEST_LD(12, lb, 0xffffffffffffff80, tdat, 0, 27, -1)
TEST_LD(13, lb, 0x7f, tdat, 0, 31, -1)
TEST_LD(14, lb, 0x10, tdat, 16, -16, 85)
TEST_LD(15, lb, 0x0, tdat, 16, -8, 85)
TEST_LD(16, lb, 0xffffffffffffffff, tdat, 16, -1, 85)
TEST_CASE(17, $zero, 0, dla $t1, tdat; lb $zero, 8($t1))

/* ---- lbu ---- */
TEST_LD(18, lbu, 0x10, tdat, 0, 0, -1)
TEST_LD(19, lbu, 0x80, tdat, 0, 7, -1)
TEST_LD(20, lbu, 0x0, tdat, 0, 8, -1)
TEST_LD(21, lbu, 0x1, tdat, 0, 9, -1)
TEST_LD(22, lbu, 0x7e, tdat, 0, 10, -1)
TEST_LD(23, lbu, 0x7f, tdat, 0, 11, -1)
TEST_LD(24, lbu, 0xfc, tdat, 0, 12, -1)
TEST_LD(25, lbu, 0xff, tdat, 0, 15, -1)
TEST_LD(26, lbu, 0xff, tdat, 0, 16, -1)
TEST_LD(27, lbu, 0x0, tdat, 0, 20, -1)
TEST_LD(28, lbu, 0x80, tdat, 0, 27, -1)
TEST_LD(29, lbu, 0x7f, tdat, 0, 31, -1)
TEST_LD(30, lbu, 0x10, tdat, 16, -16, 85)
TEST_LD(31, lbu, 0x0, tdat, 16, -8, 85)
TEST_LD(32, lbu, 0xff, tdat, 16, -1, 85)
TEST_CASE(33, $zero, 0, dla $t1, tdat; lbu $zero, 8($t1))

/* ---- lh ---- */
TEST_LD(34, lh, 0x2010, tdat, 0, 0, -1)
TEST_LD(35, lh, 0x4030, tdat, 0, 2, -1)
TEST_LD(36, lh, 0x6050, tdat, 0, 4, -1)
TEST_LD(37, lh, 0xffffffffffff8070, tdat, 0, 6, -1)
TEST_LD(38, lh, 0x100, tdat, 0, 8, -1)
TEST_LD(39, lh, 0x7f7e, tdat, 0, 10, -1)
TEST_LD(40, lh, 0xfffffffffffffdfc, tdat, 0, 12, -1)
TEST_LD(41, lh, 0xfffffffffffffffe, tdat, 0, 14, -1)
TEST_LD(42, lh, 0xffffffffffffffff, tdat, 0, 16, -1)
TEST_LD(43, lh, 0xffffffffffffffff, tdat, 0, 18, -1)
TEST_LD(44, lh, 0x0, tdat, 0, 20, -1)
TEST_LD(45, lh, 0x0, tdat, 0, 22, -1)
TEST_LD(46, lh, 0x0, tdat, 0, 24, -1)
TEST_LD(47, lh, 0xffffffffffff8000, tdat, 0, 26, -1)
TEST_LD(48, lh, 0xffffffffffffffff, tdat, 0, 28, -1)
TEST_LD(49, lh, 0x7fff, tdat, 0, 30, -1)
TEST_LD(50, lh, 0x2010, tdat, 16, -16, 85)
TEST_LD(51, lh, 0x100, tdat, 16, -8, 85)
TEST_LD(52, lh, 0xfffffffffffffffe, tdat, 16, -2, 85)
TEST_CASE(53, $zero, 0, dla $t1, tdat; lh $zero, 8($t1))

/* ---- lhu ---- */
TEST_LD(54, lhu, 0x2010, tdat, 0, 0, -1)
TEST_LD(55, lhu, 0x4030, tdat, 0, 2, -1)
TEST_LD(56, lhu, 0x6050, tdat, 0, 4, -1)
TEST_LD(57, lhu, 0x8070, tdat, 0, 6, -1)
TEST_LD(58, lhu, 0x100, tdat, 0, 8, -1)
TEST_LD(59, lhu, 0x7f7e, tdat, 0, 10, -1)
TEST_LD(60, lhu, 0xfdfc, tdat, 0, 12, -1)
TEST_LD(61, lhu, 0xfffe, tdat, 0, 14, -1)
TEST_LD(62, lhu, 0xffff, tdat, 0, 16, -1)
TEST_LD(63, lhu, 0xffff, tdat, 0, 18, -1)
TEST_LD(64, lhu, 0x0, tdat, 0, 20, -1)
TEST_LD(65, lhu, 0x0, tdat, 0, 22, -1)
TEST_LD(66, lhu, 0x0, tdat, 0, 24, -1)
TEST_LD(67, lhu, 0x8000, tdat, 0, 26, -1)
TEST_LD(68, lhu, 0xffff, tdat, 0, 28, -1)
TEST_LD(69, lhu, 0x7fff, tdat, 0, 30, -1)
TEST_LD(70, lhu, 0x2010, tdat, 16, -16, 85)
TEST_LD(71, lhu, 0x100, tdat, 16, -8, 85)
TEST_LD(72, lhu, 0xfffe, tdat, 16, -2, 85)
TEST_CASE(73, $zero, 0, dla $t1, tdat; lhu $zero, 8($t1))

/* ---- lw ---- */
TEST_LD(74, lw, 0x40302010, tdat, 0, 0, -1)
TEST_LD(75, lw, 0xffffffff80706050, tdat, 0, 4, -1)
TEST_LD(76, lw, 0x7f7e0100, tdat, 0, 8, -1)
TEST_LD(77, lw, 0xfffffffffffefdfc, tdat, 0, 12, -1)
TEST_LD(78, lw, 0xffffffffffffffff, tdat, 0, 16, -1)
TEST_LD(79, lw, 0x0, tdat, 0, 20, -1)
TEST_LD(80, lw, 0xffffffff80000000, tdat, 0, 24, -1)
TEST_LD(81, lw, 0x7fffffff, tdat, 0, 28, -1)
TEST_LD(82, lw, 0x40302010, tdat, 16, -16, 85)
TEST_LD(83, lw, 0x7f7e0100, tdat, 16, -8, 85)
TEST_LD(84, lw, 0xfffffffffffefdfc, tdat, 16, -4, 85)
TEST_CASE(85, $zero, 0, dla $t1, tdat; lw $zero, 8($t1))

/* ---- lwu ---- */
TEST_LD(86, lwu, 0x40302010, tdat, 0, 0, -1)
TEST_LD(87, lwu, 0x80706050, tdat, 0, 4, -1)
TEST_LD(88, lwu, 0x7f7e0100, tdat, 0, 8, -1)
TEST_LD(89, lwu, 0xfffefdfc, tdat, 0, 12, -1)
TEST_LD(90, lwu, 0xffffffff, tdat, 0, 16, -1)
TEST_LD(91, lwu, 0x0, tdat, 0, 20, -1)
TEST_LD(92, lwu, 0x80000000, tdat, 0, 24, -1)
TEST_LD(93, lwu, 0x7fffffff, tdat, 0, 28, -1)
TEST_LD(94, lwu, 0x40302010, tdat, 16, -16, 85)
TEST_LD(95, lwu, 0x7f7e0100, tdat, 16, -8, 85)
TEST_LD(96, lwu, 0xfffefdfc, tdat, 16, -4, 85)
TEST_CASE(97, $zero, 0, dla $t1, tdat; lwu $zero, 8($t1))

/* ---- ld ---- */
TEST_LD(98, ld, 0x8070605040302010, tdat, 0, 0, -1)
TEST_LD(99, ld, 0xfffefdfc7f7e0100, tdat, 0, 8, -1)
TEST_LD(100, ld, 0xffffffff, tdat, 0, 16, -1)
TEST_LD(101, ld, 0x7fffffff80000000, tdat, 0, 24, -1)
TEST_LD(102, ld, 0x8070605040302010, tdat, 16, -16, 85)
TEST_LD(103, ld, 0xfffefdfc7f7e0100, tdat, 16, -8, 85)
TEST_LD(104, ld, 0xfffefdfc7f7e0100, tdat, 16, -8, 85)
TEST_CASE(105, $zero, 0, dla $t1, tdat; ld $zero, 8($t1))

/* ---- sb ---- */
TEST_ST(106, sb, 0xa5a5a5a5a5a5a588, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 0, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(107, sb, 0xa5a5a5a5a5a588a5, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 1, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(108, sb, 0xa588a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 6, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(109, sb, 0x88a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 7, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(110, sb, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a88, sbuf, 0, 8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(111, sb, 0xa5a5a5a5a5a5a5a5, 0x885a5a5a5a5a5a5a, sbuf, 0, 15, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(112, sb, 0xa5a5a5a5a5a5a588, 0x5a5a5a5a5a5a5a5a, sbuf, 8, -8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(113, sb, 0x88a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 8, -1, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)

/* ---- sh ---- */
TEST_ST(114, sh, 0xa5a5a5a5a5a58788, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 0, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(115, sh, 0xa5a5a5a58788a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 2, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(116, sh, 0xa5a58788a5a5a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 4, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(117, sh, 0x8788a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 6, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(118, sh, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a8788, sbuf, 0, 8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(119, sh, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a87885a5a, sbuf, 0, 10, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(120, sh, 0xa5a5a5a5a5a5a5a5, 0x5a5a87885a5a5a5a, sbuf, 0, 12, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(121, sh, 0xa5a5a5a5a5a5a5a5, 0x87885a5a5a5a5a5a, sbuf, 0, 14, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(122, sh, 0xa5a5a5a5a5a58788, 0x5a5a5a5a5a5a5a5a, sbuf, 8, -8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(123, sh, 0x8788a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 8, -2, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)

/* ---- sw ---- */
TEST_ST(124, sw, 0xa5a5a5a585868788, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 0, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(125, sw, 0x85868788a5a5a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 4, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(126, sw, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a85868788, sbuf, 0, 8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(127, sw, 0xa5a5a5a5a5a5a5a5, 0x858687885a5a5a5a, sbuf, 0, 12, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(128, sw, 0xa5a5a5a585868788, 0x5a5a5a5a5a5a5a5a, sbuf, 8, -8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(129, sw, 0x85868788a5a5a5a5, 0x5a5a5a5a5a5a5a5a, sbuf, 8, -4, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)

/* ---- sd ---- */
TEST_ST(130, sd, 0x8182838485868788, 0x5a5a5a5a5a5a5a5a, sbuf, 0, 0, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(131, sd, 0xa5a5a5a5a5a5a5a5, 0x8182838485868788, sbuf, 0, 8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(132, sd, 0x8182838485868788, 0x5a5a5a5a5a5a5a5a, sbuf, 8, -8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)
TEST_ST(133, sd, 0x8182838485868788, 0x5a5a5a5a5a5a5a5a, sbuf, 8, -8, 0x8182838485868788, 0xa5a5a5a5a5a5a5a5, 0x5a5a5a5a5a5a5a5a)

/* ---- store then load back with sign/zero extension ---- */
TEST_CASE(134, $t0, 0xffffffffffffff80, dla $t1, sbuf; dli $t2, 0x5500000000000080; sb $t2, 8($t1); lb $t0, 8($t1))
TEST_CASE(135, $t0, 0x7f, dla $t1, sbuf; dli $t2, 0x550000000000007f; sb $t2, 8($t1); lb $t0, 8($t1))
TEST_CASE(136, $t0, 0x0, dla $t1, sbuf; dli $t2, 0x5500000000000000; sb $t2, 8($t1); lb $t0, 8($t1))
TEST_CASE(137, $t0, 0x21, dla $t1, sbuf; dli $t2, 0x5500000000000021; sb $t2, 8($t1); lb $t0, 8($t1))
TEST_CASE(138, $t0, 0x0, dla $t1, sbuf; dli $t2, 0x5500000000000000; sb $t2, 8($t1); lb $t0, 8($t1))
TEST_CASE(139, $t0, 0x80, dla $t1, sbuf; dli $t2, 0x5500000000000080; sb $t2, 8($t1); lbu $t0, 8($t1))
TEST_CASE(140, $t0, 0x7f, dla $t1, sbuf; dli $t2, 0x550000000000007f; sb $t2, 8($t1); lbu $t0, 8($t1))
TEST_CASE(141, $t0, 0x0, dla $t1, sbuf; dli $t2, 0x5500000000000000; sb $t2, 8($t1); lbu $t0, 8($t1))
TEST_CASE(142, $t0, 0x21, dla $t1, sbuf; dli $t2, 0x5500000000000021; sb $t2, 8($t1); lbu $t0, 8($t1))
TEST_CASE(143, $t0, 0x0, dla $t1, sbuf; dli $t2, 0x5500000000000000; sb $t2, 8($t1); lbu $t0, 8($t1))
TEST_CASE(144, $t0, 0x80, dla $t1, sbuf; dli $t2, 0x5500000000000080; sh $t2, 8($t1); lh $t0, 8($t1))
TEST_CASE(145, $t0, 0x7f, dla $t1, sbuf; dli $t2, 0x550000000000007f; sh $t2, 8($t1); lh $t0, 8($t1))
TEST_CASE(146, $t0, 0xffffffffffff8000, dla $t1, sbuf; dli $t2, 0x5500000000008000; sh $t2, 8($t1); lh $t0, 8($t1))
TEST_CASE(147, $t0, 0x4321, dla $t1, sbuf; dli $t2, 0x5500000000004321; sh $t2, 8($t1); lh $t0, 8($t1))
TEST_CASE(148, $t0, 0x0, dla $t1, sbuf; dli $t2, 0x5500000000000000; sh $t2, 8($t1); lh $t0, 8($t1))
TEST_CASE(149, $t0, 0x80, dla $t1, sbuf; dli $t2, 0x5500000000000080; sh $t2, 8($t1); lhu $t0, 8($t1))
TEST_CASE(150, $t0, 0x7f, dla $t1, sbuf; dli $t2, 0x550000000000007f; sh $t2, 8($t1); lhu $t0, 8($t1))
TEST_CASE(151, $t0, 0x8000, dla $t1, sbuf; dli $t2, 0x5500000000008000; sh $t2, 8($t1); lhu $t0, 8($t1))
TEST_CASE(152, $t0, 0x4321, dla $t1, sbuf; dli $t2, 0x5500000000004321; sh $t2, 8($t1); lhu $t0, 8($t1))
TEST_CASE(153, $t0, 0x0, dla $t1, sbuf; dli $t2, 0x5500000000000000; sh $t2, 8($t1); lhu $t0, 8($t1))
TEST_CASE(154, $t0, 0x80, dla $t1, sbuf; dli $t2, 0x5500000000000080; sw $t2, 8($t1); lw $t0, 8($t1))
TEST_CASE(155, $t0, 0x7f, dla $t1, sbuf; dli $t2, 0x550000000000007f; sw $t2, 8($t1); lw $t0, 8($t1))
TEST_CASE(156, $t0, 0xffffffffffff8000, dla $t1, sbuf; dli $t2, 0x55000000ffff8000; sw $t2, 8($t1); lw $t0, 8($t1))
TEST_CASE(157, $t0, 0xffffffff87654321, dla $t1, sbuf; dli $t2, 0x5500000087654321; sw $t2, 8($t1); lw $t0, 8($t1))
TEST_CASE(158, $t0, 0x0, dla $t1, sbuf; dli $t2, 0x5500000000000000; sw $t2, 8($t1); lw $t0, 8($t1))
TEST_CASE(159, $t0, 0x80, dla $t1, sbuf; dli $t2, 0x5500000000000080; sw $t2, 8($t1); lwu $t0, 8($t1))
TEST_CASE(160, $t0, 0x7f, dla $t1, sbuf; dli $t2, 0x550000000000007f; sw $t2, 8($t1); lwu $t0, 8($t1))
TEST_CASE(161, $t0, 0xffff8000, dla $t1, sbuf; dli $t2, 0x55000000ffff8000; sw $t2, 8($t1); lwu $t0, 8($t1))
TEST_CASE(162, $t0, 0x87654321, dla $t1, sbuf; dli $t2, 0x5500000087654321; sw $t2, 8($t1); lwu $t0, 8($t1))
TEST_CASE(163, $t0, 0x0, dla $t1, sbuf; dli $t2, 0x5500000000000000; sw $t2, 8($t1); lwu $t0, 8($t1))
TEST_CASE(164, $t0, 0x80, dla $t1, sbuf; dli $t2, 0x80; sd $t2, 8($t1); ld $t0, 8($t1))
TEST_CASE(165, $t0, 0x7f, dla $t1, sbuf; dli $t2, 0x7f; sd $t2, 8($t1); ld $t0, 8($t1))
TEST_CASE(166, $t0, 0xffff8000, dla $t1, sbuf; dli $t2, 0xffff8000; sd $t2, 8($t1); ld $t0, 8($t1))
TEST_CASE(167, $t0, 0x87654321, dla $t1, sbuf; dli $t2, 0x87654321; sd $t2, 8($t1); ld $t0, 8($t1))
TEST_CASE(168, $t0, 0x8000000000000000, dla $t1, sbuf; dli $t2, 0x8000000000000000; sd $t2, 8($t1); ld $t0, 8($t1))

TEST_END

.data
        .balign 16
tdat:
        .byte 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80
        .byte 0x00, 0x01, 0x7e, 0x7f, 0xfc, 0xfd, 0xfe, 0xff
        .byte 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00
        .byte 0x00, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0x7f
        .balign 16
sbuf:
        .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
        .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
        .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
        .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
