"""The one declarative MIPS64 Release 2 instruction table.

Every line is one instruction, written to be read next to the opcode tables of the
MIPS64 Architecture manual (Vol. II, MD00087, appendix A) and the VZ ASE (MD00846):

    I(name, pattern, class, isa, asm, **options)

* ``pattern`` lists bits 31..0, most significant first: literal groups of ``0``/``1``
  and named fields whose widths are in ``FIELD_WIDTHS``.  Bits the manual requires to
  be zero are written as literal zeros, so any other value decodes as a Reserved
  Instruction.
* ``asm`` is the operand syntax used by the disassembler (tokens in ``disasm.py``).
* options: ``priv`` ("user"/"priv"; cp0, tlb and vz classes default to "priv"),
  ``group`` (space-separated names of C case blocks, see ``gen.py``),
  ``aliases`` (other mnemonics capstone or objdump print for some encodings),
  ``canon`` (conditions selecting the canonical encodings that other tools such as
  GNU objdump and capstone accept, when the decoder accepts more, e.g. ``"hint=0|16"``),
  ``ri`` (conditions making a matching word a Reserved Instruction after all, e.g.
  ``"lsb+msbd+1>32"`` for EXT: the C decoder returns OP_INVALID, ``lookup`` and
  ``decode`` None, ``disasm`` ".word".  Only rules on the encoding itself; checks of
  machine state such as HWREna stay in the C semantics),
  ``unimpl`` (why the core deliberately has no semantics, e.g. ``"no XPA"``: the
  interpreter's default case raises RI, or CpU for a privileged op in user mode),
  ``capstone`` (``"skip: why"`` when capstone 5 cannot decode the instruction at all,
  or ``"COND ...: why"`` when it decodes only encodings meeting COND),
  ``note`` (free text).
  A condition is ``lhs op rhs``, op one of ``= != < <= > >=``, each side a sum of the
  entry's fields and numbers (``lsb+32+msbd+1>64``); after ``=`` or ``!=`` the right
  side may list alternatives (``hint=0|16``, ``rd!=0|1|2|3|29``, ``rt=rd``).
  Space-separated conditions must all hold.

Checked at import: patterns (32 bits, known fields), unique names, conditions (only
the entry's fields), and that an ``ri`` reserves some but not all values of its fields.
Checked by ``gen.py`` when the core is built: no two entries overlap, the C core has a
case for every op that is not ``unimpl``, and uses every generated group and accessor.

Everything else (C decoder, op enum, field accessors, Python decoder, disassembler) is
generated from this list.  Paired-single, MIPS16, microMIPS, MSA, DSP and COP2 are not
modelled: those encodings decode as invalid (Reserved Instruction).
"""

from __future__ import annotations

import itertools
import operator
import re
from dataclasses import dataclass

# Width in bits of each named field that a pattern may use.
FIELD_WIDTHS = {
    "rs": 5, "rt": 5, "rd": 5, "sa": 5, "base": 5, "index": 5,
    "fs": 5, "ft": 5, "fd": 5, "fr": 5, "fmt": 5,
    "offset16": 16, "imm16": 16, "target26": 26,
    "code20": 20, "code19": 19, "code10": 10,
    "cc": 3, "sel": 3,
    "msb": 5, "msbd": 5, "lsb": 5,
    "hint": 5, "stype": 5, "op": 5,
}

CLASSES = ("alu", "shift", "muldiv", "branch", "jump", "load", "store", "trap",
           "sys", "cp0", "tlb", "vz", "fpu", "fpu_mem", "fpu_branch", "misc")
ISA_LEVELS = ("mips32", "mips64", "mips32r2", "mips64r2", "vz", "loongson")
PRIVILEGES = ("user", "priv")


@dataclass(frozen=True)
class Entry:
    name: str
    pattern: str
    cls: str
    isa: str
    asm: str
    priv: str
    groups: tuple
    aliases: tuple
    canon: tuple              # Cond, see the module docstring
    ri: tuple                 # Cond: all hold -> Reserved Instruction
    unimpl: str               # why the core has no semantics ("" = it has)
    cs_skip: str              # why capstone cannot decode it ("" = it can)
    cs_when: tuple            # conditions under which capstone decodes it
    cs_why: str
    note: str
    mask: int                 # bits fixed by the pattern
    value: int                # their values
    fields: tuple             # ((name, lsb, width), ...) MSB first

    @property
    def enum(self) -> str:
        return "OP_" + self.name.upper().replace(".", "_")

    @property
    def group(self) -> str:
        return self.groups[0] if self.groups else ""

    def matches(self, word: int) -> bool:
        return (word & self.mask) == self.value

    def extract(self, word: int) -> dict:
        return {n: (word >> lo) & ((1 << w) - 1) for n, lo, w in self.fields}

    def reserved(self, word: int) -> bool:
        """Whether a word matching the pattern is reserved by the ri= conditions."""
        return bool(self.ri) and conds_hold(self.ri, self.extract(word))

    def field_pos(self, name: str):
        for n, lo, w in self.fields:
            if n == name:
                return lo, w
        raise KeyError(f"{self.name} has no field {name}")


