"""Random-instruction fuzzing of the compiled core.

Code pages are filled with random 32-bit words and executed from random offsets,
with most GPRs pointing into mapped data pages so loads and stores often hit memory.
Every exception the loop reports is checked against what a user program may see
and against the instruction table, then execution resumes after the faulting
instruction (after the branch and its delay slot when BD is set).  The run must end
without a crash, a Python exception or a broken invariant.

Two passes:
* test_fuzz_random_words: >= 2,000,000 random words (all of the encoding space);
* test_fuzz_valid_alu_words_never_raise_ri: pages of words the table decodes as
  unprivileged ALU/shift/multiply instructions (a bit-field instruction with an
  illegal size decodes as invalid), which may only raise Ov.
"""

from __future__ import annotations

import collections
import random
import struct

import pytest

from mipsvm import isa
from mipsvm.core import Core, EVENT_BUDGET, EVENT_EXCEPTION
from mipsvm.cp0 import Exc
from mipsvm.host.mm import AddressSpace, PROT_EXEC, PROT_READ, PROT_WRITE
from mipsvm.host.pgtable import PAGE_SIZE

MOD, TLBL, TLBS, ADEL, ADES, IBE, DBE = Exc.Mod, Exc.TLBL, Exc.TLBS, Exc.AdEL, Exc.AdES, Exc.IBE, Exc.DBE
SYS, BP, RI, CPU, OV, TR, FPE = Exc.Sys, Exc.Bp, Exc.RI, Exc.CpU, Exc.Ov, Exc.Tr, Exc.FPE
LEGAL = {MOD, TLBL, TLBS, ADEL, ADES, IBE, DBE, SYS, BP, RI, CPU, OV, TR, FPE}
MEMORY = {MOD, TLBL, TLBS, ADEL, ADES, DBE}
ACC_LOAD, ACC_STORE, ACC_FETCH = 0, 1, 2

PAGE = PAGE_SIZE
WORDS_PER_PAGE = PAGE // 4
CODE = 0x400000
DATA = 0x10000000
DATA_PAGES = 4
M64 = (1 << 64) - 1
BRANCHY = {"branch", "jump", "fpu_branch"}
STORE_FP = {"swc1", "sdc1", "swxc1", "sdxc1", "suxc1"}


def _name(w: int) -> str:
    e = isa.lookup(w)
    return e.name if e else "invalid"


def _is_branch(w: int) -> bool:
    e = isa.lookup(w)
    return e is not None and e.cls in BRANCHY


def _s16(v):
    return v - 0x10000 if v & 0x8000 else v


def ri_is_legitimate(word: int) -> bool:
    """A Reserved Instruction exception is correct for this word: the table decodes
    it as invalid (ri= conditions included), or it is SDBBP."""
    e = isa.lookup(word)
    return e is None or e.name == "sdbbp"    # EJTAG debug breakpoint: RI without a probe


def cpu_is_legitimate(word: int) -> bool:
    e = isa.lookup(word)
    return e is not None and e.priv == "priv"


def memory_fault_addresses(word: int, regs) -> set | None:
    """Addresses a load/store word may report as BadVAddr (None: not a memory op)."""
    e = isa.lookup(word)
    if e is None or e.cls not in ("load", "store", "fpu_mem"):
        return None
    f = e.extract(word)
    if "offset16" in f:
        ea = (regs[f["base"]] + _s16(f["offset16"])) & M64
    else:
        ea = (regs[f["base"]] + regs[f["index"]]) & M64
    return {ea, ea & ~3 & M64, ea & ~7 & M64}


