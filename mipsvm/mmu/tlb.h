/* The Loongson-3A4000-like split JTLB: the architectural TLB as data and the
 * operations on it (the micro-TLBs are in utlb.h). Nothing here reads CP0;
 * callers pass EntryHi-derived values and the owner tag.
 *
 * One index space (mips-arch.md section 3): 0..VTLB-1 is the fully associative
 * VTLB (any page size), VTLB.. is the FTLB, way-major: index VTLB + way*sets +
 * set (UNVERIFIED layout, docs/tlb.md). An entry maps an even/odd page pair.
 *
 * Every entry carries an owner tag (TLB_TAG): root with GuestID 0 today; VZ
 * adds guest entries (GVA->GPA, guest bit set) and root entries of a guest
 * (GPA->HPA, GuestID = GuestCtl1.RID). Lookups, probes, duplicate checks and
 * invalidations only ever see entries with the tag they are given. */
#ifndef MIPSVM_MMU_TLB_H
#define MIPSVM_MMU_TLB_H
#include <stdint.h>
#include "mmu_gen.h"        /* TLB_MAX_VTLB, TLB_MAX_FTLB, UTLB_MAX (mmu/limits.py) */

/* Owner tag: bit 8 = guest entry (GVA->GPA), bits 7:0 = GuestID (0 = root). */
#define TLB_TAG(guest, guestid) ((uint32_t)(((guest) ? 0x100u : 0u) | ((guestid) & 0xffu)))
#define TLB_TAG_ROOT TLB_TAG(0, 0)

typedef struct TLBEntry {
    uint64_t vpn2;      /* EntryHi bits 63..13 (R and VPN2), low bits cleared per mask */
    uint64_t mask;      /* PageMask | 0x1fff: the don't-care VA bits of the pair */
    uint64_t lo[2];     /* EntryLo0/1 as written (RI, XI, PFN, C, D, V, G) */
    uint32_t asid;
    uint32_t tag;       /* owner: TLB_TAG(guest, GuestID) */
    int g;              /* global: both EntryLo.G bits set */
    int valid;          /* 0 when invalidated (EHINV) or never written */
    uint32_t gen;       /* bumped on every write */
} TLBEntry;

typedef struct TLBState {
    int vtlb_size, ftlb_sets, ftlb_ways, ftlb_enabled;
    uint64_t ftlb_pagemask;             /* PageMask value of the FTLB page size */
    TLBEntry e[TLB_MAX_VTLB + TLB_MAX_FTLB];
    uint64_t rng;                       /* xorshift state for Random and FTLB ways */
    /* statistics; [0] root, [1] guest (the level whose refill handler wrote) */
    uint64_t refill_vtlb[2], refill_ftlb[2];   /* TLBWR/TLBWI writes from a refill vector */
    uint64_t refill_small[2], refill_huge[2];  /* ... by page size */
    uint64_t refills_taken;             /* TLB refill exceptions taken, both levels (PerfCnt event) */
    uint64_t refills_level[2];          /* ... by level; root ones taken in guest mode are GPA refills */
    uint64_t gpa_refills;
    uint64_t jtlb_hit, mcheck;
} TLBState;

static inline void tlb_init(TLBState *t)
{
    for (int i = 0; i < TLB_MAX_VTLB + TLB_MAX_FTLB; i++) t->e[i].valid = 0;
}

static inline int tlb_total(const TLBState *t) { return t->vtlb_size + t->ftlb_sets * t->ftlb_ways; }

static inline uint64_t tlb_rand(TLBState *t)
{
    uint64_t x = t->rng;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    t->rng = x;
    return x;
}

/* FTLB set for a VA: the VPN2 bits just above the even/odd bit. */
static inline int ftlb_set(const TLBState *t, uint64_t va)
{
    uint64_t pair = (t->ftlb_pagemask | 0x1fffULL) + 1;   /* bytes covered by a pair */
    return (int)((va / pair) & (uint64_t)(t->ftlb_sets - 1));
}

static inline int tlb_entry_matches(const TLBEntry *e, uint64_t va, uint32_t asid, uint32_t tag,
                                    uint64_t segmask)
{
    return e->valid && e->tag == tag && ((e->vpn2 ^ (va & segmask)) & ~e->mask) == 0
           && (e->g || e->asid == asid);
}

/* JTLB lookup: the one FTLB set the VA can live in, then the VTLB. The
 * order is invisible: writes refuse duplicates (Machine Check). */
