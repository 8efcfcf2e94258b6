/* The interpreter loop. exec.h includes this file twice: with MIPS_LOGGED 0
 * it is mips_run, the fast loop, where every DBG_* and LOG_* hook below is
 * empty (the same code as a loop without hooks); with MIPS_LOGGED 1 it is
 * mips_run_logged, Spike's slow path: the same semantics, plus records into
 * the DbgState buffer and stops at breakpoints, watchpoints and chosen
 * events (dbg.h). No include guard: included once per variant. */
#undef DBG_LOCALS
#undef DBG_FETCH
#undef DBG_WATCH
#undef LOG_MEM
#undef LOG_USTORE
#undef UNIT_LOG
#undef DBG_RETIRE
#undef DBG_RETIRE_TRAP
#undef DBG_PRE_EXC
#undef DBG_EXC_ENTERED
#undef DBG_INT_ENTERED
#undef DBG_ERET
#undef DBG_IDX
#undef DBG_TLBW
#undef DBG_STOP_LABEL

#if MIPS_LOGGED
/* lmode: INSN flags of the instruction being executed; prev: registers before
 * it (REG records are the differences); ustore: an LWL..SDR-type store's unit,
 * logged once the merge is written. */
/* d's settings in locals: stores through host pointers could alias *d, and
 * the compiler would reload them after every one. */
#define DBG_LOCALS()                                                          \
    const unsigned drec = d->rec, dstop_on = d->stop_on;                      \
    const int dnbp = d->nbp, dnwp = d->nwp;                                   \
    unsigned lmode = 0; int dbg_idx = 0, dbg_from_guest = 0;                  \
    uint64_t prev[66]; uint8_t *ustore_p = NULL; uint64_t ustore_va = 0; unsigned ustore_sz = 0; \
    (void)dbg_idx; (void)ustore_va; (void)ustore_sz

#define DBG_GOTO_STOP(why) do { d->reason = (why); s->event = EV_DEBUG; goto dbg_stop; } while (0)

/* Before the fetch: a breakpoint stops here, the instruction not executed. */
#define DBG_FETCH() do {                                                      \
        if (unlikely(dnbp) && !(d->skip && cur == d->skip_pc) && dbg_bp_find(d, cur) >= 0) { \
            ds_pending = in_ds; d->stop_addr = cur; DBG_GOTO_STOP(DSTOP_BREAK); \
        }                                                                     \
        if (drec & DBG_INSN)                                                  \
            lmode = (m->in_guest ? 1u : 0u) | (KERNEL_MODE() ? 2u : 0u) | (in_ds ? 4u : 0u); \
        ustore_p = NULL;                                                      \
        if (drec & DBG_REGS) {                                              \
            memcpy(prev, s->gpr, 32 * 8); prev[32] = s->hi; prev[33] = s->lo; \
            memcpy(prev + 34, s->fpr, 32 * 8);                                \
        }                                                                     \
    } while (0)

/* Before a data access: a watchpoint stops with the instruction undone (as
 * MIPS's own Watch exception does; gdb then steps over it). */
#define DBG_WATCH(va, size, acc) do {                                         \
        if (unlikely(dnwp) && !(d->skip && cur == d->skip_pc)) {            \
            uint64_t _wva = (va);                                             \
            int _wi = dbg_watch_find(d, _wva, (size), (acc) == ACC_STORE ? WP_WRITE : WP_READ); \
            if (_wi >= 0) {                                                   \
                d->stop_addr = _wva > d->wp_lo[_wi] ? _wva : d->wp_lo[_wi];   \
                d->stop_kind = d->wp_kind[_wi] == WP_ACCESS ? WP_ACCESS       \
                               : (acc) == ACC_STORE ? WP_WRITE : WP_READ;     \
                npc = pc; pc = cur; ds_pending = in_ds; icount--;             \
                DBG_GOTO_STOP(DSTOP_WATCH);                                   \
            }                                                                 \
        }                                                                     \
    } while (0)

