"""Architectural semantics of the compiled core, driven directly (no ELF, no kernel).

Each test builds a `Core` + `AddressSpace`, writes a few hand-encoded instruction
words into an executable page, runs the loop and inspects registers and the
exception report (ExcCode, EPC, BD, BadVAddr, access kind, BadInstr).
Demand-paging faults (TLBL/TLBS/Mod on a mapped VMA) are served the way the host
kernel does (tests/core/test_core_api.py::_run); everything else is returned to
the test.
"""

from __future__ import annotations

import struct

import pytest

from mipsvm import isa
from mipsvm.core import Core, EVENT_BUDGET, EVENT_EXCEPTION
from mipsvm.cp0 import Exc
from mipsvm.host.mm import AddressSpace, PROT_EXEC, PROT_READ, PROT_WRITE
from mipsvm.host.pgtable import _PAGE_HUGE, make_pte

# Cause.ExcCode
MOD, TLBL, TLBS, ADEL, ADES, IBE, DBE = Exc.Mod, Exc.TLBL, Exc.TLBS, Exc.AdEL, Exc.AdES, Exc.IBE, Exc.DBE
SYS, BP, RI, CPU, OV, TR, FPE = Exc.Sys, Exc.Bp, Exc.RI, Exc.CpU, Exc.Ov, Exc.Tr, Exc.FPE
ACC_LOAD, ACC_STORE, ACC_FETCH = 0, 1, 2

CODE = 0x400000
DATA = 0x10000000          # 2 pages, read/write
RODATA = 0x10100000        # 1 page, read-only
M64 = (1 << 64) - 1

ZERO, AT, V0, V1, A0, A1, A2, A3 = range(8)
T0, T1, T2, T3 = 12, 13, 14, 15
S0, T8, T9, SP, RA = 16, 24, 25, 29, 31


# ---------------------------------------------------------------------------
# A tiny encoder (checked against the instruction table below)
# ---------------------------------------------------------------------------

def _r(funct, rs=0, rt=0, rd=0, sa=0, op=0):
    return (op << 26) | (rs << 21) | (rt << 16) | (rd << 11) | (sa << 6) | funct


def _i(op, rs, rt, imm):
    return (op << 26) | (rs << 21) | (rt << 16) | (imm & 0xFFFF)


NOP = 0
def sll(rd, rt, sa): return _r(0x00, 0, rt, rd, sa)
def addiu(rt, rs, imm): return _i(0x09, rs, rt, imm)
def addi(rt, rs, imm): return _i(0x08, rs, rt, imm)
def daddiu(rt, rs, imm): return _i(0x19, rs, rt, imm)
def lui(rt, imm): return _i(0x0F, 0, rt, imm)
def ori(rt, rs, imm): return _i(0x0D, rs, rt, imm)
def add(rd, rs, rt): return _r(0x20, rs, rt, rd)
def addu(rd, rs, rt): return _r(0x21, rs, rt, rd)
def dadd(rd, rs, rt): return _r(0x2C, rs, rt, rd)
def daddu(rd, rs, rt): return _r(0x2D, rs, rt, rd)
def div(rs, rt): return _r(0x1A, rs, rt)
def ddiv(rs, rt): return _r(0x1E, rs, rt)
def divu(rs, rt): return _r(0x1B, rs, rt)
def ddivu(rs, rt): return _r(0x1F, rs, rt)
def mfhi(rd): return _r(0x10, 0, 0, rd)
def mflo(rd): return _r(0x12, 0, 0, rd)
def beq(rs, rt, off): return _i(0x04, rs, rt, off)
def bne(rs, rt, off): return _i(0x05, rs, rt, off)
def beql(rs, rt, off): return _i(0x14, rs, rt, off)
def bnel(rs, rt, off): return _i(0x15, rs, rt, off)
def bltzal(rs, off): return _i(0x01, rs, 0x10, off)
def bgezal(rs, off): return _i(0x01, rs, 0x11, off)
def bltzall(rs, off): return _i(0x01, rs, 0x12, off)
def j(target): return (0x02 << 26) | ((target >> 2) & 0x3FFFFFF)
def jal(target): return (0x03 << 26) | ((target >> 2) & 0x3FFFFFF)
def jr(rs): return _r(0x08, rs)
def jalr(rd, rs): return _r(0x09, rs, 0, rd)
def lb(rt, off, base): return _i(0x20, base, rt, off)
def lw(rt, off, base): return _i(0x23, base, rt, off)
def ld(rt, off, base): return _i(0x37, base, rt, off)
def sb(rt, off, base): return _i(0x28, base, rt, off)
def sw(rt, off, base): return _i(0x2B, base, rt, off)
def sd(rt, off, base): return _i(0x3F, base, rt, off)
def swl(rt, off, base): return _i(0x2A, base, rt, off)
def swr(rt, off, base): return _i(0x2E, base, rt, off)
def sdl(rt, off, base): return _i(0x2C, base, rt, off)
def sdr(rt, off, base): return _i(0x2D, base, rt, off)
def lwl(rt, off, base): return _i(0x22, base, rt, off)
def ldr(rt, off, base): return _i(0x1B, base, rt, off)
def ll(rt, off, base): return _i(0x30, base, rt, off)
def sc(rt, off, base): return _i(0x38, base, rt, off)
def syscall(code=0): return (code << 6) | 0x0C
def brk(code=0): return (code << 6) | 0x0D
def teq(rs, rt, code=0): return _r(0x34, rs, rt) | (code << 6)
def teqi(rs, imm): return _i(0x01, rs, 0x0C, imm)
def mfc0(rt, rd): return (0x10 << 26) | (rt << 16) | (rd << 11)
def rdhwr(rt, rd): return (0x1F << 26) | (rt << 16) | (rd << 11) | 0x3B
def ext(rt, rs, pos, size): return (0x1F << 26) | (rs << 21) | (rt << 16) | ((size - 1) << 11) | (pos << 6)
def ins(rt, rs, lsb, msb): return (0x1F << 26) | (rs << 21) | (rt << 16) | (msb << 11) | (lsb << 6) | 0x04
def div_d(fd, fs, ft): return (0x11 << 26) | (0x11 << 21) | (ft << 16) | (fs << 11) | (fd << 6) | 0x03
ERET = 0x42000018
TLBWI = 0x42000002
WAIT = 0x42000020
SDBBP = 0x7000003F
RESERVED = 0xEC000000      # major opcode 0x3b: unused in MIPS64r2


