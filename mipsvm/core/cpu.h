/* Architectural state of one MIPS64 Release 2 hart (little endian, FR=1).
 * Plain C so the hot loop touches no Python object; the Cython wrapper in
 * _core.pyx owns one of these. */
#ifndef MIPSVM_CPU_H
#define MIPSVM_CPU_H
#include <stdint.h>
#include <stddef.h>
#include "cp0_gen.h"        /* EXC_*: Cause.ExcCode values, from the CP0 table */

/* Why the run loop returned to Python. */
enum {
    EV_NONE = 0,
    EV_EXCEPTION = 1,   /* an architectural exception was taken; see exc_* */
    EV_BUDGET = 2,      /* instruction budget exhausted (or the timer stop point) */
    EV_MAGIC = 3,       /* a magic instruction retired (SYNC stype 0x18..0x1f): exc_tcode = stype */
    EV_DEBUG = 3,       /* the logged loop stopped (dbg.h DbgState.reason) */
};

/* FCSR ($f31) fields. */
#define FCSR_RM_MASK    0x00000003u
#define FCSR_FLAGS_SHIFT 2       /* Flags: I U O Z V at bits 2..6 */
#define FCSR_ENABLES_SHIFT 7     /* Enables at bits 7..11 */
#define FCSR_CAUSE_SHIFT 12      /* Cause: I U O Z V E at bits 12..17 */
#define FCSR_FCC0_BIT   23
#define FCSR_FS_BIT     24
/* IEEE exception bits as used inside the Flags/Enables/Cause fields. */
#define FP_I 0x01u  /* inexact */
#define FP_U 0x02u  /* underflow */
#define FP_O 0x04u  /* overflow */
#define FP_Z 0x08u  /* divide by zero */
#define FP_V 0x10u  /* invalid */
#define FP_E 0x20u  /* unimplemented (cause only) */

typedef struct CPUState {
    uint64_t gpr[32];
    uint64_t hi, lo;
    uint64_t pc;        /* address of the instruction to execute next */
    uint64_t npc;       /* address after it (branch target when pc is a delay slot) */
    int ds_pending;     /* the instruction at pc sits in a branch delay slot */
    uint64_t fpr[32];   /* FR=1: 32 x 64-bit; singles/words live in the low 32 bits */
    uint32_t fcsr;      /* FCR31 */
    uint32_t fir;       /* FCR0 */
    uint64_t lladdr;    /* physical address of the last LL/LLD */
    int llbit;

    /* Exception being reported to Python (valid when event == EV_EXCEPTION). */
    int event;
    int exc_code;       /* Cause.ExcCode */
    int exc_bd;         /* Cause.BD: faulting instruction was in a delay slot */
    uint64_t exc_epc;   /* EPC: the faulting instruction, or its branch when BD */
    uint64_t exc_badvaddr;
    uint32_t exc_insn;  /* BadInstr */
    uint32_t exc_tcode; /* trap/break code field, for SIGTRAP vs SIGFPE decisions */
    int exc_access;     /* for memory faults: 0 load, 1 store, 2 fetch (ACC_* in mmu/walk.h) */
    int exc_gexc;       /* a guest exit's GuestCtl0.GExcCode, or -1 (NO_EXIT) */

    /* The last instruction fetched by the loop (stored once per run, for traces). */
    uint64_t last_pc;
    uint32_t last_insn;

    /* Counters exported to the stats registry after a run. */
    uint64_t icount;    /* instructions retired (committed) */
    uint64_t cycles;    /* stall cycles beyond one per instruction (exception entry, ...) */
} CPUState;

#endif
