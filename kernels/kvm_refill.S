/*
 * kernels/kvm_refill.S - the root TLB refill handler while a guest runs: the
 * GPA->HPA stage (arch/mips/kvm/entry.c kvm_mips_build_tlb_refill_exception;
 * ../shared/reference/linux-mips-kvm.md section 4.2, in our own code).
 *
 * Installed at the KVM EBase, which root uses while the VM runs. BadVAddr is
 * the GPA (GuestCtl0.GExcCode = GPA). Root and guest share the GPRs, so the
 * guest's k0/k1 are saved in root KScratch3/KScratch4 ($31,4 / $31,5) and
 * restored before ERET back into the guest.
 *   KScratch1 ($31,2): the GPA page table's PGD (xkphys), Linux's layout.
 *   KScratch5 ($31,6) non-zero: count huge GPA refills in KScratch6 ($31,7).
 * Huge GPA mappings (a PMD with _PAGE_HUGE) follow LoongArch KVM's rule
 * (mainline MIPS KVM has none); the KVM model only makes them when HVA and GPA
 * are congruent modulo 32 MB (docs/vz.md).
 */
	.set	noreorder
	.set	noat
	.set	mips64r2
	.text
	.globl	kvm_refill_base
kvm_refill_base:

/* +0x000: a huge GPA mapping. k1 = &pmd[j]. */
gpa_huge:
	ld	$k0, 0($k1)		/* the PMD entry: a PTE with _PAGE_HUGE */
	lui	$k1, 4			/* 16 MB in EntryLo PFN units */
	drotr	$k0, $k0, 8		/* PTE -> EntryLo */
	dmtc0	$k0, $2			/* EntryLo0: low 16 MB */
	daddu	$k0, $k0, $k1
	dmtc0	$k0, $3			/* EntryLo1: high 16 MB */
	lui	$k0, 0x01ff
	ori	$k0, $k0, 0xe000
	mtc0	$k0, $5			/* PageMask: a 32 MB pair (VTLB) */
	tlbwr
	dmfc0	$k1, $31, 6		/* KScratch5: huge-refill counter on? */
	beqz	$k1, 1f
	 nop
	dmfc0	$k1, $31, 7		/* KScratch6 += 1 */
	daddiu	$k1, $k1, 1
	dmtc0	$k1, $31, 7
1:	ori	$k0, $zero, 0x6000
	mtc0	$k0, $5			/* PageMask back to 16 KB pages */
	dmfc0	$k0, $31, 5		/* the guest's k0 and k1 */
	dmfc0	$k1, $31, 4
	eret

	.org	0x80
/* +0x080: the refill vector (GPAs are in useg, root UX = 1: XTLB refill). */
gpa_refill:
	dmtc0	$k1, $31, 4		/* save the guest's k1 and k0 */
	dmtc0	$k0, $31, 5
	dmfc0	$k0, $8			/* BadVAddr: the GPA */
	dsrl	$k1, $k0, 47		/* beyond the 3-level table */
	bnez	$k1, gpa_none
	 dmfc0	$k1, $31, 2		/* KScratch1: the GPA PGD */
	dsrl	$k0, $k0, 33		/* PGD index * 8 */
	andi	$k0, $k0, 0x3ff8
	daddu	$k1, $k1, $k0
	dmfc0	$k0, $8
	ld	$k1, 0($k1)		/* PMD table */
	dsrl	$k0, $k0, 22		/* PMD index * 8 */
	andi	$k0, $k0, 0x3ff8
	daddu	$k1, $k1, $k0
	ld	$k0, 0($k1)
	andi	$k0, $k0, 0x10		/* _PAGE_HUGE */
	bnez	$k0, gpa_huge
	 dmfc0	$k0, $20		/* XContext: BadVPN2 at bit 4 */
	ld	$k1, 0($k1)		/* PTE table */
	dsrl	$k0, $k0, 2		/* pair offset: (GPA >> 15 & 0x3ff) * 16 */
	andi	$k0, $k0, 0x3ff0
	daddu	$k1, $k1, $k0
	ld	$k0, 0($k1)		/* even PTE */
	ld	$k1, 8($k1)		/* odd PTE */
	drotr	$k0, $k0, 8
	dmtc0	$k0, $2
	drotr	$k1, $k1, 8
	dmtc0	$k1, $3
	tlbwr				/* 16 KB pair -> FTLB */
	dmfc0	$k0, $31, 5
	dmfc0	$k1, $31, 4
	eret

/* +0x100 (the unused cache-error slot): no table covers the GPA; an invalid
 * pair, so the retried access takes a root TLBL/TLBS the KVM model serves. */
gpa_none:
	dmtc0	$zero, $2
	dmtc0	$zero, $3
	tlbwr
	dmfc0	$k0, $31, 5
	dmfc0	$k1, $31, 4
	eret
