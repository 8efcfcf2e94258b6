"""The signal Linux sends for each exception (arch/mips/kernel/traps.c), as
signals.exception_signal gives it to the host kernel's exception vector."""

import pytest

from mipsvm.cp0 import Exc
from mipsvm.host import abi, signals

EPC = 0x120001234
FCSR_CAUSE, FCSR_ENABLES = 12, 7
V, Z, O, U, I, E = 0x10, 0x08, 0x04, 0x02, 0x01, 0x20     # Cause bit order (>> 12)


def sig(exc, tcode=0, fcsr=0):
    return signals.exception_signal(exc, tcode, fcsr, EPC)


def test_overflow_and_fpe_carry_the_epc():
    assert sig(Exc.Ov) == (abi.SIGFPE, abi.FPE_INTOVF, EPC)                      # do_ov
    assert sig(Exc.FPE, fcsr=Z << FCSR_CAUSE) == (abi.SIGFPE, abi.FPE_FLTDIV, EPC)


@pytest.mark.parametrize("cause, code", [
    (V | I, abi.FPE_FLTINV), (Z, abi.FPE_FLTDIV), (O | I, abi.FPE_FLTOVF), (U | I, abi.FPE_FLTUND),
    (I, abi.FPE_FLTRES), (E, abi.FPE_FLTUNK), (0, abi.FPE_FLTUNK)])
def test_fpe_code_is_the_first_cause_bit(cause, code):
    # force_fcr31_sig: V, Z, O, U, I in that order, else FPE_FLTUNK (was 0 for Cause.E alone)
    assert signals.fpe_code(cause << FCSR_CAUSE) == code


def test_fpe_code_does_not_mask_cause_with_enables():
    # do_fpe passes the raw fcr31: inexact enabled, an overflow also sets O -> FPE_FLTOVF
    assert signals.fpe_code(((O | I) << FCSR_CAUSE) | (I << FCSR_ENABLES)) == abi.FPE_FLTOVF


def test_trap_codes_6_and_7_are_sigfpe():
    assert sig(Exc.Tr, abi.BRK_DIVZERO) == (abi.SIGFPE, abi.FPE_INTDIV, EPC)
    assert sig(Exc.Tr, abi.BRK_OVERFLOW) == (abi.SIGFPE, abi.FPE_INTOVF, EPC)
    assert sig(Exc.Bp, abi.BRK_DIVZERO) == (abi.SIGFPE, abi.FPE_INTDIV, EPC)
    assert sig(Exc.Bp, abi.BRK_DIVZERO << 10) == (abi.SIGFPE, abi.FPE_INTDIV, EPC)   # old gas


def test_other_traps_are_sigtrap_si_kernel():
    # do_tr passes si_code 0: force_sig(SIGTRAP) (was TRAP_BRKPT with the EPC)
    for code in (0, 5, 1023):
        assert sig(Exc.Tr, code) == (abi.SIGTRAP, abi.SI_KERNEL, 0)


def test_break_is_trap_brkpt_without_address():
    # do_bp: force_sig_fault(SIGTRAP, TRAP_BRKPT, NULL) (the address was the EPC)
    assert sig(Exc.Bp, 0) == (abi.SIGTRAP, abi.TRAP_BRKPT, 0)
    assert sig(Exc.Bp, 3 << 10) == (abi.SIGTRAP, abi.TRAP_BRKPT, 0)
    # BRK_BUG and BRK_MEMU: force_sig(SIGTRAP)
    assert sig(Exc.Bp, abi.BRK_BUG) == (abi.SIGTRAP, abi.SI_KERNEL, 0)
    assert sig(Exc.Bp, abi.BRK_MEMU) == (abi.SIGTRAP, abi.SI_KERNEL, 0)


def test_reserved_and_unusable_are_sigill_si_kernel():
    # do_ri, do_cpu, do_mdmx: force_sig(SIGILL) (was ILL_ILLOPC with the EPC)
    for exc in (Exc.RI, Exc.CpU, Exc.MDMX):
        assert sig(exc) == (abi.SIGILL, abi.SI_KERNEL, 0)


def test_bus_errors_are_sigbus_si_kernel():
    # do_be: force_sig(SIGBUS) (was si_code 0 with BadVAddr)
    assert sig(Exc.IBE) == sig(Exc.DBE) == (abi.SIGBUS, abi.SI_KERNEL, 0)


def test_trap_signal_like_qemu():
    assert signals.trap_signal(abi.BRK_DIVZERO, like_qemu=True) == (abi.SIGTRAP, abi.SI_KERNEL)
