"""Process memory: physical frames, Linux-format page tables, VMAs, demand paging.

The page tables follow Linux/MIPS for 16 KB pages and 3 levels (docs/memory.md):
PGD -> PMD -> PTE, 2048 entries each, table pointers stored as xkphys kernel
virtual addresses, empty entries pointing at shared invalid tables (never 0).
The core's walker (mem.h) and, later, the assembly refill handler read them.
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass

from . import errors as errno  # MIPS errno values, not the host's
from .errors import GuestError

PAGE_SHIFT = 14
PAGE_SIZE = 1 << PAGE_SHIFT
PAGE_MASK = PAGE_SIZE - 1
PMD_SHIFT = 25
PGDIR_SHIFT = 36
PTRS = 2048
USER_VA_LIMIT = 1 << 47          # what 3 levels of 16 KB tables cover
XKPHYS_CACHED = 0x9800000000000000  # Linux's PAGE_OFFSET window (CCA 3)

# pgtable-bits.h (64-bit, RIXI, huge TLB support)
_PAGE_PRESENT = 1 << 0
_PAGE_WRITE = 1 << 1
_PAGE_ACCESSED = 1 << 2
_PAGE_MODIFIED = 1 << 3
_PAGE_HUGE = 1 << 4
_PAGE_NO_EXEC = 1 << 6
_PAGE_NO_READ = 1 << 7
_PAGE_VALID = 1 << 9
_PAGE_DIRTY = 1 << 10
_CACHE_CACHABLE_NONCOHERENT = 3 << 11
PFN_PTE_SHIFT = 16

PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_SHARED, MAP_PRIVATE, MAP_FIXED = 0x1, 0x2, 0x10
MAP_ANONYMOUS = 0x800            # MIPS value
MAP_FIXED_NOREPLACE = 0x100000
MREMAP_MAYMOVE, MREMAP_FIXED = 1, 2
MADV_DONTNEED = 4

ACC_LOAD, ACC_STORE, ACC_FETCH = 0, 1, 2


def page_down(x: int) -> int:
    return x & ~PAGE_MASK


def page_up(x: int) -> int:
    return (x + PAGE_MASK) & ~PAGE_MASK


class FrameAllocator:
    """16 KB physical frames. Frames come from a bump pointer and a free list;
    freed frames are zeroed (and handed back to the host) before reuse."""

    def __init__(self, core, base: int = 1 << 20):
        self.core = core
        self.next = base
        self.limit = core.mem_size
        self.free: list[int] = []
        self.in_use = 0

    def alloc(self) -> int:
        if self.free:
            pa = self.free.pop()
        elif self.next + PAGE_SIZE <= self.limit:
            pa = self.next
            self.next += PAGE_SIZE
        else:
            raise GuestError(errno.ENOMEM)
        self.in_use += 1
        return pa

    def release(self, pa: int) -> None:
        self.core.phys_zero(pa, PAGE_SIZE)
        self.free.append(pa)
        self.in_use -= 1


class PageTables:
    """One address space's Linux-format tables in simulated physical memory."""

    def __init__(self, core, frames: FrameAllocator):
        self.core = core
        self.frames = frames
        self.invalid_pte_table = frames.alloc()          # zero PTEs
        self.invalid_pmd_table = self._new_table(self.kva(self.invalid_pte_table))
        self.pgd = self._new_table(self.kva(self.invalid_pmd_table))

    @staticmethod
    def kva(pa: int) -> int:
        return XKPHYS_CACHED | pa

    @staticmethod
    def pa_of(kva: int) -> int:
        return kva & ((1 << 48) - 1)

    def _new_table(self, fill: int) -> int:
        pa = self.frames.alloc()
        self.core.phys_fill64(pa, PTRS, fill)
        return pa

    def _pmd_slot(self, va: int, create: bool) -> int | None:
        """Physical address of the PMD entry for va."""
        pgd_slot = self.pgd + ((va >> PGDIR_SHIFT) & (PTRS - 1)) * 8
        pmd_table = self.pa_of(self.core.phys_read64(pgd_slot))
        if pmd_table == self.invalid_pmd_table:
            if not create:
                return None
            pmd_table = self._new_table(self.kva(self.invalid_pte_table))
            self.core.phys_write64(pgd_slot, self.kva(pmd_table))
        return pmd_table + ((va >> PMD_SHIFT) & (PTRS - 1)) * 8

    def pte_slot(self, va: int, create: bool) -> int | None:
        """Physical address of the PTE for va (small pages only)."""
        pmd_slot = self._pmd_slot(va, create)
        if pmd_slot is None:
            return None
        pte_table = self.pa_of(self.core.phys_read64(pmd_slot))
        if pte_table == self.invalid_pte_table:
            if not create:
                return None
            pte_table = self._new_table(0)
            self.core.phys_write64(pmd_slot, self.kva(pte_table))
        return pte_table + ((va >> PAGE_SHIFT) & (PTRS - 1)) * 8

    def get_pte(self, va: int) -> int:
        slot = self.pte_slot(va, False)
        return 0 if slot is None else self.core.phys_read64(slot)

    def set_pte(self, va: int, pte: int) -> None:
        self.core.phys_write64(self.pte_slot(va, True), pte)


