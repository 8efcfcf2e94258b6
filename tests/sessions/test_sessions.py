"""Scripted shell sessions across Debian packages, run by dash and by busybox
sh under qemu-mips64el and under mipsvm: stdout, stderr and the exit code
must be the same bytes.  Each configuration of the machine is a factory of
mipsvm command-line options (CONFIGS): root mode with the TLB model, the
ideal MMU, a tiny TLB with THP, and guest mode (inside a VM, with and
without THP at both levels)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from .conftest import QEMU, QEMU_ROOT, REPO

HERE = os.path.dirname(os.path.abspath(__file__))
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C", "LC_ALL": "C", "TZ": "UTC0", "HOME": "/"}

# name -> extra `mipsvm run` options
CONFIGS = {
    "tlb": [],
    "ideal": ["--mmu", "ideal"],
    "tiny-tlb-thp": ["--vtlb", "8", "--ftlb-sets", "16", "--thp", "always"],
    "guest": ["--mode", "guest"],
    "guest-thp-both-aligned": ["--mode", "guest", "--thp-host", "always", "--thp-guest", "always",
                               "--vm-align", "on"],
}

SESSIONS = {
    "dash": (["/bin/dash", "session.sh"], "session_dash.sh"),
    "busybox": (["/bin/busybox", "sh", "session.sh"], "session_busybox.sh"),
}

pytestmark = pytest.mark.skipif(shutil.which("qemu-mips64el") is None, reason="qemu-mips64el not installed")


def _workdir(tmp_path, name, script):
    d = tmp_path / name / "work"      # mipsvm sees it as /work
    d.mkdir(parents=True)
    shutil.copy(os.path.join(HERE, script), d / "session.sh")
    return d


def run_qemu(argv, cwd):
    # qemu 7.2 passes an execve path to the host unchanged (no -L lookup), so
    # PATH names the twin's wrapper directories by their host paths
    prog = os.path.join(os.path.dirname(QEMU_ROOT), "sysroot", argv[0].lstrip("/"))
    cmd = QEMU + ["-L", QEMU_ROOT, "-0", os.path.basename(argv[0]), prog] + argv[1:]
    env = dict(ENV, PATH=f"{QEMU_ROOT}/usr/bin:{QEMU_ROOT}/bin")
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=300)


def run_mipsvm(argv, cwd, sysroot, opts, outdir=None):
    prog = os.path.join(sysroot, argv[0].lstrip("/"))
    cmd = [sys.executable, "-m", "mipsvm", "run", "-L", sysroot, "--fs-root", str(cwd.parent),
           "--cwd", "/" + cwd.name] + opts
    if outdir:
        cmd += ["--outdir", str(outdir)]
    env = dict(ENV, PYTHONPATH=REPO)
    t0 = time.perf_counter()
    r = subprocess.run(cmd + [prog] + argv[1:], cwd=cwd, env=env, capture_output=True, timeout=600)
    r.seconds = time.perf_counter() - t0
    return r


@pytest.mark.parametrize("config", sorted(CONFIGS))
@pytest.mark.parametrize("session", sorted(SESSIONS))
def test_session_matches_qemu(sysroot, tmp_path, session, config):
    argv, script = SESSIONS[session]
    q = run_qemu(argv, _workdir(tmp_path, "qemu", script))
    m = run_mipsvm(argv, _workdir(tmp_path, "mipsvm", script), sysroot, CONFIGS[config], tmp_path / "out")
    assert m.stderr.decode() == q.stderr.decode()
    assert m.stdout.decode() == q.stdout.decode()
    assert m.returncode == q.returncode
    stats = dict(line.split()[:2] for line in open(tmp_path / "out" / "stats.txt") if line.strip())
    assert int(stats["processes"]) > 10 and int(stats["execs"]) > 10


def test_sessions_are_deterministic(sysroot, tmp_path):
    argv, script = SESSIONS["dash"]
    outs = []
    for i in range(2):
        d = _workdir(tmp_path, f"run{i}", script)
        r = run_mipsvm(argv, d, sysroot, [], tmp_path / f"out{i}")
        st = [l for l in open(tmp_path / f"out{i}" / "stats.txt") if not l.startswith(("host_seconds", "mips "))]
        outs.append((r.stdout, r.stderr, r.returncode, st))
    assert outs[0] == outs[1]
