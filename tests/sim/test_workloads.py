"""The experiment's workloads (workloads/README.md): their output under mipsvm
equals the expected output recorded under qemu, and the mcf-like pattern has
the TLB behaviour the paper's experiment depends on, at the real geometry."""

import os
import subprocess

import pytest

from mipsvm import CPU, Kernel, SystemConfig, Timing
from mipsvm.sim.worker import make_task, run_task

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, "workloads", "bin")
EXPECTED = os.path.join(ROOT, "workloads", "expected")


def run(prog, args, **kernel):
    cfg = SystemConfig(kernel=Kernel(**kernel))
    row = run_task(make_task(0, cfg, os.path.join(BIN, prog), args))
    assert row["error"] is None, row["error"]
    return row


@pytest.mark.parametrize("prog,args", [("mcf_like", ["16", "256", "20000"]), ("compute", ["5"]),
                                       ("memstress", ["1", "8"])])
@pytest.mark.parametrize("thp", ["never", "always"])
def test_output_matches_qemu_recording(prog, args, thp):
    row = run(prog, args, thp=thp)
    assert row["status"] == 0
    with open(os.path.join(EXPECTED, prog + ".out")) as f:
        assert row["stdout"] == f.read()


def test_memstress_splits_the_huge_pages_it_punches_holes_in():
    row = run("memstress", ["1", "8"], thp="always")
    st = row["stats"]
    assert st["mm.thp_fault_alloc"] >= 1                   # the MADV_HUGEPAGE range got THPs
    assert st["mm.thp_split_pmd"] >= 1                     # DONTNEED / the munmap hole split them
    assert st["syscall.mremap"] >= 3 and st["syscall.mlock"] == 1


def test_mcf_like_host_thp_beats_host_small_pages():
    # 128 MiB, 1024 hot pages, a cold read every 16 steps, the default geometry
    args = ["128", "1024", "150000", "16"]
    small = run("mcf_like", args, thp="never")
    huge = run("mcf_like", args, thp="always", huge_counter=True)
    assert small["stdout"] == huge["stdout"]
    s, h = small["stats"], huge["stats"]
    assert s["tlb.refills.vtlb"] == 0 and s["tlb.refills.ftlb"] > 15000      # ~1 per cold read
    assert h["mm.anon_huge_pages"] >= 3
    # the block is not 32 MB aligned: its two partial ends stay small pages
    assert h["tlb.refills"] < s["tlb.refills"] / 5
    assert h["cp0.kscratch6"] == h["tlb.refills.vtlb"]
    assert h["cycles"] < s["cycles"]


def test_mcf_like_hot_set_fits_the_ftlb_as_small_pages():
    # Without cold reads, ~1,000 scattered hot 16 KB pages live in the 256x8 FTLB:
    # after the first pass over them hardly any step refills.
    args = ["64", "1024", "{}", "0"]
    short = run("mcf_like", [a.format(20000) for a in args])["stats"]
    long = run("mcf_like", [a.format(120000) for a in args])["stats"]
    assert long["tlb.refills"] - short["tlb.refills"] < 0.01 * 100000


def test_compute_is_indifferent_to_huge_pages():
    cfg = dict(cpu=CPU(timing=Timing(utlb_miss=3, exception=12, eret=12)))
    rows = [run_task(make_task(0, SystemConfig(kernel=Kernel(thp=t), **cfg), os.path.join(BIN, "compute"), ["20"]))
            for t in ("never", "always")]
    a, b = (r["stats"]["cycles"] for r in rows)
    assert abs(a - b) / a < 0.01


@pytest.mark.parametrize("prog,args", [("mcf_like", ["4", "100000"]), ("mcf_like", ["4", "8", "1", "1", "huge"]),
                                       ("compute", ["x"]), ("memstress", ["1", "0"])])
def test_bad_arguments_exit_2(prog, args):
    row = run(prog, args)
    assert row["status"] == 2 and row["stdout"] == ""


def _comment(path):
    from elftools.elf.elffile import ELFFile
    with open(path, "rb") as f:
        sec = ELFFile(f).get_section_by_name(".comment")
        return sec.data() if sec is not None else b""


def test_prebuilt_binaries_are_what_the_sources_build(tmp_path):
    cc = "mips64el-linux-gnuabi64-gcc"
    if subprocess.run(["which", cc], capture_output=True).returncode:
        pytest.skip(f"{cc} not installed")
    for prog in ("mcf_like", "compute", "memstress"):
        out, committed = tmp_path / prog, os.path.join(BIN, prog)
        subprocess.run([cc, "-O2", "-static", "-o", str(out), os.path.join(ROOT, "workloads", "src", prog + ".c")],
                       check=True)
        if _comment(str(out)) != _comment(committed):
            pytest.skip("another compiler or C library version than the one that built workloads/bin")
        with open(out, "rb") as f, open(committed, "rb") as g:
            assert f.read() == g.read(), f"workloads/bin/{prog} is stale: run make -C workloads"