ENCODER_NAMES = [
    (sll(T0, T1, 3), "sll"), (addiu(T0, T1, -1), "addiu"), (addi(T0, T1, 1), "addi"),
    (daddiu(T0, T1, 1), "daddiu"), (lui(T0, 1), "lui"), (ori(T0, T1, 1), "ori"), (add(T0, T1, T2), "add"),
    (addu(T0, T1, T2), "addu"), (dadd(T0, T1, T2), "dadd"), (daddu(T0, T1, T2), "daddu"),
    (div(T1, T2), "div"), (ddiv(T1, T2), "ddiv"), (divu(T1, T2), "divu"), (ddivu(T1, T2), "ddivu"),
    (mfhi(T0), "mfhi"), (mflo(T0), "mflo"), (beq(T0, T1, 1), "beq"), (bne(T0, T1, 1), "bne"),
    (beql(T0, T1, 1), "beql"), (bnel(T0, T1, 1), "bnel"), (bltzal(T0, 1), "bltzal"),
    (bgezal(T0, 1), "bgezal"), (bltzall(T0, 1), "bltzall"), (j(CODE), "j"), (jal(CODE), "jal"),
    (jr(T9), "jr"), (jalr(RA, T9), "jalr"), (lb(T0, 0, T1), "lb"), (lw(T0, 0, T1), "lw"),
    (ld(T0, 0, T1), "ld"), (sb(T0, 0, T1), "sb"), (sw(T0, 0, T1), "sw"), (sd(T0, 0, T1), "sd"),
    (swl(T0, 0, T1), "swl"), (swr(T0, 0, T1), "swr"), (sdl(T0, 0, T1), "sdl"), (sdr(T0, 0, T1), "sdr"),
    (lwl(T0, 0, T1), "lwl"), (ldr(T0, 0, T1), "ldr"), (ll(T0, 0, T1), "ll"), (sc(T0, 0, T1), "sc"), (syscall(), "syscall"), (brk(3), "break"),
    (teq(T0, T1, 7), "teq"), (teqi(T0, 5), "teqi"), (mfc0(T0, 12), "mfc0"), (rdhwr(T0, 29), "rdhwr"),
    (ext(T0, T1, 3, 4), "ext"), (ins(T0, T1, 3, 6), "ins"), (div_d(0, 2, 4), "div.d"), (ERET, "eret"),
    (TLBWI, "tlbwi"), (WAIT, "wait"), (SDBBP, "sdbbp"),
]


def test_encoders_match_the_instruction_table():
    for word, name in ENCODER_NAMES:
        d = isa.decode(word)
        assert d is not None and d.name == name, (hex(word), name, d)
    assert isa.decode(RESERVED) is None


