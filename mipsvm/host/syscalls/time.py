"""Time syscalls on the simulated clock (host/clock.py), and how a wait ends.

* CLOCK_REALTIME, CLOCK_MONOTONIC/BOOTTIME and the CPU-time clocks are those
  of proc.clock; nanosleep, clock_nanosleep, poll, select and futex timeouts
  advance simulated time instead of sleeping.
* A wait is a ``sched.Block``: the thread sleeps on the scheduler until a
  wake-up, its deadline or a signal (timers included).  When every thread
  waits and no timer can end a wait, that is a deadlock: one warning, then
  SIGKILL.  ``wait_alone`` is the same rule for a process with no scheduler.
* Virtual and profiling itimers are accepted but never fire.
"""

from __future__ import annotations

from .. import abi, signals
from ..abi import s32
from ..errors import GuestError, EINTR, EINVAL, EPERM
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
