/* Privileged architecture: CP0 accesses with side effects, TLB instructions,
 * exception entry and the timer. Used by the loop (exec.h) in kernel mode and
 * by the Python host kernel through _core.pyx. */
#ifndef MIPSVM_PRIV_H
#define MIPSVM_PRIV_H
#include "mem.h"

static inline void m_update_mode(Machine *m)
{
    uint64_t st = m->cp0[C0_STATUS];
    int k = (st & (ST_EXL | ST_ERL)) || ((st >> ST_KSU_SHIFT) & 3) == 0;
    if (k != m->kmode) {
        m->kmode = k;
        m->code_vpage = TC_INVALID;
    }
}

static inline uint64_t perf_event_count(const Machine *m, unsigned ev)
{
    switch (ev) {
    case PERF_EV_CYCLES: return m->s.icount + m->s.cycles;
    case PERF_EV_INSTS: return m->s.icount;
    case PERF_EV_TLB_REFILL: return m->tlb.refills_taken;
    case PERF_EV_ITLB_MISS: return m->tlb.utlb_miss[1];
    case PERF_EV_DTLB_MISS: return m->tlb.utlb_miss[0];
    default: return 0;
    }
}

/* Count runs at half the pipeline clock (CCRes = 2, mips-arch.md §2). */
static inline uint32_t cp0_count(const Machine *m)
{
    return (uint32_t)((m->s.icount + m->s.cycles) >> 1) + m->count_offset;
}

/* When will Count (one tick per two cycles) equal Compare? Stalls only make
 * Count run ahead of icount, so the timer is checked at that icount and
 * fires at most a few stall cycles late (docs/tlb.md). */
static void timer_rearm(Machine *m)
{
    uint32_t delta = (uint32_t)m->cp0[C0_COMPARE] - cp0_count(m);
    uint64_t ticks = delta ? delta : (1ULL << 32);
    m->timer_icount = m->tlb_mode ? m->s.icount + 2 * ticks : ~0ULL;
}

static uint64_t cp0_read(Machine *m, unsigned idx)
{
    idx &= 255;
    switch (idx) {
    case C0_RANDOM: {                      /* pseudo-random in [Wired, VTLB-1] */
        uint64_t wired = m->cp0[C0_WIRED];
        uint64_t n = (uint64_t)m->tlb.vtlb_size - wired;
        return n ? wired + tlb_rand(&m->tlb) % n : wired;
    }
    case C0_COUNT: return cp0_count(m);
    case CP0_IDX(25, 1): case CP0_IDX(25, 3): case CP0_IDX(25, 5): case CP0_IDX(25, 7): {
        unsigned i = (idx & 7) >> 1;
        unsigned ev = (unsigned)(m->cp0[idx - 1] >> 5) & 0x3ff;
        return (perf_event_count(m, ev) - m->perf_base[i]) & 0xffffffffffffULL;
    }
    case C0_USERLOCAL: return m->s.userlocal;
    case C0_LLADDR: return m->s.lladdr >> 4;
    default: return m->cp0[idx];
    }
}

static void cp0_write(Machine *m, unsigned idx, uint64_t v)
{
    idx &= 255;
    uint64_t mask = m->cp0_wmask[idx];
    uint64_t old = m->cp0[idx];
    uint64_t nv = (old & ~mask) | (v & mask);
    switch (idx) {
    case C0_COUNT:                         /* rebase so that Count reads v now */
        m->count_offset += (uint32_t)v - cp0_count(m);
        timer_rearm(m);
        return;
    case C0_COMPARE:
        m->cp0[idx] = nv;
        m->cp0[C0_CAUSE] &= ~(uint64_t)(CAUSE_TI | CAUSE_IP7);   /* R2: writing Compare clears TI */
        timer_rearm(m);
        return;
    case C0_WIRED:
        m->cp0[idx] = nv % (uint64_t)m->tlb.vtlb_size;
        return;
    case C0_ENTRYHI:
        m->cp0[idx] = nv;
        if ((old ^ nv) & ENTRYHI_ASID_MASK) m_utlb_flush_all(m);  /* micro-TLBs hold one ASID's view */
        return;
    case C0_STATUS:
        m->cp0[idx] = nv;
        m_update_mode(m);
        return;
    case C0_DIAG:
        if (v & DIAG_ITLB) m_utlb_flush(m, 1);
        if (v & DIAG_DTLB) m_utlb_flush(m, 0);
        m->cp0[idx] = nv & ~(uint64_t)(DIAG_ITLB | DIAG_DTLB);
        return;
    case C0_CONFIG6:
        m->cp0[idx] = nv;
        m->tlb.ftlb_enabled = !(nv & CONFIG6_FTLBDIS) && m->tlb.ftlb_sets > 0;
        return;
    case C0_USERLOCAL: m->s.userlocal = v; return;
    case CP0_IDX(25, 1): case CP0_IDX(25, 3): case CP0_IDX(25, 5): case CP0_IDX(25, 7): {
        unsigned i = (idx & 7) >> 1;
        unsigned ev = (unsigned)(m->cp0[idx - 1] >> 5) & 0x3ff;
        m->perf_base[i] = perf_event_count(m, ev) - (v & 0xffffffffffffULL);
        return;
    }
    case CP0_IDX(25, 0): case CP0_IDX(25, 2): case CP0_IDX(25, 4): case CP0_IDX(25, 6): {
        unsigned i = (idx & 7) >> 1;       /* keep the counter's value across an event change */
        uint64_t cur = cp0_read(m, idx + 1);
        m->cp0[idx] = nv;
        m->perf_base[i] = perf_event_count(m, (unsigned)(nv >> 5) & 0x3ff) - cur;
        return;
    }
    default:
        m->cp0[idx] = nv;
    }
}

