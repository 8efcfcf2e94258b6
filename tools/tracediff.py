#!/usr/bin/env python3
"""Find where mipsvm and qemu-mips64el first disagree on a program's execution.

    python3 tools/tracediff.py PROG [ARGS...] [--limit N] [--regs]

qemu runs with `-singlestep -d cpu,nochain` (one register dump per instruction);
mipsvm steps one instruction at a time. The PC sequences are compared; with
--regs the GPRs after each instruction are compared too (pointer values differ
between the two when stack or mmap placement differs, so PCs come first).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from mipsvm.core import EVENT_EXCEPTION  # noqa: E402
from mipsvm import CPU, System, SystemConfig  # noqa: E402
from mipsvm.isa import disasm  # noqa: E402

ENV = {"LANG": "C", "TZ": "UTC0"}  # both runs see the same, small environment
PC_RE = re.compile(r"^pc=0x([0-9a-f]+)")
GPR_RE = re.compile(r"^GPR\d\d: (.*)")


def qemu_trace(prog: str, args: list[str], limit: int) -> list[tuple[int, list[int]]]:
    with tempfile.TemporaryDirectory() as d:
        log = os.path.join(d, "q.log")
        subprocess.run(["qemu-mips64el", "-cpu", "MIPS64R2-generic", "-singlestep", "-d", "cpu,nochain",
                        "-D", log, prog, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=ENV)
        out: list[tuple[int, list[int]]] = []
        pc, regs = None, []
        with open(log) as f:
            for line in f:
                m = PC_RE.match(line)
                if m:
                    if pc is not None:
                        out.append((pc, regs))
                        if len(out) >= limit:
                            return out
                    pc, regs = int(m.group(1), 16), []
                    continue
                m = GPR_RE.match(line)
                if m:
                    toks = m.group(1).split()
                    regs += [int(t, 16) for t in toks[1::2]]
        if pc is not None:
            out.append((pc, regs))
        return out


def mipsvm_trace(prog: str, args: list[str], limit: int) -> list[tuple[int, list[int], int]]:
    system = System(SystemConfig(cpu=CPU(mmu="ideal")))
    proc = system.load(prog, args, env=[f"{k}={v}" for k, v in ENV.items()])
    core = proc.core
    out = []
    while proc.running and len(out) < limit:
        pc = core.pc
        regs = [core.get_gpr(i) for i in range(32)]
        out.append((pc, regs, int.from_bytes(proc.mm.read(pc, 4), "little")))
        ev = core.run(core.icount + 1)
        if ev == EVENT_EXCEPTION:
            proc.handle_exception()
            # a fault that is served restarts the same instruction: drop the duplicate
            if core.pc == pc and out and out[-1][0] == pc:
                out.pop()
    return out


def _differs(x: int, y: int) -> bool:
    """Register values that differ other than as pointers into differently placed memory."""
    return x != y and x < 1 << 32 and y < 1 << 32


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=200000)
    ap.add_argument("--regs", action="store_true")
    ap.add_argument("prog")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    q = qemu_trace(a.prog, a.args, a.limit)
    m = mipsvm_trace(a.prog, a.args, a.limit)
    for i, ((qpc, qr), (mpc, mr, _)) in enumerate(zip(q, m)):
        bad = qpc != mpc
        if not bad and a.regs and qr and any(_differs(x, y) for x, y in zip(qr, mr)):
            bad = True
        if bad:
            print(f"first difference at step {i}: qemu pc {qpc:#x}, mipsvm pc {mpc:#x}")
            for j in range(max(0, i - 8), i + 1):
                print(f"  step {j}: qemu {q[j][0]:#x}  mipsvm {m[j][0]:#x}  {disasm(m[j][2], m[j][0])}")
            if a.regs or qpc != mpc:
                qr, mr = q[i - 1][1], m[i - 1][1]   # state before the diverging step
                for r in range(32):
                    if _differs(qr[r], mr[r]) or (qpc != mpc and qr[r] != mr[r]):
                        print(f"  ${r}: qemu {qr[r]:#x} mipsvm {mr[r]:#x}")
            return 1
    print(f"no difference in {min(len(q), len(m))} steps (qemu {len(q)}, mipsvm {len(m)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
