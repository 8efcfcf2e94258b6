"""Host-kernel TLB maintenance: what a mapping change drops from the TLB, done
through TLBP/TLBWI/TLBWR/EntryHi as Linux's tlb-r4k.c does (host/tlbflush.py)."""

import mipsvm
from mipsvm.host import mm as M


def space(**tlb):
    system = mipsvm.System(mipsvm.SystemConfig(memory=mipsvm.Memory(size=256 << 20),
                                               cpu=mipsvm.CPU(tlb=mipsvm.TLB(**tlb))))
    k = system.kernel
    mm = k.new_mm()
    k.switch_mm(mm)
    return system.core, mm, k.tlb


def valid_vas(core):
    return {e["vpn2"] for e in core.tlb_entries() if e["valid"]}


def test_small_munmap_flushes_only_its_pairs():
    core, mm, tlb = space()
    base = mm.mmap(0, 8 << 14, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    mm.write(base, b"x" * (8 << 14))          # faults in every page; __update_tlb preloads each pair
    assert valid_vas(core) == {base + off for off in range(0, 8 << 14, 2 << 14)}
    mm.munmap(base + (2 << 14), 2 << 14)      # the second pair only
    assert valid_vas(core) == {base, base + (4 << 14), base + (6 << 14)}
    assert tlb.stats["flush_range_pairs"] >= 1


def test_large_range_change_drops_the_context():
    core, mm, tlb = space()
    base = mm.mmap(0, 600 << 15, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    mm.write(base, b"y")
    mm.write(base + (599 << 15), b"z")
    assert len(valid_vas(core)) == 2
    asid = core.cp0_get(10, 0) & 0x3FF
    mm.mprotect(base, 600 << 15, M.PROT_READ)   # 600 pairs > 2112 / 8: drop_mmu_context
    # Linux gives the mm a new ASID; the old entries stay but can no longer match
    assert core.cp0_get(10, 0) & 0x3FF == asid + 1
    assert {e["asid"] for e in core.tlb_entries() if e["valid"]} == {asid}
    assert tlb.stats["flush_range_drops"] == 1


def test_fault_rewrites_the_entry_in_place():
    core, mm, _ = space()
    base = mm.mmap(0, 2 << 14, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    mm.write(base, b"a")                             # even page present, odd page not yet
    idx = [e["index"] for e in core.tlb_entries() if e["valid"]]
    assert len(idx) == 1 and not core.tlb_entries()[idx[0]]["lo1"] & 2   # odd half invalid (V=0)
    assert mm.fault(base + (1 << 14), M.ACC_STORE)   # demand fault on the odd page
    e = core.tlb_entries()[idx[0]]
    assert e["valid"] and e["lo1"] & 2 and e["lo1"] & 4   # same slot, now valid and dirty


def test_asid_wrap_flushes_the_whole_tlb():
    core, mm, tlb = space()
    base = mm.mmap(0, 2 << 14, M.PROT_READ | M.PROT_WRITE, M.MAP_PRIVATE | M.MAP_ANONYMOUS)
    mm.write(base, b"a")
    assert valid_vas(core)
    for _ in range(1023):                            # ASIDs 2..1023, then 0 of a new cycle
        tlb.flush_tlb_mm(mm)
    assert tlb.stats["asid_wraps"] == 1
    assert core.cp0_get(10, 0) & 0x3FF == 0 and valid_vas(core) == set()


def test_geometry_read_from_config1_config4():
    core, _, tlb = space(vtlb=16, ftlb_sets=128, ftlb_ways=4)
    g = tlb.geo
    assert (g.vtlb, g.ftlb_sets, g.ftlb_ways, g.size) == (16, 128, 4, 16 + 512)
