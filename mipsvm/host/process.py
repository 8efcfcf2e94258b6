"""A simulated Linux process and the host kernel's exception handling.

The core runs user code until an exception; this module plays the kernel's
general exception vector (EBase+0x180): syscalls, page faults and the signals
Linux sends for the rest (arch/mips/kernel/traps.c)."""

from __future__ import annotations

import os
import random
import sys
from collections import Counter
from functools import cached_property

from .. import loader
from ..core import EVENT_BUDGET, EVENT_EXCEPTION
from ..cp0 import Exc
from . import abi, signals, syscalls
from .abi import BUS_ADRALN, SEGV_ACCERR, SEGV_MAPERR, SIGBUS, SIGSEGV
from .clock import CPU_HZ, SIM_EPOCH_NS, Clock
from .kernel import KernelFault
from .fs import FdTable, FsRoot
from .mm import USER_VA_LIMIT

STACK_TOP = loader.DEFAULT_STACK_TOP
STACK_SIZE = loader.DEFAULT_STACK_SIZE  # RLIMIT_STACK default, like qemu-user's guest stack


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

    # ---- what the syscall layer and signals use (interface.Proc) ----
    uid = gid = abi.UID

    @property
    def ppid(self) -> int:
        return self.pid - 1

    @property
    def mem_size(self) -> int:
        return self.core.mem_size

    def clock_ns(self) -> int:
        return SIM_EPOCH_NS + self.cycles * (10**9 // CPU_HZ)

    @cached_property
    def clock(self) -> Clock:
        return Clock(self.clock_ns)

    @cached_property
    def sys_state(self) -> syscalls.SysState:
        return syscalls.SysState()

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
        if code == Exc.Int:
            self.timer_tick()
            core.pc = core.exc_epc
            return
        self.exc_counts[code] += 1
        epc = core.exc_epc
        core.llbit = 0                   # ERET clears LLbit
        if code == Exc.Sys:
            core.pc = epc + 4
            syscalls.dispatch(self)
            return
        core.pc = epc                     # restart (or report) the faulting instruction
        bad = core.exc_badvaddr
        if code in (Exc.TLBL, Exc.TLBS, Exc.Mod, Exc.TLBRI, Exc.TLBXI):
            if self.mm.fault(bad, core.exc_access):
                self.stats["page_faults"] += 1
                return
            vma = self.mm.find_vma(bad)
            signals.deliver(self, SIGSEGV, SEGV_ACCERR if vma else SEGV_MAPERR, bad)
        elif code in (Exc.AdEL, Exc.AdES):
            # Outside the user segment: SIGSEGV. Misaligned: SIGBUS, as qemu-user
            # gives (Linux would emulate the access; docs/linux-abi.md).
            if bad >= USER_VA_LIMIT:
                signals.deliver(self, SIGSEGV, SEGV_MAPERR, bad)
            else:
                signals.deliver(self, SIGBUS, BUS_ADRALN, bad)
        else:
            signals.deliver(self, *signals.exception_signal(code, core.exc_tcode, core.fcsr, epc))

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
