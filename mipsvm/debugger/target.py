"""What gdb sees of the machine: the register file in gdb's mips64 layout
(plus CP0 registers gdb does not know, described in the target description
XML), memory through the current process's translation, and gdb's signal
numbers."""

from __future__ import annotations

from ..cp0 import regs as cp0regs
from ..host import abi
from ..host.errors import GuestError
from ..host.pgtable import USER_VA_LIMIT

# gdb's mips64 remote layout (mips-tdep.c, features/mips64-*.xml): 0-31 GPRs,
# 32 status, 33 lo, 34 hi, 35 badvaddr, 36 cause, 37 pc, 38-69 f0-f31,
# 70 fcsr, 71 fir, 72 restart (org.gnu.gdb.mips.linux). Every one 64 bits.
PC, RESTART = 37, 72
# Root CP0 registers gdb does not know: gdb name -> table name.
EXTRA_CP0 = [("index", "Index"), ("random", "Random"), ("entrylo0", "EntryLo0"), ("entrylo1", "EntryLo1"),
             ("context", "Context"), ("userlocal", "UserLocal"), ("pagemask", "PageMask"),
             ("pagegrain", "PageGrain"), ("wired", "Wired"), ("hwrena", "HWREna"), ("badinstr", "BadInstr"),
             ("badinstrp", "BadInstrP"), ("count", "Count"), ("entryhi", "EntryHi"), ("compare", "Compare"),
             ("epc", "EPC"), ("ebase", "EBase"), ("xcontext", "XContext"), ("errorepc", "ErrorEPC"),
             ("kscratch1", "KScratch1"), ("kscratch2", "KScratch2"), ("kscratch3", "KScratch3"),
             ("kscratch4", "KScratch4"), ("kscratch5", "KScratch5"), ("kscratch6", "KScratch6"),
             ("guestctl0", "GuestCtl0"), ("guestctl1", "GuestCtl1")]
GUEST_CP0 = ["Index", "EntryLo0", "EntryLo1", "Context", "PageMask", "Wired", "BadVAddr", "Count",
             "EntryHi", "Compare", "Status", "Cause", "EPC", "EBase", "XContext", "ErrorEPC",
             "KScratch1", "KScratch2"]

# gdb's own signal numbers (gdb/signals.def), which the protocol uses.
GDB_SIGNALS = {"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6, "SIGEMT": 7,
               "SIGFPE": 8, "SIGKILL": 9, "SIGBUS": 10, "SIGSEGV": 11, "SIGSYS": 12, "SIGPIPE": 13,
               "SIGALRM": 14, "SIGTERM": 15, "SIGURG": 16, "SIGSTOP": 17, "SIGTSTP": 18, "SIGCONT": 19,
               "SIGCHLD": 20, "SIGTTIN": 21, "SIGTTOU": 22, "SIGIO": 23, "SIGXCPU": 24, "SIGXFSZ": 25,
               "SIGVTALRM": 26, "SIGPROF": 27, "SIGWINCH": 28, "SIGUSR1": 30, "SIGUSR2": 31, "SIGPWR": 32}
GDB_SIGTRAP, GDB_SIGINT = 5, 2


def gdb_signal(mips_signo: int) -> int:
    name = abi.SIGNAL_NAMES.get(mips_signo)
    return GDB_SIGNALS.get(name, 143)          # 143: GDB_SIGNAL_UNKNOWN


def mips_signal(gdb_signo: int) -> int | None:
    for name, n in GDB_SIGNALS.items():
        if n == gdb_signo:
            return getattr(abi, name, None)
    return None


def _cp0_present(core, name: str) -> bool:
    try:
        cp0regs.index(name)
    except (KeyError, ValueError):
        return False
    return True


