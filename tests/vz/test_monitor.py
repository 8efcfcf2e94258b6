"""The KVM TLB-load monitor and huge-page balancer (the paper, section 4):
its rules on scripted counters, and end to end on an overloaded VTLB."""

from __future__ import annotations

import csv
import os
from types import SimpleNamespace

import pytest

import mipsvm
from mipsvm.kvm.monitor import TLBLoadMonitor
from mipsvm.models import CPU, TLB, VM, Monitor, SystemConfig, Timing

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MCF = os.path.join(REPO, "workloads", "bin", "mcf_like")
HUGE = 32 << 20


class FakeMM:
    def __init__(self, nhc):
        self.thps = list(range(0, nhc * HUGE, HUGE))
        self.huge_limit = None
        self.pt = None

    @property
    def huge_pages_in_use(self):
        return len(self.thps)

    def enforce_huge_limit(self, choose=None, rng=None):
        done = []
        while len(self.thps) > self.huge_limit:
            va = choose(sorted(self.thps))
            self.thps.remove(va)
            done.append(va)
        return done


class FakeCore:
    """Counters a test scripts tick by tick: cycles, refills, KScratch6 of both levels."""

    def __init__(self):
        self.icount = self.stall_cycles = 0
        self.refills = 0
        self.ks = {"root": [0] * 8, "guest": [0] * 8}

    def tlb_stats(self):
        return {"refills_taken": self.refills}

    def cp0_get(self, reg, sel):
        return self.ks["root"][sel]

    def gcp0_get(self, reg, sel):
        return self.ks["guest"][sel]

    def cp0_set(self, reg, sel, v):
        self.ks["root"][sel] = v

    def gcp0_set(self, reg, sel, v):
        self.ks["guest"][sel] = v

    def advance(self, cycles, refills, huge_root=0, huge_guest=0):
        self.icount += cycles
        self.refills += refills
        if self.ks["root"][6]:
            self.ks["root"][7] += huge_root
        if self.ks["guest"][6]:
            self.ks["guest"][7] += huge_guest


def monitor(nhc=10, vm_huge=16, **cfg):
    core = FakeCore()
    mm = FakeMM(nhc)
    vm = SimpleNamespace(core=core, mm=mm, size=vm_huge * HUGE, gid=1, hva=0, huge_gpa=set(),
                         host=SimpleNamespace(tlb=SimpleNamespace(geo=SimpleNamespace(vtlb=64, ftlb_sets=256,
                                                                                      ftlb_ways=8))))
    params = dict(cl_on=4, time_scale=1, share_permille=50, refill_cost=50, y_threshold=20, y_window=3,
                  policy="random")
    params.update(cfg)
    return TLBLoadMonitor(vm, SimpleNamespace(**params), seed=1), core, mm


def test_cl_rises_over_the_share_threshold_and_falls_towards_zero():
    mon, core, _ = monitor(cl_on=100)
    for _ in range(5):                        # 20,000 refills x 50 cycles in 4 M cycles: 25% > 5%
        core.advance(4_000_000, 20_000)
        mon.tick()
    assert mon.cl == 5
    for _ in range(7):                        # below the threshold: down by one, not below 0
        core.advance(4_000_000, 100)
        mon.tick()
    assert mon.cl == 0 and not mon.counting
    assert core.ks["root"][6] == core.ks["guest"][6] == 0


def test_counter_goes_on_at_cl_on_and_splits_step_by_step_while_the_vtlb_is_overloaded():
    mon, core, mm = monitor(nhc=10)
    assert mm.huge_limit == 16                # Nhl starts at the VM's memory in huge pages
    for _ in range(4):
        core.advance(4_000_000, 20_000)
        mon.tick()
    assert mon.counting and core.ks["root"][6] and core.ks["guest"][6]     # KScratch5 at both levels
    # every refill huge: fh = Nhr / 64 >> fs = 0 -> y over 20 with fh > fs, after 3 ticks
    for _ in range(3):
        core.advance(4_000_000, 20_000, huge_root=12_000, huge_guest=8_000)
        mon.tick()
    assert mm.huge_limit == 9 and mm.huge_pages_in_use == 9 and mon.splits == 1       # Nhl = Nhc - 1
    for _ in range(3):
        core.advance(4_000_000, 20_000, huge_root=12_000, huge_guest=8_000)
        mon.tick()
    assert mm.huge_limit == 8 and mon.splits == 2 and mon.counting
    # balanced: fh = 640/64 = 10, fs = 19,360/2048 = 9.45 -> y ~1: counter off, CL reset
    for _ in range(3):
        core.advance(4_000_000, 20_000, huge_root=640)
        mon.tick()
    assert not mon.counting and mon.cl == 0 and core.ks["root"][6] == 0
    actions = [row[-1] for row in mon.series if row[-1]]
    assert actions == ["counter on", "split 1: Nhl 9", "split 1: Nhl 8", "counter off"]


