"""Signals for the simulated (single-threaded) MIPS n64 Linux process.

Numbering is MIPS's (asm/signal.h).  Dispositions are set with rt_sigaction
(n64 ``struct sigaction``: u32 sa_flags first, then sa_handler, then a 128-bit
sa_mask; there is no sa_restorer on MIPS).

Delivery to a handler builds the n64 ``struct rt_sigframe`` of
arch/mips/kernel/signal.c on the user stack (32 bytes below $sp, or on the
alternate stack for SA_ONSTACK, 16-byte aligned):

    +0    u32 rs_ass[4]        argument save area
    +16   u32 rs_code[2]       "li v0, 5211; syscall"  (old kernels' trampoline, kept for unwinders)
    +24   siginfo_t rs_info    128 bytes, MIPS order: si_signo, si_code, si_errno
    +152  ucontext rs_uc       uc_flags, uc_link, uc_stack, uc_mcontext (sigcontext), uc_sigmask

and enters the handler with $a0 = signo, $a1 = &rs_info, $a2 = &rs_uc,
$sp = frame, $ra = trampoline, $t9 = $pc = handler.  There is no vDSO, so the
trampoline ("li v0, 5211; syscall", n64 rt_sigreturn) lives in a read+exec page
mapped (mm.mmap, anywhere) at the first handler delivery, like qemu 7.2's
sigtramp page and Linux's vDSO: it works when the stack is not executable.  If
that page cannot be mapped, $ra points at the copy in the frame's rs_code.  rt_sigreturn restores
$1..$31, HI, LO, PC, the 32 FPRs, FCSR, the signal mask and the altstack from
the frame.

Sources of signals:
* ``deliver(proc, signo, code, addr)``: synchronous faults from the host kernel
  (SIGSEGV/SIGBUS/SIGILL/SIGFPE/SIGTRAP).  Linux ``force_sig`` semantics: if the
  signal is blocked or ignored the disposition is reset to SIG_DFL (so the
  process dies).  Before calling it the host kernel must set ``machine.pc`` to
  the faulting instruction (EPC, i.e. the branch when the fault is in a delay
  slot), which is what the frame saves and what sigreturn resumes at.
* ``send(proc, signo, ...)``: kill/tgkill/raise/alarm; the signal becomes
  pending and is acted on by ``deliver_pending(proc)``, which the syscall layer
  calls when every syscall returns.  The host run loop may also call it between
  instructions (never between a branch and its delay slot).

Default actions: terminate (HUP INT KILL PIPE ALRM TERM USR1 USR2 PWR IO VTALRM
PROF and real-time signals), terminate with core (QUIT ILL TRAP ABRT EMT FPE BUS
SEGV SYS XCPU XFSZ), ignore (CHLD WINCH URG CONT).  Stop signals (STOP TSTP TTIN
TTOU) stop the process when it provides ``stop_process`` (the process model
does); SIGCONT continues it when sent (the kernel's send path).
Termination runs ``state.exit_hooks`` (e.g. MAP_SHARED write-back) and then
``proc.terminate_by_signal(signo)``.
"""

from __future__ import annotations

import struct

from ..cp0 import Exc
from . import abi
from .abi import (SIGKILL, SIGSTOP, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGSYS, SIGALRM,
                  SIG_DFL, SIG_IGN, SA_SIGINFO, SA_ONSTACK, SA_RESETHAND, SA_NODEFER, NSIG,
                  SS_ONSTACK, SS_DISABLE, SS_AUTODISARM, MINSIGSTKSZ, MASK64)
from .errors import GuestError, EINVAL, EPERM, ENOMEM, EFAULT
from .interface import Proc

# "li v0, 5211" (addiu $2, $0, 5211) and "syscall"
SIGRETURN_CODE = struct.pack("<II", 0x24020000 | (abi.SYSCALL_NUMBERS["rt_sigreturn"]), 0x0000000c)

DFL_TERM, DFL_CORE, DFL_IGNORE, DFL_STOP = "term", "core", "ignore", "stop"
_CORE = {abi.SIGQUIT, SIGILL, SIGTRAP, abi.SIGABRT, abi.SIGEMT, SIGFPE, SIGBUS, SIGSEGV, SIGSYS,
         abi.SIGXCPU, abi.SIGXFSZ}
