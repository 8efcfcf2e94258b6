"""POSIX interval timers (timer_create & co.) on the simulated clocks, after
kernel/time/posix-timers.c and kernel/signal.c (send_sigqueue, posixtimer_rearm).

A timer lives on its process (``Process.timers``, id -> PosixTimer) and on
the scheduler's list of timers: ``next_deadline()`` (monotonic ns, for the
wall clocks; None for the CPU-time clocks, which do not advance while the CPU
idles) and ``fire()``/``poll()``, called when time has moved.

As in Linux, a periodic timer whose signal is queued is not re-armed until the
signal is dequeued (delivered or taken by sigtimedwait): the expiries missed
meanwhile become the overrun (si_overrun, timer_getoverrun); an expiry while
the signal is still queued adds one to that siginfo's si_overrun.
"""

from __future__ import annotations

import struct

from . import abi, signals

SIGEV_SIGNAL, SIGEV_NONE, SIGEV_THREAD, SIGEV_THREAD_ID = 0, 1, 2, 4
TIMER_ABSTIME = 1
DELAYTIMER_MAX = 0x7fffffff          # timer_overrun_to_int saturates here
REQUEUE_PENDING = 1


class TimerSigInfo(bytearray):
    """The timer's preallocated siginfo (Linux's sigq): _timer = {tid, overrun,
    sigval} at offset 16.  ``on_dequeue`` is Linux's posixtimer_rearm."""

    timer = None
    sys_private = 0

    def on_dequeue(self):
        t = self.timer
        if t is not None:
            t.dequeued(self)
        return bytes(self)


class PosixTimer:
    def __init__(self, proc, tid, clockid, now, notify, signo, value, target):
        self.proc = proc                # the Process
        self.id = tid
        self.clockid = clockid
        self.now = now                  # () -> ns on the timer's clock
        self.wall = now is not None and clockid not in (abi.CLOCK_PROCESS_CPUTIME_ID,
                                                        abi.CLOCK_THREAD_CPUTIME_ID) and clockid >= 0
        self.notify, self.signo, self.value = notify, signo, value
        self.target = target            # the Task of SIGEV_THREAD_ID, else None (the process)
        self.expires = None             # ns on the timer's clock; None: disarmed
        self.interval = 0
        self.active = False             # armed and not waiting for its signal's dequeue
        self.overrun = -1               # it_overrun
        self.overrun_last = 0           # it_overrun_last
        self.requeue_pending = 0
        self.queued = None              # (SignalState, TimerSigInfo) while the signal is pending
        self.armed = True               # False once deleted or the process gone

    # ---- the scheduler's protocol
    def next_deadline(self):
        if not (self.armed and self.active and self.wall and self.proc.state == "alive"):
            return None
        clock = self.proc.clock
        return self.expires - self.now() + clock.monotonic_ns()

    def fire(self):
        self.poll()

    def poll(self):
        """Expire the timer if its time has come (posix_timer_fn)."""
        if not (self.armed and self.active) or self.proc.state != "alive":
            return
        if self.now() < self.expires:
            return
        if self.notify == SIGEV_NONE:
            return
        si_private = 0
        if self.interval:
            self.requeue_pending += 1
            si_private = self.requeue_pending
        self.active = False
        if not self._send(si_private) and self.interval:
            # ignored: not re-armed from the delivery path, so re-arm here
            self.overrun += self._forward()
            self.requeue_pending += 1
            self.active = True

    # ---- Linux's helpers
    def _forward(self) -> int:
        """hrtimer_forward: move expires past now by whole intervals; how many."""
        now = self.now()
        if now < self.expires:
            return 0
        k = (now - self.expires) // self.interval + 1
        self.expires += k * self.interval
        return k

    def _send(self, si_private) -> bool:
        """send_sigqueue: queue the timer's siginfo (or count an overrun when it
        is still pending).  False when the signal is ignored."""
        model, proc = self.proc.model, self.proc
        if self.queued is not None:
            st, info = self.queued
            if any(x is info for x in st.pending.get(self.signo, ())):
                struct.pack_into("<i", info, 20, min(DELAYTIMER_MAX, struct.unpack_from("<i", info, 20)[0] + 1))
                return True
            self.queued = None
        thread = self.target
        if thread is not None and (thread.state == "dead" or thread.process is not proc):
            return True                 # the thread is gone: nothing to signal
        live = proc.live_threads
        if not live:
            return True
        if thread is None:
            thread = next((t for t in live if not t.signals.blocked & signals.sigbit(self.signo)), live[0])
        st = thread.signals
        if not st.blocked & signals.sigbit(self.signo) and st.is_ignored(self.signo):
            return False
        info = TimerSigInfo(abi.SIGINFO_SIZE)
        # MIPS siginfo: signo, code, errno, pad; _timer = {tid, overrun, sigval} at 16
        struct.pack_into("<iiiiiiQ", info, 0, self.signo, abi.SI_TIMER, 0, 0, self.id, 0, self.value)
        info.timer, info.sys_private = self, si_private
        self.queued = (st, info)
        model.send_process(proc, self.signo, abi.SI_TIMER, thread=thread, info=info)
        return True

    def dequeued(self, info) -> None:
        """posixtimer_rearm: the signal leaves the queue; a periodic timer of
        the same arming is forwarded past now and its overrun reported."""
        if self.queued is not None and self.queued[1] is info:
            self.queued = None
        if self.armed and self.interval and self.requeue_pending == info.sys_private:
            self.overrun += self._forward()
            self.active = True
            self.overrun_last = self.overrun
            self.overrun = -1
            self.requeue_pending += 1
            base = struct.unpack_from("<i", info, 20)[0]
            struct.pack_into("<i", info, 20, min(DELAYTIMER_MAX, self.overrun_last + base))

    # ---- the syscalls' operations
    def get(self):
        """common_timer_get: (remaining ns, interval ns)."""
        iv = self.interval
        if self.expires is None or not iv and not self.active and self.notify != SIGEV_NONE:
            return 0, iv
        if iv and (self.requeue_pending & REQUEUE_PENDING or self.notify == SIGEV_NONE):
            self.overrun += self._forward()
        remaining = self.expires - self.now()
        if remaining <= 0:
            return (0 if self.notify == SIGEV_NONE else 1), iv
        return remaining, iv

    def set(self, flags, value, interval):
        """common_timer_set: disarm, then arm for value (absolute with
        TIMER_ABSTIME) with the given period."""
        self.interval = 0
        self.active = False
        self.requeue_pending = (self.requeue_pending + 2) & ~REQUEUE_PENDING
        self.overrun_last = 0
        self.expires = None
        if not value:
            return
        self.interval = interval
        self.expires = value if flags & TIMER_ABSTIME else self.now() + value
        self.active = self.notify != SIGEV_NONE
        if self.notify == SIGEV_NONE:
            self.active = False
        self.poll()                     # an expiry already past fires at once

    def get_overrun(self) -> int:
        return min(DELAYTIMER_MAX, self.overrun_last)

    def delete(self) -> None:
        self.armed = False
        self.active = False
        self.expires = None
