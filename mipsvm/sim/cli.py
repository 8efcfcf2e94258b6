"""The `mipsvm` command line."""

from __future__ import annotations

import argparse
import os
import resource
import signal
import sys

from ..host.abi import SIGNAL_NAMES as MIPS_SIGNALS   # MIPS signal number -> name

EXIT_BUDGET = 124      # like timeout(1)
EXIT_KERNEL_FAULT = 71
EXIT_ERROR = 1
EXIT_USAGE = 2


def host_signal(mips_signo: int) -> int:
    name = MIPS_SIGNALS.get(mips_signo, "SIGKILL")
    return getattr(signal, name, signal.SIGKILL)


def die_by_signal(mips_signo: int) -> None:
    """End this process the way the guest ended, so a shell sees the same status."""
    host = host_signal(mips_signo)
    sys.stderr.write(f"mipsvm: uncaught target signal {mips_signo} ({signal.strsignal(host)})\n")
    sys.stderr.flush()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if host not in (signal.SIGKILL, signal.SIGSTOP):      # these cannot be caught, nor reset
        signal.signal(host, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [host])
    os.kill(os.getpid(), host)
    os._exit(128 + host)


def host_environment() -> list[str]:
    """The environment this process was started with, as qemu-user passes it on.

    os.environ can differ: Python's C-locale coercion (PEP 538) adds LC_CTYPE.
    /proc/self/environ still holds the original block."""
    try:
        with open("/proc/self/environ", "rb") as f:
            return [e.decode("utf-8", "surrogateescape") for e in f.read().split(b"\0") if e]
    except OSError:
        return [f"{k}={v}" for k, v in os.environ.items()]


def guest_environment(env: list[str], set_vars: list[str], unset: list[str]) -> list[str]:
    """qemu-user's -E VAR=VALUE and -U VAR on the environment passed on."""
    out = list(env)
    for item in set_vars:
        if "=" not in item or item.startswith("="):
            raise_config(f"-E: {item!r} is not VAR=VALUE")
        name = item.split("=", 1)[0]
        out = [e for e in out if e.split("=", 1)[0] != name] + [item]
    for name in unset:
        if not name or "=" in name:
            raise_config(f"-U: {name!r} is not a variable name")
        out = [e for e in out if e.split("=", 1)[0] != name]
    return out


def raise_config(msg: str):
    from ..models import ConfigError
    raise ConfigError(msg)


