"""Kernel-mode assembly tests for the privileged-architecture rules the core must
follow (riscv-tests style: set up, trap, check every register the trap sets).
Rules: ../shared/reference/mips-arch.md §1-3 (PRA, QEMU, Linux) and docs/cp0.md."""

import dataclasses

import pytest

from mipsvm.models.cpu import GS464V

from ..kernel_harness import (CKSEG0, CODE_VA, EHINV, EXC_ADEL, EXC_ADES, EXC_BP, EXC_CPU, EXC_INT,
                              EXC_MCHECK, EXC_MOD, EXC_OV, EXC_RI, EXC_SYS, EXC_TLBL, EXC_TLBRI,
                              EXC_TLBS, EXC_TLBXI, EXC_TR, FTLB_BASE, PG_ELPA, PG_IEC, PG_RIE, PG_XIE,
                              ST_CU1, ST_ERL, ST_FR, ST_KX, ST_SX, ST_TS, ST_UX, STATUS_KERNEL,
                              WRITE_PAIR, assemble_raw, booted_process, check_trap, entrylo,
                              install_stubs, kernel_core, needs_as, trap)

pytestmark = needs_as

XU = 0x120000000                      # an xuseg address nothing maps
RI_WORD = 0xEC000000                  # opcode 0x3B: reserved in MIPS64 R2
TLBWI_AT = "li $8, {idx}\n mtc0 $8, $0\n tlbwi\n"


def hexid(v):
    return f"{v:#x}" if isinstance(v, int) else str(v)


def ftlb_set(va):
    return (va >> 15) % 256           # docs/tlb.md: VPN2 bits above the even/odd bit


# ---- 1. 4 KB VTLB pages ----

def test_4k_vtlb_pair_maps_each_half_to_its_own_frame():
    core = kernel_core()
    va, even, odd = 0x10000000, 0x403000, 0x506000          # frames 4 KB- but not 16 KB-aligned
    core.phys_write64(even + 8, 0xEEEE)
    core.phys_write64(odd + 8, 0x0DD0)
    t = trap(core, WRITE_PAIR + TLBWI_AT.format(idx=3) + """
    ld    $9, 8($4)               # even 4 KB page
    ld    $10, 0x1008($4)         # odd 4 KB page
    sd    $11, 0x1010($4)
probe:
    ld    $12, 0x2000($4)         # just past the 8 KB pair
    """, {4: va, 5: entrylo(even), 6: entrylo(odd), 7: 0, 11: 0x5700})
    assert (core.get_gpr(9), core.get_gpr(10)) == (0xEEEE, 0x0DD0)
    assert core.phys_read64(odd + 0x10) == 0x5700 and core.phys_read64(even + 0x1010) == 0
    check_trap(t, EXC_TLBL, t.labels["probe"], vector="xrefill", badvaddr=va + 0x2000, tlb_asid=0,
               badinstr=t.word("probe"))


# ---- 2. TLBR of an invalid entry changes the ASID ----

def test_tlbr_of_invalid_entry_drops_old_asid_translations():
    core = kernel_core()
    core.phys_write64(0x420000, 0x1234)
    t = trap(core, WRITE_PAIR + TLBWI_AT.format(idx=3) + """
    ld    $9, 0($15)              # fills micro-TLB and translation cache under ASID 5
    li    $8, 7
    mtc0  $8, $0
    tlbr                          # entry 7 was never written
    dmfc0 $10, $10
    mfc0  $11, $5
    dmfc0 $12, $2
    dmfc0 $13, $3
probe:
    ld    $14, 0($15)             # ASID is now 0: no entry matches
    """, {4: XU | 5, 5: entrylo(0x420000, g=0), 6: entrylo(0x424000, g=0), 7: 0x6000, 15: XU})
    assert core.get_gpr(9) == 0x1234
    assert [core.get_gpr(r) for r in (10, 11, 12, 13)] == [EHINV, 0, 0, 0]   # mips-arch.md §3 TLBR
    # EntryHi keeps the EHINV TLBR left there (item 13)
    check_trap(t, EXC_TLBL, t.labels["probe"], vector="xrefill", badvaddr=XU, tlb_asid=0, ehinv=True,
               badinstr=t.word("probe"))


# ---- 3. Loongson Diag (22,0) ----

