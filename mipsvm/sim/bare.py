"""Bare-metal programs (`mipsvm run --bare ELF`): a kernel-mode image with its
own exception vectors and TLB handling, started from the CPU's reset state
(Status.BEV = ERL = 1) at its ELF entry point, as a boot loader would jump
to it.  No host kernel serves it; in guest mode (`--bare --mode guest`) it is
the guest kernel, and only the KVM model is there (root faults on GPAs,
exits, the GPA space).

Exit convention: the simulator is the EJTAG probe.  `sdbbp 1` ends the run
with exit status $a0 & 0xff (any other SDBBP code ends it with status 70 and
says so).  Where the image lies: every PT_LOAD segment must be in kseg0,
kseg1, their 64-bit ckseg0/ckseg1 forms or xkphys; it is loaded at the
physical address that segment maps (in guest mode: the GPA).
"""

from __future__ import annotations

from collections import Counter

from ..core import EVENT_EXCEPTION, EXC_PROBE
from ..cp0 import Exc, GExc
from ..host.abi import REG_A0, REG_V0
from ..isa import decode
from ..loader import ElfError
from ..loader.elf import load_elf

SDBBP_EXIT = 1
PROBE_OTHER_STATUS = 70


def kernel_pa(va: int) -> int | None:
    """The physical address an unmapped kernel segment gives va, or None."""
    if 0xFFFFFFFF80000000 <= va <= 0xFFFFFFFFBFFFFFFF:   # ckseg0, ckseg1 (kseg0/kseg1 sign-extended)
        return va & 0x1FFFFFFF
    if 0x8000000000000000 <= va <= 0xBFFFFFFFFFFFFFFF:   # xkphys: CCA in bits 61:59
        return va & ((1 << 48) - 1)
    return None


def load_bare(path: str, write, limit: int) -> int:
    """Copy the image's PT_LOAD segments to physical memory through write(pa,
    data) (BSS stays zero: fresh memory is); returns the entry point."""
    image = load_elf(path, bare=True)
    try:
        for seg in image.loads:
            pa, end = kernel_pa(seg.vaddr), kernel_pa(seg.vaddr + seg.memsz - 1)
            if pa is None or end is None or end - pa != seg.memsz - 1:
                raise ElfError(f"{path}: segment at {seg.vaddr:#x} is not in an unmapped kernel segment "
                               "(kseg0/kseg1/xkphys): a bare program is loaded where it runs")
            if end >= limit:
                raise ElfError(f"{path}: segment at {seg.vaddr:#x} (physical {pa:#x}) lies beyond the "
                               f"{limit >> 20} MiB of memory")
            if seg.filesz:
                write(pa, image.src.pread(seg.offset, seg.filesz))
        return image.entry
    finally:
        image.close()


class BareProgram:
    """What System reports for a bare run (the place of the first process)."""

    def __init__(self, path: str):
        self.path = path
        self.exit_code: int | None = None
        self.term_signal = None
        self.note = ""


class BareRoot:
    """Root mode from reset: every vector runs the program's code; the loop
    returns only on the probe's SDBBP or the budget."""

    def __init__(self, system):
        self.system = system
        self.core = core = system.core
        if not core.tlb_mode:
            raise ValueError("--bare needs --mmu tlb (a bare program does its own TLB handling)")
        core.host_vectors = 0
        core.probe = True
        self.exc_counts: Counter = Counter()
        self.program: BareProgram | None = None

    def load(self, path: str) -> BareProgram:
        self.core.pc = load_bare(path, self.core.phys_write, self.core.mem_size)
        self.program = BareProgram(path)
        return self.program

    def run(self, max_insts=None, tracer=None) -> None:
        """Run to the probe's SDBBP; every other exception that comes back
        goes to exit_to_root (root mode: none should)."""
        from ..host.process import BudgetExceeded
        core = self.core
        limit = max_insts if max_insts is not None else (1 << 64) - 1
        self.start()
        while True:
            ev = core.run(limit)
            if ev == EVENT_EXCEPTION:
                if core.exc_code == EXC_PROBE:
                    self._probe()
                    return
                self.exit_to_root()
            elif core.icount >= limit:
                raise BudgetExceeded(f"instruction budget of {limit} exhausted at pc {core.pc:#x}")

    def start(self) -> None:
        pass

    def exit_to_root(self) -> None:
        from ..host.kernel import KernelFault
        raise KernelFault(self.core)

    def _probe(self) -> None:
        core, prog = self.core, self.program
        if core.exc_tcode == SDBBP_EXIT:
            prog.exit_code = core.get_gpr(REG_A0) & 0xFF
        else:
            prog.exit_code = PROBE_OTHER_STATUS
            prog.note = f"sdbbp {core.exc_tcode} at pc {core.exc_epc:#x} (the exit convention is sdbbp {SDBBP_EXIT})"

    def shutdown(self) -> None:
        pass

    def reg_stats(self, st) -> None:
        st.add("bare.exit_status", self.program.exit_code if self.program and self.program.exit_code is not None
               else -1, "Exit status the program gave the probe (sdbbp 1, $a0)")


