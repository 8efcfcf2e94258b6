"""Time syscalls on the simulated clock (host/clock.py), and how a wait ends.

* CLOCK_REALTIME, CLOCK_MONOTONIC/BOOTTIME and the CPU-time clocks are those
  of proc.clock; nanosleep, clock_nanosleep, poll, select and futex timeouts
  advance simulated time instead of sleeping.
* A wait is a ``sched.Block``: the thread sleeps on the scheduler until a
  wake-up, its deadline or a signal (timers included).  When every thread
  waits and no timer can end a wait, that is a deadlock: one warning, then
  SIGKILL.  ``wait_alone`` is the same rule for a process with no scheduler.
* Virtual and profiling itimers are accepted but never fire.
* POSIX timers (timer_create & co.) run on the same clocks (host/posixtimer.py):
  the wall clocks fire when simulated time passes their expiry, the CPU-time
  clocks when the process has run long enough.
"""

from __future__ import annotations

import struct

from .. import abi, signals
from ..abi import s32
from ..errors import GuestError, EFAULT, EINTR, EINVAL, EOPNOTSUPP, EPERM
from ..sched import Block
from .common import EXITED, _read_timespec, _write_timespec, syscall

def _deadlock(proc, what):
    proc.warn("%s would wait forever (single-threaded guest, nothing can wake it); killing it" % what)
    signals.terminate(proc, abi.SIGKILL)
    return EXITED


def _alarm_before(proc, deadline, extra=0):
    """Deadline (monotonic ns) of an armed ITIMER_REAL that comes before
    ``deadline`` (None: unbounded).  It only counts when SIGALRM would be
    acted on (unblocked and not ignored) or is among ``extra``."""
    sigs, clock = proc.signals, proc.clock
    if clock.itimer_deadline is None:
        return None
    bit = signals.sigbit(abi.SIGALRM)
    if not extra & bit and (sigs.blocked & bit or sigs.is_ignored(abi.SIGALRM)):
        return None
    if deadline is not None and clock.itimer_deadline > deadline:
        return None
    return clock.itimer_deadline


def wait_alone(proc, block):
    """How a wait ends for a process that is alone (no scheduler: the test
    stand-in): at its deadline, at ITIMER_REAL, or never (a deadlock)."""
    if block.interruptible and proc.signals.pending_mask() & ~proc.signals.blocked:
        return block.on_interrupt(proc) if block.on_interrupt else -EINTR
    dl = _alarm_before(proc, block.deadline, getattr(block, "extra", 0)) if block.interruptible else None
    if dl is None and block.deadline is None:
        return _deadlock(proc, block.what)
    target = dl if dl is not None else block.deadline
    proc.clock.advance(max(0, target - proc.clock.monotonic_ns()))
    if dl is not None:
        signals.check_timers(proc)
        if getattr(block, "retry", None) is not None:
            return block.retry(proc)
        if block.on_interrupt is not None:
            return block.on_interrupt(proc)
        return getattr(block, "alarm_result", -EINTR)
    r = block.timeout_result
    return r(proc) if callable(r) else r


def _sleep_block(proc, what, ns, on_interrupt=None, timeout_result=0, queues=()):
    """A Block that ends after ns of simulated time (None: only a wake-up or a signal)."""
    deadline = None if ns is None else proc.clock.monotonic_ns() + ns
    return Block(what, queues=queues, deadline=deadline, timeout_result=timeout_result,
                 on_interrupt=on_interrupt)


def _clock_now(proc, clk):
    clk = s32(clk)
    if clk in (abi.CLOCK_REALTIME, abi.CLOCK_REALTIME_COARSE, abi.CLOCK_TAI,
               abi.CLOCK_REALTIME_ALARM):
        return proc.clock.realtime_ns()
    if clk in (abi.CLOCK_MONOTONIC, abi.CLOCK_MONOTONIC_RAW, abi.CLOCK_MONOTONIC_COARSE,
               abi.CLOCK_BOOTTIME, abi.CLOCK_BOOTTIME_ALARM):
        return proc.clock.monotonic_ns()
    if clk in (abi.CLOCK_PROCESS_CPUTIME_ID, abi.CLOCK_THREAD_CPUTIME_ID) or clk < 0:
        return proc.clock.cputime_ns()
    raise GuestError(EINVAL)


@syscall("clock_gettime")
def sys_clock_gettime(proc, clk, tp, *_):
    _write_timespec(proc, tp, _clock_now(proc, clk))
    return 0


@syscall("clock_getres")
def sys_clock_getres(proc, clk, tp, *_):
    _clock_now(proc, clk)
    if tp:
        coarse = s32(clk) in (abi.CLOCK_REALTIME_COARSE, abi.CLOCK_MONOTONIC_COARSE)
        _write_timespec(proc, tp, 4_000_000 if coarse else 1)
    return 0


