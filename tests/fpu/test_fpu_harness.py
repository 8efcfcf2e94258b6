"""mipsvm/core/fpu.h through the standalone C harness (fpu_harness.c).

The hand-written table below gives the expected bits (all of them were
confirmed on qemu-mips64el -cpu MIPS64R2-generic, the reference).  When a
mips64el cross compiler and qemu are installed, the table and a few
thousand random vectors are also run through qemu and compared bit for bit.
"""
import math
import os
import random
import shutil
import struct
import subprocess

import pytest

from mipsvm.cp0 import gen as cp0gen
from mipsvm.isa import gen

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORE = os.path.join(ROOT, "mipsvm", "core")

# ---------------------------------------------------------------- encodings
FMT = {"s": 16, "d": 17, "w": 20, "l": 21}
ARITH = {"add": 0, "sub": 1, "mul": 2, "div": 3, "sqrt": 4, "abs": 5, "mov": 6, "neg": 7,
         "round.l": 8, "trunc.l": 9, "ceil.l": 10, "floor.l": 11, "round.w": 12,
         "trunc.w": 13, "ceil.w": 14, "floor.w": 15, "movz": 18, "movn": 19,
         "recip": 21, "rsqrt": 22, "cvt.s": 32, "cvt.d": 33, "cvt.w": 36, "cvt.l": 37}
CONDS = "f un eq ueq olt ult ole ule sf ngle seq ngl lt nge le ngt".split()
MOVES = {"mfc1": 0, "dmfc1": 1, "cfc1": 2, "mfhc1": 3, "mtc1": 4, "dmtc1": 5, "ctc1": 6, "mthc1": 7}
COP1X = {"madd": 0x20, "msub": 0x28, "nmadd": 0x30, "nmsub": 0x38}


def enc(name, fd=2, fs=4, ft=6, fr=8, rt=12, cc=0, rs=13, rd=14):
    """Instruction word for mnemonic `name` (registers as in the manual)."""
    p = name.split(".")
    if name in MOVES:
        return (0x11 << 26) | (MOVES[name] << 21) | (rt << 16) | (fs << 11)
    if name in ("movf", "movt"):
        return (rs << 21) | (cc << 18) | ((name == "movt") << 16) | (rd << 11) | 1
    if p[0] == "c":
        return ((0x11 << 26) | (FMT[p[2]] << 21) | (ft << 16) | (fs << 11) | (cc << 8)
                | 0x30 | CONDS.index(p[1]))
    if p[0] in COP1X:
        return ((0x13 << 26) | (fr << 21) | (ft << 16) | (fs << 11) | (fd << 6)
                | COP1X[p[0]] | (p[1] == "d"))
    if p[0] in ("movf", "movt"):
        return ((0x11 << 26) | (FMT[p[1]] << 21) | (cc << 18) | ((p[0] == "movt") << 16)
                | (fs << 11) | (fd << 6) | 0x11)
    base, fmt = ".".join(p[:-1]), p[-1]
    if base in ("movz", "movn"):
        ft = rt
    return (0x11 << 26) | (FMT[fmt] << 21) | (ft << 16) | (fs << 11) | (fd << 6) | ARITH[base]


def D(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def S(x):
    return struct.unpack("<I", struct.pack("<f", x))[0]


def vector(seq, fcsr=0, fpr=None, gpr=None):
    """One input line; seq is a mnemonic or a list of (mnemonic, fields)."""
    if isinstance(seq, (str, tuple)):
        seq = [seq]
    seq = [(x, {}) if isinstance(x, str) else x for x in seq]
    line = "%s %s %08x" % (",".join(n for n, _ in seq),
                           ",".join("%08x" % enc(n, **kw) for n, kw in seq), fcsr)
    for r, v in (fpr or {}).items():
        line += " f%d=%x" % (r, v & (2**64 - 1))
    for r, v in (gpr or {}).items():
        line += " r%d=%x" % (r, v & (2**64 - 1))
    return line


def run(cmd, lines):
    out = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=True, timeout=60).stdout.splitlines()
    assert len(out) == len(lines)
    res = []
    for l in out:
        p = l.split()
        res.append({"ret": int(p[1]), "fcsr": int(p[2], 16),
                    "f": [int(x, 16) for x in p[3:35]],
                    "r": [0] * 12 + [int(x, 16) for x in p[35:39]]})
    return res


def default_fpr(i):
    return 0xDEAD00000000BE00 | i


