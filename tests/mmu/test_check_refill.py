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
HUGE_RELOAD = "\tld\t$k0, 0($k1)\t\t/* reload the PMD entry: a PTE with _PAGE_HUGE */"
HUGE_LUI = "\tlui\t$k1, 4\t\t\t/* 0x40000"          # huge path, k1 = &pmd[j] just before it
HUGE_TLBWR = "\ttlbwr\n\tdmfc0\t$k1, $31, 6"
HUGE_TAIL = "1:\tori\t$k0, $zero, 0x6000\n\tmtc0\t$k0, $5\t\t\t/* restore PageMask: 16 KB pages */\n\teret"
SMALL_TLBWR = "\ttlbwr\t\t\t\t/* PageMask 16 KB -> FTLB */"
NO_TABLE = "no_table:\n\tdmtc0\t$zero, $2\n\tdmtc0\t$zero, $3\n\ttlbwr\n\teret\n"
STUB_JUMP = ("no_table:\n\tlui\t$k0, %hi(tlb_do_page_fault_0)\n\tdaddiu\t$k0, $k0, %lo(tlb_do_page_fault_0)\n"
             "\tjr\t$k0\n\t nop\n")
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
    "tlbwi": [(SMALL_TLBWR, "\ttlbwi")],                                  # stale Index, no FTLB
    "loops": [("\ttlbwr\n\teret\n", "\tb\tno_table\n\t nop\n")],           # never returns
    # 13 more words in the overflow part: 32 + 32 = 64 instructions, still within 0x100 bytes
    "too_long": [("tlb_huge_update:\n", "tlb_huge_update:\n" + EHB * 13)],
    # 4 more words on the small-page path: past EBase+0x100 (the cache-error vector)
    "too_big": [(SMALL_TLBWR, EHB * 4 + "\ttlbwr")],
    # ---- the kinds of issue 9, each a bug a kernel developer makes
    "pte_store": [(HUGE_RELOAD, HUGE_RELOAD + "\n\tsd\t$k0, 0($k1)")],    # stores the PMD back unchanged
    "accessed_bit_sd": [(HUGE_RELOAD, "\tld\t$k0, 0($k1)\n\tori\t$k0, $k0, 0x4\n\tsd\t$k0, 0($k1)\n" + HUGE_RELOAD)],
    "fpr_scratch": [(HUGE_LUI, "\tdmtc1\t$k1, $f0\n" + HUGE_LUI)],
    "di_no_ei": [(HUGE_TLBWR, "\tdi\n" + HUGE_TLBWR)],
    "diag_flush": [(HUGE_LUI, "\tori\t$k1, $zero, 0x3000\n\tmtc0\t$k1, $22\n\tdmfc0\t$k1, $31, 2\n" + HUGE_LUI)],
    "absolute_j": [("\tbeqz\t$k1, 1f\n\t nop\n", "\tbnez\t$k1, 2f\n\t nop\n\tj\t1f\n\t nop\n2:")],
    "context_scratch": [(HUGE_LUI, "\tdmtc0\t$k1, $4\n" + HUGE_LUI)],
    "xcontext_scratch": [(HUGE_LUI, "\tdmtc0\t$k1, $20\n" + HUGE_LUI)],
    "wired_scratch": [(HUGE_LUI, "\tmtc0\t$k1, $6\n" + HUGE_LUI)],
    "clears_wired": [(HUGE_LUI, "\tmtc0\t$zero, $6\n" + HUGE_LUI)],
    "tlbp_tlbwi": [(HUGE_TLBWR, "\ttlbp\n\ttlbwi\n\tdmfc0\t$k1, $31, 6")],
    "eret_in_delay_slot": [(HUGE_TAIL, "1:\tori\t$k0, $zero, 0x6000\n\tmtc0\t$k0, $5\n\tb\t1b\n\t eret")],
    # ---- more of what the PRA leaves UNDEFINED or UNPREDICTABLE, and the other rules
    "addu_pointer": [("\tdaddu\t$k1, $k1, $k0\n\tdmfc0\t$k0, $8\n", "\taddu\t$k1, $k1, $k0\n\tdmfc0\t$k0, $8\n")],
    "dmtc0_pagemask": [("\tmtc0\t$k0, $5\t\t\t/* PageMask: 32 MB", "\tdmtc0\t$k0, $5\t\t\t/* PageMask: 32 MB")],
    "branch_in_delay_slot": [("\tbeqz\t$k1, 1f\n\t nop\n", "\tbeqz\t$k1, 1f\n\t b\t1f\n\tnop\n")],
    "restores_t0": [(HUGE_LUI, "\tdaddu\t$t0, $t0, $zero\n" + HUGE_LUI)],
    "kscratch2_scratch": [(HUGE_LUI, "\tdmtc0\t$k1, $31, 3\n" + HUGE_LUI)],
    "stub_for_all": [("\tbnez\t$k1, no_table", "\tb\tno_table"), (NO_TABLE, STUB_JUMP)],
    "mapped_load": [(HUGE_RELOAD, "\tld\t$k0, 0($zero)\n" + HUGE_RELOAD)],
}
# Linux's own forms (linux-mips-kvm.md section 2; tlbex.c), which must pass
LINUX_FORMS = {
    # large_segbits_fault: UASM_i_LA + jr to tlb_do_page_fault_0 instead of an invalid pair
    "linux_fault_stub": ([(NO_TABLE, STUB_JUMP)], {}),
    # build_convert_pte_to_entrylo without fill_includes_sw_bits: dsrl 6, drotr 2 (no_table moves
    # into the overflow part to make room)
    "linux_dsrl_drotr": ([(NO_TABLE, ""), ("\t.org\t0x80\n", NO_TABLE + "\n\t.org\t0x80\n"),
                          ("drotr\t$k0, $k0, 8\t\t/* PTE -> EntryLo", "dsrl\t$k0, $k0, 6\n\tdrotr\t$k0, $k0, 2\t\t/*"),
                          ("\tdrotr\t$k0, $k0, 8\n\tdmtc0\t$k0, $2\n\tdrotr\t$k1, $k1, 8",
                           "\tdsrl\t$k0, $k0, 6\n\tdrotr\t$k0, $k0, 2\n\tdmtc0\t$k0, $2\n"
                           "\tdsrl\t$k1, $k1, 6\n\tdrotr\t$k1, $k1, 2")], {}),
    # build_restore_pagemask: ori, b leave, mtc0 PageMask in the delay slot; the small path's eret
    "linux_huge_tail": ([(HUGE_TAIL, "1:\tori\t$k0, $zero, 0x6000\n\tb\tleave\n\t mtc0\t$k0, $5"),
                         (SMALL_TLBWR + "\n\teret", SMALL_TLBWR + "\nleave:\teret")], {}),
    # iPTE_LW/iPTE_SW on SMP: lld, set _PAGE_ACCESSED, scd (allowed with --pte-stores)
    "linux_accessed_scd": ([(HUGE_RELOAD, "\tlld\t$k0, 0($k1)\n\tori\t$k0, $k0, 0x4\n\tscd\t$k0, 0($k1)\n"
                                          + HUGE_RELOAD)], {"pte_stores": True}),
}