# ---------------------------------------------------------------------------
# Harness
# ---------------------------------------------------------------------------

class VM:
    """A core with code at CODE, two RW data pages at DATA and a RO page at RODATA."""

    def __init__(self, words, regs=None):
        self.core = core = Core(8 << 20)
        self.mm = mm = AddressSpace(core)
        mm.map_region(CODE, 1 << 14, PROT_READ | PROT_EXEC)
        mm.write(CODE, b"".join(struct.pack("<I", w) for w in words), force=True)
        mm.map_region(DATA, 2 << 14, PROT_READ | PROT_WRITE)
        mm.map_region(RODATA, 1 << 14, PROT_READ)
        mm.write(RODATA, b"\x11" * 16, force=True)
        for r, v in (regs or {}).items():
            core.set_gpr(r, v)
        core.pc = CODE
        self.served = 0

    def run(self, limit=10_000):
        """Run to an event, serving demand-paging faults on mapped VMAs."""
        core = self.core
        while True:
            ev = core.run(limit)
            if ev == EVENT_EXCEPTION and core.exc_code in (MOD, TLBL, TLBS) \
                    and self.mm.fault(core.exc_badvaddr, core.exc_access):
                self.served += 1
                core.pc = core.exc_epc
                continue
            return ev

    def gpr(self, r):
        return self.core.get_gpr(r)

    def exc(self):
        c = self.core
        return dict(code=c.exc_code, epc=c.exc_epc, bd=c.exc_bd, badvaddr=c.exc_badvaddr,
                    insn=c.exc_insn)


def at(i):
    """Address of the i-th code word."""
    return CODE + 4 * i


def expect_exc(vm, code, epc, bd=0, **kw):
    ev = vm.run()
    assert ev == EVENT_EXCEPTION, f"expected ExcCode {code}, got event {ev}"
    e = vm.exc()
    assert e["code"] == code, e
    assert e["epc"] == epc, (hex(e["epc"]), hex(epc))
    assert e["bd"] == bd, e
    assert vm.core.pc == epc          # the core stops at EPC
    for k, v in kw.items():
        got = vm.core.exc_access if k == "access" else e[k]
        assert got == v, (k, got, v, e)
    return e


# ---------------------------------------------------------------------------
# Exception reporting, one test per kind, in and out of delay slots
# ---------------------------------------------------------------------------

def test_syscall_reports_code_and_retires():
    vm = VM([addiu(V0, ZERO, 5058), syscall(0x1234), NOP])
    e = expect_exc(vm, SYS, at(1), insn=syscall(0x1234))
    assert vm.core.exc_tcode == 0x1234
    assert vm.core.icount == 2        # a syscall is retired before the kernel runs
    assert vm.gpr(V0) == 5058


def test_break_reports_code():
    vm = VM([NOP, brk(7)])
    expect_exc(vm, BP, at(1), insn=brk(7))
    assert vm.core.exc_tcode == 7


def test_break_code_in_upper_half_of_field():
    # GAS encodes `break 7` as code1=7 (bits 25..16): the 20-bit field is 7 << 10
    w = 7 << 16 | 0x0D
    vm = VM([w])
    expect_exc(vm, BP, at(0))
    assert vm.core.exc_tcode == 7 << 10


def test_reserved_instruction():
    vm = VM([addiu(T0, ZERO, 1), RESERVED])
    expect_exc(vm, RI, at(1), insn=RESERVED)
    assert vm.core.icount == 1


@pytest.mark.parametrize("word", [mfc0(T0, 12), ERET, TLBWI, WAIT, 0x4160_6000 | 0],  # last: di
                         ids=["mfc0", "eret", "tlbwi", "wait", "di"])
def test_privileged_instructions_raise_coprocessor_unusable(word):
    d = isa.decode(word)
    assert d is not None and d.priv == "priv", d
    vm = VM([word])
    expect_exc(vm, CPU, at(0), insn=word)


def test_sdbbp_is_reserved_in_user_mode():
    vm = VM([SDBBP])
    expect_exc(vm, RI, at(0))


def test_rdhwr_unimplemented_register_is_reserved():
    vm = VM([rdhwr(T0, 4)])
    expect_exc(vm, RI, at(0))


def test_rdhwr_userlocal_and_cpunum():
    vm = VM([rdhwr(T0, 29), rdhwr(T1, 0), rdhwr(T2, 1), brk()])
    vm.core.userlocal = 0x1234_5678_9ABC
    vm.core.set_gpr(T1, 99)
    expect_exc(vm, BP, at(3))
    assert vm.gpr(T0) == 0x1234_5678_9ABC
    assert vm.gpr(T1) == 0
    assert vm.gpr(T2) > 0            # SYNCI_Step: a cache line size


