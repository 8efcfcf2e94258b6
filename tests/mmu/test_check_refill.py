"""`mipsvm check-refill`: the reference handler passes, each deliberately broken
variant of it fails naming its fault (docs/check-refill.md)."""

import argparse
import json
import os

import pytest

from mipsvm.host import kernel
from mipsvm.sim import check_refill as C

REFILL_S = os.path.join(kernel.KERNELS, "refill.S")
REFILL_BIN = os.path.join(kernel.KERNELS, "refill.bin")

needs_as = pytest.mark.skipif(not C.have_assembler(), reason="mips64el-linux-gnuabi64-as not installed")


@pytest.fixture(scope="module")
def refill():
    return C.load_handler(REFILL_S)


# Each broken variant is kernels/refill.S with one deliberate bug: (text, replacement)
# pairs, each text occurring exactly once, so the variants follow the real handler.
EHB = "\tehb\n"
MUTATIONS = {
    "pgd_shift": [("dsrl\t$k0, $k0, 33", "dsrl\t$k0, $k0, 32")],          # wrong PGD index
    "no_pagemask_restore": [("1:\tori\t$k0, $zero, 0x6000\n\tmtc0\t$k0, $5", "1:\tnop\n\tnop")],
    "clobbers_t0": [("\tdsrl\t$k0, $k0, 2\t\t/* even/odd pair offset: (VA >> 15 & 0x3ff) * 16 */\n"
                     "\tandi\t$k0, $k0, 0x3ff0\n\tdaddu\t$k1, $k1, $k0",
                     "\tdsrl\t$t0, $k0, 2\n\tandi\t$t0, $t0, 0x3ff0\n\tdaddu\t$k1, $k1, $t0")],
    "counter_always": [("\tbeqz\t$k1, 1f", "\tnop")],                   # ignores KScratch5
    "counter_mfc0": [("\tdmfc0\t$k1, $31, 6", "\tmfc0\t$k1, $31, 6")],      # 32-bit read of KScratch5
    "dsrl_rixi": [("drotr\t$k0, $k0, 8\t\t/* PTE -> EntryLo", "dsrl\t$k0, $k0, 8\t\t/* PTE -> EntryLo"),
                  ("\tdrotr\t$k0, $k0, 8\n\tdmtc0\t$k0, $2\n\tdrotr\t$k1, $k1, 8",
                   "\tdsrl\t$k0, $k0, 8\n\tdmtc0\t$k0, $2\n\tdsrl\t$k1, $k1, 8")],  # RI/XI lost
    "no_range_check": [("\tbnez\t$k1, no_table", "\tnop")],
    "tlbwi": [("\ttlbwr\t\t\t\t/* PageMask 16 KB -> FTLB */", "\ttlbwi")],    # stale Index, no FTLB
    "loops": [("\ttlbwr\n\teret\n", "\tb\tno_table\n\t nop\n")],           # never returns
    # 13 more words in the overflow part: 32 + 32 = 64 instructions, still within 0x100 bytes
    "too_long": [("tlb_huge_update:\n", "tlb_huge_update:\n" + EHB * 13)],
    # 4 more words on the small-page path: past EBase+0x100 (the cache-error vector)
    "too_big": [("\ttlbwr\t\t\t\t/* PageMask 16 KB -> FTLB */", EHB * 4 + "\ttlbwr")],
}


def variant(name, tmp_path_factory):
    with open(REFILL_S) as f:
        text = f.read()
    for old, new in MUTATIONS[name]:
        assert text.count(old) == 1, f"{name}: {old!r} no longer occurs once in kernels/refill.S"
        text = text.replace(old, new)
    path = tmp_path_factory.mktemp("broken") / f"{name}.S"
    path.write_text(text)
    return str(path)


@needs_as
def test_reference_handler_passes(refill):
    rep = C.check(refill, 500, seed=0)
    assert not rep.static
    assert not rep.failed, C.format_report(rep, use_rich=False)
    stats = rep.kind_stats()
    for kind in C.KINDS:
        assert stats[kind]["cases"] >= 20, kind
    # instructions per refill of kernels/refill.S
    assert stats["small"]["insns_min"] == stats["small"]["insns_max"] == 28
    assert stats["invalid"]["insns_max"] == 28
    assert stats["out-of-range"]["insns_max"] == 8
    assert (stats["huge"]["insns_min"], stats["huge"]["insns_max"]) == (32, 35)
    assert rep.passed


@needs_as
def test_reference_handler_passes_tiny_tlb(refill):
    rep = C.check(refill, 150, seed=7, tiny=True)
    assert rep.passed, C.format_report(rep, use_rich=False)


@needs_as
def test_instruction_count_of_refill_s(refill):
    assert (refill.overflow_insns, refill.main_insns, refill.insns) == (19, 32, 51)
    assert refill.exact and len(refill.image) == 0x100


def test_binary_handler():
    h = C.load_handler(REFILL_BIN)
    assert not h.exact
    assert h.insns == 51
    rep = C.check(h, 60, seed=3)
    assert rep.passed, C.format_report(rep, use_rich=False)


