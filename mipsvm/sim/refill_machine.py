"""The whole-machine comparison of check-refill: everything a refill handler
may not change, taken before a case and compared after it (docs/check-refill.md).

Which CP0 registers are compared comes from the CP0 table (mipsvm/cp0/regs.py):
every implemented register except the few a refill changes by design
(``REFILL_MAY_CHANGE``, each with its reason).  The registers the exception
entry sets (BadVAddr, EntryHi, Context, XContext, EPC, Cause, BadInstr) are
compared with their value after the entry, Status with its value before the
exception (ERET clears EXL again)."""

from __future__ import annotations

from dataclasses import dataclass

from ..cp0 import regs as cp0regs
from ..host import pgtable as pg
from ..isa.regnames import GPR, K0, K1

# By register name or table layout: what a refill may change, and why.
REFILL_MAY_CHANGE = {
    "Index": "TLBP writes it (the probe of Linux's TLBL/TLBS handlers); a refill does not use it",
    "Random": "hardware: a new value on every read and TLBWR",
    "EntryLo0": "the handler's output, the even page",
    "EntryLo1": "the handler's output, the odd page",
    "Count": "time passes",
    "LLAddr": "an LLD of a PTE (Linux's lld/scd accessed-bit form)",
    "PerfCnt": "counts events (TLB refills, instructions, cycles) as PerfCtl selects",
    "KScratch6": "the huge-refill counter, checked on its own rule",
}


_COMPARED: dict = {}


def cp0_list(model, also=(), guest: bool = False) -> tuple:
    """(name, reg, sel) of every implemented CP0 register a refill must leave as
    it found it; also: more names it may change (the KVM handler's save slots);
    guest: the registers of the guest context."""
    key = (repr(model), tuple(also), guest)
    if key not in _COMPARED:
        _COMPARED[key] = tuple((r.name, r.reg, r.sel) for r in cp0regs.registers(model) if r.implemented
                               and (r.guest or not guest) and r.name not in also
                               and r.name not in REFILL_MAY_CHANGE and r.layout not in REFILL_MAY_CHANGE)
    return _COMPARED[key]


def read_cp0(core, regs: tuple, get=None) -> dict:
    get = get or core.cp0_get
    return {name: get(reg, sel) for name, reg, sel in regs}


@dataclass
class Snapshot:
    """The state before the handler runs."""
    gprs: list
    hi: int
    lo: int
    fprs: list
    fcsr: int
    status: int                 # before the exception
    cp0: dict                   # after the exception entry
    tlb: list
    memory: dict                # frame PA -> its 16 KB, every frame the case wrote
    loads: int                  # the core's data-access counters
    stores: int


def take(core, regs: tuple, frames) -> Snapshot:
    st = core.tlb_stats()
    return Snapshot([core.get_gpr(r) for r in range(32)], core.hi, core.lo,
                    [core.get_fpr(i) for i in range(32)], core.fcsr, core.cp0_get(12, 0), {},
                    core.tlb_entries(), {pa: core.phys_read(pa, pg.PAGE_SIZE) for pa in frames},
                    st["dtlb_access"] - st["stores"], st["stores"])


def field_changes(name: str, old: int, new: int, model) -> str:
    r = cp0regs.register(name, model)
    if len(r.fields) < 2:
        return ""
    parts = [f"{f.name} {f.get(old):#x} -> {f.get(new):#x}" for f in r.fields if f.get(old) != f.get(new)]
    return ", ".join(parts)


