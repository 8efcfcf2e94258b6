"""The configuration tree of a simulated system (gem5-style parameter objects).

    SystemConfig
      seed                      TLB replacement, AT_RANDOM, getrandom
      cpu: CPU                  model (mipsvm/models/cpu.py), mmu tlb|ideal
        tlb: TLB                VTLB, FTLB sets/ways, ITLB, DTLB (None: the model's)
        timing: Timing          stall cycles (micro-TLB miss, exception entry, ERET)
      memory: Memory            physical memory size
      kernel: Kernel            the host kernel: THP policy, hugetlb pool, refill handler

This is the one source of these numbers: `mipsvm run` takes its options from
the ``cli=`` flags here, `mipsvm.sim.system.System` builds the core from it, the
CP0 reset values are computed from ``CPU.resolved_model()`` (so Config1/Config4
report the geometry that is really simulated), and check-refill uses the same
objects.  ``config.json`` next to ``stats.txt`` is ``SystemConfig.to_dict()``.
"""

from __future__ import annotations

import dataclasses

from .cpu import DEFAULT_MODEL, MODELS, CpuModel
from .params import ConfigError, Param, SimObject

HUGE_PAGE = 32 << 20
from ..mmu.limits import TLB_MAX_FTLB, TLB_MAX_VTLB, UTLB_MAX


def _pow2_or_zero(v: int):
    if v & (v - 1):
        return "must be a power of two (or 0: no FTLB)"
    return None


def _page_multiple(v: int):
    if v % (16 << 10):
        return "must be a multiple of 16 KiB"
    return None


class TLB(SimObject):
    """JTLB geometry and micro-TLBs; None takes the CPU model's value."""

    vtlb = Param.Int(None, "VTLB entries (fully associative, any page size)", lo=1, hi=TLB_MAX_VTLB,
                     cli="--vtlb", metavar="N")
    ftlb_sets = Param.Int(None, "FTLB sets (a power of two; 0 disables the FTLB)", lo=0, hi=TLB_MAX_FTLB,
                          check=_pow2_or_zero, cli="--ftlb-sets", metavar="N")
    ftlb_ways = Param.Int(None, "FTLB ways (2..16: Config4.FTLBWays holds ways - 2)", lo=2, hi=16,
                          cli="--ftlb-ways", metavar="N")
    itlb = Param.Int(None, "ITLB (micro-TLB) entries", lo=1, hi=UTLB_MAX, cli="--itlb", metavar="N")
    dtlb = Param.Int(None, "DTLB (micro-TLB) entries", lo=1, hi=UTLB_MAX, cli="--dtlb", metavar="N")

    def validate(self):
        if self.ftlb_sets and self.ftlb_ways and self.ftlb_sets * self.ftlb_ways > TLB_MAX_FTLB:
            raise ConfigError(f"--ftlb-sets x --ftlb-ways: {self.ftlb_sets * self.ftlb_ways} FTLB entries "
                              f"exceed the maximum {TLB_MAX_FTLB}")


class Timing(SimObject):
    """Stall cycles added to one cycle per instruction (gem5 AtomicSimpleCPU style)."""

    utlb_miss = Param.Int(0, "stall cycles of a micro-TLB miss filled from the JTLB", lo=0, hi=1 << 20,
                          cli="--lat-utlb-miss", metavar="CYCLES")
    exception = Param.Int(0, "stall cycles of an exception entry", lo=0, hi=1 << 20,
                          cli="--lat-exc", metavar="CYCLES")
    eret = Param.Int(0, "stall cycles of an ERET", lo=0, hi=1 << 20, cli="--lat-eret", metavar="CYCLES")


