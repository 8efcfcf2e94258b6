"""The configuration tree, the System built from it, the Python API and config.json."""

import json
import os
import re
import subprocess
import sys

import pytest

import mipsvm
from mipsvm.models import ConfigError, Param, SimObject, parse_size

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELLO = os.path.join(ROOT, "workloads", "bin", "hello")
MIPSVM = [sys.executable, "-m", "mipsvm"]


def test_params_validate_and_name_the_parameter():
    with pytest.raises(ConfigError, match=r"--vtlb: 100 is above the maximum 64"):
        mipsvm.TLB(vtlb=100)
    with pytest.raises(ConfigError, match=r"--ftlb-sets: must be a power of two"):
        mipsvm.TLB(ftlb_sets=3)
    with pytest.raises(ConfigError, match=r"exceed the maximum 2048"):
        mipsvm.TLB(ftlb_sets=512, ftlb_ways=8)
    with pytest.raises(ConfigError, match=r"--thp: 'sometimes' is not one of"):
        mipsvm.Kernel(thp="sometimes")
    with pytest.raises(ConfigError, match=r"unknown parameter"):
        mipsvm.CPU(cache=1)
    with pytest.raises(ConfigError, match=r"--mem-size: 1048576 is below the minimum 16M"):
        mipsvm.Memory(size="1M")
    with pytest.raises(ConfigError, match=r"do not fit"):
        mipsvm.SystemConfig(memory=mipsvm.Memory(size="256M"), kernel=mipsvm.Kernel(hugetlb_pages=8))
    t = mipsvm.TLB()
    with pytest.raises(ConfigError, match=r"--dtlb: 0 is below the minimum 1"):
        t.dtlb = 0                                   # attribute assignment is checked too
    with pytest.raises(ConfigError, match=r"has no parameter"):
        t.nonsense = 1


def test_sizes_parse():
    assert parse_size("4G") == 4 << 30 and parse_size("512MiB") == 512 << 20
    assert parse_size("0x100000") == 1 << 20 and parse_size(65536) == 65536 and parse_size("1.5k") == 1536
    for bad in ("lots", "1.1k", "-", True):
        with pytest.raises(ConfigError):
            parse_size(bad)


def test_resolved_model_carries_the_geometry_into_cp0():
    cfg = mipsvm.SystemConfig(cpu=mipsvm.CPU(tlb=mipsvm.TLB(vtlb=16, ftlb_sets=128, ftlb_ways=4, dtlb=8)))
    m = cfg.cpu.resolved_model()
    assert (m.vtlb_size, m.ftlb_sets, m.ftlb_ways, m.dtlb_size, m.itlb_size) == (16, 128, 4, 8, 64)
    core = mipsvm.System(cfg).core
    c1, c4 = core.cp0("Config1"), core.cp0("Config4")
    assert (c1 >> 25) & 63 == 15                         # MMUSize = VTLB - 1
    assert c4 & 15 == 7 and (c4 >> 4) & 15 == 2          # 2^7 sets, 4 ways (field = ways - 2)
    assert core.tlb_geometry()["vtlb"] == 16 and len(core.tlb_entries()) == 16 + 512
    tiny = mipsvm.CPU(model="tiny").resolved_model()
    assert (tiny.vtlb_size, tiny.ftlb_sets, tiny.ftlb_ways) == (8, 4, 2)
    no_ftlb = mipsvm.CPU(tlb=mipsvm.TLB(ftlb_sets=0)).resolved_model()
    assert no_ftlb.ftlb_sets == 0 and no_ftlb.ftlb_ways == 0


def test_dict_round_trip():
    cfg = mipsvm.SystemConfig(seed=7, kernel=mipsvm.Kernel(thp="madvise"), memory=mipsvm.Memory(size="1G"))
    d = json.loads(cfg.to_json())
    assert d["type"] == "SystemConfig" and d["kernel"]["thp"] == "madvise" and d["memory"]["size"] == 1 << 30
    assert mipsvm.SystemConfig.from_dict(d) == cfg
    assert cfg.replace(seed=8).seed == 8 and cfg.seed == 7


