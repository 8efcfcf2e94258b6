"""The compiled core: one machine (the loop in exec.h, privileged glue in
priv.h; translation is in mipsvm/mmu, CP0 in mipsvm/cp0)."""

from ._core import Core, PhysError, EVENT_EXCEPTION, EVENT_BUDGET, EVENT_MAGIC, EXC_PROBE, DEFAULT_FIR, VECTORS  # noqa: F401
from ._core import EVENT_DEBUG, DBG, DREC, DSTOP  # noqa: F401  (the logged loop, dbg.h)


def reg_stats(core, st, exc_counts=None) -> None:
    """The CPU's own counters: instructions, cycles, exceptions taken (by the
    hardware model; with --mmu ideal, the ones the host kernel saw)."""
    from ..cp0.exc import EXC_STAT_NAMES
    insts = core.icount
    st.add("sim_insts", insts, "Number of instructions simulated")
    st.add("instructions", insts, "Instructions retired (alias of sim_insts)")
    cycles = insts + core.stall_cycles
    st.add("cycles", cycles, "Simulated cycles (one per instruction plus stalls)")
    st.add("sim_seconds", cycles / 1e9, "Simulated seconds at 1 GHz")
    excs = core.exceptions_taken() if core.tlb_mode else (exc_counts or {})
    for code in sorted(excs):
        name = EXC_STAT_NAMES.get(code, str(code))
        st.add(f"exceptions.{name}", excs[code], f"Exceptions taken with ExcCode {code}")
