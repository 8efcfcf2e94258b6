"""The logged loop (mips_run_logged, loop.h with MIPS_LOGGED): what it records
equals what the fast loop does one instruction at a time; breakpoints,
watchpoints and event stops land on the right instruction."""

import os
import struct

import mipsvm
from mipsvm.core import DBG, DSTOP, EVENT_BUDGET, EVENT_DEBUG
from mipsvm.sim.trace import LoggedRun, records

from ..kernel_harness import CKSEG0, CODE_PA, CODE_VA, HELLO, assemble_raw, kernel_core, needs_as


class Collect(LoggedRun):
    record = ("insn", "regs", "mem")

    def __init__(self, end):
        super().__init__(0, end)
        self.seen = {}

    def on_insn(self, core, i):
        self.seen[i.icount] = (i.pc, i.word, sorted(i.regs))


class Step:
    """The fast loop one instruction per call, registers compared around it."""

    def __init__(self, end):
        self.end, self.seen = end, {}

    @staticmethod
    def regs(core):
        return [core.get_gpr(i) for i in range(32)] + [core.lo, core.hi] + [core.get_fpr(i) for i in range(32)]

    def run(self, core, stop):
        if core.icount >= self.end:
            return core.run(stop)
        before, r0 = core.icount, self.regs(core)
        ev = core.run(min(stop, before + 1))
        if core.icount == before + 1:
            r1 = self.regs(core)
            num = list(range(32)) + [33, 34] + list(range(38, 70))
            self.seen[before] = (core.last_pc, core.last_insn,
                                 sorted((n, b) for n, a, b in zip(num, r0, r1) if a != b))
        return ev

    def exception(self, core, task):
        pass

    def served(self, core, task):
        pass


def test_records_equal_single_stepping_the_fast_loop():
    a, b = mipsvm.System(), mipsvm.System()
    col, step = Collect(None), Step(1 << 64)
    a.core.dbg_capacity(200)                   # drained hundreds of times on the way
    with open(os.devnull, "rb") as i, open(os.devnull, "wb") as o:   # the same stdio for both (fstat)
        stdio = (i.fileno(), o.fileno(), o.fileno())
        ra = a.run(HELLO, ["x"], tracer=col, stdio=stdio)
        rb = b.run(HELLO, ["x"], tracer=step, stdio=stdio)
    assert ra.exit_code == rb.exit_code == 0
    assert ra.stats["sim_insts"] == rb.stats["sim_insts"]
    assert len(col.seen) == ra.stats["sim_insts"] and col.seen == step.seen


@needs_as
def test_breakpoint_stops_before_the_instruction_and_skip_resumes():
    core = kernel_core()
    code, labels = assemble_raw("""
        li $8, 0
    loop:
        addiu $8, $8, 1
    here:
        addiu $9, $8, 100
        b loop
        nop
    """)
    core.phys_write(CODE_PA, code)
    core.pc = CODE_VA
    here = CODE_VA + labels["here"]
    assert core.bp_add(here) and core.bp_list() == [here]
    assert core.run_logged(1000) == EVENT_DEBUG
    assert core.dbg_stop()[:2] == (DSTOP["break"], here) and core.pc == here
    assert core.get_gpr(8) == 1 and core.get_gpr(9) == 0 and core.icount == 2
    assert core.run_logged(1000) == EVENT_DEBUG and core.icount == 2      # no skip: the same stop
    assert core.run_logged(1000, skip=True) == EVENT_DEBUG
    assert core.pc == here and core.get_gpr(8) == 2 and core.get_gpr(9) == 101 and core.icount == 6
    assert core.bp_remove(here) and core.bp_list() == []
    assert core.run_logged(core.icount + 50) == EVENT_BUDGET and core.icount == 56


