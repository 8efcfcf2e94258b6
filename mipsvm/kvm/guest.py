"""The guest kernel model: Linux inside the VM, played in Python.

It is the host kernel's Linux personality (processes, syscalls, signals,
demand paging, THP) run a second time, one level down:
- its "physical memory" is guest physical memory, reached only through
  GPA -> HPA (``GuestMemory``, mapping pages as a root fault would);
- its frames come from guest RAM, its page tables live there, in Linux's
  format, and the guest's own refill handler (kernels/refill.S, unchanged) walks
  them at the guest EBase, with guest KScratch1 as the PGD;
- its TLB maintenance (tlbflush.LinuxTLB) works on the guest context: guest
  CP0 registers and the root TLBG* instructions with GuestCtl1.RID = the guest's
  ID, which write guest-tagged entries into the one shared JTLB;
- every guest exception but the refill reaches it through the HYPCALL stub at
  the guest's general vector (kernels/guest_stub.S); it reads the guest's
  Cause/EPC/BadVAddr, returns the guest to user mode as its ERET would, and
  serves the exception as the host kernel serves a root one.
Root exits that are not the guest's (root TLB faults on a GPA, root timer
interrupts) go to the KVM model (vm.py) and the host kernel.
"""

from __future__ import annotations

import os
from collections import Counter
from types import SimpleNamespace

from ..core import EVENT_EXCEPTION
from ..cp0 import Exc, GExc, regs
from ..host import pgtable as P
from ..host.buddy import BuddyAllocator
from ..host.errors import GuestError
from ..host.kernel import (HWRENA_LINUX, PAGEGRAIN_LINUX, STATUS_USER, HostKernel, KernelFault,
                           load_refill_handler)
from ..host.mm import ACC_FETCH, ACC_LOAD, ACC_STORE
from ..host.process import ProcessModel
from ..host.sched import RUNNING
from ..host.tlbflush import LinuxTLB
from ..isa import decode
from .vm import KERNELS, VM, GuestMemoryError

CKSEG0 = 0xFFFFFFFF80000000
GUEST_EBASE = CKSEG0                       # guest EBase: GPA 0 (guest kseg0 is unmapped)
STUB_OFFSET = 0x180                        # the general vector
STUB_VA = GUEST_EBASE + STUB_OFFSET
GUEST_FRAMES_BASE = 1 << 20                # below: the guest's vectors (its "kernel image")
ST_EXL = regs.register("Status").field("EXL").mask
_PAMASK = (1 << 48) - 1                    # a table pointer's physical part (PAGE_OFFSET | PA)


def guest_stub() -> bytes:
    with open(os.path.join(KERNELS, "guest_stub.bin"), "rb") as f:
        return f.read()