/* ---- TLB instructions ---- */

static inline void tlb_fill_entry(Machine *m, TLBEntry *e)
{
    uint64_t hi = m->cp0[C0_ENTRYHI];
    uint64_t mask = (m->cp0[C0_PAGEMASK] & 0x1fffe000ULL) | 0x1fffULL;
    e->mask = mask;
    e->vpn2 = hi & segmask() & ~mask;
    e->asid = (uint32_t)(hi & ENTRYHI_ASID_MASK);
    e->lo[0] = m->cp0[C0_ENTRYLO0];
    e->lo[1] = m->cp0[C0_ENTRYLO1];
    e->g = (int)(e->lo[0] & e->lo[1] & 1);
    e->valid = !(hi & ENTRYHI_EHINV);
    e->gen++;
}

/* Two valid entries that can match one address: Machine Check (PRA 4.x; we
 * check on write, docs/tlb.md). */
static int tlb_duplicate(const Machine *m, int idx)
{
    const TLBState *t = &m->tlb;
    const TLBEntry *n = &t->e[idx];
    if (!n->valid) return 0;
    int total = tlb_total(t);
    for (int i = 0; i < total; i++) {
        const TLBEntry *o = &t->e[i];
        if (i == idx || !o->valid) continue;
        uint64_t mk = n->mask | o->mask;
        if (((n->vpn2 ^ o->vpn2) & ~mk) == 0 && (n->g || o->g || n->asid == o->asid)) return 1;
    }
    return 0;
}

/* Write entry idx from EntryHi/PageMask/EntryLo0/1. Returns 0 or EXC_MCHECK. */
static int tlb_write_index(Machine *m, int idx)
{
    TLBState *t = &m->tlb;
    TLBEntry *e = &t->e[idx];
    tlb_fill_entry(m, e);
    m_utlb_flush_all(m);
    if (tlb_duplicate(m, idx)) {
        e->valid = 0;
        t->mcheck++;
        return EXC_MCHECK;
    }
    if (m->in_refill) {
        if (idx < t->vtlb_size) t->refill_vtlb++; else t->refill_ftlb++;
        if (((m->cp0[C0_PAGEMASK] & 0x1fffe000ULL) | 0x1fff) > ((t->ftlb_pagemask | 0x1fff))) t->refill_huge++;
        else t->refill_small++;
    }
    return 0;
}

/* TLBWR: the FTLB when PageMask is the FTLB page size (set from VPN2, random
 * way), otherwise a random non-wired VTLB entry (mips-arch.md §3). */
static int tlb_random_index(Machine *m)
{
    TLBState *t = &m->tlb;
    uint64_t pm = m->cp0[C0_PAGEMASK] & 0x1fffe000ULL;
    if (t->ftlb_enabled && pm == t->ftlb_pagemask) {
        int set = ftlb_set(t, m->cp0[C0_ENTRYHI]);
        int way = (int)(tlb_rand(t) % (uint64_t)t->ftlb_ways);
        return t->vtlb_size + way * t->ftlb_sets + set;
    }
    return (int)cp0_read(m, C0_RANDOM);
}

static void tlb_probe(Machine *m)
{
    uint64_t hi = m->cp0[C0_ENTRYHI];
    int j = tlb_lookup(&m->tlb, hi, (uint32_t)(hi & ENTRYHI_ASID_MASK), segmask());
    m->cp0[C0_INDEX] = j < 0 ? 0x80000000ULL : (uint64_t)j;
}

static void tlb_read_index(Machine *m)
{
    int idx = (int)(m->cp0[C0_INDEX] & 0x7fffffff);
    if (idx >= tlb_total(&m->tlb)) return;
    const TLBEntry *e = &m->tlb.e[idx];
    if (!e->valid) {
        m->cp0[C0_ENTRYHI] = ENTRYHI_EHINV;
        m->cp0[C0_PAGEMASK] = 0;
        m->cp0[C0_ENTRYLO0] = m->cp0[C0_ENTRYLO1] = 0;
        return;
    }
    uint64_t old_asid = m->cp0[C0_ENTRYHI] & ENTRYHI_ASID_MASK;
    m->cp0[C0_ENTRYHI] = e->vpn2 | e->asid;
    m->cp0[C0_PAGEMASK] = e->mask & 0x1fffe000ULL;
    m->cp0[C0_ENTRYLO0] = (e->lo[0] & ~1ULL) | (uint64_t)e->g;
    m->cp0[C0_ENTRYLO1] = (e->lo[1] & ~1ULL) | (uint64_t)e->g;
    if (old_asid != e->asid) m_utlb_flush_all(m);
}

