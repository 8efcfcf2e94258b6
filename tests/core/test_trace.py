"""`mipsvm run --trace`: exact, and invisible to the program and its statistics."""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELLO = os.path.join(ROOT, "workloads", "bin", "hello")


def mipsvm(tmp_path, *opts):
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", *opts, HELLO], capture_output=True,
                       text=True, timeout=120, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=ROOT))
    assert r.returncode == 0, r.stderr
    return r


def test_trace_logs_retired_instructions_refills_and_exceptions(tmp_path):
    mipsvm(tmp_path, "--trace", "t.log", "--outdir", "traced")
    mipsvm(tmp_path, "--outdir", "plain")
    lines = (tmp_path / "t.log").read_text().splitlines()
    traced = json.loads((tmp_path / "traced" / "stats.json").read_text())
    plain = json.loads((tmp_path / "plain" / "stats.json").read_text())
    insn_lines = [ln for ln in lines if " -- " not in ln]
    assert len(insn_lines) == traced["sim_insts"] == plain["sim_insts"]
    # the very first fetch misses the TLB: refill, then the handler's first instruction
    assert lines[0].endswith("-- TLB refill, BadVAddr 0x120003b10")
    assert "K 0xffffffff80000080: 403a4000  dmfc0 k0,$8" in lines[1]
    assert sum("-- TLB refill" in ln for ln in lines) == traced["tlb.refills"]
    assert sum("-- exception syscall" in ln for ln in lines) == traced["exceptions.syscall"]
    # icounts are consecutive
    counts = [int(ln.split(":")[0]) for ln in insn_lines]
    assert counts == list(range(len(counts)))
    for k in ("host_seconds", "mips"):
        traced.pop(k), plain.pop(k)
    assert traced == plain


def test_trace_window(tmp_path):
    mipsvm(tmp_path, "--trace", "w.log", "--trace-start", "1000", "--trace-count", "25")
    insn_lines = [ln for ln in (tmp_path / "w.log").read_text().splitlines() if " -- " not in ln]
    assert len(insn_lines) == 25
    assert int(insn_lines[0].split(":")[0]) == 1000
