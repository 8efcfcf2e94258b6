"""MIPS64 Release 2 instruction set: the table and what is derived from it.

    decode(word) -> Insn | None      the table entry a 32-bit word encodes
    disasm(word, pc=0) -> str        GNU-objdump-like text ("daddiu sp,sp,-32")
    op_names() -> list[str]          op id -> name, same order as the C enum
                                     (index 0 is "invalid", like mips_op_name[])
    op_id(name) -> int               the C enum value of an instruction name
    decode_op(word) -> int           op id of a word (0 = invalid), as mips_decode()
    lookup(word) -> Entry | None     the table entry, without building an Insn

A word whose entry's ri= conditions hold is reserved: decode and lookup give None,
decode_op 0 and disasm ".word", exactly as for an encoding outside the table.

Insn: .name .op .fields (raw field values by name) .cls .isa .priv .groups .word,
.simm() for the sign-extended imm16/offset16.
"""

from __future__ import annotations

from .table import CLASSES, FIELD_WIDTHS, INSTRUCTIONS, Entry, groups  # noqa: F401

# Op ids follow table order, 1-based (0 is OP_INVALID), exactly as gen.py numbers them.
_OP_ID = {e.name: i + 1 for i, e in enumerate(INSTRUCTIONS)}

# Python decoder: candidates bucketed by the major opcode, then a plain scan.  This
# is deliberately independent of gen.py's decision tree so each can check the other.
_BY_MAJOR: list = [[] for _ in range(64)]
for _e in INSTRUCTIONS:
    for _maj in range(64):
        if ((_maj << 26) ^ _e.value) & _e.mask & 0xFC000000 == 0:
            _BY_MAJOR[_maj].append(_e)


class Insn:
    """One decoded instruction word."""

    __slots__ = ("word", "entry", "op", "fields")

    def __init__(self, word: int, entry: Entry):
        self.word = word
        self.entry = entry
        self.op = _OP_ID[entry.name]
        self.fields = entry.extract(word)

    name = property(lambda self: self.entry.name)
    cls = property(lambda self: self.entry.cls)
    isa = property(lambda self: self.entry.isa)
    priv = property(lambda self: self.entry.priv)
    groups = property(lambda self: self.entry.groups)
    group = property(lambda self: self.entry.group)

    def simm(self, name: str = "imm16") -> int:
        """A 16-bit field sign-extended (imm16 or offset16)."""
        v = self.fields.get(name)
        if v is None:
            v = self.fields["offset16" if name == "imm16" else "imm16"]
        return v - 0x10000 if v & 0x8000 else v

    def __repr__(self):
        return f"Insn({self.name} 0x{self.word:08x} {self.fields})"


def lookup(word: int):
    """The table entry that matches word, or None (also when its ri= reserves word)."""
    word &= 0xFFFFFFFF
    for e in _BY_MAJOR[word >> 26]:
        if (word & e.mask) == e.value:
            return None if e.reserved(word) else e
    return None


def decode(word: int):
    """Decode a 32-bit instruction word; None for a reserved encoding."""
    e = lookup(word)
    return None if e is None else Insn(word & 0xFFFFFFFF, e)


def decode_op(word: int) -> int:
    """Op id (the C enum value) of word, 0 when invalid."""
    e = lookup(word)
    return 0 if e is None else _OP_ID[e.name]


def op_names() -> list:
    return ["invalid"] + [e.name for e in INSTRUCTIONS]


def op_id(name: str) -> int:
    return _OP_ID[name]


def entry(name: str) -> Entry:
    return INSTRUCTIONS[_OP_ID[name] - 1]


from .disasm import disasm  # noqa: E402
