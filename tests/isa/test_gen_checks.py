"""The field accessors gen.py generates."""

from __future__ import annotations

import random
import shutil
import subprocess

import pytest

from mipsvm.isa import gen
from mipsvm.isa.table import INSTRUCTIONS

GCC = shutil.which("gcc") or shutil.which("cc")


def test_one_accessor_per_field_position():
    acc = gen.accessors()
    want = {(n, lo, w) for e in INSTRUCTIONS for n, lo, w in e.fields}
    assert sorted(acc.values()) == sorted((lo, w) for _n, lo, w in want)
    for n, lo, w in want:
        fn = gen.accessor(n, lo, w)
        assert acc[fn] == (lo, w) and fn.startswith(f"fld_{n}")
    assert {"fld_rs", "fld_imm16", "fld_cc_20_18", "fld_cc_10_8", "fld_code10_15_6"} <= set(acc)
    assert "fld_cc" not in acc and "fld_code10" not in acc


def test_c_accessors_extract_the_table_fields(tmp_path):
    if not GCC:
        pytest.skip("no host C compiler")
    (tmp_path / "decode_gen.h").write_text(gen.generate())
    acc = list(gen.accessors())
    body = " ".join(f'printf("%u ", {fn}(w));' for fn in acc)
    (tmp_path / "t.c").write_text(
        '#include <stdio.h>\n#include <stdlib.h>\n#include "decode_gen.h"\n'
        "int main(int argc, char **argv) {\n"
        "  for (int i = 1; i < argc; i++) {\n"
        f"    uint32_t w = (uint32_t)strtoul(argv[i], 0, 0); {body} printf(\"\\n\");\n"
        "  }\n  return 0;\n}\n")
    exe = tmp_path / "t"
    subprocess.run([GCC, "-O1", "-std=c99", "-Wall", "-Werror", "-o", str(exe), str(tmp_path / "t.c")],
                   check=True)
    rng = random.Random(5)
    entries = [rng.choice(INSTRUCTIONS) for _ in range(200)]
    words = [(e.value | (rng.getrandbits(32) & ~e.mask)) for e in entries]
    out = subprocess.run([str(exe)] + [hex(w) for w in words], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    for e, w, line in zip(entries, words, out):
        vals = dict(zip(acc, map(int, line.split())))
        for n, lo, width in e.fields:
            assert vals[gen.accessor(n, lo, width)] == e.extract(w)[n], (e.name, hex(w), n)