_IGNORE = {abi.SIGCHLD, abi.SIGWINCH, abi.SIGURG, abi.SIGCONT}
_STOP = {SIGSTOP, abi.SIGTSTP, abi.SIGTTIN, abi.SIGTTOU}
SYNCHRONOUS = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGSYS}
UNBLOCKABLE = (1 << (SIGKILL - 1)) | (1 << (SIGSTOP - 1))
ALL_SIGNALS = (1 << (NSIG - 1)) - 1        # bits for signals 1..127

# glibc's strsignal() texts (what qemu prints in "uncaught target signal N (TEXT)")
DESCRIPTIONS = {
    1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap",
    6: "Aborted", 7: "EMT trap", 8: "Floating point exception", 9: "Killed", 10: "Bus error",
    11: "Segmentation fault", 12: "Bad system call", 13: "Broken pipe", 14: "Alarm clock",
    15: "Terminated", 16: "User defined signal 1", 17: "User defined signal 2", 18: "Child exited",
    19: "Power failure", 20: "Window changed", 21: "Urgent I/O condition", 22: "I/O possible",
    23: "Stopped (signal)", 24: "Stopped", 25: "Continued", 26: "Stopped (tty input)",
    27: "Stopped (tty output)", 28: "Virtual timer expired", 29: "Profiling timer expired",
    30: "CPU time limit exceeded", 31: "File size limit exceeded",
}


def default_action(signo):
    if signo in _CORE:
        return DFL_CORE
    if signo in _IGNORE:
        return DFL_IGNORE
    if signo in _STOP:
        return DFL_STOP
    return DFL_TERM


def core_dumps(signo):
    """True for signals whose default action dumps core (qemu then prints
    'qemu: uncaught target signal N (TEXT) - core dumped')."""
    return signo in _CORE


def describe(signo):
    if signo in DESCRIPTIONS:
        return DESCRIPTIONS[signo]
    if abi.SIGRTMIN <= signo < NSIG:
        return "Real-time signal %d" % (signo - abi.SIGRTMIN)
    return "Unknown signal %d" % signo


def host_signo(signo):
    """The host signal number with the same name (None if the host has none)."""
    import signal as _hs
    name = abi.SIGNAL_NAMES.get(signo)
    if name is None:
        if abi.SIGRTMIN <= signo < NSIG:
            n = _hs.SIGRTMIN + (signo - abi.SIGRTMIN)
            return n if n <= _hs.SIGRTMAX else None
        return None
    v = getattr(_hs, name, None)
    return int(v) if v is not None else None


def trap_signal(code, like_qemu=False, brk=False):
    """(signo, si_code) for a trap (Tcc) or, with brk, a BREAK with this code field.

    Linux (arch/mips/kernel/traps.c do_trap_or_bp): BRK_DIVZERO -> SIGFPE
    FPE_INTDIV, BRK_OVERFLOW -> SIGFPE FPE_INTOVF; any other BREAK -> SIGTRAP
    TRAP_BRKPT (force_sig_fault) except BRK_BUG and BRK_MEMU, and any other trap
    -> SIGTRAP SI_KERNEL (force_sig).  qemu 7.2 delivers SIGTRAP for all of them
    (toolchain.md pitfall 2): pass like_qemu=True.
    """
    if not like_qemu:
        if code == abi.BRK_DIVZERO:
            return SIGFPE, abi.FPE_INTDIV
        if code == abi.BRK_OVERFLOW:
            return SIGFPE, abi.FPE_INTOVF
    if brk and code not in (abi.BRK_BUG, abi.BRK_MEMU):
        return SIGTRAP, abi.TRAP_BRKPT
    return SIGTRAP, abi.SI_KERNEL


def fpe_code(fcsr):
    """si_code for an FPU exception (EXC_FPE): the first of V, Z, O, U, I set in
    FCSR.Cause, enabled or not, since do_fpe passes the raw fcr31 to
    force_fcr31_sig; FPE_FLTUNK when none is (only Cause.E)."""
    cause = (fcsr >> 12) & 0x3f
    for bit, si_code in ((0x10, abi.FPE_FLTINV), (0x08, abi.FPE_FLTDIV), (0x04, abi.FPE_FLTOVF),
                         (0x02, abi.FPE_FLTUND), (0x01, abi.FPE_FLTRES)):
        if cause & bit:
            return si_code
    return abi.FPE_FLTUNK