/* TLBINV (IE>=2): non-global entries of EntryHi.ASID; TLBINVF: all entries.
 * Index in the VTLB range acts on the whole VTLB, in the FTLB range on one
 * set (Linux's local_flush_tlb_all loop; mips-arch.md §3, UNVERIFIED). */
static void tlb_invalidate(Machine *m, int flush_all)
{
    TLBState *t = &m->tlb;
    uint32_t asid = (uint32_t)(m->cp0[C0_ENTRYHI] & ENTRYHI_ASID_MASK);
    int idx = (int)(m->cp0[C0_INDEX] & 0x7fffffff);
    int lo = 0, hi = t->vtlb_size, step = 1;
    if (idx >= t->vtlb_size) {
        lo = t->vtlb_size + (idx - t->vtlb_size) % (t->ftlb_sets ? t->ftlb_sets : 1);
        hi = tlb_total(t);
        step = t->ftlb_sets ? t->ftlb_sets : 1;
    }
    for (int i = lo; i < hi; i += step) {
        TLBEntry *e = &t->e[i];
        if (e->valid && (flush_all || (!e->g && e->asid == asid))) { e->valid = 0; e->gen++; }
    }
    m_utlb_flush_all(m);
}

/* ---- exception entry (MIPS64 PRA 6.2) ---- */

static inline int exc_is_tlb(int code)
{
    return code == EXC_MOD || code == EXC_TLBL || code == EXC_TLBS || code == EXC_TLBRI || code == EXC_TLBXI;
}

/* Enter an exception: EPC/BD unless already at EXL, Cause, BadVAddr, the
 * TLB context registers, EXL=1. Returns the vector address. */
static uint64_t exc_enter(Machine *m, int code, uint64_t epc, int bd, uint64_t bad, uint32_t insn, int refill)
{
    uint64_t *c = m->cp0;
    int exl = (c[C0_STATUS] & ST_EXL) != 0;
    c[C0_CAUSE] = (c[C0_CAUSE] & ~(uint64_t)CAUSE_EXC_MASK) | ((uint64_t)code << 2);
    if (!exl) {
        c[C0_EPC] = epc;
        if (bd) c[C0_CAUSE] |= CAUSE_BD; else c[C0_CAUSE] &= ~(uint64_t)CAUSE_BD;
    }
    if (exc_is_tlb(code) || code == EXC_ADEL || code == EXC_ADES) c[C0_BADVADDR] = bad;
    if (exc_is_tlb(code)) {
        uint64_t vpn2 = bad & segmask() & ~0x1fffULL;
        c[C0_ENTRYHI] = vpn2 | (c[C0_ENTRYHI] & ENTRYHI_ASID_MASK);
        /* Context.BadVPN2 = VA[31:13] at bit 4; XContext.BadVPN2 = VA[SEGBITS-1:13]
         * at bit 4 with R = VA[63:62] above it. */
        c[C0_CONTEXT] = (c[C0_CONTEXT] & ~0x7ffff0ULL) | (((bad >> 13) & 0x7ffff) << 4);
        uint64_t bvpn2 = (bad >> 13) & ((1ULL << (SEGBITS - 13)) - 1);
        c[C0_XCONTEXT] = (c[C0_XCONTEXT] & ~((1ULL << (SEGBITS - 13 + 6)) - 1) << 0 & ~0ULL)
                         | (bvpn2 << 4) | ((bad >> 62) << (SEGBITS - 13 + 4));
    }
    c[C0_BADINSTR] = insn;
    c[C0_STATUS] |= ST_EXL;
    m_update_mode(m);
    m->s.cycles += m->lat_exc;
    m->exc_taken[code & 31]++;
    uint64_t base = (c[C0_STATUS] & ST_BEV) ? 0xffffffffbfc00200ULL : (c[C0_EBASE] & ~0xfffULL);
    if (refill && !exl) {
        m->in_refill = 1;
        m->tlb.refills_taken++;
        return base + 0x080;
    }
    return base + 0x180;
}

/* An interrupt is taken when IE=1, EXL=ERL=0 and an enabled IP bit is set. */
static inline int irq_pending(const Machine *m)
{
    uint64_t st = m->cp0[C0_STATUS];
    return (st & ST_IE) && !(st & (ST_EXL | ST_ERL)) && (m->cp0[C0_CAUSE] & st & 0xff00);
}

/* ERET (PRA: clears LLbit; no delay slot). Returns the new pc. */
static uint64_t do_eret(Machine *m)
{
    uint64_t *c = m->cp0, pc;
    if (c[C0_STATUS] & ST_ERL) { pc = c[C0_ERROREPC]; c[C0_STATUS] &= ~(uint64_t)ST_ERL; }
    else { pc = c[C0_EPC]; c[C0_STATUS] &= ~(uint64_t)ST_EXL; }
    m->s.llbit = 0;
    m->in_refill = 0;
    m->s.cycles += m->lat_eret;
    m_update_mode(m);
    return pc;
}

#endif
