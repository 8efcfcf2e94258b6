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
#include "cp0.h"
#include "tlb.h"

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
    uint64_t vpage;         /* va >> PAGE_SHIFT, TC_INVALID when empty */
    uint64_t addend;        /* host address - va */
    const uint32_t *genp;   /* the micro-TLB slot it came from ... */
    uint32_t gen;           /* ... and that slot's generation: valid while equal */
    uint32_t pad;
} TCEntry;

/* A direct-mapped cache from instruction word to op id. Keyed by the word
 * itself, so it needs no invalidation when code changes. */
#define DC_BITS 16
#define DC_SIZE (1u << DC_BITS)
typedef struct DCEntry {
    uint32_t w;
    uint32_t op;
} DCEntry;

#define SEGBITS 48

typedef struct Machine {
    CPUState s;
    uint8_t *pmem;
    uint64_t pmem_size;
    uint64_t pgd_pa;           /* physical address of the current PGD (ideal-MMU mode) */
    uint64_t code_vpage;       /* fetch fast path: page of the current code */
    uint64_t code_addend;
    int code_uslot;            /* ITLB slot backing the code page, -1 if none */
    uint64_t stat_tc_miss;     /* translation-cache refills (simulator cost only) */
    uint64_t stat_walks;
    uint64_t stat_dacc;        /* data accesses (DTLB lookups) */
    /* tlb_mode 0: the "ideal MMU": misses walk the page tables in C.
     * tlb_mode 1: the architectural TLB; misses take the refill exception and
     * the assembly handler at EBase+0x080 runs inside the simulator. */
    int tlb_mode;
    int kmode;                 /* kernel mode (EXL, ERL or KSU=0) */
    int in_refill;             /* between refill-vector entry and its ERET */
    int refill_pending;        /* the last translation failure had no JTLB match */
    uint64_t cp0[256];         /* root CP0, reg*8+sel */
    uint64_t cp0_wmask[256];
    uint64_t perf_base[4];     /* PerfCnt value = event count - base */
    uint64_t lat_utlb_miss, lat_exc, lat_eret;   /* stall cycles */
    uint64_t exc_taken[32];    /* exceptions by ExcCode, tlb mode */
    uint64_t timer_icount;     /* icount at which Count reaches Compare (~0: off) */
    uint32_t count_offset;     /* Count = cycles / 2 + count_offset (set by writes to Count) */
    uint32_t zero_gen;
    TLBState tlb;
    TCEntry tc[2][3][TC_SIZE]; /* [kmode][ACC_*] */
    DCEntry dcache[DC_SIZE];   /* decoded-word cache, see exec.h */
} Machine;

static inline void tc_flush(Machine *m)
{
    for (int k = 0; k < 2; k++)
        for (int a = 0; a < 3; a++)
            for (unsigned i = 0; i < TC_SIZE; i++)
                m->tc[k][a][i].vpage = TC_INVALID;
    m->code_vpage = TC_INVALID;
}

static inline void tc_flush_page(Machine *m, uint64_t va)
{
    uint64_t vp = va >> PAGE_SHIFT;
    for (int k = 0; k < 2; k++)
        for (int a = 0; a < 3; a++)
            if (m->tc[k][a][vp & TC_MASK].vpage == vp)
                m->tc[k][a][vp & TC_MASK].vpage = TC_INVALID;
    if (m->code_vpage == vp)
        m->code_vpage = TC_INVALID;
}

/* Micro-TLB maintenance; the code-page fetch cache follows the ITLB. */
static inline void m_utlb_flush(Machine *m, int which)
{
    utlb_flush(&m->tlb, which);
    if (which == 1) m->code_vpage = TC_INVALID;
}

static inline void m_utlb_flush_all(Machine *m) { m_utlb_flush(m, 0); m_utlb_flush(m, 1); }

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

static inline uint64_t segmask(void) { return 0xC000000000000000ULL | ((1ULL << SEGBITS) - 1); }

/* Ideal-MMU translation: walk the Linux tables, apply the TLB's checks. */
static int walk_translate(Machine *m, uint64_t va, int acc, uint64_t *pa)
{
    uint64_t pte;
    int huge, exc;
    m->stat_walks++;
    exc = pt_walk(m, va, &pte, &huge, acc == ACC_STORE);
    if (exc) return exc;
    exc = pte_check(pte, acc);
    if (exc) return exc;
    *pa = pte_page_pa(pte, huge, va);
    return 0;
}

/* Architectural translation (MIPS64 PRA ch. 4): segments, then micro-TLB,
 * then JTLB. A JTLB miss sets refill_pending: the caller takes the refill. */
