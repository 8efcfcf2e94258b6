"""Per-instruction assembly tests (tests/isa/asm/*.S), riscv-tests style.

Each .S is assembled and linked into a freestanding static mips64el n64 program
(own __start, -nostdlib) and run under both qemu-mips64el (-cpu MIPS64R2-generic,
the reference) and `python -m mipsvm run`.  A program exits 0 when every case
passes and with the number of the first failing case otherwise (it also prints
"FAIL test N: got ..., expected ..." on stderr).

Programs named sig_*.S must instead die of the signal named on their
"EXPECT: SIGxxx" line.  A "QEMU: SIGyyy" line records where qemu-user differs from
Linux (qemu turns every fired trap and break, even `teq ...,7`, into SIGTRAP, where
Linux and mipsvm send SIGFPE); "QEMU: skip" means qemu cannot run the program.

Programs named dump_*.S ("COMPARE: qemu-stdout") run a fixed pseudo-random
instruction stream without UNPREDICTABLE forms and write the register state to
stdout after every block; mipsvm's stdout must equal qemu's byte for byte
("RECORD: n" gives the size of one dump in doublewords, for the report).

A "MIPSVM: --option ..." line gives extra `mipsvm run` options: the programs
that must die of a misaligned access as under qemu run with `--unaligned
signal` (qemu-user does not emulate misaligned accesses; Linux and mipsvm do
by default).

Binaries are cached in build/asm/ under a hash of the sources and flags.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ASM_DIR = Path(__file__).resolve().parent / "asm"
BUILD = ROOT / "build" / "asm"
GCC = shutil.which("mips64el-linux-gnuabi64-gcc")
QEMU = shutil.which("qemu-mips64el")
CFLAGS = ["-march=mips64r2", "-mabi=64", "-EL", "-nostdlib", "-static", "-mno-abicalls", "-fno-pic",
          "-Wa,--fatal-warnings", "-Wl,--build-id=none", f"-I{ASM_DIR}"]
MAX_INSTS = 50_000_000
TIMEOUT = 120

pytestmark = pytest.mark.skipif(GCC is None, reason="mips64el-linux-gnuabi64-gcc not installed")

SOURCES = sorted(ASM_DIR.glob("*.S"))
NAMES = [p.stem for p in SOURCES]


def expectations(src: Path):
    """(expected outcome under Linux/mipsvm, outcome under qemu or None to skip)."""
    text = src.read_text()
    m = re.search(r"EXPECT:\s*(SIG[A-Z]+|exit \d+)", text)
    expect = m.group(1) if m else "exit 0"
    q = re.search(r"QEMU:\s*(SIG[A-Z]+|skip)", text)
    if q is None:
        qemu = expect
    elif q.group(1) == "skip":
        qemu = None
    else:
        qemu = q.group(1)
    return expect, qemu


def build(name: str) -> Path:
    src = ASM_DIR / f"{name}.S"
    h = hashlib.sha256()
    h.update(" ".join(CFLAGS).encode())
    for p in (ASM_DIR / "test_macros.h", src):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    out = BUILD / f"{name}-{h.hexdigest()[:16]}"
    if out.exists():
        return out
    BUILD.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=BUILD, prefix=f".{name}-")
    os.close(fd)
    try:
        r = subprocess.run([GCC, *CFLAGS, "-o", tmp, str(src)], capture_output=True, text=True)
        if r.returncode:
            pytest.fail(f"cannot build {src.name}:\n{r.stderr}")
        os.replace(tmp, out)          # atomic: safe with pytest-xdist workers
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out


def outcome(rc: int) -> str:
    if rc < 0:
        try:
            return signal.Signals(-rc).name
        except ValueError:
            return f"signal {-rc}"
    return f"exit {rc}"


# the programs run from build/asm: PYTHONPATH makes `python -m mipsvm` this checkout's
ENV = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def run_raw(cmd, cwd) -> tuple[str, bytes, str]:
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, cwd=cwd, env=ENV)
    except subprocess.TimeoutExpired:
        return "timeout", b"", ""
    return outcome(r.returncode), r.stdout, r.stderr.decode(errors="replace")


def run(cmd, cwd) -> tuple[str, str]:
    got, out, err = run_raw(cmd, cwd)
    return got, (out.decode(errors="replace") + err).strip()


def qemu_cmd(prog):
    return [QEMU, "-cpu", "MIPS64R2-generic", str(prog)]


def mipsvm_cmd(prog, src=None):
    opts = []
    if src is not None:
        m = re.search(r"MIPSVM:\s*(.*?)\s*(?:\*/)?$", src.read_text(), re.M)
        opts = m.group(1).split() if m else []
    return [sys.executable, "-m", "mipsvm", "run", "--max-insts", str(MAX_INSTS), *opts, str(prog)]


def first_difference(ref: bytes, got: bytes, record: int) -> str:
    """Where two dump streams first differ, as 'dump #d, doubleword #i'."""
    n = min(len(ref), len(got))
    off = next((i for i in range(n) if ref[i] != got[i]), n)
    if off == n:
        return f"one output is a prefix of the other ({len(ref)} vs {len(got)} bytes)"
    word = off // 8
    d, slot = divmod(word, record)
    a = int.from_bytes(ref[word * 8:word * 8 + 8].ljust(8, b"\0"), "little")
    b = int.from_bytes(got[word * 8:word * 8 + 8].ljust(8, b"\0"), "little")
    return f"dump #{d} (after block {d}), doubleword #{slot}: qemu {a:#018x}, mipsvm {b:#018x}"


@pytest.mark.parametrize("name", NAMES)
def test_qemu(name):
    """The reference: the expected values were checked against qemu."""
    if QEMU is None:
        pytest.skip("qemu-mips64el not installed")
    _, want = expectations(ASM_DIR / f"{name}.S")
    if want is None:
        pytest.skip("qemu-user cannot run this program (see the QEMU: line)")
    prog = build(name)
    got, out = run(qemu_cmd(prog), BUILD)
    assert got == want, f"{name} under qemu: {got}, expected {want}\n{out[-2000:]}"


@pytest.mark.parametrize("name", NAMES)
def test_mipsvm(name):
    src = ASM_DIR / f"{name}.S"
    want, _ = expectations(src)
    prog = build(name)
    text = src.read_text()
    if "COMPARE: qemu-stdout" in text:
        if QEMU is None:
            pytest.skip("qemu-mips64el not installed (needed as the reference)")
        qgot, ref, _ = run_raw(qemu_cmd(prog), BUILD)
        assert qgot == "exit 0", f"{name} fails under qemu: {qgot}"
        got, out, err = run_raw(mipsvm_cmd(prog, src), BUILD)
        assert got == want, f"{name} under mipsvm: {got}, expected {want}\n{err[-2000:]}"
        m = re.search(r"RECORD:\s*(\d+)", text)
        assert out == ref, f"{name}: mipsvm's state differs from qemu's: " + \
            first_difference(ref, out, int(m.group(1)) if m else 1)
        return
    got, out = run(mipsvm_cmd(prog, src), BUILD)
    assert got == want, f"{name} under mipsvm: {got}, expected {want}\n{out[-2000:]}"


def test_reserved_words_are_reserved_in_the_table():
    """The words the SIGILL tests rely on must be invalid in mipsvm's table (an ext
    with an illegal size is, by its ri= condition)."""
    from mipsvm import isa
    for src in SOURCES:
        if expectations(src)[0] != "SIGILL":
            continue
        for w in re.findall(r"\.word\s+(0x[0-9a-fA-F]+)", src.read_text()):
            assert isa.decode(int(w, 16)) is None, (src.name, w)


def test_every_program_has_cases_below_256():
    """Exit status = test number, so numbers must fit in 8 bits and not be 0."""
    for src in SOURCES:
        nums = [int(n) for n in re.findall(r"(?:TEST_\w+\(|li TESTNUM, )(\d+)", src.read_text())]
        assert all(2 <= n <= 255 for n in nums), src.name


# Unprivileged instructions deliberately without an assembly test.
NOT_COVERED = {
    "sdbbp": "EJTAG debug breakpoint: no defined user-mode behaviour to compare",
}


def test_every_user_instruction_is_exercised():
    """Each unprivileged instruction of the table appears in at least one program."""
    elftools = pytest.importorskip("elftools.elf.elffile")
    from mipsvm import isa
    from mipsvm.isa.table import INSTRUCTIONS
    seen = set()
    for name in NAMES:
        with open(build(name), "rb") as fh:
            text = elftools.ELFFile(fh).get_section_by_name(".text").data()
        for i in range(0, len(text) - 3, 4):
            e = isa.lookup(int.from_bytes(text[i:i + 4], "little"))
            if e is not None:
                seen.add(e.name)
    missing = sorted(e.name for e in INSTRUCTIONS
                     if e.priv == "user" and e.name not in seen and e.name not in NOT_COVERED)
    assert not missing, f"no assembly test executes: {missing}"