#define LOG_MEM(va, size, val, store) do {                                    \
        if (drec & DBG_MEM) {                                               \
            DbgRec *_r = dbg_rec(d, DREC_MEM, icount - 1);                                \
            _r->a = (uint16_t)((size) | ((store) ? 0x100 : 0)); _r->x = (va); _r->y = (uint64_t)(val); \
        }                                                                     \
    } while (0)
#define LOG_USTORE(p, va, size) do { ustore_p = (p); ustore_va = (va); ustore_sz = (size); } while (0)
/* LWL..SDR: a load logs the unit it read, a store the unit once merged. */
#define UNIT_LOG(p, va, size, acc) do {                                       \
        if ((acc) == ACC_STORE) LOG_USTORE(p, va, size);                      \
        else { uint64_t _u = 0; memcpy(&_u, p, size); LOG_MEM(va, size, _u, 0); } \
    } while (0)

/* After an instruction retired: its REG records, its INSN record, then any
 * stop it asked for (or a nearly full buffer). */
#define DBG_LOG_INSN() do {                                                   \
        if (ustore_p && (drec & DBG_MEM)) {                                 \
            uint64_t _u = 0; memcpy(&_u, ustore_p, ustore_sz); LOG_MEM(ustore_va, ustore_sz, _u, 1); \
        }                                                                     \
        if (drec & DBG_REGS) {                                              \
            for (int _i = 1; _i < 32; _i++)                                   \
                if (s->gpr[_i] != prev[_i]) { DbgRec *_r = dbg_rec(d, DREC_REG, icount - 1); _r->a = (uint16_t)_i; _r->x = s->gpr[_i]; } \
            if (s->hi != prev[32]) { DbgRec *_r = dbg_rec(d, DREC_REG, icount - 1); _r->a = 34; _r->x = s->hi; } \
            if (s->lo != prev[33]) { DbgRec *_r = dbg_rec(d, DREC_REG, icount - 1); _r->a = 33; _r->x = s->lo; } \
            for (int _i = 0; _i < 32; _i++)                                   \
                if (s->fpr[_i] != prev[34 + _i]) { DbgRec *_r = dbg_rec(d, DREC_REG, icount - 1); _r->a = (uint16_t)(38 + _i); _r->x = s->fpr[_i]; } \
        }                                                                     \
        if (drec & DBG_INSN) {                                              \
            DbgRec *_r = dbg_rec(d, DREC_INSN, icount - 1);                               \
            _r->flags = (uint8_t)lmode; _r->w = w; _r->x = icount - 1; _r->y = cur; \
        }                                                                     \
        if (unlikely(d->skip) && cur == d->skip_pc) d->skip = 0;              \
    } while (0)
#define DBG_RETIRE() do {                                                     \
        DBG_LOG_INSN();                                                       \
        if (unlikely(dstop_on) && d->pending) { d->pending = 0; s->event = EV_DEBUG; goto dbg_stop; } \
        if (drec && unlikely(d->n + DBG_SLACK > d->cap)) DBG_GOTO_STOP(DSTOP_FULL); \
    } while (0)
/* SYSCALL, BREAK, a taken trap and SDBBP to the probe retire, then raise. */
#define DBG_RETIRE_TRAP() do {                                                \
        if (counted && (exc == EXC_SYS || exc == EXC_BP || exc == EXC_TR || exc == EXC_PROBE)) DBG_LOG_INSN(); \
    } while (0)

