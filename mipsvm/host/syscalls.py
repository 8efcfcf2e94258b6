"""The Linux MIPS64 n64 system call layer.

``dispatch(proc)`` serves one SYSCALL exception: the number is in $v0
(5000 + n64 number), the arguments in $a0..$a5.  Handlers return a plain
integer (or raise ``GuestError``); dispatch then applies the MIPS kernel's
convention (arch/mips/kernel/scall64-n64.S): a raw result r with
``(unsigned)r >= -EMAXERRNO`` (i.e. -1133..-1) is an error: $v0 = -r and
$a3 = 1; anything else is success: $v0 = r, $a3 = 0.  Only $v0 and $a3 are
written (and $v1 for the old-style ``pipe``), as qemu does.

Unknown or unimplemented syscalls return ENOSYS and print exactly one
``mipsvm: warning: unsupported syscall NAME (NUMBER)`` per distinct number,
except ``set_robust_list`` and ``rseq``, which return ENOSYS silently exactly
like qemu-mips64el 7.2 (glibc copes).  fork/vfork/clone/clone3/execve/execveat
are in that unsupported group (ENOSYS + warning).

Documented choices (deterministic stand-ins for host facts):
* identity: pid = tid = pgid = sid = ``proc.pid``; ppid = ``proc.ppid`` or pid-1;
  uid/euid/gid/egid = 0 (``proc.uid``/``proc.gid`` override).
* uname: "Linux", nodename "mipsvm", release "6.1.0", version "#1 SMP",
  machine "mips64", domainname "(none)"; ``proc.uname`` (a dict) overrides
  fields.  (qemu reports the host's release/nodename, which is not reproducible.)
* time: CLOCK_REALTIME = ``proc.clock_ns()`` plus the time the guest slept;
  CLOCK_MONOTONIC/BOOTTIME start at 100 s when the first syscall is made and
  advance with the simulated clock and sleeps; CPU-time clocks are
  ``proc.clock_ns()`` deltas without sleeps.  nanosleep/clock_nanosleep/poll
  timeouts/futex timeouts advance simulated time instead of sleeping (through
  ``proc.advance_clock(ns)`` if the Process has one, else a private offset).
* sysinfo: totalram = ``proc.mem_size`` or ``proc.core.mem_size`` (default
  1 GiB), freeram = half, no
  swap, procs = 1, mem_unit = 1.  sched_getaffinity: one CPU.
* rlimits: STACK 8 MiB/inf, CORE 0/inf, NOFILE 1024/4096, NPROC 63535,
  MEMLOCK 8 MiB, MSGQUEUE 819200, SIGPENDING 63535, others infinite.
* futex: single thread.  FUTEX_WAIT with a different value -> EAGAIN; with a
  timeout -> time advances, ETIMEDOUT; without one nothing could ever wake the
  guest, so it is reported as a deadlock (warning, then SIGKILL).  The same
  deadlock rule applies to pause/sigsuspend/poll without fds or timers.
  FUTEX_WAKE -> 0, FUTEX_WAKE_OP performs the operation and returns 0, PI
  locks are taken/released directly.
* mmap of files: memory is mapped anonymous and the file bytes are copied in.
  MAP_SHARED file mappings are kept coherent with the file at syscall
  boundaries: before and after any read/write/pread/pwrite/ftruncate/
  sendfile/... on that file, and on msync, munmap, MAP_FIXED replacement,
  exit and death by signal, the bytes the guest changed are written back
  (never past EOF) and the mappings reloaded.  Two mappings of one file see
  each other's stores only at such points.  mremap of a shared mapping writes
  it back and keeps the moved copy private.  Pages past EOF read as zeros
  (Linux would raise SIGBUS).
* poll/select: host descriptors are polled on the host; waiting only blocks on
  the host when a pipe/tty/socket is involved, otherwise simulated time advances.
* ioctl: TCGETS/TCSETS*/TIOCGWINSZ/TIOCSWINSZ/TIOCGPGRP/TIOCSPGRP/FIONREAD go to
  the host descriptor (termios converted to the MIPS layout), FIONBIO, FIOCLEX,
  FIONCLEX are handled locally, anything else is ENOTTY.
* Virtual files: /dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom
  (bytes from ``proc.rng``), /dev/stdin|stdout|stderr and /proc/self/fd/0..2
  (dups of fds 0..2); readlink of /proc/self/exe gives ``proc.exe_guest_path``
  and open of it opens ``proc.exe_path`` read-only; readlink of /proc/self/fd/N.
"""

import os
import struct

from . import abi, filemap, fs, signals
from .abi import s32, s64, MASK64, PAGE_SIZE
from .errors import (GuestError, from_oserror, EMAXERRNO, EPERM, ENOENT, ESRCH, EINTR, EBADF, ECHILD,
                     EAGAIN, ENOMEM, EACCES, EFAULT, ENOTDIR, EINVAL, ENOTTY, ESPIPE, EPIPE, ERANGE,
                     ENOSYS, ENAMETOOLONG, ETIMEDOUT, EDEADLK, ENODEV, EOPNOTSUPP)

NORESULT = object()        # handler already set the registers (rt_sigreturn)
EXITED = object()          # the process ended (exit, exit_group)

SILENT_ENOSYS = {abi.SYSCALL_NUMBERS["set_robust_list"], abi.SYSCALL_NUMBERS["rseq"]}

UNAME = {
    "sysname": b"Linux", "nodename": b"mipsvm", "release": b"6.1.0", "version": b"#1 SMP",
    "machine": b"mips64", "domainname": b"(none)",
}

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


# ---------------------------------------------------------------------------
# Per-process state of this layer

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


def _bump(stats, key):
    stats[key] = stats.get(key, 0) + 1


# ---------------------------------------------------------------------------
# Dispatch

TABLE = {}      # full syscall number -> (name, handler)


def syscall(name):
    def deco(fn):
        TABLE[abi.SYSCALL_NUMBERS[name]] = (name, fn)
        return fn
    return deco


def dispatch(proc):
    m = proc.machine
    nr = m.get_gpr(abi.REG_V0)
    entry = TABLE.get(nr)
    stats = proc.stats
    _bump(stats, "syscalls")
    st = proc.sys_state
    proc.clock.start()
    if entry is None:
        name = abi.SYSCALL_NAMES.get(nr - abi.SYSCALL_BASE, "unknown") \
            if nr >= abi.SYSCALL_BASE else "unknown"
        _bump(stats, "syscall." + name)
        if nr not in SILENT_ENOSYS and nr not in st.warned:
            st.warned.add(nr)
            proc.warn("unsupported syscall %s (%d)" % (name, nr))
        result = -ENOSYS
    else:
        name, fn = entry
        _bump(stats, "syscall." + name)
        args = (m.get_gpr(4), m.get_gpr(5), m.get_gpr(6), m.get_gpr(7), m.get_gpr(8), m.get_gpr(9))
        file_maps = proc.mm.file_maps
        mapped, after = _mapped_keys(proc, name, args) if file_maps.maps else ((), None)
        for key in mapped:
            file_maps.sync(key)
        try:
            result = fn(proc, *args)
        except GuestError as e:
            result = -e.errno
        except OSError as e:          # a host call a handler did not wrap
            result = -from_oserror(e).errno
        if after:
            for key in mapped:
                file_maps.sync(key)
    if result is EXITED:
        return
    if result is not NORESULT:
        v1 = None
        if isinstance(result, tuple):
            result, v1 = result
        r = result & MASK64
        if r >= (1 << 64) - EMAXERRNO:
            m.set_gpr(abi.REG_V0, (-r) & MASK64)
            m.set_gpr(abi.REG_A3, 1)
        else:
            m.set_gpr(abi.REG_V0, r)
            m.set_gpr(abi.REG_A3, 0)
            if v1 is not None:
                m.set_gpr(abi.REG_V1, v1 & MASK64)
    saved = st.suspend_mask
    st.suspend_mask = None
    sigs = proc.signals
    if saved is not None:
        before = sigs.frames
        if signals.deliver_pending(proc, saved_mask=saved):
            return
        if sigs.frames == before:
            sigs.set_blocked(saved)
        return
    signals.deliver_pending(proc)


# ---------------------------------------------------------------------------
# helpers

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


def _deadlock(proc, what):
    proc.warn("%s would wait forever (single-threaded guest, nothing can wake it); killing it" % what)
    signals.terminate(proc, abi.SIGKILL)
    return EXITED


def _alarm_before(proc, ns_from_now, extra=0):
    """Deadline (monotonic ns) of an armed ITIMER_REAL that ends a wait of
    ns_from_now (None: unbounded).  It only counts when SIGALRM would be acted
    on (unblocked and not ignored) or is among ``extra`` (sigtimedwait's set)."""
    sigs, clock = proc.signals, proc.clock
    if clock.itimer_deadline is None:
        return None
    bit = signals.sigbit(abi.SIGALRM)
    if not extra & bit and (sigs.blocked & bit or sigs.is_ignored(abi.SIGALRM)):
        return None
    if ns_from_now is not None and clock.itimer_deadline > clock.monotonic_ns() + ns_from_now:
        return None
    return clock.itimer_deadline