@pytest.mark.parametrize("word", [ext(T0, T1, 1, 32), ext(T0, T1, 31, 2), ins(T0, T1, 5, 4)],
                         ids=["ext-pos1-size32", "ext-pos31-size2", "ins-lsb>msb"])
def test_bitfield_with_illegal_size_is_reserved(word):
    vm = VM([word], {T0: 0x77})
    expect_exc(vm, RI, at(0))
    assert vm.gpr(T0) == 0x77


@pytest.mark.parametrize("word,a,b", [
    (add(T0, T1, T2), 0x7FFFFFFF, 1),
    (add(T0, T1, T2), (-0x80000000) & M64, (-1) & M64),
    (dadd(T0, T1, T2), (1 << 63) - 1, 1),
    (addi(T0, T1, -1), (-0x80000000) & M64, 0),
])
def test_overflow_leaves_destination_unchanged(word, a, b):
    vm = VM([word], {T0: 0x55, T1: a, T2: b})
    expect_exc(vm, OV, at(0), insn=word)
    assert vm.gpr(T0) == 0x55
    assert vm.core.icount == 0


def test_trap_reports_code():
    vm = VM([teq(T1, T2, 7), NOP], {T1: 3, T2: 3})
    expect_exc(vm, TR, at(0))
    assert vm.core.exc_tcode == 7


def test_trap_immediate_has_no_code():
    vm = VM([teqi(T1, -1)], {T1: M64})
    expect_exc(vm, TR, at(0))
    assert vm.core.exc_tcode == 0


def test_fpu_exception_when_enabled():
    one = struct.unpack("<Q", struct.pack("<d", 1.0))[0]
    vm = VM([div_d(0, 2, 4)])
    vm.core.set_fpr(2, one)
    vm.core.set_fpr(4, 0)
    vm.core.fcsr = 1 << (7 + 3)                # Enables.Z
    expect_exc(vm, FPE, at(0))
    assert vm.core.fcsr & (1 << (12 + 3))      # Cause.Z


def test_load_from_unmapped_address():
    vm = VM([lw(T0, 8, T1)], {T1: 0x20000000})
    expect_exc(vm, TLBL, at(0), badvaddr=0x20000008, access=ACC_LOAD)


def test_store_to_unmapped_address():
    vm = VM([sw(T0, -4, T1)], {T1: 0x20000000})
    expect_exc(vm, TLBS, at(0), badvaddr=0x20000000 - 4, access=ACC_STORE)


def test_store_to_readonly_page_is_modified():
    vm = VM([sb(T0, 3, T1)], {T1: RODATA})
    expect_exc(vm, MOD, at(0), badvaddr=RODATA + 3, access=ACC_STORE)
    assert vm.mm.read(RODATA, 4) == b"\x11" * 4


@pytest.mark.parametrize("enc", [swl, swr, sdl, sdr], ids=["swl", "swr", "sdl", "sdr"])
def test_partial_stores_fault_as_stores(enc):
    # SWL/SWR/SDL/SDR are stores: a fault on an unmapped page is TLBS (access = store),
    # whatever the core does internally to merge the bytes.
    word = enc(T0, 5, T1)
    vm = VM([word], {T1: 0x20000000})
    e = expect_exc(vm, TLBS, at(0), access=ACC_STORE)
    assert e["badvaddr"] in (0x20000005, 0x20000004, 0x20000000)


@pytest.mark.parametrize("enc", [lwl, ldr], ids=["lwl", "ldr"])
def test_partial_loads_fault_as_loads(enc):
    vm = VM([enc(T0, 5, T1)], {T1: 0x20000000})
    e = expect_exc(vm, TLBL, at(0), access=ACC_LOAD)
    assert e["badvaddr"] in (0x20000005, 0x20000004, 0x20000000)


@pytest.mark.parametrize("enc", [swl, swr, sdl, sdr], ids=["swl", "swr", "sdl", "sdr"])
def test_partial_stores_to_a_write_only_page(enc):
    # mmap(PROT_WRITE) gives a page without read permission (RIXI: NO_READ).  A store
    # needs only write permission, partial or not.
    vm = VM([sw(T0, 0, T1), enc(T0, 3, T1), brk()], {T1: DATA + 0x20000, T0: 0x11223344})
    vm.mm.map_region(DATA + 0x20000, 1 << 14, PROT_WRITE)
    ev = vm.run()
    assert ev == EVENT_EXCEPTION and vm.core.exc_code == BP, vm.exc()


