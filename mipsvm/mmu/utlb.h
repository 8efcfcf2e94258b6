/* The micro-TLBs (ITLB, DTLB): small fully associative caches of complete
 * translations filled by hardware from the JTLB -- one JTLB page in root mode,
 * a combined GVA->HPA page in guest mode (the smaller of the two levels'
 * pages) -- with FIFO replacement (UNVERIFIED, docs/tlb.md).
 *
 * Each slot carries the key of the translation context it was made in (root
 * or guest, GuestID, ASIDs: mmu.h), so a context switch needs no flush; a
 * write to the JTLB flushes them (the copies would be stale), as do the
 * Loongson Diag bits. The host translation cache (mmu.h) holds only
 * translations backed by a slot, validated by the slot's generation. */
#ifndef MIPSVM_MMU_UTLB_H
#define MIPSVM_MMU_UTLB_H
#include <stdint.h>
#include "mmu_gen.h"        /* UTLB_MAX */

enum { UTLB_D = 0, UTLB_I = 1 };

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
    uint64_t misses, fills;
} UTLB;

/* The slot translating va in context key, or -1. */
static inline int utlb_lookup(const UTLB *t, uint64_t va, uint32_t key)
{
    for (int i = 0; i < t->size; i++)
        if ((va & t->vmask[i]) == t->vbase[i] && t->key[i] == key) return i;
    return -1;
}

static inline int utlb_insert(UTLB *t, uint32_t key, uint64_t va, uint64_t page_mask, uint64_t pa,
                              uint64_t lo, uint64_t lo2)
{
    int slot = t->next;
    t->next = (slot + 1) % t->size;
    t->key[slot] = key;
    t->vmask[slot] = ~page_mask;
    t->vbase[slot] = va & ~page_mask;
    t->pbase[slot] = pa & ~page_mask;
    t->lo[slot] = lo;
    t->lo2[slot] = lo2;
    t->gen[slot]++;
    t->fills++;
    return slot;
}

/* Drop every slot (a JTLB write, Diag). */
static inline void utlb_flush(UTLB *t)
{
    for (int i = 0; i < UTLB_MAX; i++) {
        t->key[i] = 0;
        t->gen[i]++;
    }
    t->next = 0;
}

/* Keep the slots but invalidate every host-cache entry made from them (a
 * context switch or a change of the permission rules). */
static inline void utlb_retire_copies(UTLB *t)
{
    for (int i = 0; i < UTLB_MAX; i++) t->gen[i]++;
}

#endif
