"""Process syscalls: exit, identity, process groups, limits, prctl,
scheduling, wait, futex.

* identity: pid = tid = pgid = sid = ``proc.pid``, ppid = ``proc.ppid``,
  uid/euid/gid/egid = ``proc.uid``/``proc.gid`` (0); setuid and friends
  accept only the current ids.  No children: wait4/waitid give ECHILD.
* rlimits: STACK 8 MiB/inf, CORE 0/inf, NOFILE 1024/4096, NPROC 63535,
  MEMLOCK 8 MiB, MSGQUEUE 819200, SIGPENDING 63535, others infinite
  (common.DEFAULT_RLIMITS); RLIMIT_NOFILE resizes the descriptor table.
* scheduling: one CPU (sched_getaffinity), SCHED_OTHER, nice 0.
* futex: single thread.  FUTEX_WAIT with a different value -> EAGAIN; with a
  timeout -> time advances, ETIMEDOUT; without one nothing could ever wake the
  guest, so it is a deadlock (time.py).  FUTEX_WAKE -> 0, FUTEX_WAKE_OP
  performs the operation and returns 0, PI locks are taken/released directly.
"""

from __future__ import annotations

import os
import struct

from .. import abi
from ..abi import s32
from ..errors import (GuestError, E2BIG, EACCES, EPERM, ESRCH, EINTR, ECHILD, EAGAIN, EINVAL, ENAMETOOLONG,
                      ENOENT, ETIMEDOUT, EDEADLK, ENOSYS, EOPNOTSUPP)
from .. import fs, signals
from ..process import (CLD_CONTINUED, CLD_DUMPED, CLD_EXITED, CLD_KILLED, CLD_STOPPED, WCONTINUED, WEXITED,
                       WNOHANG, WNOWAIT, WUNTRACED, WALL_, WCLONE_, WNOTHREAD_)
from ..sched import Block
from .common import EXITED, NORESULT, _base, _path, _read_timespec, _read_u32, _write_u32, syscall
from .time import _clock_now

WSTOPPED = WUNTRACED

@syscall("exit")
def sys_exit(proc, status, *_):
    model = getattr(proc, "model", None)
    if model is None:
        return sys_exit_group(proc, status)
    model.exit_thread(proc, status & 0xff)
    return EXITED


@syscall("exit_group")
def sys_exit_group(proc, status, *_):
    if proc.mm.file_maps.maps:
        proc.mm.file_maps.flush(0, 1 << 64, drop=True)
    proc.exit_group(status & 0xff)
    return EXITED


@syscall("getpid")
def sys_getpid(proc, *_):
    return proc.pid


@syscall("gettid")
def sys_gettid(proc, *_):
    return getattr(proc, "tid", proc.pid)


def _model(proc):
    model = getattr(proc, "model", None)
    if model is None:
        raise GuestError(ENOSYS)
    return model


@syscall("clone")
def sys_clone(proc, flags, newsp, ptid, tls, ctid, *_):
    # MIPS has CLONE_BACKWARDS: (flags, newsp, parent_tidptr, tls, child_tidptr)
    return _model(proc).clone(proc, flags & 0xffffffff, newsp, ptid, tls, ctid)


@syscall("clone3")
def sys_clone3(proc, uargs, size, *_):
    """struct clone_args: flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls."""
    if size < 64:
        raise GuestError(EINVAL)
    flags, _pidfd, ctid, ptid, esig, stack, ssize, tls = struct.unpack("<8Q", proc.mm.read(uargs, 64))
    if esig & ~0xff or flags & ~0xffffffff:
        raise GuestError(EINVAL)
    return _model(proc).clone(proc, flags | esig, (stack + ssize) if stack else 0, ptid, tls, ctid)


@syscall("fork")
def sys_fork(proc, *_):
    return _model(proc).clone(proc, abi.SIGCHLD, 0, 0, 0, 0)


def _strings(proc, ptr, limit=1 << 20):
    """A NULL-terminated array of string pointers (argv, envp)."""
    out, total = [], 0
    while ptr:
        p = struct.unpack("<Q", proc.mm.read(ptr, 8))[0]
        if not p:
            break
        s = proc.mm.read_cstr(p, 1 << 17)
        total += len(s) + 9
        if total > limit:
            raise GuestError(E2BIG)
        out.append(s)
        ptr += 8
    return out