def exception_signal(exc, tcode=0, fcsr=0, epc=0):
    """(signo, si_code, si_addr) Linux sends for an exception taken in user mode
    and handled by arch/mips/kernel/traps.c (not TLB or address errors).

    tcode: the core's code field of the BREAK (20 bits) or Tcc (10 bits, 0 for
    the immediate forms); fcsr: FCSR at the exception; epc: its EPC."""
    if exc == Exc.Ov:
        return SIGFPE, abi.FPE_INTOVF, epc                         # do_ov
    if exc == Exc.FPE:
        return SIGFPE, fpe_code(fcsr), epc                         # do_fpe
    if exc in (Exc.Tr, Exc.Bp):
        if exc == Exc.Bp and tcode >= 1 << 10:
            # do_bp: old assemblers put "break n" in the upper 10 bits of the field
            tcode = ((tcode & 0x3ff) << 10) | (tcode >> 10)
        signo, si_code = trap_signal(tcode, brk=exc == Exc.Bp)
        return signo, si_code, epc if signo == SIGFPE else 0
    if exc in (Exc.IBE, Exc.DBE):
        return SIGBUS, abi.SI_KERNEL, 0                            # do_be: force_sig
    # do_ri, do_cpu (CP0, CP2, CP3), do_mdmx, do_dsp...: force_sig(SIGILL)
    return SIGILL, abi.SI_KERNEL, 0


def sigbit(signo):
    return 1 << (signo - 1)


def make_siginfo(signo, code=0, errno=0, addr=None, pid=None, uid=0, value=None, status=None):
    """128-byte MIPS siginfo_t (si_signo, si_code, si_errno order)."""
    buf = bytearray(abi.SIGINFO_SIZE)
    struct.pack_into("<iii", buf, 0, signo, code, errno)
    if addr is not None:
        struct.pack_into("<Q", buf, 16, addr & MASK64)
    elif pid is not None:
        struct.pack_into("<iI", buf, 16, pid, uid)
        if status is not None:
            struct.pack_into("<i", buf, 24, status)
        elif value is not None:
            struct.pack_into("<Q", buf, 24, value & MASK64)
    return bytes(buf)


class SigHand:
    """What a process's threads share (Linux's sighand_struct and a little of
    the process): dispositions, the exit hooks, the sigreturn trampoline page."""

    def __init__(self):
        self.handlers = [SIG_DFL] * NSIG
        self.flags = [0] * NSIG
        self.masks = [0] * NSIG
        self.exit_hooks = []       # callables(proc) run before termination by a signal
        self.sigpage = None        # address of the rt_sigreturn trampoline page

    def copy(self):
        """fork: the same dispositions (the trampoline is at the same place in the copied mm)."""
        h = SigHand()
        h.handlers, h.flags, h.masks = list(self.handlers), list(self.flags), list(self.masks)
        h.exit_hooks = list(self.exit_hooks)
        h.sigpage = self.sigpage
        return h

    def exec_reset(self):
        """flush_signal_handlers: caught signals go back to SIG_DFL, ignored stay ignored."""
        for s in range(NSIG):
            if self.handlers[s] != SIG_IGN:
                self.handlers[s] = SIG_DFL
            self.flags[s] = 0
            self.masks[s] = 0
        self.exit_hooks = []
        self.sigpage = None


def _shared(name):
    return property(lambda self: getattr(self.sighand, name),
                    lambda self, v: setattr(self.sighand, name, v))