@dataclass(frozen=True)
class Cond:
    """One condition ``lhs op rhs`` over an entry's decoded fields (module docstring)."""
    text: str
    lhs: tuple          # terms: field names and integers, summed
    op: str             # one of _OPS
    rhs: tuple          # alternatives, each a tuple of terms (several only for = and !=)

    def fields(self) -> set:
        return {t for s in (self.lhs,) + self.rhs for t in s if isinstance(t, str)}

    def rhs_values(self, f: dict) -> list:
        """The value of each right-hand alternative for decoded fields f."""
        return [_sum(a, f) for a in self.rhs]

    def holds(self, f: dict) -> bool:
        left = _sum(self.lhs, f)
        alts = self.rhs_values(f)
        if self.op == "=":
            return left in alts
        if self.op == "!=":
            return left not in alts
        return _CMP[self.op](left, alts[0])

    def c_expr(self, acc) -> str:
        """The condition in C; acc(field name) is the C expression of a field."""
        def c_sum(terms):
            return " + ".join(acc(t) if isinstance(t, str) else str(t) for t in terms)
        left = c_sum(self.lhs)
        if self.op in ("=", "!="):
            op, join = ("==", " || ") if self.op == "=" else ("!=", " && ")
            return "(" + join.join(f"{left} {op} {c_sum(a)}" for a in self.rhs) + ")"
        return f"({left} {self.op} {c_sum(self.rhs[0])})"


_CMP = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}
_OPS = ("!=", ">=", "<=", "=", ">", "<")      # two-character operators first


def _sum(terms, f: dict) -> int:
    return sum(f[t] if isinstance(t, str) else t for t in terms)


def conds_hold(conds, fields: dict) -> bool:
    """Whether decoded field values satisfy every condition."""
    return all(c.holds(fields) for c in conds)


_PRIV_CLASSES = {"cp0", "tlb", "vz"}


def _parse(pattern: str):
    mask = value = 0
    fields = []
    pos = 32
    for tok in pattern.split():
        if re.fullmatch(r"[01]+", tok):
            pos -= len(tok)
            mask |= ((1 << len(tok)) - 1) << pos
            value |= int(tok, 2) << pos
        elif tok in FIELD_WIDTHS:
            w = FIELD_WIDTHS[tok]
            pos -= w
            if any(f[0] == tok for f in fields):
                raise ValueError(f"field {tok} repeated in {pattern!r}")
            fields.append((tok, pos, w))
        else:
            raise ValueError(f"unknown token {tok!r} in {pattern!r}")
    if pos != 0:
        raise ValueError(f"pattern {pattern!r} is {32 - pos} bits, not 32")
    return mask, value, tuple(fields)


def _parse_terms(text: str, cond: str, names) -> tuple:
    out = []
    for t in text.split("+"):
        if re.fullmatch(r"\d+|0x[0-9a-f]+", t):
            out.append(int(t, 0))
        elif t in names:
            out.append(t)
        else:
            raise ValueError(f"condition {cond!r}: {t!r} is neither a field here nor a number")
    return tuple(out)


def _parse_cond(text: str, names) -> Cond:
    for op in _OPS:
        left, sep, right = text.partition(op)
        if sep:
            break
    else:
        raise ValueError(f"condition {text!r} has no operator")
    alts = right.split("|")
    if len(alts) > 1 and op not in ("=", "!="):
        raise ValueError(f"condition {text!r}: alternatives need = or !=")
    c = Cond(text, _parse_terms(left, text, names), op,
             tuple(_parse_terms(a, text, names) for a in alts))
    if not c.fields():
        raise ValueError(f"condition {text!r} names no field")
    return c


def _parse_conds(text: str, fields) -> tuple:
    names = {f[0] for f in fields}
    return tuple(_parse_cond(c, names) for c in text.split())


def _check_ri(name: str, ri: tuple, fields):
    """ri= must reserve some but not all values of the fields it names."""
    used = [(n, w) for n, _lo, w in fields if any(n in c.fields() for c in ri)]
    if sum(w for _n, w in used) > 20:
        raise ValueError(f"{name}: ri= over more than 20 field bits")
    hits = sum(conds_hold(ri, dict(zip((n for n, _w in used), vals)))
               for vals in itertools.product(*(range(1 << w) for _n, w in used)))
    if hits == 0 or hits == 1 << sum(w for _n, w in used):
        raise ValueError(f"{name}: ri= {' '.join(c.text for c in ri)} "
                         f"{'never' if hits == 0 else 'always'} holds")


INSTRUCTIONS: list = []

# Capstone 5 limitations, documented per entry (see ``capstone`` above).
_CS_NO = "skip: not in capstone 5"
_CS_VZ = "skip: the VZ ASE is not in capstone 5"
_CS_COP1X = "{}!=8: capstone 5 decodes opcode 010011 with bits 25..21 = 01000 as COP3 bc3*"
_CS_BASE8 = _CS_COP1X.format("base")
_CS_FR8 = _CS_COP1X.format("fr")



def make_entry(name, pattern, cls, isa, asm="", *, priv=None, group="", aliases=(),
               canon="", ri="", unimpl="", capstone="", note="") -> Entry:
    if cls not in CLASSES:
        raise ValueError(f"{name}: unknown class {cls}")
    if isa not in ISA_LEVELS:
        raise ValueError(f"{name}: unknown ISA level {isa}")
    if priv is None:
        priv = "priv" if cls in _PRIV_CLASSES else "user"
    if priv not in PRIVILEGES:
        raise ValueError(f"{name}: unknown privilege {priv}")
    mask, value, fields = _parse(pattern)
    if isinstance(aliases, str):
        aliases = tuple(aliases.split())
    cs_skip, cs_when, cs_why = "", (), ""
    if capstone:
        head, _, cs_why = capstone.partition(":")
        cs_why = cs_why.strip()
        if not cs_why:
            raise ValueError(f"{name}: capstone= needs a reason after ':'")
        if head.strip() == "skip":
            cs_skip = cs_why
        else:
            cs_when = _parse_conds(head, fields)
    ri_conds = _parse_conds(ri, fields)
    if ri_conds:
        _check_ri(name, ri_conds, fields)
    return Entry(name, pattern, cls, isa, asm, priv, tuple(group.split()), tuple(aliases),
                 _parse_conds(canon, fields), ri_conds, unimpl, cs_skip, cs_when, cs_why, note,
                 mask, value, fields)


