"""mipsvm run --bare: kernel-mode programs from reset, in root mode (no host
kernel) and as the guest kernel under the KVM model; the sdbbp exit
convention; bad input."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import mipsvm
from mipsvm.models import VM, SystemConfig
from tests.kernel_harness import needs_as

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, "workloads", "bin")
TLB_SYSCALL = os.path.join(BIN, "bare_tlb_syscall")
TIMER = os.path.join(BIN, "bare_timer")


def run(prog, mode="root", **kw):
    system = mipsvm.System(SystemConfig(bare=True, vm=VM(mode=mode), **kw))
    return system, system.run(prog)


@pytest.mark.parametrize("mode", ["root", "guest"])
def test_tlb_and_syscall_program(mode):
    """Its own refill handler maps useg to physical 0x300000; three SYSCALLs at its own vector."""
    system, r = run(TLB_SYSCALL, mode)
    assert r.stopped is None, r.message
    assert r.exit_code == 42 and r.stats["bare.exit_status"] == 42
    st = r.stats.as_dict()
    if mode == "root":
        assert st["exceptions.syscall"] == 3 and st["tlb.refills"] == 1
        assert system.host is None and system.core.cp0("EBase") == 0xFFFFFFFF80100000
        assert system.core.phys_read64(0x304000) & 0xFFFFFFFF == 0x1234       # where the TLB put it
    else:
        assert st["vz.guest_exceptions.syscall"] == 3 and st["tlb.refills.guest"] == 1
        assert st["kvm.root_faults"] >= 2                                    # the image's and the data's GPAs
        hpa = system.vm.hpa(0x304000)
        assert system.core.phys_read64(hpa) & 0xFFFFFFFF == 0x1234           # GPA 0x304000 -> its HPA
        assert system.core.gcp0("EBase") == 0xFFFFFFFF80100000               # the guest's, not root's
        assert system.core.cp0("EBase") != 0xFFFFFFFF80100000


@pytest.mark.parametrize("mode", ["root", "guest"])
def test_timer_program(mode):
    """Timer interrupts at its own vector; in guest mode PRId and WAIT are
    GPSI exits the KVM model emulates and HYPCALL returns -ENOSYS."""
    _, r = run(TIMER, mode)
    assert r.stopped is None, r.message
    assert r.exit_code == 3
    st = r.stats.as_dict()
    if mode == "guest":
        assert st["vz.guest_exceptions.int"] == 3 and st["kvm.exits.gpsi"] == 2 and st["kvm.exits.hypercall"] == 1
    else:
        assert st["exceptions.int"] == 3


def test_bare_is_deterministic_and_counts_instructions():
    a = run(TLB_SYSCALL)[1].stats.as_dict()
    b = run(TLB_SYSCALL)[1].stats.as_dict()
    assert a["sim_insts"] == b["sim_insts"] == 79


@needs_as
def test_probe_codes_and_budget(tmp_path):
    from tests.kernel_harness import AS
    src = tmp_path / "p.S"
    src.write_text("\t.set noreorder\n\t.text\n\t.globl _start\n_start:\n\tli $a0, 5\n\tsdbbp 7\n")
    loop = tmp_path / "l.S"
    loop.write_text("\t.set noreorder\n\t.text\n\t.globl _start\n_start:\n1:\tb 1b\n\t nop\n")
    out = {}
    for f in (src, loop):
        obj = tmp_path / (f.stem + ".o")
        subprocess.run([AS, "-march=mips64r2", "-mabi=64", "-EL", "-o", str(obj), str(f)], check=True)
        exe = tmp_path / f.stem
        subprocess.run([AS.replace("-as", "-ld"), "-EL", "-m", "elf64ltsmip", "-T",
                        os.path.join(ROOT, "workloads", "bare", "bare.ld"), "-o", str(exe), str(obj)], check=True)
        out[f.stem] = str(exe)
    _, r = run(out["p"])
    assert r.exit_code == 70 and "sdbbp 7" in r.message                 # only sdbbp 1 is the exit
    cli = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--bare", "--max-insts", "1000", out["l"]],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert cli.returncode == 124 and "instruction budget of 1000" in cli.stderr


@pytest.mark.parametrize("args, msg", [
    (["--bare", os.path.join(BIN, "hello")], "not in an unmapped kernel segment"),
    (["--bare", TLB_SYSCALL, "x"], "takes no arguments"),
    (["--bare", "--mmu", "ideal", TLB_SYSCALL], "--bare needs --mmu tlb"),
    (["--bare", "--mem-size", "16M", "--mode", "guest", TLB_SYSCALL], "does not fit"),
])
def test_bad_bare_input_is_one_line(args, msg):
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", *args], capture_output=True, text=True, cwd=ROOT,
                       timeout=60)
    assert r.returncode in (1, 2) and msg in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_exit_status_is_the_programs():
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--bare", "--mode", "guest", "--dump-tlb", TLB_SYSCALL],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 42, r.stderr
    assert "guest 1 GVA->GPA" in r.stderr and "root GPA->HPA guest 1" in r.stderr