static inline int tlb_lookup(const TLBState *t, uint64_t va, uint32_t asid, uint32_t tag, uint64_t segmask)
{
    if (t->ftlb_enabled && t->ftlb_sets) {
        int set = ftlb_set(t, va);
        for (int w = 0; w < t->ftlb_ways; w++) {
            int i = t->vtlb_size + w * t->ftlb_sets + set;
            if (tlb_entry_matches(&t->e[i], va, asid, tag, segmask)) return i;
        }
    }
    for (int i = 0; i < t->vtlb_size; i++)
        if (tlb_entry_matches(&t->e[i], va, asid, tag, segmask)) return i;
    return -1;
}

/* An entry as TLBWI/TLBWR write it from EntryHi/PageMask/EntryLo0/1. */
static inline void tlb_make_entry(TLBEntry *e, uint64_t entryhi, uint64_t pagemask, uint64_t lo0,
                                  uint64_t lo1, uint32_t tag, uint64_t segmask, uint64_t asid_mask,
                                  uint64_t ehinv)
{
    uint64_t mask = (pagemask & 0x1fffe000ULL) | 0x1fffULL;
    e->mask = mask;
    e->vpn2 = entryhi & segmask & ~mask;
    e->asid = (uint32_t)(entryhi & asid_mask);
    e->tag = tag;
    e->lo[0] = lo0;
    e->lo[1] = lo1;
    e->g = (int)(lo0 & lo1 & 1);
    e->valid = !(entryhi & ehinv);
    e->gen++;
}

/* Two valid entries of one owner that can match one address: Machine Check
 * (PRA 4.x; we check on write, docs/tlb.md). */
static inline int tlb_duplicate(const TLBState *t, int idx)
{
    const TLBEntry *n = &t->e[idx];
    if (!n->valid) return 0;
    int total = tlb_total(t);
    for (int i = 0; i < total; i++) {
        const TLBEntry *o = &t->e[i];
        if (i == idx || !o->valid || o->tag != n->tag) continue;
        uint64_t mk = n->mask | o->mask;
        if (((n->vpn2 ^ o->vpn2) & ~mk) == 0 && (n->g || o->g || n->asid == o->asid)) return 1;
    }
    return 0;
}

/* An FTLB slot holds only pages of the FTLB page size, in the set its VPN2
 * selects. Writing anything else there is UNDEFINED in the PRA; we raise
 * Machine Check (docs/tlb.md). Invalid (EHINV) writes are always fine. */
static inline int tlb_ftlb_write_ok(const TLBState *t, int idx, const TLBEntry *e)
{
    if (idx < t->vtlb_size || !e->valid) return 1;
    int set = (idx - t->vtlb_size) % t->ftlb_sets;
    return (e->mask & 0x1fffe000ULL) == t->ftlb_pagemask && ftlb_set(t, e->vpn2) == set;
}

static inline void tlb_kill(TLBEntry *e) { e->valid = 0; e->gen++; }

/* Invalidate the entries of [lo, hi) step `step` that belong to `tag`: all of
 * them (flush_all) or the non-global ones of `asid`. */
static inline void tlb_invalidate_range(TLBState *t, int lo, int hi, int step, int flush_all,
                                        uint32_t asid, uint32_t tag)
{
    for (int i = lo; i < hi; i += step) {
        TLBEntry *e = &t->e[i];
        if (e->valid && e->tag == tag && (flush_all || (!e->g && e->asid == asid))) tlb_kill(e);
    }
}

/* Loongson Diag VTLB / FTLB flush: every entry of the group, wired ones and
 * every owner included. */
static inline void tlb_flush_group(TLBState *t, int ftlb)
{
    int lo = ftlb ? t->vtlb_size : 0, hi = ftlb ? tlb_total(t) : t->vtlb_size;
    for (int i = lo; i < hi; i++)
        if (t->e[i].valid) tlb_kill(&t->e[i]);
}

/* The page of va inside entry e: its EntryLo, the page's PA and its size mask. */
static inline uint64_t tlb_entry_pa(const TLBEntry *e, uint64_t va, uint64_t *lo, uint64_t *page_mask)
{
    uint64_t half = e->mask & ~(e->mask >> 1);          /* the even/odd select bit */
    uint64_t l = e->lo[(va & half) ? 1 : 0];
    *lo = l;
    uint64_t pfn = (l >> 6) & ((1ULL << 36) - 1);       /* EntryLo.PFN, 4 KB units */
    uint64_t off_mask = e->mask >> 1;                    /* offset within one page */
    *page_mask = off_mask;
    return ((pfn << 12) & ~off_mask) | (va & off_mask);
}

#endif
