"""Test doubles for the host-kernel tests: a machine, an address space and a process.

FakeProcess provides everything of mipsvm.host.interface.Proc (test_interface.py
checks it); the memory has user-access semantics: reads need PROT_READ, writes
need PROT_WRITE, anything unmapped is EFAULT.
"""

import os
import random

from mipsvm.host import abi, fs, signals, syscalls
from mipsvm.host.clock import Clock
from mipsvm.host.filemap import FileMaps
from mipsvm.host.errors import GuestError, EFAULT, EINVAL, ENOMEM, EEXIST

PAGE = abi.PAGE_SIZE
MASK64 = (1 << 64) - 1


class FakeMachine:
    def __init__(self):
        self.gpr = [0] * 32
        self.fpr = [0] * 32
        self._pc = 0
        self.npc = 4
        self.userlocal = 0
        self.fcsr = 0
        self.hi = 0
        self.lo = 0

    def get_gpr(self, i):
        return 0 if i == 0 else self.gpr[i]

    def set_gpr(self, i, v):
        if i:
            self.gpr[i] = v & MASK64

    def get_fpr(self, i):
        return self.fpr[i]

    def set_fpr(self, i, v):
        self.fpr[i] = v & MASK64

    @property
    def pc(self):
        return self._pc

    @pc.setter
    def pc(self, v):
        self._pc = v & MASK64
        self.npc = (v + 4) & MASK64


