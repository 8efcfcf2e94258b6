"""Kernel-mode test harness (riscv-tests style): assemble a snippet with GNU as,
run it in ckseg0 (or ERET into user/supervisor code) until it traps, and hand
back what the trap did. Every test that builds a Core or boots the host kernel
goes through this module, so the core's constructor changes in one place.

Vectors: EBase+0x000 / +0x080 / +0x100 hold stubs that save Cause, BadInstr and
BadInstrP into KScratch1..3 (the stub's own `break` overwrites them: PRA 6.2,
ExcCode and BadInstr are written even with EXL=1) and then `break` with a
distinct code; that break reaches the general vector (+0x180), which the core
reports to Python. EPC/BD/BadVAddr/EntryHi/Context/XContext are left alone by
a break taken at EXL=1, so they still describe the original exception."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field

import pytest

from mipsvm.core import Core, EVENT_EXCEPTION

AS = "mips64el-linux-gnuabi64-as"
OBJCOPY = "mips64el-linux-gnuabi64-objcopy"
NM = "mips64el-linux-gnuabi64-nm"
needs_as = pytest.mark.skipif(shutil.which(AS) is None, reason="needs the cross assembler")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELLO = os.path.join(ROOT, "workloads", "bin", "hello")

CKSEG0 = 0xFFFFFFFF80000000
EBASE = CKSEG0                       # EBase+x is physical x
CODE_PA = 0x200000
CODE_VA = CKSEG0 + CODE_PA           # ckseg0: unmapped
MODE_CODE_PA = 0x240000              # frame of the mapped user/supervisor code
MODE_CODE_TLB_INDEX = 63             # VTLB entry the harness uses for it
USER_CODE_VA = 0x00400000            # useg
SUPER_CODE_VA = 0xFFFFFFFFC0100000   # cksseg
FTLB_BASE = 64

EXC_INT, EXC_MOD, EXC_TLBL, EXC_TLBS, EXC_ADEL, EXC_ADES = 0, 1, 2, 3, 4, 5
EXC_SYS, EXC_BP, EXC_RI, EXC_CPU, EXC_OV, EXC_TR = 8, 9, 10, 11, 12, 13
EXC_TLBRI, EXC_TLBXI, EXC_MCHECK = 19, 20, 24

ST_IE, ST_EXL, ST_ERL = 1, 2, 4
ST_KSU_SUPER, ST_KSU_USER = 1 << 3, 2 << 3
ST_UX, ST_SX, ST_KX = 1 << 5, 1 << 6, 1 << 7
ST_IM7, ST_TS = 1 << 15, 1 << 21
ST_FR, ST_CU1 = 1 << 26, 1 << 29
STATUS_KERNEL = ST_CU1 | ST_FR | ST_KX | ST_SX | ST_UX     # KSU=0, EXL=ERL=0
PG_RIE, PG_XIE, PG_ELPA, PG_IEC = 1 << 31, 1 << 30, 1 << 29, 1 << 27
EHINV = 1 << 10

# name -> (reg, sel, bits) of the registers a trap record holds
CP0_REGS = {
    "Index": (0, 0, 32), "EntryLo0": (2, 0, 64), "EntryLo1": (3, 0, 64), "Context": (4, 0, 64),
    "PageMask": (5, 0, 32), "PageGrain": (5, 1, 32), "Wired": (6, 0, 32), "BadVAddr": (8, 0, 64),
    "BadInstr": (8, 1, 32), "BadInstrP": (8, 2, 32), "EntryHi": (10, 0, 64), "Status": (12, 0, 32),
    "Cause": (13, 0, 32), "EPC": (14, 0, 64), "EBase": (15, 1, 64), "XContext": (20, 0, 64),
    "ErrorEPC": (30, 0, 64),
}
STUBS = {0x000: ("refill", 1), 0x080: ("xrefill", 2), 0x100: ("cacheerr", 3)}   # offset: (vector, break code)
STUB_SRC = """
    mfc0  $26, $13
    dmtc0 $26, $31, 2      # KScratch1 = Cause
    mfc0  $26, $8, 1
    dmtc0 $26, $31, 3      # KScratch2 = BadInstr
    mfc0  $26, $8, 2
    dmtc0 $26, $31, 4      # KScratch3 = BadInstrP
    break {code}
"""

WRITE_PAIR = """
    dmtc0 $4, $10          # EntryHi = a0
    dmtc0 $5, $2           # EntryLo0 = a1
    dmtc0 $6, $3           # EntryLo1 = a2
    mtc0  $7, $5           # PageMask = a3
