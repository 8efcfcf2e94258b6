"""Shared helpers of the kernel-mode VZ tests (test_vz_cpu.py, test_vz_exits.py).

Layout: root code in ckseg0 at CODE_PA (tests/kernel_harness.py); guest RAM
is GPA 0..32 KB, one root entry (GuestCtl1.RID = 1) mapping it to HPA
GUEST_HPA. The guest runs in its kseg0, GPA = GVA - 0xffffffff80000000, so
it needs no guest TLB entry. Its vectors hold HYPCALLs with distinct codes
(guest EBase + 0x000: code 1, + 0x080: code 2, + 0x180: code 3), so a guest
exception comes back to root as a GE exit whose BadInstr names the vector."""

from __future__ import annotations

from dataclasses import dataclass, field

from mipsvm.cp0.exc import Exc
from mipsvm.core import EVENT_EXCEPTION
from tests.kernel_harness import CKSEG0, CODE_PA, CODE_VA, ST_EXL, assemble_raw, entrylo, kernel_core

GUEST_HPA = 0x300000
GUEST_CODE = 0x1000                       # GPA of the guest snippet
GVA = lambda gpa: CKSEG0 + gpa            # noqa: E731 (guest kseg0)
GM, GC_RI, GC_MC, GC_CP0 = 1 << 31, 1 << 30, 1 << 29, 1 << 28
GC_GT, GC_CG, GC_CF = 1 << 25, 1 << 24, 1 << 23
ROOT_TLB_INDEX = 5
VIRT = "\t.set mips64r5\n\t.set virt\n"
GUEST_VECTORS = {0x000: 1, 0x080: 2, 0x180: 3}          # guest EBase offset: HYPCALL code there
NO_EXIT = -1                                              # core.exc_gexc of a root exception that is no GE


def hypcall_word(code: int = 0) -> int:
    return 0x42000028 | (code << 11)


def root_entry_src(index: int, vpn2: int, lo0: int, lo1: int, pm: int = 0x6000, guest: bool = False) -> str:
    """Root asm: write TLB entry `index` (TLBWI, or TLBGWI into the guest context with guest=True)."""
    m = "g" if guest else ""
    return f"""
    dli   $8, {vpn2:#x}
    dmt{m}c0 $8, $10
    dli   $8, {lo0:#x}
    dmt{m}c0 $8, $2
    dli   $8, {lo1:#x}
    dmt{m}c0 $8, $3
    li    $8, {pm:#x}
    mt{m}c0  $8, $5
    li    $8, {index}
    mt{m}c0  $8, $0
    tlb{m}wi
"""


def enter_guest(gctl0: int, gctl1: int = 0x10001, pre: str = "", root_asid: int = 0, run_asid=None) -> str:
    """Root: GuestCtl1 = RID 1 / ID 1, map GPA 0..32 KB, EXL, GuestCtl0, then `pre`, then
    GuestCtl1 = gctl1 and ERET into the guest. root_asid != 0: the root entry is non-global
    with that ASID, and root EntryHi.ASID = run_asid (default root_asid) while the guest runs
    (RAD mode)."""
    g = 0 if root_asid else 1
    run_asid = root_asid if run_asid is None else run_asid
    return VIRT + f"""
    li    $8, 0x10001
    mtc0  $8, $10, 4           # GuestCtl1: RID = ID = 1
    {root_entry_src(ROOT_TLB_INDEX, root_asid, entrylo(GUEST_HPA, g=g), entrylo(GUEST_HPA + 0x4000, g=g))}
    mfc0  $8, $12
    ori   $8, $8, {ST_EXL}
    mtc0  $8, $12              # EXL first: GM with EXL = 0 would enter the guest at once
    dli   $8, {gctl0:#x}
    mtc0  $8, $12, 6           # GuestCtl0
    {pre}
    li    $8, {gctl1:#x}
    mtc0  $8, $10, 4
    li    $8, {run_asid}
    dmtc0 $8, $10              # root EntryHi while the guest runs
    dli   $8, {GVA(GUEST_CODE):#x}
    dmtc0 $8, $14
    eret
"""


