"""`mipsvm check-refill --root-gpa` and `--guest`: the shipped handlers pass in
guest mode, and each deliberately broken kernels/kvm_refill.S fails naming its
fault (docs/check-refill.md, "Guest mode")."""

import argparse
import os

import pytest

from mipsvm.host import kernel
from mipsvm.sim import check_refill as C
from mipsvm.sim import check_refill_vz as V

KVM_REFILL_S = os.path.join(kernel.KERNELS, "kvm_refill.S")
REFILL_S = os.path.join(kernel.KERNELS, "refill.S")

pytestmark = pytest.mark.skipif(not C.have_assembler(), reason="mips64el-linux-gnuabi64-as not installed")

# Each broken variant is kernels/kvm_refill.S with one deliberate bug: (text, replacement)
# pairs, each text occurring exactly once, so the variants follow the real handler.
SAVE = "\tdmtc0\t$k1, $31, 4\t\t/* save the guest's k1 and k0 */\n\tdmtc0\t$k0, $31, 5\n"
HUGE_RESTORE = "\tdmfc0\t$k0, $31, 5\t\t/* the guest's k0 and k1 */\n\tdmfc0\t$k1, $31, 4\n"
SMALL_RESTORE = "\ttlbwr\t\t\t\t/* 16 KB pair -> FTLB */\n\tdmfc0\t$k0, $31, 5\n\tdmfc0\t$k1, $31, 4\n"
NONE_RESTORE = "\ttlbwr\n\tdmfc0\t$k0, $31, 5\n\tdmfc0\t$k1, $31, 4\n"
HUGE_MASK = "\tlui\t$k0, 0x01ff\n\tori\t$k0, $k0, 0xe000\n\tmtc0\t$k0, $5\t\t\t/* PageMask: a 32 MB pair (VTLB) */"
KVM_MUTATIONS = {
    # the guest's k1 is never saved: the restore brings back whatever KScratch3 held
    "no_k1_save": [(SAVE, "\tdmtc0\t$k0, $31, 5\n")],
    # the small path forgets to restore k0
    "no_k0_restore": [(SMALL_RESTORE, "\ttlbwr\n\tdmfc0\t$k1, $31, 4\n")],
    # the huge pair written with the 16 KB mask
    "huge_small_mask": [(HUGE_MASK, "\tori\t$k0, $zero, 0x6000\n\tmtc0\t$k0, $5")],
    # never counts huge refills
    "never_counts": [("\tbeqz\t$k1, 1f", "\tb\t1f")],
    # ERET without restoring k0/k1, on every path
    "eret_unrestored": [(HUGE_RESTORE, ""), (SMALL_RESTORE, "\ttlbwr\n"), (NONE_RESTORE, "\ttlbwr\n")],
    # keeps the guest's k0 in KScratch2 ($31,3), which root keeps for itself, instead of KScratch4
    "kscratch2_slot": [("\tdmtc0\t$k0, $31, 5\n\tdmfc0\t$k0, $8", "\tdmtc0\t$k0, $31, 3\n\tdmfc0\t$k0, $8"),
                       ("\tdmfc0\t$k0, $31, 5\t\t/* the guest's", "\tdmfc0\t$k0, $31, 3\t\t/* the guest's"),
                       (SMALL_RESTORE, SMALL_RESTORE.replace("$31, 5", "$31, 3")),
                       (NONE_RESTORE, NONE_RESTORE.replace("$31, 5", "$31, 3"))],
}
# variant -> (the fault it must be reported with, the faults it may also cause; None: any)
KVM_BROKEN = {
    "no_k1_save": ("guest $k1 not preserved", {"the retried access failed", "the retried access refilled again",
                                               "the retried store missed", "the retried load read the wrong page",
                                               "the retried access completed"}),
    "no_k0_restore": ("guest $k0 not preserved", None),
    "huge_small_mask": ("wrong PageMask for huge page", None),
    "never_counts": ("KScratch6 not incremented on a huge refill", set()),
    "eret_unrestored": ("guest $k1 not preserved", None),
    "kscratch2_slot": ("KScratch2 changed", {"writes KScratch2"}),
}


def _variant(src, mutations, name, tmp_path_factory):
    with open(src) as f:
        text = f.read()
    for old, new in mutations[name]:
        assert text.count(old) == 1, f"{name}: {old!r} no longer occurs once in {src}"
        text = text.replace(old, new)
    path = tmp_path_factory.mktemp("variant") / f"{name}.S"
    path.write_text(text)
    return str(path)


