"""Syscalls on open descriptors: I/O, descriptor table, ioctl, poll/select.

* poll/select: simulated pipes are polled here and a wait sleeps on their
  wait queues (the syscall runs again when one changes; at the timeout it
  returns 0); host descriptors are polled on the host, and a wait on host
  descriptors alone blocks on the host.
* ioctl: TCGETS/TCSETS*/TIOCGWINSZ/TIOCSWINSZ/TIOCGPGRP/TIOCSPGRP/FIONREAD go to
  the host descriptor (termios converted to the MIPS layout), FIONBIO, FIOCLEX,
  FIONCLEX are handled locally, anything else is ENOTTY.
* Locks (fcntl, flock): one process, so every lock is granted.
"""

from __future__ import annotations

import os
import struct

from .. import abi, fs, signals
from ..abi import s32, s64
from ..errors import (GuestError, from_oserror, EINTR, EBADF, EINVAL, ENOTTY, ESPIPE, EPIPE, ENODEV,
                      EOPNOTSUPP)
from .common import EXITED, _fd, _read_timespec, _read_u32, syscall
from ..pipe import PIPE_SIZE, PipeEnd, make_pipe
from ..sched import Block
from .time import _sleep_block

IO_CHUNK = 16 << 20        # most bytes of one read/write held in host memory at once


@syscall("read")
def sys_read(proc, fd, buf, count, *_):
    f = _fd(proc, fd)
    if not f.readable():
        raise GuestError(EBADF)
    if count == 0:
        return 0
    count = min(count, fs.MAX_RW_COUNT)
    if not getattr(f, "is_regular", False):
        data = f.read(count)
        if data:
            proc.mm.write(buf, data)
        return len(data)
    done = 0                   # a regular file: a chunk at a time, so a huge read costs little memory
    while done < count:
        data = f.read(min(count - done, IO_CHUNK))
        if not data:
            break
        proc.mm.write(buf + done, data)
        done += len(data)
    return done


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
    count = min(count, fs.MAX_RW_COUNT)
    limit = getattr(f, "max_write", None)
    if limit is not None:
        count = limit(count)
    done = 0                   # a chunk at a time: a 2 GiB write holds 16 MiB of it on the host
    while done < count:
        k = min(count - done, IO_CHUNK)
        try:
            n = _write_file(proc, f, proc.mm.read(buf + done, k))
        except GuestError:
            if done:
                break
            raise
        done += n
        if n < k:
            break
    return done


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


def _positioned(proc, fd, off, writing):
    """The file and offset of a positioned read or write: EBADF for the wrong access mode, EINVAL for a negative offset."""
    f = _fd(proc, fd)
    if not (f.writable() if writing else f.readable()):
        raise GuestError(EBADF)
    off = s64(off)
    if off < 0:
        raise GuestError(EINVAL)
    return f, off


@syscall("pread64")
def sys_pread64(proc, fd, buf, count, off, *_):
    f, off = _positioned(proc, fd, off, writing=False)
    if count == 0:
        return 0
    data = f.pread(min(count, fs.MAX_RW_COUNT), off)
    if data:
        proc.mm.write(buf, data)
    return len(data)


@syscall("pwrite64")
def sys_pwrite64(proc, fd, buf, count, off, *_):
    f, off = _positioned(proc, fd, off, writing=True)
    if count == 0:
        return 0
    return f.pwrite(proc.mm.read(buf, min(count, fs.MAX_RW_COUNT)), off)


@syscall("preadv")
def sys_preadv(proc, fd, iov, cnt, off, *_):
    f, off = _positioned(proc, fd, off, writing=False)
    vecs = _iovecs(proc, iov, cnt)
    total = sum(l for _, l in vecs)
    if total == 0:
        return 0
    data = f.pread(min(total, fs.MAX_RW_COUNT), off)
    _scatter(proc, vecs, data)
    return len(data)


@syscall("pwritev")
def sys_pwritev(proc, fd, iov, cnt, off, *_):
    f, off = _positioned(proc, fd, off, writing=True)
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
    if cmd in (abi.F_GETPIPE_SZ, abi.F_SETPIPE_SZ) and isinstance(f, PipeEnd):
        return PIPE_SIZE
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
    fr, fw = make_pipe(flags)
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
    if req == abi.FIONREAD and isinstance(f, PipeEnd):
        proc.mm.write(arg, struct.pack("<i", len(f.pipe.buf)))
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
                out.append(f.poll(ev))
        return out

    res = scan()
    if any(res) or timeout_ns == 0:
        return res
    queues, waitable = [], []
    for fd, ev in entries:
        if fd >= 0 and fd in proc.fds:
            f = proc.fds.get(fd)
            wq = getattr(f, "wait_queues", None)
            if wq is not None:
                queues.extend(wq())
            elif f.host_fd is not None and not f.is_regular and not f.is_dir:
                waitable.append((f.host_fd, ev))
    if waitable and not queues:
        # only host descriptors (a terminal, a host pipe): wait on the host
        p = select.poll()
        for hfd, ev in waitable:
            p.register(hfd, _g2h_poll(ev | abi.POLLERR | abi.POLLHUP))
        ms = -1 if timeout_ns is None else max(0, (timeout_ns + 999_999) // 1_000_000)
        import time
        before = time.monotonic_ns()
        p.poll(ms)
        if timeout_ns is not None:
            proc.clock.advance(min(timeout_ns, time.monotonic_ns() - before))
        return scan()
    # simulated pipes (and timeouts): sleep until one changes, then poll again
    raise _sleep_block(proc, "poll", timeout_ns, queues=queues)


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
    try:
        res = _poll_entries(proc, entries, timeout_ns)
    except Block as b:
        def timed_out(p):          # no event: every revents is 0
            for i in range(nfds):
                struct.pack_into("<h", raw, i * 8 + 6, 0)
            if nfds:
                p.mm.write(fds_ptr, bytes(raw))
            return 0
        b.timeout_result = timed_out
        raise
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
    try:
        res = _poll_entries(proc, entries, timeout_ns)
    except Block as b:
        def timed_out(p):          # no descriptor ready: empty sets
            for ptr in (rp, wp, ep):
                if ptr and nbytes:
                    p.mm.write(ptr, bytes(nbytes))
            return 0
        b.timeout_result = timed_out
        raise
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