# ------------------------------------------------------------------ harness
@pytest.fixture(scope="module")
def harness(tmp_path_factory):
    cc = shutil.which("gcc") or shutil.which("cc")
    if not cc:
        pytest.skip("no host C compiler")
    d = tmp_path_factory.mktemp("fpu_harness")
    shutil.copy(os.path.join(CORE, "cpu.h"), d / "cpu.h")
    shutil.copy(os.path.join(CORE, "fpu.h"), d / "fpu.h")
    (d / "decode_gen.h").write_text(gen.generate())     # op ids, groups, fld_* accessors
    (d / "cp0_gen.h").write_text(cp0gen.generate())     # EXC_* codes
    exe = d / "fpu_harness"
    subprocess.run([cc, "-O2", "-frounding-math", "-Wall", "-Wextra", "-I", str(d),
                    os.path.join(HERE, "fpu_harness.c"), "-o", str(exe), "-lm"],
                   check=True, capture_output=True, timeout=120)
    return [str(exe)]


# ------------------------------------------------------------- expectations
# (id, seq, fcsr, fpr, gpr, expected) -- expected keys: ret, fcsr, fN, rN.
ONE_D, THREE_D, ONE_S, THREE_S = D(1.0), D(3.0), S(1.0), S(3.0)
INF_D, MAX_D = 0x7FF0000000000000, 0x7FEFFFFFFFFFFFFF
QNAN_D, SNAN_D = 0x7FF0000000000001, 0x7FF8000000000000      # legacy encoding
QNAN_S, SNAN_S = 0x7F800001, 0x7FC00000
DNAN_D, DNAN_S = 0x7FF7FFFFFFFFFFFF, 0x7FBFFFFF
HI = 0xDEAD000000000000          # upper half the harness leaves in f2
I_, U_, O_, Z_, V_ = 1, 2, 4, 8, 16


def cf(cause, flags=None, extra=0):
    """FCSR with the given Cause bits and Flags (default: same as Cause)."""
    return extra | (cause << 12) | ((cause if flags is None else flags) << 2)


CASES = []


def case(id_, seq, fcsr_in=0, fpr=None, gpr=None, **exp):
    CASES.append((id_, seq, fcsr_in, fpr or {}, gpr or {}, exp))


# Rounding modes (RM 0 RN, 1 RZ, 2 RP, 3 RM) on add / div / sqrt / convert.
for rm, want in enumerate([ONE_D, ONE_D, ONE_D + 1, ONE_D]):
    case("add.d rm%d" % rm, "add.d", rm, {4: ONE_D, 6: D(2.0**-60)}, fcsr=cf(I_, extra=rm), f2=want)
for rm, want in enumerate([0xBFF0000000000000, 0xBFF0000000000000, 0xBFF0000000000000,
                           0xBFF0000000000001]):
    case("add.d neg rm%d" % rm, "add.d", rm, {4: D(-1.0), 6: D(-2.0**-60)}, fcsr=cf(I_, extra=rm), f2=want)
for rm, want in enumerate([0x3FD5555555555555, 0x3FD5555555555555, 0x3FD5555555555556,
                           0x3FD5555555555555]):
    case("div.d 1/3 rm%d" % rm, "div.d", rm, {4: ONE_D, 6: THREE_D}, fcsr=cf(I_, extra=rm), f2=want)
for rm, want in enumerate([0xBEAAAAAB, 0xBEAAAAAA, 0xBEAAAAAA, 0xBEAAAAAB]):
    case("div.s -1/3 rm%d" % rm, "div.s", rm, {4: S(-1.0), 6: THREE_S}, fcsr=cf(I_, extra=rm),
         f2=HI | want)
for rm, want in enumerate([0x3FF6A09E667F3BCD, 0x3FF6A09E667F3BCC, 0x3FF6A09E667F3BCD,
                           0x3FF6A09E667F3BCC]):
    case("sqrt.d 2 rm%d" % rm, "sqrt.d", rm, {4: D(2.0)}, fcsr=cf(I_, extra=rm), f2=want)
for rm, (p, n) in enumerate([(2, -2), (2, -2), (3, -2), (2, -3)]):
    case("cvt.w.d 2.5 rm%d" % rm, "cvt.w.d", rm, {4: D(2.5)}, fcsr=cf(I_, extra=rm), f2=HI | p)
    case("cvt.w.d -2.5 rm%d" % rm, "cvt.w.d", rm, {4: D(-2.5)}, fcsr=cf(I_, extra=rm),
         f2=HI | (n & 0xFFFFFFFF))
    case("cvt.l.s -2.5 rm%d" % rm, "cvt.l.s", rm, {4: S(-2.5)}, fcsr=cf(I_, extra=rm),
         f2=n & (2**64 - 1))
for rm, want in enumerate([0x3EAAAAAB, 0x3EAAAAAA, 0x3EAAAAAB, 0x3EAAAAAA]):
    case("cvt.s.d 1/3 rm%d" % rm, "cvt.s.d", rm, {4: D(1 / 3)}, fcsr=cf(I_, extra=rm), f2=HI | want)
