"""The KVM model: one virtual machine on the host kernel (arch/mips/kvm in our
words; ../shared/reference/linux-mips-kvm.md sections 4-5).

The VM's RAM is an anonymous mapping of the VMM's host address space (QEMU's
process), so host THP, hugetlbfs backing and khugepaged apply to it as they
would to QEMU.  GPA -> HPA lives in a Linux-format page table of its own (the
GPA "mm", kvm_pgd_alloc); the root refill handler kernels/kvm_refill.S walks
it while the guest runs.  A root TLBL/TLBS/Mod taken in guest mode (GExcCode
GPA) comes here (kvm_mips_handle_vz_root_tlb_fault): fault the HVA in on the
host, install the GPA entry, invalidate the root TLB entry by TLBP/TLBWI with
GuestCtl1.RID = the guest's ID, and retry.

Huge GPA mappings follow LoongArch KVM (mainline MIPS KVM has none): only when
the host PMD is huge and HVA and GPA are congruent modulo 32 MB, which is what
--vm-align on (the paper's fix) guarantees and off (QEMU's placement) breaks.
"""

from __future__ import annotations

import os
from collections import Counter
from contextlib import contextmanager
from types import SimpleNamespace

from ..cp0 import Exc, GExc, regs
from ..host import pgtable as P
from ..host.mm import (ACC_STORE, MADV_HUGEPAGE, MADV_NOHUGEPAGE, MAP_ANONYMOUS, MAP_HUGETLB, MAP_PRIVATE,
                       PROT_EXEC, PROT_READ, PROT_WRITE, PageTables, huge_up)
from ..host.errors import GuestError
from ..host.tlbflush import INDEX_P, MMContext

KERNELS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "kernels")
KVM_EBASE_PA = 0x10000                      # the KVM vectors' page, below the host's frame pool
KVM_EBASE = 0xFFFFFFFF80000000 + KVM_EBASE_PA
KVM_HANDLER_LIMIT = 0x180                   # +0x000 .. +0x17f: refill, its huge path, the no-table path
RWX = PROT_READ | PROT_WRITE | PROT_EXEC
HPAGE_ORDER = P.HUGETLB_PAGE_ORDER
GUARD = P.PAGE_SIZE                         # qemu_ram_mmap's guard page after the RAM block


def _field(reg: str, name: str):
    return regs.register(reg).field(name)


GCTL0_GM = _field("GuestCtl0", "GM").mask
GCTL0_CP0 = _field("GuestCtl0", "CP0").mask
GCTL0_GT = _field("GuestCtl0", "GT").mask
GCTL0_CG = _field("GuestCtl0", "CG").mask
GCTL0_CF = _field("GuestCtl0", "CF").mask
GCTL0_AT = _field("GuestCtl0", "AT")
GCTL1_ID = _field("GuestCtl1", "ID")
GCTL1_RID = _field("GuestCtl1", "RID")


def kvm_refill_handler() -> bytes:
    """The assembled kernels/kvm_refill.S (make -C kernels, committed)."""
    with open(os.path.join(KERNELS, "kvm_refill.bin"), "rb") as f:
        return f.read()


class _NotifyingTLB:
    """The VMM mm's TLB maintenance, with KVM's MMU notifier behind it: when the
    host changes a mapping of guest RAM (split, collapse, unmap) the GPA
    entries of that range go too (kvm_unmap_gfn_range)."""

    def __init__(self, tlb, vm: "VM"):
        self._tlb, self._vm = tlb, vm

    def __getattr__(self, name):
        return getattr(self._tlb, name)

    def flush_tlb_range(self, mm, start, end):
        self._tlb.flush_tlb_range(mm, start, end)
        self._vm.hva_invalidated(start, end)

    def flush_tlb_page(self, mm, va, exec_=True):
        self._tlb.flush_tlb_page(mm, va, exec_)
        self._vm.hva_invalidated(va, va + P.PAGE_SIZE)

    def flush_tlb_mm(self, mm):
        self._tlb.flush_tlb_mm(mm)
        self._vm.hva_invalidated(0, 1 << 63)