def test_unaligned_accesses_are_address_errors():
    for word, code, acc in ((lw(T0, 2, T1), ADEL, ACC_LOAD), (sd(T0, 4, T1), ADES, ACC_STORE),
                            (ld(T0, 1, T1), ADEL, ACC_LOAD), (sw(T0, 1, T1), ADES, ACC_STORE)):
        vm = VM([word], {T1: DATA})
        off = struct.unpack("<h", struct.pack("<H", word & 0xFFFF))[0]
        expect_exc(vm, code, at(0), badvaddr=DATA + off, access=acc)


@pytest.mark.parametrize("va", [1 << 47, 0xFFFFFFFF80000000, 0x9800000000000000, M64 - 7])
def test_addresses_outside_user_space_are_address_errors(va):
    vm = VM([ld(T0, 0, T1), sd(T0, 0, T1)], {T1: va})
    expect_exc(vm, ADEL, at(0), badvaddr=va, access=ACC_LOAD)
    vm.core.pc = at(1)
    expect_exc(vm, ADES, at(1), badvaddr=va, access=ACC_STORE)


def test_fetch_outside_user_space():
    vm = VM([jr(T9), NOP], {T9: 0xFFFFFFFF80000000})
    expect_exc(vm, ADEL, 0xFFFFFFFF80000000, badvaddr=0xFFFFFFFF80000000, access=ACC_FETCH)


def test_pte_beyond_physical_memory_is_a_bus_error():
    vm = VM([ld(T0, 0, T1), NOP, NOP])
    bad_pa = vm.core.mem_size + (1 << 20)
    for va in (0x30000000, 0x30004000):
        vm.mm.pt.set_pte(va, make_pte(bad_pa, PROT_READ | PROT_WRITE | PROT_EXEC, True))
    vm.core.flush_tc()
    vm.core.set_gpr(T1, 0x30000000)
    expect_exc(vm, DBE, at(0), access=ACC_LOAD)
    vm.core.pc = 0x30004000
    ev = vm.core.run(100)
    assert ev == EVENT_EXCEPTION and vm.core.exc_code == IBE and vm.core.exc_epc == 0x30004000


def test_fetch_from_unmapped_jump_target_reports_the_target():
    # The fault belongs to the fetch at the target, not to the jump: EPC = target, BD = 0.
    vm = VM([jr(T9), addiu(T0, ZERO, 9)], {T9: 0x20000000})
    expect_exc(vm, TLBL, 0x20000000, bd=0, badvaddr=0x20000000, access=ACC_FETCH)
    assert vm.gpr(T0) == 9               # the delay slot ran
    assert vm.core.icount == 2


def test_fetch_from_non_executable_page():
    vm = VM([jr(T9), NOP], {T9: DATA + 8})
    expect_exc(vm, TLBL, DATA + 8, access=ACC_FETCH, badvaddr=DATA + 8)


def test_unaligned_jump_target():
    vm = VM([jr(T9), NOP], {T9: CODE + 0x102})
    expect_exc(vm, ADEL, CODE + 0x102, badvaddr=CODE + 0x102, access=ACC_FETCH)


# ---- the same exceptions in delay slots: EPC = the branch, BD = 1 ----

DELAY_SLOT_CASES = [
    ("tlbl", lw(T0, 0, T2), TLBL, {T2: 0x20000000}),
    ("tlbs", sw(T0, 0, T2), TLBS, {T2: 0x20000000}),
    ("mod", sw(T0, 0, T2), MOD, {T2: RODATA}),
    ("adel", lw(T0, 1, T2), ADEL, {T2: DATA}),
    ("ades", sd(T0, 4, T2), ADES, {T2: DATA}),
    ("ri", RESERVED, RI, {}),
    ("cpu", mfc0(T0, 12), CPU, {}),
    ("ov", add(T0, T2, T2), OV, {T2: 0x40000000}),
    ("tr", teq(ZERO, ZERO, 3), TR, {}),
    ("sys", syscall(), SYS, {}),
    ("bp", brk(), BP, {}),
]


