"""The one declarative table of root CP0 registers (MIPS64 Release 2 + VZ + Loongson).

One line per register in ``REGISTERS``, readable next to the register map of the
MIPS64 PRA (reference/mips-arch.md section 1)::

    R(name, reg, sel, width, prefix, layout, guest, vz, note)

* ``name``   the manual's spelling (``EntryLo0``, ``KScratch1``, ``GuestCtl0Ext``).
* ``reg, sel`` the MFC0/MTC0 register and select numbers; the flat index used
  everywhere else is ``reg*8 + sel`` (gem5's scheme).
* ``width``  32 or 64.  A 32-bit register is stored zero-extended; MFC0 and DMFC0
  of it return the value sign-extended from bit 31 (PRA).
* ``prefix`` the C prefix of its field macros (``ST`` -> ``ST_EXL``, ``ST_KSU_SHIFT``).
* ``layout`` the key of its field list in ``LAYOUTS`` (registers sharing a layout,
  like EntryLo0/EntryLo1, name the same one).
* ``guest``  the register exists in the guest CP0 context under VZ.
* ``vz``     a root-only register of the VZ module (needs Config3.VZ).

Each field is ``F(name, bits, access, description, ...)``:

* ``bits`` ``"msb:lsb"`` or ``"bit"``; both ends may be expressions of the model
  parameters ``SEGBITS``, ``PABITS``, ``IDXBITS`` (bits of an Index into the whole
  JTLB) and ``VTLBBITS`` (bits of an index into the VTLB), e.g. ``"SEGBITS-1:13"``.
* ``access`` ``"r"`` (read-only for MTC0: constant, or set by hardware),
  ``"rw"`` (software-writable; ``wbits=`` narrows it to a sub-range) or
  ``"w1"`` (writing 1 triggers an action; reads as 0; Loongson Diag flushes).
* ``values`` names of enumerated values (used by the decoders and emitted as
  ``PREFIX_FIELD_VALUE`` macros); ``kind`` selects a decoder helper.

Bits that belong to no field read as zero and ignore writes.  The write mask of a
register is the union of its writable bits, so it cannot disagree with the fields.
Reset values come from the CPU model (``mipsvm.models.cpu``), see
``reset_values``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache

from mipsvm.models.cpu import DEFAULT_MODEL, MODELS, CpuModel

NREGS = 256


# ---------------------------------------------------------------- field spec
@dataclass(frozen=True)
class F:
    name: str
    bits: str
    access: str
    desc: str
    values: tuple = ()          # ((value, "name"), ...)
    wbits: str = ""             # writable sub-range when access == "rw"
    kind: str = ""              # decoder helper (fields.py)


def _f(name, bits, access, desc, values=None, wbits="", kind=""):
    vals = tuple(sorted(values.items())) if values else ()
    return F(name, bits, access, desc, vals, wbits, kind)


EXCCODES = {
    0: "Int", 1: "Mod", 2: "TLBL", 3: "TLBS", 4: "AdEL", 5: "AdES", 6: "IBE", 7: "DBE",
    8: "Sys", 9: "Bp", 10: "RI", 11: "CpU", 12: "Ov", 13: "Tr", 14: "MSAFPE", 15: "FPE",
    16: "GSExc", 18: "C2E", 19: "TLBRI", 20: "TLBXI", 21: "MSADis", 22: "MDMX",
    23: "WATCH", 24: "MCheck", 25: "Thread", 26: "DSPDis", 27: "GE", 30: "CacheErr",
}
GEXCCODES = {0: "GPSI", 1: "GSFC", 2: "HC", 3: "GRR", 8: "GVA", 9: "GHFC", 10: "GPA"}
CCAS = {0: "cacheable_nowa", 1: "cacheable_wa", 2: "uncached", 3: "cacheable_noncoherent",
        4: "coherent_exclusive", 5: "coherent_exclusive_write", 6: "coherent_update",
        7: "uncached_accelerated"}

# ---------------------------------------------------------------- layouts
LAYOUTS = {
    "Index": (
        _f("P", "31", "r", "TLBP found no match"),
        _f("Index", "IDXBITS-1:0", "rw", "TLB entry for TLBR/TLBWI (VTLB first, then FTLB)"),
    ),
    "Random": (
        _f("Random", "VTLBBITS-1:0", "r", "VTLB entry TLBWR replaces (Wired..VTLB-1)"),
    ),
    "EntryLo": (
        _f("RI", "63", "rw", "read inhibit (writable if PageGrain.RIE)"),
        _f("XI", "62", "rw", "execute inhibit (writable if PageGrain.XIE)"),
        _f("PFN", "PABITS-7:6", "rw", "page frame number, PA[PABITS-1:12]", kind="pfn"),
        _f("C", "5:3", "rw", "cache coherency attribute", values=CCAS),
        _f("D", "2", "rw", "dirty: writes allowed"),
        _f("V", "1", "rw", "valid"),
        _f("G", "0", "rw", "global (entry G = EntryLo0.G & EntryLo1.G)"),
    ),
    "Context": (
        _f("PTEBase", "63:23", "rw", "software page-table base"),
        _f("BadVPN2", "22:4", "r", "VA[31:13] of the last TLB exception"),
    ),
    "UserLocal": (
        _f("UserLocal", "63:0", "rw", "thread pointer, read by RDHWR $29"),
    ),
    "PageMask": (
        _f("Mask", "28:13", "rw", "page size mask (0 = 4 KB, 0x3 = 16 KB, 0xfff = 16 MB)",
           kind="pagemask"),
    ),
    "PageGrain": (
        _f("RIE", "31", "rw", "EntryLo.RI enabled"),
        _f("XIE", "30", "rw", "EntryLo.XI enabled"),
        _f("ELPA", "29", "rw", "PFN bits above a 36-bit PA enabled"),
        _f("ESP", "28", "r", "1 KB pages enabled (not implemented)"),
        _f("IEC", "27", "rw", "RI/XI faults raise TLBRI/TLBXI instead of TLBL"),
    ),
    "Wired": (
        _f("Wired", "VTLBBITS-1:0", "rw", "VTLB entries 0..Wired-1 are safe from TLBWR"),
    ),
    "HWREna": (
        _f("ULR", "29", "rw", "user RDHWR $29 (UserLocal)"),
        _f("CCRes", "3", "rw", "user RDHWR $3 (Count resolution)"),
        _f("CC", "2", "rw", "user RDHWR $2 (Count)"),
        _f("SYNCI_Step", "1", "rw", "user RDHWR $1 (SYNCI step)"),
        _f("CPUNum", "0", "rw", "user RDHWR $0 (EBase.CPUNum)"),
    ),
    "BadVAddr": (
        _f("BadVAddr", "63:0", "r", "VA of the last address/TLB exception"),
    ),
    "BadInstr": (
        _f("BadInstr", "31:0", "r", "word of the faulting instruction"),
    ),
    "BadInstrP": (
        _f("BadInstrP", "31:0", "r", "word of the branch when the fault is in its delay slot"),
    ),
    "Count": (
        _f("Count", "31:0", "rw", "cycle counter, +1 every CCRes cycles"),
    ),
    "EntryHi": (
        _f("R", "63:62", "rw", "region, VA[63:62]",
           values={0: "xuseg", 1: "xsseg", 2: "xkphys", 3: "xkseg"}),
        _f("VPN2", "SEGBITS-1:13", "rw", "virtual page number / 2, VA[SEGBITS-1:13]",
           kind="vpn2"),
        _f("EHINV", "10", "rw", "TLB entry invalid (TLBWI writes an invalid entry)"),
        _f("ASID", "9:0", "rw", "address space ID (10 bits, Config4.AE)"),
    ),
    "Compare": (
        _f("Compare", "31:0", "rw", "timer compare; a write clears Cause.TI"),
    ),
    "Status": (
        _f("CU3", "31", "r", "coprocessor 3 usable (not implemented)"),
        _f("CU2", "30", "rw", "coprocessor 2 usable (Loongson: LWC2-space instructions)"),
        _f("CU1", "29", "rw", "FPU usable"),
        _f("CU0", "28", "rw", "CP0 usable in user mode"),
        _f("RP", "27", "rw", "reduced power (no effect)"),
        _f("FR", "26", "rw", "64-bit FPU registers"),
        _f("RE", "25", "r", "reverse user endianness (not implemented)"),
        _f("MX", "24", "r", "MDMX/DSP enable (not implemented)"),
        _f("PX", "23", "rw", "64-bit operations in user mode"),
        _f("BEV", "22", "rw", "bootstrap exception vectors"),
        _f("TS", "21", "r", "TLB shutdown (set by a machine check)"),
        _f("SR", "20", "rw", "soft reset happened"),
        _f("NMI", "19", "rw", "NMI happened"),
        _f("Impl", "17:16", "r", "implementation dependent (none)"),
        _f("IM", "15:8", "rw", "interrupt mask IM7..IM0", kind="bitlist"),
        _f("KX", "7", "rw", "64-bit kernel segments"),
        _f("SX", "6", "rw", "64-bit supervisor segments"),
        _f("UX", "5", "rw", "64-bit user segment and user 64-bit operations"),
        _f("KSU", "4:3", "rw", "mode when EXL=ERL=0",
           values={0: "KERNEL", 1: "SUPERVISOR", 2: "USER"}),
        _f("ERL", "2", "rw", "error level"),
        _f("EXL", "1", "rw", "exception level"),
        _f("IE", "0", "rw", "interrupt enable"),
    ),
    "IntCtl": (
        _f("IPTI", "31:29", "r", "timer interrupt on IP[IPTI]"),
        _f("IPPCI", "28:26", "r", "performance counter interrupt on IP[IPPCI]"),
        _f("IPFDC", "25:23", "r", "fast debug channel interrupt (none)"),
        _f("VS", "9:5", "r", "vector spacing (no vectored interrupts: Config3.VInt=0)"),
    ),
    "SRSCtl": (
        _f("HSS", "29:26", "r", "highest shadow set (0: none)"),
        _f("EICSS", "21:18", "r", "EIC shadow set"),
        _f("ESS", "15:12", "r", "exception shadow set"),
        _f("PSS", "9:6", "r", "previous shadow set"),
        _f("CSS", "3:0", "r", "current shadow set"),
    ),
    "Cause": (
        _f("BD", "31", "r", "exception in a branch delay slot"),
        _f("TI", "30", "r", "timer interrupt pending"),
        _f("CE", "29:28", "r", "coprocessor of a CpU exception"),
        _f("DC", "27", "rw", "disable Count"),
        _f("PCI", "26", "r", "performance counter interrupt pending"),
        _f("IV", "23", "rw", "interrupts use the special vector (+0x200)"),
        _f("WP", "22", "rw", "watch exception deferred"),
        _f("FDCI", "21", "r", "fast debug channel interrupt pending"),
        _f("IP", "15:8", "rw", "interrupts pending (IP1..0 software-writable)", wbits="9:8",
           kind="bitlist"),
        _f("ExcCode", "6:2", "r", "exception code", values=EXCCODES),
    ),
    "EPC": (
        _f("EPC", "63:0", "rw", "restart PC of the last exception"),
    ),
    "PRId": (
        _f("Options", "31:24", "r", "company options"),
        _f("CompanyID", "23:16", "r", "company (0x14 = Loongson)", values={0x14: "Loongson",
                                                                           0x01: "MIPS"}),
        _f("ProcessorID", "15:8", "r", "implementation (0xC0 = Loongson 64G, 3A4000)"),
        _f("Revision", "7:0", "r", "revision"),
    ),
    "EBase": (
        _f("Base", "63:12", "rw", "exception vector base; bits 63:30 only written together "
           "with WG=1 in the written value", wbits="29:12", kind="addr12"),
        _f("WG", "11", "rw", "write gate for Base[63:30]"),
        _f("CPUNum", "9:0", "r", "CPU number"),
    ),
    "Config": (
        _f("M", "31", "r", "Config1 exists"),
        _f("K23", "30:28", "r", "kseg2/3 CCA (fixed-mapping MMU only)"),
        _f("KU", "27:25", "r", "kuseg CCA (fixed-mapping MMU only)"),
        _f("Impl", "24:16", "r", "implementation dependent"),
        _f("BE", "15", "r", "big endian", values={0: "little", 1: "big"}),
        _f("AT", "14:13", "r", "architecture type",
           values={0: "MIPS32", 1: "MIPS64_32BIT_SEGMENTS", 2: "MIPS64"}),
        _f("AR", "12:10", "r", "architecture release", values={0: "R1", 1: "R2", 2: "R6"}),
        _f("MT", "9:7", "r", "MMU type", values={0: "NONE", 1: "TLB", 2: "BAT", 3: "FIXED",
                                                4: "VTLB_FTLB"}),
        _f("VI", "3", "r", "virtual instruction cache"),
        _f("K0", "2:0", "rw", "kseg0 cache coherency attribute", values=CCAS),
    ),
    "Config1": (
        _f("M", "31", "r", "Config2 exists"),
        _f("MMUSize", "30:25", "r", "VTLB entries - 1 (low 6 bits)", kind="minus1"),
        _f("IS", "24:22", "r", "L1 I sets per way", kind="cache_sets"),
        _f("IL", "21:19", "r", "L1 I line size", kind="cache_line"),
        _f("IA", "18:16", "r", "L1 I associativity", kind="cache_assoc"),
        _f("DS", "15:13", "r", "L1 D sets per way", kind="cache_sets"),
        _f("DL", "12:10", "r", "L1 D line size", kind="cache_line"),
        _f("DA", "9:7", "r", "L1 D associativity", kind="cache_assoc"),
        _f("C2", "6", "r", "coprocessor 2 implemented"),
        _f("MD", "5", "r", "MDMX implemented"),
        _f("PC", "4", "r", "performance counters implemented"),
        _f("WR", "3", "r", "watch registers implemented"),
        _f("CA", "2", "r", "MIPS16e implemented"),
        _f("EP", "1", "r", "EJTAG implemented"),
        _f("FP", "0", "r", "FPU implemented"),
    ),
    "Config2": (
        _f("M", "31", "r", "Config3 exists"),
        _f("TU", "30:28", "r", "tertiary cache control"),
        _f("TS", "27:24", "r", "L3 sets per way", kind="cache_sets"),
        _f("TL", "23:20", "r", "L3 line size", kind="cache_line"),
        _f("TA", "19:16", "r", "L3 associativity", kind="cache_assoc"),
        _f("SU", "15:12", "r", "secondary cache control"),
        _f("SS", "11:8", "r", "L2 sets per way", kind="cache_sets"),
        _f("SL", "7:4", "r", "L2 line size", kind="cache_line"),
        _f("SA", "3:0", "r", "L2 associativity", kind="cache_assoc"),
    ),
    "Config3": (
        _f("M", "31", "r", "Config4 exists"),
        _f("BPG", "30", "r", "big pages (PageMask above 256 MB)"),
        _f("CMGCR", "29", "r", "CM GCR base register"),
        _f("MSAP", "28", "r", "MSA implemented"),
        _f("BP", "27", "r", "BadInstrP implemented"),
        _f("BI", "26", "r", "BadInstr implemented"),
        _f("SC", "25", "r", "segmentation control"),
        _f("PW", "24", "r", "hardware page-table walker"),
        _f("VZ", "23", "r", "virtualization module"),
        _f("IPLW", "22:21", "r", "IPL width (EIC)"),
        _f("MMAR", "20:18", "r", "microMIPS architecture revision"),
        _f("MCU", "17", "r", "MCU ASE"),
        _f("ISAOnExc", "16", "r", "ISA mode on exception (microMIPS)"),
        _f("ISA", "15:14", "r", "instruction sets", values={0: "MIPS64", 1: "microMIPS64",
                                                          2: "both_MIPS64_on_reset",
                                                          3: "both_microMIPS_on_reset"}),
        _f("ULRI", "13", "r", "UserLocal register implemented"),
        _f("RXI", "12", "r", "RI/XI bits implemented"),
        _f("DSP2P", "11", "r", "DSP R2"),
        _f("DSPP", "10", "r", "DSP"),
        _f("CTXTC", "9", "r", "ContextConfig implemented"),
        _f("ITL", "8", "r", "IFlowtrace"),
        _f("LPA", "7", "r", "large physical addresses (PABITS > 36)"),
        _f("VEIC", "6", "r", "external interrupt controller"),
        _f("VInt", "5", "r", "vectored interrupts"),
        _f("SP", "4", "r", "1 KB pages"),
        _f("CDMM", "3", "r", "common device memory map"),
        _f("MT", "2", "r", "MT ASE"),
        _f("SM", "1", "r", "SmartMIPS"),
        _f("TL", "0", "r", "trace logic"),
    ),
    "Config4": (
        _f("M", "31", "r", "Config5 exists"),
        _f("IE", "30:29", "r", "TLB invalidate support (2: TLBINV/TLBINVF/EHINV)"),
        _f("AE", "28", "r", "10-bit ASID"),
        _f("VTLBSizeExt", "27:24", "r", "VTLB size extension (x64 entries)"),
        _f("KScrExist", "23:16", "r", "KScratch present at (31, sel) for each set bit",
           kind="kscr"),
        _f("MMUExtDef", "15:14", "r", "meaning of bits 13:0",
           values={0: "NONE", 1: "MMUSIZEEXT", 2: "FTLB", 3: "VTLBSIZEEXT_FTLB"}),
        _f("FTLBPageSize", "12:8", "r", "FTLB page size code (2 = 16 KB); fixed, so a "
           "kernel asking for another size sees its write not stick", kind="ftlb_page"),
        _f("FTLBWays", "7:4", "r", "FTLB ways - 2", kind="plus2"),
        _f("FTLBSets", "3:0", "r", "log2 FTLB sets", kind="pow2"),
    ),
    "Config5": (
        _f("M", "31", "r", "Config6 exists"),
        _f("K", "30", "r", "kseg0 CCA from SegCtl (not implemented)"),
        _f("CV", "29", "r", "cache error vector override (not implemented)"),
        _f("EVA", "28", "r", "enhanced virtual addressing"),
        _f("MSAEn", "27", "r", "MSA enable"),
        _f("MI", "17", "r", "MemoryMapID"),
        _f("XNP", "13", "r", "no extended LL/SC pair"),
        _f("UFE", "9", "r", "user FRE control"),
        _f("FRE", "8", "r", "FR emulation"),
        _f("SBRI", "6", "r", "SDBBP is RI in user mode"),
        _f("LLB", "4", "r", "LLAddr.LLB"),
        _f("MRP", "3", "r", "MAAR registers"),
        _f("UFR", "2", "r", "user FR control"),
        _f("NFExists", "0", "r", "nested fault feature"),
    ),
    "Config6": (   # Loongson-3 (names: Linux LOONGSON_CONF6_* where they exist, else QEMU)
        _f("BPPASS", "31", "rw", "Loongson: branch predictor bypass"),
        _f("KPOS", "29:24", "rw", "Loongson: (not modelled)"),
        _f("KE", "23", "rw", "Loongson: (not modelled)"),
        _f("FTLBDis", "22", "rw", "Loongson: FTLB disabled (VTLB only)"),
        _f("LASX", "21", "r", "Loongson: LASX enable (not implemented)"),
        _f("SSEN", "20", "rw", "Loongson: (not modelled)"),
        _f("DISDRTIME", "19", "rw", "Loongson: (not modelled)"),
        _f("PIXNUEN", "18", "rw", "Loongson: (not modelled)"),
        _f("SCRAND", "17", "rw", "Loongson: random SC delay"),
        _f("LLEXC", "16", "rw", "Loongson: LL takes the line exclusive"),
        _f("DISVC", "15", "rw", "Loongson: disable victim cache"),
        _f("VCLRU", "14", "rw", "Loongson: victim cache LRU"),
        _f("DCLRU", "13", "rw", "Loongson: D-cache LRU"),
        _f("PIXUEN", "12", "rw", "Loongson: (not modelled)"),
        _f("DISBLKLYEN", "11", "rw", "Loongson: (not modelled)"),
        _f("UMEMUALEN", "10", "rw", "Loongson: (not modelled)"),
        _f("SFBEN", "8", "rw", "Loongson: store fill buffer enable"),
        _f("EXTIMER", "7", "rw", "Loongson: external timer"),
        _f("INTIMER", "6", "rw", "Loongson: internal timer (Count/Compare)"),
        _f("DISBTB", "5", "rw", "Loongson: disable BTB"),
        _f("STPREFCTL", "3:2", "rw", "Loongson: store prefetch control"),
        _f("INSTPREF", "1", "rw", "Loongson: instruction prefetch"),
        _f("DATAPREF", "0", "rw", "Loongson: data prefetch"),
    ),
    "Config7": (   # Loongson-3 (QEMU names; meanings not documented)
        _f("NAPCGEN", "2", "rw", "Loongson: (not modelled)"),
        _f("UNIMUEN", "1", "rw", "Loongson: (not modelled)"),
        _f("VFPUCGEN", "0", "rw", "Loongson: (not modelled)"),
    ),
    "LLAddr": (
        _f("PAddr", "63:0", "r", "physical address of the last LL/LLD, >> 4"),
    ),
    "XContext": (
        _f("PTEBase", "63:SEGBITS-7", "rw", "software page-table base"),
        _f("R", "SEGBITS-8:SEGBITS-9", "r", "VA[63:62] of the last TLB exception"),
        _f("BadVPN2", "SEGBITS-10:4", "r", "VA[SEGBITS-1:13] of the last TLB exception"),
    ),
    "Diag": (      # Loongson-3 Diagnostic (22,0): writing 1 flushes
        _f("FTLB", "13", "w1", "flush the FTLB"),
        _f("VTLB", "12", "w1", "flush the VTLB"),
        _f("UCAC", "8", "rw", "allow some CACHE ops in user mode"),
        _f("DTLB", "3", "w1", "flush the micro-DTLB"),
        _f("ITLB", "2", "w1", "flush the micro-ITLB"),
        _f("BTB", "1", "w1", "flush the branch target buffer"),
    ),
    "PerfCtl": (
        _f("M", "31", "r", "another PerfCtl/PerfCnt pair follows"),
        _f("W", "30", "r", "64-bit counter"),
        _f("EC", "24:23", "rw", "event class under VZ",
           values={0: "ROOT", 1: "ROOT_INTERVENTION", 2: "GUEST", 3: "GUEST_ROOT_INTERVENTION"}),
        _f("PCTD", "15", "r", "counter trace disable"),
        _f("Event", "14:5", "rw", "event number", kind="perf_event"),
        _f("IE", "4", "rw", "interrupt on overflow (counter MSB set)"),
        _f("U", "3", "rw", "count in user mode"),
        _f("S", "2", "rw", "count in supervisor mode"),
        _f("K", "1", "rw", "count in kernel mode"),
        _f("EXL", "0", "rw", "count while EXL=1 (ERL=0)"),
    ),
    "PerfCnt": (
        _f("Count", "63:0", "rw", "event count"),
    ),
    "ErrorEPC": (
        _f("ErrorEPC", "63:0", "rw", "restart PC after reset/NMI/cache error (ERL=1)"),
    ),
    "DESAVE": (
        _f("DESAVE", "63:0", "rw", "EJTAG scratch (plain scratch here)"),
    ),
    "KScratch": (
        _f("Data", "63:0", "rw", "kernel scratch"),
    ),
    "GuestCtl0": (
        _f("GM", "31", "rw", "guest mode (with root EXL=ERL=0)"),
        _f("RI", "30", "rw", "guest Reserved Instruction exits to root (GRR)"),
        _f("MC", "29", "rw", "guest mode changes exit to root (GHFC)"),
        _f("CP0", "28", "rw", "guest may use guest CP0 (else GPSI)"),
        _f("AT", "27:26", "r", "guest address translation (3: guest MMU under guest control)",
           values={1: "ROOT", 3: "GUEST"}),
        _f("GT", "25", "rw", "guest owns its timer"),
        _f("CG", "24", "rw", "guest may execute Hit-type CACHE ops"),
        _f("CF", "23", "rw", "guest may write its Config registers"),
        _f("G1", "22", "r", "GuestCtl1 implemented"),
        _f("G0E", "19", "r", "GuestCtl0Ext implemented"),
        _f("PT", "18", "r", "pass-through (not implemented)"),
        _f("RAD", "9", "r", "root ASID dealias mode (0: GuestID)"),
        _f("DRG", "8", "r", "direct root-to-guest access (not implemented)"),
        _f("G2", "7", "r", "GuestCtl2 implemented"),
        _f("GExcCode", "6:2", "r", "cause of the last guest exit", values=GEXCCODES),
        _f("SFC2", "1", "r", "software field change control 2 (not implemented)"),
        _f("SFC1", "0", "r", "software field change control 1 (not implemented)"),
    ),
    "GuestCtl1": (
        _f("EID", "31:24", "r", "external interrupt controller guest ID (no EIC)"),
        _f("RID", "23:16", "rw", "GuestID for root TLB operations and root refills"),
        _f("ID", "7:0", "rw", "GuestID of the guest that runs (0 = root)"),
    ),
    "GuestCtl2": (
        _f("HC", "29:24", "rw", "hardware-clear enables for VIP"),
        _f("VIP", "15:10", "rw", "virtual interrupts pending (guest Cause.IP7..2)",
           kind="bitlist"),
    ),
    "GuestCtl0Ext": (
        _f("RPW", "9:8", "r", "root page walk (no walker)"),
        _f("NCC", "7:6", "r", "nested cache coherency (guest CCA independent)"),
        _f("CGI", "4", "rw", "guest may execute Index-type CACHE ops"),
        _f("FCD", "3", "r", "(not implemented)"),
        _f("OG", "2", "r", "(not implemented)"),
        _f("BG", "1", "r", "(not implemented)"),
        _f("MG", "0", "r", "(not implemented)"),
    ),
    "GTOffset": (
        _f("GTOffset", "31:0", "rw", "guest Count = root Count + GTOffset"),
    ),
}


# ---------------------------------------------------------------- the table
@dataclass(frozen=True)
class R:
    name: str
    reg: int
    sel: int
    width: int
    prefix: str
    layout: str
    guest: bool
    vz: bool
    note: str
    hook: str = ""      # write side effect: cp0_w_<hook> in mipsvm/cp0/hooks.h
    rhook: str = ""     # value computed on read: cp0_r_<rhook>

    @property
    def idx(self) -> int:
        return self.reg * 8 + self.sel


T, _ = True, False
REGISTERS = (
    #  name            reg sel  w   prefix       layout         guest vz  note
    R("Index",           0, 0, 32, "INDEX",     "Index",        T,   _, "TLBP result; TLBR/TLBWI entry"),
    R("Random",          1, 0, 32, "RANDOM",    "Random",       T,   _, "TLBWR victim in the VTLB; reset VTLB-1", rhook="random"),
    R("EntryLo0",        2, 0, 64, "ENTRYLO",   "EntryLo",      T,   _, "even page", hook="entrylo", rhook="entrylo"),
    R("EntryLo1",        3, 0, 64, "ENTRYLO",   "EntryLo",      T,   _, "odd page", hook="entrylo", rhook="entrylo"),
    R("Context",         4, 0, 64, "CONTEXT",   "Context",      T,   _, "32-bit style PTE pointer"),
    R("UserLocal",       4, 2, 64, "USERLOCAL", "UserLocal",    T,   _, "Config3.ULRI"),
    R("PageMask",        5, 0, 32, "PM",        "PageMask",     T,   _, "TLB page size", hook="pagemask"),
    R("PageGrain",       5, 1, 32, "PG",        "PageGrain",    T,   _, "RI/XI/ELPA enables", hook="ctx"),
    R("Wired",           6, 0, 32, "WIRED",     "Wired",        T,   _, "write resets Random to VTLB-1", hook="wired"),
    R("HWREna",          7, 0, 32, "HWRENA",    "HWREna",       T,   _, "user RDHWR enables"),
    R("BadVAddr",        8, 0, 64, "BADVADDR",  "BadVAddr",     T,   _, ""),
    R("BadInstr",        8, 1, 32, "BADINSTR",  "BadInstr",     T,   _, "Config3.BI"),
    R("BadInstrP",       8, 2, 32, "BADINSTRP", "BadInstrP",    T,   _, "Config3.BP"),
    R("Count",           9, 0, 32, "COUNT",     "Count",        T,   _, "guest: root Count + GTOffset", hook="count", rhook="count"),
    R("EntryHi",        10, 0, 64, "ENTRYHI",   "EntryHi",      T,   _, "", hook="ctx"),
    R("GuestCtl1",      10, 4, 32, "GCTL1",     "GuestCtl1",    _,   T, "GuestIDs", hook="ctx"),
    R("GuestCtl2",      10, 5, 32, "GCTL2",     "GuestCtl2",    _,   T, "virtual interrupts (non-EIC layout)", hook="guestctl2"),
    R("Compare",        11, 0, 32, "COMPARE",   "Compare",      T,   _, "", hook="compare"),
    R("GuestCtl0Ext",   11, 4, 32, "GCTL0EXT",  "GuestCtl0Ext", _,   T, ""),
    R("Status",         12, 0, 32, "ST",        "Status",       T,   _, "", hook="status"),
    R("IntCtl",         12, 1, 32, "INTCTL",    "IntCtl",       T,   _, ""),
    R("SRSCtl",         12, 2, 32, "SRSCTL",    "SRSCtl",       _,   _, "no shadow sets (all zero)"),
    R("GuestCtl0",      12, 6, 32, "GCTL0",     "GuestCtl0",    _,   T, "", hook="guestctl0"),
    R("GTOffset",       12, 7, 32, "GTOFFSET",  "GTOffset",     _,   T, "", hook="gtoffset"),
    R("Cause",          13, 0, 32, "CAUSE",     "Cause",        T,   _, "guest: GuestCtl2.VIP reads in IP7..2", rhook="cause"),
    R("EPC",            14, 0, 64, "EPC",       "EPC",          T,   _, ""),
    R("PRId",           15, 0, 32, "PRID",      "PRId",         _,   _, "guest read: GPSI, emulated"),
    R("EBase",          15, 1, 64, "EBASE",     "EBase",        T,   _, "WG implemented (64-bit base)", hook="ebase"),
    R("Config",         16, 0, 32, "CONFIG0",   "Config",       T,   _, ""),
    R("Config1",        16, 1, 32, "CONFIG1",   "Config1",      T,   _, ""),
    R("Config2",        16, 2, 32, "CONFIG2",   "Config2",      T,   _, ""),
    R("Config3",        16, 3, 32, "CONFIG3",   "Config3",      T,   _, "guest sees VZ=0"),
    R("Config4",        16, 4, 32, "CONFIG4",   "Config4",      T,   _, "TLB geometry, KScrExist"),
    R("Config5",        16, 5, 32, "CONFIG5",   "Config5",      T,   _, ""),
    R("Config6",        16, 6, 32, "CONFIG6",   "Config6",      _,   _, "Loongson; guest copy kept by KVM", hook="config6"),
    R("Config7",        16, 7, 32, "CONFIG7",   "Config7",      _,   _, "Loongson; guest read: GPSI"),
    R("LLAddr",         17, 0, 64, "LLADDR",    "LLAddr",       T,   _, "", rhook="lladdr"),
    R("XContext",       20, 0, 64, "XCONTEXT",  "XContext",     T,   _, "PTE-pair pointer for the refill handler"),
    R("Diag",           22, 0, 32, "DIAG",      "Diag",         _,   _, "Loongson; guest access: GPSI", hook="diag"),
    R("PerfCtl0",       25, 0, 32, "PERFCTL",   "PerfCtl",      T,   _, "", hook="perfctl"),
    R("PerfCnt0",       25, 1, 64, "PERFCNT",   "PerfCnt",      T,   _, "", hook="perfcnt", rhook="perfcnt"),
    R("PerfCtl1",       25, 2, 32, "PERFCTL",   "PerfCtl",      T,   _, "", hook="perfctl"),
    R("PerfCnt1",       25, 3, 64, "PERFCNT",   "PerfCnt",      T,   _, "", hook="perfcnt", rhook="perfcnt"),
    R("PerfCtl2",       25, 4, 32, "PERFCTL",   "PerfCtl",      T,   _, "", hook="perfctl"),
    R("PerfCnt2",       25, 5, 64, "PERFCNT",   "PerfCnt",      T,   _, "", hook="perfcnt", rhook="perfcnt"),
    R("PerfCtl3",       25, 6, 32, "PERFCTL",   "PerfCtl",      T,   _, "", hook="perfctl"),
    R("PerfCnt3",       25, 7, 64, "PERFCNT",   "PerfCnt",      T,   _, "", hook="perfcnt", rhook="perfcnt"),
    R("ErrorEPC",       30, 0, 64, "ERROREPC",  "ErrorEPC",     T,   _, ""),
    R("DESAVE",         31, 0, 64, "DESAVE",    "DESAVE",       _,   _, ""),
    R("KScratch1",      31, 2, 64, "KSCRATCH",  "KScratch",     T,   _, "refill.S: current PGD (DESIGN)"),
    R("KScratch2",      31, 3, 64, "KSCRATCH",  "KScratch",     T,   _, ""),
    R("KScratch3",      31, 4, 64, "KSCRATCH",  "KScratch",     T,   _, ""),
    R("KScratch4",      31, 5, 64, "KSCRATCH",  "KScratch",     T,   _, ""),
    R("KScratch5",      31, 6, 64, "KSCRATCH",  "KScratch",     T,   _, "huge-refill counter enable (DESIGN)"),
    R("KScratch6",      31, 7, 64, "KSCRATCH",  "KScratch",     T,   _, "huge-refill count (DESIGN)"),
)
del T, _

ALIASES = {"Config0": "Config"}

# Guest software field changes (VZ GSFC): fields of the guest CP0 that root
# controls; a guest MTC0 that would change one exits to root with GExcCode GSFC,
# which completes the write (linux-mips-kvm.md section 4.3, KVM's handle_gsfc).
GSFC_FIELDS = {
    "Status": ("CU1", "FR"),
    "Cause": ("DC", "IV", "WP", "IP"),
}

_BY_NAME = {r.name: r for r in REGISTERS}
_BY_IDX = {r.idx: r for r in REGISTERS}


def lookup(key) -> R:
    """Table line of a register by name (manual spelling, case-insensitive), flat
    index, or (reg, sel)."""
    if isinstance(key, tuple):
        key = key[0] * 8 + key[1]
    if isinstance(key, int):
        return _BY_IDX[key]
    name = ALIASES.get(key, key)
    if name in _BY_NAME:
        return _BY_NAME[name]
    low = name.lower()
    for r in REGISTERS:
        if r.name.lower() == low:
            return r
    for a, n in ALIASES.items():
        if a.lower() == low:
            return _BY_NAME[n]
    raise KeyError(key)


def index(name) -> int:
    return lookup(name).idx


# ---------------------------------------------------------------- resolution
def model_of(model=None) -> CpuModel:
    if model is None:
        return MODELS[DEFAULT_MODEL]
    if isinstance(model, str):
        return MODELS[model]
    return model


# Resolved tables are cached per model *contents* (a model with another TLB
# geometry has other field widths and reset values), keyed by its repr.
_KNOWN: dict = {}


def _key(model=None) -> str:
    m = model_of(model)
    k = repr(m)
    _KNOWN.setdefault(k, m)
    return k


def params(model=None) -> dict:
    """Numbers the field positions may refer to."""
    m = model_of(model)
    total = m.vtlb_size + m.ftlb_sets * m.ftlb_ways
    return {
        "SEGBITS": m.segbits,
        "PABITS": m.pabits,
        "IDXBITS": max(1, (total - 1).bit_length()),
        "VTLBBITS": max(1, (m.vtlb_size - 1).bit_length()),
    }


def _eval(expr: str, env: dict) -> int:
    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.Name) and node.id in env:
            return env[node.id]
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
            a, b = ev(node.left), ev(node.right)
            return a + b if isinstance(node.op, ast.Add) else (
                a - b if isinstance(node.op, ast.Sub) else a * b)
        raise ValueError(f"bad bit expression {expr!r}")
    return ev(ast.parse(expr.strip(), mode="eval"))


def _range(spec: str, env: dict):
    parts = spec.split(":")
    if len(parts) == 1:
        b = _eval(parts[0], env)
        return b, b
    if len(parts) == 2:
        return _eval(parts[0], env), _eval(parts[1], env)
    raise ValueError(f"bad bit range {spec!r}")


def _bits(msb: int, lsb: int) -> int:
    return ((1 << (msb - lsb + 1)) - 1) << lsb


@dataclass(frozen=True)
class Field:
    name: str
    msb: int
    lsb: int
    access: str
    desc: str
    values: tuple
    kind: str
    wmask: int          # writable bits, in place

    @property
    def width(self) -> int:
        return self.msb - self.lsb + 1

    @property
    def mask(self) -> int:
        return _bits(self.msb, self.lsb)

    def get(self, value: int) -> int:
        return (value >> self.lsb) & ((1 << self.width) - 1)

    def put(self, value: int, v: int) -> int:
        if v < 0 or v >> self.width:
            raise ValueError(f"{self.name}: {v:#x} does not fit {self.width} bits")
        return (value & ~self.mask) | (v << self.lsb)

    def value_name(self, v: int):
        for val, name in self.values:
            if val == v:
                return name
        return None


@dataclass(frozen=True)
class Register:
    name: str
    reg: int
    sel: int
    width: int
    prefix: str
    layout: str
    guest: bool
    vz: bool
    note: str
    fields: tuple       # Field, MSB first
    wmask: int          # bits MTC0/DMTC0 change
    wact: int           # write-1 action bits (read as 0)
    fmask: int          # bits that belong to some field
    implemented: bool   # exists in this model (a VZ register only when the model has VZ)
    hook: str           # write side effect (cp0_w_<hook>), "" for none
    rhook: str          # value computed on read (cp0_r_<rhook>), "" for none

    @property
    def idx(self) -> int:
        return self.reg * 8 + self.sel

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        for f in self.fields:
            if f.name.lower() == name.lower():
                return f
        raise KeyError(f"{self.name} has no field {name}")


def _resolve_field(spec: F, env: dict) -> Field:
    msb, lsb = _range(spec.bits, env)
    if spec.access not in ("r", "rw", "w1"):
        raise ValueError(f"{spec.name}: bad access {spec.access!r}")
    if spec.access == "rw":
        if spec.wbits:
            wm, wl = _range(spec.wbits, env)
            if not (lsb <= wl <= wm <= msb):
                raise ValueError(f"{spec.name}: wbits {spec.wbits} outside {spec.bits}")
            wmask = _bits(wm, wl)
        else:
            wmask = _bits(msb, lsb)
    else:
        if spec.wbits:
            raise ValueError(f"{spec.name}: wbits on a non-writable field")
        wmask = 0
    return Field(spec.name, msb, lsb, spec.access, spec.desc, spec.values, spec.kind, wmask)


@lru_cache(maxsize=None)
def _registers(key: str) -> tuple:
    m = _KNOWN[key]
    env = params(m)
    out = []
    for r in REGISTERS:
        fields = tuple(_resolve_field(s, env) for s in LAYOUTS[r.layout])
        fields = tuple(sorted(fields, key=lambda f: -f.msb))
        wmask = wact = fmask = 0
        for f in fields:
            wmask |= f.wmask
            fmask |= f.mask
            if f.access == "w1":
                wact |= f.mask
        implemented = m.vz or not r.vz
        if not implemented:           # reads 0, ignores writes (advertise only what works)
            wmask = wact = 0
        if r.name == "GuestCtl1":     # GuestID width: writing all-ones and reading back probes it
            gid = (1 << m.guestid_bits) - 1
            wmask &= ~(0xFF | (0xFF << 16)) | gid | (gid << 16)
        out.append(Register(r.name, r.reg, r.sel, r.width, r.prefix, r.layout, r.guest,
                            r.vz, r.note, fields, wmask, wact, fmask, implemented, r.hook, r.rhook))
    return tuple(out)


def registers(model=None) -> tuple:
    """The table resolved for a model: Register objects with integer field positions."""
    return _registers(_key(model))


def register(key, model=None) -> Register:
    r = lookup(key)
    for x in registers(model):
        if x.name == r.name:
            return x
    raise KeyError(key)


# ---------------------------------------------------------------- reset values
def derived_fields(model=None) -> dict:
    """Field values that restate the model's numbers (never written in models/cpu.py)."""
    m = model_of(model)
    vtlb_m1 = m.vtlb_size - 1
    has_ftlb = m.ftlb_sets * m.ftlb_ways > 0
    d = {
        "Random": {"Random": vtlb_m1},
        "Config": {"MT": 4 if has_ftlb else 1},
        "Config3": {"VZ": 1 if m.vz else 0},
        "GuestCtl0": {"RAD": 1 if m.guestid_bits == 0 else 0},
        "Config1": {"MMUSize": vtlb_m1 & 63},
        "Config4": {
            "AE": 1 if m.asid_bits == 10 else 0,
            "KScrExist": m.kscr_exist,
            "VTLBSizeExt": vtlb_m1 >> 6 if has_ftlb else 0,
            "MMUExtDef": 3 if has_ftlb else (1 if vtlb_m1 >> 6 else 0),
        },
    }
    if has_ftlb:
        sets_log2 = m.ftlb_sets.bit_length() - 1
        if 1 << sets_log2 != m.ftlb_sets:
            raise ValueError(f"{m.name}: FTLB sets must be a power of two")
        if (m.ftlb_page_shift - 10) % 2:
            raise ValueError(f"{m.name}: FTLB page size must be 4^k KB")
        d["Config4"].update({
            "FTLBPageSize": (m.ftlb_page_shift - 10) // 2,
            "FTLBWays": m.ftlb_ways - 2,
            "FTLBSets": sets_log2,
        })
    elif vtlb_m1 >> 6:
        raise ValueError(f"{m.name}: a VTLB above 64 entries needs the FTLB layout of Config4")
    for n in range(4):
        d[f"PerfCtl{n}"] = {"M": 1 if n < m.perf_counters - 1 else 0,
                           "W": 1 if m.perf_counter_bits == 64 else 0}
    return d


