"""The host kernel on one machine: what Linux does to the CPU at boot in TLB
mode (per_cpu_trap_init / tlb_init / build_tlb_refill_handler, in our words),
the physical frame allocator, Linux's TLB maintenance (tlbflush.py) and the
timer tick.  It runs on the machine a System built (mipsvm.sim.system); it
never constructs the core."""

from __future__ import annotations

import os

import sys
from collections import Counter

from .buddy import BuddyAllocator
from .mm import AddressSpace, USER_VA_LIMIT
from .tlbflush import IdealFlush, LinuxTLB

from ..core import EVENT_EXCEPTION, EVENT_MAGIC
from ..cp0 import Exc, regs
from . import abi, signals, unaligned
from .abi import BUS_ADRALN, SEGV_ACCERR, SEGV_MAPERR, SIGBUS, SIGSEGV
from .clock import CPU_HZ
from .errors import GuestError
from .pgtable import PM_DEFAULT_MASK
from .process import BudgetExceeded, ProcessModel
from .sched import RUNNABLE, RUNNING, Deadlock

# memory-manager counters: events add up over every address space that lived,
# states over the ones alive at the end plus the first program's as it exited
# (what a run reports as "the program's huge pages"); the frame pool is one
_EVENTS = ("minor_faults", "thp_fault_alloc", "thp_fault_fallback", "thp_split_pmd", "thp_collapse_alloc",
           "thp_collapse_alloc_failed", "cow_copies")