def test_ftlb_load_raises_nhl_when_it_binds():
    mon, core, mm = monitor(nhc=6)
    mm.huge_limit = 6                          # Nhc = Nhl, covering less than the VM (16)
    for _ in range(4):
        core.advance(4_000_000, 20_000)
        mon.tick()
    for _ in range(3):                         # all small refills: fs >> fh
        core.advance(4_000_000, 20_000)
        mon.tick()
    assert mm.huge_limit == 7 and not mon.counting
    assert mon.series[-1][-1] == "raise Nhl 7; counter off"


def test_time_scale_divides_cl_on():
    mon, _, _ = monitor(cl_on=2560, time_scale=256)
    assert mon.cl_on == 10


def overloaded_vm(balancer: bool, policy: str = "random", tmp=None):
    cfg = SystemConfig(cpu=CPU(tlb=TLB(vtlb=8), timing=Timing(utlb_miss=3, exception=12, eret=12)),
                       vm=VM(mode="guest", thp_host="always", thp_guest="always", align="on",
                             monitor=Monitor(balancer=balancer, policy=policy, time_scale=640)))
    system = mipsvm.System(cfg)
    r = system.run(MCF, ["256", "1024", "300000", "16", "malloc"])
    assert r.exit_code == 0, r.message
    if tmp is not None:
        system.write_outputs(str(tmp), r.stats)
    return system, r


@pytest.fixture(scope="module")
def unbalanced():
    return overloaded_vm(False)[1]


@pytest.mark.parametrize("policy", ["random", "hot", "underused"])
def test_balancer_splits_guest_ram_huge_pages_and_wins_on_an_overloaded_vtlb(policy, tmp_path, unbalanced):
    """8 VTLB entries cannot hold 8 guest + 8 root huge entries: the monitor
    turns the counter on, splits host THPs of guest RAM (their GPA mappings
    become 16 KB FTLB pairs) and the run takes fewer cycles."""
    base = unbalanced
    system, bal = overloaded_vm(True, policy, tmp_path)
    b, s = base.stats.as_dict(), bal.stats.as_dict()
    assert s["kvm.monitor.counter_enables"] >= 1 and s["kvm.monitor.splits"] >= 3
    assert s["kvm.monitor.nhc"] <= s["kvm.monitor.nhl"] < 16
    assert s["host.mm.thp_split_pmd"] == s["kvm.monitor.splits"]
    assert s["cycles"] < 0.95 * b["cycles"]
    assert s["tlb.refills.vtlb"] < b["tlb.refills.vtlb"] and s["tlb.refills.ftlb"] > b["tlb.refills.ftlb"]
    with open(tmp_path / "monitor.csv") as f:
        rows = list(csv.DictReader(f))
    assert rows[0].keys() >= {"tick", "cl", "refill_share", "y", "nhl", "nhc", "splits", "action"}
    assert any(r["action"] == "counter on" for r in rows) and any(r["action"].startswith("split") for r in rows)
    assert int(rows[-1]["splits"]) == s["kvm.monitor.splits"]


def test_balancer_is_deterministic():
    a = overloaded_vm(True, "random")[1].stats.as_dict()
    b = overloaded_vm(True, "random")[1].stats.as_dict()
    for k in ("host_seconds", "mips"):
        a.pop(k), b.pop(k)
    assert a == b


def test_balancer_needs_guest_mode_and_thp_backing():
    from mipsvm.models import ConfigError
    with pytest.raises(ConfigError, match="needs --mode guest"):
        SystemConfig(vm=VM(monitor=Monitor(balancer=True))).validate_tree()
    with pytest.raises(ConfigError, match="needs --vm-backing thp"):
        SystemConfig(vm=VM(mode="guest", backing="hugetlb", monitor=Monitor(balancer=True))).validate_tree()
