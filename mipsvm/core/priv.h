/* Privileged architecture glue between CP0 and the MMU: the TLB instructions,
 * exception entry, ERET and the timer interrupt (MIPS64 PRA chapters 4 and 6;
 * the VZ parts in mipsvm/vz/vz.h). Each works on a CP0 context: the root's, or
 * the guest's (guest-mode execution, and root's TLBG* and MFGC0 family). Used
 * by the loop (exec.h) and by the Python host kernel through _core.pyx. */
#ifndef MIPSVM_PRIV_H
#define MIPSVM_PRIV_H
#include "vz.h"

/* Recompute everything derived from CP0 after registers were set wholesale
 * (reset, a poke from Python): execution context, MMU context, FTLB, timer. */
static void machine_sync_cp0(Machine *m)
{
    TLBState *t = &m->mmu.tlb;
    t->ftlb_enabled = t->ftlb_sets * t->ftlb_ways > 0 && !(ROOT(m, CONFIG6) & CONFIG6_FTLBDIS);
    cp0_ctx_changed(m);
    mmu_retire_copies(&m->mmu);
    timer_rearm(m);
}

static inline int machine_kernel_mode(const Machine *m) { return m->mmu.ctx.cur.seg.mode == MODE_KERNEL; }

/* EntryHi written by hardware (TLBR): the ASID side effect still applies. */
static inline void entryhi_hw_write(Machine *m, CP0Ctx *c, uint64_t v)
{
    c->r[CP0_ENTRYHI] = v;
    cp0_ctx_changed(m);
}

/* ---- TLB instructions (PRA 4.x; mips-arch.md sections 3 and 4) ----
 * c: the CP0 context whose Index/EntryHi/PageMask/EntryLo they use; tag: the
 * owner of the entries they see and write (vz.h tlb_tag_*_op). */

static void tlb_probe(Machine *m, CP0Ctx *c, uint32_t tag)
{
    uint64_t hi = c->r[CP0_ENTRYHI];
    int j = tlb_lookup(&m->mmu.tlb, hi, (uint32_t)(hi & ENTRYHI_ASID), tag, m->mmu.segmask);
    c->r[CP0_INDEX] = j < 0 ? INDEX_P : (uint64_t)j;
}

static inline int tlb_index_reg(const CP0Ctx *c) { return (int)(c->r[CP0_INDEX] & ~INDEX_P & 0xffffffffULL); }

/* TLBR / TLBGR. With GuestID, root TLBR reads any root entry and TLBGR any
 * guest entry, and both leave the entry's GuestID in GuestCtl1.RID ("TLBR may
 * clobber GuestCtl1.RID", KVM); a guest's own TLBR sees only its entries. */
static void tlb_read_index(Machine *m, CP0Ctx *c, uint32_t tag, int any_guestid)
{
    int idx = tlb_index_reg(c);
    if (idx >= tlb_total(&m->mmu.tlb)) return;
    const TLBEntry *e = &m->mmu.tlb.e[idx];
    int mine = any_guestid ? (e->tag & 0x100) == (tag & 0x100) : e->tag == tag;
    if (!e->valid || !mine) {
        entryhi_hw_write(m, c, ENTRYHI_EHINV);
        c->r[CP0_PAGEMASK] = 0;
        c->r[CP0_ENTRYLO0] = c->r[CP0_ENTRYLO1] = 0;
        return;
    }
    if (any_guestid && m->guestid && (e->tag & 0xff) != guestctl1_rid(m)) {
        ROOT(m, GUESTCTL1) = (ROOT(m, GUESTCTL1) & ~GCTL1_RID) | ((uint64_t)(e->tag & 0xff) << GCTL1_RID_SHIFT);
        cp0_ctx_changed(m);
    }
    entryhi_hw_write(m, c, e->vpn2 | e->asid);
    c->r[CP0_PAGEMASK] = e->mask & 0x1fffe000ULL;
    c->r[CP0_ENTRYLO0] = (e->lo[0] & ~ENTRYLO_G) | (uint64_t)e->g;
    c->r[CP0_ENTRYLO1] = (e->lo[1] & ~ENTRYLO_G) | (uint64_t)e->g;
}

/* Write entry idx from the context's EntryHi/PageMask/EntryLo0/1, owned by
 * tag. Returns 0 or EXC_MCHECK (a duplicate, or a wrong page size or set for
 * an FTLB slot; the entry is then left invalid or unchanged). */