def make_pte(pa: int, prot: int, dirty: bool) -> int:
    pte = (pa >> PAGE_SHIFT) << PFN_PTE_SHIFT
    pte |= _PAGE_PRESENT | _PAGE_VALID | _PAGE_ACCESSED | _CACHE_CACHABLE_NONCOHERENT
    if prot & PROT_WRITE:
        pte |= _PAGE_WRITE
        if dirty:
            pte |= _PAGE_DIRTY | _PAGE_MODIFIED
    if not prot & PROT_EXEC:
        pte |= _PAGE_NO_EXEC
    if not prot & PROT_READ:
        pte |= _PAGE_NO_READ
    return pte


def pte_pa(pte: int) -> int:
    return ((pte >> PFN_PTE_SHIFT) << PAGE_SHIFT) & ((1 << 48) - 1)


@dataclass
class Vma:
    start: int
    end: int
    prot: int
    flags: int
    name: str = ""

    def __repr__(self) -> str:
        return f"Vma({self.start:#x}-{self.end:#x} prot={self.prot} {self.name})"


class AddressSpace:
    """A user address space: VMAs plus demand-paged Linux page tables."""

    def __init__(self, core, frames: FrameAllocator | None = None, mmap_top: int = 0x7FFF00000000,
                 mmap_bottom: int = 0x10000):
        self.core = core
        self.frames = frames or FrameAllocator(core)
        self.pt = PageTables(core, self.frames)
        core.pgd_pa = self.pt.pgd
        self.vmas: list[Vma] = []            # sorted by start, non-overlapping
        self.mmap_top = mmap_top
        self.mmap_bottom = mmap_bottom
        self.start_brk = self.brk_end = 0
        self.minor_faults = 0

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
        """Split VMAs at start and end; return those inside [start, end)."""
        out = []
        for v in list(self.vmas):
            if v.end <= start or v.start >= end:
                continue
            if v.start < start:
                self.vmas.remove(v)
                left = Vma(v.start, start, v.prot, v.flags, v.name)
                v = Vma(start, v.end, v.prot, v.flags, v.name)
                self._insert(left)
                self._insert(v)
            if v.end > end:
                self.vmas.remove(v)
                right = Vma(end, v.end, v.prot, v.flags, v.name)
                v = Vma(v.start, end, v.prot, v.flags, v.name)
                self._insert(right)
                self._insert(v)
            out.append(v)
        return out

    def _zap(self, start: int, end: int) -> None:
        """Drop the pages of [start, end): free frames, clear PTEs."""
        va = start
        while va < end:
            slot = self.pt.pte_slot(va, False)
            if slot is None:
                # skip to the next PMD-covered range
                va = ((va >> PMD_SHIFT) + 1) << PMD_SHIFT
                continue
            pte = self.core.phys_read64(slot)
            if pte & _PAGE_PRESENT:
                self.frames.release(pte_pa(pte))
                self.core.phys_write64(slot, 0)
            va += PAGE_SIZE
        self.core.flush_tc()

    def map_region(self, start: int, length: int, prot: int, flags: int = MAP_PRIVATE | MAP_ANONYMOUS,
                   name: str = "") -> int:
        end = start + page_up(length)
        self.unmap(start, end - start)
        self._insert(Vma(start, end, prot, flags, name))
        return start

    def unmap(self, start: int, length: int) -> None:
        end = start + page_up(length)
        for v in self._split_range(start, end):
            self.vmas.remove(v)
        self._zap(start, end)

    def find_free(self, length: int, hint: int = 0) -> int:
        length = page_up(length)
        if hint and page_down(hint) + length <= self.mmap_top and not self._overlaps(page_down(hint), page_down(hint) + length):
            return page_down(hint)
        # top-down, like Linux's default mmap layout
        top = self.mmap_top
        for v in sorted(self.vmas, key=lambda v: -v.start):
            if v.start >= top:
                top = min(top, v.start) if v.end > top else top
                continue
            if top - v.end >= length:
                return top - length
            top = min(top, v.start)
        if top - length >= self.mmap_bottom:
            return top - length
        raise GuestError(errno.ENOMEM)

    # ---- the syscall-level operations ----
    def mmap(self, addr: int, length: int, prot: int, flags: int) -> int:
        if length <= 0 or length > USER_VA_LIMIT:
            raise GuestError(errno.EINVAL)
        length = page_up(length)
        if flags & (MAP_FIXED | MAP_FIXED_NOREPLACE):
            if addr & PAGE_MASK:
                raise GuestError(errno.EINVAL)
            if addr + length > USER_VA_LIMIT:
                raise GuestError(errno.ENOMEM)
            if flags & MAP_FIXED_NOREPLACE and not flags & MAP_FIXED and self._overlaps(addr, addr + length):
                raise GuestError(errno.EEXIST)
        else:
            addr = self.find_free(length, addr)
        return self.map_region(addr, length, prot, flags, "anon")

    def munmap(self, addr: int, length: int) -> None:
        if addr & PAGE_MASK or length <= 0:
            raise GuestError(errno.EINVAL)
        self.unmap(addr, length)

    def mprotect(self, addr: int, length: int, prot: int) -> None:
        if addr & PAGE_MASK:
            raise GuestError(errno.EINVAL)
        end = addr + page_up(length)
        covered = sum(min(v.end, end) - max(v.start, addr) for v in self.vmas if v.start < end and addr < v.end)
        if covered != end - addr:
            raise GuestError(errno.ENOMEM)
        for v in self._split_range(addr, end):
            v.prot = prot
            self._reprotect(v.start, v.end, prot)
        self.core.flush_tc()

    def _reprotect(self, start: int, end: int, prot: int) -> None:
        for va in range(start, end, PAGE_SIZE):
            slot = self.pt.pte_slot(va, False)
            if slot is None:
                continue
            pte = self.core.phys_read64(slot)
            if pte & _PAGE_PRESENT:
                self.core.phys_write64(slot, make_pte(pte_pa(pte), prot, bool(pte & _PAGE_DIRTY)))

    def mremap(self, old: int, oldlen: int, newlen: int, flags: int, new: int = 0) -> int:
        if old & PAGE_MASK or newlen <= 0 or flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED):
            raise GuestError(errno.EINVAL)
        oldlen, newlen = page_up(oldlen), page_up(newlen)
        vma = self.find_vma(old)
        if vma is None or vma.end < old + oldlen:
            raise GuestError(errno.EFAULT)
        if flags & MREMAP_FIXED:
            if not flags & MREMAP_MAYMOVE or new & PAGE_MASK:
                raise GuestError(errno.EINVAL)
            return self._move(vma, old, oldlen, newlen, new)
        if newlen <= oldlen:
            self.unmap(old + newlen, oldlen - newlen)
            return old
        if old + oldlen == vma.end and not self._overlaps(old + oldlen, old + newlen) \
                and old + newlen <= self.mmap_top:
            vma.end = old + newlen
            return old
        if not flags & MREMAP_MAYMOVE:
            raise GuestError(errno.ENOMEM)
        return self._move(vma, old, oldlen, newlen, self.find_free(newlen))

    def _move(self, vma: Vma, old: int, oldlen: int, newlen: int, new: int) -> int:
        prot, flags, name = vma.prot, vma.flags, vma.name
        self.unmap(new, newlen)
        self._insert(Vma(new, new + newlen, prot, flags, name))
        for off in range(0, min(oldlen, newlen), PAGE_SIZE):
            slot = self.pt.pte_slot(old + off, False)
            if slot is None:
                continue
            pte = self.core.phys_read64(slot)
            if pte & _PAGE_PRESENT:
                self.core.phys_write64(slot, 0)   # the frame moves, not its contents
                self.pt.set_pte(new + off, pte)
        self.unmap(old, oldlen)
        return new

    def madvise(self, addr: int, length: int, advice: int) -> None:
        if addr & PAGE_MASK:
            raise GuestError(errno.EINVAL)
        if advice == MADV_DONTNEED:
            self._zap(addr, addr + page_up(length))

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
        page = page_down(va)
        slot = self.pt.pte_slot(page, True)
        pte = self.core.phys_read64(slot)
        write = access == ACC_STORE
        if pte & _PAGE_PRESENT:
            if write:       # first write to a clean page (TLB Modified)
                pte |= _PAGE_DIRTY | _PAGE_MODIFIED
            pte |= _PAGE_VALID | _PAGE_ACCESSED
        else:
            pte = make_pte(self.frames.alloc(), vma.prot, write)
            self.minor_faults += 1
        self.core.phys_write64(slot, pte)
        self.core.flush_tc_page(page)
        return True

    # ---- kernel access to user memory (copy_from_user / copy_to_user) ----
    def _page_pa(self, va: int, write: bool, force: bool) -> int:
        if va < 0 or va >= USER_VA_LIMIT:
            raise GuestError(errno.EFAULT)
        exc, pte, huge, pa = self.core.walk(va, write)
        ok = exc == 0 and pte & _PAGE_VALID and (pte & _PAGE_DIRTY if write else True)
        if not ok:
            if force:
                vma = self.find_vma(va)
                if vma is None:
                    raise GuestError(errno.EFAULT)
                saved = vma.prot
                vma.prot |= PROT_WRITE if write else PROT_READ
                try:
                    self.fault(va, ACC_STORE if write else ACC_LOAD)
                finally:
                    vma.prot = saved
                    if write and not saved & PROT_WRITE:
                        self._reprotect(page_down(va), page_down(va) + PAGE_SIZE, saved)
                        self.core.flush_tc_page(page_down(va))
            elif not self.fault(va, ACC_STORE if write else ACC_LOAD):
                raise GuestError(errno.EFAULT)
            exc, pte, huge, pa = self.core.walk(va, write)
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