@pytest.fixture(scope="module")
def kvm_refill():
    return C.load_handler(KVM_REFILL_S)


def test_shipped_kvm_refill_passes(kvm_refill):
    rep = C.check(kvm_refill, 300, seed=0, mode="root-gpa")
    assert not rep.static
    assert rep.passed, C.format_report(rep, use_rich=False)
    # the save and restore cost 4 instructions on each path; no stub path
    cost = {p: (s["insns_max"], s["loads_min"], s["loads_max"]) for p, s in rep.path_stats().items()}
    assert cost == {"small": (32, 5, 5), "huge, counter off": (36, 3, 3), "huge, counter on": (39, 3, 3),
                    "invalid": (32, 5, 5), "out-of-range, invalid pair": (12, 0, 0)}
    guests = [c.extra["guest"] for c in rep.cases]
    assert 30 < sum(g.rad for g in guests) < 150                   # RAD cases and GuestID cases
    assert len({g.gid for g in guests}) > 50
    assert {g.access for g in guests} == set(V.ACCESSES)


def test_kvm_refill_size_rule(kvm_refill):
    """kvm_refill.S runs past +0x100 into the slot before KVM's general vector at +0x180."""
    assert len(kvm_refill.image) > 0x100
    assert not V.static_faults(kvm_refill, "root-gpa")
    assert [c for c, _ in C.static_faults(kvm_refill)] == ["handler exceeds 0x100 bytes"]


@pytest.mark.parametrize("name", sorted(KVM_BROKEN))
def test_broken_kvm_refill_fails_naming_its_fault(name, tmp_path_factory):
    want, also = KVM_BROKEN[name]
    h = C.load_handler(_variant(KVM_REFILL_S, KVM_MUTATIONS, name, tmp_path_factory))
    seen = set()
    for i in range(300):
        c = V.run_gpa_case(h, i, 0, C.DEFAULT_GEOMETRY)
        seen.update(cat for cat, _ in c.faults)
        if want in seen and i >= 40:
            break
    assert want in seen, f"{name}: faults seen {sorted(seen)}"
    if also is not None:
        assert seen <= also | {want}, f"{name}: unexpected faults {sorted(seen - also - {want})}"


def test_root_handler_is_not_a_kvm_handler():
    """kernels/refill.S at the KVM vector: it uses the guest's k0/k1 without saving them."""
    rep = C.check(C.load_handler(REFILL_S), 40, mode="root-gpa")
    faults = rep.fault_counts()
    assert "guest $k0 not preserved" in faults and "guest $k1 not preserved" in faults


def test_gpa_cases_are_deterministic(kvm_refill):
    g = C.DEFAULT_GEOMETRY
    a = [V.run_gpa_case(kvm_refill, i, 3, g).summary() for i in range(15)]
    b = [V.run_gpa_case(kvm_refill, i, 3, g).summary() for i in range(15)]
    assert a == b


def _parser():
    p = argparse.ArgumentParser(prog="mipsvm")
    C.add_subparser(p.add_subparsers(dest="cmd", required=True))
    return p


def test_cli_root_gpa_default_handler(capsys):
    args = _parser().parse_args(["check-refill", "--root-gpa", "--cases", "60", "--plain"])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "kvm_refill" in text and "limit 0x180 bytes" in text and "in RAD mode" in text
    assert "PASS: 60/60 cases passed" in text


def test_cli_root_gpa_case_trace(capsys):
    args = _parser().parse_args(["check-refill", "--root-gpa", "--case", "2"])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "guest pc" in text and "eret" in text and "PASS" in text


def test_cli_root_gpa_failure_names_the_fault(capsys, tmp_path_factory):
    h = _variant(KVM_REFILL_S, KVM_MUTATIONS, "no_k1_save", tmp_path_factory)
    args = _parser().parse_args(["check-refill", "--root-gpa", h, "--cases", "30", "--plain"])
    assert args.func(args) == 1
    text = capsys.readouterr().out
    assert "guest $k1 not preserved" in text and "--root-gpa --case" in text


@pytest.mark.slow
def test_shipped_kvm_refill_2000_cases(kvm_refill):
    import time
    t = time.perf_counter()
    rep = C.check(kvm_refill, 2000, seed=0, mode="root-gpa")
    assert rep.passed, C.format_report(rep, use_rich=False)
    assert time.perf_counter() - t < 30


# ---- --guest: the guest's refill handler, with root GPA refills in its walk

@pytest.fixture(scope="module")
def refill():
    return C.load_handler(REFILL_S)


