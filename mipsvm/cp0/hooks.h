/* CP0 side effects, one function per hook named in the register table
 * (mipsvm/cp0/regs.py, columns hook/rhook): cp0_w_<hook> runs instead of the
 * plain masked write, cp0_r_<hook> computes the value a read returns. The
 * dispatch in cp0_write/cp0_read is generated (CP0_WRITE_HOOKS and
 * CP0_READ_HOOKS in cp0_gen.h), so a new side effect is a table column and a
 * function here, never a new case in a switch.
 *
 * Every hook gets the context it acts on: the root CP0 or, under VZ, the
 * guest CP0 (ctx_is_guest). Hooks that change translation or the execution
 * context call cp0_ctx_changed, which hands the MMU its new context through
 * its narrow door (mmu_set_ctx). */
#ifndef MIPSVM_CP0_HOOKS_H
#define MIPSVM_CP0_HOOKS_H
#include "machine.h"

static inline int ctx_is_guest(const Machine *m, const CP0Ctx *c) { return c == &m->cp0[CTX_GUEST]; }

/* ---- derived state ---- */

/* Kernel mode when EXL or ERL, else Status.KSU (3, reserved, counts as user). */
static inline SegCtx seg_of(uint64_t st)
{
    SegCtx seg;
    unsigned ksu = (unsigned)((st & ST_KSU) >> ST_KSU_SHIFT);
    seg.mode = (st & (ST_EXL | ST_ERL)) ? MODE_KERNEL
               : ksu == 0 ? MODE_KERNEL : ksu == 1 ? MODE_SUPER : MODE_USER;
    seg.erl = (st & ST_ERL) != 0;
    seg.kx = (st & ST_KX) != 0;
    seg.sx = (st & ST_SX) != 0;
    seg.ux = (st & ST_UX) != 0;
    return seg;
}

static inline LevelCtx level_of(const CP0Ctx *c, uint32_t tag)
{
    LevelCtx l;
    uint64_t pg = c->r[CP0_PAGEGRAIN];
    l.seg = seg_of(c->r[CP0_STATUS]);
    l.asid = (uint32_t)(c->r[CP0_ENTRYHI] & ENTRYHI_ASID);
    l.tag = tag;
    l.rie = (pg & PG_RIE) != 0;
    l.xie = (pg & PG_XIE) != 0;
    l.iec = (pg & PG_IEC) != 0;
    return l;
}

/* GuestCtl1.ID (the running guest) or .RID (root TLB operations); 0 without
 * GuestID (RAD mode: guests are told apart by root ASIDs instead). */
static inline uint32_t guestctl1_id(const Machine *m) { return (uint32_t)(ROOT(m, GUESTCTL1) & GCTL1_ID); }
static inline uint32_t guestctl1_rid(const Machine *m)
{
    return (uint32_t)((ROOT(m, GUESTCTL1) & GCTL1_RID) >> GCTL1_RID_SHIFT);
}

/* Guest mode = GuestCtl0.GM with root EXL = ERL = 0 (VZ; mips-arch.md section 4).
 * Then the guest CP0 governs execution and translation, with a second level
 * through the root entries of GuestCtl1.ID. */
static void cp0_ctx_changed(Machine *m)
{
    const CP0Ctx *r = &m->cp0[CTX_ROOT];
    MMUCtx n;
    memset(&n, 0, sizeof n);
    m->in_guest = m->vz && (r->r[CP0_GUESTCTL0] & GCTL0_GM) && !(r->r[CP0_STATUS] & (ST_EXL | ST_ERL));
    if (m->in_guest) {
        uint32_t gid = guestctl1_id(m);
        n.cur = level_of(&m->cp0[CTX_GUEST], TLB_TAG(1, gid));
        n.guest = 1;
        n.root2 = level_of(r, TLB_TAG(0, gid));
        n.key = 3u | (gid << 2) | (n.cur.asid << 10) | (n.root2.asid << 20);
    } else {
        n.cur = level_of(r, TLB_TAG_ROOT);     /* root's own translations: GuestID 0 */
        n.key = 1u | (n.cur.asid << 10);
    }
    mmu_set_ctx(&m->mmu, &n);
}

/* The context the executing code sees as "its" CP0. */
static inline CP0Ctx *cur_ctx(Machine *m) { return &m->cp0[m->in_guest ? CTX_GUEST : CTX_ROOT]; }

