/* CP0 state of one context (root; the VZ guest context next to it later).
 * Register numbers, fields and exception codes come from cp0_gen.h, which
 * mipsvm/cp0/gen.py generates from the table in mipsvm/cp0/regs.py; the write
 * and read side effects named in the table's hook columns are in hooks.h. */
#ifndef MIPSVM_CP0_H
#define MIPSVM_CP0_H
#include <stdint.h>
#include "cp0_gen.h"

enum { CTX_ROOT = 0, CTX_GUEST = 1, CTX_COUNT = 2 };

typedef struct CP0Ctx {
    uint64_t r[CP0_NREGS];      /* reg*8+sel; 32-bit registers zero-extended */
    uint64_t wmask[CP0_NREGS];  /* software-writable bits (the model's) */
    uint64_t perf_base[4];      /* PerfCnt value = event count - base */
    uint32_t count_offset;      /* Count = cycles / CCRes + count_offset */
    uint32_t timer_base;        /* Count when the timer was last evaluated (hooks.h timer_deadline) */
    int random_top;             /* a Wired write makes the next Random read VTLB-1 */
} CP0Ctx;

/* The plain masked write every register without a hook gets. */
static inline uint64_t cp0_masked(const CP0Ctx *c, unsigned idx, uint64_t v)
{
    return (c->r[idx] & ~c->wmask[idx]) | (v & c->wmask[idx]);
}

/* MFC0/DMFC0 of a 32-bit register return bit 31 sign-extended (PRA). */
static inline uint64_t cp0_sx32(uint64_t v) { return (uint64_t)(int64_t)(int32_t)(uint32_t)v; }

#endif