@syscall("gettimeofday")
def sys_gettimeofday(proc, tv, tz, *_):
    if tv:
        ns = proc.clock.realtime_ns()
        proc.mm.write(tv, abi.TIMEVAL.pack(ns // 1_000_000_000, (ns // 1000) % 1_000_000))
    if tz:
        proc.mm.write(tz, bytes(8))
    return 0


@syscall("settimeofday")
def sys_settimeofday(proc, *_):
    raise GuestError(EPERM)


@syscall("clock_settime")
def sys_clock_settime(proc, *_):
    raise GuestError(EPERM)


@syscall("times")
def sys_times(proc, buf, *_):
    if buf:
        cpu = proc.clock.cputime_ns() * abi.CLK_TCK // 1_000_000_000
        proc.mm.write(buf, abi.TMS.pack(cpu, 0, 0, 0))
    return proc.clock.monotonic_ns() * abi.CLK_TCK // 1_000_000_000


def _nanosleep(proc, clk, flags, req, rem):
    want = _read_timespec(proc, req)
    now = _clock_now(proc, clk)
    if flags & abi.TIMER_ABSTIME:
        ns = max(0, want - now)
    else:
        ns = want
    if ns == 0:
        return 0
    deadline = proc.clock.monotonic_ns() + ns

    def interrupted(p):
        # hrtimer_nanosleep: the time left goes to rem, the call ends with EINTR
        if rem and not flags & abi.TIMER_ABSTIME:
            _write_timespec(p, rem, max(1, deadline - p.clock.monotonic_ns()))
        return -EINTR
    raise Block("nanosleep", deadline=deadline, on_interrupt=interrupted)


@syscall("nanosleep")
def sys_nanosleep(proc, req, rem, *_):
    return _nanosleep(proc, abi.CLOCK_MONOTONIC, 0, req, rem)


@syscall("clock_nanosleep")
def sys_clock_nanosleep(proc, clk, flags, req, rem, *_):
    if s32(clk) in (abi.CLOCK_THREAD_CPUTIME_ID,):
        raise GuestError(EINVAL)
    return _nanosleep(proc, clk, flags & 0xffffffff, req, rem)


@syscall("alarm")
def sys_alarm(proc, seconds, *_):
    clock = proc.clock
    old = 0
    if clock.itimer_deadline is not None:
        left = max(0, clock.itimer_deadline - clock.monotonic_ns())
        old = max(1, (left + 500_000_000) // 1_000_000_000) if left else 0
    clock.set_itimer((seconds & 0xffffffff) * 1_000_000_000, 0)
    return old


def _itimer_value(proc):
    clock = proc.clock
    if clock.itimer_deadline is None:
        return 0, clock.itimer_interval
    return max(1000, clock.itimer_deadline - clock.monotonic_ns()), clock.itimer_interval


def _pack_itimerval(interval_ns, value_ns):
    return abi.ITIMERVAL.pack(interval_ns // 1_000_000_000, (interval_ns // 1000) % 1_000_000,
                              value_ns // 1_000_000_000, (value_ns // 1000) % 1_000_000)


@syscall("getitimer")
def sys_getitimer(proc, which, cur, *_):
    which = s32(which)
    if which not in (0, 1, 2):
        raise GuestError(EINVAL)
    if which == abi.ITIMER_REAL:
        val, iv = _itimer_value(proc)
    else:
        val, iv = 0, 0
    proc.mm.write(cur, _pack_itimerval(iv, val))
    return 0


@syscall("setitimer")
def sys_setitimer(proc, which, new, old, *_):
    which = s32(which)
    if which not in (0, 1, 2):
        raise GuestError(EINVAL)
    if old:
        sys_getitimer(proc, which, old)
    if which != abi.ITIMER_REAL:
        return 0          # virtual/profiling timers are accepted but never fire
    if new:
        isec, iusec, vsec, vusec = abi.ITIMERVAL.unpack(proc.mm.read(new, 32))
        if not (0 <= iusec < 1_000_000 and 0 <= vusec < 1_000_000) or isec < 0 or vsec < 0:
            raise GuestError(EINVAL)
        proc.clock.set_itimer(vsec * 1_000_000_000 + vusec * 1000, isec * 1_000_000_000 + iusec * 1000)
    return 0


# ---------------------------------------------------------------------------
# POSIX timers (kernel/time/posix-timers.c; the timers are host/posixtimer.py)

_TIMER_CLOCKS_WALL = {abi.CLOCK_REALTIME: "realtime", abi.CLOCK_TAI: "realtime",
                      abi.CLOCK_REALTIME_ALARM: "realtime", abi.CLOCK_MONOTONIC: "monotonic",
                      abi.CLOCK_BOOTTIME: "monotonic", abi.CLOCK_BOOTTIME_ALARM: "monotonic"}
_NO_TIMERS = (abi.CLOCK_MONOTONIC_RAW, abi.CLOCK_REALTIME_COARSE, abi.CLOCK_MONOTONIC_COARSE)


def _timer_clock(proc, clk):
    """The timer's clock as a () -> ns function (clockid_to_kclock)."""
    clk = s32(clk)
    pc = proc.process.clock
    kind = _TIMER_CLOCKS_WALL.get(clk)
    if kind == "realtime":
        return clk, pc.realtime_ns
    if kind == "monotonic":
        return clk, pc.monotonic_ns
    if clk in (abi.CLOCK_PROCESS_CPUTIME_ID, abi.CLOCK_THREAD_CPUTIME_ID):
        return clk, pc.cputime_ns        # one CPU clock per process (threads share it)
    if clk in _NO_TIMERS:
        raise GuestError(EOPNOTSUPP)     # a k_clock without timer_create
    if clk < 0:
        # a CPU clock from clock_getcpuclockid: only this process's (pid 0 or ours, CPUCLOCK_SCHED)
        pid = ~clk >> 3
        if pid not in (0, proc.pid) or clk & 3 != 2:
            raise GuestError(EINVAL)
        return clk, pc.cputime_ns
    raise GuestError(EINVAL)


def _timer(proc, tid):
    t = proc.process.timers.get(s32(tid))
    if t is None:
        raise GuestError(EINVAL)
    return t


@syscall("timer_create")
def sys_timer_create(proc, clk, sevp, tidp, *_):
    from ..posixtimer import PosixTimer, SIGEV_NONE, SIGEV_SIGNAL, SIGEV_THREAD, SIGEV_THREAD_ID
    clk, now = _timer_clock(proc, clk)
    process = proc.process
    tid = getattr(process, "next_timer_id", 0)
    while tid in process.timers:
        tid = (tid + 1) & 0x7fffffff
    process.next_timer_id = (tid + 1) & 0x7fffffff
    target = None
    if sevp:
        # struct sigevent: sigval (8), signo, notify, then the union (_tid first)
        value, signo, notify, thread_id = struct.unpack("<Qiii", proc.mm.read(sevp, 20))
        if notify == SIGEV_SIGNAL | SIGEV_THREAD_ID:
            target = proc.model.tasks.get(thread_id)
            if target is None or target.process is not process or target.state == "dead":
                raise GuestError(EINVAL)
        elif notify not in (SIGEV_SIGNAL, SIGEV_THREAD, SIGEV_NONE):
            raise GuestError(EINVAL)
        if notify != SIGEV_NONE and not 0 < signo < abi.NSIG:
            raise GuestError(EINVAL)
        if notify == SIGEV_THREAD:
            notify = SIGEV_SIGNAL        # the kernel treats it as SIGEV_SIGNAL (glibc uses THREAD_ID)
    else:
        value, signo, notify = tid, abi.SIGALRM, SIGEV_SIGNAL
    t = PosixTimer(process, tid, clk, now, notify & ~SIGEV_THREAD_ID if target else notify, signo, value, target)
    try:
        proc.mm.write(tidp, struct.pack("<i", tid))
    except GuestError:
        raise GuestError(EFAULT) from None
    process.timers[tid] = t
    proc.model.sched.timers.append(t)
    return 0


def _pack_itimerspec(value, interval):
    return abi.TIMESPEC.pack(interval // 1_000_000_000, interval % 1_000_000_000) + \
        abi.TIMESPEC.pack(value // 1_000_000_000, value % 1_000_000_000)


@syscall("timer_gettime")
def sys_timer_gettime(proc, tid, cur, *_):
    value, interval = _timer(proc, tid).get()
    proc.mm.write(cur, _pack_itimerspec(value, interval))
    return 0


@syscall("timer_settime")
def sys_timer_settime(proc, tid, flags, new, old, *_):
    t = _timer(proc, tid)
    if not new:
        raise GuestError(EINVAL)
    interval, value = _read_timespec(proc, new), _read_timespec(proc, new + 16)
    if old:
        ov, oi = t.get()
        proc.mm.write(old, _pack_itimerspec(ov, oi))
    t.set(s32(flags), value, interval)
    return 0


@syscall("timer_getoverrun")
def sys_timer_getoverrun(proc, tid, *_):
    return _timer(proc, tid).get_overrun()


@syscall("timer_delete")
def sys_timer_delete(proc, tid, *_):
    t = _timer(proc, tid)
    t.delete()
    del proc.process.timers[t.id]
    if t in proc.model.sched.timers:
        proc.model.sched.timers.remove(t)
    return 0