def _apply(name, edits):
    with open(REFILL_S) as f:
        text = f.read()
    for old, new in edits:
        assert text.count(old) == 1, f"{name}: {old!r} no longer occurs once in kernels/refill.S"
        text = text.replace(old, new)
    return text


def variant(name, tmp_path_factory):
    edits = MUTATIONS[name] if name in MUTATIONS else LINUX_FORMS[name][0]
    path = tmp_path_factory.mktemp("variant") / f"{name}.S"
    path.write_text(_apply(name, edits))
    return str(path)


def _seen(h, want=(), cases=400, least=60, **kw):
    """Fault categories over the cases, stopping once one of want was seen and least ran."""
    seen = set()
    for i in range(cases):
        seen.update(cat for cat, _ in C.run_case(h, i, 0, C.DEFAULT_GEOMETRY, **kw).faults)
        if seen & set(want) and i >= least:
            break
    return seen


@needs_as
def test_reference_handler_passes(refill):
    rep = C.check(refill, 300, seed=0)
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
    # cost by path: instructions and page-table loads (PGD, PMD, then the PTE pair or the PMD again)
    paths = rep.path_stats()
    cost = {p: (s["insns_max"], s["loads_min"], s["loads_max"]) for p, s in paths.items()}
    assert cost == {"small": (28, 5, 5), "huge, counter off": (32, 3, 3), "huge, counter on": (35, 3, 3),
                    "invalid": (28, 5, 5), "out-of-range, invalid pair": (8, 0, 0)}


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
    # issue 9's kinds
    "pte_store": ("stored to memory", set()),
    "accessed_bit_sd": ("stored to memory", {"memory changed"}),
    "fpr_scratch": ("clobbered $f0", set()),
    "di_no_ei": ("interrupts left disabled (Status.IE cleared)", set()),
    "diag_flush": ("writes Diag", {"other TLB entries changed", "wired TLB entry changed"}),
    "absolute_j": ("absolute jump out of the handler", set()),
    "context_scratch": ("Context changed", set()),
    "xcontext_scratch": ("XContext changed", set()),
    "wired_scratch": ("Wired changed", {"writes Wired"}),
    "clears_wired": ("Wired changed", set()),
    "tlbp_tlbwi": ("tlbwi after a TLBP miss", {"wired TLB entry overwritten"}),
    "eret_in_delay_slot": ("ERET in a branch delay slot", set()),
    # UNDEFINED/UNPREDICTABLE per the PRA, and the register rule when the damage is undone
    "addu_pointer": ("addu of a 64-bit value", None),
    "dmtc0_pagemask": ("dmtc0 of a 32-bit register", set()),
    "branch_in_delay_slot": ("control transfer in a delay slot", set()),
    "restores_t0": ("uses $t0 (r12)", set()),
    "kscratch2_scratch": ("KScratch2 changed", set()),
    "stub_for_all": ("jumped to the fault stub", {"KScratch6 not incremented on a huge refill"}),
    "mapped_load": ("load from a mapped address", {"exception TLBL in the handler"}),
}