for rm, want in enumerate([0x4B800000, 0x4B800000, 0x4B800001, 0x4B800000]):
    case("cvt.s.w 2^24+1 rm%d" % rm, "cvt.s.w", rm, {4: 16777217}, fcsr=cf(I_, extra=rm),
         f2=HI | want)
for rm, want in enumerate([D(2.0**53), D(2.0**53), D(2.0**53 + 2), D(2.0**53)]):
    case("cvt.d.l 2^53+1 rm%d" % rm, "cvt.d.l", rm, {4: 2**53 + 1}, fcsr=cf(I_, extra=rm), f2=want)
for rm, want in enumerate([INF_D, MAX_D, INF_D, MAX_D]):
    case("mul.d overflow rm%d" % rm, "mul.d", rm, {4: MAX_D, 6: D(2.0)},
         fcsr=cf(O_ | I_, extra=rm), f2=want)
case("cvt.w.d 3.5 rn", "cvt.w.d", 0, {4: D(3.5)}, fcsr=cf(I_), f2=HI | 4)
case("cvt.w.d exact", "cvt.w.d", 0, {4: D(-7.0)}, fcsr=0, f2=HI | 0xFFFFFFF9)
# round/trunc/ceil/floor ignore RM.
case("round.w.d 2.5 rm2", "round.w.d", 2, {4: D(2.5)}, fcsr=cf(I_, extra=2), f2=HI | 2)
case("round.w.d 3.5 rm1", "round.w.d", 1, {4: D(3.5)}, fcsr=cf(I_, extra=1), f2=HI | 4)
case("trunc.w.d -2.7 rm3", "trunc.w.d", 3, {4: D(-2.7)}, fcsr=cf(I_, extra=3), f2=HI | 0xFFFFFFFE)
case("ceil.w.d 2.1", "ceil.w.d", 0, {4: D(2.1)}, fcsr=cf(I_), f2=HI | 3)
case("floor.w.d -2.1 rm2", "floor.w.d", 2, {4: D(-2.1)}, fcsr=cf(I_, extra=2), f2=HI | 0xFFFFFFFD)
case("ceil.l.s tiny", "ceil.l.s", 0, {4: 1}, fcsr=cf(I_), f2=1)
case("floor.l.d -0", "floor.l.d", 0, {4: 1 << 63}, fcsr=0, f2=0)

# Invalid operations give the default NaN; division by zero.
case("div.d 0/0", "div.d", 0, {4: 0, 6: 0}, fcsr=cf(V_), f2=DNAN_D)
case("div.s 0/0", "div.s", 0, {4: 0, 6: 0}, fcsr=cf(V_), f2=HI | DNAN_S)
case("sub.d inf-inf", "sub.d", 0, {4: INF_D, 6: INF_D}, fcsr=cf(V_), f2=DNAN_D)
case("mul.d 0*inf", "mul.d", 0, {4: 0, 6: INF_D}, fcsr=cf(V_), f2=DNAN_D)
case("sqrt.d -1", "sqrt.d", 0, {4: D(-1.0)}, fcsr=cf(V_), f2=DNAN_D)
case("sqrt.d -0", "sqrt.d", 0, {4: 1 << 63}, fcsr=0, f2=1 << 63)
case("div.d 1/0", "div.d", 0, {4: ONE_D, 6: 0}, fcsr=cf(Z_), f2=INF_D)
case("div.d -1/0", "div.d", 0, {4: D(-1.0), 6: 0}, fcsr=cf(Z_), f2=INF_D | 1 << 63)
case("recip.d 0", "recip.d", 0, {4: 0}, fcsr=cf(Z_), f2=INF_D)
case("rsqrt.d -0", "rsqrt.d", 0, {4: 1 << 63}, fcsr=cf(Z_), f2=INF_D | 1 << 63)
case("rsqrt.s 4", "rsqrt.s", 0, {4: S(4.0)}, fcsr=0, f2=HI | S(0.5))

# NaN operands: default NaN out; Invalid only for a signalling NaN.
case("add.d qnan", "add.d", 0, {4: QNAN_D, 6: ONE_D}, fcsr=0, f2=DNAN_D)
case("add.d snan", "add.d", 0, {4: ONE_D, 6: SNAN_D | 5}, fcsr=cf(V_), f2=DNAN_D)
case("mul.s qnan", "mul.s", 0, {4: QNAN_S, 6: ONE_S}, fcsr=0, f2=HI | DNAN_S)
case("cvt.d.s qnan", "cvt.d.s", 0, {4: QNAN_S}, fcsr=0, f2=DNAN_D)
case("cvt.s.d snan", "cvt.s.d", 0, {4: SNAN_D}, fcsr=cf(V_), f2=HI | DNAN_S)
case("nmadd.d 0*inf", "nmadd.d", 0, {4: 0, 6: INF_D, 8: ONE_D}, fcsr=cf(V_),
     f2=DNAN_D | 1 << 63)
