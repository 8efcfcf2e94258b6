"""The compiled core's Python surface: bounds checks, registers, events."""

import pytest

from mipsvm.core import Core, EVENT_BUDGET, EVENT_EXCEPTION, PhysError
from mipsvm.cp0 import Exc
from mipsvm.host.mm import AddressSpace, PROT_READ, PROT_WRITE, PROT_EXEC

EXC_RI, EXC_TLBL, EXC_ADEL = Exc.RI, Exc.TLBL, Exc.AdEL


def test_physical_access_is_bounds_checked():
    core = Core(1 << 20)
    core.phys_write64(0, 0x1122334455667788)
    assert core.phys_read64(0) == 0x1122334455667788
    assert core.phys_read(0, 2) == b"\x88\x77"
    for bad in ((1 << 20) - 4, 1 << 20, 1 << 40, (1 << 64) - 8):
        with pytest.raises(PhysError):
            core.phys_read64(bad)
        with pytest.raises(PhysError):
            core.phys_write64(bad, 1)
    with pytest.raises(PhysError):
        core.phys_write((1 << 20) - 1, b"ab")


def test_rejects_bad_memory_size():
    with pytest.raises(ValueError):
        Core(12345)


def test_gpr_zero_is_hardwired():
    core = Core(1 << 20)
    core.set_gpr(0, 5)
    core.set_gpr(3, -1)
    assert core.get_gpr(0) == 0
    assert core.get_gpr(3) == (1 << 64) - 1


def _space_with_code(words, base=0x400000):
    core = Core(8 << 20)
    mm = AddressSpace(core)
    mm.map_region(base, 1 << 14, PROT_READ | PROT_EXEC)
    mm.write(base, b"".join(w.to_bytes(4, "little") for w in words), force=True)
    core.pc = base
    return core, mm


def _run(core, mm, limit):
    """Run, serving demand-paging faults like the host kernel does."""
    while True:
        ev = core.run(limit)
        if ev == EVENT_EXCEPTION and core.exc_code in (1, 2, 3) and mm.fault(core.exc_badvaddr, core.exc_access):
            core.pc = core.exc_epc
            continue
        return ev


def test_budget_stops_a_runaway_loop():
    # loop: b loop ; nop
    core, mm = _space_with_code([0x1000FFFF, 0x00000000])
    assert _run(core, mm, 1000) == EVENT_BUDGET
    assert core.icount == 1000
    assert core.pc in (0x400000, 0x400004)


def test_reserved_instruction_reports_epc_and_word():
    core, mm = _space_with_code([0x24020007, 0xEC000000])  # addiu v0,zero,7 ; opcode 0x3B (reserved)
    assert _run(core, mm, 100) == EVENT_EXCEPTION
    assert core.exc_code == EXC_RI
    assert core.exc_epc == 0x400004
    assert core.exc_insn == 0xEC000000
    assert core.get_gpr(2) == 7
    assert core.icount == 1          # the faulting instruction does not retire


def test_exception_in_delay_slot_sets_bd_and_points_at_branch():
    # beq zero,zero,+2 ; lw t0,0(zero)  (delay slot, unmapped -> TLBL)
    core, mm = _space_with_code([0x10000002, 0x8C080000])
    assert _run(core, mm, 100) == EVENT_EXCEPTION
    assert core.exc_code == EXC_TLBL
    assert core.exc_bd == 1
    assert core.exc_epc == 0x400000
    assert core.exc_badvaddr == 0


def test_fetch_from_unmapped_and_misaligned_pc():
    core, mm = _space_with_code([0x03E00008, 0x00000000])  # jr ra ; nop  with ra = 0x2
    core.set_gpr(31, 0x2)
    assert _run(core, mm, 100) == EVENT_EXCEPTION
    assert core.exc_code == EXC_ADEL and core.exc_badvaddr == 0x2 and core.exc_access == 2


def test_no_exec_page_faults_on_fetch():
    core, mm = _space_with_code([0x00000000])
    mm.map_region(0x800000, 1 << 14, PROT_READ | PROT_WRITE)
    core.pc = 0x800000
    ev = _run(core, mm, 100)
    assert ev == EVENT_EXCEPTION and core.exc_code == EXC_TLBL and core.exc_access == 2
