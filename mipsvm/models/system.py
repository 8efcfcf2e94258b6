"""The configuration tree of a simulated system (gem5-style parameter objects).

    SystemConfig
      seed                      TLB replacement, AT_RANDOM, getrandom
      cpu: CPU                  model (mipsvm/models/cpu.py), mmu tlb|ideal
        tlb: TLB                VTLB, FTLB sets/ways, ITLB, DTLB (None: the model's)
        timing: Timing          stall cycles (micro-TLB miss, exception entry, ERET)
      memory: Memory            physical memory size
      kernel: Kernel            the host kernel: THP policy, hugetlb pool, refill handler
      vm: VM                    --mode guest: guest RAM, alignment, backing, THP per level, GuestID/RAD

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


def _vm_mem(v: int):
    if v % HUGE_PAGE:
        return "must be a multiple of 32 MiB (the huge-page size)"
    return None


class Monitor(SimObject):
    """The paper's TLB-load monitor and huge-page balancer in the KVM model (docs/vz.md)."""

    balancer = Param.Bool(False, "run the TLB-load monitor on the host's timer tick and split huge pages of "
                          "guest RAM when the VTLB is overloaded (the paper, section 4)", cli="--balancer")
    policy = Param.Enum("random", "which huge page to split: random (the paper's), hot (most often in the "
                        "VTLB), underused (most zero-filled subpages, Linux 6.12)",
                        ("random", "hot", "underused"), cli="--split-policy")
    cl_on = Param.Int(2560, "CL at which the huge-refill counter goes on (the paper: 2560 ticks, 10 s)",
                      lo=1, hi=1 << 30, cli="--monitor-cl", metavar="N")
    time_scale = Param.Int(1, "divide CL_on by this, so a short run sees the monitor's whole cycle",
                           lo=1, hi=1 << 20, cli="--monitor-time-scale", metavar="S")
    share_permille = Param.Int(50, "refill-time share (per mille of the tick's cycles) above which CL rises "
                               "(chosen: the paper gives no value)", lo=0, hi=1000, cli="--monitor-share",
                               metavar="PERMILLE")
    refill_cost = Param.Int(50, "cycles one refill is taken to cost in that share (chosen)", lo=1, hi=1 << 20,
                            cli="--monitor-refill-cost", metavar="CYCLES")
    y_threshold = Param.Int(20, "imbalance y above which huge pages are split (the paper: 20)", lo=1,
                            hi=1 << 20, cli="--monitor-y", metavar="Y")
    y_window = Param.Int(3, "ticks y is averaged over (the paper: 3)", lo=1, hi=1000, cli="--monitor-window",
                         metavar="N")


class VM(SimObject):
    """The virtual machine of --mode guest: the KVM model's knobs (docs/vz.md)."""

    mode = Param.Enum("root", "root: the program runs on the host kernel; guest: inside a VM, on the guest "
                      "kernel model, under the KVM model", ("root", "guest"), cli="--mode")
    mem = Param.Size(512 << 20, "guest RAM (an anonymous mapping of the VMM's host address space)",
                     lo=64 << 20, hi=1 << 40, check=_vm_mem, cli="--vm-mem", metavar="SIZE")
    align = Param.Enum("off", "on: reserve one more huge page of HVA and start guest RAM at the first "
                       "32 MB-aligned HVA (the paper's fix); off: QEMU's placement (RAM 16 KB off a "
                       "32 MB boundary)", ("on", "off"), cli="--vm-align")
    backing = Param.Enum("thp", "host memory behind guest RAM: thp (MADV_HUGEPAGE, huge when --thp-host "
                         "allows), small (MADV_NOHUGEPAGE), hugetlb (32 MB pages preallocated), "
                         "hugetlb-lazy (taken on first touch)", ("thp", "small", "hugetlb", "hugetlb-lazy"),
                         cli="--vm-backing")
    thp_host = Param.Enum("never", "the host kernel's THP policy (guest mode; --thp is root mode's)",
                          ("never", "madvise", "always"), cli="--thp-host")
    thp_guest = Param.Enum("never", "the guest kernel's THP policy", ("never", "madvise", "always"),
                           cli="--thp-guest")
    guestid = Param.Int(1, "the VM's GuestID (GuestCtl1.ID)", lo=1, hi=255, cli="--guestid", metavar="N")
    rad = Param.Bool(False, "RAD mode: no GuestID; a root ASID of its own separates the VM's GPA mappings",
                     cli="--rad")
    monitor = Param.Child(Monitor, "the TLB-load monitor and balancer")


class SystemConfig(SimObject):
    seed = Param.Int(0, "seed for TLB random replacement, AT_RANDOM and getrandom: same seed, same run",
                     lo=0, hi=(1 << 64) - 1, cli="--seed", metavar="S")
    cpu = Param.Child(CPU, "the CPU")
    memory = Param.Child(Memory, "physical memory")
    kernel = Param.Child(Kernel, "the host kernel")
    vm = Param.Child(VM, "the virtual machine (--mode guest)")
    bare = Param.Bool(False, "run a bare-metal kernel-mode ELF from reset (its own vectors; ends with sdbbp 1, "
                      "status in $a0): in root mode with no host kernel, in guest mode as the guest kernel",
                      cli="--bare")

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
        vm = self.vm
        if self.bare and self.cpu.mmu != "tlb":
            raise ConfigError("--bare needs --mmu tlb (a bare program does its own TLB handling)")
        if vm.monitor.balancer and vm.mode != "guest":
            raise ConfigError("--balancer is the KVM model's: it needs --mode guest")
        if vm.mode == "guest":
            if self.cpu.mmu != "tlb":
                raise ConfigError("--mode guest needs --mmu tlb (the VZ module translates through the TLB)")
            if not MODELS[self.cpu.model].vz:
                raise ConfigError(f"--mode guest: CPU model {self.cpu.model} has no VZ module")
            if k.thp != "never":
                raise ConfigError("--thp is root mode's policy; in guest mode use --thp-host and --thp-guest")
            if k.hugetlb_pages:
                raise ConfigError("--hugetlb-pages is root mode's pool; in guest mode use --vm-backing hugetlb")
            if vm.monitor.balancer and vm.backing != "thp":
                raise ConfigError("--balancer splits THPs of guest RAM: it needs --vm-backing thp")
            if vm.mem + (64 << 20) > mem:
                raise ConfigError(f"--vm-mem {vm.mem >> 20} MB does not fit in --mem-size {mem >> 20} MB "
                                  f"(keep 64 MB for the host)")
