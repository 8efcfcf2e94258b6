/* State of the logged loop (mips_run_logged, loop.h compiled a second time
 * with MIPS_LOGGED): what it records per retired instruction into a record
 * buffer Python drains, and where it stops -- breakpoints, watchpoints,
 * chosen events. The fast loop (mips_run) never sees this struct. */
#ifndef MIPSVM_DBG_H
#define MIPSVM_DBG_H
#include <stdint.h>

/* Record kinds. Per instruction: MEM and REG records, then the INSN record
 * that closes the group (so a faulting instruction leaves none). */
enum { DREC_INSN = 1, DREC_REG = 2, DREC_MEM = 3, DREC_EXC = 4, DREC_TLBW = 5, DREC_ERET = 6 };

/* What to record (DbgState.rec) and what to stop on (DbgState.stop_on). */
enum {
    DBG_INSN = 1,       /* retired instructions */
    DBG_REGS = 2,       /* registers an instruction changed (GPRs, HI/LO, FPRs) */
    DBG_MEM = 4,        /* loads and stores: address, size, value */
    DBG_EXC = 8,        /* exceptions entered inside the loop (refills, guest vectors) */
    DBG_TLBW = 16,      /* TLB writes by TLBWI/TLBWR/TLBGWI/TLBGWR */
    DBG_GEXIT = 32,     /* a root exception taken in guest mode (a guest exit) */
    DBG_ERET = 64,      /* ERET (with guest entry) */
};

/* Why mips_run_logged returned EV_DEBUG. */
enum { DSTOP_NONE = 0, DSTOP_BREAK = 1, DSTOP_WATCH = 2, DSTOP_FULL = 3, DSTOP_EXC = 4, DSTOP_TLBW = 5,
       DSTOP_GEXIT = 6, DSTOP_ERET = 7 };

/* Watchpoint kinds (gdb's Z2/Z3/Z4). */
enum { WP_WRITE = 1, WP_READ = 2, WP_ACCESS = 3 };

/* One record, 40 bytes. Fields by kind (n: the icount, every kind):
 *   INSN  flags: 1 guest, 2 kernel mode, 4 delay slot; w word; x icount (= n); y pc
 *   REG   a: register (gdb numbering: 0-31 GPR, 33 lo, 34 hi, 38-69 FPR); x value
 *   MEM   a: size | 0x100 store; x address; y value (the unit for LWL..SDR)
 *   EXC   flags: 1 guest context, 2 refill, 4 entered from guest mode; a ExcCode;
 *         w vector class | gexc << 8 (0xff: none); x epc; y BadVAddr; z vector address
 *   TLBW  a index; flags owner tag low 8 bits; w PageMask | tag guest bit (bit 0);
 *         x EntryHi (VPN2|ASID); y EntryLo0|G; z EntryLo1|G
 *   ERET  flags: 1 from guest context, 2 now in guest mode; x target pc */
typedef struct DbgRec {
    uint8_t kind, flags;
    uint16_t a;
    uint32_t w;
    uint64_t n;            /* icount: of the instruction (INSN, REG, MEM, TLBW, ERET), retired so far (EXC) */
    uint64_t x, y, z;
} DbgRec;

#define DBG_BP_SLOTS 512            /* open addressing, power of two */
#define DBG_BP_EMPTY (~0ULL)        /* never a pc (misaligned) */
#define DBG_MAX_WP 16
#define DBG_SLACK 80                /* records one instruction can add at most */

typedef struct DbgState {
    DbgRec *ring;                   /* cap records, n used; full: stop so Python drains */
    uint32_t cap, n;
    unsigned rec, stop_on;
    int nbp;
    uint64_t bp[DBG_BP_SLOTS];
    int nwp;
    uint64_t wp_lo[DBG_MAX_WP], wp_hi[DBG_MAX_WP];  /* [lo, hi) */
    unsigned wp_kind[DBG_MAX_WP];
    int skip;                       /* resuming: no break/watch stop at skip_pc once */
    uint64_t skip_pc;
    int reason;                     /* DSTOP_* of the last EV_DEBUG */
    uint64_t stop_addr;             /* breakpoint pc, watched data address */
    unsigned stop_kind;             /* WP_* of a watch stop */
    int pending;                    /* stop after the current instruction (reason set) */
} DbgState;

static inline uint32_t dbg_bp_hash(uint64_t pc) { return (uint32_t)((pc >> 2) * 0x9E3779B1u) & (DBG_BP_SLOTS - 1); }

static inline int dbg_bp_find(const DbgState *d, uint64_t pc)
{
    for (uint32_t i = dbg_bp_hash(pc), k = 0; k < DBG_BP_SLOTS; k++, i = (i + 1) & (DBG_BP_SLOTS - 1)) {
        if (d->bp[i] == pc) return (int)i;
        if (d->bp[i] == DBG_BP_EMPTY) return -1;
    }
    return -1;
}

static void dbg_init(DbgState *d)
{
    for (int i = 0; i < DBG_BP_SLOTS; i++) d->bp[i] = DBG_BP_EMPTY;
    d->nbp = d->nwp = 0;
}

/* 0, or -1 when the set is full. */
static int dbg_bp_add(DbgState *d, uint64_t pc)
{
    if (dbg_bp_find(d, pc) >= 0) return 0;
    if (d->nbp >= DBG_BP_SLOTS / 2) return -1;
    uint32_t i = dbg_bp_hash(pc);
    while (d->bp[i] != DBG_BP_EMPTY) i = (i + 1) & (DBG_BP_SLOTS - 1);
    d->bp[i] = pc;
    d->nbp++;
    return 0;
}

/* Remove and re-insert the rest of the cluster (no tombstones). */
static int dbg_bp_remove(DbgState *d, uint64_t pc)
{
    int j = dbg_bp_find(d, pc);
    if (j < 0) return -1;
    d->bp[j] = DBG_BP_EMPTY;
    d->nbp--;
    for (uint32_t i = ((uint32_t)j + 1) & (DBG_BP_SLOTS - 1); d->bp[i] != DBG_BP_EMPTY; i = (i + 1) & (DBG_BP_SLOTS - 1)) {
        uint64_t v = d->bp[i];
        d->bp[i] = DBG_BP_EMPTY;
        d->nbp--;
        dbg_bp_add(d, v);
    }
    return 0;
}

/* The watchpoint an access of [va, va+size) of kind WP_WRITE/WP_READ hits, or -1. */
static inline int dbg_watch_find(const DbgState *d, uint64_t va, unsigned size, unsigned kind)
{
    for (int i = 0; i < d->nwp; i++)
        if ((d->wp_kind[i] & kind) && va < d->wp_hi[i] && va + size > d->wp_lo[i]) return i;
    return -1;
}

static inline DbgRec *dbg_rec(DbgState *d, int kind, uint64_t icount)
{
    DbgRec *r = &d->ring[d->n < d->cap ? d->n++ : d->cap - 1];   /* never past the end */
    r->kind = (uint8_t)kind; r->flags = 0; r->a = 0; r->w = 0; r->n = icount; r->x = r->y = r->z = 0;
    return r;
}

#endif
