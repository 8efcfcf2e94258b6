"""--mode guest end to end: the KVM model, the guest kernel model and the two
translation stages on the shared JTLB, seen through the TLB dump, the stats
and the CLI (the differential corpus in guest mode is in
tests/differential/test_corpus.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import mipsvm
from mipsvm.mmu import TLBView
from mipsvm.models import CPU, TLB, VM, Kernel, SystemConfig

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGECHASE = os.path.join(REPO, "workloads", "bin", "pagechase")
HELLO = os.path.join(REPO, "workloads", "bin", "hello")
HUGE = 32 << 20


def run_guest(prog=PAGECHASE, args=("64", "20000"), **vm):
    system = mipsvm.System(SystemConfig(vm=VM(mode="guest", **vm)))
    result = system.run(prog, list(args))
    assert result.stopped is None, result.message
    return system, result


def entries(system):
    return TLBView(system.core, system.model).entries()


def test_aligned_vm_with_thp_at_both_levels_gets_huge_entries_at_both_levels():
    """The paper's fix: with --vm-align on, the chased 64 MB (two 32 MB guest
    THPs) is covered by guest huge entries and root GPA huge entries, all in the VTLB."""
    system, r = run_guest(thp_host="always", thp_guest="always", align="on")
    assert r.exit_code == 0
    assert system.vm.hva % HUGE == 0 and r.stats["kvm.ram_misaligned"] == 0
    es = entries(system)
    guest_huge = [e for e in es if e.owner == "guest 1 GVA->GPA" and e.page_size == 16 << 20]
    root_huge = [e for e in es if e.owner == "root GPA->HPA guest 1" and e.page_size == 16 << 20]
    assert len(guest_huge) >= 2 and len(root_huge) >= 2
    assert all(e.group == "VTLB" for e in guest_huge + root_huge)
    # each guest huge entry's GPA region has its root huge entry
    gpas = {(((e.lo0 >> 6) & 0xFFFFFFFFFF) << 12) & ~(HUGE - 1) for e in guest_huge}
    assert gpas <= {e.vpn2 for e in root_huge}
    assert r.stats["mm.anon_huge_pages"] == 2                 # the guest kernel's THPs
    assert r.stats["host.mm.anon_huge_pages"] >= 3            # the host's, behind guest RAM
    assert r.stats["kvm.huge_maps"] >= 3 and r.stats["kvm.gpa_huge_pages"] >= 3
    assert r.stats["tlb.refills.page_16k"] < 100              # the chase itself never refills small


def test_misaligned_vm_gets_small_root_entries_although_both_levels_use_thp():
    """QEMU's placement (--vm-align off): HVA and GPA differ mod 32 MB, so no
    huge GPA mapping is allowed and every combined translation is 16 KB."""
    system, r = run_guest(thp_host="always", thp_guest="always", align="off")
    assert r.exit_code == 0
    assert system.vm.hva % HUGE == HUGE - 16384 and r.stats["kvm.ram_misaligned"] == 1
    es = entries(system)
    assert [e for e in es if e.owner == "guest 1 GVA->GPA" and e.page_size == 16 << 20]
    root_gpa = [e for e in es if e.owner == "root GPA->HPA guest 1"]
    assert root_gpa and all(e.page_size == 16384 for e in root_gpa)
    assert r.stats["host.mm.anon_huge_pages"] >= 3 and r.stats["mm.anon_huge_pages"] == 2
    assert r.stats["kvm.huge_maps"] == 0
    assert r.stats["tlb.refills.page_16k"] > 5000             # the chase refills root GPA pairs


def test_small_backing_and_hugetlb_backing():
    _, small = run_guest(thp_host="always", thp_guest="always", align="on", backing="small")
    assert small.stats["host.mm.anon_huge_pages"] == 0 and small.stats["kvm.huge_maps"] == 0
    system, huge = run_guest(thp_guest="always", backing="hugetlb")
    assert huge.stats["host.mm.hugetlb_total"] == 512 // 32     # the whole of guest RAM, preallocated
    assert huge.stats["kvm.huge_maps"] >= 3 and system.vm.hva % HUGE == 0


def test_stats_split_by_level():
    system, r = run_guest(HELLO, (), thp_host="always")
    st = r.stats.as_dict()
    assert st["vz.gexits.hc"] == st["kvm.exits.hypercall"] > 0             # one HYPCALL per guest exception
    assert st["vz.guest_exceptions.syscall"] == st["syscalls"]             # the guest kernel served them
    assert st["tlb.refills"] == st["tlb.refills.guest"] + st["tlb.refills.root"]
    assert st["tlb.refills.gpa"] == st["tlb.refills.root"] > 0             # no root process runs
    assert st["vz.guest_pt_loads"] > 0                                     # the 2D walk
    assert st["kvm.root_faults"] == st["kvm.exits.tlb_load"] + st["kvm.exits.tlb_store"] + \
        st.get("kvm.exits.tlb_mod", 0)
    assert st["page_faults"] > 0 and st["host.page_faults"] == 0           # the guest's; the host serves no process
    assert st["kvm.host_faults"] == st["host.minor_faults"] > 0              # host faults are all guest RAM


def test_rad_mode_separates_gpa_entries_by_asid():
    system, r = run_guest(HELLO, (), rad=True)
    assert r.exit_code == 0 and r.stats["kvm.guestid"] == 0
    es = entries(system)
    gpa = [e for e in es if e.asid == system.vm.gpa_mm.context.asid & 0x3FF and e.owner == "root"]
    assert gpa, "the GPA mappings carry the GPA space's own root ASID"
    assert all(e.owner in ("root", "guest 0 GVA->GPA") for e in es)
    assert system.core.cp0("GuestCtl0") >> 9 & 1                          # GuestCtl0.RAD


def test_guest_mode_is_deterministic():
    a = run_guest(thp_host="always", thp_guest="always")[1].stats.as_dict()
    b = run_guest(thp_host="always", thp_guest="always")[1].stats.as_dict()
    for k in ("host_seconds", "mips"):
        a.pop(k, None), b.pop(k, None)
    assert a == b


@pytest.mark.parametrize("args, msg", [
    (["--mode", "guest", "--mmu", "ideal"], "needs --mmu tlb"),
    (["--mode", "guest", "--vm-mem", "8G", "--mem-size", "4G"], "does not fit"),
    (["--mode", "guest", "--thp", "always"], "--thp-host"),
    (["--mode", "guest", "--vm-mem", "100M"], "multiple of 32 MiB"),
    (["--mode", "guest", "--guestid", "0"], "--guestid"),
])
def test_bad_guest_options_give_one_line(args, msg):
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", *args, HELLO], capture_output=True, text=True,
                       cwd=REPO, timeout=60)
    assert r.returncode == 2 and msg in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_guest_mode_runs_and_dumps_both_contexts():
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--mode", "guest", "--dump-cp0", "--dump-tlb",
                        HELLO], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "hello" in r.stdout.lower()
    assert "guest 1 GVA->GPA" in r.stderr and "root GPA->HPA guest 1" in r.stderr
    assert "GuestCtl0" in r.stderr and "guest CP0" in r.stderr


def test_root_mode_default_is_unchanged():
    system = mipsvm.System(SystemConfig(cpu=CPU(tlb=TLB(vtlb=16)), kernel=Kernel()))
    r = system.run(HELLO, [])
    assert r.exit_code == 0 and system.vm is None
    assert not any(k.startswith(("kvm.", "host.", "vz.")) for k in r.stats.as_dict())


def test_host_memory_is_o_touched_pages_at_both_levels():
    """6 GB of guest RAM in 8 GB of host memory: only what the program
    touches costs host memory (the guest frees nothing it never backed)."""
    # VmHWM, the address space's own high-water mark: ru_maxrss would carry the forking pytest
    # worker's size across exec (Linux keeps the larger of the two in signal->maxrss)
    code = ("import mipsvm\n"
            "from mipsvm.models import SystemConfig, VM, Memory\n"
            "r = mipsvm.System(SystemConfig(memory=Memory(size=8 << 30), vm=VM(mode='guest', mem=6 << 30)))"
            f".run({PAGECHASE!r}, ['64', '20000'])\n"
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
            "print(r.exit_code, hwm)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    status, rss_kb = out.stdout.split()[-2:]
    assert status == "0" and int(rss_kb) < 250 * 1024, out.stdout   # 64 MB touched, ~50 MB of Python


def test_out_of_memory_at_each_level_is_one_clean_line():
    """The guest kernel out of guest RAM kills the program as the OOM killer
    does (naming --vm-mem); the host out of frames for guest RAM ends the run
    with one line (the VM cannot go on)."""
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--mode", "guest", "--vm-mem", "64M", PAGECHASE,
                        "256", "2000"], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert r.returncode == -9 and "out of memory (--vm-mem 64 MiB): killed process" in r.stderr
    assert "Traceback" not in r.stderr
    system = mipsvm.System(SystemConfig(vm=VM(mode="guest")))
    while system.host.frames.try_alloc_order(0) is not None:    # the host has nothing left
        pass
    res = system.run(PAGECHASE, ["64", "2000"])
    assert res.stopped == "kernel-fault" and res.status == 71
    assert "the host is out of memory (--mem-size 4096 MiB)" in res.message
