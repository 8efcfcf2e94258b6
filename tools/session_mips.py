#!/usr/bin/env python3
"""Run each scripted session program (tests/sessions: dash and busybox sh)
under mipsvm and print its simulated instructions, host seconds and MIPS.

    python tools/session_mips.py [--mmu tlb|ideal] [extra mipsvm run options]

Needs the Debian sysroot (build/sysroot, `make setup`).  Not part of the
test suite: it measures the host."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYSROOT = os.path.join(REPO, "build", "sysroot")
SESSIONS = {
    "dash": (["/bin/dash", "session.sh"], "session_dash.sh"),
    "busybox": (["/bin/busybox", "sh", "session.sh"], "session_busybox.sh"),
}
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C", "LC_ALL": "C", "TZ": "UTC0", "HOME": "/", "PYTHONPATH": REPO}


def run(name, opts):
    argv, script = SESSIONS[name]
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "work")
        os.mkdir(work)
        shutil.copy(os.path.join(REPO, "tests", "sessions", script), os.path.join(work, "session.sh"))
        out = os.path.join(tmp, "out")
        cmd = [sys.executable, "-m", "mipsvm", "run", "-L", SYSROOT, "--fs-root", tmp, "--cwd", "/work",
               "--outdir", out, *opts, os.path.join(SYSROOT, argv[0].lstrip("/")), *argv[1:]]
        t0 = time.perf_counter()
        r = subprocess.run(cmd, cwd=work, env=ENV, capture_output=True)
        wall = time.perf_counter() - t0
        # a session's last command may fail on purpose (the tests compare the status with qemu's)
        if r.returncode < 0 or not os.path.exists(os.path.join(out, "stats.txt")):
            raise SystemExit(f"session_mips: {name}: mipsvm exited {r.returncode}: "
                             f"{r.stderr.decode(errors='replace').strip().splitlines()[-1:]}")
        st = dict(line.split()[:2] for line in open(os.path.join(out, "stats.txt")) if line.strip())
    insts, secs = int(st["sim_insts"]), float(st["host_seconds"])
    return insts, secs, wall, int(st["processes"])


def main(argv):
    if not os.path.exists(os.path.join(SYSROOT, ".packages")):
        print("session_mips: no build/sysroot (run make setup)", file=sys.stderr)
        return 1
    print(f"{'session':10} {'processes':>9} {'instructions':>14} {'host s':>8} {'MIPS':>7} {'wall s':>7}")
    for name in SESSIONS:
        insts, secs, wall, procs = run(name, argv)
        print(f"{name:10} {procs:9d} {insts:14d} {secs:8.2f} {insts / secs / 1e6:7.2f} {wall:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
