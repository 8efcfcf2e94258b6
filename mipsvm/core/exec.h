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
/* Kernel mode, or Status.CU0, or Coprocessor Unusable (CE=0). */
#define KERNEL_MODE() (m->mmu.ctx.seg.mode == MODE_KERNEL)
#define PRIV() do { if (unlikely(!KERNEL_MODE() && !(ROOT(m, STATUS) & ST_CU0))) RAISE(EXC_CPU); } while (0)
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
    int exc = 0, in_ds = 0, counted = 0;

    s->event = EV_NONE;
    fpu_host_enter(s);
again:;
    uint64_t stop = max_icount < m->timer_icount ? max_icount : m->timer_icount;
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
        case OP_SDBBP:   s->exc_tcode = fld_code20(w); RAISE(EXC_RI);
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
         * CPU model. Other registers decode as OP_INVALID (the table's ri=). */
        case OP_RDHWR: {
            unsigned hw = fld_rd(w);
            if (m->tlb_mode && !KERNEL_MODE() && !(ROOT(m, STATUS) & ST_CU0)
                && !(ROOT(m, HWRENA) & (1ULL << hw))) RAISE(EXC_RI);
            switch (hw) {
            case 0: R(fld_rt(w)) = ROOT(m, EBASE) & EBASE_CPUNUM; break;
            case 1: R(fld_rt(w)) = m->synci_step; break;
            case 2: s->icount = icount; R(fld_rt(w)) = SX32(cp0_count(m, &m->cp0[CTX_ROOT])); break;
            case 3: R(fld_rt(w)) = m->ccres; break;
            case 29: R(fld_rt(w)) = ROOT(m, USERLOCAL); break;
            }
            break; }

        /* ---- privileged: CP0, TLB, ERET (kernel mode) ---- */
        /* Count and the performance counters derive from icount, which lives
         * in a register here: publish it first. A write may move the timer. */
        case OP_MFC0:  PRIV(); s->icount = icount; R(fld_rt(w)) = cp0_read(m, &m->cp0[CTX_ROOT], CP0SEL(w), 1); break;
        case OP_DMFC0: PRIV(); s->icount = icount; R(fld_rt(w)) = cp0_read(m, &m->cp0[CTX_ROOT], CP0SEL(w), 0); break;
        case OP_MTC0:  PRIV(); s->icount = icount; cp0_write(m, &m->cp0[CTX_ROOT], CP0SEL(w), R(fld_rt(w)), 1);
                       stop = max_icount < m->timer_icount ? max_icount : m->timer_icount; break;
        case OP_DMTC0: PRIV(); s->icount = icount; cp0_write(m, &m->cp0[CTX_ROOT], CP0SEL(w), R(fld_rt(w)), 0);
                       stop = max_icount < m->timer_icount ? max_icount : m->timer_icount; break;
        case OP_TLBP:  PRIV(); tlb_probe(m); break;
        case OP_TLBR:  PRIV(); tlb_read_index(m); break;
        case OP_TLBWI: { PRIV(); int i = tlb_index_reg(m);
            if (i < tlb_total(&m->mmu.tlb)) { exc = tlb_write_index(m, i); if (exc) goto take_exc; }
            break; }
        case OP_TLBWR: PRIV(); exc = tlb_write_index(m, tlb_random_index(m)); if (exc) goto take_exc; break;
        case OP_TLBINV:  PRIV(); tlb_invalidate(m, 0); break;
        case OP_TLBINVF: PRIV(); tlb_invalidate(m, 1); break;
        /* ERET has no delay slot; in one it is UNPREDICTABLE (R6: RI), here RI. */
        case OP_ERET:  PRIV(); if (unlikely(in_ds)) RAISE(EXC_RI);
                       pc = do_eret(m); npc = pc + 4; ds_pending = 0; break;
        case OP_DI:    PRIV(); R(fld_rt(w)) = SX32(ROOT(m, STATUS)); ROOT(m, STATUS) &= ~ST_IE; break;
        case OP_EI:    PRIV(); R(fld_rt(w)) = SX32(ROOT(m, STATUS)); ROOT(m, STATUS) |= ST_IE; break;
        case OP_WAIT:  PRIV(); break;       /* no interrupt sources to wait for yet */
        case OP_CACHE: PRIV(); break;       /* no caches modelled: a no-op for data */

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
            if (mips_op_priv[op] && !KERNEL_MODE() && !(ROOT(m, STATUS) & ST_CU0)) RAISE(EXC_CPU);
            RAISE(EXC_RI);
        }
        s->gpr[0] = 0;
        continue;

    take_exc:
        s->gpr[0] = 0;
        if (counted && exc != EXC_SYS && exc != EXC_BP && exc != EXC_TR)
            icount--;         /* a faulting instruction does not retire */
        {
            uint64_t epc = in_ds ? cur - 4 : cur;
            /* refill: no JTLB match; a fault before the word was fetched
             * (counted == 0) leaves BadInstr/BadInstrP alone (PRA) */
            int flags = (m->mmu.refill_pending && exc_is_tlb(exc) ? EXCF_REFILL : 0)
                        | (counted ? 0 : EXCF_NOINSN);
            m->mmu.refill_pending = 0;
            if (m->tlb_mode) {
                /* Hardware exception entry; then either the code at the vector
                 * runs here (the refill handler), or the vector is one the
                 * Python host kernel serves and the loop returns. */
                uint64_t vec;
                int v = exc_enter(m, exc, epc, in_ds, bad, w, bw, flags, &vec);
                if (!(m->host_vectors & (1u << v))) {
                    pc = vec; npc = vec + 4; ds_pending = 0;
                    continue;
                }
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
            timer_fire(m);
            if (irq_pending(m)) {
                uint64_t vec;
                int v = exc_enter(m, EXC_INT, pc, 0, 0, 0, 0, EXCF_NOINSN, &vec);
                if (m->host_vectors & (1u << v)) {
                    /* the Python host kernel serves it and ERETs back to pc */
                    report_exception(s, EXC_INT, pc, 0, 0, 0);
                    fpu_host_leave();
                    return s->event;
                }
                s->pc = vec; s->npc = vec + 4; s->ds_pending = 0;
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
