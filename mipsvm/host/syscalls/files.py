"""Path-based file syscalls, and the virtual files.

* Paths are resolved in the confined file system view (proc.fs, host/fs.py)
  relative to the cwd or a directory descriptor.
* Virtual files: /dev/null, /dev/zero, /dev/full, /dev/random, /dev/urandom
  (bytes from ``proc.rng``), /dev/stdin|stdout|stderr and /proc/self/fd/0..2
  (dups of fds 0..2); readlink of /proc/self/exe gives ``proc.exe_guest_path``
  and open of it opens ``proc.exe_path`` read-only; readlink of /proc/self/fd/N.
"""

from __future__ import annotations

import os
import struct

from .. import abi, fs, procfs
from ..abi import s32, s64, MASK64
from ..errors import GuestError, from_oserror, EACCES, EPERM, ENOENT, EINVAL, ENOSYS, ERANGE, ENOTDIR
from .common import _base, _fd, _gpath, _path, syscall

def _special_open(proc, gpath, flags):
    mk = fs.VIRTUAL_DEVICES.get(gpath)
    if mk is not None:
        return mk(proc.rng, flags & ~(abi.O_CREAT | abi.O_EXCL | abi.O_TRUNC | abi.O_CLOEXEC), gpath)
    fd = fs.STDIO_ALIASES.get(gpath)
    if fd is not None:
        return proc.fds.get(fd)
    pf = _proc_file(proc, gpath)
    if pf is not None:
        if flags & abi.O_ACCMODE != abi.O_RDONLY:
            raise GuestError(EACCES)
        return pf
    if gpath in (b"/proc/self/exe", b"/proc/%d/exe" % proc.pid):
        if not proc.exe_path:
            raise GuestError(ENOENT)
        try:
            hfd = os.open(proc.exe_path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as e:
            raise from_oserror(e)
        # named by the executable's path, as the file Linux opens (maps, /proc/self/fd)
        return fs.HostFile(hfd, abi.O_RDONLY | abi.O_LARGEFILE, bytes(proc.exe_guest_path or gpath), foreign=True)
    return None


def _proc_file(proc, gpath):
    """/proc/self|PID/maps and auxv of a live process (procfs.py)."""
    parts = gpath.split(b"/")
    if len(parts) != 4 or parts[:2] != [b"", b"proc"] or parts[3] not in (b"maps", b"auxv"):
        return None
    if parts[2] == b"self":
        target = proc.process
    elif parts[2].isdigit():
        target = proc.model.find_process(int(parts[2]))
        if target is None:
            t = proc.model.tasks.get(int(parts[2]))
            target = t.process if t is not None and t.process.state == "alive" else None
    else:
        return None
    if target is None or target.mm is None:
        raise GuestError(ENOENT)
    data = procfs.maps(target.mm) if parts[3] == b"maps" else procfs.auxv(target.auxv)
    return fs.ProcFile(data, gpath)


def _special_stat(proc, gpath):
    f = None
    if getattr(proc, "process", None) is not None and _proc_file(proc, gpath) is not None:
        f = _proc_file(proc, gpath)
        return f.fstat(), f
    if gpath in fs.VIRTUAL_DEVICES or gpath in fs.STDIO_ALIASES:
        f = _special_open(proc, gpath, abi.O_RDONLY)
        return f.fstat(), f
    return None


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


@syscall("chmod")
def sys_chmod(proc, path, mode, *_):
    proc.fs.chmod(_path(proc, path), mode & 0o7777)
    return 0


@syscall("fchmodat")
def sys_fchmodat(proc, dirfd, path, mode, *_):
    p = _path(proc, path)
    proc.fs.chmod(p, mode & 0o7777, _base(proc, dirfd, p))
    return 0


def _meta_fd(proc, fd):
    """The open file of fd, if the program may change its metadata. The stdio
    the user handed over and the executable behind /proc/self/exe lie outside
    the allowed directory: their mode, owner and times are not the program's
    (EPERM)."""
    f = _fd(proc, fd)
    if f.foreign:
        raise GuestError(EPERM)
    return f


@syscall("fchmod")
def sys_fchmod(proc, fd, mode, *_):
    f = _meta_fd(proc, fd)
    if f.host_fd is None:
        return 0
    try:
        os.fchmod(f.host_fd, mode & 0o7777)
    except OSError as e:
        raise from_oserror(e)
    return 0


def _ids(uid, gid):
    """uid_t/gid_t are 32-bit unsigned; (uid_t)-1 leaves the id as it is (chown_common)."""
    u, g = uid & 0xffffffff, gid & 0xffffffff
    return (-1 if u == 0xffffffff else u), (-1 if g == 0xffffffff else g)


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
    f = _meta_fd(proc, fd)
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
        f = _meta_fd(proc, dirfd)
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


# struct statfs of the host (x86-64 and the other LP64 asm-generic layouts) and of MIPS n64
# (arch/mips/include/uapi/asm/statfs.h: f_frsize and f_files/f_ffree/f_bavail in another order)
_HOST_STATFS = struct.Struct("<qqQQQQQiiqqq4q")
_MIPS_STATFS = struct.Struct("<qqqQQQQQiiqq5q")


def _statfs_of_fd(hfd):
    import ctypes
    from ..fs import _libc
    buf = ctypes.create_string_buffer(_HOST_STATFS.size)
    if _libc.fstatfs(hfd, buf) != 0:
        e = ctypes.get_errno()
        raise from_oserror(OSError(e, os.strerror(e)))
    (ftype, bsize, blocks, bfree, bavail, files, ffree, fsid0, fsid1, namelen, frsize, flags,
     *_spare) = _HOST_STATFS.unpack(buf.raw)
    return _MIPS_STATFS.pack(ftype, bsize, frsize, blocks, bfree, files, ffree, bavail, fsid0, fsid1,
                             namelen, flags, 0, 0, 0, 0, 0)


@syscall("fstatfs")
def sys_fstatfs(proc, fd, buf, *_):
    f = _fd(proc, fd)
    if f.host_fd is None:
        raise GuestError(ENOSYS)
    proc.mm.write(buf, _statfs_of_fd(f.host_fd))
    return 0


@syscall("statfs")
def sys_statfs(proc, path, buf, *_):
    hfd, _g = proc.fs.open(_path(proc, path), os.O_PATH)
    try:
        proc.mm.write(buf, _statfs_of_fd(hfd))
    finally:
        os.close(hfd)
    return 0