class SignalState:
    """One thread's signal state: its mask, pending signals and altstack, and
    (shared by the threads of a process) the dispositions in ``sighand``."""

    handlers = _shared("handlers")
    flags = _shared("flags")
    masks = _shared("masks")
    exit_hooks = _shared("exit_hooks")
    sigpage = _shared("sigpage")

    def __init__(self, sighand=None):
        self.sighand = sighand if sighand is not None else SigHand()
        self.blocked = 0
        self.pending = {}          # signo -> [siginfo bytes, ...]
        self.ss_sp = 0
        self.ss_size = 0
        self.ss_flags = SS_DISABLE
        self.frames = 0            # handler frames set up (statistics)

    def for_thread(self, sighand=None, keep_altstack=False):
        """A new thread's state: the mask inherited, nothing pending (copy_process)."""
        st = SignalState(sighand if sighand is not None else self.sighand)
        st.blocked = self.blocked
        if keep_altstack:
            st.ss_sp, st.ss_size, st.ss_flags = self.ss_sp, self.ss_size, self.ss_flags
        return st

    def deliverable(self, signo):
        """Whether signo, if sent now, would be acted on (wake a sleeper)."""
        return signo == SIGKILL or not (self.blocked & sigbit(signo) or self.is_ignored(signo))

    # -- masks ------------------------------------------------------------------
    def set_blocked(self, mask):
        self.blocked = mask & ALL_SIGNALS & ~UNBLOCKABLE

    def pending_mask(self):
        m = 0
        for s, q in self.pending.items():
            if q:
                m |= sigbit(s)
        return m

    def is_ignored(self, signo):
        h = self.handlers[signo]
        return h == SIG_IGN or (h == SIG_DFL and default_action(signo) == DFL_IGNORE)

    # -- sigaction ----------------------------------------------------------------
    def get_action(self, signo):
        return abi.SIGACTION.pack(self.flags[signo] & 0xffffffff, self.handlers[signo],
                                  self.masks[signo] & MASK64, (self.masks[signo] >> 64) & MASK64)

    def set_action(self, signo, data):
        flags, handler, m0, m1 = abi.SIGACTION.unpack(data)
        self.flags[signo] = flags
        self.handlers[signo] = handler
        self.masks[signo] = (m0 | (m1 << 64)) & ALL_SIGNALS & ~UNBLOCKABLE
        if self.is_ignored(signo):
            # POSIX: setting a pending signal to be ignored discards it
            self.pending.pop(signo, None)

    # -- altstack -----------------------------------------------------------------
    def on_altstack(self, sp):
        if self.ss_flags & SS_DISABLE or not self.ss_size:
            return False
        return self.ss_sp < sp <= self.ss_sp + self.ss_size

    def altstack_flags_for(self, sp):
        if self.ss_flags & SS_DISABLE or not self.ss_size:
            return SS_DISABLE
        return SS_ONSTACK if self.on_altstack(sp) else (self.ss_flags & SS_AUTODISARM)

    def altstack_bytes(self, sp):
        return abi.STACK_T.pack(self.ss_sp, self.ss_size, self.altstack_flags_for(sp))

    def set_altstack(self, data, sp):
        ss_sp, ss_size, ss_flags = abi.STACK_T.unpack(data)
        if self.on_altstack(sp):
            raise GuestError(EPERM)
        mode = ss_flags & ~SS_AUTODISARM
        if mode not in (0, SS_DISABLE, SS_ONSTACK):
            raise GuestError(EINVAL)
        if mode == SS_DISABLE:
            self.ss_sp, self.ss_size, self.ss_flags = 0, 0, SS_DISABLE
            return
        if ss_size < MINSIGSTKSZ:
            raise GuestError(ENOMEM)
        self.ss_sp, self.ss_size, self.ss_flags = ss_sp, ss_size, ss_flags & SS_AUTODISARM


# ---------------------------------------------------------------------------
# Sending and delivering

def send(proc: Proc, signo, code=abi.SI_USER, pid=None, uid=0, addr=None, value=None):
    """Make ``signo`` pending (kill/tgkill/alarm...).  Acted on by deliver_pending()."""
    st = proc.signals
    if not 1 <= signo < NSIG:
        raise GuestError(EINVAL)
    if not st.blocked & sigbit(signo) and st.is_ignored(signo) and signo != SIGKILL:
        return
    info = make_siginfo(signo, code, addr=addr, pid=pid if pid is not None else proc.pid,
                        uid=uid, value=value)
    q = st.pending.setdefault(signo, [])
    if signo < abi.SIGRTMIN:
        if q:
            return          # standard signals do not queue
    q.append(info)


def _next_signal(st):
    deliverable = st.pending_mask() & ~st.blocked
    if not deliverable:
        return None
    for s in sorted(SYNCHRONOUS):
        if deliverable & sigbit(s):
            return s
    return (deliverable & -deliverable).bit_length()


def dequeue(st, signo):
    q = st.pending.get(signo)
    info = q.pop(0)
    if not q:
        del st.pending[signo]
    rearm = getattr(info, "on_dequeue", None)       # a POSIX timer's siginfo: posixtimer_rearm
    return rearm() if rearm is not None else info