def _sleep(proc, ns, extra=0):
    """Advance simulated time by ns; returns the ns left when ITIMER_REAL interrupts."""
    dl = _alarm_before(proc, ns, extra)
    if dl is None:
        proc.clock.advance(ns)
        return 0
    step = max(0, dl - proc.clock.monotonic_ns())
    proc.clock.advance(step)
    signals.check_timers(proc)
    return max(1, ns - step)


def _block_forever(proc, what, extra=0):
    """Wait with no timeout: only ITIMER_REAL can end it (-EINTR), else deadlock."""
    dl = _alarm_before(proc, None, extra)
    if dl is None:
        return _deadlock(proc, what)
    proc.clock.advance(max(0, dl - proc.clock.monotonic_ns()))
    signals.check_timers(proc)
    return -EINTR


# ---------------------------------------------------------------------------
# Virtual files

def _special_open(proc, gpath, flags):
    mk = fs.VIRTUAL_DEVICES.get(gpath)
    if mk is not None:
        return mk(proc.rng, flags & ~(abi.O_CREAT | abi.O_EXCL | abi.O_TRUNC | abi.O_CLOEXEC), gpath)
    fd = fs.STDIO_ALIASES.get(gpath)
    if fd is not None:
        return proc.fds.get(fd)
    if gpath in (b"/proc/self/exe", b"/proc/%d/exe" % proc.pid):
        if not proc.exe_path:
            raise GuestError(ENOENT)
        try:
            hfd = os.open(proc.exe_path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as e:
            raise from_oserror(e)
        return fs.HostFile(hfd, abi.O_RDONLY | abi.O_LARGEFILE, gpath)
    return None


def _special_stat(proc, gpath):
    f = None
    if gpath in fs.VIRTUAL_DEVICES or gpath in fs.STDIO_ALIASES:
        f = _special_open(proc, gpath, abi.O_RDONLY)
        return f.fstat(), f
    return None


# ---------------------------------------------------------------------------
# read / write

@syscall("read")
def sys_read(proc, fd, buf, count, *_):
    f = _fd(proc, fd)
    if not f.readable():
        raise GuestError(EBADF)
    if count == 0:
        return 0
    data = f.read(min(count, fs.MAX_RW_COUNT))
    if data:
        proc.mm.write(buf, data)
    return len(data)


def _write_file(proc, f, data):
    try:
        return f.write(data)
    except GuestError as e:
        if e.errno == EPIPE:
            signals.send(proc, abi.SIGPIPE, abi.SI_USER, pid=proc.pid)
        raise


@syscall("write")
def sys_write(proc, fd, buf, count, *_):
    f = _fd(proc, fd)
    if not f.writable():
        raise GuestError(EBADF)
    if count == 0:
        return 0
    data = proc.mm.read(buf, min(count, fs.MAX_RW_COUNT))
    return _write_file(proc, f, data)


def _iovecs(proc, iov, cnt):
    cnt = s32(cnt)
    if cnt < 0 or cnt > 1024:
        raise GuestError(EINVAL)
    if cnt == 0:
        return []
    raw = proc.mm.read(iov, cnt * 16)
    out = []
    total = 0
    for i in range(cnt):
        base, length = abi.IOVEC.unpack_from(raw, i * 16)
        if length > (1 << 63) - 1:
            raise GuestError(EINVAL)
        total += length
        if total > (1 << 63) - 1:
            raise GuestError(EINVAL)
        out.append((base, length))
    return out


def _scatter(proc, vecs, data):
    pos = 0
    for base, length in vecs:
        if pos >= len(data):
            break
        chunk = data[pos:pos + length]
        if chunk:
            proc.mm.write(base, chunk)
        pos += len(chunk)


def _gather(proc, vecs):
    parts = []
    total = 0
    for base, length in vecs:
        length = min(length, fs.MAX_RW_COUNT - total)
        if length <= 0:
            break
        parts.append(proc.mm.read(base, length))
        total += length
    return b"".join(parts)


@syscall("readv")
def sys_readv(proc, fd, iov, cnt, *_):
    f = _fd(proc, fd)
    if not f.readable():
        raise GuestError(EBADF)
    vecs = _iovecs(proc, iov, cnt)
    total = sum(l for _, l in vecs)
    if total == 0:
        return 0
    data = f.read(min(total, fs.MAX_RW_COUNT))
    _scatter(proc, vecs, data)
    return len(data)


@syscall("writev")
def sys_writev(proc, fd, iov, cnt, *_):
    f = _fd(proc, fd)
    if not f.writable():
        raise GuestError(EBADF)
    data = _gather(proc, _iovecs(proc, iov, cnt))
    if not data:
        return 0
    return _write_file(proc, f, data)


@syscall("pread64")
def sys_pread64(proc, fd, buf, count, off, *_):
    f = _fd(proc, fd)
    if not f.readable():
        raise GuestError(EBADF)
    off = s64(off)
    if off < 0:
        raise GuestError(EINVAL)
    if count == 0:
        return 0
    data = f.pread(min(count, fs.MAX_RW_COUNT), off)
    if data:
        proc.mm.write(buf, data)
    return len(data)


@syscall("pwrite64")
def sys_pwrite64(proc, fd, buf, count, off, *_):
    f = _fd(proc, fd)
    if not f.writable():
        raise GuestError(EBADF)
    off = s64(off)
    if off < 0:
        raise GuestError(EINVAL)
    if count == 0:
        return 0
    return f.pwrite(proc.mm.read(buf, min(count, fs.MAX_RW_COUNT)), off)


@syscall("preadv")
def sys_preadv(proc, fd, iov, cnt, off, *_):
    f = _fd(proc, fd)
    if not f.readable():
        raise GuestError(EBADF)
    off = s64(off)
    if off < 0:
        raise GuestError(EINVAL)
    vecs = _iovecs(proc, iov, cnt)
    total = sum(l for _, l in vecs)
    if total == 0:
        return 0
    data = f.pread(min(total, fs.MAX_RW_COUNT), off)
    _scatter(proc, vecs, data)
    return len(data)


@syscall("pwritev")
def sys_pwritev(proc, fd, iov, cnt, off, *_):
    f = _fd(proc, fd)
    if not f.writable():
        raise GuestError(EBADF)
    off = s64(off)
    if off < 0:
        raise GuestError(EINVAL)
    data = _gather(proc, _iovecs(proc, iov, cnt))
    if not data:
        return 0
    return f.pwrite(data, off)


@syscall("lseek")
def sys_lseek(proc, fd, off, whence, *_):
    f = _fd(proc, fd)
    whence = s32(whence)
    if whence not in (0, 1, 2, 3, 4):
        raise GuestError(EINVAL)
    return f.lseek(s64(off), whence)


@syscall("sendfile")
def sys_sendfile(proc, out_fd, in_fd, offp, count, *_):
    fin = _fd(proc, in_fd)
    fout = _fd(proc, out_fd)
    if not fin.readable() or not fout.writable():
        raise GuestError(EBADF)
    if fout.flags & abi.O_APPEND:
        raise GuestError(EINVAL)
    count = min(count, fs.MAX_IO_CHUNK)
    if count == 0:
        return 0
    if offp:
        off = s64(struct.unpack("<Q", proc.mm.read(offp, 8))[0])
        if off < 0:
            raise GuestError(EINVAL)
        data = fin.pread(count, off)
    else:
        data = fin.read(count)
    n = _write_file(proc, fout, data) if data else 0
    if offp:
        proc.mm.write(offp, struct.pack("<q", off + n))
    elif n < len(data):
        try:
            fin.lseek(n - len(data), abi.SEEK_CUR)
        except GuestError:
            pass
    return n


@syscall("copy_file_range")
def sys_copy_file_range(proc, fd_in, off_in, fd_out, off_out, length, flags):
    if flags:
        raise GuestError(EINVAL)
    fin = _fd(proc, fd_in)
    fout = _fd(proc, fd_out)
    if not fin.readable() or not fout.writable():
        raise GuestError(EBADF)
    length = min(length, fs.MAX_IO_CHUNK)
    if off_in:
        oi = s64(struct.unpack("<Q", proc.mm.read(off_in, 8))[0])
        data = fin.pread(length, oi)
    else:
        data = fin.read(length)
    if off_out:
        oo = s64(struct.unpack("<Q", proc.mm.read(off_out, 8))[0])
        n = fout.pwrite(data, oo) if data else 0
        proc.mm.write(off_out, struct.pack("<q", oo + n))
    else:
        n = _write_file(proc, fout, data) if data else 0
    if off_in:
        proc.mm.write(off_in, struct.pack("<q", oi + n))
    return n


# ---------------------------------------------------------------------------
# open / close / dup / fcntl

def _do_open(proc, dirfd, pathptr, flags, mode):
    path = _path(proc, pathptr)
    flags &= 0xffffffff
    base = _base(proc, dirfd, path)
    gpath = _gpath(proc, path, base)
    cloexec = bool(flags & abi.O_CLOEXEC)
    f = _special_open(proc, gpath, flags)
    if f is None:
        hflags = fs.guest_to_host_oflags(flags)
        if flags & abi.O__TMPFILE and not flags & abi.O_DIRECTORY:
            raise GuestError(EINVAL)
        hfd, canonical = proc.fs.open(path, hflags, mode & 0o7777, base)
        keep = flags & ~(abi.O_CREAT | abi.O_EXCL | abi.O_NOCTTY | abi.O_TRUNC | abi.O_CLOEXEC)
        f = fs.HostFile(hfd, keep | abi.O_LARGEFILE, canonical)
    try:
        return proc.fds.install(f, cloexec)
    except GuestError:
        if f.refs == 0:
            f.release()
        raise


@syscall("open")
def sys_open(proc, path, flags, mode, *_):
    return _do_open(proc, abi.AT_FDCWD & MASK64, path, flags, mode)


@syscall("openat")
def sys_openat(proc, dirfd, path, flags, mode, *_):
    return _do_open(proc, dirfd, path, flags, mode)


@syscall("creat")
def sys_creat(proc, path, mode, *_):
    return _do_open(proc, abi.AT_FDCWD & MASK64, path,
                    abi.O_CREAT | abi.O_WRONLY | abi.O_TRUNC, mode)


@syscall("close")
def sys_close(proc, fd, *_):
    proc.fds.close(s32(fd))
    return 0


@syscall("close_range")
def sys_close_range(proc, first, last, flags, *_):
    first &= 0xffffffff
    last &= 0xffffffff
    if first > last or flags & ~(1 << 2 | 1 << 1):
        raise GuestError(EINVAL)
    for fd in proc.fds.fds():
        if first <= fd <= last:
            if flags & (1 << 2):          # CLOSE_RANGE_CLOEXEC
                proc.fds.set_cloexec(fd, True)
            else:
                proc.fds.close(fd)
    return 0


@syscall("dup")
def sys_dup(proc, fd, *_):
    return proc.fds.dup(s32(fd))


@syscall("dup2")
def sys_dup2(proc, old, new, *_):
    return proc.fds.dup2(s32(old), s32(new))


@syscall("dup3")
def sys_dup3(proc, old, new, flags, *_):
    old, new = s32(old), s32(new)
    if flags & ~abi.O_CLOEXEC or old == new:
        raise GuestError(EINVAL)
    return proc.fds.dup2(old, new, bool(flags & abi.O_CLOEXEC))


def _status_flags(f):
    if isinstance(f, fs.HostFile) and not f.owned:
        return f.get_host_flags()
    return f.flags


@syscall("fcntl")
def sys_fcntl(proc, fd, cmd, arg, *_):
    fd = s32(fd)
    cmd = s32(cmd)
    f = proc.fds.get(fd)
    if cmd in (abi.F_DUPFD, abi.F_DUPFD_CLOEXEC):
        lo = s32(arg)
        if lo < 0 or lo >= proc.fds.max_fds:
            raise GuestError(EINVAL)
        return proc.fds.dup(fd, lo, cmd == abi.F_DUPFD_CLOEXEC)
    if cmd == abi.F_GETFD:
        return abi.FD_CLOEXEC if proc.fds.get_cloexec(fd) else 0
    if cmd == abi.F_SETFD:
        proc.fds.set_cloexec(fd, arg & abi.FD_CLOEXEC)
        return 0
    if cmd == abi.F_GETFL:
        return _status_flags(f)
    if cmd == abi.F_SETFL:
        f.set_status_flags(arg & 0xffffffff)
        return 0
    if cmd in (abi.F_GETLK, abi.F_OFD_GETLK):
        raw = bytearray(proc.mm.read(arg, abi.FLOCK.size))
        ltype = struct.unpack_from("<h", raw, 0)[0]
        if ltype not in (abi.F_RDLCK, abi.F_WRLCK, abi.F_UNLCK):
            raise GuestError(EINVAL)
        struct.pack_into("<h", raw, 0, abi.F_UNLCK)
        proc.mm.write(arg, bytes(raw))
        return 0
    if cmd in (abi.F_SETLK, abi.F_SETLKW, abi.F_OFD_SETLK, abi.F_OFD_SETLKW):
        raw = proc.mm.read(arg, abi.FLOCK.size)
        ltype = struct.unpack_from("<h", raw, 0)[0]
        if ltype not in (abi.F_RDLCK, abi.F_WRLCK, abi.F_UNLCK):
            raise GuestError(EINVAL)
        if ltype == abi.F_RDLCK and not f.readable() or ltype == abi.F_WRLCK and not f.writable():
            raise GuestError(EBADF)
        return 0                  # one process: every lock is granted
    if cmd in (abi.F_GETOWN, abi.F_SETOWN, abi.F_GETSIG, abi.F_SETSIG):
        return 0
    if cmd == abi.F_GETLEASE:
        return abi.F_UNLCK
    if cmd == abi.F_GETPIPE_SZ:
        if f.host_fd is not None:
            try:
                import fcntl
                return fcntl.fcntl(f.host_fd, getattr(fcntl, "F_GETPIPE_SZ", 1032))
            except OSError as e:
                raise from_oserror(e)
        raise GuestError(EBADF)
    if cmd == abi.F_SETPIPE_SZ:
        if f.host_fd is not None:
            try:
                import fcntl
                return fcntl.fcntl(f.host_fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), s32(arg))
            except OSError as e:
                raise from_oserror(e)
        raise GuestError(EBADF)
    raise GuestError(EINVAL)


