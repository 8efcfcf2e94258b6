"""Linux processes and threads on a kernel's machine.

``Process`` is a thread group (Linux's signal_struct plus mm, files, fs):
one address space, descriptor table, file-system view and set of signal
dispositions, shared by its threads.  ``Task`` is one thread; it is what the
syscall layer and signal delivery see (interface.Proc), like Linux's
``current``.  ``ProcessModel`` holds the pid table and the scheduler and does
what kernel/fork.c, fs/exec.c, kernel/exit.c and kernel/signal.c do: clone,
fork, vfork, execve, exit, wait and sending signals.

A kernel hosts processes through a narrow interface, so a second kernel (the
guest kernel model) can host them too: ``cpu`` (the machine whose registers a
thread uses), ``new_mm()``, ``switch_mm(mm)``, ``config`` (thp, hugetlb),
``mem_size``, ``seed`` and ``warn``.  Nothing here reaches into a System.
"""

from __future__ import annotations

import os
import random
import sys
from collections import Counter

from .. import loader
from . import abi, fs, procfs, signals
from .abi import SIGCHLD, SIGCONT, SIGKILL, SIGSTOP
from .clock import CPU_HZ, SIM_EPOCH_NS, Clock, ProcessClock
from .errors import GuestError, EAGAIN, ECHILD, EINVAL, ENOEXEC, ENOENT, ENOMEM, EPERM, ESRCH
from .sched import BLOCKED, DEAD, RUNNABLE, RUNNING, STOPPED, Block, SavedCPU, Scheduler, WaitQueue

STACK_TOP = loader.DEFAULT_STACK_TOP
STACK_SIZE = loader.DEFAULT_STACK_SIZE  # RLIMIT_STACK default, like qemu-user's guest stack
FIRST_PID = 1000

# clone flags (include/uapi/linux/sched.h)
CSIGNAL = 0x000000ff
CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND = 0x100, 0x200, 0x400, 0x800
CLONE_PIDFD, CLONE_PTRACE, CLONE_VFORK, CLONE_PARENT = 0x1000, 0x2000, 0x4000, 0x8000
CLONE_THREAD, CLONE_NEWNS, CLONE_SYSVSEM, CLONE_SETTLS = 0x10000, 0x20000, 0x40000, 0x80000
CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID, CLONE_DETACHED = 0x100000, 0x200000, 0x400000
CLONE_UNTRACED, CLONE_CHILD_SETTID = 0x800000, 0x1000000
CLONE_NAMESPACES = 0x7e020000 & ~CLONE_NEWNS | CLONE_NEWNS     # NEWCGROUP..NEWNET, NEWNS

# wait options and si_code values of SIGCHLD (uapi/linux/wait.h, asm-generic/siginfo.h)
WNOHANG, WUNTRACED, WEXITED, WCONTINUED, WNOWAIT = 1, 2, 4, 8, 0x01000000
WALL_, WCLONE_, WNOTHREAD_ = 0x40000000, 0x80000000, 0x20000000
CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED = 1, 2, 3, 4, 5, 6
SA_NOCLDSTOP, SA_NOCLDWAIT = 0x1, 0x10000          # MIPS values (asm/signal.h)

BINPRM_MAX_RECURSION = 4                           # interpreters (#!) nested at most this deep
ROBUST_LIST_LIMIT = 2048
FUTEX_WAITERS, FUTEX_OWNER_DIED, FUTEX_TID_MASK = 0x80000000, 0x40000000, 0x3fffffff


class BudgetExceeded(Exception):
    pass


class ExecError(Exception):
    """execve failed before the point of no return: errno for the caller."""

    def __init__(self, errno, message=""):
        super().__init__(message)
        self.errno = errno