def vz_core(model=None):
    core = kernel_core(model=model) if model is not None else kernel_core()
    assert core.vz and core.cp0_get(16, 3) >> 23 & 1          # Config3.VZ on the VZ model
    core.set_gcp0("Status", 0)                                 # guest kernel, BEV = ERL = EXL = 0
    core.set_gcp0("EBase", CKSEG0)
    for off, code in GUEST_VECTORS.items():
        core.phys_write(GUEST_HPA + off, assemble_raw(VIRT + f"hypcall {code}\n nop\n")[0])
    return core


@dataclass
class Guest:
    labels: dict                    # label -> guest VA
    code: bytes = field(repr=False)

    def __getitem__(self, label):
        return self.labels[label]

    def word(self, label: str) -> int:
        off = self.labels[label] - GVA(GUEST_CODE)
        return int.from_bytes(self.code[off:off + 4], "little")


def run_guest(core, guest_src: str, gctl0: int = GM | GC_CP0, gctl1: int = 0x10001, pre: str = "",
              root_asid: int = 0, run_asid=None, limit: int = 10000) -> Guest:
    code, labels = assemble_raw(VIRT + guest_src + "\n__end: hypcall\n nop\n")
    core.phys_write(GUEST_HPA + GUEST_CODE, code)
    core.phys_write(CODE_PA, assemble_raw(enter_guest(gctl0, gctl1, pre, root_asid, run_asid))[0])
    core.pc = CODE_VA
    assert core.run(core.icount + limit) == EVENT_EXCEPTION
    return Guest({k: GVA(GUEST_CODE) + v for k, v in labels.items()}, code)


def check_exit(core, code: int, gexc, epc: int, *, bd: bool = False, badinstr=None, badinstrp=None,
               badvaddr=None, gexc_field=None, exits=None, gexits=None):
    """A root exception taken in guest mode: ExcCode, GExcCode (gexc None: no GE, then
    GuestCtl0.GExcCode must equal gexc_field), root EPC, Cause.BD, BadInstr(P), BadVAddr,
    root EXL set, guest mode left with GM still 1, and the exit counters (exits/gexits:
    the whole dicts of vz_stats(); default one exit of this ExcCode / GExcCode)."""
    assert core.exc_code == code, (core.exc_code, code)
    assert core.exc_gexc == (NO_EXIT if gexc is None else gexc), core.exc_gexc
    assert core.exc_epc == epc and core.cp0("EPC") == epc, f"EPC {core.cp0('EPC'):#x} != {epc:#x}"
    assert (core.cp0("Cause") >> 2) & 31 == code
    assert bool(core.cp0("Cause") >> 31) == bd, "Cause.BD"
    assert (core.cp0("GuestCtl0") >> 2) & 31 == (gexc_field if gexc is None else gexc), "GExcCode"
    assert core.cp0("GuestCtl0") & GM                        # still set: the ERET back resumes the guest
    assert core.cp0("Status") & ST_EXL and not core.in_guest
    if badinstr is not None:
        assert core.cp0("BadInstr") == badinstr, f"BadInstr {core.cp0('BadInstr'):#x} != {badinstr:#x}"
    if badinstrp is not None:
        assert core.cp0("BadInstrP") == badinstrp, f"BadInstrP {core.cp0('BadInstrP'):#x} != {badinstrp:#x}"
    if badvaddr is not None:
        assert core.cp0("BadVAddr") == badvaddr, f"BadVAddr {core.cp0('BadVAddr'):#x} != {badvaddr:#x}"
    st = core.vz_stats()
    assert st["exits"] == (exits if exits is not None else {int(code): 1}), st
    if gexits is None:
        gexits = {int(gexc): 1} if code == Exc.GE else {}
    assert st["gexits"] == gexits, st


def check_guest_exc(core, code: int, epc: int, *, bd: bool = False, badvaddr=None):
    """The guest took exception `code` in its own context (guest Cause/EPC/EXL/BadVAddr)."""
    assert (core.gcp0("Cause") >> 2) & 31 == code, hex(core.gcp0("Cause"))
    assert bool(core.gcp0("Cause") >> 31) == bd, "guest Cause.BD"
    assert core.gcp0("EPC") == epc, f"guest EPC {core.gcp0('EPC'):#x} != {epc:#x}"
    assert core.gcp0("Status") & ST_EXL
    if badvaddr is not None:
        assert core.gcp0("BadVAddr") == badvaddr, f"guest BadVAddr {core.gcp0('BadVAddr'):#x}"
