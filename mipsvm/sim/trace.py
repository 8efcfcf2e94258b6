"""Traces from the logged loop (`mipsvm run --trace FILE`, `--debug-flags`).

The core has two compilations of one interpreter loop (mipsvm/core/loop.h):
the fast loop, with no hooks, and the logged loop, which writes records
(retired instructions, register changes, memory accesses, exceptions entered
inside the loop, TLB writes, ERETs) into a C buffer that Python drains when
it is full or when the loop returns. `LoggedRun` is the HostKernel.run hook
(the `tracer` argument): inside its instruction window it runs the logged
loop, outside it the fast loop, untouched.

The hook protocol HostKernel.run uses (the gdb stub implements it too):
    run(core, stop) -> event      run the core up to icount `stop` or an event
    exception(core, task)         a reported exception, before the kernel serves it
    served(core, task)            ... and after
"""

from __future__ import annotations

import functools
import struct
from typing import NamedTuple

from ..core import DBG, DREC, DSTOP, EVENT_DEBUG
from ..cp0.exc import EXC_STAT_NAMES
from ..isa import disasm as _disasm

# Loops run the same (word, pc) over and over: disassemble each once.
disasm = functools.lru_cache(maxsize=1 << 16)(_disasm)
REC = struct.Struct("<BBHIQQQQ")
FOREVER = (1 << 64) - 1


class Rec(NamedTuple):
    """One record of the logged loop (fields as in mipsvm/core/dbg.h)."""
    kind: int
    flags: int
    a: int
    w: int
    n: int              # icount (mipsvm/core/dbg.h)
    x: int
    y: int
    z: int


def records(blob: bytes):
    return (Rec(*t) for t in REC.iter_unpack(blob))


class Insn(NamedTuple):
    """A retired instruction with what it did."""
    icount: int         # instructions retired before it
    pc: int
    word: int
    guest: bool
    kernel: bool
    regs: list          # [(gdb register number, new value)]
    mem: list           # [(address, size, value, is_store)]


class LoggedRun:
    """Runs the logged loop inside [start, end) and hands each record group to
    on_insn / on_exc / on_tlbw / on_eret. `record`: the DBG_* names to record."""

    record: tuple = ("insn",)

    def __init__(self, start: int = 0, end: int | None = None):
        self.start = start
        self.end = end if end is not None else FOREVER
        self._mem: list = []
        self._regs: list = []
        self._events: list = []      # TLBW/ERET records of the instruction being assembled
        self.record_insns = True
        self.icount = 0          # instructions retired, as the records go

    def in_window(self, icount: int) -> bool:
        return self.start <= icount < self.end

    # ---- the HostKernel.run hook
    def run(self, core, stop: int) -> int:
        if core.icount < self.start:
            return core.run(min(stop, self.start))
        if core.icount >= self.end:
            return core.run(stop)
        core.dbg_record = sum(DBG[n] for n in self.record)
        self.record_insns = "insn" in self.record
        self.icount = core.icount
        while True:
            ev = core.run_logged(min(stop, self.end))
            self.consume(core, core.dbg_drain())
            if ev != EVENT_DEBUG or core.dbg_stop()[0] != DSTOP["full"]:
                return ev

    def exception(self, core, task) -> None:
        pass

    def served(self, core, task) -> None:
        pass

    def close(self) -> None:
        pass

    # ---- records
    def consume(self, core, blob: bytes) -> None:
        for r in records(blob):
            k = r.kind
            if k == DREC["mem"]:
                self._mem.append((r.x, r.a & 0xFF, r.y & ((1 << (8 * (r.a & 0xFF))) - 1), bool(r.a & 0x100)))
            elif k == DREC["reg"]:
                self._regs.append((r.a, r.x))
            elif k == DREC["insn"]:
                self.on_insn(core, Insn(r.x, r.y, r.w, bool(r.flags & 1), bool(r.flags & 2), self._regs, self._mem))
                self._regs, self._mem = [], []
                self._flush_events(core)         # the instruction's TLB write / ERET, after its line
                self.icount = r.x + 1
            elif k == DREC["exc"]:
                self._regs, self._mem = [], []
                self._flush_events(core)
                self.icount = r.n
                self.on_exc(core, r)
            elif k in (DREC["tlbw"], DREC["eret"]):
                self._events.append(r)
        if not self.record_insns:
            self._flush_events(core)              # no INSN record will close the group

    def _flush_events(self, core) -> None:
        for r in self._events:
            self.icount = r.n
            (self.on_tlbw if r.kind == DREC["tlbw"] else self.on_eret)(core, r)
        self._events = []

    def on_insn(self, core, insn: Insn) -> None:
        pass

    def on_exc(self, core, r: Rec) -> None:
        pass

    def on_tlbw(self, core, r: Rec) -> None:
        pass

    def on_eret(self, core, r: Rec) -> None:
        pass


def mode_char(guest: bool, kernel: bool) -> str:
    c = "K" if kernel else "U"
    return c.lower() if guest else c


class Tracer(LoggedRun):
    """`--trace`: one line per retired instruction in the window, one per TLB
    refill (before the handler's instructions) and per exception the host
    kernel serves. Mode: K/U root kernel/user, k/u the guest's."""

    record = ("insn", "exc")

    def __init__(self, out, start: int = 0, count: int | None = None):
        super().__init__(start, start + count if count is not None else None)
        self.out = out

    def on_insn(self, core, i: Insn) -> None:
        self.out.write(f"{i.icount:>12}: {mode_char(i.guest, i.kernel)} {i.pc:#018x}: {i.word:08x}  "
                       f"{disasm(i.word, i.pc)}\n")

    def on_exc(self, core, r: Rec) -> None:
        if r.flags & 2:
            self.out.write(f"{self.icount:>12}: -- TLB refill, BadVAddr {r.y:#x}\n")
        else:
            name = EXC_STAT_NAMES.get(r.a, str(r.a))
            self.out.write(f"{self.icount:>12}: -- exception {name} (ExcCode {r.a}) epc {r.x:#x}"
                           f" -> {r.z:#x}{' (guest)' if r.flags & 1 else ''}\n")

    def exception(self, core, task) -> None:
        if not self.in_window(core.icount):
            return
        code = core.exc_code
        name = EXC_STAT_NAMES.get(code, str(code))
        self.out.write(f"{core.icount:>12}: -- exception {name} (ExcCode {code}) epc {core.exc_epc:#x}"
                       f"{' bd' if core.exc_bd else ''} badvaddr {core.exc_badvaddr:#x}\n")

    def close(self) -> None:
        self.out.flush()
