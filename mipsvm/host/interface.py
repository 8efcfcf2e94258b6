"""The process as the Linux personality sees it: everything the syscall layer
(syscalls/) and signal delivery (signals.py) use of a process, its CPU and its
address space.

process.Process provides it for a running program, tests/host/fakes.py's
FakeProcess for the unit tests; tests/host/test_interface.py checks both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, MutableMapping, Protocol, Sequence, runtime_checkable

if TYPE_CHECKING:
    import random

    from .clock import Clock
    from .filemap import FileMaps
    from .fs import FdTable, FsRoot
    from .signals import SignalState
    from .syscalls import SysState


@runtime_checkable
class Machine(Protocol):
    """The user-visible CPU state (core.Core)."""
    pc: int                 # setting it also sets the next pc (no delay slot pending)
    hi: int
    lo: int
    fcsr: int
    userlocal: int          # the thread pointer RDHWR $29 reads

    def get_gpr(self, i: int) -> int: ...
    def set_gpr(self, i: int, v: int) -> None: ...
    def get_fpr(self, i: int) -> int: ...
    def set_fpr(self, i: int, v: int) -> None: ...


@runtime_checkable
class Memory(Protocol):
    """A user address space (mm.AddressSpace).  Every method raises
    errors.GuestError(errno) on failure, EFAULT for a bad user pointer."""
    file_maps: FileMaps     # its MAP_SHARED file mappings

    def read(self, va: int, n: int) -> bytes: ...
    def write(self, va: int, data: bytes, force: bool = False) -> None: ...
    def read_cstr(self, va: int, limit: int = 4096) -> bytes: ...
    def brk(self, addr: int) -> int: ...
    def mmap(self, addr: int, length: int, prot: int, flags: int) -> int: ...
    def munmap(self, addr: int, length: int) -> None: ...
    def mprotect(self, addr: int, length: int, prot: int) -> None: ...
    def mremap(self, old: int, oldlen: int, newlen: int, flags: int, new: int = 0) -> int: ...
    def madvise(self, addr: int, length: int, advice: int) -> None: ...
    def set_file(self, start: int, end: int, file: tuple) -> None: ...   # /proc/PID/maps


@runtime_checkable
class Proc(Protocol):
    """One thread of a process (process.Task; the fake: a process alone).
    Optional, where a process model hosts the thread: ``model`` (fork, exec,
    wait, kill, futexes), ``tid``, ``process``, ``sched``, ``robust_list``."""
    machine: Machine
    mm: Memory
    fs: FsRoot              # the confined file system view
    fds: FdTable
    signals: SignalState    # dispositions, mask, pending signals, altstack
    clock: Clock            # simulated time and ITIMER_REAL
    sys_state: SysState     # the syscall layer's own per-process state
    rng: random.Random      # seeded: /dev/urandom, getrandom
    stats: MutableMapping[str, int]
    pid: int                # the thread group id
    ppid: int
    uid: int
    gid: int
    mem_size: int           # simulated physical memory (sysinfo totalram)
    argv: Sequence[str | bytes]
    exe_path: str | bytes   # host path of the executable (open of /proc/self/exe)
    exe_guest_path: bytes   # what readlink("/proc/self/exe") returns

    def warn(self, msg: str) -> None:
        """One warning line on stderr."""

    def exit_group(self, status: int) -> None: ...
    def terminate_by_signal(self, signo: int) -> None: ...

    def sleep(self, block) -> int | None:
        """A syscall must wait (sched.Block): the process model puts the thread
        to sleep and returns None; a process alone returns the result at once."""
