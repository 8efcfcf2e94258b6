"""`mipsvm check-refill`: validate a TLB refill handler against the reference walker.

The handler (MIPS assembly, assembled with GNU as, or an assembled .bin) is
installed at EBase like the host kernel's own (kernels/refill.S): the refill
entry at EBase+0x080, an optional overflow part at EBase+0x000. For each of many
seeded random cases the checker builds a machine as a running Linux leaves it
(random EBase, Wired entries, TLB contents and registers, Linux-format page
tables spread over physical memory), takes a TLB refill exception on one
address, runs the handler to its ERET (or its jump to the kernel's fault stub)
and compares what it did with the reference computed from the C page-table
walker (core.walk), and the whole machine with its state before
(refill_machine.py); refill_rules.py checks each instruction as it runs.
docs/check-refill.md describes every rule.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

from ..cp0 import Exc
from ..cp0 import regs as cp0regs
from ..host import kernel
from ..host import mm as M
from ..host import pgtable as pg
from ..models import CPU, Memory, Timing
from . import refill_machine as MC
from . import refill_rules as R

EBASE = kernel.EBASE                # Linux's default; each case picks its own (_pick_ebase)
PM_SMALL = pg.PM_DEFAULT_MASK        # 16 KB pages
PM_HUGE = pg.PM_HUGE_MASK            # one 16 MB half per EntryLo
HUGE_LO1_STEP = pg.HPAGE_SIZE >> 7   # 16 MB in EntryLo PFN units (tlbex.c)
USER_LIMIT = pg.USER_VA_LIMIT
SEGMASK = 0xC000000000000000 | ((1 << 48) - 1)
MASK64 = (1 << 64) - 1
VECTOR_LIMIT = 0x100                # the cache-error vector follows at EBase+0x100
MAIN_ENTRY = 0x080                  # XTLB refill entry
MAX_INSNS = 63                      # Linux: "TLB refill handler space exceeded" beyond this
SPLIT_INSN = 29                     # tlbex.c: 61 when this instruction has a delay slot
STEP_BUDGET = 200                   # instructions before "does not return"
MAX_IMAGE = 0x1000                  # larger is refused outright; up to this it runs and fails the size rule
MAX_CASES = 1_000_000
# Linux's large_segbits_fault jumps to tlb_do_page_fault_0 (tlbex-fault.S); the
# checker provides the symbol at a kernel-text address and stops when it is reached.
FAULT_STUB_SYMBOL = "tlb_do_page_fault_0"
FAULT_STUB = 0xFFFFFFFF80213400
LOW_RESERVED = 4 << 20              # PA below this: EBase 0 and the kernel text of the stub
WG = 1 << 11                        # EBase write gate

KINDS = ("small", "huge", "invalid", "out-of-range")
KIND_DESC = {"small": "small page", "huge": "huge page", "invalid": "invalid page",
             "out-of-range": "out-of-range address"}
PATHS = ("small", "huge, counter off", "huge, counter on", "invalid", "out-of-range, invalid pair",
         "out-of-range, fault stub")
# PageMask values of the VTLB (4 KB .. 256 MB) for the entries already in the TLB
VTLB_MASKS = tuple(((1 << (2 * k)) - 1) << 13 for k in range(9))


def geometry_of(cpu: CPU) -> dict:
    """The TLB geometry a CPU configuration simulates (mipsvm/models), as a dict."""
    m = cpu.resolved_model()
    return {"model": m.name, "vtlb": m.vtlb_size, "ftlb_sets": m.ftlb_sets, "ftlb_ways": m.ftlb_ways,
            "itlb": m.itlb_size, "dtlb": m.dtlb_size}


DEFAULT_GEOMETRY = geometry_of(CPU())
TINY_GEOMETRY = geometry_of(CPU(model="tiny"))

# directives whose bytes are padding, not instructions (the instruction-count rule)
PADDING_DIRECTIVES = {".org", ".align", ".balign", ".balignw", ".balignl", ".p2align",
                      ".p2alignw", ".p2alignl", ".space", ".skip", ".fill", ".zero"}
END_LABEL = "__check_refill_end__"


class HandlerError(Exception):
    """The handler could not be assembled or loaded (message for the user)."""


class InternalError(Exception):
    """The checker's own tables disagree with the reference walker."""


# --------------------------------------------------------------------------- loading

def cross_prefix() -> str:
    return os.environ.get("CROSS", "mips64el-linux-gnuabi64-")


def have_assembler() -> bool:
    p = cross_prefix()
    return shutil.which(p + "as") is not None and shutil.which(p + "objcopy") is not None


def default_handler_path() -> str:
    src = os.path.join(kernel.KERNELS, "refill.S")
    if have_assembler() and os.path.exists(src):
        return src
    return os.path.join(kernel.KERNELS, "refill.bin")


@dataclass
class Handler:
    path: str
    image: bytes                    # bytes for EBase+0x000 ..
    overflow_insns: int             # instructions in [0, 0x80)
    main_insns: int                 # instructions from 0x80 on
    exact: bool                     # counted from the assembler's listing (else from the binary)
    source: str = ""                # the listing, when assembled
    main_code: tuple = ()           # offsets of the counted instructions from 0x80 on, in order

    @property
    def insns(self) -> int:
        return self.overflow_insns + self.main_insns


def load_handler(path: str) -> Handler:
    if not os.path.exists(path):
        raise HandlerError(f"{path}: no such file")
    if not os.path.isfile(path):
        raise HandlerError(f"{path}: not a file")
    try:
        if path.endswith(".bin"):
            with open(path, "rb") as f:
                h = handler_from_binary(f.read(), path)
        else:
            h = assemble(path)
    except OSError as e:
        raise HandlerError(f"{path}: {e.strerror or e}") from None
    if len(h.image) > MAX_IMAGE:
        raise HandlerError(f"{path}: an image of {len(h.image):#x} bytes; the refill vector has "
                           f"{VECTOR_LIMIT:#x}")
    return h


def handler_from_binary(image: bytes, path: str = "<binary>") -> Handler:
    """Count instructions in a raw image: in each part (before and from 0x80)
    the words up to the last non-zero word. A trailing nop is indistinguishable
    from padding here, so the count is a lower bound by at most one per part."""
    if len(image) % 4:
        raise HandlerError(f"{path}: size {len(image)} is not a multiple of 4")
    words = [int.from_bytes(image[i:i + 4], "little") for i in range(0, len(image), 4)]

    def used(ws):
        n = len(ws)
        while n and ws[n - 1] == 0:
            n -= 1
        return n
    split = MAIN_ENTRY // 4
    main = used(words[split:])
    return Handler(path, bytes(image), used(words[:split]), main, exact=False,
                   main_code=tuple(MAIN_ENTRY + 4 * i for i in range(main)))


def _tool(name: str) -> str:
    exe = cross_prefix() + name
    if shutil.which(exe) is None:
        raise HandlerError(f"cannot assemble: {exe} not found (install binutils-mips64el-linux-gnuabi64, "
                           f"or give an assembled .bin handler)")
    return exe


def assemble(path: str) -> Handler:
    """Assemble like kernels/Makefile (as -march=mips64r2 -mabi=64 -EL; objcopy
    -O binary -j .text) and count instructions from the assembler's listing.
    The object is linked at Linux's default EBase, so code that needs a
    relocation (j label, la label) is right there and wrong at other EBases."""
    as_exe, ld, objcopy = _tool("as"), _tool("ld"), _tool("objcopy")
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    with tempfile.TemporaryDirectory(prefix="check-refill-") as tmp:
        src = os.path.join(tmp, "handler.S")
        with open(src, "w") as f:
            # a label at the end of the code, before the section's alignment padding
            f.write(text + f"\n\t.text\n{END_LABEL}:\n")
        obj, elf, lst, binf = (os.path.join(tmp, n) for n in ("handler.o", "handler", "handler.lst", "handler.bin"))
        r = subprocess.run([as_exe, "-march=mips64r2", "-mabi=64", "-EL", f"-al={lst}",
                            "--listing-cont-lines=100000", f"--defsym={FAULT_STUB_SYMBOL}={FAULT_STUB:#x}",
                            "-o", obj, src],
                           capture_output=True, text=True)
        if r.returncode:
            msg = r.stderr.replace(src, path).strip()
            raise HandlerError(f"{path}: the assembler failed:\n{msg}")
        r = subprocess.run([ld, f"-Ttext={EBASE:#x}", "-e", "0", "-o", elf, obj], capture_output=True, text=True)
        if r.returncode:
            msg = r.stderr.replace(obj, path).strip()
            raise HandlerError(f"{path}: the linker failed:\n{msg}")
        r = subprocess.run([objcopy, "-O", "binary", "-j", ".text", elf, binf], capture_output=True, text=True)
        if r.returncode:
            raise HandlerError(f"{path}: objcopy failed:\n{r.stderr.strip()}")
        with open(binf, "rb") as f:
            image = f.read()
        with open(lst, errors="replace") as f:
            listing = f.read()
        end = _symbol_value(elf, END_LABEL)
        end = None if end is None else end - EBASE
    padding, rows = _listing_padding(listing)
    if end is None:
        end = len(image)
    image = image[:end]
    if not rows and image:           # a listing format we do not understand: count from the image
        h = handler_from_binary(image, path)
        h.source = listing
        return h
    code = [a for a in range(0, end, 4) if not any(lo <= a < hi for lo, hi in padding)]
    # the listing attributes emitted bytes to source lines; lines we do not see
    # (none expected) would only be counted as instructions
    over = sum(1 for a in code if a < MAIN_ENTRY)
    main = tuple(a for a in code if a >= MAIN_ENTRY)
    return Handler(path, image, over, len(main), exact=True, source=listing, main_code=main)


