"""CPU models as data: the GS464V-like core (Loongson-3A4000) and a tiny test model.

Data only.  ``mipsvm.cp0.regs`` turns a model into CP0 reset values: it places the
field values given in ``reset`` at the positions of the CP0 register table, and it
fills in the fields that restate a number given here once (the TLB geometry in
Config1/Config4, Random, KScrExist, ASID width, PRId, PerfCtl.M/W) so every fact
has exactly one home.  Fields not named anywhere reset to 0.

Source tags (see docs/cp0.md for the full list and the UNVERIFIED choices):
  Q5   QEMU target/mips/cpu-defs.c.inc, model "Loongson-3A4000" (not silicon; no
       FTLB and no VZ there)
  L6   Linux arch/mips/kernel/cpu-probe.c (Config4 decoding, PRID_IMP_LOONGSON_64G)
  P    the THP/VZ paper (../shared/reference/thp-vz-paper.zh.txt): GS464V has six
       KScratch registers and a hardware TLB-refill performance counter
  D    /work/shared/DESIGN.md machine-model table
  PRA  MIPS64 privileged architecture as summarised in reference/mips-arch.md
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class CpuModel:
    name: str
    description: str
    prid: int                   # PRId (15,0)
    segbits: int                # virtual address bits per 64-bit segment
    pabits: int                 # physical address bits
    asid_bits: int              # 8, or 10 with Config4.AE=1
    guestid_bits: int           # GuestCtl1.ID/RID width (0 = no GuestID, RAD mode)
    vtlb_size: int              # fully associative entries, any page size
    ftlb_sets: int              # 0 = no FTLB
    ftlb_ways: int
    ftlb_page_shift: int        # log2 of the one FTLB page size
    itlb_size: int              # micro-TLBs (hardware-filled subsets of the JTLB)
    dtlb_size: int
    kscr_exist: int             # Config4.KScrExist: bit n set <=> KScratch at (31, n)
    perf_counters: int          # PerfCtl/PerfCnt pairs at (25, 2n) / (25, 2n+1)
    perf_counter_bits: int      # 64 => PerfCtl.W = 1
    ccres: int                  # RDHWR $3: Count increments every CCRes cycles
    synci_step: int             # RDHWR $1
    vz: bool = False            # the VZ module is implemented (Config3.VZ, GuestCtl registers)
    perf_events: dict = field(default_factory=dict)   # event name -> PerfCtl.Event
    reset: dict = field(default_factory=dict)         # register -> int | {field: value}
    guest_reset: dict = field(default_factory=dict)   # overrides for the guest CP0 context
    sources: dict = field(default_factory=dict)       # fact -> where it comes from


GS464V = CpuModel(
    name="gs464v",
    description="Loongson-3A4000 (GS464V) like: 64-entry VTLB + 256x8 FTLB of 16 KB pages, VZ",
    prid=0x0014C000,            # company 0x14 Loongson, imp 0xC0 = PRID_IMP_LOONGSON_64G
    segbits=48,
    pabits=48,
    asid_bits=10,
    guestid_bits=8,             # 0: no GuestID (GuestCtl0.RAD = 1, a root ASID per VM)
    vz=True,
    vtlb_size=64,
    ftlb_sets=256,
    ftlb_ways=8,
    ftlb_page_shift=14,
    itlb_size=64,
    dtlb_size=32,
    kscr_exist=0xFC,            # KScratch1..6 at (31, 2..7)
    perf_counters=4,
    perf_counter_bits=64,
    ccres=2,
    synci_step=16,
    perf_events={
        # Loongson PMU type 3 raw events as Linux maps them (perf_event_mipsxx.c) ...
        "cycles": 0x00,
        "instructions": 0x01,
        "branches": 0x02,
        "branch_misses": 0x08,
        "dtlb_access": 0x14,
        "itlb_miss": 0x1A,          # here: micro-ITLB misses (filled from the JTLB)
        "dtlb_miss": 0x1B,          # here: micro-DTLB misses
        "icache_access": 0x1C,
        "icache_miss": 0x1D,
        "dcache_access": 0x1E,
        "dcache_miss": 0x1F,
        # ... and the simulator's "hardware TLB refill counter" (the paper's): TLB
        # refill exceptions taken (vectors 0x000/0x080).  The number is ours
        # (UNVERIFIED: the real GS464V event code was not found).
        "tlb_refill": 0x60,
    },
    reset={
        "Status":   {"BEV": 1, "ERL": 1},                                   # PRA, Q5
        "Config":   {"M": 1, "AT": 2, "AR": 1, "K0": 2},                    # Q5 (K0: QEMU reset)
        "Config1":  {"M": 1, "IS": 2, "IL": 5, "IA": 3,                     # 64 KB 4-way, 64 B
                     "DS": 2, "DL": 5, "DA": 3, "PC": 1, "FP": 1},          # Q5 minus WR, EP
        "Config2":  {"M": 1, "SS": 5, "SL": 5, "SA": 15},                   # Q5
        "Config3":  {"M": 1, "BP": 1, "BI": 1, "ULRI": 1,                   # Q5 minus MSAP, VInt
                     "RXI": 1, "LPA": 1},                                   #   (VZ: from .vz)
        "Config4":  {"M": 1, "IE": 2},                                      # Q5
        "Config5":  {"M": 1},                                               # Config6 exists
        "Config6":  {"VCLRU": 1, "DCLRU": 1, "SFBEN": 1, "INTIMER": 1,      # Q5
                     "INSTPREF": 1, "DATAPREF": 1},
        "IntCtl":   {"IPTI": 7, "IPPCI": 6},                                # timer IP7, perf IP6
        "EBase":    0xFFFFFFFF80000000,                                     # Q5 cpu.c, 64-bit view
        "GuestCtl0": {"AT": 3, "G1": 1, "G0E": 1, "G2": 1},                 # GuestID mode (RAD=0)
    },
    guest_reset={
        "Config3": {"VZ": 0},       # a guest does not see the VZ module
    },
    sources={
        "prid": "Q5 (CP0_PRid 0x14C000); L6 PRID_IMP_LOONGSON_64G; KVM CPUCFG0 = 0x14c000",
        "segbits/pabits": "Q5 (SEGBITS 48, PABITS 48); D",
        "vtlb_size": "Q5 (Config1.MMU 63); P1 via mips-arch.md section 6; D",
        "ftlb": "P1 (2048 entries, 8-way) via mips-arch.md section 6; D (256 sets x 8 ways, 16 KB)",
        "asid_bits": "Q5 (Config4.AE); P1",
        "guestid_bits": "D (UNVERIFIED for silicon: vendor KVM runs in RAD mode)",
        "kscr_exist": "P (six KScratch on GS464V); D. QEMU's model has 0x1C",
        "micro_tlbs": "D (ITLB 64, DTLB 32); Linux's comment says 4+4 on Loongson-3",
        "ccres/synci_step": "Q5",
        "perf": "Linux perf_event_mipsxx.c loongson3 type 3 events; W/counter width UNVERIFIED",
    },
)

# A tiny model for tests: same features, TLB small enough to fill and overflow by hand.
TINY = replace(
    GS464V,
    name="tiny",
    description="test model: 8-entry VTLB + 4x2 FTLB of 16 KB pages, otherwise GS464V",
    vtlb_size=8,
    ftlb_sets=4,
    ftlb_ways=2,
    itlb_size=4,
    dtlb_size=4,
)

MODELS = {m.name: m for m in (GS464V, TINY)}
DEFAULT_MODEL = "gs464v"
