/*
 * kernels/guest_stub.S - the guest's general exception vector (guest
 * EBase + 0x180) while the guest kernel is the Python model: every guest
 * exception but the TLB refill (kernels/refill.S, at guest EBase + 0x000 and
 * + 0x080) comes back to the host as a HYPCALL exit (GExcCode HC), and the
 * guest kernel model serves it from the guest CP0 (Cause, EPC, BadVAddr).
 * The model returns straight to the guest program, as the guest's own ERET
 * would; the ERET here is reached only if it resumes after the HYPCALL.
 */
	.set	noreorder
	.set	noat
	.set	mips64r5
	.set	virt
	.text
	.globl	guest_general
guest_general:
	hypcall	1			/* code 1: a guest exception for the kernel model */
	eret
