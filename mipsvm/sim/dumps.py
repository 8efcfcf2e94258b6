"""Human-readable CP0 and TLB dumps (`--dump-cp0`, `--dump-tlb`, the debugger)."""

from __future__ import annotations

from ..cp0 import fields, regs


def cp0_values(core, model=None) -> dict:
    out = {}
    for r in regs.registers(model):
        out[r.name] = core.cp0_get(r.idx // 8, r.idx % 8)
    return out


def dump_cp0(core, model=None) -> str:
    if not core.tlb_mode:
        return "CP0: not modelled with --mmu ideal\n"
    return "---- CP0 (root) ----\n" + fields.format_cp0(cp0_values(core, model), model) + "\n"


def dump_tlb(core, model=None) -> str:
    if not core.tlb_mode:
        return "TLB: not modelled with --mmu ideal\n"
    lines = ["---- TLB (valid entries) ----",
             f"{'index':>5} {'group':5} {'EntryHi':<40} {'PageMask':<22} EntryLo0 / EntryLo1"]
    for e in core.tlb_entries():
        if not e["valid"]:
            continue
        hi = e["vpn2"] | e["asid"]
        lines.append(f"{e['index']:>5} {e['group']:5} {fields.format_entryhi(hi, model):<40} "
                     f"{fields.format_pagemask(e['pagemask'], model):<22} "
                     f"{fields.format_entrylo(e['lo0'] | e['g'], model)} / "
                     f"{fields.format_entrylo(e['lo1'] | e['g'], model)}")
    st = core.tlb_stats()
    lines.append("refills: " + ", ".join(f"{k}={v}" for k, v in st.items()))
    return "\n".join(lines) + "\n"
