/* conditional traps that must NOT fire: teq tne tge tgeu tlt tltu teqi tnei tgei tgeiu tlti tltiu
 * (a trap that fires kills the program with SIGTRAP/SIGFPE instead of exit 0)
 * (expected values listed explicitly; checked against qemu-mips64el) */
#include "test_macros.h"

TEST_BEGIN


/* ---- teq ---- */
TEST_CASE(2, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x1; teq $t1, $t2)
TEST_CASE(3, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x100000000; teq $t1, $t2, 7)
TEST_CASE(4, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; dli $t2, 0xffffffff; teq $t1, $t2, 0x3ff)
TEST_CASE(5, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; dli $t2, 0x8000000000000000; teq $t1, $t2)
TEST_CASE(6, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x0; teq $t1, $t2, 7)
TEST_CASE(7, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x100000000; teq $t1, $t2, 0x3ff)
TEST_CASE(8, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; dli $t2, 0xffffffff; teq $t1, $t2)
TEST_CASE(9, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff; dli $t2, 0xffffffffffffffff; teq $t1, $t2, 7)
TEST_CASE(10, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff80000000; dli $t2, 0x0; teq $t1, $t2, 0x3ff)
TEST_CASE(11, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff80000000; dli $t2, 0x100000000; teq $t1, $t2)
TEST_CASE(12, $t0, 119, dli $t0, 0x77; dli $t1, 0x100000000; dli $t2, 0x7fffffffffffffff; teq $t1, $t2, 7)
TEST_CASE(13, $t0, 119, dli $t0, 0x77; dli $t1, 0x5; dli $t2, 0xffffffffffffffff; teq $t1, $t2, 0x3ff)

/* ---- tne ---- */
TEST_CASE(14, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x0; tne $t1, $t2)
TEST_CASE(15, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; dli $t2, 0x1; tne $t1, $t2, 7)
TEST_CASE(16, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; dli $t2, 0xffffffffffffffff; tne $t1, $t2, 0x3ff)
TEST_CASE(17, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x8000000000000000; tne $t1, $t2)
TEST_CASE(18, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; dli $t2, 0x7fffffffffffffff; tne $t1, $t2, 7)
TEST_CASE(19, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff; dli $t2, 0xffffffff; tne $t1, $t2, 0x3ff)
TEST_CASE(20, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff80000000; dli $t2, 0xffffffff80000000; tne $t1, $t2)
TEST_CASE(21, $t0, 119, dli $t0, 0x77; dli $t1, 0x100000000; dli $t2, 0x100000000; tne $t1, $t2, 7)
TEST_CASE(22, $t0, 119, dli $t0, 0x77; dli $t1, 0x5; dli $t2, 0x5; tne $t1, $t2, 0x3ff)
TEST_CASE(23, $t0, 119, dli $t0, 0x77; dli $t1, 5; tne $t1, $t1)

/* ---- tge ---- */
TEST_CASE(24, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x1; tge $t1, $t2)
TEST_CASE(25, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x100000000; tge $t1, $t2, 7)
TEST_CASE(26, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; dli $t2, 0xffffffff; tge $t1, $t2, 0x3ff)
TEST_CASE(27, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; dli $t2, 0x0; tge $t1, $t2)
TEST_CASE(28, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; dli $t2, 0xffffffff; tge $t1, $t2, 7)
TEST_CASE(29, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x0; tge $t1, $t2, 0x3ff)
TEST_CASE(30, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x7fffffffffffffff; tge $t1, $t2)
TEST_CASE(31, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x100000000; tge $t1, $t2, 7)
TEST_CASE(32, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff; dli $t2, 0x100000000; tge $t1, $t2, 0x3ff)
TEST_CASE(33, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff80000000; dli $t2, 0xffffffffffffffff; tge $t1, $t2)
TEST_CASE(34, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff80000000; dli $t2, 0x100000000; tge $t1, $t2, 7)
TEST_CASE(35, $t0, 119, dli $t0, 0x77; dli $t1, 0x5; dli $t2, 0x7fffffffffffffff; tge $t1, $t2, 0x3ff)

