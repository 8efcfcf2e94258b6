"""Statistics registry: gem5-style stats.txt plus stats.json.

Simulated statistics are deterministic (same binary, config and seed give the
same bytes); the host_* entries measure the host and are the only exception."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from ..cp0 import Exc
from ..cp0.regs import EXCCODES


@dataclass
class Stat:
    name: str
    value: int | float
    desc: str


class Stats:
    def __init__(self) -> None:
        self._stats: list[Stat] = []

    def add(self, name: str, value, desc: str) -> None:
        self._stats.append(Stat(name, value, desc))

    def __getitem__(self, name: str):
        for s in self._stats:
            if s.name == name:
                return s.value
        raise KeyError(name)

    def as_dict(self) -> dict:
        return {s.name: s.value for s in self._stats}

    def format_txt(self) -> str:
        width = max([len(s.name) for s in self._stats] + [30])
        lines = ["", "---------- Begin Simulation Statistics ----------"]
        for s in self._stats:
            v = f"{s.value:.6f}" if isinstance(s.value, float) else str(s.value)
            lines.append(f"{s.name:<{width}} {v:>20}   # {s.desc}")
        lines += ["", "---------- End Simulation Statistics   ----------", ""]
        return "\n".join(lines)

    def write(self, outdir: str) -> None:
        os.makedirs(outdir, exist_ok=True)
        with open(os.path.join(outdir, "stats.txt"), "w") as f:
            f.write(self.format_txt())
        with open(os.path.join(outdir, "stats.json"), "w") as f:
            json.dump(self.as_dict(), f, indent=1, sort_keys=False)
            f.write("\n")


# exceptions.<name>: the CP0 table's ExcCode names in lower case ("syscall" for Sys)
EXC_STAT_NAMES = {code: name.lower() for code, name in EXCCODES.items()} | {Exc.Sys: "syscall"}


def collect(proc, host_seconds: float) -> Stats:
    """Stats of one finished (or stopped) process."""
    core = proc.core
    st = Stats()
    insts = core.icount
    st.add("sim_insts", insts, "Number of instructions simulated")
    st.add("instructions", insts, "Instructions retired (alias of sim_insts)")
    st.add("cycles", proc.cycles, "Simulated cycles (one per instruction plus stalls)")
    st.add("sim_seconds", proc.cycles / 1e9, "Simulated seconds at 1 GHz")
    st.add("syscalls", proc.stats["syscalls"], "System calls served by the host kernel")
    st.add("page_faults", proc.stats["page_faults"], "Faults served by demand paging")
    st.add("minor_faults", proc.mm.minor_faults, "Pages allocated on first touch")
    st.add("mem_pages_in_use", proc.mm.rss_pages, "16 KB physical frames in use at exit")
    excs = core.exceptions_taken() if core.tlb_mode else proc.exc_counts
    for code in sorted(excs):
        name = EXC_STAT_NAMES.get(code, str(code))
        st.add(f"exceptions.{name}", excs[code], f"Exceptions taken with ExcCode {code}")
    if core.tlb_mode:
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
        st.add("tlb.machine_checks", t["mcheck"], "Duplicate TLB entries refused (Machine Check)")
        st.add("cp0.kscratch6", core.cp0_get(31, 7), "KScratch6: huge refills counted by the handler")
        st.add("timer_ticks", proc.stats["timer_ticks"], "Timer interrupts served by the host kernel")
    counters = getattr(proc.mm, "counters", None)
    if counters is not None:
        for k, v in counters().items():
            st.add(f"mm.{k}", v, "Memory-manager counter (docs/thp.md)")
    for key in sorted(k for k in proc.stats if k.startswith("syscall.")):
        st.add(key, proc.stats[key], "Calls of this system call")
    st.add("host_seconds", round(host_seconds, 6), "Host wall-clock seconds (not deterministic)")
    st.add("mips", round(insts / host_seconds / 1e6, 3) if host_seconds > 0 else 0.0,
           "Simulated million instructions per host second (not deterministic)")
    return st
