"""The /proc files made from a process's state: /proc/PID/maps as
fs/proc/task_mmu.c show_map_vma formats it, /proc/PID/auxv as
fs/proc/base.c proc_pid_auxv gives it (the saved auxv words, AT_NULL pair
included)."""

from __future__ import annotations

import os
import struct

from .mm import MAP_SHARED, MAP_TYPE, PROT_EXEC, PROT_READ, PROT_WRITE

MAPS_NAME_COLUMN = 25 + 8 * 6 - 1      # seq_setwidth: the name starts after this many columns


def file_identity(path: bytes, st) -> tuple:
    """(guest path, st_dev, st_ino) of a file a VMA maps."""
    return (bytes(path), st.st_dev, st.st_ino) if st is not None else (bytes(path), 0, 0)


def maps(mm) -> bytes:
    out = []
    for v in mm.vmas:
        f = v.file
        shared = f[4] if f is not None else v.flags & MAP_TYPE == MAP_SHARED
        perms = "%s%s%s%s" % ("r" if v.prot & PROT_READ else "-", "w" if v.prot & PROT_WRITE else "-",
                              "x" if v.prot & PROT_EXEC else "-", "s" if shared else "p")
        if f is not None:
            path, dev, ino, delta = f[0], f[1], f[2], f[3]
            pgoff = v.start + delta
            name = path
        else:
            dev = ino = pgoff = 0
            name = b""
            if v.start < mm.brk_end and v.end > mm.start_brk:       # overlaps the brk area
                name = b"[heap]"
            elif v.start <= mm.start_stack <= v.end and mm.start_stack:
                name = b"[stack]"
        line = b"%08x-%08x %s %08x %02x:%02x %d " % (v.start, v.end, perms.encode(), pgoff,
                                                    os.major(dev), os.minor(dev), ino)
        if name:
            line = line.ljust(MAPS_NAME_COLUMN) + b" " + name
        out.append(line + b"\n")
    return b"".join(out)


def auxv(pairs) -> bytes:
    return b"".join(struct.pack("<QQ", k, v) for k, v in pairs)
