"""The confined file system view and the guest file descriptor table.

Confinement model (chroot-like, checked by tests/host/test_fs.py):

* One host directory (``--fs-root``) is the guest's "/".  Every guest path is
  resolved here, component by component, starting from an ``O_PATH`` descriptor
  of that directory.  Each intermediate directory is opened with
  ``O_PATH|O_NOFOLLOW|O_DIRECTORY`` relative to its parent, so the host kernel
  never follows a symlink or a ``..`` on our behalf.
* ``..`` is handled by popping our own stack of directory descriptors.  A ``..``
  that would climb above the guest root is an escape attempt and fails with
  **EACCES** (the call never touches the host outside the root).
* Symlinks are read with ``readlinkat`` and interpreted in guest space: an
  absolute target restarts at the guest root (so a link to ``/etc`` means
  ``<root>/etc``, as under chroot); a relative one continues from the link's
  directory.  At most 40 links per lookup (ELOOP).
* The final operation is done with ``*at(dirfd, name)`` and ``O_NOFOLLOW`` /
  ``follow_symlinks=False``, so a component swapped for a symlink between our
  check and the operation gives ELOOP instead of an escape.  (A directory that
  another host process *moves* out of the root while we hold its descriptor is
  outside this model.)
* The guest cwd is a canonical guest path; it starts at the host cwd's position
  inside the root when the host cwd is inside it, else "/".

File descriptors: ``FdTable`` maps guest fd numbers to ``OpenFile`` objects
(open file descriptions, shared by dup).  Guest fds 0, 1, 2 are the host's
stdin/stdout/stderr, written with ``os.write`` unbuffered.  Host descriptors we
open are always O_CLOEXEC on the host; the guest's close-on-exec flag is kept
per guest fd.
"""

import ctypes
import errno as _host_errno
import os
import platform
import stat as _stat
import struct

from . import abi
from .errors import (GuestError, from_oserror, EACCES, EBADF, EINVAL, ELOOP, EMFILE,
                     ENAMETOOLONG, ENOENT, ENOTDIR, ESPIPE, EISDIR, ENOSPC, EBUSY, EEXIST,
                     EPERM, EOPNOTSUPP)

PATH_MAX = 4096
NAME_MAX = 255
MAX_SYMLINKS = 40
MAX_IO_CHUNK = 1 << 24          # largest single host read
MAX_RW_COUNT = 0x7ffff000        # Linux's cap on one read/write

# ---------------------------------------------------------------------------
# Raw host syscalls that Python does not expose (their structures are the same
# on every Linux architecture, so the bytes go to the guest unchanged).
_HOST_NR = {
    "x86_64": {"getdents64": 217, "statx": 332},
    "aarch64": {"getdents64": 61, "statx": 291},
    "riscv64": {"getdents64": 61, "statx": 291},
    "ppc64le": {"getdents64": 202, "statx": 383},
    "s390x": {"getdents64": 220, "statx": 379},
}.get(platform.machine(), {})

try:
    _libc = ctypes.CDLL(None, use_errno=True)
    _syscall = _libc.syscall
    _syscall.restype = ctypes.c_long
except (OSError, AttributeError):      # pragma: no cover
    _syscall = None


def host_getdents64(fd, size):
    """Raw linux_dirent64 records from the host directory ``fd`` (None if unsupported)."""
    nr = _HOST_NR.get("getdents64")
    if _syscall is None or nr is None:
        return None
    buf = ctypes.create_string_buffer(size)
    r = _syscall(ctypes.c_long(nr), ctypes.c_long(fd), buf, ctypes.c_long(size))
    if r < 0:
        e = ctypes.get_errno()
        raise OSError(e, os.strerror(e))
    return buf.raw[:r]


def host_statx(dirfd, name, flags, mask):
    """struct statx bytes from the host (None if the host has no statx)."""
    nr = _HOST_NR.get("statx")
    if _syscall is None or nr is None:
        return None
    buf = ctypes.create_string_buffer(abi.STATX_STRUCT_SIZE)
    r = _syscall(ctypes.c_long(nr), ctypes.c_long(dirfd), ctypes.c_char_p(name),
                 ctypes.c_long(flags), ctypes.c_long(mask & abi.MASK32), buf)
    if r < 0:
        e = ctypes.get_errno()
        if e == _host_errno.ENOSYS:
            return None
        raise OSError(e, os.strerror(e))
    return buf.raw


