"""`mipsvm check-refill --root-gpa` and `--guest`: the refill handlers of guest
mode, run in guest mode (docs/check-refill.md, "Guest mode").

--root-gpa: root's GPA->HPA refill handler (kernels/kvm_refill.S) at root
EBase while a guest runs. Each case puts the core in guest mode as the KVM
model does (GuestCtl0.GM, GuestCtl1.ID = RID = a GuestID, or RAD mode), builds
a Linux-format GPA page table, and executes one guest load or store of a GPA
the root TLB lacks: the root XTLB refill runs in the simulator exactly as in
real guest execution, and ERETs back into the guest, which retries.

--guest: the guest kernel's own refill handler (kernels/refill.S) at guest
EBase, its page tables in guest physical memory: every page-table load is a
GPA, translated by root entries, some missing, so kvm_refill.S runs in the
middle of the guest's walk (the two-dimensional walk).

The machinery is check_refill.py's (tables, TLB fill, monitors, the stepping
loop, the whole-machine comparison of refill_machine.py); this module builds
the guest-mode machines and adds the rules of guest mode.
"""

from __future__ import annotations

import dataclasses
import os
import random

from ..cp0 import regs as cp0regs
from ..cp0.exc import Exc, GExc
from ..host import kernel
from ..host import mm as M
from ..host import pgtable as pg
from ..isa.regnames import GPR, K0, K1
from ..kvm.vm import (
    GCTL0_AT,
    GCTL0_CF,
    GCTL0_CG,
    GCTL0_CP0,
    GCTL0_GM,
    GCTL0_GT,
    KVM_HANDLER_LIMIT,
)
from ..mmu import TAG_GUEST, owner
from ..models import Memory, Timing
from . import check_refill as C
from . import refill_machine as MC
from . import refill_rules as R

KVM_LIMIT = KVM_HANDLER_LIMIT          # gebase+0x180 is KVM's general exception vector (entry.c)
SAVE_SLOTS = ("KScratch3", "KScratch4")  # where kvm_refill.S keeps the guest's k1 and k0 (docs/vz.md)
KVM_WRITABLE = R.WRITABLE_CP0 + SAVE_SLOTS
XKPHYS = pg.PAGE_OFFSET                # cached xkphys: a guest's unmapped view of its GPA space
GPA_LIMIT = 1 << 48                    # guest PABITS
STATUS_ROOT = kernel.STATUS_USER & ~cp0regs.register("Status").field("KSU").mask   # root kernel, IE, KX/SX/UX
STATUS_GUEST_KERNEL = kernel.STATUS_USER & ~cp0regs.register("Status").field("KSU").mask & ~1
GUEST_CHANGES = ("Count", "Random")   # guest registers that change on their own (and PerfCnt, as root's)
SALT = {"root-gpa": 0x6A09E667, "guest": 0xBB67AE85}
RAD_SHARE = 0.25                       # cases in RAD mode (a core model without GuestID)

# guest loads and stores: name -> (opcode, size, store, signed)
ACCESSES = {"lb": (0x20, 1, False, True), "lbu": (0x24, 1, False, False), "lh": (0x21, 2, False, True),
            "lw": (0x23, 4, False, True), "lwu": (0x27, 4, False, False), "ld": (0x37, 8, False, False),
            "sb": (0x28, 1, True, False), "sw": (0x2B, 4, True, False), "sd": (0x3F, 8, True, False)}


def default_kvm_handler_path() -> str:
    src = os.path.join(kernel.KERNELS, "kvm_refill.S")
    if C.have_assembler() and os.path.exists(src):
        return src
    return os.path.join(kernel.KERNELS, "kvm_refill.bin")


def static_faults(h: C.Handler, mode: str) -> list:
    """The size rules of each mode: root's KVM handler may fill gebase up to
    KVM's general exception vector at +0x180 (entry.c; no tlbex.c instruction
    limit, KVM builds its own); the guest's handler is a Linux one."""
    if mode == "root-gpa":
        return C.static_faults(h, KVM_LIMIT, "KVM's general exception vector", linux_count=False)
    return C.static_faults(h)


def _vz_geometry(geometry: dict, rad: bool) -> dict:
    """The geometry with the CPU model as an object: RAD mode is the model
    without GuestID (as System builds it for --rad)."""
    model = cp0regs.model_of(geometry["model"])
    if rad:
        model = dataclasses.replace(model, guestid_bits=0)
    return dict(geometry, model=model)


def _tame(t: C._Tables, rng: random.Random, va: int, kind: str, mem_size: int) -> None:
    """Most target mappings point into simulated memory, so the retried access
    can complete (the rest end in a bus error, as a GPA beyond RAM would)."""
    if kind not in ("small", "huge") or rng.random() < 0.15:
        return
    keep = (1 << pg.PFN_PTE_SHIFT) - 1
    if kind == "huge":
        hb = va & ~M.HPAGE_MASK
        block = rng.randrange(mem_size >> pg.HPAGE_SHIFT) << pg.HPAGE_SHIFT
        t.huge[hb] = (t.huge[hb] & keep) | ((block >> pg.PAGE_SHIFT) << pg.PFN_PTE_SHIFT)
        t.core.phys_write64(t.pt.pmd_slot(hb, False), t.huge[hb])
        return
    page = va & ~M.PAGE_MASK
    frame = t.frames.alloc()
    t.set_small(page, (t.small[page] & keep) | ((frame >> pg.PAGE_SHIFT) << pg.PFN_PTE_SHIFT))


