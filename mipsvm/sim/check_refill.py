"""`mipsvm check-refill`: validate a TLB refill handler against the reference walker.

The handler (MIPS assembly, assembled with GNU as, or an assembled .bin) is
installed at EBase like the host kernel's own (kernels/refill.S): the refill
entry at EBase+0x080, an optional overflow part at EBase+0x000. For each of many
seeded random cases the checker builds Linux-format page tables in simulated
memory (mipsvm.host.mm.PageTables), sets up CP0 and the registers, takes a TLB
refill exception on one address, runs the handler to its ERET and compares what
it did with the reference computed from the C page-table walker (core.walk).
docs/check-refill.md describes every check and the instruction-count rule.
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
from ..isa.regnames import GPR, K0, K1
from ..models import CPU

EBASE = kernel.EBASE
PM_SMALL = pg.PM_DEFAULT_MASK        # 16 KB pages
PM_HUGE = pg.PM_HUGE_MASK            # one 16 MB half per EntryLo
HUGE_LO1_STEP = pg.HPAGE_SIZE >> 7   # 16 MB in EntryLo PFN units (tlbex.c)
USER_LIMIT = pg.USER_VA_LIMIT
SEGMASK = 0xC000000000000000 | ((1 << 48) - 1)
MASK64 = (1 << 64) - 1
VECTOR_LIMIT = 0x100                # the cache-error vector follows at EBase+0x100
MAIN_ENTRY = 0x080                  # XTLB refill entry
MAX_INSNS = 63                      # Linux: "TLB refill handler space exceeded" beyond this
STEP_BUDGET = 200                   # instructions before "does not return"

KINDS = ("small", "huge", "invalid", "out-of-range")
KIND_DESC = {"small": "small page", "huge": "huge page", "invalid": "invalid page",
             "out-of-range": "out-of-range address"}




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

    @property
    def insns(self) -> int:
        return self.overflow_insns + self.main_insns


def load_handler(path: str) -> Handler:
    if not os.path.exists(path):
        raise HandlerError(f"{path}: no such file")
    if path.endswith(".bin"):
        with open(path, "rb") as f:
            return handler_from_binary(f.read(), path)
    return assemble(path)


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
    return Handler(path, bytes(image), used(words[:split]), used(words[split:]), exact=False)


def _tool(name: str) -> str:
    exe = cross_prefix() + name
    if shutil.which(exe) is None:
        raise HandlerError(f"cannot assemble: {exe} not found (install binutils-mips64el-linux-gnuabi64, "
                           f"or give an assembled .bin handler)")
    return exe


def assemble(path: str) -> Handler:
    """Assemble like kernels/Makefile (as -march=mips64r2 -mabi=64 -EL; objcopy
    -O binary -j .text) and count instructions from the assembler's listing."""
    as_exe, objcopy = _tool("as"), _tool("objcopy")
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    with tempfile.TemporaryDirectory(prefix="check-refill-") as tmp:
        src = os.path.join(tmp, "handler.S")
        with open(src, "w") as f:
            # a label at the end of the code, before the section's alignment padding
            f.write(text + f"\n\t.text\n{END_LABEL}:\n")
        obj, lst, binf = (os.path.join(tmp, n) for n in ("handler.o", "handler.lst", "handler.bin"))
        r = subprocess.run([as_exe, "-march=mips64r2", "-mabi=64", "-EL", f"-al={lst}",
                            "--listing-cont-lines=100000", "-o", obj, src],
                           capture_output=True, text=True)
        if r.returncode:
            msg = r.stderr.replace(src, path).strip()
            raise HandlerError(f"{path}: the assembler failed:\n{msg}")
        r = subprocess.run([objcopy, "-O", "binary", "-j", ".text", obj, binf], capture_output=True, text=True)
        if r.returncode:
            raise HandlerError(f"{path}: objcopy failed:\n{r.stderr.strip()}")
        with open(binf, "rb") as f:
            image = f.read()
        with open(lst, errors="replace") as f:
            listing = f.read()
        end = _symbol_value(obj, END_LABEL)
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
    main = sum(1 for a in code if a >= MAIN_ENTRY)
    return Handler(path, image, over, main, exact=True, source=listing)


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