def I(*args, **kw):
    """One table line: see the module docstring."""
    INSTRUCTIONS.append(make_entry(*args, **kw))


# ---------------------------------------------------------------------------------
# SPECIAL (opcode 000000), function field bits 5..0
# ---------------------------------------------------------------------------------
I("sll",     "000000 00000 rt rd sa 000000",        "shift",  "mips32",   "rd,rt,sa", aliases="nop ssnop ehb pause")
I("srl",     "000000 0000 0 rt rd sa 000010",       "shift",  "mips32",   "rd,rt,sa")
I("rotr",    "000000 0000 1 rt rd sa 000010",       "shift",  "mips32r2", "rd,rt,sa")
I("sra",     "000000 00000 rt rd sa 000011",        "shift",  "mips32",   "rd,rt,sa")
I("sllv",    "000000 rs rt rd 00000 000100",        "shift",  "mips32",   "rd,rt,rs")
I("srlv",    "000000 rs rt rd 0000 0 000110",       "shift",  "mips32",   "rd,rt,rs")
I("rotrv",   "000000 rs rt rd 0000 1 000110",       "shift",  "mips32r2", "rd,rt,rs")
I("srav",    "000000 rs rt rd 00000 000111",        "shift",  "mips32",   "rd,rt,rs")
I("movf",    "000000 rs cc 0 0 rd 00000 000001",    "fpu",    "mips32",   "rd,rs,cc", group="fpu_exec")
I("movt",    "000000 rs cc 0 1 rd 00000 000001",    "fpu",    "mips32",   "rd,rs,cc", group="fpu_exec")
I("jr",      "000000 rs 0000000000 hint 001000",    "jump",   "mips32",   "rs", aliases="jr.hb", canon="hint=0|16")  # hint 16 = .hb
I("jalr",    "000000 rs 00000 rd hint 001001",      "jump",   "mips32",   "rd,rs", aliases="jalr.hb jr jr.hb", canon="hint=0|16")
I("movz",    "000000 rs rt rd 00000 001010",        "alu",    "mips32",   "rd,rs,rt")
I("movn",    "000000 rs rt rd 00000 001011",        "alu",    "mips32",   "rd,rs,rt")
I("syscall", "000000 code20 001100",                "sys",    "mips32",   "code20")
I("break",   "000000 code20 001101",                "sys",    "mips32",   "code20")
I("sync",    "000000 000000000000000 stype 001111", "misc",   "mips32",   "stype")
I("mfhi",    "000000 0000000000 rd 00000 010000",   "muldiv", "mips32",   "rd")
I("mthi",    "000000 rs 000000000000000 010001",    "muldiv", "mips32",   "rs")
I("mflo",    "000000 0000000000 rd 00000 010010",   "muldiv", "mips32",   "rd")
I("mtlo",    "000000 rs 000000000000000 010011",    "muldiv", "mips32",   "rs")
I("dsllv",   "000000 rs rt rd 00000 010100",        "shift",  "mips64",   "rd,rt,rs")
I("dsrlv",   "000000 rs rt rd 0000 0 010110",       "shift",  "mips64",   "rd,rt,rs")
I("drotrv",  "000000 rs rt rd 0000 1 010110",       "shift",  "mips64r2", "rd,rt,rs")
I("dsrav",   "000000 rs rt rd 00000 010111",        "shift",  "mips64",   "rd,rt,rs")
I("mult",    "000000 rs rt 0000000000 011000",      "muldiv", "mips32",   "rs,rt")
I("multu",   "000000 rs rt 0000000000 011001",      "muldiv", "mips32",   "rs,rt")
I("div",     "000000 rs rt 0000000000 011010",      "muldiv", "mips32",   "zero,rs,rt")
I("divu",    "000000 rs rt 0000000000 011011",      "muldiv", "mips32",   "zero,rs,rt")
I("dmult",   "000000 rs rt 0000000000 011100",      "muldiv", "mips64",   "rs,rt")
I("dmultu",  "000000 rs rt 0000000000 011101",      "muldiv", "mips64",   "rs,rt")
I("ddiv",    "000000 rs rt 0000000000 011110",      "muldiv", "mips64",   "zero,rs,rt")
I("ddivu",   "000000 rs rt 0000000000 011111",      "muldiv", "mips64",   "zero,rs,rt")
I("add",     "000000 rs rt rd 00000 100000",        "alu",    "mips32",   "rd,rs,rt")
I("addu",    "000000 rs rt rd 00000 100001",        "alu",    "mips32",   "rd,rs,rt", aliases="move")
I("sub",     "000000 rs rt rd 00000 100010",        "alu",    "mips32",   "rd,rs,rt", aliases="neg")
I("subu",    "000000 rs rt rd 00000 100011",        "alu",    "mips32",   "rd,rs,rt", aliases="negu")
I("and",     "000000 rs rt rd 00000 100100",        "alu",    "mips32",   "rd,rs,rt")
I("or",      "000000 rs rt rd 00000 100101",        "alu",    "mips32",   "rd,rs,rt", aliases="move")
I("xor",     "000000 rs rt rd 00000 100110",        "alu",    "mips32",   "rd,rs,rt")
I("nor",     "000000 rs rt rd 00000 100111",        "alu",    "mips32",   "rd,rs,rt", aliases="not")
I("slt",     "000000 rs rt rd 00000 101010",        "alu",    "mips32",   "rd,rs,rt")
I("sltu",    "000000 rs rt rd 00000 101011",        "alu",    "mips32",   "rd,rs,rt")
I("dadd",    "000000 rs rt rd 00000 101100",        "alu",    "mips64",   "rd,rs,rt")
I("daddu",   "000000 rs rt rd 00000 101101",        "alu",    "mips64",   "rd,rs,rt", aliases="move")
I("dsub",    "000000 rs rt rd 00000 101110",        "alu",    "mips64",   "rd,rs,rt", aliases="dneg")
I("dsubu",   "000000 rs rt rd 00000 101111",        "alu",    "mips64",   "rd,rs,rt", aliases="dnegu")
I("tge",     "000000 rs rt code10 110000",          "trap",   "mips32",   "rs,rt,code10")
I("tgeu",    "000000 rs rt code10 110001",          "trap",   "mips32",   "rs,rt,code10")
I("tlt",     "000000 rs rt code10 110010",          "trap",   "mips32",   "rs,rt,code10")
I("tltu",    "000000 rs rt code10 110011",          "trap",   "mips32",   "rs,rt,code10")
I("teq",     "000000 rs rt code10 110100",          "trap",   "mips32",   "rs,rt,code10")
I("tne",     "000000 rs rt code10 110110",          "trap",   "mips32",   "rs,rt,code10")
I("dsll",    "000000 00000 rt rd sa 111000",        "shift",  "mips64",   "rd,rt,sa")
I("dsrl",    "000000 0000 0 rt rd sa 111010",       "shift",  "mips64",   "rd,rt,sa")
I("drotr",   "000000 0000 1 rt rd sa 111010",       "shift",  "mips64r2", "rd,rt,sa")
I("dsra",    "000000 00000 rt rd sa 111011",        "shift",  "mips64",   "rd,rt,sa")
I("dsll32",  "000000 00000 rt rd sa 111100",        "shift",  "mips64",   "rd,rt,sa")
I("dsrl32",  "000000 0000 0 rt rd sa 111110",       "shift",  "mips64",   "rd,rt,sa")
I("drotr32", "000000 0000 1 rt rd sa 111110",       "shift",  "mips64r2", "rd,rt,sa")
I("dsra32",  "000000 00000 rt rd sa 111111",        "shift",  "mips64",   "rd,rt,sa")