def cmd_run(args) -> int:
    from ..kvm.vm import HostOutOfMemory
    from ..loader import ElfError
    from ..models import ConfigError, SystemConfig
    from .system import System

    try:
        config = SystemConfig.from_cli(args)
        if args.max_insts is not None and args.max_insts < 0:
            raise ConfigError(f"--max-insts: {args.max_insts} is negative")
        if args.stats_every is not None and args.stats_every <= 0:
            raise ConfigError(f"--stats-every: {args.stats_every} is not a positive instruction count")
        if args.stats_every is not None and not args.outdir:
            raise ConfigError("--stats-every needs --outdir (the dumps are written there)")
        env = guest_environment(host_environment(), args.set_env or [], args.unset_env or [])
        for opt, d in (("--sysroot", args.sysroot), ("--fs-root", args.fs_root)):
            if d is not None and not os.path.isdir(d):
                raise ConfigError(f"{opt}: {d} is not a directory")
        if args.outdir is not None:
            try:
                os.makedirs(args.outdir, exist_ok=True)
            except OSError as e:
                raise ConfigError(f"--outdir: {args.outdir}: {e.strerror}") from None
            if not os.access(args.outdir, os.W_OK):
                raise ConfigError(f"--outdir: {args.outdir}: not writable")
        try:
            system = System(config)
        except MemoryError:
            raise ConfigError(f"--mem-size: cannot reserve {config.memory.size >> 20} MiB of host address "
                              "space for the simulated memory (ulimit -v?); give a smaller --mem-size") from None
        system.load(args.prog, args.args, env=env, fs_root=args.fs_root, sysroot=args.sysroot,
                    cwd=args.cwd, tty=args.tty)
        if args.stats_every is not None and system.marks is not None:
            system.marks.every = system.marks.next_dump = args.stats_every
        if args.strace:
            from ..host import strace
            strace.enable(system.kernel, sys.stderr)
    except ConfigError as e:
        sys.stderr.write(f"mipsvm run: {e}\n")
        return EXIT_USAGE
    except ElfError as e:
        sys.stderr.write(f"mipsvm: {e}\n")
        return EXIT_ERROR
    except HostOutOfMemory as e:                     # loading the program into a VM
        sys.stderr.write(f"mipsvm: {e}\n")
        return EXIT_KERNEL_FAULT
    except ValueError as e:
        sys.stderr.write(f"mipsvm: {e}\n")
        return EXIT_ERROR
    except OSError as e:
        sys.stderr.write(f"mipsvm: {args.prog}: {e.strerror or e}\n")
        return EXIT_ERROR
    try:
        tracer = make_tracer(args, system)
    except ConfigError as e:
        sys.stderr.write(f"mipsvm run: {e}\n")
        return EXIT_USAGE
    try:
        result = system.run(max_insts=args.max_insts, tracer=tracer)
        if tracer is not None:
            tracer.close()
    except OSError as e:
        if tracer is None or e.filename is not None:
            raise
        sys.stderr.write(f"mipsvm: {tracer_option(args)}: {e.strerror}\n")
        return EXIT_ERROR
    if args.gdb is not None:
        tracer.finish(result)
    if result.stopped:
        sys.stderr.write(f"mipsvm: {result.message}\n")
    if args.dump_cp0 or args.dump_tlb:
        from .dumps import dump_cp0, dump_tlb
        if args.dump_cp0:
            sys.stderr.write(dump_cp0(system.core, system.model))
        if args.dump_tlb:
            sys.stderr.write(dump_tlb(system.core, system.model))
    if args.outdir:
        system.write_outputs(args.outdir, result.stats)
    if result.stopped:
        return result.status
    if result.signal is not None:
        die_by_signal(result.signal)
    return result.exit_code or 0


def tracer_option(args) -> str:
    """The option (and file) an OSError of the run hook's output is about."""
    if args.gdb is not None:
        return "--gdb"
    if args.trace:
        return f"--trace {args.trace}"
    return f"--debug-file {args.debug_file or '-'}"


def _open_out(opt: str, path: str):
    from ..models import ConfigError
    try:
        return sys.stderr if path == "-" else open(path, "w")
    except OSError as e:
        raise ConfigError(f"{opt}: {path}: {e.strerror}") from None


def make_tracer(args, system):
    """The HostKernel.run hook the options ask for: --trace, --debug-flags or
    --gdb (one of them), or None (the fast loop alone)."""
    from ..models import ConfigError
    chosen = [o for o, on in (("--trace", args.trace), ("--debug-flags", args.debug_flags),
                              ("--gdb", args.gdb is not None)) if on]
    if len(chosen) > 1:
        raise ConfigError(f"{chosen[0]} and {chosen[1]} cannot be combined")
    for opt, v in (("--trace-start", args.trace_start), ("--trace-count", args.trace_count),
                   ("--debug-start", args.debug_start), ("--debug-end", args.debug_end)):
        if v is not None and v < 0:
            raise ConfigError(f"{opt}: {v} is negative")
    if args.debug_end is not None and args.debug_end < (args.debug_start or 0):
        raise ConfigError(f"--debug-end: {args.debug_end} is before --debug-start {args.debug_start or 0}")
    if (args.debug_file or args.debug_start is not None or args.debug_end is not None) and not args.debug_flags:
        raise ConfigError("--debug-file/--debug-start/--debug-end need --debug-flags")
    if chosen:
        from ..host.kernel import HostKernel
        if not isinstance(system.kernel, HostKernel):
            raise ConfigError(f"{chosen[0]}: not available with --bare (its run loop has no hook)")
    if args.trace:
        from .trace import Tracer
        return Tracer(_open_out("--trace", args.trace), args.trace_start or 0, args.trace_count)
    if args.debug_flags:
        from .debugflags import DebugLog, FlagError, parse_flags
        try:
            flags = parse_flags(args.debug_flags)
        except FlagError as e:
            raise ConfigError(f"--debug-flags: {e}") from None
        out = _open_out("--debug-file", args.debug_file or "-")
        return DebugLog(flags, out, args.debug_start or 0, args.debug_end, model=system.model)
    if args.gdb is not None:
        from ..debugger import DebuggerError, GdbStub
        port = _port(args.gdb)
        try:
            return GdbStub.listen(system, port)
        except DebuggerError as e:
            raise ConfigError(f"--gdb: {e}") from None
    return None


