"""Linux's TLB maintenance, done by the host kernel through the architectural
TLB instructions and CP0 registers, as arch/mips/mm/tlb-r4k.c and
arch/mips/mm/context.c do it in C (in our words).

The core models hardware only: TLBP/TLBR/TLBWI/TLBWR/TLBINVF, EntryHi, Index,
EntryLo, PageMask and the Loongson Diag micro-TLB flush bits.  Everything a
kernel decides -- preloading an entry after a fault (__update_tlb), flushing a
range pair by pair or dropping the whole context (local_flush_tlb_range),
ASIDs with a version that wraps (get_new_mmu_context) -- lives here.

Two implementations of one interface (what mm.py calls):
    update_mmu_cache(mm, va, exec_)   after a PTE or huge PMD for va was set
    flush_tlb_page(mm, va, exec_)     one page's mapping changed
    flush_tlb_range(mm, start, end)   a range's mappings changed
    flush_tlb_mm(mm)                  the whole address space changed
``LinuxTLB`` for the TLB model; ``IdealFlush`` for --mmu ideal, where there is
no TLB and only the simulator's translation cache must forget the range.
"""

from __future__ import annotations

from .pgtable import (HPAGE_SIZE, PAGE_OFFSET, PAGE_SHIFT, PAGE_SIZE, PM_DEFAULT_MASK, PM_HUGE_MASK,
                      _PAGE_HUGE, pte_to_entrylo)

from ..cp0 import regs

CKSEG0 = 0xFFFFFFFF80000000
# fields from the CP0 table
ENTRYHI_EHINV = regs.register("EntryHi").field("EHINV").mask
INDEX_P = regs.register("Index").field("P").mask
DIAG_ITLB = regs.register("Diag").field("ITLB").mask
DIAG_DTLB = regs.register("Diag").field("DTLB").mask


class TLBGeometry:
    """What Linux's cpu_probe reads from Config1/Config4 (decode_config4)."""

    def __init__(self, core):
        c1, c4 = core.cp0("Config1"), core.cp0("Config4")
        self.vtlb = ((c1 >> 25) & 63) + 1
        ext = (c4 >> 14) & 3
        if ext == 3:                                   # VTLBSizeExt + FTLB fields
            self.vtlb += ((c4 >> 24) & 15) << 6
        self.ftlb_sets = 1 << (c4 & 15) if ext in (2, 3) else 0
        self.ftlb_ways = ((c4 >> 4) & 15) + 2 if ext in (2, 3) else 0
        self.size = self.vtlb + self.ftlb_sets * self.ftlb_ways
        self.asid_mask = 0x3FF if c4 & (1 << 28) else 0xFF


class MMContext:
    """mm->context.asid[cpu]: the ASID with its version in the bits above."""

    def __init__(self):
        self.asid = 0                 # 0: no context yet


