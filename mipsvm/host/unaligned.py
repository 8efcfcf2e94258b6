"""Linux's emulation of misaligned loads and stores (arch/mips/kernel/unaligned.c,
emulate_load_store_insn) and the branch evaluation it needs
(arch/mips/kernel/branch.c, __compute_return_epc_for_insn).

``emulate(task, bad)`` serves an Address Error on a data access of a user
instruction: it reads or writes the bytes through the process's address
space, writes the destination register and moves the pc past the
instruction -- to the branch target when the instruction sits in a delay slot
(Cause.BD).  It returns the signal Linux sends instead, or None.
"""

from __future__ import annotations

from . import abi
from .abi import MASK64
from .errors import GuestError
from .mm import USER_VA_LIMIT

# opcodes (arch/mips/include/uapi/asm/inst.h)
SPECIAL, REGIMM, J, JAL, BEQ, BNE, BLEZ, BGTZ = 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07
COP1, COP1X = 0x11, 0x13
BEQL, BNEL, BLEZL, BGTZL = 0x14, 0x15, 0x16, 0x17
LB, LH, LWL, LW, LBU, LHU, LWR, LWU = 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27
SB, SH, SWL, SW, SDL, SDR, SWR = 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e
LDL, LDR, LL, LWC1, LLD, LDC1, LD = 0x1a, 0x1b, 0x30, 0x31, 0x34, 0x35, 0x37
SC, SWC1, SCD, SDC1, SD = 0x38, 0x39, 0x3c, 0x3d, 0x3f
LWXC1, LDXC1, SWXC1, SDXC1 = 0x00, 0x01, 0x08, 0x09       # COP1X function field

# integer loads: (size, signed); stores: size
_LOADS = {LH: (2, True), LHU: (2, False), LW: (4, True), LWU: (4, False), LD: (8, False)}
_STORES = {SH: 2, SW: 4, SD: 8}
# "the only way to create an address error is an attempted access to
# kernel/supervisor address space", and LL/SC "would break the semantics"
_SIGBUS_OPS = {LL, LLD, SC, SCD, LDL, LDR, LWL, LWR, SDL, SDR, SWL, SWR, LB, LBU, SB}


class Fault(Exception):
    """The access faulted: (signo, si_code, si_addr) to send."""

    def __init__(self, signo, code, addr):
        super().__init__(signo)
        self.sig = (signo, code, addr)


def _sx(v: int, bits: int) -> int:
    v &= (1 << bits) - 1
    return (v - (1 << bits)) & MASK64 if v >> (bits - 1) else v


def return_epc(m, epc: int, bd: bool, read_word) -> int:
    """compute_return_epc: where execution continues after the instruction at
    EPC (bd: EPC is a branch whose delay slot faulted).  Links are written
    again as Linux does (the hardware already wrote the same values)."""
    if not bd:
        return (epc + 4) & MASK64
    w = read_word(epc)
    op, rs, rt = w >> 26, (w >> 21) & 31, (w >> 16) & 31
    r, s = m.get_gpr, lambda i: _signed(m.get_gpr(i))    # noqa: E731
    imm = w & 0xffff
    taken_to = (epc + 4 + ((imm - 0x10000 if imm & 0x8000 else imm) << 2)) & MASK64
    after = (epc + 8) & MASK64
    if op == SPECIAL and (w & 0x3f) in (0x08, 0x09):  # jr, jalr
        if w & 0x3f == 0x09:
            m.set_gpr((w >> 11) & 31, after)
        return r(rs)
    if op in (J, JAL):
        if op == JAL:
            m.set_gpr(31, after)
        return (((epc + 4) & ~0x0fffffff) | ((w & 0x03ffffff) << 2)) & MASK64
    if op == REGIMM and rt in (0x00, 0x01, 0x02, 0x03, 0x10, 0x11, 0x12, 0x13):
        if rt & 0x10:
            m.set_gpr(31, after)
        lt = s(rs) < 0
        return taken_to if (lt if rt & 1 == 0 else not lt) else after
    if op in (BEQ, BEQL):
        return taken_to if r(rs) == r(rt) else after
    if op in (BNE, BNEL):
        return taken_to if r(rs) != r(rt) else after
    if op in (BLEZ, BLEZL):
        return taken_to if s(rs) <= 0 else after
    if op in (BGTZ, BGTZL):
        return taken_to if s(rs) > 0 else after
    if op == COP1 and rs == 0x08:                     # bc1f, bc1t (and the likely forms)
        cc = (w >> 18) & 7
        fcc = (m.fcsr >> (23 if cc == 0 else 24 + cc)) & 1
        return taken_to if fcc == (w >> 16) & 1 else after
    # not a branch: Linux's __compute_return_epc gives SIGILL (unknown branch)
    raise Fault(abi.SIGILL, abi.SI_KERNEL, 0)