@pytest.mark.parametrize("branch", ["beq", "bne-not-taken", "beql", "j", "jal", "jr", "jalr", "bltzal-not-taken"])
@pytest.mark.parametrize("name,slot,code,regs", DELAY_SLOT_CASES, ids=[c[0] for c in DELAY_SLOT_CASES])
def test_exception_in_delay_slot(branch, name, slot, code, regs):
    target = at(8)
    words = [NOP] * 10
    words[2] = {"beq": beq(ZERO, ZERO, 5), "bne-not-taken": bne(ZERO, ZERO, 5),
                "beql": beql(ZERO, ZERO, 5), "j": j(target), "jal": jal(target), "jr": jr(T9),
                "jalr": jalr(RA, T9), "bltzal-not-taken": bltzal(ZERO, 5)}[branch]
    words[3] = slot
    vm = VM(words, {**regs, T9: target})
    e = expect_exc(vm, code, at(2), bd=1, insn=slot)
    if code in (TLBL, TLBS, MOD, ADEL, ADES):
        assert e["badvaddr"] == (vm.gpr(T2) + struct.unpack("<h", struct.pack("<H", slot & 0xFFFF))[0]) & M64
    # the branch retired (3 instructions), the slot did not -- except the ones that retire
    assert vm.core.icount == (4 if code in (SYS, BP, TR) else 3)
    if branch in ("jal", "jalr", "bltzal-not-taken"):
        assert vm.gpr(RA) == at(4)


def test_restart_after_delay_slot_fault_reexecutes_branch():
    # beq taken, delay slot loads from a fresh (mapped, not yet present) page.
    words = [addiu(T3, ZERO, 0), beq(ZERO, ZERO, 3), ld(T0, 0, T1), addiu(T3, T3, 1), NOP,
             addiu(T3, T3, 16), brk()]
    vm = VM(words, {T1: DATA + 0x4000})     # mapped, never touched: the first access faults
    ev = vm.run()
    assert ev == EVENT_EXCEPTION and vm.core.exc_code == BP
    assert vm.served == 1
    assert vm.gpr(T3) == 16              # branch taken exactly once, fall-through skipped
    assert vm.gpr(T0) == 0


# ---------------------------------------------------------------------------
# Instruction counting and the budget
# ---------------------------------------------------------------------------

def test_budget_is_an_absolute_instruction_count():
    vm = VM([addiu(T0, T0, 1)] * 100)
    assert vm.core.run(10) == EVENT_BUDGET
    assert vm.core.icount == 10 and vm.gpr(T0) == 10 and vm.core.pc == at(10)
    assert vm.core.run(10) == EVENT_BUDGET     # already reached: nothing runs
    assert vm.core.icount == 10 and vm.gpr(T0) == 10
    assert vm.core.run(25) == EVENT_BUDGET
    assert vm.core.icount == 25 and vm.gpr(T0) == 25


def test_budget_between_branch_and_delay_slot_resumes_correctly():
    words = [beq(ZERO, ZERO, 4), addiu(T0, T0, 1), addiu(T1, T1, 1), NOP, NOP, addiu(T2, T2, 1), brk()]
    vm = VM(words)
    assert vm.core.run(1) == EVENT_BUDGET
    assert vm.core.pc == at(1) and vm.core.npc == at(5)
    assert vm.core.run(100) == EVENT_EXCEPTION and vm.core.exc_code == BP
    assert (vm.gpr(T0), vm.gpr(T1), vm.gpr(T2)) == (1, 0, 1)
    assert vm.core.icount == 4


def test_budget_in_delay_slot_of_jump_and_link():
    vm = VM([jal(at(6)), addiu(T0, ZERO, 7), NOP, NOP, NOP, NOP, brk()])
    assert vm.core.run(1) == EVENT_BUDGET
    assert vm.gpr(RA) == at(2)
    assert vm.run() == EVENT_EXCEPTION
    assert vm.core.exc_epc == at(6) and vm.gpr(T0) == 7


def test_setting_pc_cancels_a_pending_delay_slot():
    vm = VM([beq(ZERO, ZERO, 4), addiu(T0, T0, 1), brk(1), NOP, NOP, brk(2)])
    assert vm.core.run(1) == EVENT_BUDGET
    vm.core.pc = at(1)
    assert vm.run() == EVENT_EXCEPTION
    assert vm.core.exc_epc == at(2) and vm.core.exc_bd == 0 and vm.gpr(T0) == 1


def test_faulting_instructions_do_not_retire():
    vm = VM([addiu(T0, ZERO, 1), addiu(T0, T0, 1), lw(T1, 0, ZERO)])
    expect_exc(vm, TLBL, at(2))
    assert vm.core.icount == 2


def test_served_page_fault_counts_the_instruction_once():
    vm = VM([lui(T1, DATA >> 16), ld(T0, 0, T1), sd(T0, 8, T1), brk()])
    expect_exc(vm, BP, at(3))
    assert vm.served >= 2                      # first load and first store each fault
    assert vm.core.icount == 4


def test_branch_likely_not_taken_skips_its_delay_slot():
    words = [addiu(T1, ZERO, 1), beql(T1, ZERO, 5), addiu(T0, T0, 1), addiu(T2, T2, 1), brk()]
    vm = VM(words)
    expect_exc(vm, BP, at(4))
    assert vm.gpr(T0) == 0 and vm.gpr(T2) == 1
    assert vm.core.icount == 4                 # the annulled slot is not counted