def test_cli_options_come_from_the_tree():
    class Leaf(SimObject):
        n = Param.Int(3, "a number", lo=1, cli="--n")
        flag = Param.Bool(False, "a flag", cli="--flag")

    class Top(SimObject):
        leaf = Param.Child(Leaf, "the leaf")
        mode = Param.Enum("a", "a mode", ("a", "b"), cli="--mode")

    import argparse
    p = argparse.ArgumentParser()
    Top.add_cli(p)
    t = Top.from_cli(p.parse_args(["--n", "5", "--flag", "--mode", "b"]))
    assert (t.leaf.n, t.leaf.flag, t.mode) == (5, True, "b")
    assert Top.from_cli(p.parse_args([])) == Top()
    with pytest.raises(ConfigError, match="--n: 0 is below the minimum 1"):
        Top.from_cli(p.parse_args(["--n", "0"]))


def test_system_runs_a_program_and_registers_stats(capfd):
    system = mipsvm.System(mipsvm.SystemConfig(memory=mipsvm.Memory(size="256M")))
    result = system.run(HELLO, ["x", "y"])
    assert capfd.readouterr().out == "Hello, world! (argc=3)\n"
    assert result.exit_code == 0 and result.status == 0 and result.signal is None
    st = result.stats.as_dict()
    for key in ("sim_insts", "cycles", "syscalls", "minor_faults", "tlb.refills", "cp0.kscratch6",
                "kernel.tlb.update_mmu_cache", "host_seconds"):
        assert key in st, key
    assert st["sim_insts"] == system.core.icount > 0
    with pytest.raises(RuntimeError, match="already has a program"):
        system.run(HELLO)


def test_budget_ends_a_run_cleanly():
    result = mipsvm.System().run(HELLO, max_insts=1000)
    assert result.stopped == "budget" and result.status == 124 and "exhausted" in result.message


def test_outdir_has_config_json(tmp_path):
    out = tmp_path / "o"
    r = subprocess.run(MIPSVM + ["run", "--vtlb", "16", "--thp", "always", "--outdir", str(out), HELLO],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path,
                       env=dict(os.environ, PYTHONPATH=ROOT))      # this checkout's mipsvm, not an installed one
    assert r.returncode == 0, r.stderr
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["cpu"]["tlb"]["vtlb"] == 16 and cfg["kernel"]["thp"] == "always"
    assert cfg["resolved_cpu_model"]["vtlb_size"] == 16 and cfg["resolved_cpu_model"]["ftlb_sets"] == 256
    assert mipsvm.SystemConfig.from_dict({k: v for k, v in cfg.items() if k != "resolved_cpu_model"}) \
        == mipsvm.SystemConfig(cpu=mipsvm.CPU(tlb=mipsvm.TLB(vtlb=16)), kernel=mipsvm.Kernel(thp="always"))


def test_dump_cp0_reports_the_simulated_geometry(tmp_path):
    # the Done means: --vtlb 16 --ftlb-sets 128 shows MMUSize = 15 and 128 FTLB sets
    r = subprocess.run(MIPSVM + ["run", "--vtlb", "16", "--ftlb-sets", "128", "--dump-cp0", HELLO],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    c1 = next(ln for ln in r.stderr.splitlines() if ln.startswith("Config1 "))
    c4 = next(ln for ln in r.stderr.splitlines() if ln.startswith("Config4 "))
    assert "MMUSize=0xf(16 entries)" in c1
    assert "FTLBSets=7(128 sets)" in c4 and "FTLBWays=6(8 ways)" in c4 and "FTLBPageSize=2(16KB pages)" in c4
    assert "GuestCtl0 " in r.stderr and "Config3" in r.stderr   # the VZ module's registers too


@pytest.mark.parametrize("bad", [["--mem-size", "1M"], ["--mem-size", "-1"], ["--max-insts", "-1"],
                                 ["--seed", "-1"], ["--lat-exc", "x"], ["--hugetlb-prealloc"],
                                 ["--mmu", "ideal", "--huge-counter"]])
def test_bad_option_values_are_one_usage_line(tmp_path, bad):
    r = subprocess.run(MIPSVM + ["run", *bad, HELLO], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_readme_api_example_runs_as_printed():
    with open(os.path.join(ROOT, "README.md")) as f:
        text = f.read()
    section = text[text.index("## Python API"):]
    code, printed = re.findall(r"```(?:python)?\n(.*?)```", section, re.S)[:2]
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout == printed
