/* mcf_like: pointer chasing over a large contiguous array of structs with
 * poor spatial locality, loosely modelled on SPEC mcf's network simplex
 * (arcs pointing at tail/head nodes, a spanning tree walked through
 * pred/child/sibling pointers, potentials updated along the way).
 * Usage: mcf_like [MIB [STEPS]]   defaults: 64 MiB, 4000000 steps.
 * About a quarter of the data is nodes (64 bytes each), the rest arcs
 * (48 bytes each).  All output is deterministic. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct node {
    int64_t potential;
    struct node *pred;
    struct node *child;
    struct node *sibling;
    struct arc *basic_arc;
    int64_t flow;
    int32_t depth;
    int32_t orientation;
    int64_t number;
} node_t;

typedef struct arc {
    node_t *tail;
    node_t *head;
    int64_t cost;
    int64_t flow;
    struct arc *nextout;
    int32_t ident;
    int32_t pad;
} arc_t;

static uint64_t rs = 0x2545F4914F6CDD1Dull;
static uint64_t rnd(void)
{
    rs ^= rs << 13;
    rs ^= rs >> 7;
    rs ^= rs << 17;
    return rs;
}

static unsigned long parse(const char *s, const char *what)
{
    char *end;
    unsigned long v = strtoul(s, &end, 0);
    if (*end || v == 0) {
        fprintf(stderr, "mcf_like: bad %s '%s'\n", what, s);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv)
{
    unsigned long mib = argc > 1 ? parse(argv[1], "MiB") : 64;
    unsigned long steps = argc > 2 ? parse(argv[2], "steps") : 4000000;
    size_t bytes = (size_t)mib << 20;
    size_t nnodes = bytes / 4 / sizeof(node_t);
    size_t narcs = (bytes - nnodes * sizeof(node_t)) / sizeof(arc_t);
    if (nnodes < 4) nnodes = 4;
    if (narcs < 4) narcs = 4;

    /* one contiguous block: nodes first, then arcs */
    char *block = malloc(nnodes * sizeof(node_t) + narcs * sizeof(arc_t));
    if (!block) {
        fprintf(stderr, "mcf_like: cannot allocate %lu MiB\n", mib);
        return 2;
    }
    node_t *nodes = (node_t *)block;
    arc_t *arcs = (arc_t *)(block + nnodes * sizeof(node_t));

    /* A random spanning tree: node i's parent is a random earlier node, so
     * parents are scattered over the whole array. */
    for (size_t i = 0; i < nnodes; i++) {
        node_t *n = &nodes[i];
        n->potential = (int64_t)(rnd() % 100000);
        n->child = NULL;
        n->sibling = NULL;
        n->basic_arc = NULL;
        n->flow = 0;
        n->number = (int64_t)i;
        n->orientation = (int32_t)(i & 1);
        if (i == 0) {
            n->pred = NULL;
            n->depth = 0;
        } else {
            node_t *p = &nodes[rnd() % i];
            n->pred = p;
            n->depth = p->depth + 1;
            n->sibling = p->child;
            p->child = n;
        }
    }
    /* Arcs between random node pairs; each node's outgoing list threads
     * through the arc array in random order. */
    node_t **lastout = calloc(nnodes, sizeof *lastout);
    arc_t **firstout = calloc(nnodes, sizeof *firstout);
    if (!lastout || !firstout) return 2;
    for (size_t i = 0; i < narcs; i++) {
        arc_t *a = &arcs[i];
        size_t t = rnd() % nnodes, h = rnd() % nnodes;
        a->tail = &nodes[t];
        a->head = &nodes[h];
        a->cost = (int64_t)(rnd() % 200000) - 50000;
        a->flow = 0;
        a->ident = (int32_t)(i % 3);
        a->pad = 0;
        a->nextout = firstout[t];
        firstout[t] = a;
        if (!nodes[t].basic_arc) nodes[t].basic_arc = a;
    }
    free(lastout);

    /* Pricing + tree update loop. */
    uint64_t checksum = 0, negative = 0, treewalk = 0;
    size_t ai = 0;
    const size_t stride = 7919;  /* a prime: visits arcs with large jumps */
    int64_t maxdepth = 0;
    for (unsigned long s = 0; s < steps; s++) {
        ai += stride;
        if (ai >= narcs) ai -= narcs;
        if (ai >= narcs) ai %= narcs;
        arc_t *a = &arcs[ai];
        int64_t red = a->cost - a->tail->potential + a->head->potential;
        if (red < 0) {
            negative++;
            a->flow++;
            /* walk up from the head towards the root a few levels,
             * adjusting potentials like a basis update */
            node_t *n = a->head;
            int k = 0;
            while (n->pred && k < 6) {
                n->potential += red / 8;
                n->flow += a->ident;
                n = n->pred;
                k++;
                treewalk++;
            }
            if (n->depth > maxdepth) maxdepth = n->depth;
            /* follow the tail's outgoing arc list for a couple of hops */
            arc_t *o = firstout[a->tail - nodes];
            for (int h = 0; o && h < 3; h++, o = o->nextout)
                checksum += (uint64_t)(o->cost ^ o->head->number);
        } else {
            /* visit the first child of the tail, if any */
            node_t *c = a->tail->child;
            if (c) checksum += (uint64_t)c->potential * 3;
        }
        checksum = checksum * 1000003u + (uint64_t)red;
    }
    int64_t psum = 0;
    for (size_t i = 0; i < nnodes; i++) psum += nodes[i].potential ^ nodes[i].flow;
    printf("mcf_like mib=%lu nodes=%zu arcs=%zu steps=%lu\n", mib, nnodes, narcs, steps);
    printf("negative=%llu treewalk=%llu maxdepth=%lld\n", (unsigned long long)negative,
           (unsigned long long)treewalk, (long long)maxdepth);
    printf("checksum=%016llx potentials=%lld\n", (unsigned long long)checksum, (long long)psum);
    free(firstout);
    free(block);
    return 0;
}
