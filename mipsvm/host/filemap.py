"""MAP_SHARED file mappings of an address space (AddressSpace.file_maps).

They are emulated: each mapping is private anonymous memory, filled from the
file by mmap and kept coherent with the file at syscall boundaries (a
single-threaded guest observes the file only through syscalls).  A shadow copy
remembers what the file held at the last synchronisation, so only bytes the
guest changed are written back, never past EOF, and several mappings of one
file merge their stores.  Before and after a syscall on a mapped file, and on
msync, munmap, MAP_FIXED replacement, exit and death by a signal, the syscall
layer has the mappings of that file written back and reloaded.  Stores through
one mapping become visible in another mapping of the same file at the next
such point (Linux shares the page, so it would see them at once).

A file is identified by (st_dev, st_ino); a record holds a reference on its
open file (``refs``) until the mapping goes.
"""

from __future__ import annotations

from .errors import GuestError
from .fs import MAX_IO_CHUNK


class SharedMap:
    __slots__ = ("addr", "length", "file", "offset", "key", "shadow")

    def __init__(self, addr, length, f, offset, key, shadow):
        self.addr, self.length, self.file, self.offset, self.key = addr, length, f, offset, key
        self.shadow = bytearray(shadow[:length]).ljust(length, b"\0")


def file_key(f):
    try:
        st = f.fstat()
        return (st.st_dev, st.st_ino)
    except GuestError:
        return None


def pread_all(f, n, off):
    parts = []
    while n > 0:
        chunk = f.pread(min(n, MAX_IO_CHUNK), off)
        if not chunk:
            break
        parts.append(chunk)
        n -= len(chunk)
        off += len(chunk)
    return b"".join(parts)


def _dirty_runs(mem, shadow):
    """(start, end) runs where mem differs from shadow."""
    step = 4096
    for base in range(0, len(mem), step):
        a, b = mem[base:base + step], shadow[base:base + step]
        if a == b:
            continue
        i, n = 0, len(a)
        while i < n:
            if a[i] != b[i]:
                j = i + 1
                while j < n and a[j] != b[j]:
                    j += 1
                yield base + i, base + j
                i = j
            else:
                i += 1


def _release_file(f):
    f.refs -= 1
    if f.refs <= 0:
        f.release()


class FileMaps:
    """The shared file mappings of one address space ``mm``."""

    def __init__(self, mm):
        self.mm = mm
        self.maps: list[SharedMap] = []

    def add(self, addr, length, f, offset, key, data):
        """Record a new mapping of f at addr; data is what was read into it."""
        f.refs += 1
        self.maps.append(SharedMap(addr, length, f, offset, key, data))

    def keys(self):
        return {r.key for r in self.maps}

    def _writeback(self, rec, lo=0, hi=1 << 64):
        s, e = max(rec.addr, lo), min(rec.addr + rec.length, hi)
        if s >= e:
            return
        try:
            size = rec.file.fstat().st_size
            rel = s - rec.addr
            fstart = rec.offset + rel
            n = min(e - s, size - fstart)
            if n <= 0:
                return
            mem = self.mm.read(s, n)
            for a, b in _dirty_runs(mem, rec.shadow[rel:rel + n]):
                pos = a
                while pos < b:
                    pos += rec.file.pwrite(mem[pos:b], fstart + pos)
            rec.shadow[rel:rel + n] = mem
        except GuestError:
            pass

    def _refresh(self, rec):
        try:
            data = pread_all(rec.file, rec.length, rec.offset)
            if data and self.mm.read(rec.addr, len(data)) != data:
                self.mm.write(rec.addr, data, force=True)
            rec.shadow[:len(data)] = data
        except GuestError:
            pass

    def sync(self, key):
        """Write back every mapping of the file ``key``, then reload them all."""
        if key is None:
            return
        recs = [r for r in self.maps if r.key == key]
        for rec in recs:
            self._writeback(rec)
        for rec in recs:
            self._refresh(rec)

    def flush(self, lo, hi, drop):
        """Write back the mapped pages overlapping [lo, hi); with drop, forget
        them (munmap, MAP_FIXED, mremap, exit) and keep the parts outside."""
        keep = []
        keys = set()
        for rec in self.maps:
            s, e = max(rec.addr, lo), min(rec.addr + rec.length, hi)
            if s >= e:
                keep.append(rec)
                continue
            self._writeback(rec, s, e)
            keys.add(rec.key)
            if drop:
                if rec.addr < s:
                    rec.file.refs += 1
                    keep.append(SharedMap(rec.addr, s - rec.addr, rec.file, rec.offset, rec.key,
                                          rec.shadow[:s - rec.addr]))
                if e < rec.addr + rec.length:
                    rec.file.refs += 1
                    keep.append(SharedMap(e, rec.addr + rec.length - e, rec.file,
                                          rec.offset + (e - rec.addr), rec.key, rec.shadow[e - rec.addr:]))
                _release_file(rec.file)
            else:
                keep.append(rec)
        self.maps = keep
        for key in keys:
            for rec in keep:
                if rec.key == key:
                    self._refresh(rec)
