#!/usr/bin/env python3
"""Benchmark mipsvm against qemu-mips64el on the workloads in workloads/bin/.

    python3 tools/bench.py                       # intbench + chase, default sizes
    python3 tools/bench.py --quick               # small sizes (seconds, not minutes)
    python3 tools/bench.py mcf_like hello        # add workloads (default args)
    python3 tools/bench.py 'chase:65536 1000000' # a workload with explicit args
    python3 tools/bench.py --repeat 3 --json out.json
    python3 tools/bench.py --mipsvm-cmd 'python3 -m mipsvm run --seed 1'

For each workload the program runs under mipsvm (``<cmd> --outdir TMP BIN
ARGS``; the instruction count and host_seconds come from TMP/stats.json) and
under qemu (wall time measured around subprocess.run).  With --repeat N both
are run N times and the best time is kept.  Both must print identical stdout.
qemu's MIPS figure uses mipsvm's instruction count; "qemu/mipsvm" is how many
times faster qemu is.  Exit status: 0 if every workload ran and matched.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN_DIR = REPO / "workloads" / "bin"

# name -> (default args, --quick args)
WORKLOADS = {
    "hello": ([], []),
    "intbench": ([], ["small"]),
    "chase": ([], ["65536", "1000000"]),
    "mcf_like": (["256", "1024", "4000000"], ["16", "256", "100000"]),   # 1.6 GB default: too long here
    "compute": (["200"], ["10"]),
    "memstress": ([], ["2", "16"]),
}
DEFAULT_SET = ["intbench", "chase"]


def parse_workload(spec: str, quick: bool):
    """'name' or 'name:ARGS' (ARGS shell-split)."""
    if ":" in spec:
        name, rest = spec.split(":", 1)
        args = shlex.split(rest)
    else:
        name = spec
        default, small = WORKLOADS.get(name, ([], []))
        args = list(small if quick else default)
    return name, args


def run_mipsvm(cmd_prefix, binary, args, timeout):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    with tempfile.TemporaryDirectory(prefix="bench-mipsvm-") as tmp:
        outdir = Path(tmp) / "out"
        cwd = Path(tmp) / "cwd"
        outdir.mkdir()
        cwd.mkdir()
        cmd = [*cmd_prefix, "--outdir", str(outdir), str(binary), *args]
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, cwd=cwd, env=env, timeout=timeout)
        wall = time.perf_counter() - t0
        stats = None
        sj = outdir / "stats.json"
        if sj.is_file():
            try:
                stats = json.loads(sj.read_text())
            except ValueError:
                stats = None
    return {"cmd": cmd, "returncode": p.returncode, "stdout": p.stdout, "stderr": p.stderr,
            "wall": wall, "stats": stats}


def run_qemu(qemu_cmd, binary, args, timeout):
    with tempfile.TemporaryDirectory(prefix="bench-qemu-") as cwd:
        cmd = [*qemu_cmd, str(binary), *args]
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, cwd=cwd, timeout=timeout)
        wall = time.perf_counter() - t0
    return {"cmd": cmd, "returncode": p.returncode, "stdout": p.stdout, "stderr": p.stderr, "wall": wall}


def _num(stats, key):
    v = stats.get(key) if isinstance(stats, dict) else None
    return v if isinstance(v, (int, float)) else None


def bench_one(name, args, opts):
    binary = BIN_DIR / name
    row = {"workload": name, "args": args, "instructions": None, "mipsvm_seconds": None,
           "mipsvm_wall": None, "mipsvm_mips": None, "qemu_seconds": None, "qemu_mips": None,
           "ratio": None, "stdout_match": None, "error": None}
    if not binary.is_file():
        row["error"] = f"{binary} missing (run: make -C workloads)"
        return row
    to = opts.timeout
    best_vm = None
    if not opts.no_mipsvm:
        for _ in range(opts.repeat):
            try:
                r = run_mipsvm(opts.mipsvm_cmd, binary, args, to)
            except subprocess.TimeoutExpired:
                row["error"] = f"mipsvm timed out after {to}s"
                return row
            if r["returncode"] != 0:
                row["error"] = (f"mipsvm exited {r['returncode']}: "
                                + r["stderr"].decode("utf-8", "replace").strip()[-500:])
                return row
            hs = _num(r["stats"], "host_seconds")
            if r["stats"] is None or hs is None:
                row["error"] = "mipsvm wrote no usable stats.json (instructions, host_seconds)"
                return row
            if best_vm is None or hs < _num(best_vm["stats"], "host_seconds"):
                best_vm = r
        st = best_vm["stats"]
        row["instructions"] = _num(st, "instructions")
        row["mipsvm_seconds"] = _num(st, "host_seconds")
        row["mipsvm_wall"] = best_vm["wall"]
        mips = _num(st, "mips")
        if mips is None and row["instructions"] and row["mipsvm_seconds"]:
            mips = row["instructions"] / row["mipsvm_seconds"] / 1e6
        row["mipsvm_mips"] = mips
    best_q = None
    if not opts.no_qemu:
        for _ in range(opts.repeat):
            try:
                q = run_qemu(opts.qemu_cmd, binary, args, to)
            except subprocess.TimeoutExpired:
                row["error"] = f"qemu timed out after {to}s"
                return row
            if best_q is None or q["wall"] < best_q["wall"]:
                best_q = q
        row["qemu_seconds"] = best_q["wall"]
        row["qemu_returncode"] = best_q["returncode"]
        if row["instructions"] and best_q["wall"] > 0:
            row["qemu_mips"] = row["instructions"] / best_q["wall"] / 1e6
    if best_vm is not None and best_q is not None:
        row["stdout_match"] = best_vm["stdout"] == best_q["stdout"] and best_q["returncode"] == 0
        if not row["stdout_match"]:
            row["error"] = ("stdout differs: mipsvm " + repr(best_vm["stdout"][-200:])
                            + " qemu " + repr(best_q["stdout"][-200:]))
    if row["qemu_mips"] and row["mipsvm_mips"]:
        row["ratio"] = row["qemu_mips"] / row["mipsvm_mips"]
    return row


COLUMNS = [("workload", "workload"), ("instructions", "instructions"), ("mipsvm_seconds", "mipsvm s"),
           ("mipsvm_mips", "mipsvm MIPS"), ("qemu_seconds", "qemu s"), ("qemu_mips", "qemu MIPS"),
           ("ratio", "qemu/mipsvm"), ("stdout_match", "same stdout")]


def fmt(key, v):
    if v is None:
        return "-"
    if key == "instructions":
        return f"{v:,}"
    if key in ("mipsvm_seconds", "qemu_seconds"):
        return f"{v:.3f}"
    if key in ("mipsvm_mips", "qemu_mips"):
        return f"{v:.1f}"
    if key == "ratio":
        return f"{v:.1f}x"
    if key == "stdout_match":
        return "yes" if v else "NO"
    if key == "workload":
        return v
    return str(v)


def label(row):
    return row["workload"] + ((" " + " ".join(row["args"])) if row["args"] else "")


def print_table(rows):
    cells = [[label(r) if k == "workload" else fmt(k, r.get(k)) for k, _ in COLUMNS] for r in rows]
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        heads = [h for _, h in COLUMNS]
        widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]
        print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(heads, widths))))
        for c in cells:
            print("  ".join(x.ljust(w) if i == 0 else x.rjust(w) for i, (x, w) in enumerate(zip(c, widths))))
    else:
        t = Table(title="mipsvm vs qemu-mips64el")
        for i, (_, h) in enumerate(COLUMNS):
            t.add_column(h, justify="left" if i == 0 else "right", no_wrap=True)
        for c in cells:
            t.add_row(*c)
        # not a terminal (piped, CI log): do not squeeze the table into 80 columns
        console = Console() if sys.stdout.isatty() else Console(width=200)
        console.print(t)
    for r in rows:
        if r.get("error"):
            print(f"{label(r)}: {r['error']}", file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("workloads", nargs="*",
                    help="extra workloads: NAME or 'NAME:ARGS' (binaries in workloads/bin/)")
    ap.add_argument("--quick", action="store_true", help="small arguments (for a fast smoke run)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per workload and engine; the best time is kept")
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    ap.add_argument("--mipsvm-cmd", default=f"{shlex.quote(sys.executable)} -m mipsvm run",
                    help="command prefix for mipsvm (default: %(default)s)")
    ap.add_argument("--qemu-cmd", default="qemu-mips64el -cpu MIPS64R2-generic",
                    help="command prefix for qemu (default: %(default)s)")
    ap.add_argument("--only", action="store_true", help="run only the named workloads, not intbench+chase")
    ap.add_argument("--no-qemu", action="store_true", help="skip the qemu runs")
    ap.add_argument("--no-mipsvm", action="store_true", help="skip the mipsvm runs (qemu times only)")
    ap.add_argument("--timeout", type=float, default=None, help="per-run timeout in seconds")
    opts = ap.parse_args(argv)
    opts.repeat = max(1, opts.repeat)
    opts.mipsvm_cmd = shlex.split(opts.mipsvm_cmd)
    opts.qemu_cmd = shlex.split(opts.qemu_cmd)

    specs = ([] if opts.only and opts.workloads else list(DEFAULT_SET))
    for w in opts.workloads:
        if w not in specs:
            specs.append(w)
    rows = []
    for spec in specs:
        name, args = parse_workload(spec, opts.quick)
        print(f"running {' '.join([name, *args])} ...", file=sys.stderr, flush=True)
        rows.append(bench_one(name, args, opts))
    print_table(rows)
    if opts.json:
        with open(opts.json, "w") as f:
            json.dump({"quick": opts.quick, "repeat": opts.repeat, "mipsvm_cmd": opts.mipsvm_cmd,
                       "qemu_cmd": opts.qemu_cmd, "results": rows}, f, indent=2)
            f.write("\n")
    return 1 if any(r.get("error") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
