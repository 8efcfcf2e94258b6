"""Fixtures for the differential tests (see diffharness.py for the knobs)."""

from __future__ import annotations

import concurrent.futures
import os

import pytest

from . import diffharness as harness


def _selected_cases(session):
    out, seen = [], set()
    for item in session.items:
        cs = getattr(item, "callspec", None)
        case = cs.params.get("case") if cs else None
        if isinstance(case, harness.Case) and case.id not in seen:
            seen.add(case.id)
            out.append(case)
    return out


@pytest.fixture(scope="session")
def corpus_build(request):
    """Compile (or find in build/corpus/) every selected corpus binary.

    Returns (paths, errors) keyed by case id.  Skips when the cross compiler
    or qemu is missing (``make setup`` installs both).
    """
    if not harness.have_tool(harness.CROSS_CC):
        pytest.skip(f"cross compiler {harness.CROSS_CC} not installed")
    if not harness.have_tool(harness.QEMU):
        pytest.skip(f"{harness.QEMU} not installed")
    harness.disable_core_dumps()
    wanted = _selected_cases(request.session) or harness.cases()
    return harness.build_all(wanted)


class DiffRunner:
    """Runs (qemu, peer) pairs, optionally ahead of the tests that need them.

    Without pytest-xdist the session fixture submits every selected case to a
    thread pool of MIPSVM_DIFF_JOBS workers (default: CPU count) right away,
    so both cores stay busy even though pytest runs tests one at a time; each
    test then waits for its own result.  Under xdist (one process per core)
    cases run inline, one at a time per worker.
    """

    def __init__(self, paths, jobs):
        self.paths = paths
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs) if jobs > 1 else None
        self.futures = {}

    def prefetch(self, cases):
        if self.pool is None:
            return
        for c in cases:
            if c.id in self.paths and c.id not in self.futures:
                self.futures[c.id] = self.pool.submit(harness.run_case, c, self.paths[c.id])

    def result(self, case):
        fut = self.futures.pop(case.id, None)
        if fut is not None:
            return fut.result()
        return harness.run_case(case, self.paths[case.id])

    def close(self):
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)


@pytest.fixture(scope="session")
def diff_runner(request, corpus_build):
    paths, _errors = corpus_build
    if harness.PEER != "qemu":
        ok, why = harness.mipsvm_available()
        if not ok:
            pytest.skip(why)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        jobs = 1
    else:
        jobs = int(os.environ.get("MIPSVM_DIFF_JOBS", "0") or 0) or (os.cpu_count() or 1)
    runner = DiffRunner(paths, jobs)
    runner.prefetch(_selected_cases(request.session))
    yield runner
    runner.close()