def geometry(model=None) -> dict:
    """Numbers the core sizes its TLB structures with."""
    m = model_of(model)
    ftlb = m.ftlb_sets * m.ftlb_ways
    return {
        "VTLB_SIZE": m.vtlb_size,
        "FTLB_SETS": m.ftlb_sets,
        "FTLB_WAYS": m.ftlb_ways,
        "FTLB_SIZE": ftlb,
        "TLB_SIZE": m.vtlb_size + ftlb,
        "FTLB_PAGE_SHIFT": m.ftlb_page_shift,
        "FTLB_PAGEMASK": ((1 << (m.ftlb_page_shift + 1)) - 1) & ~0x1FFF,
        "ITLB_SIZE": m.itlb_size,
        "DTLB_SIZE": m.dtlb_size,
        "MODEL_SEGBITS": m.segbits,
        "MODEL_PABITS": m.pabits,
        "MODEL_ASID_BITS": m.asid_bits,
        "MODEL_ASID_MASK": (1 << m.asid_bits) - 1,
        "MODEL_GUESTID_BITS": m.guestid_bits,
        "MODEL_KSCR_EXIST": m.kscr_exist,
        "MODEL_PERF_COUNTERS": m.perf_counters,
        "MODEL_CCRES": m.ccres,
        "MODEL_SYNCI_STEP": m.synci_step,
    }