class BareGuest(BareRoot):
    """The bare program as the guest kernel of a VM: guest CP0 from reset, in
    guest kernel mode at the entry point; root is the KVM model."""

    def __init__(self, system, vm):
        self.system, self.vm = system, vm
        self.core = core = system.core
        self.host = system.host
        core.probe = True
        self.exc_counts = Counter()
        self.program = None
        from ..kvm.guest import GuestMemory
        self.mem = GuestMemory(vm)
        # root: EXL first (GM with EXL = 0 would enter the guest at once), then GuestCtl0
        core.cp0_poke(12, 0, core.cp0("Status") | 2)
        vm.setup_root()
        core.set_cp0("GTOffset", (-core.cp0("Count")) & 0xFFFFFFFF)

    def load(self, path: str) -> BareProgram:
        self.core.pc = load_bare(path, self.mem.phys_write, self.vm.size)
        self.program = BareProgram(path)
        return self.program

    def start(self) -> None:
        self.vm.enter()
        self.core.finish_exception()            # into the guest, kernel mode (guest ERL = 1)

    def exit_to_root(self) -> None:
        """kvm_mips_handle_exit for a guest kernel of its own: root GPA faults,
        root interrupts, hypercalls and the GPSI/GSFC emulation KVM does; then
        back into the guest."""
        from ..kvm.vm import GuestMemoryError
        from ..kvm.guest import GuestCrash
        core, vm = self.core, self.vm
        code, gexc, epc = core.exc_code, core.exc_gexc, core.exc_epc
        vm.exit()
        try:
            if vm.root_exit():
                core.pc = epc
            elif code == Exc.GE and gexc == GExc.HC:
                # kvm_mips_emul_hypcall: no hypercall is defined for a bare guest (-ENOSYS in $v0)
                vm.exits["hypercall"] += 1
                core.set_gpr(REG_V0, (-38) & 0xFFFFFFFFFFFFFFFF)
                self._skip(epc)
            elif code == Exc.GE and gexc in (GExc.GPSI, GExc.GSFC):
                vm.exits[GExc(gexc).name.lower()] += 1
                self._emulate_cp0(epc, gexc)
            else:
                raise GuestCrash(f"guest exit ExcCode {code} GExcCode {gexc} at pc {epc:#x} that the "
                                 "KVM model does not handle")
        except GuestMemoryError as e:
            raise GuestCrash(str(e)) from None
        vm.enter()
        core.finish_exception()

    def _skip(self, epc: int) -> None:
        from ..kvm.guest import GuestCrash
        if self.core.exc_bd:
            raise GuestCrash(f"an emulated instruction in a branch delay slot at pc {epc:#x} (not supported)")
        self.core.pc = epc + 4

    def _emulate_cp0(self, epc: int, gexc: int) -> None:
        """The GPSI/GSFC emulation KVM does (vz.c): the word is in BadInstr."""
        from ..kvm.guest import GuestCrash
        core = self.core
        w = core.cp0("BadInstr")
        insn = decode(w)
        name = insn.name if insn is not None else ""
        f = insn.fields if insn is not None else {}
        if name in ("mfc0", "dmfc0"):                   # root's view of what the guest lacks
            v = core.cp0_get(f["rd"], f["sel"]) if gexc == GExc.GPSI else core.gcp0_get(f["rd"], f["sel"])
            core.set_gpr(f["rt"], v if name == "dmfc0" else ((v & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000)
        elif name in ("mtc0", "dmtc0"):
            v = core.get_gpr(f["rt"])
            if gexc == GExc.GSFC:                       # KVM finishes the write
                core.gcp0_poke(f["rd"], f["sel"], v if name == "dmtc0" else v & 0xFFFFFFFF)
            # GPSI writes of registers root keeps (Config*, Diag, ...) are dropped
        elif name in ("wait", "cache"):                 # nothing to wait for; no caches are modelled
            pass
        else:
            raise GuestCrash(f"guest exit (GExcCode {gexc}) on word {w:#010x} at pc {epc:#x} that the KVM "
                             "model does not emulate")
        self._skip(epc)


__all__ = ["BareRoot", "BareGuest", "BareProgram", "load_bare", "kernel_pa"]
