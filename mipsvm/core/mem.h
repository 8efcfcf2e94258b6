/* Physical memory and user-address translation for the fast loop.
 *
 * The architectural page tables (Linux MIPS format, 16 KB pages, 3 levels;
 * see docs/memory.md) live in simulated physical memory and are written by the
 * Python host kernel. A host translation cache (TC) in front of them maps a
 * virtual page straight to a host pointer; it is a simulator artefact and is
 * flushed whenever the host kernel changes a mapping. */
#ifndef MIPSVM_MEM_H
#define MIPSVM_MEM_H
#include <stdint.h>
#include <string.h>
#include "cpu.h"

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

#define PAGE_SHIFT 14
#define PAGE_SIZE  (1ULL << PAGE_SHIFT)
#define PMD_SHIFT  25                    /* one PMD entry covers 32 MB */
#define PGDIR_SHIFT 36
#define PTRS_PER_TABLE 2048
#define USER_VA_BITS 47                  /* what a 3-level 16 KB table covers */
#define PABITS 48
#define PA_MASK ((1ULL << PABITS) - 1)

/* Linux pgtable-bits.h, 64-bit with RIXI and huge-TLB support. */
#define _PAGE_PRESENT  (1ULL << 0)
#define _PAGE_WRITE    (1ULL << 1)
#define _PAGE_ACCESSED (1ULL << 2)
#define _PAGE_MODIFIED (1ULL << 3)
#define _PAGE_HUGE     (1ULL << 4)
#define _PAGE_SPECIAL  (1ULL << 5)
#define _PAGE_NO_EXEC  (1ULL << 6)
#define _PAGE_NO_READ  (1ULL << 7)
#define _PAGE_GLOBAL   (1ULL << 8)
#define _PAGE_VALID    (1ULL << 9)
#define _PAGE_DIRTY    (1ULL << 10)
#define PFN_PTE_SHIFT  16

#define TC_BITS 12
#define TC_SIZE (1u << TC_BITS)
#define TC_MASK (TC_SIZE - 1)
#define TC_INVALID (~0ULL)

enum { ACC_LOAD = 0, ACC_STORE = 1, ACC_FETCH = 2 };

typedef struct TCEntry {
    uint64_t vpage;   /* va >> PAGE_SHIFT, TC_INVALID when empty */
    uint64_t addend;  /* host address - va */
} TCEntry;

/* A direct-mapped cache from instruction word to op id. Keyed by the word
 * itself, so it needs no invalidation when code changes. */
#define DC_BITS 16
#define DC_SIZE (1u << DC_BITS)
typedef struct DCEntry {
    uint32_t w;
    uint32_t op;
} DCEntry;

typedef struct Machine {
    CPUState s;
    uint8_t *pmem;
    uint64_t pmem_size;
    uint64_t pgd_pa;           /* physical address of the current PGD */
    uint64_t code_vpage;       /* fetch fast path: page of the current code */
    uint64_t code_addend;
    uint64_t stat_tc_miss;     /* translation-cache refills (simulator cost only) */
    uint64_t stat_walks;
    TCEntry tc[3][TC_SIZE];    /* indexed by ACC_* */
    DCEntry dcache[DC_SIZE];   /* decoded-word cache, see exec.h */
} Machine;

static inline void tc_flush(Machine *m)
{
    memset(m->tc, 0xff, sizeof(m->tc));
    m->code_vpage = TC_INVALID;
}

static inline void tc_flush_page(Machine *m, uint64_t va)
{
    uint64_t vp = va >> PAGE_SHIFT;
    for (int a = 0; a < 3; a++)
        if (m->tc[a][vp & TC_MASK].vpage == vp)
            m->tc[a][vp & TC_MASK].vpage = TC_INVALID;
    if (m->code_vpage == vp)
        m->code_vpage = TC_INVALID;
}

/* Bounds-checked physical 64-bit load; returns 0 and sets *ok=0 past the end. */
static inline uint64_t phys_ld64(const Machine *m, uint64_t pa, int *ok)
{
    uint64_t v;
    if (pa > m->pmem_size - 8 || (pa & 7)) { *ok = 0; return 0; }
    memcpy(&v, m->pmem + pa, 8);
    return v;
}

/* Page-table pointers hold kernel virtual addresses (xkphys, like Linux's
 * PAGE_OFFSET); the walker needs the physical address behind them. */