def build_parser() -> argparse.ArgumentParser:
    from ..models import SystemConfig
    p = argparse.ArgumentParser(prog="mipsvm", description="MIPS64 instruction-level simulator")
    p.add_argument("--debug", action="store_true", help="show Python tracebacks of internal errors")
    sub = p.add_subparsers(dest="cmd", required=True)
    from .check_refill import add_subparser as add_check_refill_parser
    from .experiment import add_subparser as add_experiment_parser
    from .sweep import add_subparser as add_sweep_parser
    add_check_refill_parser(sub)
    add_sweep_parser(sub)
    add_experiment_parser(sub)
    r = sub.add_parser("run", help="run a static mips64el Linux program (like qemu-mips64el)")
    r.add_argument("--max-insts", type=int, default=None, help="stop after this many instructions")
    r.add_argument("--stats-every", type=int, default=None, metavar="N",
                   help="dump the statistics every N instructions (stats_dumps.txt/.json in --outdir); "
                        "the program's magic instructions dump too (docs/debugger.md)")
    r.add_argument("--fs-root", default=".", help="the only host directory the program may access")
    r.add_argument("-L", "--sysroot", metavar="DIR", default=None,
                   help="a root searched first for every path, e.g. Debian's ld.so.1 and libraries (qemu's -L)")
    r.add_argument("-E", dest="set_env", action="append", metavar="VAR=VALUE",
                   help="set an environment variable for the program (qemu's -E)")
    r.add_argument("-U", dest="unset_env", action="append", metavar="VAR",
                   help="remove a variable from the program's environment (qemu's -U)")
    r.add_argument("--cwd", metavar="DIR", default=None, help="the program's working directory (a guest path)")
    r.add_argument("--strace", action="store_true", help="log system calls on stderr (qemu's -strace format)")
    r.add_argument("--tty", action="store_true", help="let the program open /dev/tty (the host's terminal)")
    r.add_argument("--outdir", default=None, help="write stats.txt, stats.json and config.json here")
    SystemConfig.add_cli(r)
    r.add_argument("--trace", metavar="FILE", help="write an execution trace ('-' for stderr)")
    r.add_argument("--trace-start", type=int, default=None, metavar="N", help="trace from instruction N")
    r.add_argument("--trace-count", type=int, default=None, metavar="M", help="trace M instructions")
    r.add_argument("--debug-flags", metavar="FLAGS",
                   help="gem5-style debug output, comma-separated: Exec, TLB, Exception, VZ, Syscall, Refill, "
                        "Fault, or All (docs/debugger.md)")
    r.add_argument("--debug-file", metavar="FILE", help="write the debug output here (default: stderr; '-' too)")
    r.add_argument("--debug-start", type=int, default=None, metavar="N", help="debug output from instruction N")
    r.add_argument("--debug-end", type=int, default=None, metavar="N", help="debug output up to instruction N")
    r.add_argument("--gdb", default=None, metavar="PORT",
                   help="wait for gdb on 127.0.0.1:PORT (GDB remote protocol) before the first instruction")
    r.add_argument("--dump-tlb", action="store_true", help="print every TLB entry at exit (stderr)")
    r.add_argument("--dump-cp0", action="store_true", help="print CP0 with decoded fields at exit (stderr)")
    r.add_argument("prog")
    r.add_argument("args", nargs=argparse.REMAINDER)
    r.set_defaults(func=cmd_run)
    return p


def _port(text: str) -> int:
    from ..models import ConfigError
    try:
        v = int(text, 10)
    except ValueError:
        raise ConfigError(f"--gdb: {text!r} is not a port number") from None
    if not 0 < v < 65536:
        raise ConfigError(f"--gdb: {v} is not a port number (1-65535)")
    return v


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # an internal error: one clear line, traceback on request
        if args.debug:
            raise
        sys.stderr.write(f"mipsvm: internal error: {type(e).__name__}: {e} (rerun with --debug for details)\n")
        return 70
