/* Physical memory: one host mapping of the machine's memory, and the
 * bounds-checked accessors the walkers use (a PA outside memory is a bus
 * error for the access that needed it, never a host crash). */
#ifndef MIPSVM_MMU_PHYS_H
#define MIPSVM_MMU_PHYS_H
#include <stdint.h>
#include <string.h>

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

typedef struct PhysMem {
    uint8_t *base;
    uint64_t size;          /* bytes, a multiple of 16 KB */
} PhysMem;

static inline int phys_ok(const PhysMem *p, uint64_t pa, uint64_t n)
{
    return n <= p->size && pa <= p->size - n;
}

/* Aligned 64-bit load; returns 0 and clears *ok outside memory. */
static inline uint64_t phys_ld64(const PhysMem *p, uint64_t pa, int *ok)
{
    uint64_t v;
    if ((pa & 7) || !phys_ok(p, pa, 8)) { *ok = 0; return 0; }
    memcpy(&v, p->base + pa, 8);
    return v;
}

#endif