def static_faults(h: Handler) -> list[tuple[str, str]]:
    out = []
    if len(h.image) > VECTOR_LIMIT:
        out.append(("handler exceeds 0x100 bytes",
                    f"handler exceeds 0x100 bytes: its image is {len(h.image):#x} bytes and would overwrite "
                    f"the cache-error vector at EBase+0x100"))
    if h.insns > MAX_INSNS:
        out.append(("handler too long",
                    f"handler is {h.insns} instructions, limit {MAX_INSNS} "
                    f"({h.overflow_insns} at +0x000, {h.main_insns} from +0x080)"))
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
    ok: bool = True
    faults: list = field(default_factory=list)      # [(category, message)]
    insns: int = 0
    cycles: int = 0
    expected: dict = field(default_factory=dict)
    got: dict = field(default_factory=dict)
    trace: list = field(default_factory=list)

    def fail(self, category: str, message: str | None = None) -> None:
        self.ok = False
        self.faults.append((category, message or category))

    def summary(self) -> dict:
        return {"case": self.index, "kind": self.kind, "badvaddr": f"{self.va:#x}",
                "exccode": self.exc_code, "asid": self.asid, "kscratch5": f"{self.ks5:#x}",
                "kscratch6": f"{self.ks6:#x}", "epc": f"{self.epc:#x}", "ok": self.ok,
                "faults": [m for _, m in self.faults], "instructions": self.insns, "cycles": self.cycles}


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


class _Tables:
    """Random Linux-format tables plus what the generator meant them to hold."""

    def __init__(self, core, rng):
        self.core, self.rng = core, rng
        self.frames = M.FrameAllocator(core)
        self.pt = M.PageTables(core, self.frames)
        self.small: dict[int, int] = {}          # page VA -> PTE
        self.huge: dict[int, int] = {}           # 32 MB VA -> huge PMD
        self.small_regions: set[int] = set()     # 32 MB VAs holding a PTE table

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


def _rand_user_va(rng, avoid_pgd: set | None = None) -> int:
    while True:
        va = rng.getrandbits(47)
        if not avoid_pgd or (va >> pg.PGDIR_SHIFT) not in avoid_pgd:
            return va


def _reference(core, va: int, ftlb: bool, wm0: int, wm1: int) -> dict:
    """The entry a correct handler writes, from the C walker over the same tables."""
    if va >= USER_LIMIT:
        pm, huge, lo0, lo1 = PM_SMALL, False, 0, 0
    else:
        exc, pte, huge, _ = core.walk(va)
        if exc:
            raise InternalError(f"reference walker fault {exc} at {va:#x}")
        if huge:
            pm = PM_HUGE
            lo0 = pg.pte_to_entrylo(pte) & wm0
            lo1 = (lo0 + HUGE_LO1_STEP) & wm1
        else:
            pm = PM_SMALL
            even = va & ~0x7FFF
            e = core.walk(even)
            o = core.walk(even | 0x4000)
            if e[0] or o[0] or e[2] or o[2]:
                raise InternalError(f"reference walker disagrees within the pair of {va:#x}")
            lo0, lo1 = pg.pte_to_entrylo(e[1]) & wm0, pg.pte_to_entrylo(o[1]) & wm1
    group = "VTLB" if pm != PM_SMALL or not ftlb else "FTLB"
    return {"huge": bool(huge), "pagemask": pm, "group": group,
            "vpn2": va & SEGMASK & ~(pm | 0x1FFF), "lo0": lo0, "lo1": lo1}


def _make_core(geometry: dict, seed: int):
    """A machine in reset state with the geometry's CPU model and TLB."""
    from ..core import Core
    g = dict(geometry)
    return Core(64 << 20, tlb_mode=True, seed=seed, model=g.pop("model"), **g)


