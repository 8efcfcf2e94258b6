"""Differential tests: every corpus program at every opt level, run under
``qemu-mips64el -cpu MIPS64R2-generic`` and under ``python -m mipsvm run``,
must produce byte-identical stdout, stderr and exit status.

Deliberate differences (handled in diffharness.py):
  (a) integer divide by zero (``//! expect: divzero``): Linux, and so mipsvm,
      delivers SIGFPE; qemu 7.2 delivers SIGTRAP.  qemu must die of SIGTRAP
      and mipsvm of SIGFPE.
  (b) a guest killed by a signal makes qemu print
      ``qemu: uncaught target signal N (Name) - core dumped`` and mipsvm
      ``mipsvm: uncaught target signal N (Name)`` on stderr; these lines are
      removed before stderr is compared.

``MIPSVM_DIFF_PEER=qemu`` compares qemu with itself: it validates the corpus
and the harness (and that every program is deterministic) without mipsvm.
"""

from __future__ import annotations

import re

import pytest

from . import diffharness as harness

CASES = harness.cases()


@pytest.mark.corpus
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_corpus(case, corpus_build, diff_runner):
    paths, errors = corpus_build
    if case.id in errors:
        pytest.fail(f"compiling {case.id} failed:\n{errors[case.id]}", pytrace=False)
    ref, peer = diff_runner.result(case)
    problems = harness.compare(case, ref, peer)
    if problems:
        pytest.fail(harness.format_failure(case, ref, peer, problems), pytrace=False)


BUDGET_CASE = next((c for c in CASES if c.program.name == "sort_algos" and c.opt == "O2"), None)


@pytest.mark.corpus
def test_max_insts_budget(corpus_build):
    """A run that exhausts --max-insts ends with a clear message on stderr,
    a non-zero exit status and no Python traceback."""
    if harness.PEER == "qemu":
        pytest.skip("--max-insts is a mipsvm option")
    ok, why = harness.mipsvm_available()
    if not ok:
        pytest.skip(why)
    if BUDGET_CASE is None:
        pytest.skip("sort_algos-O2 not among the selected opt levels")
    paths, errors = harness.build_all([BUDGET_CASE])  # cached; corpus_build may not have selected it
    if BUDGET_CASE.id in errors:
        pytest.fail(f"compiling {BUDGET_CASE.id} failed:\n{errors[BUDGET_CASE.id]}", pytrace=False)
    cmd = harness.peer_cmd(paths[BUDGET_CASE.id], BUDGET_CASE.program.args, extra=("--max-insts", "200000"))
    r = harness.run_guest(cmd, b"", 60)
    assert not r.timed_out, "mipsvm did not stop at its instruction budget"
    err = r.stderr.decode("utf-8", "backslashreplace")
    assert r.returncode != 0, f"exit status 0 after exhausting the budget; stderr:\n{err}"
    assert "Traceback" not in err, f"Python traceback on stderr:\n{err}"
    assert re.search(r"max-insts|instruction", err, re.I), f"no clear budget message on stderr:\n{err}"
    # the program (4 M instructions) cannot have finished in 200 k
    assert b"counting sort stable" not in r.stdout


# The same programs through a tiny TLB with transparent huge pages: constant
# VTLB/FTLB evictions, huge and small refills through kernels/refill.S, micro-TLB
# thrashing, THP faults and khugepaged collapses. The output must not change.
STRESS = ["--thp", "always", "--vtlb", "8", "--ftlb-sets", "4", "--ftlb-ways", "2",
          "--itlb", "4", "--dtlb", "4"]
O2_CASES = [c for c in CASES if c.opt == "O2"]


@pytest.mark.corpus
@pytest.mark.parametrize("case", O2_CASES, ids=[c.id for c in O2_CASES])
def test_corpus_through_a_tiny_tlb_with_thp(case, corpus_build):
    if harness.PEER == "qemu":
        pytest.skip("compares mipsvm options; meaningless for the qemu self-check")
    paths, errors = corpus_build
    if case.id in errors:
        pytest.fail(f"compiling {case.id} failed:\n{errors[case.id]}", pytrace=False)
    p = case.program
    ref = harness.run_guest(harness.qemu_cmd(paths[case.id], p.args), p.stdin, p.timeout)
    peer = harness.run_guest(harness.peer_cmd(paths[case.id], p.args, STRESS), p.stdin, p.timeout)
    problems = harness.compare(case, ref, peer)
    if problems:
        pytest.fail(harness.format_failure(case, ref, peer, problems), pytrace=False)


# The same programs inside a VM (--mode guest: the guest kernel model under the
# KVM model, two-stage translation on the shared JTLB, kernels/refill.S as the
# guest's refill handler and kernels/kvm_refill.S as root's): every case with
# the defaults, and the O2 cases with THP at each level on and off, the paper's
# alignment fix, hugetlbfs backing, RAD mode and a tiny TLB.
GUEST = ["--mode", "guest"]
TINY = ["--vtlb", "8", "--ftlb-sets", "4", "--ftlb-ways", "2", "--itlb", "4", "--dtlb", "4"]
GUEST_VARIANTS = {
    "thp-both-aligned-tiny": GUEST + ["--thp-host", "always", "--thp-guest", "always", "--vm-align", "on"] + TINY,
    "thp-both-misaligned": GUEST + ["--thp-host", "always", "--thp-guest", "always"],
    "thp-host-only": GUEST + ["--thp-host", "always", "--vm-align", "on"],
    "thp-guest-only-rad": GUEST + ["--thp-guest", "always", "--rad"],
    "hugetlb-tiny": GUEST + ["--vm-backing", "hugetlb", "--thp-guest", "always"] + TINY,
}


def _run_pair(case, corpus_build, extra):
    if harness.PEER == "qemu":
        pytest.skip("compares mipsvm options; meaningless for the qemu self-check")
    paths, errors = corpus_build
    if case.id in errors:
        pytest.fail(f"compiling {case.id} failed:\n{errors[case.id]}", pytrace=False)
    p = case.program
    ref = harness.run_guest(harness.qemu_cmd(paths[case.id], p.args), p.stdin, p.timeout)
    peer = harness.run_guest(harness.peer_cmd(paths[case.id], p.args, extra), p.stdin, p.timeout)
    problems = harness.compare(case, ref, peer)
    if problems:
        pytest.fail(harness.format_failure(case, ref, peer, problems), pytrace=False)


@pytest.mark.corpus
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_corpus_in_guest_mode(case, corpus_build):
    _run_pair(case, corpus_build, GUEST)


@pytest.mark.corpus
@pytest.mark.parametrize("variant", sorted(GUEST_VARIANTS))
@pytest.mark.parametrize("case", O2_CASES, ids=[c.id for c in O2_CASES])
def test_corpus_in_guest_mode_variants(case, variant, corpus_build):
    _run_pair(case, corpus_build, GUEST_VARIANTS[variant])