# ---------------------------------------------------------------------------------
# REGIMM (opcode 000001), rt field bits 20..16
# ---------------------------------------------------------------------------------
I("bltz",    "000001 rs 00000 offset16",            "branch", "mips32",   "rs,br")
I("bgez",    "000001 rs 00001 offset16",            "branch", "mips32",   "rs,br")
I("bltzl",   "000001 rs 00010 offset16",            "branch", "mips32",   "rs,br")
I("bgezl",   "000001 rs 00011 offset16",            "branch", "mips32",   "rs,br")
I("tgei",    "000001 rs 01000 imm16",               "trap",   "mips32",   "rs,simm")
I("tgeiu",   "000001 rs 01001 imm16",               "trap",   "mips32",   "rs,simm")
I("tlti",    "000001 rs 01010 imm16",               "trap",   "mips32",   "rs,simm")
I("tltiu",   "000001 rs 01011 imm16",               "trap",   "mips32",   "rs,simm")
I("teqi",    "000001 rs 01100 imm16",               "trap",   "mips32",   "rs,simm")
I("tnei",    "000001 rs 01110 imm16",               "trap",   "mips32",   "rs,simm")
I("bltzal",  "000001 rs 10000 offset16",            "branch", "mips32",   "rs,br")
I("bgezal",  "000001 rs 10001 offset16",            "branch", "mips32",   "rs,br", aliases="bal")
I("bltzall", "000001 rs 10010 offset16",            "branch", "mips32",   "rs,br")
I("bgezall", "000001 rs 10011 offset16",            "branch", "mips32",   "rs,br")
I("synci",   "000001 base 11111 offset16",          "misc",   "mips32r2", "mem")