@needs_as
@pytest.mark.parametrize("name", sorted(BROKEN_VARIANTS))
def test_broken_variant_fails_naming_its_fault(name, tmp_path_factory):
    want, also = BROKEN_VARIANTS[name]
    h = C.load_handler(variant(name, tmp_path_factory))
    assert not C.static_faults(h)
    seen = _seen(h, {want})
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


@needs_as
@pytest.mark.parametrize("name", sorted(LINUX_FORMS))
def test_linux_forms_pass(name, tmp_path_factory):
    edits, opts = LINUX_FORMS[name]
    h = C.load_handler(variant(name, tmp_path_factory))
    rep = C.check(h, 150, **opts)
    assert rep.passed, C.format_report(rep, use_rich=False)
    if name == "linux_fault_stub":
        assert rep.path_stats()["out-of-range, fault stub"]["cases"] > 10
        assert "out-of-range, invalid pair" not in rep.path_stats()


@needs_as
def test_pte_stores_option(tmp_path_factory):
    """Without --pte-stores every store fails; with it, only lld/scd setting _PAGE_ACCESSED passes."""
    scd = C.load_handler(variant("linux_accessed_scd", tmp_path_factory))
    assert "stored to memory" in _seen(scd, {"stored to memory"})
    sd = C.load_handler(variant("accessed_bit_sd", tmp_path_factory))
    assert _seen(sd, {"plain store to a PTE"}, pte_stores=True) == {"plain store to a PTE"}
    store = C.load_handler(variant("pte_store", tmp_path_factory))   # not a PTE of the pair: the PMD
    assert "plain store to a PTE" in _seen(store, {"plain store to a PTE"}, least=0, pte_stores=True)