static int tlb_write_index(Machine *m, CP0Ctx *c, uint32_t tag, int idx)
{
    TLBState *t = &m->mmu.tlb;
    TLBEntry n = t->e[idx];
    tlb_make_entry(&n, c->r[CP0_ENTRYHI], c->r[CP0_PAGEMASK], c->r[CP0_ENTRYLO0], c->r[CP0_ENTRYLO1],
                   tag, m->mmu.segmask, ENTRYHI_ASID, ENTRYHI_EHINV);
    if (!tlb_ftlb_write_ok(t, idx, &n)) { t->mcheck++; return EXC_MCHECK; }
    t->e[idx] = n;
    mmu_utlb_flush_all(&m->mmu);
    if (tlb_duplicate(t, idx)) {
        tlb_kill(&t->e[idx]);
        t->mcheck++;
        return EXC_MCHECK;
    }
    int level = ctx_is_guest(m, c);
    if (m->in_refill[level]) {
        if (idx < t->vtlb_size) t->refill_vtlb[level]++; else t->refill_ftlb[level]++;
        if ((n.mask & 0x1fffe000ULL) > t->ftlb_pagemask) t->refill_huge[level]++;
        else t->refill_small[level]++;
    }
    return 0;
}

/* TLBWR / TLBGWR: the FTLB when PageMask is the FTLB page size (set from VPN2,
 * random way), otherwise VTLB[Random] (mips-arch.md section 3). */
static int tlb_random_index(Machine *m, CP0Ctx *c)
{
    TLBState *t = &m->mmu.tlb;
    uint64_t pm = c->r[CP0_PAGEMASK] & 0x1fffe000ULL;
    if (t->ftlb_enabled && pm == t->ftlb_pagemask) {
        int set = ftlb_set(t, c->r[CP0_ENTRYHI]);
        int way = (int)(tlb_rand(t) % (uint64_t)t->ftlb_ways);
        return t->vtlb_size + way * t->ftlb_sets + set;
    }
    return (int)cp0_read(m, c, CP0_RANDOM, 0);
}

/* TLBINV (IE>=2): non-global entries of EntryHi.ASID; TLBINVF: all entries, of
 * the owner tag. Index in the VTLB range acts on the whole VTLB, in the FTLB
 * range on one set (Linux's local_flush_tlb_all loop; mips-arch.md section 3,
 * UNVERIFIED). */
static void tlb_invalidate(Machine *m, CP0Ctx *c, uint32_t tag, int flush_all)
{
    TLBState *t = &m->mmu.tlb;
    uint32_t asid = (uint32_t)(c->r[CP0_ENTRYHI] & ENTRYHI_ASID);
    int idx = tlb_index_reg(c);
    if (idx < t->vtlb_size)
        tlb_invalidate_range(t, 0, t->vtlb_size, 1, flush_all, asid, tag);
    else if (t->ftlb_sets)
        tlb_invalidate_range(t, t->vtlb_size + (idx - t->vtlb_size) % t->ftlb_sets, tlb_total(t),
                             t->ftlb_sets, flush_all, asid, tag);
    mmu_utlb_flush_all(&m->mmu);
}

/* ---- exception entry (PRA 6.2) ---- */

enum {
    EXCF_REFILL = 1,    /* a TLB exception with no matching entry */
    EXCF_NOINSN = 2,    /* fetch fault or interrupt: BadInstr/BadInstrP keep their values */
};

static inline int exc_is_tlb(int code)
{
    return code == EXC_MOD || code == EXC_TLBL || code == EXC_TLBS || code == EXC_TLBRI || code == EXC_TLBXI;
}

/* Enter an exception in context ctx: EPC and Cause.BD unless EXL was already
 * set, ExcCode, BadVAddr (TLB and address errors), EntryHi.VPN2 and
 * Context/XContext (TLB exceptions; ASID and EHINV kept), BadInstr/BadInstrP,
 * Status.EXL (and TS for a Machine Check). A root exception taken in guest
 * mode is a guest exit: GuestCtl0.GExcCode = gexc for GE and root TLB faults.
 * Returns the vector class; *vec its address. */