def _owners(rng: random.Random, core, gid: int, rad: bool):
    """owner(rng) for check_refill._fill_tlb: entries of this guest's GPA
    space (the faulting level's owner), of root, of other guests, and guest
    GVA->GPA entries of this guest and others (GuestID mode)."""
    def select(rid):
        return lambda: core.set_cp0("GuestCtl1", gid | rid << 16)

    def pick(rng):
        r = rng.random()
        if rad:                                   # one tag: ASIDs tell root and the GPA space apart
            return select(0), r < 0.25, r >= 0.25
        other = rng.choice([g for g in (0, rng.randint(1, 255)) if g != gid] or [0])
        if r < 0.4:
            return select(gid), False, True
        if r < 0.6:
            return select(other), False, False
        if r < 0.8:
            return select(gid), True, False
        return select(other or 1), True, False
    return pick


def _gpr_message(who: str, r: int, before: int, after: int, why: str) -> str:
    return f"{who} ${GPR[r]} (r{r}) not preserved: {before:#x} -> {after:#x}; {why}"


def check_guest_k(fail, core, gprs: list, where: str) -> None:
    """The guest's k0/k1 after the root handler's ERET: root and guest share
    the GPRs, so a root handler saves them and restores them (KVM entry.c
    kvm_mips_build_tlb_refill_exception: k1 in scratch_tmp, k0 in the vcpu)."""
    for r, slot in ((K1, "KScratch3"), (K0, "KScratch4")):
        v = core.get_gpr(r)
        if v != gprs[r]:
            fail(f"guest ${GPR[r]} not preserved{where}",
                 _gpr_message("the guest's", r, gprs[r], v,
                              f"root and guest share the GPRs, so the root refill must save it ({slot}) "
                              f"and restore it before the ERET (KVM entry.c)"))


def _guest_regs(model) -> tuple:
    """Every guest CP0 register but those that change on their own."""
    return tuple((r.name, r.reg, r.sel) for r in cp0regs.registers(model)
                 if r.implemented and r.guest and r.name not in GUEST_CHANGES and r.layout != "PerfCnt")


def compare_guest_cp0(fail, core, before: dict, regs: tuple, why: str) -> None:
    for name, reg, sel in regs:
        got = core.gcp0_get(reg, sel)
        if got != before[name]:
            detail = MC.field_changes(name, before[name], got, core.model)
            fail(f"guest {name} changed",
                 f"guest {name} (${reg},{sel}) changed: {before[name]:#x} -> {got:#x}"
                 f"{' (' + detail + ')' if detail else ''}; {why}")


SDBBP = 0x7000003F                     # sdbbp 0: with core.probe, the run stops there (the EJTAG probe)


def run_to_vector(core, vector_pa: int):
    """Execute the guest instruction at pc up to the first instruction of the
    vector its exception goes to (at physical vector_pa), not into it: the
    core runs an exception entry and the vector's first instruction in one
    step, so an SDBBP stands in for that instruction while the guest runs.
    Returns the core's event; core.exc_code is EXC_PROBE when it got there."""
    word = core.phys_read(vector_pa, 4)
    core.phys_write(vector_pa, SDBBP.to_bytes(4, "little"))
    probe, core.probe = core.probe, True
    try:
        ev = core.run(core.icount + 2)
    finally:
        core.phys_write(vector_pa, word)
        core.probe = probe
    from ..core import EXC_PROBE
    if core.exc_code == EXC_PROBE:
        core.icount -= 1                     # the stand-in does not count
    return ev


def _encode(name: str, base: int, rt: int, offset: int) -> int:
    op = ACCESSES[name][0]
    return (op << 26) | (base << 21) | (rt << 16) | (offset & 0xFFFF)


# --------------------------------------------------------------------------- the guest

@dataclasses.dataclass
class Guest:
    """The guest side of a case: who it is and the instruction that faults."""
    gid: int
    rad: bool
    pc: int = 0                 # GVA of the faulting instruction
    insn: str = ""              # its text
    access: str = ""            # ld, sw, ...
    gva: int = 0
    gpa: int = 0
    rt: int = 0
    nested: list = dataclasses.field(default_factory=list)   # --guest: the root refills in the walk

    def text(self) -> str:
        who = "RAD (no GuestID)" if self.rad else f"GuestID {self.gid}"
        return f"{who}; guest pc {self.pc:#x}: {self.insn}"


def _enter_guest_mode(core, rng: random.Random, gid: int, root_asid: int, ebase: int) -> None:
    """Root CP0 as the KVM model leaves it while the guest runs (mipsvm/kvm/vm.py
    setup_root/enter): GuestCtl0 with CP0, AT = 3, GT, CG, CF and GM;
    GuestCtl1.ID = RID = the guest's ID; EBase = the KVM vectors; root in
    kernel mode with EXL clear, so the core is in guest mode."""
    C._set_linux_cp0(core.cp0_set, core.cp0_get)
    C._set_ebase(core, ebase)
    core.set_cp0("GuestCtl1", gid | gid << 16)
    core.cp0_set(10, 0, root_asid)
    count = rng.getrandbits(32)
    core.cp0_set(9, 0, count)
    core.cp0_set(11, 0, (count + (1 << 31)) & 0xFFFFFFFF)
    gto = rng.getrandbits(32)
    core.set_cp0("GTOffset", gto)
    core.gcp0_set(11, 0, (count + gto + (1 << 31)) & 0xFFFFFFFF)      # guest Compare: far away too
    gc0 = GCTL0_CP0 | GCTL0_AT.put(0, 3) | GCTL0_GT | GCTL0_CG | GCTL0_CF | GCTL0_GM
    core.set_cp0("GuestCtl0", core.cp0("GuestCtl0") | gc0)
    core.cp0_poke(12, 0, STATUS_ROOT)