def _preload(core, va: int) -> None:
    """Write the entry for va from the page tables with TLBWR (what Linux's
    __update_tlb does after a fault), under the ASID already in EntryHi."""
    exc, pte, huge, _ = core.walk(va)
    if exc:
        return
    asid = core.cp0_get(10, 0) & 0x3FF
    if huge:
        lo = pg.pte_to_entrylo(pte)
        core.cp0_set(5, 0, PM_HUGE)
        core.cp0_set(2, 0, lo)
        core.cp0_set(3, 0, lo + (M.HPAGE_SIZE >> 7))
    else:
        even = va & ~0x7FFF
        pte1 = core.walk(even | 0x4000)[1]
        core.cp0_set(5, 0, PM_SMALL)
        core.cp0_set(2, 0, pg.pte_to_entrylo(core.walk(even)[1]))
        core.cp0_set(3, 0, pg.pte_to_entrylo(pte1))
    core.cp0_set(10, 0, (va & ~0x1FFF & SEGMASK) | asid)
    core.tlbp()
    if not core.cp0_get(0, 0) & (1 << 31):
        return                        # already there (another fill covered it)
    core.tlbwr()


def build_case(index: int, seed: int, geometry: dict):
    """Build the core, tables and registers for one case (deterministic in
    (seed, index)). Returns (core, case, tables)."""
    rng = random.Random(seed * 1_000_003 + index)
    core = _make_core(geometry, rng.getrandbits(16))
    t = _Tables(core, rng)
    kind = rng.choices(KINDS, weights=(35, 25, 25, 15))[0]

    # ---- the faulting address and its surroundings
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
        r = rng.random()
        if r < 0.4:
            va = USER_LIMIT | rng.getrandbits(47)                        # user, beyond the tables
        elif r < 0.7:
            va = 0xC000000000000000 | rng.getrandbits(48)                # xkseg
        elif r < 0.85:
            va = 0xFFFFFFFFC0000000 | rng.getrandbits(30)                # ckseg2/3 (kseg2/3)
        else:
            va = 0x4000000000000000 | rng.getrandbits(48)                # xsseg
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
    core.pgd_pa = t.pt.pgd

    # ---- cross-check the generator against the C walker
    if va < USER_LIMIT:
        for probe in (va, va ^ 0x4000):
            want, want_huge = t.intended(probe)
            exc, pte, huge, _ = core.walk(probe)
            if exc or pte != want or huge != want_huge:
                raise InternalError(f"case {index}: walker gives {pte:#x} (huge={huge}) at {probe:#x}, "
                                    f"the tables were built with {want:#x} (huge={want_huge})")
        pte, huge = t.intended(va)
        real = "huge" if huge else ("small" if pte & pg._PAGE_VALID else "invalid")
        if real != kind:
            if not (kind == "invalid" and real == "small"):
                raise InternalError(f"case {index}: built a {kind} case, the walker sees {real}")
            kind = real

    # ---- CP0 and registers, as the host kernel's boot leaves them
    core.cp0_poke(5, 1, kernel.PAGEGRAIN_LINUX)
    core.cp0_poke(7, 0, kernel.HWRENA_LINUX)
    asid = rng.randint(0, 0x3FF)
    ks5 = 0 if rng.random() < 0.5 else rng.choice(
        (1, rng.getrandbits(64) | 1, rng.randint(1, 0xFFFF) << 32, 1 << 63, rng.getrandbits(64) or 1))
    ks6 = rng.choice((0, rng.getrandbits(64), 0x7FFFFFFF, 0xFFFFFFFF, MASK64, rng.randint(0, 1000)))
    if rng.random() < 0.2:
        epc = va & ~3 & (USER_LIMIT - 1)
    else:
        epc = rng.getrandbits(47) & ~3
    case = Case(index, kind, va, int(rng.choice((Exc.TLBL, Exc.TLBS))), asid, ks5, ks6, epc)

    # other address spaces' entries already in the TLB (different ASIDs, away from va)
    n_fill = rng.randint(4, 24) if geometry["vtlb"] <= 16 else rng.randint(0, 24)
    fill_vas = [p for p in list(t.small) + list(t.huge) if (p >> pg.HPAGE_SHIFT) != (va >> pg.HPAGE_SHIFT)]
    for _ in range(n_fill):
        fva = rng.choice(fill_vas) if fill_vas and rng.random() < 0.7 else _rand_user_va(rng)
        if (fva >> pg.HPAGE_SHIFT) == ((va & SEGMASK) >> pg.HPAGE_SHIFT):
            continue
        fasid = rng.randint(0, 0x3FF)
        if fasid == asid:
            fasid ^= 1
        core.cp0_poke(10, 0, fasid)
        _preload(core, fva)
    core.cp0_poke(15, 1, EBASE)
    core.cp0_poke(5, 0, PM_SMALL)
    core.cp0_poke(10, 0, asid)
    core.cp0_poke(31, 2, pg.PAGE_OFFSET | t.pt.pgd)
    core.cp0_poke(31, 6, ks5)
    core.cp0_poke(31, 7, ks6)
    core.cp0_poke(12, 0, (1 << 29) | (1 << 26) | 0xE0 | (2 << 3))   # user mode, UX/SX/KX
    for r in range(1, 32):
        core.set_gpr(r, rng.getrandbits(64))
    core.hi, core.lo = rng.getrandbits(64), rng.getrandbits(64)
    core.pc = epc
    return core, case, t