#define DBG_PRE_EXC() (dbg_from_guest = m->in_guest)
/* An exception whose vector runs inside the loop (refill, guest vectors). */
#define DBG_EXC_ENTERED(ctx, code, epc, bad, v, vec, gexc, flags) do {        \
        if (drec & DBG_EXC) {                                               \
            DbgRec *_r = dbg_rec(d, DREC_EXC, icount);                                \
            _r->flags = (uint8_t)(((ctx) == CTX_GUEST ? 1 : 0) | (((flags) & EXCF_REFILL) ? 2 : 0) | (dbg_from_guest ? 4 : 0)); \
            _r->a = (uint16_t)(code); _r->w = (uint32_t)(v) | ((uint32_t)((gexc) & 0xff) << 8); \
            _r->x = (epc); _r->y = (bad); _r->z = (vec);                      \
        }                                                                     \
        if ((dstop_on & DBG_EXC) || ((dstop_on & DBG_GEXIT) && dbg_from_guest && (ctx) == CTX_ROOT)) { \
            d->stop_addr = (vec);                                             \
            DBG_GOTO_STOP((dstop_on & DBG_EXC) ? DSTOP_EXC : DSTOP_GEXIT);  \
        }                                                                     \
        if (unlikely(d->n + DBG_SLACK > d->cap)) DBG_GOTO_STOP(DSTOP_FULL);   \
    } while (0)
#define DBG_INT_ENTERED(ctx, v, vec) do {                                     \
        if (drec & DBG_EXC) {                                               \
            DbgRec *_r = dbg_rec(d, DREC_EXC, icount);                                \
            _r->flags = (uint8_t)(((ctx) == CTX_GUEST ? 1 : 0) | (m->in_guest && (ctx) == CTX_ROOT ? 4 : 0)); \
            _r->a = EXC_INT; _r->w = (uint32_t)(v) | 0xff00u; _r->x = pc; _r->z = (vec); \
        }                                                                     \
    } while (0)
#define DBG_ERET(from_guest) do {                                             \
        if (drec & DBG_ERET) {                                              \
            DbgRec *_r = dbg_rec(d, DREC_ERET, icount - 1);                               \
            _r->flags = (uint8_t)(((from_guest) ? 1 : 0) | (m->in_guest ? 2 : 0)); _r->x = pc; \
        }                                                                     \
        if (dstop_on & DBG_ERET) { d->pending = 1; d->reason = DSTOP_ERET; d->stop_addr = pc; } \
    } while (0)
#define DBG_IDX(x) (dbg_idx = (x))
#define DBG_TLBW(i) do {                                                      \
        const TLBEntry *_e = &m->mmu.tlb.e[(i)];                              \
        if (drec & DBG_TLBW) {                                              \
            DbgRec *_r = dbg_rec(d, DREC_TLBW, icount - 1);                               \
            _r->a = (uint16_t)(i); _r->flags = (uint8_t)(_e->tag & 0xff);     \
            _r->w = (uint32_t)(_e->mask & 0x1fffe000ULL) | ((_e->tag >> 8) & 1); \
            _r->x = _e->vpn2 | _e->asid; _r->y = _e->lo[0] | (uint64_t)_e->g; _r->z = _e->lo[1] | (uint64_t)_e->g; \
        }                                                                     \
        if (dstop_on & DBG_TLBW) { d->pending = 1; d->reason = DSTOP_TLBW; d->stop_addr = (uint64_t)(i); } \
    } while (0)
#define DBG_STOP_LABEL() dbg_stop:

#else   /* the fast loop: no hooks */
#define DBG_LOCALS()
#define DBG_FETCH()
#define DBG_WATCH(va, size, acc)
#define LOG_MEM(va, size, val, store)
#define LOG_USTORE(p, va, size)
#define UNIT_LOG(p, va, size, acc)
#define DBG_RETIRE()
#define DBG_RETIRE_TRAP()
#define DBG_PRE_EXC()
#define DBG_EXC_ENTERED(ctx, code, epc, bad, v, vec, gexc, flags)
#define DBG_INT_ENTERED(ctx, v, vec)
#define DBG_ERET(from_guest)
#define DBG_IDX(x) (x)
#define DBG_TLBW(i)
#define DBG_STOP_LABEL()
#endif

/* Run until an event or until icount reaches max_icount (the logged loop
 * also until a stop of dbg.h: EV_DEBUG, d->reason). */
