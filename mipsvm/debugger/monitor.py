"""`monitor` commands (qRcmd): cp0, tlb, walk VA, stats, help. Each returns
the text gdb prints."""

from __future__ import annotations

from ..cp0 import fields
from ..cp0 import regs as cp0regs
from ..host import pgtable as pt
from ..sim.dumps import cp0_values, dump_tlb

HELP = """mipsvm monitor commands:
  cp0        every CP0 register with decoded fields (root, and the guest context with VZ)
  tlb        every valid TLB entry: index, group, owner, EntryHi, PageMask, EntryLo0/1
  walk VA    the page-table walk of VA in the current process: PGD, PMD, PTE entries
  stats      the simulation statistics so far (stats.txt lines)
  help       this text
"""

_PTE_BITS = [("PRESENT", pt._PAGE_PRESENT), ("WRITE", pt._PAGE_WRITE), ("ACCESSED", pt._PAGE_ACCESSED),
             ("MODIFIED", pt._PAGE_MODIFIED), ("HUGE", pt._PAGE_HUGE), ("SPECIAL", pt._PAGE_SPECIAL),
             ("NO_EXEC", pt._PAGE_NO_EXEC), ("NO_READ", pt._PAGE_NO_READ), ("GLOBAL", pt._PAGE_GLOBAL),
             ("VALID", pt._PAGE_VALID), ("DIRTY", pt._PAGE_DIRTY)]


class MonitorError(Exception):
    pass


def cmd_cp0(system) -> str:
    core, model = system.core, system.model
    if not core.tlb_mode:
        return "CP0: not modelled with --mmu ideal\n"
    out = "---- CP0 (root) ----\n" + fields.format_cp0(cp0_values(core, model), model)
    if core.vz:
        g = {}
        for r in cp0regs.registers(model):
            if r.implemented and r.guest:
                g[r.name] = core.gcp0_get(r.idx // 8, r.idx % 8)
        out += f"---- CP0 (guest{', running' if core.in_guest else ''}) ----\n" + fields.format_cp0(g, model)
    return out


def cmd_tlb(system) -> str:
    return dump_tlb(system.core, system.model)


def _pte_flags(e: int) -> str:
    return " ".join(n for n, b in _PTE_BITS if e & b) or "-"


def walk_text(core, pgd_pa: int, va: int) -> str:
    """Each level of the Linux three-level walk of va, from the tables at pgd_pa."""
    mask48 = (1 << 48) - 1
    if not 0 <= va < pt.USER_VA_LIMIT:
        return f"walk {va:#x}: not a user address (user space ends at {pt.USER_VA_LIMIT:#x})\n"
    lines = [f"walk {va:#x} (PGD at PA {pgd_pa:#x})"]
    i = (va >> pt.PGDIR_SHIFT) & (pt.PTRS_PER_PGD - 1)
    a = pgd_pa + 8 * i
    pgde = core.phys_read64(a)
    lines.append(f"  PGD[{i:4d}] @PA {a:#012x} = {pgde:#018x} -> PMD table at PA {pgde & mask48:#x}")
    j = (va >> pt.PMD_SHIFT) & (pt.PTRS_PER_PMD - 1)
    a = (pgde & mask48) + 8 * j
    pmde = core.phys_read64(a)
    if pmde & pt._PAGE_HUGE:
        page = ((pmde >> pt.PFN_PTE_SHIFT) << pt.PAGE_SHIFT) & mask48
        lines.append(f"  PMD[{j:4d}] @PA {a:#012x} = {pmde:#018x} huge PTE [{_pte_flags(pmde)}]")
        if pmde & pt._PAGE_VALID:
            lines.append(f"  -> 32 MB page at PA {page:#x}; {va:#x} is PA {page + (va & (pt.HPAGE_SIZE - 1)):#x}")
        else:
            lines.append("  -> not valid (a TLB refill would load an invalid entry)")
        return "\n".join(lines) + "\n"
    lines.append(f"  PMD[{j:4d}] @PA {a:#012x} = {pmde:#018x} -> PTE table at PA {pmde & mask48:#x}")
    k = (va >> pt.PAGE_SHIFT) & (pt.PTRS_PER_PTE - 1)
    a = (pmde & mask48) + 8 * k
    pte = core.phys_read64(a)
    lines.append(f"  PTE[{k:4d}] @PA {a:#012x} = {pte:#018x} [{_pte_flags(pte)}]")
    if pte & pt._PAGE_VALID:
        page = ((pte >> pt.PFN_PTE_SHIFT) << pt.PAGE_SHIFT) & mask48
        lines.append(f"  -> 16 KB page at PA {page:#x}; {va:#x} is PA {page + (va & (pt.PAGE_SIZE - 1)):#x}")
    else:
        lines.append("  -> not mapped (no valid PTE: the next access faults)")
    return "\n".join(lines) + "\n"


def cmd_walk(system, mm, arg: str) -> str:
    if not arg:
        raise MonitorError("usage: monitor walk VA (a number or a register such as $sp is evaluated by gdb "
                           "only with `eval \"monitor walk %#lx\", $sp`)")
    try:
        va = int(arg, 0)
    except ValueError:
        raise MonitorError(f"walk: {arg!r} is not an address") from None
    if mm is None:
        raise MonitorError("walk: no process")
    return walk_text(system.core, mm.pt.pgd, va)


def cmd_stats(system) -> str:
    return system.stats().format_txt().lstrip("\n")


def run(system, mm, line: str) -> str:
    words = line.split()
    if not words or words[0] == "help":
        return HELP
    cmd, arg = words[0], " ".join(words[1:])
    if cmd == "cp0":
        return cmd_cp0(system)
    if cmd == "tlb":
        return cmd_tlb(system)
    if cmd == "walk":
        return cmd_walk(system, mm, arg)
    if cmd == "stats":
        return cmd_stats(system)
    raise MonitorError(f"unknown monitor command {cmd!r} (try: monitor help)")