# ---------------------------------------------------------------------------------
# Primary opcodes bits 31..26
# ---------------------------------------------------------------------------------
I("j",       "000010 target26",                     "jump",   "mips32",   "jt")
I("jal",     "000011 target26",                     "jump",   "mips32",   "jt")
I("beq",     "000100 rs rt offset16",               "branch", "mips32",   "rs,rt,br", aliases="b beqz")
I("bne",     "000101 rs rt offset16",               "branch", "mips32",   "rs,rt,br", aliases="bnez")
I("blez",    "000110 rs 00000 offset16",            "branch", "mips32",   "rs,br")
I("bgtz",    "000111 rs 00000 offset16",            "branch", "mips32",   "rs,br")
I("addi",    "001000 rs rt imm16",                  "alu",    "mips32",   "rt,rs,simm")
I("addiu",   "001001 rs rt imm16",                  "alu",    "mips32",   "rt,rs,simm", aliases="li")
I("slti",    "001010 rs rt imm16",                  "alu",    "mips32",   "rt,rs,simm")
I("sltiu",   "001011 rs rt imm16",                  "alu",    "mips32",   "rt,rs,simm")
I("andi",    "001100 rs rt imm16",                  "alu",    "mips32",   "rt,rs,uimm")
I("ori",     "001101 rs rt imm16",                  "alu",    "mips32",   "rt,rs,uimm", aliases="li")
I("xori",    "001110 rs rt imm16",                  "alu",    "mips32",   "rt,rs,uimm")
I("lui",     "001111 00000 rt imm16",               "alu",    "mips32",   "rt,uimm")
I("beql",    "010100 rs rt offset16",               "branch", "mips32",   "rs,rt,br", aliases="beqzl")
I("bnel",    "010101 rs rt offset16",               "branch", "mips32",   "rs,rt,br", aliases="bnezl")
I("blezl",   "010110 rs 00000 offset16",            "branch", "mips32",   "rs,br")
I("bgtzl",   "010111 rs 00000 offset16",            "branch", "mips32",   "rs,br")
I("daddi",   "011000 rs rt imm16",                  "alu",    "mips64",   "rt,rs,simm")
I("daddiu",  "011001 rs rt imm16",                  "alu",    "mips64",   "rt,rs,simm")
I("ldl",     "011010 base rt offset16",             "load",   "mips64",   "rt,mem")
I("ldr",     "011011 base rt offset16",             "load",   "mips64",   "rt,mem")
I("lb",      "100000 base rt offset16",             "load",   "mips32",   "rt,mem")
I("lh",      "100001 base rt offset16",             "load",   "mips32",   "rt,mem")
I("lwl",     "100010 base rt offset16",             "load",   "mips32",   "rt,mem")
I("lw",      "100011 base rt offset16",             "load",   "mips32",   "rt,mem")
I("lbu",     "100100 base rt offset16",             "load",   "mips32",   "rt,mem")
I("lhu",     "100101 base rt offset16",             "load",   "mips32",   "rt,mem")
I("lwr",     "100110 base rt offset16",             "load",   "mips32",   "rt,mem")
I("lwu",     "100111 base rt offset16",             "load",   "mips64",   "rt,mem")
I("sb",      "101000 base rt offset16",             "store",  "mips32",   "rt,mem")
I("sh",      "101001 base rt offset16",             "store",  "mips32",   "rt,mem")
I("swl",     "101010 base rt offset16",             "store",  "mips32",   "rt,mem")
I("sw",      "101011 base rt offset16",             "store",  "mips32",   "rt,mem")
I("sdl",     "101100 base rt offset16",             "store",  "mips64",   "rt,mem")
I("sdr",     "101101 base rt offset16",             "store",  "mips64",   "rt,mem")
I("swr",     "101110 base rt offset16",             "store",  "mips32",   "rt,mem")
I("cache",   "101111 base op offset16",             "misc",   "mips32",   "op,mem", priv="priv")
I("ll",      "110000 base rt offset16",             "load",   "mips32",   "rt,mem")
I("lwc1",    "110001 base ft offset16",             "fpu_mem", "mips32",  "ft,mem")
I("pref",    "110011 base hint offset16",           "misc",   "mips32",   "hint,mem")
I("lld",     "110100 base rt offset16",             "load",   "mips64",   "rt,mem")
I("ldc1",    "110101 base ft offset16",             "fpu_mem", "mips32",  "ft,mem")
I("ld",      "110111 base rt offset16",             "load",   "mips64",   "rt,mem")
I("sc",      "111000 base rt offset16",             "store",  "mips32",   "rt,mem")
I("swc1",    "111001 base ft offset16",             "fpu_mem", "mips32",  "ft,mem")
I("scd",     "111100 base rt offset16",             "store",  "mips64",   "rt,mem")
I("sdc1",    "111101 base ft offset16",             "fpu_mem", "mips32",  "ft,mem")
I("sd",      "111111 base rt offset16",             "store",  "mips64",   "rt,mem")

# ---------------------------------------------------------------------------------
# SPECIAL2 (opcode 011100), function bits 5..0
# ---------------------------------------------------------------------------------
I("madd",    "011100 rs rt 00000 00000 000000",     "muldiv", "mips32",   "rs,rt")
I("maddu",   "011100 rs rt 00000 00000 000001",     "muldiv", "mips32",   "rs,rt")
I("mul",     "011100 rs rt rd 00000 000010",        "muldiv", "mips32",   "rd,rs,rt")
I("msub",    "011100 rs rt 00000 00000 000100",     "muldiv", "mips32",   "rs,rt")
I("msubu",   "011100 rs rt 00000 00000 000101",     "muldiv", "mips32",   "rs,rt")
I("clz",     "011100 rs rt rd 00000 100000",        "alu",    "mips32",   "rd,rs", canon="rt=rd")  # rt != rd UNPREDICTABLE
I("clo",     "011100 rs rt rd 00000 100001",        "alu",    "mips32",   "rd,rs", canon="rt=rd")
I("dclz",    "011100 rs rt rd 00000 100100",        "alu",    "mips64",   "rd,rs", canon="rt=rd")
I("dclo",    "011100 rs rt rd 00000 100101",        "alu",    "mips64",   "rd,rs", canon="rt=rd")
I("sdbbp",   "011100 code20 111111",                "sys",    "mips32",   "code20", note="EJTAG debug breakpoint")