#if MIPS_LOGGED
static int mips_run_logged(Machine *m, uint64_t max_icount, DbgState *d)
#else
static int mips_run(Machine *m, uint64_t max_icount)
#endif
{
    CPUState *s = &m->s;
    /* Hot state in locals (registers); written back on every exit. */
    uint64_t pc = s->pc, npc = s->npc, icount = s->icount;
    int ds_pending = s->ds_pending;
    uint64_t cur = pc, bad = 0;
    uint32_t w = s->last_insn, bw = 0;   /* bw: the previous word (a branch, when in_ds) */
    int exc = 0, in_ds = 0, counted = 0, exit_gexc = NO_EXIT;
    DBG_LOCALS();

    s->event = EV_NONE;
    fpu_host_enter(s);
again:;
    uint64_t stop = STOP();
    while (likely(icount < stop)) {
        cur = pc;
        in_ds = ds_pending;
        ds_pending = 0;
        counted = 0;
        DBG_FETCH();
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
        case OP_SYNC:
            /* stypes 0x18..0x1f (implementation-specific; qemu: a no-op) are mipsvm's
             * magic instructions (m5ops-like, docs/debugger.md): retire, then return */
            if (unlikely(fld_stype(w) >= MAGIC_STYPE_FIRST)) {
                s->exc_tcode = fld_stype(w); s->event = EV_MAGIC; stop = icount;
            }
            break;
        case OP_PREF: case OP_PREFX: case OP_SYNCI: break;

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
                DBG_TLBW(i);
            }
            break; }
        case OP_TLBWR: PRIV();
            exc = tlb_write_index(m, CUR(m), m->in_guest ? tlb_tag_guest_op(m) : tlb_tag_root_op(m),
                                  DBG_IDX(tlb_random_index(m, CUR(m))));
            if (exc) goto take_exc;
            DBG_TLBW(dbg_idx);
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
            DBG_ERET(guest);
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
                DBG_TLBW(i);
            }
            break; }
        case OP_TLBGWR: VZ_ROOT_OP();
            exc = tlb_write_index(m, &m->cp0[CTX_GUEST], tlb_tag_tlbg_op(m), DBG_IDX(tlb_random_index(m, &m->cp0[CTX_GUEST])));
            if (exc) goto take_exc;
            DBG_TLBW(dbg_idx);
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
        DBG_RETIRE();
        continue;

    take_exc:
        s->gpr[0] = 0;
        if (counted && exc != EXC_SYS && exc != EXC_BP && exc != EXC_TR && exc != EXC_PROBE)
            icount--;         /* a faulting instruction does not retire */
        DBG_RETIRE_TRAP();
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
                DBG_PRE_EXC();
                int v = exc_enter(m, ctx, exc, epc, in_ds, bad, w, bw, flags, gexc, &vec);
                if (ctx == CTX_GUEST && unlikely(ROOT(m, GUESTCTL0) & GCTL0_MC)) {
                    /* the hardware changed the guest's mode: exit (GHFC) at the vector */
                    cur = vec; in_ds = 0; counted = 0; exc = EXC_GE; exit_gexc = GEXC_GHFC;
                    goto take_exc;
                }
                if (ctx == CTX_GUEST || !(m->host_vectors & (1u << v))) {
                    pc = vec; npc = vec + 4; ds_pending = 0;
                    stop = STOP();
                    DBG_EXC_ENTERED(ctx, exc, epc, bad, v, vec, gexc, flags);
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
    DBG_STOP_LABEL();
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
                DBG_INT_ENTERED(CTX_ROOT, v, vec);
            } else if (m->in_guest && vz_guest_irq_pending(m)) {
                /* the guest's own interrupt, at the guest's vector */
                exc_enter(m, CTX_GUEST, EXC_INT, pc, 0, 0, 0, 0, EXCF_NOINSN, NO_EXIT, &vec);
                s->pc = vec; s->npc = vec + 4; s->ds_pending = 0;
                DBG_INT_ENTERED(CTX_GUEST, VEC_GENERAL, vec);
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
