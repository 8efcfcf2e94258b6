"""Process memory: physical frames, Linux-format page tables, VMAs, demand paging, huge pages.

The page tables follow Linux/MIPS for 16 KB pages and 3 levels (docs/memory.md):
PGD -> PMD -> PTE, 2048 entries each, table pointers stored as xkphys kernel
virtual addresses, empty entries pointing at shared invalid tables (never 0).
The core's walker (mem.h) and, later, the assembly refill handler read them.

Huge pages (docs/thp.md): a PMD slot may hold a PTE-format value with
_PAGE_HUGE that maps a whole 32 MB aligned block. They come from transparent
huge pages (THP: policy never / madvise / always, split, khugepaged-like
collapse, a limit Nhl for the paper's balancer) and from a hugetlbfs-style pool
(MAP_HUGETLB). Physical memory comes from a buddy allocator (buddy.py);
MAP_SHARED file mappings are tracked in file_maps (filemap.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import struct
from array import array
from dataclasses import dataclass

from . import errors as errno  # MIPS errno values, not the host's
from .buddy import BuddyAllocator
from .errors import GuestError
from .filemap import FileMaps
from .pgtable import (HPAGE_SHIFT, HPAGE_SIZE, PAGE_SHIFT, PAGE_SIZE, PFN_PTE_SHIFT, PGDIR_SHIFT,
                      PGDIR_SIZE, PMD_SHIFT, USER_VA_LIMIT, _PAGE_ACCESSED, _PAGE_DIRTY, _PAGE_HUGE,
                      _PAGE_MODIFIED, _PAGE_NO_EXEC, _PAGE_PRESENT, _PAGE_VALID, _PAGE_WRITE,
                      make_huge_pmd, make_pte, pte_pa)
from .pgtable import HUGETLB_PAGE_ORDER as HPAGE_ORDER
from .pgtable import PAGE_OFFSET as XKPHYS_CACHED
from .pgtable import PTRS_PER_TABLE as PTRS

PAGE_MASK = PAGE_SIZE - 1        # low bits (Linux's PAGE_MASK is the complement)
HPAGE_MASK = HPAGE_SIZE - 1

PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_SHARED, MAP_PRIVATE, MAP_FIXED = 0x1, 0x2, 0x10
MAP_TYPE = 0xf
MAP_ANONYMOUS = 0x800            # MIPS value
MAP_HUGETLB = 0x80000            # MIPS value
MAP_HUGE_SHIFT, MAP_HUGE_MASK = 26, 0x3f   # MAP_HUGE_32MB = 25 << 26
MAP_FIXED_NOREPLACE = 0x100000
MREMAP_MAYMOVE, MREMAP_FIXED = 1, 2
MADV_DONTNEED = 4
MADV_HUGEPAGE = 14
MADV_NOHUGEPAGE = 15
MADV_COLLAPSE = 25

# vm_flags bits (include/linux/mm.h) that the huge-page code looks at
VM_HUGETLB = 0x00400000
VM_HUGEPAGE = 0x20000000
VM_NOHUGEPAGE = 0x40000000

THP_POLICIES = ("never", "madvise", "always")

ACC_LOAD, ACC_STORE, ACC_FETCH = 0, 1, 2


def page_down(x: int) -> int:
    return x & ~PAGE_MASK


def page_up(x: int) -> int:
    return (x + PAGE_MASK) & ~PAGE_MASK


def huge_down(x: int) -> int:
    return x & ~HPAGE_MASK


def huge_up(x: int) -> int:
    return (x + HPAGE_MASK) & ~HPAGE_MASK


# The frame allocator used to be a bump pointer plus a free list; the buddy
# allocator keeps its alloc()/release()/in_use API.
FrameAllocator = BuddyAllocator


def _u64s(raw: bytes) -> memoryview:
    return memoryview(raw).cast("Q")


class PageTables:
    """One address space's Linux-format tables in simulated physical memory."""

    def __init__(self, core, frames: BuddyAllocator):
        self.core = core
        self.frames = frames
        self.invalid_pte_table = frames.alloc()          # zero PTEs
        self.invalid_pmd_table = self._new_table(self.kva(self.invalid_pte_table))
        self.pgd = self._new_table(self.kva(self.invalid_pmd_table))
        self.none_pmd = self.kva(self.invalid_pte_table)  # value of an empty PMD slot
        self.none_pgd = self.kva(self.invalid_pmd_table)  # value of an empty PGD slot
        self.empty_pmd_table = self.none_pmd.to_bytes(8, "little") * PTRS   # a PMD table with no entry

    @staticmethod
    def kva(pa: int) -> int:
        return XKPHYS_CACHED | pa

    @staticmethod
    def pa_of(kva: int) -> int:
        return kva & ((1 << 48) - 1)

    def _new_table(self, fill: int) -> int:
        pa = self.frames.alloc()
        if fill:
            self.core.phys_fill64(pa, PTRS, fill)     # free frames are already zero
        return pa

    def pgd_slot(self, va: int) -> int:
        return self.pgd + ((va >> PGDIR_SHIFT) & (PTRS - 1)) * 8

    def _pmd_slot(self, va: int, create: bool) -> int | None:
        """Physical address of the PMD entry for va."""
        pgd_slot = self.pgd + ((va >> PGDIR_SHIFT) & (PTRS - 1)) * 8
        pmd_table = self.pa_of(self.core.phys_read64(pgd_slot))
        if pmd_table == self.invalid_pmd_table:
            if not create:
                return None
            pmd_table = self._new_table(self.none_pmd)
            self.core.phys_write64(pgd_slot, self.kva(pmd_table))
        return pmd_table + ((va >> PMD_SHIFT) & (PTRS - 1)) * 8

    pmd_slot = _pmd_slot

    def get_pmd(self, va: int) -> int:
        """The PMD entry covering va (the invalid-table pointer when empty)."""
        slot = self._pmd_slot(va, False)
        return self.none_pmd if slot is None else self.core.phys_read64(slot)

    def pte_slot(self, va: int, create: bool) -> int | None:
        """Physical address of the PTE for va (small pages only: None, or
        ValueError when asked to create, under a huge PMD)."""
        pmd_slot = self._pmd_slot(va, create)
        if pmd_slot is None:
            return None
        pmd = self.core.phys_read64(pmd_slot)
        if pmd & _PAGE_HUGE:
            if create:
                raise ValueError(f"{va:#x} is mapped by a huge PMD; split it first")
            return None
        pte_table = self.pa_of(pmd)
        if pte_table == self.invalid_pte_table:
            if not create:
                return None
            pte_table = self._new_table(0)
            self.core.phys_write64(pmd_slot, self.kva(pte_table))
        return pte_table + ((va >> PAGE_SHIFT) & (PTRS - 1)) * 8

    def get_pte(self, va: int) -> int:
        """The PTE for va; for a huge mapping, the huge PMD (as the walker gives)."""
        pmd = self.get_pmd(va)
        if pmd & _PAGE_HUGE:
            return pmd
        slot = self.pte_slot(va, False)
        return 0 if slot is None else self.core.phys_read64(slot)

    def set_pte(self, va: int, pte: int) -> None:
        self.core.phys_write64(self.pte_slot(va, True), pte)