def deliver_pending(proc: Proc, saved_mask=None):
    """Act on every deliverable pending signal (handler frames stack up).

    ``saved_mask``: the mask to record in the first frame instead of the current
    one (rt_sigsuspend/pselect restore the caller's mask this way).
    Returns True if the process was terminated.
    """
    st = proc.signals
    check_timers(proc)
    while True:
        signo = _next_signal(st)
        if signo is None:
            return False
        info = dequeue(st, signo)
        before = st.frames
        if _act(proc, signo, info, saved_mask):
            return True
        if st.frames != before:
            saved_mask = None


def deliver(proc: Proc, signo, code=0, addr=0):
    """Synchronous fault: force ``signo`` now (blocked/ignored -> default action)."""
    hook = getattr(proc, "debug_signal", None)     # a debugger stops first; it may discard the signal
    if hook is not None and not hook(signo):
        return False
    st = proc.signals
    bit = sigbit(signo)
    if st.handlers[signo] == SIG_IGN or st.blocked & bit:
        st.handlers[signo] = SIG_DFL
        st.blocked &= ~bit
    info = make_siginfo(signo, code, addr=addr)
    if _act(proc, signo, info):
        return True
    return deliver_pending(proc)


def terminate(proc: Proc, signo):
    st = proc.signals
    for hook in list(st.exit_hooks):
        try:
            hook(proc)
        except Exception:      # a failing flush must not hide the signal
            pass
    proc.terminate_by_signal(signo)


def _act(proc: Proc, signo, info, saved_mask=None):
    """Apply the disposition of one signal; True when the process was terminated."""
    st = proc.signals
    handler = st.handlers[signo]
    if signo == SIGKILL:
        handler = SIG_DFL
    if handler == SIG_IGN:
        return False
    if handler == SIG_DFL:
        act = default_action(signo)
        if act == DFL_STOP:
            stop = getattr(proc, "stop_process", None)
            if stop is not None:
                stop(signo)
            return False
        if act == DFL_IGNORE:
            return False
        terminate(proc, signo)
        return True
    try:
        setup_frame(proc, signo, info, saved_mask)
    except GuestError:
        # Linux force_sigsegv: could not build the frame
        if signo == SIGSEGV:
            st.handlers[SIGSEGV] = SIG_DFL
            terminate(proc, SIGSEGV)
            return True
        st.handlers[SIGSEGV] = SIG_DFL
        st.blocked &= ~sigbit(SIGSEGV)
        terminate(proc, SIGSEGV)
        return True
    return False


def setup_frame(proc: Proc, signo, info, saved_mask=None):
    st = proc.signals
    m = proc.machine
    flags = st.flags[signo]
    handler = st.handlers[signo]
    sp = m.get_gpr(abi.REG_SP)
    if st.on_altstack(sp) and not st.on_altstack(sp - abi.RT_SIGFRAME_SIZE - 32):
        raise GuestError(EFAULT)      # would overflow the alternate stack
    orig_sp = sp
    sp -= 32
    if flags & SA_ONSTACK and not (st.ss_flags & SS_DISABLE) and st.ss_size and not st.on_altstack(sp):
        sp = st.ss_sp + st.ss_size
    frame = (sp - abi.RT_SIGFRAME_SIZE) & ~15 & MASK64

    buf = bytearray(abi.RT_SIGFRAME_SIZE)
    buf[abi.RS_CODE:abi.RS_CODE + 8] = SIGRETURN_CODE
    buf[abi.RS_INFO:abi.RS_INFO + abi.SIGINFO_SIZE] = info
    uc = abi.RS_UC
    buf[uc + abi.UC_STACK:uc + abi.UC_STACK + abi.STACK_T.size] = st.altstack_bytes(orig_sp)
    sc = uc + abi.UC_MCONTEXT
    regs = [0] + [m.get_gpr(i) & MASK64 for i in range(1, 32)]
    struct.pack_into("<32Q", buf, sc + abi.SC_REGS, *regs)
    fprs = [m.get_fpr(i) & MASK64 for i in range(32)]
    struct.pack_into("<32Q", buf, sc + abi.SC_FPREGS, *fprs)
    struct.pack_into("<Q", buf, sc + abi.SC_MDHI, m.hi & MASK64)
    struct.pack_into("<Q", buf, sc + abi.SC_MDLO, m.lo & MASK64)
    struct.pack_into("<Q", buf, sc + abi.SC_PC, m.pc & MASK64)
    struct.pack_into("<II", buf, sc + abi.SC_FPC_CSR, m.fcsr & 0xffffffff,
                     abi.USED_FP | abi.USED_FR1)
    mask = st.blocked if saved_mask is None else saved_mask
    struct.pack_into("<QQ", buf, uc + abi.UC_SIGMASK, mask & MASK64, (mask >> 64) & MASK64)
    proc.mm.write(frame, bytes(buf))

    if flags & SA_ONSTACK and st.ss_flags & SS_AUTODISARM:
        st.ss_sp, st.ss_size, st.ss_flags = 0, 0, SS_DISABLE

    m.set_gpr(abi.REG_A0, signo)
    m.set_gpr(abi.REG_A1, frame + abi.RS_INFO)
    m.set_gpr(abi.REG_A2, frame + abi.RS_UC)
    m.set_gpr(abi.REG_SP, frame)
    m.set_gpr(abi.REG_RA, _trampoline(proc, st) or (frame + abi.RS_CODE))
    m.set_gpr(abi.REG_T9, handler)
    m.pc = handler

    block = st.masks[signo]
    if not flags & SA_NODEFER:
        block |= sigbit(signo)
    st.set_blocked(st.blocked | block)
    if flags & SA_RESETHAND:
        st.handlers[signo] = SIG_DFL
        st.flags[signo] &= ~SA_SIGINFO
    st.frames += 1
    return frame