@pytest.mark.parametrize("bit,flushed", [(12, "VTLB"), (13, "FTLB")])
def test_diag_invalidates_vtlb_or_ftlb(bit, flushed):
    core = kernel_core()
    vva, fva = XU, 0x130000000                               # VTLB 64 KB pair, FTLB 16 KB pair
    core.phys_write64(0x400000, 0x7777)
    core.phys_write64(0x420000, 0xFFFF)
    t = trap(core, """
    li    $8, 1
    mtc0  $8, $6                  # Wired = 1: entry 0 is wired
    """ + WRITE_PAIR + TLBWI_AT.format(idx=0) + """
    dmtc0 $16, $10
    dmtc0 $17, $2
    dmtc0 $18, $3
    mtc0  $19, $5
    mtc0  $20, $0
    tlbwi
    ld    $9, 0($4)
    ld    $9, 0($16)
    mtc0  $21, $22                # Diag
    mfc0  $10, $22
    ld    $11, 0($22)             # the surviving entry still translates
probe:
    ld    $12, 0($23)
    """, {4: vva, 5: entrylo(0x400000), 6: entrylo(0x410000), 7: 0x1E000,
          16: fva, 17: entrylo(0x420000), 18: entrylo(0x424000), 19: 0x6000, 20: FTLB_BASE + ftlb_set(fva),
          21: 1 << bit, 22: fva if flushed == "VTLB" else vva, 23: vva if flushed == "VTLB" else fva})
    assert core.get_gpr(10) == 0                             # the flush bits read 0 (docs/cp0.md)
    assert core.get_gpr(11) == (0xFFFF if flushed == "VTLB" else 0x7777)
    gone = vva if flushed == "VTLB" else fva
    check_trap(t, EXC_TLBL, t.labels["probe"], vector="xrefill", badvaddr=gone, tlb_asid=0,
               badinstr=t.word("probe"))
    groups = {g: [e["valid"] for e in core.tlb_entries() if e["group"] == g] for g in ("VTLB", "FTLB")}
    assert not any(groups[flushed])
    assert sum(groups["FTLB" if flushed == "VTLB" else "VTLB"]) == 1


def test_diag_bits_2_3_flush_only_micro_tlbs():
    """PerfCtl events 0x1A/0x1B count micro-ITLB/DTLB misses (docs/cp0.md)."""
    core = kernel_core()
    core.phys_write(0x440000, assemble_raw("jr $31\n nop")[0])
    code = """
    ld    $9, 0($4)
    jalr  $5
    nop
    """
    t = trap(core, f"""
    dmtc0 $16, $10
    dmtc0 $17, $2
    dmtc0 $18, $3
    mtc0  $7, $5
    {TLBWI_AT.format(idx=1)}
    dmtc0 $19, $10
    dmtc0 $20, $2
    dmtc0 $21, $3
    {TLBWI_AT.format(idx=2)}
    li    $8, (0x1B << 5) | 2     # PerfCtl0: DTLB misses, K
    mtc0  $8, $25, 0
    dmtc0 $zero, $25, 1
    li    $8, (0x1A << 5) | 2     # PerfCtl1: ITLB misses, K
    mtc0  $8, $25, 2
    dmtc0 $zero, $25, 3
    {code}{code}
    dmfc0 $10, $25, 1
    dmfc0 $11, $25, 3
    li    $8, 4
    mtc0  $8, $22                 # Diag.ITLB
    mfc0  $12, $22
    {code}
    dmfc0 $13, $25, 1
    dmfc0 $14, $25, 3
    li    $8, 8
    mtc0  $8, $22                 # Diag.DTLB
    mfc0  $15, $22
    {code}
    dmfc0 $22, $25, 1
    dmfc0 $23, $25, 3
    """, {4: XU, 5: 0x140000000, 7: 0x6000, 16: XU, 17: entrylo(0x420000), 18: entrylo(0x424000),
          19: 0x140000000, 20: entrylo(0x440000), 21: entrylo(0x444000)})
    assert t.completed, t                                   # no refill: the JTLB entries survive
    assert [core.get_gpr(r) for r in (10, 11, 12, 13, 14, 15, 22, 23)] == [1, 1, 0, 1, 2, 0, 2, 2]
    assert [e["valid"] for e in core.tlb_entries()[1:3]] == [True, True]


# ---- 4. EBase.WG ----