def run_case(handler: Handler, index: int, seed: int, geometry: dict, trace: bool = False) -> Case:
    from ..core import EVENT_EXCEPTION
    from ..cp0.regs import EXCCODES

    core, case, _ = build_case(index, seed, geometry)
    core.phys_write(0, handler.image)
    masks = cp0regs.wmask_array(core.model)
    wm0, wm1 = masks[2 * 8], masks[3 * 8]
    ftlb = geometry["ftlb_sets"] * geometry["ftlb_ways"] > 0 and not core.cp0_get(16, 6) & (1 << 22)
    ref = _reference(core, case.va, ftlb, wm0, wm1)
    case.expected = ref

    gprs = [core.get_gpr(r) for r in range(32)]
    hi, lo = core.hi, core.lo
    status = core.cp0_get(12, 0)
    kscratch = {s: core.cp0_get(31, s) for s in range(2, 8)}
    before = core.tlb_entries()
    i0, c0 = core.icount, core.icount + core.stall_cycles

    core.enter_exception(case.exc_code, case.va, refill=True)
    epc = core.cp0_get(14, 0)
    entryhi = core.cp0_get(10, 0)
    region_end = EBASE + max(VECTOR_LIMIT, (len(handler.image) + 3) & ~3)
    returned = False
    for _ in range(STEP_BUDGET):
        pc = core.pc
        if trace:
            word = int.from_bytes(core.phys_read(pc & 0x1FFFFFFF, 4), "little") \
                if EBASE <= pc < EBASE + core.mem_size else None
            case.trace.append((pc, word))
        if not EBASE <= pc < region_end:
            case.fail("left the handler",
                      f"left the handler: pc {pc:#x} is outside EBase+0x000..{region_end - EBASE:#x}")
            break
        ev = core.run(core.icount + 1)
        if ev == EVENT_EXCEPTION:
            code = core.exc_code
            name = EXCCODES.get(code, "?")
            where = core.exc_epc
            insn = _disasm_at(core, where)
            case.fail(f"exception {name} in the handler",
                      f"exception {name} (ExcCode {code}) in the handler at pc {where:#x} ({insn}), "
                      f"BadVAddr {core.exc_badvaddr:#x}")
            break
        if not core.kernel_mode:
            returned = True
            break
    else:
        case.fail("handler does not return",
                  f"handler does not return: no ERET within {STEP_BUDGET} instructions (pc {core.pc:#x})")
    case.insns = core.icount - i0
    case.cycles = core.icount + core.stall_cycles - c0
    if not returned:
        return case

    # ---- the TLB: exactly one entry written, the right one
    after = core.tlb_entries()
    changed = [i for i in range(len(after)) if after[i] != before[i]]
    what = KIND_DESC[case.kind]
    if not changed:
        case.fail("no TLB entry written", f"no TLB entry written for the {what} at {case.va:#x}")
    elif len(changed) > 1:
        case.fail("more than one TLB entry changed",
                  f"{len(changed)} TLB entries changed (indexes {', '.join(map(str, changed[:8]))}), expected one")
    else:
        e = after[changed[0]]
        case.got = {k: e[k] for k in ("index", "group", "valid", "vpn2", "pagemask", "asid", "lo0", "lo1")}
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
        for n in ("lo0", "lo1"):
            if e[n] != ref[n]:
                reg = "EntryLo0" if n == "lo0" else "EntryLo1"
                case.fail(f"wrong {reg} for {what}",
                          f"wrong {reg} for {what}: got {fmt_lo(e[n])}, expected {fmt_lo(ref[n])}")

    # ---- registers the handler must preserve
    for r in range(1, 32):
        if r in (K0, K1):
            continue
        v = core.get_gpr(r)
        if v != gprs[r]:
            case.fail(f"clobbered ${GPR[r]} (r{r})",
                      f"clobbered ${GPR[r]} (r{r}): {gprs[r]:#x} -> {v:#x} (only $k0/$k1 may be used)")
    if core.hi != hi:
        case.fail("clobbered HI", f"clobbered HI: {hi:#x} -> {core.hi:#x}")
    if core.lo != lo:
        case.fail("clobbered LO", f"clobbered LO: {lo:#x} -> {core.lo:#x}")
    pm = core.cp0_get(5, 0)
    if pm != PM_SMALL:
        case.fail(f"PageMask not restored ({pm:#010x})",
                  f"PageMask not restored ({pm:#010x}) after the {what} refill, expected {PM_SMALL:#06x}")
    # ---- the huge-refill counter
    ks5 = case.ks5
    delta = (core.cp0_get(31, 7) - case.ks6) & MASK64
    want = 1 if ref["huge"] and ks5 else 0
    if delta != want:
        if delta == 1 and ref["huge"]:
            case.fail("KScratch6 incremented while KScratch5 = 0")
        elif delta == 1:
            case.fail("KScratch6 incremented on a non-huge refill",
                      f"KScratch6 incremented on the refill of {_a(what)} (only huge refills count)")
        elif delta == 0:
            case.fail("KScratch6 not incremented on a huge refill",
                      f"KScratch6 not incremented on a huge refill with KScratch5 = {ks5:#x}")
        else:
            case.fail("KScratch6 changed wrongly",
                      f"KScratch6 changed from {case.ks6:#x} to {core.cp0_get(31, 7):#x}, expected +{want}")
    for s in range(2, 7):
        if core.cp0_get(31, s) != kscratch[s]:
            case.fail(f"KScratch{s - 1} changed",
                      f"KScratch{s - 1} ($31,{s}) changed: {kscratch[s]:#x} -> {core.cp0_get(31, s):#x}")
    # ---- the return
    if core.cp0_get(14, 0) != epc:
        case.fail("EPC changed", f"EPC changed: {epc:#x} -> {core.cp0_get(14, 0):#x}")
    if core.pc != epc:
        case.fail("returned to the wrong pc", f"returned to {core.pc:#x}, not EPC {epc:#x}")
    st = core.cp0_get(12, 0)
    if st & 2:
        case.fail("Status.EXL not cleared")
    elif st != status:
        case.fail("Status changed", f"Status changed: {status:#x} -> {st:#x}")
    if (core.cp0_get(10, 0) ^ entryhi) & 0x3FF:
        case.fail("EntryHi ASID changed",
                  f"EntryHi ASID changed: {entryhi & 0x3ff:#x} -> {core.cp0_get(10, 0) & 0x3ff:#x}")
    return case


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _disasm_at(core, pc: int) -> str:
    try:
        from ..isa.disasm import disasm
        if EBASE <= pc < EBASE + 0x20000000:
            return disasm(int.from_bytes(core.phys_read(pc & 0x1FFFFFFF, 4), "little"), pc)
    except Exception:       # disassembly is only a courtesy in a message
        pass
    return "?"


