"""A simulated Linux process and the host kernel's exception handling.

The core runs user code until an exception; this module plays the kernel's
general exception vector (EBase+0x180): syscalls, page faults and the signals
Linux sends for the rest (arch/mips/kernel/traps.c)."""

from __future__ import annotations

import os
import random
import sys
from collections import Counter

from .. import loader
from ..core import EVENT_BUDGET, EVENT_EXCEPTION
from . import signals, syscalls
from .kernel import KernelFault
from .fs import FdTable, FsRoot
from .mm import USER_VA_LIMIT

# Cause.ExcCode (cpu.h)
EXC_MOD, EXC_TLBL, EXC_TLBS, EXC_ADEL, EXC_ADES = 1, 2, 3, 4, 5
EXC_IBE, EXC_DBE, EXC_SYS, EXC_BP, EXC_RI, EXC_CPU = 6, 7, 8, 9, 10, 11
EXC_OV, EXC_TR, EXC_FPE = 12, 13, 15
EXC_TLBRI, EXC_TLBXI = 19, 20
EXC_INT = 0

# MIPS signal numbers (asm/signal.h) and si_code values Linux uses here.
SIGILL, SIGTRAP, SIGFPE, SIGBUS, SIGSEGV = 4, 5, 8, 10, 11
FPE_INTDIV, FPE_INTOVF, FPE_FLTDIV, FPE_FLTOVF, FPE_FLTUND, FPE_FLTRES, FPE_FLTINV = 1, 2, 3, 4, 5, 6, 7
SEGV_MAPERR, SEGV_ACCERR = 1, 2
ILL_ILLOPC, BUS_ADRALN, TRAP_BRKPT = 1, 1, 1
BRK_OVERFLOW, BRK_DIVZERO = 6, 7     # asm/break.h

STACK_TOP = loader.DEFAULT_STACK_TOP
STACK_SIZE = loader.DEFAULT_STACK_SIZE  # RLIMIT_STACK default, like qemu-user's guest stack
SIM_EPOCH_NS = 1_767_225_600 * 10**9  # 2026-01-01T00:00:00Z: simulated time starts here
CPU_HZ = 1_000_000_000               # simulated clock for time syscalls: 1 GHz


class BudgetExceeded(Exception):
    pass


