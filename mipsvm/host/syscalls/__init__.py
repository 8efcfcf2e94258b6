"""The Linux MIPS64 n64 system call layer: one entry point, one table.

``dispatch(proc)`` serves one SYSCALL exception: the number is in $v0
(5000 + n64 number), the arguments in $a0..$a5.  Handlers return a plain
integer (or raise ``GuestError``); dispatch then applies the MIPS kernel's
convention (arch/mips/kernel/scall64-n64.S): a raw result r with
``(unsigned)r >= -EMAXERRNO`` (i.e. -1133..-1) is an error: $v0 = -r and
$a3 = 1; anything else is success: $v0 = r, $a3 = 0.  Only $v0 and $a3 are
written (and $v1 for the old-style ``pipe``), as qemu does.

Unknown or unimplemented syscalls return ENOSYS and print exactly one
``mipsvm: warning: unsupported syscall NAME (NUMBER)`` per distinct number,
except ``set_robust_list`` and ``rseq``, which return ENOSYS silently exactly
like qemu-mips64el 7.2 (glibc copes).

A handler that must wait raises ``sched.Block``; dispatch hands it to
``proc.sleep`` (the process model puts the thread to sleep and restarts or
completes the syscall later; a single-threaded stand-in returns the result at
once).  ``resume(proc)`` is the return to user mode after a wait a signal
ended: EINTR or a restart, then signal delivery.

The handlers live in one module per family and register themselves in
``common.TABLE`` (n64 number -> (name, handler)) with ``@syscall(name)``:

    files        path-based: open, stat, access, getdents, readlink, mkdir,
                 unlink, rename, link, chmod, chown, utimes, chdir, virtual files
    descriptors  read/write and friends, lseek, sendfile, close, dup, fcntl,
                 pipe, ioctl, fsync, poll/select
    memory       brk, mmap (files too), munmap, mprotect, mremap, madvise,
                 msync, mlock, cacheflush
    processes    exit, ids, process groups, rlimits, prctl, scheduling, wait,
                 futex
    time         clocks, sleeps, alarm and itimers (on the simulated clock,
                 host/clock.py), and the waiting rules shared by all families
    signal       sigaction, sigprocmask, sigsuspend, sigtimedwait, sigaltstack,
                 kill and friends (delivery itself is host/signals.py)
    sysinfo      uname, sysinfo, getrandom, personality

Each module's docstring states its deterministic stand-ins for host facts.
What a handler uses of the process is declared by host/interface.py (Proc).
"""

from __future__ import annotations

from .. import abi, signals
from ..abi import MASK64
from ..errors import GuestError, from_oserror, EINTR, EMAXERRNO, ENOSYS
from ..interface import Proc
from . import descriptors, files, memory, processes, signal, sysinfo, time  # noqa: F401  (they register)
from .common import EXITED, NORESULT, TABLE, SysState  # noqa: F401
from .memory import _mapped_keys
from ..sched import Block, complete_syscall

SILENT_ENOSYS = {abi.SYSCALL_NUMBERS["set_robust_list"], abi.SYSCALL_NUMBERS["rseq"]}


def _bump(stats, key):
    stats[key] = stats.get(key, 0) + 1


def dispatch(proc: Proc):
    m = proc.machine
    nr = m.get_gpr(abi.REG_V0)
    entry = TABLE.get(nr)
    stats = proc.stats
    _bump(stats, "syscalls")
    st = proc.sys_state
    proc.clock.start()
    if entry is None:
        name = abi.SYSCALL_NAMES.get(nr - abi.SYSCALL_BASE, "unknown") \
            if nr >= abi.SYSCALL_BASE else "unknown"
        _bump(stats, "syscall." + name)
        if nr not in SILENT_ENOSYS and nr not in st.warned:
            st.warned.add(nr)
            proc.warn("unsupported syscall %s (%d)" % (name, nr))
        result = -ENOSYS
    else:
        name, fn = entry
        _bump(stats, "syscall." + name)
        args = (m.get_gpr(4), m.get_gpr(5), m.get_gpr(6), m.get_gpr(7), m.get_gpr(8), m.get_gpr(9))
        model = getattr(proc, "model", None)
        tracer = getattr(model.kernel, "strace", None) if model is not None else None
        if tracer is not None:
            tracer.enter(proc, name, args)
        file_maps = proc.mm.file_maps
        mapped, after = _mapped_keys(proc, name, args) if file_maps.maps else ((), None)
        for key in mapped:
            file_maps.sync(key)
        try:
            result = fn(proc, *args)
        except GuestError as e:
            result = -e.errno
        except OSError as e:          # a host call a handler did not wrap
            result = -from_oserror(e).errno
        except Block as b:
            result = proc.sleep(b)
            if result is None:
                return                # asleep, or a signal already ends the wait (resume)
        if after and proc.mm is not None:
            for key in mapped:
                file_maps.sync(key)
        if tracer is not None:
            tracer.exit(proc, result if isinstance(result, int) else
                        (result[0] if isinstance(result, tuple) else None))
    if result is EXITED:
        return
    if result is not NORESULT:
        v1 = None
        if isinstance(result, tuple):
            result, v1 = result
        r = result & MASK64
        if r >= (1 << 64) - EMAXERRNO:
            m.set_gpr(abi.REG_V0, (-r) & MASK64)
            m.set_gpr(abi.REG_A3, 1)
        else:
            m.set_gpr(abi.REG_V0, r)
            m.set_gpr(abi.REG_A3, 0)
            if v1 is not None:
                m.set_gpr(abi.REG_V1, v1 & MASK64)
    return_to_user(proc)


def return_to_user(proc: Proc) -> None:
    """Deliver pending signals; after sigsuspend/ppoll/pselect the first
    handler frame records the caller's mask, which is restored otherwise."""
    st = proc.sys_state
    saved = st.suspend_mask
    st.suspend_mask = None
    sigs = proc.signals
    if saved is not None:
        before = sigs.frames
        if signals.deliver_pending(proc, saved_mask=saved):
            return
        if sigs.frames == before:
            sigs.set_blocked(saved)
        return
    signals.deliver_pending(proc)


def resume(proc) -> None:
    """A thread goes back to user mode (it was just scheduled, or its wait
    ended at once).  A wait a signal ended becomes -EINTR, or restarts when
    the signal's handler has SA_RESTART (or there is no handler), as
    handle_signal / ERESTARTSYS do; then signals are delivered."""
    block = getattr(proc, "interrupted", None)
    if block:
        proc.interrupted = None
        m = proc.machine
        sigs = proc.signals
        signo = signals._next_signal(sigs)
        handler = sigs.handlers[signo] if signo else abi.SIG_DFL
        if block.on_interrupt is not None:
            complete_syscall(m, block.on_interrupt(proc))
        elif handler in (abi.SIG_DFL, abi.SIG_IGN) and signo != abi.SIGKILL:
            pass                                  # restart (a stop, or nothing to run)
        elif not (block.restart and sigs.flags[signo] & abi.SA_RESTART):
            complete_syscall(m, -EINTR)
    if getattr(proc, "state", "running") == "running":
        return_to_user(proc)


__all__ = ["dispatch", "resume", "return_to_user", "TABLE", "SysState", "NORESULT", "EXITED"]