@syscall("flock")
def sys_flock(proc, fd, op, *_):
    _fd(proc, fd)
    return 0


@syscall("pipe")
def sys_pipe(proc, *_):
    r, w = _make_pipe(proc, 0)
    return r, w               # MIPS: fd[0] in $v0, fd[1] in $v1


@syscall("pipe2")
def sys_pipe2(proc, fds_ptr, flags, *_):
    flags &= 0xffffffff
    if flags & ~(abi.O_CLOEXEC | abi.O_NONBLOCK | abi.O_DIRECT):
        raise GuestError(EINVAL)
    r, w = _make_pipe(proc, flags)
    try:
        proc.mm.write(fds_ptr, struct.pack("<ii", r, w))
    except GuestError:
        proc.fds.close(r)
        proc.fds.close(w)
        raise
    return 0


def _make_pipe(proc, flags):
    hflags = os.O_CLOEXEC | (os.O_NONBLOCK if flags & abi.O_NONBLOCK else 0)
    try:
        hr, hw = os.pipe2(hflags)
    except OSError as e:
        raise from_oserror(e)
    st = flags & abi.O_NONBLOCK
    fr = fs.HostFile(hr, abi.O_RDONLY | st, b"")
    fw = fs.HostFile(hw, abi.O_WRONLY | st, b"")
    cloexec = bool(flags & abi.O_CLOEXEC)
    try:
        r = proc.fds.install(fr, cloexec)
    except GuestError:
        fr.release()
        fw.release()
        raise
    try:
        w = proc.fds.install(fw, cloexec)
    except GuestError:
        proc.fds.close(r)
        fw.release()
        raise
    return r, w


# ---------------------------------------------------------------------------
# ioctl

def _host_tcgets(hfd):
    import fcntl
    import termios
    raw = fcntl.ioctl(hfd, termios.TCGETS, bytes(64))
    iflag, oflag, cflag, lflag, line = struct.unpack_from("<IIIIB", raw, 0)
    cc = raw[17:17 + 19]
    return iflag, oflag, cflag, lflag, line, cc


def _termios_host_to_mips(hfd):
    import termios
    iflag, oflag, cflag, lflag, line, cc = _host_tcgets(hfd)
    ml = 0
    for name, mv in abi.MIPS_LFLAG.items():
        hv = getattr(termios, name, None)
        if hv and lflag & hv:
            ml |= mv
    mcc = bytearray(abi.NCCS)
    for name, mi in abi.MIPS_CC_INDEX.items():
        hi = getattr(termios, name, None)
        if hi is not None and hi < len(cc):
            mcc[mi] = cc[hi]
    # iflag/oflag/cflag bits are the asm-generic values on MIPS and on x86/arm hosts
    return abi.KTERMIOS.pack(iflag, oflag, cflag, ml, line, bytes(mcc))


def _termios_mips_to_host(hfd, data):
    import termios
    iflag, oflag, cflag, ml, line, mcc = abi.KTERMIOS.unpack(data)
    hl = 0
    for name, mv in abi.MIPS_LFLAG.items():
        hv = getattr(termios, name, None)
        if hv and ml & mv:
            hl |= hv
    _, _, _, _, _, cc = _host_tcgets(hfd)
    cc = bytearray(cc)
    for name, mi in abi.MIPS_CC_INDEX.items():
        hi = getattr(termios, name, None)
        if hi is not None and hi < len(cc):
            cc[hi] = mcc[mi]
    return struct.pack("<IIIIB", iflag, oflag, cflag, hl, line) + bytes(cc)