@needs_as
def test_watchpoint_undoes_the_access_then_steps_over_it():
    core = kernel_core()
    data = CKSEG0 + 0x300000
    code, labels = assemble_raw(f"""
        dli $t1, {data:#x}
        li $t0, 7
        ld $t2, 8($t1)
    st:
        sd $t0, 16($t1)
        addiu $t0, $t0, 1
        sd $t0, 16($t1)
        break
    """)
    core.phys_write(CODE_PA, code)
    core.pc = CODE_VA
    assert core.wp_add(data + 16, 8, 1)                          # write watchpoint
    core.dbg_record = DBG["mem"] | DBG["insn"]
    assert core.run_logged(1000) == EVENT_DEBUG
    reason, addr, kind = core.dbg_stop()
    assert (reason, addr, kind) == (DSTOP["watch"], data + 16, 1)
    assert core.pc == CODE_VA + labels["st"] and core.phys_read64(0x300010) == 0   # not stored yet
    retired = core.icount
    assert core.run_logged(1000, skip=True) == EVENT_DEBUG          # over it; the second store stops
    assert core.phys_read64(0x300010) == 7 and core.icount == retired + 2
    recs = list(records(core.dbg_drain()))
    mems = [(r.x, r.a, r.y) for r in recs if r.kind == 3]
    assert mems == [(data + 8, 8, 0), (data + 16, 0x108, 7)]       # the load, then the store (0x100: store)
    assert core.wp_remove(data + 16, 8, 1) and core.wp_list() == []


@needs_as
def test_tlb_write_stop_and_record():
    core = kernel_core()
    code, labels = assemble_raw("""
        dli $t0, 0x40000000
        dmtc0 $t0, $10
        dli $t0, 0x4006
        dmtc0 $t0, $2
        dmtc0 $t0, $3
        li $t0, 0x6000
        mtc0 $t0, $5
        li $t0, 5
        mtc0 $t0, $0
    w:
        tlbwi
        nop
        break
    """)
    core.phys_write(CODE_PA, code)
    core.pc = CODE_VA
    core.dbg_record = DBG["tlbw"]
    core.dbg_stop_on = DBG["tlbw"]
    assert core.run_logged(1000) == EVENT_DEBUG
    assert core.dbg_stop()[:2] == (DSTOP["tlbw"], 5)
    assert core.pc == CODE_VA + labels["w"] + 4                    # stopped after the TLBWI
    (r,) = list(records(core.dbg_drain()))
    e = core.tlb_entries()[5]
    assert (r.kind, r.a, r.x, r.w & ~1, r.y) == (5, 5, e["vpn2"] | e["asid"], 0x6000, e["lo0"] | e["g"])
    core.dbg_stop_on = 0
    core.run_logged(1000)
    assert core.exc_code == 9                                      # the final break


@needs_as
def test_guest_entry_and_exit_records_and_the_gexit_stop():
    import io

    from mipsvm.sim.debugflags import DebugLog
    from tests.vz.vzharness import GC_CP0, GM, GUEST_CODE, GUEST_HPA, GVA, VIRT, enter_guest, vz_core
    core = vz_core()
    code, labels = assemble_raw(VIRT + f"dli $9, {GVA(0x100000):#x}\n ld: lw $10, 0($9)\n nop\n hypcall\n nop\n")
    core.phys_write(GUEST_HPA + GUEST_CODE, code)
    core.phys_write(CODE_PA, assemble_raw(enter_guest(GM | GC_CP0))[0])
    core.pc = CODE_VA
    core.dbg_record = DBG["insn"] | DBG["exc"] | DBG["eret"]
    core.dbg_stop_on = DBG["gexit"]
    assert core.run_logged(core.icount + 10000) == EVENT_DEBUG
    reason, vec, _ = core.dbg_stop()
    assert reason == DSTOP["gexit"] and core.pc == vec == CKSEG0 + 0x080     # root XTLB refill: a GPA miss
    assert not core.in_guest
    recs = list(records(core.dbg_drain()))
    eret = [r for r in recs if r.kind == 6]
    assert len(eret) == 1 and eret[0].flags == 2 and eret[0].x == GVA(GUEST_CODE)   # root ERET into the guest
    exc = recs[-1]
    assert exc.kind == 4 and exc.flags == 2 | 4 and exc.x == GVA(GUEST_CODE) + labels["ld"] and exc.y == 0x100000
    guest_insns = [r for r in recs if r.kind == 1 and r.flags & 1]
    assert [r.y for r in guest_insns] == [GVA(GUEST_CODE) + 4 * i for i in range(len(guest_insns))]
    out = io.StringIO()
    log = DebugLog({"VZ", "Exec"}, out)
    log.consume(core, b"".join(struct.pack("<BBHIQQQQ", *r) for r in recs))
    text = out.getvalue()
    assert f"system.cpu.root.VZ: guest entry at {GVA(GUEST_CODE):#x}" in text
    assert "system.cpu.guest.Exec: K 0xffffffff80001000" in text
    assert f"system.cpu.root.VZ: guest exit: tlbl, GExcCode GPA at guest pc {exc.x:#x}" in text