def _symbol_value(obj: str, name: str) -> int | None:
    nm = shutil.which(cross_prefix() + "nm")
    if nm is None:
        return None
    r = subprocess.run([nm, obj], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == name:
            return int(parts[0], 16)
    return None


# "  21 0000 00007ADF \t\tld $k0, 0($k1)": line number, address, bytes, source
_LST_LINE = re.compile(r"^\s*(\d+) ([0-9a-fA-F]{4,}) ([0-9a-fA-F]{2,})\s(.*)$")
_LST_SRC = re.compile(r"^\s*\d+\s+(.*)$")


def _listing_padding(listing: str):
    """[(start, end)) byte ranges of .text emitted by padding directives.

    Each listing line with bytes gives (source line, address); a padding line's
    range ends where the next line with bytes starts (or at the end label)."""
    rows = []                       # (address, source text, section)
    section = ".text"
    for raw in listing.splitlines():
        m = _LST_LINE.match(raw)
        if m:
            src = m.group(4)
            section = _section_after(src, section)
            rows.append((int(m.group(2), 16), src.strip(), section))
            continue
        # lines without bytes can still switch sections
        m2 = _LST_SRC.match(raw)
        if m2:
            section = _section_after(m2.group(1), section)
    text_rows = [r for r in rows if r[2] == ".text"]
    ranges = []
    for i, (addr, src, _) in enumerate(text_rows):
        if _first_token(src) in PADDING_DIRECTIVES:
            nxt = text_rows[i + 1][0] if i + 1 < len(text_rows) else None
            ranges.append((addr, nxt if nxt is not None else 1 << 62))
    return ranges, text_rows


def _strip_label(src: str) -> str:
    s = src.split("#", 1)[0]
    s = re.sub(r"/\*.*?\*/", " ", s)
    while True:
        m = re.match(r"^\s*[A-Za-z0-9_.$]+:\s*(.*)$", s)
        if not m:
            return s.strip()
        s = m.group(1)


def _first_token(src: str) -> str:
    s = _strip_label(src)
    return s.split(None, 1)[0].lower() if s else ""


def _section_after(src: str, section: str) -> str:
    tok = _first_token(src)
    if tok == ".text":
        return ".text"
    if tok in (".data", ".bss", ".rodata"):
        return tok
    if tok == ".section":
        rest = _strip_label(src).split(None, 1)
        name = rest[1].split(",")[0].strip() if len(rest) > 1 else ""
        return ".text" if name == ".text" else name or section
    return section


def static_faults(h: Handler, limit: int = VECTOR_LIMIT, next_vector: str = "the cache-error vector",
                  linux_count: bool = True) -> list[tuple[str, str]]:
    """The size rules: the image within limit bytes (what follows is next_vector),
    and with linux_count Linux tlbex.c's instruction limit."""
    out = []
    if len(h.image) > limit:
        out.append((f"handler exceeds {limit:#x} bytes",
                    f"handler exceeds {limit:#x} bytes: its image is {len(h.image):#x} bytes and would overwrite "
                    f"{next_vector} at EBase+{limit:#x}"))
    if not linux_count:
        pass
    elif h.insns > MAX_INSNS:
        out.append(("handler too long",
                    f"handler is {h.insns} instructions, limit {MAX_INSNS} "
                    f"({h.overflow_insns} at +0x000, {h.main_insns} from +0x080)"))
    elif h.insns > MAX_INSNS - 2 and len(h.main_code) > SPLIT_INSN:
        # tlbex.c: the overflow branch goes after instruction 29 unless that one
        # has a delay slot, which costs two words
        off = h.main_code[SPLIT_INSN]
        op = R.op_of(int.from_bytes(h.image[off:off + 4], "little"))
        if op.cti:
            out.append(("handler too long",
                        f"handler is {h.insns} instructions, limit {MAX_INSNS - 2} when instruction "
                        f"{SPLIT_INSN} (+{off:#05x}: {op.at(off)}) has a delay slot (Linux tlbex.c)"))
    if len(h.image) <= MAIN_ENTRY or h.main_insns == 0:
        out.append(("no code at the refill entry",
                    "no code at the refill entry EBase+0x080 (put the entry after `.org 0x80`)"))
    return out


# --------------------------------------------------------------------------- cases

def fmt_lo(v: int) -> str:
    from ..cp0 import fields
    return f"{v:#x} [{fields.format_entrylo(v)}]"


@dataclass
class Case:
    """One randomized refill: its inputs and what the checker saw."""
    index: int
    kind: str
    va: int
    exc_code: int
    asid: int
    ks5: int
    ks6: int
    epc: int
    ebase: int = EBASE
    ebase_pa: int = 0
    wired: int = 0
    ok: bool = True
    faults: list = field(default_factory=list)      # [(category, message)]
    exit: str = ""                                  # "eret" or "stub" when the handler got there
    insns: int = 0
    cycles: int = 0
    loads: int = 0                                  # data loads (page-table loads) and stores
    stores: int = 0
    expected: dict = field(default_factory=dict)
    got: dict = field(default_factory=dict)
    trace: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)       # guest modes: "guest" -> check_refill_vz.Guest

    def fail(self, category: str, message: str | None = None) -> None:
        self.ok = False
        self.faults.append((category, message or category))

    @property
    def path(self) -> str:
        if self.kind == "huge":
            return "huge, counter on" if self.ks5 else "huge, counter off"
        if self.kind == "out-of-range":
            return "out-of-range, fault stub" if self.exit == "stub" else "out-of-range, invalid pair"
        return self.kind

    def summary(self) -> dict:
        return {"case": self.index, "kind": self.kind, "path": self.path, "badvaddr": f"{self.va:#x}",
                "exccode": self.exc_code, "asid": self.asid, "kscratch5": f"{self.ks5:#x}",
                "kscratch6": f"{self.ks6:#x}", "epc": f"{self.epc:#x}", "ebase": f"{self.ebase:#x}",
                "wired": self.wired, "ok": self.ok, "faults": [m for _, m in self.faults],
                "exit": self.exit, "instructions": self.insns, "loads": self.loads, "stores": self.stores,
                "cycles": self.cycles, **({"guest": self.extra["guest"].text()} if "guest" in self.extra else {})}


def _rand_pte(rng: random.Random, valid: bool) -> int:
    if rng.random() < 0.05:                      # anything at all: tests the EntryLo write mask
        v = rng.getrandbits(64)
        return v | pg._PAGE_VALID if valid else v & ~pg._PAGE_VALID
    pfn = rng.getrandbits(34) if rng.random() < 0.5 else rng.getrandbits(rng.randint(1, 34))
    pte = pfn << pg.PFN_PTE_SHIFT
    pte |= rng.getrandbits(6)                    # software bits 0..5 (PRESENT .. SPECIAL)
    if rng.random() < 0.3:
        pte |= pg._PAGE_NO_EXEC
    if rng.random() < 0.2:
        pte |= pg._PAGE_NO_READ
    if rng.random() < 0.1:
        pte |= pg._PAGE_GLOBAL
    if valid:
        pte |= pg._PAGE_VALID
    if rng.random() < 0.5:
        pte |= pg._PAGE_DIRTY
    pte |= (3 if rng.random() < 0.7 else rng.randint(0, 7)) << 11
    return pte & MASK64


def _rand_huge(rng: random.Random, valid: bool = True) -> int:
    block = rng.getrandbits(23) << pg.HPAGE_SHIFT     # 32 MB aligned, PA < 2^48
    pte = (block >> pg.PAGE_SHIFT) << pg.PFN_PTE_SHIFT
    pte |= rng.getrandbits(6) | pg._PAGE_HUGE
    if rng.random() < 0.3:
        pte |= pg._PAGE_NO_EXEC
    if rng.random() < 0.2:
        pte |= pg._PAGE_NO_READ
    if rng.random() < 0.1:
        pte |= pg._PAGE_GLOBAL
    if valid:
        pte |= pg._PAGE_VALID
    if rng.random() < 0.6:
        pte |= pg._PAGE_DIRTY
    pte |= (3 if rng.random() < 0.7 else rng.randint(0, 7)) << 11
    return pte