@syscall("ioctl")
def sys_ioctl(proc, fd, req, arg, *_):
    fd = s32(fd)
    f = proc.fds.get(fd)
    req &= 0xffffffff
    if req == abi.FIOCLEX:
        proc.fds.set_cloexec(fd, True)
        return 0
    if req == abi.FIONCLEX:
        proc.fds.set_cloexec(fd, False)
        return 0
    if req == abi.FIONBIO:
        on = _read_u32(proc, arg)
        flags = _status_flags(f)
        f.set_status_flags((flags | abi.O_NONBLOCK) if on else (flags & ~abi.O_NONBLOCK))
        return 0
    hfd = f.host_fd
    if hfd is None:
        raise GuestError(ENOTTY)
    import fcntl
    import termios
    try:
        if req == abi.TCGETS:
            proc.mm.write(arg, _termios_host_to_mips(hfd))
            return 0
        if req in (abi.TCSETS, abi.TCSETSW, abi.TCSETSF):
            data = proc.mm.read(arg, abi.KTERMIOS.size)
            host_req = {abi.TCSETS: termios.TCSETS, abi.TCSETSW: termios.TCSETSW,
                        abi.TCSETSF: termios.TCSETSF}[req]
            fcntl.ioctl(hfd, host_req, _termios_mips_to_host(hfd, data))
            return 0
        if req == abi.TIOCGWINSZ:
            raw = fcntl.ioctl(hfd, termios.TIOCGWINSZ, bytes(8))
            proc.mm.write(arg, raw[:8])
            return 0
        if req == abi.TIOCSWINSZ:
            fcntl.ioctl(hfd, termios.TIOCSWINSZ, proc.mm.read(arg, 8))
            return 0
        if req == abi.TIOCGPGRP:
            raw = fcntl.ioctl(hfd, termios.TIOCGPGRP, bytes(4))
            proc.mm.write(arg, struct.pack("<i", proc.pid))
            del raw
            return 0
        if req == abi.TIOCSPGRP:
            if not os.isatty(hfd):
                raise GuestError(ENOTTY)
            proc.mm.read(arg, 4)
            return 0
        if req == abi.FIONREAD:
            if isinstance(f, fs.HostFile) and f.is_regular:
                st = os.fstat(hfd)
                pos = os.lseek(hfd, 0, os.SEEK_CUR)
                n = max(0, st.st_size - pos)
            else:
                raw = fcntl.ioctl(hfd, termios.FIONREAD, bytes(4))
                n = struct.unpack("<i", raw[:4])[0]
            proc.mm.write(arg, struct.pack("<i", n))
            return 0
    except OSError as e:
        raise from_oserror(e)
    raise GuestError(ENOTTY)


# ---------------------------------------------------------------------------
# stat family

def _stat_target(proc, dirfd, pathptr, flags, allow_empty_flag):
    """Returns ('fd', OpenFile) or ('path', path, base, follow) or ('special', stat, file)."""
    follow = not flags & abi.AT_SYMLINK_NOFOLLOW
    path = _path(proc, pathptr) if pathptr or not flags & allow_empty_flag else b""
    if not path:
        if not flags & allow_empty_flag:
            raise GuestError(ENOENT)
        dirfd = s32(dirfd)
        if dirfd == abi.AT_FDCWD:
            return ("path", b".", proc.fs.cwd, True)
        return ("fd", proc.fds.get(dirfd))
    base = _base(proc, dirfd, path)
    sp = _special_stat(proc, _gpath(proc, path, base))
    if sp is not None:
        return ("special",) + sp
    return ("path", path, base, follow)


def _stat_result(proc, dirfd, pathptr, flags):
    t = _stat_target(proc, dirfd, pathptr, flags, abi.AT_EMPTY_PATH)
    if t[0] == "fd":
        return t[1].fstat()
    if t[0] == "special":
        return t[1]
    return proc.fs.stat(t[1], t[2], t[3])


@syscall("fstat")
def sys_fstat(proc, fd, buf, *_):
    proc.mm.write(buf, abi.pack_kstat(_fd(proc, fd).fstat()))
    return 0


@syscall("stat")
def sys_stat(proc, path, buf, *_):
    proc.mm.write(buf, abi.pack_kstat(_stat_result(proc, abi.AT_FDCWD & MASK64, path, 0)))
    return 0


@syscall("lstat")
def sys_lstat(proc, path, buf, *_):
    st = _stat_result(proc, abi.AT_FDCWD & MASK64, path, abi.AT_SYMLINK_NOFOLLOW)
    proc.mm.write(buf, abi.pack_kstat(st))
    return 0


@syscall("newfstatat")
def sys_newfstatat(proc, dirfd, path, buf, flags, *_):
    if flags & ~(abi.AT_SYMLINK_NOFOLLOW | abi.AT_EMPTY_PATH | abi.AT_NO_AUTOMOUNT):
        raise GuestError(EINVAL)
    proc.mm.write(buf, abi.pack_kstat(_stat_result(proc, dirfd, path, flags)))
    return 0


@syscall("statx")
def sys_statx(proc, dirfd, path, flags, mask, buf, *_):
    flags &= 0xffffffff
    mask &= 0xffffffff
    if flags & ~(abi.AT_SYMLINK_NOFOLLOW | abi.AT_EMPTY_PATH | abi.AT_NO_AUTOMOUNT |
                 abi.AT_STATX_SYNC_TYPE) or (flags & abi.AT_STATX_SYNC_TYPE) == abi.AT_STATX_SYNC_TYPE:
        raise GuestError(EINVAL)
    if mask & 0x80000000:
        raise GuestError(EINVAL)
    t = _stat_target(proc, dirfd, path, flags, abi.AT_EMPTY_PATH)
    if t[0] == "fd":
        data = t[1].statx(mask)
    elif t[0] == "special":
        data = t[2].statx(mask)
    else:
        data = proc.fs.statx(t[1], t[2], t[3], mask, flags)
    proc.mm.write(buf, data)
    return 0


def _access(proc, dirfd, pathptr, mode, flags):
    if mode & ~7:
        raise GuestError(EINVAL)
    if flags & ~(abi.AT_SYMLINK_NOFOLLOW | abi.AT_EACCESS | abi.AT_EMPTY_PATH):
        raise GuestError(EINVAL)
    t = _stat_target(proc, dirfd, pathptr, flags, abi.AT_EMPTY_PATH)
    if t[0] in ("fd", "special"):
        return 0
    proc.fs.access(t[1], mode, t[2], t[3])
    return 0


@syscall("access")
def sys_access(proc, path, mode, *_):
    return _access(proc, abi.AT_FDCWD & MASK64, path, mode, 0)


@syscall("faccessat")
def sys_faccessat(proc, dirfd, path, mode, *_):
    return _access(proc, dirfd, path, mode, 0)


@syscall("faccessat2")
def sys_faccessat2(proc, dirfd, path, mode, flags, *_):
    return _access(proc, dirfd, path, mode, flags)


@syscall("getdents64")
def sys_getdents64(proc, fd, dirp, count, *_):
    f = _fd(proc, fd)
    count &= 0xffffffff
    data = f.getdents(min(count, 1 << 20))
    if data:
        proc.mm.write(dirp, data)
    return len(data)


# ---------------------------------------------------------------------------
# directory and name operations

@syscall("getcwd")
def sys_getcwd(proc, buf, size, *_):
    cwd = proc.fs.cwd + b"\0"
    if size < len(cwd):
        raise GuestError(ERANGE)
    proc.mm.write(buf, cwd)
    return len(cwd)


@syscall("chdir")
def sys_chdir(proc, path, *_):
    proc.fs.chdir(_path(proc, path))
    return 0


@syscall("fchdir")
def sys_fchdir(proc, fd, *_):
    f = _fd(proc, fd)
    if not f.is_dir or not f.guest_path:
        raise GuestError(ENOTDIR)
    proc.fs.chdir(f.guest_path, b"/")
    return 0


@syscall("mkdir")
def sys_mkdir(proc, path, mode, *_):
    proc.fs.mkdir(_path(proc, path), mode & 0o7777)
    return 0


@syscall("mkdirat")
def sys_mkdirat(proc, dirfd, path, mode, *_):
    p = _path(proc, path)
    proc.fs.mkdir(p, mode & 0o7777, _base(proc, dirfd, p))
    return 0


@syscall("mknod")
def sys_mknod(proc, path, mode, dev, *_):
    return sys_mknodat(proc, abi.AT_FDCWD & MASK64, path, mode, dev)


@syscall("mknodat")
def sys_mknodat(proc, dirfd, path, mode, dev, *_):
    p = _path(proc, path)
    ftype = mode & abi.S_IFMT
    if ftype not in (0, abi.S_IFREG, abi.S_IFIFO, abi.S_IFSOCK):
        raise GuestError(EPERM)    # no device nodes inside the confined root
    proc.fs.mknod(p, (mode & 0o7777) | (ftype or abi.S_IFREG), 0, _base(proc, dirfd, p))
    return 0


@syscall("rmdir")
def sys_rmdir(proc, path, *_):
    proc.fs.rmdir(_path(proc, path))
    return 0


@syscall("unlink")
def sys_unlink(proc, path, *_):
    proc.fs.unlink(_path(proc, path))
    return 0


@syscall("unlinkat")
def sys_unlinkat(proc, dirfd, path, flags, *_):
    if flags & ~abi.AT_REMOVEDIR:
        raise GuestError(EINVAL)
    p = _path(proc, path)
    base = _base(proc, dirfd, p)
    if flags & abi.AT_REMOVEDIR:
        proc.fs.rmdir(p, base)
    else:
        proc.fs.unlink(p, base)
    return 0


@syscall("rename")
def sys_rename(proc, old, new, *_):
    proc.fs.rename(_path(proc, old), proc.fs.cwd, _path(proc, new), proc.fs.cwd)
    return 0


