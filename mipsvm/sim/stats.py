"""Statistics registry: gem5-style stats.txt plus stats.json.

Simulated statistics are deterministic (same binary, config and seed give the
same bytes); the host_* entries measure the host and are the only exception."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass



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

    def descriptions(self) -> dict:
        return {s.name: s.desc for s in self._stats}

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


class Prefixed:
    """A view of a Stats that prefixes every name (a second kernel's stats)."""

    def __init__(self, st: Stats, prefix: str):
        self.st, self.prefix = st, prefix

    def add(self, name: str, value, desc: str) -> None:
        self.st.add(self.prefix + name, value, desc)


def reg_host_stats(st: Stats, insts: int, host_seconds: float) -> None:
    st.add("host_seconds", round(host_seconds, 6), "Host wall-clock seconds (not deterministic)")
    st.add("mips", round(insts / host_seconds / 1e6, 3) if host_seconds > 0 else 0.0,
           "Simulated million instructions per host second (not deterministic)")
