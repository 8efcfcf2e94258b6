/* mcf_like: the TLB behaviour of SPEC CPU2006 429.mcf (network simplex) on a
 * footprint of about 1.6 GB, in a few hundred lines.
 *
 *   mcf_like [MIB [HOT [STEPS [COLD [ALLOC]]]]]
 *     MIB    footprint in MiB: one contiguous block, a quarter nodes and
 *            three quarters arcs, 64-byte records (default 1600)
 *     HOT    hot 16 KB pages, scattered uniformly over the whole block
 *            (default 1024)
 *     STEPS  simplex iterations (default 16000000)
 *     COLD   one pricing read of a random arc anywhere every COLD steps
 *            (default 16; 0: none)
 *     ALLOC  malloc (default: glibc's mmap, not 32 MB aligned, as for mcf)
 *            or hugetlb (mmap MAP_HUGETLB, as libhugetlbfs' morecore does)
 *
 * Why this pattern (workloads/README.md has the long version): mcf's
 * iterations keep revisiting a small set of basis-tree nodes and candidate
 * arcs, and those records sit all over the 1.6 GB arc and node arrays.  About
 * a thousand hot 16 KB pages fit the 2048-entry FTLB as small pages, and fit
 * the 64-entry VTLB as ~50 host huge pages, but not as ~100 entries when a
 * VM needs a guest and a root huge entry per 32 MB (issue 12, item 5).  A
 * uniformly random walk would not show this: it misses every TLB alike.
 * All output is deterministic. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define PAGE 16384u
#define HUGE (32ul << 20)
#define PER_PAGE (PAGE / 64)    /* records per 16 KB page */
#define HOT_PER_PAGE 4          /* hot records in each hot page */
#define WALK 3                  /* basis-tree levels a pivot updates */

typedef struct node {           /* 64 bytes, like mcf's node_t cut down */
    int64_t potential;
    struct node *pred;
    int64_t flow;
    int64_t depth;
    int64_t number;
    int64_t pad[3];
} node_t;

typedef struct arc {            /* 64 bytes, like mcf's arc_t */
    node_t *tail, *head;
    int64_t cost;
    int64_t flow;
    struct arc *next;           /* next candidate in the basket (hot arcs) */
    int64_t ident;
    int64_t pad[2];
} arc_t;

static uint64_t rs = 0x2545F4914F6CDD1Dull;
static uint64_t rnd(void)
{
    rs ^= rs << 13;
    rs ^= rs >> 7;
    rs ^= rs << 17;
    return rs;
}

static unsigned long arg(int argc, char **argv, int i, unsigned long dflt, unsigned long lo)
{
    if (argc <= i) return dflt;
    char *end;
    unsigned long v = strtoul(argv[i], &end, 0);
    if (*end || *argv[i] == '-' || v < lo) {
        fprintf(stderr, "mcf_like: bad argument %d '%s' (usage: mcf_like [MIB [HOT [STEPS [COLD "
                        "[malloc|hugetlb]]]]])\n", i, argv[i]);
        exit(2);
    }
    return v;
}

/* k distinct page indices out of [lo, hi), in random order (partial Fisher-Yates). */
static uint32_t *pick_pages(size_t lo, size_t hi, size_t k)
{
    size_t n = hi - lo;
    uint32_t *all = malloc(n * sizeof *all);
    if (!all) { fprintf(stderr, "mcf_like: out of memory\n"); exit(2); }
    for (size_t i = 0; i < n; i++) all[i] = (uint32_t)(lo + i);
    for (size_t i = 0; i < k; i++) {
        size_t j = i + rnd() % (n - i);
        uint32_t t = all[i]; all[i] = all[j]; all[j] = t;
    }
    return all;
}

