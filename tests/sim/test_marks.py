"""Magic instructions (workloads/include/mipsvm.h: SYNC stypes 0x18..0x1b)
and --stats-every: region-of-interest statistics and periodic dumps; the
same binary prints the same under qemu, where they are plain SYNCs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CC = "mips64el-linux-gnuabi64-gcc"
SRC = r'''
#include <stdio.h>
#include <stdlib.h>
#include "mipsvm.h"
int main(void) {
    long s = 0;
    char *p = malloc(8 << 20);
    for (int i = 0; i < (8 << 20); i += 4096) p[i] = 1;      /* warm-up: the page faults */
    mipsvm_work_begin();
    for (int r = 0; r < 20; r++)
        for (int i = 0; i < (8 << 20); i += 64) s += p[i];
    mipsvm_work_end();
    mipsvm_reset_stats();
    mipsvm_dump_stats();
    printf("%ld\n", s);
    return 0;
}
'''


@pytest.fixture(scope="module")
def roi(tmp_path_factory):
    if shutil.which(CC) is None:
        pytest.skip(f"{CC} not installed")
    d = tmp_path_factory.mktemp("roi")
    (d / "roi.c").write_text(SRC)
    subprocess.run([CC, "-O2", "-static", "-I", os.path.join(ROOT, "workloads", "include"), "-o", str(d / "roi"),
                    str(d / "roi.c")], check=True)
    return d / "roi"


@pytest.mark.parametrize("mode", ["root", "guest"])
def test_region_of_interest_and_periodic_dumps(roi, tmp_path, mode):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--mode", mode, "--outdir", str(out),
                        "--stats-every", "2000000", str(roi)], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    q = subprocess.run(["qemu-mips64el", "-cpu", "MIPS64R2-generic", str(roi)], capture_output=True, text=True)
    assert r.stdout == q.stdout == "40960\n"                    # a no-op for qemu
    dumps = json.load(open(out / "stats_dumps.json"))
    whys = [d["why"] for d in dumps]
    assert whys == ["periodic"] * 5 + ["work_end", "dump"]
    end = dumps[5]["stats"]
    # the region of interest: 20 x 131,072 iterations of a 4-instruction loop, after the warm-up's faults
    assert 20 * 131072 * 4 <= end["sim_insts"] < 20 * 131072 * 4 * 1.01     # + the refill handlers
    assert end["page_faults"] == 0 and end["syscalls"] == 0
    assert dumps[6]["stats"]["sim_insts"] == 1                  # reset, then dump: one instruction
    assert [d["icount"] for d in dumps[:5]] == [2_000_000 * k for k in range(1, 6)]
    assert [round(d["stats"]["sim_insts"] / 1e6) for d in dumps[:5]] == [2, 4, 6, 8, 10]   # since work_begin
    text = open(out / "stats_dumps.txt").read()
    assert text.count("Begin Simulation Statistics") == 7
    st = json.load(open(out / "stats.json"))
    assert st["magic.work_begin"] == st["magic.work_end"] == st["magic.reset"] == st["magic.dump"] == 1
    assert st["magic.dumps"] == 7


@pytest.mark.parametrize("args, msg", [(["--stats-every", "0"], "not a positive"),
                                       (["--stats-every", "10"], "needs --outdir")])
def test_bad_stats_every(args, msg):
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", *args, os.path.join(ROOT, "workloads", "bin", "hello")],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 2 and msg in r.stderr and len(r.stderr.strip().splitlines()) == 1