@syscall("renameat")
def sys_renameat(proc, olddir, old, newdir, new, *_):
    return sys_renameat2(proc, olddir, old, newdir, new, 0)


@syscall("renameat2")
def sys_renameat2(proc, olddir, old, newdir, new, flags, *_):
    po, pn = _path(proc, old), _path(proc, new)
    proc.fs.rename(po, _base(proc, olddir, po), pn, _base(proc, newdir, pn), flags & 0xffffffff)
    return 0


@syscall("link")
def sys_link(proc, old, new, *_):
    proc.fs.link(_path(proc, old), proc.fs.cwd, _path(proc, new), proc.fs.cwd, False)
    return 0


@syscall("linkat")
def sys_linkat(proc, olddir, old, newdir, new, flags, *_):
    if flags & ~(abi.AT_SYMLINK_FOLLOW | abi.AT_EMPTY_PATH):
        raise GuestError(EINVAL)
    po, pn = _path(proc, old), _path(proc, new)
    proc.fs.link(po, _base(proc, olddir, po), pn, _base(proc, newdir, pn),
                 bool(flags & abi.AT_SYMLINK_FOLLOW))
    return 0


@syscall("symlink")
def sys_symlink(proc, target, path, *_):
    t = _path(proc, target)
    proc.fs.symlink(t, _path(proc, path))
    return 0


@syscall("symlinkat")
def sys_symlinkat(proc, target, dirfd, path, *_):
    t = _path(proc, target)
    p = _path(proc, path)
    proc.fs.symlink(t, p, _base(proc, dirfd, p))
    return 0


def _readlink_target(proc, path, base):
    g = _gpath(proc, path, base)
    pid = proc.pid
    for prefix in (b"/proc/self/", b"/proc/%d/" % pid):
        if g.startswith(prefix):
            rest = g[len(prefix):]
            if rest == b"exe":
                return os.fsencode(proc.exe_guest_path)
            if rest == b"cwd":
                return proc.fs.cwd
            if rest == b"root":
                return b"/"
            if rest.startswith(b"fd/") and rest[3:].isdigit():
                f = proc.fds.get(int(rest[3:]))
                if f.guest_path:
                    return f.guest_path
                if f.host_fd is not None:
                    try:
                        return os.readlink(b"/proc/self/fd/%d" % f.host_fd)
                    except OSError:
                        pass
                return b"anon_inode:[%s]" % f.kind.encode()
    if g == b"/proc/self":
        return b"%d" % pid
    return proc.fs.readlink(path, base)


@syscall("readlink")
def sys_readlink(proc, path, buf, size, *_):
    return sys_readlinkat(proc, abi.AT_FDCWD & MASK64, path, buf, size)


@syscall("readlinkat")
def sys_readlinkat(proc, dirfd, path, buf, size, *_):
    size = s32(size)
    if size <= 0:
        raise GuestError(EINVAL)
    p = _path(proc, path)
    if not p:
        raise GuestError(ENOENT)
    target = _readlink_target(proc, p, _base(proc, dirfd, p))[:size]
    proc.mm.write(buf, target)
    return len(target)


@syscall("truncate")
def sys_truncate(proc, path, length, *_):
    length = s64(length)
    if length < 0:
        raise GuestError(EINVAL)
    proc.fs.truncate(_path(proc, path), length)
    return 0


@syscall("ftruncate")
def sys_ftruncate(proc, fd, length, *_):
    length = s64(length)
    if length < 0:
        raise GuestError(EINVAL)
    f = _fd(proc, fd)
    if not f.writable():
        raise GuestError(EINVAL if f.readable() else EBADF)
    f.truncate(length)
    return 0


@syscall("fallocate")
def sys_fallocate(proc, fd, mode, off, length, *_):
    f = _fd(proc, fd)
    off, length = s64(off), s64(length)
    if off < 0 or length <= 0:
        raise GuestError(EINVAL)
    if mode:
        raise GuestError(EOPNOTSUPP)
    if not f.writable():
        raise GuestError(EBADF)
    if f.host_fd is None:
        raise GuestError(ENODEV)
    try:
        os.posix_fallocate(f.host_fd, off, length)
    except OSError as e:
        raise from_oserror(e)
    return 0


@syscall("fadvise64")
def sys_fadvise64(proc, fd, off, length, advice, *_):
    f = _fd(proc, fd)
    if f.host_fd is not None and not f.is_regular and not f.is_dir:
        raise GuestError(ESPIPE)
    if s32(advice) not in range(0, 6):
        raise GuestError(EINVAL)
    return 0


@syscall("readahead")
def sys_readahead(proc, fd, *_):
    _fd(proc, fd)
    return 0


@syscall("chmod")
def sys_chmod(proc, path, mode, *_):
    proc.fs.chmod(_path(proc, path), mode & 0o7777)
    return 0


@syscall("fchmodat")
def sys_fchmodat(proc, dirfd, path, mode, *_):
    p = _path(proc, path)
    proc.fs.chmod(p, mode & 0o7777, _base(proc, dirfd, p))
    return 0


@syscall("fchmod")
def sys_fchmod(proc, fd, mode, *_):
    f = _fd(proc, fd)
    if f.host_fd is None:
        return 0
    try:
        os.fchmod(f.host_fd, mode & 0o7777)
    except OSError as e:
        raise from_oserror(e)
    return 0


def _ids(uid, gid):
    u, g = s32(uid), s32(gid)
    return u, g


@syscall("chown")
def sys_chown(proc, path, uid, gid, *_):
    proc.fs.chown(_path(proc, path), *_ids(uid, gid))
    return 0


@syscall("lchown")
def sys_lchown(proc, path, uid, gid, *_):
    proc.fs.chown(_path(proc, path), *_ids(uid, gid), follow=False)
    return 0


@syscall("fchownat")
def sys_fchownat(proc, dirfd, path, uid, gid, flags, *_):
    p = _path(proc, path)
    proc.fs.chown(p, *_ids(uid, gid), base=_base(proc, dirfd, p),
                  follow=not flags & abi.AT_SYMLINK_NOFOLLOW)
    return 0


@syscall("fchown")
def sys_fchown(proc, fd, uid, gid, *_):
    f = _fd(proc, fd)
    if f.host_fd is not None:
        try:
            os.fchown(f.host_fd, *_ids(uid, gid))
        except OSError as e:
            raise from_oserror(e)
    return 0


_UTIME_NOW = (1 << 30) - 1
_UTIME_OMIT = (1 << 30) - 2


@syscall("utimensat")
def sys_utimensat(proc, dirfd, path, times, flags, *_):
    if flags & ~(abi.AT_SYMLINK_NOFOLLOW | abi.AT_EMPTY_PATH):
        raise GuestError(EINVAL)
    now = proc.clock.realtime_ns()
    if times:
        raw = proc.mm.read(times, 32)
        vals = []
        for i in range(2):
            sec, nsec = abi.TIMESPEC.unpack_from(raw, i * 16)
            if nsec == _UTIME_NOW:
                vals.append(now)
            elif nsec == _UTIME_OMIT:
                vals.append(None)
            elif not 0 <= nsec < 1_000_000_000:
                raise GuestError(EINVAL)
            else:
                vals.append(sec * 1_000_000_000 + nsec)
    else:
        vals = [now, now]
    return _set_times(proc, dirfd, path, vals, flags)


def _set_times(proc, dirfd, pathptr, vals, flags):
    if vals[0] is None and vals[1] is None:
        return 0
    if not pathptr:
        f = _fd(proc, dirfd)
        if f.host_fd is None:
            return 0
        st = f.fstat()
        ns = (vals[0] if vals[0] is not None else st.st_atime_ns,
              vals[1] if vals[1] is not None else st.st_mtime_ns)
        try:
            os.utime(f.host_fd, ns=ns)
        except OSError as e:
            raise from_oserror(e)
        return 0
    p = _path(proc, pathptr)
    base = _base(proc, dirfd, p)
    follow = not flags & abi.AT_SYMLINK_NOFOLLOW
    if vals[0] is None or vals[1] is None:
        st = proc.fs.stat(p, base, follow)
        vals = [vals[0] if vals[0] is not None else st.st_atime_ns,
                vals[1] if vals[1] is not None else st.st_mtime_ns]
    proc.fs.utime(p, tuple(vals), base, follow)
    return 0


@syscall("utimes")
def sys_utimes(proc, path, times, *_):
    if times:
        raw = proc.mm.read(times, 32)
        vals = []
        for i in range(2):
            sec, usec = abi.TIMEVAL.unpack_from(raw, i * 16)
            if not 0 <= usec < 1_000_000:
                raise GuestError(EINVAL)
            vals.append(sec * 1_000_000_000 + usec * 1000)
    else:
        now = proc.clock.realtime_ns()
        vals = [now, now]
    return _set_times(proc, abi.AT_FDCWD & MASK64, path, vals, 0)


@syscall("umask")
def sys_umask(proc, mask, *_):
    return os.umask(mask & 0o777)


@syscall("fsync")
def sys_fsync(proc, fd, *_):
    return _fd(proc, fd).sync()


@syscall("fdatasync")
def sys_fdatasync(proc, fd, *_):
    return _fd(proc, fd).sync()


