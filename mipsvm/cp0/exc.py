"""Cause.ExcCode and GuestCtl0.GExcCode values as Python enums, built from the CP0
table (regs.EXCCODES, regs.GEXCCODES) so the numbers exist in one place.

    Exc.TLBL == 2, Exc(8).name == "Sys", GExc.HC == 2
"""

from enum import IntEnum

from .regs import EXCCODES, GEXCCODES

Exc = IntEnum("Exc", {name: code for code, name in EXCCODES.items()}, module=__name__)
Exc.__doc__ = "Cause.ExcCode (MIPS64 PRA; GE is the VZ guest exit)."

GExc = IntEnum("GExc", {name: code for code, name in GEXCCODES.items()}, module=__name__)
GExc.__doc__ = "GuestCtl0.GExcCode: why a guest exited to root (VZ)."

# Short lower-case names for statistics and traces ("exceptions.tlbl"; "syscall" for Sys).
EXC_STAT_NAMES = {code: name.lower() for code, name in EXCCODES.items()} | {Exc.Sys: "syscall"}
