#!/usr/bin/env python3
"""Check that the fast loop (mips_run) compiles to the same machine code as at
another revision: the logged loop's hooks (mipsvm/core/loop.h) must cost the
fast path nothing.

    python3 tools/check_fast_loop.py [REV]      # default REV: main

Both trees are compiled with setup.py's flags into one object holding an
exported wrapper of mips_run; the disassemblies (addresses dropped) must be
equal. Exit status 0 when they are. Generated headers come from this tree."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FLAGS = ["-O3", "-frounding-math", "-fno-strict-aliasing", "-Wno-unused-function"]
GENERATED = ("mipsvm/core/decode_gen.h", "mipsvm/cp0/cp0_gen.h", "mipsvm/mmu/mmu_gen.h")


def disassemble(root: Path, tmp: Path, tag: str) -> list[str]:
    src = tmp / "wrap.c"
    src.write_text('#include "exec.h"\nint export_fast(Machine *m, uint64_t n) { return mips_run(m, n); }\n')
    obj = tmp / f"{tag}.o"
    inc = [f"-I{root / d}" for d in ("mipsvm/core", "mipsvm/mmu", "mipsvm/cp0", "mipsvm/vz")]
    subprocess.run(["gcc", *FLAGS, "-c", str(src), *inc, "-o", str(obj)], check=True)
    out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(obj)], check=True,
                         capture_output=True, text=True).stdout
    return [ln.split(":", 1)[1].strip() if ln[:1] == " " else ln for ln in out.splitlines()[2:]]


def main() -> int:
    rev = sys.argv[1] if len(sys.argv) > 1 else "main"
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        old = tmp / "old"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "mipsvm"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        for g in GENERATED:
            (old / g).write_bytes((REPO / g).read_bytes())
        a, b = disassemble(old, tmp, "old"), disassemble(REPO, tmp, "new")
    if a == b:
        print(f"fast loop: same machine code as {rev} ({len(a)} lines)")
        return 0
    print(f"fast loop differs from {rev}: {sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))} lines")
    return 1


if __name__ == "__main__":
    sys.exit(main())