def _compose(reg: Register, value: int, spec) -> int:
    if isinstance(spec, int):
        return spec
    for fname, v in spec.items():
        value = reg.field(fname).put(value, v)
    return value


def _check_overlap(name, given, derived):
    if derived and not isinstance(given, dict):
        raise ValueError(f"{name} has fields derived from the model geometry; give the "
                         "other fields by name, not a whole value")
    if isinstance(given, dict):
        for k in given:
            if k in derived:
                raise ValueError(f"{name}.{k} is derived from the model geometry; "
                                 "do not set it in models/cpu.py")


@lru_cache(maxsize=None)
def _reset(key: str, guest: bool) -> tuple:
    m = _KNOWN[key]
    regs = {r.name: r for r in registers(m)}
    vals = {name: 0 for name in regs}
    der = derived_fields(m)
    for name, spec in m.reset.items():
        name = lookup(name).name
        _check_overlap(name, spec, der.get(name, {}))
        vals[name] = _compose(regs[name], vals[name], spec)
    for name, spec in der.items():
        vals[name] = _compose(regs[name], vals[name], spec)
    vals["PRId"] = m.prid
    for name, r in regs.items():
        if not r.implemented:
            vals[name] = 0
    if guest:
        for name, spec in m.guest_reset.items():
            name = lookup(name).name
            vals[name] = _compose(regs[name], vals[name], spec)
        vals = {k: (v if regs[k].guest else 0) for k, v in vals.items()}
    for name, v in vals.items():
        r = regs[name]
        if v >> r.width:
            raise ValueError(f"{m.name}: {name} reset {v:#x} wider than {r.width} bits")
        if v & ~r.fmask:
            raise ValueError(f"{m.name}: {name} reset {v:#x} sets bits outside its fields")
    return tuple(vals.items())