@dataclass
class Vma:
    start: int
    end: int
    prot: int
    flags: int                  # the mmap flags (MAP_*)
    name: str = ""
    vm_flags: int = 0           # VM_HUGEPAGE / VM_NOHUGEPAGE / VM_HUGETLB
    # the file behind it, for /proc/PID/maps: (guest path, st_dev, st_ino, file
    # offset minus virtual address, shared); None: anonymous
    file: tuple | None = None

    def __repr__(self) -> str:
        extra = "".join(f" {n}" for n, b in (("hugepage", VM_HUGEPAGE), ("nohugepage", VM_NOHUGEPAGE),
                                              ("hugetlb", VM_HUGETLB)) if self.vm_flags & b)
        return f"Vma({self.start:#x}-{self.end:#x} prot={self.prot} {self.name}{extra})"

    @property
    def anonymous_private(self) -> bool:
        return bool(self.flags & MAP_ANONYMOUS) and self.flags & MAP_TYPE == MAP_PRIVATE


_MERGE_FLAGS = MAP_TYPE | MAP_ANONYMOUS | MAP_HUGETLB


class AddressSpace:
    """A user address space: VMAs plus demand-paged Linux page tables.

    thp: "never" (default: small pages only), "madvise" (THP in VMAs marked
    with MADV_HUGEPAGE) or "always" (every anonymous private VMA unless
    MADV_NOHUGEPAGE), like /sys/kernel/mm/transparent_hugepage/enabled.
    thp_align: place anonymous mmaps of 32 MB or more at 32 MB aligned
    addresses (Linux 6.7+); off by default, like the kernels of the paper.
    huge_limit: Nhl, the most THPs this space may hold (None: no limit)."""

    def __init__(self, core, frames: BuddyAllocator | None = None, mmap_top: int = 0x7FFF00000000,
                 mmap_bottom: int = 0x10000, *, thp: str = "never", thp_align: bool = False,
                 huge_limit: int | None = None, tlb=None):
        from .tlbflush import IdealFlush, MMContext
        self.core = core
        self.frames = frames or BuddyAllocator(core)
        self.pt = PageTables(core, self.frames)
        # Linux's TLB maintenance for this mm (tlbflush.py) and its ASID
        self.tlb = tlb or IdealFlush(core)
        self.context = MMContext()
        core.pgd_pa = self.pt.pgd
        self.vmas: list[Vma] = []            # sorted by start, non-overlapping
        self.mmap_top = mmap_top
        self.mmap_bottom = mmap_bottom
        self.start_brk = self.brk_end = 0
        self.start_stack = 0                # the initial $sp ([stack] in /proc/PID/maps)
        self.minor_faults = 0
        # THP
        self.thp = thp
        self.thp_align = thp_align
        self.huge_limit = huge_limit         # Nhl; huge_pages_in_use is Nhc
        self._thp: dict[int, int] = {}       # THP VA -> PTE table deposited for its split
        self.thp_fault_alloc = 0
        self.thp_fault_fallback = 0
        self.thp_split_pmd = 0
        self.thp_collapse_alloc = 0
        self.thp_collapse_alloc_failed = 0
        self.cow_copies = 0
        self._collapse_cursor = 0
        # hugetlbfs-style pool
        self._hp_free: list[int] = []        # backed, unmapped pool blocks (zero), sorted
        self._hp_unbacked = 0                # pool pages reserved lazily, no block yet
        self._hp_prealloc: set[int] = set()  # blocks that stay in the pool when unmapped
        self._hp_mapped: dict[int, int] = {}  # VA -> block
        self.hugetlb_rsvd = 0                # promised to mappings, not yet faulted
        self.file_maps = FileMaps(self)      # MAP_SHARED file mappings (filemap.py)

    # ---- policy ----
    @property
    def thp(self) -> str:
        return self._thp_policy

    @thp.setter
    def thp(self, policy: str) -> None:
        if policy not in THP_POLICIES:
            raise ValueError(f"thp policy must be one of {THP_POLICIES}, not {policy!r}")
        self._thp_policy = policy

    def thp_vma_allowed(self, vma: Vma) -> bool:
        """Whether the policy lets THP back this VMA (hugepage_vma_check)."""
        if vma.vm_flags & VM_HUGETLB or not vma.anonymous_private:
            return False
        if self._thp_policy == "always":
            return not vma.vm_flags & VM_NOHUGEPAGE
        if self._thp_policy == "madvise":
            return bool(vma.vm_flags & VM_HUGEPAGE)
        return False

    @property
    def huge_pages_in_use(self) -> int:
        """Nhc: transparent huge pages mapped now (hugetlb pages not counted)."""
        return len(self._thp)

    anon_huge_pages = huge_pages_in_use

    def huge_pages(self) -> list[int]:
        """Virtual addresses of the THPs, in address order."""
        return sorted(self._thp)

    def is_huge(self, va: int) -> bool:
        """Whether va is mapped by a huge PMD (THP or hugetlb)."""
        return bool(self.pt.get_pmd(va) & _PAGE_HUGE)

    # ---- VMAs ----
    def find_vma(self, va: int) -> Vma | None:
        i = bisect.bisect_right([v.start for v in self.vmas], va) - 1
        if i >= 0 and self.vmas[i].start <= va < self.vmas[i].end:
            return self.vmas[i]
        return None

    def _overlaps(self, start: int, end: int) -> bool:
        return any(v.start < end and start < v.end for v in self.vmas)

    def _insert(self, vma: Vma) -> None:
        bisect.insort(self.vmas, vma, key=lambda v: v.start)

    def _split_range(self, start: int, end: int) -> list[Vma]:
        """Split VMAs at start and end; return those inside [start, end).
        A THP straddling a new VMA boundary is split first (Linux's
        vma_adjust_trans_huge): a huge page never spans two VMAs."""
        out = []
        for v in list(self.vmas):
            if v.end <= start or v.start >= end:
                continue
            if v.start < start:
                if start & HPAGE_MASK:
                    self.split_huge_pmd(start)
                self.vmas.remove(v)
                left = dataclasses.replace(v, end=start)
                v = dataclasses.replace(v, start=start)
                self._insert(left)
                self._insert(v)
            if v.end > end:
                if end & HPAGE_MASK:
                    self.split_huge_pmd(end)
                self.vmas.remove(v)
                right = dataclasses.replace(v, start=end)
                v = dataclasses.replace(v, end=end)
                self._insert(right)
                self._insert(v)
            out.append(v)
        return out

    @staticmethod
    def _mergeable(a: Vma, b: Vma) -> bool:
        return (a.end == b.start and a.prot == b.prot and a.name == b.name and a.vm_flags == b.vm_flags
                and a.file == b.file
                and not a.vm_flags & VM_HUGETLB and a.flags & _MERGE_FLAGS == b.flags & _MERGE_FLAGS)

    def _merge(self) -> None:
        """Join adjacent VMAs with the same attributes (vma_merge)."""
        out: list[Vma] = []
        for v in self.vmas:
            if out and self._mergeable(out[-1], v):
                out[-1] = dataclasses.replace(out[-1], end=v.end)
            else:
                out.append(v)
        self.vmas[:] = out

    def _check_hugetlb_range(self, start: int, end: int) -> None:
        """A hugetlb VMA can only be cut at 32 MB boundaries (hugetlb_vm_op_split)."""
        for v in self.vmas:
            if v.vm_flags & VM_HUGETLB and v.start < end and start < v.end:
                if (v.start < start and start & HPAGE_MASK) or (v.end > end and end & HPAGE_MASK):
                    raise GuestError(errno.EINVAL)

    # ---- page-table traversal helpers ----
    def _pmd_ranges(self, start: int, end: int):
        """(va, stop, pmd slot PA) for each used PMD slot's part of [start, end),
        in address order: PGD ranges without a PMD table and empty PMD slots
        are skipped (one read of the PMD table per PGD range: exit_mmap of a
        process walks the whole user space)."""
        core, pt = self.core, self.pt
        none = pt.none_pmd
        for va, pgd_end, _, pgd_val in self._pgd_ranges(start, end):
            table = pt.pa_of(pgd_val)
            i0 = (va >> PMD_SHIFT) & (PTRS - 1)
            n = ((pgd_end - 1) >> PMD_SHIFT & (PTRS - 1)) - i0 + 1
            for k, e in enumerate(_u64s(core.phys_read(table + i0 * 8, n * 8))):
                if e == none:
                    continue
                lo = max(va, huge_down(va) + (k << PMD_SHIFT))
                yield lo, min(huge_down(lo) + HPAGE_SIZE, pgd_end), table + (i0 + k) * 8

    def _pgd_ranges(self, start: int, end: int):
        """(va, stop, pgd slot PA, pgd entry) for each PGD slot with a PMD table,
        its part of [start, end) (the PGD read at once)."""
        pt = self.pt
        end = min(end, USER_VA_LIMIT)        # above, the PGD index would wrap onto low addresses
        if start >= end:
            return
        i0, i1 = start >> PGDIR_SHIFT, (end - 1) >> PGDIR_SHIFT
        for k, e in enumerate(_u64s(self.core.phys_read(pt.pgd + i0 * 8, (i1 - i0 + 1) * 8))):
            if e == pt.none_pgd:
                continue
            base = (i0 + k) << PGDIR_SHIFT
            yield max(start, base), min(base + PGDIR_SIZE, end), pt.pgd + (i0 + k) * 8, e

    def _owned_frame(self, pa: int) -> bool:
        return self.frames.order_of(pa) == 0

    def _put_frame(self, pa: int) -> None:
        """Drop one mapping of a frame (put_page): freed with its last mapper."""
        refs = self.frames.refs
        n = refs.get(pa, 1)
        if n > 1:
            if n == 2:
                del refs[pa]
            else:
                refs[pa] = n - 1
        else:
            self.frames.release(pa)

    def _zap(self, start: int, end: int, rereserve: bool = False) -> None:
        """Drop the pages of [start, end): free frames, clear PTEs. A huge page
        wholly inside goes at once; one partly inside is split first."""
        core, pt = self.core, self.pt
        lo, hi = end, start          # the cleared range, as mmu_gather tracks it
        for va, stop, slot in self._pmd_ranges(start, end):
            pmd = core.phys_read64(slot)
            if pmd & _PAGE_HUGE:
                hbase = huge_down(va)
                if va == hbase and stop == hbase + HPAGE_SIZE:
                    self._drop_huge(hbase, slot, pmd, rereserve)
                    lo, hi = min(lo, hbase), max(hi, stop)
                    continue
                if hbase in self._hp_mapped or not self.split_huge_pmd(hbase):
                    raise GuestError(errno.EINVAL)
                pmd = core.phys_read64(slot)
            if pmd == pt.none_pmd:
                continue
            first = pt.pa_of(pmd) + ((va >> PAGE_SHIFT) & (PTRS - 1)) * 8
            n = (stop - va) >> PAGE_SHIFT
            ents = _u64s(core.phys_read(first, n * 8))
            used = [k for k, e in enumerate(ents) if e]
            for k in used:
                e = ents[k]
                if e & _PAGE_PRESENT and self._owned_frame(pte_pa(e)):
                    self._put_frame(pte_pa(e))
            if used:
                core.phys_fill64(first, n, 0)
                lo = min(lo, va + (used[0] << PAGE_SHIFT))
                hi = max(hi, va + ((used[-1] + 1) << PAGE_SHIFT))
        if lo < hi:
            self.tlb.flush_tlb_range(self, lo, hi)

    def _drop_huge(self, hbase: int, slot: int, pmd: int, rereserve: bool = False) -> None:
        self.core.phys_write64(slot, self.pt.none_pmd)
        if hbase in self._thp:
            self.frames.free_order(pte_pa(pmd) & ~HPAGE_MASK, HPAGE_ORDER)
            self.frames.release(self._thp.pop(hbase))
        elif hbase in self._hp_mapped:
            self._hugetlb_put(self._hp_mapped.pop(hbase))
            if rereserve:              # the VMA stays: its page is promised again
                self.hugetlb_rsvd += 1
        # else a huge PMD written by hand (tests): nothing of ours to free

    def _free_pgtables(self, start: int, end: int) -> None:
        """Free PTE tables (and PMD tables) of [start, end) that no VMA covers
        any more (free_pgtables), so a later THP fault finds the slot empty."""
        core, pt = self.core, self.pt
        for va, stop, pgd_slot, pgd_val in self._pgd_ranges(huge_down(start), huge_up(end)):
            gbase = va & ~(PGDIR_SIZE - 1)
            pmd_table = pt.pa_of(pgd_val)
            i0 = (va >> PMD_SHIFT) & (PTRS - 1)
            ents = _u64s(core.phys_read(pmd_table + i0 * 8, ((stop - va) >> PMD_SHIFT) * 8))
            for k, e in enumerate(ents):
                if e != pt.none_pmd and not e & _PAGE_HUGE:
                    a = va + (k << PMD_SHIFT)
                    if not self._overlaps(a, a + HPAGE_SIZE):
                        self.frames.release(pt.pa_of(e))
                        core.phys_write64(pmd_table + (i0 + k) * 8, pt.none_pmd)
            if not self._overlaps(gbase, gbase + PGDIR_SIZE):
                if core.phys_read(pmd_table, PTRS * 8) == pt.empty_pmd_table:
                    self.frames.release(pmd_table)
                    core.phys_write64(pgd_slot, pt.none_pgd)

    def set_file(self, start: int, end: int, file: tuple) -> None:
        """Record that [start, end) maps a file (Vma.file): what /proc/PID/maps shows."""
        start, end = page_down(start), page_up(end)
        for v in self._split_range(start, end):
            i = self.vmas.index(v)
            self.vmas[i] = dataclasses.replace(v, file=file)
        self._merge()

    def map_region(self, start: int, length: int, prot: int, flags: int = MAP_PRIVATE | MAP_ANONYMOUS,
                   name: str = "") -> int:
        end = start + page_up(length)
        self.unmap(start, end - start)
        self._insert(Vma(start, end, prot, flags, name))
        self._merge()
        return start

    def unmap(self, start: int, length: int) -> None:
        end = start + page_up(length)
        self._check_hugetlb_range(start, end)
        for v in self._split_range(start, end):
            if v.vm_flags & VM_HUGETLB:     # reservations of pages never faulted
                self.hugetlb_rsvd -= sum(1 for a in range(v.start, v.end, HPAGE_SIZE) if a not in self._hp_mapped)
            self.vmas.remove(v)
        self._zap(start, end)
        self._free_pgtables(start, end)

    def find_free(self, length: int, hint: int = 0, align: int = PAGE_SIZE) -> int:
        length = page_up(length)
        if hint:
            h = page_down(hint)
            if h + length <= self.mmap_top and not self._overlaps(h, h + length):
                return h

        def fit(lo: int, hi: int) -> int | None:
            cand = (hi - length) & ~(align - 1)
            return cand if hi - length >= lo and cand >= lo else None

        # top-down, like Linux's default mmap layout
        top = self.mmap_top
        for v in sorted(self.vmas, key=lambda v: -v.start):
            if v.start >= top:
                continue
            if v.end <= top:
                cand = fit(v.end, top)
                if cand is not None:
                    return cand
            top = v.start
        cand = fit(self.mmap_bottom, top)
        if cand is not None:
            return cand
        raise GuestError(errno.ENOMEM)

    # ---- the syscall-level operations ----
    def mmap(self, addr: int, length: int, prot: int, flags: int) -> int:
        if length <= 0 or length > USER_VA_LIMIT:
            raise GuestError(errno.EINVAL)
        hugetlb = bool(flags & MAP_HUGETLB)
        if hugetlb:
            if (flags >> MAP_HUGE_SHIFT) & MAP_HUGE_MASK not in (0, HPAGE_SHIFT) or not flags & MAP_ANONYMOUS:
                raise GuestError(errno.EINVAL)
            length, align = huge_up(length), HPAGE_SIZE
        else:
            length = page_up(length)
            align = HPAGE_SIZE if self.thp_align and self._thp_policy != "never" and length >= HPAGE_SIZE \
                else PAGE_SIZE
        if flags & (MAP_FIXED | MAP_FIXED_NOREPLACE):
            if addr & PAGE_MASK or (hugetlb and addr & HPAGE_MASK):
                raise GuestError(errno.EINVAL)
            if addr + length > USER_VA_LIMIT:
                raise GuestError(errno.ENOMEM)
            if flags & MAP_FIXED_NOREPLACE and not flags & MAP_FIXED and self._overlaps(addr, addr + length):
                raise GuestError(errno.EEXIST)
        else:
            addr = self.find_free(length, huge_up(addr) if hugetlb else addr, align)
        if hugetlb:
            return self._map_hugetlb(addr, length, prot, flags)
        return self.map_region(addr, length, prot, flags, "anon")

    def munmap(self, addr: int, length: int) -> None:
        # do_vmi_munmap: the range must lie below TASK_SIZE (no wrap into the page-table index)
        if addr & PAGE_MASK or length <= 0 or addr >= USER_VA_LIMIT or length > USER_VA_LIMIT - addr:
            raise GuestError(errno.EINVAL)
        self.unmap(addr, length)

    def mprotect(self, addr: int, length: int, prot: int) -> None:
        if addr & PAGE_MASK:
            raise GuestError(errno.EINVAL)
        if addr >= USER_VA_LIMIT or length > USER_VA_LIMIT - addr:
            raise GuestError(errno.ENOMEM)
        end = addr + page_up(length)
        covered = sum(min(v.end, end) - max(v.start, addr) for v in self.vmas if v.start < end and addr < v.end)
        if covered != end - addr:
            raise GuestError(errno.ENOMEM)
        self._check_hugetlb_range(addr, end)
        for v in self._split_range(addr, end):
            v.prot = prot
            self._reprotect(v.start, v.end, prot)
        self._merge()
        self.tlb.flush_tlb_range(self, addr, end)

    def _reprotect(self, start: int, end: int, prot: int) -> None:
        core, pt = self.core, self.pt
        for va, stop, slot in self._pmd_ranges(start, end):
            pmd = core.phys_read64(slot)
            if pmd & _PAGE_HUGE:
                hbase = huge_down(va)
                if va == hbase and stop == hbase + HPAGE_SIZE:
                    core.phys_write64(slot, make_huge_pmd(pte_pa(pmd), prot, bool(pmd & _PAGE_DIRTY)))
                    continue
                if not self.split_huge_pmd(hbase):
                    raise GuestError(errno.EINVAL)
                pmd = core.phys_read64(slot)
            if pmd == pt.none_pmd:
                continue
            first = pt.pa_of(pmd) + ((va >> PAGE_SHIFT) & (PTRS - 1)) * 8
            ents = array("Q", core.phys_read(first, ((stop - va) >> PAGE_SHIFT) * 8))
            changed = False
            refs = self.frames.refs
            for i, e in enumerate(ents):
                if e & _PAGE_PRESENT:
                    pa = pte_pa(e)
                    # a frame fork shares stays write-protected in a private mapping
                    p = prot & ~PROT_WRITE if pa in refs and not self._shared_at(va) else prot
                    ents[i] = make_pte(pa, p, bool(e & _PAGE_DIRTY))
                    changed = True
            if changed:
                core.phys_write(first, ents.tobytes())

    def _shared_at(self, va: int) -> bool:
        v = self.find_vma(va)
        return v is not None and v.flags & MAP_TYPE == MAP_SHARED

    def mremap(self, old: int, oldlen: int, newlen: int, flags: int, new: int = 0) -> int:
        if old & PAGE_MASK or newlen <= 0 or flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED):
            raise GuestError(errno.EINVAL)
        oldlen, newlen = page_up(oldlen), page_up(newlen)
        vma = self.find_vma(old)
        if vma is None or vma.end < old + oldlen:
            raise GuestError(errno.EFAULT)
        if vma.vm_flags & VM_HUGETLB:
            raise GuestError(errno.EINVAL)
        if flags & MREMAP_FIXED:
            if not flags & MREMAP_MAYMOVE or new & PAGE_MASK:
                raise GuestError(errno.EINVAL)
            if old < new + newlen and new < old + oldlen:     # overlapping ranges
                raise GuestError(errno.EINVAL)
            return self._move(vma, old, oldlen, newlen, new)
        if newlen <= oldlen:
            self.unmap(old + newlen, oldlen - newlen)
            return old
        if old + oldlen == vma.end and not self._overlaps(old + oldlen, old + newlen) \
                and old + newlen <= self.mmap_top:
            vma.end = old + newlen
            self._merge()
            return old
        if not flags & MREMAP_MAYMOVE:
            raise GuestError(errno.ENOMEM)
        return self._move(vma, old, oldlen, newlen, self.find_free(newlen))

    def _move(self, vma: Vma, old: int, oldlen: int, newlen: int, new: int) -> int:
        """Move the mapping's frames (not their bytes) to new. A THP whose 32 MB
        is moved whole to a 32 MB aligned place moves as one PMD (move_huge_pmd);
        otherwise it is split and its small pages move."""
        core, pt = self.core, self.pt
        self.unmap(new, newlen)
        f = vma.file
        if f is not None:                # the same file offsets at the new address
            f = f[:3] + (f[3] + old - new,) + f[4:]
        self._insert(dataclasses.replace(vma, start=new, end=new + newlen, file=f))
        n = min(oldlen, newlen)
        off = 0
        while off < n:
            src, dst = old + off, new + off
            slot = pt._pmd_slot(src, False)
            if slot is None:
                off = min((src & ~(PGDIR_SIZE - 1)) + PGDIR_SIZE - old, n)
                continue
            hbase = huge_down(src)
            stop = min(hbase + HPAGE_SIZE - old, n)
            pmd = core.phys_read64(slot)
            if pmd & _PAGE_HUGE:
                if src == hbase and not dst & HPAGE_MASK and off + HPAGE_SIZE <= n and hbase in self._thp \
                        and self._take_empty_pmd(dst):
                    core.phys_write64(pt._pmd_slot(dst, True), pmd)
                    core.phys_write64(slot, pt.none_pmd)
                    self._thp[dst] = self._thp.pop(hbase)
                    off = stop
                    continue
                if not self.split_huge_pmd(hbase):
                    off = stop
                    continue
                pmd = core.phys_read64(slot)
            if pmd != pt.none_pmd:
                first = pt.pa_of(pmd) + ((src >> PAGE_SHIFT) & (PTRS - 1)) * 8
                cnt = (stop - off) >> PAGE_SHIFT
                moved = False
                for k, e in enumerate(_u64s(core.phys_read(first, cnt * 8))):
                    if e & _PAGE_PRESENT:
                        pt.set_pte(dst + (k << PAGE_SHIFT), e)   # the frame moves, not its contents
                        moved = True
                if moved:
                    core.phys_fill64(first, cnt, 0)
            off = stop
        self.tlb.flush_tlb_range(self, old, old + n)      # move_page_tables flushes the old range
        self.unmap(old, oldlen)
        self._merge()
        return new

    def _take_empty_pmd(self, va: int) -> bool:
        """Make va's PMD slot empty if it holds only an all-zero PTE table."""
        core, pt = self.core, self.pt
        slot = pt._pmd_slot(va, True)
        pmd = core.phys_read64(slot)
        if pmd == pt.none_pmd:
            return True
        if pmd & _PAGE_HUGE or any(_u64s(core.phys_read(pt.pa_of(pmd), PAGE_SIZE))):
            return False
        self.frames.release(pt.pa_of(pmd))
        core.phys_write64(slot, pt.none_pmd)
        return True

    def madvise(self, addr: int, length: int, advice: int) -> None:
        if addr & PAGE_MASK:
            raise GuestError(errno.EINVAL)
        if addr >= USER_VA_LIMIT or length > USER_VA_LIMIT - addr:
            raise GuestError(errno.ENOMEM)
        end = addr + page_up(length)
        inside = [v for v in self.vmas if v.start < end and addr < v.end]
        if advice == MADV_DONTNEED:
            for v in inside:
                s, e = max(v.start, addr), min(v.end, end)
                if v.vm_flags & VM_HUGETLB:    # whole huge pages only
                    if s & HPAGE_MASK:
                        raise GuestError(errno.EINVAL)
                    e = huge_down(e)
                if s < e:
                    self._zap(s, e, rereserve=True)
        elif advice in (MADV_HUGEPAGE, MADV_NOHUGEPAGE):
            for v in inside:
                if v.vm_flags & VM_HUGETLB:    # VM_NO_KHUGEPAGED: ignored
                    continue
                for w in self._split_range(max(v.start, addr), min(v.end, end)):
                    if advice == MADV_HUGEPAGE:
                        w.vm_flags = (w.vm_flags & ~VM_NOHUGEPAGE) | VM_HUGEPAGE
                    else:
                        w.vm_flags = (w.vm_flags & ~VM_HUGEPAGE) | VM_NOHUGEPAGE
            self._merge()
            if sum(min(v.end, end) - max(v.start, addr) for v in inside) != end - addr:
                raise GuestError(errno.ENOMEM)
        elif advice == MADV_COLLAPSE:
            self._madvise_collapse(addr, end, inside)

    def set_brk_base(self, addr: int) -> None:
        self.start_brk = self.brk_end = page_up(addr)

    def brk(self, addr: int) -> int:
        """Linux sys_brk: returns the (possibly unchanged) break."""
        if addr < self.start_brk:
            return self.brk_end
        old_top, new_top = page_up(self.brk_end), page_up(addr)
        if new_top > old_top:
            if self._overlaps(old_top, new_top) or new_top > self.mmap_top:
                return self.brk_end
            heap = self.find_vma(old_top - 1) if old_top > self.start_brk else None
            if heap is not None and heap.name == "heap":
                heap.end = new_top
            else:
                self._insert(Vma(old_top, new_top, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, "heap"))
        elif new_top < old_top:
            self.unmap(new_top, old_top - new_top)
        self.brk_end = addr
        return addr

    # ---- faults ----
    def fault(self, va: int, access: int) -> bool:
        """Serve a TLB invalid / Modified fault. False means SIGSEGV."""
        vma = self.find_vma(va)
        if vma is None:
            return False
        need = {ACC_LOAD: PROT_READ, ACC_STORE: PROT_WRITE, ACC_FETCH: PROT_EXEC}[access]
        if not vma.prot & need:
            return False
        return self._fault_in(vma, va, access == ACC_STORE)

    def _fault_in(self, vma: Vma, va: int, write: bool) -> bool:
        core, pt = self.core, self.pt
        page = page_down(va)
        slot = pt._pmd_slot(va, True)
        pmd = core.phys_read64(slot)
        if pmd & _PAGE_HUGE:                 # present huge page: first write, or re-validate
            pmd |= _PAGE_VALID | _PAGE_ACCESSED
            if write:
                pmd |= _PAGE_DIRTY | _PAGE_MODIFIED
            core.phys_write64(slot, pmd)
            self.tlb.update_mmu_cache(self, page, bool(vma.prot & PROT_EXEC))
            return True
        if vma.vm_flags & VM_HUGETLB:
            return self._hugetlb_fault(vma, va, slot, pmd)
        if pmd == pt.none_pmd and self.thp_vma_allowed(vma):
            hbase = huge_down(va)
            if vma.start <= hbase and hbase + HPAGE_SIZE <= vma.end and self._thp_fault(vma, hbase, slot):
                self.minor_faults += 1
                self.tlb.update_mmu_cache(self, page, bool(vma.prot & PROT_EXEC))
                return True
            pmd = core.phys_read64(slot)
        if pmd == pt.none_pmd:
            table = pt._new_table(0)
            core.phys_write64(slot, pt.kva(table))
        else:
            table = pt.pa_of(pmd)
        pslot = table + ((va >> PAGE_SHIFT) & (PTRS - 1)) * 8
        pte = core.phys_read64(pslot)
        if pte & _PAGE_PRESENT:
            if write and not pte & _PAGE_WRITE and vma.prot & PROT_WRITE:
                pte = self._wp_page(pte)          # copy-on-write after fork
            elif write:       # first write to a clean page (TLB Modified)
                pte |= _PAGE_DIRTY | _PAGE_MODIFIED
            pte |= _PAGE_VALID | _PAGE_ACCESSED
        else:
            pte = make_pte(self.frames.alloc(), vma.prot, write)
            self.minor_faults += 1
        core.phys_write64(pslot, pte)
        self.tlb.update_mmu_cache(self, page, bool(vma.prot & PROT_EXEC))
        return True

    def _wp_page(self, pte: int) -> int:
        """do_wp_page: a write to a page fork left write-protected.  The last
        mapper takes the frame back; the others get a copy."""
        pa = pte_pa(pte)
        prot = PROT_READ | PROT_WRITE | (0 if pte & _PAGE_NO_EXEC else PROT_EXEC)
        if pa in self.frames.refs:
            new = self.frames.alloc()
            self.core.phys_copy(new, pa, PAGE_SIZE)
            self._put_frame(pa)
            self.cow_copies += 1
            pa = new
        return make_pte(pa, prot, True)

    # ---- fork and exit ----
    def fork(self) -> "AddressSpace":
        """dup_mmap: the child gets the same VMAs; private pages are shared
        write-protected (copy-on-write, as Linux), MAP_SHARED anonymous pages
        are shared writable (faulted in first, so both see one frame), and a
        huge page is copied at once (Linux shares it until the first write).
        The parent's TLB entries are dropped with its context (flush_tlb_mm)."""
        core, pt = self.core, self.pt
        child = AddressSpace(core, self.frames, self.mmap_top, self.mmap_bottom, thp=self._thp_policy,
                             thp_align=self.thp_align, huge_limit=self.huge_limit, tlb=self.tlb)
        core.pgd_pa = self.pt.pgd            # AddressSpace() pointed the walker at the child
        child.vmas = [dataclasses.replace(v) for v in self.vmas]
        child.start_brk, child.brk_end = self.start_brk, self.brk_end
        child.start_stack = self.start_stack
        refs = self.frames.refs
        for v in self.vmas:
            shared_anon = v.flags & MAP_TYPE == MAP_SHARED and v.flags & MAP_ANONYMOUS
            if shared_anon:
                for va in range(v.start, v.end, PAGE_SIZE):
                    if not pt.get_pte(va) & _PAGE_PRESENT:
                        self._fault_in(v, va, False)
            for va, stop, slot in list(self._pmd_ranges(v.start, v.end)):
                pmd = core.phys_read64(slot)
                if pmd & _PAGE_HUGE:
                    hbase = huge_down(va)
                    if va != hbase and child.pt.get_pmd(hbase) & _PAGE_HUGE:
                        continue
                    child._copy_huge(self, hbase, pmd)
                    continue
                if pmd == pt.none_pmd:
                    continue
                first = pt.pa_of(pmd) + ((va >> PAGE_SHIFT) & (PTRS - 1)) * 8
                n = (stop - va) >> PAGE_SHIFT
                ents = array("Q", core.phys_read(first, n * 8))
                out = array("Q", bytes(n * 8))
                changed = False
                for k, e in enumerate(ents):
                    if not e & _PAGE_PRESENT:
                        continue
                    pa = pte_pa(e)
                    refs[pa] = refs.get(pa, 1) + 1
                    if not shared_anon and e & _PAGE_WRITE:
                        e &= ~(_PAGE_WRITE | _PAGE_DIRTY | _PAGE_MODIFIED)
                        ents[k] = e
                        changed = True
                    out[k] = e
                if changed:
                    core.phys_write(first, ents.tobytes())
                ctable = child.pt.pte_slot(va, True)
                core.phys_write(ctable, out.tobytes())
        for rec in self.file_maps.maps:          # MAP_SHARED file mappings stay in step with the file
            rec.file.refs += 1
            child.file_maps.maps.append(type(rec)(rec.addr, rec.length, rec.file, rec.offset, rec.key,
                                                  rec.shadow))
        self.tlb.flush_tlb_mm(self)
        return child

    def _copy_huge(self, parent: "AddressSpace", hbase: int, pmd: int) -> None:
        block = self.frames.alloc_order(HPAGE_ORDER)
        self.core.phys_copy(block, pte_pa(pmd) & ~HPAGE_MASK, HPAGE_SIZE)
        slot = self.pt._pmd_slot(hbase, True)
        flags = pmd & ((1 << PFN_PTE_SHIFT) - 1)
        self.core.phys_write64(slot, flags | ((block >> PAGE_SHIFT) << PFN_PTE_SHIFT))
        if hbase in parent._hp_mapped:
            self._hp_mapped[hbase] = block
        else:
            self._thp[hbase] = self.frames.alloc()

    def destroy(self) -> None:
        """exit_mmap: every mapping and page table goes; the ASID is dropped
        with the mm (its stale TLB entries never match again before a wrap
        flushes them)."""
        self.unmap(0, USER_VA_LIMIT)
        pt = self.pt
        for pa in (pt.pgd, pt.invalid_pmd_table, pt.invalid_pte_table):
            self.frames.release(pa)
        self.vmas = []
        self.context.asid = 0

    # ---- transparent huge pages ----
    def _thp_fault(self, vma: Vma, hbase: int, slot: int) -> bool:
        """do_huge_pmd_anonymous_page: a 32 MB block for the whole aligned range.
        Like Linux the PMD is made dirty at once (no Modified fault later), and
        a PTE table is deposited so a later split never needs memory."""
        if self.huge_limit is not None and len(self._thp) >= self.huge_limit:
            self.thp_fault_fallback += 1
            return False
        block = self.frames.try_alloc_order(HPAGE_ORDER)
        table = self.frames.try_alloc_order(0) if block is not None else None
        if table is None:
            if block is not None:
                self.frames.free_order(block, HPAGE_ORDER)
            self.thp_fault_fallback += 1
            return False
        self.core.phys_write64(slot, make_huge_pmd(block, vma.prot, True))
        self._thp[hbase] = table
        self.thp_fault_alloc += 1
        return True

    def split_huge_pmd(self, va: int) -> bool:
        """Replace the THP mapping va by 2048 small PTEs into the same block
        (no copy); the block's frames become single frames. False when va is
        not mapped by a THP (hugetlb pages are never split)."""
        hbase = huge_down(va)
        if hbase not in self._thp:
            return False
        core, pt = self.core, self.pt
        slot = pt._pmd_slot(hbase, False)
        pmd = core.phys_read64(slot)
        block = pte_pa(pmd) & ~HPAGE_MASK
        flags = pmd & ((1 << PFN_PTE_SHIFT) - 1) & ~_PAGE_HUGE
        pfn0 = block >> PAGE_SHIFT
        table = self._thp.pop(hbase)
        core.phys_write(table, array("Q", [((pfn0 + i) << PFN_PTE_SHIFT) | flags for i in range(PTRS)]).tobytes())
        core.phys_write64(slot, pt.kva(table))
        self.frames.split_block(block, HPAGE_ORDER)
        self.thp_split_pmd += 1
        self.tlb.flush_tlb_range(self, hbase, hbase + HPAGE_SIZE)   # pmdp_invalidate
        return True

    def enforce_huge_limit(self, rng=None, choose=None) -> list[int]:
        """Split THPs until huge_pages_in_use <= huge_limit (the paper's
        Nhc -> Nhl step). The victim is rng.choice over the THPs in address
        order (deterministic for a seeded rng), or choose(candidates) -> va.
        Returns the addresses split, in order."""
        split = []
        while self.huge_limit is not None and len(self._thp) > max(self.huge_limit, 0):
            cands = sorted(self._thp)
            if choose is not None:
                va = choose(cands)
            elif rng is not None:
                va = rng.choice(cands)
            else:
                va = cands[0]
            if not self.split_huge_pmd(va):
                raise ValueError(f"{va:#x} is not a transparent huge page")
            split.append(huge_down(va))
        return split

    def _collapse(self, vma: Vma, hbase: int, slot: int, pmd: int, max_ptes_none: int) -> bool | None:
        """collapse_huge_page: copy the small pages of [hbase, +32 MB) into a new
        block and map it with a huge PMD. None when no block could be had."""
        core, pt = self.core, self.pt
        table = pt.pa_of(pmd)
        ents = _u64s(core.phys_read(table, PAGE_SIZE))
        present = [i for i, e in enumerate(ents) if e & _PAGE_PRESENT]
        if not present or PTRS - len(present) > max_ptes_none:
            return False
        if any(not self._owned_frame(pte_pa(ents[i])) or pte_pa(ents[i]) in self.frames.refs
               for i in present):
            return False
        if self.huge_limit is not None and len(self._thp) >= self.huge_limit:
            return None
        block = self.frames.try_alloc_order(HPAGE_ORDER)
        if block is None:
            self.thp_collapse_alloc_failed += 1
            return None
        # copy, in runs of physically contiguous pages
        i = 0
        while i < len(present):
            j = i
            while j + 1 < len(present) and present[j + 1] == present[j] + 1 \
                    and pte_pa(ents[present[j + 1]]) == pte_pa(ents[present[j]]) + PAGE_SIZE:
                j += 1
            k = present[i]
            core.phys_copy(block + (k << PAGE_SHIFT), pte_pa(ents[k]), (j - i + 1) << PAGE_SHIFT)
            i = j + 1
        frames = [pte_pa(ents[i]) for i in present]
        core.phys_write64(slot, make_huge_pmd(block, vma.prot, True))
        for pa in frames:
            self.frames.release(pa)
        core.phys_zero(table, PAGE_SIZE)      # the old PTE table is kept as the deposit
        self._thp[hbase] = table
        self.thp_collapse_alloc += 1
        self.tlb.flush_tlb_range(self, hbase, hbase + HPAGE_SIZE)   # pmdp_collapse_flush
        return True

    def _table_ranges(self, start: int, end: int):
        """(hbase, slot, pmd) for each 32 MB aligned range inside [start, end)
        whose PMD slot holds a PTE table."""
        none = self.pt.none_pmd
        for va, stop, slot in self._pmd_ranges(huge_up(start), huge_down(end)):
            pmd = self.core.phys_read64(slot)
            if pmd != none and not pmd & _PAGE_HUGE:
                yield va, slot, pmd

    def collapse_scan(self, max_ranges: int | None = None, max_ptes_none: int = 0) -> int:
        """khugepaged: collapse 32 MB aligned ranges inside THP-eligible VMAs
        whose small pages are present (at most max_ptes_none missing: those
        read as zero). Ranges are visited in address order; with max_ranges
        (the number of PTE tables examined per call) the scan resumes where the
        last call stopped, wrapping to the lowest address after the highest.
        Returns the number of ranges collapsed."""
        cursor = self._collapse_cursor if max_ranges is not None else 0
        collapsed = scanned = 0
        for vma in [v for v in self.vmas if v.end > cursor and self.thp_vma_allowed(v)]:
            for hbase, slot, pmd in self._table_ranges(max(vma.start, cursor), vma.end):
                if max_ranges is not None and scanned >= max_ranges:
                    self._collapse_cursor = hbase
                    return collapsed
                scanned += 1
                r = self._collapse(vma, hbase, slot, pmd, max_ptes_none)
                if r is None:                 # no memory or at the limit: stop for now
                    self._collapse_cursor = hbase
                    return collapsed
                collapsed += r
        self._collapse_cursor = 0
        return collapsed

    def _madvise_collapse(self, start: int, end: int, inside: list[Vma]) -> None:
        """MADV_COLLAPSE (Linux 6.1): collapse now, whatever the policy; missing
        small pages read as zero."""
        failed = False
        for v in inside:
            if v.vm_flags & VM_HUGETLB or not v.anonymous_private:
                continue
            for hbase, slot, pmd in list(self._table_ranges(max(v.start, start), min(v.end, end))):
                if self._collapse(v, hbase, slot, pmd, PTRS - 1) is None:
                    failed = True
        if failed:
            raise GuestError(errno.ENOMEM)

    # ---- hugetlbfs-style reserved huge pages ----
    def reserve_hugetlb(self, n: int, prealloc: bool = False) -> None:
        """Add n 32 MB pages to the pool (like nr_hugepages). prealloc takes
        and zeroes the blocks now (-mem-prealloc); otherwise only the count is
        reserved and a block is taken from the buddy allocator on first touch."""
        if n < 0:
            raise ValueError("n must be >= 0")
        if not prealloc:
            self._hp_unbacked += n
            return
        got = []
        for _ in range(n):
            block = self.frames.try_alloc_order(HPAGE_ORDER)
            if block is None:
                for b in got:
                    self.frames.free_order(b, HPAGE_ORDER)
                raise GuestError(errno.ENOMEM)
            self.core.phys_zero(block, HPAGE_SIZE)
            got.append(block)
        self._hp_prealloc.update(got)
        self._hp_free = sorted(self._hp_free + got)

    @property
    def hugetlb_total(self) -> int:
        return len(self._hp_free) + self._hp_unbacked + len(self._hp_mapped)

    @property
    def hugetlb_free(self) -> int:
        return len(self._hp_free) + self._hp_unbacked

    def _map_hugetlb(self, addr: int, length: int, prot: int, flags: int) -> int:
        # Linux reserves for the new (anonymous hugetlbfs) file before it touches
        # what the range held, so a failed MAP_FIXED leaves the old mapping.
        need = length >> HPAGE_SHIFT
        if self.hugetlb_free - self.hugetlb_rsvd < need:
            raise GuestError(errno.ENOMEM)
        self.unmap(addr, length)
        self.hugetlb_rsvd += need
        self._insert(Vma(addr, addr + length, prot, flags, "hugetlb", VM_HUGETLB))
        return addr

    def _hugetlb_take(self) -> int | None:
        if self._hp_free:
            return self._hp_free.pop(0)
        if self._hp_unbacked:
            block = self.frames.try_alloc_order(HPAGE_ORDER)
            if block is not None:
                self._hp_unbacked -= 1
            return block
        return None

    def _hugetlb_put(self, block: int) -> None:
        if block in self._hp_prealloc:
            self.core.phys_zero(block, HPAGE_SIZE)
            bisect.insort(self._hp_free, block)
        else:                                  # lazily backed: back to the buddy allocator
            self.frames.free_order(block, HPAGE_ORDER)
            self._hp_unbacked += 1

    def _hugetlb_fault(self, vma: Vma, va: int, slot: int, pmd: int) -> bool:
        core, pt = self.core, self.pt
        if pmd != pt.none_pmd and not self._take_empty_pmd(va):
            return False
        block = self._hugetlb_take()
        if block is None:                      # Linux: SIGBUS
            return False
        self.hugetlb_rsvd = max(0, self.hugetlb_rsvd - 1)
        hbase = huge_down(va)
        self._hp_mapped[hbase] = block
        core.phys_write64(slot, make_huge_pmd(block, vma.prot, True))
        self.minor_faults += 1
        self.tlb.update_mmu_cache(self, page_down(va), bool(vma.prot & PROT_EXEC))
        return True

    # ---- statistics ----
    def counters(self) -> dict:
        """Fault and huge-page counters (names after /proc/vmstat and /proc/meminfo)."""
        return {
            "minor_faults": self.minor_faults,
            "thp_fault_alloc": self.thp_fault_alloc,
            "thp_fault_fallback": self.thp_fault_fallback,
            "thp_split_pmd": self.thp_split_pmd,
            "thp_collapse_alloc": self.thp_collapse_alloc,
            "thp_collapse_alloc_failed": self.thp_collapse_alloc_failed,
            "anon_huge_pages": len(self._thp),
            "anon_huge_kb": len(self._thp) * (HPAGE_SIZE >> 10),
            "hugetlb_total": self.hugetlb_total,
            "hugetlb_free": self.hugetlb_free,
            "hugetlb_rsvd": self.hugetlb_rsvd,
            "frames_in_use": self.frames.in_use,
            "frames_free": self.frames.free_frames,
            "free_huge_blocks": self.frames.free_blocks()[-1],
            "cow_copies": self.cow_copies,
        }

    def reg_stats(self, st) -> None:
        st.add("minor_faults", self.minor_faults, "Pages allocated on first touch")
        st.add("mem_pages_in_use", self.rss_pages, "16 KB physical frames in use at exit")
        for k, v in self.counters().items():
            st.add(f"mm.{k}", v, "Memory-manager counter (docs/thp.md)")

    # ---- kernel access to user memory (copy_from_user / copy_to_user) ----
    def _page_pa(self, va: int, write: bool, force: bool) -> int:
        if va < 0 or va >= USER_VA_LIMIT:
            raise GuestError(errno.EFAULT)
        exc, pte, huge, pa = self.core.walk(va, write, self.pt.pgd)
        if exc == 0 and pte & _PAGE_VALID and (pte & _PAGE_DIRTY if write else True):
            return pa
        if force:
            # Like FOLL_FORCE: fault the page in whatever the VMA's protection
            # (the PTE keeps that protection) and write through its frame.
            vma = self.find_vma(va)
            if vma is None or not self._fault_in(vma, va, write and bool(vma.prot & PROT_WRITE)):
                raise GuestError(errno.EFAULT)
        elif not self.fault(va, ACC_STORE if write else ACC_LOAD):
            raise GuestError(errno.EFAULT)
        exc, pte, huge, pa = self.core.walk(va, write, self.pt.pgd)
        if exc:
            raise GuestError(errno.EFAULT)
        return pa

    def read(self, va: int, n: int) -> bytes:
        out = []
        while n > 0:
            chunk = min(n, PAGE_SIZE - (va & PAGE_MASK))
            pa = self._page_pa(va, False, False)
            out.append(self.core.phys_read(pa + (va & PAGE_MASK), chunk))
            va += chunk
            n -= chunk
        return b"".join(out)

    def write(self, va: int, data: bytes, force: bool = False) -> None:
        """Write user memory; force=True ignores VMA protection (the loader)."""
        data = memoryview(bytes(data))
        pos = 0
        while pos < len(data):
            chunk = min(len(data) - pos, PAGE_SIZE - (va & PAGE_MASK))
            pa = self._page_pa(va, True, force)
            self.core.phys_write(pa + (va & PAGE_MASK), data[pos:pos + chunk])
            va += chunk
            pos += chunk

    def read_cstr(self, va: int, limit: int = 4096) -> bytes:
        out = bytearray()
        while len(out) < limit:
            chunk = self.read(va, min(PAGE_SIZE - (va & PAGE_MASK), limit - len(out)))
            nul = chunk.find(b"\0")
            if nul >= 0:
                out += chunk[:nul]
                return bytes(out)
            out += chunk
            va += len(chunk)
        raise GuestError(errno.ENAMETOOLONG)

    def read_u64(self, va: int) -> int:
        return struct.unpack("<Q", self.read(va, 8))[0]

    @property
    def rss_pages(self) -> int:
        return self.frames.in_use