# ---------------------------------------------------------------------------------
# SPECIAL3 (opcode 011111), function bits 5..0; BSHFL/DBSHFL sub-op in bits 10..6
# ---------------------------------------------------------------------------------
# Bit fields: ri= is pos+size beyond the register (EXT*) or pos beyond the MSB (INS*),
# with pos/size/msb as each encoding defines them from the fields (Vol. II EXT..DINSU).
# The manual calls these UNPREDICTABLE; we raise RI, as qemu does.  DEXT and DINSM
# cannot encode an illegal field.
I("ext",     "011111 rs rt msbd lsb 000000",        "alu",    "mips32r2", "rt,rs,pos,size", ri="lsb+msbd+1>32")
I("dextm",   "011111 rs rt msbd lsb 000001",        "alu",    "mips64r2", "rt,rs,pos,size", ri="lsb+msbd+33>64")
I("dextu",   "011111 rs rt msbd lsb 000010",        "alu",    "mips64r2", "rt,rs,pos,size", ri="lsb+32+msbd+1>64")
I("dext",    "011111 rs rt msbd lsb 000011",        "alu",    "mips64r2", "rt,rs,pos,size")
I("ins",     "011111 rs rt msb lsb 000100",         "alu",    "mips32r2", "rt,rs,pos,size", ri="lsb>msb")
I("dinsm",   "011111 rs rt msb lsb 000101",         "alu",    "mips64r2", "rt,rs,pos,size")
I("dinsu",   "011111 rs rt msb lsb 000110",         "alu",    "mips64r2", "rt,rs,pos,size", ri="lsb+32>msb+32")
I("dins",    "011111 rs rt msb lsb 000111",         "alu",    "mips64r2", "rt,rs,pos,size", ri="lsb>msb")
I("wsbh",    "011111 00000 rt rd 00010 100000",     "alu",    "mips32r2", "rd,rt")
I("seb",     "011111 00000 rt rd 10000 100000",     "alu",    "mips32r2", "rd,rt")
I("seh",     "011111 00000 rt rd 11000 100000",     "alu",    "mips32r2", "rd,rt")
I("dsbh",    "011111 00000 rt rd 00010 100100",     "alu",    "mips64r2", "rd,rt")
I("dshd",    "011111 00000 rt rd 00101 100100",     "alu",    "mips64r2", "rd,rt")
# RDHWR of a register we do not implement (0..3 and 29 are) is RI (Vol. II RDHWR).
I("rdhwr",   "011111 00000 rt rd 00000 111011",     "misc",   "mips32r2", "rt,hwr", ri="rd!=0|1|2|3|29",
  capstone="rd=29: capstone 5 knows only $29")

# ---------------------------------------------------------------------------------
# COP0 (opcode 010000): rs bits 25..21; with CO (bit 25) set, function bits 5..0.
# VZ ASE (MD00846): rs = 00011 is the guest-CP0 group, sub-op in bits 10..8.
# ---------------------------------------------------------------------------------
I("mfc0",    "010000 00000 rt rd 00000000 sel",     "cp0",    "mips32",   "rt,c0")
I("dmfc0",   "010000 00001 rt rd 00000000 sel",     "cp0",    "mips64",   "rt,c0")
I("mfhc0",   "010000 00010 rt rd 00000000 sel",     "cp0",    "mips32r2", "rt,c0", unimpl="no XPA", capstone=_CS_NO)
I("mtc0",    "010000 00100 rt rd 00000000 sel",     "cp0",    "mips32",   "rt,c0")
I("dmtc0",   "010000 00101 rt rd 00000000 sel",     "cp0",    "mips64",   "rt,c0")
I("mthc0",   "010000 00110 rt rd 00000000 sel",     "cp0",    "mips32r2", "rt,c0", unimpl="no XPA", capstone=_CS_NO)
I("di",      "010000 01011 rt 01100 00000 0 00 000", "cp0",   "mips32r2", "rt?")
I("ei",      "010000 01011 rt 01100 00000 1 00 000", "cp0",   "mips32r2", "rt?")
I("tlbr",    "010000 1 0000000000000000000 000001", "tlb",    "mips32")
I("tlbwi",   "010000 1 0000000000000000000 000010", "tlb",    "mips32")
I("tlbinv",  "010000 1 0000000000000000000 000011", "tlb",    "mips32r2", note="R5 Config4.IE", capstone=_CS_NO)
I("tlbinvf", "010000 1 0000000000000000000 000100", "tlb",    "mips32r2", note="R5 Config4.IE", capstone=_CS_NO)
I("tlbwr",   "010000 1 0000000000000000000 000110", "tlb",    "mips32")
I("tlbp",    "010000 1 0000000000000000000 001000", "tlb",    "mips32")
I("eret",    "010000 1 0000000000000000000 011000", "cp0",    "mips32")
I("deret",   "010000 1 0000000000000000000 011111", "cp0",    "mips32",   unimpl="no EJTAG")
I("wait",    "010000 1 code19 100000",              "cp0",    "mips32",   "code19", capstone=_CS_NO)
I("mfgc0",   "010000 00011 rt rd 000 00000 sel",    "vz",     "vz",       "rt,c0", capstone=_CS_VZ)
I("dmfgc0",  "010000 00011 rt rd 001 00000 sel",    "vz",     "vz",       "rt,c0", capstone=_CS_VZ)
I("mtgc0",   "010000 00011 rt rd 010 00000 sel",    "vz",     "vz",       "rt,c0", capstone=_CS_VZ)
I("dmtgc0",  "010000 00011 rt rd 011 00000 sel",    "vz",     "vz",       "rt,c0", capstone=_CS_VZ)
I("tlbgr",   "010000 1 0000000000000000000 001001", "vz",     "vz",       capstone=_CS_VZ)
I("tlbgwi",  "010000 1 0000000000000000000 001010", "vz",     "vz",       capstone=_CS_VZ)
I("tlbginv", "010000 1 0000000000000000000 001011", "vz",     "vz",       capstone=_CS_VZ)
I("tlbginvf", "010000 1 0000000000000000000 001100", "vz",    "vz",       capstone=_CS_VZ)
I("tlbgwr",  "010000 1 0000000000000000000 001110", "vz",     "vz",       capstone=_CS_VZ)
I("tlbgp",   "010000 1 0000000000000000000 010000", "vz",     "vz",       capstone=_CS_VZ)
I("hypcall", "010000 1 0000 code10 00000 101000",   "vz",     "vz",       "code10", capstone=_CS_VZ)  # GExcCode HC