def test_guest_refill_passes_with_the_2d_walk(refill):
    rep = C.check(refill, 300, seed=0, mode="guest")
    assert not rep.static
    assert rep.passed, C.format_report(rep, use_rich=False)
    guests = [c.extra["guest"] for c in rep.cases]
    nested = [n for g in guests for n in g.nested]
    assert sum(1 for g in guests if g.nested) > 60                 # root refills in the middle of the walk
    assert any(n["huge"] for n in nested) and not all(n["huge"] for n in nested)
    assert any(g.rad for g in guests) and any(not g.rad for g in guests)
    for c in rep.cases:                                             # the guest-tagged entry, GuestCtl1.ID
        if c.got:
            assert c.got["tag"] == 0x100 | c.extra["guest"].gid
    paths = rep.path_stats()
    assert set(paths) == {"small", "huge, counter off", "huge, counter on", "invalid", "out-of-range, invalid pair"}
    # a walk without a root miss costs what the root handler costs in root mode
    assert paths["small"]["insns_min"] == 28 and paths["huge, counter on"]["insns_min"] == 35


@pytest.mark.parametrize("name, want", [("no_k1_save", "guest $k1 not preserved in the nested root refill"),
                                        ("no_k0_restore", "guest $k0 not preserved in the nested root refill")])
def test_nested_root_refill_must_keep_the_guests_k0_k1(name, want, refill, tmp_path_factory):
    """A root refill in the middle of the guest's walk: the guest handler holds
    its pointers in k0/k1, which the root handler must give back."""
    kvm = C.load_handler(_variant(KVM_REFILL_S, KVM_MUTATIONS, name, tmp_path_factory))
    seen = set()
    for i in range(200):
        seen.update(cat for cat, _ in V.run_guest_case(refill, i, 0, C.DEFAULT_GEOMETRY, kvm=kvm).faults)
        if want in seen:
            break
    assert want in seen, sorted(seen)


GUEST_MUTATIONS = {
    "clobbers_t0": [("\tdsrl\t$k0, $k0, 2\t\t/* even/odd pair offset: (VA >> 15 & 0x3ff) * 16 */\n"
                     "\tandi\t$k0, $k0, 0x3ff0\n\tdaddu\t$k1, $k1, $k0",
                     "\tdsrl\t$t0, $k0, 2\n\tandi\t$t0, $t0, 0x3ff0\n\tdaddu\t$k1, $k1, $t0")],
    "counter_always": [("\tbeqz\t$k1, 1f", "\tnop")],
    "no_pagemask_restore": [("1:\tori\t$k0, $zero, 0x6000\n\tmtc0\t$k0, $5", "1:\tnop\n\tnop")],
    "pgd_shift": [("dsrl\t$k0, $k0, 33", "dsrl\t$k0, $k0, 32")],
}
GUEST_BROKEN = {
    "clobbers_t0": "clobbered $t0 (r12)",
    "counter_always": "guest KScratch6 incremented while guest KScratch5 = 0",
    "no_pagemask_restore": "PageMask not restored (0x01ffe000)",
    "pgd_shift": "wrong EntryLo0 for small page",
}


@pytest.mark.parametrize("name", sorted(GUEST_BROKEN))
def test_broken_guest_refill_fails_naming_its_fault(name, tmp_path_factory):
    h = C.load_handler(_variant(REFILL_S, GUEST_MUTATIONS, name, tmp_path_factory))
    seen = set()
    for i in range(300):
        seen.update(cat for cat, _ in V.run_guest_case(h, i, 0, C.DEFAULT_GEOMETRY).faults)
        if GUEST_BROKEN[name] in seen and i >= 30:
            break
    assert GUEST_BROKEN[name] in seen, f"{name}: faults seen {sorted(seen)}"


def test_cli_guest(capsys):
    args = _parser().parse_args(["check-refill", "--guest", "--cases", "60", "--plain"])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "refill.S" in text and "root GPA refills inside the guest's walk" in text
    assert "PASS: 60/60 cases passed" in text


def test_cli_guest_case_trace_shows_both_levels(capsys):
    rep = C.check(C.load_handler(REFILL_S), 30, mode="guest")
    k = next(c.index for c in rep.cases if c.extra["guest"].nested)
    args = _parser().parse_args(["check-refill", "--guest", "--case", str(k)])
    assert args.func(args) == 0
    text = capsys.readouterr().out
    assert "dmtc0 k1,$31,4" in text and "+0x080" in text and "PASS" in text