def test_ebase_wg_gates_upper_bits_like_linux_probe():
    """QEMU helper_mtc0_ebase; Linux cpu-probe.c / traps.c configure_exception_vector."""
    core = kernel_core()
    install_stubs(core, 0x300000)
    t = trap(core, """
    mtc0  $8, $15, 1
    dmfc0 $9, $15, 1
    dmtc0 $10, $15, 1
    dmfc0 $11, $15, 1
    mtc0  $12, $15, 1
    dmfc0 $13, $15, 1
probe:
    ld    $14, 0($4)
    """, {8: 0x80000800, 10: 0x9800000000300800, 12: 0x00300000, 4: XU})
    assert [core.get_gpr(r) for r in (9, 11, 13)] == [0xFFFFFFFF80000800, 0x9800000000300800, 0x9800000000300000]
    assert 0x9800000000300080 <= t.pc < 0x9800000000300100     # the stub, fetched through xkphys
    check_trap(t, EXC_TLBL, t.labels["probe"], vector="xrefill", badvaddr=XU, tlb_asid=0)
    # WG=0: bits 63:30 stay, 29:12 are written, CPUNum (9:0) is read-only
    t = trap(core, "dmtc0 $8, $15, 1\n dmfc0 $9, $15, 1", {8: 0x40000000004003FF})
    assert t.completed and core.get_gpr(9) == 0x9800000000400000


# ---- 5. refill vector selection ----

K = ST_CU1 | ST_FR


@pytest.mark.parametrize("va,status,vector", [
    (0x1000, K | ST_SX | ST_KX, "refill"),                   # R=0, UX=0
    (0x1000, K | ST_UX, "xrefill"),                          # R=0, UX=1
    (0xFFFFFFFFC0001000, K | ST_UX | ST_SX, "refill"),       # cksseg, KX=0
    (0xFFFFFFFFC0001000, K | ST_KX, "xrefill"),              # cksseg, KX=1
    (0xFFFFFFFFE0001000, K | ST_UX | ST_SX, "refill"),       # ckseg3, KX=0
    (0x4000000000001000, K | ST_SX, "xrefill"),              # xsseg: SX
    (0xC000000000001000, K | ST_KX, "xrefill"),              # xkseg: KX
], ids=hexid)
def test_refill_vector_follows_the_segments_64bit_enable(va, status, vector):
    core = kernel_core(status)
    t = trap(core, "probe: ld $9, 0($4)", {4: va})
    check_trap(t, EXC_TLBL, t.labels["probe"], vector=vector, badvaddr=va, tlb_asid=0, badinstr=t.word("probe"))


def test_miss_with_exl_set_goes_to_general_vector_and_keeps_epc():
    core = kernel_core()
    t = trap(core, """
    dmtc0 $5, $14
    mfc0  $8, $12
    ori   $8, $8, 2
    mtc0  $8, $12                 # EXL=1
probe:
    ld    $9, 0($4)
    """, {4: XU, 5: 0xFFFFFFFF80123450})
    assert t.pc == t.labels["probe"]
    check_trap(t, EXC_TLBL, 0xFFFFFFFF80123450, badvaddr=XU, tlb_asid=0, badinstr=t.word("probe"))


# ---- 6. segments ----

def probe_segment(mode, va, op, status, expect):
    """Access va with lw/sw in mode; expect "ade", "refill", "xrefill" or a PA (unmapped)."""
    core = kernel_core(status if mode == "kernel" else STATUS_KERNEL)
    if isinstance(expect, int):
        core.phys_write64(expect, 0x5A5A5A5A5A5A5A5A)
    t = trap(core, f"probe: {op} $9, 0($4)", {4: va, 9: 0x3C3C3C3C}, mode=mode, status=status)
    store = op == "sw"
    if expect == "ade":
        check_trap(t, EXC_ADES if store else EXC_ADEL, t.labels["probe"], badvaddr=va, badinstr=t.word("probe"))
    elif expect in ("refill", "xrefill"):
        check_trap(t, EXC_TLBS if store else EXC_TLBL, t.labels["probe"], vector=expect, badvaddr=va,
                   tlb_asid=0, badinstr=t.word("probe"))
    else:
        assert t.completed, t
        if store:
            assert core.phys_read64(expect) == 0x5A5A5A5A3C3C3C3C
        else:
            assert core.get_gpr(9) == 0x5A5A5A5A