class GuestMemory:
    """Guest physical memory as the guest kernel model sees it: the phys_*
    interface of the core, on GPAs, each page through the VM's GPA -> HPA."""

    tlb_mode = True

    def __init__(self, vm: VM):
        self.vm, self.core = vm, vm.core
        self.mem_size = vm.size
        self.pgd_pa = 0                    # AddressSpace sets it (the ideal walker's); unused here

    def _pages(self, gpa: int, n: int):
        vm = self.vm
        while n > 0:
            chunk = min(n, P.PAGE_SIZE - (gpa & (P.PAGE_SIZE - 1)))
            yield vm.hpa(gpa), chunk
            gpa += chunk
            n -= chunk

    def phys_read(self, gpa: int, n: int) -> bytes:
        if n <= P.PAGE_SIZE - (gpa & (P.PAGE_SIZE - 1)):
            return self.core.phys_read(self.vm.hpa(gpa), n)
        return b"".join(self.core.phys_read(h, c) for h, c in self._pages(gpa, n))

    def phys_write(self, gpa: int, data) -> None:
        data = memoryview(bytes(data))
        pos = 0
        for h, c in self._pages(gpa, len(data)):
            self.core.phys_write(h, data[pos:pos + c])
            pos += c

    def phys_read64(self, gpa: int) -> int:
        return self.core.phys_read64(self.vm.hpa(gpa))

    def phys_write64(self, gpa: int, v: int) -> None:
        self.core.phys_write64(self.vm.hpa(gpa), v)

    def phys_fill64(self, gpa: int, n: int, v: int) -> None:
        for h, c in self._pages(gpa, n * 8):
            self.core.phys_fill64(h, c // 8, v)

    def phys_copy(self, dst: int, src: int, n: int) -> None:
        while n > 0:
            c = min(n, P.PAGE_SIZE - (dst & (P.PAGE_SIZE - 1)), P.PAGE_SIZE - (src & (P.PAGE_SIZE - 1)))
            self.core.phys_copy(self.vm.hpa(dst), self.vm.hpa(src), c)
            dst, src, n = dst + c, src + c, n - c

    def walk(self, va: int, store: bool = False, pgd: int = 0):
        """(exc, pte, huge, page_pa) of the guest's tables at GPA pgd: the same
        walk as the core's ideal walker (mmu/walk.h pt_walk), in GPA space."""
        if not 0 <= va < P.USER_VA_LIMIT:
            return (5 if store else 4), 0, False, 0          # AdES / AdEL, as pt_walk
        pmd_tab = self.phys_read64(pgd + ((va >> P.PGDIR_SHIFT) & (P.PTRS_PER_TABLE - 1)) * 8) & _PAMASK
        pmd = self.phys_read64(pmd_tab + ((va >> P.PMD_SHIFT) & (P.PTRS_PER_TABLE - 1)) * 8)
        if pmd & P._PAGE_HUGE:
            base = P.pte_pa(pmd) & ~(P.HPAGE_SIZE - 1)
            return 0, pmd, True, base | (va & (P.HPAGE_SIZE - 1) & ~(P.PAGE_SIZE - 1))
        pte = self.phys_read64((pmd & _PAMASK) + ((va >> P.PAGE_SHIFT) & (P.PTRS_PER_TABLE - 1)) * 8)
        return 0, pte, False, P.pte_pa(pte)

    def phys_zero(self, gpa: int, n: int) -> None:
        """Free guest memory is zero: zero what the host backs; pages it does
        not back are zero already (and stay unbacked: O(touched) memory)."""
        end = gpa + n
        while gpa < end:
            c = min(end - gpa, P.PAGE_SIZE - (gpa & (P.PAGE_SIZE - 1)))
            h = self.vm.hpa_if_backed(gpa)
            if h is not None:
                self.core.phys_write(h | (gpa & (P.PAGE_SIZE - 1)), bytes(c))
            gpa += c


class GuestCP0Port:
    """The TLB-maintenance view of the guest context for tlbflush.LinuxTLB:
    guest CP0 by name, the TLB instructions as root's TLBG* with RID = the
    guest's ID. A guest write of Diag is a GPSI that KVM emulates on the root
    (Loongson: flush the micro-TLBs), so Diag goes to the root context."""

    def __init__(self, core, vm: VM):
        self.core, self.vm = core, vm

    def cp0(self, name):
        return self.core.gcp0(name) if name != "Diag" else self.core.cp0(name)

    def set_cp0(self, name, v):
        if name == "Diag":
            self.core.set_cp0(name, v)
        else:
            self.core.set_gcp0(name, v)

    def _tlbg(self, op):
        with self.vm.as_rid():
            return op()

    def tlbp(self):
        return self._tlbg(self.core.tlbgp)

    def tlbr(self):
        return self._tlbg(self.core.tlbgr)

    def tlbwi(self):
        return self._tlbg(self.core.tlbgwi)

    def tlbwr(self):
        return self._tlbg(self.core.tlbgwr)

    def tlbinvf(self):
        return self._tlbg(self.core.tlbginvf)


class GuestCPU:
    """The machine the guest's processes see: the one core (GPRs, FPRs, HI/LO
    and the pc are shared by root and guest), with UserLocal from the guest
    context, where the guest's RDHWR $29 reads it."""

    def __init__(self, core):
        object.__setattr__(self, "_core", core)

    def __getattr__(self, name):
        return getattr(self._core, name)

    def __setattr__(self, name, value):
        if name == "userlocal":
            self._core.set_gcp0("UserLocal", value)
        else:
            setattr(self._core, name, value)

    @property
    def userlocal(self):
        return self._core.gcp0("UserLocal")

    def state(self):
        st = self._core.state()
        st["userlocal"] = self.userlocal
        return st


def _trap_code(word: int) -> int:
    """The code field the core reports for BREAK/SYSCALL (code20) and the
    register traps (code10), from the instruction table; 0 for the rest."""
    insn = decode(word)
    if insn is None:
        return 0
    return insn.fields.get("code20", insn.fields.get("code10", 0))


class GuestKernel(HostKernel):
    """Linux in the guest, on the VM's guest physical memory (see the module
    docstring). It inherits the host kernel's run loop and Linux personality;
    what differs is the memory, the TLB context, boot and the exception path."""

    def __init__(self, host: HostKernel, vm: VM, config):
        self.system, self.host, self.vm = host.system, host, vm
        self.core = core = host.core
        self.cpu = GuestCPU(core)
        self.config = config
        self.seed = host.seed
        self.phys = GuestMemory(vm)
        self.frames = BuddyAllocator(self.phys, base=GUEST_FRAMES_BASE, limit=vm.size)
        self.ticks = 0
        self.retired = Counter()
        self.mms: list = []
        self.exc_counts: Counter = Counter()
        self.stats: Counter = Counter()
        self.marks = None
        self.boot_guest(load_refill_handler(config.refill_handler))
        self.tlb = LinuxTLB(GuestCP0Port(core, vm))
        self.procs = ProcessModel(self, quantum=getattr(config, "quantum", None))

    @property
    def mem_size(self) -> int:
        return self.vm.size

    mem_option = "--vm-mem"

    def boot_guest(self, handler: bytes) -> None:
        """What the guest's Linux does at boot to its (guest) CP0, and KVM's
        part: the vectors in guest RAM, GuestCtl0, the guest timer."""
        core, vm, mem = self.core, self.vm, self.phys
        mem.phys_write(0, handler)                       # refill at +0x000/+0x080, unchanged
        mem.phys_write(STUB_OFFSET, guest_stub())
        core.set_gcp0("EBase", GUEST_EBASE)
        core.set_gcp0("PageMask", P.PM_DEFAULT_MASK)
        core.set_gcp0("PageGrain", PAGEGRAIN_LINUX)
        core.set_gcp0("HWREna", HWRENA_LINUX)
        k0 = regs.register("Config").field("K0")
        core.set_gcp0("Config", k0.put(core.gcp0("Config"), 3))
        if self.config.huge_counter:
            core.set_gcp0("KScratch5", 1)
        core.gcp0_poke(12, 0, STATUS_USER)
        # root: EXL first (GM with EXL = 0 would enter the guest at once), then GuestCtl0
        core.cp0_poke(12, 0, core.cp0("Status") | ST_EXL)
        vm.setup_root()
        core.set_cp0("GTOffset", (-core.cp0("Count")) & 0xFFFFFFFF)   # guest Count starts at 0
        self.arm_timer()

    def arm_timer(self) -> None:
        """The guest's clockevent on its own Count/Compare (GuestCtl0.GT = 1)."""
        core = self.core
        core.set_gcp0("Compare", (core.gcp0("Count") + self.tick_counts) & 0xFFFFFFFF)

    # ---- entering and leaving the guest
    def _resume(self, task) -> None:
        super()._resume(task)
        self._enter()

    def _enter(self) -> None:
        core = self.core
        if not core.in_guest:
            self.vm.enter()
            core.finish_exception()        # root ERET with GM = 1: into the guest at pc

    def _finish_delay_slot(self, task) -> None:
        """A thread leaves the CPU only in guest user mode between instructions
        (not inside a refill handler of either level, nor before a delay slot)."""
        core = self.core
        while task.state == RUNNING and (core.npc != core.pc + 4 or core.in_guest_refill
                                               or not core.in_guest):
            if core.run(core.icount + 1) == EVENT_EXCEPTION:
                self.handle_exception(task)

    def handle_exception(self, task) -> None:
        """An exit to root: the guest's own exception (the HYPCALL stub), a root
        TLB fault on a GPA, or a root interrupt (kvm_mips_handle_exit)."""
        core, vm = self.core, self.vm
        vm.exit()
        code, gexc, epc = core.exc_code, core.exc_gexc, core.exc_epc
        try:
            if code == Exc.GE and gexc == GExc.HC and epc == STUB_VA:
                vm.exits["hypercall"] += 1
                self.serve_exception(task, self._guest_exception(task))
            elif vm.root_exit():
                core.pc = epc
            else:
                raise KernelFault(core)
        except GuestMemoryError as e:
            raise GuestCrash(str(e)) from None
        vm.enter()
        core.finish_exception()

    def _guest_exception(self, task):
        """Read the guest's exception from its CP0 and return it to user mode
        as its handler's ERET would; the report serve_exception takes."""
        core = self.core
        cause, epc, status = core.gcp0("Cause"), core.gcp0("EPC"), core.gcp0("Status")
        code = (cause >> 2) & 31
        bd = bool(cause >> 31)
        if core.in_guest_refill or (status >> 3) & 3 != 2:
            raise GuestCrash(f"guest kernel-mode exception ExcCode {code} at guest pc {epc:#x} "
                             f"(BadVAddr {core.gcp0('BadVAddr'):#x})")
        bad = core.gcp0("BadVAddr")
        if code in (Exc.TLBS, Exc.Mod):
            acc = ACC_STORE
        elif code == Exc.TLBXI or (code == Exc.TLBL and bad in (epc, epc + 4 if bd else epc)):
            acc = ACC_FETCH
        else:
            acc = ACC_LOAD
        word = 0
        if code in (Exc.Bp, Exc.Tr, Exc.Sys, Exc.AdEL, Exc.AdES):
            try:                           # the faulting word (the root report's exc_insn)
                word = int.from_bytes(task.mm.read(epc + (4 if bd else 0), 4), "little")
            except GuestError:             # an unreadable instruction
                word = 0
        core.set_gcp0("Status", status & ~ST_EXL)
        core.pc = epc
        return SimpleNamespace(exc_code=code, exc_epc=epc, exc_bd=bd, exc_badvaddr=bad, exc_access=acc,
                               exc_tcode=_trap_code(word), exc_insn=word)

    def timer_tick(self, task) -> None:
        """The guest kernel's timer interrupt (its khugepaged scans here)."""
        self.stats["timer_ticks"] += 1
        mm = task.mm
        if mm is not None and mm.thp != "never":
            mm.collapse_scan(max_ranges=1)
        self.arm_timer()



class GuestCrash(Exception):
    """The guest kernel model met what a real guest kernel would oops on."""


def guest_kernel_config(kernel_cfg, vm_cfg):
    """The guest kernel's knobs: its own THP policy, the rest as the host's."""
    return SimpleNamespace(thp=vm_cfg.thp_guest, hugetlb_pages=0, hugetlb_prealloc=False, unaligned=kernel_cfg.unaligned,
                           huge_counter=kernel_cfg.huge_counter, refill_handler=kernel_cfg.refill_handler,
                           hz=kernel_cfg.hz, quantum=getattr(kernel_cfg, "quantum", None))