static inline uint64_t perf_event_count(const Machine *m, unsigned ev)
{
    switch (ev) {
    case PERF_EV_CYCLES: return m->s.icount + m->s.cycles;
    case PERF_EV_INSTRUCTIONS: return m->s.icount;
    case PERF_EV_TLB_REFILL: return m->mmu.tlb.refills_taken;
    case PERF_EV_ITLB_MISS: return m->mmu.utlb[UTLB_I].misses;
    case PERF_EV_DTLB_MISS: return m->mmu.utlb[UTLB_D].misses;
    default: return 0;
    }
}

/* Count ticks once every CCRes cycles (mips-arch.md section 2); the guest's
 * Count is the root's plus GTOffset (VZ). */
static inline uint32_t cp0_count(const Machine *m, const CP0Ctx *c)
{
    uint32_t root = (uint32_t)((m->s.icount + m->s.cycles) / m->ccres) + m->cp0[CTX_ROOT].count_offset;
    return ctx_is_guest(m, c) ? root + (uint32_t)ROOT(m, GTOFFSET) : root;
}

/* The instruction count at which a context's Count reaches its Compare.
 * Stalls only make Count run ahead of icount, so the loop checks at that
 * icount and a tick is at most a few stall cycles late (docs/tlb.md).
 * Stalls also move Count in jumps, which hardware never does: a Compare
 * that Count passed since the timer was last evaluated is a match now (else
 * re-arming the other context's timer would push this one 2^32 counts away). */
static inline uint64_t timer_deadline(const Machine *m, CP0Ctx *c)
{
    uint32_t now = cp0_count(m, c), cmp = (uint32_t)c->r[CP0_COMPARE];
    if ((uint32_t)(cmp - c->timer_base - 1) < (uint32_t)(now - c->timer_base))
        return m->s.icount;
    c->timer_base = now;
    uint32_t delta = cmp - now;
    return m->s.icount + m->ccres * (delta ? (uint64_t)delta : (1ULL << 32));
}

/* Re-arm the root timer and, when the guest owns its timer (GuestCtl0.GT),
 * the guest's; the loop stops at the earlier one. */
static inline void timer_rearm(Machine *m)
{
    m->timer_root = m->tlb_mode ? timer_deadline(m, &m->cp0[CTX_ROOT]) : ~0ULL;
    m->timer_guest = m->vz && (ROOT(m, GUESTCTL0) & GCTL0_GT) ? timer_deadline(m, &m->cp0[CTX_GUEST]) : ~0ULL;
    m->timer_icount = m->timer_root < m->timer_guest ? m->timer_root : m->timer_guest;
}

/* Count was written (root Count, or guest Count through GTOffset): it moved
 * by software, not by time, so no Compare it jumped over is a match; both
 * timers restart from here. */
static inline void timers_rebase(Machine *m)
{
    for (int k = CTX_ROOT; k <= CTX_GUEST; k++)
        m->cp0[k].timer_base = cp0_count(m, &m->cp0[k]);
    timer_rearm(m);
}

/* Something an interrupt depends on changed: let the loop look after the
 * current instruction. */
static inline void irq_recheck(Machine *m) { m->timer_icount = m->s.icount; }

/* ---- write hooks ---- */

/* MTC0 puts GPR bits 31:30 into RI/XI; RI, XI and the PFN bits of PAs above
 * 36 bits are written only when PageGrain.RIE / XIE / ELPA allow, and read 0
 * otherwise (mips-arch.md section 1; QEMU mtc0_entrylo). */
static void cp0_w_entrylo(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)m;
    if (is32)
        v = (v & 0x3FFFFFFFULL) | (((v >> 31) & 1) << ENTRYLO_RI_SHIFT) | (((v >> 30) & 1) << ENTRYLO_XI_SHIFT);
    uint64_t pg = c->r[CP0_PAGEGRAIN], wm = c->wmask[idx];
    if (!(pg & PG_RIE)) wm &= ~ENTRYLO_RI;
    if (!(pg & PG_XIE)) wm &= ~ENTRYLO_XI;
    if (!(pg & PG_ELPA)) wm &= ~ENTRYLO_PFN_ELPA;
    c->r[idx] = v & wm;
}

/* Valid masks are an even-length run of ones from bit 13; anything else is
 * stored as 0 (4 KB), as docs/cp0.md says (QEMU normalises invalid masks). */
static void cp0_w_pagemask(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)m; (void)is32;
    uint64_t f = (v & c->wmask[idx]) >> PM_MASK_SHIFT;
    int ones = __builtin_popcountll(f);
    c->r[idx] = ((f & (f + 1)) == 0 && !(ones & 1)) ? f << PM_MASK_SHIFT : 0;
}

