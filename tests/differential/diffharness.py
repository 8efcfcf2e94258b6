"""Differential test harness: the C corpus run under qemu-mips64el and mipsvm.

Pieces:
  * corpus discovery: ``tests/corpus/*.c`` plus ``//! key: value`` directives
    found in each source (see ``Program``);
  * a compile cache under ``build/corpus/`` keyed by a hash of the source, the
    flags and the compiler identity, built in parallel under a file lock (so
    concurrent pytest-xdist workers build each binary once);
  * guest runners for qemu and for the peer (mipsvm, or qemu again when
    ``MIPSVM_DIFF_PEER=qemu``), each run in a fresh temporary directory with a
    fixed environment and fixed stdin bytes;
  * output normalisation for the deliberate qemu/mipsvm differences.

Environment knobs (all optional):
  MIPSVM_DIFF_PEER   ``mipsvm`` (default) or ``qemu``: what is compared with
                     qemu.  ``qemu`` checks the corpus and the harness alone
                     (it also proves every program is deterministic).
  MIPSVM_DIFF_CMD    command prefix for the mipsvm side, default
                     ``<python> -m mipsvm run``.
  MIPSVM_DIFF_OPTS   comma/space separated opt levels to keep (e.g. ``O2``).
  MIPSVM_DIFF_JOBS   concurrent guest runs when pytest-xdist is not used
                     (default: number of CPUs).
  MIPSVM_DIFF_TIMEOUT  per-run timeout in seconds (default 60).
  MIPSVM_CROSS_CC    cross compiler (default mips64el-linux-gnuabi64-gcc).
  MIPSVM_QEMU        qemu binary (default qemu-mips64el).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import difflib
import fcntl
import hashlib
import os
import re
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO / "tests" / "corpus"
BUILD_DIR = REPO / "build" / "corpus"

CROSS_CC = os.environ.get("MIPSVM_CROSS_CC", "mips64el-linux-gnuabi64-gcc")
QEMU = os.environ.get("MIPSVM_QEMU", "qemu-mips64el")
# 5KEf, qemu's default CPU for n64 binaries, silently drops writes to FCSR
# (fesetround/fetestexcept do nothing); MIPS64R2-generic implements them.
QEMU_CPU = "MIPS64R2-generic"
PEER = os.environ.get("MIPSVM_DIFF_PEER", "mipsvm").strip().lower() or "mipsvm"
TIMEOUT = float(os.environ.get("MIPSVM_DIFF_TIMEOUT", "60"))

# Every program is built at these levels; ``//! opts:`` adds more.
BASE_OPTS = ("O0", "O2")

# The one environment both sides see (the guest inherits it in both cases).
# PYTHONPATH lets ``python -m mipsvm`` import the package from a temp cwd; it
# is set for qemu too so the two guests get byte-identical environments.
# TZ is a POSIX rule string so glibc never reads /etc/localtime or zoneinfo
# files from the host (strftime calls tzset()).
GUEST_ENV = {
    "PATH": "/usr/bin:/bin",
    "MIPSVM_TEST": "hello",
    "LANG": "C",
    "TZ": "UTC0",
    "PYTHONPATH": str(REPO),
}

# (b) qemu reports a guest killed by a signal with
#     "qemu: uncaught target signal 6 (Aborted) - core dumped"
# and mipsvm with "mipsvm: uncaught target signal 6 (Aborted)".  Both lines
# are removed before stderr is compared.
_SIGNAL_LINE = re.compile(
    rb"^(?:qemu: uncaught target signal \d+ \([^)\n]*\) - core dumped"
    rb"|mipsvm: uncaught target signal \d+ \([^)\n]*\))\r?\n?",
    re.M,
)


def normalize_stderr(data: bytes) -> bytes:
    return _SIGNAL_LINE.sub(b"", data)


# --------------------------------------------------------------------------
# corpus discovery
# --------------------------------------------------------------------------

_DIRECTIVE = re.compile(r"^//!\s*([a-z_]+)\s*:(.*)$", re.M)


@dataclasses.dataclass(frozen=True)
class Program:
    """One corpus program.  Directives (lines starting with ``//!``):

    ``//! args: a "b c"``   arguments (shell-quoted)
    ``//! opts: Os O3``     extra optimisation levels besides O0 and O2
    ``//! stdin: FILE``     stdin contents (default ``NAME.stdin`` if present,
                            otherwise empty)
    ``//! expect: divzero`` a known, deliberate qemu/Linux difference
    ``//! timeout: N``      per-run timeout override in seconds
    """

    name: str
    source: Path
    args: tuple
    opts: tuple
    stdin: bytes
    expect: str
    timeout: float


def _parse_program(src: Path) -> Program:
    text = src.read_text(encoding="utf-8")
    d = {}
    for key, value in _DIRECTIVE.findall(text):
        d[key] = value.strip()
    name = src.stem
    opts = list(BASE_OPTS)
    for o in d.get("opts", "").split():
        o = o.lstrip("-")
        if o not in opts:
            opts.append(o)
    stdin_file = d.get("stdin") or (name + ".stdin")
    stdin_path = CORPUS_DIR / stdin_file
    stdin = stdin_path.read_bytes() if stdin_path.is_file() else b""
    return Program(
        name=name,
        source=src,
        args=tuple(shlex.split(d.get("args", ""))),
        opts=tuple(opts),
        stdin=stdin,
        expect=d.get("expect", ""),
        timeout=float(d.get("timeout", TIMEOUT)),
    )


def discover() -> list:
    return [_parse_program(p) for p in sorted(CORPUS_DIR.glob("*.c"))]


def selected_opts():
    raw = os.environ.get("MIPSVM_DIFF_OPTS", "")
    keep = {o.lstrip("-") for o in re.split(r"[,\s]+", raw) if o}
    return keep or None


@dataclasses.dataclass(frozen=True)
class Case:
    program: Program
    opt: str

    @property
    def id(self) -> str:
        return f"{self.program.name}-{self.opt}"


def cases() -> list:
    keep = selected_opts()
    out = []
    for p in discover():
        for o in p.opts:
            if keep is None or o in keep:
                out.append(Case(p, o))
    return out


# --------------------------------------------------------------------------
# compile cache
# --------------------------------------------------------------------------

def have_tool(cmd: str) -> bool:
    return shutil.which(cmd) is not None


def compiler_identity() -> str:
    """Path + full version of the cross compiler, part of every cache key."""
    path = shutil.which(CROSS_CC) or CROSS_CC
    try:
        ver = subprocess.run([CROSS_CC, "-dumpfullversion", "-dumpmachine"], capture_output=True,
                             text=True, timeout=30).stdout
    except OSError:
        ver = "?"
    return path + "|" + " ".join(ver.split())


def compile_flags(case: Case) -> list:
    return [f"-{case.opt}", "-static", "-w"]


def binary_path(case: Case, ident: str) -> Path:
    h = hashlib.sha256()
    h.update(case.program.source.read_bytes())
    h.update(b"\0" + " ".join(compile_flags(case)).encode() + b"\0-lm\0" + ident.encode())
    return BUILD_DIR / f"{case.program.name}-{case.opt}-{h.hexdigest()[:16]}"


def _compile(case: Case, out: Path) -> str | None:
    """Build one binary atomically; return an error text or None."""
    tmp = out.with_name(out.name + f".tmp{os.getpid()}")
    cmd = [CROSS_CC, *compile_flags(case), "-o", str(tmp), str(case.program.source), "-lm"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"{' '.join(cmd)}: {e}"
    if p.returncode != 0:
        tmp.unlink(missing_ok=True)
        return f"{' '.join(cmd)}\n{p.stderr}"
    os.replace(tmp, out)
    return None


def build_all(all_cases, jobs: int | None = None) -> tuple:
    """Compile every case that is not cached yet.

    Returns ({case.id: binary path}, {case.id: error text}).  Holds an
    exclusive lock on build/corpus/.lock so parallel sessions (xdist workers)
    do not compile the same binaries twice.
    """
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    gi = BUILD_DIR / ".gitignore"
    if not gi.exists():
        gi.write_text("# compiled corpus binaries (tests/differential/diffharness.py)\n*\n")
    ident = compiler_identity()
    paths = {c.id: binary_path(c, ident) for c in all_cases}
    errors = {}
    with open(BUILD_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        todo = [c for c in all_cases if not paths[c.id].exists()]
        if todo:
            jobs = jobs or os.cpu_count() or 1
            with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
                for c, err in zip(todo, ex.map(lambda c: _compile(c, paths[c.id]), todo)):
                    if err:
                        errors[c.id] = err
            # drop stale builds of the same program/opt (older sources)
            current = {p.name for p in paths.values()}
            for c in todo:
                for old in BUILD_DIR.glob(f"{c.program.name}-{c.opt}-*"):
                    if old.name not in current and not old.name.endswith(".lock"):
                        try:
                            old.unlink()
                        except OSError:
                            pass
    return paths, errors


# --------------------------------------------------------------------------
# running guests
# --------------------------------------------------------------------------

@dataclasses.dataclass
class RunResult:
    cmd: list
    returncode: int
    stdout: bytes
    stderr: bytes
    seconds: float
    files: tuple = ()          # what the program left in its cwd
    timed_out: bool = False


def mipsvm_prefix() -> list:
    raw = os.environ.get("MIPSVM_DIFF_CMD")
    if raw:
        return shlex.split(raw)
    return [sys.executable, "-m", "mipsvm", "run"]


def qemu_cmd(binary, args) -> list:
    return [QEMU, "-cpu", QEMU_CPU, str(binary), *args]


def peer_cmd(binary, args, extra=()) -> list:
    if PEER == "qemu":
        return qemu_cmd(binary, args)
    return [*mipsvm_prefix(), *extra, str(binary), *args]


def mipsvm_available() -> tuple:
    """(ok, reason).  The CLI is written concurrently with this harness."""
    if os.environ.get("MIPSVM_DIFF_CMD"):
        return True, ""
    if not (REPO / "mipsvm" / "__main__.py").exists():
        return False, "mipsvm CLI (mipsvm/__main__.py) does not exist yet"
    return True, ""


def disable_core_dumps():
    """A guest killed by SIGABRT/SIGSEGV makes qemu dump a core file into its
    cwd when RLIMIT_CORE allows it.  Lower our own soft limit to 0 (children
    inherit it); done once per session rather than with preexec_fn, which is
    not safe with the threads the runner uses."""
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        if soft != 0:
            resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
    except (ValueError, OSError):
        pass


def _snapshot(root: Path) -> tuple:
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        for d in dirnames:
            out.append((os.path.normpath(os.path.join(rel, d)), "dir"))
        for f in filenames:
            p = os.path.join(dirpath, f)
            try:
                size = os.lstat(p).st_size
            except OSError:
                size = -1
            out.append((os.path.normpath(os.path.join(rel, f)), size))
    return tuple(sorted(out))


def run_guest(cmd, stdin: bytes, timeout: float) -> RunResult:
    with tempfile.TemporaryDirectory(prefix="mipsvm-diff-") as cwd:
        t0 = time.perf_counter()
        try:
            p = subprocess.run(cmd, input=stdin, capture_output=True, cwd=cwd, env=dict(GUEST_ENV),
                               timeout=timeout)
            rc, out, err, to = p.returncode, p.stdout, p.stderr, False
        except subprocess.TimeoutExpired as e:
            rc, out, err, to = None, e.stdout or b"", e.stderr or b"", True
        dt = time.perf_counter() - t0
        files = _snapshot(Path(cwd))
    return RunResult(cmd=list(cmd), returncode=rc, stdout=out, stderr=err, seconds=dt, files=files,
                     timed_out=to)


def run_case(case: Case, binary: Path) -> tuple:
    """Run the reference (qemu) and the peer; returns (ref, peer)."""
    p = case.program
    ref = run_guest(qemu_cmd(binary, p.args), p.stdin, p.timeout)
    peer = run_guest(peer_cmd(binary, p.args), p.stdin, p.timeout)
    return ref, peer


# --------------------------------------------------------------------------
# comparison
# --------------------------------------------------------------------------

def expected_peer_returncode(case: Case, ref_rc):
    """Map qemu's exit status to what a Linux-faithful mipsvm must return."""
    if case.program.expect == "divzero" and PEER != "qemu":
        # (a) Integer divide by zero: gcc emits "teq rt, $zero, 7"; Linux
        # turns the trap (code 7) into SIGFPE, qemu 7.2 delivers SIGTRAP.
        return -signal.SIGFPE
    return ref_rc


