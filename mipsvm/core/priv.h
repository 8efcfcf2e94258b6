/* Privileged architecture glue between CP0 and the MMU: the TLB instructions,
 * exception entry, ERET and the timer interrupt (MIPS64 PRA chapters 4 and 6).
 * Used by the loop (exec.h) and by the Python host kernel through _core.pyx. */
#ifndef MIPSVM_PRIV_H
#define MIPSVM_PRIV_H
#include "hooks.h"

/* Owner of the entries root TLB instructions touch (VZ: GuestCtl1.RID). */
static inline uint32_t root_tlb_tag(const Machine *m) { (void)m; return TLB_TAG_ROOT; }

/* EntryHi written by hardware (TLBR): the ASID side effect still applies. */
static inline void entryhi_hw_write(Machine *m, uint64_t v)
{
    ROOT(m, ENTRYHI) = v;
    mmu_set_asid(&m->mmu, (uint32_t)(v & ENTRYHI_ASID), m->mmu.ctx.tag);
}

/* Recompute everything derived from CP0 after registers were set wholesale
 * (reset, a poke from Python): mode, ASID, RI/XI enables, FTLB, timer. */
static void machine_sync_cp0(Machine *m)
{
    TLBState *t = &m->mmu.tlb;
    cp0_status_changed(m);
    mmu_utlb_flush_all(&m->mmu);
    mmu_set_asid(&m->mmu, (uint32_t)(ROOT(m, ENTRYHI) & ENTRYHI_ASID), TLB_TAG_ROOT);
    uint64_t pg = ROOT(m, PAGEGRAIN);
    mmu_set_rixi(&m->mmu, (pg & PG_RIE) != 0, (pg & PG_XIE) != 0, (pg & PG_IEC) != 0);
    t->ftlb_enabled = t->ftlb_sets * t->ftlb_ways > 0 && !(ROOT(m, CONFIG6) & CONFIG6_FTLBDIS);
    timer_rearm(m);
}

static inline int machine_kernel_mode(const Machine *m) { return m->mmu.ctx.seg.mode == MODE_KERNEL; }

/* ---- TLB instructions (PRA 4.x; mips-arch.md section 3) ---- */

static void tlb_probe(Machine *m)
{
    uint64_t hi = ROOT(m, ENTRYHI);
    int j = tlb_lookup(&m->mmu.tlb, hi, (uint32_t)(hi & ENTRYHI_ASID), root_tlb_tag(m), m->mmu.segmask);
    ROOT(m, INDEX) = j < 0 ? INDEX_P : (uint64_t)j;
}

static inline int tlb_index_reg(const Machine *m) { return (int)(ROOT(m, INDEX) & ~INDEX_P & 0xffffffffULL); }

static void tlb_read_index(Machine *m)
{
    int idx = tlb_index_reg(m);
    if (idx >= tlb_total(&m->mmu.tlb)) return;
    const TLBEntry *e = &m->mmu.tlb.e[idx];
    if (!e->valid || e->tag != root_tlb_tag(m)) {
        entryhi_hw_write(m, ENTRYHI_EHINV);
        ROOT(m, PAGEMASK) = 0;
        ROOT(m, ENTRYLO0) = ROOT(m, ENTRYLO1) = 0;
        return;
    }
    entryhi_hw_write(m, e->vpn2 | e->asid);
    ROOT(m, PAGEMASK) = e->mask & 0x1fffe000ULL;
    ROOT(m, ENTRYLO0) = (e->lo[0] & ~ENTRYLO_G) | (uint64_t)e->g;
    ROOT(m, ENTRYLO1) = (e->lo[1] & ~ENTRYLO_G) | (uint64_t)e->g;
}

/* Write entry idx from EntryHi/PageMask/EntryLo0/1. Returns 0 or EXC_MCHECK
 * (a duplicate, or a wrong page size or set for an FTLB slot; the entry is
 * then left invalid or unchanged). */
static int tlb_write_index(Machine *m, int idx)
{
    TLBState *t = &m->mmu.tlb;
    TLBEntry n = t->e[idx];
    tlb_make_entry(&n, ROOT(m, ENTRYHI), ROOT(m, PAGEMASK), ROOT(m, ENTRYLO0), ROOT(m, ENTRYLO1),
                   root_tlb_tag(m), m->mmu.segmask, ENTRYHI_ASID, ENTRYHI_EHINV);
    if (!tlb_ftlb_write_ok(t, idx, &n)) { t->mcheck++; return EXC_MCHECK; }
    t->e[idx] = n;
    mmu_utlb_flush_all(&m->mmu);
    if (tlb_duplicate(t, idx)) {
        tlb_kill(&t->e[idx]);
        t->mcheck++;
        return EXC_MCHECK;
    }
    if (m->in_refill) {
        if (idx < t->vtlb_size) t->refill_vtlb++; else t->refill_ftlb++;
        if ((n.mask & 0x1fffe000ULL) > t->ftlb_pagemask) t->refill_huge++;
        else t->refill_small++;
    }
    return 0;
}