class Process:
    """A thread group."""

    def __init__(self, model, pid, parent, *, mm, fsroot, fds, sighand, sys_state, argv, envp,
                 exe_path, exe_guest_path):
        self.model = model
        self.pid = pid
        self.parent = parent
        self.pgid = parent.pgid if parent else pid
        self.sid = parent.sid if parent else pid
        self.children: list[Process] = []
        self.threads: list[Task] = []
        self.mm, self.fs, self.fds, self.sighand = mm, fsroot, fds, sighand
        self.sys_state = sys_state
        self.argv, self.envp = list(argv), list(envp)
        self.exe_path, self.exe_guest_path = exe_path, exe_guest_path
        self.auxv: list = []
        self.stats: Counter = Counter()
        self.exit_signal = SIGCHLD
        self.state = "alive"                 # "zombie" once every thread has exited
        self.exit_code: int | None = None
        self.term_signal: int | None = None
        self.wait_status = 0
        self.stopped = False
        self.report: str | None = None       # "stopped" / "continued", for WUNTRACED / WCONTINUED
        self.childq = WaitQueue()            # the parent's wait4/waitid sleep here... on the parent
        self.vfork_done: WaitQueue | None = None
        self.dead_insts = 0                  # instructions of threads that have exited
        self.children_insts = 0              # of reaped children (RUSAGE_CHILDREN)
        self.clock = ProcessClock(model.clock, self.cpu_ns)
        self.itimer = _ITimer(self)
        self.timers: dict[int, object] = {}  # POSIX timers (timer_create)
        model.sched.timers.append(self.itimer)

    def cpu_ns(self) -> int:
        insts = self.dead_insts + sum(t.insts for t in self.threads)
        cur = self.model.sched.current
        if cur is not None and cur.process is self:
            insts += self.model.cpu.icount - self.model.sched.icount_in
        return insts * (10**9 // CPU_HZ)

    @property
    def live_threads(self):
        return [t for t in self.threads if t.state != DEAD]

    @property
    def main_thread(self):
        return self.threads[0]

    def __repr__(self):
        return f"Process({self.pid}, {self.state})"


class _ITimer:
    """ITIMER_REAL of a process, on the scheduler's list of timers."""

    def __init__(self, proc):
        self.proc = proc

    def next_deadline(self):
        return self.proc.clock.itimer_deadline if self.proc.state == "alive" else None

    def fire(self):
        if self.proc.clock.alarm_due():
            self.proc.model.send_process(self.proc, abi.SIGALRM, abi.SI_KERNEL, sender=0)


class Task:
    """One thread: what the Linux personality sees (interface.Proc)."""

    def __init__(self, process, tid, sigstate, sys_state, saved):
        self.process = process
        self.model = process.model
        self.tid = tid
        self.signals = sigstate
        self.sys_state = sys_state
        self.saved = saved                  # SavedCPU while off the CPU
        self.sched = None
        self.state = RUNNABLE
        self.block: Block | None = None
        self.interrupted = None             # the Block a signal ended, until the next return to user
        self.stopped_from = None
        self.insts = 0
        self.robust_list = 0
        self.exit_status = 0
        self.fixade = True                  # TIF_FIXADE: misaligned accesses emulated (sysmips MIPS_FIXADE)

    # ---- interface.Proc
    @property
    def machine(self):
        return self.model.cpu if self.sched is not None and self.sched.current is self else self.saved

    mm = property(lambda self: self.process.mm)
    fs = property(lambda self: self.process.fs)
    fds = property(lambda self: self.process.fds)
    clock = property(lambda self: self.process.clock)
    stats = property(lambda self: self.process.stats)
    pid = property(lambda self: self.process.pid)
    argv = property(lambda self: self.process.argv)
    exe_path = property(lambda self: self.process.exe_path)
    exe_guest_path = property(lambda self: self.process.exe_guest_path)
    uid = gid = abi.UID

    @property
    def rng(self) -> random.Random:
        return self.model.rng

    @property
    def ppid(self) -> int:
        p = self.process.parent
        return p.pid if p is not None else self.process.pid - 1

    @property
    def mem_size(self) -> int:
        return self.model.kernel.mem_size

    def warn(self, msg: str) -> None:
        self.model.kernel.warn(msg)

    def exit_group(self, status: int) -> None:
        self.model.exit_group(self.process, (status & 0xFF) << 8)

    def terminate_by_signal(self, signo: int) -> None:
        self.model.exit_group(self.process, signo | (0x80 if signals.core_dumps(signo) else 0))

    def stop_process(self, signo: int) -> None:
        self.model.stop(self.process, signo)

    def sleep(self, block: Block):
        """The syscall waits: back onto the SYSCALL, then sleep (or, with a
        signal already deliverable, end the wait at once as Linux does)."""
        self.machine.pc = self.machine.pc - 4
        if block.interruptible and self.signals.pending_mask() & ~self.signals.blocked:
            self.interrupted = block
            return None
        self.sched.sleep(self, block)
        return None

    def __repr__(self):
        return f"Task({self.tid} of {self.process.pid}, {self.state})"


class ProcessModel:
    """The pid table, the scheduler and the process lifecycle of one kernel."""

    def __init__(self, kernel, quantum=None):
        self.kernel = kernel
        self.cpu = kernel.cpu
        self.clock = Clock(self._clock_ns)
        self.sched = Scheduler(self.cpu, kernel.switch_mm, self.clock,
                               **({"quantum": quantum} if quantum else {}))
        self.rng = random.Random(kernel.seed)
        self.processes: dict[int, Process] = {}
        self.tasks: dict[int, Task] = {}
        self.next_pid = FIRST_PID
        self.init: Process | None = None     # the program the user started
        self.all_processes: list[Process] = []
        self.forks = self.execs = 0

    def _clock_ns(self) -> int:
        return SIM_EPOCH_NS + (self.cpu.icount + self.cpu.stall_cycles) * (10**9 // CPU_HZ)

    def _alloc_pid(self) -> int:
        while self.next_pid in self.tasks or self.next_pid in self.processes:
            self.next_pid += 1
        pid = self.next_pid
        self.next_pid += 1
        return pid

    # ---- the first process
    def spawn(self, exe: str, argv, envp, fsroot, *, exe_guest_path=None, fds=None, argv0=None):
        """The user's program, loaded from a host path (like qemu-user)."""
        from .syscalls import SysState
        pid = self._alloc_pid()
        mm = self._new_mm()
        self.kernel.switch_mm(mm)           # the loader's faults preload this mm's TLB entries
        sighand = signals.SigHand()
        proc = Process(self, pid, None, mm=mm, fsroot=fsroot, fds=fds if fds is not None else fs.FdTable.with_stdio(),
                       sighand=sighand, sys_state=SysState(), argv=argv, envp=envp, exe_path=exe,
                       exe_guest_path=exe_guest_path or os.path.abspath(exe).encode())
        image = loader.load_elf(exe)
        interp = loader.load_interp(image, lambda p: self._open_image(proc, p, interp=True))
        saved = self._load(proc, mm, image, interp, argv, envp, argv0 or (argv[0] if argv else exe))
        task = Task(proc, pid, signals.SignalState(sighand), proc.sys_state, saved)
        self._register(proc, task)
        self.init = proc
        return task

    def _new_mm(self):
        mm = self.kernel.new_mm(mmap_top=STACK_TOP - STACK_SIZE - (1 << 30))
        cfg = self.kernel.config
        if cfg.hugetlb_pages:
            mm.reserve_hugetlb(cfg.hugetlb_pages, prealloc=cfg.hugetlb_prealloc)
        return mm

    def _register(self, proc, task):
        self.processes[proc.pid] = proc
        self.all_processes.append(proc)
        proc.threads.append(task)
        self.tasks[task.tid] = task
        self.sched.add(task)

    def _load(self, proc, mm, image, interp, argv, envp, exe_name) -> SavedCPU:
        prog = loader.load_program(mm, image, argv, envp, self.rng, exe_name=exe_name,
                                   stack_top=STACK_TOP, stack_size=STACK_SIZE, interp=interp)
        mm.set_brk_base(prog.brk)
        mm.start_stack = prog.sp
        self._name_image(proc, mm, image, prog.load_bias, proc.exe_guest_path)
        if interp is not None:
            self._name_image(proc, mm, interp, prog.interp_base, interp.path.encode())
        proc.auxv = prog.auxv
        proc.program = prog
        # Linux start_thread: every GPR zero but sp ($v0 = 0 means no rtld_fini).
        st = {"gpr": [0] * 32, "fpr": [0] * 32, "hi": 0, "lo": 0, "pc": prog.entry, "fcsr": 0, "userlocal": 0}
        saved = SavedCPU(st)
        saved.set_gpr(abi.REG_SP, prog.sp)
        return saved

    def _name_image(self, proc, mm, image, bias, gpath) -> None:
        """The file pages of each PT_LOAD belong to the file in /proc/PID/maps
        (elf_map maps them from it); the BSS beyond them stays anonymous."""
        st = None
        try:
            st = proc.fs.stat(bytes(gpath), b"/", True)
        except (GuestError, OSError):
            try:
                st = os.stat(proc.exe_path) if proc.exe_path else None
            except OSError:
                st = None
        ident = procfs.file_identity(gpath, st)
        for seg in image.loads:
            if not seg.filesz:
                continue
            va = seg.vaddr + bias
            mm.set_file(va, va + seg.filesz, ident + (seg.offset - seg.vaddr - bias, False))

    def _open_image(self, proc, path, interp=False):
        """An executable inside the sandbox as an ElfImage: a regular file with
        an execute bit (do_open_execat; the interpreter only needs to be readable)."""
        try:
            hfd, gpath = proc.fs.open(bytes(path), os.O_RDONLY | os.O_NONBLOCK)
        except GuestError as e:
            if interp:
                raise loader.ElfError("cannot open the interpreter %s: %s" % (
                    os.fsdecode(path), os.strerror(_host_errno(e.errno)))) from None
            raise
        import stat as _st
        st = os.fstat(hfd)
        if not _st.S_ISREG(st.st_mode):
            os.close(hfd)
            raise GuestError(abi_errno("EACCES"))
        if not interp and not st.st_mode & 0o111:
            os.close(hfd)
            raise GuestError(abi_errno("EACCES"))
        return loader.load_elf(fd=hfd, name=os.fsdecode(gpath))

    # ---- clone, fork, vfork
    def clone(self, task: Task, flags: int, newsp: int, ptid: int, tls: int, ctid: int) -> int:
        """kernel/fork.c copy_process for the flags glibc uses."""
        from .syscalls import SysState
        if flags & CLONE_SIGHAND and not flags & CLONE_VM or flags & CLONE_THREAD and not flags & CLONE_SIGHAND:
            raise GuestError(EINVAL)
        if flags & CLONE_NAMESPACES:
            raise GuestError(EPERM)
        if flags & (CLONE_PIDFD | CLONE_PTRACE | CLONE_UNTRACED):
            raise GuestError(EINVAL)
        parent = task.process
        cpu = task.machine
        saved = SavedCPU(self.cpu.state())
        saved.pc = cpu.pc                          # just past the SYSCALL: the child returns there
        saved.set_gpr(abi.REG_V0, 0)
        saved.set_gpr(abi.REG_A3, 0)
        if newsp:
            saved.set_gpr(abi.REG_SP, newsp)
        if flags & CLONE_SETTLS:
            saved.userlocal = tls
        tid = self._alloc_pid()
        if flags & CLONE_THREAD:
            proc = parent
            sig = task.signals.for_thread()
            sys_state = SysState.for_thread(task.sys_state)
            child = Task(proc, tid, sig, sys_state, saved)
            proc.threads.append(child)
            self.tasks[tid] = child
        else:
            mm = parent.mm if flags & CLONE_VM else parent.mm.fork()
            fds = parent.fds.share() if flags & CLONE_FILES else parent.fds.copy()
            if flags & CLONE_FS:
                parent.fs.users += 1
            fsroot = parent.fs if flags & CLONE_FS else parent.fs.copy()
            sighand = parent.sighand if flags & CLONE_SIGHAND else parent.sighand.copy()
            real_parent = parent.parent if flags & CLONE_PARENT else parent
            proc = Process(self, tid, real_parent, mm=mm, fsroot=fsroot, fds=fds, sighand=sighand,
                           sys_state=SysState.for_process(parent.sys_state), argv=parent.argv, envp=parent.envp,
                           exe_path=parent.exe_path, exe_guest_path=parent.exe_guest_path)
            proc.auxv = parent.auxv
            proc.exit_signal = flags & CSIGNAL
            if real_parent is not None:
                real_parent.children.append(proc)
            sig = task.signals.for_thread(sighand, keep_altstack=not flags & CLONE_VM or bool(flags & CLONE_VFORK))
            child = Task(proc, tid, sig, SysState.for_thread(proc.sys_state), saved)
            self.processes[tid] = proc
            self.all_processes.append(proc)
            proc.threads.append(child)
            self.tasks[tid] = child
            self.forks += 1
        child.fixade = task.fixade                  # thread flags are copied (dup_task_struct)
        child.sys_state.tid_address = ctid if flags & CLONE_CHILD_CLEARTID else 0
        if flags & CLONE_PARENT_SETTID:
            task.mm.write(ptid, tid.to_bytes(4, "little"))
        if flags & CLONE_CHILD_SETTID:
            proc.mm.write(ctid, tid.to_bytes(4, "little"))
        self.sched.add(child)
        parent.stats["forks"] += 1
        if flags & CLONE_VFORK:
            # the parent sleeps until the child execs or exits (wait_for_vfork_done), then
            # its clone returns the child's id
            proc.vfork_done = q = WaitQueue()
            task.vfork_result = tid
            raise Block("vfork", queues=(q,), interruptible=False)
        return tid

    def vfork_release(self, proc: Process) -> None:
        q, proc.vfork_done = proc.vfork_done, None
        if q is not None:
            for t in list(q.waiters):
                self.sched.wake(t, getattr(t, "vfork_result", 0))

    # ---- execve
    def execve(self, task: Task, path: bytes, argv: list, envp: list) -> None:
        """fs/exec.c: find the program in the sandbox (a #! script names its
        interpreter), load it into a new mm and replace the process image."""
        proc = task.process
        argv = list(argv)
        name = path
        for _ in range(BINPRM_MAX_RECURSION + 1):
            image = self._open_script_or_elf(proc, name)
            if isinstance(image, tuple):          # binfmt_script: interpreter [arg] script args...
                interp_path, arg = image
                argv = [interp_path] + ([arg] if arg else []) + [name] + argv[1:]
                name = interp_path
                continue
            break
        else:
            raise GuestError(abi_errno("ELOOP"))
        try:
            interp = loader.load_interp(image, lambda p: self._open_image(proc, p, interp=True))
        except loader.ElfError as e:
            image.close()
            raise ExecError(ENOENT, str(e)) from None
        # the point of no return: other threads go, the new image comes
        for t in list(proc.threads):
            if t is not task and t.state != DEAD:
                self._exit_thread(t, quiet=True)
        proc.threads[:] = [task]
        if proc.fds is not None:
            proc.fds = proc.fds.unshare_for_exec(proc, self)
        proc.sighand.exec_reset()
        self.drop_posix_timers(proc)        # begin_new_exec: exit_itimers
        sig = task.signals                  # mask and pending signals survive exec, the altstack does not
        sig.ss_sp, sig.ss_size, sig.ss_flags = 0, 0, abi.SS_DISABLE
        old_mm = proc.mm
        shared_mm = any(p.mm is old_mm for p in self.processes.values() if p is not proc and p.state == "alive")
        mm = self._new_mm()
        guest = fs.normalize_guest_path(name, proc.fs.cwd)
        proc.exe_path = None
        proc.exe_guest_path = guest
        proc.exe_host = image.path
        proc.argv, proc.envp = argv, envp
        self.kernel.switch_mm(mm)
        proc.mm = mm
        try:
            saved = self._load(proc, mm, image, interp, argv, envp, path)
        except (loader.ElfError, GuestError) as e:
            # past the point of no return Linux kills the process (SIGSEGV); say why
            self.kernel.warn("execve of %s failed after the old image was gone: %s" % (os.fsdecode(path), e))
            self.exit_group(proc, abi.SIGSEGV)
            return
        finally:
            if not shared_mm:
                self._drop_mm(old_mm)
        proc.sys_state.comm = os.path.basename(bytes(path))[:15]
        saved.load_into(self.cpu)
        task.saved = None
        proc.stats["execs"] += 1
        self.execs += 1
        self.vfork_release(proc)

    def _open_script_or_elf(self, proc, path):
        """An ElfImage, or (interpreter, optional argument) for a #! script."""
        try:
            hfd, gpath = proc.fs.open(bytes(path), os.O_RDONLY | os.O_NONBLOCK)
        except GuestError:
            raise
        import stat as _st
        st = os.fstat(hfd)
        if not _st.S_ISREG(st.st_mode) or not st.st_mode & 0o111:
            os.close(hfd)
            raise GuestError(abi_errno("EACCES"))
        head = os.pread(hfd, 256, 0)
        if head[:2] == b"#!":
            os.close(hfd)
            line = head[2:].split(b"\n")[0].strip(b" \t")
            if not line:
                raise GuestError(ENOEXEC)
            parts = line.split(None, 1)
            return parts[0], (parts[1].strip() if len(parts) > 1 else None)
        if head[:4] != b"\x7fELF":
            os.close(hfd)
            raise GuestError(ENOEXEC)
        try:
            return loader.load_elf(fd=hfd, name=os.fsdecode(gpath))
        except loader.ElfError as e:
            raise ExecError(ENOEXEC, str(e)) from None

    # ---- exit
    def _drop_mm(self, mm, *, program_exit: bool = False) -> None:
        if mm is None:
            return
        if mm.file_maps.maps:
            mm.file_maps.flush(0, 1 << 64, drop=True)
        self.kernel.retire_mm(mm, program_exit=program_exit)
        mm.destroy()

    def _thread_exit_work(self, task: Task) -> None:
        """mm_release and exit_robust_list: clear_child_tid and owner-died futexes."""
        proc = task.process
        if task.robust_list:
            try:
                _exit_robust_list(self, task)
            except GuestError:
                pass
        addr = task.sys_state.tid_address
        if addr and proc.mm is not None:
            try:
                proc.mm.write(addr, bytes(4))
                self.futex_wake(proc.mm, addr, 1)
            except GuestError:
                pass

    def _exit_thread(self, task: Task, quiet: bool = False) -> None:
        if task.state == DEAD:
            return
        if not quiet:
            self._thread_exit_work(task)
        self.sched.remove(task)
        task.process.dead_insts += task.insts
        task.insts = 0
        self.tasks.pop(task.tid, None)

    def exit_thread(self, task: Task, status: int) -> None:
        """exit(2): this thread only; the last one takes the process with it."""
        proc = task.process
        task.exit_status = status
        if len(proc.live_threads) <= 1:
            self.exit_group(proc, (status & 0xFF) << 8)
            return
        self._exit_thread(task)

    def exit_group(self, proc: Process, wait_status: int) -> None:
        """do_group_exit: every thread, then the process becomes a zombie and
        its parent hears of it (SIGCHLD and a wake-up of its wait4)."""
        if proc.state != "alive":
            return
        proc.state = "exiting"
        for t in list(proc.threads):
            self._exit_thread(t)
        proc.wait_status = wait_status
        if wait_status & 0x7f:
            proc.term_signal = wait_status & 0x7f
        else:
            proc.exit_code = (wait_status >> 8) & 0xff
        fds, proc.fds = proc.fds, None
        if fds is not None:
            fds.release_ref()
        mm = proc.mm
        if not any(p.mm is mm for p in self.processes.values() if p is not proc and p.state == "alive"):
            self._drop_mm(mm, program_exit=proc is self.init)
        proc.mm = None
        proc.fs.release_ref()
        self.drop_posix_timers(proc)
        self.vfork_release(proc)
        proc.state = "zombie"
        for c in list(proc.children):      # orphans: no init to reap them, they reap themselves
            c.parent = None
            if c.state == "zombie":
                self._reap(c)
        proc.children.clear()
        parent = proc.parent
        if parent is None or parent.state != "alive":
            self._reap(proc)
            return
        code = CLD_EXITED if not wait_status & 0x7f else (CLD_DUMPED if wait_status & 0x80 else CLD_KILLED)
        status = (wait_status >> 8) & 0xff if code == CLD_EXITED else wait_status & 0x7f
        sh = parent.sighand
        if proc.exit_signal == SIGCHLD and (sh.handlers[SIGCHLD] == abi.SIG_IGN or sh.flags[SIGCHLD] & SA_NOCLDWAIT):
            self._reap(proc)                # do_notify_parent: auto-reap
        elif proc.exit_signal:
            self.send_process(parent, proc.exit_signal, code, sender=proc.pid, status=status)
        parent.childq.wake()

    def drop_posix_timers(self, proc: Process) -> None:
        for t in proc.timers.values():
            t.delete()
            if t in self.sched.timers:
                self.sched.timers.remove(t)
        proc.timers.clear()

    def _reap(self, proc: Process) -> None:
        proc.state = "dead"
        self.processes.pop(proc.pid, None)
        if proc.parent is not None:
            if proc in proc.parent.children:
                proc.parent.children.remove(proc)
            proc.parent.children_insts += proc.dead_insts + proc.children_insts
        if proc.itimer in self.sched.timers:
            self.sched.timers.remove(proc.itimer)
        for t in list(proc.timers.values()):
            if t in self.sched.timers:
                self.sched.timers.remove(t)

    # ---- wait
    def wait(self, task: Task, idtype: str, ident: int, options: int):
        """Find a child to report (do_wait): (child, kind) where kind is
        "exited", "stopped" or "continued"; None with WNOHANG; raises ECHILD
        without matching children and Block to wait for one."""
        proc = task.process
        matched = False
        for c in list(proc.children):
            if idtype == "pid" and c.pid != ident or idtype == "pgid" and c.pgid != ident:
                continue
            clone_child = c.exit_signal != SIGCHLD
            if not options & WALL_ and bool(options & WCLONE_) != clone_child:
                continue
            matched = True
            if c.state == "zombie" and options & WEXITED:
                return c, "exited"
            if c.report == "stopped" and options & WUNTRACED:
                return c, "stopped"
            if c.report == "continued" and options & WCONTINUED:
                return c, "continued"
        if not matched:
            raise GuestError(ECHILD)
        if options & WNOHANG:
            return None
        raise Block("wait", queues=(proc.childq,))

    def reap(self, child: Process) -> None:
        self._reap(child)

    # ---- stop and continue
    def stop(self, proc: Process, signo: int) -> None:
        if proc.stopped or proc.state != "alive":
            return
        proc.stopped = True
        proc.report = "stopped"
        proc.stop_signal = signo
        for t in proc.live_threads:
            self.sched.stop(t)
        self._notify_parent_stop(proc, CLD_STOPPED, signo)

    def cont(self, proc: Process) -> None:
        if not proc.stopped:
            return
        proc.stopped = False
        proc.report = "continued"
        for t in proc.live_threads:
            self.sched.continue_(t)
        self._notify_parent_stop(proc, CLD_CONTINUED, SIGCONT)

    def _notify_parent_stop(self, proc, code, signo):
        parent = proc.parent
        if parent is None or parent.state != "alive":
            return
        if not parent.sighand.flags[SIGCHLD] & SA_NOCLDSTOP:
            self.send_process(parent, SIGCHLD, code, sender=proc.pid, status=signo)
        parent.childq.wake()

    # ---- signals
    def send_process(self, proc: Process, signo: int, code=abi.SI_USER, sender=None, status=None,
                     value=None, thread: Task | None = None, info=None) -> None:
        """send_signal for a process (or one of its threads): the group actions
        of SIGKILL / SIGCONT / stop signals happen now, the rest is queued on a
        thread that does not block it and wakes that thread's interruptible wait."""
        if proc.state != "alive" or signo == 0:
            return
        if signo == SIGKILL:
            self.exit_group(proc, SIGKILL)
            return
        if signo == SIGCONT:
            for t in proc.live_threads:
                t.signals.pending = {s: q for s, q in t.signals.pending.items() if s not in signals._STOP}
            self.cont(proc)
        elif signo in signals._STOP:
            for t in proc.live_threads:
                t.signals.pending.pop(SIGCONT, None)
        if thread is None:
            live = proc.live_threads
            if not live:
                return
            thread = next((t for t in live if not t.signals.blocked & signals.sigbit(signo)), live[0])
        st = thread.signals
        if info is not None:                      # a siginfo made by the caller (a POSIX timer's)
            st.pending.setdefault(signo, []).append(info)
        elif status is not None:
            if not st.blocked & signals.sigbit(signo) and st.is_ignored(signo):
                return
            info = signals.make_siginfo(signo, code, pid=sender if sender is not None else 0, uid=0,
                                        status=status)
            q = st.pending.setdefault(signo, [])
            if signo >= abi.SIGRTMIN or not q:
                q.append(info)
        else:
            signals.send(thread, signo, code, pid=sender if sender is not None else 0, value=value)
        if thread.state == BLOCKED:
            if getattr(thread.block, "sigwait", 0) & signals.sigbit(signo):
                self.sched.wake(thread)           # sigtimedwait takes it when it runs again
            elif st.deliverable(signo):
                self.sched.interrupt(thread)

    def find_process(self, pid: int) -> Process | None:
        p = self.processes.get(pid)
        return p if p is not None and p.state == "alive" else None

    def kill(self, task: Task, pid: int, signo: int) -> None:
        """kill(2): a process, a process group, or every process but the caller."""
        me = task.process
        if pid > 0:
            targets = [self.find_process(pid)]
            if targets[0] is None:
                t = self.tasks.get(pid)       # a thread id names its process too
                targets = [t.process] if t is not None and t.process.state == "alive" else []
        elif pid == -1:
            targets = [p for p in self.processes.values() if p.state == "alive" and p is not me]
        else:
            pgid = me.pgid if pid == 0 else -pid
            targets = [p for p in self.processes.values() if p.state == "alive" and p.pgid == pgid]
        if not targets:
            raise GuestError(ESRCH)
        for p in sorted(targets, key=lambda p: p.pid):
            self.send_process(p, signo, abi.SI_USER, sender=me.pid)

    def tgkill(self, task: Task, tgid: int, tid: int, signo: int) -> None:
        t = self.tasks.get(tid)
        if t is None or t.state == DEAD or (tgid > 0 and t.process.pid != tgid):
            raise GuestError(ESRCH)
        self.send_process(t.process, signo, abi.SI_TKILL, sender=task.process.pid, thread=t)

    # ---- futexes (kernel/futex): wait queues keyed by (mm, address)
    def futex_queue(self, mm, addr: int, create=True):
        qs = self.__dict__.setdefault("_futexes", {})
        key = (id(mm), addr)
        q = qs.get(key)
        if q is None and create:
            q = qs[key] = WaitQueue()
        return q

    def futex_wake(self, mm, addr: int, n: int, bitset: int = 0xffffffff) -> int:
        q = self.futex_queue(mm, addr, create=False)
        if q is None:
            return 0
        woken = 0
        for t in list(q.waiters):
            if woken >= n:
                break
            if getattr(t, "futex_bitset", 0xffffffff) & bitset and self.sched.wake(t, 0):
                woken += 1
        return woken

    def futex_requeue(self, mm, addr: int, n_wake: int, addr2: int, n_requeue: int) -> int:
        woken = self.futex_wake(mm, addr, n_wake)
        q = self.futex_queue(mm, addr, create=False)
        moved = 0
        if q is not None and n_requeue:
            q2 = self.futex_queue(mm, addr2)
            for t in list(q.waiters):
                if moved >= n_requeue:
                    break
                q.waiters.remove(t)
                q2.waiters.append(t)
                t.block.queues = tuple(q2 if x is q else x for x in t.block.queues)
                moved += 1
        return woken + moved

    # ---- statistics
    def reg_stats(self, st) -> None:
        tot = Counter()
        for p in self.all_processes:
            tot.update(p.stats)
        st.add("syscalls", tot["syscalls"], "System calls served by the kernel the program runs on (all processes)")
        st.add("page_faults", tot["page_faults"], "Faults served by demand paging (all processes)")
        st.add("processes", len(self.all_processes), "Processes created (the first one included)")
        st.add("threads", sum(len(p.threads) for p in self.all_processes) + 0, "Threads alive at the end")
        st.add("forks", self.forks, "Processes created by fork, vfork or clone")
        st.add("execs", self.execs, "Successful execve calls")
        st.add("context_switches", self.sched.switches, "Thread switches on the CPU")
        for key in sorted(k for k in tot if k.startswith("syscall.")):
            st.add(key, tot[key], "Calls of this system call")
        if len(self.all_processes) > 1:
            for p in self.all_processes:
                pre = f"process.{p.pid}"
                name = os.path.basename(os.fsdecode(p.exe_guest_path or b"?"))
                st.add(f"{pre}.insts", p.dead_insts + sum(t.insts for t in p.threads),
                       f"Instructions of process {p.pid} ({name})")
                st.add(f"{pre}.syscalls", p.stats["syscalls"], f"System calls of process {p.pid}")


def _host_errno(guest_errno: int) -> int:
    import errno as _e
    from .errors import ERRNO_NAMES
    return getattr(_e, ERRNO_NAMES.get(guest_errno, "EIO"), _e.EIO)


def abi_errno(name: str) -> int:
    from .errors import ERRNO_BY_NAME
    return ERRNO_BY_NAME[name]


def _exit_robust_list(model, task) -> None:
    """exit_robust_list (kernel/futex/core.c): struct robust_list_head
    {next, futex_offset, list_op_pending} of 64-bit words."""
    import struct
    mm = task.mm
    head = task.robust_list
    nxt, off, pending = struct.unpack("<QqQ", mm.read(head, 24))
    seen = 0

    def handle(entry):
        uaddr = (entry + off) & abi.MASK64
        val = int.from_bytes(mm.read(uaddr, 4), "little")
        if val & FUTEX_TID_MASK == task.tid:
            mm.write(uaddr, ((val & FUTEX_WAITERS) | FUTEX_OWNER_DIED).to_bytes(4, "little"))
            if val & FUTEX_WAITERS:
                model.futex_wake(mm, uaddr, 1)

    while nxt != head and seen < ROBUST_LIST_LIMIT:
        entry = nxt
        nxt = struct.unpack("<Q", mm.read(entry, 8))[0]
        if entry != pending:
            handle(entry)
        seen += 1
    if pending:
        handle(pending)


__all__ = ["Process", "Task", "ProcessModel", "BudgetExceeded", "ExecError", "STACK_TOP", "STACK_SIZE"]