"""


# ---- assembling ----

def assemble_raw(src: str) -> tuple[bytes, dict[str, int]]:
    """Machine code of src and its labels (offsets)."""
    with tempfile.TemporaryDirectory() as d:
        s, o, b = (os.path.join(d, n) for n in ("t.S", "t.o", "t.bin"))
        with open(s, "w") as f:
            f.write("\t.set noreorder\n\t.set noat\n\t.set mips64r2\n\t.text\n" + src + "\n")
        r = subprocess.run([AS, "-march=mips64r2", "-mabi=64", "-EL", "-o", o, s], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        subprocess.run([OBJCOPY, "-O", "binary", "-j", ".text", o, b], check=True)
        syms = subprocess.run([NM, "--defined-only", o], capture_output=True, text=True, check=True).stdout
        with open(b, "rb") as f:
            code = f.read()
    labels = {}
    for line in syms.splitlines():
        addr, kind, name = line.split()
        if kind in "tT":
            labels[name] = int(addr, 16)
    return code, labels


def assemble(src: str) -> bytes:
    """src followed by `break; nop` (the end of every snippet)."""
    return assemble_raw(src + "\n__end: break\n\tnop\n")[0]


# ---- building and booting ----

def install_stubs(core, pa: int = EBASE & 0x1FFFFFFF) -> None:
    """The vector stubs at physical pa + 0x000/0x080/0x100."""
    for off, (_, code) in STUBS.items():
        core.phys_write(pa + off, assemble_raw(STUB_SRC.format(code=code))[0])


def kernel_core(status: int = STATUS_KERNEL, **geometry):
    """A TLB-mode core reset from the CP0 table, in kernel mode, EBase in ckseg0, stubs installed."""
    core = Core(16 << 20, tlb_mode=True, **geometry)     # CP0 in its reset state
    core.cp0_poke(12, 0, status)
    core.cp0_poke(15, 1, EBASE)
    install_stubs(core)
    return core


def booted_process(exe: str = HELLO):
    """A TLB-mode process (its first thread) on a System's machine: the host kernel has booted its core."""
    import mipsvm
    system = mipsvm.System(mipsvm.SystemConfig(memory=mipsvm.Memory(size=256 << 20)))
    return system.load(exe)


def entrylo(pa: int, c: int = 3, d: int = 1, v: int = 1, g: int = 1, ri: int = 0, xi: int = 0) -> int:
    return (ri << 63) | (xi << 62) | ((pa >> 12) << 6) | (c << 3) | (d << 2) | (v << 1) | g


def entry_by_index(core, i):
    return core.tlb_entries()[i]


# ---- running ----

@dataclass
class Trap:
    code: int                       # ExcCode of the exception taken (from the stub's copy of Cause when a stub ran)
    vector: str                     # "refill" (+0x000), "xrefill" (+0x080), "cacheerr" (+0x100), "general" (+0x180)
    pc: int                         # core.exc_epc: the instruction the core reported
    cp0: dict = field(repr=False)   # CP0_REGS after the trap (Cause/BadInstr/BadInstrP as the stub saved them)
    labels: dict = field(repr=False)   # label -> VA of the snippet
    code_bytes: bytes = field(repr=False, default=b"")
    base: int = 0

    def word(self, label: str) -> int:
        off = self.labels[label] - self.base
        return int.from_bytes(self.code_bytes[off:off + 4], "little")

    def __repr__(self):
        regs = " ".join(f"{k}={v:#x}" for k, v in self.cp0.items())
        return f"Trap(code={self.code} vector={self.vector} pc={self.pc:#x} {regs})"

    @property
    def completed(self) -> bool:
        """The snippet ran to its final break."""
        return self.vector == "general" and self.code == EXC_BP and self.pc == self.labels["__end"]


def cp0_snapshot(core) -> dict:
    return {n: core.cp0_get(r, s) & ((1 << b) - 1) for n, (r, s, b) in CP0_REGS.items()}


def _record(core, code_bytes, labels, base) -> Trap:
    cp0 = cp0_snapshot(core)
    ebase = cp0["EBase"] & ~0xFFF
    stub_len = len(assemble_raw(STUB_SRC.format(code=0))[0])
    vector, code = "general", core.exc_code
    for off, (name, _) in STUBS.items():
        if core.exc_code == EXC_BP and ebase + off <= core.exc_epc < ebase + off + stub_len:
            vector = name
            cp0["Cause"] = core.cp0_get(31, 2) & 0xFFFFFFFF
            cp0["BadInstr"] = core.cp0_get(31, 3) & 0xFFFFFFFF
            cp0["BadInstrP"] = core.cp0_get(31, 4) & 0xFFFFFFFF
            code = (cp0["Cause"] >> 2) & 31
    return Trap(code, vector, core.exc_epc, cp0, {k: base + v for k, v in labels.items()}, code_bytes, base)


