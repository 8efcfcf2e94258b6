"""Bad input ends in a one-line error or the signal Linux gives: never an
internal error, a hang or a host memory blow-up (issue 8, part 4).  Each
test failed before its fix."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELLO = os.path.join(REPO, "workloads", "bin", "hello")
CC = "mips64el-linux-gnuabi64-gcc"


def mipsvm(*args, cwd=None, preexec=None, timeout=120):
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.run([sys.executable, "-m", "mipsvm", "run", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout, preexec_fn=preexec)


@pytest.fixture(scope="module")
def probes(tmp_path_factory):
    if shutil.which(CC) is None:
        pytest.skip(f"{CC} not installed")
    d = tmp_path_factory.mktemp("probes")
    exe = d / "probes"
    subprocess.run([CC, "-O1", "-static", "-o", str(exe),
                    os.path.join(REPO, "tests", "host", "probes", "bad_input.c")], check=True)
    return exe


@pytest.mark.parametrize("mmu", ["tlb", "ideal"])
def test_munmap_huge_length_and_aliasing(probes, mmu):
    r = mipsvm("--mmu", mmu, str(probes), "munmap-huge", timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "munmap huge: -1 errno=22 p0=42\nmunmap alias: -1 errno=22 p0=42\n"


def test_chown_with_ids_of_2_31_and_more(probes, tmp_path):
    r = mipsvm("--fs-root", str(tmp_path), str(probes), "chown", cwd=tmp_path)
    assert r.returncode == 0 and "internal error" not in r.stderr, r.stderr
    assert r.stdout.splitlines()[1] == "chown -1: 0"


def test_stdio_metadata_outside_the_root_is_not_the_programs(probes, tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    out = tmp_path / "out.txt"                    # the user's redirect, outside --fs-root
    out.write_text("")
    os.chmod(out, 0o600)
    os.utime(out, ns=(10**18, 10**18))
    with open(out, "w") as f:
        r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--fs-root", str(root), str(probes),
                            "stdio-meta"], cwd=root, env=dict(os.environ, PYTHONPATH=REPO), stdout=f,
                           stderr=subprocess.PIPE, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    st = os.stat(out)                             # before reading it ourselves (relatime)
    assert st.st_mode & 0o7777 == 0o600 and st.st_atime_ns == 10**18
    assert out.read_text() == "fchmod -1 1 fchown -1 1 futimens -1 1 own 0\n"    # EPERM each time
    assert os.stat(root / "mine.txt").st_mode & 0o7777 == 0o640        # inside the root: allowed


def test_the_executable_behind_proc_self_exe_keeps_its_metadata(probes, tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    before = os.stat(probes)
    r = mipsvm("--fs-root", str(root), str(probes), "exe-meta", cwd=root)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "fchmod -1 1 fchown -1 1 futimens -1 1\n"
    after = os.stat(probes)
    assert (after.st_mode, after.st_uid, after.st_mtime_ns) == (before.st_mode, before.st_uid, before.st_mtime_ns)


@pytest.mark.parametrize("mmu", ["tlb", "ideal"])
def test_user_jump_to_kernel_address_is_sigbus(probes, mmu):
    # do_ade: a fetch address error (BadVAddr == EPC) is SIGBUS in both MMU modes
    r = mipsvm("--mmu", mmu, str(probes), "kjump")
    assert r.returncode == -7 or r.returncode == 128 + 7 or r.returncode < 0, r.stderr
    assert "uncaught target signal 10 (Bus error)" in r.stderr and "internal error" not in r.stderr


def test_touching_more_than_mem_size_is_an_oom_kill(probes):
    r = mipsvm("--mem-size", "32M", str(probes), "oom")
    assert r.returncode in (-9, 137), r.stderr
    assert r.stderr.splitlines()[0] == "mipsvm: warning: out of memory (--mem-size 32 MiB): killed process 1000 (probes)"


def test_self_sigkill_is_status_137(tmp_path):
    if shutil.which(CC) is None:
        pytest.skip(f"{CC} not installed")
    src = tmp_path / "k.c"
    src.write_text('#include <signal.h>\nint main(void) { raise(SIGKILL); return 1; }\n')
    subprocess.run([CC, "-static", "-o", str(tmp_path / "k"), str(src)], check=True)
    r = mipsvm(str(tmp_path / "k"))
    assert r.returncode in (-9, 137) and "internal error" not in r.stderr, r.stderr


def test_loader_rejects_non_regular_files(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo), str(tmp_path)):
        r = mipsvm(path, timeout=30)
        assert r.returncode == 1 and r.stderr.count("\n") == 1, (path, r.stderr)
        assert "regular file" in r.stderr or "Is a directory" in r.stderr


def test_loader_bounds_the_segment_count(tmp_path):
    raw = bytearray(open(HELLO, "rb").read())
    struct.pack_into("<H", raw, 56, 1171)              # e_phnum past 65536 / 56
    p = tmp_path / "many"
    p.write_bytes(bytes(raw))
    r = mipsvm(str(p))
    assert r.returncode == 1 and "too many program headers (1171; at most 1170)" in r.stderr


def test_loader_reads_only_headers_and_segments(tmp_path):
    """A 4 GiB sparse tail after the program costs nothing (the file is not read whole)."""
    p = tmp_path / "sparse"
    shutil.copy(HELLO, p)
    with open(p, "r+b") as f:
        f.truncate(4 << 30)
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    r = mipsvm("--mem-size", "64M", str(p), preexec=limit)
    assert r.returncode == 0 and r.stdout.startswith("Hello"), r.stderr


@pytest.mark.parametrize("args, message", [
    (["--outdir", "/dev/null"], "mipsvm run: --outdir: /dev/null: File exists"),
    (["--trace", "/nonexistent/dir/t"], "mipsvm run: --trace: /nonexistent/dir/t: No such file or directory"),
    (["--mem-size", "1M"], "mipsvm run: --mem-size: 1048576 is below the minimum 16M"),
    (["--max-insts", "-1"], "mipsvm run: --max-insts: -1 is negative"),
    (["--seed", "-1"], "mipsvm run: --seed: -1 is below the minimum 0"),
    (["--sysroot", "/nonexistent"], "mipsvm run: --sysroot: /nonexistent is not a directory"),
    (["-E", "NOEQUALS"], "mipsvm run: -E: 'NOEQUALS' is not VAR=VALUE"),
    (["--cwd", "/nonexistent"], "mipsvm: --cwd /nonexistent: not a directory the program can enter"),
])
def test_option_values_end_in_one_line(args, message):
    r = mipsvm(*args, HELLO)
    assert r.returncode in (1, 2) and r.stderr.startswith(message) and r.stderr.count("\n") == 1, r.stderr


def test_trace_to_a_full_device_is_one_line():
    r = mipsvm("--trace", "/dev/full", HELLO)
    assert r.returncode == 1 and r.stderr == "mipsvm: --trace /dev/full: No space left on device\n"


def test_ulimit_v_is_a_usage_message():
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    r = mipsvm(HELLO, preexec=limit)
    assert r.returncode == 2 and r.stderr.startswith("mipsvm run: --mem-size: cannot reserve 4096 MiB"), r.stderr
