/* Root CP0 as the core uses it: register file indexed reg*8+sel, the fields
 * the loop reads, and the registers with side effects. Reset values and write
 * masks come from the table in mipsvm/cp0/regs.py (loaded by _core.pyx). */
#ifndef MIPSVM_CP0_H
#define MIPSVM_CP0_H
#include <stdint.h>

#define CP0_IDX(reg, sel) ((reg) * 8 + (sel))
enum {
    C0_INDEX = CP0_IDX(0, 0), C0_RANDOM = CP0_IDX(1, 0), C0_ENTRYLO0 = CP0_IDX(2, 0),
    C0_ENTRYLO1 = CP0_IDX(3, 0), C0_CONTEXT = CP0_IDX(4, 0), C0_USERLOCAL = CP0_IDX(4, 2),
    C0_PAGEMASK = CP0_IDX(5, 0), C0_PAGEGRAIN = CP0_IDX(5, 1), C0_WIRED = CP0_IDX(6, 0),
    C0_HWRENA = CP0_IDX(7, 0), C0_BADVADDR = CP0_IDX(8, 0), C0_BADINSTR = CP0_IDX(8, 1),
    C0_BADINSTRP = CP0_IDX(8, 2), C0_COUNT = CP0_IDX(9, 0), C0_ENTRYHI = CP0_IDX(10, 0),
    C0_COMPARE = CP0_IDX(11, 0), C0_STATUS = CP0_IDX(12, 0), C0_CAUSE = CP0_IDX(13, 0),
    C0_EPC = CP0_IDX(14, 0), C0_PRID = CP0_IDX(15, 0), C0_EBASE = CP0_IDX(15, 1),
    C0_CONFIG = CP0_IDX(16, 0), C0_CONFIG4 = CP0_IDX(16, 4), C0_CONFIG6 = CP0_IDX(16, 6),
    C0_LLADDR = CP0_IDX(17, 0), C0_XCONTEXT = CP0_IDX(20, 0), C0_DIAG = CP0_IDX(22, 0),
    C0_PERFCTL0 = CP0_IDX(25, 0), C0_PERFCNT0 = CP0_IDX(25, 1),
    C0_ERROREPC = CP0_IDX(30, 0), C0_KSCRATCH1 = CP0_IDX(31, 2), C0_KSCRATCH5 = CP0_IDX(31, 6),
    C0_KSCRATCH6 = CP0_IDX(31, 7),
};

/* Status */
#define ST_IE   (1u << 0)
#define ST_EXL  (1u << 1)
#define ST_ERL  (1u << 2)
#define ST_KSU_SHIFT 3
#define ST_UX   (1u << 5)
#define ST_SX   (1u << 6)
#define ST_KX   (1u << 7)
#define ST_IM7  (1u << 15)
#define ST_BEV  (1u << 22)
/* Cause */
#define CAUSE_BD (1u << 31)
#define CAUSE_TI (1u << 30)
#define CAUSE_IP7 (1u << 15)
#define CAUSE_EXC_MASK (0x1fu << 2)
/* EntryHi */
#define ENTRYHI_EHINV (1ULL << 10)
#define ENTRYHI_ASID_MASK 0x3ffULL
/* PageGrain */
#define PG_IEC (1u << 27)
/* Loongson Diag: writing 1 flushes the ITLB (bit 2) / DTLB (bit 3) */
#define DIAG_ITLB (1u << 2)
#define DIAG_DTLB (1u << 3)
/* Loongson Config6: FTLB disable */
#define CONFIG6_FTLBDIS (1u << 22)

#define EXC_TLBRI 19
#define EXC_TLBXI 20

/* PerfCtl.Event numbers of the model (mipsvm/models/cpu.py, docs/cp0.md):
 * Loongson 3A4000's map for cycles and micro-TLB misses, 0x60 for TLB refill
 * exceptions taken. */
enum { PERF_EV_CYCLES = 0x00, PERF_EV_INSTS = 0x01, PERF_EV_ITLB_MISS = 0x1a,
       PERF_EV_DTLB_MISS = 0x1b, PERF_EV_TLB_REFILL = 0x60 };

#endif
