"""What the host kernel does to the CPU at boot in TLB mode (Linux's
per_cpu_trap_init / tlb_init / build_tlb_refill_handler, in our words)."""

from __future__ import annotations

import os

from ..cp0 import regs as cp0regs
from .clock import CPU_HZ
from .pgtable import PAGE_OFFSET as XKPHYS_CACHED
from .pgtable import PM_DEFAULT_MASK as PM_16K

KERNELS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "kernels")
EBASE = 0xFFFFFFFF80000000          # ckseg0: EBase+x is physical address x
USER_ASID = 1
HZ = 250                            # Linux's default tick on Loongson64
TICK_COUNTS = CPU_HZ // HZ // 2     # Count runs at half the clock (CCRes = 2)


class KernelFault(Exception):
    """An exception taken in kernel mode outside what the host kernel serves
    (for example inside a refill handler): the simulated kernel has crashed."""

    def __init__(self, core):
        self.code, self.epc, self.badvaddr = core.exc_code, core.exc_epc, core.exc_badvaddr
        super().__init__(f"kernel-mode exception ExcCode {self.code} at pc {self.epc:#x} "
                         f"(BadVAddr {self.badvaddr:#x})")


def reset_and_masks(model=None) -> tuple[list[int], list[int]]:
    """CP0 reset values and write masks indexed reg*8+sel, from the CP0 table."""
    resets, masks = [0] * 256, [0] * 256
    rv, wm = cp0regs.reset_values(model), cp0regs.write_masks(model)
    for name, value in rv.items():
        i = cp0regs.index(name)
        resets[i] = value
        masks[i] = wm.get(name, 0)
    return resets, masks


def default_refill_handler() -> bytes:
    """The assembled kernels/refill.S (built by `make -C kernels`, committed)."""
    with open(os.path.join(KERNELS, "refill.bin"), "rb") as f:
        return f.read()


def boot_cpu(core, mm, handler: bytes | None = None, asid: int = USER_ASID) -> None:
    """Reset CP0 from the model table, install the refill handler at EBase,
    point KScratch1 at the PGD and drop to user mode."""
    resets, masks = reset_and_masks()
    core.cp0_load(resets, masks)
    code = handler if handler is not None else default_refill_handler()
    if len(code) > 0x100:
        raise ValueError("refill handler larger than EBase+0x000..0x0ff")
    core.phys_write(EBASE & 0x1FFFFFFF, code)
    core.cp0_poke(15, 1, EBASE)                       # EBase
    core.cp0_poke(5, 0, PM_16K)                       # PageMask
    core.cp0_poke(10, 0, asid)                        # EntryHi.ASID
    core.cp0_poke(31, 2, XKPHYS_CACHED | mm.pt.pgd)   # KScratch1 = PGD (tlbmiss_handler_setup_pgd)
    core.cp0_poke(16, 0, (core.cp0_get(16, 0) & ~7) | 3)  # Config.K0 = cacheable (Linux sets it)
    # Status: CU1, FR (64-bit FPRs), IM7 (timer), KX/SX/UX (64-bit segments), KSU = user, IE
    core.cp0_poke(12, 0, (1 << 29) | (1 << 26) | (1 << 15) | 0xE0 | (2 << 3) | 1)
    arm_timer(core)


def arm_timer(core) -> None:
    """Program the next tick (Linux's clockevent: Compare = Count + delta)."""
    core.cp0_set(11, 0, (core.cp0_get(9, 0) + TICK_COUNTS) & 0xFFFFFFFF)
