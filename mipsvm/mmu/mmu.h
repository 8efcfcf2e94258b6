/* The MMU room's door: one access from virtual address to host pointer.
 *
 *   vtrans(mmu, va, acc, &exc)    host pointer for va, or NULL and an EXC_* code
 *     -> the host translation cache (a simulator artefact, Spike's mmu.h TLB:
 *        per mode and access kind, valid only while the micro-TLB slot it came
 *        from is unchanged, so a hit is exactly a micro-TLB hit)
 *     -> tc_fill -> mmu_translate: segments (segments.h), then micro-TLB, then
 *        JTLB (tlb.h), then the permission checks; or, with the ideal MMU, the
 *        page-table walker (walk.h)
 *
 * The MMU never reads CP0. The CP0 hooks (mipsvm/cp0/hooks.h) keep its
 * context -- mode and segment enables from Status, ASID from EntryHi, RI/XI
 * enables from PageGrain, the owner tag -- up to date, and flush the
 * micro-TLBs when a change makes their copies stale. */
#ifndef MIPSVM_MMU_H
#define MIPSVM_MMU_H
#include <stdint.h>
#include "phys.h"
#include "segments.h"
#include "tlb.h"
#include "walk.h"

/* Translation context: what the current CP0 state means for translation. */
typedef struct MMUCtx {
    SegCtx seg;
    uint32_t asid;          /* EntryHi.ASID */
    uint32_t tag;           /* owner of the entries accesses use (TLB_TAG_ROOT today) */
    int rie, xie, iec;      /* PageGrain: RI/XI enforced, TLBRI/TLBXI instead of TLBL */
} MMUCtx;

#define TC_BITS 12
#define TC_SIZE (1u << TC_BITS)
#define TC_MASK (TC_SIZE - 1)
#define TC_SHIFT 14                       /* an entry covers at most 16 KB */
#define TC_INVALID (~0ULL)

typedef struct TCEntry {
    uint64_t vtag;          /* va & vmask of the cached page; TC_INVALID when empty */
    uint64_t vmask;         /* ~(page size - 1): 16 KB, or 4 KB for a 4 KB TLB page */
    uint64_t addend;        /* host address - va */
    const uint32_t *genp;   /* the micro-TLB slot it came from ... */
    uint32_t gen;           /* ... and that slot's generation: valid while equal */
} TCEntry;

typedef struct MMU {
    PhysMem phys;
    int tlb_mode;           /* 1: the architectural TLB; 0: the ideal MMU (walker) */
    int segbits, pabits;
    uint64_t segmask;       /* R and VA[SEGBITS-1:0]: the EntryHi/VPN2 bits that count */
    uint64_t pamask;
    uint64_t pgd_pa;        /* ideal MMU: the tables it walks */
    MMUCtx ctx;
    TLBState tlb;
    int refill_pending;     /* the last translation failure had no JTLB match */
    uint64_t *stall;        /* the CPU's stall-cycle counter (micro-TLB miss latency) */
    uint64_t lat_utlb_miss;
    uint32_t zero_gen;      /* generation of unmapped-segment translations: never changes */
    /* the fetch fast path: the current code page */
    uint64_t code_vtag, code_vmask, code_addend;
    int code_uslot;         /* ITLB slot backing the code page, -1 if none */
    uint64_t stat_tc_miss, stat_walks, stat_dacc, stat_dstore;   /* data accesses, of them stores */
    TCEntry tc[3][3][TC_SIZE];    /* [MODE_*][ACC_*] */
} MMU;

static inline void tc_flush(MMU *u)
{
    for (int k = 0; k < 3; k++)
        for (int a = 0; a < 3; a++)
            for (unsigned i = 0; i < TC_SIZE; i++)
                u->tc[k][a][i].vtag = TC_INVALID;
    u->code_vtag = TC_INVALID;
}

