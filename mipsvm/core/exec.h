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

/* Memory access helpers: natural alignment, then translation. */
#define HOSTPTR(p, va, acc, align_exc)                                        \
    uint8_t *p;                                                               \
    do {                                                                      \
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
    } while (0)

#define STORE(T, va, val) do {                                                \
        uint64_t _va = (va); enum { sizeof_acc = sizeof(T) };                 \
        HOSTPTR(_p, _va, ACC_STORE, EXC_ADES);                                 \
        T _v = (T)(val); memcpy(_p, &_v, sizeof(T));                          \
    } while (0)

/* Host pointer to the aligned unit (mask 3 or 7) holding va, for the
 * unaligned-access instructions; faults report va itself as BadVAddr. */
#define UNIT_PTR(p, va, mask, acc)                                            \
    m->mmu.stat_dacc++;                                                       \
    if ((acc) == ACC_STORE) m->mmu.stat_dstore++;                             \
    uint8_t *p = vtrans(&m->mmu, (va) & ~(uint64_t)(mask), (acc), &exc);      \
    if (unlikely(!p)) MEMFAULT(exc, va, acc)

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

/* Run until an event or until icount reaches max_icount. */
static int mips_run(Machine *m, uint64_t max_icount)
{
    CPUState *s = &m->s;
    /* Hot state in locals (registers); written back on every exit. */
    uint64_t pc = s->pc, npc = s->npc, icount = s->icount;
    int ds_pending = s->ds_pending;
    uint64_t cur = pc, bad = 0;
    uint32_t w = s->last_insn, bw = 0;   /* bw: the previous word (a branch, when in_ds) */
    int exc = 0, in_ds = 0, counted = 0, exit_gexc = NO_EXIT;

    s->event = EV_NONE;
    fpu_host_enter(s);
again:;
    uint64_t stop = STOP();
    while (likely(icount < stop)) {
        cur = pc;
        in_ds = ds_pending;
        ds_pending = 0;
        counted = 0;
        /* the current code page, or the MMU (a misaligned pc never matches) */
        if (unlikely((cur & (m->mmu.code_vmask | 3)) != m->mmu.code_vtag)) {
            if (cur & 3) MEMFAULT(EXC_ADEL, cur, ACC_FETCH);
            if (!fetch_ptr(&m->mmu, cur, &exc)) MEMFAULT(exc, cur, ACC_FETCH);
        }
        bw = w;
        memcpy(&w, (const void *)(uintptr_t)(cur + m->mmu.code_addend), 4);
        pc = npc;
        npc += 4;
        icount++;
        counted = 1;

        int op = decode_cached(m, w);
        switch (op) {
        /* ---- shifts ---- */
        case OP_SLL:   R(fld_rd(w)) = SX32((uint32_t)R(fld_rt(w)) << fld_sa(w)); break;
        case OP_SRL:   R(fld_rd(w)) = SX32((uint32_t)R(fld_rt(w)) >> fld_sa(w)); break;
        case OP_ROTR: { uint32_t v = (uint32_t)R(fld_rt(w)); unsigned a = fld_sa(w);
                        R(fld_rd(w)) = SX32(a ? (v >> a) | (v << (32 - a)) : v); break; }
        case OP_SRA:   R(fld_rd(w)) = SX32((int32_t)R(fld_rt(w)) >> fld_sa(w)); break;
        case OP_SLLV:  R(fld_rd(w)) = SX32((uint32_t)R(fld_rt(w)) << (R(fld_rs(w)) & 31)); break;
        case OP_SRLV:  R(fld_rd(w)) = SX32((uint32_t)R(fld_rt(w)) >> (R(fld_rs(w)) & 31)); break;
        case OP_ROTRV: { uint32_t v = (uint32_t)R(fld_rt(w)); unsigned a = R(fld_rs(w)) & 31;
                         R(fld_rd(w)) = SX32(a ? (v >> a) | (v << (32 - a)) : v); break; }
        case OP_SRAV:  R(fld_rd(w)) = SX32((int32_t)R(fld_rt(w)) >> (R(fld_rs(w)) & 31)); break;
        case OP_DSLL:  R(fld_rd(w)) = R(fld_rt(w)) << fld_sa(w); break;
        case OP_DSRL:  R(fld_rd(w)) = R(fld_rt(w)) >> fld_sa(w); break;
        case OP_DSRA:  R(fld_rd(w)) = (uint64_t)((int64_t)R(fld_rt(w)) >> fld_sa(w)); break;
        case OP_DSLL32: R(fld_rd(w)) = R(fld_rt(w)) << (fld_sa(w) + 32); break;
        case OP_DSRL32: R(fld_rd(w)) = R(fld_rt(w)) >> (fld_sa(w) + 32); break;
        case OP_DSRA32: R(fld_rd(w)) = (uint64_t)((int64_t)R(fld_rt(w)) >> (fld_sa(w) + 32)); break;
        case OP_DROTR: { uint64_t v = R(fld_rt(w)); unsigned a = fld_sa(w);
                         R(fld_rd(w)) = a ? (v >> a) | (v << (64 - a)) : v; break; }
        case OP_DROTR32: { uint64_t v = R(fld_rt(w)); unsigned a = fld_sa(w) + 32;
                           R(fld_rd(w)) = (v >> a) | (v << (64 - a)); break; }
        case OP_DSLLV: R(fld_rd(w)) = R(fld_rt(w)) << (R(fld_rs(w)) & 63); break;
        case OP_DSRLV: R(fld_rd(w)) = R(fld_rt(w)) >> (R(fld_rs(w)) & 63); break;
        case OP_DSRAV: R(fld_rd(w)) = (uint64_t)((int64_t)R(fld_rt(w)) >> (R(fld_rs(w)) & 63)); break;
        case OP_DROTRV: { uint64_t v = R(fld_rt(w)); unsigned a = R(fld_rs(w)) & 63;
                          R(fld_rd(w)) = a ? (v >> a) | (v << (64 - a)) : v; break; }

        /* ---- ALU, register ---- */
        case OP_ADD: { int32_t r;
            if (__builtin_add_overflow((int32_t)R(fld_rs(w)), (int32_t)R(fld_rt(w)), &r)) RAISE(EXC_OV);
            R(fld_rd(w)) = SX32(r); break; }
        case OP_ADDU:  R(fld_rd(w)) = SX32((uint32_t)R(fld_rs(w)) + (uint32_t)R(fld_rt(w))); break;
        case OP_SUB: { int32_t r;
            if (__builtin_sub_overflow((int32_t)R(fld_rs(w)), (int32_t)R(fld_rt(w)), &r)) RAISE(EXC_OV);
            R(fld_rd(w)) = SX32(r); break; }
        case OP_SUBU:  R(fld_rd(w)) = SX32((uint32_t)R(fld_rs(w)) - (uint32_t)R(fld_rt(w))); break;
        case OP_DADD: { int64_t r;
            if (__builtin_add_overflow((int64_t)R(fld_rs(w)), (int64_t)R(fld_rt(w)), &r)) RAISE(EXC_OV);
            R(fld_rd(w)) = (uint64_t)r; break; }
        case OP_DADDU: R(fld_rd(w)) = R(fld_rs(w)) + R(fld_rt(w)); break;
        case OP_DSUB: { int64_t r;
            if (__builtin_sub_overflow((int64_t)R(fld_rs(w)), (int64_t)R(fld_rt(w)), &r)) RAISE(EXC_OV);
            R(fld_rd(w)) = (uint64_t)r; break; }
        case OP_DSUBU: R(fld_rd(w)) = R(fld_rs(w)) - R(fld_rt(w)); break;
        case OP_AND:   R(fld_rd(w)) = R(fld_rs(w)) & R(fld_rt(w)); break;
        case OP_OR:    R(fld_rd(w)) = R(fld_rs(w)) | R(fld_rt(w)); break;
        case OP_XOR:   R(fld_rd(w)) = R(fld_rs(w)) ^ R(fld_rt(w)); break;
        case OP_NOR:   R(fld_rd(w)) = ~(R(fld_rs(w)) | R(fld_rt(w))); break;
        case OP_SLT:   R(fld_rd(w)) = (int64_t)R(fld_rs(w)) < (int64_t)R(fld_rt(w)); break;
        case OP_SLTU:  R(fld_rd(w)) = R(fld_rs(w)) < R(fld_rt(w)); break;
        case OP_MOVZ:  if (R(fld_rt(w)) == 0) R(fld_rd(w)) = R(fld_rs(w)); break;
        case OP_MOVN:  if (R(fld_rt(w)) != 0) R(fld_rd(w)) = R(fld_rs(w)); break;

        /* ---- ALU, immediate ---- */
        case OP_ADDI: { int32_t r;
            if (__builtin_add_overflow((int32_t)R(fld_rs(w)), (int32_t)SIMM16(w), &r)) RAISE(EXC_OV);
            R(fld_rt(w)) = SX32(r); break; }
        case OP_ADDIU: R(fld_rt(w)) = SX32((uint32_t)R(fld_rs(w)) + (uint32_t)SIMM16(w)); break;
        case OP_DADDI: { int64_t r;
            if (__builtin_add_overflow((int64_t)R(fld_rs(w)), (int64_t)SIMM16(w), &r)) RAISE(EXC_OV);
            R(fld_rt(w)) = (uint64_t)r; break; }
        case OP_DADDIU: R(fld_rt(w)) = R(fld_rs(w)) + SIMM16(w); break;
        case OP_SLTI:  R(fld_rt(w)) = (int64_t)R(fld_rs(w)) < (int64_t)SIMM16(w); break;
        case OP_SLTIU: R(fld_rt(w)) = R(fld_rs(w)) < SIMM16(w); break;
        case OP_ANDI:  R(fld_rt(w)) = R(fld_rs(w)) & fld_imm16(w); break;
        case OP_ORI:   R(fld_rt(w)) = R(fld_rs(w)) | fld_imm16(w); break;
        case OP_XORI:  R(fld_rt(w)) = R(fld_rs(w)) ^ fld_imm16(w); break;
        case OP_LUI:   R(fld_rt(w)) = SX32(fld_imm16(w) << 16); break;

        /* ---- multiply / divide ---- */
        case OP_MFHI: R(fld_rd(w)) = s->hi; break;
        case OP_MFLO: R(fld_rd(w)) = s->lo; break;
        case OP_MTHI: s->hi = R(fld_rs(w)); break;
        case OP_MTLO: s->lo = R(fld_rs(w)); break;
        case OP_MULT: { int64_t p = (int64_t)(int32_t)R(fld_rs(w)) * (int32_t)R(fld_rt(w));
                        s->lo = SX32(p); s->hi = SX32((uint64_t)p >> 32); break; }
        case OP_MULTU: { uint64_t p = (uint64_t)(uint32_t)R(fld_rs(w)) * (uint32_t)R(fld_rt(w));
                         s->lo = SX32(p); s->hi = SX32(p >> 32); break; }
        case OP_DMULT: { __int128 p = (__int128)(int64_t)R(fld_rs(w)) * (int64_t)R(fld_rt(w));
                         s->lo = (uint64_t)p; s->hi = (uint64_t)((unsigned __int128)p >> 64); break; }
        case OP_DMULTU: { unsigned __int128 p = (unsigned __int128)R(fld_rs(w)) * R(fld_rt(w));
                          s->lo = (uint64_t)p; s->hi = (uint64_t)(p >> 64); break; }
        case OP_DIV:   div32(s, (int32_t)R(fld_rs(w)), (int32_t)R(fld_rt(w))); break;
        case OP_DIVU:  divu32(s, (uint32_t)R(fld_rs(w)), (uint32_t)R(fld_rt(w))); break;
        case OP_DDIV:  div64(s, (int64_t)R(fld_rs(w)), (int64_t)R(fld_rt(w))); break;
        case OP_DDIVU: divu64(s, R(fld_rs(w)), R(fld_rt(w))); break;
        case OP_MUL:   R(fld_rd(w)) = SX32((uint32_t)((int64_t)(int32_t)R(fld_rs(w)) * (int32_t)R(fld_rt(w)))); break;
        case OP_MADD:  acc_set(s, (uint64_t)(acc_get(s) + (int64_t)(int32_t)R(fld_rs(w)) * (int32_t)R(fld_rt(w)))); break;
        case OP_MADDU: acc_set(s, (uint64_t)acc_get(s) + (uint64_t)(uint32_t)R(fld_rs(w)) * (uint32_t)R(fld_rt(w))); break;
        case OP_MSUB:  acc_set(s, (uint64_t)(acc_get(s) - (int64_t)(int32_t)R(fld_rs(w)) * (int32_t)R(fld_rt(w)))); break;
        case OP_MSUBU: acc_set(s, (uint64_t)acc_get(s) - (uint64_t)(uint32_t)R(fld_rs(w)) * (uint32_t)R(fld_rt(w))); break;
        case OP_CLZ: { uint32_t v = (uint32_t)R(fld_rs(w)); R(fld_rd(w)) = v ? __builtin_clz(v) : 32; break; }
        case OP_CLO: { uint32_t v = ~(uint32_t)R(fld_rs(w)); R(fld_rd(w)) = v ? __builtin_clz(v) : 32; break; }
        case OP_DCLZ: { uint64_t v = R(fld_rs(w)); R(fld_rd(w)) = v ? __builtin_clzll(v) : 64; break; }
        case OP_DCLO: { uint64_t v = ~R(fld_rs(w)); R(fld_rd(w)) = v ? __builtin_clzll(v) : 64; break; }

        /* ---- bit field and byte manipulation (Release 2); an illegal
         * pos/size decodes as OP_INVALID (the table's ri=) ---- */
        case OP_EXT: { unsigned lsb = fld_lsb(w), size = fld_msbd(w) + 1;
            R(fld_rt(w)) = SX32((R(fld_rs(w)) >> lsb) & mask_bits(size)); break; }
        case OP_DEXT: { unsigned lsb = fld_lsb(w), size = fld_msbd(w) + 1;
            R(fld_rt(w)) = (R(fld_rs(w)) >> lsb) & mask_bits(size); break; }
        case OP_DEXTM: { unsigned lsb = fld_lsb(w), size = fld_msbd(w) + 33;
            R(fld_rt(w)) = (R(fld_rs(w)) >> lsb) & mask_bits(size); break; }
        case OP_DEXTU: { unsigned lsb = fld_lsb(w) + 32, size = fld_msbd(w) + 1;
            R(fld_rt(w)) = (R(fld_rs(w)) >> lsb) & mask_bits(size); break; }
        case OP_INS: { unsigned lsb = fld_lsb(w), msb = fld_msb(w);
            uint64_t mk = mask_bits(msb - lsb + 1) << lsb;
            R(fld_rt(w)) = SX32(((uint32_t)R(fld_rt(w)) & ~mk) | ((R(fld_rs(w)) << lsb) & mk)); break; }
        case OP_DINS: case OP_DINSM: case OP_DINSU: {
            unsigned lsb = fld_lsb(w), msb = fld_msb(w);
            if (op == OP_DINSM) msb += 32;
            if (op == OP_DINSU) { lsb += 32; msb += 32; }
            uint64_t mk = mask_bits(msb - lsb + 1) << lsb;
            R(fld_rt(w)) = (R(fld_rt(w)) & ~mk) | ((R(fld_rs(w)) << lsb) & mk); break; }
        case OP_WSBH: { uint32_t v = (uint32_t)R(fld_rt(w));
            R(fld_rd(w)) = SX32(((v & 0x00ff00ffu) << 8) | ((v >> 8) & 0x00ff00ffu)); break; }
        case OP_SEB: R(fld_rd(w)) = (uint64_t)(int64_t)(int8_t)R(fld_rt(w)); break;
        case OP_SEH: R(fld_rd(w)) = (uint64_t)(int64_t)(int16_t)R(fld_rt(w)); break;
        case OP_DSBH: R(fld_rd(w)) = bswap_halves64(R(fld_rt(w))); break;
        case OP_DSHD: { uint64_t v = R(fld_rt(w));
            R(fld_rd(w)) = (v << 48) | ((v & 0xffff0000ULL) << 16) | ((v >> 16) & 0xffff0000ULL) | (v >> 48); break; }

        /* ---- branches and jumps ---- */
        case OP_BEQ:  BRANCH(R(fld_rs(w)) == R(fld_rt(w))); break;
        case OP_BNE:  BRANCH(R(fld_rs(w)) != R(fld_rt(w))); break;
        case OP_BLEZ: BRANCH((int64_t)R(fld_rs(w)) <= 0); break;
        case OP_BGTZ: BRANCH((int64_t)R(fld_rs(w)) > 0); break;
        case OP_BLTZ: BRANCH((int64_t)R(fld_rs(w)) < 0); break;
        case OP_BGEZ: BRANCH((int64_t)R(fld_rs(w)) >= 0); break;
        case OP_BLTZAL: { int c = (int64_t)R(fld_rs(w)) < 0; R(31) = cur + 8; BRANCH(c); break; }
        case OP_BGEZAL: { int c = (int64_t)R(fld_rs(w)) >= 0; R(31) = cur + 8; BRANCH(c); break; }
        case OP_BEQL:  BRANCH_LIKELY(R(fld_rs(w)) == R(fld_rt(w))); break;
        case OP_BNEL:  BRANCH_LIKELY(R(fld_rs(w)) != R(fld_rt(w))); break;
        case OP_BLEZL: BRANCH_LIKELY((int64_t)R(fld_rs(w)) <= 0); break;
        case OP_BGTZL: BRANCH_LIKELY((int64_t)R(fld_rs(w)) > 0); break;
        case OP_BLTZL: BRANCH_LIKELY((int64_t)R(fld_rs(w)) < 0); break;
        case OP_BGEZL: BRANCH_LIKELY((int64_t)R(fld_rs(w)) >= 0); break;
        case OP_BLTZALL: { int c = (int64_t)R(fld_rs(w)) < 0; R(31) = cur + 8; BRANCH_LIKELY(c); break; }
        case OP_BGEZALL: { int c = (int64_t)R(fld_rs(w)) >= 0; R(31) = cur + 8; BRANCH_LIKELY(c); break; }
        case OP_BC1F:  BRANCH(!fpu_cond(s, fld_cc_20_18(w))); break;
        case OP_BC1T:  BRANCH(fpu_cond(s, fld_cc_20_18(w))); break;
        case OP_BC1FL: BRANCH_LIKELY(!fpu_cond(s, fld_cc_20_18(w))); break;
        case OP_BC1TL: BRANCH_LIKELY(fpu_cond(s, fld_cc_20_18(w))); break;
        case OP_J:   ds_pending = 1; npc = ((cur + 4) & ~0x0fffffffULL) | ((uint64_t)fld_target26(w) << 2); break;
        case OP_JAL: ds_pending = 1; R(31) = cur + 8;
                     npc = ((cur + 4) & ~0x0fffffffULL) | ((uint64_t)fld_target26(w) << 2); break;
        case OP_JR:  ds_pending = 1; npc = R(fld_rs(w)); break;
        case OP_JALR: { uint64_t t = R(fld_rs(w)); ds_pending = 1; R(fld_rd(w)) = cur + 8; npc = t; break; }

        /* ---- loads and stores ---- */
        case OP_LB:  LOAD(int8_t,   R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_LBU: LOAD(uint8_t,  R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_LH:  LOAD(int16_t,  R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_LHU: LOAD(uint16_t, R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_LW:  LOAD(int32_t,  R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_LWU: LOAD(uint32_t, R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_LD:  LOAD(uint64_t, R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_SB:  STORE(uint8_t,  R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_SH:  STORE(uint16_t, R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_SW:  STORE(uint32_t, R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_SD:  STORE(uint64_t, R(fld_base(w)) + SOFF16(w), R(fld_rt(w))); break;
        case OP_LL:  { uint64_t va = R(fld_base(w)) + SOFF16(w); LOAD(int32_t, va, R(fld_rt(w)));
                       s->llbit = 1; s->lladdr = va; break; }
        case OP_LLD: { uint64_t va = R(fld_base(w)) + SOFF16(w); LOAD(uint64_t, va, R(fld_rt(w)));
                       s->llbit = 1; s->lladdr = va; break; }
        case OP_SC:  { uint64_t va = R(fld_base(w)) + SOFF16(w);
                       if (s->llbit) STORE(uint32_t, va, R(fld_rt(w)));
                       R(fld_rt(w)) = s->llbit; s->llbit = 0; break; }
        case OP_SCD: { uint64_t va = R(fld_base(w)) + SOFF16(w);
                       if (s->llbit) STORE(uint64_t, va, R(fld_rt(w)));
                       R(fld_rt(w)) = s->llbit; s->llbit = 0; break; }
        /* Unaligned word/doubleword halves, little-endian (MIPS64 Vol II LWL..SDR):
         * b is the byte offset inside the aligned unit. */
        case OP_LWL: { uint64_t va = R(fld_base(w)) + SOFF16(w); uint32_t wv; unsigned b = va & 3;
            UNIT_PTR(_p, va, 3, ACC_LOAD); memcpy(&wv, _p, 4);
            uint32_t keep = b == 3 ? 0 : 0xffffffffu >> (8 * (b + 1));
            R(fld_rt(w)) = SX32((wv << (8 * (3 - b))) | ((uint32_t)R(fld_rt(w)) & keep)); break; }
        case OP_LWR: { uint64_t va = R(fld_base(w)) + SOFF16(w); uint32_t wv; unsigned b = va & 3;
            UNIT_PTR(_p, va, 3, ACC_LOAD); memcpy(&wv, _p, 4);
            uint32_t keep = b == 0 ? 0 : ~(0xffffffffu >> (8 * b));
            R(fld_rt(w)) = SX32((wv >> (8 * b)) | ((uint32_t)R(fld_rt(w)) & keep)); break; }
        case OP_LDL: { uint64_t va = R(fld_base(w)) + SOFF16(w), dv; unsigned b = va & 7;
            UNIT_PTR(_p, va, 7, ACC_LOAD); memcpy(&dv, _p, 8);
            uint64_t keep = b == 7 ? 0 : ~0ULL >> (8 * (b + 1));
            R(fld_rt(w)) = (dv << (8 * (7 - b))) | (R(fld_rt(w)) & keep); break; }
        case OP_LDR: { uint64_t va = R(fld_base(w)) + SOFF16(w), dv; unsigned b = va & 7;
            UNIT_PTR(_p, va, 7, ACC_LOAD); memcpy(&dv, _p, 8);
            uint64_t keep = b == 0 ? 0 : ~(~0ULL >> (8 * b));
            R(fld_rt(w)) = (dv >> (8 * b)) | (R(fld_rt(w)) & keep); break; }
        /* The stores merge into the aligned unit: one store-permission
         * translation, then read-modify-write through the host pointer. */
        case OP_SWL: { uint64_t va = R(fld_base(w)) + SOFF16(w); uint32_t wv; unsigned b = va & 3;
            UNIT_PTR(_p, va, 3, ACC_STORE); memcpy(&wv, _p, 4);
            uint32_t keep = b == 3 ? 0 : ~(0xffffffffu >> (8 * (3 - b)));
            wv = (wv & keep) | ((uint32_t)R(fld_rt(w)) >> (8 * (3 - b))); memcpy(_p, &wv, 4); break; }
        case OP_SWR: { uint64_t va = R(fld_base(w)) + SOFF16(w); uint32_t wv; unsigned b = va & 3;
            UNIT_PTR(_p, va, 3, ACC_STORE); memcpy(&wv, _p, 4);
            uint32_t keep = b == 0 ? 0 : (1u << (8 * b)) - 1;
            wv = (wv & keep) | ((uint32_t)R(fld_rt(w)) << (8 * b)); memcpy(_p, &wv, 4); break; }
        case OP_SDL: { uint64_t va = R(fld_base(w)) + SOFF16(w), dv; unsigned b = va & 7;
            UNIT_PTR(_p, va, 7, ACC_STORE); memcpy(&dv, _p, 8);
            uint64_t keep = b == 7 ? 0 : ~(~0ULL >> (8 * (7 - b)));
            dv = (dv & keep) | (R(fld_rt(w)) >> (8 * (7 - b))); memcpy(_p, &dv, 8); break; }
        case OP_SDR: { uint64_t va = R(fld_base(w)) + SOFF16(w), dv; unsigned b = va & 7;
            UNIT_PTR(_p, va, 7, ACC_STORE); memcpy(&dv, _p, 8);
            uint64_t keep = b == 0 ? 0 : (1ULL << (8 * b)) - 1;
            dv = (dv & keep) | (R(fld_rt(w)) << (8 * b)); memcpy(_p, &dv, 8); break; }

        /* ---- FPU memory (FR=1: a word goes to the low half of the FPR) ---- */
        case OP_LWC1: { uint32_t v; LOAD(uint32_t, R(fld_base(w)) + SOFF16(w), v);
            s->fpr[fld_ft(w)] = (s->fpr[fld_ft(w)] & 0xffffffff00000000ULL) | v; break; }
        case OP_LDC1: LOAD(uint64_t, R(fld_base(w)) + SOFF16(w), s->fpr[fld_ft(w)]); break;
        case OP_SWC1: STORE(uint32_t, R(fld_base(w)) + SOFF16(w), (uint32_t)s->fpr[fld_ft(w)]); break;
        case OP_SDC1: STORE(uint64_t, R(fld_base(w)) + SOFF16(w), s->fpr[fld_ft(w)]); break;
        case OP_LWXC1: { uint32_t v; LOAD(uint32_t, R(fld_base(w)) + R(fld_index(w)), v);
            s->fpr[fld_fd(w)] = (s->fpr[fld_fd(w)] & 0xffffffff00000000ULL) | v; break; }
        case OP_LDXC1: LOAD(uint64_t, R(fld_base(w)) + R(fld_index(w)), s->fpr[fld_fd(w)]); break;
        case OP_LUXC1: LOAD(uint64_t, (R(fld_base(w)) + R(fld_index(w))) & ~7ULL, s->fpr[fld_fd(w)]); break;
        case OP_SWXC1: STORE(uint32_t, R(fld_base(w)) + R(fld_index(w)), (uint32_t)s->fpr[fld_fs(w)]); break;
        case OP_SDXC1: STORE(uint64_t, R(fld_base(w)) + R(fld_index(w)), s->fpr[fld_fs(w)]); break;
        case OP_SUXC1: STORE(uint64_t, (R(fld_base(w)) + R(fld_index(w))) & ~7ULL, s->fpr[fld_fs(w)]); break;

        /* ---- no-ops for a single in-order hart without caches ---- */
        case OP_SYNC: case OP_PREF: case OP_PREFX: case OP_SYNCI: break;

        /* ---- traps, system calls, breakpoints ---- */
        case OP_SYSCALL: s->exc_tcode = fld_code20(w); RAISE(EXC_SYS);
        case OP_BREAK:   s->exc_tcode = fld_code20(w); RAISE(EXC_BP);
        case OP_SDBBP:   s->exc_tcode = fld_code20(w); RAISE(m->probe ? EXC_PROBE : EXC_RI);   /* no EJTAG: RI */
        case OP_TEQ:  if (R(fld_rs(w)) == R(fld_rt(w))) { s->exc_tcode = fld_code10_15_6(w); RAISE(EXC_TR); } break;
        case OP_TNE:  if (R(fld_rs(w)) != R(fld_rt(w))) { s->exc_tcode = fld_code10_15_6(w); RAISE(EXC_TR); } break;
        case OP_TGE:  if ((int64_t)R(fld_rs(w)) >= (int64_t)R(fld_rt(w))) { s->exc_tcode = fld_code10_15_6(w); RAISE(EXC_TR); } break;
        case OP_TGEU: if (R(fld_rs(w)) >= R(fld_rt(w))) { s->exc_tcode = fld_code10_15_6(w); RAISE(EXC_TR); } break;
        case OP_TLT:  if ((int64_t)R(fld_rs(w)) < (int64_t)R(fld_rt(w))) { s->exc_tcode = fld_code10_15_6(w); RAISE(EXC_TR); } break;
        case OP_TLTU: if (R(fld_rs(w)) < R(fld_rt(w))) { s->exc_tcode = fld_code10_15_6(w); RAISE(EXC_TR); } break;
        case OP_TEQI:  if (R(fld_rs(w)) == SIMM16(w)) { s->exc_tcode = 0; RAISE(EXC_TR); } break;
        case OP_TNEI:  if (R(fld_rs(w)) != SIMM16(w)) { s->exc_tcode = 0; RAISE(EXC_TR); } break;
        case OP_TGEI:  if ((int64_t)R(fld_rs(w)) >= (int64_t)SIMM16(w)) { s->exc_tcode = 0; RAISE(EXC_TR); } break;
        case OP_TGEIU: if (R(fld_rs(w)) >= SIMM16(w)) { s->exc_tcode = 0; RAISE(EXC_TR); } break;
        case OP_TLTI:  if ((int64_t)R(fld_rs(w)) < (int64_t)SIMM16(w)) { s->exc_tcode = 0; RAISE(EXC_TR); } break;
        case OP_TLTIU: if (R(fld_rs(w)) < SIMM16(w)) { s->exc_tcode = 0; RAISE(EXC_TR); } break;

        /* RDHWR: kernel mode, CU0 or the register's HWREna bit (Linux's
         * configure_hwrena enables 0-3 and 29 for user mode); values from the
         * CPU model. Other registers decode as OP_INVALID (the table's ri=).
         * A guest reading CC while root owns its timer exits (GPSI). */
        case OP_RDHWR: {
            unsigned hw = fld_rd(w);
            CP0Ctx *c = CUR(m);
            if (m->tlb_mode && !KERNEL_MODE() && !(c->r[CP0_STATUS] & ST_CU0)
                && !(c->r[CP0_HWRENA] & (1ULL << hw))) RAISE(EXC_RI);
            switch (hw) {
            case 0: R(fld_rt(w)) = c->r[CP0_EBASE] & EBASE_CPUNUM; break;
            case 1: R(fld_rt(w)) = m->synci_step; break;
            case 2: if (m->in_guest && !(ROOT(m, GUESTCTL0) & GCTL0_GT)) GUEST_EXIT(GEXC_GPSI);
                    s->icount = icount; R(fld_rt(w)) = SX32(cp0_count(m, c)); break;
            case 3: R(fld_rt(w)) = m->ccres; break;
            case 29: R(fld_rt(w)) = c->r[CP0_USERLOCAL]; break;
            }
            break; }

        /* ---- privileged: CP0, TLB, ERET (kernel mode of the executing context) ----
         * Count and the performance counters derive from icount, which lives
         * in a register here: publish it first. A write may move the timer. */
        case OP_MFC0: case OP_DMFC0: {
            PRIV(); s->icount = icount;
            if (m->in_guest) { int x = vz_guest_cp0_exit(m, CP0SEL(w), 0, 0); if (x != NO_EXIT) GUEST_EXIT(x); }
            R(fld_rt(w)) = cp0_read(m, CUR(m), CP0SEL(w), op == OP_MFC0);
            break; }
        case OP_MTC0: case OP_DMTC0: {
            PRIV(); s->icount = icount;
            uint64_t v = op == OP_MTC0 ? SX32(R(fld_rt(w))) : R(fld_rt(w));
            if (m->in_guest) { int x = vz_guest_cp0_exit(m, CP0SEL(w), 1, v); if (x != NO_EXIT) GUEST_EXIT(x); }
            cp0_write(m, CUR(m), CP0SEL(w), v, op == OP_MTC0);
            stop = STOP();
            break; }
        case OP_TLBP:  PRIV(); tlb_probe(m, CUR(m), m->in_guest ? tlb_tag_guest_op(m) : tlb_tag_root_op(m)); break;
        case OP_TLBR:  PRIV();
            tlb_read_index(m, CUR(m), m->in_guest ? tlb_tag_guest_op(m) : tlb_tag_root_op(m), !m->in_guest);
            break;
        case OP_TLBWI: { PRIV(); int i = tlb_index_reg(CUR(m));
            if (i < tlb_total(&m->mmu.tlb)) {
                exc = tlb_write_index(m, CUR(m), m->in_guest ? tlb_tag_guest_op(m) : tlb_tag_root_op(m), i);
                if (exc) goto take_exc;
            }
            break; }
        case OP_TLBWR: PRIV();
            exc = tlb_write_index(m, CUR(m), m->in_guest ? tlb_tag_guest_op(m) : tlb_tag_root_op(m),
                                  tlb_random_index(m, CUR(m)));
            if (exc) goto take_exc;
            break;
        case OP_TLBINV:  PRIV(); tlb_invalidate(m, CUR(m), m->in_guest ? tlb_tag_guest_op(m) : tlb_tag_root_op(m), 0); break;
        case OP_TLBINVF: PRIV(); tlb_invalidate(m, CUR(m), m->in_guest ? tlb_tag_guest_op(m) : tlb_tag_root_op(m), 1); break;
        /* ERET has no delay slot; in one it is UNPREDICTABLE (R6: RI), here RI.
         * A root ERET with GuestCtl0.GM enters guest mode; a guest ERET with
         * GuestCtl0.MC (mode changes trapped) exits with GHFC at its target. */
        case OP_ERET: {
            PRIV(); if (unlikely(in_ds)) RAISE(EXC_RI);
            int guest = m->in_guest;
            pc = do_eret(m, guest ? CTX_GUEST : CTX_ROOT); npc = pc + 4; ds_pending = 0;
            stop = STOP();
            if (unlikely(guest && (ROOT(m, GUESTCTL0) & GCTL0_MC))) {
                cur = pc; in_ds = 0; counted = 0;
                GUEST_EXIT(GEXC_GHFC);
            }
            break; }
        case OP_DI:    PRIV(); R(fld_rt(w)) = SX32(CUR(m)->r[CP0_STATUS]); CUR(m)->r[CP0_STATUS] &= ~ST_IE; break;
        case OP_EI:    PRIV(); R(fld_rt(w)) = SX32(CUR(m)->r[CP0_STATUS]); CUR(m)->r[CP0_STATUS] |= ST_IE;
                       s->icount = icount; irq_recheck(m); stop = STOP(); break;
        /* no interrupt sources to wait for beyond the timer; a guest's WAIT is root's (GPSI) */
        case OP_WAIT:  PRIV(); if (m->in_guest) GUEST_EXIT(GEXC_GPSI); break;
        /* no caches are modelled; a guest's CACHE exits unless GuestCtl0.CG allows it,
         * and an Index-type one (operation 0-3, op bits 4:2) also needs GuestCtl0Ext.CGI */
        case OP_CACHE: PRIV();
            if (m->in_guest && (!(ROOT(m, GUESTCTL0) & GCTL0_CG)
                                || (((fld_rt(w) >> 2) & 7) < 4 && !(ROOT(m, GUESTCTL0EXT) & GCTL0EXT_CGI))))
                GUEST_EXIT(GEXC_GPSI);
            break;

        /* ---- VZ (mipsvm/vz/vz.h) ---- */
        /* HYPCALL: a guest kernel's call to root (GExcCode HC); in guest user
         * mode the guest's CpU; root has no hypervisor above it: RI (docs/vz.md). */
        case OP_HYPCALL:
            PRIV();
            if (m->in_guest) GUEST_EXIT(GEXC_HC);
            RAISE(EXC_RI);
        /* Root access to the guest CP0 (only registers the guest context has). */
        case OP_MFGC0: case OP_DMFGC0: {
            VZ_ROOT_OP(); s->icount = icount;
            unsigned i = CP0SEL(w);
            R(fld_rt(w)) = cp0_guest[i] ? cp0_read(m, &m->cp0[CTX_GUEST], i, op == OP_MFGC0) : 0;
            break; }
        case OP_MTGC0: case OP_DMTGC0: {
            VZ_ROOT_OP(); s->icount = icount;
            unsigned i = CP0SEL(w);
            if (cp0_guest[i]) cp0_write(m, &m->cp0[CTX_GUEST], i, R(fld_rt(w)), op == OP_MTGC0);
            stop = STOP();
            break; }
        /* Root operations on the guest's TLB entries (GuestID = GuestCtl1.RID). */
        case OP_TLBGP:  VZ_ROOT_OP(); tlb_probe(m, &m->cp0[CTX_GUEST], tlb_tag_tlbg_op(m)); break;
        case OP_TLBGR:  VZ_ROOT_OP();
            tlb_read_index(m, &m->cp0[CTX_GUEST], tlb_tag_tlbg_op(m), 1); break;
        case OP_TLBGWI: { VZ_ROOT_OP(); int i = tlb_index_reg(&m->cp0[CTX_GUEST]);
            if (i < tlb_total(&m->mmu.tlb)) {
                exc = tlb_write_index(m, &m->cp0[CTX_GUEST], tlb_tag_tlbg_op(m), i);
                if (exc) goto take_exc;
            }
            break; }
        case OP_TLBGWR: VZ_ROOT_OP();
            exc = tlb_write_index(m, &m->cp0[CTX_GUEST], tlb_tag_tlbg_op(m), tlb_random_index(m, &m->cp0[CTX_GUEST]));
            if (exc) goto take_exc;
            break;
        case OP_TLBGINV:  VZ_ROOT_OP(); tlb_invalidate(m, &m->cp0[CTX_GUEST], tlb_tag_tlbg_op(m), 0); break;
        case OP_TLBGINVF: VZ_ROOT_OP(); tlb_invalidate(m, &m->cp0[CTX_GUEST], tlb_tag_tlbg_op(m), 1); break;

        case OP_INVALID: RAISE(EXC_RI);

        CASE_GROUP_FPU_EXEC
            exc = fpu_exec(s, op, w);
            if (unlikely(exc)) goto take_exc;
            break;

        default:
            /* Only the ops the table marks unimpl= (XPA, EJTAG, VZ) get here:
             * gen.py fails the build for any other op without a case.
             * Privileged ones need kernel mode (or Status.CU0): in user mode
             * Coprocessor Unusable, CE=0; otherwise Reserved Instruction. */
            if (mips_op_priv[op] && !KERNEL_MODE() && !(CUR(m)->r[CP0_STATUS] & ST_CU0)) RAISE(EXC_CPU);
            RAISE(EXC_RI);
        }
        s->gpr[0] = 0;
        continue;

    take_exc:
        s->gpr[0] = 0;
        if (counted && exc != EXC_SYS && exc != EXC_BP && exc != EXC_TR && exc != EXC_PROBE)
            icount--;         /* a faulting instruction does not retire */
        {
            uint64_t epc = in_ds ? cur - 4 : cur;
            /* refill: no JTLB match at the faulting level; a fault before the
             * word was fetched (counted == 0) leaves BadInstr/BadInstrP alone */
            int flags = (m->mmu.refill_pending && exc_is_tlb(exc) ? EXCF_REFILL : 0)
                        | (counted ? 0 : EXCF_NOINSN);
            /* In guest mode the guest takes its own exceptions, except exits:
             * GE, a root-level (GPA) fault, an RI redirected by GuestCtl0.RI. */
            int ctx = CTX_ROOT, gexc = exit_gexc;
            if (m->in_guest) {
                if (m->mmu.fault_root) { gexc = GEXC_GPA; bad = m->mmu.fault_gpa; }
                else if (gexc == NO_EXIT && exc == EXC_RI && (ROOT(m, GUESTCTL0) & GCTL0_RI)) {
                    exc = EXC_GE; gexc = GEXC_GRR;
                }
                if (gexc == NO_EXIT) ctx = CTX_GUEST;
            }
            m->mmu.refill_pending = 0;
            m->mmu.fault_root = 0;
            exit_gexc = NO_EXIT;
            if (m->tlb_mode && exc != EXC_PROBE) {
                /* Hardware exception entry; then either the code at the vector
                 * runs here (the refill handler, every guest vector), or the
                 * vector is one the Python host kernel serves and the loop returns. */
                uint64_t vec;
                int v = exc_enter(m, ctx, exc, epc, in_ds, bad, w, bw, flags, gexc, &vec);
                if (ctx == CTX_GUEST && unlikely(ROOT(m, GUESTCTL0) & GCTL0_MC)) {
                    /* the hardware changed the guest's mode: exit (GHFC) at the vector */
                    cur = vec; in_ds = 0; counted = 0; exc = EXC_GE; exit_gexc = GEXC_GHFC;
                    goto take_exc;
                }
                if (ctx == CTX_GUEST || !(m->host_vectors & (1u << v))) {
                    pc = vec; npc = vec + 4; ds_pending = 0;
                    stop = STOP();
                    continue;
                }
                s->exc_gexc = gexc;
            }
            report_exception(s, exc, epc, in_ds, bad, w);
            pc = epc;
            npc = epc + 4;
            ds_pending = 0;
        }
        break;
    }
    s->pc = pc;
    s->npc = npc;
    s->ds_pending = ds_pending;
    s->icount = icount;
    s->last_pc = cur;
    s->last_insn = w;
    if (s->event == EV_NONE && icount >= m->timer_icount) {
        if (ds_pending) {                      /* not between a branch and its slot */
            m->timer_icount = icount + 1;
        } else {
            timers_expire(m);
            uint64_t vec;
            if (irq_pending(m)) {
                /* a root interrupt (in guest mode it is also a guest exit) */
                int v = exc_enter(m, CTX_ROOT, EXC_INT, pc, 0, 0, 0, 0, EXCF_NOINSN, NO_EXIT, &vec);
                if (m->host_vectors & (1u << v)) {
                    /* the Python host kernel serves it and ERETs back to pc */
                    s->exc_gexc = NO_EXIT;
                    report_exception(s, EXC_INT, pc, 0, 0, 0);
                    fpu_host_leave();
                    return s->event;
                }
                s->pc = vec; s->npc = vec + 4; s->ds_pending = 0;
            } else if (m->in_guest && vz_guest_irq_pending(m)) {
                /* the guest's own interrupt, at the guest's vector */
                exc_enter(m, CTX_GUEST, EXC_INT, pc, 0, 0, 0, 0, EXCF_NOINSN, NO_EXIT, &vec);
                s->pc = vec; s->npc = vec + 4; s->ds_pending = 0;
                if (unlikely(ROOT(m, GUESTCTL0) & GCTL0_MC)) {
                    /* the hardware set the guest's EXL: exit (GHFC) at the guest vector */
                    int v = exc_enter(m, CTX_ROOT, EXC_GE, s->pc, 0, 0, 0, 0, EXCF_NOINSN, GEXC_GHFC, &vec);
                    if (m->host_vectors & (1u << v)) {
                        s->exc_gexc = GEXC_GHFC;
                        report_exception(s, EXC_GE, s->pc, 0, 0, 0);
                        fpu_host_leave();
                        return s->event;
                    }
                    s->pc = vec; s->npc = vec + 4;
                }
            }
        }
        pc = s->pc; npc = s->npc; ds_pending = s->ds_pending;
        if (icount < max_icount) goto again;
    }
    fpu_host_leave();
    if (s->event == EV_NONE) s->event = EV_BUDGET;
    return s->event;
}

#endif