@pytest.mark.parametrize("va,op,status,expect", [
    (0x7FFFF000, "lw", K, "refill"),                         # useg always; UX=0 -> 32-bit refill
    (0x80000000, "lw", K | ST_UX, "xrefill"),                # xuseg with UX (UX=0 wraps addresses: QEMU AWRAP)
    (0xFFFFFFFFF000, "sw", K | ST_UX, "xrefill"),            # last xuseg page (SEGBITS 48)
    (1 << 48, "lw", K | ST_UX, "ade"),
    (0x4000000000001000, "lw", K | ST_UX | ST_SX, "ade"),   # xsseg
    (0x9800000000001000, "sw", K | ST_UX | ST_KX, "ade"),   # xkphys
    (0xFFFFFFFF80001000, "lw", K | ST_UX | ST_KX, "ade"),   # ckseg0
    (0xFFFFFFFFC0001000, "lw", K | ST_UX | ST_KX, "ade"),   # cksseg
], ids=hexid)
def test_user_segments(va, op, status, expect):
    probe_segment("user", va, op, status, expect)


S = K | ST_UX | ST_SX | ST_KX


@pytest.mark.parametrize("va,op,status,expect", [
    (0x1000, "lw", S, "xrefill"),
    (0x80000000, "lw", S & ~ST_UX, "ade"),
    (0x4000000000001000, "lw", S, "xrefill"),                # xsseg, SX=1
    (0x4000000000001000, "sw", S & ~ST_SX, "ade"),
    (0x4000FFFFFFFFF000, "lw", S, "xrefill"),
    (0x4001000000000000, "lw", S, "ade"),
    (0xFFFFFFFFC0201000, "lw", S, "xrefill"),                # cksseg (the code runs there too)
    (0xFFFFFFFF80001000, "lw", S, "ade"),                    # ckseg0
    (0xFFFFFFFFA0001000, "lw", S, "ade"),                    # ckseg1
    (0xFFFFFFFFE0001000, "lw", S, "ade"),                    # ckseg3
    (0x9800000000001000, "lw", S, "ade"),                    # xkphys
    (0xC000000000001000, "sw", S, "ade"),                    # xkseg
], ids=hexid)
def test_supervisor_segments(va, op, status, expect):
    probe_segment("supervisor", va, op, status, expect)


@pytest.mark.parametrize("va,op,status,expect", [
    (0x80000000, "lw", S & ~ST_UX, "ade"),                   # xuseg needs UX in kernel mode too
    (0x80000000, "sw", S & ~ST_UX, "ade"),
    (0x80000000, "lw", S, "xrefill"),
    (0x9800000000340000, "lw", S, 0x340000),                 # xkphys: PA = VA[47:0]
    (0x9000000000340008, "sw", S, 0x340008),
    (0x9800000000340000, "lw", S & ~ST_KX, "ade"),
    (0x9801000000340000, "lw", S, "ade"),                    # VA[58:48] != 0
    (0xC000000000001000, "lw", S, "xrefill"),                # xkseg
    (0xC000000000001000, "lw", S & ~ST_KX, "ade"),
    (0xC000FFFF7FFFF000, "lw", S, "xrefill"),                # last xkseg page
    (0xC000FFFF80000000, "lw", S, "ade"),                    # past xkseg's 2^48 - 2^31 bytes
    (0xFFFFFFFF7FFFF000, "lw", S, "ade"),
    (0x4000000000001000, "lw", S, "xrefill"),                # xsseg (QEMU: SX)
    (0xFFFFFFFF80340010, "lw", S, 0x340010),                 # ckseg0: PA = VA[28:0]
    (0xFFFFFFFFA0340018, "sw", S, 0x340018),                 # ckseg1
    (0xFFFFFFFFC0001000, "lw", S, "xrefill"),                # cksseg mapped
    (0xFFFFFFFFE0001000, "sw", S, "xrefill"),                # ckseg3 mapped
    (0x00340020, "lw", S | ST_ERL, 0x340020),                # ERL: useg unmapped, PA = VA
    (0x00340028, "sw", S | ST_ERL, 0x340028),
    (0x80000000, "lw", S | ST_ERL, "xrefill"),               # ERL: only the low 2 GB
], ids=hexid)
def test_kernel_segments(va, op, status, expect):
    probe_segment("kernel", va, op, status, expect)


# ---- 7. 32-bit MTC0/MFC0 of EntryLo ----