/* TLBWR: the FTLB when PageMask is the FTLB page size (set from VPN2, random
 * way), otherwise VTLB[Random] (mips-arch.md section 3). */
static int tlb_random_index(Machine *m)
{
    TLBState *t = &m->mmu.tlb;
    uint64_t pm = ROOT(m, PAGEMASK) & 0x1fffe000ULL;
    if (t->ftlb_enabled && pm == t->ftlb_pagemask) {
        int set = ftlb_set(t, ROOT(m, ENTRYHI));
        int way = (int)(tlb_rand(t) % (uint64_t)t->ftlb_ways);
        return t->vtlb_size + way * t->ftlb_sets + set;
    }
    return (int)cp0_read(m, &m->cp0[CTX_ROOT], CP0_RANDOM, 0);
}

/* TLBINV (IE>=2): non-global entries of EntryHi.ASID; TLBINVF: all entries.
 * Index in the VTLB range acts on the whole VTLB, in the FTLB range on one
 * set (Linux's local_flush_tlb_all loop; mips-arch.md section 3, UNVERIFIED). */
static void tlb_invalidate(Machine *m, int flush_all)
{
    TLBState *t = &m->mmu.tlb;
    uint32_t asid = (uint32_t)(ROOT(m, ENTRYHI) & ENTRYHI_ASID);
    int idx = tlb_index_reg(m);
    if (idx < t->vtlb_size)
        tlb_invalidate_range(t, 0, t->vtlb_size, 1, flush_all, asid, root_tlb_tag(m));
    else if (t->ftlb_sets)
        tlb_invalidate_range(t, t->vtlb_size + (idx - t->vtlb_size) % t->ftlb_sets, tlb_total(t),
                             t->ftlb_sets, flush_all, asid, root_tlb_tag(m));
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

/* Enter an exception: EPC and Cause.BD unless EXL was already set, ExcCode,
 * BadVAddr (TLB and address errors), EntryHi.VPN2 and Context/XContext
 * (TLB exceptions; ASID and EHINV kept), BadInstr/BadInstrP, Status.EXL (and
 * TS for a Machine Check). Returns the vector class; *vec its address. */
static int exc_enter(Machine *m, int code, uint64_t epc, int bd, uint64_t bad, uint32_t insn,
                     uint32_t branch_insn, int flags, uint64_t *vec)
{
    CP0Ctx *c = &m->cp0[CTX_ROOT];
    uint64_t *r = c->r;
    int exl = (r[CP0_STATUS] & ST_EXL) != 0;
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
    r[CP0_STATUS] |= ST_EXL;
    cp0_status_changed(m);
    m->s.cycles += m->lat_exc;
    m->exc_taken[code & 31]++;
    uint64_t base = (r[CP0_STATUS] & ST_BEV) ? 0xffffffffbfc00200ULL : (r[CP0_EBASE] & ~0xfffULL);
    int v = VEC_GENERAL;
    if ((flags & EXCF_REFILL) && !exl) {
        m->in_refill = 1;
        m->mmu.tlb.refills_taken++;
        v = seg_xtlb_refill(&m->mmu.ctx.seg, bad) ? VEC_XTLB_REFILL : VEC_TLB_REFILL;
    } else if (code == EXC_INT && (r[CP0_CAUSE] & CAUSE_IV)) {
        v = VEC_INTERRUPT;
    }
    *vec = base + vec_offset[v];
    return v;
}

/* An interrupt is taken when IE=1, EXL=ERL=0 and an enabled IP bit is set. */
static inline int irq_pending(const Machine *m)
{
    uint64_t st = ROOT(m, STATUS);
    return (st & ST_IE) && !(st & (ST_EXL | ST_ERL)) && (ROOT(m, CAUSE) & st & ST_IM);
}

/* Count reached Compare: Cause.TI and IP[IntCtl.IPTI]. */
static inline void timer_fire(Machine *m)
{
    unsigned ipti = (unsigned)((ROOT(m, INTCTL) & INTCTL_IPTI) >> INTCTL_IPTI_SHIFT);
    ROOT(m, CAUSE) |= CAUSE_TI | (1ULL << (CAUSE_IP_SHIFT + ipti));
    timer_rearm(m);
}

/* ERET (PRA: clears LLbit; no delay slot). Returns the new pc. */
static uint64_t do_eret(Machine *m)
{
    uint64_t *r = m->cp0[CTX_ROOT].r, pc;
    if (r[CP0_STATUS] & ST_ERL) { pc = r[CP0_ERROREPC]; r[CP0_STATUS] &= ~ST_ERL; }
    else { pc = r[CP0_EPC]; r[CP0_STATUS] &= ~ST_EXL; }
    m->s.llbit = 0;
    m->in_refill = 0;
    m->s.cycles += m->lat_eret;
    cp0_status_changed(m);
    return pc;
}

#endif
