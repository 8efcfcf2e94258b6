/* The 64-bit address map (MIPS64 PRA, "Virtual Address Spaces"; QEMU's
 * target/mips/system/physaddr.c as second opinion): which segments a mode may
 * use, which are mapped through the TLB, and the PA of the unmapped ones.
 *
 *   useg   [0, 2^31)                 U S K  mapped (unmapped, PA = VA, when ERL=1 in kernel mode)
 *   xuseg  [2^31, 2^SEGBITS)         U S K  mapped, needs UX
 *   xsseg  0x4000.. + [0, 2^SEGBITS)   S K  mapped, needs SX
 *   xkphys 0x8000.. - 0xBFFF..           K  unmapped, needs KX; PA = VA[PABITS-1:0], VA[58:PABITS] = 0
 *   xkseg  0xC000.. - (0xFFFFFFFF7FFFFFFF & SEGMask)  K  mapped, needs KX
 *   ckseg0 0xFFFFFFFF80000000         K  unmapped, PA = VA[28:0]
 *   ckseg1 0xFFFFFFFFA0000000         K  unmapped (uncached), PA = VA[28:0]
 *   cksseg 0xFFFFFFFFC0000000       S K  mapped
 *   ckseg3 0xFFFFFFFFE0000000         K  mapped
 * Everything else is an address error. */
#ifndef MIPSVM_MMU_SEGMENTS_H
#define MIPSVM_MMU_SEGMENTS_H
#include <stdint.h>

enum { MODE_KERNEL = 0, MODE_SUPER = 1, MODE_USER = 2 };
enum { SEG_MAPPED = 0, SEG_UNMAPPED = 1, SEG_ADDRERR = 2 };

/* The part of Status the address map depends on (set by the Status hook). */
typedef struct SegCtx {
    int mode;               /* MODE_*: kernel if EXL or ERL, else Status.KSU */
    int erl, kx, sx, ux;
} SegCtx;

#define CKSEG0_BASE 0xFFFFFFFF80000000ULL
#define CKSEG1_BASE 0xFFFFFFFFA0000000ULL
#define CKSSEG_BASE 0xFFFFFFFFC0000000ULL
#define CKSEG3_BASE 0xFFFFFFFFE0000000ULL

static inline int seg_classify(const SegCtx *c, int segbits, int pabits, uint64_t va, uint64_t *pa)
{
    uint64_t off = va & 0x3FFFFFFFFFFFFFFFULL;          /* VA without R */
    switch (va >> 62) {
    case 0:                                              /* useg / xuseg */
        if (va < 0x80000000ULL) {
            if (c->erl && c->mode == MODE_KERNEL) { *pa = va; return SEG_UNMAPPED; }
            return SEG_MAPPED;
        }
        return c->ux && !(va >> segbits) ? SEG_MAPPED : SEG_ADDRERR;
    case 1:                                              /* xsseg */
        return c->mode != MODE_USER && c->sx && !(off >> segbits) ? SEG_MAPPED : SEG_ADDRERR;
    case 2:                                              /* xkphys */
        if (c->mode != MODE_KERNEL || !c->kx || ((va & ((1ULL << 59) - 1)) >> pabits)) return SEG_ADDRERR;
        *pa = va & ((1ULL << pabits) - 1);
        return SEG_UNMAPPED;
    default:
        if (va >= CKSEG0_BASE) {                         /* the 32-bit compatibility segments */
            if (va >= CKSSEG_BASE && va < CKSEG3_BASE)   /* cksseg */
                return c->mode != MODE_USER ? SEG_MAPPED : SEG_ADDRERR;
            if (c->mode != MODE_KERNEL) return SEG_ADDRERR;
            if (va >= CKSEG3_BASE) return SEG_MAPPED;
            *pa = va & 0x1FFFFFFFULL;                    /* ckseg0, ckseg1 */
            return SEG_UNMAPPED;
        }
        /* xkseg ends 2 GB short of 2^SEGBITS (0xFFFFFFFF7FFFFFFF & SEGMask) */
        if (c->mode != MODE_KERNEL || !c->kx || off > (((1ULL << segbits) - 1) & 0x3FFFFFFF7FFFFFFFULL))
            return SEG_ADDRERR;
        return SEG_MAPPED;
    }
}

/* Refill vector (PRA "TLB Refill and XTLB Refill"): XTLB (+0x080) when 64-bit
 * addressing is enabled for the faulting address's region -- R=0 by UX, R=1 by
 * SX, R=3 by KX -- else the 32-bit TLB refill vector (+0x000). */
static inline int seg_xtlb_refill(const SegCtx *c, uint64_t badvaddr)
{
    switch (badvaddr >> 62) {
    case 0: return c->ux;
    case 1: return c->sx;
    case 3: return c->kx;
    default: return 1;
    }
}

#endif
