"""Every guest exit the core produces and every VZ instruction, one by one
(kernel-mode assembly, riscv-hyp-tests style; layout in vzharness.py): GPSI
for each cause, GSFC, GRR, GHFC, HC, a root interrupt, the guest timer and
GuestCtl2.VIP, MFGC0/MTGC0 and the TLBG* instructions, guest-mode TLB
instructions, the 2D walk and the guest refill, RAD mode. Each exit test
checks ExcCode, GExcCode, root EPC, Cause.BD, BadInstr(P), BadVAddr where it
applies, root EXL, that guest mode was left with GM still 1, and vz_stats()."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mipsvm.cp0.exc import Exc, GExc
from mipsvm.models.cpu import GS464V
from tests.kernel_harness import (ST_EXL, ST_IE, ST_KSU_USER, ST_UX, EHINV, assemble_raw, entrylo, needs_as,
                                  tlb_fault_regs, trap)
from tests.vz.vzharness import (GC_CF, GC_CG, GC_CP0, GC_GT, GC_MC, GC_RI, GM, GUEST_CODE, GUEST_HPA, GVA,
                                ROOT_TLB_INDEX, VIRT, check_exit, check_guest_exc, hypcall_word, root_entry_src,
                                run_guest, vz_core)

pytestmark = needs_as

BASE = GM | GC_CP0
ST_CU1, ST_FR, ST_KX = 1 << 29, 1 << 26, 1 << 7
CAUSE_IV, CAUSE_DC, CAUSE_TI = 1 << 23, 1 << 27, 1 << 30
TAG_GUEST = 0x100
GC0EXT_CGI = 1 << 4
RESERVED_WORD = 0xEC000000            # major opcode 0x3b: reserved in MIPS64 R2


def tag(guest: int, gid: int) -> int:
    return (TAG_GUEST if guest else 0) | gid


# ---------------------------------------------------------------- GPSI

GPSI_CASES = {
    # name: (guest instruction, GuestCtl0 extra bits)
    "mfc0-with-cp0-0": ("mfc0 $8, $12", -GC_CP0),
    "mfc0-count-gt0": ("mfc0 $8, $9", 0),
    "mtc0-count-gt0": ("mtc0 $8, $9", 0),
    "mfc0-compare-gt0": ("mfc0 $8, $11", 0),
    "mtc0-compare-gt0": ("mtc0 $8, $11", 0),
    "rdhwr-cc-gt0": ("rdhwr $8, $2", 0),
    "mtc0-config-cf0": ("mtc0 $8, $16", 0),
    "mtc0-config1-cf0": ("mtc0 $8, $16, 1", 0),
    "wait": ("wait", GC_CG | GC_CF | GC_GT),
    "cache-cg0": ("cache 0x15, 0($9)", 0),                 # Hit_WB_Inv_D
    "cache-index-cgi0": ("cache 0x01, 0($9)", GC_CG),       # Index_WB_Inv_D: CG is not enough
    "mfc0-prid": ("mfc0 $8, $15", GC_CF | GC_GT),          # registers the guest context lacks
    "mtc0-diag": ("mtc0 $8, $22", GC_CF | GC_GT),
    "mfc0-config7": ("mfc0 $8, $16, 7", GC_CF | GC_GT),
    "dmfc0-config6": ("dmfc0 $8, $16, 6", GC_CF | GC_GT),
}


@pytest.mark.parametrize("name", list(GPSI_CASES))
def test_gpsi(name):
    insn, extra = GPSI_CASES[name]
    core = vz_core()
    core.set_gcp0("Config", 0)                        # K0 = 0: a completed write of 3 would show
    g = run_guest(core, f"dli $9, {GVA(0x2000):#x}\n li $8, 3\n nop\n p: {insn}\n nop\n", gctl0=BASE + extra)
    check_exit(core, Exc.GE, GExc.GPSI, g["p"], badinstr=g.word("p"))
    assert core.gcp0("Config") & 7 != 3               # root emulates: nothing was written
    assert core.vz_stats()["guest_exceptions"] == {}


def test_gpsi_in_a_branch_delay_slot():
    core = vz_core()
    g = run_guest(core, "nop\n b: beq $0, $0, 1f\n p: wait\n nop\n 1: nop\n")
    check_exit(core, Exc.GE, GExc.GPSI, g["b"], bd=True, badinstr=g.word("p"), badinstrp=g.word("b"))


@pytest.mark.parametrize("insn,extra,gctl0ext", [
    ("mfc0 $8, $9", GC_GT, 0),                       # the guest owns its timer
    ("mtc0 $8, $11", GC_GT, 0),
    ("rdhwr $8, $2", GC_GT, 0),
    ("mfc0 $8, $16", 0, 0),                          # Config reads need no CF
    ("cache 0x15, 0($9)", GC_CG, 0),                 # Hit type: CG
    ("cache 0x01, 0($9)", GC_CG, GC0EXT_CGI),        # Index type: CG and GuestCtl0Ext.CGI
])
def test_no_gpsi_when_root_delegates(insn, extra, gctl0ext):
    core = vz_core()
    core.set_cp0("GuestCtl0Ext", gctl0ext)
    g = run_guest(core, f"dli $9, {GVA(0x2000):#x}\n {insn}\n nop\n", gctl0=BASE | extra)
    check_exit(core, Exc.GE, GExc.HC, g["__end"])


def test_config_write_with_cf_takes_effect():
    core = vz_core()
    core.set_gcp0("Config", core.gcp0("Config") & ~7)
    g = run_guest(core, "li $8, 3\n mtc0 $8, $16\n mfc0 $10, $16\n", gctl0=BASE | GC_CF)
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    assert core.gcp0("Config") & 7 == 3 and core.get_gpr(10) & 7 == 3
    assert core.cp0("Config") & 7 == 2                # root's Config.K0 (reset 2) untouched


# ---------------------------------------------------------------- GSFC

@pytest.mark.parametrize("reg,value", [
    ("Status", ST_CU1), ("Status", ST_FR), ("Status", ST_FR | ST_CU1 | ST_KX),
    ("Cause", CAUSE_IV), ("Cause", CAUSE_DC), ("Cause", 1 << 8),          # IP0
])
def test_gsfc_for_a_root_controlled_field(reg, value):
    core = vz_core()
    before = core.gcp0(reg)
    rd = {"Status": 12, "Cause": 13}[reg]
    g = run_guest(core, f"li $8, {value:#x}\n nop\n p: mtc0 $8, ${rd}\n nop\n")
    check_exit(core, Exc.GE, GExc.GSFC, g["p"], badinstr=g.word("p"))
    assert core.gcp0(reg) == before                  # root completes the write (KVM's handle_gsfc)


def test_status_write_of_guest_fields_takes_effect_without_exit():
    core = vz_core()
    v = ST_KX | ST_UX | (0x3F << 10)                 # KX, UX, IM7..2; IE stays 0
    g = run_guest(core, f"li $8, {v:#x}\n mtc0 $8, $12\n mfc0 $10, $12\n")
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    assert core.gcp0("Status") == v and core.get_gpr(10) == v


def test_gsfc_cause_write_of_only_guest_bits_does_not_exit():
    core = vz_core()
    g = run_guest(core, "mfc0 $8, $13\n mtc0 $8, $13\n")      # unchanged root fields
    check_exit(core, Exc.GE, GExc.HC, g["__end"])


# ---------------------------------------------------------------- GRR

def test_grr_reserved_instruction_exits_with_ri_1():
    core = vz_core()
    g = run_guest(core, f"nop\n p: .word {RESERVED_WORD:#x}\n nop\n", gctl0=BASE | GC_RI)
    check_exit(core, Exc.GE, GExc.GRR, g["p"], badinstr=RESERVED_WORD)
    assert core.vz_stats()["guest_exceptions"] == {}
    assert not core.gcp0("Status") & ST_EXL          # the guest took nothing itself


def test_grr_in_a_branch_delay_slot():
    core = vz_core()
    g = run_guest(core, f"b: bne $0, $0, 1f\n p: .word {RESERVED_WORD:#x}\n nop\n 1: nop\n",
                  gctl0=BASE | GC_RI)
    check_exit(core, Exc.GE, GExc.GRR, g["b"], bd=True, badinstr=RESERVED_WORD, badinstrp=g.word("b"))


def test_reserved_instruction_with_ri_0_is_the_guests():
    core = vz_core()
    g = run_guest(core, f"nop\n p: .word {RESERVED_WORD:#x}\n nop\n")
    check_exit(core, Exc.GE, GExc.HC, GVA(0x180), badinstr=hypcall_word(3))
    check_guest_exc(core, Exc.RI, g["p"])
    assert core.gcp0("BadInstr") == RESERVED_WORD
    assert core.vz_stats()["guest_exceptions"] == {int(Exc.RI): 1}


ROOT_ONLY_VZ = ["mtgc0 $8, $12", "dmfgc0 $8, $31, 2", "dmtgc0 $8, $31, 2", "tlbgp", "tlbgr", "tlbgwi",
                "tlbgwr", "tlbginv", "tlbginvf"]


@pytest.mark.parametrize("insn", ROOT_ONLY_VZ)
@pytest.mark.parametrize("ri", [0, 1])
def test_root_only_vz_instructions_in_the_guest_are_reserved(insn, ri):
    # guest MFGC0 family and TLBG*: RI in the guest (mips-arch.md section 4), a GRR exit with RI = 1
    core = vz_core()
    g = run_guest(core, f"nop\n p: {insn}\n nop\n", gctl0=BASE | (GC_RI if ri else 0))
    if ri:
        check_exit(core, Exc.GE, GExc.GRR, g["p"], badinstr=g.word("p"))
    else:
        check_exit(core, Exc.GE, GExc.HC, GVA(0x180), badinstr=hypcall_word(3))
        check_guest_exc(core, Exc.RI, g["p"])
    assert all(not e["valid"] or e["tag"] == 0x001 for e in core.tlb_entries())   # only the GPA entry


# ---------------------------------------------------------------- GHFC

def vip_pre(bits: int) -> str:
    return f"li $9, {bits << 10:#x}\n mtc0 $9, $10, 5\n"     # GuestCtl2.VIP


def test_ghfc_on_guest_eret_after_the_change():
    core = vz_core()
    core.cp0_poke(8, 1, 0x12345678)                  # root BadInstr: an exit after ERET leaves it
    code, lab = assemble_raw(VIRT + "eret\n nop\n t: nop\n")
    core.set_gcp0("Status", ST_EXL)
    core.set_gcp0("EPC", GVA(GUEST_CODE) + lab["t"])
    g = run_guest(core, "eret\n nop\n t: nop\n", gctl0=BASE | GC_MC)
    check_exit(core, Exc.GE, GExc.GHFC, g["t"], badinstr=0x12345678)   # root EPC: the ERET's target
    assert core.gcp0("Status") == 0                  # guest EXL already cleared


def test_ghfc_on_guest_exception_entry():
    core = vz_core()
    g = run_guest(core, "nop\n s: syscall\n nop\n", gctl0=BASE | GC_MC)
    check_exit(core, Exc.GE, GExc.GHFC, GVA(0x180))  # at the guest vector, EXL already set
    check_guest_exc(core, Exc.Sys, g["s"])
    assert core.vz_stats()["guest_exceptions"] == {int(Exc.Sys): 1}


def test_ghfc_on_guest_interrupt_entry():
    # a guest interrupt (here GuestCtl2.VIP) sets the guest's EXL: with MC = 1 that exits too
    core = vz_core()
    core.set_gcp0("Status", (1 << 10) | ST_IE)        # IE, IM2: set by root, no guest MTC0
    g = run_guest(core, "a: nop\n nop\n", gctl0=BASE | GC_MC, pre=vip_pre(1))
    check_exit(core, Exc.GE, GExc.GHFC, GVA(0x180))
    check_guest_exc(core, Exc.Int, g["a"])
    assert core.vz_stats()["guest_exceptions"] == {int(Exc.Int): 1}


def test_guest_mode_change_by_mtc0_with_mc_is_gsfc():
    # docs/vz.md choice: a guest MTC0 changing KSU/EXL/ERL with MC = 1 is a software field change
    core = vz_core()
    g = run_guest(core, f"li $8, {ST_EXL}\n p: mtc0 $8, $12\n nop\n", gctl0=BASE | GC_MC)
    check_exit(core, Exc.GE, GExc.GSFC, g["p"], badinstr=g.word("p"))
    assert core.gcp0("Status") == 0


def test_no_ghfc_with_mc_0():
    core = vz_core()
    g = run_guest(core, "nop\n s: syscall\n nop\n")
    check_exit(core, Exc.GE, GExc.HC, GVA(0x180), badinstr=hypcall_word(3))
    check_guest_exc(core, Exc.Sys, g["s"])


# ---------------------------------------------------------------- HC in guest user mode

USER_VA = 0x400000                               # guest useg, mapped by a guest entry to GPA 0


def guest_user_pre() -> str:
    return root_entry_src(9, USER_VA, entrylo(0), entrylo(0x4000), guest=True)


def test_hypcall_in_guest_user_mode_is_the_guests_cpu():
    core = vz_core()
    user_pc = USER_VA + GUEST_CODE + 0x40       # the guest VA of label u (.org 0x40)
    g = run_guest(core, f"""
    dli   $8, {user_pc:#x}
    dmtc0 $8, $14
    li    $8, {ST_EXL | ST_KSU_USER}
    mtc0  $8, $12
    eret
    nop
    .org 0x40
u:  hypcall
    nop
""", pre=guest_user_pre())
    assert g["u"] == GVA(GUEST_CODE) + 0x40
    check_exit(core, Exc.GE, GExc.HC, GVA(0x180), badinstr=hypcall_word(3))
    check_guest_exc(core, Exc.CpU, user_pc)
    assert (core.gcp0("Cause") >> 28) & 3 == 0       # CE = 0
    assert core.vz_stats()["guest_exceptions"] == {int(Exc.CpU): 1}


# ---------------------------------------------------------------- interrupts and the guest timer

def test_root_timer_interrupt_in_guest_mode_exits_with_int():
    core = vz_core()
    core.cp0_poke(12, 6, (core.cp0("GuestCtl0") & ~0x7C) | (int(GExc.HC) << 2))   # a previous GExcCode
    core.cp0_poke(8, 1, 0x12345678)
    pre = """
    mfc0  $9, $9
    addiu $9, $9, 40
    mtc0  $9, $11              # root Compare = Count + 40
    mfc0  $9, $12
    ori   $9, $9, 0x8001
    mtc0  $9, $12              # root IE, IM7 (EXL still set)
"""
    g = run_guest(core, "loop: b loop\n nop\n", pre=pre)
    # ExcCode Int, no GE: GuestCtl0.GExcCode keeps its value, BadInstr is not written
    check_exit(core, Exc.Int, None, g["loop"], gexc_field=int(GExc.HC), badinstr=0x12345678)
    assert core.cp0("Cause") & CAUSE_TI and core.cp0("Cause") & (1 << 15)
    assert core.vz_stats()["guest_exceptions"] == {}


def test_guest_count_is_root_count_plus_gtoffset():
    core = vz_core()
    off = 0x7FFF0000
    pre = f"li $9, {off:#x}\n mtc0 $9, $12, 7\n"
    n = 21
    g = run_guest(core, "mfc0 $8, $9\n" + "nop\n" * n + "mfc0 $9, $9\n", gctl0=BASE | GC_GT, pre=pre)
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    i = core.icount                                  # the second MFC0 retired at this icount
    root_now = core.cp0("Count")
    assert core.cp0("GTOffset") == off
    assert core.gcp0("Count") == (root_now + off) & 0xFFFFFFFF
    assert core.get_gpr(9) & 0xFFFFFFFF == (root_now + off) & 0xFFFFFFFF
    ccres = core.model.ccres
    assert (core.get_gpr(9) - core.get_gpr(8)) & 0xFFFFFFFF == i // ccres - (i - n - 1) // ccres


def test_guest_count_write_with_gt_moves_gtoffset():
    core = vz_core()
    g = run_guest(core, "li $8, 0x1000\n mtc0 $8, $9\n mfc0 $9, $9\n", gctl0=BASE | GC_GT)
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    assert core.get_gpr(9) in (0x1000, 0x1001)       # Count ticks every CCRes = 2 instructions
    assert (core.cp0("Count") + core.cp0("GTOffset")) & 0xFFFFFFFF == core.gcp0("Count")
    assert core.cp0("Count") < 0x800                 # root Count did not move


def test_guest_timer_interrupt_is_taken_at_the_guest_vector():
    core = vz_core()
    g = run_guest(core, f"""
    mfc0  $8, $9
    addiu $8, $8, 30
    mtc0  $8, $11              # guest Compare = guest Count + 30
    li    $8, {0x8000 | ST_IE:#x}
    mtc0  $8, $12              # guest IE, IM7
loop: b loop
    nop
""", gctl0=BASE | GC_GT)
    check_exit(core, Exc.GE, GExc.HC, GVA(0x180), badinstr=hypcall_word(3))   # the vector's HYPCALL
    check_guest_exc(core, Exc.Int, g["loop"])
    c = core.gcp0("Cause")
    assert c & CAUSE_TI and c & (1 << 15)            # guest Cause.TI, IP7
    assert core.vz_stats()["guest_exceptions"] == {int(Exc.Int): 1}


def test_guest_timer_without_ie_is_pending_only():
    core = vz_core()
    g = run_guest(core, """
    mfc0  $8, $9
    addiu $8, $8, 5
    mtc0  $8, $11
""" + "nop\n" * 30 + "mfc0 $10, $13\n", gctl0=BASE | GC_GT)
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    assert core.get_gpr(10) & CAUSE_TI and core.get_gpr(10) & (1 << 15)
    assert core.vz_stats()["guest_exceptions"] == {}


def test_guestctl2_vip_interrupt_is_taken_when_the_guest_enables_it():
    core = vz_core()
    g = run_guest(core, f"""
    mfc0  $10, $13             # guest Cause: IP2 pending (VIP bit 0)
    li    $8, {(1 << 10) | ST_IE:#x}
    mtc0  $8, $12              # guest IE, IM2
a:  nop
    nop
""", pre=vip_pre(1))
    check_exit(core, Exc.GE, GExc.HC, GVA(0x180), badinstr=hypcall_word(3))
    check_guest_exc(core, Exc.Int, g["a"])           # taken right after the MTC0 that enabled it
    assert core.get_gpr(10) & (1 << 10)
    assert core.gcp0("Cause") & (1 << 10) and not core.gcp0("Cause") & CAUSE_TI
    assert core.vz_stats()["guest_exceptions"] == {int(Exc.Int): 1}


def test_guestctl2_vip_masked_by_im_is_not_taken():
    core = vz_core()
    g = run_guest(core, f"""
    li    $8, {(1 << 11) | ST_IE:#x}
    mtc0  $8, $12              # IE, IM3 only
    nop
    mfc0  $10, $13
""", pre=vip_pre(1))
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    assert core.get_gpr(10) & (1 << 10) and core.vz_stats()["guest_exceptions"] == {}


# ---------------------------------------------------------------- MFGC0 / MTGC0 (32-bit)

def test_mtgc0_mfgc0_32_bit_and_registers_the_guest_lacks():
    core = vz_core()
    diag = core.cp0("Diag")
    t = trap(core, VIRT + """
    li     $8, 0x87654321
    mtgc0  $8, $31, 2          # guest KScratch1 = sign-extended low word
    mfgc0  $9, $31, 2
    dli    $8, 0x1122334455667788
    dmtgc0 $8, $31, 3
    mfgc0  $10, $31, 3         # low 32 bits, sign-extended
    mfgc0  $11, $15, 0         # PRId: not in the guest context
    li     $8, 0x100
    mtgc0  $8, $22, 0          # Diag: ignored
    li     $8, 0x5
    mtgc0  $8, $12, 0          # guest Status
    mfgc0  $12, $12, 0
""")
    assert t.completed, t
    assert core.gcp0("KScratch1") == 0xFFFFFFFF87654321 and core.get_gpr(9) == 0xFFFFFFFF87654321
    assert core.get_gpr(10) == 0x55667788
    assert core.get_gpr(11) == 0 and core.cp0("Diag") == diag
    assert core.gcp0("Status") == 5 and core.get_gpr(12) == 5 and core.cp0("Status") != 5


@pytest.mark.parametrize("insn", ["mfgc0 $8, $12", "dmtgc0 $8, $12", "tlbgp", "tlbgwi", "tlbginvf"])
def test_root_vz_instructions_in_root_user_mode_are_cpu(insn):
    core = vz_core()
    t = trap(core, VIRT + f"p: {insn}\n nop\n", mode="user")
    assert (t.code, t.pc) == (Exc.CpU, t.labels["p"]), t


# ---------------------------------------------------------------- TLBG* one by one

VA_A, VA_B, VA_C, VA_D = 0x40000000, 0x40010000, 0x40020000, 0x40030000


def gentry(index, va, asid=0, g=0, rid=1, pa=0x8000, pm=0x6000, root=False):
    """Root asm: GuestCtl1.RID = rid, then TLBGWI (TLBWI with root=True) of one entry."""
    return f"li $8, {rid << 16 | 1:#x}\n mtc0 $8, $10, 4\n" + root_entry_src(
        index, va | asid, entrylo(pa, g=g), entrylo(pa + 0x4000, g=g), pm, guest=not root)


def entries(core):
    return {e["index"]: e for e in core.tlb_entries() if e["valid"]}


def test_tlbgr_reads_a_guest_entry_into_the_guest_context():
    core = vz_core()
    t = trap(core, VIRT + gentry(3, VA_A, asid=7, pa=0x8000) + gentry(4, VA_B, rid=2) + gentry(5, VA_C, root=True)
             + """
    li     $8, 0x10001
    mtc0   $8, $10, 4          # RID = 1
    dmtgc0 $0, $10
    dmtgc0 $0, $2
    dmtgc0 $0, $3
    mtgc0  $0, $5
    li     $8, 3
    mtgc0  $8, $0
    tlbgr                      # entry 3: guest 1
    dmfgc0 $16, $10
    dmfgc0 $17, $2
    dmfgc0 $18, $3
    mfgc0  $19, $5
    mfc0   $20, $10, 4         # RID unchanged
    li     $8, 4
    mtgc0  $8, $0
    tlbgr                      # entry 4: guest 2 -> RID = 2
    dmfgc0 $21, $10
    mfc0   $22, $10, 4
    li     $8, 5
    mtgc0  $8, $0
    tlbgr                      # entry 5: a root entry, not a guest's
    dmfgc0 $23, $10
    dmfgc0 $24, $2
    mfc0   $25, $10, 4
""")
    assert t.completed, t
    g = core.get_gpr
    assert (g(16), g(17), g(18), g(19)) == (VA_A | 7, entrylo(0x8000, g=0), entrylo(0xC000, g=0), 0x6000)
    assert (core.gcp0("EntryHi"), core.gcp0("PageMask")) == (g(23), 0)
    assert (g(20) >> 16) & 0xFF == 1
    assert g(21) == VA_B and (g(22) >> 16) & 0xFF == 2           # TLBGR leaves the entry's GuestID in RID
    assert g(23) == EHINV and g(24) == 0 and (g(25) >> 16) & 0xFF == 2
    assert core.cp0("EntryHi") == VA_C                           # root EntryHi untouched by TLBGR


def test_tlbgwr_ftlb_page_goes_to_the_ftlb_set_and_tlbgp_finds_it():
    core = vz_core()
    va = 0x40038000                                   # FTLB set 7 (16 KB pages, 256 sets)
    t = trap(core, VIRT + f"""
    li     $8, 0x10001
    mtc0   $8, $10, 4
    dli    $8, {va | 9:#x}
    dmtgc0 $8, $10
    dli    $8, {entrylo(0x10000, g=0):#x}
    dmtgc0 $8, $2
    dmtgc0 $8, $3
    li     $8, 0x6000
    mtgc0  $8, $5
    tlbgwr
    mtgc0  $0, $0
    tlbgp
    mfgc0  $16, $0
    dmtc0  $0, $10
    dli    $8, {va | 9:#x}
    dmtc0  $8, $10
    tlbp                       # root probe: not a root entry
    mfc0   $17, $0
""")
    assert t.completed, t
    idx = core.get_gpr(16)
    assert idx >= 64 and (idx - 64) % 256 == 7, idx
    assert core.get_gpr(17) >> 31 & 1
    e = entries(core)[idx]
    assert (e["tag"], e["vpn2"], e["asid"], e["pagemask"], e["group"]) == (tag(1, 1), va, 9, 0x6000, "FTLB")


def test_tlbgwr_other_page_size_goes_to_the_vtlb_above_guest_wired():
    core = vz_core()
    t = trap(core, VIRT + f"""
    li     $8, 0x10001
    mtc0   $8, $10, 4
    li     $8, 20
    mtgc0  $8, $6              # guest Wired
    dli    $8, {VA_D:#x}
    dmtgc0 $8, $10
    dli    $8, {entrylo(0x10000, g=1):#x}
    dmtgc0 $8, $2
    dmtgc0 $8, $3
    li     $8, 0x1fe000
    mtgc0  $8, $5              # 1 MB pages: not the FTLB size
    tlbgwr
    tlbgp
    mfgc0  $16, $0
""")
    assert t.completed, t
    idx = core.get_gpr(16)
    assert 20 <= idx < 64, idx
    e = entries(core)[idx]
    assert (e["tag"], e["pagemask"], e["g"], e["group"]) == (tag(1, 1), 0x1FE000, True, "VTLB")


def tlbginv_setup() -> str:
    return (gentry(0, VA_A, asid=5)                   # guest 1, ASID 5: TLBGINV kills it
            + gentry(1, VA_B, asid=6)                 # guest 1, ASID 6: stays for TLBGINV
            + gentry(2, VA_C, g=1)                    # guest 1, global: stays for TLBGINV
            + gentry(3, VA_A, asid=5, rid=2)          # guest 2: stays
            + gentry(4, VA_A, asid=5, root=True)      # root entry of guest 1 (GPA level): stays
            + gentry(6, VA_D, asid=5, rid=0, root=True))   # root's own entry: stays


def test_tlbginv_removes_only_non_global_entries_of_that_asid_and_guestid():
    core = vz_core()
    t = trap(core, VIRT + tlbginv_setup() + """
    li     $8, 0x10001
    mtc0   $8, $10, 4          # RID = 1
    li     $8, 5
    dmtgc0 $8, $10             # guest EntryHi.ASID = 5
    mtgc0  $0, $0              # Index in the VTLB: the whole VTLB
    tlbginv
""")
    assert t.completed, t
    e = entries(core)
    assert 0 not in e
    assert {i: e[i]["tag"] for i in (1, 2, 3, 4, 6)} == {1: tag(1, 1), 2: tag(1, 1), 3: tag(1, 2),
                                                         4: tag(0, 1), 6: tag(0, 0)}


def test_tlbginvf_removes_every_entry_of_that_guestid_only():
    core = vz_core()
    t = trap(core, VIRT + tlbginv_setup() + """
    li     $8, 0x10001
    mtc0   $8, $10, 4
    mtgc0  $0, $0
    tlbginvf
""")
    assert t.completed, t
    e = entries(core)
    assert not {0, 1, 2} & set(e)
    assert {i: e[i]["tag"] for i in (3, 4, 6)} == {3: tag(1, 2), 4: tag(0, 1), 6: tag(0, 0)}


def test_tlbginv_with_an_ftlb_index_acts_on_that_set_only():
    core = vz_core()
    va = 0x40038000                                   # set 7
    t = trap(core, VIRT + gentry(0, VA_A, asid=5) + f"""
    dli    $8, {va | 5:#x}
    dmtgc0 $8, $10
    tlbgwr                     # guest 1, ASID 5, FTLB set 7
    li     $8, {64 + 7}
    mtgc0  $8, $0
    tlbginv                    # one FTLB set
""")
    assert t.completed, t
    e = entries(core)
    assert 0 in e and e[0]["tag"] == tag(1, 1)        # the VTLB entry stays
    assert not [i for i in e if i >= 64]


# ---------------------------------------------------------------- guest-mode TLB instructions

def test_guest_tlbwi_tlbp_tlbr_use_guestctl1_id():
    core = vz_core()
    pre = gentry(6, VA_B, root=True, rid=3)           # a root entry of GuestID 3, seen by neither
    g = run_guest(core, f"""
    dli   $8, {VA_A | 4:#x}
    dmtc0 $8, $10
    dli   $9, {entrylo(0x8000, g=0):#x}
    dmtc0 $9, $2
    dmtc0 $9, $3
    li    $9, 0x6000
    mtc0  $9, $5
    li    $9, 7
    mtc0  $9, $0
    tlbwi                      # guest entry 7, tag (guest, ID = 1)
    mtc0  $0, $0
    tlbp
    mfc0  $16, $0
    dmtc0 $0, $10
    dmtc0 $0, $2
    li    $9, 7
    mtc0  $9, $0
    tlbr
    dmfc0 $17, $10
    dmfc0 $18, $2
    mfc0  $19, $5
    li    $9, {ROOT_TLB_INDEX}
    mtc0  $9, $0
    tlbr                       # the root GPA entry: not the guest's
    dmfc0 $20, $10
    dli   $8, {VA_B:#x}
    dmtc0 $8, $10
    tlbp                       # entry 6 belongs to root (GuestID 3)
    mfc0  $21, $0
""", gctl1=0x30001, pre=pre)                          # RID = 3, ID = 1 while the guest runs
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    r = core.get_gpr
    assert r(16) == 7 and (r(17), r(18), r(19)) == (VA_A | 4, entrylo(0x8000, g=0), 0x6000)
    assert r(20) == EHINV and r(21) >> 31 & 1
    e = entries(core)
    assert e[7]["tag"] == tag(1, 1) and e[7]["asid"] == 4
    assert (core.cp0("GuestCtl1") >> 16) & 0xFF == 3     # guest TLBR does not touch RID


# ---------------------------------------------------------------- the 2D walk

GPA2, HPA_EVEN, HPA_ODD = 0x800000, 0x500000, 0x520000
GVA2 = 0x40000000


def two_level_pre() -> str:
    return ("li $8, 0x10001\n mtc0 $8, $10, 4\n"
            + root_entry_src(6, GPA2, entrylo(HPA_EVEN), entrylo(HPA_ODD))            # GPA -> HPA (RID 1)
            + root_entry_src(8, GVA2, entrylo(GPA2, g=0), entrylo(GPA2 + 0x4000, g=0), guest=True))   # GVA -> GPA


def test_2d_walk_guest_mapped_access_reaches_the_right_hpa():
    core = vz_core()
    core.phys_write64(HPA_EVEN + 0x10, 0x1111222233334444)
    core.phys_write64(HPA_ODD + 0x20, 0x5555666677778888)
    g = run_guest(core, f"""
    dli  $9, {GVA2:#x}
    ld   $16, 0x10($9)         # even page: GPA 0x800010 -> HPA 0x500010
    ld   $17, 0x4020($9)       # odd page: GPA 0x804020 -> HPA 0x520020
    dli  $8, 0x0badc0ffee
    sd   $8, 0x18($9)
""", pre=two_level_pre())
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    assert core.get_gpr(16) == 0x1111222233334444 and core.get_gpr(17) == 0x5555666677778888
    assert core.phys_read64(HPA_EVEN + 0x18) == 0x0BADC0FFEE
    assert core.phys_read64(GUEST_HPA + 0x18) == 0 and core.phys_read64(GPA2 + 0x18) == 0
    assert core.vz_stats()["guest_exceptions"] == {}


@pytest.mark.parametrize("ux,vec", [(0, 0x000), (1, 0x080)])
def test_guest_refill_of_a_missing_guest_entry_is_the_guests(ux, vec):
    core = vz_core()
    status = ST_UX if ux else 0
    core.set_gcp0("Status", status)
    miss = 0x50006000
    g = run_guest(core, f"""
    li   $8, 0x33
    dmtc0 $8, $10              # guest EntryHi.ASID
    dli  $9, {miss:#x}
    b:   beq $0, $0, 1f
    ld:  lw $10, 8($9)         # in a delay slot
    nop
1:  nop
""", pre=two_level_pre())
    check_exit(core, Exc.GE, GExc.HC, GVA(vec), badinstr=hypcall_word(2 if ux else 1))
    check_guest_exc(core, Exc.TLBL, g["b"], bd=True, badvaddr=miss + 8)
    exp = tlb_fault_regs(miss + 8, 0x33)
    assert {k: core.gcp0(k) for k in exp} == exp, {k: hex(core.gcp0(k)) for k in exp}
    assert core.gcp0("BadInstr") == g.word("ld") and core.gcp0("BadInstrP") == g.word("b")
    assert core.vz_stats()["guest_exceptions"] == {int(Exc.TLBL): 1}
    ts = core.tlb_stats()
    assert ts["guest_refills_taken"] == 1 and ts["gpa_refills"] == 0
    assert core.cp0("BadVAddr") == 0                  # root saw no fault


# ---------------------------------------------------------------- RAD mode

RAD = replace(GS464V, name="gs464v-rad", guestid_bits=0)


def test_rad_mode_has_no_guestid():
    core = vz_core(model=RAD)
    assert core.cp0("GuestCtl0") >> 9 & 1                     # RAD
    t = trap(core, VIRT + "li $8, 0xff00ff\n mtc0 $8, $10, 4\n mfc0 $9, $10, 4\n")
    assert t.completed and core.get_gpr(9) == 0 and core.cp0("GuestCtl1") == 0


def test_rad_mode_root_entries_are_separated_by_root_asid():
    core = vz_core(model=RAD)
    g = run_guest(core, "nop\n", root_asid=5)        # the guest's GPA entry: non-global, ASID 5
    check_exit(core, Exc.GE, GExc.HC, g["__end"])
    e = entries(core)[ROOT_TLB_INDEX]
    assert (e["tag"], e["asid"], e["g"]) == (0, 5, False)   # GuestID 0: only the ASID tells it apart


def test_rad_mode_another_root_asid_misses_the_gpa_entry():
    core = vz_core(model=RAD)
    # the GPA entry has root ASID 5; the guest runs with root ASID 6: its first fetch (GPA 0x1000)
    # finds no root entry -> root XTLB refill (the stub at root EBase + 0x080 breaks)
    run_guest(core, "nop\n", root_asid=5, run_asid=6)
    assert core.exc_code == Exc.Bp and core.exc_epc == GVA(0x080) + 6 * 4
    assert (core.cp0_get(31, 2) >> 2) & 31 == Exc.TLBL
    assert core.cp0("EPC") == GVA(GUEST_CODE) and core.cp0("BadVAddr") == GUEST_CODE
    assert (core.cp0("GuestCtl0") >> 2) & 31 == GExc.GPA
    assert core.vz_stats()["exits"] == {int(Exc.TLBL): 1} and core.tlb_stats()["gpa_refills"] == 1