case("nmsub.s qnan", "nmsub.s", 0, {4: QNAN_S, 6: ONE_S, 8: ONE_S}, fcsr=0,
     f2=HI | DNAN_S | 1 << 31)
# abs/neg/mov: sign-bit operations, no Invalid for sNaN, Cause untouched.
case("abs.d snan", "abs.d", cf(I_), {4: SNAN_D | 1 << 63}, fcsr=cf(I_), f2=SNAN_D)
case("neg.s snan", "neg.s", cf(I_), {4: SNAN_S}, fcsr=cf(I_), f2=HI | 0xFFC00000)
case("mov.s keeps upper", "mov.s", 0, {4: 0x123456789}, fcsr=0, f2=HI | 0x23456789)

# Float -> integer out of range or NaN: 2^(n-1)-1 and Invalid.
case("cvt.w.d 1e20", "cvt.w.d", 0, {4: D(1e20)}, fcsr=cf(V_), f2=HI | 0x7FFFFFFF)
case("cvt.w.d -1e20", "cvt.w.d", 0, {4: D(-1e20)}, fcsr=cf(V_), f2=HI | 0x7FFFFFFF)
case("cvt.l.d -1e20", "cvt.l.d", 0, {4: D(-1e20)}, fcsr=cf(V_), f2=0x7FFFFFFFFFFFFFFF)
case("trunc.w.d nan", "trunc.w.d", 0, {4: QNAN_D}, fcsr=cf(V_), f2=HI | 0x7FFFFFFF)
case("trunc.l.s snan", "trunc.l.s", 0, {4: SNAN_S}, fcsr=cf(V_), f2=0x7FFFFFFFFFFFFFFF)
case("round.w.s -inf", "round.w.s", 0, {4: 0xFF800000}, fcsr=cf(V_), f2=HI | 0x7FFFFFFF)
case("cvt.w.d -2^31", "cvt.w.d", 0, {4: D(-2.0**31)}, fcsr=0, f2=HI | 0x80000000)
case("cvt.w.d -2^31-0.5 rz", "cvt.w.d", 1, {4: D(-2.0**31 - 0.5)}, fcsr=cf(I_, extra=1),
     f2=HI | 0x80000000)
case("cvt.w.d 2^31-0.5 rp", "cvt.w.d", 2, {4: D(2.0**31 - 0.5)}, fcsr=cf(V_, extra=2),
     f2=HI | 0x7FFFFFFF)
case("cvt.l.d -2^63", "cvt.l.d", 0, {4: D(-2.0**63)}, fcsr=0, f2=1 << 63)
case("cvt.l.d 2^63", "cvt.l.d", 0, {4: D(2.0**63)}, fcsr=cf(V_), f2=0x7FFFFFFFFFFFFFFF)

# MADD is two roundings on R2 (fused would give -2^-60 here).
case("madd.d unfused", "madd.d", 0, {4: D(1 + 2.0**-30), 6: D(1 - 2.0**-30), 8: D(-1.0)},
     fcsr=cf(I_), f2=0)
case("msub.s", "msub.s", 0, {4: S(2.0), 6: S(3.0), 8: S(1.0)}, fcsr=0, f2=HI | S(5.0))
case("nmadd.d", "nmadd.d", 0, {4: D(2.0), 6: D(3.0), 8: ONE_D}, fcsr=0, f2=D(-7.0))

# Underflow: tininess after rounding (no U when it rounds up to 2^-1022).
case("mul.d rounds to min normal", "mul.d", 0, {4: D(1 + 2.0**-52), 6: 0x000FFFFFFFFFFFFF},
     fcsr=cf(I_), f2=0x0010000000000000)
case("mul.d tiny inexact", "mul.d", 0, {4: D(0.5), 6: 3}, fcsr=cf(U_ | I_), f2=2)
case("mul.d tiny exact", "mul.d", 0x100, {4: D(0.5), 6: 2}, fcsr=0x100, f2=1)
case("cvt.s.d tie to min normal", "cvt.s.d", 0, {4: D(2.0**-126 * (1 - 2.0**-24))},
     fcsr=cf(U_ | I_), f2=HI | 0x00800000)
# FCSR.FS: tiny results become zero silently (no U, no I, no trap).
case("FS flush", "mul.d", 0x1000100, {4: D(0.5), 6: 3}, fcsr=0x1000100, f2=0)
case("FS flush rounded-up", "mul.d", 0x1000000, {4: D(1 + 2.0**-52), 6: 0x000FFFFFFFFFFFFF},
     fcsr=0x1000000, f2=0)
case("FS input not flushed", "mul.d", 0x1000000, {4: 1, 6: D(2.0**100)}, fcsr=0x1000000,
     f2=0x0310000000000000)

