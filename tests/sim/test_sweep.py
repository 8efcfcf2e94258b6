"""mipsvm sweep and mipsvm.sweep.run: grids over the configuration tree, the
local pool, a real Dask LocalCluster, identical results either way."""

import csv
import json
import os
import subprocess
import sys

import pytest

import mipsvm
from mipsvm.sim import sweep
from mipsvm.sim.worker import SweepError, make_task, run_task
from tests.sim.readme_tables import assert_same_table, cells

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGECHASE = os.path.join(ROOT, "workloads", "bin", "pagechase")
GRID = {"cpu.tlb.vtlb": [4, 64], "kernel.thp": ["never", "always"], "mib": [32, 64]}
ARGS = ["{mib}", "20000"]


def comparable(rows):
    """Everything but the host's wall-clock measurements."""
    return [{k: (v if k != "stats" else {s: x for s, x in v.items() if s not in sweep.HOST_STATS})
             for k, v in r.items() if k != "host_seconds"} for r in rows]


def test_grid_syntax():
    assert sweep.parse_grid_entry("cpu.tlb.vtlb=[16, 32,64]") == ("cpu.tlb.vtlb", ["16", "32", "64"])
    assert sweep.parse_grid_entry("kernel.thp=never,always") == ("kernel.thp", ["never", "always"])
    assert sweep.parse_grid_entry("mib=128") == ("mib", ["128"])
    for bad in ("cpu.tlb.vtlb", "=1", "a b=1", "x=[1,2", "x=1]", "x=[]", "x=1,,2", "x=[1,]"):
        with pytest.raises(SweepError):
            sweep.parse_grid_entry(bad)
    with pytest.raises(SweepError, match="twice"):
        sweep.parse_grid(["seed=1", "seed=2"])


@pytest.mark.parametrize("grid,args,msg", [
    ({"cpu.tlb.vtlbb": [4]}, [], r"unknown parameter path 'cpu.tlb.vtlbb' \(did you mean cpu.tlb.vtlb\?\)"),
    ({"cpu.tlb": [4]}, [], "is a group of parameters"),
    ({"cpu.tlb.vtlb": [65]}, [], r"cpu.tlb.vtlb=65: 65 is above the maximum 64"),
    ({"cpu.tlb.vtlb": ["x"]}, [], "not an integer"),
    ({"memory.size": ["12Q"]}, [], "not a size"),
    ({"kernel.thp": ["sometimes"]}, [], "is not one of never, madvise, always"),
    ({"cpu.tlb.ftlb_sets": [256], "cpu.tlb.ftlb_ways": [16]}, [], "exceed the maximum 2048"),
    ({"mib": [64]}, [], "neither a configuration parameter nor used as {mib}"),
    ({}, ["{mib}"], "use {mib}, which the grid does not define"),
    ({"seed": list(range(101)), "x": list(range(100))}, ["{x}"], "more than the limit"),
    ({"seed": []}, [], "has no values"),
])
def test_bad_grids_are_one_line_errors_before_anything_runs(grid, args, msg):
    with pytest.raises(SweepError, match=msg) as e:
        sweep.run(grid, PAGECHASE, args)
    assert "\n" not in str(e.value)


def test_bad_jobs_and_program():
    with pytest.raises(SweepError, match="jobs: 0"):
        sweep.run({}, PAGECHASE, jobs=0)
    with pytest.raises(SweepError, match="no such program"):
        sweep.run({}, "workloads/bin/nonesuch")


def test_local_pool_rows_follow_the_grid_and_repeat_exactly():
    res = mipsvm.sweep.run(GRID, PAGECHASE, ARGS, jobs=2)
    assert res.ok and len(res.rows) == 8
    for i, r in enumerate(res.rows):
        assert r["index"] == i and r["status"] == 0
        assert r["stdout"].startswith(f"pagechase mib={r['params']['mib']} ")
        huge = r["stats"]["mm.anon_huge_pages"]
        assert (huge > 0) == (r["params"]["kernel.thp"] == "always")
    assert [r["params"] for r in res.rows[:2]] == [{"cpu.tlb.vtlb": 4, "kernel.thp": "never", "mib": 32},
                                                   {"cpu.tlb.vtlb": 4, "kernel.thp": "never", "mib": 64}]
    # the small-page runs do not depend on the VTLB size, the huge-page ones do not refill much
    assert res.rows[0]["stats"] == res.rows[4]["stats"]
    again = mipsvm.sweep.run(GRID, PAGECHASE, ARGS, jobs=1)
    assert comparable(again.rows) == comparable(res.rows)