def _rand_guest_cp0(core, rng: random.Random, status: int, ks: tuple) -> None:
    """The guest kernel's CP0, as Linux in the guest leaves it, with random
    scratch: Status (given), PageGrain, KScratch1 = its PGD, KScratch5/6."""
    C._set_linux_cp0(core.gcp0_set, core.gcp0_get)
    C._set_scratch(core, rng, core.gcp0_set, *ks)
    core.gcp0_set(5, 0, C.PM_SMALL)
    core.gcp0_set(10, 0, rng.getrandbits(64) & C.SEGMASK & ~0x1C00)   # EntryHi: some VPN2, ASID
    core.gcp0_set(8, 0, rng.getrandbits(64))
    core.gcp0_set(14, 0, rng.getrandbits(64) & ~3)
    core.gcp0_set(2, 0, rng.getrandbits(64))
    core.gcp0_set(3, 0, rng.getrandbits(64))
    core.gcp0_set(0, 0, rng.randrange(64))
    core.gcp0_poke(12, 0, status)


# --------------------------------------------------------------------------- --root-gpa

def _case_machine(mode: str, index: int, seed: int, geometry: dict, mem_size, timing):
    """What every guest-mode case starts from, in this order of draws: its
    generator, memory, RAD or GuestID, the core, the host frames, root EBase."""
    rng = random.Random((seed * 1_000_003 + index) ^ SALT[mode])
    mem_size = mem_size or Memory().size
    rad = rng.random() < RAD_SHARE
    core = C._make_core(_vz_geometry(geometry, rad), rng.getrandbits(16), mem_size, timing or Timing())
    frames = C._Frames(rng, mem_size)
    return rng, mem_size, rad, core, frames, C._pick_ebase(rng, frames)