class VM:
    """One VM: RAM, the GPA page table, GuestID, root-fault service, exits."""

    def __init__(self, host, cfg, *, guestid: int, rad: bool):
        self.host, self.core, self.cfg = host, host.core, cfg
        core = self.core
        self.size = cfg.mem
        self.rad = rad
        self.gid = 0 if rad else guestid            # RAD: no GuestID; a root ASID separates the GPA space
        self.stats: Counter = Counter()
        self.exits: Counter = Counter()             # by name, as kvm_mips_handle_exit dispatches
        self._hpa_cache: dict[int, int] = {}        # GPA page -> HPA page, for the guest kernel model
        # the VMM: a host address space holding guest RAM
        mm = self.mm = host.new_mm()
        mm.thp = cfg.thp_host
        self.hva = self._map_ram(mm, cfg)
        mm.tlb = _NotifyingTLB(host.tlb, self)      # KVM registers its MMU notifier on the VMM's mm
        # the GPA page table (every slot starts at the invalid tables, as kvm_pgd_alloc)
        self.gpa_pt = PageTables(core, host.frames)
        self.gpa_mm = SimpleNamespace(context=MMContext())   # RAD mode: the GPA space's root ASID (gpa_mm)
        self.huge_gpa: set[int] = set()             # GPA huge-page bases mapped huge
        core.phys_write(KVM_EBASE_PA, kvm_refill_handler())
        host.switch_mm(mm)                          # the vCPU thread runs in QEMU's mm
        self.monitor = None
        if cfg.monitor.balancer:
            from .monitor import TLBLoadMonitor
            self.monitor = TLBLoadMonitor(self, cfg.monitor, seed=host.seed)

    # ---- RAM placement (QEMU's qemu_ram_mmap, and the paper's fix)
    def _map_ram(self, mm, cfg) -> int:
        flags = MAP_PRIVATE | MAP_ANONYMOUS
        if cfg.backing.startswith("hugetlb"):
            mm.reserve_hugetlb(self.size // P.HPAGE_SIZE, prealloc=cfg.backing == "hugetlb")
            flags |= MAP_HUGETLB
            reserve = self.size
        else:
            # QEMU maps RAM + a guard page with no alignment beyond the base page:
            # on a 16 KB kernel the RAM then starts 16 KB below a 32 MB boundary.
            # --vm-align on reserves one huge page more and starts at the first
            # 32 MB-aligned HVA (the paper, section on alignment).
            reserve = self.size + GUARD + (P.HPAGE_SIZE if cfg.align == "on" else 0)
        base = mm.mmap(0, reserve, PROT_READ | PROT_WRITE, flags)
        hva = huge_up(base) if cfg.align == "on" and not flags & MAP_HUGETLB else base
        if not flags & MAP_HUGETLB:
            if hva + self.size + GUARD <= base + reserve:
                mm.mprotect(hva + self.size, GUARD, 0)
            # QEMU madvises guest RAM MADV_HUGEPAGE (memory-backend THP); "small"
            # backing opts out, as a THP-less host would have it
            mm.madvise(hva, self.size, MADV_HUGEPAGE if cfg.backing == "thp" else MADV_NOHUGEPAGE)
        return hva

    @property
    def misaligned(self) -> bool:
        return bool(self.hva % P.HPAGE_SIZE)

    # ---- entry and exit (kvm_mips_build_enter_guest / _exit, the CP0 part)
    def setup_root(self) -> None:
        """Once, before the first entry: GuestCtl0 as kvm_vz_enable_virtualization_cpu
        leaves it (CP0, AT = 3, GT, CG, CF) plus GM, the KVM EBase and the GPA PGD."""
        core = self.core
        gc0 = GCTL0_CP0 | GCTL0_AT.put(0, 3) | GCTL0_GT | GCTL0_CG | GCTL0_CF | GCTL0_GM
        core.set_cp0("GuestCtl0", (core.cp0("GuestCtl0") & ~GCTL0_GM) | gc0)
        core.set_cp0("GuestCtl1", GCTL1_ID.put(0, self.gid))
        core.set_cp0("EBase", KVM_EBASE)
        core.set_cp0("KScratch1", P.PAGE_OFFSET | self.gpa_pt.pgd)
        if self.rad:
            self.host.tlb.get_new_mmu_context(self.gpa_mm)

    def enter(self) -> None:
        """Back into the guest: GuestCtl1.RID = the guest's ID (root refills tag
        their GPA entries with it); RAD: the GPA space's ASID in EntryHi."""
        core = self.core
        core.set_cp0("GuestCtl1", GCTL1_RID.put(GCTL1_ID.put(0, self.gid), self.gid))
        if self.rad:
            core.set_cp0("EntryHi", self.gpa_mm.context.asid & self.host.tlb.asid_mask)

    def exit(self) -> None:
        """Out to the host: RID back to 0 (root's own entries), the VMM's ASID."""
        core = self.core
        core.set_cp0("GuestCtl1", GCTL1_ID.put(0, self.gid))
        if self.rad:
            core.set_cp0("EntryHi", self.mm.context.asid & self.host.tlb.asid_mask)

    @contextmanager
    def as_rid(self):
        """Root TLB instructions on this guest's entries for a while: GuestCtl1.RID
        = the guest's ID (root TLBP/TLBR/TLBWI and TLBG* use RID), then back."""
        core = self.core
        ctl1 = core.cp0("GuestCtl1")
        core.set_cp0("GuestCtl1", GCTL1_RID.put(ctl1, self.gid))
        try:
            yield
        finally:
            core.set_cp0("GuestCtl1", ctl1)

    # ---- GPA -> HPA
    def _host_pa(self, hva: int, fault: bool) -> tuple[int, bool] | None:
        """HPA backing hva and whether the host maps it huge, or None when it is
        not backed; fault it in (writable, as kvm_faultin_pfn on a writable
        slot) when fault is set."""
        mm = self.mm
        pte = mm.pt.get_pte(hva)
        if fault and (not pte & P._PAGE_PRESENT or not pte & P._PAGE_DIRTY):
            try:
                ok = mm.fault(hva, ACC_STORE)
            except GuestError:                      # the host has no frame left for guest RAM
                raise HostOutOfMemory(hva, self.host.mem_size) from None
            if not ok:
                raise RuntimeError(f"VM RAM at HVA {hva:#x} could not be faulted in")
            self.stats["host_faults"] += 1
            pte = mm.pt.get_pte(hva)
        if not pte & P._PAGE_PRESENT:
            return None
        if pte & P._PAGE_HUGE:
            return (P.pte_pa(pte) & ~(P.HPAGE_SIZE - 1)) + (hva & (P.HPAGE_SIZE - 1)), True
        return P.pte_pa(pte), False

    def map_gpa(self, gpa: int, write: bool) -> int:
        """kvm_mips_map_page: make gpa's GPA entry present (and dirty on a
        write); returns the HPA of gpa's page."""
        if not 0 <= gpa < self.size:
            raise GuestMemoryError(gpa)
        core, pt = self.core, self.gpa_pt
        page = gpa & ~(P.PAGE_SIZE - 1)
        pmd = pt.get_pmd(gpa)
        if pmd & P._PAGE_HUGE:                     # fast path on a huge GPA entry
            if write and not pmd & P._PAGE_DIRTY:
                core.phys_write64(pt.pmd_slot(gpa, False), pmd | P._PAGE_DIRTY | P._PAGE_MODIFIED)
                self.stats["dirty_faults"] += 1
            return P.pte_pa(pmd) + (gpa & (P.HPAGE_SIZE - 1) & ~(P.PAGE_SIZE - 1))
        pte = pt.get_pte(gpa)
        if pte & P._PAGE_PRESENT:                  # fast path: mkdirty
            if write and not pte & P._PAGE_DIRTY:
                pt.set_pte(page, pte | P._PAGE_DIRTY | P._PAGE_MODIFIED)
                self.stats["dirty_faults"] += 1
            return P.pte_pa(pte)
        hva = self.hva + page
        hpa, huge = self._host_pa(hva, True)
        hbase = gpa & ~(P.HPAGE_SIZE - 1)
        if huge and self.hva % P.HPAGE_SIZE == 0 and hbase + P.HPAGE_SIZE <= self.size \
                and self._pte_table_empty(hbase):
            block = hpa & ~(P.HPAGE_SIZE - 1)
            self._drop_pte_table(hbase)
            core.phys_write64(pt.pmd_slot(hbase, True), P.make_huge_pmd(block, RWX, write))
            self.host.frames.pin(block, HPAGE_ORDER)       # the GPA table holds the block
            self.huge_gpa.add(hbase)
            self.stats["huge_maps"] += 1
            return block + (gpa & (P.HPAGE_SIZE - 1) & ~(P.PAGE_SIZE - 1))
        pt.set_pte(page, P.make_pte(hpa, RWX, write))
        self.host.frames.pin(hpa)                          # ... and each frame it maps
        self.stats["small_maps"] += 1
        return hpa

    def _pte_table_empty(self, hbase: int) -> bool:
        pmd = self.gpa_pt.get_pmd(hbase)
        if pmd == self.gpa_pt.none_pmd:
            return True
        return not any(self.core.phys_read(self.gpa_pt.pa_of(pmd), P.PAGE_SIZE))

    def _drop_pte_table(self, hbase: int) -> None:
        pt = self.gpa_pt
        slot = pt.pmd_slot(hbase, False)
        if slot is not None:
            pmd = self.core.phys_read64(slot)
            if not pmd & P._PAGE_HUGE and pmd != pt.none_pmd:
                self.core.phys_write64(slot, pt.none_pmd)
                self.host.frames.release(pt.pa_of(pmd))

    def hpa(self, gpa: int) -> int:
        """HPA of a GPA for the guest kernel model, which reaches guest memory
        only through GPA -> HPA (mapping it as a root fault would)."""
        page = gpa & ~(P.PAGE_SIZE - 1)
        hpa = self._hpa_cache.get(page)
        if hpa is None:
            self.stats["kernel_gpa_maps"] += 1
            hpa = self._hpa_cache[page] = self.map_gpa(page, True)
        return hpa | (gpa & (P.PAGE_SIZE - 1))

    def hpa_if_backed(self, gpa: int) -> int | None:
        """HPA of gpa if the host already backs it (no fault): for zeroing."""
        page = gpa & ~(P.PAGE_SIZE - 1)
        if page in self._hpa_cache:
            return self._hpa_cache[page]
        got = self._host_pa(self.hva + page, False)
        return None if got is None else got[0]

    # ---- exits KVM serves the same for every guest (kvm_mips_handle_exit)
    def root_exit(self) -> bool:
        """A root GPA fault (TLBL/TLBS/Mod with GExcCode GPA) or the host's
        timer interrupt: served, True (the caller resumes at EPC); else False."""
        core = self.core
        code = core.exc_code
        if code in (Exc.TLBL, Exc.TLBS, Exc.Mod) and core.exc_gexc == GExc.GPA:
            self.exits[{Exc.TLBL: "tlb_load", Exc.TLBS: "tlb_store", Exc.Mod: "tlb_mod"}[code]] += 1
            self.root_fault(core.exc_badvaddr, code != Exc.TLBL)
            return True
        if code == Exc.Int:
            self.exits["interrupt"] += 1
            self.host.vm_tick(self)
            return True
        return False

    # ---- root faults (kvm_trap_vz_handle_tlb_{ld,st}_miss)
    def root_fault(self, gpa: int, write: bool) -> None:
        self.stats["root_faults"] += 1
        self.map_gpa(gpa, write)
        self.invalidate_root(gpa)

    def invalidate_root(self, gpa: int) -> None:
        """kvm_vz_host_tlb_inv: RID = the guest's ID, probe the GPA pair, and
        overwrite a hit with a unique invalid EntryHi so the retry refills."""
        core = self.core
        tlb = self.host.tlb
        old_hi = core.cp0("EntryHi")
        asid = (self.gpa_mm.context.asid if self.rad else self.mm.context.asid) & tlb.asid_mask
        with self.as_rid():
            core.set_cp0("EntryHi", (gpa & ~((P.PAGE_SIZE << 1) - 1)) | asid)
            core.tlbp()
            idx = core.cp0("Index")
            if not idx & INDEX_P:                   # unlike local_flush_tlb_page, EntryLo only on a hit
                core.set_cp0("EntryLo0", 0)
                core.set_cp0("EntryLo1", 0)
                core.set_cp0("EntryHi", tlb._unique_entryhi(idx))
                core.tlbwi()
                self.stats["root_tlb_invalidations"] += 1
            core.set_cp0("EntryHi", old_hi)
        tlb.flush_micro_tlb()

    def hva_invalidated(self, start: int, end: int) -> None:
        """The MMU notifier: the host changed [start, end) of the VMM's mm; drop
        the GPA entries over it (and their root TLB entries)."""
        lo, hi = max(start, self.hva), min(end, self.hva + self.size)
        if lo >= hi:
            return
        self.stats["notifier_invalidations"] += 1
        g0, g1 = lo - self.hva, hi - self.hva
        for page in [p for p in self._hpa_cache if g0 <= p < g1]:
            del self._hpa_cache[page]
        core, pt = self.core, self.gpa_pt
        gpa = g0 & ~(P.PAGE_SIZE - 1)
        while gpa < g1:
            hbase = gpa & ~(P.HPAGE_SIZE - 1)
            slot = pt.pmd_slot(gpa, False)
            pmd = pt.none_pmd if slot is None else core.phys_read64(slot)
            if pmd & P._PAGE_HUGE:
                core.phys_write64(slot, pt.none_pmd)
                self.huge_gpa.discard(hbase)
                self.host.frames.unpin(P.pte_pa(pmd) & ~(P.HPAGE_SIZE - 1), HPAGE_ORDER)
                self.invalidate_root(hbase)         # one probe finds the 32 MB pair
                gpa = hbase + P.HPAGE_SIZE
                continue
            if pmd == pt.none_pmd:
                gpa = hbase + P.HPAGE_SIZE
                continue
            ps = pt.pte_slot(gpa, False)
            pte = core.phys_read64(ps) if ps is not None else 0
            if pte:
                core.phys_write64(ps, 0)
                self.host.frames.unpin(P.pte_pa(pte))
                self.invalidate_root(gpa)
            gpa += P.PAGE_SIZE

    # ---- what the stats and dumps show
    def gpa_huge_pages(self) -> int:
        return len(self.huge_gpa)

    def reg_stats(self, st) -> None:
        st.add("kvm.vm_mem_bytes", self.size, "Guest RAM (--vm-mem)")
        st.add("kvm.ram_hva", self.hva, "HVA of guest RAM in the VMM's address space")
        st.add("kvm.ram_misaligned", int(self.misaligned), "1 when HVA and GPA 0 are not congruent mod 32 MB")
        st.add("kvm.guestid", self.gid, "GuestCtl1.ID of the VM (0 in RAD mode)")
        for k in ("root_faults", "dirty_faults", "small_maps", "huge_maps", "host_faults",
                  "root_tlb_invalidations", "notifier_invalidations", "kernel_gpa_maps"):
            st.add(f"kvm.{k}", self.stats[k], _DESC[k])
        st.add("kvm.gpa_huge_pages", self.gpa_huge_pages(), "Huge (32 MB) GPA mappings in place at exit")
        fr = self.host.frames
        st.add("kvm.pinned_frames", len(fr.pins) + (len(fr._big_pins) << HPAGE_ORDER),
               "Host frames the GPA table holds at exit (16 KB frames)")
        st.add("kvm.deferred_frees", fr.deferred_frees, "Host frees of guest RAM that waited for the GPA table")
        if self.monitor is not None:
            self.monitor.reg_stats(st)
        for name, n in sorted(self.exits.items()):
            st.add(f"kvm.exits.{name}", n, "Exits to root served by the KVM model, by cause")


_DESC = {
    "root_faults": "Root TLB faults on a GPA (TLBL/TLBS/Mod with GExcCode GPA)",
    "dirty_faults": "GPA entries made dirty by a write (kvm_mips_map_page fast path)",
    "small_maps": "16 KB GPA mappings installed",
    "huge_maps": "32 MB GPA mappings installed (host PMD huge, HVA = GPA mod 32 MB)",
    "host_faults": "Host page faults on guest RAM (kvm_faultin_pfn)",
    "root_tlb_invalidations": "Root TLB entries of the guest invalidated by TLBP/TLBWI (kvm_vz_host_tlb_inv)",
    "notifier_invalidations": "Host changes of guest RAM passed to KVM (MMU notifier)",
    "kernel_gpa_maps": "GPA pages first reached by the guest kernel model",
}


class HostOutOfMemory(Exception):
    """The host ran out of frames for guest RAM or its tables (the guest's RAM
    plus the host's page tables exceed --mem-size): the VM cannot go on."""

    def __init__(self, hva: int, mem: int):
        super().__init__(f"the host is out of memory (--mem-size {mem >> 20} MiB) backing guest RAM at HVA "
                         f"{hva:#x}: give a larger --mem-size or a smaller --vm-mem")


class GuestMemoryError(Exception):
    """The guest touched a GPA outside its RAM (no device model: KVM would exit with MMIO)."""

    def __init__(self, gpa: int):
        self.gpa = gpa
        super().__init__(f"guest access to GPA {gpa:#x} outside its RAM (no MMIO devices are modelled)")
