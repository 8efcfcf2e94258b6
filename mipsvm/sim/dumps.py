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


def dump_cp0(core, model=None) -> str:
    if not core.tlb_mode:
        return "CP0: not modelled with --mmu ideal\n"
    return "---- CP0 (root) ----\n" + fields.format_cp0(cp0_values(core, model), model) + "\n"


def dump_tlb(core, model=None) -> str:
    if not core.tlb_mode:
        return "TLB: not modelled with --mmu ideal\n"
    return TLBView(core, model).format()
