"""What every syscall family shares: the table and its decorator, the
per-process state of the layer, and the helpers that read arguments."""

from __future__ import annotations

import struct

from .. import abi, fs
from ..abi import s32
from ..errors import GuestError, EFAULT, EINVAL, ENAMETOOLONG, ENOTDIR

NORESULT = object()        # handler already set the registers (rt_sigreturn)
EXITED = object()          # the process ended (exit, exit_group)

_RLIM_INF = abi.RLIM_INFINITY
DEFAULT_RLIMITS = {
    abi.RLIMIT_CPU: (_RLIM_INF, _RLIM_INF), abi.RLIMIT_FSIZE: (_RLIM_INF, _RLIM_INF),
    abi.RLIMIT_DATA: (_RLIM_INF, _RLIM_INF), abi.RLIMIT_STACK: (8 << 20, _RLIM_INF),
    abi.RLIMIT_CORE: (0, _RLIM_INF), abi.RLIMIT_NOFILE: (1024, 4096),
    abi.RLIMIT_AS: (_RLIM_INF, _RLIM_INF), abi.RLIMIT_RSS: (_RLIM_INF, _RLIM_INF),
    abi.RLIMIT_NPROC: (63535, 63535), abi.RLIMIT_MEMLOCK: (8 << 20, 8 << 20),
    abi.RLIMIT_LOCKS: (_RLIM_INF, _RLIM_INF), abi.RLIMIT_SIGPENDING: (63535, 63535),
    abi.RLIMIT_MSGQUEUE: (819200, 819200), abi.RLIMIT_NICE: (0, 0),
    abi.RLIMIT_RTPRIO: (0, 0), abi.RLIMIT_RTTIME: (_RLIM_INF, _RLIM_INF),
}


class SysState:
    """What the syscall layer keeps per process (Process.sys_state)."""

    def __init__(self):
        self.warned = set()
        self.rlimits = dict(DEFAULT_RLIMITS)
        self.tid_address = 0
        self.comm = None
        self.pdeathsig = 0
        self.dumpable = 1
        self.no_new_privs = 0
        self.suspend_mask = None       # set by rt_sigsuspend/pause for dispatch
        self.exit_hook_installed = False

    @classmethod
    def for_process(cls, parent):
        """fork: limits and name inherited."""
        s = cls()
        s.rlimits = dict(parent.rlimits)
        s.comm, s.pdeathsig, s.dumpable, s.no_new_privs = parent.comm, 0, parent.dumpable, parent.no_new_privs
        s.warned = parent.warned
        return s

    @classmethod
    def for_thread(cls, parent):
        """A thread of the same process: limits and warnings shared, the rest its own."""
        s = cls()
        s.rlimits, s.warned = parent.rlimits, parent.warned
        s.comm, s.dumpable, s.no_new_privs = parent.comm, parent.dumpable, parent.no_new_privs
        s.exit_hook_installed = parent.exit_hook_installed
        return s


TABLE = {}      # full syscall number -> (name, handler)


def syscall(name):
    def deco(fn):
        TABLE[abi.SYSCALL_NUMBERS[name]] = (name, fn)
        return fn
    return deco


def _fd(proc, fd):
    return proc.fds.get(s32(fd))


def _path(proc, ptr):
    if ptr == 0:
        raise GuestError(EFAULT)
    p = proc.mm.read_cstr(ptr, fs.PATH_MAX)
    if len(p) >= fs.PATH_MAX:
        raise GuestError(ENAMETOOLONG)
    return bytes(p)


def _base(proc, dirfd, path):
    """Guest directory relative paths start from (cwd or the directory of dirfd)."""
    if path.startswith(b"/"):
        return proc.fs.cwd
    dirfd = s32(dirfd)
    if dirfd == abi.AT_FDCWD:
        return proc.fs.cwd
    f = proc.fds.get(dirfd)
    if not f.is_dir or not f.guest_path:
        raise GuestError(ENOTDIR)
    return f.guest_path


def _gpath(proc, path, base):
    return fs.normalize_guest_path(path, base)


def _read_u32(proc, addr):
    return struct.unpack("<I", proc.mm.read(addr, 4))[0]


def _write_u32(proc, addr, v):
    proc.mm.write(addr, struct.pack("<I", v & 0xffffffff))


def _read_timespec(proc, addr):
    sec, nsec = abi.TIMESPEC.unpack(proc.mm.read(addr, 16))
    if sec < 0 or not 0 <= nsec < 1_000_000_000:
        raise GuestError(EINVAL)
    return sec * 1_000_000_000 + nsec


def _write_timespec(proc, addr, ns):
    proc.mm.write(addr, abi.TIMESPEC.pack(ns // 1_000_000_000, ns % 1_000_000_000))
