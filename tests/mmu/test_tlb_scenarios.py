"""Scenario tests for the TLB model: where refills land with and without THP,
the handler's KScratch6 counter, micro-TLBs, determinism (MISSION capability 6)."""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGECHASE = os.path.join(ROOT, "workloads", "bin", "pagechase")


def run(tmp_path, *opts, args=("256", "100000"), name="out"):
    outdir = tmp_path / name
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--outdir", str(outdir), *opts, PAGECHASE, *args],
                       capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    with open(outdir / "stats.json") as f:
        return r.stdout, json.load(f)


def test_thp_moves_refills_from_ftlb_to_vtlb_and_kscratch6_counts_them(tmp_path):
    # VTLB reach with 4 entries is 4 x 32 MB: a 256 MB working set overflows it.
    out_never, never = run(tmp_path, "--vtlb", "4", "--thp", "never", "--huge-counter", name="never")
    out_always, always = run(tmp_path, "--vtlb", "4", "--thp", "always", "--huge-counter", name="always")
    assert out_never == out_always                       # same program result
    # never: every data refill is a 16 KB pair in the FTLB
    assert never["tlb.refills.vtlb"] == 0
    assert never["tlb.refills.ftlb"] == never["tlb.refills"] > 50000
    assert never["tlb.refills.page_32m"] == 0 and never["cp0.kscratch6"] == 0
    # always: the chase refills 32 MB pages into the VTLB
    assert always["mm.thp_fault_alloc"] >= 8
    assert always["tlb.refills.vtlb"] > 10000
    assert always["tlb.refills.vtlb"] == always["tlb.refills.page_32m"]
    assert always["tlb.refills.ftlb"] < 1000            # only code, stack, small data
    # the handler's software counter agrees with the simulator's own count
    assert always["cp0.kscratch6"] == always["tlb.refills.page_32m"]
    assert always["tlb.refills"] == always["tlb.refills.vtlb"] + always["tlb.refills.ftlb"]


def test_kscratch6_stays_zero_without_kscratch5(tmp_path):
    _, st = run(tmp_path, "--vtlb", "4", "--thp", "always", args=("128", "20000"))
    assert st["tlb.refills.page_32m"] > 0
    assert st["cp0.kscratch6"] == 0


def test_huge_pages_fit_in_full_vtlb(tmp_path):
    # 64 VTLB entries x 32 MB = 2 GB of reach: 256 MB of THP stays resident.
    _, st = run(tmp_path, "--thp", "always", args=("256", "100000"))
    # TLBWR picks VTLB victims at random, so two of the 8 huge entries may
    # collide now and then; the chase itself never has to refill them again.
    assert st["tlb.refills.page_32m"] <= 4
    assert st["tlb.refills"] < 200


def test_micro_tlb_counts(tmp_path):
    _, small = run(tmp_path, "--dtlb", "4", args=("64", "20000"), name="d4")
    _, big = run(tmp_path, "--dtlb", "64", args=("64", "20000"), name="d64")
    assert small["tlb.dtlb.misses"] > big["tlb.dtlb.misses"]
    assert small["tlb.itlb.hits"] + small["tlb.itlb.misses"] == small["sim_insts"]
    assert small["sim_insts"] == big["sim_insts"]       # micro-TLBs change timing, not behaviour


def test_stats_are_deterministic(tmp_path):
    _, a = run(tmp_path, "--thp", "always", "--vtlb", "8", args=("128", "30000"), name="a")
    _, b = run(tmp_path, "--thp", "always", "--vtlb", "8", args=("128", "30000"), name="b")
    for d in (a, b):
        d.pop("host_seconds")
        d.pop("mips")
    assert a == b


def test_ideal_mmu_gives_same_output(tmp_path):
    out_tlb, st_tlb = run(tmp_path, args=("64", "20000"), name="t")
    out_ideal, st_ideal = run(tmp_path, "--mmu", "ideal", args=("64", "20000"), name="i")
    assert out_tlb == out_ideal
    assert "tlb.refills" in st_tlb and "tlb.refills" not in st_ideal
    # the handler's instructions are real instructions in TLB mode
    assert st_tlb["sim_insts"] > st_ideal["sim_insts"]


@pytest.mark.parametrize("bad", [["--vtlb", "0"], ["--ftlb-sets", "3"], ["--dtlb", "1000"]])
def test_bad_geometry_is_a_clear_error(tmp_path, bad):
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", *bad, PAGECHASE], capture_output=True,
                       text=True, timeout=60, cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.startswith(f"mipsvm run: {bad[0]}: ") and len(r.stderr.splitlines()) == 1


@pytest.mark.parametrize("seed", ["0", "5", str(2**64 - 1)])
def test_any_seed_runs_and_seeds_change_only_random_choices(tmp_path, seed):
    out, st = run(tmp_path, "--seed", seed, args=("64", "20000"), name=f"s{seed[:4]}")
    assert out.startswith("pagechase mib=64")
    assert st["tlb.refills"] > 0