# ---------------------------------------------------------------------------
# open flags: guest (MIPS) <-> host
_O_ASYNC = getattr(os, "O_ASYNC", 0)
_FLAG_PAIRS = [
    (abi.O_APPEND, os.O_APPEND), (abi.O_DSYNC, os.O_DSYNC), (abi.O_NONBLOCK, os.O_NONBLOCK),
    (abi.O_CREAT, os.O_CREAT), (abi.O_TRUNC, os.O_TRUNC), (abi.O_EXCL, os.O_EXCL),
    (abi.O_NOCTTY, os.O_NOCTTY), (abi.O__SYNC, os.O_SYNC & ~os.O_DSYNC),
    (abi.O_DIRECTORY, os.O_DIRECTORY), (abi.O_NOFOLLOW, os.O_NOFOLLOW),
    (abi.O_NOATIME, getattr(os, "O_NOATIME", 0)), (abi.O_PATH, getattr(os, "O_PATH", 0)),
    (abi.O__TMPFILE, getattr(os, "O_TMPFILE", 0) & ~os.O_DIRECTORY),
    (abi.FASYNC, _O_ASYNC),
]
# O_DIRECT is dropped (host alignment rules would make Python buffers fail), O_LARGEFILE
# is implicit on 64-bit, O_CLOEXEC is a guest fd flag.


def guest_to_host_oflags(flags):
    h = flags & abi.O_ACCMODE
    for g, hv in _FLAG_PAIRS:
        if flags & g:
            h |= hv
    return h


def host_to_guest_oflags(hflags):
    g = hflags & abi.O_ACCMODE
    for gv, hv in _FLAG_PAIRS:
        if hv and (hflags & hv) == hv:
            g |= gv
    return g


# status flags that F_SETFL may change
SETFL_MASK = abi.O_APPEND | abi.O_NONBLOCK | abi.FASYNC | abi.O_DIRECT | abi.O_NOATIME


def _dirent_type(mode):
    return {
        _stat.S_IFREG: abi.DT_REG, _stat.S_IFDIR: abi.DT_DIR, _stat.S_IFLNK: abi.DT_LNK,
        _stat.S_IFCHR: abi.DT_CHR, _stat.S_IFBLK: abi.DT_BLK, _stat.S_IFIFO: abi.DT_FIFO,
        _stat.S_IFSOCK: abi.DT_SOCK,
    }.get(_stat.S_IFMT(mode), abi.DT_UNKNOWN)


# ---------------------------------------------------------------------------
# Path resolution

def _open_high(path, flags):
    """A host descriptor numbered 3 or more: fds 0-2 stay the guest's stdio
    (a closed host stdin must not become the file-system root)."""
    fd = os.open(path, flags)
    if fd < 3:
        import fcntl
        hi = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3)
        os.close(fd)
        fd = hi
    return fd

class Resolved:
    """Result of a lookup: the parent directory (an O_PATH fd) and the final name.

    ``name`` is None when the path names a directory reached without a final
    component ("/", ".", "a/.."): then ``dirfd`` is that directory itself.
    ``st`` is the lstat of the final object, or None when it does not exist.
    Use as a context manager; it closes the directory descriptors it opened.
    """

    __slots__ = ("_stack", "name", "st", "dirfd")

    def __init__(self, stack, name, st):
        self._stack = stack
        self.name = name
        self.st = st
        self.dirfd = stack[-1][0]

    @property
    def guest_path(self):
        parts = [n for _, n in self._stack[1:]]
        if self.name is not None:
            parts.append(self.name)
        return b"/" + b"/".join(parts)

    @property
    def parent_guest_path(self):
        return b"/" + b"/".join(n for _, n in self._stack[1:])

    @property
    def at_name(self):
        """The name to pass to *at() calls ("." for the directory itself)."""
        return b"." if self.name is None else self.name

    def exists(self):
        return self.st is not None

    def close(self):
        stack, self._stack = self._stack, []
        for fd, _ in stack[1:]:
            try:
                os.close(fd)
            except OSError:
                pass
        if stack:
            self._stack = stack[:1]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def _split(path):
    return [c for c in path.split(b"/") if c and c != b"."]


def normalize_guest_path(path, base=b"/"):
    """Lexically normalized absolute guest path (".." clamps at "/"); no file access."""
    if isinstance(path, str):
        path = os.fsencode(path)
    if not path.startswith(b"/"):
        path = base + b"/" + path
    out = []
    for c in _split(path):
        if c == b"..":
            if out:
                out.pop()
        else:
            out.append(c)
    return b"/" + b"/".join(out)