# ---------------------------------------------------------------------------------
# COP1 (opcode 010001): rs/fmt bits 25..21 (S=10000 D=10001 W=10100 L=10101),
# function bits 5..0.  Everything that neither branches nor touches memory is
# executed by fpu_exec (group fpu_exec).
# ---------------------------------------------------------------------------------
I("mfc1",    "010001 00000 rt fs 00000000000",      "fpu",    "mips32",   "rt,fs", group="fpu_exec")
I("dmfc1",   "010001 00001 rt fs 00000000000",      "fpu",    "mips64",   "rt,fs", group="fpu_exec")
I("cfc1",    "010001 00010 rt fs 00000000000",      "fpu",    "mips32",   "rt,c1", group="fpu_exec")
I("mfhc1",   "010001 00011 rt fs 00000000000",      "fpu",    "mips32r2", "rt,fs", group="fpu_exec")
I("mtc1",    "010001 00100 rt fs 00000000000",      "fpu",    "mips32",   "rt,fs", group="fpu_exec")
I("dmtc1",   "010001 00101 rt fs 00000000000",      "fpu",    "mips64",   "rt,fs", group="fpu_exec")
I("ctc1",    "010001 00110 rt fs 00000000000",      "fpu",    "mips32",   "rt,c1", group="fpu_exec")
I("mthc1",   "010001 00111 rt fs 00000000000",      "fpu",    "mips32r2", "rt,fs", group="fpu_exec")
I("bc1f",    "010001 01000 cc 0 0 offset16",        "fpu_branch", "mips32", "cc?,br")
I("bc1t",    "010001 01000 cc 0 1 offset16",        "fpu_branch", "mips32", "cc?,br")
I("bc1fl",   "010001 01000 cc 1 0 offset16",        "fpu_branch", "mips32", "cc?,br")
I("bc1tl",   "010001 01000 cc 1 1 offset16",        "fpu_branch", "mips32", "cc?,br")

_FMT = {"s": "10000", "d": "10001", "w": "10100", "l": "10101"}
_LEVEL64 = "mips64"   # MIPS IV / MIPS64 (also MIPS32 Release 2 with a 64-bit FPU)

for _f in ("s", "d"):
    _b = _FMT[_f]
    _g = "fpu_exec"
    I(f"add.{_f}",     f"010001 {_b} ft fs fd 000000",    "fpu", "mips32", "fd,fs,ft", group=_g)
    I(f"sub.{_f}",     f"010001 {_b} ft fs fd 000001",    "fpu", "mips32", "fd,fs,ft", group=_g)
    I(f"mul.{_f}",     f"010001 {_b} ft fs fd 000010",    "fpu", "mips32", "fd,fs,ft", group=_g)
    I(f"div.{_f}",     f"010001 {_b} ft fs fd 000011",    "fpu", "mips32", "fd,fs,ft", group=_g)
    I(f"sqrt.{_f}",    f"010001 {_b} 00000 fs fd 000100", "fpu", "mips32", "fd,fs", group=_g)
    I(f"abs.{_f}",     f"010001 {_b} 00000 fs fd 000101", "fpu", "mips32", "fd,fs", group=_g)
    I(f"mov.{_f}",     f"010001 {_b} 00000 fs fd 000110", "fpu", "mips32", "fd,fs", group=_g)
    I(f"neg.{_f}",     f"010001 {_b} 00000 fs fd 000111", "fpu", "mips32", "fd,fs", group=_g)
    I(f"round.l.{_f}", f"010001 {_b} 00000 fs fd 001000", "fpu", _LEVEL64, "fd,fs", group=_g)
    I(f"trunc.l.{_f}", f"010001 {_b} 00000 fs fd 001001", "fpu", _LEVEL64, "fd,fs", group=_g)
    I(f"ceil.l.{_f}",  f"010001 {_b} 00000 fs fd 001010", "fpu", _LEVEL64, "fd,fs", group=_g)
    I(f"floor.l.{_f}", f"010001 {_b} 00000 fs fd 001011", "fpu", _LEVEL64, "fd,fs", group=_g)
    I(f"round.w.{_f}", f"010001 {_b} 00000 fs fd 001100", "fpu", "mips32", "fd,fs", group=_g)
    I(f"trunc.w.{_f}", f"010001 {_b} 00000 fs fd 001101", "fpu", "mips32", "fd,fs", group=_g)
    I(f"ceil.w.{_f}",  f"010001 {_b} 00000 fs fd 001110", "fpu", "mips32", "fd,fs", group=_g)
    I(f"floor.w.{_f}", f"010001 {_b} 00000 fs fd 001111", "fpu", "mips32", "fd,fs", group=_g)
    I(f"movf.{_f}",    f"010001 {_b} cc 0 0 fs fd 010001", "fpu", "mips32", "fd,fs,cc", group=_g)
    I(f"movt.{_f}",    f"010001 {_b} cc 0 1 fs fd 010001", "fpu", "mips32", "fd,fs,cc", group=_g)
    I(f"movz.{_f}",    f"010001 {_b} rt fs fd 010010",    "fpu", "mips32", "fd,fs,rt", group=_g)
    I(f"movn.{_f}",    f"010001 {_b} rt fs fd 010011",    "fpu", "mips32", "fd,fs,rt", group=_g)
    I(f"recip.{_f}",   f"010001 {_b} 00000 fs fd 010101", "fpu", _LEVEL64, "fd,fs", group=_g,
      capstone=_CS_NO)
    I(f"rsqrt.{_f}",   f"010001 {_b} 00000 fs fd 010110", "fpu", _LEVEL64, "fd,fs", group=_g,
      capstone=_CS_NO)
    if _f != "s":
        I(f"cvt.s.{_f}", f"010001 {_b} 00000 fs fd 100000", "fpu", "mips32", "fd,fs", group=_g)
    if _f != "d":
        I(f"cvt.d.{_f}", f"010001 {_b} 00000 fs fd 100001", "fpu", "mips32", "fd,fs", group=_g)
    I(f"cvt.w.{_f}",   f"010001 {_b} 00000 fs fd 100100", "fpu", "mips32", "fd,fs", group=_g)
    I(f"cvt.l.{_f}",   f"010001 {_b} 00000 fs fd 100101", "fpu", _LEVEL64, "fd,fs", group=_g)
    # C.cond.fmt: bits 7..6 zero, FC (5..4) = 11, cond in bits 3..0 (manual table 3.x).
    for _i, _c in enumerate(("f", "un", "eq", "ueq", "olt", "ult", "ole", "ule",
                             "sf", "ngle", "seq", "ngl", "lt", "nge", "le", "ngt")):
        I(f"c.{_c}.{_f}", f"010001 {_b} ft fs cc 00 11 {_i:04b}", "fpu", "mips32",
          "cc?,fs,ft", group=f"{_g} fpcmp_{_f}",
          capstone="cc=0: capstone 5 decodes c.cond.fmt only with cc 0")

