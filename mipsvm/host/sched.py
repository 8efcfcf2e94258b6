"""Threads on one CPU: wait queues, sleeping and waking, and a deterministic
round-robin scheduler with an instruction quantum.

Everything here is kernel-independent: a kernel (the host kernel, later the
guest kernel model) owns one ``Scheduler`` and hands it the machine whose
registers are saved and restored (``cpu``, with get_gpr/set_gpr/pc/...),
a ``switch_mm(mm)`` callable and the global simulated clock.  The scheduler
never reaches into a System.

Sleeping follows Linux's restart convention (kernel/signal.c, ERESTARTSYS):
a syscall that must wait raises ``Block``; the thread's pc is put back on its
SYSCALL instruction, so a thread woken from a wait queue simply executes the
syscall again and finds what it waited for.  A wait that ends with a value
(a futex woken, a timeout) completes the syscall instead: the result goes into
the sleeper's saved $v0/$a3 and its pc moves past the SYSCALL.  A signal
interrupts an interruptible wait; what happens then (EINTR, or restart after a
SA_RESTART handler) is decided when the thread next returns to user mode.
"""

from __future__ import annotations

import heapq
from collections import deque

from .abi import MASK64, REG_A3, REG_V0

RUNNING, RUNNABLE, BLOCKED, STOPPED, DEAD = "running", "runnable", "blocked", "stopped", "dead"
QUANTUM = 1_000_000           # instructions a thread runs before the next runnable one


class Block(Exception):
    """Raised by a syscall handler: the calling thread waits.

    queues: WaitQueues whose wake() restarts the syscall; deadline: monotonic
    ns at which the wait ends with ``timeout_result`` (None: never);
    interruptible: a deliverable signal ends it; on_interrupt(task) -> the
    syscall result when a signal ends it (None: -EINTR, or a restart when
    the handler has SA_RESTART and ``restart`` is true)."""

    def __init__(self, what, queues=(), deadline=None, timeout_result=0, interruptible=True,
                 on_interrupt=None, restart=True):
        super().__init__(what)
        self.what = what
        self.queues = tuple(queues)
        self.deadline = deadline
        self.timeout_result = timeout_result
        self.interruptible = interruptible
        self.on_interrupt = on_interrupt
        self.restart = restart


class WaitQueue:
    """Threads sleeping on one condition (a pipe, a futex word, a child's exit)."""

    __slots__ = ("waiters",)

    def __init__(self):
        self.waiters: list = []

    def __bool__(self):
        return bool(self.waiters)

    def wake(self, n=None, result=None) -> int:
        """Wake up to n waiters (all by default), oldest first.  With result
        their syscall completes with it, otherwise it restarts."""
        woken = 0
        for t in list(self.waiters):
            if n is not None and woken >= n:
                break
            if t.sched.wake(t, result):
                woken += 1
        return woken


class SavedCPU:
    """The registers of a thread that is not on the CPU (interface.Machine)."""

    __slots__ = ("gpr", "fpr", "hi", "lo", "_pc", "fcsr", "userlocal")

    def __init__(self, state: dict):
        self.gpr = list(state["gpr"])
        self.fpr = list(state["fpr"])
        self.hi, self.lo, self._pc = state["hi"], state["lo"], state["pc"]
        self.fcsr, self.userlocal = state["fcsr"], state["userlocal"]

    def get_gpr(self, i):
        return self.gpr[i & 31]

    def set_gpr(self, i, v):
        if i & 31:
            self.gpr[i & 31] = v & MASK64

    def get_fpr(self, i):
        return self.fpr[i & 31]

    def set_fpr(self, i, v):
        self.fpr[i & 31] = v & MASK64

    @property
    def pc(self):
        return self._pc

    @pc.setter
    def pc(self, v):
        self._pc = v & MASK64

    def load_into(self, cpu) -> None:
        for i in range(1, 32):
            cpu.set_gpr(i, self.gpr[i])
        for i in range(32):
            cpu.set_fpr(i, self.fpr[i])
        cpu.hi, cpu.lo, cpu.fcsr, cpu.userlocal = self.hi, self.lo, self.fcsr, self.userlocal
        cpu.pc = self._pc
        cpu.llbit = 0                 # a context switch breaks an LL/SC pair (ERET clears LLbit)


class Deadlock(Exception):
    """Every thread waits for something no thread or timer can bring."""


