"""mipsvm experiment thp --quick: the paper's experiment, host and VM rows, its
table, JSON and plots, the balancer rows included."""

import json
import os
import subprocess
import sys

import pytest

from mipsvm.sim import experiment as X
from mipsvm.sim.worker import SweepError
from tests.sim.readme_tables import assert_same_table, cells

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli(*argv, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "mipsvm", "experiment", *argv], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


def test_quick_experiment(tmp_path):
    """One --quick run (host and VM rows), checked as a whole: it is the
    slowest test here, so it runs once."""
    r = cli("thp", "--quick", "--jobs", "2", "--json", str(tmp_path / "q.json"), "--plots", str(tmp_path / "plots"))
    assert r.returncode == 0, r.stderr
    with open(tmp_path / "q.json") as f:
        recs = {(x["workload"], x["name"]): x for x in json.load(f)}
    assert len(recs) == 23 and all(x["status"] == 0 for x in recs.values())
    assert {x["mode"] for x in recs.values()} == {"host", "guest"}

    # mcf-like: host THP and hugetlbfs beat host small pages, with far fewer FTLB refills
    small, thp, tlbfs = (recs["mcf", n] for n in ("host-small", "host-thp", "host-hugetlb"))
    assert small["score"] == 1.0
    assert thp["score"] > 1.01 and tlbfs["score"] > 1.01
    assert small["refills"]["root"]["vtlb"] == 0
    ps = {n: recs["mcf", n]["refills_per_second"]["root"] for n in ("host-small", "host-thp", "host-hugetlb")}
    assert ps["host-small"]["ftlb"] > 5 * ps["host-thp"]["ftlb"] > 0          # the unaligned ends stay small
    assert ps["host-small"]["ftlb"] > 100 * ps["host-hugetlb"]["ftlb"]
    # huge pages in use: THP gets the 32 MB aligned ranges inside the malloc'ed block, hugetlbfs all of it
    assert thp["huge_pages"] == {"thp": 3, "hugetlb": 0}
    assert tlbfs["huge_pages"] == {"thp": 0, "hugetlb": 4}
    assert small["page_faults"] > 20 * tlbfs["page_faults"]
    assert thp["huge_refills_kscratch6"] == thp["refills"]["root"]["vtlb"]     # the handler's counter
    body = lambda x: x["stdout"].split("\n", 1)[1]                             # noqa: E731 (line 1 names alloc)
    assert body(small) == body(thp) == body(tlbfs)                            # the same computation

    # in a VM (the paper's figures 4 and 6): small pages cost more than on the host (two-level
    # refills); THP at both levels helps only when guest RAM is aligned; KVM THP alone does not
    vm = {n: recs["mcf", n] for n in ("vm-none", "vm-guest-thp", "vm-kvm-thp", "vm-both", "vm-both-aligned",
                                       "vm-hugetlb")}
    assert vm["vm-none"]["score"] < 0.97
    assert vm["vm-none"]["score"] < vm["vm-guest-thp"]["score"] < vm["vm-both-aligned"]["score"]
    assert abs(vm["vm-kvm-thp"]["score"] - vm["vm-none"]["score"]) < 0.01        # misaligned: no huge GPA map
    assert vm["vm-both"]["score"] < vm["vm-both-aligned"]["score"] - 0.03
    assert vm["vm-both-aligned"]["score"] > 1.01 and vm["vm-hugetlb"]["score"] > 1.01
    assert vm["vm-none"]["refills"]["guest"]["ftlb"] > 0 and vm["vm-none"]["refills"]["root"]["ftlb"] > 0
    assert vm["vm-both-aligned"]["refills"]["root"]["ftlb"] < vm["vm-both"]["refills"]["root"]["ftlb"] / 100
    assert vm["vm-both"]["huge_pages"]["thp"] == 3 and vm["vm-both"]["huge_pages"]["host_thp"] >= 5
    assert vm["vm-hugetlb"]["huge_pages"]["hugetlb"] >= 4
    # at 128 MiB the 64-entry VTLB holds both levels' huge entries: the monitor never sees a
    # refill-time share worth counting, so the balancer rows are the aligned VM's, cycle for cycle
    for pol in ("random", "hot", "underused"):
        bal = recs["mcf", f"vm-both-bal-{pol}"]
        assert bal["balancer_splits"] == 0 and bal["cycles"] == vm["vm-both-aligned"]["cycles"]
    assert all(body(x) == body(small) for x in vm.values())

    # the compute-bound control does not care; it has no hugetlbfs mode
    assert abs(recs["compute", "host-thp"]["score"] - 1) < 0.01
    assert ("compute", "host-hugetlb") not in recs

    # the table, the note on the VM rows, the plots
    out = r.stdout
    assert "host, hugetlbfs preallocated" in out and "FTLB refills/s" in out
    table = out[out.index("┏"):out.index("compute: no host-hugetlb run")]
    assert "VM, both, aligned RAM" in table and "VM, both + balancer (hot-first split)" in table
    assert "Not run:" not in out
    for png in ("thp_scores.png", "thp_refills.png"):
        with open(tmp_path / "plots" / png, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    # the README shows this run: its rows are these rows (host seconds aside)
    with open(os.path.join(ROOT, "README.md")) as f:
        readme = f.read()
    block = readme[readme.index("mipsvm experiment thp --quick:"):]
    block = block[:block.index("compute: no host-hugetlb run")]
    assert_same_table(cells(block), [[str(c) for c in row[:-1]] for row in X.table_rows(list(recs.values()))])


def test_registry_is_data():
    tasks, notes = X.plan(quick=True, setups=["host-thp"], workloads=["mcf"])
    assert [t["params"] for t in tasks] == [{"workload": "mcf", "setup": "host-small"},
                                            {"workload": "mcf", "setup": "host-thp"}]
    assert "scores are relative to it" in notes[0]
    cfg = tasks[1]["config"]
    assert cfg["kernel"]["thp"] == "always" and cfg["cpu"]["timing"]["exception"] == X.BASE["cpu.timing.exception"]
    tasks, _ = X.plan(quick=True, setups=["vm-both-bal-hot"], workloads=["mcf"])
    vm = tasks[1]["config"]["vm"]
    assert vm["mode"] == "guest" and vm["align"] == "on" and vm["monitor"]["balancer"]
    assert vm["monitor"]["policy"] == "hot" and vm["mem"] == 512 << 20       # footprint + 256 MB, >= 512 MB
    with pytest.raises(SweepError, match="unknown configuration 'host-huge'"):
        X.plan(setups=["host-huge"])
    with pytest.raises(SweepError, match="unknown parameter path"):
        X.plan(overrides={"cpu.timing.exceptions": "0"})
    tasks, _ = X.plan(setups=["host-hugetlb"], workloads=["mcf"])
    assert tasks[1]["config"]["kernel"]["hugetlb_pages"] == 50                  # 1600 MiB in 32 MB pages
    assert tasks[1]["args"][-1] == "hugetlb"


@pytest.mark.parametrize("argv,msg", [
    (["thp", "--configs", "vm-both-balanced"], "unknown configuration 'vm-both-balanced'"),
    (["thp", "--workloads", "gcc"], "unknown workload 'gcc'"),
    (["thp", "--set", "cpu.tlb.vtlb"], "expected PATH=VALUE"),
    (["thp", "--set", "cpu.tlb.vtlb=99"], "99 is above the maximum 64"),
    (["thp", "--jobs", "0"], "jobs: 0"),
])
def test_cli_bad_input_is_one_line(argv, msg):
    r = cli(*argv)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and msg in r.stderr


def test_list_names_every_configuration_with_its_parameters():
    r = cli("thp", "--list")
    assert r.returncode == 0
    assert "host-hugetlb" in r.stdout and "vm-both-aligned" in r.stdout and "vm.align=on" in r.stdout
    assert "vm-both-bal-hot" in r.stdout and "vm.monitor.policy=hot" in r.stdout and "not yet" not in r.stdout


@pytest.mark.slow
def test_full_experiment_host_directions(tmp_path):
    """The full-size host runs (1.6 GB mcf-like, ~2 minutes on 2 cores)."""
    r = cli("thp", "--configs", "host-small,host-thp,host-hugetlb", "--json", str(tmp_path / "full.json"),
            "--plots", "")
    assert r.returncode == 0, r.stderr
    recs = {(x["workload"], x["name"]): x for x in json.load(open(tmp_path / "full.json"))}
    assert recs["mcf", "host-thp"]["score"] > 1.05
    assert recs["mcf", "host-hugetlb"]["huge_pages"]["hugetlb"] == 50
    assert abs(recs["compute", "host-thp"]["score"] - 1) < 0.01
