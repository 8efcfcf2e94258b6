"""Signal syscalls: dispositions, masks, waiting for signals, sending them.
Delivery (frames, default actions) is host/signals.py; dispatch acts on
pending signals when each syscall returns.

* kill, tgkill, tkill and rt_sigqueueinfo reach the processes and threads of
  the process model (proc.model); a process alone reaches only itself.
"""

from __future__ import annotations

import struct

from .. import abi, signals
from ..abi import s32, MASK64
from ..errors import GuestError, ESRCH, EINTR, EAGAIN, EINVAL, EPERM
from .common import EXITED, NORESULT, _read_timespec, syscall
from ..sched import Block
from .time import _sleep_block

def _valid_sig(signo):
    return 1 <= signo < abi.NSIG


@syscall("rt_sigaction")
def sys_rt_sigaction(proc, signo, act, oact, sigsetsize, *_):
    signo = s32(signo)
    if sigsetsize != abi.SIGSET_BYTES or not _valid_sig(signo):
        raise GuestError(EINVAL)
    sigs = proc.signals
    new = proc.mm.read(act, abi.SIGACTION.size) if act else None
    if new is not None and signo in (abi.SIGKILL, abi.SIGSTOP):
        raise GuestError(EINVAL)
    old = sigs.get_action(signo)
    if oact:
        proc.mm.write(oact, old)
    if new is not None:
        sigs.set_action(signo, new)
    return 0


@syscall("rt_sigprocmask")
def sys_rt_sigprocmask(proc, how, setp, oldp, sigsetsize, *_):
    if sigsetsize != abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    sigs = proc.signals
    old = sigs.blocked
    if setp:
        a, b = struct.unpack("<QQ", proc.mm.read(setp, 16))
        s = a | (b << 64)
        how = s32(how)
        if how == abi.SIG_BLOCK:
            new = old | s
        elif how == abi.SIG_UNBLOCK:
            new = old & ~s
        elif how == abi.SIG_SETMASK:
            new = s
        else:
            raise GuestError(EINVAL)
    if oldp:
        proc.mm.write(oldp, struct.pack("<QQ", old & MASK64, old >> 64))
    if setp:
        sigs.set_blocked(new)
    return 0


@syscall("rt_sigpending")
def sys_rt_sigpending(proc, setp, sigsetsize, *_):
    if sigsetsize > abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    sigs = proc.signals
    m = sigs.pending_mask() & sigs.blocked
    proc.mm.write(setp, m.to_bytes(16, "little")[:sigsetsize])
    return 0


@syscall("rt_sigreturn")
def sys_rt_sigreturn(proc, *_):
    signals.sigreturn(proc)
    return NORESULT


def _suspend(proc, new_mask, what):
    """pause/sigsuspend: sleep until a signal is acted on; always EINTR, and
    the handler's frame records the mask from before (ERESTARTNOHAND)."""
    sigs = proc.signals
    old = sigs.blocked
    sigs.set_blocked(new_mask)
    proc.sys_state.suspend_mask = old
    signals.check_timers(proc)
    if sigs.pending_mask() & ~sigs.blocked:
        return -EINTR
    raise Block(what, on_interrupt=lambda p: -EINTR, restart=False)


@syscall("rt_sigsuspend")
def sys_rt_sigsuspend(proc, maskp, sigsetsize, *_):
    if sigsetsize != abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    a, b = struct.unpack("<QQ", proc.mm.read(maskp, 16))
    return _suspend(proc, a | (b << 64), "sigsuspend")


@syscall("pause")
def sys_pause(proc, *_):
    return _suspend(proc, proc.signals.blocked, "pause")


