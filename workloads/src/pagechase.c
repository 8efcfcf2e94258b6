/* pagechase: TLB stress with few instructions. One 8-byte slot per 16 KB page
 * of an N MiB region, linked into one random cycle (Sattolo), chased M steps.
 * The region is mmap'd with 32 MiB alignment so THP can back it.
 *   pagechase [MIB [STEPS [madvise]]]   (defaults 256 2000000) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#define PAGE 16384u
#define HUGE (32u << 20)

static uint64_t xs = 88172645463325252ull;
static uint64_t rnd(void) { xs ^= xs << 13; xs ^= xs >> 7; xs ^= xs << 17; return xs; }

int main(int argc, char **argv)
{
    size_t mib = argc > 1 ? strtoul(argv[1], 0, 0) : 256;
    long steps = argc > 2 ? strtol(argv[2], 0, 0) : 2000000;
    size_t len = mib << 20, npages = len / PAGE;
    char *raw = mmap(0, len + HUGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) { perror("mmap"); return 1; }
    char *base = (char *)(((uintptr_t)raw + HUGE - 1) & ~(uintptr_t)(HUGE - 1));
    if (argc > 3) madvise(base, len, 14 /* MADV_HUGEPAGE */);
    uint32_t *order = malloc(npages * sizeof *order);
    for (size_t i = 0; i < npages; i++) order[i] = (uint32_t)i;
    for (size_t i = npages - 1; i > 0; i--) {          /* Sattolo: one cycle */
        size_t j = rnd() % i;
        uint32_t t = order[i]; order[i] = order[j]; order[j] = t;
    }
    /* slot of page p sits at a fixed offset inside the page */
    for (size_t i = 0; i < npages; i++) {
        uint64_t *slot = (uint64_t *)(base + (size_t)order[i] * PAGE + (order[i] % 64) * 8);
        uint32_t next = order[(i + 1) % npages];
        *slot = (uint64_t)(uintptr_t)(base + (size_t)next * PAGE + (next % 64) * 8);
    }
    uint64_t *p = (uint64_t *)(base + (size_t)order[0] * PAGE + (order[0] % 64) * 8);
    uint64_t sum = 0;
    for (long s = 0; s < steps; s++) { sum += (uintptr_t)p & 0xfffff; p = (uint64_t *)*p; }
    printf("pagechase mib=%zu pages=%zu steps=%ld sum=%llu\n", mib, npages, steps, (unsigned long long)sum);
    return 0;
}
