"""Root CP0 register model: one declarative table (regs.py), the C header generated
from it (gen.py -> mipsvm/core/cp0_gen.h) and decoders for dumps (fields.py).

    lookup(name | idx | (reg, sel)) -> R        the table line
    index(name) -> int                          reg*8 + sel
    registers(model=None) -> (Register, ...)    resolved for a CPU model (default gs464v)
    register(name, model=None) -> Register      .fields .wmask .wact .width .guest .vz
    reset_values(model=None) -> {name: value}   root reset values
    guest_reset_values(model=None)              guest CP0 context reset values
    write_masks(model=None) -> {name: mask}
    reset_array(model=None, guest=False), wmask_array(model=None), wact_array(model=None),
    exists_array(), is64_array()               the same as 256-entry lists (reg*8+sel),
                                                e.g. Machine.cp0_load(reset_array(), wmask_array())
    geometry(model=None) -> {VTLB_SIZE: 64, FTLB_SETS: 256, ...}  (the header's macros)
    decode(name, value) -> [(field, value, meaning)]
    encode(name, **fields) -> value
    format_cp0(values) -> str                   every register, decoded (--dump-cp0)
    format_entryhi / format_entrylo / format_pagemask   TLB dump pieces

Exc and GExc (exc.py) name the exception codes of the table.

CPU models (data) live in mipsvm.models.cpu; docs/cp0.md lists every register.
"""

from .exc import Exc, GExc  # noqa: F401
from .fields import (decode, encode, format_cp0, format_entryhi, format_entrylo,  # noqa: F401
                     format_pagemask, format_register, pagemask_size)
from .regs import (ALIASES, LAYOUTS, NREGS, REGISTERS, Field, Register,  # noqa: F401
                   derived_fields, exists_array, flat, geometry, guest_reset_values, index,
                   is64_array, lookup, model_of, mtc0, params, register, registers,
                   reset_array, reset_values, wact_array, wmask_array, write_masks)
