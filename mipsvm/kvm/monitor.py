"""The TLB-load monitor and huge-page balancer of the paper (section 4), in
the KVM model, driven by the host's timer tick while the VM runs.

Per tick (``tick()``):
- Nr = TLB refills in the interval (the refill performance counter: both
  levels' refills are refills of the one JTLB); the refill-time share is
  Nr x the cost of one refill / the interval's cycles.  Above the threshold
  CL rises by one, otherwise it falls towards 0.
- CL >= CL_on (2560 in the paper, 10 s of ticks; divided by the time-scale
  parameter so short runs see the whole cycle) turns the software huge-refill
  counter on: KScratch5 non-zero at both levels (kernels/refill.S in the guest,
  kernels/kvm_refill.S in root each count their huge refills in KScratch6).
- While counting: Nhr = huge refills (the KScratch6 deltas of both levels),
  fh = Nhr / VTLB entries, fs = (Nr - Nhr) / FTLB entries, y = fh/fs or
  fs/fh, averaged over 3 ticks.  y over the threshold (20) with fh > fs: Nhl
  = Nhc - 1, and memory management splits huge pages of guest RAM (the
  VMM's THPs, so the GPA mappings become 16 KB; the notifier invalidates
  their root TLB entries) until Nhc = Nhl; the next three ticks decide
  again.  Otherwise the counter goes off and CL to 0; with the load on the
  FTLB, Nhl rises by one when Nhc = Nhl and Nhl covers less than the VM.
- Which huge page to split (``policy``): ``random`` (the paper's, seeded),
  ``hot`` (the huge GPA mappings that sat in the VTLB most often over the
  counting ticks, sampled by TLBR of every VTLB entry at each tick, as KVM
  could), ``underused`` (Linux 6.12's thp_underused rule: the THP with the
  most zero-filled 16 KB subpages, found by scanning it).
Every tick is one row of ``series`` (tick, CL, share, y, Nhl, Nhc, splits,
action); ``--outdir`` writes it as monitor.csv.
"""

from __future__ import annotations

import random
from collections import Counter, deque

from ..host import pgtable as P

ZERO_PAGE = bytes(P.PAGE_SIZE)
Y_INF = 1e9                     # y when one side had no refills at all


