"""Memory syscalls, on the address space proc.mm (host/mm.py).

* mmap of files: memory is mapped anonymous and the file bytes are copied in.
  MAP_SHARED file mappings (host/filemap.py) are kept coherent with the file
  at syscall boundaries: before and after any read/write/pread/pwrite/
  ftruncate/sendfile/... on that file (``_FILE_IO``, used by dispatch), and on
  msync, munmap, MAP_FIXED replacement, exit and death by signal, the bytes the
  guest changed are written back (never past EOF) and the mappings reloaded.
  Two mappings of one file see each other's stores only at such points.
  mremap of a shared mapping writes it back and keeps the moved copy private.
  Pages past EOF read as zeros (Linux would raise SIGBUS).
* mlock and friends succeed and do nothing; cacheflush has nothing to flush.
"""

from __future__ import annotations

from .. import abi, filemap, fs, procfs
from ..abi import s32, s64, PAGE_SIZE
from ..errors import GuestError, ENOMEM, EACCES, EINVAL, ENODEV
from .common import _fd, syscall

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
    if f.guest_path:
        try:
            st = f.fstat()
        except (GuestError, OSError):
            st = None
        proc.mm.set_file(a, a + _page_up(length), procfs.file_identity(f.guest_path, st) + (off - a, shared))
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


@syscall("mincore")
def sys_mincore(proc, addr, length, vec, *_):
    """One byte per page: 1 when the page is in memory (has a frame)."""
    if addr & (PAGE_SIZE - 1):
        raise GuestError(EINVAL)
    end = addr + _page_up(length)
    mm = proc.mm
    find = getattr(mm, "find_vma", None)
    out = bytearray()
    for va in range(addr, end, PAGE_SIZE):
        if find is not None and find(va) is None:
            raise GuestError(ENOMEM)
        if len(out) > 1 << 20:
            raise GuestError(ENOMEM)
        pt = getattr(mm, "pt", None)
        out.append(1 if pt is None or pt.get_pte(va) & 1 else 0)
    proc.mm.write(vec, bytes(out))
    return 0


@syscall("cacheflush")
def sys_cacheflush(proc, addr, nbytes, cache, *_):
    return 0          # the core caches decodings by instruction word: nothing goes stale