class FakeMM:
    """Pages in a dict; prot per page; top-down allocation for non-fixed mmaps."""

    def __init__(self, brk_start=0x10000000, mmap_top=0x7000000000):
        self.pages = {}            # page number -> bytearray
        self.prot = {}             # page number -> prot
        self.brk_start = brk_start
        self.cur_brk = brk_start
        self.mmap_top = mmap_top
        self.calls = []
        self.file_maps = FileMaps(self)
        self.files = {}            # start -> (end, file) recorded by set_file (/proc/PID/maps)

    def set_file(self, start, end, file):
        self.files[start] = (end, file)

    # -- access ---------------------------------------------------------------
    def _check(self, va, n, need):
        if va < 0 or va + n > (1 << 64):
            raise GuestError(EFAULT)
        for pn in range(va // PAGE, (va + max(n, 1) - 1) // PAGE + 1):
            p = self.prot.get(pn)
            if p is None or need and not p & need:
                raise GuestError(EFAULT)

    def read(self, va, n):
        if n == 0:
            return b""
        self._check(va, n, abi.PROT_READ)
        out = bytearray()
        while n:
            pn, off = divmod(va, PAGE)
            k = min(n, PAGE - off)
            out += self.pages[pn][off:off + k]
            va += k
            n -= k
        return bytes(out)

    def write(self, va, data, force=False):
        data = bytes(data)
        if not data:
            return
        self._check(va, len(data), 0 if force else abi.PROT_WRITE)
        pos = 0
        while pos < len(data):
            pn, off = divmod(va + pos, PAGE)
            k = min(len(data) - pos, PAGE - off)
            self.pages[pn][off:off + k] = data[pos:pos + k]
            pos += k

    def read_cstr(self, va, limit=4096):
        out = bytearray()
        while len(out) < limit:
            b = self.read(va + len(out), 1)
            if b == b"\0":
                return bytes(out)
            out += b
        return bytes(out)

    def poke(self, va, data):
        """Write ignoring protections (test setup)."""
        for i, b in enumerate(bytes(data)):
            pn, off = divmod(va + i, PAGE)
            self.pages[pn][off] = b

    def prot_at(self, va):
        return self.prot.get(va // PAGE)

    # -- mapping --------------------------------------------------------------
    def _map(self, start, length, prot):
        for pn in range(start // PAGE, (start + length) // PAGE):
            self.pages[pn] = bytearray(PAGE)
            self.prot[pn] = prot

    def _unmap(self, start, length):
        for pn in range(start // PAGE, (start + length) // PAGE):
            self.pages.pop(pn, None)
            self.prot.pop(pn, None)

    def _free(self, start, length):
        return all(pn not in self.prot for pn in range(start // PAGE, (start + length) // PAGE))

    def mmap(self, addr, length, prot, flags):
        self.calls.append(("mmap", addr, length, prot, flags))
        if length == 0:
            raise GuestError(EINVAL)
        length = (length + PAGE - 1) & ~(PAGE - 1)
        if flags & (abi.MAP_FIXED | abi.MAP_FIXED_NOREPLACE):
            if addr % PAGE:
                raise GuestError(EINVAL)
            if flags & abi.MAP_FIXED_NOREPLACE and not self._free(addr, length):
                raise GuestError(EEXIST)
            self._unmap(addr, length)
            self._map(addr, length, prot)
            return addr
        if addr and addr % PAGE == 0 and self._free(addr, length):
            self._map(addr, length, prot)
            return addr
        a = self.mmap_top - length
        while not self._free(a, length):
            a -= PAGE
        self._map(a, length, prot)
        self.mmap_top = min(self.mmap_top, a)
        return a

    def munmap(self, addr, length):
        self.calls.append(("munmap", addr, length))
        if addr % PAGE or length == 0:
            raise GuestError(EINVAL)
        length = (length + PAGE - 1) & ~(PAGE - 1)
        self._unmap(addr, length)

    def mprotect(self, addr, length, prot):
        self.calls.append(("mprotect", addr, length, prot))
        if addr % PAGE:
            raise GuestError(EINVAL)
        length = (length + PAGE - 1) & ~(PAGE - 1)
        for pn in range(addr // PAGE, (addr + length) // PAGE):
            if pn not in self.prot:
                raise GuestError(ENOMEM)
        for pn in range(addr // PAGE, (addr + length) // PAGE):
            self.prot[pn] = prot

    def mremap(self, old, oldlen, newlen, flags, new):
        oldlen = (oldlen + PAGE - 1) & ~(PAGE - 1)
        data = self.read(old, oldlen)
        prot = self.prot[old // PAGE]
        if newlen <= oldlen:
            self._unmap(old + ((newlen + PAGE - 1) & ~(PAGE - 1)), oldlen - newlen)
            return old
        if self._free(old + oldlen, newlen - oldlen):
            self._map(old + oldlen, (newlen - oldlen + PAGE - 1) & ~(PAGE - 1), prot)
            return old
        if not flags & abi.MREMAP_MAYMOVE:
            raise GuestError(ENOMEM)
        a = self.mmap(0, newlen, prot, abi.MAP_PRIVATE | abi.MAP_ANONYMOUS)
        for pn in range(a // PAGE, (a + oldlen) // PAGE):
            self.pages[pn][:] = data[(pn - a // PAGE) * PAGE:(pn - a // PAGE + 1) * PAGE]
        self._unmap(old, oldlen)
        return a

    def madvise(self, addr, length, advice):
        if advice == 4:    # MADV_DONTNEED
            for pn in range(addr // PAGE, (addr + length + PAGE - 1) // PAGE):
                if pn in self.pages:
                    self.pages[pn][:] = bytes(PAGE)
        return 0

    def brk(self, addr):
        if addr < self.brk_start:
            return self.cur_brk
        old_end = (self.cur_brk + PAGE - 1) & ~(PAGE - 1)
        new_end = (addr + PAGE - 1) & ~(PAGE - 1)
        if new_end > old_end:
            if not self._free(old_end, new_end - old_end):
                return self.cur_brk
            self._map(old_end, new_end - old_end, abi.PROT_READ | abi.PROT_WRITE)
        elif new_end < old_end:
            self._unmap(new_end, old_end - new_end)
        self.cur_brk = addr
        return addr


class Exited(Exception):
    pass


class FakeProcess:
    SCRATCH = 0x20000000
    SCRATCH_SIZE = 1 << 20

    def __init__(self, root=None, seed=1234, cwd=None, stdio=True):
        self.machine = FakeMachine()
        self.mm = FakeMM()
        self.fs = fs.FsRoot(root if root is not None else os.getcwd(), cwd)
        self.fds = fs.FdTable.with_stdio() if stdio else fs.FdTable()
        self.argv = [b"prog"]
        self.envp = []
        self.exe_path = b"/nonexistent/prog"
        self.exe_guest_path = b"/prog"
        self.rng = random.Random(seed)
        self.pid = 1000
        self.ppid = 999
        self.uid = self.gid = 0
        self.mem_size = 1 << 30
        self.stats = {}
        self.signals = signals.SignalState()
        self.sys_state = syscalls.SysState()
        self.warnings = []
        self.exit_status = None
        self.killed_by = None
        self.cycles = 0
        self.clock = Clock(self.clock_ns)
        self.mm._map(self.SCRATCH, self.SCRATCH_SIZE, abi.PROT_READ | abi.PROT_WRITE)
        self._bump = self.SCRATCH
        # a stack
        self.mm._map(0x30000000, 64 * PAGE, abi.PROT_READ | abi.PROT_WRITE | abi.PROT_EXEC)
        self.machine.set_gpr(29, 0x30000000 + 64 * PAGE - 256)
        self.machine.pc = 0x120001000

    # -- interface used by the code under test ---------------------------------
    def clock_ns(self):
        return 1_700_000_000_000_000_000 + self.cycles * 10

    def warn(self, msg):
        self.warnings.append(msg)

    def exit_group(self, status):
        self.exit_status = status

    def terminate_by_signal(self, signo):
        self.killed_by = signo

    def sleep(self, block):
        from mipsvm.host.syscalls.time import wait_alone
        return wait_alone(self, block)

    # -- test helpers ------------------------------------------------------------
    def alloc(self, n, align=16):
        self._bump = (self._bump + align - 1) & ~(align - 1)
        a = self._bump
        self._bump += max(n, 1)
        assert self._bump <= self.SCRATCH + self.SCRATCH_SIZE
        return a

    def put(self, data, align=16):
        a = self.alloc(len(data), align)
        self.mm.write(a, data)
        return a

    def cstr(self, s):
        if isinstance(s, str):
            s = s.encode()
        return self.put(s + b"\0")

    def raw_syscall(self, name_or_nr, *args):
        from mipsvm.host import syscalls
        nr = name_or_nr if isinstance(name_or_nr, int) else abi.SYSCALL_NUMBERS[name_or_nr]
        m = self.machine
        m.set_gpr(2, nr)
        for i, a in enumerate(args):
            m.set_gpr(4 + i, a & MASK64)
        syscalls.dispatch(self)
        return m.get_gpr(2), m.get_gpr(7)

    def sys(self, name_or_nr, *args):
        """Run a syscall; returns the value, or -errno on failure."""
        v0, a3 = self.raw_syscall(name_or_nr, *args)
        return -v0 if a3 else v0

    def close(self):
        self.fds.close_all()
        self.fs.close()