class LinuxTLB:
    def __init__(self, core):
        self.core = core
        self.geo = TLBGeometry(core)
        self.asid_mask = self.geo.asid_mask
        # asid_first_version: version 1, ASID 0; the first mm gets ASID 1.
        self.asid_cache = self.asid_mask + 1
        self.current = None           # the mm whose ASID is in EntryHi
        self.stats = {"flush_all": 0, "flush_range_pairs": 0, "flush_range_drops": 0,
                      "flush_page": 0, "update_mmu_cache": 0, "asid_wraps": 0}

    # ---- the primitives Linux's C uses
    def _entryhi(self, v: int) -> None:
        self.core.set_cp0("EntryHi", v)

    def _unique_entryhi(self, idx: int) -> int:
        # UNIQUE_ENTRYHI: an unmapped-segment VPN2 never matches; EHINV since TLBINV exists
        return (CKSEG0 + (idx << (PAGE_SHIFT + 1))) | ENTRYHI_EHINV

    def _probe(self) -> int:
        """tlb_probe(); read_c0_index(): the index, or -1 (Index.P set)."""
        self.core.tlbp()
        idx = self.core.cp0("Index")
        return -1 if idx & INDEX_P else idx

    def _write(self, idx: int) -> None:
        """tlb_write_indexed() (idx >= 0) or tlb_write_random()."""
        if idx >= 0:
            self.core.set_cp0("Index", idx)
            exc = self.core.tlbwi()
        else:
            exc = self.core.tlbwr()
        if exc:
            raise RuntimeError(f"host kernel TLB write took exception {exc} (Machine Check)")

    def flush_micro_tlb(self) -> None:
        """Loongson-3: the micro-TLBs are 'subsets of the JTLB, not totally
        transparent' and are flushed through Diag after TLB maintenance."""
        self.core.set_cp0("Diag", DIAG_ITLB | DIAG_DTLB)

    def _asid(self, mm) -> int:
        return mm.context.asid & self.asid_mask

    # ---- context.c
    def get_new_mmu_context(self, mm) -> None:
        asid = self.asid_cache + 1
        if not asid & self.asid_mask:          # start a new ASID cycle
            self.stats["asid_wraps"] += 1
            self.local_flush_tlb_all()
        mm.context.asid = asid
        self.asid_cache = asid

    def switch_mm(self, mm) -> None:
        """check_switch_mmu_context + TLBMISS_HANDLER_SETUP_PGD."""
        if (mm.context.asid ^ self.asid_cache) & ~self.asid_mask:
            self.get_new_mmu_context(mm)
        self.current = mm
        self._entryhi(self._asid(mm))
        self.core.set_cp0("KScratch1", PAGE_OFFSET | mm.pt.pgd)

    def drop_mmu_context(self, mm) -> None:
        if mm is self.current:
            self.get_new_mmu_context(mm)
            self._entryhi(self._asid(mm))
        else:
            mm.context.asid = 0               # a fresh ASID at the next switch

    # ---- tlb-r4k.c
    def local_flush_tlb_all(self) -> None:
        """TLBINVF on the VTLB (Index 0), then one TLBINVF per FTLB set; with
        wired entries, UNIQUE_ENTRYHI into every unwired entry instead."""
        core, g = self.core, self.geo
        self.stats["flush_all"] += 1
        old = core.cp0("EntryHi")
        core.set_cp0("EntryLo0", 0)
        core.set_cp0("EntryLo1", 0)
        entry = core.cp0("Wired")
        if not entry:
            core.set_cp0("Index", 0)
            core.tlbinvf()
            for idx in range(g.vtlb, g.vtlb + g.ftlb_sets):
                core.set_cp0("Index", idx)
                core.tlbinvf()
        else:
            for idx in range(entry, g.size):
                self._entryhi(self._unique_entryhi(idx))
                self._write(idx)
        self._entryhi(old)
        self.flush_micro_tlb()

    def _invalidate_probed(self, hi: int) -> None:
        self._entryhi(hi)
        idx = self._probe()
        self.core.set_cp0("EntryLo0", 0)
        self.core.set_cp0("EntryLo1", 0)
        if idx >= 0:
            self._entryhi(self._unique_entryhi(idx))
            self._write(idx)

    def flush_tlb_range(self, mm, start: int, end: int) -> None:
        """local_flush_tlb_range: pair by pair up to tlbsize/8 pairs (CPUs with an
        FTLB), else drop the context."""
        if not mm.context.asid:
            return
        start &= ~((PAGE_SIZE << 1) - 1)
        end = (end + (PAGE_SIZE << 1) - 1) & ~((PAGE_SIZE << 1) - 1)
        pairs = (end - start) >> (PAGE_SHIFT + 1)
        limit = self.geo.size // 8 if self.geo.ftlb_sets else self.geo.size // 2
        if pairs <= limit:
            self.stats["flush_range_pairs"] += 1
            old = self.core.cp0("EntryHi")
            asid = self._asid(mm)
            for va in range(start, end, PAGE_SIZE << 1):
                self._invalidate_probed(va | asid)
            self._entryhi(old)
        else:
            self.stats["flush_range_drops"] += 1
            self.drop_mmu_context(mm)
        self.flush_micro_tlb()

    def flush_tlb_page(self, mm, va: int, exec_: bool = True) -> None:
        """local_flush_tlb_page."""
        if not mm.context.asid:
            return
        self.stats["flush_page"] += 1
        old = self.core.cp0("EntryHi")
        self._invalidate_probed((va & ~((PAGE_SIZE << 1) - 1)) | self._asid(mm))
        self._entryhi(old)
        if exec_:
            self.flush_micro_tlb()

    def flush_tlb_mm(self, mm) -> None:
        """flush_tlb_mm on a uniprocessor: drop_mmu_context."""
        self.drop_mmu_context(mm)

    def update_mmu_cache(self, mm, va: int, exec_: bool = True) -> None:
        """__update_tlb: write the entry for va from the page tables, TLBWI where
        the probe hits, TLBWR where it misses (a preload)."""
        if mm is not self.current:
            return                            # "debugger faulting in for debugee"
        core = self.core
        self.stats["update_mmu_cache"] += 1
        even = va & ~((PAGE_SIZE << 1) - 1)
        old = core.cp0("EntryHi")
        self._entryhi(even | self._asid(mm))
        idx = self._probe()
        pmd = mm.pt.get_pmd(even)
        if pmd & _PAGE_HUGE:
            if idx >= self.geo.vtlb:
                # The probe found a small pair in the FTLB, which cannot hold a
                # huge page: invalidate it and write at random, as tlbex.c's
                # build_huge_handler_tail does (Linux's C __update_tlb would
                # TLBWI here; our hardware raises Machine Check for that,
                # docs/tlb.md).
                hi = core.cp0("EntryHi")
                self._entryhi(hi | ENTRYHI_EHINV)
                self._write(idx)
                self._entryhi(hi)
                idx = -1
            lo = pte_to_entrylo(pmd)
            core.set_cp0("PageMask", PM_HUGE_MASK)
            core.set_cp0("EntryLo0", lo)
            core.set_cp0("EntryLo1", lo + (HPAGE_SIZE >> 7))
            self._write(idx)
            core.set_cp0("PageMask", PM_DEFAULT_MASK)
        else:
            core.set_cp0("EntryLo0", pte_to_entrylo(mm.pt.get_pte(even)))
            core.set_cp0("EntryLo1", pte_to_entrylo(mm.pt.get_pte(even + PAGE_SIZE)))
            self._write(idx)
        self._entryhi(old)
        if exec_:
            self.flush_micro_tlb()


class IdealFlush:
    """--mmu ideal: no TLB; the simulator's translation cache forgets the range."""

    def __init__(self, core):
        self.core = core

    def switch_mm(self, mm) -> None:
        self.core.pgd_pa = mm.pt.pgd

    def update_mmu_cache(self, mm, va: int, exec_: bool = True) -> None:
        self.core.flush_tc_range(va & ~(PAGE_SIZE - 1), (va & ~(PAGE_SIZE - 1)) + PAGE_SIZE)

    flush_tlb_page = update_mmu_cache

    def flush_tlb_range(self, mm, start: int, end: int) -> None:
        self.core.flush_tc_range(start, end)

    def flush_tlb_mm(self, mm) -> None:
        self.core.flush_tc()


__all__ = ["LinuxTLB", "IdealFlush", "MMContext", "TLBGeometry"]