@syscall("sync")
def sys_sync(proc, *_):
    return 0


@syscall("syncfs")
def sys_syncfs(proc, fd, *_):
    _fd(proc, fd)
    return 0


# ---------------------------------------------------------------------------
# poll / select

_POLL_MAP = None


def _poll_map():
    global _POLL_MAP
    if _POLL_MAP is None:
        import select
        _POLL_MAP = [
            (abi.POLLIN, select.POLLIN), (abi.POLLPRI, select.POLLPRI),
            (abi.POLLOUT, select.POLLOUT), (abi.POLLERR, select.POLLERR),
            (abi.POLLHUP, select.POLLHUP), (abi.POLLNVAL, select.POLLNVAL),
            (abi.POLLRDNORM, getattr(select, "POLLRDNORM", 0)),
            (abi.POLLRDBAND, getattr(select, "POLLRDBAND", 0)),
            (abi.POLLWRBAND, getattr(select, "POLLWRBAND", 0)),
            (0x400, getattr(select, "POLLMSG", 0)),
            (0x2000, getattr(select, "POLLRDHUP", 0)),
        ]
    return _POLL_MAP


def _g2h_poll(ev):
    h = 0
    for g, hv in _poll_map():
        if ev & g:
            h |= hv
    return h


def _h2g_poll(ev):
    g = 0
    for gv, hv in _poll_map():
        if hv and ev & hv:
            g |= gv
    return g


