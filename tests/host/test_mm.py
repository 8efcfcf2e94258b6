"""Address space: Linux-format page tables, VMAs, demand paging."""

import pytest

from mipsvm.core import Core
from mipsvm.host.errors import GuestError
from mipsvm.host import mm as M
from mipsvm.host import pgtable as pg


@pytest.fixture
def space():
    return M.AddressSpace(Core(64 << 20))


def test_empty_tables_point_at_invalid_tables(space):
    core, pt = space.core, space.pt
    pgd_entry = core.phys_read64(pt.pgd + 5 * 8)
    assert pgd_entry == M.XKPHYS_CACHED | pt.invalid_pmd_table
    assert core.phys_read64(pt.invalid_pmd_table) == M.XKPHYS_CACHED | pt.invalid_pte_table
    assert core.phys_read64(pt.invalid_pte_table + 8 * 100) == 0


def test_demand_fault_writes_linux_pte(space):
    va = 0x120004000
    space.map_region(va, 1 << 14, M.PROT_READ | M.PROT_WRITE)
    assert space.pt.get_pte(va) == 0
    assert space.fault(va + 8, M.ACC_STORE)
    pte = space.pt.get_pte(va)
    for bit in (pg._PAGE_PRESENT, pg._PAGE_VALID, pg._PAGE_WRITE, pg._PAGE_DIRTY, pg._PAGE_NO_EXEC):
        assert pte & bit
    assert not pte & pg._PAGE_NO_READ
    # the walker in C finds the same page
    exc, pte2, huge, pa = space.core.walk(va + 8)
    assert exc == 0 and pte2 == pte and not huge and pa == pg.pte_pa(pte)
    # indices: PGD by VA[46:36], PMD by VA[35:25], PTE by VA[24:14]
    pmd_tab = space.core.phys_read64(space.pt.pgd + ((va >> 36) & 2047) * 8) & ((1 << 48) - 1)
    pte_tab = space.core.phys_read64(pmd_tab + ((va >> 25) & 2047) * 8) & ((1 << 48) - 1)
    assert space.core.phys_read64(pte_tab + ((va >> 14) & 2047) * 8) == pte
    assert space.minor_faults == 1


def test_fault_outside_vma_or_without_permission(space):
    assert not space.fault(0x5000_0000, M.ACC_LOAD)
    space.map_region(0x5000_0000, 1 << 14, M.PROT_READ)
    assert not space.fault(0x5000_0000, M.ACC_STORE)
    assert not space.fault(0x5000_0000, M.ACC_FETCH)
    assert space.fault(0x5000_0000, M.ACC_LOAD)


def test_read_write_across_pages_and_efault(space):
    base = space.mmap(0, 3 << 14, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    data = bytes(range(256)) * 100
    space.write(base + 100, data)
    assert space.read(base + 100, len(data)) == data
    space.write(base + (3 << 14) - 3, b"ab\0")
    assert space.read_cstr(base + (3 << 14) - 3) == b"ab"
    with pytest.raises(GuestError):
        space.read(base + (3 << 14) - 2, 4)


def test_munmap_frees_frames_and_mprotect_splits(space):
    base = space.mmap(0, 4 << 14, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    space.write(base, b"x" * (4 << 14))
    used = space.frames.in_use
    space.munmap(base + (1 << 14), 1 << 14)
    assert space.frames.in_use == used - 1
    assert space.find_vma(base + (1 << 14)) is None
    space.mprotect(base + (2 << 14), 1 << 14, M.PROT_READ)
    assert [v.prot for v in space.vmas if base <= v.start < base + (4 << 14)] == [3, 1, 3]
    assert not space.pt.get_pte(base + (2 << 14)) & pg._PAGE_WRITE
    with pytest.raises(GuestError):
        space.mprotect(base + (1 << 14), 1 << 14, M.PROT_READ)  # hole: ENOMEM


def test_mremap_moves_frames_not_bytes(space):
    a = space.mmap(0, 1 << 14, 3, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    space.mmap(a + (1 << 14), 1 << 14, 3, M.MAP_PRIVATE | M.MAP_ANONYMOUS | M.MAP_FIXED)  # block growth
    space.write(a, b"hello")
    b = space.mremap(a, 1 << 14, 2 << 14, M.MREMAP_MAYMOVE)
    assert b != a and space.read(b, 5) == b"hello" and space.find_vma(a) is None


def test_brk_grows_and_shrinks(space):
    space.set_brk_base(0x130000000)
    assert space.brk(0) == 0x130000000
    assert space.brk(0x130000000 + 100000) == 0x130000000 + 100000
    space.write(0x130000000 + 99999, b"z")
    assert space.brk(0x130000000 + 10) == 0x130000000 + 10
    assert space.find_vma(0x130000000 + 99999) is None


def test_adjacent_anonymous_mappings_merge_and_split_back(space):
    a = space.mmap(0x20000000, 2 << 14, 3, M.MAP_PRIVATE | M.MAP_ANONYMOUS | M.MAP_FIXED)
    space.mmap(a + (2 << 14), 2 << 14, 3, M.MAP_PRIVATE | M.MAP_ANONYMOUS | M.MAP_FIXED)
    assert [(v.start, v.end) for v in space.vmas] == [(a, a + (4 << 14))]
    space.mprotect(a + (1 << 14), 1 << 14, M.PROT_READ)
    assert len(space.vmas) == 3
    space.mprotect(a + (1 << 14), 1 << 14, 3)
    assert len(space.vmas) == 1


def test_munmap_frees_page_tables_nobody_covers(space):
    base_use = space.frames.in_use
    a = space.mmap(0x20000000, 3 << 14, 3, M.MAP_PRIVATE | M.MAP_ANONYMOUS | M.MAP_FIXED)
    space.write(a, b"x" * (3 << 14))
    assert space.frames.in_use == base_use + 3 + 2      # pages, a PMD table, a PTE table
    space.munmap(a, 3 << 14)
    assert space.frames.in_use == base_use
    assert space.core.phys_read64(space.pt.pgd_slot(a)) == space.pt.none_pgd


def test_mremap_overlapping_fixed_target_is_einval(space):
    a = space.mmap(0x20000000, 4 << 14, 3, M.MAP_PRIVATE | M.MAP_ANONYMOUS | M.MAP_FIXED)
    with pytest.raises(GuestError) as e:
        space.mremap(a, 2 << 14, 2 << 14, M.MREMAP_MAYMOVE | M.MREMAP_FIXED, a + (1 << 14))
    assert e.value.errno == 22


def test_forced_write_keeps_the_vma_protection(space):
    space.map_region(0x600000, 1 << 14, M.PROT_READ | M.PROT_EXEC)
    space.write(0x600010, b"code", force=True)
    pte = space.pt.get_pte(0x600000)
    assert not pte & (pg._PAGE_WRITE | pg._PAGE_DIRTY) and not pte & pg._PAGE_NO_EXEC
    assert space.read(0x600010, 4) == b"code"
    with pytest.raises(GuestError):
        space.write(0x600010, b"x")


def test_frames_come_from_the_buddy_allocator(space):
    assert isinstance(space.frames, M.FrameAllocator)
    pa = space.frames.alloc()
    assert pa % (1 << 14) == 0 and space.frames.order_of(pa) == 0
    space.frames.release(pa)
    assert space.frames.is_free(pa)