/* ---- tgeu ---- */
TEST_CASE(36, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x1; tgeu $t1, $t2)
TEST_CASE(37, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x7fffffffffffffff; tgeu $t1, $t2, 7)
TEST_CASE(38, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x100000000; tgeu $t1, $t2, 0x3ff)
TEST_CASE(39, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; dli $t2, 0x8000000000000000; tgeu $t1, $t2)
TEST_CASE(40, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; dli $t2, 0xffffffff80000000; tgeu $t1, $t2, 7)
TEST_CASE(41, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0xffffffffffffffff; tgeu $t1, $t2, 0x3ff)
TEST_CASE(42, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; dli $t2, 0x8000000000000000; tgeu $t1, $t2)
TEST_CASE(43, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff; dli $t2, 0x8000000000000000; tgeu $t1, $t2, 7)
TEST_CASE(44, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff; dli $t2, 0x100000000; tgeu $t1, $t2, 0x3ff)
TEST_CASE(45, $t0, 119, dli $t0, 0x77; dli $t1, 0x100000000; dli $t2, 0x8000000000000000; tgeu $t1, $t2)
TEST_CASE(46, $t0, 119, dli $t0, 0x77; dli $t1, 0x5; dli $t2, 0xffffffffffffffff; tgeu $t1, $t2, 7)
TEST_CASE(47, $t0, 119, dli $t0, 0x77; dli $t1, 0x5; dli $t2, 0xffffffff; tgeu $t1, $t2, 0x3ff)

/* ---- tlt ---- */
TEST_CASE(48, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x0; tlt $t1, $t2)
TEST_CASE(49, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0xffffffff80000000; tlt $t1, $t2, 7)
TEST_CASE(50, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; dli $t2, 0xffffffffffffffff; tlt $t1, $t2, 0x3ff)
TEST_CASE(51, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; dli $t2, 0xffffffffffffffff; tlt $t1, $t2)
TEST_CASE(52, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x8000000000000000; tlt $t1, $t2, 7)
TEST_CASE(53, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; dli $t2, 0xffffffffffffffff; tlt $t1, $t2, 0x3ff)
TEST_CASE(54, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; dli $t2, 0xffffffff; tlt $t1, $t2)
TEST_CASE(55, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; dli $t2, 0x5; tlt $t1, $t2, 7)
TEST_CASE(56, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff; dli $t2, 0xffffffffffffffff; tlt $t1, $t2, 0x3ff)
TEST_CASE(57, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff; dli $t2, 0xffffffff80000000; tlt $t1, $t2)
TEST_CASE(58, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff80000000; dli $t2, 0xffffffff80000000; tlt $t1, $t2, 7)
TEST_CASE(59, $t0, 119, dli $t0, 0x77; dli $t1, 0x100000000; dli $t2, 0xffffffffffffffff; tlt $t1, $t2, 0x3ff)
TEST_CASE(60, $t0, 119, dli $t0, 0x77; dli $t1, 5; tlt $t1, $t1)

/* ---- tltu ---- */
TEST_CASE(61, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; dli $t2, 0x0; tltu $t1, $t2)
TEST_CASE(62, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; dli $t2, 0x0; tltu $t1, $t2, 7)
TEST_CASE(63, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; dli $t2, 0x8000000000000000; tltu $t1, $t2, 0x3ff)
TEST_CASE(64, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; dli $t2, 0xffffffff80000000; tltu $t1, $t2)
TEST_CASE(65, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x0; tltu $t1, $t2, 7)
TEST_CASE(66, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x7fffffffffffffff; tltu $t1, $t2, 0x3ff)
TEST_CASE(67, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; dli $t2, 0x5; tltu $t1, $t2)
TEST_CASE(68, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; dli $t2, 0x7fffffffffffffff; tltu $t1, $t2, 7)
TEST_CASE(69, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; dli $t2, 0x5; tltu $t1, $t2, 0x3ff)
TEST_CASE(70, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff; dli $t2, 0xffffffff; tltu $t1, $t2)
TEST_CASE(71, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff80000000; dli $t2, 0x1; tltu $t1, $t2, 7)
TEST_CASE(72, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffff80000000; dli $t2, 0xffffffff; tltu $t1, $t2, 0x3ff)
TEST_CASE(73, $t0, 119, dli $t0, 0x77; dli $t1, 5; tltu $t1, $t1)