def _poll_entries(proc, entries, timeout_ns):
    """entries: list of (fd, guest events).  Returns list of guest revents or EXITED/-EINTR."""
    import select

    def scan():
        out = []
        for fd, ev in entries:
            if fd < 0:
                out.append(0)
                continue
            if fd not in proc.fds:
                out.append(abi.POLLNVAL)
                continue
            f = proc.fds.get(fd)
            if f.host_fd is not None:
                p = select.poll()
                p.register(f.host_fd, _g2h_poll(ev | abi.POLLERR | abi.POLLHUP))
                r = p.poll(0)
                out.append(_h2g_poll(r[0][1]) & (ev | abi.POLLERR | abi.POLLHUP | abi.POLLNVAL) if r else 0)
            else:
                out.append(ev & (abi.POLLIN | abi.POLLOUT | abi.POLLRDNORM | abi.POLLWRBAND))
        return out

    res = scan()
    if any(res) or timeout_ns == 0:
        return res
    waitable = []
    for fd, ev in entries:
        if fd >= 0 and fd in proc.fds:
            f = proc.fds.get(fd)
            if f.host_fd is not None and not f.is_regular and not f.is_dir:
                waitable.append((f.host_fd, ev))
    if waitable:
        p = select.poll()
        for hfd, ev in waitable:
            p.register(hfd, _g2h_poll(ev | abi.POLLERR | abi.POLLHUP))
        ms = -1 if timeout_ns is None else max(0, (timeout_ns + 999_999) // 1_000_000)
        before = None
        import time
        before = time.monotonic_ns()
        p.poll(ms)
        if timeout_ns is not None:
            proc.clock.advance(min(timeout_ns, time.monotonic_ns() - before))
        return scan()
    if timeout_ns is None:
        r = _block_forever(proc, "poll")
        return r
    if _sleep(proc, timeout_ns):
        return -EINTR
    return res


@syscall("poll")
def sys_poll(proc, fds_ptr, nfds, timeout, *_):
    nfds &= 0xffffffff
    if nfds > proc.fds.max_fds:
        raise GuestError(EINVAL)
    t = s32(timeout)
    return _do_poll(proc, fds_ptr, nfds, None if t < 0 else t * 1_000_000)


def _do_poll(proc, fds_ptr, nfds, timeout_ns):
    raw = bytearray(proc.mm.read(fds_ptr, nfds * 8)) if nfds else bytearray()
    entries = []
    for i in range(nfds):
        fd, ev, _ = abi.POLLFD.unpack_from(raw, i * 8)
        entries.append((fd, ev & 0xffff))
    res = _poll_entries(proc, entries, timeout_ns)
    if res is EXITED or isinstance(res, int):
        return res
    n = 0
    for i, rev in enumerate(res):
        struct.pack_into("<h", raw, i * 8 + 6, rev if rev < 0x8000 else rev - 0x10000)
        if rev:
            n += 1
    if nfds:
        proc.mm.write(fds_ptr, bytes(raw))
    return n


@syscall("ppoll")
def sys_ppoll(proc, fds_ptr, nfds, tsp, sigmask, sigsetsize, *_):
    nfds &= 0xffffffff
    if nfds > proc.fds.max_fds:
        raise GuestError(EINVAL)
    timeout = _read_timespec(proc, tsp) if tsp else None
    return _with_sigmask(proc, sigmask, sigsetsize,
                         lambda: _do_poll(proc, fds_ptr, nfds, timeout))


def _with_sigmask(proc, sigmask, sigsetsize, fn):
    """Run fn with a temporary signal mask (ppoll/pselect6).  When the wait is
    interrupted the caller's mask is restored only after the handler frame is
    built (dispatch does it through suspend_mask), as Linux does."""
    if not sigmask:
        return fn()
    if sigsetsize != abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    a, b = struct.unpack("<QQ", proc.mm.read(sigmask, 16))
    sigs = proc.signals
    old = sigs.blocked
    sigs.set_blocked(a | (b << 64))
    try:
        r = fn()
    except BaseException:
        sigs.set_blocked(old)
        raise
    if r is EXITED:
        return r
    if isinstance(r, int) and r == -EINTR:
        proc.sys_state.suspend_mask = old
    else:
        sigs.set_blocked(old)
    return r


def _do_select(proc, nfds, rp, wp, ep, timeout_ns):
    nfds = s32(nfds)
    if nfds < 0:
        raise GuestError(EINVAL)
    nfds = min(nfds, proc.fds.max_fds)
    nbytes = ((nfds + 63) // 64) * 8
    sets = []
    for ptr in (rp, wp, ep):
        sets.append(int.from_bytes(proc.mm.read(ptr, nbytes), "little") if ptr and nbytes else 0)
    entries = []
    for fd in range(nfds):
        ev = 0
        if sets[0] >> fd & 1:
            ev |= abi.POLLIN
        if sets[1] >> fd & 1:
            ev |= abi.POLLOUT
        if sets[2] >> fd & 1:
            ev |= abi.POLLPRI
        if ev:
            if fd not in proc.fds:
                raise GuestError(EBADF)
            entries.append((fd, ev))
    res = _poll_entries(proc, entries, timeout_ns)
    if res is EXITED or isinstance(res, int):
        return res
    out = [0, 0, 0]
    n = 0
    for (fd, ev), rev in zip(entries, res):
        if ev & abi.POLLIN and rev & (abi.POLLIN | abi.POLLHUP | abi.POLLERR):
            out[0] |= 1 << fd
            n += 1
        if ev & abi.POLLOUT and rev & (abi.POLLOUT | abi.POLLERR):
            out[1] |= 1 << fd
            n += 1
        if ev & abi.POLLPRI and rev & abi.POLLPRI:
            out[2] |= 1 << fd
            n += 1
    for ptr, v in zip((rp, wp, ep), out):
        if ptr and nbytes:
            proc.mm.write(ptr, v.to_bytes(nbytes, "little"))
    return n


@syscall("_newselect")
def sys_select(proc, nfds, rp, wp, ep, tvp, *_):
    timeout = None
    if tvp:
        sec, usec = abi.TIMEVAL.unpack(proc.mm.read(tvp, 16))
        if sec < 0 or not 0 <= usec < 1_000_000:
            raise GuestError(EINVAL)
        timeout = sec * 1_000_000_000 + usec * 1000
    r = _do_select(proc, nfds, rp, wp, ep, timeout)
    if tvp and isinstance(r, int) and r == 0:
        proc.mm.write(tvp, abi.TIMEVAL.pack(0, 0))     # Linux reports the time left
    return r


@syscall("pselect6")
def sys_pselect6(proc, nfds, rp, wp, ep, tsp, sigdata):
    timeout = _read_timespec(proc, tsp) if tsp else None
    mask_ptr = size = 0
    if sigdata:
        mask_ptr, size = struct.unpack("<QQ", proc.mm.read(sigdata, 16))
    return _with_sigmask(proc, mask_ptr, size,
                         lambda: _do_select(proc, nfds, rp, wp, ep, timeout))


# ---------------------------------------------------------------------------
# memory

def _page_up(n):
    return (n + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)


@syscall("brk")
def sys_brk(proc, addr, *_):
    return proc.mm.brk(addr)


@syscall("mmap")
def sys_mmap(proc, addr, length, prot, flags, fd, off):
    prot &= 0xffffffff
    flags &= 0xffffffff
    if length == 0:
        raise GuestError(EINVAL)
    if length > (1 << 62):
        raise GuestError(ENOMEM)
    mtype = flags & abi.MAP_TYPE
    if mtype not in (abi.MAP_SHARED, abi.MAP_PRIVATE, abi.MAP_SHARED_VALIDATE):
        raise GuestError(EINVAL)
    if off & (PAGE_SIZE - 1):
        raise GuestError(EINVAL)
    file_maps = proc.mm.file_maps
    if flags & abi.MAP_FIXED and file_maps.maps:
        file_maps.flush(addr, addr + _page_up(length), drop=True)
    if flags & abi.MAP_ANONYMOUS:
        return proc.mm.mmap(addr, length, prot, flags)
    f = _fd(proc, fd)
    off = s64(off)
    if off < 0:
        raise GuestError(EINVAL)
    shared = mtype != abi.MAP_PRIVATE
    if f.flags & abi.O_PATH or not f.readable():
        raise GuestError(EACCES)
    if shared and prot & abi.PROT_WRITE and not f.writable():
        raise GuestError(EACCES)
    if f.is_dir:
        raise GuestError(ENODEV)
    if isinstance(f, fs.DevZero):
        return proc.mm.mmap(addr, length, prot, flags | abi.MAP_ANONYMOUS)
    if isinstance(f, fs.HostFile) and not f.is_regular:
        raise GuestError(ENODEV)
    key = filemap.file_key(f)
    if file_maps.maps:
        file_maps.sync(key)
    mflags = (flags & ~abi.MAP_TYPE) | abi.MAP_PRIVATE | abi.MAP_ANONYMOUS
    a = proc.mm.mmap(addr, length, prot | abi.PROT_READ | abi.PROT_WRITE, mflags)
    try:
        data = filemap.pread_all(f, length, off)
        if data:
            proc.mm.write(a, data)
        if prot != prot | abi.PROT_READ | abi.PROT_WRITE:
            proc.mm.mprotect(a, _page_up(length), prot)
    except GuestError:
        try:
            proc.mm.munmap(a, _page_up(length))
        except GuestError:
            pass
        raise
    if shared:
        file_maps.add(a, _page_up(length), f, off, key, data)
        st = proc.sys_state
        if not st.exit_hook_installed:
            proc.signals.exit_hooks.append(lambda p: p.mm.file_maps.flush(0, 1 << 64, drop=True))
            st.exit_hook_installed = True
    return a


# syscalls that touch file data through descriptors: fd argument positions and
# whether the mappings must be synchronised again after the call (the call may
# have stored into a mapping or changed the file).
_FILE_IO = {
    "read": ((0,), True), "readv": ((0,), True), "pread64": ((0,), True),
    "preadv": ((0,), True), "preadv2": ((0,), True),
    "write": ((0,), True), "writev": ((0,), True), "pwrite64": ((0,), True),
    "pwritev": ((0,), True), "pwritev2": ((0,), True), "ftruncate": ((0,), True),
    "fallocate": ((0,), True), "sendfile": ((0, 1), True),
    "copy_file_range": ((0, 2), True), "splice": ((0, 2), True),
    "fsync": ((0,), False), "fdatasync": ((0,), False), "lseek": ((0,), False),
}


def _mapped_keys(proc, name, args):
    spec = _FILE_IO.get(name)
    if spec is None:
        return (), None
    keys = set()
    for i in spec[0]:
        fd = s32(args[i])
        if fd in proc.fds:
            f = proc.fds.get(fd)
            if isinstance(f, fs.HostFile) and f.is_regular:
                keys.add(filemap.file_key(f))
    mapped = proc.mm.file_maps.keys()
    return [k for k in keys if k in mapped], spec[1]


@syscall("munmap")
def sys_munmap(proc, addr, length, *_):
    if addr & (PAGE_SIZE - 1) or length == 0:
        raise GuestError(EINVAL)
    if proc.mm.file_maps.maps:
        proc.mm.file_maps.flush(addr, addr + _page_up(length), drop=True)
    proc.mm.munmap(addr, length)
    return 0


@syscall("mprotect")
def sys_mprotect(proc, addr, length, prot, *_):
    proc.mm.mprotect(addr, length, prot & 0xffffffff)
    return 0


@syscall("mremap")
def sys_mremap(proc, old, oldlen, newlen, flags, new, *_):
    if proc.mm.file_maps.maps:
        proc.mm.file_maps.flush(old, old + _page_up(oldlen), drop=True)
    return proc.mm.mremap(old, oldlen, newlen, flags & 0xffffffff, new)


@syscall("madvise")
def sys_madvise(proc, addr, length, advice, *_):
    if addr & (PAGE_SIZE - 1):
        raise GuestError(EINVAL)
    proc.mm.madvise(addr, length, s32(advice))
    return 0


@syscall("msync")
def sys_msync(proc, addr, length, flags, *_):
    if addr & (PAGE_SIZE - 1) or flags & ~7 or (flags & abi.MS_ASYNC and flags & abi.MS_SYNC):
        raise GuestError(EINVAL)
    if proc.mm.file_maps.maps:
        proc.mm.file_maps.flush(addr, addr + _page_up(length), drop=False)
    return 0


for _n in ("mlock", "munlock", "mlockall", "munlockall"):
    def _ok(proc, *_):
        return 0
    syscall(_n)(_ok)


@syscall("cacheflush")
def sys_cacheflush(proc, addr, nbytes, cache, *_):
    return 0          # the core caches decodings by instruction word: nothing goes stale


# ---------------------------------------------------------------------------
# process, identity, limits

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


@syscall("uname")
def sys_uname(proc, buf, *_):
    out = b""
    for k in ("sysname", "nodename", "release", "version", "machine", "domainname"):
        out += UNAME[k][:abi.UTSNAME_FIELD - 1].ljust(abi.UTSNAME_FIELD, b"\0")
    proc.mm.write(buf, out)
    return 0


@syscall("sysinfo")
def sys_sysinfo(proc, buf, *_):
    total = proc.mem_size
    up = proc.clock.monotonic_ns() // 1_000_000_000
    proc.mm.write(buf, abi.SYSINFO.pack(up, 0, 0, 0, total, total // 2, 0, 0, 0, 0, 1, 0, 0, 1))
    return 0


@syscall("getrandom")
def sys_getrandom(proc, buf, count, flags, *_):
    flags &= 0xffffffff
    if flags & ~(abi.GRND_NONBLOCK | abi.GRND_RANDOM | abi.GRND_INSECURE) or \
            (flags & abi.GRND_INSECURE and flags & abi.GRND_RANDOM):
        raise GuestError(EINVAL)
    count = min(count, 33554431)
    if count == 0:
        return 0
    proc.mm.write(buf, proc.rng.randbytes(count))
    return count


@syscall("personality")
def sys_personality(proc, persona, *_):
    return 0          # PER_LINUX


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


# ---------------------------------------------------------------------------
# time

def _clock_now(proc, clk):
    clk = s32(clk)
    if clk in (abi.CLOCK_REALTIME, abi.CLOCK_REALTIME_COARSE, abi.CLOCK_TAI,
               abi.CLOCK_REALTIME_ALARM):
        return proc.clock.realtime_ns()
    if clk in (abi.CLOCK_MONOTONIC, abi.CLOCK_MONOTONIC_RAW, abi.CLOCK_MONOTONIC_COARSE,
               abi.CLOCK_BOOTTIME, abi.CLOCK_BOOTTIME_ALARM):
        return proc.clock.monotonic_ns()
    if clk in (abi.CLOCK_PROCESS_CPUTIME_ID, abi.CLOCK_THREAD_CPUTIME_ID) or clk < 0:
        return proc.clock.cputime_ns()
    raise GuestError(EINVAL)


@syscall("clock_gettime")
def sys_clock_gettime(proc, clk, tp, *_):
    _write_timespec(proc, tp, _clock_now(proc, clk))
    return 0


@syscall("clock_getres")
def sys_clock_getres(proc, clk, tp, *_):
    _clock_now(proc, clk)
    if tp:
        coarse = s32(clk) in (abi.CLOCK_REALTIME_COARSE, abi.CLOCK_MONOTONIC_COARSE)
        _write_timespec(proc, tp, 4_000_000 if coarse else 1)
    return 0


@syscall("gettimeofday")
def sys_gettimeofday(proc, tv, tz, *_):
    if tv:
        ns = proc.clock.realtime_ns()
        proc.mm.write(tv, abi.TIMEVAL.pack(ns // 1_000_000_000, (ns // 1000) % 1_000_000))
    if tz:
        proc.mm.write(tz, bytes(8))
    return 0


@syscall("settimeofday")
def sys_settimeofday(proc, *_):
    raise GuestError(EPERM)


@syscall("clock_settime")
def sys_clock_settime(proc, *_):
    raise GuestError(EPERM)


@syscall("times")
def sys_times(proc, buf, *_):
    if buf:
        cpu = proc.clock.cputime_ns() * abi.CLK_TCK // 1_000_000_000
        proc.mm.write(buf, abi.TMS.pack(cpu, 0, 0, 0))
    return proc.clock.monotonic_ns() * abi.CLK_TCK // 1_000_000_000


def _nanosleep(proc, clk, flags, req, rem):
    want = _read_timespec(proc, req)
    now = _clock_now(proc, clk)
    if flags & abi.TIMER_ABSTIME:
        ns = max(0, want - now)
    else:
        ns = want
    left = _sleep(proc, ns)
    if left:
        if rem and not flags & abi.TIMER_ABSTIME:
            _write_timespec(proc, rem, left)
        return -EINTR
    return 0


@syscall("nanosleep")
def sys_nanosleep(proc, req, rem, *_):
    return _nanosleep(proc, abi.CLOCK_MONOTONIC, 0, req, rem)


@syscall("clock_nanosleep")
def sys_clock_nanosleep(proc, clk, flags, req, rem, *_):
    if s32(clk) in (abi.CLOCK_THREAD_CPUTIME_ID,):
        raise GuestError(EINVAL)
    return _nanosleep(proc, clk, flags & 0xffffffff, req, rem)


@syscall("alarm")
def sys_alarm(proc, seconds, *_):
    clock = proc.clock
    old = 0
    if clock.itimer_deadline is not None:
        left = max(0, clock.itimer_deadline - clock.monotonic_ns())
        old = max(1, (left + 500_000_000) // 1_000_000_000) if left else 0
    clock.set_itimer((seconds & 0xffffffff) * 1_000_000_000, 0)
    return old


def _itimer_value(proc):
    clock = proc.clock
    if clock.itimer_deadline is None:
        return 0, clock.itimer_interval
    return max(1000, clock.itimer_deadline - clock.monotonic_ns()), clock.itimer_interval


def _pack_itimerval(interval_ns, value_ns):
    return abi.ITIMERVAL.pack(interval_ns // 1_000_000_000, (interval_ns // 1000) % 1_000_000,
                              value_ns // 1_000_000_000, (value_ns // 1000) % 1_000_000)


@syscall("getitimer")
def sys_getitimer(proc, which, cur, *_):
    which = s32(which)
    if which not in (0, 1, 2):
        raise GuestError(EINVAL)
    if which == abi.ITIMER_REAL:
        val, iv = _itimer_value(proc)
    else:
        val, iv = 0, 0
    proc.mm.write(cur, _pack_itimerval(iv, val))
    return 0


@syscall("setitimer")
def sys_setitimer(proc, which, new, old, *_):
    which = s32(which)
    if which not in (0, 1, 2):
        raise GuestError(EINVAL)
    if old:
        sys_getitimer(proc, which, old)
    if which != abi.ITIMER_REAL:
        return 0          # virtual/profiling timers are accepted but never fire
    if new:
        isec, iusec, vsec, vusec = abi.ITIMERVAL.unpack(proc.mm.read(new, 32))
        if not (0 <= iusec < 1_000_000 and 0 <= vusec < 1_000_000) or isec < 0 or vsec < 0:
            raise GuestError(EINVAL)
        proc.clock.set_itimer(vsec * 1_000_000_000 + vusec * 1000, isec * 1_000_000_000 + iusec * 1000)
    return 0


# ---------------------------------------------------------------------------
# futex

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


# ---------------------------------------------------------------------------
# signals

def _valid_sig(signo):
    return 1 <= signo < abi.NSIG


@syscall("rt_sigaction")
def sys_rt_sigaction(proc, signo, act, oact, sigsetsize, *_):
    signo = s32(signo)
    if sigsetsize != abi.SIGSET_BYTES or not _valid_sig(signo):
        raise GuestError(EINVAL)
    sigs = proc.signals
    new = proc.mm.read(act, abi.SIGACTION.size) if act else None
    if new is not None and signo in (abi.SIGKILL, abi.SIGSTOP):
        raise GuestError(EINVAL)
    old = sigs.get_action(signo)
    if oact:
        proc.mm.write(oact, old)
    if new is not None:
        sigs.set_action(signo, new)
    return 0


@syscall("rt_sigprocmask")
def sys_rt_sigprocmask(proc, how, setp, oldp, sigsetsize, *_):
    if sigsetsize != abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    sigs = proc.signals
    old = sigs.blocked
    if setp:
        a, b = struct.unpack("<QQ", proc.mm.read(setp, 16))
        s = a | (b << 64)
        how = s32(how)
        if how == abi.SIG_BLOCK:
            new = old | s
        elif how == abi.SIG_UNBLOCK:
            new = old & ~s
        elif how == abi.SIG_SETMASK:
            new = s
        else:
            raise GuestError(EINVAL)
    if oldp:
        proc.mm.write(oldp, struct.pack("<QQ", old & MASK64, old >> 64))
    if setp:
        sigs.set_blocked(new)
    return 0


@syscall("rt_sigpending")
def sys_rt_sigpending(proc, setp, sigsetsize, *_):
    if sigsetsize > abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    sigs = proc.signals
    m = sigs.pending_mask() & sigs.blocked
    proc.mm.write(setp, m.to_bytes(16, "little")[:sigsetsize])
    return 0


@syscall("rt_sigreturn")
def sys_rt_sigreturn(proc, *_):
    signals.sigreturn(proc)
    return NORESULT


def _suspend(proc, new_mask, what):
    sigs = proc.signals
    old = sigs.blocked
    sigs.set_blocked(new_mask)
    while True:
        signals.check_timers(proc)
        deliverable = sigs.pending_mask() & ~sigs.blocked
        if deliverable:
            proc.sys_state.suspend_mask = old
            return -EINTR
        r = _block_forever(proc, what)
        if r is EXITED:
            return r


@syscall("rt_sigsuspend")
def sys_rt_sigsuspend(proc, maskp, sigsetsize, *_):
    if sigsetsize != abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    a, b = struct.unpack("<QQ", proc.mm.read(maskp, 16))
    return _suspend(proc, a | (b << 64), "sigsuspend")


@syscall("pause")
def sys_pause(proc, *_):
    return _suspend(proc, proc.signals.blocked, "pause")


@syscall("rt_sigtimedwait")
def sys_rt_sigtimedwait(proc, setp, infop, tsp, sigsetsize, *_):
    if sigsetsize != abi.SIGSET_BYTES:
        raise GuestError(EINVAL)
    a, b = struct.unpack("<QQ", proc.mm.read(setp, 16))
    want = (a | (b << 64)) & ~signals.UNBLOCKABLE
    timeout = _read_timespec(proc, tsp) if tsp else None
    sigs = proc.signals
    while True:
        signals.check_timers(proc)
        ready = sigs.pending_mask() & want
        if ready:
            signo = (ready & -ready).bit_length()
            info = signals.dequeue(sigs, signo)
            if infop:
                proc.mm.write(infop, info)
            return signo
        if sigs.pending_mask() & ~sigs.blocked:
            return -EINTR
        if timeout is not None:
            left = _sleep(proc, timeout, want)
            if left:
                timeout = left
                continue
            raise GuestError(EAGAIN)
        r = _block_forever(proc, "sigtimedwait", want)
        if r is EXITED:
            return r


@syscall("sigaltstack")
def sys_sigaltstack(proc, ss, old, *_):
    sigs = proc.signals
    sp = proc.machine.get_gpr(abi.REG_SP)
    new = proc.mm.read(ss, abi.STACK_T.size) if ss else None
    if old:
        proc.mm.write(old, sigs.altstack_bytes(sp))
    if new is not None:
        sigs.set_altstack(new, sp)
    return 0


def _send_self(proc, signo, code):
    if signo == 0:
        return 0
    signals.send(proc, signo, code, pid=proc.pid, uid=proc.uid)
    return 0


@syscall("kill")
def sys_kill(proc, pid, signo, *_):
    pid, signo = s32(pid), s32(signo)
    if not 0 <= signo < abi.NSIG:
        raise GuestError(EINVAL)
    me = proc.pid
    if pid == -1:
        raise GuestError(ESRCH)     # -1 means every process but us: there is none
    if pid not in (0, me, -me):
        raise GuestError(ESRCH)
    return _send_self(proc, signo, abi.SI_USER)


@syscall("tgkill")
def sys_tgkill(proc, tgid, tid, signo, *_):
    tgid, tid, signo = s32(tgid), s32(tid), s32(signo)
    if tgid <= 0 or tid <= 0 or not 0 <= signo < abi.NSIG:
        raise GuestError(EINVAL)
    if tgid != proc.pid or tid != proc.pid:
        raise GuestError(ESRCH)
    return _send_self(proc, signo, abi.SI_TKILL)


@syscall("tkill")
def sys_tkill(proc, tid, signo, *_):
    tid, signo = s32(tid), s32(signo)
    if tid <= 0 or not 0 <= signo < abi.NSIG:
        raise GuestError(EINVAL)
    if tid != proc.pid:
        raise GuestError(ESRCH)
    return _send_self(proc, signo, abi.SI_TKILL)


@syscall("rt_sigqueueinfo")
def sys_rt_sigqueueinfo(proc, pid, signo, infop, *_):
    pid, signo = s32(pid), s32(signo)
    if not 0 <= signo < abi.NSIG:
        raise GuestError(EINVAL)
    if pid != proc.pid:
        raise GuestError(ESRCH)
    info = proc.mm.read(infop, abi.SIGINFO_SIZE)
    code = struct.unpack_from("<i", info, 4)[0]
    if code >= 0 or code == abi.SI_TKILL:
        raise GuestError(EPERM)
    if signo == 0:
        return 0
    value = struct.unpack_from("<Q", info, 24)[0]
    signals.send(proc, signo, code, pid=proc.pid, uid=proc.uid, value=value)
    return 0


__all__ = ["dispatch", "TABLE", "sys_state", "NORESULT", "EXITED"]
