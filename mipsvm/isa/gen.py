"""Generate the C decoder header from the instruction table.

    python3 -m mipsvm.isa.gen OUT.h

The decoder is a decision tree built from the table's mask/value pairs: a switch on
the major opcode (bits 31..26), then on the sub-field that best separates what is
left (function, rs/fmt, rt, bits 10..6, ...), ending in one mask/value test per
instruction, plus its ri= conditions (then OP_INVALID).  Case values that lead to the
same set of candidates share one case block.  No loops and no tables are used at run
time.

Field accessors: ``fld_<field>(w)`` for each field name of the table, from the bits
it occupies (``fld_rs``, ``fld_imm16``, ...).  A name found at several positions gets
one accessor per position, ``fld_<field>_<msb>_<lsb>`` (``fld_cc_20_18`` for
movf/bc1f, ``fld_cc_10_8`` for c.cond.fmt), and none without the suffix.
"""

from __future__ import annotations

import functools
import sys

from .table import CLASSES, INSTRUCTIONS, check_overlaps, groups

# Sub-fields tried first, in order of preference: (lsb, width).
_STD_RANGES = ((26, 6), (0, 6), (21, 5), (16, 5), (6, 5), (11, 5))


class Switch:
    __slots__ = ("lo", "width", "cases")

    def __init__(self, lo, width, cases):
        self.lo, self.width = lo, width
        self.cases = cases          # [(values, child)], child is Switch | Leaf | None


class Leaf:
    __slots__ = ("tests",)

    def __init__(self, tests):
        self.tests = tests          # [(mask, value, entry)] still to be checked


def _split(entries, lo, width):
    """Case value -> tuple of entries whose fixed bits in [lo, lo+width) agree."""
    m = (1 << width) - 1
    out = []
    for v in range(1 << width):
        out.append(tuple(e for e in entries
                         if ((e.mask >> lo) & m & (v ^ (e.value >> lo))) == 0))
    return out


def _choose(entries, consumed):
    n = len(entries)

    def score(cands):
        best = None
        for rank, (lo, w) in enumerate(cands):
            rmask = ((1 << w) - 1) << lo
            if rmask & consumed:
                continue
            # Only split on bits at least one candidate fixes.
            if not any(e.mask & rmask for e in entries):
                continue
            buckets = _split(entries, lo, w)
            biggest = max(len(b) for b in buckets)
            if biggest == n:
                continue
            uniq = {b for b in buckets if b}
            # Fewest duplicated candidates first (code size), then the most
            # even split, then the most case blocks, then the preferred field.
            key = (sum(len(b) for b in uniq), biggest, -len(uniq), rank)
            if best is None or key < best[0]:
                best = (key, lo, w, buckets)
        return best

    best = score(_STD_RANGES)
    if best is None:
        generic = [(lo, w) for w in range(6, 0, -1) for lo in range(0, 33 - w)]
        best = score(generic)
    return best


def build_tree(entries=None, consumed=0):
    """Decision tree over the entries (None = no instruction)."""
    entries = list(INSTRUCTIONS if entries is None else entries)
    if not entries:
        return None
    if len(entries) == 1:
        e = entries[0]
        return Leaf([(e.mask & ~consumed, e.value & ~consumed, e)])
    best = _choose(entries, consumed)
    if best is None:    # cannot happen for a table without overlaps
        return Leaf([(e.mask & ~consumed, e.value & ~consumed, e) for e in entries])
    _, lo, w, buckets = best
    rmask = ((1 << w) - 1) << lo
    order, by_set = [], {}
    for v, b in enumerate(buckets):
        if not b:
            continue
        if b not in by_set:
            by_set[b] = []
            order.append(b)
        by_set[b].append(v)
    cases = [(by_set[b], build_tree(b, consumed | rmask)) for b in order]
    return Switch(lo, w, cases)


@functools.cache
def _positions() -> dict:
    """Field name -> {(lsb, width): [entry names]}, in table order."""
    out: dict = {}
    for e in INSTRUCTIONS:
        for n, lo, w in e.fields:
            out.setdefault(n, {}).setdefault((lo, w), []).append(e.name)
    return out


def accessor(name: str, lo: int, width: int) -> str:
    """The C accessor of field `name` at bits lo..lo+width-1."""
    if len(_positions()[name]) == 1:
        return f"fld_{name}"
    return f"fld_{name}_{lo + width - 1}_{lo}"


def accessors() -> dict:
    """C accessor name -> (lsb, width) for every field the table uses."""
    return {accessor(n, lo, w): (lo, w) for n, ps in _positions().items() for lo, w in ps}


def _emit_accessors(L):
    L.append("/* Instruction fields, named as in the table (bits MSB..LSB). */")
    acc = accessors()
    width = max(len(fn) for fn in acc)
    for fn, (lo, w) in acc.items():
        m = f"0x{(1 << w) - 1:x}u"
        body = f"(w >> {lo}) & {m}" if lo else f"w & {m}"
        L.append(f"static inline uint32_t {fn + '(uint32_t w)':<{width + 12}} "
                 f"{{ return {body + ';':<18} }}  /* {lo + w - 1}..{lo} */")


