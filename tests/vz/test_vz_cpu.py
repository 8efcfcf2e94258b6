"""Kernel-mode assembly tests of the VZ module in the CPU (riscv-hyp-tests
style): root sets up a guest, ERETs into it, the guest does one thing, and
the test checks every register the exit (or the guest exception) sets.
The layout and helpers are in tests/vz/vzharness.py; every exit cause and
VZ instruction one by one is in test_vz_exits.py."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mipsvm.cp0.exc import Exc, GExc
from mipsvm.models.cpu import GS464V
from tests.kernel_harness import ST_EXL, install_stubs, kernel_core, needs_as, trap
from tests.vz.vzharness import CKSEG0, GM, GVA, VIRT, check_exit, entrylo, run_guest, vz_core

pytestmark = needs_as


def test_hypcall_in_guest_exits_with_hc():
    core = vz_core()
    lab = run_guest(core, "nop\n hc: hypcall\n nop\n")
    check_exit(core, Exc.GE, GExc.HC, lab["hc"])
    assert core.cp0("BadInstr") == 0x42000028
    st = core.vz_stats()
    assert st["exits"] == {int(Exc.GE): 1} and st["gexits"] == {int(GExc.HC): 1}


def test_guest_load_of_an_unmapped_gpa_is_a_root_refill():
    core = vz_core()
    install_stubs(core)                                        # root EBase + 0x000: save Cause, break 1
    lab = run_guest(core, f"dli $9, {GVA(0x100000):#x}\n ld: lw $10, 0($9)\n nop\n")
    stub_cause = core.cp0_get(31, 2)                           # the refill stub's copy of Cause
    # the XTLB refill vector (+0x080): the GPA lies in useg and root Status.UX = 1
    assert core.exc_code == Exc.Bp and core.exc_epc == CKSEG0 + 0x080 + 6 * 4
    assert (stub_cause >> 2) & 31 == Exc.TLBL
    assert core.cp0("EPC") == lab["ld"] and core.cp0("BadVAddr") == 0x100000      # the GPA, not the GVA
    assert core.cp0("EntryHi") & ~0x3ff == 0x100000 & ~0x1fff
    assert (core.cp0("GuestCtl0") >> 2) & 31 == GExc.GPA


def test_guest_mfgc0_is_reserved_inside_the_guest():
    core = vz_core()
    lab = run_guest(core, "ri: mfgc0 $8, $12, 0\n nop\n")
    # the guest took RI at its own vector (GuestCtl0.RI = 0: no GRR exit), whose HYPCALL exits
    check_exit(core, Exc.GE, GExc.HC, GVA(0x180))
    assert (core.gcp0("Cause") >> 2) & 31 == Exc.RI
    assert core.gcp0("EPC") == lab["ri"] and core.gcp0("Status") & ST_EXL
    assert core.vz_stats()["guest_exceptions"] == {int(Exc.RI): 1}


def test_guest_cp0_access_without_guestctl0_cp0_is_gpsi():
    core = vz_core()
    lab = run_guest(core, "nop\n p: mfc0 $8, $12\n nop\n", gctl0=GM)
    check_exit(core, Exc.GE, GExc.GPSI, lab["p"])
    assert core.cp0("BadInstr") == 0x40086000                 # mfc0 $8, $12


def test_guest_cp0_access_with_guestctl0_cp0_reads_the_guest_context():
    core = vz_core()
    core.set_gcp0("KScratch1", 0x1122334455667788)
    core.cp0_poke(31, 2, 0x99)                                  # root's KScratch1 differs
    lab = run_guest(core, "dmfc0 $8, $31, 2\n nop\n")
    check_exit(core, Exc.GE, GExc.HC, lab["__end"])             # the final HYPCALL, not the vector
    assert core.get_gpr(8) == 0x1122334455667788


def test_root_dmtgc0_dmfgc0_reach_the_guest_context():
    core = vz_core()
    core.cp0_poke(31, 2, 0x55)
    t = trap(core, VIRT + """
    dli    $8, 0x0123456789abcdef
    dmtgc0 $8, $31, 2          # guest KScratch1
    dmfgc0 $9, $31, 2
    dmfc0  $10, $31, 2         # root KScratch1: untouched
""")
    assert t.completed, t
    assert core.get_gpr(9) == 0x0123456789abcdef and core.gcp0("KScratch1") == 0x0123456789abcdef
    assert core.get_gpr(10) == 0x55


@pytest.mark.parametrize("vz", [True, False])
def test_hypcall_in_root_is_reserved(vz):
    # docs/vz.md: HYPCALL in root mode is RI (our choice); without VZ every VZ instruction is
    core = kernel_core(model=replace(GS464V, name="novz", vz=False)) if not vz else kernel_core()
    t = trap(core, VIRT + "h: hypcall\n nop\n")
    assert (t.code, t.vector, t.pc) == (Exc.RI, "general", t.labels["h"])
    assert core.vz == vz and bool(core.cp0_get(16, 3) >> 23 & 1) == vz     # Config3.VZ


def test_tlbgwi_writes_a_guest_entry_that_only_tlbgp_finds():
    core = vz_core()
    va = 0x40000000
    t = trap(core, VIRT + f"""
    li     $8, 0x10001
    mtc0   $8, $10, 4          # GuestCtl1: RID = 1
    dli    $8, {va:#x}
    dmtgc0 $8, $10             # guest EntryHi
    dli    $9, {entrylo(0x8000):#x}
    dmtgc0 $9, $2
    dmtgc0 $9, $3
    li     $9, 0x6000
    mtgc0  $9, $5              # guest PageMask
    li     $9, 3
    mtgc0  $9, $0              # guest Index
    tlbgwi                     # TLB entry 3: guest 1, GVA -> GPA
    mtgc0  $zero, $0
    dmtc0  $8, $10             # root EntryHi: the same VA
    tlbp                       # root probe: sees only root entries of RID 1
    mfc0   $10, $0
    tlbgp                      # guest probe
    mfgc0  $11, $0
""")
    assert t.completed, t
    assert core.get_gpr(10) >> 31 & 1                           # root Index.P: no match
    assert core.get_gpr(11) == 3                                # guest Index: entry 3
    e = core.tlb_entries()[3]
    assert e["valid"] and e["vpn2"] == va and e["pagemask"] == 0x6000            # vpn2: the VA of the pair
    assert e["tag"] != 0 and e["lo0"] == entrylo(0x8000)          # a guest tag, not root's 0