class Process:
    """One simulated program on the host kernel of a System's machine."""

    def __init__(self, kernel, exe: str, argv: list[str], envp: list[str], *, fs_root: str = "."):
        self.kernel = kernel
        self.core = kernel.core
        self.machine = self.core
        cfg = kernel.config
        self.mm = kernel.new_mm(mmap_top=STACK_TOP - STACK_SIZE - (1 << 30))
        if cfg.hugetlb_pages:
            self.mm.reserve_hugetlb(cfg.hugetlb_pages, prealloc=cfg.hugetlb_prealloc)
        kernel.switch_mm(self.mm)
        self.fs = FsRoot(fs_root)
        self.fds = FdTable.with_stdio()
        self.signals = signals.SignalState()
        self.rng = random.Random(kernel.system.config.seed)
        self.stats: Counter = Counter()
        self.exc_counts: Counter = Counter()
        self.argv, self.envp = list(argv), list(envp)
        self.exe_path = exe
        # /proc/self/exe shows the host path, as under qemu-user.
        self.exe_guest_path = os.path.abspath(exe).encode()
        self.pid = 1000
        self.running = True
        self.exit_code: int | None = None
        self.term_signal: int | None = None

        prog = loader.load_program(self.mm, exe, self.argv, self.envp, self.rng,
                                   exe_name=argv[0] if argv else exe,
                                   stack_top=STACK_TOP, stack_size=STACK_SIZE)
        self.program = prog
        self.mm.set_brk_base(prog.brk)
        # Linux start_thread: every GPR zero but sp ($v0 = 0 means no rtld_fini).
        self.core.set_gpr(29, prog.sp)
        self.core.pc = prog.entry

    # ---- services the syscall layer uses ----
    def clock_ns(self) -> int:
        return SIM_EPOCH_NS + self.cycles * (10**9 // CPU_HZ)

    @property
    def cycles(self) -> int:
        return self.core.icount + self.core.stall_cycles

    def warn(self, msg: str) -> None:
        sys.stderr.write(f"mipsvm: warning: {msg}\n")
        sys.stderr.flush()

    def exit_group(self, status: int) -> None:
        self.exit_code = status & 0xFF
        self.running = False

    def terminate_by_signal(self, signo: int) -> None:
        self.term_signal = signo
        self.running = False

    # ---- the run loop ----
    def run(self, max_insts: int | None = None, tracer=None) -> None:
        limit = max_insts if max_insts is not None else (1 << 64) - 1
        core = self.core
        while self.running:
            if tracer is not None and tracer.start <= core.icount < tracer.end:
                ev = tracer.step(core)                     # the logged loop
            else:
                stop = limit
                if tracer is not None and core.icount < tracer.start:
                    stop = min(limit, tracer.start)
                ev = core.run(stop)
            if ev == EVENT_BUDGET and core.icount < limit:
                continue                                   # a trace step or the window start
            if ev == EVENT_EXCEPTION:
                if tracer is not None and tracer.start <= core.icount < tracer.end:
                    tracer.exception(core)
                self.handle_exception()
            elif ev == EVENT_BUDGET:
                raise BudgetExceeded(f"instruction budget of {limit} exhausted at pc {core.pc:#x}")

    def handle_exception(self) -> None:
        self._serve_exception()
        if self.running:
            self.core.finish_exception()   # ERET back to the program

    def _serve_exception(self) -> None:
        core = self.core
        code = core.exc_code
        if core.tlb_mode and core.exc_epc >> 63:
            raise KernelFault(core)
        if code == EXC_INT:
            self.timer_tick()
            core.pc = core.exc_epc
            return
        self.exc_counts[code] += 1
        epc = core.exc_epc
        core.llbit = 0                   # ERET clears LLbit
        if code == EXC_SYS:
            core.pc = epc + 4
            syscalls.dispatch(self)
            return
        core.pc = epc                     # restart (or report) the faulting instruction
        bad = core.exc_badvaddr
        if code in (EXC_TLBL, EXC_TLBS, EXC_MOD, EXC_TLBRI, EXC_TLBXI):
            if self.mm.fault(bad, core.exc_access):
                self.stats["page_faults"] += 1
                return
            vma = self.mm.find_vma(bad)
            signals.deliver(self, SIGSEGV, SEGV_ACCERR if vma else SEGV_MAPERR, bad)
        elif code in (EXC_ADEL, EXC_ADES):
            # Outside the user segment: SIGSEGV. Misaligned: SIGBUS, as qemu-user
            # gives (Linux would emulate the access; docs/linux-abi.md).
            if bad >= USER_VA_LIMIT:
                signals.deliver(self, SIGSEGV, SEGV_MAPERR, bad)
            else:
                signals.deliver(self, SIGBUS, BUS_ADRALN, bad)
        elif code in (EXC_IBE, EXC_DBE):
            signals.deliver(self, SIGBUS, 0, bad)
        elif code in (EXC_RI, EXC_CPU):
            signals.deliver(self, SIGILL, ILL_ILLOPC, epc)
        elif code == EXC_OV:
            signals.deliver(self, SIGFPE, FPE_INTOVF, epc)
        elif code in (EXC_TR, EXC_BP):
            tcode = core.exc_tcode
            if code == EXC_BP and tcode >= 1 << 10:
                # do_bp: "break n" puts the code in the upper 10 bits of the 20-bit field
                tcode = ((tcode & 0x3FF) << 10) | (tcode >> 10)
            if tcode == BRK_DIVZERO:
                signals.deliver(self, SIGFPE, FPE_INTDIV, epc)
            elif tcode == BRK_OVERFLOW:
                signals.deliver(self, SIGFPE, FPE_INTOVF, epc)
            else:
                signals.deliver(self, SIGTRAP, TRAP_BRKPT, epc)
        elif code == EXC_FPE:
            signals.deliver(self, SIGFPE, self._fpe_code(), epc)
        else:
            signals.deliver(self, SIGILL, 0, epc)

    def timer_tick(self) -> None:
        """The host kernel's timer interrupt: count it and program the next one.
        (The KVM TLB-load monitor of the paper hooks in here.)"""
        self.stats["timer_ticks"] += 1
        if self.mm.thp != "never":
            # khugepaged: a little scanning per tick (one PMD range), in address order
            self.mm.collapse_scan(max_ranges=1)
        self.kernel.arm_timer()

    def reg_stats(self, st) -> None:
        st.add("syscalls", self.stats["syscalls"], "System calls served by the host kernel")
        st.add("page_faults", self.stats["page_faults"], "Faults served by demand paging")
        if self.core.tlb_mode:
            st.add("timer_ticks", self.stats["timer_ticks"], "Timer interrupts served by the host kernel")
        for key in sorted(k for k in self.stats if k.startswith("syscall.")):
            st.add(key, self.stats[key], "Calls of this system call")

    def _fpe_code(self) -> int:
        cause = (self.core.fcsr >> 12) & 0x3F
        for bit, si in ((0x10, FPE_FLTINV), (0x08, FPE_FLTDIV), (0x04, FPE_FLTOVF),
                        (0x02, FPE_FLTUND), (0x01, FPE_FLTRES)):
            if cause & bit:
                return si
        return 0
