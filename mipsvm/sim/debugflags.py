"""gem5-style debug flags (`mipsvm run --debug-flags Exec,TLB,...`), from the
logged loop (trace.LoggedRun). Every line is

    ICOUNT: system.cpu.CTX.FLAG: message

ICOUNT is the number of instructions retired before the event (gem5 prints
the tick), CTX `root` or `guest` (the context that executed or took it)."""

from __future__ import annotations

from ..cp0 import fields
from ..cp0.exc import EXC_STAT_NAMES
from ..cp0.regs import GEXCCODES
from ..host import abi
from ..host.sched import RUNNING
from ..isa.regnames import GPR
from ..mmu import owner, page_size
from .trace import Insn, LoggedRun, Rec, disasm

# flag -> what it is (the --help text and docs/debugger.md list these)
FLAGS = {
    "Exec": "every retired instruction: pc, word, disassembly, registers written, memory accessed",
    "TLB": "TLB writes by TLBWI/TLBWR/TLBGWI/TLBGWR (index, group, owner, EntryHi, PageMask, EntryLo0/1)",
    "Exception": "every exception: taken inside the loop (refills, guest vectors) or served by the host kernel",
    "VZ": "guest entries (ERET into guest mode) and guest exits (root exceptions taken in guest mode)",
    "Syscall": "system calls with their arguments and result",
    "Refill": "TLB refills: the miss, the handler's TLB write, its ERET and length",
    "Fault": "page faults and address errors the host kernel serves, and their outcome",
}
_FAULT_CODES = {1, 2, 3, 4, 5, 19, 20}      # Mod, TLBL, TLBS, AdEL, AdES, TLBRI, TLBXI


class FlagError(ValueError):
    pass


def parse_flags(text: str) -> set[str]:
    """'Exec,TLB' -> {'Exec', 'TLB'}; names case-insensitive; 'All' is every flag."""
    by_lower = {f.lower(): f for f in FLAGS}
    out = set()
    for part in text.split(","):
        name = part.strip()
        if not name:
            continue
        if name.lower() == "all":
            out |= set(FLAGS)
        elif name.lower() in by_lower:
            out.add(by_lower[name.lower()])
        else:
            raise FlagError(f"unknown debug flag {name!r} (known: {', '.join(FLAGS)}, All)")
    if not out:
        raise FlagError("no debug flag given")
    return out


def _reg_name(n: int) -> str:
    if n < 32:
        return GPR[n]
    if n == 33:
        return "lo"
    if n == 34:
        return "hi"
    return f"f{n - 38}"