static int tlb_translate(Machine *m, uint64_t va, int acc, uint64_t *pa,
                         const uint32_t **genp, uint32_t *gen)
{
    int aexc = acc == ACC_STORE ? EXC_ADES : EXC_ADEL;
    unsigned top = (unsigned)(va >> 62);
    m->refill_pending = 0;
    if (m->kmode) {
        if (top == 2) {                                   /* xkphys: unmapped */
            if ((va >> PABITS) & ((1ULL << (59 - PABITS)) - 1)) return aexc;
            *pa = va & PA_MASK;
            return 0;
        }
        if (va >= 0xffffffff80000000ULL && va < 0xffffffffc0000000ULL) {  /* ckseg0/1 */
            *pa = va & 0x1fffffffULL;
            return 0;
        }
        if (top != 3 && ((va & ~0xC000000000000000ULL) >> SEGBITS)) return aexc;
        if (top == 3 && va < 0xffffffff80000000ULL && ((va & ~0xC000000000000000ULL) >> SEGBITS)) return aexc;
    } else if (va >> SEGBITS) {
        return aexc;                                      /* user: xuseg only */
    }
    TLBState *t = &m->tlb;
    uint32_t asid = (uint32_t)(m->cp0[C0_ENTRYHI] & ENTRYHI_ASID_MASK);
    int which = acc == ACC_FETCH ? 1 : 0;
    int usize = which ? t->itlb_size : t->dtlb_size;
    int j = tlb_lookup(t, va, asid, segmask());
    if (j < 0) {
        m->refill_pending = 1;
        return acc == ACC_STORE ? EXC_TLBS : EXC_TLBL;
    }
    int slot = utlb_find(t, which, j);
    if (slot < 0) {                                       /* micro-TLB miss: copy from JTLB */
        t->utlb_miss[which]++;
        m->s.cycles += m->lat_utlb_miss;
        t->jtlb_hit++;
        if (which == 1 && t->utlb_next[1] == m->code_uslot) m->code_vpage = TC_INVALID;
        slot = utlb_insert(t, which, usize, j);
    }
    uint64_t lo;
    uint64_t p = tlb_entry_pa(&t->e[j], va, &lo);
    int iec = (m->cp0[C0_PAGEGRAIN] & PG_IEC) != 0;
    if (!(lo & 2)) return acc == ACC_STORE ? EXC_TLBS : EXC_TLBL;           /* V */
    if (acc == ACC_FETCH && (lo >> 62 & 1)) return iec ? EXC_TLBXI : EXC_TLBL;  /* XI */
    if (acc == ACC_LOAD && (lo >> 63)) return iec ? EXC_TLBRI : EXC_TLBL;    /* RI */
    if (acc == ACC_STORE && !(lo & 4)) return EXC_MOD;                       /* D */
    *pa = p;
    *genp = &t->utlb[which][slot].gen;
    *gen = t->utlb[which][slot].gen;
    if (which == 1) m->code_uslot = slot;
    return 0;
}

/* Translation-cache miss: translate, check, fill. Returns 0 or an EXC_* code. */
static int tc_fill(Machine *m, uint64_t va, int acc)
{
    uint64_t pa = 0;
    const uint32_t *genp = &m->zero_gen;
    uint32_t gen = 0;
    int exc = m->tlb_mode ? tlb_translate(m, va, acc, &pa, &genp, &gen)
                          : walk_translate(m, va, acc, &pa);
    if (exc) return exc;
    pa &= ~(PAGE_SIZE - 1);
    if (pa > m->pmem_size - PAGE_SIZE)
        return acc == ACC_FETCH ? EXC_IBE : EXC_DBE;
    uint64_t vp = va >> PAGE_SHIFT;
    TCEntry *e = &m->tc[m->kmode][acc][vp & TC_MASK];
    e->vpage = vp;
    e->addend = (uint64_t)(uintptr_t)(m->pmem + pa) - (vp << PAGE_SHIFT);
    e->genp = genp;
    e->gen = gen;
    m->stat_tc_miss++;
    return 0;
}

/* Host pointer for va, or NULL with *exc set. */
static inline uint8_t *vtrans(Machine *m, uint64_t va, int acc, int *exc)
{
    uint64_t vp = va >> PAGE_SHIFT;
    TCEntry *e = &m->tc[m->kmode][acc][vp & TC_MASK];
    if (likely(e->vpage == vp && *e->genp == e->gen))
        return (uint8_t *)(uintptr_t)(va + e->addend);
    *exc = tc_fill(m, va, acc);
    if (*exc) return NULL;
    return (uint8_t *)(uintptr_t)(va + e->addend);
}

#endif