def _show(data: bytes, limit=3000) -> str:
    s = data.decode("utf-8", "backslashreplace")
    return s if len(s) <= limit else s[:limit] + f"\n... ({len(s) - limit} more chars)"


def _diff(a: bytes, b: bytes, what: str, limit=60) -> str:
    al = a.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    bl = b.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    d = list(difflib.unified_diff(al, bl, f"qemu {what}", f"{PEER} {what}", n=2))
    if len(d) > limit:
        d = d[:limit] + [f"... ({len(d) - limit} more diff lines)\n"]
    return "".join(d)


def compare(case: Case, ref: RunResult, peer: RunResult) -> list:
    """Return a list of problems (empty when the runs agree)."""
    problems = []
    if ref.timed_out:
        problems.append(f"qemu timed out after {case.program.timeout:.0f}s (corpus program too slow?)")
        return problems
    if peer.timed_out:
        problems.append(f"{PEER} timed out after {case.program.timeout:.0f}s\n"
                        f"stdout so far:\n{_show(peer.stdout, 800)}\nstderr so far:\n{_show(peer.stderr, 800)}")
        return problems
    if case.program.expect == "divzero":
        if ref.returncode != -signal.SIGTRAP:
            problems.append(f"qemu returncode {ref.returncode}, expected -SIGTRAP ({-signal.SIGTRAP}): "
                            "qemu's divide-by-zero behaviour changed?")
    want_rc = expected_peer_returncode(case, ref.returncode)
    if peer.returncode != want_rc:
        problems.append(f"exit status: qemu {ref.returncode}, {PEER} {peer.returncode} (expected {want_rc})")
    if ref.stdout != peer.stdout:
        problems.append("stdout differs:\n" + _diff(ref.stdout, peer.stdout, "stdout"))
    e1, e2 = normalize_stderr(ref.stderr), normalize_stderr(peer.stderr)
    if e1 != e2:
        problems.append("stderr differs (signal report lines removed):\n" + _diff(e1, e2, "stderr"))
    if ref.files != peer.files:
        problems.append(f"files left in cwd differ:\n  qemu: {ref.files}\n  {PEER}: {peer.files}")
    return problems


def format_failure(case: Case, ref: RunResult, peer: RunResult, problems) -> str:
    head = (f"{case.id}: {PEER} disagrees with qemu\n"
            f"  qemu: {shlex.join(ref.cmd)}   ({ref.seconds:.2f}s, rc={ref.returncode})\n"
            f"  {PEER}: {shlex.join(peer.cmd)}   ({peer.seconds:.2f}s, rc={peer.returncode})\n"
            f"  env: {GUEST_ENV}  stdin: {len(case.program.stdin)} bytes\n")
    tail = ""
    if peer.stderr and peer.stderr != ref.stderr:
        tail = f"\n--- {PEER} stderr ---\n{_show(peer.stderr)}"
    return head + "\n".join(problems) + tail
