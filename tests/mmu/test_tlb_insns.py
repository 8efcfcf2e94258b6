"""CP0 and TLB instructions executed in kernel mode, checked instruction by
instruction against the PRA rules in ../shared/reference/mips-arch.md §3."""

import os
import shutil
import subprocess
import tempfile

import pytest

from mipsvm.core import Core, EVENT_EXCEPTION
from mipsvm.cp0 import Exc
from mipsvm.host.kernel import reset_and_masks

AS = "mips64el-linux-gnuabi64-as"
OBJCOPY = "mips64el-linux-gnuabi64-objcopy"
pytestmark = pytest.mark.skipif(shutil.which(AS) is None, reason="needs the cross assembler")

CODE_PA = 0x200000
CODE_VA = 0xFFFFFFFF80000000 + CODE_PA          # ckseg0: unmapped
EXC_BP, EXC_MCHECK, EXC_CPU, EXC_TLBL = Exc.Bp, Exc.MCheck, Exc.CpU, Exc.TLBL
FTLB_BASE = 64


def assemble(src: str) -> bytes:
    with tempfile.TemporaryDirectory() as d:
        s, o, b = (os.path.join(d, n) for n in ("t.S", "t.o", "t.bin"))
        with open(s, "w") as f:
            f.write("\t.set noreorder\n\t.set noat\n\t.set mips64r2\n\t.text\n" + src + "\n\tbreak\n\tnop\n")
        r = subprocess.run([AS, "-march=mips64r2", "-mabi=64", "-EL", "-o", o, s], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        subprocess.run([OBJCOPY, "-O", "binary", "-j", ".text", o, b], check=True)
        with open(b, "rb") as f:
            return f.read()


def kernel_core(**geometry):
    core = Core(16 << 20, tlb_mode=True, **geometry)
    resets, masks = reset_and_masks()
    core.cp0_load(resets, masks)
    core.cp0_poke(12, 0, (1 << 29) | (1 << 26) | 0xE0)     # kernel mode: KSU=0, EXL=ERL=0, KX/SX/UX
    core.cp0_poke(15, 1, 0xFFFFFFFF80000000)               # EBase
    return core


def run_kernel(core, src, regs=None, limit=10000):
    core.phys_write(CODE_PA, assemble(src))
    for r, v in (regs or {}).items():
        core.set_gpr(r, v)
    core.pc = CODE_VA
    ev = core.run(core.icount + limit)
    assert ev == EVENT_EXCEPTION, "snippet did not reach its break"
    return core.exc_code


def entry_by_index(core, i):
    return core.tlb_entries()[i]


WRITE_PAIR = """
    dmtc0 $4, $10          # EntryHi = a0
    dmtc0 $5, $2           # EntryLo0 = a1
    dmtc0 $6, $3           # EntryLo1 = a2
    mtc0  $7, $5           # PageMask = a3
"""


def test_tlbwi_tlbp_tlbr_round_trip():
    core = kernel_core()
    code = run_kernel(core, WRITE_PAIR + """
    li    $8, 5
    mtc0  $8, $0           # Index = 5
    tlbwi
    dmtc0 $zero, $10       # clobber EntryHi, then probe for the written VA
    dmtc0 $4, $10
    tlbp
    mfc0  $9, $0           # t1 = Index found
    dmtc0 $zero, $2
    tlbr
    dmfc0 $10, $2          # t2 = EntryLo0 read back
    dmfc0 $11, $10         # t3 = EntryHi read back
    mfc0  $12, $5          # t4 = PageMask
    """, {4: 0x120004000 | 7, 5: (0x1234 << 6) | 0x7, 6: (0x1238 << 6) | 0x6, 7: 0x6000})
    assert code == EXC_BP
    assert core.get_gpr(9) == 5
    assert core.get_gpr(10) == (0x1234 << 6) | 0x6           # G is reported per entry: only if both halves set it
    assert core.get_gpr(11) == 0x120000000 | 7               # VPN2 masked by the 32 KB pair, ASID 7
    assert core.get_gpr(12) == 0x6000
    e = entry_by_index(core, 5)
    assert e["valid"] and e["group"] == "VTLB" and e["asid"] == 7


def test_tlbp_miss_sets_probe_bit():
    core = kernel_core()
    run_kernel(core, "dmtc0 $4, $10\n tlbp\n mfc0 $9, $0", {4: 0x5550000})
    assert core.get_gpr(9) & 0xFFFFFFFF == 0x80000000


def test_tlbwr_places_16k_pairs_in_the_ftlb_set_and_huge_in_the_vtlb():
    core = kernel_core()
    va = 0x7_1234_8000
    run_kernel(core, WRITE_PAIR + "tlbwr", {4: va, 5: 0x47, 6: 0x87, 7: 0x6000})
    written = [e for e in core.tlb_entries() if e["valid"]]
    assert len(written) == 1 and written[0]["group"] == "FTLB"
    assert (written[0]["index"] - FTLB_BASE) % 256 == (va >> 15) % 256     # set from VPN2
    core2 = kernel_core()
    run_kernel(core2, "li $8, 3\n mtc0 $8, $6\n" + WRITE_PAIR + "tlbwr",   # Wired = 3
               {4: 0x4000000, 5: 0x47, 6: 0x40047, 7: 0x01FFE000})
    written = [e for e in core2.tlb_entries() if e["valid"]]
    assert len(written) == 1 and written[0]["group"] == "VTLB" and 3 <= written[0]["index"] < 64
    assert written[0]["pagemask"] == 0x01FFE000


def test_ftlb_disabled_by_config6_sends_everything_to_the_vtlb():
    core = kernel_core()
    run_kernel(core, "mfc0 $8, $16, 6\n lui $9, 0x40\n or $8, $8, $9\n mtc0 $8, $16, 6\n" + WRITE_PAIR + "tlbwr",
               {4: 0x120000000, 5: 0x47, 6: 0x87, 7: 0x6000})
    written = [e for e in core.tlb_entries() if e["valid"]]
    assert len(written) == 1 and written[0]["group"] == "VTLB"


def test_duplicate_entry_raises_machine_check():
    core = kernel_core()
    code = run_kernel(core, WRITE_PAIR + """
    li $8, 1
    mtc0 $8, $0
    tlbwi
    li $8, 2
    mtc0 $8, $0
    tlbwi                   # same VPN2 and ASID again
    """, {4: 0x120000000 | 1, 5: 0x47, 6: 0x87, 7: 0x6000})
    assert code == EXC_MCHECK
    assert core.tlb_stats()["mcheck"] == 1
    assert [e["index"] for e in core.tlb_entries() if e["valid"]] == [1]


def test_ehinv_write_invalidates_and_tlbinv_respects_asid_and_global():
    core = kernel_core()
    run_kernel(core, WRITE_PAIR + """
    li $8, 1
    mtc0 $8, $0
    tlbwi                   # entry 1: ASID 1
    dmtc0 $12, $10
    li $8, 2
    mtc0 $8, $0
    tlbwi                   # entry 2: ASID 2
    dmtc0 $13, $10
    ori $5, $5, 1
    ori $6, $6, 1
    dmtc0 $5, $2
    dmtc0 $6, $3
    li $8, 3
    mtc0 $8, $0
    tlbwi                   # entry 3: global
    dmtc0 $4, $10           # EntryHi.ASID = 1
    mtc0 $zero, $0
    .word 0x42000003        # tlbinv (R5; GNU as needs -march=mips64r5): drops non-global ASID-1 entries
    """, {4: 0x120000000 | 1, 5: 0x46, 6: 0x86, 7: 0x6000, 12: 0x130000000 | 2, 13: 0x140000000 | 1})
    valid = [e["index"] for e in core.tlb_entries() if e["valid"]]
    assert valid == [2, 3]
    run_kernel(core, "mtc0 $zero, $0\n .word 0x42000004   # tlbinvf")
    assert not any(e["valid"] for e in core.tlb_entries())
    core2 = kernel_core()
    run_kernel(core2, "li $8, 1024\n or $4, $4, $8\n" + WRITE_PAIR + "li $8, 4\n mtc0 $8, $0\n tlbwi",
               {4: 0x120000000, 5: 0x47, 6: 0x87, 7: 0x6000})
    assert not any(e["valid"] for e in core2.tlb_entries())   # EHINV set: written invalid


def test_write_masks_keep_read_only_registers():
    core = kernel_core()
    prid = core.cp0_get(15, 0)
    run_kernel(core, "li $8, -1\n mtc0 $8, $15\n mtc0 $8, $1\n mtc0 $8, $8\n mfc0 $9, $15")
    assert core.get_gpr(9) == prid
    assert core.cp0_get(8, 0) == 0                  # BadVAddr is read-only
    assert core.cp0_get(1, 0) < 64                  # Random stays a VTLB index


def test_mapped_access_in_kernel_mode_and_refill_vector():
    """A kernel-mode load from xuseg with no entry takes the refill at EBase+0x080."""
    core = kernel_core()
    core.phys_write(0x80, assemble("mfc0 $20, $13"))   # at the refill vector: save Cause, stop
    code = run_kernel(core, "ld $8, 0($4)", {4: 0x120000000})
    assert code == EXC_BP and core.exc_epc == 0xFFFFFFFF80000084
    assert core.cp0_get(14, 0) == CODE_VA           # EPC = the load
    assert core.cp0_get(8, 0) == 0x120000000        # BadVAddr
    assert (core.get_gpr(20) >> 2) & 0x1F == EXC_TLBL
    assert core.cp0_get(20, 0) >> 4 & ((1 << 35) - 1) == 0x120000000 >> 13   # XContext.BadVPN2
    assert core.tlb_stats()["refills_taken"] == 1


def test_eret_returns_to_epc_and_clears_exl_and_llbit():
    core = kernel_core()
    run_kernel(core, """
    dmtc0 $4, $14           # EPC = target
    mfc0 $8, $12
    ori  $8, $8, 2          # EXL
    mtc0 $8, $12
    ll   $10, 0($11)        # LLbit = 1 (xkphys data)
    eret                    # no delay slot
    break
    .org 0x40
target:
    li   $10, 5
    sc   $10, 0($11)        # fails: ERET cleared LLbit
    li   $9, 77
    """, {4: CODE_VA + 0x40, 11: 0x9800000000300000})
    assert core.get_gpr(9) == 77 and core.get_gpr(10) == 0
    assert core.exc_epc == CODE_VA + 0x4C            # the final break
    assert not core.cp0_get(12, 0) & 2 or core.exc_code == EXC_BP


def test_user_mode_cannot_reach_kernel_segments():
    """(CP0 instructions in user mode raise CpU -> SIGILL: tests/isa/asm/sig_*.S.)"""
    core = kernel_core()
    core.cp0_poke(12, 0, (1 << 29) | 0xE0 | (2 << 3))    # KSU = user
    core.phys_write(CODE_PA, assemble("mfc0 $8, $12"))
    core.pc = CODE_VA                                     # ckseg0 is kernel-only
    assert core.run(core.icount + 10) == EVENT_EXCEPTION
    assert core.exc_code == 4                              # AdEL on the fetch


def test_diag_flushes_micro_tlbs_and_perf_counter_counts_refills():
    core = kernel_core()
    core.phys_write(0x80, assemble("nop"))
    run_kernel(core, """
    li   $8, 0x60 << 5      # PerfCtl0.Event = TLB refill exceptions (0x60)
    mtc0 $8, $25, 0
    dmtc0 $zero, $25, 1
    ld   $9, 0($4)
    """, {4: 0x120000000})
    assert core.cp0_get(25, 1) == 1


def test_count_write_and_timer_interrupt_cause():
    core = kernel_core()
    run_kernel(core, """
    li    $8, 1000
    mtc0  $8, $9           # Count = 1000
    mfc0  $9, $9           # read back right away
    li    $10, 1100
    mtc0  $10, $11         # Compare = 1100: about 200 cycles from now
    li    $11, 400
1:  bnez  $11, 1b          # spin ~400 instructions
    addiu $11, $11, -1
    mfc0  $12, $13         # Cause
    """)
    assert 1000 <= core.get_gpr(9) <= 1002
    assert core.get_gpr(12) & (1 << 30)          # Cause.TI
    assert core.get_gpr(12) & (1 << 15)          # IP7 (IntCtl.IPTI = 7)
