"""Simulated time: the clocks a process reads and its ITIMER_REAL deadline.

Time comes from the cycle count, never from the host, so a run is
deterministic: ``source()`` gives nanoseconds since the Unix epoch for the
cycles run so far (Process.clock_ns: SIM_EPOCH_NS plus one nanosecond per cycle
at CPU_HZ).  Sleeps and timeouts run no instructions; they move the clock on by
a slept offset instead.

* CLOCK_REALTIME: source() + slept.
* CLOCK_MONOTONIC and BOOTTIME: MONOTONIC_START_NS at the first syscall
  (``start()``), then advancing with the cycles and with sleeps.
* CPU-time clocks: the cycles since the first syscall (sleeping uses no CPU).
* ITIMER_REAL (alarm, setitimer): a deadline on the monotonic clock; the signal
  layer asks ``alarm_due()`` at syscall boundaries and sends SIGALRM.
"""

from __future__ import annotations

from typing import Callable

SIM_EPOCH_NS = 1_767_225_600 * 10**9  # 2026-01-01T00:00:00Z: simulated time starts here
CPU_HZ = 1_000_000_000                # simulated clock for time syscalls: 1 GHz
MONOTONIC_START_NS = 100 * 10**9      # "uptime" at the first syscall


class Clock:
    def __init__(self, source: Callable[[], int]):
        self.source = source
        self.boot_ns: int | None = None     # source() at the first syscall
        self.slept_ns = 0
        self.itimer_deadline: int | None = None   # monotonic ns; None: disarmed
        self.itimer_interval = 0

    def start(self) -> None:
        """Called on every syscall; the first one fixes the monotonic origin."""
        if self.boot_ns is None:
            self.boot_ns = self.source()

    def realtime_ns(self) -> int:
        return self.source() + self.slept_ns

    def monotonic_ns(self) -> int:
        src = self.source()
        boot = src if self.boot_ns is None else self.boot_ns   # before the first syscall: the start
        return src - boot + self.slept_ns + MONOTONIC_START_NS

    def cputime_ns(self) -> int:
        return 0 if self.boot_ns is None else max(0, self.source() - self.boot_ns)

    def advance(self, ns: int) -> None:
        """Let simulated time pass without executing instructions (sleeps, timeouts)."""
        if ns > 0:
            self.slept_ns += ns

    def set_itimer(self, value_ns: int, interval_ns: int) -> None:
        """Arm ITIMER_REAL to expire value_ns from now (0 disarms it)."""
        self.itimer_interval = interval_ns
        self.itimer_deadline = self.monotonic_ns() + value_ns if value_ns else None

    def alarm_due(self) -> bool:
        """True once when ITIMER_REAL has expired; a periodic timer is re-armed
        past now (expirations missed meanwhile collapse into one signal)."""
        if self.itimer_deadline is None:
            return False
        now = self.monotonic_ns()
        if now < self.itimer_deadline:
            return False
        if self.itimer_interval:
            periods = (now - self.itimer_deadline) // self.itimer_interval + 1
            self.itimer_deadline += periods * self.itimer_interval
        else:
            self.itimer_deadline = None
        return True


class ProcessClock:
    """One process's view (interface.Proc.clock): the system's clocks, its own
    CPU time (cpu_ns: the instructions its threads ran) and its ITIMER_REAL."""

    def __init__(self, clock: Clock, cpu_ns: Callable[[], int]):
        self.clock = clock
        self.cpu_ns = cpu_ns
        self.itimer_deadline: int | None = None
        self.itimer_interval = 0

    def start(self) -> None:
        self.clock.start()

    def realtime_ns(self) -> int:
        return self.clock.realtime_ns()

    def monotonic_ns(self) -> int:
        return self.clock.monotonic_ns()

    def cputime_ns(self) -> int:
        return self.cpu_ns()

    def advance(self, ns: int) -> None:
        self.clock.advance(ns)

    set_itimer = Clock.set_itimer
    alarm_due = Clock.alarm_due

    def next_deadline(self):
        return self.itimer_deadline