@pytest.mark.parametrize("pagegrain,lo64,lo32", [
    (PG_RIE | PG_XIE, 0xC000000001234557, 0xFFFFFFFFC1234557),
    (PG_RIE, 0x8000000001234557, 0xFFFFFFFF81234557),
    (PG_XIE, 0x4000000001234557, 0x0000000041234557),
    (0, 0x0000000001234557, 0x0000000001234557),
], ids=hexid)
def test_mtc0_entrylo_moves_bits_31_30_to_ri_xi(pagegrain, lo64, lo32):
    """GPR bit 31 -> RI, bit 30 -> XI (QEMU mtc0_entrylo); MFC0 shows RI/XI at 31:30."""
    core = kernel_core()
    t = trap(core, """
    mtc0  $20, $5, 1              # PageGrain
    mtc0  $8, $2
    mtc0  $8, $3
    dmfc0 $9, $2
    dmfc0 $10, $3
    mfc0  $11, $2
    mfc0  $12, $3
    """, {8: 0xFFFFFFFFC1234557, 20: pagegrain})
    assert t.completed, t
    assert [core.get_gpr(r) for r in (9, 10, 11, 12)] == [lo64, lo64, lo32, lo32]


def test_mfc0_entrylo_shows_ri_xi_not_pfn_bits_31_30():
    core = kernel_core()
    t = trap(core, "mtc0 $20, $5, 1\n dmtc0 $8, $2\n dmfc0 $9, $2\n mfc0 $10, $2",
             {8: 0xC0000017, 20: PG_RIE | PG_XIE | PG_ELPA})
    assert t.completed and (core.get_gpr(9), core.get_gpr(10)) == (0xC0000017, 0x17)


# ---- 8. RI/XI and ELPA gated by PageGrain ----

@pytest.mark.parametrize("pagegrain", [0, PG_RIE, PG_XIE, PG_ELPA, PG_RIE | PG_XIE | PG_ELPA], ids=hexid)
def test_entrylo_ri_xi_and_high_pfn_need_pagegrain(pagegrain):
    """QEMU dmtc0_entrylo: RI/XI only with RIE/XIE, PFN bits 41:30 only with ELPA."""
    hi_pfn = (1 << 41) | (1 << 30)
    core = kernel_core()
    t = trap(core, "mtc0 $20, $5, 1\n dmtc0 $8, $2\n dmtc0 $8, $3\n dmfc0 $9, $2\n dmfc0 $10, $3",
             {8: (3 << 62) | hi_pfn | 0x17, 20: pagegrain})
    want = 0x17 | (1 << 63 if pagegrain & PG_RIE else 0) | (1 << 62 if pagegrain & PG_XIE else 0) \
        | (hi_pfn if pagegrain & PG_ELPA else 0)
    assert t.completed and (core.get_gpr(9), core.get_gpr(10)) == (want, want)


RIXI_PAIR = WRITE_PAIR + TLBWI_AT.format(idx=3)               # even page RI, odd page XI


def rixi_core(pagegrain):
    core = kernel_core()
    core.phys_write64(0x420000, 0x4242)
    core.phys_write(0x424000, assemble_raw("jr $31\n nop")[0])
    regs = {4: XU, 5: entrylo(0x420000, ri=1), 6: entrylo(0x424000, xi=1), 7: 0x6000, 20: pagegrain, 21: XU + 0x4000}
    return core, regs


@pytest.mark.parametrize("access,pagegrain,code", [
    ("load", PG_RIE | PG_IEC, EXC_TLBRI),
    ("load", PG_RIE, EXC_TLBL),
    ("fetch", PG_XIE | PG_IEC, EXC_TLBXI),
    ("fetch", PG_XIE, EXC_TLBL),
], ids=hexid)
def test_ri_xi_violations(access, pagegrain, code):
    """PRA / QEMU r4k_map_address: TLBRI/TLBXI with PageGrain.IEC, else TLBL; general vector."""
    core, regs = rixi_core(pagegrain)
    probe = "probe: ld $9, 0($4)" if access == "load" else "jalr $21\n nop"
    t = trap(core, "mtc0 $20, $5, 1\n" + RIXI_PAIR + probe, regs)
    if access == "load":
        check_trap(t, code, t.labels["probe"], badvaddr=XU, tlb_asid=0, badinstr=t.word("probe"))
    else:                                                    # the fault is on the target's fetch
        assert t.pc == XU + 0x4000
        check_trap(t, code, XU + 0x4000, badvaddr=XU + 0x4000, tlb_asid=0)


