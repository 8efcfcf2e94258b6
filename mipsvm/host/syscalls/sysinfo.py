"""System information: uname, sysinfo, getrandom, personality.

* uname: "Linux", nodename "mipsvm", release "6.1.0", version "#1 SMP",
  machine "mips64", domainname "(none)".  (qemu reports the host's
  release/nodename, which is not reproducible.)
* sysinfo: totalram = ``proc.mem_size``, freeram = half, no swap, procs = 1,
  mem_unit = 1, uptime from CLOCK_MONOTONIC.
* getrandom: bytes from the seeded ``proc.rng``.
"""

from __future__ import annotations

from .. import abi
from ..errors import GuestError, EINVAL
from .common import syscall

UNAME = {
    "sysname": b"Linux", "nodename": b"mipsvm", "release": b"6.1.0", "version": b"#1 SMP",
    "machine": b"mips64", "domainname": b"(none)",
}


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


# sysmips commands (arch/mips/include/uapi/asm/sysmips.h)
MIPS_FIXADE, FLUSH_CACHE = 7, 3


@syscall("sysmips")
def sys_sysmips(proc, cmd, arg1, *_):
    """arch/mips/kernel/syscall.c: MIPS_FIXADE sets or clears TIF_FIXADE (bit 0:
    emulate misaligned accesses, else SIGBUS; bit 1, TIF_LOGADE, only logs);
    FLUSH_CACHE has nothing to flush; MIPS_ATOMIC_SET and the rest: EINVAL."""
    cmd &= 0xFFFFFFFF
    if cmd == MIPS_FIXADE:
        if arg1 & ~3:
            raise GuestError(EINVAL)
        proc.fixade = bool(arg1 & 1)
        return 0
    if cmd == FLUSH_CACHE:
        return 0
    raise GuestError(EINVAL)


@syscall("personality")
def sys_personality(proc, persona, *_):
    return 0          # PER_LINUX