class Registers:
    """The numbered registers of one core: read(n) / write(n, v) and the XML."""

    def __init__(self, core):
        self.core = core
        self.extra = [(g, t) for g, t in EXTRA_CP0 if core.tlb_mode and _cp0_present(core, t)]
        self.guest = [t for t in GUEST_CP0 if core.tlb_mode and core.vz and cp0regs.lookup(t).guest]
        self.count = RESTART + 1 + len(self.extra) + len(self.guest)

    def names(self) -> list[str]:
        n = [*(f"r{i}" for i in range(32)), "status", "lo", "hi", "badvaddr", "cause", "pc",
             *(f"f{i}" for i in range(32)), "fcsr", "fir", "restart"]
        return n + [g for g, _ in self.extra] + [f"g_{t.lower()}" for t in self.guest]

    def read(self, n: int) -> int:
        c = self.core
        if n < 32:
            return c.get_gpr(n)
        if 38 <= n < 70:
            return c.get_fpr(n - 38)
        if n == 32:
            return c.cp0("Status") if c.tlb_mode else 0
        if n == 33:
            return c.lo
        if n == 34:
            return c.hi
        if n == 35:
            return c.cp0("BadVAddr") if c.tlb_mode else 0
        if n == 36:
            return c.cp0("Cause") if c.tlb_mode else 0
        if n == PC:
            return c.pc
        if n == 70:
            return c.fcsr
        if n == 71:
            return c.fir
        if n == RESTART:
            return 0
        i = n - RESTART - 1
        if i < len(self.extra):
            return c.cp0(self.extra[i][1])
        i -= len(self.extra)
        if i < len(self.guest):
            return c.gcp0(self.guest[i])
        raise IndexError(n)

    def write(self, n: int, v: int) -> None:
        c = self.core
        v &= (1 << 64) - 1
        if n < 32:
            c.set_gpr(n, v)
        elif 38 <= n < 70:
            c.set_fpr(n - 38, v)
        elif n == 33:
            c.lo = v
        elif n == 34:
            c.hi = v
        elif n == PC:
            if v != c.pc:            # the same value keeps a pending delay slot
                c.pc = v
        elif n == 70:
            c.fcsr = v
        elif n in (71, RESTART):
            pass                     # read-only / Linux's syscall restart flag: nothing to do
        elif n in (32, 35, 36):
            if c.tlb_mode:
                c.set_cp0({32: "Status", 35: "BadVAddr", 36: "Cause"}[n], v)
        else:
            i = n - RESTART - 1
            if i < len(self.extra):
                c.set_cp0(self.extra[i][1], v)
            elif i - len(self.extra) < len(self.guest):
                c.set_gcp0(self.guest[i - len(self.extra)], v)
            else:
                raise IndexError(n)

    def target_xml(self) -> str:
        r = [f'<reg name="r{i}" bitsize="64" regnum="{i}"/>' for i in range(32)]
        cpu = "".join(r) + ('<reg name="lo" bitsize="64" regnum="33"/><reg name="hi" bitsize="64" regnum="34"/>'
                            '<reg name="pc" bitsize="64" regnum="37" type="code_ptr"/>')
        cp0 = ('<reg name="status" bitsize="64" regnum="32"/><reg name="badvaddr" bitsize="64" regnum="35"/>'
               '<reg name="cause" bitsize="64" regnum="36"/>')
        fpu = "".join(f'<reg name="f{i}" bitsize="64" type="ieee_double" regnum="{38 + i}"/>' for i in range(32))
        fpu += ('<reg name="fcsr" bitsize="64" group="float" regnum="70"/>'
                '<reg name="fir" bitsize="64" group="float" regnum="71"/>')
        n = RESTART + 1
        extra = ""
        for g, _ in self.extra:
            extra += f'<reg name="{g}" bitsize="64" regnum="{n}" group="system"/>'
            n += 1
        guest = ""
        for t in self.guest:
            guest += f'<reg name="g_{t.lower()}" bitsize="64" regnum="{n}" group="system"/>'
            n += 1
        xml = ('<?xml version="1.0"?><!DOCTYPE target SYSTEM "gdb-target.dtd">'
               '<target version="1.0"><architecture>mips:isa64r2</architecture><osabi>GNU/Linux</osabi>'
               f'<feature name="org.gnu.gdb.mips.cpu">{cpu}</feature>'
               f'<feature name="org.gnu.gdb.mips.cp0">{cp0}</feature>'
               f'<feature name="org.gnu.gdb.mips.fpu">{fpu}</feature>'
               '<feature name="org.gnu.gdb.mips.linux"><reg name="restart" bitsize="64" regnum="72" group="system"/>'
               '</feature>')
        if extra:
            xml += f'<feature name="org.mipsvm.cp0">{extra}</feature>'
        if guest:
            xml += f'<feature name="org.mipsvm.cp0.guest">{guest}</feature>'
        return xml + "</target>"


# Unmapped kernel segments the debugger reads physically (the refill handler
# lives in ckseg0).
def _unmapped_pa(va: int) -> int | None:
    if 0xFFFFFFFF80000000 <= va < 0xFFFFFFFFC0000000:
        return va & 0x1FFFFFFF                       # ckseg0 / ckseg1
    if 0x8000000000000000 <= va < 0xC000000000000000:
        return va & ((1 << 48) - 1)                  # xkphys
    return None


class Memory:
    """Memory as the stopped process sees it (user addresses through its page
    tables, faulting pages in as ptrace does), kernel segments physically."""

    def __init__(self, core, mm_of):
        self.core = core
        self.mm_of = mm_of            # () -> the current process's AddressSpace

    def read(self, va: int, n: int) -> bytes:
        out = bytearray()
        while n > 0:
            chunk = min(n, 0x4000 - (va & 0x3FFF))
            try:
                out += self._read(va, chunk)
            except Exception:          # unmapped, outside memory: a short read
                break
            va += chunk
            n -= chunk
        return bytes(out)

    def _read(self, va: int, n: int) -> bytes:
        pa = _unmapped_pa(va)
        if pa is not None:
            return self.core.phys_read(pa, n)
        mm = self.mm_of()
        if mm is None or va >= USER_VA_LIMIT:
            raise GuestError(14)
        return mm.read(va, n)

    def write(self, va: int, data: bytes) -> None:
        """Raises GuestError (EFAULT) where nothing can be written."""
        pa = _unmapped_pa(va)
        if pa is not None:
            self.core.phys_write(pa, data)
            return
        mm = self.mm_of()
        if mm is None or va >= USER_VA_LIMIT:
            raise GuestError(14)
        mm.write(va, data, force=True)