class FsRoot:
    """A host directory presented to the guest as "/"."""

    users = 1                 # processes sharing it (CLONE_FS)

    def copy(self):
        """fork without CLONE_FS: the same root, its own cwd."""
        c = object.__new__(FsRoot)
        c.__dict__.update(self.__dict__)
        c.root_fd = os.dup(self.root_fd)
        c.users = 1
        return c

    def release_ref(self):
        self.users -= 1
        if self.users <= 0:
            self.close()

    def __init__(self, host_root=None, host_cwd=None, sysroot=None, tty=False, private_tmp=False):
        host_root = os.path.realpath(os.fsencode(host_root if host_root is not None else os.getcwd()))
        self.host_root = host_root
        self.root_fd = _open_high(host_root, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
        self.tty = tty
        # --sysroot: looked up first (qemu's -L), a read-mostly tree of its own
        self.sysroot = FsRoot(sysroot) if sysroot is not None else None
        # a private /tmp: a host temporary directory, removed after the run
        self.tmp_dir = self.tmp_fd = None
        if private_tmp:
            import tempfile
            self.tmp_dir = os.fsencode(tempfile.mkdtemp(prefix="mipsvm-tmp-"))
            self.tmp_fd = _open_high(self.tmp_dir, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
        cwd = os.path.realpath(os.fsencode(host_cwd if host_cwd is not None else os.getcwd()))
        self.cwd = b"/"
        if cwd == host_root:
            self.cwd = b"/"
        elif cwd.startswith(host_root.rstrip(b"/") + b"/"):
            self.cwd = b"/" + cwd[len(host_root.rstrip(b"/")) + 1:].strip(b"/")

    def close(self):
        if self.root_fd is not None:
            os.close(self.root_fd)
            self.root_fd = None

    def remove_private_tmp(self):
        if self.tmp_dir is not None:
            import shutil
            shutil.rmtree(self.tmp_dir, ignore_errors=True)
            self.tmp_dir = None

    # -- lookup ---------------------------------------------------------------
    def resolve(self, path, base=None, follow=True):
        """Walk ``path`` (bytes) relative to the guest directory ``base`` (default cwd).

        Intermediate symlinks are always followed (in guest space); the final one
        only when ``follow``.  A missing final component is not an error (st is
        None) so that creating calls can use the parent.  With a sysroot, a path
        that exists there is taken from there (like qemu-user's -L).
        """
        if self.sysroot is not None:
            if isinstance(path, str):
                path = os.fsencode(path)
            full = path if path.startswith(b"/") else (base or self.cwd) + b"/" + path
            if not (full + b"/").startswith(b"/tmp/"):
                try:
                    r = self.sysroot.resolve(full, b"/", follow)
                except GuestError:
                    r = None
                if r is not None:
                    if r.st is not None:
                        return r
                    r.close()
        return self._resolve(path, base, follow)

    def _resolve(self, path, base=None, follow=True):
        if isinstance(path, str):
            path = os.fsencode(path)
        if not path:
            raise GuestError(ENOENT)
        if len(path) >= PATH_MAX:
            raise GuestError(ENAMETOOLONG)
        if base is None:
            base = self.cwd
        raw = path.split(b"/")
        must_dir = raw[-1] in (b"", b".", b"..") and path != b"/"
        comps = _split(path)
        if not path.startswith(b"/"):
            comps = _split(base) + comps
        todo = comps[::-1]
        stack = [(self.root_fd, b"")]
        links = 0
        try:
            while todo:
                c = todo.pop()
                if c == b"..":
                    if len(stack) == 1:
                        raise GuestError(EACCES, "path escapes the file system root")
                    fd, _ = stack.pop()
                    os.close(fd)
                    continue
                if len(c) > NAME_MAX:
                    raise GuestError(ENAMETOOLONG)
                last = not todo
                top = stack[-1][0]
                if len(stack) == 1 and c == b"tmp" and self.tmp_fd is not None:
                    stack.append((os.dup(self.tmp_fd), c))      # the private /tmp mount
                    if last:
                        return Resolved(stack, None, os.fstat(stack[-1][0]))
                    continue
                try:
                    st = os.stat(c, dir_fd=top, follow_symlinks=False)
                except FileNotFoundError:
                    if last:
                        return Resolved(stack, c, None)
                    raise GuestError(ENOENT)
                if _stat.S_ISLNK(st.st_mode) and (not last or follow or must_dir):
                    links += 1
                    if links > MAX_SYMLINKS:
                        raise GuestError(ELOOP)
                    target = os.readlink(c, dir_fd=top)
                    if not target:
                        raise GuestError(ENOENT)
                    if target.startswith(b"/"):
                        for fd, _ in stack[1:]:
                            os.close(fd)
                        del stack[1:]
                    if last and target.endswith(b"/"):
                        must_dir = True
                    todo.extend(_split(target)[::-1])
                    continue
                if last:
                    if must_dir and not _stat.S_ISDIR(st.st_mode):
                        raise GuestError(ENOTDIR)
                    return Resolved(stack, c, st)
                if not _stat.S_ISDIR(st.st_mode):
                    raise GuestError(ENOTDIR)
                fd = os.open(c, os.O_PATH | os.O_NOFOLLOW | os.O_DIRECTORY | os.O_CLOEXEC, dir_fd=top)
                stack.append((fd, c))
            st = os.stat(stack[-1][0])
            return Resolved(stack, None, st)
        except GuestError:
            Resolved(stack, None, None).close()
            raise
        except OSError as e:
            Resolved(stack, None, None).close()
            raise from_oserror(e)

    # -- operations -----------------------------------------------------------
    def open(self, path, host_flags, mode=0o666, base=None, follow=True):
        """Open a guest path; returns (host fd, canonical guest path)."""
        if host_flags & os.O_CREAT and host_flags & os.O_EXCL:
            follow = False
        if host_flags & os.O_NOFOLLOW:
            follow = False
        with self.resolve(path, base, follow) as r:
            if r.st is None and not host_flags & os.O_CREAT:
                raise GuestError(ENOENT)
            if r.st is None and r.name is not None and path.endswith(b"/"):
                raise GuestError(EISDIR)
            try:
                fd = os.open(r.at_name, host_flags | os.O_NOFOLLOW | os.O_CLOEXEC, mode, dir_fd=r.dirfd)
            except OSError as e:
                raise from_oserror(e)
            return fd, r.guest_path

    def stat(self, path, base=None, follow=True):
        with self.resolve(path, base, follow) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            return r.st

    def statx(self, path, base=None, follow=True, mask=abi.STATX_BASIC_STATS, at_flags=0):
        with self.resolve(path, base, follow) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            sync = at_flags & abi.AT_STATX_SYNC_TYPE
            try:
                if r.name is None:
                    data = host_statx(r.dirfd, b"", 0x1000 | sync, mask)     # AT_EMPTY_PATH
                else:
                    data = host_statx(r.dirfd, r.name, 0x100 | sync, mask)   # AT_SYMLINK_NOFOLLOW
            except OSError as e:
                raise from_oserror(e)
            if data is None:
                data = abi.pack_statx_from_stat(r.st, mask)
            return data

    def access(self, path, mode, base=None, follow=True):
        with self.resolve(path, base, follow) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            try:
                ok = os.access(r.at_name, mode, dir_fd=r.dirfd, follow_symlinks=False)
            except (OSError, NotImplementedError):
                ok = os.access(r.at_name, mode, dir_fd=r.dirfd)
            if not ok:
                raise GuestError(EACCES)

    def mkdir(self, path, mode, base=None):
        with self.resolve(path, base, follow=False) as r:
            self._host(os.mkdir, r.at_name, mode, dir_fd=r.dirfd)

    def mknod(self, path, mode, dev, base=None):
        with self.resolve(path, base, follow=False) as r:
            self._host(os.mknod, r.at_name, mode, dev, dir_fd=r.dirfd)

    def unlink(self, path, base=None):
        with self.resolve(path, base, follow=False) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            self._host(os.unlink, r.at_name, dir_fd=r.dirfd)

    def rmdir(self, path, base=None):
        with self.resolve(path, base, follow=False) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            if r.name is None:
                raise GuestError(EINVAL if path.rstrip(b"/").endswith(b".") else EBUSY)
            self._host(os.rmdir, r.at_name, dir_fd=r.dirfd)

    def rename(self, old, old_base, new, new_base, flags=0):
        with self.resolve(old, old_base, follow=False) as a, \
                self.resolve(new, new_base, follow=False) as b:
            if a.st is None:
                raise GuestError(ENOENT)
            if a.name is None or b.name is None:
                raise GuestError(EBUSY)   # renaming "/" or "."
            if flags == 0:
                self._host(os.rename, a.name, b.name, src_dir_fd=a.dirfd, dst_dir_fd=b.dirfd)
                return
            if flags & abi.RENAME_NOREPLACE and not flags & ~abi.RENAME_NOREPLACE:
                # emulate with link+unlink would change semantics for dirs; check-then-rename
                if b.st is not None:
                    raise GuestError(EEXIST)
                self._host(os.rename, a.name, b.name, src_dir_fd=a.dirfd, dst_dir_fd=b.dirfd)
                return
            raise GuestError(EINVAL)

    def link(self, old, old_base, new, new_base, follow=False):
        with self.resolve(old, old_base, follow=follow) as a, \
                self.resolve(new, new_base, follow=False) as b:
            if a.st is None:
                raise GuestError(ENOENT)
            if a.name is None:
                raise GuestError(EPERM)  # hard link to a directory
            self._host(os.link, a.name, b.at_name, src_dir_fd=a.dirfd, dst_dir_fd=b.dirfd,
                       follow_symlinks=False)

    def symlink(self, target, path, base=None):
        with self.resolve(path, base, follow=False) as r:
            self._host(os.symlink, target, r.at_name, dir_fd=r.dirfd)

    def readlink(self, path, base=None):
        with self.resolve(path, base, follow=False) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            if r.name is None or not _stat.S_ISLNK(r.st.st_mode):
                raise GuestError(EINVAL)
            return self._host(os.readlink, r.name, dir_fd=r.dirfd)

    def chdir(self, path, base=None):
        with self.resolve(path, base, follow=True) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            if not _stat.S_ISDIR(r.st.st_mode):
                raise GuestError(ENOTDIR)
            if not os.access(r.at_name, os.X_OK, dir_fd=r.dirfd):
                raise GuestError(EACCES)
            self.cwd = r.guest_path

    def truncate(self, path, length, base=None):
        with self.resolve(path, base, follow=True) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            if r.name is None or _stat.S_ISDIR(r.st.st_mode):
                raise GuestError(EISDIR)
            fd = self._host(os.open, r.name, os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=r.dirfd)
            try:
                self._host(os.ftruncate, fd, length)
            finally:
                os.close(fd)

    def chmod(self, path, mode, base=None, follow=True):
        with self.resolve(path, base, follow=follow) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            if _stat.S_ISLNK(r.st.st_mode):
                raise GuestError(EOPNOTSUPP)   # as Linux for lchmod
            fd = self._host(os.open, r.at_name, os.O_PATH | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=r.dirfd)
            try:
                self._host(os.chmod, "/proc/self/fd/%d" % fd, mode)
            finally:
                os.close(fd)

    def chown(self, path, uid, gid, base=None, follow=True):
        with self.resolve(path, base, follow=follow) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            self._host(os.chown, r.at_name, uid, gid, dir_fd=r.dirfd, follow_symlinks=False)

    def utime(self, path, ns, base=None, follow=True):
        """ns: (atime_ns, mtime_ns) or None for "now" (both)."""
        with self.resolve(path, base, follow=follow) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            kw = {"ns": ns} if ns is not None else {}
            self._host(os.utime, r.at_name, dir_fd=r.dirfd, follow_symlinks=False, **kw)

    def open_dir_path(self, path, base=None):
        """Canonical guest path of a directory (for fchdir/openat bases)."""
        with self.resolve(path, base, follow=True) as r:
            if r.st is None:
                raise GuestError(ENOENT)
            if not _stat.S_ISDIR(r.st.st_mode):
                raise GuestError(ENOTDIR)
            return r.guest_path

    @staticmethod
    def _host(fn, *args, **kw):
        try:
            return fn(*args, **kw)
        except OSError as e:
            raise from_oserror(e)


# ---------------------------------------------------------------------------
# Open file descriptions

class FakeStat:
    """A stat_result stand-in for files that have no host inode."""

    def __init__(self, mode, rdev=0, ino=0, size=0, dev=5, nlink=1, blksize=4096):
        self.st_mode = mode
        self.st_ino = ino
        self.st_dev = dev
        self.st_nlink = nlink
        self.st_uid = abi.UID
        self.st_gid = abi.GID
        self.st_rdev = rdev
        self.st_size = size
        self.st_blksize = blksize
        self.st_blocks = 0
        for n in ("st_atime", "st_mtime", "st_ctime"):
            setattr(self, n, 0)
        for n in ("st_atime_ns", "st_mtime_ns", "st_ctime_ns"):
            setattr(self, n, 0)


class OpenFile:
    """An open file description; shared between dup'ed guest fds."""

    kind = "file"

    def __init__(self, flags=abi.O_RDWR, guest_path=b""):
        self.flags = flags            # guest status flags (F_GETFL)
        self.guest_path = guest_path
        self.refs = 0

    host_fd = None
    is_dir = False
    foreign = False               # a host file outside the allowed directory (HostFile)

    def readable(self):
        return (self.flags & abi.O_ACCMODE) in (abi.O_RDONLY, abi.O_RDWR) and not self.flags & abi.O_PATH

    def writable(self):
        return (self.flags & abi.O_ACCMODE) in (abi.O_WRONLY, abi.O_RDWR) and not self.flags & abi.O_PATH

    def read(self, n):
        raise GuestError(EINVAL)

    def write(self, data):
        raise GuestError(EINVAL)

    def pread(self, n, off):
        raise GuestError(ESPIPE)

    def pwrite(self, data, off):
        raise GuestError(ESPIPE)

    def lseek(self, off, whence):
        raise GuestError(ESPIPE)

    def fstat(self):
        return FakeStat(abi.S_IFREG | 0o600)

    def statx(self, mask):
        return abi.pack_statx_from_stat(self.fstat(), mask)

    def getdents(self, size):
        raise GuestError(ENOTDIR)

    def truncate(self, length):
        raise GuestError(EINVAL)

    def sync(self):
        return 0

    def poll(self, events):
        """Ready events without blocking (virtual files are always ready)."""
        return events & (abi.POLLIN | abi.POLLOUT | abi.POLLRDNORM | abi.POLLWRBAND)

    def get_host_flags(self):
        return self.flags

    def set_status_flags(self, flags):
        self.flags = (self.flags & ~SETFL_MASK) | (flags & SETFL_MASK)

    def release(self):
        pass


class HostFile(OpenFile):
    """A host file descriptor (regular file, directory, pipe, tty, stdio...)."""

    kind = "host"

    def __init__(self, fd, flags, guest_path=b"", owned=True, foreign=None):
        super().__init__(flags, guest_path)
        self.host_fd = fd
        self.owned = owned
        # a host file outside the allowed directory (the user's stdio, the
        # executable behind /proc/self/exe): readable or writable as opened,
        # its metadata not the program's
        self.foreign = (not owned) if foreign is None else foreign
        try:
            st = os.fstat(fd)
            self.is_dir = _stat.S_ISDIR(st.st_mode)
            self.is_regular = _stat.S_ISREG(st.st_mode)
        except OSError:
            self.is_dir = False
            self.is_regular = False
        self._dir_entries = None   # fallback getdents state
        self._dir_pos = 0

    def _call(self, fn, *args):
        try:
            return fn(*args)
        except OSError as e:
            raise from_oserror(e)

    def read(self, n):
        if self.is_dir:
            raise GuestError(EISDIR)
        n = min(n, MAX_RW_COUNT)
        if not self.is_regular:
            return self._call(os.read, self.host_fd, min(n, MAX_IO_CHUNK))
        parts = []
        while n > 0:
            chunk = self._call(os.read, self.host_fd, min(n, MAX_IO_CHUNK))
            if not chunk:
                break
            parts.append(chunk)
            n -= len(chunk)
        return b"".join(parts)

    def write(self, data):
        return self._call(os.write, self.host_fd, data[:MAX_RW_COUNT])

    def pread(self, n, off):
        if self.is_dir:
            raise GuestError(EISDIR)
        return self._call(os.pread, self.host_fd, min(n, MAX_IO_CHUNK), off)

    def pwrite(self, data, off):
        return self._call(os.pwrite, self.host_fd, data, off)

    def lseek(self, off, whence):
        if self.is_dir and self._dir_entries is not None:
            if whence != abi.SEEK_SET or off < 0:
                raise GuestError(EINVAL)
            self._dir_pos = off
            return off
        return self._call(os.lseek, self.host_fd, off, whence)

    def fstat(self):
        return self._call(os.fstat, self.host_fd)

    def statx(self, mask):
        try:
            data = host_statx(self.host_fd, b"", 0x1000, mask)   # AT_EMPTY_PATH
        except OSError as e:
            raise from_oserror(e)
        if data is None:
            data = abi.pack_statx_from_stat(self.fstat(), mask)
        return data

    def getdents(self, size):
        if not self.is_dir:
            raise GuestError(ENOTDIR)
        if self._dir_entries is None:
            try:
                data = host_getdents64(self.host_fd, size)
            except OSError as e:
                raise from_oserror(e)
            if data is not None:
                return data
            self._dir_entries = self._list_dir()
        return self._fallback_getdents(size)

    def _list_dir(self):
        entries = []
        st = self.fstat()
        entries.append((st.st_ino, abi.DT_DIR, b"."))
        entries.append((st.st_ino, abi.DT_DIR, b".."))
        fd = os.open(b".", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC, dir_fd=self.host_fd)
        try:
            with os.scandir(fd) as it:
                for e in it:
                    try:
                        t = _dirent_type(e.stat(follow_symlinks=False).st_mode)
                    except OSError:
                        t = abi.DT_UNKNOWN
                    entries.append((e.inode(), t, os.fsencode(e.name)))
        finally:
            os.close(fd)
        return entries

    def _fallback_getdents(self, size):
        out = bytearray()
        while self._dir_pos < len(self._dir_entries):
            ino, t, name = self._dir_entries[self._dir_pos]
            reclen = (19 + len(name) + 1 + 7) & ~7
            if len(out) + reclen > size:
                if not out:
                    raise GuestError(EINVAL)
                break
            rec = struct.pack("<QqHB", ino, self._dir_pos + 1, reclen, t) + name
            out += rec + bytes(reclen - len(rec))
            self._dir_pos += 1
        return bytes(out)

    def truncate(self, length):
        if not self.writable():
            raise GuestError(EINVAL)
        self._call(os.ftruncate, self.host_fd, length)

    def sync(self):
        try:
            os.fsync(self.host_fd)
        except OSError as e:
            raise from_oserror(e)     # EINVAL for pipes/ttys, as on Linux
        return 0

    def poll(self, events):
        import select
        p = select.poll()
        p.register(self.host_fd, events & 0xffff)
        r = p.poll(0)
        return r[0][1] if r else 0

    def get_host_flags(self):
        try:
            import fcntl
            hf = fcntl.fcntl(self.host_fd, fcntl.F_GETFL)
        except OSError:
            return self.flags
        return (host_to_guest_oflags(hf) & ~(abi.O_CREAT | abi.O_EXCL | abi.O_NOCTTY | abi.O_TRUNC)) \
            | abi.O_LARGEFILE

    def set_status_flags(self, flags):
        import fcntl
        hf = fcntl.fcntl(self.host_fd, fcntl.F_GETFL)
        keep = hf & ~(os.O_APPEND | os.O_NONBLOCK)
        new = keep | guest_to_host_oflags(flags & (abi.O_APPEND | abi.O_NONBLOCK))
        try:
            fcntl.fcntl(self.host_fd, fcntl.F_SETFL, new)
        except OSError as e:
            raise from_oserror(e)
        super().set_status_flags(flags)

    def isatty(self):
        try:
            return os.isatty(self.host_fd)
        except OSError:
            return False

    def release(self):
        if self.owned and self.host_fd is not None:
            try:
                os.close(self.host_fd)
            except OSError:
                pass
        self.host_fd = None


class DevNull(OpenFile):
    kind = "dev"
    RDEV = (1, 3)

    def read(self, n):
        return b""

    def write(self, data):
        return len(data)

    def pread(self, n, off):
        return self.read(n)

    def pwrite(self, data, off):
        return self.write(data)

    def lseek(self, off, whence):
        return 0

    def truncate(self, length):
        return 0

    def fstat(self):
        ma, mi = self.RDEV
        return FakeStat(abi.S_IFCHR | 0o666, rdev=os.makedev(ma, mi), ino=ma * 256 + mi)


class DevZero(DevNull):
    RDEV = (1, 5)

    def read(self, n):
        return bytes(min(n, MAX_IO_CHUNK))


class DevFull(DevZero):
    RDEV = (1, 7)

    def write(self, data):
        raise GuestError(ENOSPC)


class DevRandom(DevNull):
    """/dev/urandom and /dev/random: deterministic bytes from the process rng."""
    RDEV = (1, 9)

    def __init__(self, rng, flags, guest_path=b"", rdev=(1, 9)):
        super().__init__(flags, guest_path)
        self.rng = rng
        self.RDEV = rdev

    def read(self, n):
        n = min(n, MAX_IO_CHUNK)
        return self.rng.randbytes(n) if n else b""


class ProcFile(OpenFile):
    """A read-only /proc file: its text made at open (Linux makes it at each
    read; a program that reads it once sees the same)."""

    kind = "proc"

    def __init__(self, data: bytes, guest_path=b""):
        super().__init__(abi.O_RDONLY, guest_path)
        self.data, self.pos = bytes(data), 0

    def read(self, n):
        out = self.data[self.pos:self.pos + max(0, n)]
        self.pos += len(out)
        return out

    def pread(self, n, off):
        return self.data[off:off + max(0, n)]

    def lseek(self, off, whence):
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self.pos, os.SEEK_END: len(self.data)}.get(whence)
        if base is None or base + off < 0:
            raise GuestError(EINVAL)
        self.pos = base + off
        return self.pos

    def fstat(self):
        return FakeStat(abi.S_IFREG | 0o444, ino=hash(self.guest_path) & 0xffffff, dev=22)


VIRTUAL_DEVICES = {
    b"/dev/null": lambda rng, fl, p: DevNull(fl, p),
    b"/dev/zero": lambda rng, fl, p: DevZero(fl, p),
    b"/dev/full": lambda rng, fl, p: DevFull(fl, p),
    b"/dev/urandom": lambda rng, fl, p: DevRandom(rng, fl, p, (1, 9)),
    b"/dev/random": lambda rng, fl, p: DevRandom(rng, fl, p, (1, 8)),
}
STDIO_ALIASES = {b"/dev/stdin": 0, b"/dev/stdout": 1, b"/dev/stderr": 2,
                 b"/proc/self/fd/0": 0, b"/proc/self/fd/1": 1, b"/proc/self/fd/2": 2}


# ---------------------------------------------------------------------------
# The descriptor table

class FdTable:
    def __init__(self, max_fds=1024):
        self._slots = {}          # guest fd -> [OpenFile, cloexec]
        self.max_fds = max_fds
        self.users = 1            # processes sharing it (CLONE_FILES)

    def copy(self):
        """dup_fd (fork without CLONE_FILES): the same open file descriptions."""
        t = FdTable(self.max_fds)
        for fd, (f, cloexec) in self._slots.items():
            f.refs += 1
            t._slots[fd] = [f, cloexec]
        return t

    def share(self):
        self.users += 1
        return self

    def release_ref(self):
        """A process lets go of the table (exit): the last one closes everything."""
        self.users -= 1
        if self.users <= 0:
            self.close_all()

    def unshare_for_exec(self, proc=None, model=None):
        """execve: a private table (unshare_files), then close-on-exec (do_close_on_exec)."""
        t = self
        if self.users > 1:
            self.users -= 1
            t = self.copy()
        for fd in [fd for fd, s in t._slots.items() if s[1]]:
            t.close(fd)
        return t

    @classmethod
    def with_stdio(cls, max_fds=1024):
        """Guest fds 0, 1, 2 = host stdin, stdout, stderr (not closed on the host)."""
        t = cls(max_fds)
        for fd, acc in ((0, abi.O_RDONLY), (1, abi.O_WRONLY), (2, abi.O_WRONLY)):
            try:
                os.fstat(fd)
            except OSError:
                continue           # host fd closed: guest fd closed too
            f = HostFile(fd, acc, b"", owned=False)
            try:
                import fcntl
                f.flags = host_to_guest_oflags(fcntl.fcntl(fd, fcntl.F_GETFL)) | abi.O_LARGEFILE
            except OSError:
                pass
            t.install_at(fd, f)
        return t

    def __contains__(self, fd):
        return fd in self._slots

    def fds(self):
        return sorted(self._slots)

    def get(self, fd):
        s = self._slots.get(fd)
        if s is None:
            raise GuestError(EBADF)
        return s[0]

    def get_cloexec(self, fd):
        self.get(fd)
        return self._slots[fd][1]

    def set_cloexec(self, fd, on):
        self.get(fd)
        self._slots[fd][1] = bool(on)

    def lowest_free(self, lowest=0):
        fd = lowest
        while fd in self._slots:
            fd += 1
        if fd >= self.max_fds:
            raise GuestError(EMFILE)
        return fd

    def install(self, f, cloexec=False, lowest=0):
        fd = self.lowest_free(lowest)
        self.install_at(fd, f, cloexec)
        return fd

    def install_at(self, fd, f, cloexec=False):
        if fd < 0 or fd >= self.max_fds:
            raise GuestError(EBADF)
        old = self._slots.get(fd)
        f.refs += 1
        self._slots[fd] = [f, bool(cloexec)]
        if old is not None:
            self._drop(old[0])

    def close(self, fd):
        s = self._slots.pop(fd, None)
        if s is None:
            raise GuestError(EBADF)
        self._drop(s[0])

    def _drop(self, f):
        f.refs -= 1
        if f.refs <= 0:
            f.release()

    def dup(self, fd, lowest=0, cloexec=False):
        return self.install(self.get(fd), cloexec, lowest)

    def dup2(self, old, new, cloexec=False):
        f = self.get(old)
        if new < 0 or new >= self.max_fds:
            raise GuestError(EBADF)
        if old == new:
            return new
        self.install_at(new, f, cloexec)
        return new

    def close_all(self):
        for fd in list(self._slots):
            self.close(fd)

    def files(self):
        return [s[0] for s in self._slots.values()]


__all__ = ["FsRoot", "FdTable", "OpenFile", "HostFile", "Resolved", "normalize_guest_path",
           "guest_to_host_oflags", "host_to_guest_oflags", "VIRTUAL_DEVICES", "STDIO_ALIASES"]
