"""--strace: one line per system call on stderr, in qemu-user's -strace form
("PID name(args) = result", errors as "= -1 errno=N (text)").  Arguments are
printed as hexadecimal words, strings for the path arguments of the calls
that take one."""

from __future__ import annotations

import os

from . import abi
from .errors import ERRNO_NAMES, EMAXERRNO

# syscalls whose first (or second, for *at) argument is a path
_PATH_ARG = {"open": 0, "stat": 0, "lstat": 0, "access": 0, "execve": 0, "chdir": 0, "mkdir": 0,
             "rmdir": 0, "unlink": 0, "readlink": 0, "chmod": 0, "chown": 0, "truncate": 0,
             "openat": 1, "newfstatat": 1, "faccessat": 1, "faccessat2": 1, "mkdirat": 1, "unlinkat": 1,
             "readlinkat": 1, "statx": 1, "execveat": 1, "fchmodat": 1, "fchownat": 1, "utimensat": 1}
_NARGS = {"exit": 1, "exit_group": 1, "close": 1, "brk": 1, "getpid": 0, "gettid": 0, "getppid": 0,
          "read": 3, "write": 3, "open": 3, "openat": 4, "mmap": 6, "munmap": 2, "mprotect": 3,
          "wait4": 4, "clone": 5, "execve": 3, "kill": 2, "pipe2": 2, "dup2": 2, "dup3": 3,
          "rt_sigaction": 4, "rt_sigprocmask": 4, "fstat": 2, "ioctl": 3, "lseek": 3}


class Strace:
    def __init__(self, out):
        self.out = out

    def enter(self, proc, name, args):
        n = _NARGS.get(name, 6 if name not in ("getuid", "getgid", "geteuid", "getegid") else 0)
        parts = []
        for i, a in enumerate(args[:n]):
            if _PATH_ARG.get(name) == i and a:
                try:
                    s = proc.mm.read_cstr(a, 256)
                    parts.append('"%s"' % s.decode("utf-8", "backslashreplace"))
                    continue
                except Exception:
                    pass
            parts.append("%d" % abi.s64(a) if abi.s64(a) >= -4096 and abi.s64(a) < 4096 else "0x%x" % a)
        self.out.write("%d %s(%s)" % (getattr(proc, "tid", proc.pid), name, ",".join(parts)))
        self.out.flush()

    def exit(self, proc, result):
        if result is None:
            self.out.write("\n")
        else:
            r = result & abi.MASK64
            if r >= (1 << 64) - EMAXERRNO:
                e = (-r) & abi.MASK64
                self.out.write(" = -1 errno=%d (%s)\n" % (e, _strerror(e)))
            else:
                self.out.write(" = %s\n" % ("0x%x" % r if r > 0xffffffff else "%d" % r))
        self.out.flush()


def _strerror(e):
    import errno as _e
    name = ERRNO_NAMES.get(e)
    host = getattr(_e, name, None) if name else None
    return os.strerror(host) if host is not None else name or "Unknown error"


def enable(kernel, out):
    kernel.strace = Strace(out)