def test_dask_local_cluster_gives_the_local_pool_results():
    distributed = pytest.importorskip("distributed")
    grid = {"kernel.thp": ["never", "always"]}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = sweep.run(grid, PAGECHASE, ["64", "20000"], scheduler=cluster.scheduler_address)
        with distributed.Client(cluster) as client:        # a Client object works too
            via_client = sweep.run(grid, PAGECHASE, ["64", "20000"], scheduler=client)
    local = sweep.run(grid, PAGECHASE, ["64", "20000"], jobs=2)
    assert remote.ok and local.ok
    assert comparable(remote.rows) == comparable(local.rows) == comparable(via_client.rows)


def test_unreachable_scheduler_is_one_line():
    for addr, msg in (("tcp://127.0.0.1:1", "Timed out"), ("foo://x", "unknown address scheme"),
                      ("tcp://10", "missing port")):
        with pytest.raises(SweepError, match=msg) as e:
            sweep.run({}, PAGECHASE, ["16", "10"], scheduler=addr, connect_timeout=1)
        assert str(e.value).startswith(f"cannot reach the Dask scheduler at {addr}") and "\n" not in str(e.value)


def test_a_failing_point_is_an_error_row_not_a_crash(tmp_path):
    prog = tmp_path / "prog"
    prog.write_bytes(b"not an ELF file")
    row = run_task(make_task(0, mipsvm.SystemConfig(), str(prog), []))
    assert row["status"] is None and row["error"].startswith("ElfError")


def test_stat_selection_globs_and_all():
    st = {"a.x": 1, "a.y": 2, "b": 3, "host_seconds": 0.5}
    assert sweep.select_stats(st, ["b", "a.*"]) == {"b": 3, "a.x": 1, "a.y": 2}
    assert sweep.select_stats(st, "all") == {"a.x": 1, "a.y": 2, "b": 3}


def run_cli(*argv, cwd=None):
    return subprocess.run([sys.executable, "-m", "mipsvm", "sweep", *argv], capture_output=True, text=True,
                          timeout=300, cwd=cwd or ROOT)


def test_cli_writes_json_and_csv(tmp_path):
    j, c = tmp_path / "s.json", tmp_path / "s.csv"
    r = run_cli("-g", "cpu.tlb.vtlb=[1,64]", "-g", "kernel.thp=never,always", "--thp", "never", "--seed", "3",
                "--stats", "sim_insts,tlb.refills.*", "--json", str(j), "--csv", str(c),
                PAGECHASE, "64", "20000")
    assert r.returncode == 0, r.stderr
    assert "4 points" in r.stdout and "tlb.refills.vtlb" in r.stdout
    doc = json.loads(j.read_text())
    assert doc["grid"] == {"cpu.tlb.vtlb": ["1", "64"], "kernel.thp": ["never", "always"]}
    assert doc["base"]["seed"] == 3 and len(doc["rows"]) == 4
    assert set(doc["rows"][0]["stats"]) == {"sim_insts", "tlb.refills.vtlb", "tlb.refills.ftlb",
                                            "tlb.refills.page_16k", "tlb.refills.page_32m"}
    rows = list(csv.DictReader(c.open()))
    assert [r["kernel.thp"] for r in rows] == ["never", "always", "never", "always"]
    assert int(rows[1]["tlb.refills.page_32m"]) > 1000 and int(rows[0]["tlb.refills.page_32m"]) == 0
    assert rows[0]["sim_insts"] == str(doc["rows"][0]["stats"]["sim_insts"])


@pytest.mark.parametrize("argv,msg", [
    (["-g", "cpu.tlb.vtlb=[4", PAGECHASE], "unbalanced brackets"),
    (["-g", "cpu.tlb.nope=[4]", PAGECHASE], "unknown parameter path"),
    (["-g", "memory.size=[1P]", PAGECHASE], "memory.size=1P"),
    (["--vtlb", "100", PAGECHASE], "--vtlb: 100 is above the maximum 64"),
    (["--jobs", "-3", PAGECHASE], "jobs: -3"),
    (["--scheduler", "tcp://10", PAGECHASE, "16", "10"], "cannot reach the Dask scheduler at tcp://10"),
])
def test_cli_bad_input_is_one_line(argv, msg):
    r = run_cli(*argv)
    assert r.returncode in (1, 2)
    assert r.stderr.count("\n") == 1 and msg in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow
def test_readme_sweep_output_is_real():
    with open(os.path.join(ROOT, "README.md")) as f:
        readme = f.read()
    start = readme.index("$ mipsvm sweep -g 'cpu.tlb.vtlb=[4,8,64]'")
    block = readme[start:readme.index("\n\n", start)]                        # the indented block
    cmd = block.splitlines()[0][2:].rstrip("\\").split() + block.splitlines()[1].split()
    r = run_cli(*[a.strip("'") for a in cmd[2:]])
    assert r.returncode == 0, r.stderr
    assert_same_table(cells(block), cells(r.stdout))