def _trampoline(proc: Proc, st):
    if st.sigpage is None:
        st.sigpage = 0
        mm = proc.mm
        try:
            a = mm.mmap(0, abi.PAGE_SIZE, abi.PROT_READ | abi.PROT_WRITE,
                        abi.MAP_PRIVATE | abi.MAP_ANONYMOUS)
            mm.write(a, SIGRETURN_CODE)
            mm.mprotect(a, abi.PAGE_SIZE, abi.PROT_READ | abi.PROT_EXEC)
            st.sigpage = a
        except GuestError:
            st.sigpage = 0
    return st.sigpage


def sigreturn(proc: Proc):
    """rt_sigreturn: restore the context saved by setup_frame (frame at $sp)."""
    st = proc.signals
    m = proc.machine
    frame = m.get_gpr(abi.REG_SP)
    try:
        uc = proc.mm.read(frame + abi.RS_UC, abi.UC_SIGMASK + abi.SIGSET_BYTES)
    except GuestError:
        deliver(proc, SIGSEGV, abi.SI_KERNEL, 0)
        return
    sc = abi.UC_MCONTEXT
    m0, m1 = struct.unpack_from("<QQ", uc, abi.UC_SIGMASK)
    st.set_blocked(m0 | (m1 << 64))
    regs = struct.unpack_from("<32Q", uc, sc + abi.SC_REGS)
    for i in range(1, 32):
        m.set_gpr(i, regs[i])
    m.hi = struct.unpack_from("<Q", uc, sc + abi.SC_MDHI)[0]
    m.lo = struct.unpack_from("<Q", uc, sc + abi.SC_MDLO)[0]
    fcsr, used_math = struct.unpack_from("<II", uc, sc + abi.SC_FPC_CSR)
    if used_math & abi.USED_FP:
        fprs = struct.unpack_from("<32Q", uc, sc + abi.SC_FPREGS)
        for i in range(32):
            m.set_fpr(i, fprs[i])
        m.fcsr = fcsr
    m.pc = struct.unpack_from("<Q", uc, sc + abi.SC_PC)[0]
    # restore_altstack: errors are ignored, as in the kernel
    try:
        st.set_altstack(uc[abi.UC_STACK:abi.UC_STACK + abi.STACK_T.size], m.get_gpr(abi.REG_SP))
    except GuestError:
        pass


# ---------------------------------------------------------------------------
# ITIMER_REAL / alarm

def check_timers(proc: Proc):
    if proc.clock.alarm_due():
        send(proc, SIGALRM, abi.SI_KERNEL, pid=0)
    for t in list(getattr(getattr(proc, "process", None), "timers", {}).values()):
        t.poll()                                     # POSIX timers (posixtimer.py)