static inline void tc_flush_page(MMU *u, uint64_t va)
{
    uint64_t vp = va >> TC_SHIFT;           /* every entry at this index lies in one 16 KB */
    for (int k = 0; k < 3; k++)
        for (int a = 0; a < 3; a++) {
            TCEntry *e = &u->tc[k][a][vp & TC_MASK];
            if ((e->vtag >> TC_SHIFT) == vp) e->vtag = TC_INVALID;
        }
    if ((u->code_vtag >> TC_SHIFT) == vp) u->code_vtag = TC_INVALID;
}

/* Micro-TLB maintenance; the code-page fetch cache follows the ITLB. */
static inline void mmu_utlb_flush(MMU *u, int which)
{
    utlb_flush(&u->tlb, which);
    if (which == UTLB_I) u->code_vtag = TC_INVALID;
}

static inline void mmu_utlb_flush_all(MMU *u) { mmu_utlb_flush(u, UTLB_D); mmu_utlb_flush(u, UTLB_I); }

/* A mode change leaves the code page of the old mode behind. */
static inline void mmu_set_seg(MMU *u, const SegCtx *seg)
{
    if (seg->mode != u->ctx.seg.mode) u->code_vtag = TC_INVALID;
    u->ctx.seg = *seg;
}

/* The micro-TLBs hold one ASID's (and one owner's) view of the JTLB. */
static inline void mmu_set_asid(MMU *u, uint32_t asid, uint32_t tag)
{
    if (asid != u->ctx.asid || tag != u->ctx.tag) mmu_utlb_flush_all(u);
    u->ctx.asid = asid;
    u->ctx.tag = tag;
}

/* Permissions are checked when a translation enters the micro-TLB. */
static inline void mmu_set_rixi(MMU *u, int rie, int xie, int iec)
{
    if (rie != u->ctx.rie || xie != u->ctx.xie || iec != u->ctx.iec) mmu_utlb_flush_all(u);
    u->ctx.rie = rie;
    u->ctx.xie = xie;
    u->ctx.iec = iec;
}

static inline int exc_tlb_code(int acc) { return acc == ACC_STORE ? EXC_TLBS : EXC_TLBL; }

/* Ideal-MMU translation: walk the Linux tables, apply the TLB's checks. */
static int walk_translate(MMU *u, uint64_t va, int acc, uint64_t *pa, uint64_t *page_mask)
{
    uint64_t pte;
    int huge, exc;
    u->stat_walks++;
    exc = pt_walk(&u->phys, u->pgd_pa, u->pamask, va, &pte, &huge, acc == ACC_STORE);
    if (exc) return exc;
    exc = pte_check(pte, acc);
    if (exc) return exc;
    *pa = pte_page_pa(pte, huge, va, u->pamask) | (va & (PAGE_SIZE - 1));
    *page_mask = PAGE_SIZE - 1;
    return 0;
}

/* Architectural translation (MIPS64 PRA ch. 4): segments, then micro-TLB,
 * then JTLB, then V / XI / RI / D. A JTLB miss sets refill_pending: the caller
 * takes the refill. *pa is the PA of va; *page_mask the offset bits of its page. */
