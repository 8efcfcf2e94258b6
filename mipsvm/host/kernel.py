"""The host kernel on one machine: what Linux does to the CPU at boot in TLB
mode (per_cpu_trap_init / tlb_init / build_tlb_refill_handler, in our words),
the physical frame allocator, Linux's TLB maintenance (tlbflush.py) and the
timer tick.  It runs on the machine a System built (mipsvm.sim.system); it
never constructs the core."""

from __future__ import annotations

import os

from .buddy import BuddyAllocator
from .mm import AddressSpace
from .tlbflush import IdealFlush, LinuxTLB

from ..cp0 import regs
from .clock import CPU_HZ
from .pgtable import PM_DEFAULT_MASK

KERNELS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "kernels")
EBASE = 0xFFFFFFFF80000000          # ckseg0: EBase+x is physical address x
HANDLER_LIMIT = 0x100               # refill vector + its overflow slot (EBase+0x000..0x0ff)


def _bits(register: str, *names: str) -> int:
    r = regs.register(register)
    return sum(r.field(n).mask for n in names)


# Status as Linux runs user code: CU1, FR (64-bit FPRs), IM7 (timer), KX/SX/UX
# (64-bit segments), KSU = user, IE.
STATUS_USER = _bits("Status", "CU1", "FR", "KX", "SX", "UX", "IE") | (1 << 15) \
    | regs.register("Status").field("KSU").put(0, 2)
# PageGrain as r4k_tlb_configure leaves it on a RIXI CPU whose IEC sticks:
# RIE, XIE, ELPA (64-bit kernel) and IEC (cpu_probe sets MIPS_CPU_RIXIEX).
PAGEGRAIN_LINUX = _bits("PageGrain", "RIE", "XIE", "ELPA", "IEC")
# HWREna as traps.c configure_hwrena sets it on R2: CPUNum, SYNCI_Step, CC, CCRes, ULR.
HWRENA_LINUX = _bits("HWREna", "CPUNum", "SYNCI_Step", "CC", "CCRes", "ULR")


class KernelFault(Exception):
    """An exception taken in kernel mode outside what the host kernel serves
    (for example inside a refill handler): the simulated kernel has crashed."""

    def __init__(self, core):
        self.code, self.epc, self.badvaddr = core.exc_code, core.exc_epc, core.exc_badvaddr
        super().__init__(f"kernel-mode exception ExcCode {self.code} at pc {self.epc:#x} "
                         f"(BadVAddr {self.badvaddr:#x})")


def default_refill_handler() -> bytes:
    """The assembled kernels/refill.S (built by `make -C kernels`, committed)."""
    with open(os.path.join(KERNELS, "refill.bin"), "rb") as f:
        return f.read()


def load_refill_handler(path: str | None) -> bytes:
    """The handler image: kernels/refill.bin, or a .S assembled / .bin read."""
    if path is None:
        return default_refill_handler()
    from ..sim.check_refill import load_handler
    return load_handler(path).image


class HostKernel:
    def __init__(self, system):
        self.system = system
        self.core = core = system.core
        self.config = system.config.kernel
        self.frames = BuddyAllocator(core)
        self.ticks = 0
        if core.tlb_mode:
            self.boot_cpu(load_refill_handler(self.config.refill_handler))
            self.tlb = LinuxTLB(core)
        else:
            self.tlb = IdealFlush(core)

    @property
    def tick_counts(self) -> int:
        """Count ticks per timer interrupt: Count runs at half the clock (CCRes = 2)."""
        return CPU_HZ // self.config.hz // 2

    def boot_cpu(self, handler: bytes) -> None:
        """From the CPU's reset state: install the refill handler at EBase,
        configure PageGrain and Config.K0 as Linux does, and enable the timer."""
        core = self.core
        if len(handler) > HANDLER_LIMIT:
            raise ValueError(f"refill handler of {len(handler)} bytes is larger than EBase+0x000..0x0ff")
        core.phys_write(EBASE & 0x1FFFFFFF, handler)
        core.set_cp0("EBase", EBASE)
        core.set_cp0("PageMask", PM_DEFAULT_MASK)
        core.set_cp0("PageGrain", PAGEGRAIN_LINUX)
        core.set_cp0("HWREna", HWRENA_LINUX)
        k0 = regs.register("Config").field("K0")
        core.set_cp0("Config", k0.put(core.cp0("Config"), 3))   # kseg0 cacheable noncoherent
        if self.config.huge_counter:
            core.set_cp0("KScratch5", 1)                 # enable the refill handler's huge counter
        core.cp0_poke(12, 0, STATUS_USER)
        self.arm_timer()

    def new_mm(self, **kw) -> AddressSpace:
        return AddressSpace(self.core, self.frames, tlb=self.tlb, thp=self.config.thp, **kw)

    def switch_mm(self, mm) -> None:
        """switch_mm: the mm's ASID into EntryHi and its PGD where the refill
        handler looks (KScratch1); --mmu ideal: the walker's PGD."""
        self.tlb.switch_mm(mm)

    def arm_timer(self) -> None:
        """Program the next tick (Linux's clockevent: Compare = Count + delta)."""
        if self.core.tlb_mode:
            self.core.set_cp0("Compare", (self.core.cp0("Count") + self.tick_counts) & 0xFFFFFFFF)

    def reg_stats(self, st) -> None:
        if isinstance(self.tlb, LinuxTLB):
            for k, v in self.tlb.stats.items():
                st.add(f"kernel.tlb.{k}", v, "Linux TLB maintenance calls (tlb-r4k.c, context.c)")