def _go(core, pc, limit):
    core.pc = pc
    ev = core.run(core.icount + limit)
    assert ev == EVENT_EXCEPTION, "snippet neither trapped nor reached its break"


def _mode_prologue(code_va: int, status: int) -> str:
    """Map code_va (16 KB pair, global) to MODE_CODE_PA, then ERET to it with Status = status."""
    return f"""
    dli   $26, {code_va & ~0x7FFF:#x}
    dmtc0 $26, $10
    dli   $26, {entrylo(MODE_CODE_PA):#x}
    dmtc0 $26, $2
    dli   $26, {entrylo(MODE_CODE_PA + 0x4000):#x}
    dmtc0 $26, $3
    li    $26, 0x6000
    mtc0  $26, $5
    li    $26, {MODE_CODE_TLB_INDEX}
    mtc0  $26, $0
    tlbwi
    dmtc0 $zero, $10
    dli   $26, {code_va:#x}
    dmtc0 $26, $14
    li    $26, {status | ST_EXL:#x}
    mtc0  $26, $12
    eret
"""


def trap(core, src, regs=None, limit=10000, mode="kernel", status=None) -> Trap:
    """Run src until it traps (or reaches its final break) and record the trap.
    mode "user"/"supervisor": src runs from mapped useg/cksseg code with Status =
    status (default: the core's Status) plus KSU, entered by ERET."""
    code, labels = assemble_raw(src + "\n__end: break\n\tnop\n")
    for r, v in (regs or {}).items():
        core.set_gpr(r, v)
    if mode == "kernel":
        core.phys_write(CODE_PA, code)
        _go(core, CODE_VA, limit)
        return _record(core, code, labels, CODE_VA)
    code_va, ksu = {"user": (USER_CODE_VA, ST_KSU_USER), "supervisor": (SUPER_CODE_VA, ST_KSU_SUPER)}[mode]
    st = (core.cp0_get(12, 0) if status is None else status) & ~0x1F
    core.phys_write(MODE_CODE_PA, code)
    core.phys_write(CODE_PA, assemble_raw(_mode_prologue(code_va, st | ksu))[0])
    _go(core, CODE_VA, limit)
    return _record(core, code, labels, code_va)


def run_kernel(core, src, regs=None, limit=10000):
    """Run src in kernel mode; returns the reported ExcCode (the older tests' API)."""
    core.phys_write(CODE_PA, assemble(src))
    for r, v in (regs or {}).items():
        core.set_gpr(r, v)
    _go(core, CODE_VA, limit)
    return core.exc_code


# ---- checking ----

def tlb_fault_regs(va: int, asid: int = 0, ehinv: bool = False) -> dict:
    """EntryHi/Context/XContext after a TLB exception on va (PRA 6.2, mips-arch.md §1-2;
    PTEBase fields are 0 from reset; SEGBITS = 48)."""
    return {
        "EntryHi": (va & 0xC000FFFFFFFFE000) | asid | (EHINV if ehinv else 0),
        "Context": ((va >> 13) & 0x7FFFF) << 4,
        "XContext": ((va >> 62) << 39) | (((va >> 13) & ((1 << 35) - 1)) << 4),
    }


def check_trap(t: Trap, code, epc, *, vector="general", bd=False, badvaddr=None, tlb_asid=None,
               ehinv=False, badinstr=None, badinstrp=None):
    """Assert every register the trap sets: ExcCode, vector, EPC, Cause.BD, Status.EXL,
    and, when given, BadVAddr, EntryHi/Context/XContext (tlb_asid), BadInstr(P)."""
    assert (t.code, t.vector) == (code, vector), t
    c = t.cp0
    assert c["EPC"] == epc, f"EPC {c['EPC']:#x} != {epc:#x}"
    assert bool(c["Cause"] >> 31) == bd, "Cause.BD"
    assert c["Status"] & ST_EXL, "Status.EXL"
    if badvaddr is not None:
        assert c["BadVAddr"] == badvaddr, f"BadVAddr {c['BadVAddr']:#x} != {badvaddr:#x}"
    if tlb_asid is not None:
        exp = tlb_fault_regs(badvaddr, tlb_asid, ehinv)
        assert {k: c[k] for k in exp} == exp, {k: hex(c[k]) for k in exp}
    if badinstr is not None:
        assert c["BadInstr"] == badinstr, f"BadInstr {c['BadInstr']:#x} != {badinstr:#x}"
    if badinstrp is not None:
        assert c["BadInstrP"] == badinstrp, f"BadInstrP {c['BadInstrP']:#x} != {badinstrp:#x}"