def compare_registers(fail, core, snap: Snapshot, mon) -> None:
    """GPRs other than k0/k1, HI/LO, FPRs and FCSR; a register written and
    restored is named too (only k0/k1 may be used at all)."""
    for r in range(1, 32):
        if r in (K0, K1):
            continue
        v = core.get_gpr(r)
        if v != snap.gprs[r]:
            fail(f"clobbered ${GPR[r]} (r{r})",
                 f"clobbered ${GPR[r]} (r{r}): {snap.gprs[r]:#x} -> {v:#x} (only $k0/$k1 may be used)")
        elif r in mon.gprs:
            u = mon.gprs[r]
            fail(f"uses ${GPR[r]} (r{r})",
                 f"uses ${GPR[r]} (r{r}) ({u.text} at +{u.off:#05x}), restored before the return: only "
                 f"$k0/$k1 may be used (an exception inside the handler would see it)")
    for name, old, new in (("HI", snap.hi, core.hi), ("LO", snap.lo, core.lo)):
        if old != new:
            fail(f"clobbered {name}", f"clobbered {name}: {old:#x} -> {new:#x}")
    if mon.hilo is not None and snap.hi == core.hi and snap.lo == core.lo:
        fail("writes HI/LO", f"writes HI/LO ({mon.hilo.text} at +{mon.hilo.off:#05x}): only $k0/$k1 may be used")
    fpu_changed = False
    for i in range(32):
        v = core.get_fpr(i)
        if v != snap.fprs[i]:
            fpu_changed = True
            fail(f"clobbered $f{i}", f"clobbered $f{i}: {snap.fprs[i]:#x} -> {v:#x} (the FPU belongs to "
                                     f"the interrupted thread)")
    if core.fcsr != snap.fcsr:
        fpu_changed = True
        fail("clobbered FCSR", f"clobbered FCSR: {snap.fcsr:#x} -> {core.fcsr:#x}")
    if mon.fpu is not None and not fpu_changed:
        fail("uses the FPU", f"uses the FPU ({mon.fpu.text} at +{mon.fpu.off:#05x}): only $k0/$k1 may be "
                             f"used, and Status.CU1 is clear in a thread that has not used the FPU")


def compare_cp0(fail, core, regs: tuple, snap: Snapshot, mon, returned: bool, get=None, what: str = "") -> None:
    """Every compared CP0 register against the state the handler found; every
    write to a register outside the Monitor's writable ones is named. get:
    the context's reader (root's by default); what: prefixes the register names
    in the messages ("guest ")."""
    model = core.model
    get = get or core.cp0_get
    for name, reg, sel in regs:
        want = snap.status if name == "Status" and returned else snap.cp0[name]
        got = get(reg, sel)
        use = mon.cp0.get(name) if mon is not None else None
        if what and got != want:
            detail = field_changes(name, want, got, model)
            fail(f"{what}{name} changed", f"{what}{name} (${reg},{sel}) changed: {want:#x} -> {got:#x}"
                                          f"{' (' + detail + ')' if detail else ''}")
            continue
        if got == want:
            if use is not None:
                fail(f"writes {name}", _write_message(name, reg, sel, use, True, mon.writable))
            continue
        by = f"; written by {use.text} at +{use.off:#05x}" if use is not None else ""
        if name == "PageMask":
            fail(f"PageMask not restored ({got:#010x})",
                 f"PageMask not restored ({got:#010x}) before the return, expected {want:#06x}")
        elif name == "Status" and returned and got & 2:
            fail("Status.EXL not cleared")
        elif name == "Status" and want & 1 and not got & 1:
            fail("interrupts left disabled (Status.IE cleared)",
                 f"interrupts left disabled: Status.IE cleared ({want:#x} -> {got:#x}{by})")
        elif name == "EntryHi" and (got ^ want) & 0x3FF:
            fail("EntryHi ASID changed", f"EntryHi ASID changed: {want & 0x3ff:#x} -> {got & 0x3ff:#x}{by}")
        else:
            detail = field_changes(name, want, got, model)
            fail(f"{name} changed", f"{name} (${reg},{sel}) changed: {want:#x} -> {got:#x}"
                                    f"{' (' + detail + ')' if detail else ''}{by}")
    if mon is None:
        return
    compared = {n for n, _, _ in regs}
    for name, use in mon.cp0.items():
        if name not in compared:
            r = cp0regs.register(name, model)
            fail(f"writes {name}", _write_message(name, r.reg, r.sel, use, False, mon.writable))


