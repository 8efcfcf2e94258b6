/* One machine: a MIPS64 Release 2 hart (cpu.h), its CP0 contexts (cp0/cp0.h)
 * and its MMU with physical memory (mmu/mmu.h). Plain C, so the loop touches
 * no Python object; the Cython wrapper in _core.pyx owns one of these. */
#ifndef MIPSVM_MACHINE_H
#define MIPSVM_MACHINE_H
#include <stdint.h>
#include "cpu.h"
#include "cp0.h"
#include "mmu.h"

/* Vector classes (offsets from the exception base, PRA 6.2.x) ... */
enum { VEC_TLB_REFILL = 0, VEC_XTLB_REFILL = 1, VEC_CACHE_ERR = 2, VEC_GENERAL = 3, VEC_INTERRUPT = 4 };
static const uint64_t vec_offset[] = {0x000, 0x080, 0x100, 0x180, 0x200};
/* ... and which of them the Python host kernel serves: an exception entering
 * such a vector returns from the loop (EV_EXCEPTION) after the hardware entry;
 * every other vector runs the code that is there, inside the loop. */
/* Not an ExcCode: SDBBP with a probe attached (bare-metal programs end so). */
#define EXC_PROBE 64
/* SYNC stypes from here on are magic instructions (EV_MAGIC). */
#define MAGIC_STYPE_FIRST 0x18
#define HOST_VECTORS_LINUX (1u << VEC_GENERAL)

/* A direct-mapped cache from instruction word to op id. Keyed by the word
 * itself, so it needs no invalidation when code changes. */
#define DC_BITS 16
#define DC_SIZE (1u << DC_BITS)
typedef struct DCEntry {
    uint32_t w;
    uint32_t op;
} DCEntry;

typedef struct Machine {
    CPUState s;
    CP0Ctx cp0[CTX_COUNT];     /* [CTX_ROOT]; [CTX_GUEST] for VZ */
    int tlb_mode;              /* 1: CP0 and the TLB are modelled; 0: the ideal MMU, no CP0 */
    int vz;                    /* the VZ module is implemented (Config3.VZ) */
    int in_guest;              /* guest mode: GuestCtl0.GM and root EXL = ERL = 0 */
    int guestid;               /* GuestCtl1.ID/RID tag entries (0: RAD mode, no GuestID) */
    unsigned host_vectors;     /* VEC_* bits (root vectors) served by the Python host kernel */
    int probe;                 /* an EJTAG probe is attached: SDBBP stops the run (EXC_PROBE) */
    int in_refill[CTX_COUNT];  /* between refill-vector entry and its ERET, per context */
    uint64_t lat_exc, lat_eret;   /* stall cycles */
    uint64_t exc_taken[CTX_COUNT][32];  /* exceptions entered, by context and ExcCode */
    uint64_t exits[32];        /* root exceptions taken in guest mode (guest exits), by ExcCode */
    uint64_t gexits[32];       /* guest exits with ExcCode GE, by GExcCode */
    uint64_t timer_icount;     /* icount at which the loop looks at the timers (~0: off) */
    uint64_t timer_root, timer_guest;   /* ... when root / guest Count reaches Compare */
    uint32_t ccres, synci_step;   /* the model's RDHWR $3 / $1 */
    MMU mmu;
    DCEntry dcache[DC_SIZE];   /* decoded-word cache, see exec.h */
} Machine;

#define ROOT(m, NAME) ((m)->cp0[CTX_ROOT].r[CP0_##NAME])

#endif