def test_branch_likely_not_taken_never_faults_in_its_slot():
    vm = VM([bnel(ZERO, ZERO, 5), lw(T0, 0, ZERO), RESERVED, brk()])
    e = expect_exc(vm, RI, at(2))             # the slot was skipped, the next word runs
    assert e["bd"] == 0


def test_branch_likely_taken_executes_its_slot():
    vm = VM([beql(ZERO, ZERO, 3), addiu(T0, ZERO, 5), addiu(T1, ZERO, 1), NOP, brk()])
    expect_exc(vm, BP, at(4))
    assert vm.gpr(T0) == 5 and vm.gpr(T1) == 0


def test_linking_branch_writes_ra_when_not_taken():
    vm = VM([bltzal(ZERO, 5), addiu(T0, ZERO, 1), brk()], {RA: 0})
    expect_exc(vm, BP, at(2))
    assert vm.gpr(RA) == at(2) and vm.gpr(T0) == 1


def test_linking_branch_likely_writes_ra_and_annuls_when_not_taken():
    vm = VM([bltzall(ZERO, 5), addiu(T0, ZERO, 1), brk()], {RA: 0})
    expect_exc(vm, BP, at(2))
    assert vm.gpr(RA) == at(2) and vm.gpr(T0) == 0


# ---------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------

def test_gpr0_stays_zero_when_written():
    words = [addiu(ZERO, ZERO, 5), addu(T0, ZERO, ZERO), lui(ZERO, 0x1234), daddu(T1, ZERO, ZERO),
             jalr(ZERO, T9), addiu(ZERO, ZERO, 7),         # link to $zero, slot writes $zero too
             NOP, NOP, addu(T2, ZERO, ZERO), ld(ZERO, 0, T3), ll(ZERO, 0, T3),
             ext(ZERO, T3, 0, 8), mfhi(ZERO), addiu(V0, ZERO, 1), sc(ZERO, 0, T3), bgezal(ZERO, 1),
             NOP, daddu(T3, ZERO, ZERO), brk()]
    vm = VM(words, {T0: 9, T1: 9, T2: 9, T9: at(8), T3: DATA})
    vm.mm.write(DATA, struct.pack("<Q", 0x1234), force=True)
    vm.core.hi = 0x77
    expect_exc(vm, BP, at(18))
    assert vm.gpr(ZERO) == 0
    assert (vm.gpr(T0), vm.gpr(T1), vm.gpr(T2), vm.gpr(T3)) == (0, 0, 0, 0)
    assert vm.core.state()["gpr"][0] == 0


def test_jalr_with_rs_equal_rd_jumps_to_the_old_value():
    # UNPREDICTABLE in the manual; the core reads rs before writing rd.
    vm = VM([jalr(T9, T9), NOP, brk(1), NOP, NOP, brk(2)], {T9: at(5)})
    expect_exc(vm, BP, at(5))
    assert vm.gpr(T9) == at(2)


def test_jalr_with_rd_not_ra():
    vm = VM([jalr(T0, T9), NOP, brk(1), brk(2)], {T9: at(3), RA: 0x99})
    expect_exc(vm, BP, at(3))
    assert vm.gpr(T0) == at(2) and vm.gpr(RA) == 0x99


def test_jal_delay_slot_sees_the_new_ra():
    vm = VM([jal(at(4)), addu(T0, RA, ZERO), NOP, NOP, brk()])
    expect_exc(vm, BP, at(4))
    assert vm.gpr(T0) == at(2)


def test_branch_condition_read_before_delay_slot():
    vm = VM([beq(T0, T1, 3), addiu(T0, T0, 1), brk(1), NOP, brk(2)], {T0: 4, T1: 4})
    expect_exc(vm, BP, at(4))
    assert vm.gpr(T0) == 5


@pytest.mark.parametrize("word,a,b", [
    (div(T1, T2), 1, 0), (div(T1, T2), 0xFFFFFFFF80000000, M64),
    (divu(T1, T2), 5, 0), (ddiv(T1, T2), 1 << 63, M64), (ddiv(T1, T2), 7, 0), (ddivu(T1, T2), 7, 0),
])
def test_unpredictable_divides_do_not_trap_or_crash(word, a, b):
    vm = VM([word, mfhi(T0), mflo(T3), brk()], {T1: a, T2: b})
    expect_exc(vm, BP, at(3))