@syscall("execve")
def sys_execve(proc, path, argv, envp, *_):
    return _execve(proc, abi.AT_FDCWD & abi.MASK64, path, argv, envp, 0)


@syscall("execveat")
def sys_execveat(proc, dirfd, path, argv, envp, flags, *_):
    return _execve(proc, dirfd, path, argv, envp, flags)


def _execve(proc, dirfd, pathp, argvp, envpp, flags):
    from ..process import ExecError
    model = _model(proc)
    path = _path(proc, pathp)
    if not path:
        raise GuestError(ENOENT)
    if not path.startswith(b"/"):
        base = _base(proc, dirfd, path)
        path = fs.normalize_guest_path(path, base) if base != proc.fs.cwd else path
    argv = _strings(proc, argvp)
    envp = _strings(proc, envpp)
    try:
        model.execve(proc, path, argv, envp)
    except ExecError as e:
        if e.args and e.args[0]:
            proc.warn(e.args[0])
        raise GuestError(e.errno)
    return NORESULT


def _wait_status_and_reap(proc, model, child, kind, options, reap_ok):
    if kind == "exited":
        status = child.wait_status
        if reap_ok:
            model.reap(child)
    elif kind == "stopped":
        status = (child.stop_signal << 8) | 0x7f
        if not options & WNOWAIT:
            child.report = None
    else:
        status = 0xffff
        if not options & WNOWAIT:
            child.report = None
    return status


@syscall("wait4")
def sys_wait4(proc, pid, statusp, options, rusage, *_):
    model = getattr(proc, "model", None)
    if model is None:
        raise GuestError(ECHILD)
    pid, options = s32(pid), options & 0xffffffff
    if options & ~(WNOHANG | WUNTRACED | WCONTINUED | WALL_ | WCLONE_ | WNOTHREAD_):
        raise GuestError(EINVAL)
    if pid > 0:
        idtype, ident = "pid", pid
    elif pid == 0:
        idtype, ident = "pgid", proc.process.pgid
    elif pid == -1:
        idtype, ident = "all", 0
    else:
        idtype, ident = "pgid", -pid
    found = model.wait(proc, idtype, ident, options | WEXITED)
    if found is None:
        return 0
    child, kind = found
    insts = child.dead_insts + child.children_insts
    status = _wait_status_and_reap(proc, model, child, kind, options, True)
    if statusp:
        proc.mm.write(statusp, struct.pack("<i", status if status < 1 << 31 else status - (1 << 32)))
    if rusage:
        _write_rusage(proc, rusage, insts if kind == "exited" else 0)
    return child.pid


