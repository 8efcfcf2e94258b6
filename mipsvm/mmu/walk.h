/* The ideal MMU (`--mmu ideal`): no TLB; a hardware page-table walker reads
 * Linux-format tables for every translation-cache miss and applies the TLB's
 * permission rules. The tables' layout (16 KB pages, 3 levels, PTE bits) comes
 * from mmu_gen.h, generated from mipsvm/host/pgtable.py, the one source the
 * host kernel writes them from. check-refill's reference walker is this one. */
#ifndef MIPSVM_MMU_WALK_H
#define MIPSVM_MMU_WALK_H
#include <stdint.h>
#include "phys.h"
#include "mmu_gen.h"
#include "cp0_gen.h"

enum { ACC_LOAD = 0, ACC_STORE = 1, ACC_FETCH = 2 };



/* Page-table pointers hold kernel virtual addresses (xkphys, like Linux's
 * PAGE_OFFSET); the walker needs the physical address behind them. */
static inline uint64_t kva_to_pa(uint64_t kva, uint64_t pamask) { return kva & pamask; }

/* Walk the tables at pgd for va. Returns 0 and the PTE (for a huge PMD the PMD
 * value, with *huge=1), or an EXC_* code for a fault the kernel must see:
 * EXC_ADEL/ADES out of range, EXC_DBE when a table pointer leaves memory. */
static inline int pt_walk(const PhysMem *p, uint64_t pgd, uint64_t pamask, uint64_t va,
                          uint64_t *pte, int *huge, int store)
{
    int ok = 1;
    if (va >= USER_VA_LIMIT)                   /* what three levels cover */
        return store ? EXC_ADES : EXC_ADEL;
    uint64_t pmd_tab = kva_to_pa(phys_ld64(p, pgd + ((va >> PGDIR_SHIFT) & (PTRS_PER_TABLE - 1)) * 8, &ok), pamask);
    uint64_t pmd = phys_ld64(p, pmd_tab + ((va >> PMD_SHIFT) & (PTRS_PER_TABLE - 1)) * 8, &ok);
    if (!ok) return EXC_DBE;
    if (pmd & _PAGE_HUGE) { *pte = pmd; *huge = 1; return 0; }
    *huge = 0;
    *pte = phys_ld64(p, kva_to_pa(pmd, pamask) + ((va >> PAGE_SHIFT) & (PTRS_PER_TABLE - 1)) * 8, &ok);
    return ok ? 0 : EXC_DBE;
}

/* Physical address of va's 16 KB page from its PTE (or huge PMD). */
static inline uint64_t pte_page_pa(uint64_t pte, int huge, uint64_t va, uint64_t pamask)
{
    uint64_t base = ((pte >> PFN_PTE_SHIFT) << PAGE_SHIFT) & pamask;
    if (huge)
        base = (base & ~((1ULL << PMD_SHIFT) - 1)) | (va & ((1ULL << PMD_SHIFT) - 1) & ~(PAGE_SIZE - 1));
    return base;
}

/* Permission check in the order the TLB applies it (PRA 4.x): V=0 ->
 * TLBL/TLBS, NO_EXEC on fetch / NO_READ on load -> TLBL (Linux's handle_tlbl),
 * no DIRTY on a store -> Modified. */
static inline int pte_check(uint64_t pte, int acc)
{
    if (!(pte & _PAGE_VALID))
        return acc == ACC_STORE ? EXC_TLBS : EXC_TLBL;
    if (acc == ACC_FETCH && (pte & _PAGE_NO_EXEC)) return EXC_TLBL;
    if (acc == ACC_LOAD && (pte & _PAGE_NO_READ)) return EXC_TLBL;
    if (acc == ACC_STORE && !(pte & _PAGE_DIRTY)) return EXC_MOD;
    return 0;
}

#endif
