"""The `mipsvm` command line."""

from __future__ import annotations

import argparse
import os
import resource
import signal
import sys
import time

from ..host.abi import SIGNAL_NAMES as MIPS_SIGNALS   # MIPS signal number -> name

EXIT_BUDGET = 124      # like timeout(1)
EXIT_KERNEL_FAULT = 71
EXIT_ERROR = 1


def host_signal(mips_signo: int) -> int:
    name = MIPS_SIGNALS.get(mips_signo, "SIGKILL")
    return getattr(signal, name, signal.SIGKILL)


def die_by_signal(mips_signo: int) -> None:
    """End this process the way the guest ended, so a shell sees the same status."""
    host = host_signal(mips_signo)
    sys.stderr.write(f"mipsvm: uncaught target signal {mips_signo} ({signal.strsignal(host)})\n")
    sys.stderr.flush()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
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


def parse_size(text: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    t = text.strip().lower().rstrip("b").rstrip("i")
    if t and t[-1] in units:
        return int(float(t[:-1]) * units[t[-1]])
    return int(t, 0)


def cmd_run(args) -> int:
    from ..host.kernel import KernelFault
    from ..host.process import BudgetExceeded, Process
    from ..loader import ElfError

    fs_root = os.path.abspath(args.fs_root)
    envp = host_environment()
    try:
        proc = Process(args.prog, [args.prog] + args.args, envp, fs_root=fs_root, seed=args.seed,
                       mem_size=args.mem_size, tlb=args.mmu == "tlb", thp=args.thp,
                       hugetlb_pages=args.hugetlb_pages, hugetlb_prealloc=args.hugetlb_prealloc,
                       tlb_geometry={"vtlb": args.vtlb, "ftlb_sets": args.ftlb_sets, "ftlb_ways": args.ftlb_ways,
                                     "itlb": args.itlb, "dtlb": args.dtlb})
    except ElfError as e:
        sys.stderr.write(f"mipsvm: {e}\n")
        return EXIT_ERROR
    except ValueError as e:
        sys.stderr.write(f"mipsvm: {e}\n")
        return EXIT_ERROR
    except OSError as e:
        sys.stderr.write(f"mipsvm: {args.prog}: {e.strerror or e}\n")
        return EXIT_ERROR
    if args.huge_counter:
        if not proc.core.tlb_mode:
            sys.stderr.write("mipsvm: --huge-counter needs --mmu tlb\n")
            return EXIT_ERROR
        proc.core.cp0_set(31, 6, 1)        # KScratch5: enable the handler's huge-refill counter
    tracer = None
    if args.trace:
        from .trace import Tracer
        trace_out = sys.stderr if args.trace == "-" else open(args.trace, "w")
        tracer = Tracer(trace_out, args.trace_start, args.trace_count)
    t0 = time.perf_counter()
    status = 0
    try:
        proc.run(args.max_insts, tracer)
    except BudgetExceeded as e:
        sys.stderr.write(f"mipsvm: {e}\n")
        status = EXIT_BUDGET
    except KernelFault as e:
        sys.stderr.write(f"mipsvm: {e}\n")
        status = EXIT_KERNEL_FAULT
    host_seconds = time.perf_counter() - t0
    if tracer is not None and tracer.out is not sys.stderr:
        tracer.out.close()
    if args.dump_cp0 or args.dump_tlb:
        from .dumps import dump_cp0, dump_tlb
        if args.dump_cp0:
            sys.stderr.write(dump_cp0(proc.core))
        if args.dump_tlb:
            sys.stderr.write(dump_tlb(proc.core))
    if args.outdir:
        from .stats import collect
        collect(proc, host_seconds).write(args.outdir)
    if status:
        return status
    if proc.term_signal is not None:
        die_by_signal(proc.term_signal)
    return proc.exit_code or 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mipsvm", description="MIPS64 instruction-level simulator")
    p.add_argument("--debug", action="store_true", help="show Python tracebacks of internal errors")
    sub = p.add_subparsers(dest="cmd", required=True)
    from .check_refill import add_subparser as add_check_refill_parser
    add_check_refill_parser(sub)
    r = sub.add_parser("run", help="run a static mips64el Linux program (like qemu-mips64el)")
    r.add_argument("--max-insts", type=int, default=None, help="stop after this many instructions")
    r.add_argument("--fs-root", default=".", help="the only host directory the program may access")
    r.add_argument("--seed", type=int, default=0, help="seed for AT_RANDOM and getrandom")
    r.add_argument("--outdir", default=None, help="write stats.txt and stats.json here")
    r.add_argument("--mem-size", type=parse_size, default=4 << 30, help="simulated physical memory (e.g. 4G)")
    r.add_argument("--mmu", choices=("tlb", "ideal"), default="tlb",
                   help="tlb: split VTLB/FTLB, micro-TLBs and the assembly refill handler (default); "
                        "ideal: page tables walked directly, faster, no TLB statistics")
    r.add_argument("--thp", choices=("never", "madvise", "always"), default="never",
                   help="transparent huge pages (32 MB) for anonymous memory")
    r.add_argument("--hugetlb-pages", type=int, default=0,
                   help="reserve N 32 MB hugetlbfs-style pages for MAP_HUGETLB mappings")
    r.add_argument("--hugetlb-prealloc", action="store_true",
                   help="allocate the reserved huge pages up front (like -mem-prealloc) instead of on first touch")
    r.add_argument("--vtlb", type=int, default=64, help="VTLB entries (fully associative, any page size)")
    r.add_argument("--ftlb-sets", type=int, default=256, help="FTLB sets (power of two; 0 disables the FTLB)")
    r.add_argument("--ftlb-ways", type=int, default=8, help="FTLB ways")
    r.add_argument("--itlb", type=int, default=64, help="ITLB (micro-TLB) entries")
    r.add_argument("--dtlb", type=int, default=32, help="DTLB (micro-TLB) entries")
    r.add_argument("--huge-counter", action="store_true",
                   help="set KScratch5 so the refill handler counts huge refills in KScratch6")
    r.add_argument("--trace", metavar="FILE", help="write an execution trace ('-' for stderr)")
    r.add_argument("--trace-start", type=int, default=0, metavar="N", help="trace from instruction N")
    r.add_argument("--trace-count", type=int, default=None, metavar="M", help="trace M instructions")
    r.add_argument("--dump-tlb", action="store_true", help="print every TLB entry at exit (stderr)")
    r.add_argument("--dump-cp0", action="store_true", help="print CP0 with decoded fields at exit (stderr)")
    r.add_argument("prog")
    r.add_argument("args", nargs=argparse.REMAINDER)
    r.set_defaults(func=cmd_run)
    return p


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
