"""The debugger room: a GDB remote stub for `mipsvm run --gdb PORT`.

Door (docs/debugger.md, docs/interfaces.md):
    GdbStub.listen(system, port) -> GdbStub   wait on 127.0.0.1:port for gdb
    stub                                        a HostKernel.run hook (run/exception/served,
                                                mipsvm/sim/trace.py), passed as System.run(tracer=stub)
    stub.finish(result)                         after the run: W/X to gdb, connection closed
    DebuggerError                               a port that cannot be used (one line)
It drives the core only through Core's public methods: the logged loop
(run_logged, bp_*/wp_*, dbg_*), registers, CP0, TLB views and physical memory;
user memory through the process's AddressSpace."""

from .stub import DebuggerError, GdbStub  # noqa: F401