class CPU(SimObject):
    model = Param.Enum(DEFAULT_MODEL, "CPU model (mipsvm/models/cpu.py)", sorted(MODELS))
    mmu = Param.Enum("tlb", "tlb: split VTLB/FTLB, micro-TLBs and the assembly refill handler; "
                     "ideal: page tables walked directly, faster, no TLB statistics", ("tlb", "ideal"),
                     cli="--mmu")
    tlb = Param.Child(TLB, "TLB geometry")
    timing = Param.Child(Timing, "stall latencies")

    def resolved_model(self) -> CpuModel:
        """The CPU model with this configuration's TLB geometry (what CP0 reports)."""
        base = MODELS[self.model]
        t = self.tlb
        pick = lambda v, d: d if v is None else v   # noqa: E731
        m = dataclasses.replace(
            base,
            vtlb_size=pick(t.vtlb, base.vtlb_size),
            ftlb_sets=pick(t.ftlb_sets, base.ftlb_sets),
            ftlb_ways=pick(t.ftlb_ways, base.ftlb_ways),
            itlb_size=pick(t.itlb, base.itlb_size),
            dtlb_size=pick(t.dtlb, base.dtlb_size),
        )
        if m.ftlb_sets == 0:
            m = dataclasses.replace(m, ftlb_ways=0)
        if m.ftlb_sets * m.ftlb_ways > TLB_MAX_FTLB:
            raise ConfigError(f"FTLB of {m.ftlb_sets} x {m.ftlb_ways} entries exceeds the maximum {TLB_MAX_FTLB}")
        return m

    def validate(self):
        self.resolved_model()


class Memory(SimObject):
    size = Param.Size(4 << 30, "simulated physical memory (only touched pages cost host memory)",
                      lo=16 << 20, hi=1 << 40, check=_page_multiple, cli="--mem-size", metavar="SIZE")


class Kernel(SimObject):
    """The Python host kernel's policy (Linux's knobs)."""

    thp = Param.Enum("never", "transparent huge pages (32 MB) for anonymous memory",
                     ("never", "madvise", "always"), cli="--thp")
    hugetlb_pages = Param.Int(0, "32 MB hugetlbfs-style pages reserved for MAP_HUGETLB", lo=0, hi=1 << 20,
                              cli="--hugetlb-pages", metavar="N")
    hugetlb_prealloc = Param.Bool(False, "allocate the reserved huge pages up front (like -mem-prealloc) "
                                  "instead of on first touch", cli="--hugetlb-prealloc")
    huge_counter = Param.Bool(False, "set KScratch5 so the refill handler counts huge refills in KScratch6",
                              cli="--huge-counter")
    refill_handler = Param.Str(None, "TLB refill handler installed at EBase (.S assembled with GNU as, or "
                               ".bin); default kernels/refill.S as assembled in kernels/refill.bin",
                               cli="--refill-handler", metavar="FILE")
    hz = Param.Int(250, "timer interrupts per simulated second (Linux HZ)", lo=1, hi=100_000)
    unaligned = Param.Enum("emulate", "misaligned loads and stores: emulate them in the kernel as Linux does "
                           "(do_ade), or signal: SIGBUS BUS_ADRALN as qemu-user gives (Linux's debugfs "
                           "mips/unaligned_action)", ("emulate", "signal"), cli="--unaligned")


class SystemConfig(SimObject):
    seed = Param.Int(0, "seed for TLB random replacement, AT_RANDOM and getrandom: same seed, same run",
                     lo=0, hi=(1 << 64) - 1, cli="--seed", metavar="S")
    cpu = Param.Child(CPU, "the CPU")
    memory = Param.Child(Memory, "physical memory")
    kernel = Param.Child(Kernel, "the host kernel")

    def validate(self):
        k, mem = self.kernel, self.memory.size
        if k.hugetlb_pages and k.hugetlb_pages * HUGE_PAGE > mem - (64 << 20):
            raise ConfigError(f"--hugetlb-pages {k.hugetlb_pages}: {k.hugetlb_pages * 32} MB of huge pages do "
                              f"not fit in --mem-size {mem >> 20} MB (keep 64 MB for everything else)")
        if k.hugetlb_prealloc and not k.hugetlb_pages:
            raise ConfigError("--hugetlb-prealloc needs --hugetlb-pages N")
        if k.huge_counter and self.cpu.mmu != "tlb":
            raise ConfigError("--huge-counter needs --mmu tlb")
        if k.refill_handler is not None and self.cpu.mmu != "tlb":
            raise ConfigError("--refill-handler needs --mmu tlb")
