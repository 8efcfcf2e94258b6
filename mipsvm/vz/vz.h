/* The MIPS VZ module: what guest-mode execution may do itself and what exits
 * to root (mips-arch.md section 4; linux-mips-kvm.md section 4; choices where
 * the references say UNVERIFIED are in docs/vz.md).
 *
 * Guest mode is GuestCtl0.GM with root EXL = ERL = 0 (cp0_ctx_changed). In it
 * the guest CP0 governs execution, the guest's TLB entries translate GVA->GPA
 * and the root entries of GuestCtl1.ID translate GPA->HPA (mmu.h). Any root
 * exception -- a GE guest exit, a root TLB fault on a GPA, a root interrupt --
 * returns to root mode, with GuestCtl0.GExcCode saying why. */
#ifndef MIPSVM_VZ_H
#define MIPSVM_VZ_H
#include "hooks.h"

#define NO_EXIT (-1)

/* A guest-kernel MFC0/MTC0 (DMFC0/DMTC0) of register idx: NO_EXIT when the
 * guest CP0 serves it, else the GExcCode of the exit. GPSI for everything
 * root keeps: all CP0 access with GuestCtl0.CP0 = 0, registers the guest
 * context does not have (PRId, Config6/7, Diag, ... root emulates them),
 * Count/Compare while root owns the guest timer (GT = 0), Config writes
 * without GuestCtl0.CF. GSFC for a write that changes a root-controlled field
 * (cp0_gsfc, from the table's GSFC_FIELDS), and with GuestCtl0.MC for a Status
 * write that changes KSU/EXL/ERL. */
static inline int vz_guest_cp0_exit(Machine *m, unsigned idx, int write, uint64_t v)
{
    uint64_t gc0 = ROOT(m, GUESTCTL0);
    const CP0Ctx *g = &m->cp0[CTX_GUEST];
    idx &= CP0_NREGS - 1;
    if (!(gc0 & GCTL0_CP0) || !cp0_guest[idx]) return GEXC_GPSI;
    if ((idx == CP0_COUNT || idx == CP0_COMPARE) && !(gc0 & GCTL0_GT)) return GEXC_GPSI;
    if (!write) return NO_EXIT;
    /* GuestCtl0.MC: a software change of the guest's mode is a GSFC (a hardware
     * one, exception entry or ERET, is a GHFC: exec.h); docs/vz.md choices */
    if (idx == CP0_STATUS && (gc0 & GCTL0_MC) && ((v ^ g->r[idx]) & (ST_KSU | ST_EXL | ST_ERL) & g->wmask[idx]))
        return GEXC_GSFC;
    if (CP0_REG(idx) == 16 && !(gc0 & GCTL0_CF)) return GEXC_GPSI;
    if (((v ^ g->r[idx]) & cp0_gsfc[idx] & g->wmask[idx]) != 0) return GEXC_GSFC;
    return NO_EXIT;
}

/* Owner tags of the TLB entries each kind of TLB instruction works on. */
static inline uint32_t tlb_tag_root_op(const Machine *m) { return TLB_TAG(0, guestctl1_rid(m)); }  /* root TLBWI/... */
static inline uint32_t tlb_tag_guest_op(const Machine *m) { return TLB_TAG(1, guestctl1_id(m)); } /* in guest mode */
static inline uint32_t tlb_tag_tlbg_op(const Machine *m) { return TLB_TAG(1, guestctl1_rid(m)); } /* root TLBG* */

/* A guest interrupt is pending: guest IE, EXL = ERL = 0, and an enabled bit of
 * guest Cause.IP or of GuestCtl2.VIP (injected into guest IP7..2). */
static inline int vz_guest_irq_pending(const Machine *m)
{
    uint64_t st = m->cp0[CTX_GUEST].r[CP0_STATUS];
    uint64_t ip = m->cp0[CTX_GUEST].r[CP0_CAUSE] | (ROOT(m, GUESTCTL2) & GCTL2_VIP);
    return (st & ST_IE) && !(st & (ST_EXL | ST_ERL)) && (ip & st & ST_IM);
}

#endif