def test_ri_xi_not_enforced_once_pagegrain_clears_them():
    core, regs = rixi_core(PG_RIE | PG_XIE)
    t = trap(core, "mtc0 $20, $5, 1\n" + RIXI_PAIR + """
    mtc0  $zero, $5, 1            # RIE = XIE = 0
    ld    $9, 0($4)
    jalr  $21
    nop
    """, regs)
    assert t.completed, t
    assert core.get_gpr(9) == 0x4242


def test_host_kernel_boot_sets_pagegrain_like_linux():
    """tlb-r4k.c r4k_tlb_configure: RIE|XIE|ELPA, and IEC (cpu-probe keeps it when it sticks)."""
    proc = booted_process()
    assert proc.model.cpu.cp0_get(5, 1) & 0xFFFFFFFF == PG_RIE | PG_XIE | PG_ELPA | PG_IEC


# ---- 9. DMFC0 of 32-bit registers ----

def test_dmfc0_of_32bit_registers_sign_extends():
    core = kernel_core()
    t = trap(core, """
    dmtc0 $4, $10
    tlbp                          # miss: Index.P
    mfc0  $9, $0
    dmfc0 $10, $0
    mtc0  $5, $5, 1               # PageGrain.RIE (bit 31)
    mfc0  $11, $5, 1
    dmfc0 $12, $5, 1
    """, {4: XU, 5: PG_RIE})
    assert t.completed
    assert [core.get_gpr(r) for r in (9, 10, 11, 12)] == [0xFFFFFFFF80000000] * 4


# ---- 10. TLBWI into the FTLB ----

FVA = 0x130000000                                            # FTLB set 0


def old_va(index):
    return 0x140000000 + (((index - FTLB_BASE) % 256) << 15)   # a VA of index's set


@pytest.mark.parametrize("index,mask,ehinv,outcome", [
    (FTLB_BASE + ftlb_set(FVA), 0x1E000, False, "mcheck"),   # not the FTLB page size
    (FTLB_BASE + ftlb_set(FVA) + 1, 0x6000, False, "mcheck"),  # VPN2 of another set
    (FTLB_BASE + 256 + ftlb_set(FVA), 0x6000, False, "written"),  # way 1, right set
    (FTLB_BASE + ftlb_set(FVA) + 1, 0x1E000, True, "invalidated"),  # EHINV writes are not checked
], ids=hexid)
def test_tlbwi_into_ftlb_checks_size_and_set(index, mask, ehinv, outcome):
    core = kernel_core()
    t = trap(core, WRITE_PAIR + TLBWI_AT.format(idx=index) + """
    dmtc0 $16, $10
    mtc0  $17, $5
probe:
    tlbwi
    """, {4: old_va(index), 5: 0x47, 6: 0x87, 7: 0x6000, 16: FVA | (EHINV if ehinv else 0), 17: mask})
    e = core.tlb_entries()[index]
    if outcome == "mcheck":                                  # PRA: Machine Check, Status.TS
        check_trap(t, EXC_MCHECK, t.labels["probe"])
        assert t.cp0["Status"] & ST_TS
        assert e["valid"] and e["vpn2"] == old_va(index)      # not written
    else:
        assert t.completed, t
        assert e["valid"] == (outcome == "written")
        assert outcome != "written" or (e["vpn2"], e["pagemask"]) == (FVA, 0x6000)


@pytest.mark.parametrize("mask", [0, 0x6000, 0x1E000, 0x1FFFE000], ids=hexid)
def test_tlbwi_into_vtlb_accepts_any_valid_pagemask(mask):
    core = kernel_core()
    t = trap(core, WRITE_PAIR + TLBWI_AT.format(idx=5), {4: 0x40000000, 5: 0x47, 6: 0x87, 7: mask})
    e = core.tlb_entries()[5]
    assert t.completed and e["valid"] and e["pagemask"] == mask


# ---- 11. ERET in a delay slot ----