# --------------------------------------------------------------------------- the run

@dataclass
class Report:
    handler: Handler
    seed: int
    geometry: dict
    cases: list
    static: list

    @property
    def failed(self) -> list:
        return [c for c in self.cases if not c.ok]

    @property
    def passed(self) -> bool:
        return not self.static and not self.failed

    def kind_stats(self) -> dict:
        out = {}
        for k in KINDS:
            cs = [c for c in self.cases if c.kind == k]
            ok = [c for c in cs if c.ok]
            ins = [c.insns for c in ok] or [c.insns for c in cs]
            cyc = [c.cycles for c in ok] or [c.cycles for c in cs]
            out[k] = {"cases": len(cs), "passed": len(ok), "failed": len(cs) - len(ok),
                      "insns_min": min(ins) if ins else 0, "insns_max": max(ins) if ins else 0,
                      "insns_mean": sum(ins) / len(ins) if ins else 0.0,
                      "cycles_min": min(cyc) if cyc else 0, "cycles_max": max(cyc) if cyc else 0,
                      "cycles_mean": sum(cyc) / len(cyc) if cyc else 0.0}
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
                "seed": self.seed, "geometry": self.geometry, "cases": len(self.cases),
                "passed": self.passed, "static_faults": [m for _, m in self.static],
                "kinds": self.kind_stats(),
                "faults": {k: len(v) for k, v in self.fault_counts().items()},
                "failing_cases": [c.summary() for c in self.failed[:max_cases]]}