def _ret(e) -> str:
    """The return statement for a word that matched e's pattern."""
    if not e.ri:
        return f"return {e.enum};"
    acc = {n: accessor(n, lo, w) for n, lo, w in e.fields}
    cond = " && ".join(c.c_expr(lambda n: f"{acc[n]}(w)") for c in e.ri)
    return f"return {cond} ? OP_INVALID : {e.enum};  /* ri= */"


def _emit(node, ind, out):
    pad = "    " * ind
    if node is None:
        out.append(f"{pad}return OP_INVALID;")
        return
    if isinstance(node, Leaf):
        for mask, value, e in node.tests:
            if mask == 0:
                out.append(f"{pad}{_ret(e)}")
                return
            out.append(f"{pad}if ((w & 0x{mask:08x}u) == 0x{value:08x}u) {_ret(e)}")
        out.append(f"{pad}return OP_INVALID;")
        return
    m = (1 << node.width) - 1
    sel = f"(w >> {node.lo}) & 0x{m:x}" if node.lo else f"w & 0x{m:x}"
    out.append(f"{pad}switch ({sel}) {{")
    for values, child in node.cases:
        labels = " ".join(f"case 0x{v:02x}:" for v in values)
        # wrap long label lists
        while len(labels) > 88:
            cut = labels.rfind(" case", 0, 88)
            out.append(f"{pad}{labels[:cut]}")
            labels = labels[cut + 1:]
        out.append(f"{pad}{labels}")
        _emit(child, ind + 1, out)
    out.append(f"{pad}default:")
    out.append(f"{pad}    return OP_INVALID;")
    out.append(f"{pad}}}")


def class_enum(cls: str) -> str:
    return "MIPS_CLASS_" + cls.upper()


def generate() -> str:
    bad = check_overlaps()
    if bad:
        raise SystemExit(f"instruction table has overlapping encodings: {bad}")
    L = []
    L.append("/* Generated by `python3 -m mipsvm.isa.gen` from mipsvm/isa/table.py.")
    L.append(" * Do not edit: change the table and regenerate. */")
    L.append("#ifndef MIPSVM_DECODE_GEN_H")
    L.append("#define MIPSVM_DECODE_GEN_H")
    L.append("#include <stdint.h>")
    L.append("")
    L.append("#if defined(__GNUC__)")
    L.append("#define MIPS_GEN_UNUSED __attribute__((unused))")
    L.append("#else")
    L.append("#define MIPS_GEN_UNUSED")
    L.append("#endif")
    L.append("")
    L.append("enum {")
    L.append("    OP_INVALID = 0,")
    width = max(len(e.enum) for e in INSTRUCTIONS) + 1
    for e in INSTRUCTIONS:
        L.append(f"    {e.enum + ',':<{width}}  /* {e.pattern} */")
    L.append("    OP_COUNT")
    L.append("};")
    L.append("")
    L.append("/* Instruction classes (mips_op_class). */")
    L.append("enum {")
    for i, c in enumerate(CLASSES):
        L.append(f"    {class_enum(c)} = {i},")
    L.append("    MIPS_CLASS_COUNT")
    L.append("};")
    L.append("")
    L.append("/* Case labels of the ops one C case block handles. */")
    for g, es in groups().items():
        toks = [f"case {e.enum}:" for e in es]
        L.append(f"#define CASE_GROUP_{g.upper()} \\")
        parts, line = [], ""
        for tok in toks:
            if line and len(line) + len(tok) >= 80:
                parts.append(line)
                line = ""
            line = f"{line} {tok}" if line else tok
        parts.append(line)
        for i, p in enumerate(parts):
            tail = " \\" if i < len(parts) - 1 else ""
            L.append(f"    {p}{tail}")
    L.append("")
    L.append("static const char *const mips_op_name[OP_COUNT] MIPS_GEN_UNUSED = {")
    L.append('    "invalid",')
    for e in INSTRUCTIONS:
        L.append(f'    "{e.name}",')
    L.append("};")
    L.append("")
    L.append("static const unsigned char mips_op_class[OP_COUNT] MIPS_GEN_UNUSED = {")
    L.append(f"    {class_enum('misc')},  /* invalid */")
    for e in INSTRUCTIONS:
        L.append(f"    {class_enum(e.cls)},  /* {e.name} */")
    L.append("};")
    L.append("")
    L.append("/* 1 when the op needs kernel mode or CU0 (Coprocessor Unusable otherwise). */")
    L.append("static const unsigned char mips_op_priv[OP_COUNT] MIPS_GEN_UNUSED = {")
    L.append("    0,  /* invalid */")
    for e in INSTRUCTIONS:
        L.append(f"    {1 if e.priv == 'priv' else 0},  /* {e.name} */")
    L.append("};")
    L.append("")
    _emit_accessors(L)
    L.append("")
    L.append("/* Op id of instruction word w, OP_INVALID for a reserved encoding. */")
    L.append("static inline int mips_decode(uint32_t w)")
    L.append("{")
    _emit(build_tree(), 1, L)
    L.append("}")
    L.append("")
    L.append("#endif /* MIPSVM_DECODE_GEN_H */")
    return "\n".join(L) + "\n"


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python3 -m mipsvm.isa.gen OUT.h", file=sys.stderr)
        return 2
    text = generate()
    with open(argv[0], "w") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
