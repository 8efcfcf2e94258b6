/* The MMU room's door: one access from virtual address to host pointer.
 *
 *   vtrans(mmu, va, acc, &exc)    host pointer for va, or NULL and an EXC_* code
 *     -> the host translation cache (a simulator artefact, Spike's mmu.h TLB:
 *        per mode and access kind, valid only while the micro-TLB slot it came
 *        from is unchanged, so a hit is exactly a micro-TLB hit)
 *     -> tc_fill -> mmu_translate: segments (segments.h), then the micro-TLB
 *        (utlb.h), then the JTLB (tlb.h), then the permission checks; in guest
 *        mode two levels: GVA->GPA through the guest's entries, GPA->HPA through
 *        the root entries of that guest. With the ideal MMU, the page-table
 *        walker (walk.h) instead.
 *
 * The MMU never reads CP0. The CP0 hooks (mipsvm/cp0/hooks.h) hand it a new
 * context (mmu_set_ctx) whenever what translation depends on changes: the
 * executing context's mode and segment enables, ASID, RI/XI enables and owner
 * tag, and in guest mode the root level's. */
#ifndef MIPSVM_MMU_H
#define MIPSVM_MMU_H
#include <stdint.h>
#include "phys.h"
#include "segments.h"
#include "tlb.h"
#include "utlb.h"
#include "walk.h"

/* One translation level's view of its CP0 context. */
typedef struct LevelCtx {
    SegCtx seg;             /* mode and segment enables (Status) */
    uint32_t asid;          /* EntryHi.ASID */
    uint32_t tag;           /* owner of the entries it uses (tlb.h TLB_TAG) */
    int rie, xie, iec;      /* PageGrain: RI/XI enforced, TLBRI/TLBXI instead of TLBL */
} LevelCtx;

typedef struct MMUCtx {
    LevelCtx cur;           /* the executing context: root, or the guest in guest mode */
    int guest;              /* guest mode: GVAs of cur, then GPAs through root2 */
    LevelCtx root2;         /* guest mode: the root level (root ASID and PageGrain, tag = the guest's ID) */
    uint32_t key;           /* names the context in the micro-TLBs (never 0) */
} MMUCtx;

#define TC_BITS 12
#define TC_SIZE (1u << TC_BITS)
#define TC_MASK (TC_SIZE - 1)
#define TC_SHIFT 14                       /* an entry covers at most 16 KB */
#define TC_INVALID (~0ULL)

typedef struct TCEntry {
    uint64_t vtag;          /* va & vmask of the cached page; TC_INVALID when empty */
    uint64_t vmask;         /* ~(page size - 1): 16 KB, or 4 KB for a 4 KB page */
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
    UTLB utlb[2];           /* [UTLB_D], [UTLB_I] */
    int refill_pending;     /* the last translation failure had no JTLB match */
    int fault_root;         /* ... and it belongs to the root level (a GPA in guest mode) */
    uint64_t fault_gpa;     /* the GPA of a root-level fault */
    int in_guest_refill;    /* the guest's refill handler runs: its loads are 2D-walk loads */
    uint64_t *stall;        /* the CPU's stall-cycle counter (micro-TLB miss latency) */
    uint64_t lat_utlb_miss;
    uint32_t zero_gen;      /* generation of unmapped-segment translations (per context) */
    /* the fetch fast path: the current code page */
    uint64_t code_vtag, code_vmask, code_addend;
    int code_uslot;         /* ITLB slot backing the code page, -1 if none */
    uint64_t stat_tc_miss, stat_walks, stat_dacc, stat_dstore;   /* data accesses, of them stores */
    uint64_t stat_guest_pt_loads, stat_guest_pt_root_misses;     /* the 2D walk */
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
    utlb_flush(&u->utlb[which]);
    if (which == UTLB_I) u->code_vtag = TC_INVALID;
}

static inline void mmu_utlb_flush_all(MMU *u) { mmu_utlb_flush(u, UTLB_D); mmu_utlb_flush(u, UTLB_I); }

/* Every host-cache entry made in the old context is dead: those from
 * micro-TLB slots (their generations move on, the slots stay for when the
 * context comes back) and those of unmapped segments. */
static inline void mmu_retire_copies(MMU *u)
{
    utlb_retire_copies(&u->utlb[UTLB_D]);
    utlb_retire_copies(&u->utlb[UTLB_I]);
    u->zero_gen++;
    u->code_vtag = TC_INVALID;
}

static inline int level_same_rules(const LevelCtx *a, const LevelCtx *b)
{
    return a->asid == b->asid && a->tag == b->tag && a->rie == b->rie && a->xie == b->xie
           && a->iec == b->iec && a->seg.kx == b->seg.kx && a->seg.sx == b->seg.sx
           && a->seg.ux == b->seg.ux && a->seg.erl == b->seg.erl;
}