def check(handler: Handler, n_cases: int = 2000, seed: int = 0, tiny: bool = False,
          stop_after: int | None = None) -> Report:
    """Run n_cases cases; stop early after stop_after failing cases (None: never)."""
    geometry = dict(TINY_GEOMETRY if tiny else DEFAULT_GEOMETRY)
    cases = []
    nfail = 0
    for i in range(n_cases):
        c = run_case(handler, i, seed, geometry)
        cases.append(c)
        nfail += not c.ok
        if stop_after is not None and nfail >= stop_after:
            break
    return Report(handler, seed, geometry, cases, static_faults(handler))


# --------------------------------------------------------------------------- output

def _range(lo, hi, mean) -> str:
    return f"{lo}" if lo == hi else f"{lo}-{hi} (mean {mean:.1f})"


def format_report(rep: Report, show: int = 5, use_rich: bool | None = None) -> str:
    h = rep.handler
    ks = rep.kind_stats()
    head = [f"handler: {h.path}",
            f"size: {len(h.image):#x} bytes; {h.insns} instructions ({h.overflow_insns} at +0x000, "
            f"{h.main_insns} from +0x080; limit {MAX_INSNS}{'' if h.exact else ', counted from the binary'})",
            f"cases: {len(rep.cases)}, seed {rep.seed}, TLB "
            f"{rep.geometry['vtlb']} VTLB + {rep.geometry['ftlb_sets']}x{rep.geometry['ftlb_ways']} FTLB"]
    rows = [(k, str(s["cases"]), str(s["passed"]), str(s["failed"]),
             _range(s["insns_min"], s["insns_max"], s["insns_mean"]),
             _range(s["cycles_min"], s["cycles_max"], s["cycles_mean"])) for k, s in ks.items()]
    total = (("total", str(len(rep.cases)), str(len(rep.cases) - len(rep.failed)), str(len(rep.failed)), "", ""))
    cols = ("kind", "cases", "passed", "failed", "instructions/refill", "cycles/refill")
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
    return (f"one case in full, with a trace: mipsvm check-refill {rep.handler.path} --seed {rep.seed}{tiny} "
            f"--case {rep.failed[0].index}")


def _verdict(rep: Report) -> str:
    n, bad = len(rep.cases), len(rep.failed)
    text = f"{'PASS' if rep.passed else 'FAIL'}: {n - bad}/{n} cases passed"
    if rep.static:
        text += f"; {len(rep.static)} static fault{'s' if len(rep.static) > 1 else ''} (size limits)"
    return text