def test_eret_in_delay_slot_is_reserved_instruction():
    """ERL=1 makes the ERET meaningful while still letting the RI set EPC/BD (they
    are written only with EXL=0, PRA 6.2): had ERET run, ERL would be 0 and pc = escape."""
    core = kernel_core()
    t = trap(core, """
    bal   1f
    nop
1:  daddiu $4, $31, escape - 1b
    dmtc0 $4, $30                 # ErrorEPC = escape
    mfc0  $8, $12
    ori   $8, $8, 4
    mtc0  $8, $12                 # ERL=1
br: beq   $zero, $zero, escape
probe:
    eret
    break
escape:
    break
    """)
    check_trap(t, EXC_RI, t.labels["br"], bd=True, badinstr=t.word("probe"), badinstrp=t.word("br"))
    assert t.pc == t.labels["br"] and t.cp0["Status"] & ST_ERL and t.cp0["ErrorEPC"] == t.labels["escape"]


# ---- 12. BadInstr / BadInstrP ----

DS = "br: beq $zero, $zero, 1f\n"


@pytest.mark.parametrize("src,regs,code,mode", [
    ("probe: syscall", {}, EXC_SYS, "kernel"),
    (DS + "probe: break 7\n1: nop", {}, EXC_BP, "kernel"),
    (DS + f"probe: .word {RI_WORD:#x}\n1: nop", {}, EXC_RI, "kernel"),
    ("probe: mfc0 $8, $12", {}, EXC_CPU, "user"),
    ("probe: add $8, $9, $10", {9: 0x7FFFFFFF, 10: 1}, EXC_OV, "kernel"),
    ("br: bne $9, $zero, 1f\nprobe: teq $zero, $zero\n1: nop", {9: 1}, EXC_TR, "kernel"),
    (DS + "probe: ld $8, 0($4)\n1: nop", {4: XU}, EXC_TLBL, "kernel"),
    ("probe: lw $8, 2($4)", {4: CKSEG0 + 0x340000}, EXC_ADEL, "kernel"),
    ("br: jr $5\nprobe: sd $8, 0($4)", {4: 0x9801000000000000, 5: 0}, EXC_ADES, "kernel"),
], ids=["sys", "bp_ds", "ri_ds", "cpu_user", "ov", "tr_ds", "tlb_ds", "adel", "ades_ds"])
def test_badinstr_on_synchronous_exceptions(src, regs, code, mode):
    core = kernel_core()
    t = trap(core, src, regs, mode=mode)
    in_ds = "br" in t.labels
    bad = {EXC_TLBL: XU, EXC_ADEL: CKSEG0 + 0x340002, EXC_ADES: 0x9801000000000000}.get(code)
    check_trap(t, code, t.labels["br" if in_ds else "probe"], bd=in_ds, badvaddr=bad,
               vector="xrefill" if code == EXC_TLBL else "general", tlb_asid=0 if code == EXC_TLBL else None,
               badinstr=t.word("probe"), badinstrp=t.word("br") if in_ds else None)
    if code == EXC_CPU:
        assert (t.cp0["Cause"] >> 28) & 3 == 0                # CE = 0 (CP0)


PRIMED = {"BadInstr": 0x0BAD0001, "BadInstrP": 0x0BAD0002}


def primed_core():
    core = kernel_core()
    core.cp0_poke(8, 1, PRIMED["BadInstr"])
    core.cp0_poke(8, 2, PRIMED["BadInstrP"])
    return core


@pytest.mark.parametrize("target,code,vector", [
    (CODE_VA + 0x1002, EXC_ADEL, "general"),                 # misaligned fetch
    (XU, EXC_TLBL, "xrefill"),                               # refill on the fetch
], ids=hexid)
def test_fetch_faults_leave_badinstr_alone(target, code, vector):
    t = trap(primed_core(), "jr $4\n nop", {4: target})
    check_trap(t, code, target, vector=vector, badvaddr=target, tlb_asid=0 if code == EXC_TLBL else None,
               badinstr=PRIMED["BadInstr"], badinstrp=PRIMED["BadInstrP"])


def test_interrupt_leaves_badinstr_alone():
    t = trap(primed_core(), """
    li    $8, 100
    mtc0  $8, $9                  # Count
    li    $8, 140
    mtc0  $8, $11                 # Compare
    mfc0  $8, $12
    ori   $8, $8, 0x8001          # IM7 | IE
    mtc0  $8, $12
spin:
    b     spin
    nop
    """, limit=2000)
    check_trap(t, EXC_INT, t.labels["spin"], badinstr=PRIMED["BadInstr"], badinstrp=PRIMED["BadInstrP"])
    assert t.cp0["Cause"] & (1 << 30 | 1 << 15) == 1 << 30 | 1 << 15    # TI, IP7