def test_compared_cp0_registers_come_from_the_table():
    from mipsvm.cp0 import regs
    from mipsvm.sim import refill_machine as MC
    model = regs.model_of(None)
    names = [n for n, _, _ in MC.cp0_list(model)]
    implemented = [r.name for r in regs.registers(model) if r.implemented]
    may = {r.name for r in regs.registers(model) if r.name in MC.REFILL_MAY_CHANGE or r.layout in MC.REFILL_MAY_CHANGE}
    assert names == [n for n in implemented if n not in may]
    assert may == {"Index", "Random", "EntryLo0", "EntryLo1", "Count", "LLAddr", "KScratch6",
                   "PerfCnt0", "PerfCnt1", "PerfCnt2", "PerfCnt3"}
    for n in ("Context", "XContext", "Wired", "Diag", "Config", "Config6", "Config7", "Cause", "Status", "EBase",
              "PageGrain", "KScratch1", "KScratch5", "Compare", "ErrorEPC", "DESAVE", "PageMask", "EntryHi"):
        assert n in names


# what a write of $k1 to these is reported as, when not "<name> changed" / "writes <name>"
CP0_WRITE_NAMED = {"PageMask": "unsupported PageMask written", "EntryHi": "EntryHi ASID changed",
                   "Status": "interrupts left disabled (Status.IE cleared)"}


def _cp0_names():
    from mipsvm.cp0 import regs
    from mipsvm.sim import refill_machine as MC
    return [n for n, _, _ in MC.cp0_list(regs.model_of(None))]


@needs_as
@pytest.mark.parametrize("name", _cp0_names())
def test_every_compared_cp0_register_is_checked(name, tmp_path):
    """A handler that writes a pointer into the register on its huge path is caught."""
    from mipsvm.cp0 import regs
    r = regs.register(name)
    move = "dmtc0" if r.width == 64 else "mtc0"
    src = tmp_path / f"w_{name}.S"
    src.write_text(_apply(name, [(HUGE_LUI, f"\t{move}\t$k1, ${r.reg}, {r.sel}\n" + HUGE_LUI)]))
    h = C.load_handler(str(src))
    want = {CP0_WRITE_NAMED.get(name, f"{name} changed"), f"writes {name}"}
    seen = _seen(h, want, cases=120, least=0)
    assert seen & want, sorted(seen)


@needs_as
def test_length_rule_with_a_delay_slot_at_instruction_29(tmp_path):
    """tlbex.c: 63 instructions, but 61 when instruction 29 has a delay slot."""
    def handler(pad):
        text = _apply("split", [(NO_TABLE, "no_table:\n\tdmtc0\t$zero, $2\n\tb\tno_table2\n\t dmtc0\t$zero, $3\n"),
                                ("\t.org\t0x80\n", "no_table2:\n\ttlbwr\n\teret\n" + EHB * pad + "\t.org\t0x80\n")])
        src = tmp_path / f"split{pad}.S"
        src.write_text(text)
        return C.load_handler(str(src))
    h61, h62 = handler(9), handler(10)
    assert (h61.insns, h62.insns) == (61, 62)
    assert h62.main_code[29] == 0xF4
    assert not C.static_faults(h61)
    assert [m for _, m in C.static_faults(h62)] == [
        "handler is 62 instructions, limit 61 when instruction 29 (+0x0f4: b 0x4c) has a delay slot (Linux tlbex.c)"]
    assert C.check(h61, 60).passed