class _Frames:
    """16 KB frames picked at random over [LOW_RESERVED, memory size): page
    tables spread over all of physical memory, as a long-running kernel's are.
    PageTables only needs alloc(); every frame handed out is remembered."""

    def __init__(self, rng: random.Random, mem_size: int):
        self.rng, self.top = rng, mem_size
        self.used: list[int] = []
        self._taken: set[int] = set()

    def alloc(self, lo: int = LOW_RESERVED, hi: int | None = None) -> int:
        hi = min(self.top, hi or self.top)
        while True:
            pa = self.rng.randrange(lo >> pg.PAGE_SHIFT, hi >> pg.PAGE_SHIFT) << pg.PAGE_SHIFT
            if pa not in self._taken:
                self._taken.add(pa)
                self.used.append(pa)
                return pa


class _Tables:
    """Random Linux-format tables plus what the generator meant them to hold."""

    def __init__(self, core, rng, frames: _Frames):
        self.core, self.rng = core, rng
        self.frames = frames
        self.pt = M.PageTables(core, frames)
        self.small: dict[int, int] = {}          # page VA -> PTE
        self.huge: dict[int, int] = {}           # 32 MB VA -> huge PMD
        self.small_regions: set[int] = set()     # 32 MB VAs holding a PTE table
        self.vector: int | None = None           # the frame holding the handler

    def set_small(self, va: int, pte: int) -> bool:
        hb = va & ~M.HPAGE_MASK
        if hb in self.huge:
            return False
        page = va & ~M.PAGE_MASK
        self.pt.set_pte(page, pte)
        self.small[page] = pte
        self.small_regions.add(hb)
        return True

    def set_huge(self, va: int, pmd: int) -> bool:
        hb = va & ~M.HPAGE_MASK
        if hb in self.small_regions:
            return False
        slot = self.pt._pmd_slot(hb, True)
        self.core.phys_write64(slot, pmd)
        self.huge[hb] = pmd
        return True

    def intended(self, va: int) -> tuple[int, bool]:
        hb = va & ~M.HPAGE_MASK
        if hb in self.huge:
            return self.huge[hb], True
        return self.small.get(va & ~M.PAGE_MASK, 0), False

    def role(self, pa: int) -> str:
        """What a physical address is, for messages."""
        frame = pa & ~(pg.PAGE_SIZE - 1)
        pt = self.pt
        if frame == self.vector:
            return "the handler's vector page"
        if frame == pt.pgd:
            return "the PGD"
        if frame == pt.invalid_pmd_table:
            return "invalid_pmd_table"
        if frame == pt.invalid_pte_table:
            return "invalid_pte_table"
        if frame in self.frames._taken:
            pgd = self.core.phys_read(pt.pgd, pg.PAGE_SIZE)
            kva = (pt.kva(frame)).to_bytes(8, "little")
            return "a PMD table" if any(pgd[i:i + 8] == kva for i in range(0, len(pgd), 8)) else "a PTE table"
        return "memory no page table uses"

    def pair_slots(self, va: int, huge: bool) -> frozenset:
        """PAs of the entries a walk for va reads last: the huge PMD, or the PTE pair."""
        if huge:
            return frozenset({self.pt.pmd_slot(va, False)})
        slot = self.pt.pte_slot(va & ~0x7FFF, False)
        return frozenset() if slot is None else frozenset({slot, slot + 8})


def _rand_user_va(rng, avoid_pgd: set | None = None) -> int:
    while True:
        va = rng.getrandbits(47)
        if not avoid_pgd or (va >> pg.PGDIR_SHIFT) not in avoid_pgd:
            return va


def _reference(core, va: int, ftlb: bool, wm0: int, wm1: int, walk=None) -> dict:
    """The entry a correct handler writes, from the C walker over the same tables
    (or walk(va) -> (exc, pte, huge, _), for tables the C walker cannot reach)."""
    walk = walk or core.walk
    if va >= USER_LIMIT:
        pm, huge, lo0, lo1 = PM_SMALL, False, 0, 0
    else:
        exc, pte, huge, _ = walk(va)
        if exc:
            raise InternalError(f"reference walker fault {exc} at {va:#x}")
        if huge:
            pm = PM_HUGE
            lo0 = pg.pte_to_entrylo(pte) & wm0
            lo1 = (lo0 + HUGE_LO1_STEP) & wm1
        else:
            pm = PM_SMALL
            even = va & ~0x7FFF
            e = walk(even)
            o = walk(even | 0x4000)
            if e[0] or o[0] or e[2] or o[2]:
                raise InternalError(f"reference walker disagrees within the pair of {va:#x}")
            lo0, lo1 = pg.pte_to_entrylo(e[1]) & wm0, pg.pte_to_entrylo(o[1]) & wm1
    group = "VTLB" if pm != PM_SMALL or not ftlb else "FTLB"
    return {"huge": bool(huge), "pagemask": pm, "group": group,
            "vpn2": va & SEGMASK & ~(pm | 0x1FFF), "lo0": lo0, "lo1": lo1}


def _make_core(geometry: dict, seed: int, mem_size: int, timing: Timing):
    """A machine in reset state with the geometry's CPU model, TLB and latencies."""
    from ..core import Core
    g = dict(geometry)
    return Core(mem_size, tlb_mode=True, seed=seed, model=g.pop("model"), lat_utlb_miss=timing.utlb_miss,
                lat_exc=timing.exception, lat_eret=timing.eret, **g)


def _write_entry(core, entryhi: int, pagemask: int, lo0: int, lo1: int, index: int | None = None,
                 guest: bool = False) -> int:
    if guest:                   # root TLBGWI/TLBGWR: a guest entry of GuestCtl1.RID
        for reg, v in ((5, pagemask), (2, lo0), (3, lo1), (10, entryhi)):
            core.gcp0_set(reg, 0, v)
        if index is None:
            return core.tlbgwr()
        core.gcp0_set(0, 0, index)
        return core.tlbgwi()
    core.cp0_set(5, 0, pagemask)
    core.cp0_set(2, 0, lo0)
    core.cp0_set(3, 0, lo1)
    core.cp0_set(10, 0, entryhi)
    if index is None:
        return core.tlbwr()
    core.cp0_set(0, 0, index)
    return core.tlbwi()


def _preload(core, va: int, index: int | None = None) -> None:
    """Write the entry for va from the page tables with TLBWR (what Linux's
    __update_tlb does after a fault), under the ASID already in EntryHi (with
    index: TLBWI there, e.g. a wired entry)."""
    exc, pte, huge, _ = core.walk(va)
    if exc:
        return
    asid = core.cp0_get(10, 0) & 0x3FF
    hi = (va & ~0x1FFF & SEGMASK) | asid
    core.cp0_set(10, 0, hi)
    core.tlbp()
    if not core.cp0_get(0, 0) & (1 << 31):
        return                        # already there (another fill covered it)
    if huge:
        lo = pg.pte_to_entrylo(pte)
        _write_entry(core, hi, PM_HUGE, lo, lo + HUGE_LO1_STEP, index)
    else:
        even = va & ~0x7FFF
        _write_entry(core, hi, PM_SMALL, pg.pte_to_entrylo(core.walk(even)[1]),
                     pg.pte_to_entrylo(core.walk(even | 0x4000)[1]), index)


def _rand_lo(rng, g: bool) -> int:
    """A valid EntryLo: PFN below 2^48, cacheable, sometimes dirty, RI/XI."""
    lo = (rng.getrandbits(36) << 6) | (3 << 3) | 2 | (4 if rng.random() < 0.5 else 0) | int(g)
    return lo | (rng.getrandbits(2) << 62)


def _conflicts(vpn2: int, mask: int, asid: int, g: bool, target: tuple) -> bool:
    """Would an entry match in the 32 MB region of the faulting address for its ASID?
    (It would hit instead of refilling, or make the handler's write a duplicate.)"""
    lo = vpn2 & ~(mask | 0x1FFF)
    hi = lo + (mask | 0x1FFF) + 1
    tlo, thi, tasid = target
    return lo < thi and tlo < hi and (g or asid == tasid)