def reset_values(model=None) -> dict:
    """Root CP0 reset values by register name."""
    return dict(_reset(_key(model), False))


def guest_reset_values(model=None) -> dict:
    """Guest CP0 context reset values by register name (0 for non-guest registers)."""
    return dict(_reset(_key(model), True))


def write_masks(model=None) -> dict:
    return {r.name: r.wmask for r in registers(model)}


def mtc0(name, old: int, value: int, model=None) -> int:
    """Value after a plain masked write (no side effects, no dynamic gates)."""
    r = register(name, model)
    return (old & ~r.wmask) | (value & r.wmask)


# ---------------------------------------------------------------- flat arrays
def flat(values: dict) -> list:
    """{name: value} -> a list of NREGS values indexed reg*8+sel (0 where none)."""
    out = [0] * NREGS
    for name, v in values.items():
        out[lookup(name).idx] = v
    return out


def reset_array(model=None, guest=False) -> list:
    """Reset values as NREGS entries (Machine.cp0_load's first argument)."""
    return flat(guest_reset_values(model) if guest else reset_values(model))


def wmask_array(model=None) -> list:
    """Write masks as NREGS entries (Machine.cp0_load's second argument)."""
    return flat(write_masks(model))


def guest_wmask_array(model=None) -> list:
    """Write masks of the guest CP0 context: the root ones, for guest registers only."""
    return flat({r.name: r.wmask for r in registers(model) if r.guest})


def wact_array(model=None) -> list:
    """Write-1 action bits (Loongson Diag flushes) as NREGS entries."""
    return flat({r.name: r.wact for r in registers(model)})


def exists_array() -> list:
    return flat({r.name: 1 for r in REGISTERS})


def is64_array() -> list:
    return flat({r.name: int(r.width == 64) for r in REGISTERS})