static inline uint64_t kva_to_pa(uint64_t kva) { return kva & PA_MASK; }

/* Walk the Linux page tables for va. Returns 0 and the PTE (for a huge PMD the
 * PMD value, with *huge=1), or an EXC_* code for a fault the kernel must see:
 * EXC_ADEL/ADES out of range, EXC_DBE when a table pointer leaves memory. */
static inline int pt_walk(const Machine *m, uint64_t va, uint64_t *pte, int *huge, int store)
{
    int ok = 1;
    if (va >> USER_VA_BITS)
        return store ? EXC_ADES : EXC_ADEL;
    uint64_t pmd_tab = kva_to_pa(phys_ld64(m, m->pgd_pa + ((va >> PGDIR_SHIFT) & (PTRS_PER_TABLE - 1)) * 8, &ok));
    uint64_t pmd = phys_ld64(m, pmd_tab + ((va >> PMD_SHIFT) & (PTRS_PER_TABLE - 1)) * 8, &ok);
    if (!ok) return EXC_DBE;
    if (pmd & _PAGE_HUGE) { *pte = pmd; *huge = 1; return 0; }
    *huge = 0;
    *pte = phys_ld64(m, kva_to_pa(pmd) + ((va >> PAGE_SHIFT) & (PTRS_PER_TABLE - 1)) * 8, &ok);
    return ok ? 0 : EXC_DBE;
}

/* Physical address of va's 16 KB page from its PTE (or huge PMD). */
static inline uint64_t pte_page_pa(uint64_t pte, int huge, uint64_t va)
{
    uint64_t base = ((pte >> PFN_PTE_SHIFT) << PAGE_SHIFT) & PA_MASK;
    if (huge)
        base = (base & ~((1ULL << PMD_SHIFT) - 1)) | (va & ((1ULL << PMD_SHIFT) - 1) & ~(PAGE_SIZE - 1));
    return base;
}

/* Permission check in the order the TLB applies it (MIPS64 PRA 4.x):
 * V=0 -> TLBL/TLBS, XI on fetch / RI on load -> TLBL (Linux's handle_tlbl),
 * D=0 on store -> Modified. */
static inline int pte_check(uint64_t pte, int acc)
{
    if (!(pte & _PAGE_VALID))
        return acc == ACC_STORE ? EXC_TLBS : EXC_TLBL;
    if (acc == ACC_FETCH && (pte & _PAGE_NO_EXEC)) return EXC_TLBL;
    if (acc == ACC_LOAD && (pte & _PAGE_NO_READ)) return EXC_TLBL;
    if (acc == ACC_STORE && !(pte & _PAGE_DIRTY)) return EXC_MOD;
    return 0;
}

/* Translation-cache miss: walk, check, fill. Returns 0 or an EXC_* code. */
static int tc_fill(Machine *m, uint64_t va, int acc)
{
    uint64_t pte;
    int huge, exc;
    m->stat_walks++;
    exc = pt_walk(m, va, &pte, &huge, acc == ACC_STORE);
    if (exc) return exc == EXC_ADEL && acc == ACC_FETCH ? EXC_ADEL : exc;
    exc = pte_check(pte, acc);
    if (exc) return exc;
    uint64_t pa = pte_page_pa(pte, huge, va);
    if (pa > m->pmem_size - PAGE_SIZE)
        return acc == ACC_FETCH ? EXC_IBE : EXC_DBE;
    uint64_t vp = va >> PAGE_SHIFT;
    TCEntry *e = &m->tc[acc][vp & TC_MASK];
    e->vpage = vp;
    e->addend = (uint64_t)(uintptr_t)(m->pmem + pa) - (vp << PAGE_SHIFT);
    m->stat_tc_miss++;
    return 0;
}

/* Host pointer for va, or NULL with *exc set. */
static inline uint8_t *vtrans(Machine *m, uint64_t va, int acc, int *exc)
{
    uint64_t vp = va >> PAGE_SHIFT;
    TCEntry *e = &m->tc[acc][vp & TC_MASK];
    if (likely(e->vpage == vp))
        return (uint8_t *)(uintptr_t)(va + e->addend);
    *exc = tc_fill(m, va, acc);
    if (*exc) return NULL;
    return (uint8_t *)(uintptr_t)(va + e->addend);
}

#endif