def build_gpa_case(index: int, seed: int, geometry: dict, mem_size: int | None = None,
                   timing: Timing | None = None):
    """One --root-gpa case: the core in guest mode at a guest load/store of a
    GPA missing from the root TLB. Returns (core, case, GPA tables, guest)."""
    rng, mem_size, rad, core, frames, (ebase, ebase_pa) = _case_machine("root-gpa", index, seed, geometry,
                                                                        mem_size, timing)
    t = C._Tables(core, rng, frames)
    kind = rng.choices(C.KINDS, weights=(35, 25, 25, 15))[0]
    gpa, _ = C._populate(t, rng, kind, _user_out_of_range)     # GPAs beyond the 3 levels
    _tame(t, rng, gpa, kind, mem_size)
    core.pgd_pa = t.pt.pgd
    kind = C._cross_check(t, core.walk, gpa, kind, index)

    g = Guest(0 if rad else rng.randint(1, 255), rad)
    root_asid = rng.randint(0, 0x3FF)
    ks5, ks6 = C._rand_counter(rng)
    # the guest instruction: a load or store through guest xkphys (GVA = GPA)
    g.access = rng.choice(tuple(ACCESSES))
    _, size, store, _ = ACCESSES[g.access]
    gpa &= ~(size - 1)
    g.gpa, g.gva = gpa, XKPHYS | gpa
    base, g.rt = rng.randint(1, 31), rng.randint(1, 31)
    offset = rng.randint(-0x8000, 0x7FFF) & ~(size - 1) if rng.random() < 0.7 else 0
    code_gpa, code_hpa = _code_page(rng, frames, gpa)
    g.pc = XKPHYS | code_gpa | (rng.randrange(pg.PAGE_SIZE // 4) << 2)
    word = _encode(g.access, base, g.rt, offset)
    g.insn = R.op_of(word).at(0)
    core.phys_write(code_hpa | (g.pc & M.PAGE_MASK), word.to_bytes(4, "little"))

    case = C.Case(index, kind, gpa, int(Exc.TLBS if store else Exc.TLBL), root_asid, ks5, ks6, g.pc, ebase)
    case.ebase_pa = ebase_pa
    target_lo = gpa & ~M.HPAGE_MASK
    core.set_cp0("GuestCtl1", g.gid | g.gid << 16)
    case.wired = C._fill_tlb(core, rng, t, gpa, root_asid, geometry["vtlb"],
                             (target_lo, target_lo + pg.HPAGE_SIZE, root_asid), _owners(rng, core, g.gid, rad))
    # the guest's code page: a root entry of this guest, wired (entry 0)
    core.set_cp0("GuestCtl1", g.gid | g.gid << 16)
    lo = (code_hpa >> 12 << 6) | (3 << 3) | 6
    even = code_gpa & ~0x7FFF
    C._write_entry(core, even | root_asid, C.PM_SMALL, lo if not code_gpa & 0x4000 else 0,
                   lo if code_gpa & 0x4000 else 0, index=0)
    _enter_guest_mode(core, rng, g.gid, root_asid, ebase)
    core.cp0_set(5, 0, C.PM_SMALL)
    core.cp0_set(0, 0, rng.randrange(geometry["vtlb"]))
    core.cp0_set(2, 0, rng.getrandbits(64))
    core.cp0_set(3, 0, rng.getrandbits(64))
    C._set_scratch(core, rng, core.cp0_set, XKPHYS | t.pt.pgd, ks5, ks6)
    gks5, gks6 = C._rand_counter(rng)
    _rand_guest_cp0(core, rng, STATUS_GUEST_KERNEL | (rng.random() < 0.5),
                    (rng.getrandbits(64), gks5, gks6))
    C._rand_thread_state(core, rng)              # the guest's GPRs, k0/k1 included
    core.set_gpr(base, (g.gva - offset) & C.MASK64)
    core.pc = g.pc
    return core, case, t, g


def _user_out_of_range(rng: random.Random) -> int:
    """A user address beyond the 3-level tables (SEGBITS 48: a refill, not an address error)."""
    return C.USER_LIMIT | rng.getrandbits(47)


def _code_page(rng: random.Random, frames: C._Frames, gpa: int) -> tuple[int, int]:
    """(GPA, HPA) of the guest's code page: another 32 MB region than the target."""
    while True:
        code_gpa = rng.getrandbits(40) & ~M.PAGE_MASK
        if (code_gpa ^ gpa) >> pg.HPAGE_SHIFT:
            return code_gpa, frames.alloc()


def _expected_retry(core, ref: dict, g: Guest) -> tuple[str, int]:
    """What the retried access does with the entry written: ("ok", HPA) or
    the root exception it takes (KVM's fault path, or a bus error)."""
    _, size, store, _ = ACCESSES[g.access]
    half = (1 << 24) if ref["huge"] else 0x4000
    lo = ref["lo1"] if g.gpa & half else ref["lo0"]
    # the PFN's bits below the page size are ignored (PRA: EntryLo PFN, PageMask)
    hpa = ((((lo >> 6) & ((1 << 36) - 1)) << 12) & ~(half - 1)) | (g.gpa & (half - 1))
    if not lo & 2:
        return ("TLBS" if store else "TLBL"), hpa
    if store and not lo & 4:
        return "Mod", hpa
    if not store and lo >> 63:
        return "TLBRI", hpa
    if hpa + size > core.mem_size:
        return "bus error", hpa
    return "ok", hpa


def _check_retry(case: C.Case, core, ref: dict, g: Guest) -> None:
    """The guest retries the instruction: it completes through the new entry
    (a load reads the HPA the PTE names, a store writes it) or takes the root
    exception the entry calls for -- never the refill again."""
    from ..core import EVENT_EXCEPTION
    want, hpa = _expected_retry(core, ref, g)
    _, size, store, signed = ACCESSES[g.access]
    data = core.get_gpr(g.rt)
    ev = core.run(core.icount + 1)
    done = ev != EVENT_EXCEPTION and core.in_guest and core.pc == (g.pc + 4) & C.MASK64
    if core.pc == (case.ebase + C.MAIN_ENTRY) & C.MASK64 and not core.in_guest:
        case.fail("the retried access refilled again",
                  f"the retried guest access ({g.insn}, GPA {g.gpa:#x}) took the refill again: the entry "
                  f"written does not cover the GPA for the guest")
        return
    if want != "ok":
        if done:
            case.fail("the retried access completed",
                      f"the retried guest access ({g.insn}, GPA {g.gpa:#x}) completed, but the PTE calls for "
                      f"{want}")
        return
    if not done:
        from ..cp0.regs import EXCCODES
        what = EXCCODES.get(core.exc_code, "?") if ev == EVENT_EXCEPTION else f"pc {core.pc:#x}"
        case.fail("the retried access failed",
                  f"the retried guest access ({g.insn}, GPA {g.gpa:#x}) did not complete ({what})")
        return
    mem = int.from_bytes(core.phys_read(hpa, size), "little")
    if store:
        if mem != data & ((1 << 8 * size) - 1):
            case.fail("the retried store missed", f"the retried guest store ({g.insn}) did not write HPA {hpa:#x}")
    else:
        if signed and mem >> (8 * size - 1):
            mem |= C.MASK64 & ~((1 << 8 * size) - 1)
        if g.rt and core.get_gpr(g.rt) != mem:
            case.fail("the retried load read the wrong page",
                      f"the retried guest load ({g.insn}) read {core.get_gpr(g.rt):#x}, HPA {hpa:#x} holds {mem:#x}")


def run_gpa_case(handler: C.Handler, index: int, seed: int, geometry: dict, trace: bool = False,
                 mem_size: int | None = None, timing: Timing | None = None, **_) -> C.Case:
    from ..core import EVENT_EXCEPTION
    core, case, t, g = build_gpa_case(index, seed, geometry, mem_size, timing)
    core.phys_write(case.ebase_pa, handler.image)
    t.vector = case.ebase_pa & ~(pg.PAGE_SIZE - 1)
    case.extra["guest"] = g
    masks = C._wmasks(core.model)
    ref = C._reference(core, case.va, C.ftlb_on(core, geometry), masks[2 * 8], masks[3 * 8])
    ref["tag"] = g.gid
    ref["tag_why"] = ": a root refill in guest mode writes with GuestCtl1.RID = the guest's ID"
    case.expected = ref

    regs = MC.cp0_list(core.model, SAVE_SLOTS)
    gregs = _guest_regs(core.model)
    guest_before = MC.read_cp0(core, gregs, core.gcp0_get)
    status = core.cp0_get(12, 0)
    since = C.costs_now(core)
    # ---- the guest instruction: a root XTLB refill on its GPA (GuestCtl0.GExcCode = GPA)
    from ..core import EXC_PROBE
    ev = run_to_vector(core, case.ebase_pa + C.MAIN_ENTRY)
    vector = (case.ebase + C.MAIN_ENTRY) & C.MASK64
    if ev != EVENT_EXCEPTION or core.exc_code != EXC_PROBE or core.in_guest or core.pc != vector \
            or core.cp0_get(8, 0) != g.gpa \
            or (core.cp0("GuestCtl0") >> 2) & 31 != GExc.GPA:
        raise C.InternalError(f"case {index}: the guest access {g.insn} at {g.pc:#x} (GPA {g.gpa:#x}) did not "
                              f"take a root refill (pc {core.pc:#x}, event {ev}, BadVAddr {core.cp0_get(8, 0):#x})")
    since = since[:2] + C.costs_now(core)[2:]    # loads and stores: the handler's, not the guest's
    snap = MC.take(core, regs, sorted(set(t.frames.used) | {t.vector}))
    snap.status = status
    snap.cp0 = MC.read_cp0(core, regs)
    mon = R.Monitor(case.ebase, core.model, len(snap.tlb), frozenset(t.frames.used), case.ebase_pa,
                    len(handler.image), writable=KVM_WRITABLE)
    C.run_handler(core, case, [C._region(handler.image, case.ebase, mon, False, KVM_LIMIT)],
                  lambda c: c.in_guest, trace, since=since)
    if case.exit == "stub":
        case.fail("jumped to the fault stub", f"jumped to {C.FAULT_STUB_SYMBOL}: the root refill of a GPA has "
                                              f"no fault stub (KVM serves root TLB faults after the retry)")
    if not case.exit:
        return case
    after = core.tlb_entries()
    written = C._check_written(case, snap.tlb, after, ref, geometry)
    MC.other_tlb_changes(case.fail, snap.tlb, after, {written}, case.wired, "")
    MC.compare_registers(case.fail, core, snap, mon)
    check_guest_k(case.fail, core, snap.gprs, "")
    MC.compare_cp0(case.fail, core, regs, snap, mon, returned=True)
    C.check_counter(case, core.cp0_get(31, 7), ref["huge"])
    compare_guest_cp0(case.fail, core, guest_before, gregs, "a root refill leaves the guest context alone")
    MC.compare_memory(case.fail, core, snap, mon, t.role, None)
    if core.pc != g.pc:
        case.fail("returned to the wrong pc",
                  f"returned to {core.pc:#x}, not the faulting guest instruction {g.pc:#x} (root EPC)")
        return case
    _check_retry(case, core, ref, g)
    return case


# --------------------------------------------------------------------------- --guest

RWX = M.PROT_READ | M.PROT_WRITE | M.PROT_EXEC
ENTRY_REGS = ("EPC", "Cause", "BadVAddr", "EntryHi", "Context", "XContext", "BadInstr", "BadInstrP", "GuestCtl0")
GUEST_BUDGET = 600                       # the guest's refill plus the root refills nested in it


class GuestPhys:
    """Guest physical memory as check_refill's table builder sees it: each GPA
    frame backed by an HPA frame (hpa_of), read and written through it."""

    def __init__(self, core, hpa_of: dict):
        self.core, self.hpa_of = core, hpa_of

    def hpa(self, gpa: int) -> int:
        return self.hpa_of[gpa & ~M.PAGE_MASK] | (gpa & M.PAGE_MASK)

    def phys_read64(self, gpa):
        return self.core.phys_read64(self.hpa(gpa))

    def phys_write64(self, gpa, v):
        self.core.phys_write64(self.hpa(gpa), v)

    def phys_fill64(self, gpa, n, v):            # within one frame (a table)
        self.core.phys_fill64(self.hpa(gpa), n, v)

    def phys_read(self, gpa, n):
        return self.core.phys_read(self.hpa(gpa), n)


class GuestFrames:
    """The guest's own frames (its page tables, its vector page, its code): in
    a few 32 MB GPA regions, each mapped by the GPA page table with one huge
    GPA entry (a 32 MB HPA block) or page by page (16 KB HPA frames), so the
    walk's loads need 16 KB and huge root GPA entries. Region 0 lies below
    512 MB (guest kseg0 reaches it: the guest EBase)."""

    def __init__(self, rng: random.Random, host: C._Frames, gpt: C._Tables, mem_size: int):
        self.rng, self.host, self.gpt = rng, host, gpt
        self.used: list[int] = []
        self._taken: set[int] = set()
        self.hpa_of: dict[int, int] = {}
        self.regions = []                        # (GPA base, HPA block or None)
        bases = set()
        for i in range(rng.randint(1, 4)):
            base = (rng.randrange(16) if i == 0 else rng.getrandbits(11)) << pg.HPAGE_SHIFT
            if base in bases:
                continue
            bases.add(base)
            block = self._block(mem_size) if rng.random() < 0.5 else None
            if block is not None:
                gpt.set_huge(base, pg.make_huge_pmd(block, RWX, True))
            self.regions.append((base, block))

    def _block(self, mem_size: int) -> int | None:
        """A 32 MB HPA block no host frame uses (reserved from the host's frames)."""
        for _ in range(20):
            block = self.rng.randrange(C.LOW_RESERVED >> pg.HPAGE_SHIFT or 1,
                                       mem_size >> pg.HPAGE_SHIFT) << pg.HPAGE_SHIFT
            frames = range(block, block + pg.HPAGE_SIZE, pg.PAGE_SIZE)
            if not any(f in self.host._taken for f in frames):
                self.host._taken.update(frames)
                return block
        return None

    def alloc(self, region: int | None = None) -> int:
        while True:
            base, block = self.regions[self.rng.randrange(len(self.regions)) if region is None else region]
            gpa = base + (self.rng.randrange(pg.HPAGE_SIZE >> pg.PAGE_SHIFT) << pg.PAGE_SHIFT)
            if gpa not in self._taken:
                break
        self._taken.add(gpa)
        self.used.append(gpa)
        if block is not None:
            self.hpa_of[gpa] = block + (gpa - base)
        else:
            self.hpa_of[gpa] = hpa = self.host.alloc()
            self.gpt.set_small(gpa, pg.make_pte(hpa, RWX, True))
        return gpa


def _guest_walk(t: C._Tables):
    """A walker over the guest's tables (the C walker reads HPAs only)."""
    def walk(va):
        huge = bool(t.pt.get_pmd(va) & pg._PAGE_HUGE)
        return 0, t.pt.get_pte(va), huge, None
    return walk


def _guest_owners(rng: random.Random, core, gid: int, rad: bool):
    """Entries of root, of other guests, and guest entries of this guest (the
    faulting level: they may not conflict with the GVA) and of others; root
    entries of this guest come only from the GPA table (check_refill._fill_tlb's
    preloads), so each GPA of the walk is either mapped right or missing."""
    def select(rid):
        return lambda: core.set_cp0("GuestCtl1", gid | rid << 16)

    def pick(rng):
        r = rng.random()
        if r < 0.35:
            return select(gid), False, False     # preloads from the GPA table
        if r < 0.6:
            return select(gid), True, True
        if rad:
            return select(0), True, True
        other = rng.choice([g for g in (0, rng.randint(1, 255)) if g != gid] or [0])
        return select(other), r < 0.8, False
    return pick


def build_guest_case(index: int, seed: int, geometry: dict, mem_size: int | None = None,
                     timing: Timing | None = None):
    """One --guest case: the guest in user mode at a load/store of a GVA its
    TLB lacks, its tables in guest physical memory, the GPA page table behind
    them. Returns (core, case, guest tables, GPA tables, frames, guest)."""
    rng, mem_size, rad, core, host, (root_ebase, root_ebase_pa) = _case_machine("guest", index, seed, geometry,
                                                                               mem_size, timing)
    gpt = C._Tables(core, rng, host)                       # GPA -> HPA (root's, KScratch1)
    gf = GuestFrames(rng, host, gpt, mem_size)
    vec_gpa = gf.alloc(0) + (rng.randrange(4) << 12)
    code_gpa = gf.alloc()
    t = C._Tables(GuestPhys(core, gf.hpa_of), rng, gf)    # GVA -> GPA (the guest's, guest KScratch1)
    t.vector = vec_gpa & ~M.PAGE_MASK
    kind = rng.choices(C.KINDS, weights=(35, 25, 25, 15))[0]
    va, _ = C._populate(t, rng, kind, _user_out_of_range)      # the guest runs user code
    walk = _guest_walk(t)
    kind = C._cross_check(t, walk, va, kind, index)
    core.pgd_pa = gpt.pt.pgd

    g = Guest(0 if rad else rng.randint(1, 255), rad)
    root_asid, asid = rng.randint(0, 0x3FF), rng.randint(0, 0x3FF)
    ks5, ks6 = C._rand_counter(rng)                        # the guest's
    rks5, rks6 = C._rand_counter(rng)                      # root's
    g.access = rng.choice(tuple(ACCESSES))
    _, size, store, _ = ACCESSES[g.access]
    va &= ~(size - 1)
    g.gva = va
    base, g.rt = rng.randint(1, 31), rng.randint(1, 31)
    offset = rng.randint(-0x8000, 0x7FFF) & ~(size - 1) if rng.random() < 0.7 else 0
    while True:                                            # the guest's user code page
        code_gva = rng.getrandbits(47) & ~M.PAGE_MASK
        if (code_gva ^ va) >> pg.HPAGE_SHIFT:
            break
    g.pc = code_gva | (rng.randrange(pg.PAGE_SIZE // 4) << 2)
    word = _encode(g.access, base, g.rt, offset)
    g.insn = R.op_of(word).at(0)
    core.phys_write(gf.hpa_of[code_gpa] | (g.pc & M.PAGE_MASK), word.to_bytes(4, "little"))

    guest_ebase = 0xFFFFFFFF80000000 | vec_gpa
    case = C.Case(index, kind, va, int(Exc.TLBS if store else Exc.TLBL), asid, ks5, ks6, g.pc, guest_ebase)
    case.ebase_pa = vec_gpa                                # a GPA: the guest's vector
    target_lo = va & C.SEGMASK & ~M.HPAGE_MASK
    core.set_cp0("GuestCtl1", g.gid | g.gid << 16)
    wired = C._fill_tlb(core, rng, gpt, va, root_asid, geometry["vtlb"],
                        (target_lo, target_lo + pg.HPAGE_SIZE, asid), _guest_owners(rng, core, g.gid, rad))
    # some of the walk's GPAs already mapped in the root TLB, the others missing
    core.set_cp0("GuestCtl1", g.gid | g.gid << 16)
    core.cp0_set(10, 0, root_asid)
    for gpa in gf.used:
        if rng.random() < 0.4:
            C._preload(core, gpa)
    # wired: root entries of the code and vector GPAs (from the GPA table, so
    # no later GPA refill overlaps them), the guest's entry of its code page
    for i, gpa in enumerate((code_gpa, vec_gpa)):
        _purge(core, gpa, root_asid)
        C._preload(core, gpa, index=i)
    glo = (code_gpa >> 12 << 6) | (3 << 3) | 6
    C._write_entry(core, (code_gva & ~0x7FFF) | asid, C.PM_SMALL, 0 if code_gva & 0x4000 else glo,
                   glo if code_gva & 0x4000 else 0, index=2, guest=True)
    case.wired = max(wired, 3)
    core.cp0_set(6, 0, case.wired)
    _enter_guest_mode(core, rng, g.gid, root_asid, root_ebase)
    core.cp0_set(5, 0, C.PM_SMALL)
    core.cp0_set(0, 0, rng.randrange(geometry["vtlb"]))
    core.cp0_set(2, 0, rng.getrandbits(64))
    core.cp0_set(3, 0, rng.getrandbits(64))
    C._set_scratch(core, rng, core.cp0_set, XKPHYS | gpt.pt.pgd, rks5, rks6)
    _rand_guest_cp0(core, rng, kernel.STATUS_USER, (XKPHYS | t.pt.pgd, ks5, ks6))
    C._set_ebase(core, guest_ebase, core.gcp0_set)
    core.gcp0_set(10, 0, asid)
    core.gcp0_set(6, 0, case.wired)      # guest Wired covers root's wired entries (a shared JTLB)
    C._rand_thread_state(core, rng)
    core.set_gpr(base, (va - offset) & C.MASK64)
    core.pc = g.pc
    extra = {"root_ebase": root_ebase, "root_ebase_pa": root_ebase_pa, "gpt": gpt, "gf": gf,
             "rks5": rks5, "rks6": rks6, "root_asid": root_asid, "walk": walk}
    return core, case, t, g, extra


def _purge(core, va: int, asid: int) -> None:
    """Invalidate every root entry (of GuestCtl1.RID) that maps va, so an entry
    written there is the only one (two matches are a Machine Check)."""
    for _ in range(4):
        core.cp0_set(10, 0, (va & ~0x1FFF) | asid)
        core.tlbp()
        idx = core.cp0_get(0, 0)
        if idx & (1 << 31):
            break
        C._write_entry(core, 0x400 | (idx << 15), C.PM_SMALL, 0, 0, index=idx)    # EHINV: invalid
    core.cp0_set(10, 0, asid)


class _Nested:
    """The root refills in the middle of the guest's walk: each entry (the
    guest leaves guest mode at a GPA) and return (back into the guest), with
    the GPRs, the pc and the root TLB entry it wrote."""

    def __init__(self, core, case, g: Guest, x: dict, geometry: dict, snap_gprs: list, kvm: C.Handler,
                 trace: bool):
        self.core, self.case, self.g, self.x, self.geometry = core, case, g, x, geometry
        self.kvm, self.trace = kvm, trace
        self.gprs = list(snap_gprs)          # the GPRs before the step being run
        self.entry = None
        self.written: dict[int, dict] = {}      # index -> the entry a nested refill wrote there
        masks = C._wmasks(core.model)
        self.wm = (masks[2 * 8], masks[3 * 8])

    def __call__(self, core, pc, op):
        if not core.in_guest:
            if self.entry is None:
                gpa = core.cp0_get(8, 0)
                ref = C._reference(core, gpa, C.ftlb_on(core, self.geometry), *self.wm)
                self.entry = {"gpa": gpa, "epc": core.cp0_get(14, 0), "gprs": self.gprs, "ref": ref,
                              "tlb": core.tlb_entries(), "huge": ref["huge"]}
                if self.trace:          # the vector's first instruction ran in the step that left the guest
                    w = int.from_bytes(self.kvm.image[C.MAIN_ENTRY:C.MAIN_ENTRY + 4], "little")
                    self.case.trace.append(((self.x["root_ebase"] + C.MAIN_ENTRY) & C.MASK64, w))
                if (core.cp0("GuestCtl0") >> 2) & 31 != GExc.GPA or core.pc != (self.x["root_ebase"] + 0x84) & C.MASK64:
                    return ("left guest mode", f"{op.at(pc - self.case.ebase)} at {pc:#x} left guest mode "
                                               f"to root pc {core.pc:#x}, not a root GPA refill")
            return None
        if self.entry is not None:
            self._returned(core)
        self.gprs = [core.get_gpr(r) for r in range(32)]
        return None

    def _returned(self, core) -> None:
        e, fail = self.entry, self.case.fail
        self.entry = None
        self.g.nested.append({"gpa": e["gpa"], "huge": e["huge"]})
        where = " in the nested root refill"
        check_guest_k(fail, core, e["gprs"], where)
        for r in range(1, 32):
            if r not in (K0, K1) and core.get_gpr(r) != e["gprs"][r]:
                fail(f"clobbered ${GPR[r]} (r{r}){where}",
                     f"clobbered ${GPR[r]} (r{r}){where} of GPA {e['gpa']:#x}: {e['gprs'][r]:#x} -> "
                     f"{core.get_gpr(r):#x}")
        if core.pc != e["epc"]:
            fail("nested root refill returned to the wrong pc",
                 f"the root refill of GPA {e['gpa']:#x} returned to {core.pc:#x}, not {e['epc']:#x}")
        after = core.tlb_entries()
        changed = {i for i in range(len(after)) if after[i] != e["tlb"][i]}
        self.written.update({i: after[i] for i in changed})
        ref = e["ref"]
        ok = [i for i in changed if after[i]["valid"] and after[i]["tag"] == self.g.gid
              and after[i]["vpn2"] == ref["vpn2"] and after[i]["pagemask"] == ref["pagemask"]
              and (after[i]["lo0"], after[i]["lo1"]) == (ref["lo0"], ref["lo1"])]
        if len(changed) != 1 or not ok:
            fail("wrong root entry in the nested refill",
                 f"the root refill of GPA {e['gpa']:#x} in the guest's walk wrote "
                 f"{'; '.join(MC.entry_text(after[i]) for i in sorted(changed)) or 'nothing'}, expected "
                 f"VPN2 {ref['vpn2']:#x} PageMask {ref['pagemask']:#x} EntryLo {ref['lo0']:#x}/{ref['lo1']:#x} "
                 f"of {owner(self.g.gid)}")


def run_guest_case(handler: C.Handler, index: int, seed: int, geometry: dict, trace: bool = False,
                   mem_size: int | None = None, timing: Timing | None = None, kvm: C.Handler | None = None,
                   **_) -> C.Case:
    from ..core import EVENT_EXCEPTION, EXC_PROBE
    core, case, t, g, x = build_guest_case(index, seed, geometry, mem_size, timing)
    kvm = kvm or _kvm_handler()
    gf, gpt = x["gf"], x["gpt"]
    vec_hpa = gf.hpa_of[t.vector] | (case.ebase_pa & M.PAGE_MASK)
    core.phys_write(vec_hpa, handler.image)
    core.phys_write(x["root_ebase_pa"], kvm.image)
    case.extra["guest"] = g
    gmasks = cp0regs.guest_wmask_array(core.model)
    ref = C._reference(core, case.va, C.ftlb_on(core, geometry), gmasks[2 * 8], gmasks[3 * 8], x["walk"])
    ref["tag"] = TAG_GUEST | g.gid
    ref["tag_why"] = ": a guest TLBWR writes an entry of GuestCtl1.ID"
    case.expected = ref

    gregs = MC.cp0_list(core.model, guest=True)
    rregs_all = MC.cp0_list(core.model, SAVE_SLOTS)
    root_before = MC.read_cp0(core, rregs_all)
    gstatus = core.gcp0_get(12, 0)
    since = C.costs_now(core)
    ev = run_to_vector(core, vec_hpa + C.MAIN_ENTRY)
    if ev != EVENT_EXCEPTION or core.exc_code != EXC_PROBE or not core.in_guest \
            or core.pc != (case.ebase + C.MAIN_ENTRY) & C.MASK64 or core.gcp0_get(8, 0) != case.va:
        raise C.InternalError(f"case {index}: the guest access {g.insn} at {g.pc:#x} (GVA {case.va:#x}) did not "
                              f"take a guest refill (pc {core.pc:#x}, event {ev}, guest mode {core.in_guest})")
    since = since[:2] + C.costs_now(core)[2:]
    frames = sorted(set(x["gf"].host.used) | set(gf.hpa_of.values()) | {x["root_ebase_pa"] & ~M.PAGE_MASK})
    snap = MC.take(core, gregs, frames)
    snap.status = gstatus
    snap.cp0 = MC.read_cp0(core, gregs, core.gcp0_get)
    mon = R.Monitor(case.ebase, core.model, len(snap.tlb), frozenset(gf.used), case.ebase_pa,
                    len(handler.image), cp0_get=core.gcp0_get)
    nested = _Nested(core, case, g, x, geometry, snap.gprs, kvm, trace)
    case.extra["root_ebase"] = x["root_ebase"]
    regions = [C._region(handler.image, case.ebase, mon, True), C._region(kvm.image, x["root_ebase"], None,
                                                                          False, KVM_LIMIT)]
    C.run_handler(core, case, regions, lambda c: c.in_guest and not c.kernel_mode, trace, nested,
                  GUEST_BUDGET, since)
    if not case.exit:
        return case
    after = core.tlb_entries()
    # the guest's own write: entries still as a nested root refill left them are not it
    seen = [snap.tlb[i] if nested.written.get(i) == after[i] else after[i] for i in range(len(after))]
    written = C._check_written(case, snap.tlb, seen, ref, geometry)
    MC.other_tlb_changes(case.fail, snap.tlb, after, set(nested.written) | {written}, case.wired, "")
    MC.compare_registers(case.fail, core, snap, mon)
    MC.compare_cp0(case.fail, core, gregs, snap, mon, returned=True, get=core.gcp0_get)
    C.check_counter(case, core.gcp0_get(31, 7), ref["huge"], "guest KScratch6")
    # root: as it was, but for what the nested refills change by design
    rsnap = MC.Snapshot([], 0, 0, [], 0, root_before["Status"], root_before, [], {}, 0, 0)
    rregs = MC.cp0_list(core.model, SAVE_SLOTS + (ENTRY_REGS if g.nested else ()))
    MC.compare_cp0(case.fail, core, rregs, rsnap, None, returned=False, what="root ")
    rcase = dataclasses.replace(case, ks5=x["rks5"], ks6=x["rks6"], faults=[])
    huge_nested = sum(n["huge"] for n in g.nested)
    now = core.cp0_get(31, 7)
    want = (x["rks6"] + (huge_nested if x["rks5"] else 0)) & C.MASK64
    if now != want:
        case.fail("root KScratch6 wrong after the nested refills",
                  f"root KScratch6 {rcase.ks6:#x} -> {now:#x} after {huge_nested} huge GPA refills in the walk "
                  f"with root KScratch5 = {rcase.ks5:#x}, expected {want:#x}")
    MC.compare_memory(case.fail, core, snap, mon, _guest_role(t, gf, gpt), None)
    if core.pc != g.pc:
        case.fail("returned to the wrong pc", f"returned to {core.pc:#x}, not guest EPC {g.pc:#x}")
    return case


def _guest_role(t: C._Tables, gf: GuestFrames, gpt: C._Tables):
    hpa_gpa = {h & ~M.PAGE_MASK: gpa for gpa, h in gf.hpa_of.items()}

    def role(pa: int) -> str:
        frame = pa & ~M.PAGE_MASK
        if frame in hpa_gpa:
            return f"the guest's {t.role(hpa_gpa[frame] | (pa & M.PAGE_MASK))}, GPA {hpa_gpa[frame]:#x}"
        if frame in gf.host._taken:
            return f"the GPA page table's {gpt.role(pa)}"
        return f"GPA {pa:#x}: the guest's {t.role(pa)}" if frame in gf._taken else "memory no page table uses"
    return role


_KVM: dict = {}


def _kvm_handler() -> C.Handler:
    """The shipped root GPA refill handler, which --guest runs at root EBase."""
    if "h" not in _KVM:
        _KVM["h"] = C.load_handler(default_kvm_handler_path())
    return _KVM["h"]


# --------------------------------------------------------------------------- the report

def head_lines(rep) -> list[str]:
    """What the guest-mode machines were: GuestID and RAD cases, the guest's
    accesses, the retries; for --guest the root refills nested in the walk."""
    gs = [c.extra["guest"] for c in rep.cases if "guest" in c.extra]
    if not gs:
        return []
    rad = sum(g.rad for g in gs)
    ids = {g.gid for g in gs if not g.rad}
    out = [f"guest mode: {len(gs) - rad} cases with GuestID ({len(ids)} IDs), {rad} in RAD mode"]
    if rep.options.get("mode") == "root-gpa":
        loads = sum(not ACCESSES[g.access][2] for g in gs)
        out.append(f"guest accesses: {loads} loads, {len(gs) - loads} stores through guest xkphys; "
                   f"each retried after the ERET")
    else:
        nested = [len(g.nested) for g in gs]
        huge = sum(n["huge"] for g in gs for n in g.nested)
        out.append(f"root GPA refills inside the guest's walk: {sum(nested)} in {sum(1 for n in nested if n)} "
                   f"cases ({huge} of a huge GPA mapping), at most {max(nested)} in one refill")
    return out


