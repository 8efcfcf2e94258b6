/*
 * workloads/bare/timer.S - a bare-metal program (mipsvm run --bare) that
 * takes timer interrupts at its own vector: Compare = Count + 500, three
 * times, counted in $s0 by the interrupt handler. It also reads PRId and
 * executes WAIT (in guest mode both exit to root, where the KVM model
 * emulates them: GPSI) and a HYPCALL in guest mode only (-ENOSYS in $v0).
 * Ends with `sdbbp 1`: $a0 = 3 (the interrupts) on success, 0x40 | n
 * when a check failed, 0x80 | ExcCode on an unexpected exception.
 */
	.set	noreorder
	.set	noat
	.set	mips64r5
	.set	virt
	.text
	.globl	vectors
vectors:
	.org	0x000
	b	refill
	 nop
	.org	0x080
refill:					/* no mapped addresses are used */
	li	$a0, 0x80 | 2
	sdbbp	1

	.org	0x180
general:
	mfc0	$k0, $13		/* Cause */
	andi	$k1, $k0, 0x7c
	bnez	$k1, unexpected		/* ExcCode 0: an interrupt */
	 nop
	daddiu	$s0, $s0, 1
	mfc0	$k0, $9			/* Count */
	addiu	$k0, $k0, 500
	mtc0	$k0, $11		/* Compare: clears Cause.TI */
	eret
unexpected:
	srl	$a0, $k1, 2
	ori	$a0, $a0, 0x80
	sdbbp	1

	.org	0x400
	.globl	_start
_start:
	dla	$t0, vectors
	dmtc0	$t0, $15, 1		/* EBase */
	mtc0	$zero, $13		/* Cause: IV = 0 (interrupts at +0x180) */
	li	$t0, 0xe0		/* KX SX UX; BEV = ERL = EXL = 0 */
	mtc0	$t0, $12
	ehb
	mfc0	$t1, $15		/* PRId (guest mode: GPSI, emulated) */
	beqz	$t1, fail1
	 nop
	mfc0	$t1, $16, 3		/* Config3.VZ (bit 23): set for root on a VZ CPU, clear in a guest */
	srl	$t1, $t1, 23
	andi	$t1, $t1, 1
	bnez	$t1, 1f
	 nop
	li	$v0, 0
	hypcall				/* a guest: the hypervisor knows no call, -ENOSYS */
	li	$t1, -38
	bne	$v0, $t1, fail2
	 nop
1:	move	$s0, $zero
	mfc0	$t0, $9
	addiu	$t0, $t0, 500
	mtc0	$t0, $11		/* the first deadline */
	li	$t0, 0xe0 | 0x8001	/* IM7 (the timer) and IE */
	mtc0	$t0, $12
	wait				/* guest mode: a GPSI that returns at once */
	li	$t2, 3
2:	bne	$s0, $t2, 2b		/* spin until three interrupts were counted */
	 nop
	mtc0	$zero, $12		/* interrupts off */
	ehb
	move	$a0, $s0
	sdbbp	1
fail1:	li	$a0, 0x41
	sdbbp	1
fail2:	li	$a0, 0x42
	sdbbp	1
