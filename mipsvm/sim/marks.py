"""Magic instructions and stats dumps during a run (gem5's m5ops and
periodic stats, in our terms; docs/debugger.md).

A program marks its region of interest with SYNC stypes 0x18..0x1b, which
qemu and real CPUs treat as no-ops (implementation-specific stypes) and the
core returns to Python once retired (EVENT_MAGIC; `workloads/include/mipsvm.h`):
    sync 0x18   reset: later dumps count from here
    sync 0x19   dump: record the statistics (since the last reset)
    sync 0x1a   work begin: a reset that opens the region of interest
    sync 0x1b   work end: a dump that closes it
`--stats-every N` dumps every N instructions as well.  Each dump holds the
statistics whose values are numbers, as differences from the last reset
(absolute without one); the end-of-run stats.txt is unchanged.  With
--outdir they land in stats_dumps.txt (gem5-style blocks) and
stats_dumps.json.
"""

from __future__ import annotations

import json
import os
from collections import Counter

from .stats import Stats

MAGIC = {0x18: "reset", 0x19: "dump", 0x1a: "work_begin", 0x1b: "work_end"}
NEVER = 1 << 64
_HOST = ("host_seconds", "mips")          # the host's, not the simulation's


class StatsMarks:
    def __init__(self, system, every: int | None = None):
        if every is not None and every <= 0:
            raise ValueError(f"--stats-every: {every} is not a positive instruction count")
        self.system = system
        self.every = every
        self.next_dump = every if every else NEVER
        self.base: dict | None = None
        self.dumps: list[dict] = []
        self.counts: Counter = Counter()
        self._desc: dict[str, str] = {}

    def _snapshot(self) -> dict:
        st = self.system.stats(0.0)
        self._desc.update(st.descriptions())
        return {k: v for k, v in st.as_dict().items()
                if isinstance(v, (int, float)) and not isinstance(v, bool) and k not in _HOST}

    def magic(self, stype: int, icount: int) -> None:
        name = MAGIC.get(stype, f"reserved_{stype:#x}")
        self.counts[name] += 1
        if name in ("reset", "work_begin"):
            self.base = self._snapshot()
        elif name in ("dump", "work_end"):
            self._dump(name, icount)

    def periodic(self, icount: int) -> None:
        while self.next_dump <= icount:
            self.next_dump += self.every
        self._dump("periodic", icount)

    def _dump(self, why: str, icount: int) -> None:
        cur = self._snapshot()
        base = self.base or {}
        self.dumps.append({"index": len(self.dumps), "why": why, "icount": icount,
                           "stats": {k: v - base.get(k, 0) for k, v in cur.items()}})

    def reg_stats(self, st) -> None:
        for name in list(MAGIC.values()):
            st.add(f"magic.{name}", self.counts[name], f"Magic instructions ({name}) the program executed")
        st.add("magic.dumps", len(self.dumps), "Statistics dumps taken (magic and --stats-every)")

    def write(self, outdir: str) -> None:
        if not self.dumps:
            return
        with open(os.path.join(outdir, "stats_dumps.json"), "w") as f:
            json.dump(self.dumps, f, indent=1)
            f.write("\n")
        blocks = []
        for d in self.dumps:
            st = Stats()
            st.add("dump.index", d["index"], f"Dump number ({d['why']})")
            st.add("dump.icount", d["icount"], "Instruction count at the dump")
            for k, v in d["stats"].items():
                st.add(k, v, self._desc.get(k, ""))
            blocks.append(st.format_txt())
        with open(os.path.join(outdir, "stats_dumps.txt"), "w") as f:
            f.write("".join(blocks))
