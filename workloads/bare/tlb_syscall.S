/*
 * workloads/bare/tlb_syscall.S - a bare-metal kernel-mode program (mipsvm run
 * --bare): its own exception vectors at EBase, its own TLB refill handler,
 * its own SYSCALL handler. It runs unchanged in root mode and as the guest
 * kernel (--bare --mode guest).
 *
 * It maps useg 0x10000000.. to physical 0x300000.. through TLB refills,
 * stores and loads through that mapping, checks the same word through
 * ckseg0, takes three SYSCALLs, and ends with `sdbbp 1`, $a0 = 42 on
 * success (the exit convention: the simulator is the EJTAG probe).
 * Failures exit with 1..3, an unexpected exception with 0x80 | ExcCode.
 */
	.set	noreorder
	.set	noat
	.set	mips64r2
	.text
	.globl	vectors
vectors:				/* EBase: linked at ckseg0 + 1 MB */

/* +0x000 and +0x080: the TLB refill. VA 0x10000000 + x -> PA 0x300000 + x,
 * 16 KB pages, cacheable, dirty, valid, global. */
	.org	0x000
refill32:
	b	refill
	 nop
	.org	0x080
refill:
	dmfc0	$k0, $8			/* BadVAddr */
	dsrl	$k0, $k0, 15		/* the pair's even page */
	dsll	$k0, $k0, 15
	lui	$k1, 0x1000
	dsubu	$k0, $k0, $k1
	lui	$k1, 0x0030
	daddu	$k0, $k0, $k1		/* PA of the even page */
	dsrl	$k0, $k0, 12
	dsll	$k0, $k0, 6
	ori	$k0, $k0, 0x1f		/* C=3 D V G */
	dmtc0	$k0, $2
	daddiu	$k0, $k0, 0x100		/* + 16 KB */
	dmtc0	$k0, $3
	tlbwr
	eret

/* +0x180: the general vector: SYSCALL counts in $s0 and returns past it. */
	.org	0x180
general:
	mfc0	$k0, $13		/* Cause */
	andi	$k0, $k0, 0x7c
	li	$k1, 8 << 2		/* ExcCode Sys */
	bne	$k0, $k1, unexpected
	 nop
	dmfc0	$k0, $14
	daddiu	$k0, $k0, 4
	dmtc0	$k0, $14
	daddiu	$s0, $s0, 1
	eret
unexpected:
	srl	$a0, $k0, 2
	ori	$a0, $a0, 0x80
	sdbbp	1

	.org	0x400
	.globl	_start
_start:
	dla	$t0, vectors
	dmtc0	$t0, $15, 1		/* EBase */
	li	$t0, 0x6000
	mtc0	$t0, $5			/* PageMask: 16 KB pages */
	mtc0	$zero, $6		/* Wired 0 */
	li	$t0, 0xe0		/* KX SX UX; BEV = ERL = EXL = 0; kernel mode */
	mtc0	$t0, $12
	ehb
	move	$s0, $zero
	lui	$t1, 0x1000		/* useg 0x10000000: TLB-mapped */
	li	$t2, 0x1234
	sw	$t2, 0($t1)		/* TLB refill, then the store */
	sw	$t2, 0x4000($t1)	/* the odd page of the same pair */
	lw	$t3, 0($t1)
	bne	$t3, $t2, fail1
	 nop
	dli	$a4, 0xffffffff80304000	/* the same word through ckseg0 */
	lw	$a5, 0($a4)
	bne	$a5, $t2, fail2
	 nop
	syscall
	syscall
	syscall
	li	$t0, 3
	bne	$s0, $t0, fail3
	 nop
	li	$a0, 42
	sdbbp	1
fail1:	li	$a0, 1
	sdbbp	1
fail2:	li	$a0, 2
	sdbbp	1
fail3:	li	$a0, 3
	sdbbp	1
