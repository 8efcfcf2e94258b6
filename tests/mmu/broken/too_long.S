/* BROKEN on purpose, for tests/mmu/test_check_refill.py: 13 extra ehb on the huge path: 64 instructions (limit 63), still within 0x100 bytes.
 * Otherwise the same as kernels/refill.S. */
	.set	noreorder
	.set	noat
	.set	mips64r2
	.text
	.globl	refill_base
refill_base:

/* +0x000: huge PMD. k1 = &pmd[j]. */
tlb_huge_update:
	ld	$k0, 0($k1)		/* reload the PMD entry: a PTE with _PAGE_HUGE */
	lui	$k1, 4			/* 0x40000 = 16 MB in EntryLo PFN units */
	drotr	$k0, $k0, 8		/* PTE -> EntryLo (RI/XI to bits 63/62) */
	dmtc0	$k0, $2			/* EntryLo0: low 16 MB */
	daddu	$k0, $k0, $k1
	dmtc0	$k0, $3			/* EntryLo1: high 16 MB */
	lui	$k0, 0x01ff
	ori	$k0, $k0, 0xe000
	mtc0	$k0, $5			/* PageMask: 32 MB pair -> goes to the VTLB */
	ehb
	ehb
	ehb
	ehb
	ehb
	ehb
	ehb
	ehb
	ehb
	ehb
	ehb
	ehb
	ehb
	tlbwr
	dmfc0	$k1, $31, 6		/* KScratch5: huge-refill counter enabled? */
	beqz	$k1, 1f
	 nop
	dmfc0	$k1, $31, 7		/* KScratch6 += 1 */
	daddiu	$k1, $k1, 1
	dmtc0	$k1, $31, 7
1:	ori	$k0, $zero, 0x6000
	mtc0	$k0, $5			/* restore PageMask: 16 KB pages */
	eret

	.org	0x80
/* +0x080: the refill vector. */
tlb_refill:
	dmfc0	$k0, $8			/* BadVAddr */
	dsrl	$k1, $k0, 47		/* beyond 3 levels of 16 KB tables, or a kernel address */
	bnez	$k1, no_table
	 dmfc0	$k1, $31, 2		/* KScratch1: PGD */
	dsrl	$k0, $k0, 33		/* PGD index * 8: VA[46:36] << 3 */
	andi	$k0, $k0, 0x3ff8
	daddu	$k1, $k1, $k0
	dmfc0	$k0, $8
	ld	$k1, 0($k1)		/* PMD table (never NULL: invalid_pmd_table) */
	dsrl	$k0, $k0, 22		/* PMD index * 8: VA[35:25] << 3 */
	andi	$k0, $k0, 0x3ff8
	daddu	$k1, $k1, $k0
	ld	$k0, 0($k1)
	andi	$k0, $k0, 0x10		/* _PAGE_HUGE */
	bnez	$k0, tlb_huge_update
	 dmfc0	$k0, $20		/* XContext: BadVPN2 at bit 4 */
	ld	$k1, 0($k1)		/* PTE table (never NULL: invalid_pte_table) */
	dsrl	$k0, $k0, 2		/* even/odd pair offset: (VA >> 15 & 0x3ff) * 16 */
	andi	$k0, $k0, 0x3ff0
	daddu	$k1, $k1, $k0
	ld	$k0, 0($k1)		/* even PTE */
	ld	$k1, 8($k1)		/* odd PTE */
	drotr	$k0, $k0, 8
	dmtc0	$k0, $2
	drotr	$k1, $k1, 8
	dmtc0	$k1, $3
	tlbwr				/* PageMask 16 KB -> FTLB */
	eret

/* No table covers the address: an invalid pair, so the retried access takes
 * TLBL/TLBS and the kernel's fault path decides (large_segbits_fault). */
no_table:
	dmtc0	$zero, $2
	dmtc0	$zero, $3
	tlbwr
	eret
