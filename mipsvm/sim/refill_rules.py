"""What check-refill knows about each instruction of a refill handler, and the
rules it checks while the handler runs (docs/check-refill.md, "Rules").

``op_of(word)`` derives an instruction's effects from the one ISA table
(mipsvm/isa/table.py): the GPRs it writes, whether it has a delay slot, its CP0
register, its memory access.  ``Monitor`` is called before each instruction of
one case executes; it records what the handler used (registers, the FPU,
memory) and names what the MIPS64 PRA leaves UNDEFINED or UNPREDICTABLE.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .. import isa
from ..cp0 import regs as cp0regs
from ..host import pgtable as pg
from ..isa.regnames import GPR, K0, K1

MASK64 = (1 << 64) - 1

# MIPS64 Vol. II, Restrictions: with an operand that is not a sign-extended
# 32-bit value (NotWordValue) the result of these is UNPREDICTABLE.
WORD_OPERANDS = {
    "add": ("rs", "rt"), "addu": ("rs", "rt"), "sub": ("rs", "rt"), "subu": ("rs", "rt"),
    "addi": ("rs",), "addiu": ("rs",),
    "srl": ("rt",), "sra": ("rt",), "rotr": ("rt",), "srlv": ("rt",), "srav": ("rt",), "rotrv": ("rt",),
    "mult": ("rs", "rt"), "multu": ("rs", "rt"), "div": ("rs", "rt"), "divu": ("rs", "rt"),
    "madd": ("rs", "rt"), "maddu": ("rs", "rt"), "msub": ("rs", "rt"), "msubu": ("rs", "rt"),
    "mul": ("rs", "rt"),
}
# HI/LO: written by these (MUL leaves them UNPREDICTABLE before R6)
HILO_WRITERS = {"mult", "multu", "div", "divu", "dmult", "dmultu", "ddiv", "ddivu", "madd", "maddu",
                "msub", "msubu", "mthi", "mtlo", "mul"}
LIKELY = {"beql", "bnel", "blezl", "bgtzl", "bltzl", "bgezl", "bltzall", "bgezall", "bc1fl", "bc1tl"}
LINKING = {"jal", "bltzal", "bgezal", "bltzall", "bgezall"}          # write $ra
# Vol. II: a branch, jump, ERET, DERET or WAIT in a delay slot is UNPREDICTABLE
NOT_IN_DELAY_SLOT = {"eret", "deret", "wait"}
GPR_FROM_RT = {"mfc0", "dmfc0", "di", "ei", "rdhwr", "sc", "scd"}
CP0_MOVES = {"mfc0": (False, False), "dmfc0": (False, True), "mtc0": (True, False), "dmtc0": (True, True)}
MEM_SIZE = {"lb": 1, "lbu": 1, "sb": 1, "lh": 2, "lhu": 2, "sh": 2, "lw": 4, "lwu": 4, "sw": 4, "ll": 4,
            "sc": 4, "lwl": 4, "lwr": 4, "swl": 4, "swr": 4, "ld": 8, "sd": 8, "lld": 8, "scd": 8,
            "ldl": 8, "ldr": 8, "sdl": 8, "sdr": 8}

# CP0 registers the handler may write (Linux's build_r4000_tlb_refill_handler
# writes these; KScratch6 is the huge-refill counter of DESIGN.md)
WRITABLE_CP0 = ("EntryLo0", "EntryLo1", "PageMask", "KScratch6")


@dataclass(frozen=True)
class Op:
    """The effects of one instruction word."""
    word: int
    name: str                       # "" for a reserved encoding
    cti: bool = False               # has a delay slot
    likely: bool = False
    absolute: bool = False          # j/jal: target within the current 256 MB region
    dst: tuple = ()                 # GPRs written
    word_srcs: tuple = ()           # GPRs that must hold sign-extended words
    hilo: bool = False
    fpu: bool = False
    cp0: tuple | None = None        # (reg, sel) of an MFC0/MTC0 family instruction
    cp0_write: bool = False
    cp0_64: bool = False            # the doubleword form
    rt: int = 0
    mem: str = ""                   # "load" | "store" | ""
    base: int = 0
    offset: int = 0
    target26: int = 0

    def at(self, off: int) -> str:
        """Disassembly with branch targets as offsets from EBase, like the trace."""
        return isa.disasm(self.word, off)


@lru_cache(maxsize=4096)
def op_of(word: int) -> Op:
    e = isa.lookup(word)
    if e is None:
        return Op(word, "")
    f = e.extract(word)
    name, cls = e.name, e.cls
    first = e.asm.split(",")[0] if e.asm else ""
    dst = ()
    if cls in ("alu", "shift", "load") or name in GPR_FROM_RT or (cls == "fpu" and first in ("rd", "rt")):
        dst = (f[first] if first in ("rd", "rt") else f["rt"],)
    elif name in ("mfhi", "mflo", "mul", "jalr"):
        dst = (f["rd"],)
    elif name in LINKING:
        dst = (31,)
    kw = {"dst": tuple(r for r in dst if r), "word_srcs": tuple(f[n] for n in WORD_OPERANDS.get(name, ()))}
    kw["cti"] = cls in ("branch", "jump", "fpu_branch")
    kw["likely"] = name in LIKELY
    if name in ("j", "jal"):
        kw["absolute"], kw["target26"] = True, f["target26"]
    kw["hilo"] = name in HILO_WRITERS
    kw["fpu"] = cls in ("fpu", "fpu_mem", "fpu_branch")
    if name in CP0_MOVES:
        kw["cp0"] = (f["rd"], f["sel"])
        kw["cp0_write"], kw["cp0_64"] = CP0_MOVES[name]
    if name in ("di", "ei"):
        kw["cp0"], kw["cp0_write"] = (12, 0), True
    if "rt" in f:
        kw["rt"] = f["rt"]
    if cls in ("load", "store"):
        kw["mem"], kw["base"] = cls, f["base"]
        off = f["offset16"]
        kw["offset"] = off - 0x10000 if off & 0x8000 else off
    return Op(word, name, **kw)


def is_word(v: int) -> bool:
    """Bits 63..31 all equal (a sign-extended 32-bit value)."""
    top = v >> 31
    return top == 0 or top == (MASK64 >> 31)


def unmapped_pa(va: int) -> int | None:
    """The physical address of an unmapped kernel address (xkphys, ckseg0/1), else None."""
    if 0x8000000000000000 <= va < 0xC000000000000000 and not (va >> 48) & 0x7FF:
        return va & ((1 << 48) - 1)
    if 0xFFFFFFFF80000000 <= va < 0xFFFFFFFFC0000000:
        return va & 0x1FFFFFFF
    return None


def valid_pagemask(v: int) -> bool:
    """PageMask values the PRA defines: an even-length run of ones from bit 13 (within 28:13)."""
    m = (v & 0xFFFFFFFF) >> 13
    return not (v & 0xFFFFFFFF) & ~0x1FFFE000 and (m & (m + 1)) == 0 and (m.bit_length() % 2) == 0


@dataclass
class Use:
    """Where the handler first did something (for messages)."""
    off: int
    text: str
    value: int = 0
    name: str = ""


@dataclass
class Monitor:
    """Per-case bookkeeping of what the handler's instructions did.

    ``before(core, pc, op, in_ds)`` runs before each instruction; it returns a
    (category, message) that ends the case (an instruction whose execution is
    UNPREDICTABLE) or None. Other findings go to ``faults``."""
    ebase: int
    model: object
    tlb_total: int
    page_table_frames: frozenset         # PAs of the 16 KB frames holding the tables
    image_pa: int
    image_len: int
    faults: list = field(default_factory=list)
    gprs: dict = field(default_factory=dict)          # GPR -> Use (other than k0/k1)
    cp0: dict = field(default_factory=dict)           # register name -> Use (not in WRITABLE_CP0)
    fpu: Use | None = None
    hilo: Use | None = None
    stores: list = field(default_factory=list)        # (Use, va, pa or None)
    flagged: set = field(default_factory=set)
    writable: tuple = WRITABLE_CP0                    # CP0 registers the handler may write
    cp0_get: object = None                            # (reg, sel) -> value of the handler's CP0 context
                                                      # (None: root's, core.cp0_get)

    def _once(self, category: str, message: str) -> None:
        if category not in self.flagged:
            self.flagged.add(category)
            self.faults.append((category, message))

    def where(self, pc: int) -> str:
        return f"+{pc - self.ebase:#05x}"

    def before(self, core, pc: int, op: Op, in_ds: bool):
        at = self.where(pc)
        if not op.name:
            return None                                   # the core raises Reserved Instruction
        text = op.at(pc - self.ebase)
        if in_ds and (op.cti or op.name in NOT_IN_DELAY_SLOT):
            if op.name == "eret":
                return ("ERET in a branch delay slot",
                        f"ERET in a branch delay slot at {at}: UNPREDICTABLE (MIPS64 Vol. II ERET; "
                        f"this core raises Reserved Instruction)")
            return ("control transfer in a delay slot",
                    f"{text} at {at} is in the delay slot of a branch: UNPREDICTABLE (MIPS64 Vol. II)")
        for r in op.word_srcs:
            v = core.get_gpr(r)
            if not is_word(v):
                self._once(f"{op.name} of a 64-bit value",
                           f"{text} at {at}: ${GPR[r]} = {v:#x} is not a sign-extended 32-bit value, "
                           f"so the result is UNPREDICTABLE (MIPS64 Vol. II {op.name.upper()}; use the "
                           f"doubleword form)")
        for r in op.dst:
            if r not in (K0, K1) and r not in self.gprs:
                self.gprs[r] = Use(pc - self.ebase, text)
        if op.hilo and self.hilo is None:
            self.hilo = Use(pc - self.ebase, text)
        if op.fpu and self.fpu is None:
            self.fpu = Use(pc - self.ebase, text)
        if op.cp0 is not None:
            self._cp0(core, pc, op)
        if op.name in ("tlbwi", "tlbr"):
            idx = (self.cp0_get or core.cp0_get)(0, 0)
            if idx & (1 << 31):
                self._once(f"{op.name} after a TLBP miss",
                           f"{op.name} at {at} with Index.P set: after a TLBP miss the Index field is "
                           f"UNPREDICTABLE (MIPS64 Vol. II TLBP), so this touches an arbitrary entry; "
                           f"test Index.P and use tlbwr on a miss")
            elif (idx & 0xFFF) >= self.tlb_total:
                self._once(f"{op.name} beyond the TLB",
                           f"{op.name} at {at} with Index {idx & 0xfff} >= {self.tlb_total} entries: "
                           f"UNDEFINED (MIPS64 Vol. II {op.name.upper()})")
        if op.mem:
            self._mem(core, pc, op)
        return None

    def _cp0(self, core, pc: int, op: Op) -> None:
        at, text = self.where(pc), op.at(pc - self.ebase)
        reg, sel = op.cp0
        try:
            r = cp0regs.register((reg, sel), self.model)
        except KeyError:
            r = None
        if r is None or not r.implemented:
            self._once("access to an unimplemented CP0 register",
                       f"{text} at {at}: CP0 register ${reg},{sel} is not implemented, so the result "
                       f"is UNDEFINED (MIPS64 Vol. II MFC0/MTC0)")
            return
        if op.cp0_64 and r.width == 32:
            self._once(f"{op.name} of a 32-bit register",
                       f"{text} at {at}: {r.name} is a 32-bit register; {op.name.upper()} of it is "
                       f"UNDEFINED before Release 6 (MIPS64 Vol. II; use {op.name[1:]})")
        if not op.cp0_write:
            return
        value = core.get_gpr(op.rt)
        if op.name in ("di", "ei"):
            value = (self.cp0_get or core.cp0_get)(12, 0) & ~1 | (op.name == "ei")
        if r.name == "PageMask" and not valid_pagemask(value):
            self._once("unsupported PageMask written",
                       f"{text} at {at} writes PageMask {value & 0xffffffff:#x}, not a page size "
                       f"(an even run of ones from bit 13): the TLB's operation is UNDEFINED (MIPS64 PRA, "
                       f"PageMask)")
        if r.name not in self.writable and r.name not in self.cp0:
            self.cp0[r.name] = Use(pc - self.ebase, text, value)

    def _mem(self, core, pc: int, op: Op) -> None:
        va = (core.get_gpr(op.base) + op.offset) & MASK64
        pa = unmapped_pa(va)
        use = Use(pc - self.ebase, op.at(pc - self.ebase), name=op.name)
        if op.mem == "store":
            self.stores.append((use, va, pa))
            return
        if pa is None:
            self._once("load from a mapped address",
                       f"{use.text} at {self.where(pc)} loads from {va:#x}, a mapped address: with EXL=1 a "
                       f"miss there is not a refill but a general exception (MIPS64 PRA 4.9)")
        elif (pa & ~(pg.PAGE_SIZE - 1)) not in self.page_table_frames \
                and not 0 <= pa - self.image_pa < self.image_len:
            self._once("load outside the page tables",
                       f"{use.text} at {self.where(pc)} loads from {va:#x} (PA {pa:#x}), which is neither "
                       f"a page table nor the handler")