/* Status: the mode and the interrupt enables (the MMU and execution context depend on it). */
static void cp0_w_status(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    c->r[idx] = cp0_masked(c, idx, v);
    cp0_ctx_changed(m);
    irq_recheck(m);
}

/* EntryHi (ASID), PageGrain (RI/XI enables), GuestCtl1 (the running guest's
 * ID): registers the translation context is made from. */
static void cp0_w_ctx(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    c->r[idx] = cp0_masked(c, idx, v);
    cp0_ctx_changed(m);
}

/* Wired: entries 0..Wired-1 are safe from TLBWR; a write sends Random back to
 * the top of the VTLB (PRA). Values past the VTLB wrap, as QEMU does. */
static void cp0_w_wired(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    c->r[idx] = cp0_masked(c, idx, v) % (uint64_t)m->mmu.tlb.vtlb_size;
    c->random_top = 1;
}

/* Count: a write rebases it so that it reads v now; the guest's Count is
 * moved through GTOffset (root emulates guest Count writes that way, KVM). */
static void cp0_w_count(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)idx; (void)is32;
    if (ctx_is_guest(m, c))
        ROOT(m, GTOFFSET) = (uint32_t)(ROOT(m, GTOFFSET) + (uint32_t)v - cp0_count(m, c));
    else
        c->count_offset += (uint32_t)v - cp0_count(m, c);
    timers_rebase(m);
}

/* Release 2: writing Compare clears the pending timer interrupt. */
static void cp0_w_compare(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    c->r[idx] = cp0_masked(c, idx, v);
    unsigned ipti = (unsigned)((c->r[CP0_INTCTL] & INTCTL_IPTI) >> INTCTL_IPTI_SHIFT);
    c->r[CP0_CAUSE] &= ~(CAUSE_TI | (1ULL << (CAUSE_IP_SHIFT + ipti)));
    c->timer_base = cp0_count(m, c);
    timer_rearm(m);
}

/* EBase bits 63:30 are written only when the written value has WG=1 (QEMU
 * helper_mtc0_ebase): Linux probes WG with `ebase | WG` and later writes the
 * 32-bit value, which must keep the upper bits (docs/cp0.md). */
static void cp0_w_ebase(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)m; (void)is32;
    uint64_t wm = c->wmask[idx];
    if (v & EBASE_WG) wm |= EBASE_WG_GATED;
    c->r[idx] = (c->r[idx] & ~wm) | (v & wm);
}

static void cp0_w_config6(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    c->r[idx] = cp0_masked(c, idx, v);
    TLBState *t = &m->mmu.tlb;
    int en = !(c->r[idx] & CONFIG6_FTLBDIS) && t->ftlb_sets > 0;
    if (en != t->ftlb_enabled) mmu_utlb_flush_all(&m->mmu);
    t->ftlb_enabled = en;
}

/* Loongson Diag: writing 1 flushes the micro-ITLB (bit 2), micro-DTLB (3),
 * the whole VTLB (12) or FTLB (13) (Linux LOONGSON_DIAG_*); the bits read 0. */
static void cp0_w_diag(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    MMU *u = &m->mmu;
    if (v & (DIAG_VTLB | DIAG_FTLB)) {
        if (v & DIAG_VTLB) tlb_flush_group(&u->tlb, 0);
        if (v & DIAG_FTLB) tlb_flush_group(&u->tlb, 1);
        mmu_utlb_flush_all(u);
    }
    if (v & DIAG_ITLB) mmu_utlb_flush(u, UTLB_I);
    if (v & DIAG_DTLB) mmu_utlb_flush(u, UTLB_D);
    c->r[idx] = cp0_masked(c, idx, v);
}

/* GuestCtl0 (GM: guest mode on ERET; GT: the guest owns its timer), GuestCtl2
 * (virtual interrupts), GTOffset; GuestCtl1 is cp0_w_ctx. */
static void cp0_w_guestctl0(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    c->r[idx] = cp0_masked(c, idx, v);
    cp0_ctx_changed(m);
    timer_rearm(m);
}

static void cp0_w_guestctl2(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    c->r[idx] = cp0_masked(c, idx, v);
    irq_recheck(m);
}

static void cp0_w_gtoffset(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    c->r[idx] = cp0_masked(c, idx, v);
    timers_rebase(m);
}

static inline unsigned perf_event_of(const CP0Ctx *c, unsigned ctl_idx)
{
    return (unsigned)((c->r[ctl_idx] & PERFCTL_EVENT) >> PERFCTL_EVENT_SHIFT);
}