def _write_rusage(proc, buf, insts):
    out = bytearray(144)
    ns = insts * 1
    abi.TIMEVAL.pack_into(out, 0, ns // 1_000_000_000, (ns // 1000) % 1_000_000)
    proc.mm.write(buf, bytes(out))


@syscall("waitid")
def sys_waitid(proc, idtype, ident, infop, options, rusage, *_):
    model = getattr(proc, "model", None)
    if model is None:
        raise GuestError(ECHILD)
    idtype, ident, options = s32(idtype), s32(ident), options & 0xffffffff
    if options & ~(WNOHANG | WNOWAIT | WEXITED | WSTOPPED | WCONTINUED | WALL_ | WCLONE_ | WNOTHREAD_) \
            or not options & (WEXITED | WSTOPPED | WCONTINUED):
        raise GuestError(EINVAL)
    kinds = {0: "all", 1: "pid", 2: "pgid"}      # P_ALL, P_PID, P_PGID
    if idtype not in kinds or (idtype == 1 and ident <= 0):
        raise GuestError(EINVAL)
    if idtype == 2 and ident == 0:
        ident = proc.process.pgid
    found = model.wait(proc, kinds[idtype], ident, (options & ~WSTOPPED) | (WUNTRACED if options & WSTOPPED else 0))
    info = bytearray(abi.SIGINFO_SIZE)
    if found is not None:
        child, kind = found
        insts = child.dead_insts + child.children_insts
        ws = child.wait_status
        if kind == "exited":
            code = CLD_EXITED if not ws & 0x7f else (CLD_DUMPED if ws & 0x80 else CLD_KILLED)
            st = (ws >> 8) & 0xff if code == CLD_EXITED else ws & 0x7f
        elif kind == "stopped":
            code, st = CLD_STOPPED, child.stop_signal
        else:
            code, st = CLD_CONTINUED, abi.SIGCONT
        info = bytearray(signals.make_siginfo(abi.SIGCHLD, code, pid=child.pid, uid=0, status=st))
        _wait_status_and_reap(proc, model, child, kind, options, not options & WNOWAIT)
        if rusage:
            _write_rusage(proc, rusage, insts if kind == "exited" else 0)
    elif rusage:
        _write_rusage(proc, rusage, 0)
    if infop:
        proc.mm.write(infop, bytes(info))
    return 0


@syscall("getppid")
def sys_getppid(proc, *_):
    return proc.ppid


for _n in ("getuid", "geteuid"):
    syscall(_n)(lambda proc, *_: proc.uid)


for _n in ("getgid", "getegid"):
    syscall(_n)(lambda proc, *_: proc.gid)


@syscall("getresuid")
def sys_getresuid(proc, r, e, s, *_):
    for p in (r, e, s):
        _write_u32(proc, p, proc.uid)
    return 0


@syscall("getresgid")
def sys_getresgid(proc, r, e, s, *_):
    for p in (r, e, s):
        _write_u32(proc, p, proc.gid)
    return 0


@syscall("getgroups")
def sys_getgroups(proc, size, lst, *_):
    if s32(size) < 0:
        raise GuestError(EINVAL)
    return 0


def _set_id(current):
    def fn(proc, *args):
        for a in args[:3]:
            v = s32(a)
            if v != -1 and v != current(proc):
                raise GuestError(EPERM)
        return 0
    return fn


for _n in ("setuid", "setreuid", "setresuid", "setfsuid"):
    syscall(_n)(_set_id(lambda proc: proc.uid))


for _n in ("setgid", "setregid", "setresgid", "setfsgid"):
    syscall(_n)(_set_id(lambda proc: proc.gid))


@syscall("setgroups")
def sys_setgroups(proc, size, lst, *_):
    return 0


def _target(proc, pid):
    """The process pid names (0: the caller)."""
    if pid == 0 or pid == proc.pid:
        return getattr(proc, "process", None) or proc
    model = getattr(proc, "model", None)
    p = model.find_process(pid) if model is not None else None
    if p is None:
        raise GuestError(ESRCH)
    return p


def _pgid(p):
    return getattr(p, "pgid", p.pid)


@syscall("getpgid")
def sys_getpgid(proc, pid, *_):
    return _pgid(_target(proc, s32(pid)))


@syscall("getpgrp")
def sys_getpgrp(proc, *_):
    return _pgid(_target(proc, 0))


@syscall("getsid")
def sys_getsid(proc, pid, *_):
    return getattr(_target(proc, s32(pid)), "sid", proc.pid)


@syscall("setpgid")
def sys_setpgid(proc, pid, pgid, *_):
    """The caller or a child of it, into a group of its session (setpgid in kernel/sys.c)."""
    pid, pgid = s32(pid), s32(pgid)
    if pgid < 0:
        raise GuestError(EINVAL)
    me = getattr(proc, "process", None)
    if me is None:                                 # a process alone
        if pid not in (0, proc.pid):
            raise GuestError(ESRCH)
        if pgid not in (0, proc.pid):
            raise GuestError(EPERM)
        return 0
    p = _target(proc, pid)
    if p is not me and p.parent is not me:
        raise GuestError(ESRCH)
    if p.sid != me.sid or p.pid == p.sid:
        raise GuestError(EPERM)
    if p is not me and getattr(p, "execed", False):
        raise GuestError(EACCES)
    pgid = pgid or p.pid
    if pgid != p.pid and not any(q.pgid == pgid and q.sid == me.sid for q in proc.model.processes.values()):
        raise GuestError(EPERM)
    p.pgid = pgid
    return 0


@syscall("setsid")
def sys_setsid(proc, *_):
    me = getattr(proc, "process", None)
    if me is None or me.pgid == me.pid or any(q.pgid == me.pid for q in proc.model.processes.values()):
        raise GuestError(EPERM)      # already a process-group leader
    me.sid = me.pgid = me.pid
    return me.pid


@syscall("set_tid_address")
def sys_set_tid_address(proc, ptr, *_):
    proc.sys_state.tid_address = ptr
    return getattr(proc, "tid", proc.pid)


@syscall("set_robust_list")
def sys_set_robust_list(proc, head, length, *_):
    if length != 24:                 # sizeof(struct robust_list_head)
        raise GuestError(EINVAL)
    if not hasattr(proc, "robust_list"):
        raise GuestError(ENOSYS)
    proc.robust_list = head
    return 0


@syscall("get_robust_list")
def sys_get_robust_list(proc, pid, headp, lenp, *_):
    model = getattr(proc, "model", None)
    t = proc if s32(pid) == 0 or model is None else model.tasks.get(s32(pid))
    if t is None:
        raise GuestError(ESRCH)
    proc.mm.write(headp, struct.pack("<Q", getattr(t, "robust_list", 0)))
    proc.mm.write(lenp, struct.pack("<Q", 24))
    return 0


@syscall("set_thread_area")
def sys_set_thread_area(proc, addr, *_):
    proc.machine.userlocal = addr
    return 0


def _rlimit_get(proc, res):
    if res >= abi.RLIM_NLIMITS:
        raise GuestError(EINVAL)
    return proc.sys_state.rlimits[res]


def _rlimit_set(proc, res, cur, mx):
    if res >= abi.RLIM_NLIMITS or cur > mx:
        raise GuestError(EINVAL)
    st = proc.sys_state
    if res == abi.RLIMIT_NOFILE and mx > (1 << 20):
        raise GuestError(EPERM)
    st.rlimits[res] = (cur, mx)
    if res == abi.RLIMIT_NOFILE:
        proc.fds.max_fds = max(3, min(cur, 1 << 20))


@syscall("prlimit64")
def sys_prlimit64(proc, pid, res, new, old, *_):
    if s32(pid) not in (0, proc.pid):
        raise GuestError(ESRCH)
    res &= 0xffffffff
    cur = _rlimit_get(proc, res)
    newv = abi.RLIMIT.unpack(proc.mm.read(new, 16)) if new else None
    if old:
        proc.mm.write(old, abi.RLIMIT.pack(*cur))
    if newv is not None:
        _rlimit_set(proc, res, *newv)
    return 0


@syscall("getrlimit")
def sys_getrlimit(proc, res, rl, *_):
    proc.mm.write(rl, abi.RLIMIT.pack(*_rlimit_get(proc, res & 0xffffffff)))
    return 0


@syscall("setrlimit")
def sys_setrlimit(proc, res, rl, *_):
    _rlimit_set(proc, res & 0xffffffff, *abi.RLIMIT.unpack(proc.mm.read(rl, 16)))
    return 0


@syscall("getrusage")
def sys_getrusage(proc, who, buf, *_):
    who = s32(who)
    if who not in (0, -1, 1):     # RUSAGE_SELF, CHILDREN, THREAD
        raise GuestError(EINVAL)
    out = bytearray(144)
    if who != -1:
        ns = proc.clock.cputime_ns()
        abi.TIMEVAL.pack_into(out, 0, ns // 1_000_000_000, (ns // 1000) % 1_000_000)
    proc.mm.write(buf, bytes(out))
    return 0


@syscall("prctl")
def sys_prctl(proc, option, a2, a3, a4, a5, *_):
    st = proc.sys_state
    option = s32(option)
    if option == abi.PR_SET_NAME:
        try:
            st.comm = bytes(proc.mm.read_cstr(a2, 16))[:15]
        except GuestError as e:
            if e.errno != ENAMETOOLONG:
                raise
            st.comm = bytes(proc.mm.read(a2, 15))
        return 0
    if option == abi.PR_GET_NAME:
        name = st.comm
        if name is None:
            a0 = proc.argv[0] if proc.argv else b""
            a0 = os.fsencode(a0) if isinstance(a0, str) else bytes(a0)
            name = os.path.basename(os.fsencode(proc.exe_path or a0))[:15]
        proc.mm.write(a2, name.ljust(16, b"\0"))
        return 0
    if option == abi.PR_SET_PDEATHSIG:
        if not 0 <= s32(a2) < abi.NSIG:
            raise GuestError(EINVAL)
        st.pdeathsig = s32(a2)
        return 0
    if option == abi.PR_GET_PDEATHSIG:
        proc.mm.write(a2, struct.pack("<i", st.pdeathsig))
        return 0
    if option == abi.PR_GET_DUMPABLE:
        return st.dumpable
    if option == abi.PR_SET_DUMPABLE:
        if a2 not in (0, 1):
            raise GuestError(EINVAL)
        st.dumpable = a2
        return 0
    if option == abi.PR_SET_NO_NEW_PRIVS:
        if a2 != 1 or a3 or a4 or a5:
            raise GuestError(EINVAL)
        st.no_new_privs = 1
        return 0
    if option == abi.PR_GET_NO_NEW_PRIVS:
        return st.no_new_privs
    if option == abi.PR_GET_FP_MODE:
        return abi.PR_FP_MODE_FR
    if option == abi.PR_SET_FP_MODE:
        if a2 & ~(abi.PR_FP_MODE_FR | abi.PR_FP_MODE_FRE):
            raise GuestError(EOPNOTSUPP)
        return 0 if a2 == abi.PR_FP_MODE_FR else -EOPNOTSUPP
    raise GuestError(EINVAL)


@syscall("sched_yield")
def sys_sched_yield(proc, *_):
    sched = getattr(proc, "sched", None)
    if sched is not None and sched.runq:
        sched.yield_(proc)
    return 0


@syscall("sched_getaffinity")
def sys_sched_getaffinity(proc, pid, size, ptr, *_):
    if s32(pid) not in (0, proc.pid):
        raise GuestError(ESRCH)
    size &= 0xffffffff
    if size < 8 or size & 7:
        raise GuestError(EINVAL)
    proc.mm.write(ptr, struct.pack("<Q", 1))
    return 8


@syscall("sched_setaffinity")
def sys_sched_setaffinity(proc, pid, size, ptr, *_):
    if s32(pid) not in (0, proc.pid):
        raise GuestError(ESRCH)
    return 0


@syscall("sched_getscheduler")
def sys_sched_getscheduler(proc, pid, *_):
    return 0        # SCHED_OTHER


@syscall("sched_getparam")
def sys_sched_getparam(proc, pid, param, *_):
    proc.mm.write(param, struct.pack("<i", 0))
    return 0


@syscall("sched_setscheduler")
def sys_sched_setscheduler(proc, pid, policy, param, *_):
    if s32(policy) != 0:
        raise GuestError(EPERM)
    return 0


@syscall("sched_get_priority_max")
def sys_sched_get_priority_max(proc, policy, *_):
    return 99 if s32(policy) in (1, 2) else 0


@syscall("sched_get_priority_min")
def sys_sched_get_priority_min(proc, policy, *_):
    return 1 if s32(policy) in (1, 2) else 0


@syscall("getpriority")
def sys_getpriority(proc, which, who, *_):
    return 20         # kernel returns 20 - nice


@syscall("setpriority")
def sys_setpriority(proc, which, who, prio, *_):
    return 0


@syscall("getcpu")
def sys_getcpu(proc, cpu, node, *_):
    if cpu:
        _write_u32(proc, cpu, 0)
    if node:
        _write_u32(proc, node, 0)
    return 0


_FUTEX_TID_MASK = 0x3fffffff
_FUTEX_WAITERS = 0x80000000


def _futex_block(proc, what, uaddr, timeout, absolute, op, bitset=0xffffffff):
    """Sleep on the futex word (woken with 0 by FUTEX_WAKE, -ETIMEDOUT at the deadline)."""
    deadline = None
    if timeout:
        t = _read_timespec(proc, timeout)
        if absolute:
            clk = abi.CLOCK_REALTIME if op & abi.FUTEX_CLOCK_REALTIME else abi.CLOCK_MONOTONIC
            t = max(0, t - _clock_now(proc, clk))
        deadline = proc.clock.monotonic_ns() + t
    model = getattr(proc, "model", None)
    queues = (model.futex_queue(proc.mm, uaddr),) if model is not None else ()
    proc.futex_bitset = bitset
    return Block(what, queues=queues, deadline=deadline, timeout_result=-ETIMEDOUT)


@syscall("futex")
def sys_futex(proc, uaddr, op, val, timeout, uaddr2, val3):
    cmd = op & 0x7f
    val &= 0xffffffff
    model = getattr(proc, "model", None)
    if uaddr & 3:
        raise GuestError(EINVAL)
    if cmd in (abi.FUTEX_WAIT, abi.FUTEX_WAIT_BITSET):
        bitset = 0xffffffff if cmd == abi.FUTEX_WAIT else val3 & 0xffffffff
        if bitset == 0:
            raise GuestError(EINVAL)
        if _read_u32(proc, uaddr) != val:
            raise GuestError(EAGAIN)
        raise _futex_block(proc, "futex wait", uaddr, timeout, cmd == abi.FUTEX_WAIT_BITSET, op, bitset)
    if cmd in (abi.FUTEX_WAKE, abi.FUTEX_WAKE_BITSET):
        bitset = 0xffffffff if cmd == abi.FUTEX_WAKE else val3 & 0xffffffff
        if bitset == 0:
            raise GuestError(EINVAL)
        return model.futex_wake(proc.mm, uaddr, val, bitset) if model is not None else 0
    if cmd in (abi.FUTEX_REQUEUE, abi.FUTEX_CMP_REQUEUE):
        if cmd == abi.FUTEX_CMP_REQUEUE and _read_u32(proc, uaddr) != (val3 & 0xffffffff):
            raise GuestError(EAGAIN)
        n2 = timeout & 0xffffffff          # val2 travels in the timeout argument
        return model.futex_requeue(proc.mm, uaddr, val, uaddr2, n2) if model is not None else 0
    if cmd == abi.FUTEX_WAKE_OP:
        v3 = val3 & 0xffffffff
        fop = (v3 >> 28) & 0xf
        cmp = (v3 >> 24) & 0xf
        oparg = (v3 >> 12) & 0xfff
        cmparg = v3 & 0xfff
        if oparg & 0x800:
            oparg -= 0x1000
        if cmparg & 0x800:
            cmparg -= 0x1000
        if fop & 8:
            fop &= 7
            if not 0 <= oparg <= 31:
                oparg &= 31
            oparg = 1 << oparg
        old = _read_u32(proc, uaddr2)
        ops = {0: lambda o: oparg, 1: lambda o: o + oparg, 2: lambda o: o | oparg,
               3: lambda o: o & ~oparg, 4: lambda o: o ^ oparg}
        if fop not in ops:
            raise GuestError(ENOSYS)
        _write_u32(proc, uaddr2, ops[fop](old))
        if model is None:
            return 0
        n = model.futex_wake(proc.mm, uaddr, val)
        so = old - (1 << 32) if old & 0x80000000 else old
        tests = {0: so == cmparg, 1: so != cmparg, 2: so < cmparg, 3: so <= cmparg, 4: so > cmparg,
                 5: so >= cmparg}
        if tests.get(cmp, False):
            n += model.futex_wake(proc.mm, uaddr2, timeout & 0xffffffff)
        return n
    tid = getattr(proc, "tid", proc.pid)
    if cmd in (abi.FUTEX_LOCK_PI, abi.FUTEX_TRYLOCK_PI, 13):    # 13: FUTEX_LOCK_PI2
        cur = _read_u32(proc, uaddr)
        owner = cur & _FUTEX_TID_MASK
        if owner == 0:
            _write_u32(proc, uaddr, (cur & ~_FUTEX_TID_MASK) | tid)
            return 0
        if owner == tid:
            raise GuestError(EDEADLK)
        if cmd == abi.FUTEX_TRYLOCK_PI:
            raise GuestError(EAGAIN)
        _write_u32(proc, uaddr, cur | _FUTEX_WAITERS)
        b = _futex_block(proc, "futex lock_pi", uaddr, timeout, True, abi.FUTEX_CLOCK_REALTIME)
        b.timeout_result = -ETIMEDOUT
        proc.pi_retry = True            # woken: take the lock when the syscall runs again
        raise b
    if cmd == abi.FUTEX_UNLOCK_PI:
        cur = _read_u32(proc, uaddr)
        if cur & _FUTEX_TID_MASK != tid:
            raise GuestError(EPERM)
        _write_u32(proc, uaddr, 0)
        if model is not None:
            q = model.futex_queue(proc.mm, uaddr, create=False)
            if q is not None:
                q.wake(1)               # restarts its FUTEX_LOCK_PI, which takes the free lock
        return 0
    raise GuestError(ENOSYS)
