"""gen.py's build checks (the core handles every op, every group is used, field
accessors are unambiguous) and the generated field accessors themselves."""

from __future__ import annotations

import pathlib
import random
import shutil
import subprocess
import sys

import pytest

from mipsvm.isa import gen
from mipsvm.isa.table import INSTRUCTIONS

ROOT = pathlib.Path(gen.__file__).resolve().parents[1]
GCC = shutil.which("gcc") or shutil.which("cc")


@pytest.fixture(scope="module")
def sources():
    src = gen.core_sources(ROOT)
    assert {"core/exec.h", "core/loop.h", "core/fpu.h"} <= set(src)
    return src


def _edit(sources, name, old, new=""):
    assert sources[name].count(old) == 1, old
    return {**sources, name: sources[name].replace(old, new)}


def test_the_core_passes(sources):
    assert gen.check_core(sources) == []


def test_a_missing_case_names_the_instruction(sources):
    bad = _edit(sources, "core/loop.h", "case OP_DSRA32:", "/* case OP_DSRA32: */")
    (msg,) = gen.check_core(bad)
    assert msg.startswith("dsra32 has no semantics")


def test_a_forwarded_op_needs_its_own_case(sources):
    # loop.h's CASE_GROUP_FPU_EXEC alone does not give abs.s semantics
    bad = _edit(sources, "core/fpu.h", "case OP_ABS_S:", "case OP_INVALID:")
    (msg,) = gen.check_core(bad)
    assert msg.startswith("abs.s has no semantics") and "CASE_GROUP_FPU_EXEC only forwards" in msg


def test_an_unused_group_fails(sources):
    bad = _edit(sources, "core/fpu.h", "CASE_GROUP_FPCMP_D {", "case OP_C_F_D: {")
    msgs = gen.check_core(bad)
    assert any(m.startswith("group fpcmp_d is generated but no C code uses") for m in msgs)
    assert any(m.startswith("c.un.d has no semantics") for m in msgs)


def test_unimpl_and_a_case_contradict(sources):
    bad = _edit(sources, "core/loop.h", "case OP_ERET:", "case OP_DERET: case OP_ERET:")
    assert gen.check_core(bad) == ["deret is marked unimpl='no EJTAG' but has a case in the C code"]


def test_ambiguous_and_unknown_accessors_fail(sources):
    bad = _edit(sources, "core/fpu.h", "fld_cc_10_8(w), cond", "fld_cc(w), cond")
    (msg,) = gen.check_core(bad)
    assert "fld_cc is ambiguous" in msg and "fld_cc_20_18 (movf" in msg and "fld_cc_10_8 (c.f.s" in msg
    bad = _edit(sources, "core/loop.h", "OP_SYSCALL: s->exc_tcode = fld_code20(w)",
                "OP_SYSCALL: s->exc_tcode = fld_code(w)")
    assert gen.check_core(bad) == ["core/loop.h: fld_code: no such field in the table"]


def test_the_generator_exits_nonzero_and_writes_nothing(tmp_path, sources):
    core = tmp_path / "core"
    core.mkdir()
    for name, text in _edit(sources, "core/loop.h", "case OP_LWU:", "").items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    out = tmp_path / "decode_gen.h"
    r = subprocess.run([sys.executable, "-m", "mipsvm.isa.gen", str(out), "--sources", str(tmp_path)],
                       capture_output=True, text=True, cwd=ROOT.parent)
    assert r.returncode != 0 and "lwu has no semantics" in r.stderr
    assert not out.exists()


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