class DebugLog(LoggedRun):
    def __init__(self, flags: set[str], out, start: int = 0, end: int | None = None, model=None):
        super().__init__(start, end)
        self.flags = flags
        self.out = out
        self.model = model
        rec = set()
        if "Exec" in flags:
            rec |= {"insn", "regs", "mem"}
        if flags & {"Exception", "Refill", "VZ"}:
            rec.add("exc")
        if flags & {"TLB", "Refill"}:
            rec.add("tlbw")
        if flags & {"VZ", "Refill"}:
            rec.add("eret")
        self.record = tuple(sorted(rec))
        self._refill_start = None
        self._fault = None

    def _line(self, ctx: str, flag: str, msg: str, icount: int | None = None) -> None:
        n = self.icount if icount is None else icount
        self.out.write(f"{n:>10}: system.cpu.{ctx}.{flag}: {msg}\n")

    # ---- records of the logged loop
    def on_insn(self, core, i: Insn) -> None:
        if "Exec" not in self.flags:
            return
        parts = [f"{'K' if i.kernel else 'U'} {i.pc:#018x}: {i.word:08x}  {disasm(i.word, i.pc):<28}"]
        res = [f"{_reg_name(n)}={v:#x}" for n, v in i.regs]
        res += [f"{'st' if st else 'ld'} {size}@{va:#x}={v:#x}" for va, size, v, st in i.mem]
        if res:
            parts.append(" ".join(res))
        self._line("guest" if i.guest else "root", "Exec", " : ".join(parts).rstrip(), i.icount)

    def on_exc(self, core, r: Rec) -> None:
        ctx = "guest" if r.flags & 1 else "root"
        name = EXC_STAT_NAMES.get(r.a, str(r.a))
        gexc = (r.w >> 8) & 0xFF
        if r.flags & 2:
            self._refill_start = self.icount
            if "Refill" in self.flags:
                self._line(ctx, "Refill", f"miss at BadVAddr {r.y:#x} (epc {r.x:#x}) -> handler {r.z:#x}")
        if "Exception" in self.flags:
            extra = f" BadVAddr {r.y:#x}" if r.a in _FAULT_CODES or r.flags & 2 else ""
            self._line(ctx, "Exception", f"{name} (ExcCode {r.a}) epc {r.x:#x}{extra} -> vector {r.z:#x}"
                       f"{' (refill)' if r.flags & 2 else ''}")
        if "VZ" in self.flags and r.flags & 4 and not r.flags & 1:
            g = f", GExcCode {GEXCCODES.get(gexc, gexc)}" if gexc != 0xFF else ""
            self._line("root", "VZ", f"guest exit: {name}{g} at guest pc {r.x:#x} -> root vector {r.z:#x}")

    def on_tlbw(self, core, r: Rec) -> None:
        tag = r.flags | ((r.w & 1) << 8)
        pm = r.w & ~1
        geo = core.tlb_geometry()
        group = "VTLB" if r.a < geo["vtlb"] else "FTLB"
        g = r.y & 1
        msg = (f"index {r.a} ({group}) owner {owner(tag)}: {fields.format_entryhi(r.x, self.model)} "
               f"pages {page_size(pm) >> 10}K: {fields.format_entrylo(r.y, self.model)} / "
               f"{fields.format_entrylo(r.z | g, self.model)}")
        ctx = "guest" if tag & 0x100 else "root"
        if "TLB" in self.flags:
            self._line(ctx, "TLB", "write " + msg)
        if "Refill" in self.flags and self._refill_start is not None:
            self._line(ctx, "Refill", "handler wrote " + msg)

    def on_eret(self, core, r: Rec) -> None:
        if "Refill" in self.flags and self._refill_start is not None:
            n = r.n - self._refill_start + 1              # with the ERET
            self._line("guest" if r.flags & 1 else "root", "Refill",
                       f"handler done: ERET to {r.x:#x} after {n} instructions")
            self._refill_start = None
        if "VZ" in self.flags and r.flags & 2 and not r.flags & 1:
            self._line("root", "VZ", f"guest entry at {r.x:#x} (ERET with GuestCtl0.GM)")

    # ---- exceptions the host kernel serves
    def exception(self, core, task) -> None:
        if not self.in_window(core.icount):
            self._fault = None
            return
        self.icount = core.icount
        code = core.exc_code
        name = EXC_STAT_NAMES.get(code, str(code))
        gexc = core.exc_gexc if core.tlb_mode else -1
        if "Exception" in self.flags:
            extra = f" BadVAddr {core.exc_badvaddr:#x}" if code in _FAULT_CODES else ""
            self._line("root", "Exception", f"{name} (ExcCode {code}) epc {core.exc_epc:#x}"
                       f"{' bd' if core.exc_bd else ''}{extra} -> host kernel")
        if "VZ" in self.flags and gexc is not None and gexc >= 0:
            self._line("root", "VZ", f"guest exit: {name}, GExcCode {GEXCCODES.get(gexc, gexc)} "
                       f"at {core.exc_epc:#x} -> host kernel")
        if "Syscall" in self.flags and code == 8:
            nr = core.get_gpr(2)
            sname = abi.SYSCALL_NAMES.get(nr - abi.SYSCALL_BASE, "unknown")
            args = ", ".join(f"{core.get_gpr(r):#x}" for r in range(4, 10))
            self._line("root", "Syscall", f"pid {task.process.pid}: {sname}({args}) [{nr}]")
        self._fault = None
        if "Fault" in self.flags and code in _FAULT_CODES:
            acc = {0: "load", 1: "store", 2: "fetch"}.get(core.exc_access, "?")
            self._fault = (name, core.exc_badvaddr, acc, core.exc_epc, task.stats["page_faults"])

    def served(self, core, task) -> None:
        if not self.in_window(core.icount):
            return
        if "Syscall" in self.flags and core.exc_code == 8:
            if task.state != RUNNING and getattr(task, "block", None) is not None:
                self._line("root", "Syscall", f"  blocked ({task.block.what})")
            elif task.process.exit_code is not None or task.process.term_signal is not None:
                self._line("root", "Syscall", "  process ended")
            else:
                v0, err = core.get_gpr(2), core.get_gpr(7)
                self._line("root", "Syscall", f"  = {'-errno ' if err else ''}{v0:#x}")
        if self._fault is not None:
            name, bad, acc, epc, before = self._fault
            if task.stats["page_faults"] != before:
                outcome = "page mapped"
            elif task.process.term_signal is not None:
                outcome = f"process killed by {abi.SIGNAL_NAMES.get(task.process.term_signal, task.process.term_signal)}"
            else:
                outcome = "signal delivered"
            self._line("root", "Fault", f"{name} {acc} at {bad:#x} (pc {epc:#x}): {outcome}")
            self._fault = None

    def close(self) -> None:
        self.out.flush()