for _f in ("w", "l"):
    _b = _FMT[_f]
    _lv = "mips32" if _f == "w" else _LEVEL64
    I(f"cvt.s.{_f}", f"010001 {_b} 00000 fs fd 100000", "fpu", _lv, "fd,fs", group="fpu_exec")
    I(f"cvt.d.{_f}", f"010001 {_b} 00000 fs fd 100001", "fpu", _lv, "fd,fs", group="fpu_exec")

# ---------------------------------------------------------------------------------
# COP1X (opcode 010011), function bits 5..0; madd/msub fmt in bits 2..0 (S=000 D=001)
# ---------------------------------------------------------------------------------
I("lwxc1",   "010011 base index 00000 fd 000000",   "fpu_mem", _LEVEL64,  "fd,idx", capstone=_CS_BASE8)
I("ldxc1",   "010011 base index 00000 fd 000001",   "fpu_mem", _LEVEL64,  "fd,idx", capstone=_CS_BASE8)
I("luxc1",   "010011 base index 00000 fd 000101",   "fpu_mem", "mips32r2", "fd,idx", capstone=_CS_BASE8)
I("swxc1",   "010011 base index fs 00000 001000",   "fpu_mem", _LEVEL64,  "fs,idx", capstone=_CS_BASE8)
I("sdxc1",   "010011 base index fs 00000 001001",   "fpu_mem", _LEVEL64,  "fs,idx", capstone=_CS_BASE8)
I("suxc1",   "010011 base index fs 00000 001101",   "fpu_mem", "mips32r2", "fs,idx", capstone=_CS_BASE8)
I("prefx",   "010011 base index hint 00000 001111", "fpu_mem", _LEVEL64,  "hint,idx", capstone=_CS_NO)
I("madd.s",  "010011 fr ft fs fd 100 000",          "fpu",    _LEVEL64,   "fd,fr,fs,ft", group="fpu_exec", capstone=_CS_FR8)
I("madd.d",  "010011 fr ft fs fd 100 001",          "fpu",    _LEVEL64,   "fd,fr,fs,ft", group="fpu_exec", capstone=_CS_FR8)
I("msub.s",  "010011 fr ft fs fd 101 000",          "fpu",    _LEVEL64,   "fd,fr,fs,ft", group="fpu_exec", capstone=_CS_FR8)
I("msub.d",  "010011 fr ft fs fd 101 001",          "fpu",    _LEVEL64,   "fd,fr,fs,ft", group="fpu_exec", capstone=_CS_FR8)
I("nmadd.s", "010011 fr ft fs fd 110 000",          "fpu",    _LEVEL64,   "fd,fr,fs,ft", group="fpu_exec", capstone=_CS_FR8)
I("nmadd.d", "010011 fr ft fs fd 110 001",          "fpu",    _LEVEL64,   "fd,fr,fs,ft", group="fpu_exec", capstone=_CS_FR8)
I("nmsub.s", "010011 fr ft fs fd 111 000",          "fpu",    _LEVEL64,   "fd,fr,fs,ft", group="fpu_exec", capstone=_CS_FR8)
I("nmsub.d", "010011 fr ft fs fd 111 001",          "fpu",    _LEVEL64,   "fd,fr,fs,ft", group="fpu_exec", capstone=_CS_FR8)


def groups() -> dict:
    """Group name -> list of entries, in table order."""
    out: dict = {}
    for e in INSTRUCTIONS:
        for g in e.groups:
            out.setdefault(g, []).append(e)
    return out


def check_overlaps(entries=None) -> list:
    """Pairs of entries that some 32-bit word matches both of (must be empty)."""
    entries = INSTRUCTIONS if entries is None else entries
    bad = []
    for i, a in enumerate(entries):
        for b in entries[i + 1:]:
            if ((a.value ^ b.value) & a.mask & b.mask) == 0:
                bad.append((a.name, b.name))
    return bad


def _self_check():
    names = [e.name for e in INSTRUCTIONS]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise ValueError(f"duplicate instruction names: {sorted(dup)}")


_self_check()