def _rand_entry(rng, mask: int, target: tuple):
    """(EntryHi, lo0, lo1) of a random valid entry not conflicting with target:
    a user page of some ASID, or a global kernel page (xkseg, cksseg/ckseg3)."""
    for _ in range(100):
        g = rng.random() < 0.3
        if g:
            base = rng.choice((0xC000000000000000 | rng.getrandbits(40) << 8, 0xFFFFFFFFC0000000 |
                               rng.getrandbits(30)))
        else:
            base = rng.getrandbits(47)
        asid = rng.randint(0, 0x3FF)
        vpn2 = base & SEGMASK & ~(mask | 0x1FFF)
        if not _conflicts(vpn2, mask, asid, g, target):
            return vpn2 | asid, _rand_lo(rng, g), _rand_lo(rng, g)
    return None


def _pick_ebase(rng: random.Random, frames: _Frames) -> tuple[int, int]:
    """(EBase, its PA): Linux's ckseg0 default, elsewhere in both 256 MB halves
    of ckseg0 at any 4 KB offset, or in xkphys (64-bit EBase, written with WG as
    traps.c configure_exception_vector does). A handler that is not
    position-independent fails on most of them."""
    r = rng.random()
    if r < 0.25:
        return EBASE, 0
    sub = rng.randrange(4) << 12
    if r < 0.5:
        pa = frames.alloc(hi=256 << 20) + sub
    elif r < 0.75 and frames.top > 256 << 20:
        pa = frames.alloc(lo=256 << 20, hi=512 << 20) + sub
    else:
        pa = frames.alloc() + sub
        return pg.PAGE_OFFSET | pa, pa
    return EBASE | pa, pa


def _set_ebase(core, ebase: int, set_cp0=None) -> None:
    set_cp0 = set_cp0 or core.cp0_set
    set_cp0(15, 1, ebase | WG)                      # write_c0_ebase_64(ebase | WG)
    low = ebase & 0xFFFFFFFF
    set_cp0(15, 1, low - (1 << 32) if low & 0x80000000 else low)   # write_c0_ebase(ebase)


def _populate(t: _Tables, rng: random.Random, kind: str, out_of_range) -> tuple[int, set]:
    """The faulting address of a case of this kind and the tables around it:
    its PTE pair or huge PMD, neighbours in the same tables, unrelated mappings
    elsewhere. out_of_range(rng) picks an address no table covers. Returns
    (address, the PGD slots left empty on purpose)."""
    target_pgd = set()
    if kind == "small" or kind == "huge" or kind == "invalid":
        va = _rand_user_va(rng)
        hb = va & ~M.HPAGE_MASK
        if kind == "small":
            t.set_small(va, _rand_pte(rng, True))
            r = rng.random()
            if r < 0.5:
                t.set_small(va ^ 0x4000, _rand_pte(rng, True))
            elif r < 0.8:
                t.set_small(va ^ 0x4000, _rand_pte(rng, False))
        elif kind == "huge":
            t.set_huge(hb, _rand_huge(rng, rng.random() < 0.9))
        else:
            sub = rng.choice(("no-pgd", "no-pmd", "pte", "pte"))
            if sub == "no-pgd":
                target_pgd.add(va >> pg.PGDIR_SHIFT)
            elif sub == "no-pmd":
                other = (va & ~(pg.PGDIR_SIZE - 1)) | (rng.getrandbits(pg.PGDIR_SHIFT) & ~M.HPAGE_MASK)
                if (other & ~M.HPAGE_MASK) != hb:
                    t.set_small(other | rng.getrandbits(pg.HPAGE_SHIFT), _rand_pte(rng, True))
            else:
                if rng.random() < 0.7:
                    t.set_small(va, _rand_pte(rng, False))
                else:           # an empty PTE in an existing table
                    t.set_small(va ^ (rng.randint(1, 2047) << pg.PAGE_SHIFT), _rand_pte(rng, True))
                r = rng.random()
                if r < 0.4:
                    t.set_small(va ^ 0x4000, _rand_pte(rng, True))
                elif r < 0.7:
                    t.set_small(va ^ 0x4000, _rand_pte(rng, False))
        # neighbours in the same PTE table (other pairs), the same PMD table and PGD
        if (hb not in t.huge and kind != "invalid") or rng.random() < 0.5:
            for _ in range(rng.randint(0, 6)):
                n = va ^ (rng.randint(1, 1023) << 15) ^ (rng.getrandbits(1) << 14)
                if (n >> pg.PGDIR_SHIFT) not in target_pgd:
                    t.set_small(n, _rand_pte(rng, rng.random() < 0.7))
        for _ in range(rng.randint(0, 3)):
            n = va ^ (rng.randint(1, 2047) << pg.HPAGE_SHIFT)
            if (n >> pg.PGDIR_SHIFT) in target_pgd:
                continue
            if rng.random() < 0.5:
                t.set_huge(n, _rand_huge(rng, rng.random() < 0.9))
            else:
                t.set_small(n, _rand_pte(rng, True))
    else:
        va = out_of_range(rng)
        # a handler without the range check would find these
        alias = va & (USER_LIMIT - 1)
        if rng.random() < 0.5:
            t.set_huge(alias, _rand_huge(rng))
        else:
            t.set_small(alias, _rand_pte(rng, True))
            t.set_small(alias ^ 0x4000, _rand_pte(rng, True))
    # unrelated mappings elsewhere
    for _ in range(rng.randint(2, 12)):
        n = _rand_user_va(rng, target_pgd)
        if (n & ~M.HPAGE_MASK) == (va & ~M.HPAGE_MASK & (USER_LIMIT - 1)):
            continue
        if rng.random() < 0.2:
            t.set_huge(n, _rand_huge(rng, rng.random() < 0.9))
        else:
            t.set_small(n, _rand_pte(rng, rng.random() < 0.8))
    return va, target_pgd


def _kernel_out_of_range(rng: random.Random) -> int:
    """An address the host's tables do not cover: user beyond 2^47, or kernel."""
    r = rng.random()
    if r < 0.4:
        return USER_LIMIT | rng.getrandbits(47)                        # user, beyond the tables
    if r < 0.7:
        return 0xC000000000000000 | rng.getrandbits(48)                # xkseg
    if r < 0.85:
        return 0xFFFFFFFFC0000000 | rng.getrandbits(30)                # ckseg2/3 (kseg2/3)
    return 0x4000000000000000 | rng.getrandbits(48)                    # xsseg


def _cross_check(t: _Tables, walk, va: int, kind: str, index: int) -> str:
    """The generator against a walker over the same tables (walk(va) -> (exc,
    pte, huge, _)); returns the kind the tables really give."""
    if va >= USER_LIMIT:
        return kind
    for probe in (va, va ^ 0x4000):
        want, want_huge = t.intended(probe)
        exc, pte, huge, _ = walk(probe)
        if exc or pte != want or huge != want_huge:
            raise InternalError(f"case {index}: walker gives {pte:#x} (huge={huge}) at {probe:#x}, "
                                f"the tables were built with {want:#x} (huge={want_huge})")
    pte, huge = t.intended(va)
    real = "huge" if huge else ("small" if pte & pg._PAGE_VALID else "invalid")
    if real != kind and not (kind == "invalid" and real == "small"):
        raise InternalError(f"case {index}: built a {kind} case, the walker sees {real}")
    return real


NOWHERE = (0, 0, -1)                # a target no entry conflicts with


