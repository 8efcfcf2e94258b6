"""Static C programs (tests/host/probes) for the Linux behaviour qemu-user does
not give or gives differently: misaligned accesses emulated by the kernel,
POSIX timers on the simulated clocks, /proc/self/maps and /proc/self/auxv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROBES = os.path.join(REPO, "tests", "host", "probes")
CC = "mips64el-linux-gnuabi64-gcc"
QEMU = shutil.which("qemu-mips64el")

pytestmark = pytest.mark.skipif(shutil.which(CC) is None, reason=f"{CC} not installed")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    d = tmp_path_factory.mktemp("linux-probes")

    def make(name):
        exe = d / name
        if not exe.exists():
            subprocess.run([CC, "-O1", "-static", "-o", str(exe), os.path.join(PROBES, name + ".c")], check=True)
        return exe
    return make


def mipsvm(*args, timeout=300):
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.run([sys.executable, "-m", "mipsvm", "run", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=timeout)


def stats(outdir):
    return dict(line.split()[:2] for line in open(outdir / "stats.txt") if line.strip())


def _expected_unaligned(n):
    buf = bytearray((i * 3 + 1) & 0xff for i in range(64))
    total = 0
    for i in range(n):
        off = 1 + (i % 8) * 4
        total = (total + int.from_bytes(buf[off:off + 4], "little")) & 0xffffffff
        buf[off:off + 4] = total.to_bytes(4, "little")
    return f"sum={total:08x} b1={buf[1]:02x}\n"


@pytest.mark.parametrize("mmu", ["tlb", "ideal"])
def test_misaligned_accesses_are_emulated_and_counted(build, tmp_path, mmu):
    r = mipsvm("--mmu", mmu, "--outdir", tmp_path, build("unaligned_count"), 37)
    assert r.returncode == 0, r.stderr
    assert r.stdout == _expected_unaligned(37)
    assert stats(tmp_path)["unaligned_instructions"] == str(2 * 37)     # a lw and a sw each time


def test_unaligned_signal_gives_sigbus_like_qemu(build, tmp_path):
    r = mipsvm("--unaligned", "signal", "--outdir", tmp_path, build("unaligned_count"), 3)
    assert r.returncode == -7 and "uncaught target signal 10 (Bus error)" in r.stderr
    if QEMU:
        q = subprocess.run([QEMU, "-cpu", "MIPS64R2-generic", str(build("unaligned_count")), "3"],
                           capture_output=True, text=True, timeout=60)
        assert q.returncode == r.returncode and q.stdout == r.stdout


def test_bad_unaligned_value_is_one_line():
    r = mipsvm("--unaligned", "fixup", os.path.join(REPO, "workloads", "bin", "hello"))
    assert r.returncode == 2 and "--unaligned" in r.stderr and "Traceback" not in r.stderr


# qemu 7.2 passes the host's si_code of a timer signal through (-2, SI_ASYNCIO on
# MIPS); Linux and mipsvm give SI_TIMER (-3): that word is compared apart.
TIMERS_EXPECTED = """\
oneshot: nanosleep=-1 errno=Interrupted system call hits=1 code=SI_TIMER value=42 rem>1s=1
expired one-shot: value=0 interval=0
armed: 9s<value<=10s=1 interval=3000ms
disarmed: old interval=3000ms value=0/0
blocked: pending=1 overrun before delivery=0 hits=0
delivered: hits=1 si_overrun=9 timer_getoverrun=9 value=7
sigev_none one-shot: hits=0 value=0.000000000
sigev_none periodic: 0<value<=400ms=1 interval=400ms
abstime: sigtimedwait=SIGRTMIN+2 code=SI_TIMER value=99
thread_id: hits=1 value=5
cputime: hits=1 value=11
bad clock: -1 errno=22
bad notify: -1 errno=22
bad signo: -1 errno=22
bad nsec: -1 errno=22
deleted: -1 errno=22
"""


def test_posix_timers(build):
    # TLB mode: the timer interrupt delivers a timer's signal to a thread that
    # computes without syscalls (--mmu ideal has no interrupts: docs/linux-abi.md)
    r = mipsvm(build("posix_timers"))
    assert r.returncode == 0, r.stderr
    assert r.stdout == TIMERS_EXPECTED


@pytest.mark.skipif(QEMU is None, reason="qemu-mips64el not installed")
def test_posix_timers_program_is_deterministic_under_qemu(build):
    q = subprocess.run([QEMU, "-cpu", "MIPS64R2-generic", str(build("posix_timers"))],
                       capture_output=True, text=True, timeout=120)
    assert q.returncode == 0
    assert q.stdout.replace("code=other", "code=SI_TIMER") == TIMERS_EXPECTED


def test_timers_are_deterministic(build, tmp_path):
    a = mipsvm("--outdir", tmp_path / "a", build("posix_timers"))
    b = mipsvm("--outdir", tmp_path / "b", build("posix_timers"))
    assert a.stdout == b.stdout
    assert stats(tmp_path / "a")["sim_insts"] == stats(tmp_path / "b")["sim_insts"]


@pytest.mark.parametrize("mmu", ["tlb", "ideal"])
def test_proc_self_maps_and_auxv(build, mmu):
    r = mipsvm("--mmu", mmu, build("proc_maps"))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.splitlines() == [
        "main: perms=r-xp name=proc_maps ok=1", "malloc: perms=rw-p name=[heap] ok=1",
        "stack: perms=rwxp name=[stack] ok=1", "mmap: perms=r--p name=proc_maps ok=1",
        "auxv: AT_PAGESZ agrees=1 terminated=1"]


def test_proc_maps_format(tmp_path):
    """show_map_vma's columns: the name starts at column 74 (seq_pad to 73)."""
    hello = os.path.join(REPO, "workloads", "bin", "hello")
    from mipsvm import SystemConfig, System
    system = System(SystemConfig())
    task = system.load(hello, [], fs_root=str(tmp_path))
    from mipsvm.host import procfs
    lines = procfs.maps(task.mm).decode().splitlines()
    named = [ln for ln in lines if ln.endswith("hello")]
    assert named and all(ln.index("/") == 73 for ln in named)
    assert lines[-1].endswith("[stack]") and lines[0].startswith("120000000-")
    assert all(ln.split()[3] == "00:00" and ln.endswith("0 ") for ln in lines if len(ln.split()) == 5)


@pytest.mark.parametrize("mode", ["root", "guest"])
def test_sysmips_fixade_turns_the_emulation_off(build, tmp_path, mode):
    """TIF_FIXADE is on at start (the first misaligned store is emulated);
    sysmips(MIPS_FIXADE, 4) is EINVAL; sysmips(MIPS_FIXADE, 0) clears it, and
    the next misaligned store is SIGBUS (the handler exits 3)."""
    r = mipsvm("--mode", mode, "--outdir", tmp_path, build("sysmips_fixade"))
    assert r.returncode == 3, r.stderr
    assert r.stdout == "11223344\nbad -1\noff 0\nSIGBUS\n"
    assert stats(tmp_path)["unaligned_instructions"] == "2"            # the store and the load back