static uint64_t cp0_r_perfcnt(Machine *m, CP0Ctx *c, unsigned idx, int is32);

/* Changing the event keeps the counter's value. */
static void cp0_w_perfctl(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    unsigned i = CP0_SEL(idx) >> 1;
    uint64_t cur = cp0_r_perfcnt(m, c, idx + 1, 0);
    c->r[idx] = cp0_masked(c, idx, v);
    c->perf_base[i] = perf_event_count(m, perf_event_of(c, idx)) - cur;
}

static void cp0_w_perfcnt(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    (void)is32;
    unsigned i = CP0_SEL(idx) >> 1;
    c->perf_base[i] = perf_event_count(m, perf_event_of(c, idx - 1)) - (v & 0xffffffffffffULL);
}

/* ---- read hooks ---- */

/* Random: pseudo-random in [Wired, VTLB-1] at each read (QEMU computes it on
 * read too), except VTLB-1 right after a Wired write. */
static uint64_t cp0_r_random(Machine *m, CP0Ctx *c, unsigned idx, int is32)
{
    (void)idx; (void)is32;
    uint64_t top = (uint64_t)m->mmu.tlb.vtlb_size - 1, wired = c->r[CP0_WIRED];
    if (c->random_top) { c->random_top = 0; return top; }
    uint64_t n = top + 1 - wired;
    return n ? wired + tlb_rand(&m->mmu.tlb) % n : wired;
}

/* MFC0 of EntryLo shows RI/XI in bits 31:30 (PRA; QEMU mfc0_entrylo). */
static uint64_t cp0_r_entrylo(Machine *m, CP0Ctx *c, unsigned idx, int is32)
{
    (void)m;
    uint64_t v = c->r[idx];
    if (!is32) return v;
    return cp0_sx32((v & 0x3FFFFFFFULL) | (((v >> ENTRYLO_RI_SHIFT) & 1) << 31)
                    | (((v >> ENTRYLO_XI_SHIFT) & 1) << 30));
}

static uint64_t cp0_r_count(Machine *m, CP0Ctx *c, unsigned idx, int is32)
{
    (void)idx; (void)is32;
    return cp0_count(m, c);
}

/* Guest Cause: the virtual interrupts root injects (GuestCtl2.VIP, bits 15:10)
 * read as pending in IP7..2 (VZ; mips-arch.md section 4), as vz_guest_irq_pending
 * takes them; they are never stored in the guest's Cause. */
static uint64_t cp0_r_cause(Machine *m, CP0Ctx *c, unsigned idx, int is32)
{
    (void)is32;
    uint64_t v = c->r[idx];
    if (ctx_is_guest(m, c)) v |= ROOT(m, GUESTCTL2) & GCTL2_VIP;
    return v;
}

static uint64_t cp0_r_lladdr(Machine *m, CP0Ctx *c, unsigned idx, int is32)
{
    (void)c; (void)idx; (void)is32;
    return m->s.lladdr >> 4;
}

static uint64_t cp0_r_perfcnt(Machine *m, CP0Ctx *c, unsigned idx, int is32)
{
    (void)is32;
    unsigned i = CP0_SEL(idx) >> 1;
    return (perf_event_count(m, perf_event_of(c, idx - 1)) - c->perf_base[i]) & 0xffffffffffffULL;
}

/* ---- the two doors ---- */

/* MFC0 (is32) / DMFC0: a 32-bit register reads sign-extended from bit 31 either
 * way; MFC0 of a 64-bit register returns its low 32 bits sign-extended. */
static uint64_t cp0_read(Machine *m, CP0Ctx *c, unsigned idx, int is32)
{
    uint64_t v;
    idx &= CP0_NREGS - 1;
    switch (idx) {
#define X(i, h) case i: v = cp0_r_##h(m, c, i, is32); break;
    CP0_READ_HOOKS(X)
#undef X
    default: v = c->r[idx];
    }
    return (is32 || !cp0_is64[idx]) ? cp0_sx32(v) : v;
}

/* MTC0 (is32: the GPR's low 32 bits, sign-extended) / DMTC0. */
static void cp0_write(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
{
    idx &= CP0_NREGS - 1;
    if (is32) v = cp0_sx32(v);
    switch (idx) {
#define X(i, h) case i: cp0_w_##h(m, c, i, v, is32); return;
    CP0_WRITE_HOOKS(X)
#undef X
    default: c->r[idx] = cp0_masked(c, idx, v);
    }
}

#endif
