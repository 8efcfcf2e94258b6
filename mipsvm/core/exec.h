/* The interpreter: fetch, decode (generated from mipsvm/isa/table.py), execute.
 *
 * Delay slots use the pc/npc pair: every instruction advances pc <- npc,
 * npc <- npc + 4; a taken branch overwrites npc. s->ds_pending marks that the
 * next instruction sits in a delay slot, so an exception there reports the
 * branch as EPC with Cause.BD (MIPS64 PRA 6.x). Exceptions stop the loop and
 * are served in Python (the host kernel); the loop never calls into Python. */
#ifndef MIPSVM_EXEC_H
#define MIPSVM_EXEC_H
#include "machine.h"
#include "priv.h"
#include "decode_gen.h"
#include "fpu.h"
#include "dbg.h"

/* Fields: the fld_* accessors generated from the table (decode_gen.h). */
#define R(x) (s->gpr[(x)])
#define SIMM16(w) ((uint64_t)(int64_t)(int16_t)fld_imm16(w))       /* sign-extended */
#define SOFF16(w) ((uint64_t)(int64_t)(int16_t)fld_offset16(w))
#define SX32(v) ((uint64_t)(int64_t)(int32_t)(uint32_t)(v))
#define BTARGET (cur + 4 + (SOFF16(w) << 2))

#define RAISE(code) do { exc = (code); goto take_exc; } while (0)
/* The executing context's CP0: the guest's in guest mode (VZ), else root's. */
#define CUR(m) (&(m)->cp0[(m)->in_guest ? CTX_GUEST : CTX_ROOT])
/* Kernel mode of the executing context, or its Status.CU0, or Coprocessor
 * Unusable (CE=0) -- a guest's own exception in guest mode. */
#define KERNEL_MODE() (m->mmu.ctx.cur.seg.mode == MODE_KERNEL)
#define PRIV() do { if (unlikely(!KERNEL_MODE() && !(CUR(m)->r[CP0_STATUS] & ST_CU0))) RAISE(EXC_CPU); } while (0)
/* A guest exit: a root GE exception with GuestCtl0.GExcCode (vz.h). */
#define GUEST_EXIT(g) do { exit_gexc = (g); RAISE(EXC_GE); } while (0)
/* Root-only VZ instructions (MFGC0 family, TLBG*): CpU in user mode, then
 * Reserved Instruction without VZ or in guest mode (the guest's own RI). */
#define VZ_ROOT_OP() do { PRIV(); if (unlikely(!m->vz || m->in_guest)) RAISE(EXC_RI); } while (0)
#define STOP() (max_icount < m->timer_icount ? max_icount : m->timer_icount)
#define CP0SEL(w) (fld_rd(w) * 8 + fld_sel(w))
#define RAISE_ADDR(code, va) do { bad = (va); exc = (code); goto take_exc; } while (0)
#define MEMFAULT(code, va, acc) do { s->exc_access = (acc); RAISE_ADDR(code, va); } while (0)

/* Memory access helpers: natural alignment, then translation. The DBG_ and
 * LOG_ hooks are empty in the fast loop (loop.h). */
#define HOSTPTR(p, va, acc, align_exc)                                        \
    uint8_t *p;                                                               \
    do {                                                                      \
        DBG_WATCH(va, sizeof_acc, acc);                                       \
        m->mmu.stat_dacc++;                                                   \
        if ((acc) == ACC_STORE) m->mmu.stat_dstore++;                         \
        if (unlikely((va) & (sizeof_acc - 1))) MEMFAULT(align_exc, va, acc);  \
        p = vtrans(&m->mmu, (va), (acc), &exc);                               \
        if (unlikely(!p)) MEMFAULT(exc, va, acc);                             \
    } while (0)

#define LOAD(T, va, out) do {                                                 \
        uint64_t _va = (va); enum { sizeof_acc = sizeof(T) };                 \
        HOSTPTR(_p, _va, ACC_LOAD, EXC_ADEL);                                  \
        T _v; memcpy(&_v, _p, sizeof(T)); out = _v;                           \
        LOG_MEM(_va, sizeof(T), _v, 0);                                       \
    } while (0)

#define STORE(T, va, val) do {                                                \
        uint64_t _va = (va); enum { sizeof_acc = sizeof(T) };                 \
        HOSTPTR(_p, _va, ACC_STORE, EXC_ADES);                                 \
        T _v = (T)(val); memcpy(_p, &_v, sizeof(T));                          \
        LOG_MEM(_va, sizeof(T), _v, 1);                                       \
    } while (0)

