"""Execution trace (`mipsvm run --trace FILE`): one line per instruction inside a
window, plus one line per exception. The fast loop is untouched: outside the
window the core runs at full speed, inside it steps one instruction at a time
from Python (the "logged loop"), so tracing costs nothing when it is off."""

from __future__ import annotations

from ..isa import disasm
from ..cp0.exc import EXC_STAT_NAMES


class Tracer:
    def __init__(self, out, start: int = 0, count: int | None = None):
        self.out = out
        self.start = start
        self.end = start + count if count is not None else (1 << 64) - 1

    def step(self, core) -> int:
        """Run one instruction and log what retired (a refill taken on the way
        is logged first: the handler's instructions follow)."""
        icount, refills = core.icount, core.tlb_stats()["refills_taken"] if core.tlb_mode else 0
        ev = core.run(icount + 1)
        if core.tlb_mode and core.tlb_stats()["refills_taken"] != refills:
            self.out.write(f"{icount:>12}: -- TLB refill, BadVAddr {core.cp0_get(8, 0):#x}\n")
        if core.icount != icount:
            pc, word = core.last_pc, core.last_insn
            mode = "K" if pc >> 63 else "U"
            self.out.write(f"{icount:>12}: {mode} {pc:#018x}: {word:08x}  {disasm(word, pc)}\n")
        return ev

    def exception(self, core) -> None:
        code = core.exc_code
        name = EXC_STAT_NAMES.get(code, str(code))
        self.out.write(f"{core.icount:>12}: -- exception {name} (ExcCode {code}) epc {core.exc_epc:#x}"
                       f"{' bd' if core.exc_bd else ''} badvaddr {core.exc_badvaddr:#x}\n")