def test_ll_sc_pair_and_lone_sc():
    words = [ll(T0, 0, T1), addiu(T0, T0, 1), sc(T0, 0, T1), addiu(T2, ZERO, 9), sc(T2, 0, T1), brk()]
    vm = VM(words, {T1: DATA})
    vm.mm.write(DATA, struct.pack("<I", 41), force=True)
    expect_exc(vm, BP, at(5))
    assert vm.gpr(T0) == 1 and vm.gpr(T2) == 0
    assert struct.unpack("<I", vm.mm.read(DATA, 4))[0] == 42
    assert vm.core.llbit == 0


def test_self_modifying_store_into_code_is_seen():
    # map the code page writable and overwrite the next instruction
    words = [sw(T1, 8, T9), NOP, brk(1), brk(2)]
    vm = VM(words, {T9: CODE, T1: addiu(T0, ZERO, 3)})
    vm.mm.mprotect(CODE, 1 << 14, PROT_READ | PROT_WRITE | PROT_EXEC)
    expect_exc(vm, BP, at(3))
    assert vm.gpr(T0) == 3


def test_delay_slot_on_the_next_page_faults_with_bd():
    # The branch is the last word of the first code page; its delay slot is the first
    # word of the next page, mapped but never touched (a zero page: nops once served).
    core = Core(8 << 20)
    mm = AddressSpace(core)
    base = 0x600000
    mm.map_region(base, 2 << 14, PROT_READ | PROT_EXEC)
    last = base + (1 << 14) - 4
    target = base + 0x4010
    mm.write(last - 4, struct.pack("<II", addiu(T0, ZERO, 1), jal(target)), force=True)
    core.pc = last - 4
    assert core.run(100) == EVENT_EXCEPTION
    assert core.exc_code == TLBL and core.exc_access == ACC_FETCH
    assert core.exc_bd == 1 and core.exc_epc == last and core.exc_badvaddr == last + 4
    assert core.icount == 2 and core.get_gpr(RA) == last + 8
    assert mm.fault(core.exc_badvaddr, core.exc_access)
    core.pc = core.exc_epc                       # re-execute the jal, then its slot
    assert core.run(core.icount + 3) == EVENT_BUDGET   # jal, slot (nop), one nop at the target
    assert core.pc == target + 4
    assert core.get_gpr(RA) == last + 8 and core.get_gpr(T0) == 1


# ---------------------------------------------------------------------------
# Translation corner cases the loop must handle
# ---------------------------------------------------------------------------

def test_huge_pmd_entry_maps_32mb():
    core = Core(64 << 20)
    mm = AddressSpace(core)
    mm.map_region(CODE, 1 << 14, PROT_READ | PROT_EXEC)
    words = [ld(T0, 0, T1), sd(T2, 8, T1), brk()]
    mm.write(CODE, b"".join(struct.pack("<I", w) for w in words), force=True)
    va, pa = 0x40000000, 32 << 20                     # both 32 MB aligned
    core.phys_write64(pa + 0x1234560, 0xFEEDFACE)
    slot = mm.pt._pmd_slot(va, True)
    core.phys_write64(slot, make_pte(pa, PROT_READ | PROT_WRITE, True) | _PAGE_HUGE)
    core.flush_tc()
    core.set_gpr(T1, va + 0x1234560)
    core.set_gpr(T2, 0x77)
    core.pc = CODE
    assert core.run(100) == EVENT_EXCEPTION and core.exc_code == BP, core.exc_code
    assert core.get_gpr(T0) == 0xFEEDFACE
    assert core.phys_read64(pa + 0x1234568) == 0x77


def test_page_table_pointer_outside_memory_is_a_bus_error():
    vm = VM([ld(T0, 0, T1)], {T1: 0x7000000000})
    pgd_slot = vm.mm.pt.pgd + ((0x7000000000 >> 36) & 2047) * 8
    vm.core.phys_write64(pgd_slot, 0x9800000000000000 | (1 << 40))   # a PMD table far past the end
    vm.core.flush_tc()
    expect_exc(vm, DBE, at(0), access=ACC_LOAD)


def test_mapping_change_is_seen_after_flush():
    # munmap of a page the loop has cached must take effect (the host flushes the TC).
    vm = VM([ld(T0, 0, T1), brk(1), ld(T0, 0, T1), brk(2)], {T1: DATA})
    vm.mm.write(DATA, struct.pack("<Q", 5))
    expect_exc(vm, BP, at(1))
    assert vm.gpr(T0) == 5
    vm.mm.unmap(DATA, 1 << 14)
    vm.core.pc = at(2)
    expect_exc(vm, TLBL, at(2), badvaddr=DATA)
