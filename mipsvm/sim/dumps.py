"""Human-readable CP0 and TLB dumps (`--dump-cp0`, `--dump-tlb`, the debugger)."""

from __future__ import annotations

from ..cp0 import fields, regs
from ..mmu import TLBView


def cp0_values(core, model=None) -> dict:
    out = {}
    for r in regs.registers(model):
        if r.implemented:
            out[r.name] = core.cp0_get(r.idx // 8, r.idx % 8)
    return out


def guest_cp0_values(core, model=None) -> dict:
    """The guest CP0 context (VZ): the registers the table marks guest."""
    return {r.name: core.gcp0_get(r.idx // 8, r.idx % 8) for r in regs.registers(model)
            if r.implemented and r.guest}


def guest_in_use(core) -> bool:
    return bool(core.vz and core.cp0("GuestCtl0") >> 31)          # GuestCtl0.GM: a guest has run


def dump_cp0(core, model=None) -> str:
    if not core.tlb_mode:
        return "CP0: not modelled with --mmu ideal\n"
    out = "---- CP0 (root) ----\n" + fields.format_cp0(cp0_values(core, model), model) + "\n"
    if guest_in_use(core):
        out += "---- guest CP0 (GuestID %d) ----\n" % (core.cp0("GuestCtl1") & 0xFF)
        out += fields.format_cp0(guest_cp0_values(core, model), model) + "\n"
    return out


def dump_tlb(core, model=None) -> str:
    if not core.tlb_mode:
        return "TLB: not modelled with --mmu ideal\n"
    return TLBView(core, model).format()