@needs_as
def test_starting_state_is_realistic(refill):
    """Status as Linux runs user code, Wired > 0 with wired entries, entries in the VTLB and FTLB,
    EBase in both halves of ckseg0 and in xkphys, tables spread over 4 GiB, KScratch5 on and off."""
    from mipsvm.host import kernel
    regions, frames, ks5, asids = set(), [], set(), set()
    vtlb_fill = ftlb_fill = 0
    for i in range(80):
        core, case, t = C.build_case(i, 0, C.DEFAULT_GEOMETRY)
        assert core.cp0_get(12, 0) == kernel.STATUS_USER
        assert core.mem_size == 4 << 30
        assert case.wired >= 1 and core.cp0_get(6, 0) == case.wired
        entries = core.tlb_entries()
        assert any(e["valid"] for e in entries[:case.wired])
        vtlb_fill += any(e["valid"] for e in entries[case.wired:64])
        ftlb_fill += any(e["valid"] for e in entries[64:])
        regions.add(case.ebase >> 28 if case.ebase >> 32 == 0xFFFFFFFF else case.ebase >> 48)
        assert (core.cp0_get(15, 1) & ~0xFFF) == case.ebase
        frames += t.frames.used
        ks5.add(bool(case.ks5))
        asids.add(case.asid)
    assert regions == {0xFFFFFFFF8, 0xFFFFFFFF9, 0x9800}          # ckseg0 both halves, xkphys
    assert max(frames) > 3 << 30 and min(frames) < 1 << 30
    assert ks5 == {True, False} and len(asids) > 60
    assert vtlb_fill > 40 and ftlb_fill > 40


@needs_as
def test_cost_report_and_json(refill, tmp_path, capsys):
    rep = C.check(refill, 60, timing=C.Timing(exception=10, eret=5))
    for c in rep.cases:
        assert c.cycles == c.insns + 15 and c.stores == 0
    out = tmp_path / "r.json"
    args = _parser().parse_args(["check-refill", REFILL_S, "--cases", "60", "--json", str(out), "--plain",
                                 "--lat-exc", "10"])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "path" in text and "loads" in text and "huge, counter on" in text
    data = json.loads(out.read_text())
    small = data["paths"]["small"]
    assert (small["loads_min"], small["insns_min"], small["cycles_min"]) == (5, 28, 38)
    assert data["options"]["timing"]["exception"] == 10


@needs_as
def test_fault_stub_case_detail(capsys, tmp_path_factory):
    h = variant("linux_fault_stub", tmp_path_factory)
    rep = C.check(C.load_handler(h), 40)
    k = next(c.index for c in rep.cases if c.exit == "stub")
    args = _parser().parse_args(["check-refill", h, "--case", str(k)])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "jumped to tlb_do_page_fault_0" in text and "jr k0" in text and "PASS" in text


@pytest.mark.parametrize("argv, message", [
    (["--cases", "0"], "--cases must be between 1 and 1000000"),
    (["--cases", "100000000"], "--cases must be between 1 and 1000000"),
    (["--seed", "-1"], "--seed must be between 0 and 2^64-1"),
    (["--case", "-3"], "--case must be between 0 and 2^64-1"),
    (["--mem-size", "1M"], "mem-size"),
    (["/no/such/handler.S"], "/no/such/handler.S: no such file"),
])
def test_cli_bad_input_is_one_line(argv, message, capsys):
    args = _parser().parse_args(["check-refill"] + argv)
    assert args.func(args) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


@needs_as
def test_cli_bad_handler_files(tmp_path, capsys):
    odd = tmp_path / "odd.bin"
    odd.write_bytes(b"\0" * 6)
    undefined = tmp_path / "undef.S"
    undefined.write_text("\t.text\n\t.org 0x80\n\tj\tnowhere\n\tnop\n")
    for path, message in ((tmp_path, "not a file"), (odd, "not a multiple of 4"),
                          (undefined, "the linker failed")):
        args = _parser().parse_args(["check-refill", str(path)])
        assert args.func(args) == 1
        assert message in capsys.readouterr().err