_STATES = ("anon_huge_pages", "anon_huge_kb", "hugetlb_total", "hugetlb_free", "hugetlb_rsvd")

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
    """Root-mode Linux on the System's machine: boot, frames, TLB maintenance,
    the timer tick, exceptions from user mode, and the processes
    (process.ProcessModel) it hosts through the narrow interface below:
    cpu, new_mm, switch_mm, retire_mm, config, mem_size, seed, warn."""

    def __init__(self, system):
        self.system = system
        self.core = core = system.core
        self.cpu = core
        self.config = system.config.kernel
        self.seed = system.config.seed
        self.phys = core                    # the memory its address spaces live in
        self.frames = BuddyAllocator(core)
        self.ticks = 0
        self.retired = Counter()            # memory counters of address spaces gone
        self.mms: list = []
        if core.tlb_mode:
            self.boot_cpu(load_refill_handler(self.config.refill_handler))
            self.tlb = LinuxTLB(core)
        else:
            self.tlb = IdealFlush(core)
        self.procs = ProcessModel(self, quantum=getattr(self.config, "quantum", None))
        self.exc_counts: Counter = Counter()      # exceptions served, by ExcCode (--mmu ideal statistics)
        self.marks = None                         # the System's stats marks (magic instructions, periodic dumps)
        self.tracer = None                        # run()'s hook
        self.stats: Counter = Counter()

    @property
    def mem_size(self) -> int:
        return self.core.mem_size

    mem_option = "--mem-size"            # the option that sets mem_size (for messages)

    def warn(self, msg: str) -> None:
        sys.stderr.write(f"mipsvm: warning: {msg}\n")
        sys.stderr.flush()

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
        mm = AddressSpace(self.phys, self.frames, tlb=self.tlb, thp=self.config.thp, **kw)
        self.mms.append(mm)
        return mm

    def retire_mm(self, mm, *, program_exit: bool = False) -> None:
        """An address space goes (exit, exec): keep its counters for the totals;
        program_exit: the first program's exit, whose states are kept too."""
        c = mm.counters()
        for k in _EVENTS + (_STATES if program_exit else ()):
            self.retired[k] += c[k]
        if mm in self.mms:
            self.mms.remove(mm)

    def switch_mm(self, mm) -> None:
        """switch_mm: the mm's ASID into EntryHi and its PGD where the refill
        handler looks (KScratch1); --mmu ideal: the walker's PGD."""
        self.tlb.switch_mm(mm)

    def arm_timer(self) -> None:
        """Program the next tick (Linux's clockevent: Compare = Count + delta)."""
        if self.core.tlb_mode:
            self.core.set_cp0("Compare", (self.core.cp0("Count") + self.tick_counts) & 0xFFFFFFFF)

    # ---- running the processes
    def run(self, max_insts: int | None = None, tracer=None) -> None:
        """Run every thread until all processes have ended (the first one's
        status is the result) or the instruction budget is spent. tracer: a
        hook that runs the core instead (the logged loop: traces, debug flags,
        the gdb stub; protocol in mipsvm/sim/trace.py)."""
        limit = max_insts if max_insts is not None else (1 << 64) - 1
        core, sched = self.core, self.procs.sched
        self.tracer = tracer
        while self.procs.processes:
            try:
                task = sched.pick()
            except Deadlock:
                self._deadlock()
                continue
            sched.switch_to(task)
            self._resume(task)
            slice_end = core.icount + sched.quantum
            while task.state == RUNNING:
                marks = self.marks
                ev = self._run_core(min(limit, slice_end, marks.next_dump if marks else limit))
                if marks is not None:
                    if ev == EVENT_MAGIC:
                        marks.magic(core.exc_tcode, core.icount)
                        continue
                    if core.icount >= marks.next_dump:
                        marks.periodic(core.icount)
                if ev == EVENT_EXCEPTION:
                    if tracer is not None:
                        tracer.exception(core, task)
                    self.handle_exception(task)
                    if tracer is not None:
                        tracer.served(core, task)
                    if task.state == RUNNING and task.interrupted:
                        self._resume(task)
                    continue
                if core.icount >= limit:
                    raise BudgetExceeded(f"instruction budget of {limit} exhausted at pc {core.pc:#x}")
                if core.icount >= slice_end:
                    self._finish_delay_slot(task)
                    if task.state == RUNNING:
                        sched.expire()
                        if sched.runq:
                            sched.yield_(task)
                        else:
                            slice_end = core.icount + sched.quantum
            if task.state == RUNNING:
                task.state = RUNNABLE
                sched.yield_(task)

    def shutdown(self) -> None:
        """After the run: file-system views closed, the private /tmp removed."""
        seen = set()
        for p in self.procs.all_processes:
            if id(p.fs) not in seen:
                seen.add(id(p.fs))
                p.fs.remove_private_tmp()

    def _finish_delay_slot(self, task) -> None:
        """A thread leaves the CPU only between instructions, never between a
        branch and its delay slot (the pc alone could not resume there)."""
        core = self.core
        while task.state == RUNNING and core.npc != core.pc + 4:
            if self._run_core(core.icount + 1) == EVENT_EXCEPTION:
                if self.tracer is not None:
                    self.tracer.exception(core, task)
                self.handle_exception(task)
                if self.tracer is not None:
                    self.tracer.served(core, task)

    def _run_core(self, stop: int) -> int:
        return self.core.run(stop) if self.tracer is None else self.tracer.run(self.core, stop)

    def _resume(self, task) -> None:
        """Return to user mode: finish a wait a signal ended, deliver signals."""
        from . import syscalls
        syscalls.resume(task)

    def _deadlock(self) -> None:
        """Every thread waits for something nothing can bring: say so once and
        end them all with SIGKILL (Linux would wait forever)."""
        procs = sorted(self.procs.processes.values(), key=lambda p: p.pid)
        whats = sorted({t.block.what for p in procs for t in p.threads if t.block is not None})
        self.warn("%s would wait forever (nothing can wake %s); killing %s" % (
            "/".join(whats) or "the program", "it" if len(procs) == 1 else "them",
            "it" if len(procs) == 1 else "them"))
        for p in procs:
            self.procs.exit_group(p, abi.SIGKILL)

    def handle_exception(self, task) -> None:
        self.serve_exception(task)
        self.core.finish_exception()   # ERET back to the program (or to the next thread's registers)

    def serve_exception(self, task, rep=None) -> None:
        """The general exception vector (EBase+0x180) for user mode: syscalls,
        page faults and the signals Linux sends for the rest (traps.c).
        rep: the exception report (exc_code, exc_epc, exc_badvaddr, exc_access,
        exc_tcode); the core's own by default, the guest's for the guest kernel."""
        from . import syscalls
        core = self.core
        if rep is None:
            rep = core
            if core.tlb_mode and (core.in_refill or (core.cp0("Status") >> 3) & 3 != 2):
                raise KernelFault(core)      # taken in kernel mode (a refill handler, or KSU not user): a crash
        code = rep.exc_code
        if code == Exc.Int:
            self.timer_tick(task)
            core.pc = rep.exc_epc
            self.interrupt_return(task)
            return
        self.exc_counts[code] += 1
        epc = rep.exc_epc
        core.llbit = 0                   # ERET clears LLbit
        if code == Exc.Sys:
            core.pc = epc + 4
            syscalls.dispatch(task)
            return
        core.pc = epc                     # restart (or report) the faulting instruction
        bad = rep.exc_badvaddr
        mm = task.mm
        if code in (Exc.TLBL, Exc.TLBS, Exc.Mod, Exc.TLBRI, Exc.TLBXI):
            try:
                ok = mm.fault(bad, rep.exc_access)
            except GuestError:            # no frame left: the OOM killer's choice is this process
                self.oom_kill(task)
                return
            if ok:
                task.stats["page_faults"] += 1
                return
            vma = mm.find_vma(bad)
            signals.deliver(task, SIGSEGV, SEGV_ACCERR if vma else SEGV_MAPERR, bad)
        elif code in (Exc.AdEL, Exc.AdES):
            self.address_error(task, bad, rep)
        else:
            signals.deliver(task, *signals.exception_signal(code, rep.exc_tcode, core.fcsr, epc))

    def address_error(self, task, bad: int, rep) -> None:
        """do_ade (arch/mips/kernel/unaligned.c): a fetch address error
        (BadVAddr = EPC, e.g. a jump to a kernel address) is SIGBUS; a data
        access outside the user segment SIGSEGV; a misaligned one is emulated
        (TIF_FIXADE, unaligned.py) unless --unaligned signal, which gives
        SIGBUS BUS_ADRALN as qemu-user does (docs/linux-abi.md). rep: the
        exception report (the core's, or the guest's in guest mode)."""
        if bad == rep.exc_epc:
            signals.deliver(task, SIGBUS, abi.BUS_ADRERR, bad)
        elif bad >= USER_VA_LIMIT:
            signals.deliver(task, SIGSEGV, SEGV_MAPERR, bad)
        elif self.config.unaligned != "emulate" or not getattr(task, "fixade", True):
            signals.deliver(task, SIGBUS, BUS_ADRALN, bad)
        else:
            sig = unaligned.emulate(task, bad, rep.exc_insn, rep.exc_epc, bool(rep.exc_bd))
            if sig is None:
                self.stats["unaligned_instructions"] += 1
            else:
                signals.deliver(task, *sig)

    def oom_kill(self, task) -> None:
        """Out of simulated memory: end the process the way the OOM killer does
        (SIGKILL), with one line saying so."""
        proc = task.process
        self.warn("out of memory (%s %d MiB): killed process %d (%s)" % (
            self.mem_option, self.mem_size >> 20, proc.pid,
            os.path.basename(os.fsdecode(proc.exe_guest_path or b"?"))))
        self.procs.exit_group(proc, abi.SIGKILL)

    def interrupt_return(self, task) -> None:
        """ret_from_irq to user mode: expired timers fire (hrtimer interrupts)
        and pending signals are delivered, so a timer's signal reaches a
        thread that computes without making syscalls."""
        self.procs.sched.expire()
        if task.state == RUNNING and task.signals.pending_mask() & ~task.signals.blocked:
            from . import syscalls
            syscalls.return_to_user(task)

    def timer_tick(self, task) -> None:
        """The host kernel's timer interrupt: count it and program the next one.
        (The KVM TLB-load monitor of the paper hooks in here.)"""
        self._tick(task.mm)

    def vm_tick(self, vm) -> None:
        """The host's timer interrupt taken while a guest runs (a root Int exit):
        khugepaged scans the VMM's mm, where guest RAM lives, and the KVM
        TLB-load monitor runs (the paper's balancer, kvm/monitor.py)."""
        self._tick(vm.mm)
        if vm.monitor is not None:
            vm.monitor.tick()

    def _tick(self, mm) -> None:
        self.stats["timer_ticks"] += 1
        if mm is not None and mm.thp != "never":
            # khugepaged: a little scanning per tick (one PMD range), in address order
            mm.collapse_scan(max_ranges=1)
        self.arm_timer()

    def reg_stats(self, st) -> None:
        self.procs.reg_stats(st)
        st.add("unaligned_instructions", self.stats["unaligned_instructions"],
               "Misaligned loads and stores emulated (Linux's debugfs mips/unaligned_instructions)")
        if self.core.tlb_mode:
            st.add("timer_ticks", self.stats["timer_ticks"], "Timer interrupts served by the kernel (in guest mode: timer_ticks the guest's, host.timer_ticks the host's)")
        tot = Counter(self.retired)
        for mm in self.mms:
            c = mm.counters()
            for k in _EVENTS + _STATES:
                tot[k] += c[k]
        st.add("minor_faults", tot["minor_faults"], "Pages allocated on first touch (all address spaces)")
        st.add("mem_pages_in_use", self.frames.in_use, "16 KB physical frames in use at exit")
        tot["frames_in_use"] = self.frames.in_use
        tot["frames_free"] = self.frames.free_frames
        tot["free_huge_blocks"] = self.frames.free_blocks()[-1]
        for k in _EVENTS[:6] + _STATES + ("frames_in_use", "frames_free", "free_huge_blocks", "cow_copies"):
            st.add(f"mm.{k}", tot[k], "Memory-manager counter (docs/thp.md)")
        if isinstance(self.tlb, LinuxTLB):
            for k, v in self.tlb.stats.items():
                st.add(f"kernel.tlb.{k}", v, "Linux TLB maintenance calls (tlb-r4k.c, context.c)")
