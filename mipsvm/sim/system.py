"""A simulated system: the machine built from a configuration tree, the host
kernel running on it, one program, its statistics.

    import mipsvm
    cfg = mipsvm.SystemConfig(cpu=mipsvm.CPU(tlb=mipsvm.TLB(vtlb=16)), kernel=mipsvm.Kernel(thp="always"))
    result = mipsvm.System(cfg).run("workloads/bin/pagechase", ["64", "20000"])
    result.exit_code, result.stats["tlb.refills"]

The System builds the machine -- core (CPU, CP0, MMU) and physical memory -- from
the configuration (mipsvm/models/system.py) and the CPU model; the host kernel
(mipsvm/host) then runs on that machine.  Each part registers its own
statistics (``reg_stats``); ``write_outputs`` writes stats.txt, stats.json and
config.json.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time

from ..core import Core
from ..core import reg_stats as core_stats
from ..mmu import TLBView
from ..models import SystemConfig
from . import stats as S


def build_core(config: SystemConfig, model=None) -> Core:
    """The machine: one core with its CP0 in reset state and physical memory."""
    model = model or config.cpu.resolved_model()
    t = config.cpu.timing
    return Core(config.memory.size, tlb_mode=config.cpu.mmu == "tlb", seed=config.seed, model=model,
                lat_utlb_miss=t.utlb_miss, lat_exc=t.exception, lat_eret=t.eret)


@dataclasses.dataclass
class RunResult:
    """How the program ended, and the statistics of the run."""

    exit_code: int | None          # None when a signal killed it or the run stopped early
    signal: int | None             # MIPS signal number that killed it
    stopped: str | None            # "budget" (instruction budget) or "kernel-fault", with message
    message: str
    stats: S.Stats
    host_seconds: float

    @property
    def status(self) -> int:
        """What a shell would see (128 + signal for a kill, 124 for the budget, 71 for a kernel fault)."""
        if self.stopped == "budget":
            return 124
        if self.stopped == "kernel-fault":
            return 71
        if self.signal is not None:
            return 128 + self.signal
        return self.exit_code or 0


class System:
    def __init__(self, config: SystemConfig | None = None):
        self.config = config if config is not None else SystemConfig()
        self.config.validate_tree()
        self.model = self.config.cpu.resolved_model()
        vmc = self.config.vm
        if vmc.mode == "guest" and vmc.rad:
            self.model = dataclasses.replace(self.model, guestid_bits=0)   # no GuestID: GuestCtl0.RAD = 1
        self.core = build_core(self.config, self.model)
        from ..host.kernel import HostKernel
        self.vm = self.host = self.marks = None
        self.process = None
        if self.config.bare and vmc.mode == "root":       # from reset, no host kernel at all
            from .bare import BareRoot
            self.kernel = BareRoot(self)
            return
        self.host = HostKernel(self)
        if vmc.mode == "guest":
            from ..kvm import VM
            self.vm = VM(self.host, vmc, guestid=vmc.guestid, rad=vmc.rad)
            if self.config.bare:
                from .bare import BareGuest
                self.kernel = BareGuest(self, self.vm)
            else:
                from ..kvm import GuestKernel, guest_kernel_config
                self.kernel = GuestKernel(self.host, self.vm, guest_kernel_config(self.config.kernel, vmc))
        else:
            self.kernel = self.host                # the kernel the program runs on
        from .marks import StatsMarks
        self.marks = self.kernel.marks = StatsMarks(self)

    def load(self, prog: str, args=(), *, env=None, fs_root: str = ".", argv0: str | None = None,
             sysroot: str | None = None, cwd: str | None = None, tty: bool = False, stdio=None):
        """Load a program as the system's first process (argv[0] = argv0 or prog);
        returns its first thread.  sysroot: a directory searched before fs_root
        (like qemu's -L); cwd: the guest working directory; stdio: host
        descriptors (stdin, stdout, stderr) for the program's fds 0, 1, 2
        instead of this process's own (a sweep captures output so)."""
        from ..host.abi import O_RDONLY, O_WRONLY
        from ..host.fs import FsRoot, HostFile
        if self.process is not None:
            raise RuntimeError("this System already has a program; build a new System for another")
        if self.config.bare:
            if args:
                raise ValueError(f"{prog}: a bare-metal program takes no arguments")
            self.process = self.kernel.load(prog)
            return None
        argv = [argv0 or prog] + [str(a) for a in args]
        root = FsRoot(os.path.abspath(fs_root), sysroot=sysroot, tty=tty, private_tmp=True)
        if cwd is not None:
            from ..host.errors import GuestError
            try:
                root.chdir(os.fsencode(cwd))
            except GuestError as e:
                raise ValueError(f"--cwd {cwd}: not a directory the program can enter ({e})") from None
        task = self.kernel.procs.spawn(prog, argv, list(env or []), root)
        self.process = task.process
        self.task = task
        if stdio is not None:
            for fd, (host_fd, acc) in enumerate(zip(stdio, (O_RDONLY, O_WRONLY, O_WRONLY))):
                self.process.fds.install_at(fd, HostFile(host_fd, acc, b"", owned=False))
        return task

    def run(self, prog: str | None = None, args=(), *, env=None, fs_root: str = ".",
            max_insts: int | None = None, tracer=None, argv0: str | None = None, stdio=None) -> RunResult:
        """Run a program (or the one load() gave) to its end. env: list of
        "NAME=value" (default: empty, so runs are reproducible anywhere)."""
        from ..host.kernel import KernelFault
        from ..host.process import BudgetExceeded
        from ..kvm.guest import GuestCrash
        from ..kvm.vm import HostOutOfMemory
        stopped, message = None, ""
        t0 = time.perf_counter()
        try:
            if prog is not None:
                self.load(prog, args, env=env, fs_root=fs_root, argv0=argv0, stdio=stdio)
            self.kernel.run(max_insts, tracer)
        except BudgetExceeded as e:
            stopped, message = "budget", str(e)
        except KernelFault as e:
            stopped, message = "kernel-fault", str(e)
        except GuestCrash as e:
            stopped, message = "kernel-fault", f"guest: {e}"
        except HostOutOfMemory as e:
            stopped, message = "kernel-fault", str(e)
        finally:
            self.kernel.shutdown()
        proc = self.process
        host_seconds = time.perf_counter() - t0
        signal = proc.term_signal if proc is not None else None       # None: it never got loaded
        exit_code = proc.exit_code if stopped is None and signal is None else None
        if stopped is None and getattr(proc, "note", ""):
            message = proc.note
        return RunResult(exit_code, signal, stopped, message, self.stats(host_seconds), host_seconds)

    def stats(self, host_seconds: float = 0.0) -> S.Stats:
        st = S.Stats()
        core_stats(self.core, st, self.kernel.exc_counts if self.process else None)
        TLBView(self.core, self.model).reg_stats(st)
        self.kernel.reg_stats(st)
        if self.marks is not None:
            self.marks.reg_stats(st)
        if self.vm is not None and self.host is not None:   # guest mode: the host kernel's own, and KVM's
            self.host.reg_stats(S.Prefixed(st, "host."))
            self.vm.reg_stats(st)
            self.core_vz_stats(st)
        S.reg_host_stats(st, self.core.icount, host_seconds)
        return st

    def core_vz_stats(self, st) -> None:
        """Exits by ExcCode and GExcCode, guest exceptions and the 2D walk (the core's VZ counters)."""
        from ..cp0.exc import EXC_STAT_NAMES, GExc
        v = self.core.vz_stats()
        for code, n in sorted(v["exits"].items()):
            st.add(f"vz.exits.{EXC_STAT_NAMES[code]}", n, f"Root exceptions taken in guest mode with ExcCode {code}")
        for code, n in sorted(v["gexits"].items()):
            st.add(f"vz.gexits.{GExc(code).name.lower()}", n, f"Guest exits (GE) with GExcCode {code}")
        for code, n in sorted(v["guest_exceptions"].items()):
            st.add(f"vz.guest_exceptions.{EXC_STAT_NAMES[code]}", n, f"Guest exceptions with ExcCode {code}")
        t = self.core.tlb_stats()
        st.add("tlb.refills.guest", t["guest_refills_taken"], "Guest TLB refills (at the guest EBase: kernels/refill.S under the guest kernel model)")
        st.add("tlb.refills.root", t["refills_taken"] - t["guest_refills_taken"],
               "Root TLB refills (in guest mode: GPA refills, kernels/kvm_refill.S)")
        st.add("tlb.refills.gpa", t["gpa_refills"], "Root refills of a GPA (GExcCode GPA)")
        for k, d in (("vtlb", "landed in the VTLB"), ("ftlb", "landed in the FTLB"),
                     ("small", "of 16 KB page pairs"), ("huge", "of 32 MB huge pages")):
            name = {"small": "page_16k", "huge": "page_32m"}.get(k, k)
            st.add(f"tlb.refills.guest.{name}", t[f"guest_refill_{k}"], f"Guest refill-handler writes {d}")
        st.add("cp0.guest.kscratch6", self.core.gcp0_get(31, 7), "Guest KScratch6: huge refills counted by "
               "the guest's refill handler")
        st.add("vz.guest_pt_loads", v["guest_pt_loads"], "Loads of the guest refill handler (the 2D walk)")
        st.add("vz.guest_pt_root_misses", v["guest_pt_root_misses"],
               "Of those, loads whose GPA missed in the root TLB")

    def config_dict(self) -> dict:
        d = self.config.to_dict()
        d["resolved_cpu_model"] = {k: v for k, v in dataclasses.asdict(self.model).items() if k != "sources"}
        return d

    def write_outputs(self, outdir: str, st: S.Stats) -> None:
        st.write(outdir)
        if self.marks is not None:
            self.marks.write(outdir)
        if self.vm is not None and self.vm.monitor is not None:
            self.vm.monitor.write_csv(os.path.join(outdir, "monitor.csv"))
        with open(os.path.join(outdir, "config.json"), "w") as f:
            json.dump(self.config_dict(), f, indent=1)
            f.write("\n")