@syscall("rt_sigtimedwait")
def sys_rt_sigtimedwait(proc, setp, infop, tsp, sigsetsize, *_):
    if sigsetsize != abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    a, b = struct.unpack("<QQ", proc.mm.read(setp, 16))
    want = (a | (b << 64)) & ~signals.UNBLOCKABLE
    timeout = _read_timespec(proc, tsp) if tsp else None
    sigs = proc.signals

    def take():
        signals.check_timers(proc)
        ready = sigs.pending_mask() & want
        if not ready:
            return None
        signo = (ready & -ready).bit_length()
        info = signals.dequeue(sigs, signo)
        if infop:
            proc.mm.write(infop, info)
        return signo

    got = take()
    if got is not None:
        return got
    if sigs.pending_mask() & ~sigs.blocked:
        return -EINTR
    if timeout == 0:
        raise GuestError(EAGAIN)
    # a signal of the set wakes the sleeper (send_process), which then takes it
    b = _sleep_block(proc, "sigtimedwait", timeout, timeout_result=-EAGAIN)
    b.sigwait = b.extra = want
    b.restart = False
    b.alarm_result = None
    b.retry = lambda p: take() or -EINTR
    raise b


@syscall("sigaltstack")
def sys_sigaltstack(proc, ss, old, *_):
    sigs = proc.signals
    sp = proc.machine.get_gpr(abi.REG_SP)
    new = proc.mm.read(ss, abi.STACK_T.size) if ss else None
    if old:
        proc.mm.write(old, sigs.altstack_bytes(sp))
    if new is not None:
        sigs.set_altstack(new, sp)
    return 0


def _send_self(proc, signo, code):
    if signo == 0:
        return 0
    signals.send(proc, signo, code, pid=proc.pid, uid=proc.uid)
    return 0


@syscall("kill")
def sys_kill(proc, pid, signo, *_):
    pid, signo = s32(pid), s32(signo)
    if not 0 <= signo < abi.NSIG:
        raise GuestError(EINVAL)
    model = getattr(proc, "model", None)
    if model is not None:
        model.kill(proc, pid, signo)
        return 0
    me = proc.pid
    if pid == -1 or pid not in (0, me, -me):
        raise GuestError(ESRCH)     # a process alone: -1 (all but us) and others find none
    return _send_self(proc, signo, abi.SI_USER)


def _tkill(proc, tgid, tid, signo):
    if tid <= 0 or not 0 <= signo < abi.NSIG:
        raise GuestError(EINVAL)
    model = getattr(proc, "model", None)
    if model is not None:
        model.tgkill(proc, tgid, tid, signo)
        return 0
    if tid != proc.pid or tgid not in (-1, proc.pid):
        raise GuestError(ESRCH)
    return _send_self(proc, signo, abi.SI_TKILL)


@syscall("tgkill")
def sys_tgkill(proc, tgid, tid, signo, *_):
    tgid, tid, signo = s32(tgid), s32(tid), s32(signo)
    if tgid <= 0:
        raise GuestError(EINVAL)
    return _tkill(proc, tgid, tid, signo)


@syscall("tkill")
def sys_tkill(proc, tid, signo, *_):
    return _tkill(proc, -1, s32(tid), s32(signo))


@syscall("rt_sigqueueinfo")
def sys_rt_sigqueueinfo(proc, pid, signo, infop, *_):
    pid, signo = s32(pid), s32(signo)
    if not 0 <= signo < abi.NSIG:
        raise GuestError(EINVAL)
    model = getattr(proc, "model", None)
    target = model.find_process(pid) if model is not None else (proc if pid == proc.pid else None)
    if target is None:
        raise GuestError(ESRCH)
    info = proc.mm.read(infop, abi.SIGINFO_SIZE)
    code = struct.unpack_from("<i", info, 4)[0]
    if code >= 0 or code == abi.SI_TKILL:
        raise GuestError(EPERM)
    if signo == 0:
        return 0
    value = struct.unpack_from("<Q", info, 24)[0]
    if model is not None:
        model.send_process(target, signo, code, sender=proc.pid, value=value)
    else:
        signals.send(proc, signo, code, pid=proc.pid, uid=proc.uid, value=value)
    return 0