# Compares: FCC[cc] set/cleared, Invalid for NaN (signalling forms) or sNaN.
case("c.lt.d qnan", "c.lt.d", 0x800000, {4: QNAN_D, 6: ONE_D}, fcsr=cf(V_))
case("c.olt.d qnan", "c.olt.d", 0x800000, {4: QNAN_D, 6: ONE_D}, fcsr=0)
case("c.olt.d snan", "c.olt.d", 0, {4: SNAN_D, 6: ONE_D}, fcsr=cf(V_))
case("c.ult.s qnan", "c.ult.s", 0, {4: QNAN_S, 6: ONE_S}, fcsr=0x800000)
case("c.eq.d -0 +0 cc5", ("c.eq.d", {"cc": 5}), 0, {4: 1 << 63, 6: 0}, fcsr=1 << 29)
case("c.le.s cc7", ("c.le.s", {"cc": 7}), 0, {4: S(-2.0), 6: S(-3.0)}, fcsr=0)
case("c.ngt.d", "c.ngt.d", 0, {4: D(-2.0), 6: D(-1.0)}, fcsr=0x800000)
case("c.lt.d enabled V: trap, FCC kept", ("c.lt.d", {"cc": 3}), 0x08000800,
     {4: QNAN_D, 6: ONE_D}, ret=15, fcsr=0x08010800)

# Enabled exception: EXC_FPE, Cause set, Flags and destination untouched.
case("div.d 1/0 Z enabled", "div.d", 0x400, {2: 0x1234, 4: ONE_D, 6: 0}, ret=15,
     fcsr=0x8400, f2=0x1234)
case("div.s 1/3 I enabled", "div.s", 0x80, {4: ONE_S, 6: THREE_S}, ret=15, fcsr=0x1080,
     f2=default_fpr(2))
case("mul.d tiny U enabled", "mul.d", 0x100, {4: D(0.5), 6: 3}, ret=15, fcsr=0x3100,
     f2=default_fpr(2))
case("cvt.w.d V enabled", "cvt.w.d", 0x800, {4: D(1e20)}, ret=15, fcsr=0x10800,
     f2=default_fpr(2))

# Cause is per instruction, Flags accumulate; cfc1 sees both mid-run.
case("cause/flags accumulate",
     ["div.d", ("div.d", {"fs": 2, "ft": 8}), ("cfc1", {"fs": 31}),
      ("add.d", {"fd": 10}), ("cfc1", {"fs": 26, "rt": 13})],
     0, {4: ONE_D, 6: THREE_D, 8: 0},
     r12=cf(Z_, I_ | Z_), r13=(I_ | Z_) << 2, fcsr=cf(0, I_ | Z_))
case("mov does not clear cause", ["div.d", "mov.d", ("cfc1", {"fs": 31})], 0,
     {4: ONE_D, 6: THREE_D}, r12=cf(I_), fcsr=cf(I_))
case("ctc1 changes the rounding mode mid-run",
     [("ctc1", {"fs": 31}), "div.d"], 0, {4: ONE_D, 6: THREE_D}, {12: 2},
     f2=0x3FD5555555555556, fcsr=cf(I_, extra=2))
case("ctc1 then enabled trap",
     [("ctc1", {"fs": 28}), "div.d"], 0, {2: 7, 4: ONE_D, 6: 0}, {12: 0x400},
     ret=15, fcsr=0x8400, f2=7)

# CFC1 / CTC1.
for fs, want in [(0, 0x007F0000), (1, 0), (5, 0), (2, 0xFFFFFFFFFE81F07F),
                 (25, 0xFF), (26, 0x1F07C), (28, 0x3), (31, 0xFFFFFFFFFE81F07F)]:
    case("cfc1 $%d" % fs, ("cfc1", {"fs": fs}), 0xFE81F07F, r12=want)
case("cfc1 rt=0", ("cfc1", {"fs": 31, "rt": 0}), 0x3, {}, {12: 5}, r12=5)
for fs, val, want, ret in [
        (25, 0xFF, 0xFE800000, 0), (25, 0x1FF, 0, 0),
        (26, 0xFFFFFFFF, 0, 0), (26, 0x3F07C, 0x3F07C, 15),
        (28, 0xF83, 0xF83, 0), (28, 0xF87, 0x1000F83, 0), (28, 0x10F83, 0xF83, 0),
        (31, 0xFFFFFFFF, 0xFF83FFFF, 15), (31, 0x1000, 0x1000, 0),
        (31, 0x20000, 0x20000, 15), (31, 0x21080, 0x21080, 15),
        (0, 0xFFFFFFFF, 0, 0), (1, 0xFFFFFFFF, 0, 0), (2, 0xFFFFFFFF, 0, 0)]:
    case("ctc1 $%d %x" % (fs, val), ("ctc1", {"fs": fs}), 0, {}, {12: val}, fcsr=want, ret=ret)

