"""The MMU room: translation in C (the headers here, included by the core) and
the Python views of it that dumps, the debugger and tests use.

C (docs/memory.md follows one access through them):
    mmu.h       the door: vtrans() -> host translation cache -> mmu_translate()
    segments.h  the 64-bit address map (modes, KX/SX/UX, unmapped segments)
    tlb.h       JTLB (VTLB + FTLB) entries with owner tags, micro-TLBs
    walk.h      the ideal MMU's page-table walker (Linux layout from host/pgtable.py)
    phys.h      physical memory
Python:
    owner(tag)                  who an entry belongs to ("root", "guest 3", ...)
    TLBView(core, model)        .entries() decoded, .format() the --dump-tlb text,
                                .reg_stats(st) the tlb.* statistics
"""

from __future__ import annotations

from dataclasses import dataclass

from ..cp0 import fields

TAG_GUEST = 0x100


def owner(tag: int) -> str:
    """The owner an entry's tag names (DESIGN.md, entry ownership in the JTLB)."""
    gid = tag & 0xFF
    if tag & TAG_GUEST:
        return f"guest {gid} GVA->GPA"
    return "root" if gid == 0 else f"root GPA->HPA guest {gid}"


def page_size(pagemask: int) -> int:
    """Bytes of one page (half of the pair) of an entry with this PageMask."""
    return ((pagemask | 0x1FFF) + 1) >> 1


@dataclass
class Entry:
    index: int
    group: str          # "VTLB" or "FTLB"
    owner: str
    vpn2: int           # VA of the pair (R and VPN2)
    asid: int
    g: bool
    pagemask: int
    lo0: int
    lo1: int

    @property
    def page_size(self) -> int:
        return page_size(self.pagemask)


class TLBView:
    def __init__(self, core, model=None):
        self.core = core
        self.model = model if model is not None else getattr(core, "model", None)

    def entries(self, valid_only: bool = True) -> list[Entry]:
        out = []
        for e in self.core.tlb_entries():
            if valid_only and not e["valid"]:
                continue
            out.append(Entry(e["index"], e["group"], owner(e["tag"]), e["vpn2"], e["asid"], e["g"],
                             e["pagemask"], e["lo0"], e["lo1"]))
        return out

    def format(self) -> str:
        m = self.model
        lines = ["---- TLB (valid entries) ----",
                 f"{'index':>5} {'group':5} {'owner':<6} {'EntryHi':<40} {'PageMask':<22} EntryLo0 / EntryLo1"]
        for e in self.entries():
            lines.append(f"{e.index:>5} {e.group:5} {e.owner:<6} {fields.format_entryhi(e.vpn2 | e.asid, m):<40} "
                         f"{fields.format_pagemask(e.pagemask, m):<22} "
                         f"{fields.format_entrylo(e.lo0 | e.g, m)} / {fields.format_entrylo(e.lo1 | e.g, m)}")
        st = self.core.tlb_stats()
        lines.append("refills: " + ", ".join(f"{k}={v}" for k, v in st.items()))
        return "\n".join(lines) + "\n"

    def reg_stats(self, st) -> None:
        """The MMU's counters (TLB model only)."""
        core = self.core
        if not core.tlb_mode:
            return
        t = core.tlb_stats()
        st.add("tlb.refills", t["refills_taken"], "TLB refill exceptions taken (PerfCnt event 0x60)")
        st.add("tlb.refills.vtlb", t["refill_vtlb"], "Refill-handler writes that landed in the VTLB")
        st.add("tlb.refills.ftlb", t["refill_ftlb"], "Refill-handler writes that landed in the FTLB")
        st.add("tlb.refills.page_16k", t["refill_small"], "Refill-handler writes of 16 KB page pairs")
        st.add("tlb.refills.page_32m", t["refill_huge"], "Refill-handler writes of 32 MB huge pages")
        st.add("tlb.itlb.hits", t["itlb_hit"], "Instruction fetches that hit the ITLB")
        st.add("tlb.itlb.misses", t["itlb_miss"], "ITLB misses (filled from the JTLB)")
        st.add("tlb.dtlb.hits", t["dtlb_access"] - t["dtlb_miss"], "Data accesses that hit the DTLB")
        st.add("tlb.dtlb.misses", t["dtlb_miss"], "DTLB misses (filled from the JTLB)")
        st.add("tlb.machine_checks", t["mcheck"], "TLB writes refused with a Machine Check")
        st.add("cp0.kscratch6", core.cp0_get(31, 7), "KScratch6: huge refills counted by the handler")