int main(int argc, char **argv)
{
    unsigned long mib = arg(argc, argv, 1, 1600, 1);
    unsigned long hot = arg(argc, argv, 2, 1024, 2);
    unsigned long steps = arg(argc, argv, 3, 16000000, 0);
    unsigned long cold = arg(argc, argv, 4, 16, 0);
    int huge = 0;
    if (argc > 5) {
        if (!strcmp(argv[5], "hugetlb")) huge = 1;
        else if (strcmp(argv[5], "malloc")) {
            fprintf(stderr, "mcf_like: ALLOC must be malloc or hugetlb, not '%s'\n", argv[5]);
            return 2;
        }
    }
    size_t bytes = (size_t)mib << 20;
    size_t pages = bytes / PAGE;
    size_t node_pages = pages / 4, arc_pages = pages - node_pages;
    if (node_pages < 1 || arc_pages < 1 || hot > pages) {
        fprintf(stderr, "mcf_like: %lu hot pages do not fit in %zu pages of %lu MiB\n", hot, pages, mib);
        return 2;
    }

    char *block;
    if (huge) {
        size_t len = (bytes + HUGE - 1) & ~(HUGE - 1);
        block = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB, -1, 0);
        if (block == MAP_FAILED) {
            perror("mcf_like: mmap MAP_HUGETLB");
            return 2;
        }
    } else if (!(block = malloc(bytes))) {
        fprintf(stderr, "mcf_like: cannot allocate %lu MiB\n", mib);
        return 2;
    }
    node_t *nodes = (node_t *)block;
    arc_t *arcs = (arc_t *)(block + node_pages * PAGE);
    size_t nnodes = node_pages * PER_PAGE, narcs = arc_pages * PER_PAGE;

    /* Read the "network": every record is written once, as mcf's reader
     * fills its arrays; arcs join random nodes anywhere. */
    for (size_t i = 0; i < nnodes; i++) {
        nodes[i].potential = (int64_t)(((i + 1) * 0x9E3779B97F4A7C15ull) >> 44);
        nodes[i].pred = 0;
    }
    for (size_t i = 0; i < narcs; i++) {
        arc_t *a = &arcs[i];
        uint64_t r = (i + 1) * 0xD6E8FEB86659FD93ull;   /* a multiplicative hash: cheap, scattered */
        a->tail = &nodes[((r >> 32) * nnodes) >> 32];
        a->head = &nodes[((r & 0xffffffffu) * nnodes) >> 32];
        a->cost = (int64_t)((r >> 20) & 0x1ffff) - 0x8000;
        a->ident = (int64_t)(i & 3);
    }

    /* The hot set: a quarter of the hot pages in the node array, the rest
     * in the arc array, each page holding HOT_PER_PAGE hot records. */
    size_t hnp = hot / 4 ? hot / 4 : 1, hap = hot - hnp;
    if (hnp > node_pages) hnp = node_pages, hap = hot - hnp;
    if (hap > arc_pages) hap = arc_pages;
    uint32_t *np = pick_pages(0, node_pages, hnp);
    uint32_t *ap = pick_pages(node_pages, pages, hap);
    size_t nh = hnp * HOT_PER_PAGE, ah = hap * HOT_PER_PAGE;
    node_t **hn = malloc(nh * sizeof *hn);
    arc_t **ha = malloc(ah * sizeof *ha);
    if (!hn || !ha) { fprintf(stderr, "mcf_like: out of memory\n"); return 2; }
    for (size_t i = 0; i < nh; i++)
        hn[i] = (node_t *)(block + (size_t)np[i / HOT_PER_PAGE] * PAGE) + rnd() % PER_PAGE;
    for (size_t i = 0; i < ah; i++)
        ha[i] = (arc_t *)(block + (size_t)ap[i / HOT_PER_PAGE] * PAGE) + rnd() % PER_PAGE;
    /* Basis tree over the hot nodes: each one's parent is an earlier hot node
     * (a record picked twice is its own parent: the walk stops there). */
    for (size_t i = 0; i < nh; i++) {
        node_t *p = i ? hn[rnd() % i] : 0;
        hn[i]->pred = p == hn[i] ? 0 : p;
        hn[i]->depth = p ? p->depth + 1 : 0;
    }
    /* Candidate basket: hot arcs between hot nodes, one cycle in random order
     * (Sattolo), so consecutive steps land on unrelated pages. */
    for (size_t i = ah - 1; i > 0; i--) {
        size_t j = rnd() % i;
        arc_t *t = ha[i]; ha[i] = ha[j]; ha[j] = t;
    }
    for (size_t i = 0; i < ah; i++) {
        ha[i]->tail = hn[rnd() % nh];
        ha[i]->head = hn[rnd() % nh];
        ha[i]->next = ha[(i + 1) % ah];
    }

    /* Pivots: price the next candidate; a negative reduced cost updates the
     * head's potential and the tree above it.  Every COLD steps the full
     * pricing scan reads one arc (and its tail) from anywhere. */
    uint64_t checksum = 0, pivots = 0, coldneg = 0;
    arc_t *a = ha[0];
    for (unsigned long s = 0; s < steps; s++) {
        a = a->next;
        int64_t red = a->cost - a->tail->potential + a->head->potential;
        if (red < 0) {
            pivots++;
            a->flow++;
            node_t *n = a->head;
            for (int k = 0; n && k < WALK; k++, n = n->pred)
                n->potential = (n->potential - (red >> 1)) & 0xfffff;
        } else {
            a->tail->potential = (a->tail->potential + a->ident + 1) & 0xfffff;
        }
        checksum = checksum * 1000003u + (uint64_t)red;
        if (cold && s % cold == 0) {
            arc_t *c = &arcs[rnd() % narcs];
            int64_t cr = c->cost - c->tail->potential;
            coldneg += cr < 0;
            checksum ^= (uint64_t)cr;
        }
    }
    int64_t psum = 0;
    for (size_t i = 0; i < nh; i++) psum += hn[i]->potential;
    printf("mcf_like mib=%lu hot=%zu steps=%lu cold=%lu alloc=%s\n", mib, hnp + hap, steps, cold,
           huge ? "hugetlb" : "malloc");
    printf("nodes=%zu arcs=%zu hot_nodes=%zu hot_arcs=%zu\n", nnodes, narcs, nh, ah);
    printf("pivots=%llu cold_negative=%llu potentials=%lld checksum=%016llx\n",
           (unsigned long long)pivots, (unsigned long long)coldneg, (long long)psum,
           (unsigned long long)checksum);
    return 0;
}
