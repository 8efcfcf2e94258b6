"""mipsvm: an instruction-level MIPS64 simulator with a Loongson-like split TLB and VZ.

The Python API: build a configuration tree, a System from it, run a program:

    import mipsvm
    cfg = mipsvm.SystemConfig(cpu=mipsvm.CPU(tlb=mipsvm.TLB(vtlb=16)))
    result = mipsvm.System(cfg).run("workloads/bin/hello")
"""

__version__ = "0.1.0"

from .models import CPU, TLB, VM, ConfigError, Kernel, Memory, Monitor, SystemConfig, Timing  # noqa: E402,F401

__all__ = ["System", "SystemConfig", "CPU", "TLB", "Timing", "Memory", "Kernel", "VM", "Monitor", "RunResult",
           "ConfigError", "sweep"]


def __getattr__(name):
    # The System needs the compiled core; import it only when asked for, so the
    # code generators run by setup.py can import mipsvm before the core exists.
    if name in ("System", "RunResult"):
        from .sim import system
        return getattr(system, name)
    if name == "sweep":             # mipsvm.sweep.run(grid, prog, args, ...)
        from .sim import sweep
        return sweep
    raise AttributeError(f"module 'mipsvm' has no attribute {name!r}")