class TLBLoadMonitor:
    def __init__(self, vm, cfg, seed: int = 0):
        self.vm, self.core, self.cfg = vm, vm.core, cfg
        geo = vm.host.tlb.geo
        self.vtlb, self.ftlb = geo.vtlb, max(1, geo.ftlb_sets * geo.ftlb_ways)
        self.cl_on = max(1, -(-cfg.cl_on // cfg.time_scale))
        self.nhl_max = vm.size // P.HPAGE_SIZE
        vm.mm.huge_limit = self.nhl_max          # Nhl: all of the VM's memory may be huge
        self.rng = random.Random(seed)
        self.cl = 0
        self.counting = False
        self.ys: deque = deque(maxlen=cfg.y_window)
        self.ticks = 0
        self.splits = 0
        self.enables = 0
        self.hits: Counter = Counter()           # hot policy: VTLB residency of huge GPA ranges (by HVA)
        self.series: list[tuple] = []
        self._last = self._counters()

    # ---- the counters the monitor reads
    def _counters(self):
        core = self.core
        return (core.icount + core.stall_cycles, core.tlb_stats()["refills_taken"],
                core.cp0_get(31, 7), core.gcp0_get(31, 7))

    def _counter(self, on: bool) -> None:
        """KScratch5 at both levels: the refill handlers' huge-refill counter."""
        self.core.cp0_set(31, 6, int(on))
        self.core.gcp0_set(31, 6, int(on))
        self.counting = on
        self.ys.clear()
        if on:
            self.enables += 1
            self.hits.clear()

    def tick(self) -> None:
        cfg, mm = self.cfg, self.vm.mm
        self.ticks += 1
        now = self._counters()
        cycles, nr = now[0] - self._last[0], now[1] - self._last[1]
        nhr = (now[2] - self._last[2]) + (now[3] - self._last[3])
        self._last = now
        share = nr * cfg.refill_cost / cycles if cycles else 0.0
        self.cl = self.cl + 1 if share * 1000 > cfg.share_permille else max(0, self.cl - 1)
        y, action = None, ""
        if not self.counting:
            if self.cl >= self.cl_on:
                self._counter(True)
                action = "counter on"
        else:
            if self.cfg.policy == "hot":
                self._sample_vtlb()
            fh, fs = nhr / self.vtlb, (nr - nhr) / self.ftlb
            if not fh and not fs:
                y = 1.0
            elif not fh or not fs:
                y = Y_INF
            else:
                y = fh / fs if fh >= fs else fs / fh
            self.ys.append(y)
            if len(self.ys) == self.ys.maxlen:
                ybar = sum(self.ys) / len(self.ys)
                nhc = mm.huge_pages_in_use
                if ybar > cfg.y_threshold and fh > fs and nhc > 0:
                    mm.huge_limit = nhc - 1
                    done = mm.enforce_huge_limit(choose=self._choose)
                    self.splits += len(done)
                    self.ys.clear()                       # the next three ticks decide again
                    action = f"split {len(done)}: Nhl {mm.huge_limit}"
                else:
                    if ybar > cfg.y_threshold and fs > fh and nhc >= mm.huge_limit \
                            and mm.huge_limit < self.nhl_max:
                        mm.huge_limit += 1                # the FTLB is loaded and Nhl binds: raise it
                        action = f"raise Nhl {mm.huge_limit}; "
                    self._counter(False)
                    self.cl = 0
                    action += "counter off"
        self.series.append((self.ticks, self.cl, round(share, 6), None if y is None else round(y, 3),
                            mm.huge_limit, mm.huge_pages_in_use, self.splits, action))

    # ---- split policies
    def _choose(self, cands: list[int]) -> int:
        pol = self.cfg.policy
        if pol == "hot" and any(self.hits[c] for c in cands):
            best = max(self.hits[c] for c in cands)
            return min(c for c in cands if self.hits[c] == best)
        if pol == "underused":
            return max(cands, key=lambda c: (self._zero_subpages(c), -c))
        return self.rng.choice(cands)

    def _sample_vtlb(self) -> None:
        """TLBR of every VTLB entry with RID = the guest's ID (the registers
        TLBR overwrites are saved and restored, as KVM's TLB code does): a
        huge root entry of this guest counts one hit for its 32 MB of guest RAM."""
        core, vm = self.core, self.vm
        regs = ("Index", "EntryHi", "EntryLo0", "EntryLo1", "PageMask")
        saved = [core.cp0(n) for n in regs]
        with vm.as_rid():
            for idx in range(self.vtlb):
                core.set_cp0("Index", idx)
                core.tlbr()
                if core.cp0("PageMask") != P.PM_HUGE_MASK or not core.cp0("EntryLo0") & 2:
                    continue
                gpa = core.cp0("EntryHi") & ~0x1FFF & ((1 << 48) - 1)
                if gpa < vm.size and gpa in vm.huge_gpa:
                    self.hits[vm.hva + gpa] += 1
            for n, v in zip(regs, saved):
                core.set_cp0(n, v)

    def _zero_subpages(self, hva: int) -> int:
        """thp_underused's measure: the THP's 16 KB subpages that are all zero."""
        pmd = self.vm.mm.pt.get_pmd(hva)
        block = P.pte_pa(pmd) & ~(P.HPAGE_SIZE - 1)
        data = memoryview(self.core.phys_read(block, P.HPAGE_SIZE))
        zero = memoryview(ZERO_PAGE)
        return sum(1 for off in range(0, P.HPAGE_SIZE, P.PAGE_SIZE) if data[off:off + P.PAGE_SIZE] == zero)

    # ---- results
    def write_csv(self, path: str) -> None:
        with open(path, "w") as f:
            f.write("tick,cl,refill_share,y,nhl,nhc,splits,action\n")
            for row in self.series:
                f.write(",".join("" if v is None else str(v) for v in row) + "\n")

    def reg_stats(self, st) -> None:
        mm = self.vm.mm
        st.add("kvm.monitor.ticks", self.ticks, "Timer ticks the TLB-load monitor ran on")
        st.add("kvm.monitor.cl_on", self.cl_on, "CL needed to turn the huge-refill counter on (CL_on / time scale)")
        st.add("kvm.monitor.max_cl", max((r[1] for r in self.series), default=0), "Highest CL reached")
        st.add("kvm.monitor.counter_enables", self.enables, "Times the monitor set KScratch5 (both levels)")
        st.add("kvm.monitor.splits", self.splits, "Huge pages of guest RAM split by the balancer")
        st.add("kvm.monitor.nhl", mm.huge_limit, "Nhl at exit: huge pages the VM may use")
        st.add("kvm.monitor.nhc", mm.huge_pages_in_use, "Nhc at exit: huge pages of guest RAM in use")