static int mmu_translate(MMU *u, uint64_t va, int acc, uint64_t *pa, uint64_t *page_mask,
                         const uint32_t **genp, uint32_t *gen)
{
    u->refill_pending = 0;
    int seg = seg_classify(&u->ctx.seg, u->segbits, u->pabits, va, pa);
    if (seg == SEG_ADDRERR) return acc == ACC_STORE ? EXC_ADES : EXC_ADEL;
    if (seg == SEG_UNMAPPED) { *page_mask = (1ULL << TC_SHIFT) - 1; return 0; }
    TLBState *t = &u->tlb;
    int which = acc == ACC_FETCH ? UTLB_I : UTLB_D;
    int j = tlb_lookup(t, va, u->ctx.asid, u->ctx.tag, u->segmask);
    if (j < 0) {
        u->refill_pending = 1;
        return exc_tlb_code(acc);
    }
    int slot = utlb_find(t, which, j);
    if (slot < 0) {                                       /* micro-TLB miss: copy from JTLB */
        t->utlb_miss[which]++;
        *u->stall += u->lat_utlb_miss;
        t->jtlb_hit++;
        if (which == UTLB_I && t->utlb_next[UTLB_I] == u->code_uslot) u->code_vtag = TC_INVALID;
        slot = utlb_insert(t, which, j);
    }
    uint64_t lo;
    uint64_t p = tlb_entry_pa(&t->e[j], va, &lo, page_mask);
    if (!(lo & ENTRYLO_V)) return exc_tlb_code(acc);
    if (acc == ACC_FETCH && (lo & ENTRYLO_XI) && u->ctx.xie) return u->ctx.iec ? EXC_TLBXI : EXC_TLBL;
    if (acc == ACC_LOAD && (lo & ENTRYLO_RI) && u->ctx.rie) return u->ctx.iec ? EXC_TLBRI : EXC_TLBL;
    if (acc == ACC_STORE && !(lo & ENTRYLO_D)) return EXC_MOD;
    *pa = p;
    *genp = &t->utlb[which][slot].gen;
    *gen = t->utlb[which][slot].gen;
    if (which == UTLB_I) u->code_uslot = slot;
    return 0;
}

/* Translation-cache miss: translate, check, fill. Returns 0 or an EXC_* code. */
static __attribute__((noinline)) int tc_fill(MMU *u, uint64_t va, int acc)
{
    uint64_t pa = 0, page_mask = 0;
    const uint32_t *genp = &u->zero_gen;
    uint32_t gen = 0;
    int exc = u->tlb_mode ? mmu_translate(u, va, acc, &pa, &page_mask, &genp, &gen)
                          : walk_translate(u, va, acc, &pa, &page_mask);
    if (exc) return exc;
    uint64_t vmask = ~(page_mask & ((1ULL << TC_SHIFT) - 1));     /* at most 16 KB per entry */
    uint64_t pbase = pa & vmask;
    if (!phys_ok(&u->phys, pbase, ~vmask + 1))
        return acc == ACC_FETCH ? EXC_IBE : EXC_DBE;
    TCEntry *e = &u->tc[u->ctx.seg.mode][acc][(va >> TC_SHIFT) & TC_MASK];
    e->vtag = va & vmask;
    e->vmask = vmask;
    e->addend = (uint64_t)(uintptr_t)(u->phys.base + pbase) - (va & vmask);
    e->genp = genp;
    e->gen = gen;
    u->stat_tc_miss++;
    return 0;
}

/* Host pointer for va, or NULL with *exc set. Inlined into every access: the
 * hit is the fast path of every load and store. */
static inline __attribute__((always_inline)) uint8_t *vtrans(MMU *u, uint64_t va, int acc, int *exc)
{
    TCEntry *e = &u->tc[u->ctx.seg.mode][acc][(va >> TC_SHIFT) & TC_MASK];
    if (likely((va & e->vmask) == e->vtag && *e->genp == e->gen))
        return (uint8_t *)(uintptr_t)(va + e->addend);
    *exc = tc_fill(u, va, acc);
    if (*exc) return NULL;
    return (uint8_t *)(uintptr_t)(va + e->addend);
}

/* Fetch through the current code page (the loop's fast path), or NULL. */
static inline const uint8_t *fetch_ptr(MMU *u, uint64_t pc, int *exc)
{
    if (likely((pc & u->code_vmask) == u->code_vtag))
        return (const uint8_t *)(uintptr_t)(pc + u->code_addend);
    uint8_t *p = vtrans(u, pc, ACC_FETCH, exc);
    if (!p) return NULL;
    const TCEntry *e = &u->tc[u->ctx.seg.mode][ACC_FETCH][(pc >> TC_SHIFT) & TC_MASK];
    u->code_vtag = e->vtag;
    u->code_vmask = e->vmask;
    u->code_addend = e->addend;
    return p;
}

#endif