# Moves between register files; FR=1 32-bit writes keep the upper half.
case("mtc1", "mtc1", 0, {4: 0x1111111122222222}, {12: 0xFEDCBA9876543210}, f4=0x1111111176543210)
case("mthc1", "mthc1", 0, {4: 0x1111111122222222}, {12: 0xFEDCBA9876543210}, f4=0x7654321022222222)
case("dmtc1", "dmtc1", 0, {4: 0x1111111122222222}, {12: 0xFEDCBA9876543210}, f4=0xFEDCBA9876543210)
case("mfc1", "mfc1", 0, {4: 0x11111111F2222222}, r12=0xFFFFFFFFF2222222)
case("mfhc1", "mfhc1", 0, {4: 0xF111111122222222}, r12=0xFFFFFFFFF1111111)
case("dmfc1", "dmfc1", 0, {4: 0xF111111122222222}, r12=0xF111111122222222)
case("mfc1 rt=0", ("mfc1", {"rt": 0}), 0, {4: 7}, r12=0xA5A5A5A5A5A5A5AC)
case("add.s keeps upper", "add.s", 0, {2: 0x55555555AAAAAAAA, 4: ONE_S, 6: ONE_S},
     f2=0x5555555540000000)
FR = {2: 0x3333333344444444, 4: 0x1111111122222222}
case("movf.s cc0 clear", "movf.s", 0, FR, f2=0x3333333322222222)
case("movf.d cc0 set", "movf.d", 0x800000, FR, f2=0x3333333344444444)
case("movt.d cc3 set", ("movt.d", {"cc": 3}), 0x8000000, FR, f2=0x1111111122222222)
case("movt.s cc3 clear", ("movt.s", {"cc": 3}), 0xF7800000, FR, f2=0x3333333344444444)
case("movz.d", "movz.d", 0, FR, {12: 0}, f2=0x1111111122222222)
case("movz.s nonzero", "movz.s", 0, FR, {12: 5}, f2=0x3333333344444444)
case("movn.s", "movn.s", 0, FR, {12: 1 << 40}, f2=0x3333333322222222)
case("movf gpr", ("movf", {"cc": 2}), 0x00800000, {}, {13: 0x1234, 14: 0x9999}, r14=0x1234)
case("movt gpr", ("movt", {"cc": 2}), 0x00800000, {}, {13: 0x1234, 14: 0x9999}, r14=0x9999)
case("movt gpr cc0", "movt", 0x00800000, {}, {13: 0x1234, 14: 0x9999}, r14=0x1234)
case("movf gpr rd=0", ("movf", {"rd": 0}), 0, {}, {13: 0x1234})


def check(res, exp):
    got = {"ret": res["ret"], "fcsr": res["fcsr"]}
    want = {"ret": exp.get("ret", 0)}
    if "fcsr" in exp:
        want["fcsr"] = exp["fcsr"]
    for k, v in exp.items():
        if k[0] in "fr" and k[1:].isdigit():
            want[k] = v
            got[k] = (res["f"] if k[0] == "f" else res["r"])[int(k[1:])]
    got = {k: got[k] for k in want}
    return got, want


def fmt(d):
    return {k: "%x" % v for k, v in d.items()}


@pytest.mark.parametrize("id_,seq,fcsr,fpr,gpr,exp", CASES, ids=[c[0] for c in CASES])
def test_table(harness, id_, seq, fcsr, fpr, gpr, exp):
    res = run(harness, [vector(seq, fcsr, fpr, gpr)])[0]
    got, want = check(res, exp)
    assert fmt(got) == fmt(want)


def test_unknown_op_is_reserved(harness):
    res = run(harness, ["nosuch 00000000 0"])[0]
    assert res["ret"] == 10