def _write_message(name, reg, sel, use, restored: bool, writable=None) -> str:
    from .refill_rules import WRITABLE_CP0
    writable = writable or WRITABLE_CP0
    what = f"writes {name} (${reg},{sel}) = {use.value:#x} ({use.text} at +{use.off:#05x})"
    if name == "Diag" and use.value & 0x3000:
        what += ": flushes the " + " and ".join(n for b, n in ((0x1000, "VTLB"), (0x2000, "FTLB"))
                                                 if use.value & b) + ", wired entries too (Loongson Diag)"
    elif restored:
        what += ", restored before the return"
    return f"{what}; a refill handler may write only {', '.join(writable)}"


def entry_text(e: dict) -> str:
    if not e["valid"]:
        return "invalid"
    from ..mmu import owner
    who = f" ({owner(e['tag'])})" if e.get("tag") else ""
    return f"VPN2 {e['vpn2']:#x} ASID {e['asid']:#x} PageMask {e['pagemask']:#x}{' G' if e['g'] else ''}{who}"


def other_tlb_changes(fail, before: list, after: list, written, wired: int, what: str) -> None:
    """Every entry but the ones written (a set of indices) must be unchanged, by index and whole."""
    others = [i for i in range(len(after)) if after[i] != before[i] and i not in written]
    if not others:
        return
    lost_wired = [i for i in others if i < wired]
    shown = "; ".join(f"entry {i}{' (wired)' if i < wired else ''} {entry_text(before[i])} -> "
                      f"{entry_text(after[i])}" for i in others[:4])
    more = f"; and {len(others) - 4} more" if len(others) > 4 else ""
    fail("other TLB entries changed",
         f"{len(others)} TLB entr{'y' if len(others) == 1 else 'ies'} other than the one written changed"
         f"{' ' + what if what else ''}: {shown}{more}")
    if lost_wired:
        fail("wired TLB entry changed",
             f"wired TLB entr{'y' if len(lost_wired) == 1 else 'ies'} {', '.join(map(str, lost_wired[:8]))} "
             f"changed (Wired = {wired}): wired entries must survive every refill")


def compare_memory(fail, core, snap: Snapshot, mon, role, pte_slots: frozenset | None) -> None:
    """No data stores, and every frame the case wrote byte for byte as it was.
    With pte_slots (--pte-stores) an scd may set _PAGE_ACCESSED in those PTEs."""
    allowed = pte_slots or frozenset()
    for use, va, pa in mon.stores:
        where = f"PA {pa:#x}, {role(pa)}" if pa is not None else "a mapped address"
        if pa is not None and (pa & ~7) in allowed:
            if use.name != "scd":
                fail("plain store to a PTE",
                     f"plain store to a PTE ({use.text} at +{use.off:#05x}, {where}): another CPU may update "
                     f"the PTE in between; use lld/scd as Linux's iPTE_SW does on SMP")
            continue
        extra = " except _PAGE_ACCESSED in the PTEs it loads" if pte_slots is not None else ""
        fail("stored to memory", f"stored to memory: {use.text} at +{use.off:#05x} wrote {va:#x} ({where}); "
                                 f"a refill handler does not write memory{extra}")
    stores = core.tlb_stats()["stores"] - snap.stores
    if stores and not mon.stores:
        fail("stored to memory", f"stored to memory: {stores} data stores counted by the core")
    shown = 0
    for pa, old in snap.memory.items():
        new = core.phys_read(pa, pg.PAGE_SIZE)
        if new == old:
            continue
        o, n = memoryview(old).cast("Q"), memoryview(new).cast("Q")
        for i in range(len(o)):
            if o[i] == n[i]:
                continue
            wpa = pa + 8 * i
            if wpa in allowed and not o[i] & ~n[i] and not (n[i] & ~o[i]) & ~pg._PAGE_ACCESSED:
                continue
            if shown < 4:
                what = ("a PTE store may only set _PAGE_ACCESSED; " if wpa in allowed else "")
                fail("memory changed", f"memory changed at PA {wpa:#x} ({role(wpa)}): {what}"
                                       f"{o[i]:#x} -> {n[i]:#x}")
            shown += 1