def _case_lines(c: Case) -> list[str]:
    lines = [f"case {c.index} ({c.kind}): BadVAddr {c.va:#x}, ExcCode {c.exc_code}, ASID {c.asid:#x}, "
             f"KScratch5 {c.ks5:#x}, KScratch6 {c.ks6:#x}"]
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
    t = Table(title="refills by kind")
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
    out = _case_lines(c)
    e = c.expected
    if e:
        out.append(f"  expected: {e['group']} PageMask {e['pagemask']:#010x} VPN2 {e['vpn2']:#x} ASID {c.asid:#x}")
        out.append(f"            EntryLo0 {fmt_lo(e['lo0'])}")
        out.append(f"            EntryLo1 {fmt_lo(e['lo1'])}")
    g = c.got
    if g:
        out.append(f"  written:  {g['group']} entry {g['index']} PageMask {g['pagemask']:#010x} "
                   f"VPN2 {g['vpn2']:#x} ASID {g['asid']:#x}")
        out.append(f"            EntryLo0 {fmt_lo(g['lo0'])}")
        out.append(f"            EntryLo1 {fmt_lo(g['lo1'])}")
    out.append(f"  {c.insns} instructions, {c.cycles} cycles")
    if c.trace:
        from ..isa.disasm import disasm
        out.append("  trace:")
        for pc, w in c.trace:
            out.append(f"    +{pc - EBASE:#05x}  {w:08x}  {disasm(w, pc)}" if w is not None else f"    {pc:#x}")
    if c.ok:
        out.append("  PASS")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- CLI

def add_subparser(sub) -> None:
    p = sub.add_parser("check-refill", help="validate a TLB refill handler against the reference walker",
                       description="Assemble a TLB refill handler (EBase+0x000..0x0ff, entry at +0x080), "
                                   "run it on randomized page tables and compare every refill with the "
                                   "reference page-table walker. Exit status 0 when everything passes.")
    p.add_argument("handler", nargs="?", default=None,
                   help="handler source (.S, assembled with GNU as) or binary (.bin); "
                        "default kernels/refill.S (kernels/refill.bin without a cross assembler)")
    p.add_argument("--cases", type=int, default=2000, help="randomized cases to run (default 2000)")
    p.add_argument("--seed", type=int, default=0, help="seed of the case generator (default 0)")
    p.add_argument("--tiny", action="store_true",
                   help="tiny TLB geometry (8 VTLB entries, 4x2 FTLB, 4-entry micro-TLBs)")
    p.add_argument("--json", metavar="OUT", default=None, help="also write the results as JSON to OUT")
    p.add_argument("--show", type=int, default=5, help="failing cases to show in detail (default 5)")
    p.add_argument("--case", type=int, default=None, metavar="K",
                   help="run only case K (same seed) and print it in full, with an instruction trace")
    p.add_argument("--plain", action="store_true", help="plain-text tables (no rich)")
    p.set_defaults(func=cmd_check_refill)


def cmd_check_refill(args) -> int:
    path = args.handler or default_handler_path()
    try:
        h = load_handler(path)
    except HandlerError as e:
        sys.stderr.write(f"mipsvm check-refill: {e}\n")
        return 1
    geometry = dict(TINY_GEOMETRY if args.tiny else DEFAULT_GEOMETRY)
    if args.case is not None:
        c = run_case(h, args.case, args.seed, geometry, trace=True)
        for _, m in static_faults(h):
            sys.stdout.write(f"FAIL: {m}\n")
        sys.stdout.write(format_case_detail(c))
        return 0 if c.ok and not static_faults(h) else 1
    if args.cases < 1:
        sys.stderr.write("mipsvm check-refill: --cases must be at least 1\n")
        return 1
    rep = check(h, args.cases, args.seed, args.tiny)
    sys.stdout.write(format_report(rep, show=args.show, use_rich=False if args.plain else None))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rep.to_json(), f, indent=2)
            f.write("\n")
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