# ------------------------------------------------- differential vs qemu
ORACLE_C = r"""
/* Runs each input line's instruction words on the (qemu) CPU; same I/O as
 * fpu_harness.c.  A trap (SIGFPE/SIGILL) stops the sequence. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <ucontext.h>
#include <sys/mman.h>
typedef struct { uint64_t fpr[32], gpr[4], fcsr, save[8]; } St;
static volatile int trapped;
static volatile unsigned long epi;
static void h(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx; (void)si;
    trapped = sig == SIGFPE ? 15 : 10;
    uc->uc_mcontext.pc = epi;
}
int main(void)
{
    struct sigaction sa; memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGFPE, &sa, 0); sigaction(SIGILL, &sa, 0);
    uint32_t *code = mmap(0, 65536, PROT_READ | PROT_WRITE | PROT_EXEC,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    static char line[8192]; static St in, out;
    while (fgets(line, sizeof line, stdin)) {
        char name[1024], ws[1024]; unsigned fcsr; int n, k = 0;
        if (sscanf(line, "%1023s %1023s %x%n", name, ws, &fcsr, &n) < 3) continue;
        { char *c = strchr(name, ','); if (c) *c = 0; }
        for (int i = 0; i < 32; i++) in.fpr[i] = 0xDEAD00000000BE00ull | i;
        for (int j = 0; j < 4; j++) in.gpr[j] = 0xA5A5A5A5A5A5A5A0ull | (12 + j);
        in.fcsr = fcsr;
        char *p = line + n, kind; int reg, m; unsigned long long v;
        while (sscanf(p, " %c%d=%llx%n", &kind, &reg, &v, &m) == 3) {
            if (kind == 'f') in.fpr[reg] = v; else in.gpr[reg - 12] = v;
            p += m;
        }
        /* a0 = &in, a1 = &out; f24..f31 are callee-saved in n64. */
        for (int i = 24; i < 32; i++) code[k++] = (0x3du<<26)|(5u<<21)|(i<<16)|(296+8*(i-24));
        for (int i = 0; i < 32; i++) code[k++] = (0x35u<<26)|(4u<<21)|(i<<16)|(8*i);
        for (int j = 0; j < 4; j++) code[k++] = (0x37u<<26)|(4u<<21)|((12+j)<<16)|(256+8*j);
        code[k++] = (0x23u<<26)|(4u<<21)|(2u<<16)|288;          /* lw v0, fcsr */
        code[k++] = (0x11u<<26)|(6u<<21)|(2u<<16)|(31u<<11);    /* ctc1 v0, $31 */
        for (char *q = ws; *q; ) { code[k++] = strtoul(q, &q, 16); if (*q == ',') q++; }
        epi = (unsigned long)(code + k);
        for (int i = 0; i < 32; i++) code[k++] = (0x3du<<26)|(5u<<21)|(i<<16)|(8*i);
        for (int j = 0; j < 4; j++) code[k++] = (0x3fu<<26)|(5u<<21)|((12+j)<<16)|(256+8*j);
        code[k++] = (0x11u<<26)|(2u<<21)|(2u<<16)|(31u<<11);    /* cfc1 v0, $31 */
        code[k++] = (0x2bu<<26)|(5u<<21)|(2u<<16)|288;
        code[k++] = (0x11u<<26)|(6u<<21)|(0u<<16)|(31u<<11);    /* ctc1 zero, $31 */
        for (int i = 24; i < 32; i++) code[k++] = (0x35u<<26)|(5u<<21)|(i<<16)|(296+8*(i-24));
        code[k++] = 0x03e00008; code[k++] = 0;                   /* jr ra; nop */
        __builtin___clear_cache((char *)code, (char *)(code + k));
        trapped = 0; memset(&out, 0, sizeof out);
        ((void (*)(St *, St *))code)(&in, &out);
        printf("%s %d %08x", name, trapped, (unsigned)out.fcsr);
        for (int i = 0; i < 32; i++) printf(" %016llx", (unsigned long long)out.fpr[i]);
        for (int j = 0; j < 4; j++) printf(" %016llx", (unsigned long long)out.gpr[j]);
        printf("\n");
    }
    return 0;
}
"""


@pytest.fixture(scope="module")
def qemu(tmp_path_factory):
    xcc = shutil.which("mips64el-linux-gnuabi64-gcc")
    qemu = shutil.which("qemu-mips64el")
    if not (xcc and qemu):
        pytest.skip("mips64el cross compiler or qemu-mips64el not installed")
    d = tmp_path_factory.mktemp("fpu_oracle")
    (d / "oracle.c").write_text(ORACLE_C)
    subprocess.run([xcc, "-O2", "-static", str(d / "oracle.c"), "-o", str(d / "oracle")],
                   check=True, capture_output=True, timeout=120)
    return [qemu, "-cpu", "MIPS64R2-generic", str(d / "oracle")]


def compare(harness, qemu, lines):
    qa, ha = run(qemu, lines), run(harness, lines)
    bad = [(l, q, h) for l, q, h in zip(lines, qa, ha) if q != h]
    msgs = []
    for l, q, h in bad[:5]:
        diff = ["ret %d/%d" % (q["ret"], h["ret"]), "fcsr %08x/%08x" % (q["fcsr"], h["fcsr"])]
        diff += ["f%d %016x/%016x" % (i, a, b) for i, (a, b) in enumerate(zip(q["f"], h["f"])) if a != b]
        diff += ["r%d %x/%x" % (i, a, b) for i, (a, b) in enumerate(zip(q["r"], h["r"])) if a != b]
        msgs.append("%s\n   qemu/harness: %s" % (l, ", ".join(diff)))
    assert not bad, "%d of %d differ:\n%s" % (len(bad), len(lines), "\n".join(msgs))


def test_table_matches_qemu(harness, qemu):
    compare(harness, qemu, [vector(c[1], c[2], c[3], c[4]) for c in CASES])