# ---- 13. EntryHi.EHINV kept on TLB exceptions ----

@pytest.mark.parametrize("kind", ["refill", "mod"])
def test_tlb_exception_keeps_entryhi_ehinv_and_asid(kind):
    """QEMU raise_mmu_exception: VPN2 from the address, ASID and EHINV kept."""
    core = kernel_core()
    t = trap(core, WRITE_PAIR + TLBWI_AT.format(idx=3) + """
    dmtc0 $15, $10                # EntryHi = EHINV | ASID 7
probe:
    sd    $9, 0($16)
    """, {4: XU | 7, 5: entrylo(0x420000, d=0, g=0), 6: entrylo(0x424000, d=0, g=0), 7: 0x6000,
          15: EHINV | 7, 16: XU if kind == "mod" else XU + 0x100000})
    va = core.get_gpr(16)
    check_trap(t, EXC_MOD if kind == "mod" else EXC_TLBS, t.labels["probe"],
               vector="general" if kind == "mod" else "xrefill", badvaddr=va, tlb_asid=7, ehinv=True,
               badinstr=t.word("probe"))


# ---- 14. PageMask normalisation and the other dynamic CP0 rules ----

@pytest.mark.parametrize("written,stored", [
    (0x2000, 0), (0xA000, 0), (0xE000, 0), (0x8000, 0),      # not an even run of ones from bit 13
    (0x6000, 0x6000), (0x1E000, 0x1E000), (0x01FFE000, 0x01FFE000), (0x1FFFE000, 0x1FFFE000),
    (0x7FFFE000, 0x1FFFE000),                                # bits above 28 not writable
], ids=hexid)
def test_pagemask_invalid_values_store_zero(written, stored):
    """QEMU compute_pagemask; mask field 28:13 (docs/cp0.md)."""
    core = kernel_core()
    t = trap(core, "mtc0 $8, $5\n mfc0 $9, $5", {8: written})
    assert t.completed and core.get_gpr(9) == stored


def test_wired_write_resets_random_to_vtlb_top():
    core = kernel_core()
    t = trap(core, "li $8, 5\n mtc0 $8, $6\n mfc0 $9, $1")
    assert t.completed and core.get_gpr(9) == 63


def test_compare_write_clears_timer_interrupt():
    core = kernel_core()
    t = trap(core, """
    li    $8, 1000
    mtc0  $8, $9
    li    $8, 1050
    mtc0  $8, $11
    li    $11, 300
1:  bnez  $11, 1b
    addiu $11, $11, -1
    mfc0  $12, $13                # TI, IP7 set (IE=0: no interrupt)
    li    $8, 100000
    mtc0  $8, $11
    mfc0  $13, $13
    """)
    ti_ip7 = 1 << 30 | 1 << 15
    assert t.completed
    assert (core.get_gpr(12) & ti_ip7, core.get_gpr(13) & ti_ip7) == (ti_ip7, 0)


# ---- 15. advertise what works: a CPU model without the VZ module ----

NO_VZ = dataclasses.replace(GS464V, name="gs464v_novz", vz=False)


def test_config3_advertises_vz_only_when_implemented():
    core = kernel_core(model=NO_VZ)
    t = trap(core, "mfc0 $9, $16, 3")
    assert t.completed and not core.get_gpr(9) & (1 << 23)
    core = kernel_core()                                   # gs464v has VZ
    t = trap(core, "mfc0 $9, $16, 3")
    assert t.completed and core.get_gpr(9) & (1 << 23)


@pytest.mark.parametrize("reg,sel", [(12, 6), (11, 4), (10, 4), (10, 5), (12, 7)],
                         ids=["GuestCtl0", "GuestCtl0Ext", "GuestCtl1", "GuestCtl2", "GTOffset"])
def test_vz_registers_read_zero_and_ignore_writes_without_vz(reg, sel):
    core = kernel_core(model=NO_VZ)
    t = trap(core, f"""
    mfc0  $9, ${reg}, {sel}
    li    $8, -1
    mtc0  $8, ${reg}, {sel}
    mfc0  $10, ${reg}, {sel}
    dmtc0 $8, ${reg}, {sel}
    dmfc0 $11, ${reg}, {sel}
    """)
    assert t.completed and [core.get_gpr(r) for r in (9, 10, 11)] == [0, 0, 0]
