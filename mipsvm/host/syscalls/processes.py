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
from ..errors import (GuestError, EPERM, ESRCH, EINTR, ECHILD, EAGAIN, EINVAL, ENAMETOOLONG, ETIMEDOUT,
                      EDEADLK, ENOSYS, EOPNOTSUPP)
from .common import EXITED, _read_timespec, _read_u32, _write_u32, syscall
from .time import _block_forever, _clock_now, _sleep

@syscall("exit")
def sys_exit(proc, status, *_):
    return sys_exit_group(proc, status)


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
    return proc.pid


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


@syscall("getpgid")
def sys_getpgid(proc, pid, *_):
    pid = s32(pid)
    if pid not in (0, proc.pid):
        raise GuestError(ESRCH)
    return proc.pid


@syscall("getpgrp")
def sys_getpgrp(proc, *_):
    return proc.pid


@syscall("getsid")
def sys_getsid(proc, pid, *_):
    return sys_getpgid(proc, pid)


@syscall("setpgid")
def sys_setpgid(proc, pid, pgid, *_):
    pid, pgid = s32(pid), s32(pgid)
    if pid not in (0, proc.pid):
        raise GuestError(ESRCH)
    if pgid not in (0, proc.pid):
        raise GuestError(EPERM)
    return 0


@syscall("setsid")
def sys_setsid(proc, *_):
    raise GuestError(EPERM)      # already a process-group leader


@syscall("set_tid_address")
def sys_set_tid_address(proc, ptr, *_):
    proc.sys_state.tid_address = ptr
    return proc.pid


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


@syscall("wait4")
def sys_wait4(proc, *_):
    raise GuestError(ECHILD)


@syscall("waitid")
def sys_waitid(proc, *_):
    raise GuestError(ECHILD)


_FUTEX_TID_MASK = 0x3fffffff


@syscall("futex")
def sys_futex(proc, uaddr, op, val, timeout, uaddr2, val3):
    cmd = op & 0x7f
    val &= 0xffffffff
    if uaddr & 3:
        raise GuestError(EINVAL)
    if cmd in (abi.FUTEX_WAIT, abi.FUTEX_WAIT_BITSET):
        if cmd == abi.FUTEX_WAIT_BITSET and (val3 & 0xffffffff) == 0:
            raise GuestError(EINVAL)
        cur = _read_u32(proc, uaddr)
        if cur != val:
            raise GuestError(EAGAIN)
        if timeout:
            t = _read_timespec(proc, timeout)
            if cmd == abi.FUTEX_WAIT_BITSET:    # absolute
                clk = abi.CLOCK_REALTIME if op & abi.FUTEX_CLOCK_REALTIME else abi.CLOCK_MONOTONIC
                t = max(0, t - _clock_now(proc, clk))
            if _sleep(proc, t):
                return -EINTR
            return -ETIMEDOUT
        return _block_forever(proc, "futex wait")
    if cmd in (abi.FUTEX_WAKE, abi.FUTEX_WAKE_BITSET):
        return 0
    if cmd == abi.FUTEX_REQUEUE:
        return 0
    if cmd == abi.FUTEX_CMP_REQUEUE:
        if _read_u32(proc, uaddr) != (val3 & 0xffffffff):
            raise GuestError(EAGAIN)
        return 0
    if cmd == abi.FUTEX_WAKE_OP:
        v3 = val3 & 0xffffffff
        fop = (v3 >> 28) & 0xf
        oparg = (v3 >> 12) & 0xfff
        if oparg & 0x800:
            oparg -= 0x1000
        if fop & 8:
            fop &= 7
            if not 0 <= oparg <= 31:
                oparg &= 31
            oparg = 1 << oparg
        old = _read_u32(proc, uaddr2)
        if fop == 0:
            new = oparg
        elif fop == 1:
            new = old + oparg
        elif fop == 2:
            new = old | oparg
        elif fop == 3:
            new = old & ~oparg
        elif fop == 4:
            new = old ^ oparg
        else:
            raise GuestError(ENOSYS)
        _write_u32(proc, uaddr2, new)
        return 0
    tid = proc.pid
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
        return _block_forever(proc, "futex lock_pi")
    if cmd == abi.FUTEX_UNLOCK_PI:
        cur = _read_u32(proc, uaddr)
        if cur & _FUTEX_TID_MASK != tid:
            raise GuestError(EPERM)
        _write_u32(proc, uaddr, 0)
        return 0
    raise GuestError(ENOSYS)