def _fill_tlb(core, rng: random.Random, t: _Tables, va: int, asid: int, vtlb: int, target: tuple,
              owner=None) -> int:
    """Wired entries (kernel or user mappings of any page size), then entries
    already in the VTLB and FTLB: this and other address spaces' pages from the
    tables (as __update_tlb leaves them), and unrelated random ones. With VZ,
    owner(rng) -> (select, guest, same) picks each entry's owner: select()
    sets GuestCtl1.RID, guest entries are written with TLBG*, and only entries
    of the faulting level's owner (same) may not conflict with the target.
    Returns Wired (> 0)."""
    def pick():
        if owner is None:
            return False, True
        select, guest, same = owner(rng)
        select()
        return guest, same
    wired = rng.randint(1, max(2, vtlb // 8))
    for i in range(wired):
        mask = rng.choice(VTLB_MASKS)
        guest, same = pick()
        e = _rand_entry(rng, mask, target if same else NOWHERE)
        if e:
            _write_entry(core, e[0], mask, e[1], e[2], index=i, guest=guest)
    core.cp0_set(6, 0, wired)
    n_fill = rng.randint(4, 24) if vtlb <= 16 else rng.randint(0, 24)
    fill_vas = [p for p in list(t.small) + list(t.huge) if (p >> pg.HPAGE_SHIFT) != (va >> pg.HPAGE_SHIFT)]
    for _ in range(n_fill):
        guest, same = pick()
        if rng.random() < 0.3 or guest:
            mask = PM_SMALL if rng.random() < 0.6 else rng.choice(VTLB_MASKS)
            e = _rand_entry(rng, mask, target if same else NOWHERE)
            if e:
                _write_entry(core, e[0], mask, e[1], e[2], guest=guest)
            continue
        fva = rng.choice(fill_vas) if fill_vas and rng.random() < 0.7 else _rand_user_va(rng)
        if (fva >> pg.HPAGE_SHIFT) == ((va & SEGMASK) >> pg.HPAGE_SHIFT):
            continue
        fasid = asid if rng.random() < 0.3 else rng.randint(0, 0x3FF)
        core.cp0_set(10, 0, fasid)
        _preload(core, fva)
    return wired


def _set_scratch(core, rng: random.Random, set_cp0, pgd_kva: int, ks5: int, ks6: int) -> None:
    """Random PTEBase of Context/XContext, ErrorEPC, DESAVE and the KScratch
    registers; KScratch1 = the PGD, KScratch5/6 = the counter."""
    for reg, sel in ((4, 0), (20, 0), (4, 2), (30, 0), (31, 0), (31, 3), (31, 4), (31, 5)):
        set_cp0(reg, sel, rng.getrandbits(64))
    set_cp0(31, 2, pgd_kva)
    set_cp0(31, 6, ks5)
    set_cp0(31, 7, ks6)


def _rand_counter(rng: random.Random) -> tuple[int, int]:
    """(KScratch5, KScratch6): the counter off half of the time, on with any
    non-zero value (also one with a zero low half), any start value."""
    ks5 = 0 if rng.random() < 0.5 else rng.choice(
        (1, rng.getrandbits(64) | 1, rng.randint(1, 0xFFFF) << 32, 1 << 63, rng.getrandbits(64) or 1))
    ks6 = rng.choice((0, rng.getrandbits(64), 0x7FFFFFFF, 0xFFFFFFFF, MASK64, rng.randint(0, 1000)))
    return ks5, ks6


def _set_linux_cp0(set_cp0, get_cp0) -> None:
    """PageGrain, HWREna and Config.K0 as Linux's boot leaves them."""
    set_cp0(5, 1, kernel.PAGEGRAIN_LINUX)
    set_cp0(7, 0, kernel.HWRENA_LINUX)
    k0 = cp0regs.register("Config").field("K0")
    set_cp0(16, 0, k0.put(get_cp0(16, 0), 3))


def _rand_thread_state(core, rng: random.Random) -> None:
    """GPRs, FPRs, FCSR, HI/LO of the interrupted thread."""
    for r in range(1, 32):
        core.set_gpr(r, rng.getrandbits(64))
    for i in range(32):
        core.set_fpr(i, rng.getrandbits(64))
    core.fcsr = rng.getrandbits(32) & 0xFE80007F    # condition codes, FS, flags, rounding mode
    core.hi, core.lo = rng.getrandbits(64), rng.getrandbits(64)


def build_case(index: int, seed: int, geometry: dict, mem_size: int | None = None,
               timing: Timing | None = None):
    """Build the core, tables and registers for one case (deterministic in
    (seed, index)). Returns (core, case, tables)."""
    rng = random.Random(seed * 1_000_003 + index)
    mem_size = mem_size or Memory().size
    core = _make_core(geometry, rng.getrandbits(16), mem_size, timing or Timing())
    frames = _Frames(rng, mem_size)
    ebase, ebase_pa = _pick_ebase(rng, frames)
    t = _Tables(core, rng, frames)
    kind = rng.choices(KINDS, weights=(35, 25, 25, 15))[0]
    va, _ = _populate(t, rng, kind, _kernel_out_of_range)
    core.pgd_pa = t.pt.pgd
    kind = _cross_check(t, core.walk, va, kind, index)

    # ---- CP0 and registers, as the host kernel's boot and a running system leave them
    _set_linux_cp0(core.cp0_set, core.cp0_get)
    asid = rng.randint(0, 0x3FF)
    ks5, ks6 = _rand_counter(rng)
    if rng.random() < 0.2:
        epc = va & ~3 & (USER_LIMIT - 1)
    else:
        epc = rng.getrandbits(47) & ~3
    case = Case(index, kind, va, int(rng.choice((Exc.TLBL, Exc.TLBS))), asid, ks5, ks6, epc, ebase)
    target_lo = va & SEGMASK & ~M.HPAGE_MASK
    case.wired = _fill_tlb(core, rng, t, va, asid, geometry["vtlb"],
                           (target_lo, target_lo + pg.HPAGE_SIZE, asid))
    _set_ebase(core, ebase)
    core.cp0_set(5, 0, PM_SMALL)
    core.cp0_set(10, 0, asid)
    core.cp0_set(0, 0, rng.randrange(geometry["vtlb"]))
    core.cp0_set(2, 0, rng.getrandbits(64))
    core.cp0_set(3, 0, rng.getrandbits(64))
    _set_scratch(core, rng, core.cp0_set, pg.PAGE_OFFSET | t.pt.pgd, ks5, ks6)
    count = rng.getrandbits(32)
    core.cp0_set(9, 0, count)
    core.cp0_set(11, 0, (count + (1 << 31)) & 0xFFFFFFFF)   # the next tick is far away
    core.cp0_poke(12, 0, kernel.STATUS_USER)        # as Linux runs user code: IE, IM7, KX/SX/UX, CU1, FR
    _rand_thread_state(core, rng)
    core.pc = epc
    case.ebase_pa = ebase_pa
    return core, case, t


_OPS: dict = {}


def _ops(image: bytes, region: int) -> tuple:
    """The decoded instruction at each word of the vector (zeros past the image)."""
    key = (image, region)
    if key not in _OPS:
        padded = image + bytes(max(0, region - len(image)))
        _OPS[key] = tuple(R.op_of(int.from_bytes(padded[i:i + 4], "little")) for i in range(0, region, 4))
    return _OPS[key]


@dataclass
class Region:
    """Code the checker steps through: a handler image at base (the ops of
    size bytes), the Monitor checking its instructions (None: not checked),
    and whether it runs in guest mode (None: either)."""
    base: int
    ops: tuple
    size: int
    mon: R.Monitor | None
    guest: bool | None = None


def _region(image: bytes, base: int, mon, guest: bool | None = None, limit: int = VECTOR_LIMIT) -> Region:
    size = max(limit, (len(image) + 3) & ~3)
    return Region(base, _ops(image, size), size, mon, guest)


def costs_now(core) -> tuple:
    """(instructions, cycles, loads, stores) so far: run_handler's since."""
    st = core.tlb_stats()
    return core.icount, core.icount + core.stall_cycles, st["dtlb_access"] - st["stores"], st["stores"]


def run_handler(core, case: Case, regions: list, returned, trace: bool = False, after=None,
                budget: int = STEP_BUDGET, since: tuple | None = None) -> None:
    """Step the core one instruction at a time from the exception entry until
    returned(core) (the handler's ERET), a jump to the fault stub, an exception
    the core reports, a rule that ends the case, or the budget. Each
    instruction goes to its region's Monitor first; after(core, pc, op), when
    given, sees each one executed and may end the run with a (category,
    message). Sets case.exit ("eret", "stub") and the costs, counted from
    since (costs_now before the exception entry) or from here."""
    from ..core import EVENT_EXCEPTION
    from ..cp0.regs import EXCCODES
    i0, c0, l0, s0 = since or costs_now(core)
    prev_pc, prev, last_cti = -1, None, None
    first = regions[0]
    for _ in range(budget):
        pc = core.pc
        mine = [r for r in regions if r.guest is None or r.guest == core.in_guest]
        reg = next((r for r in mine if 0 <= (pc - r.base) & MASK64 < r.size), None)
        if trace:
            case.trace.append((pc, reg.ops[((pc - reg.base) & MASK64) >> 2].word if reg else None))
        if pc == FAULT_STUB:
            case.exit = "stub"
            break
        if reg is None:
            _left_handler(case, pc, (mine or [first])[0].size, last_cti)
            break
        op = reg.ops[((pc - reg.base) & MASK64) >> 2]
        if reg.mon is not None:
            stop = reg.mon.before(core, pc, op, prev is not None and prev.cti and pc == prev_pc + 4)
            if stop:
                case.fail(*stop)
                break
        ev = core.run(core.icount + 1)
        if ev == EVENT_EXCEPTION:
            code = core.exc_code
            where = core.exc_epc
            case.fail(f"exception {EXCCODES.get(code, '?')} in the handler",
                      f"exception {EXCCODES.get(code, '?')} (ExcCode {code}) in the handler at pc {where:#x} "
                      f"({_disasm_at(core, where)}), BadVAddr {core.exc_badvaddr:#x}")
            break
        if after is not None:
            stop = after(core, pc, op)
            if stop:
                case.fail(*stop)
                break
        if returned(core):
            case.exit = "eret"
            break
        prev_pc, prev = pc, op
        if op.cti:
            last_cti = (pc, op)
    else:
        case.fail("handler does not return",
                  f"handler does not return: no ERET within {budget} instructions (pc {core.pc:#x})")
    case.insns = core.icount - i0
    case.cycles = core.icount + core.stall_cycles - c0
    st = core.tlb_stats()
    case.loads = st["dtlb_access"] - st["stores"] - l0
    case.stores = st["stores"] - s0
    for r in regions:
        if r.mon is not None:
            for cat, msg in r.mon.faults:
                case.fail(cat, msg)


def run_case(handler: Handler, index: int, seed: int, geometry: dict, trace: bool = False,
             mem_size: int | None = None, timing: Timing | None = None, pte_stores: bool = False) -> Case:
    core, case, t = build_case(index, seed, geometry, mem_size, timing)
    core.phys_write(case.ebase_pa, handler.image)
    t.vector = case.ebase_pa & ~(pg.PAGE_SIZE - 1)
    masks = _wmasks(core.model)
    ftlb = ftlb_on(core, geometry)
    ref = _reference(core, case.va, ftlb, masks[2 * 8], masks[3 * 8])
    case.expected = ref

    regs = MC.cp0_list(core.model)
    snap = MC.take(core, regs, sorted(set(t.frames.used) | {t.vector}))
    since = costs_now(core)
    core.enter_exception(case.exc_code, case.va, refill=True)
    snap.cp0 = MC.read_cp0(core, regs)
    epc = snap.cp0["EPC"]
    mon = R.Monitor(case.ebase, core.model, len(snap.tlb), frozenset(t.frames.used), case.ebase_pa,
                    len(handler.image))
    run_handler(core, case, [_region(handler.image, case.ebase, mon)], lambda c: not c.kernel_mode, trace,
                since=since)
    if not case.exit:
        return case

    # ---- the TLB: one entry written (none on the way to the fault stub), the right one
    what = KIND_DESC[case.kind]
    after = core.tlb_entries()
    if case.exit == "stub":
        if case.kind != "out-of-range":
            case.fail("jumped to the fault stub",
                      f"jumped to {FAULT_STUB_SYMBOL} for {_a(what)} at {case.va:#x}: only an address no "
                      f"page table covers takes the fault path")
        MC.other_tlb_changes(case.fail, snap.tlb, after, (), case.wired,
                             f"before the jump to {FAULT_STUB_SYMBOL}")
    else:
        written = _check_written(case, snap.tlb, after, ref, geometry)
        MC.other_tlb_changes(case.fail, snap.tlb, after, {written}, case.wired, "")

    # ---- everything else the handler may not change
    MC.compare_registers(case.fail, core, snap, mon)
    MC.compare_cp0(case.fail, core, regs, snap, mon, returned=case.exit == "eret")
    check_counter(case, core.cp0_get(31, 7), ref["huge"])
    slots = None
    if pte_stores:
        slots = t.pair_slots(case.va, ref["huge"]) if case.va < USER_LIMIT else frozenset()
    MC.compare_memory(case.fail, core, snap, mon, t.role, slots)
    if case.exit == "eret" and core.pc != epc:
        case.fail("returned to the wrong pc", f"returned to {core.pc:#x}, not EPC {epc:#x}")
    return case


def ftlb_on(core, geometry: dict) -> bool:
    """A 16 KB pair goes to the FTLB (it exists and Config6.FTLBDis is clear)."""
    return geometry["ftlb_sets"] * geometry["ftlb_ways"] > 0 and not core.cp0_get(16, 6) & (1 << 22)


_WMASKS: dict = {}


def _wmasks(model) -> list:
    key = repr(model)
    if key not in _WMASKS:
        _WMASKS[key] = cp0regs.wmask_array(model)
    return _WMASKS[key]


def _left_handler(case: Case, pc: int, region: int, last_cti) -> None:
    if last_cti is not None and last_cti[1].absolute:
        at, op = last_cti
        case.fail("absolute jump out of the handler",
                  f"left the handler: {op.at(at - case.ebase)} at +{at - case.ebase:#05x} went to {pc:#x} with EBase "
                  f"{case.ebase:#x}; j/jal keep the pc's upper bits, so they are right at one EBase only "
                  f"(use a branch, or jr to a computed address)")
    else:
        case.fail("left the handler",
                  f"left the handler: pc {pc:#x} is outside EBase+0x000..{region:#x} (EBase {case.ebase:#x})")


def _check_written(case: Case, before: list, after: list, ref: dict, geometry: dict) -> int | None:
    """Compare the entry the handler wrote with the reference; returns its index."""
    what = KIND_DESC[case.kind]
    changed = [i for i in range(len(after)) if after[i] != before[i]]
    if not changed:
        case.fail("no TLB entry written", f"no TLB entry written for the {what} at {case.va:#x}")
        return None
    match = [i for i in changed if after[i]["valid"] and after[i]["vpn2"] == ref["vpn2"]]
    idx = (match or changed)[0]
    e = after[idx]
    case.got = {k: e[k] for k in ("index", "group", "valid", "vpn2", "pagemask", "asid", "lo0", "lo1", "tag")}
    if idx < case.wired:
        case.fail("wired TLB entry overwritten",
                  f"the {what} was written to entry {idx}, a wired entry (Wired = {case.wired}): TLBWR never "
                  f"picks one, a TLBWI with a stale Index does")
    if not e["valid"]:
        case.fail("invalidated entry written", f"the entry written is invalid (EntryHi.EHINV) for the {what}")
    if e["group"] != ref["group"]:
        case.fail(f"{what} written to the {e['group']}",
                  f"{what} written to the {e['group']} (entry {e['index']}), expected the {ref['group']}")
    elif e["group"] == "FTLB":
        sets = geometry["ftlb_sets"]
        got_set = (e["index"] - geometry["vtlb"]) % sets
        want_set = (case.va // ((PM_SMALL | 0x1FFF) + 1)) % sets
        if got_set != want_set:
            case.fail("wrong FTLB set", f"wrong FTLB set for the {what}: got set {got_set}, expected {want_set}")
    if e["pagemask"] != ref["pagemask"]:
        case.fail(f"wrong PageMask for {what}",
                  f"wrong PageMask for {what}: got {e['pagemask']:#010x}, expected {ref['pagemask']:#010x}")
    if e["vpn2"] != ref["vpn2"]:
        case.fail(f"wrong EntryHi VPN2 for {what}",
                  f"wrong EntryHi VPN2 for {what}: got {e['vpn2']:#x}, expected {ref['vpn2']:#x}")
    if e["asid"] != case.asid:
        case.fail("wrong ASID", f"wrong ASID in the entry: got {e['asid']:#x}, expected {case.asid:#x}")
    if "tag" in ref and e["tag"] != ref["tag"]:
        from ..mmu import owner
        case.fail("wrong owner tag", f"the {what} was written as a {owner(e['tag'])} entry (tag {e['tag']:#x}), "
                                     f"expected {owner(ref['tag'])} (tag {ref['tag']:#x}){ref.get('tag_why', '')}")
    for n in ("lo0", "lo1"):
        if e[n] != ref[n]:
            reg = "EntryLo0" if n == "lo0" else "EntryLo1"
            case.fail(f"wrong {reg} for {what}",
                      f"wrong {reg} for {what}: got {fmt_lo(e[n])}, expected {fmt_lo(ref[n])}")
    return idx


def check_counter(case: Case, now: int, huge: bool, name: str = "KScratch6") -> None:
    """KScratch6 += 1 on a huge refill with KScratch5 != 0, else unchanged (DESIGN.md).
    name: the register's name in the messages (the guest's in guest mode)."""
    what = KIND_DESC[case.kind]
    ks5 = case.ks5
    five = name.replace("6", "5")
    delta = (now - case.ks6) & MASK64
    want = 1 if huge and ks5 else 0
    if delta == want:
        return
    if delta == 1 and huge:
        case.fail(f"{name} incremented while {five} = 0")
    elif delta == 1:
        case.fail(f"{name} incremented on a non-huge refill",
                  f"{name} incremented on the refill of {_a(what)} (only huge refills count)")
    elif delta == 0:
        case.fail(f"{name} not incremented on a huge refill",
                  f"{name} not incremented on a huge refill with {five} = {ks5:#x}")
    else:
        case.fail(f"{name} changed wrongly",
                  f"{name} changed from {case.ks6:#x} to {now:#x}, expected +{want}")


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _disasm_at(core, pc: int) -> str:
    pa = R.unmapped_pa(pc)
    if pa is None or pa + 4 > core.mem_size:
        return "?"
    return R.op_of(int.from_bytes(core.phys_read(pa, 4), "little")).at(pc)


# --------------------------------------------------------------------------- the run

def _spread(values: list) -> dict:
    return {"min": min(values), "max": max(values), "mean": sum(values) / len(values)} if values else \
        {"min": 0, "max": 0, "mean": 0.0}


@dataclass
class Report:
    handler: Handler
    seed: int
    geometry: dict
    cases: list
    static: list
    options: dict = field(default_factory=dict)

    @property
    def failed(self) -> list:
        return [c for c in self.cases if not c.ok]

    @property
    def passed(self) -> bool:
        return not self.static and not self.failed

    def _stats(self, cs: list) -> dict:
        ok = [c for c in cs if c.ok]
        use = ok or cs                      # costs of the passing cases, if any
        ins, cyc, lds = (_spread([getattr(c, a) for c in use]) for a in ("insns", "cycles", "loads"))
        return {"cases": len(cs), "passed": len(ok), "failed": len(cs) - len(ok),
                "insns_min": ins["min"], "insns_max": ins["max"], "insns_mean": ins["mean"],
                "loads_min": lds["min"], "loads_max": lds["max"], "loads_mean": lds["mean"],
                "cycles_min": cyc["min"], "cycles_max": cyc["max"], "cycles_mean": cyc["mean"]}

    def kind_stats(self) -> dict:
        return {k: self._stats([c for c in self.cases if c.kind == k]) for k in KINDS}

    def path_stats(self) -> dict:
        """Cost by path through the handler, for the paths some case took."""
        out = {}
        for p in PATHS:
            cs = [c for c in self.cases if c.path == p]
            if cs:
                out[p] = self._stats(cs)
        return out

    def fault_counts(self) -> dict:
        counts: dict[str, list] = {}
        for c in self.cases:
            for cat in dict.fromkeys(cat for cat, _ in c.faults):
                counts.setdefault(cat, []).append(c.index)
        return {k: v for k, v in sorted(counts.items(), key=lambda kv: -len(kv[1]))}

    def to_json(self, max_cases: int = 50) -> dict:
        h = self.handler
        return {"handler": h.path, "image_bytes": len(h.image),
                "instructions": {"total": h.insns, "overflow": h.overflow_insns, "main": h.main_insns,
                                 "limit": MAX_INSNS, "exact": h.exact},
                "seed": self.seed, "geometry": self.geometry, "options": self.options,
                "cases": len(self.cases), "passed": self.passed, "static_faults": [m for _, m in self.static],
                "kinds": self.kind_stats(), "paths": self.path_stats(),
                "faults": {k: len(v) for k, v in self.fault_counts().items()},
                "failing_cases": [c.summary() for c in self.failed[:max_cases]]}


MODES = ("root", "root-gpa", "guest")


def case_runner(mode: str):
    """run_case of a mode: root (the host's refill), root-gpa (root's GPA refill
    in guest mode), guest (the guest's refill, with the 2D walk)."""
    if mode == "root":
        return run_case
    from . import check_refill_vz as V
    return {"root-gpa": V.run_gpa_case, "guest": V.run_guest_case}[mode]


def mode_static_faults(handler: Handler, mode: str = "root") -> list:
    if mode == "root":
        return static_faults(handler)
    from . import check_refill_vz as V
    return V.static_faults(handler, mode)


def check(handler: Handler, n_cases: int = 2000, seed: int = 0, tiny: bool = False,
          stop_after: int | None = None, memory: Memory | None = None, timing: Timing | None = None,
          pte_stores: bool = False, mode: str = "root") -> Report:
    """Run n_cases cases; stop early after stop_after failing cases (None: never)."""
    geometry = dict(TINY_GEOMETRY if tiny else DEFAULT_GEOMETRY)
    memory, timing = memory or Memory(), timing or Timing()
    cases = []
    nfail = 0
    run = case_runner(mode)
    for i in range(n_cases):
        c = run(handler, i, seed, geometry, mem_size=memory.size, timing=timing, pte_stores=pte_stores)
        cases.append(c)
        nfail += not c.ok
        if stop_after is not None and nfail >= stop_after:
            break
    options = {"memory_bytes": memory.size, "pte_stores": pte_stores, "timing": timing.to_dict(),
               "fault_stub": f"{FAULT_STUB:#x}", "mode": mode}
    return Report(handler, seed, geometry, cases, mode_static_faults(handler, mode), options)


# --------------------------------------------------------------------------- output

def _range(lo, hi, mean) -> str:
    return f"{lo}" if lo == hi else f"{lo}-{hi} (mean {mean:.1f})"


def _machine_line(rep: Report) -> str:
    ebases = {c.ebase for c in rep.cases}
    regions = sorted({"xkphys" if c.ebase >> 63 and not c.ebase >> 32 == 0xFFFFFFFF else "ckseg0"
                      for c in rep.cases})
    wired = [c.wired for c in rep.cases] or [0]
    mem = rep.options.get("memory_bytes", Memory().size)
    extra = "; PTE stores allowed (accessed bit)" if rep.options.get("pte_stores") else ""
    return (f"machine: {mem >> 20} MiB memory; {len(ebases)} EBase placements ({', '.join(regions)}); "
            f"Wired {min(wired)}-{max(wired)}{extra}")


def format_report(rep: Report, show: int = 5, use_rich: bool | None = None) -> str:
    h = rep.handler
    mode = rep.options.get("mode", "root")
    limit = f"limit {MAX_INSNS}" if mode != "root-gpa" else "limit 0x180 bytes"
    head = [f"handler: {h.path}",
            f"size: {len(h.image):#x} bytes; {h.insns} instructions ({h.overflow_insns} at +0x000, "
            f"{h.main_insns} from +0x080; {limit}{'' if h.exact else ', counted from the binary'})",
            f"cases: {len(rep.cases)}, seed {rep.seed}, TLB "
            f"{rep.geometry['vtlb']} VTLB + {rep.geometry['ftlb_sets']}x{rep.geometry['ftlb_ways']} FTLB",
            _machine_line(rep)]
    if mode != "root":
        from . import check_refill_vz as V
        head += V.head_lines(rep)
    rows = [(p, str(s["cases"]), str(s["passed"]), str(s["failed"]),
             _range(s["insns_min"], s["insns_max"], s["insns_mean"]),
             _range(s["loads_min"], s["loads_max"], s["loads_mean"]),
             _range(s["cycles_min"], s["cycles_max"], s["cycles_mean"])) for p, s in rep.path_stats().items()]
    total = ("total", str(len(rep.cases)), str(len(rep.cases) - len(rep.failed)), str(len(rep.failed)), "", "", "")
    cols = ("path", "cases", "passed", "failed", "instructions", "loads", "cycles")
    faults = rep.fault_counts()
    if use_rich is None:
        use_rich = _rich_available()
    if use_rich:
        return _format_rich(rep, head, cols, rows, total, faults, show)
    out = head[:]
    out.append("")
    widths = [max(len(c), *(len(r[i]) for r in rows + [total])) for i, c in enumerate(cols)]
    out.append("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
    for r in rows + [total]:
        out.append("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())
    if rep.static:
        out.append("")
        out.extend(f"FAIL: {m}" for _, m in rep.static)
    if faults:
        out.append("")
        out.append("faults (cases):")
        for cat, idx in faults.items():
            out.append(f"  {len(idx):5}  {cat}  (first: case {idx[0]})")
    for c in rep.failed[:show]:
        out.append("")
        out.extend(_case_lines(c))
    if rep.failed:
        out.append("")
        out.append(_rerun_hint(rep))
    out.append("")
    out.append(_verdict(rep))
    return "\n".join(out) + "\n"


def _rerun_hint(rep: Report) -> str:
    tiny = " --tiny" if rep.geometry == TINY_GEOMETRY else ""
    pte = " --pte-stores" if rep.options.get("pte_stores") else ""
    mode = rep.options.get("mode", "root")
    pte += "" if mode == "root" else f" --{mode}"
    return (f"one case in full, with a trace: mipsvm check-refill {rep.handler.path} --seed {rep.seed}{tiny}{pte} "
            f"--case {rep.failed[0].index}")


def _verdict(rep: Report) -> str:
    n, bad = len(rep.cases), len(rep.failed)
    text = f"{'PASS' if rep.passed else 'FAIL'}: {n - bad}/{n} cases passed"
    if rep.static:
        text += f"; {len(rep.static)} static fault{'s' if len(rep.static) > 1 else ''} (size limits)"
    return text


def _case_lines(c: Case) -> list[str]:
    lines = [f"case {c.index} ({c.kind}): BadVAddr {c.va:#x}, ExcCode {c.exc_code}, ASID {c.asid:#x}, "
             f"KScratch5 {c.ks5:#x}, KScratch6 {c.ks6:#x}, EBase {c.ebase:#x}, Wired {c.wired}"]
    if "guest" in c.extra:
        lines.append(f"  {c.extra['guest'].text()}")
    lines += [f"  - {m}" for _, m in c.faults]
    return lines


def _rich_available() -> bool:
    try:
        import rich  # noqa: F401
        return True
    except ImportError:
        return False


def _format_rich(rep, head, cols, rows, total, faults, show) -> str:
    from rich.console import Console
    from rich.table import Table
    con = Console(record=True, width=120, file=io.StringIO(), color_system=None)
    for line in head:
        con.print(line, markup=False, highlight=False, soft_wrap=True)
    t = Table(title="cost per refill, by path")
    for c in cols:
        t.add_column(c, justify="right" if c in ("cases", "passed", "failed") else "left")
    for r in rows:
        t.add_row(*r)
    t.add_row(*total, style="bold")
    con.print(t)
    for _, m in rep.static:
        con.print(f"FAIL: {m}", markup=False, highlight=False, soft_wrap=True)
    if faults:
        ft = Table(title="faults")
        ft.add_column("cases", justify="right")
        ft.add_column("fault")
        ft.add_column("first case", justify="right")
        for cat, idx in faults.items():
            ft.add_row(str(len(idx)), cat, str(idx[0]))
        con.print(ft)
    for c in rep.failed[:show]:
        for line in _case_lines(c):
            con.print(line, markup=False, highlight=False, soft_wrap=True)
    if rep.failed:
        con.print(_rerun_hint(rep), markup=False, highlight=False, soft_wrap=True)
    con.print(_verdict(rep), markup=False, highlight=False, soft_wrap=True)
    return con.export_text()


def format_case_detail(c: Case) -> str:
    """One case in full: inputs, expected and written entry, faults, trace."""
    from ..mmu import owner
    out = _case_lines(c)
    e = c.expected
    if e:
        alt = f", or a jump to {FAULT_STUB_SYMBOL}" if c.kind == "out-of-range" else ""
        who = f" ({owner(e['tag'])})" if "tag" in e else ""
        out.append(f"  expected: {e['group']} PageMask {e['pagemask']:#010x} VPN2 {e['vpn2']:#x} ASID {c.asid:#x}"
                   f"{who}{alt}")
        out.append(f"            EntryLo0 {fmt_lo(e['lo0'])}")
        out.append(f"            EntryLo1 {fmt_lo(e['lo1'])}")
    g = c.got
    if g:
        who = f" ({owner(g['tag'])})" if "tag" in e else ""
        out.append(f"  written:  {g['group']} entry {g['index']} PageMask {g['pagemask']:#010x} "
                   f"VPN2 {g['vpn2']:#x} ASID {g['asid']:#x}{who}")
        out.append(f"            EntryLo0 {fmt_lo(g['lo0'])}")
        out.append(f"            EntryLo1 {fmt_lo(g['lo1'])}")
    elif c.exit == "stub":
        out.append(f"  jumped to {FAULT_STUB_SYMBOL} ({FAULT_STUB:#x}), no TLB entry written")
    out.append(f"  {c.insns} instructions, {c.loads} loads, {c.stores} stores, {c.cycles} cycles")
    if c.trace:
        out.append("  trace:")
        for pc, w in c.trace:
            if w is None:
                out.append(f"    {pc:#x}" + (f"  {FAULT_STUB_SYMBOL}" if pc == FAULT_STUB else ""))
            else:
                off, where = (pc - c.ebase) & MASK64, ""
                if off >= MAX_IMAGE and "root_ebase" in c.extra:     # --guest: a root refill in the walk
                    off, where = (pc - c.extra["root_ebase"]) & MASK64, "root "
                where = f"{where}+{off:#05x}" if off < MAX_IMAGE else f"{pc:#x}"
                out.append(f"    {where:>11}  {w:08x}  {R.op_of(w).at(off if off < MAX_IMAGE else pc)}")
    if c.ok:
        out.append("  PASS")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- CLI

def add_subparser(sub) -> None:
    p = sub.add_parser("check-refill", help="validate a TLB refill handler against the reference walker",
                       description="Assemble a TLB refill handler (EBase+0x000..0x0ff, entry at +0x080), "
                                   "run it on randomized page tables and machine states and compare every "
                                   "refill with the reference page-table walker and the whole machine with "
                                   "its state before. Exit status 0 when everything passes.")
    p.add_argument("handler", nargs="?", default=None,
                   help="handler source (.S, assembled with GNU as) or binary (.bin); "
                        "default kernels/refill.S (kernels/refill.bin without a cross assembler)")
    p.add_argument("--cases", type=int, default=2000, help="randomized cases to run (default 2000)")
    p.add_argument("--seed", type=int, default=0, help="seed of the case generator (default 0)")
    p.add_argument("--tiny", action="store_true",
                   help="tiny TLB geometry (8 VTLB entries, 4x2 FTLB, 4-entry micro-TLBs)")
    p.add_argument("--pte-stores", action="store_true",
                   help="allow the handler to set _PAGE_ACCESSED in the PTEs it loads, with lld/scd "
                        "(Linux's accessed-bit form); every other store is still a fault")
    vz = p.add_mutually_exclusive_group()
    vz.add_argument("--root-gpa", action="store_true",
                    help="check root's GPA->HPA refill handler while a guest runs (default kernels/kvm_refill.S): "
                         "a guest access to a GPA missing from the root TLB, in guest mode")
    vz.add_argument("--guest", action="store_true",
                    help="check the guest kernel's own refill handler (default kernels/refill.S) in guest mode, "
                         "its page-table loads translated GPA->HPA (the 2D walk, kernels/kvm_refill.S at root EBase)")
    p.add_argument("--json", metavar="OUT", default=None, help="also write the results as JSON to OUT")
    p.add_argument("--show", type=int, default=5, help="failing cases to show in detail (default 5)")
    p.add_argument("--case", type=int, default=None, metavar="K",
                   help="run only case K (same seed) and print it in full, with an instruction trace")
    p.add_argument("--plain", action="store_true", help="plain-text tables (no rich)")
    Memory.add_cli(p)
    Timing.add_cli(p)
    p.set_defaults(func=cmd_check_refill)


def _bad_args(args) -> str | None:
    if not 1 <= args.cases <= MAX_CASES:
        return f"--cases must be between 1 and {MAX_CASES}"
    if not 0 <= args.seed < 1 << 64:
        return "--seed must be between 0 and 2^64-1"
    if args.case is not None and not 0 <= args.case < 1 << 64:
        return "--case must be between 0 and 2^64-1"
    if args.show < 0:
        return "--show must not be negative"
    return None


def cmd_check_refill(args) -> int:
    from ..models import ConfigError

    def error(msg: str) -> int:
        sys.stderr.write(f"mipsvm check-refill: {msg}\n")
        return 1
    bad = _bad_args(args)
    if bad:
        return error(bad)
    try:
        memory, timing = Memory.from_cli(args), Timing.from_cli(args)
    except (ConfigError, ValueError) as e:
        return error(str(e))
    mode = "root-gpa" if getattr(args, "root_gpa", False) else "guest" if getattr(args, "guest", False) else "root"
    if mode == "root-gpa" and not args.handler:
        from .check_refill_vz import default_kvm_handler_path
        path = default_kvm_handler_path()
    else:
        path = args.handler or default_handler_path()
    if not args.handler:                    # the shipped handler, named as from the working directory
        rel = os.path.relpath(path)
        path = path if rel.startswith("..") else rel
    try:
        h = load_handler(path)
    except HandlerError as e:
        return error(str(e))
    geometry = dict(TINY_GEOMETRY if args.tiny else DEFAULT_GEOMETRY)
    if args.case is not None:
        c = case_runner(mode)(h, args.case, args.seed, geometry, trace=True, mem_size=memory.size, timing=timing,
                              pte_stores=args.pte_stores)
        static = mode_static_faults(h, mode)
        for _, m in static:
            sys.stdout.write(f"FAIL: {m}\n")
        sys.stdout.write(format_case_detail(c))
        return 0 if c.ok and not static else 1
    rep = check(h, args.cases, args.seed, args.tiny, memory=memory, timing=timing, pte_stores=args.pte_stores,
                mode=mode)
    sys.stdout.write(format_report(rep, show=args.show, use_rich=False if args.plain else None))
    if args.json:
        try:
            with open(args.json, "w") as f:
                json.dump(rep.to_json(), f, indent=2)
                f.write("\n")
        except OSError as e:
            return error(f"{args.json}: {e.strerror or e}")
    return 0 if rep.passed else 1


def main(argv=None) -> int:
    import argparse
    ap = argparse.ArgumentParser(prog="mipsvm")
    add_subparser(ap.add_subparsers(dest="cmd", required=True))
    args = ap.parse_args(["check-refill"] + list(sys.argv[1:] if argv is None else argv))
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

__all__ = ["Handler", "HandlerError", "Report", "Case", "load_handler", "assemble", "handler_from_binary",
           "static_faults", "check", "run_case", "format_report", "add_subparser", "cmd_check_refill"]