/* The CP0 hooks' door: a new translation context. A change of mode alone
 * leaves the host cache (it is per mode); anything else retires its copies. */
static inline void mmu_set_ctx(MMU *u, const MMUCtx *n)
{
    MMUCtx *o = &u->ctx;
    if (n->key != o->key || n->guest != o->guest || !level_same_rules(&n->cur, &o->cur)
        || (n->guest && !level_same_rules(&n->root2, &o->root2)))
        mmu_retire_copies(u);
    else if (n->cur.seg.mode != o->cur.seg.mode)
        u->code_vtag = TC_INVALID;
    *o = *n;
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

/* The access rules one level's EntryLo imposes (PRA 4.x): V, then XI on a
 * fetch / RI on a load (when enabled), then D on a store. */
static inline int entrylo_check(const LevelCtx *l, uint64_t lo, int acc)
{
    if (!(lo & ENTRYLO_V)) return exc_tlb_code(acc);
    if (acc == ACC_FETCH && (lo & ENTRYLO_XI) && l->xie) return l->iec ? EXC_TLBXI : EXC_TLBL;
    if (acc == ACC_LOAD && (lo & ENTRYLO_RI) && l->rie) return l->iec ? EXC_TLBRI : EXC_TLBL;
    if (acc == ACC_STORE && !(lo & ENTRYLO_D)) return EXC_MOD;
    return 0;
}

/* One JTLB level: the entry for va in that level's context. Returns its index
 * (or -1: no match) with the page's PA, EntryLo and offset mask. */
static inline int level_lookup(MMU *u, const LevelCtx *l, uint64_t va, uint64_t *pa, uint64_t *lo,
                               uint64_t *page_mask)
{
    int j = tlb_lookup(&u->tlb, va, l->asid, l->tag, u->segmask);
    if (j >= 0) *pa = tlb_entry_pa(&u->tlb.e[j], va, lo, page_mask);
    return j;
}

static inline void utlb_miss_cost(MMU *u, int which)
{
    u->utlb[which].misses++;
    *u->stall += u->lat_utlb_miss;
    u->tlb.jtlb_hit++;
    /* the ITLB slot about to be replaced may back the code page */
    if (which == UTLB_I && u->utlb[UTLB_I].next == u->code_uslot) u->code_vtag = TC_INVALID;
}

/* Root (or bare) translation, PRA ch. 4: segments, micro-TLB, JTLB, checks.
 * A JTLB miss sets refill_pending: the caller takes the refill. */
static int translate_root(MMU *u, uint64_t va, int acc, uint64_t *pa, uint64_t *page_mask,
                          const uint32_t **genp, uint32_t *gen)
{
    const LevelCtx *l = &u->ctx.cur;
    int seg = seg_classify(&l->seg, u->segbits, u->pabits, va, pa);
    if (seg == SEG_ADDRERR) return acc == ACC_STORE ? EXC_ADES : EXC_ADEL;
    if (seg == SEG_UNMAPPED) { *page_mask = (1ULL << TC_SHIFT) - 1; return 0; }
    int which = acc == ACC_FETCH ? UTLB_I : UTLB_D;
    UTLB *t = &u->utlb[which];
    int slot = utlb_lookup(t, va, u->ctx.key);
    if (slot < 0) {
        uint64_t p, lo, pm;
        if (level_lookup(u, l, va, &p, &lo, &pm) < 0) {
            u->refill_pending = 1;
            return exc_tlb_code(acc);
        }
        utlb_miss_cost(u, which);
        slot = utlb_insert(t, u->ctx.key, va, pm, p, lo, 0);    /* filled before the checks */
    }
    int exc = entrylo_check(l, t->lo[slot], acc);
    if (exc) return exc;
    *pa = t->pbase[slot] | (va & ~t->vmask[slot]);
    *page_mask = ~t->vmask[slot];
    *genp = &t->gen[slot];
    *gen = t->gen[slot];
    if (which == UTLB_I) u->code_uslot = slot;
    return 0;
}

/* Guest-mode translation, the two levels of MIPS VZ on the one JTLB: the
 * guest's segments and entries (GVA->GPA; guest-unmapped segments give the
 * GPA directly), then the root entries of this guest (GPA->HPA). A fault at
 * the root level sets fault_root and fault_gpa: the caller enters a root
 * exception (GExcCode GPA). The micro-TLB keeps the combined translation,
 * page size the smaller of the two; it is filled only once both levels
 * found a valid page (docs/vz.md). */
static int translate_guest(MMU *u, uint64_t va, int acc, uint64_t *pa, uint64_t *page_mask,
                           const uint32_t **genp, uint32_t *gen)
{
    const LevelCtx *g = &u->ctx.cur, *r = &u->ctx.root2;
    uint64_t gpa;
    int seg = seg_classify(&g->seg, u->segbits, u->pabits, va, &gpa);
    if (seg == SEG_ADDRERR) return acc == ACC_STORE ? EXC_ADES : EXC_ADEL;
    int which = acc == ACC_FETCH ? UTLB_I : UTLB_D;
    UTLB *t = &u->utlb[which];
    if (u->in_guest_refill && acc == ACC_LOAD) u->stat_guest_pt_loads++;
    int slot = utlb_lookup(t, va, u->ctx.key);
    if (slot < 0) {
        uint64_t lo1 = ENTRYLO_V | ENTRYLO_D, pm1 = ~0ULL, lo2 = 0, pm2 = 0, hpa = 0;
        if (seg == SEG_MAPPED && level_lookup(u, g, va, &gpa, &lo1, &pm1) < 0) {
            u->refill_pending = 1;                      /* the guest's refill */
            return exc_tlb_code(acc);
        }
        utlb_miss_cost(u, which);
        if (!(lo1 & ENTRYLO_V)) return exc_tlb_code(acc);
        int j2 = level_lookup(u, r, gpa, &hpa, &lo2, &pm2);
        if (j2 < 0 || !(lo2 & ENTRYLO_V)) {
            u->refill_pending = j2 < 0;                 /* a root refill for the GPA */
            u->fault_root = 1;
            u->fault_gpa = gpa;
            if (u->in_guest_refill) u->stat_guest_pt_root_misses++;
            return exc_tlb_code(acc);
        }
        uint64_t pm = pm1 < pm2 ? pm1 : pm2;
        slot = utlb_insert(t, u->ctx.key, va, pm, hpa, lo1, lo2);
        t->gbase[slot] = gpa & ~pm;
    }
    int exc = entrylo_check(g, t->lo[slot], acc);
    if (exc) return exc;
    exc = entrylo_check(r, t->lo2[slot], acc);
    if (exc) {                                          /* D, RI or XI at the root level */
        u->fault_root = 1;
        u->fault_gpa = t->gbase[slot] | (va & ~t->vmask[slot]);
        return exc;
    }
    *pa = t->pbase[slot] | (va & ~t->vmask[slot]);
    *page_mask = ~t->vmask[slot];
    *genp = &t->gen[slot];
    *gen = t->gen[slot];
    if (which == UTLB_I) u->code_uslot = slot;
    return 0;
}

/* Translation-cache miss: translate, check, fill. Returns 0 or an EXC_* code. */
static __attribute__((noinline)) int tc_fill(MMU *u, uint64_t va, int acc)
{
    uint64_t pa = 0, page_mask = 0;
    const uint32_t *genp = &u->zero_gen;
    uint32_t gen = u->zero_gen;
    u->refill_pending = 0;
    u->fault_root = 0;
    int exc = !u->tlb_mode ? walk_translate(u, va, acc, &pa, &page_mask)
              : u->ctx.guest ? translate_guest(u, va, acc, &pa, &page_mask, &genp, &gen)
              : translate_root(u, va, acc, &pa, &page_mask, &genp, &gen);
    if (exc) return exc;
    uint64_t vmask = ~(page_mask & ((1ULL << TC_SHIFT) - 1));     /* at most 16 KB per entry */
    uint64_t pbase = pa & vmask;
    if (!phys_ok(&u->phys, pbase, ~vmask + 1))
        return acc == ACC_FETCH ? EXC_IBE : EXC_DBE;
    TCEntry *e = &u->tc[u->ctx.cur.seg.mode][acc][(va >> TC_SHIFT) & TC_MASK];
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
    TCEntry *e = &u->tc[u->ctx.cur.seg.mode][acc][(va >> TC_SHIFT) & TC_MASK];
    if (likely((va & e->vmask) == e->vtag && *e->genp == e->gen))
        return (uint8_t *)(uintptr_t)(va + e->addend);
    *exc = tc_fill(u, va, acc);
    if (*exc) return NULL;
    return (uint8_t *)(uintptr_t)(va + e->addend);
}

/* Fetch through the current code page (the loop's fast path), or NULL. */
static inline const uint8_t *fetch_ptr(MMU *u, uint64_t pc, int *exc)
{
    uint8_t *p = vtrans(u, pc, ACC_FETCH, exc);
    if (!p) return NULL;
    const TCEntry *e = &u->tc[u->ctx.cur.seg.mode][ACC_FETCH][(pc >> TC_SHIFT) & TC_MASK];
    u->code_vtag = e->vtag;
    u->code_vmask = e->vmask;
    u->code_addend = e->addend;
    return p;
}

#endif