/* Host pointer to the aligned unit (mask 3 or 7) holding va, for the
 * unaligned-access instructions; faults report va itself as BadVAddr. */
#define UNIT_PTR(p, va, mask, acc)                                            \
    DBG_WATCH((va) & ~(uint64_t)(mask), (mask) + 1, acc);                     \
    m->mmu.stat_dacc++;                                                       \
    if ((acc) == ACC_STORE) m->mmu.stat_dstore++;                             \
    uint8_t *p = vtrans(&m->mmu, (va) & ~(uint64_t)(mask), (acc), &exc);      \
    if (unlikely(!p)) MEMFAULT(exc, va, acc);                                 \
    UNIT_LOG(p, (va) & ~(uint64_t)(mask), (mask) + 1, acc)

#define BRANCH(cond) do {                                                     \
        ds_pending = 1;                                                       \
        if (cond) npc = BTARGET;                                              \
    } while (0)

/* Branch-likely: a not-taken branch annuls its delay slot. */
#define BRANCH_LIKELY(cond) do {                                              \
        if (cond) { ds_pending = 1; npc = BTARGET; }                          \
        else { pc = npc; npc += 4; }                                          \
    } while (0)

static inline uint64_t mask_bits(unsigned n) { return n >= 64 ? ~0ULL : ((1ULL << n) - 1); }

/* Signed divide with the architecturally UNPREDICTABLE cases (divide by zero,
 * MIN / -1) made safe the way qemu does: the divisor becomes 1. */
static inline void div32(CPUState *s, int32_t a, int32_t b)
{
    if (b == 0 || (a == INT32_MIN && b == -1)) b = 1;
    s->lo = SX32(a / b); s->hi = SX32(a % b);
}
static inline void divu32(CPUState *s, uint32_t a, uint32_t b)
{
    if (b == 0) b = 1;
    s->lo = SX32(a / b); s->hi = SX32(a % b);
}
static inline void div64(CPUState *s, int64_t a, int64_t b)
{
    if (b == 0 || (a == INT64_MIN && b == -1)) b = 1;
    s->lo = (uint64_t)(a / b); s->hi = (uint64_t)(a % b);
}
static inline void divu64(CPUState *s, uint64_t a, uint64_t b)
{
    if (b == 0) b = 1;
    s->lo = a / b; s->hi = a % b;
}

/* HI:LO as one 64-bit accumulator for MADD/MSUB (MIPS32 semantics). */
static inline int64_t acc_get(const CPUState *s) { return (int64_t)(((uint64_t)(uint32_t)s->hi << 32) | (uint32_t)s->lo); }
static inline void acc_set(CPUState *s, uint64_t v) { s->hi = SX32(v >> 32); s->lo = SX32(v); }

static inline uint64_t bswap_halves64(uint64_t v)   /* DSBH */
{
    return ((v & 0x00ff00ff00ff00ffULL) << 8) | ((v >> 8) & 0x00ff00ff00ff00ffULL);
}

static inline uint32_t dc_index(uint32_t w) { return (w ^ (w >> 16) ^ (w >> 26)) & (DC_SIZE - 1); }

static inline int decode_cached(Machine *m, uint32_t w)
{
    DCEntry *e = &m->dcache[dc_index(w)];
    if (likely(e->w == w)) return (int)e->op;
    e->w = w;
    e->op = (uint32_t)mips_decode(w);
    return (int)e->op;
}

static void dc_init(Machine *m)
{
    for (uint32_t i = 0; i < DC_SIZE; i++) { m->dcache[i].w = 0; m->dcache[i].op = (uint32_t)mips_decode(0); }
}

/* The exception the Python host kernel is to serve. */
static inline void report_exception(CPUState *s, int code, uint64_t epc, int bd, uint64_t bad, uint32_t insn)
{
    s->event = EV_EXCEPTION;
    s->exc_code = code;
    s->exc_bd = bd;
    s->exc_epc = epc;
    s->exc_badvaddr = bad;
    s->exc_insn = insn;
}


/* The loop, twice: mips_run (fast, no hooks) and mips_run_logged. */
#define MIPS_LOGGED 0
#include "loop.h"
#undef MIPS_LOGGED
#define MIPS_LOGGED 1
#include "loop.h"
#undef MIPS_LOGGED

#endif
