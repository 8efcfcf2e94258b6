"""Host-kernel TLB maintenance: what a mapping change drops from the TLB
(Linux local_flush_tlb_range / update_mmu_cache)."""

from mipsvm.core import Core
from mipsvm.host import kernel
from mipsvm.host import mm as M


def space():
    core = Core(256 << 20, tlb_mode=True)
    mm = M.AddressSpace(core)
    kernel.boot_cpu(core, mm)
    return core, mm


def valid_vas(core):
    return {e["vpn2"] for e in core.tlb_entries() if e["valid"]}


def test_small_munmap_flushes_only_its_pairs():
    core, mm = space()
    base = mm.mmap(0, 8 << 14, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    mm.write(base, b"x" * (8 << 14))
    for off in range(0, 8 << 14, 2 << 14):
        assert core.tlb_update(base + off)           # __update_tlb: one entry per 32 KB pair
    assert len(valid_vas(core)) == 4
    mm.munmap(base + (2 << 14), 2 << 14)               # the second pair only
    assert valid_vas(core) == {base, base + (4 << 14), base + (6 << 14)}


def test_large_range_change_drops_the_context():
    core, mm = space()
    base = mm.mmap(0, 600 << 15, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    mm.write(base, b"y")
    mm.write(base + (599 << 15), b"z")
    core.tlb_update(base)
    core.tlb_update(base + (599 << 15))
    assert len(valid_vas(core)) == 2
    mm.mprotect(base, 600 << 15, M.PROT_READ)        # 600 pairs > 2112 / 8: drop everything
    assert valid_vas(core) == set()


def test_fault_rewrites_the_entry_in_place():
    core, mm = space()
    base = mm.mmap(0, 2 << 14, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    mm.write(base, b"a")                             # even page present, odd page not yet
    assert core.tlb_update(base)
    idx = [e["index"] for e in core.tlb_entries() if e["valid"]]
    assert not core.tlb_entries()[idx[0]]["lo1"] & 2   # odd half invalid (V=0)
    assert mm.fault(base + (1 << 14), M.ACC_STORE)   # demand fault on the odd page
    e = core.tlb_entries()[idx[0]]
    assert e["valid"] and e["lo1"] & 2 and e["lo1"] & 4   # same slot, now valid and dirty