class Fuzzer:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.core = core = Core(16 << 20)
        self.mm = mm = AddressSpace(core)
        mm.map_region(CODE, PAGE, PROT_READ | PROT_EXEC)
        mm.map_region(DATA, DATA_PAGES * PAGE, PROT_READ | PROT_WRITE)
        # touch every data page for writing: present and dirty, so no demand faults
        mm.write(DATA, bytes(self.rng.getrandbits(8) for _ in range(64)) * (DATA_PAGES * PAGE // 64))
        self.code = b""
        self.codes = collections.Counter()
        self.attempted = 0          # instructions retired + faulting instructions
        self.exceptions = 0
        self.problems: dict = {}    # kind -> [count, first message]

    def load_code(self, data: bytes, sanitize: bool = True):
        """Write a code page.  A branch in a delay slot is UNPREDICTABLE (and makes
        EPC/BD meaningless), so such words are replaced by non-branches."""
        assert len(data) == PAGE
        if sanitize:
            words = list(struct.unpack(f"<{WORDS_PER_PAGE}I", data))
            prev_branch = False
            for i, w in enumerate(words):
                if prev_branch:
                    while _is_branch(w):
                        w = self.rng.getrandbits(32)
                    words[i] = w
                    prev_branch = False
                else:
                    prev_branch = _is_branch(w)
            data = struct.pack(f"<{WORDS_PER_PAGE}I", *words)
        self.mm.write(CODE, data, force=True)
        self.code = data

    def word_at(self, va: int) -> int | None:
        if CODE <= va < CODE + PAGE and not va & 3:
            return struct.unpack_from("<I", self.code, va - CODE)[0]
        return None

    def randomize_regs(self):
        rng, core = self.rng, self.core
        for r in range(1, 32):
            x = rng.random()
            if x < 0.6:      # pointer into the middle of the data area, often aligned
                v = DATA + DATA_PAGES * PAGE // 2 + rng.randrange(-PAGE, PAGE)
                if rng.random() < 0.7:
                    v &= ~7
            elif x < 0.8:
                v = rng.choice((0, 1, 2, 4, 8, 31, 32, 63, 0x7FFFFFFF, 0xFFFFFFFF80000000, M64, 1 << 63))
            else:
                v = rng.getrandbits(64)
            core.set_gpr(r, v)
        core.hi = rng.getrandbits(64)
        core.lo = rng.getrandbits(64)
        for r in range(32):
            x = rng.random()
            if x < 0.5:
                v = rng.getrandbits(64)
            else:   # doubles / singles worth computing with: 1.5, NaN, inf, -0, denormal, 2^-1022
                v = rng.choice((0x3FF8000000000000, 0x7FF8000000000000, 0x7FF0000000000000,
                                0x8000000000000000, 0x0000000000000001, 0x0010000000000000,
                                0x000000003FC00000, 0x000000007F800001, 0xC1E0000000000000))
            core.set_fpr(r, v)
        # FCSR: a random rounding mode, sometimes with every IEEE exception enabled
        core.fcsr = rng.randrange(4) | (0xF80 if rng.random() < 0.3 else 0) | (rng.getrandbits(1) << 24)

    def problem(self, msg: str, kind: str | None = None):
        """Record a broken invariant; `kind` groups repeats (default: the message)."""
        entry = self.problems.setdefault(kind or msg, [0, msg])
        entry[0] += 1

    def check_exception(self, regs):
        core = self.core
        code, epc, bd = core.exc_code, core.exc_epc, core.exc_bd
        bad, acc, insn = core.exc_badvaddr, core.exc_access, core.exc_insn
        self.codes[code] += 1
        if code not in LEGAL:
            self.problem(f"illegal ExcCode {code} at {epc:#x}", f"illegal {code}")
        if core.get_gpr(0) != 0:
            self.problem(f"gpr[0] = {core.get_gpr(0):#x} after ExcCode {code} at {epc:#x}", "gpr0")
        if core.pc != epc:
            self.problem(f"pc {core.pc:#x} != EPC {epc:#x}", "pc")
        fetch = acc == ACC_FETCH and code in (TLBL, ADEL, IBE)
        if bd:
            # EPC is the branch; it was fetched from the code page
            w = self.word_at(epc)
            e = isa.lookup(w) if w is not None else None
            if e is None or e.cls not in BRANCHY:
                self.problem(f"BD exception (code {code}) but EPC {epc:#x} is not a branch: {w}", f"bd {code}")
                return
            fault_pc = epc + 4
        else:
            fault_pc = epc
        if fetch and bad == fault_pc:
            return            # fetch fault at a jump target or past the page end
        w = self.word_at(fault_pc)
        if w is None:
            self.problem(f"ExcCode {code} at {fault_pc:#x} (bd={bd}) outside the code page", f"outside {code}")
            return
        if insn != w:
            self.problem(f"BadInstr {insn:#010x} != word {w:#010x} at {fault_pc:#x}", f"badinstr {code}")
        if code == RI and not ri_is_legitimate(w):
            self.problem(f"RI for valid {isa.disasm(w, fault_pc)} ({w:#010x})", f"RI {isa.lookup(w).name}")
        elif code == CPU and not cpu_is_legitimate(w):
            self.problem(f"CpU for unprivileged {isa.disasm(w, fault_pc)} ({w:#010x})", f"CpU {_name(w)}")
        elif code in MEMORY:
            addrs = memory_fault_addresses(w, regs)
            if addrs is None:
                self.problem(f"memory ExcCode {code} for non-memory {isa.disasm(w, fault_pc)} ({w:#010x})",
                             f"mem {code} {_name(w)}")
            elif bad not in addrs:
                self.problem(f"BadVAddr {bad:#x} not the address of {isa.disasm(w, fault_pc)} "
                             f"({w:#010x}), expected one of {sorted(hex(a) for a in addrs)}", f"badvaddr {_name(w)}")
            if code in (TLBS, MOD, ADES) and acc != ACC_STORE or code in (ADEL,) and acc == ACC_STORE:
                self.problem(f"ExcCode {code} with access {acc} for {isa.disasm(w, fault_pc)}",
                             f"access {code} {acc} {_name(w)}")
            e = isa.lookup(w)
            store = e is not None and (e.cls == "store" or e.name in STORE_FP)
            if addrs is not None and (store and code in (TLBL, ADEL) or not store and code in (TLBS, MOD, ADES)):
                self.problem(f"{'store' if store else 'load'} {isa.disasm(w, fault_pc)} ({w:#010x}) "
                             f"raised ExcCode {code} (access {acc})", f"class {code} {_name(w)}")
        elif code == SYS and isa.lookup(w).name != "syscall":
            self.problem(f"Sys from {isa.disasm(w, fault_pc)}", f"Sys {_name(w)}")
        elif code == BP and isa.lookup(w).name != "break":
            self.problem(f"Bp from {isa.disasm(w, fault_pc)}", f"Bp {_name(w)}")
        elif code == OV and isa.lookup(w).name not in ("add", "addi", "sub", "dadd", "daddi", "dsub"):
            self.problem(f"Ov from {isa.disasm(w, fault_pc)}", f"Ov {_name(w)}")
        elif code == TR and isa.lookup(w).cls != "trap":
            self.problem(f"Tr from {isa.disasm(w, fault_pc)}", f"Tr {_name(w)}")
        elif code == FPE and isa.lookup(w).cls != "fpu":
            self.problem(f"FPE from {isa.disasm(w, fault_pc)}", f"FPE {_name(w)}")
        if code in (SYS, BP) and core.exc_tcode != (w >> 6) & 0xFFFFF:
            self.problem(f"code field {core.exc_tcode:#x} for {isa.disasm(w, fault_pc)} ({w:#010x})",
                         f"code {_name(w)}")
        if code == TR:
            want = (w >> 6) & 0x3FF if w >> 26 == 0 else 0
            if core.exc_tcode != want:
                self.problem(f"trap code {core.exc_tcode:#x} != {want:#x} for {isa.disasm(w, fault_pc)}",
                             f"tcode {_name(w)}")

    def run_page(self, steps: int, chunk: int = 256):
        """Execute the current code page from random offsets until `steps` instruction
        attempts have been made."""
        core, rng = self.core, self.rng
        done = 0
        core.pc = CODE + 4 * rng.randrange(WORDS_PER_PAGE)
        self.randomize_regs()
        while done < steps:
            start = core.icount
            ev = core.run(start + chunk)
            done += core.icount - start
            if ev == EVENT_EXCEPTION:
                done += 1
                self.exceptions += 1
                # registers are not modified by the faulting instruction: the current
                # values are the ones it used
                regs = [core.get_gpr(i) for i in range(32)] if core.exc_code in MEMORY else None
                self.check_exception(regs)
                epc, bd = core.exc_epc, core.exc_bd
                nxt = epc + (8 if bd else 4)
                if CODE <= nxt < CODE + PAGE and not (core.exc_access == ACC_FETCH and core.exc_code in (TLBL, ADEL, IBE)):
                    core.pc = nxt
                else:
                    core.pc = CODE + 4 * rng.randrange(WORDS_PER_PAGE)
                    if rng.random() < 0.25:
                        self.randomize_regs()
            elif ev == EVENT_BUDGET:
                # an endless loop inside the page, or just a long straight run
                if not (CODE <= core.pc < CODE + PAGE) or rng.random() < 0.5:
                    core.pc = CODE + 4 * rng.randrange(WORDS_PER_PAGE)
            else:
                self.problem(f"unexpected event {ev}")
                core.pc = CODE
            if core.get_gpr(0) != 0:
                self.problem("gpr[0] != 0 after a run")
                break
        self.attempted += done


def _fuzz(seed: int, n_words: int):
    fz = Fuzzer(seed)
    pages = (n_words + WORDS_PER_PAGE - 1) // WORDS_PER_PAGE
    for _ in range(pages):
        fz.load_code(fz.rng.randbytes(PAGE))
        fz.run_page(WORDS_PER_PAGE)
    return fz


def _report(fz) -> str:
    lines = [f"{n:8d} x  {msg}" for n, msg in sorted(fz.problems.values(), key=lambda e: -e[0])]
    return "broken invariants (count, first example):\n" + "\n".join(lines) + f"\nExcCodes: {dict(fz.codes)}"


def test_fuzz_random_words():
    fz = _fuzz(seed=20240601, n_words=2_000_000)
    assert not fz.problems, _report(fz)
    assert fz.attempted >= 2_000_000
    # the fuzzer reached the interesting parts of the machine
    for code in (TLBL, TLBS, MOD, ADEL, ADES, RI, CPU, SYS, BP, TR, OV, FPE):
        assert fz.codes[code] > 0, (code, dict(fz.codes))


@pytest.mark.slow
def test_fuzz_random_words_10m():
    fz = _fuzz(seed=7, n_words=10_000_000)
    assert not fz.problems, _report(fz)


def _valid_alu_words(rng, n):
    """Random words that decode to unprivileged alu/shift/muldiv instructions."""
    out = []
    while len(out) < n:
        w = rng.getrandbits(32)
        # bias towards SPECIAL / SPECIAL2 / SPECIAL3 and immediate ALU opcodes
        r = rng.random()
        if r < 0.35:
            w &= 0x03FFFFFF                                  # SPECIAL
        elif r < 0.5:
            w = (w & 0x03FFFFFF) | (0x1C << 26)              # SPECIAL2
        elif r < 0.7:
            w = (w & 0x03FFFFFF) | (0x1F << 26)              # SPECIAL3
        elif r < 0.9:
            w = (w & 0x03FFFFFF) | (rng.choice((8, 9, 10, 11, 12, 13, 14, 15, 24, 25)) << 26)
        e = isa.lookup(w)
        if e is None or e.priv != "user" or e.cls not in ("alu", "shift", "muldiv"):
            continue
        out.append(w)
    return out


def test_fuzz_valid_alu_words_never_raise_ri():
    rng = random.Random(99)
    fz = Fuzzer(seed=100)
    names = collections.Counter()
    for _ in range(12):
        words = _valid_alu_words(rng, WORDS_PER_PAGE)
        names.update(isa.lookup(w).name for w in words)
        fz.load_code(struct.pack(f"<{len(words)}I", *words))
        fz.randomize_regs()
        core = fz.core
        core.pc = CODE
        while True:
            ev = core.run(core.icount + 1_000_000)
            assert ev == EVENT_EXCEPTION
            if core.exc_code == OV:
                w = fz.word_at(core.exc_epc)
                assert isa.lookup(w).name in ("add", "addi", "sub", "dadd", "daddi", "dsub"), hex(w)
                core.pc = core.exc_epc + 4
                continue
            # the only other way out: falling off the end of the page
            assert core.exc_code == TLBL and core.exc_epc == CODE + PAGE, (
                core.exc_code, hex(core.exc_epc), isa.disasm(core.exc_insn, core.exc_epc))
            assert core.get_gpr(0) == 0
            break
    assert len(names) > 60, sorted(names)