class Scheduler:
    """The run queue, the sleepers with deadlines, and context switches.

    Threads (``task`` objects) carry: ``sched`` (this scheduler), ``state``,
    ``saved`` (SavedCPU or None while on the CPU), ``mm``, ``block`` (the
    Block it sleeps on), ``interrupted``, ``syscall_pc`` and ``insts``."""

    def __init__(self, cpu, switch_mm, clock, quantum: int = QUANTUM):
        self.cpu = cpu
        self.switch_mm = switch_mm
        self.clock = clock
        self.quantum = quantum
        self.runq: deque = deque()
        self.current = None
        self._sleepers: list = []          # heap of (deadline, seq, task)
        self._seq = 0
        self.timers: list = []             # objects with next_deadline() and fire(): itimers, POSIX timers
        self.switches = 0
        self.icount_in = 0                 # core.icount when current was switched in

    # ---- state changes
    def add(self, task) -> None:
        """A new thread, runnable (after the ones already waiting, as Linux's
        default of running the parent first after fork)."""
        task.sched = self
        task.state = RUNNABLE
        self.runq.append(task)

    def sleep(self, task, block: Block) -> None:
        """The current thread waits (its pc is already on the SYSCALL)."""
        task.state = BLOCKED
        task.block = block
        task.interrupted = False
        for q in block.queues:
            q.waiters.append(task)
        if block.deadline is not None:
            self._seq += 1
            heapq.heappush(self._sleepers, (block.deadline, self._seq, task))

    def _unqueue(self, task) -> None:
        b = task.block
        if b is not None:
            for q in b.queues:
                if task in q.waiters:
                    q.waiters.remove(task)

    def wake(self, task, result=None) -> bool:
        """End task's wait: restart its syscall, or complete it with result."""
        if task.state != BLOCKED:
            return False
        self._unqueue(task)
        if result is not None:
            # the sleeper may still be the CPU's current thread (it slept alone): its registers are there
            complete_syscall(task.saved if task.saved is not None else self.cpu, result)
        task.block = None
        task.state = RUNNABLE
        self.runq.append(task)
        return True

    def interrupt(self, task) -> None:
        """A signal arrived for a sleeping thread: end an interruptible wait."""
        if task.state == BLOCKED and task.block is not None and task.block.interruptible:
            block = task.block
            self._unqueue(task)
            task.interrupted = block
            task.block = None
            task.state = RUNNABLE
            self.runq.append(task)

    def stop(self, task) -> None:
        """SIGSTOP: off the CPU until continue_() (a sleeper keeps its wait)."""
        if task.state in (RUNNABLE, RUNNING):
            if task in self.runq:
                self.runq.remove(task)
            task.state = STOPPED
            task.stopped_from = None
        elif task.state == BLOCKED:
            task.stopped_from = task.block
            self._unqueue(task)
            task.block = None
            task.state = STOPPED

    def continue_(self, task) -> None:
        if task.state == STOPPED:
            task.state = RUNNABLE
            task.stopped_from = None      # the interrupted syscall restarts (ERESTARTSYS)
            self.runq.append(task)

    def remove(self, task) -> None:
        """A thread ends."""
        self._unqueue(task)
        if task in self.runq:
            self.runq.remove(task)
        task.state = DEAD
        task.block = None
        if self.current is task:
            self.account(task)
            self.current = None

    def yield_(self, task) -> None:
        """sched_yield and the end of a quantum: to the back of the run queue."""
        if task.state in (RUNNING, RUNNABLE) and task not in self.runq:
            task.state = RUNNABLE
            self.runq.append(task)

    # ---- time
    def expire(self) -> None:
        """Wake sleepers whose deadline has passed; fire due timers."""
        now = self.clock.monotonic_ns()
        for t in self.timers:
            d = t.next_deadline()
            if d is not None and d <= now:
                t.fire()
            elif d is None and hasattr(t, "poll"):
                t.poll()                   # a CPU-time timer: no deadline on the wall clock
        heap = self._sleepers
        while heap and heap[0][0] <= now:
            _, _, task = heapq.heappop(heap)
            b = task.block
            if task.state == BLOCKED and b is not None and b.deadline is not None and b.deadline <= now:
                r = b.timeout_result
                self.wake(task, r(task) if callable(r) else r)

    def next_event(self):
        """The earliest deadline of a sleeper or a timer (None: nothing pending)."""
        cands = []
        while self._sleepers:
            d, _, task = self._sleepers[0]
            b = task.block
            if task.state == BLOCKED and b is not None and b.deadline == d:
                cands.append(d)
                break
            heapq.heappop(self._sleepers)       # a stale entry
        for t in self.timers:
            d = t.next_deadline()
            if d is not None:
                cands.append(d)
        return min(cands) if cands else None

    def pick(self):
        """The next thread to run; idles the CPU (moves the clock on) while
        every thread sleeps.  Raises Deadlock when nothing can ever run."""
        while True:
            self.expire()
            while self.runq:
                t = self.runq.popleft()
                if t.state == RUNNABLE:
                    return t
            ev = self.next_event()
            if ev is None:
                raise Deadlock()
            self.clock.advance(max(0, ev - self.clock.monotonic_ns()))

    # ---- the CPU
    def account(self, task) -> None:
        n = self.cpu.icount - self.icount_in
        task.insts += n
        self.icount_in = self.cpu.icount

    def switch_to(self, task) -> None:
        """Put task on the CPU: save the previous thread's registers, load
        task's, and switch address spaces when they differ (ASID tagged, no
        TLB flush: switch_mm)."""
        prev = self.current
        task.state = RUNNING
        if prev is task:
            return
        self.switches += 1
        if prev is not None:
            self.account(prev)
            prev.saved = SavedCPU(self.cpu.state())
            if prev.state == RUNNING:
                prev.state = RUNNABLE
        else:
            self.icount_in = self.cpu.icount
        if prev is None or prev.mm is not task.mm:
            self.switch_mm(task.mm)
        task.saved.load_into(self.cpu)
        task.saved = None
        self.current = task


def complete_syscall(cpu, result) -> None:
    """The n64 return convention (scall64-n64.S) into a thread's registers,
    and its pc past the SYSCALL."""
    from .errors import EMAXERRNO
    r = result & MASK64
    if r >= (1 << 64) - EMAXERRNO:
        cpu.set_gpr(REG_V0, (-r) & MASK64)
        cpu.set_gpr(REG_A3, 1)
    else:
        cpu.set_gpr(REG_V0, r)
        cpu.set_gpr(REG_A3, 0)
    cpu.pc = cpu.pc + 4


__all__ = ["Block", "WaitQueue", "Scheduler", "SavedCPU", "Deadlock", "complete_syscall", "QUANTUM"]
