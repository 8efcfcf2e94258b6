"""GNU-objdump-like disassembly of one instruction word.

Operand syntax comes from the table's ``asm`` column; the common objdump aliases
(nop, move, li, b, beqz, bal, negu, ...) are applied the way objdump does.  CP0
registers are printed numerically ("$12,1"), as ``objdump -M cp0-names=numeric``.
"""

from __future__ import annotations

from . import lookup    # defined before mipsvm.isa imports this module

from .regnames import FCR as _C1
from .regnames import GPR
_SYNC = {0x04: "sync_wmb", 0x10: "sync_mb", 0x11: "sync_acquire",
         0x12: "sync_release", 0x13: "sync_rmb"}
_GPR_FIELDS = ("rs", "rt", "rd", "base")
_FPR_FIELDS = ("fs", "ft", "fd", "fr")


def _s16(v):
    return v - 0x10000 if v & 0x8000 else v


def _hex(v):
    return f"0x{v:x}"


def _pos_size(name, f):
    lsb = f["lsb"]
    if name == "ext" or name == "dext":
        return lsb, f["msbd"] + 1
    if name == "dextm":
        return lsb, f["msbd"] + 33
    if name == "dextu":
        return lsb + 32, f["msbd"] + 1
    if name == "ins" or name == "dins":
        return lsb, f["msb"] - lsb + 1
    if name == "dinsm":
        return lsb, f["msb"] + 32 - lsb + 1
    if name == "dinsu":
        return lsb + 32, f["msb"] - lsb + 1
    raise KeyError(name)


def _operands(e, f, word, pc):
    out = []
    for tok in e.asm.split(",") if e.asm else ():
        if tok in _GPR_FIELDS:
            out.append(GPR[f[tok]])
        elif tok in _FPR_FIELDS:
            out.append(f"$f{f[tok]}")
        elif tok == "rt?":
            if f["rt"]:
                out.append(GPR[f["rt"]])
        elif tok == "zero":
            out.append("zero")
        elif tok == "sa":
            out.append(_hex(f["sa"]))
        elif tok == "simm":
            out.append(str(_s16(f["imm16"])))
        elif tok == "uimm":
            out.append(_hex(f["imm16"]))
        elif tok == "mem":
            out.append(f"{_s16(f['offset16'])}({GPR[f['base']]})")
        elif tok == "idx":
            out.append(f"{GPR[f['index']]}({GPR[f['base']]})")
        elif tok == "br":
            out.append(_hex((pc + 4 + (_s16(f["offset16"]) << 2)) & 0xFFFFFFFFFFFFFFFF))
        elif tok == "jt":
            out.append(_hex(((pc + 4) & ~0x0FFFFFFF) | (f["target26"] << 2)))
        elif tok == "cc":
            out.append(f"$fcc{f['cc']}")
        elif tok == "cc?":
            if f["cc"]:
                out.append(f"$fcc{f['cc']}")
        elif tok == "c0":
            out.append(f"${f['rd']}" + (f",{f['sel']}" if f["sel"] else ""))
        elif tok == "c1":
            out.append(_C1.get(f["fs"], f"${f['fs']}"))
        elif tok == "hwr":
            out.append(f"${f['rd']}")
        elif tok in ("op", "hint"):
            out.append(_hex(f[tok]))
        elif tok == "stype":
            if f["stype"]:
                out.append(_hex(f["stype"]))
        elif tok in ("code19", "code10"):
            if f[tok]:
                out.append(_hex(f[tok]))
        elif tok == "code20":
            if e.name == "break":       # objdump splits it as code1 (25..16), code2 (15..6)
                c1, c2 = f["code20"] >> 10, f["code20"] & 0x3FF
                if c1 or c2:
                    out.append(_hex(c1))
                if c2:
                    out.append(_hex(c2))
            elif f["code20"]:
                out.append(_hex(f["code20"]))
        elif tok == "pos":
            out.append(_hex(_pos_size(e.name, f)[0]))
        elif tok == "size":
            out.append(_hex(_pos_size(e.name, f)[1]))
        else:
            raise KeyError(f"{e.name}: unknown operand token {tok!r}")
    return out


def _alias(e, f, ops):
    """objdump's preferred alias of (name, operands), or None."""
    n = e.name
    if n == "sll" and f["rd"] == 0 and f["rt"] == 0:
        return {0: ("nop", []), 1: ("ssnop", []), 3: ("ehb", []), 5: ("pause", [])}.get(f["sa"])
    if n in ("addu", "daddu", "or") and f["rt"] == 0:
        return "move", ops[:2]
    if n in ("sub", "subu", "dsub", "dsubu") and f["rs"] == 0:
        return {"sub": "neg", "subu": "negu", "dsub": "dneg", "dsubu": "dnegu"}[n], [ops[0], ops[2]]
    if n in ("addiu", "ori") and f["rs"] == 0:
        return "li", [ops[0], ops[2]]
    if n == "beq" and f["rt"] == 0:
        if f["rs"] == 0:
            return "b", ops[2:]
        return "beqz", [ops[0], ops[2]]
    if n in ("bne", "beql", "bnel") and f["rt"] == 0:
        return n[:3] + "z" + n[3:], [ops[0], ops[2]]
    if n == "bgez" and f["rs"] == 0:
        return "b", ops[1:]
    if n == "bgezal" and f["rs"] == 0:
        return "bal", ops[1:]
    if n in ("jr", "jalr"):
        name = n + (".hb" if f["hint"] & 0x10 else "")
        if n == "jalr" and f["rd"] == 31:
            ops = ops[1:]
        return name, ops
    if n == "sync" and f["stype"] in _SYNC:
        return _SYNC[f["stype"]], []
    if n in ("teq", "tge", "tgeu", "tlt", "tltu", "tne") and f["code10"] == 0:
        return n, ops[:2]
    return None


def format_insn(e, word, pc=0):
    f = e.extract(word)
    ops = _operands(e, f, word, pc)
    name = e.name
    a = _alias(e, f, ops)
    if a is not None:
        name, ops = a
    return f"{name} {','.join(ops)}" if ops else name


def disasm(word: int, pc: int = 0) -> str:
    """Disassemble one word at address pc; ".word 0x..." when reserved."""
    e = lookup(word)
    if e is None:
        return f".word 0x{word & 0xFFFFFFFF:08x}"
    return format_insn(e, word & 0xFFFFFFFF, pc)