static int exc_enter(Machine *m, int ctx, int code, uint64_t epc, int bd, uint64_t bad, uint32_t insn,
                     uint32_t branch_insn, int flags, int gexc, uint64_t *vec)
{
    CP0Ctx *c = &m->cp0[ctx];
    uint64_t *r = c->r;
    int exl = (r[CP0_STATUS] & ST_EXL) != 0;
    if (ctx == CTX_ROOT && m->in_guest) {           /* a guest exit */
        m->exits[code & 31]++;
        if (gexc != NO_EXIT) {
            r[CP0_GUESTCTL0] = (r[CP0_GUESTCTL0] & ~GCTL0_GEXCCODE) | ((uint64_t)gexc << GCTL0_GEXCCODE_SHIFT);
            if (code == EXC_GE) m->gexits[gexc & 31]++;
        }
    }
    r[CP0_CAUSE] = (r[CP0_CAUSE] & ~CAUSE_EXCCODE) | ((uint64_t)code << CAUSE_EXCCODE_SHIFT);
    if (!exl) {
        r[CP0_EPC] = epc;
        if (bd) r[CP0_CAUSE] |= CAUSE_BD; else r[CP0_CAUSE] &= ~CAUSE_BD;
    }
    if (exc_is_tlb(code) || code == EXC_ADEL || code == EXC_ADES) r[CP0_BADVADDR] = bad;
    if (exc_is_tlb(code)) {
        uint64_t vpn2 = bad & m->mmu.segmask & ~0x1fffULL;
        r[CP0_ENTRYHI] = vpn2 | (r[CP0_ENTRYHI] & (ENTRYHI_ASID | ENTRYHI_EHINV));
        /* Context.BadVPN2 = VA[31:13]; XContext.BadVPN2 = VA[SEGBITS-1:13] with R above it */
        r[CP0_CONTEXT] = (r[CP0_CONTEXT] & ~CONTEXT_BADVPN2) | (((bad >> 13) & 0x7ffff) << CONTEXT_BADVPN2_SHIFT);
        int sb = m->mmu.segbits;
        uint64_t low = (1ULL << (sb - 13 + 6)) - 1;                  /* R and BadVPN2 fields */
        uint64_t bvpn2 = (bad >> 13) & ((1ULL << (sb - 13)) - 1);
        r[CP0_XCONTEXT] = (r[CP0_XCONTEXT] & ~low) | (bvpn2 << 4) | ((bad >> 62) << (sb - 13 + 4));
    }
    if (!(flags & EXCF_NOINSN)) {
        if (r[CP0_CONFIG3] & CONFIG3_BI) r[CP0_BADINSTR] = insn;
        if (bd && (r[CP0_CONFIG3] & CONFIG3_BP)) r[CP0_BADINSTRP] = branch_insn;
    }
    if (code == EXC_MCHECK) r[CP0_STATUS] |= ST_TS;
    SegCtx seg = seg_of(r[CP0_STATUS]);                 /* the refill vector's X bits */
    r[CP0_STATUS] |= ST_EXL;
    cp0_ctx_changed(m);
    m->s.cycles += m->lat_exc;
    m->exc_taken[ctx][code & 31]++;
    uint64_t base = (r[CP0_STATUS] & ST_BEV) ? 0xffffffffbfc00200ULL : (r[CP0_EBASE] & ~0xfffULL);
    int v = VEC_GENERAL;
    if ((flags & EXCF_REFILL) && !exl) {
        m->in_refill[ctx] = 1;
        if (ctx == CTX_GUEST) m->mmu.in_guest_refill = 1;
        m->mmu.tlb.refills_taken++;
        m->mmu.tlb.refills_level[ctx]++;
        if (ctx == CTX_ROOT && gexc == GEXC_GPA) m->mmu.tlb.gpa_refills++;
        v = seg_xtlb_refill(&seg, bad) ? VEC_XTLB_REFILL : VEC_TLB_REFILL;
    } else if (code == EXC_INT && (r[CP0_CAUSE] & CAUSE_IV)) {
        v = VEC_INTERRUPT;
    }
    *vec = base + vec_offset[v];
    return v;
}

/* A root interrupt is taken when IE=1, EXL=ERL=0 and an enabled IP bit is set. */
static inline int irq_pending(const Machine *m)
{
    uint64_t st = ROOT(m, STATUS);
    return (st & ST_IE) && !(st & (ST_EXL | ST_ERL)) && (ROOT(m, CAUSE) & st & ST_IM);
}

/* Count reached Compare: Cause.TI and IP[IntCtl.IPTI] of that context. */
static inline void timer_fire(CP0Ctx *c)
{
    unsigned ipti = (unsigned)((c->r[CP0_INTCTL] & INTCTL_IPTI) >> INTCTL_IPTI_SHIFT);
    c->r[CP0_CAUSE] |= CAUSE_TI | (1ULL << (CAUSE_IP_SHIFT + ipti));
}

/* The loop reached timer_icount: fire the timers whose deadline passed. */
static inline void timers_expire(Machine *m)
{
    uint64_t now = m->s.icount;
    for (int k = CTX_ROOT; k <= CTX_GUEST; k++) {
        if (now >= (k == CTX_ROOT ? m->timer_root : m->timer_guest)) {
            timer_fire(&m->cp0[k]);
            m->cp0[k].timer_base = cp0_count(m, &m->cp0[k]);   /* this match is consumed */
        }
    }
    timer_rearm(m);
}

/* ERET in context ctx (PRA: clears LLbit; no delay slot). Returns the new pc.
 * A root ERET with GuestCtl0.GM set enters guest mode (VZ). */
static uint64_t do_eret(Machine *m, int ctx)
{
    uint64_t *r = m->cp0[ctx].r, pc;
    if (r[CP0_STATUS] & ST_ERL) { pc = r[CP0_ERROREPC]; r[CP0_STATUS] &= ~ST_ERL; }
    else { pc = r[CP0_EPC]; r[CP0_STATUS] &= ~ST_EXL; }
    m->s.llbit = 0;
    m->in_refill[ctx] = 0;
    if (ctx == CTX_GUEST) m->mmu.in_guest_refill = 0;
    m->s.cycles += m->lat_eret;
    cp0_ctx_changed(m);
    irq_recheck(m);
    return pc;
}

#endif