def _random_vectors(seed, n):
    rnd = random.Random(seed)
    dv = [0, D(1), D(1.5), D(2.5), D(3), D(0.1), D(1 / 3), MAX_D, 0x0010000000000000, 1,
          0x000FFFFFFFFFFFFF, INF_D, QNAN_D, 0x7FF4000000000000, SNAN_D, 0x7FFFFFFFFFFFFFFF,
          DNAN_D, D(1e20), D(2.0**31 - 0.5), D(2.0**31), D(-2.0**31 - 0.5), D(2.0**63),
          D(2.0**63 - 1024), D(0.5), D(1 + 2.0**-52), D(2.0**511), D(2.0**-511), D(7.5)]
    sv = [0, S(1), S(1.5), S(2.5), S(3), S(0.1), S(1 / 3), 0x7F7FFFFF, 0x00800000, 1,
          0x007FFFFF, 0x7F800000, QNAN_S, 0x7FA00000, SNAN_S, 0x7FFFFFFF, DNAN_S, S(1e20),
          S(2.0**31), S(2.0**63), S(0.5), S(1 + 2.0**-23), S(2.0**63), S(2.0**-63),
          S(16777217.0), S(7.5)]

    def val(kind):
        r = rnd.random()
        if kind == "d":
            if r < 0.5:
                return rnd.choice(dv) ^ (rnd.random() < 0.3) << 63
            if r < 0.7:
                return rnd.getrandbits(64)
            return D(math.ldexp(rnd.uniform(-1, 1), rnd.randint(-1080, 1024)))
        if kind == "s":
            hi = rnd.getrandbits(32) << 32
            if r < 0.5:
                return hi | rnd.choice(sv) ^ (rnd.random() < 0.3) << 31
            if r < 0.7:
                return rnd.getrandbits(64)
            try:
                return hi | S(math.ldexp(rnd.uniform(-1, 1), rnd.randint(-152, 128)))
            except OverflowError:
                return hi | 0x7F800000
        return rnd.getrandbits(rnd.choice([8, 24, 32, 53, 64]))

    ops = []
    for f in "sd":
        for b in ["add", "sub", "mul", "div", "sqrt", "abs", "mov", "neg", "recip", "rsqrt",
                  "round.l", "trunc.l", "ceil.l", "floor.l", "round.w", "trunc.w", "ceil.w",
                  "floor.w", "cvt.w", "cvt.l", "movf", "movt", "movz", "movn", "madd",
                  "msub", "nmadd", "nmsub"]:
            ops.append((b + "." + f, f))
        ops += [("c.%s.%s" % (c, f), f) for c in CONDS]
    ops += [("cvt.s.d", "d"), ("cvt.d.s", "s"), ("cvt.s.w", "w"), ("cvt.d.w", "w"),
            ("cvt.s.l", "l"), ("cvt.d.l", "l"), ("movf", "d"), ("movt", "d")]
    ops += [(m, "d") for m in MOVES]

    def fields(name):
        kw = {k: rnd.choice([2, 4, 6, 8]) for k in ("fd", "fs", "ft", "fr")}
        kw.update(rt=rnd.choice([0, 12, 13]), cc=rnd.randint(0, 7), rs=rnd.choice([0, 12, 13]),
                  rd=rnd.choice([0, 14, 15]))
        if name in ("cfc1", "ctc1"):
            kw["fs"] = rnd.choice([0, 1, 2, 5, 25, 26, 28, 31, 31])
        return kw

    def fcsr():
        f = rnd.randint(0, 3) | (rnd.getrandbits(8) << 24 & 0xFE000000) | rnd.getrandbits(1) << 23
        if rnd.random() < 0.3:
            f |= rnd.getrandbits(5) << 7            # Enables
        if rnd.random() < 0.3:
            f |= rnd.getrandbits(5) << 2            # Flags
        if rnd.random() < 0.1:
            f |= 1 << 24                            # FS
        return f

    lines = []
    for i in range(n):
        if rnd.random() < 0.6:
            seq = [rnd.choice(ops)]
        else:   # runs with cfc1/ctc1 in between (fold of lazily kept flags)
            seq = [rnd.choice(ops) if rnd.random() < 0.65 else (rnd.choice(["cfc1", "ctc1"]), "d")
                   for _ in range(rnd.randint(2, 6))]
        kind = seq[0][1]
        fp = {r: val(kind) for r in (2, 4, 6, 8)}
        gp = {r: rnd.choice([0, rnd.randint(0, 3), 0x1000000 | rnd.randint(0, 3), 0x80, 0x100,
                             0xF80, 0x7C, val("l")]) for r in (12, 13, 14, 15)}
        lines.append(vector([(nm, fields(nm)) for nm, _ in seq], fcsr(), fp, gp))
    return lines


def test_random_matches_qemu(harness, qemu):
    compare(harness, qemu, _random_vectors(2024, 4000))