/* ---- teqi ---- */
TEST_CASE(74, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; teqi $t1, 1)
TEST_CASE(75, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; teqi $t1, 0)
TEST_CASE(76, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; teqi $t1, 0)
TEST_CASE(77, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; teqi $t1, 0)
TEST_CASE(78, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; teqi $t1, -32768)
TEST_CASE(79, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; teqi $t1, 32767)
TEST_CASE(80, $t0, 119, dli $t0, 0x77; dli $t1, 0xffff; teqi $t1, -1)
TEST_CASE(81, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffff8000; teqi $t1, 1)
TEST_CASE(82, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fff; teqi $t1, 1)
TEST_CASE(83, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000; teqi $t1, 1)

/* ---- tnei ---- */
TEST_CASE(84, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tnei $t1, 0)
TEST_CASE(85, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; tnei $t1, 1)
TEST_CASE(86, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; tnei $t1, -1)
TEST_CASE(87, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffff8000; tnei $t1, -32768)
TEST_CASE(88, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fff; tnei $t1, 32767)

/* ---- tgei ---- */
TEST_CASE(89, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tgei $t1, 1)
TEST_CASE(90, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tgei $t1, 32767)
TEST_CASE(91, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; tgei $t1, 32767)
TEST_CASE(92, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; tgei $t1, 0)
TEST_CASE(93, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; tgei $t1, 1)
TEST_CASE(94, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; tgei $t1, 32767)
TEST_CASE(95, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; tgei $t1, 0)
TEST_CASE(96, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; tgei $t1, 1)
TEST_CASE(97, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; tgei $t1, -1)
TEST_CASE(98, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; tgei $t1, 32767)

/* ---- tgeiu ---- */
TEST_CASE(99, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tgeiu $t1, 1)
TEST_CASE(100, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tgeiu $t1, -1)
TEST_CASE(101, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tgeiu $t1, 32767)
TEST_CASE(102, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tgeiu $t1, -32768)
TEST_CASE(103, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; tgeiu $t1, -1)
TEST_CASE(104, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; tgeiu $t1, 32767)
TEST_CASE(105, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; tgeiu $t1, -32768)
TEST_CASE(106, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; tgeiu $t1, -1)
TEST_CASE(107, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; tgeiu $t1, -32768)
TEST_CASE(108, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; tgeiu $t1, -1)

/* ---- tlti ---- */
TEST_CASE(109, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tlti $t1, 0)
TEST_CASE(110, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; tlti $t1, 0)
TEST_CASE(111, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; tlti $t1, -32768)
TEST_CASE(112, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; tlti $t1, 0)
TEST_CASE(113, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; tlti $t1, 32767)
TEST_CASE(114, $t0, 119, dli $t0, 0x77; dli $t1, 0xffff; tlti $t1, 1)
TEST_CASE(115, $t0, 119, dli $t0, 0x77; dli $t1, 0xffff; tlti $t1, -32768)
TEST_CASE(116, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fff; tlti $t1, 1)
TEST_CASE(117, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fff; tlti $t1, -32768)
TEST_CASE(118, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000; tlti $t1, -1)

/* ---- tltiu ---- */
TEST_CASE(119, $t0, 119, dli $t0, 0x77; dli $t1, 0x0; tltiu $t1, 0)
TEST_CASE(120, $t0, 119, dli $t0, 0x77; dli $t1, 0x1; tltiu $t1, 1)
TEST_CASE(121, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; tltiu $t1, 1)
TEST_CASE(122, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffffffff; tltiu $t1, 32767)
TEST_CASE(123, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; tltiu $t1, 0)
TEST_CASE(124, $t0, 119, dli $t0, 0x77; dli $t1, 0x8000000000000000; tltiu $t1, 32767)
TEST_CASE(125, $t0, 119, dli $t0, 0x77; dli $t1, 0x7fffffffffffffff; tltiu $t1, 1)
TEST_CASE(126, $t0, 119, dli $t0, 0x77; dli $t1, 0xffff; tltiu $t1, 0)
TEST_CASE(127, $t0, 119, dli $t0, 0x77; dli $t1, 0xffff; tltiu $t1, 32767)
TEST_CASE(128, $t0, 119, dli $t0, 0x77; dli $t1, 0xffffffffffff8000; tltiu $t1, 1)

TEST_END