@needs_as
def test_count_rule(tmp_path):
    """Padding from .org and the section's alignment is not counted; a nop in a
    delay slot (written or inserted by `.set reorder`), macro expansions and
    .word are."""
    src = tmp_path / "h.S"
    src.write_text("\t.set noreorder\n\t.text\n\tb 1f\n\tnop\n\tnop\n\tnop\n\t.org 0x80\n"
                   "1:\tdli $k0, 0x123456789abcdef0\n\t.set reorder\n\tb 1b\n\teret\n\t.word 0x42000018\n")
    h = C.load_handler(str(src))
    assert (h.overflow_insns, h.main_insns) == (4, 10)
    assert len(h.image) == 0x80 + 10 * 4


@needs_as
def test_assembler_error_is_reported(tmp_path):
    src = tmp_path / "bad.S"
    src.write_text("\t.text\n\tfrobnicate $k0\n")
    with pytest.raises(C.HandlerError) as e:
        C.load_handler(str(src))
    assert "frobnicate" in str(e.value) and "bad.S" in str(e.value)


def test_missing_assembler(tmp_path, monkeypatch):
    src = tmp_path / "h.S"
    src.write_text("\t.text\n\teret\n")
    monkeypatch.setenv("CROSS", "no-such-cross-")
    with pytest.raises(C.HandlerError, match="no-such-cross-as not found"):
        C.load_handler(str(src))


@needs_as
def test_cases_are_deterministic(refill):
    g = C.DEFAULT_GEOMETRY
    a = [C.run_case(refill, i, 11, g).summary() for i in range(20)]
    b = [C.run_case(refill, i, 11, g).summary() for i in range(20)]
    assert a == b


# variant -> (the fault it must be reported with, the faults it may also cause)
BROKEN_VARIANTS = {
    "pgd_shift": ("wrong EntryLo0 for small page", None),
    "no_pagemask_restore": ("PageMask not restored (0x01ffe000)", set()),
    "clobbers_t0": ("clobbered $t0 (r12)", set()),
    "counter_always": ("KScratch6 incremented while KScratch5 = 0", set()),
    "counter_mfc0": ("KScratch6 not incremented on a huge refill", set()),
    "dsrl_rixi": ("wrong EntryLo0 for small page",
                  {f"wrong EntryLo{i} for {k}" for i in (0, 1) for k in C.KIND_DESC.values()}),
    "no_range_check": ("wrong EntryLo0 for out-of-range address", None),
    "tlbwi": ("small page written to the VTLB", None),
    "loops": ("handler does not return", set()),
}


@needs_as
@pytest.mark.parametrize("name", sorted(BROKEN_VARIANTS))
def test_broken_variant_fails_naming_its_fault(name, tmp_path_factory):
    want, also = BROKEN_VARIANTS[name]
    h = C.load_handler(variant(name, tmp_path_factory))
    assert not C.static_faults(h)
    seen = set()
    for i in range(400):
        case = C.run_case(h, i, 0, C.DEFAULT_GEOMETRY)
        seen.update(cat for cat, _ in case.faults)
        if want in seen and i >= 60:
            break
    assert want in seen, f"{name}: faults seen {sorted(seen)}"
    if also is not None:
        assert seen <= also | {want}, f"{name}: unexpected faults {sorted(seen - also - {want})}"


@needs_as
def test_too_long_handler(tmp_path_factory):
    h = C.load_handler(variant("too_long", tmp_path_factory))
    assert h.insns == 64 and len(h.image) == 0x100
    assert [m for _, m in C.static_faults(h)] == [
        "handler is 64 instructions, limit 63 (32 at +0x000, 32 from +0x080)"]
    rep = C.check(h, 40)
    assert not rep.failed and not rep.passed          # it runs correctly but does not fit
    assert "handler is 64 instructions, limit 63" in C.format_report(rep, use_rich=False)


@needs_as
def test_too_big_handler(tmp_path_factory):
    h = C.load_handler(variant("too_big", tmp_path_factory))
    assert len(h.image) == 0x110 and h.insns == 55
    assert [cat for cat, _ in C.static_faults(h)] == ["handler exceeds 0x100 bytes"]


def _parser():
    p = argparse.ArgumentParser(prog="mipsvm")
    C.add_subparser(p.add_subparsers(dest="cmd", required=True))
    return p


@needs_as
def test_cli_pass_and_json(tmp_path, capsys):
    out = tmp_path / "r.json"
    args = _parser().parse_args(["check-refill", REFILL_S, "--cases", "80", "--seed", "5",
                                 "--json", str(out), "--plain"])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "PASS: 80/80 cases passed" in text
    assert "51 instructions (19 at +0x000, 32 from +0x080" in text
    data = json.loads(out.read_text())
    assert data["passed"] and data["cases"] == 80 and data["instructions"]["total"] == 51
    assert set(data["kinds"]) == set(C.KINDS)


@needs_as
def test_cli_failure_exit_status(capsys, tmp_path_factory):
    args = _parser().parse_args(["check-refill", variant("clobbers_t0", tmp_path_factory), "--cases", "40"])
    assert args.func(args) == 1
    text = capsys.readouterr().out
    assert "clobbered $t0 (r12)" in text and "FAIL" in text


@needs_as
def test_cli_single_case_trace(capsys):
    args = _parser().parse_args(["check-refill", REFILL_S, "--case", "1"])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "trace:" in text and "eret" in text and "PASS" in text


def test_cli_defaults():
    args = _parser().parse_args(["check-refill"])
    assert args.handler is None and args.cases == 2000 and args.seed == 0 and not args.tiny
    assert C.default_handler_path().endswith(("refill.S", "refill.bin"))
