/* The micro-TLBs (ITLB, DTLB): small fully associative caches of complete
 * translations filled by hardware from the JTLB -- one JTLB page in root mode,
 * a combined GVA->HPA page in guest mode (the smaller of the two levels'
 * pages) -- with FIFO replacement (UNVERIFIED, docs/tlb.md).
 *
 * Each slot carries the key of the translation context it was made in (root
 * or guest, GuestID, ASIDs: mmu.h), so a context switch needs no flush; a
 * write to the JTLB flushes them (the copies would be stale), as do the
 * Loongson Diag bits. The host translation cache (mmu.h) holds only
 * translations backed by a slot, validated by the slot's generation.
 *
 * Finding a slot is a simulator matter, exact and cheap: slots of pages up to
 * 16 KB are chained in buckets by their 16 KB granule; the few larger pages
 * are kept on a short list that every lookup checks. */
#ifndef MIPSVM_MMU_UTLB_H
#define MIPSVM_MMU_UTLB_H
#include <stdint.h>
#include "mmu_gen.h"        /* UTLB_MAX */

enum { UTLB_D = 0, UTLB_I = 1 };

#define UTLB_BUCKETS 256
#define UTLB_GRANULE 14     /* 16 KB */

typedef struct UTLB {
    int size, next;                 /* entries in use by the model; FIFO pointer */
    uint32_t key[UTLB_MAX];         /* context key; 0 = empty */
    uint64_t vbase[UTLB_MAX];       /* the slot maps va with (va & vmask) == vbase */
    uint64_t vmask[UTLB_MAX];
    uint64_t pbase[UTLB_MAX];       /* (host) physical address of the page */
    uint64_t lo[UTLB_MAX];          /* EntryLo of the page: V, D, RI, XI decide accesses */
    uint64_t lo2[UTLB_MAX];         /* guest translations: the root (GPA->HPA) level's EntryLo */
    uint64_t gbase[UTLB_MAX];       /* guest translations: the GPA of the page */
    uint32_t gen[UTLB_MAX];         /* bumped whenever the slot's meaning changes */
    /* the index: bucket heads, chains, and the slots of large pages */
    int8_t bucket[UTLB_BUCKETS], chain[UTLB_MAX];
    int16_t where[UTLB_MAX];        /* the bucket of the slot; -2 on the large list; -1 unindexed */
    int8_t large[UTLB_MAX];
    int nlarge;
    uint64_t misses, fills;
} UTLB;

static inline unsigned utlb_bucket(uint64_t va) { return (unsigned)(va >> UTLB_GRANULE) & (UTLB_BUCKETS - 1); }

static inline int utlb_match(const UTLB *t, int i, uint64_t va, uint32_t key)
{
    return (va & t->vmask[i]) == t->vbase[i] && t->key[i] == key;
}

/* The slot translating va in context key, or -1. */
static inline int utlb_lookup(const UTLB *t, uint64_t va, uint32_t key)
{
    for (int k = 0; k < t->nlarge; k++)
        if (utlb_match(t, t->large[k], va, key)) return t->large[k];
    for (int i = t->bucket[utlb_bucket(va)]; i >= 0; i = t->chain[i])
        if (utlb_match(t, i, va, key)) return i;
    return -1;
}

static inline void utlb_unindex(UTLB *t, int s)
{
    if (t->where[s] == -2) {
        for (int k = 0; k < t->nlarge; k++)
            if (t->large[k] == s) { t->large[k] = t->large[--t->nlarge]; break; }
    } else if (t->where[s] >= 0) {
        int8_t *p = &t->bucket[t->where[s]];
        while (*p != s) p = &t->chain[*p];
        *p = t->chain[s];
    }
    t->where[s] = -1;
}

static inline int utlb_insert(UTLB *t, uint32_t key, uint64_t va, uint64_t page_mask, uint64_t pa,
                              uint64_t lo, uint64_t lo2)
{
    int slot = t->next;
    t->next = (slot + 1) % t->size;
    utlb_unindex(t, slot);
    t->key[slot] = key;
    t->vmask[slot] = ~page_mask;
    t->vbase[slot] = va & ~page_mask;
    t->pbase[slot] = pa & ~page_mask;
    t->lo[slot] = lo;
    t->lo2[slot] = lo2;
    t->gen[slot]++;
    if (page_mask >> UTLB_GRANULE) {
        t->where[slot] = -2;
        t->large[t->nlarge++] = (int8_t)slot;
    } else {
        unsigned b = utlb_bucket(va);
        t->where[slot] = (int16_t)b;
        t->chain[slot] = t->bucket[b];
        t->bucket[b] = (int8_t)slot;
    }
    t->fills++;
    return slot;
}

/* Drop every slot (a JTLB write, Diag); only the buckets in use are reset. */
static inline void utlb_flush(UTLB *t)
{
    for (int i = 0; i < UTLB_MAX; i++) {
        if (t->where[i] >= 0) t->bucket[t->where[i]] = -1;
        t->where[i] = -1;
        t->key[i] = 0;
        t->gen[i]++;
    }
    t->nlarge = 0;
    t->next = 0;
}

static inline void utlb_init(UTLB *t)
{
    for (int b = 0; b < UTLB_BUCKETS; b++) t->bucket[b] = -1;
    for (int i = 0; i < UTLB_MAX; i++) t->where[i] = -1;
    t->nlarge = 0;
}

/* Keep the slots but invalidate every host-cache entry made from them (a
 * context switch or a change of the permission rules). */
static inline void utlb_retire_copies(UTLB *t)
{
    for (int i = 0; i < UTLB_MAX; i++) t->gen[i]++;
}

#endif