def _signed(v: int) -> int:
    return v - (1 << 64) if v >> 63 else v


def emulate(task, bad: int, insn: int, epc: int, bd: bool):
    """emulate_load_store_insn for the instruction word ``insn`` that faulted
    on ``bad``.  Returns None when emulated (registers and pc updated, the
    count is the caller's), or (signo, si_code, si_addr) to send."""
    m, mm = task.machine, task.mm
    op = insn >> 26
    base, rt = (insn >> 21) & 31, (insn >> 16) & 31

    def read_word(va):
        try:
            return int.from_bytes(mm.read(va, 4), "little")
        except GuestError:
            raise Fault(abi.SIGSEGV, abi.SI_KERNEL, 0) from None

    def access_ok(size):
        return bad + size <= USER_VA_LIMIT

    try:
        if op in _SIGBUS_OPS:
            return abi.SIGBUS, abi.SI_KERNEL, 0       # force_sig(SIGBUS)
        if op in _LOADS:
            size, signed = _LOADS[op]
            if not access_ok(size):
                return abi.SIGBUS, abi.SI_KERNEL, 0
            try:
                data = mm.read(bad, size)
            except GuestError:
                return abi.SIGSEGV, abi.SI_KERNEL, 0  # fault: force_sig(SIGSEGV), pc unchanged
            v = int.from_bytes(data, "little")
            pc = return_epc(m, epc, bd, read_word)
            m.set_gpr(rt, _sx(v, size * 8) if signed else v)
            m.pc = pc
            return None
        if op in _STORES:
            size = _STORES[op]
            if not access_ok(size):
                return abi.SIGBUS, abi.SI_KERNEL, 0
            pc = return_epc(m, epc, bd, read_word)
            data = (m.get_gpr(rt) & ((1 << size * 8) - 1)).to_bytes(size, "little")
            if not _store(mm, bad, data):
                return abi.SIGSEGV, abi.SI_KERNEL, 0  # epc (and $31) rolled back
            m.pc = pc
            return None
        if op in (LWC1, LDC1, SWC1, SDC1) or op == COP1X and (insn & 0x3f) in (LWXC1, LDXC1, SWXC1, SDXC1):
            return _fpu(m, mm, insn, op, bad, epc, bd, read_word)
    except Fault as f:
        return f.sig
    return abi.SIGILL, abi.SI_KERNEL, 0               # "unknown instruction": sigill


def _store(mm, va: int, data: bytes) -> bool:
    """The bytes in the order Linux's StoreHW/StoreW/StoreDW write them
    (little endian): sb 0 then sb 1; swl/sdl (the part in the higher aligned
    unit) before swr/sdr, so a fault on the higher page writes nothing."""
    n = len(data)
    split = n if n == 2 else ((va + n) & ~(n - 1)) - va    # bytes below the higher unit
    parts = ([(va, data[:1]), (va + 1, data[1:])] if n == 2 else
             [(va + split, data[split:]), (va, data[:split])])
    try:
        for a, d in parts:
            if d:
                mm.write(a, d)
    except GuestError:
        return False
    return True


def _fpu(m, mm, insn, op, bad, epc, bd, read_word):
    """The FP loads and stores go to the FPU emulator (cp1emu.c cop1Emulate,
    then process_fpemu_return): SIGBUS BUS_ADRERR beyond the user segment,
    SIGSEGV SEGV_MAPERR/ACCERR with the address when the access faults.
    FR=1: a word load sets the low half and clears the high one (SITOREG)."""
    if op == COP1X:
        fn = insn & 0x3f
        load, size = fn in (LWXC1, LDXC1), 8 if fn in (LDXC1, SDXC1) else 4
        reg = (insn >> 6) & 31 if load else (insn >> 11) & 31
    else:
        load, size = op in (LWC1, LDC1), 8 if op in (LDC1, SDC1) else 4
        reg = (insn >> 16) & 31
    if bad + size > USER_VA_LIMIT:
        return abi.SIGBUS, abi.BUS_ADRERR, bad
    pc = return_epc(m, epc, bd, read_word)
    if load:
        try:
            v = int.from_bytes(mm.read(bad, size), "little")
        except GuestError:
            return abi.SIGSEGV, _segv_code(mm, bad), bad
        m.set_fpr(reg, v)
    else:
        data = (m.get_fpr(reg) & ((1 << size * 8) - 1)).to_bytes(size, "little")
        if not _store(mm, bad, data):
            return abi.SIGSEGV, _segv_code(mm, bad), bad
    m.pc = pc
    return None


def _segv_code(mm, va):
    vma = mm.find_vma(va)
    return abi.SEGV_ACCERR if vma is not None else abi.SEGV_MAPERR
