"""Generate the C decoder header from the instruction table, and check the core.

    python3 -m mipsvm.isa.gen OUT.h [--sources DIR]

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

Before writing OUT.h, the C headers under DIR (default: the mipsvm package; all but
the generated one) are checked, and any problem stops the build:
* every op has semantics: a ``case OP_X:`` or a used ``CASE_GROUP_<G>`` of one of
  its groups, unless the table marks it ``unimpl=`` (then it must have none).  A group
  some of whose ops are labelled more specifically too (a case, or a smaller group)
  only forwards and does not count (``fpu_exec``: exec.h hands its ops to fpu_exec(),
  whose switch must label each one);
* every generated ``CASE_GROUP_<G>`` is used;
* every ``fld_<name>`` used exists, and is not an ambiguous field name.
"""

from __future__ import annotations

import argparse
import functools
import pathlib
import re
import sys

from mipsvm.genutil import write_if_changed

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


def check_accessor(fn: str) -> None:
    """Raise ValueError unless `fn` (``fld_...``) is a generated accessor."""
    if fn in accessors():
        return
    name, pos = fn[len("fld_"):], _positions()
    if name in pos:
        where = "; ".join(f"{accessor(name, lo, w)} ({', '.join(es[:3])}"
                          f"{', ...' if len(es) > 3 else ''})" for (lo, w), es in pos[name].items())
        raise ValueError(f"{fn} is ambiguous: field {name} sits at different bits in "
                         f"different instructions; use {where}")
    raise ValueError(f"{fn}: no such field in the table")


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


_CASE = re.compile(r"\bcase\s+(OP_[A-Z0-9_]+)\s*:")
_GROUP_USE = re.compile(r"\bCASE_GROUP_([A-Z0-9_]+)\b")
_FLD_USE = re.compile(r"\b(fld_[a-z0-9_]+)\s*\(")
_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def check_core(sources: dict) -> list:
    """What the C sources (file name -> text) get wrong about the table (module
    docstring); [] when nothing."""
    grp = groups()
    cases, used, problems = set(), set(), []
    for fname, text in sources.items():
        text = _COMMENT.sub(" ", text)
        cases.update(_CASE.findall(text))
        used.update(g.lower() for g in _GROUP_USE.findall(text))
        for fn in sorted(set(_FLD_USE.findall(text))):
            try:
                check_accessor(fn)
            except ValueError as err:
                problems.append(f"{fname}: {err}")
    for g in sorted(used - set(grp)):
        problems.append(f"CASE_GROUP_{g.upper()} is used but no table entry has group {g}")
    for g in grp:
        if g not in used:
            problems.append(f"group {g} is generated but no C code uses CASE_GROUP_{g.upper()}:"
                            " use it or drop it from the table")
    # labels[e]: how e is labelled: "case" or the used groups it is in
    labels = {e.name: ({"case"} if e.enum in cases else set()) | (set(e.groups) & used)
              for e in INSTRUCTIONS}
    # A group forwards when some of its ops are labelled more specifically too (a
    # case of their own, or a smaller group): then its own label does not count.
    forwarding = {g for g in used & set(grp)
                  if any(lab == "case" or lab != g and len(grp[lab]) < len(grp[g])
                         for e in grp[g] for lab in labels[e.name])}
    forwarded = set()
    for g in sorted(forwarding):
        for e in grp[g]:
            labels[e.name].discard(g)
            forwarded.add((e.name, g))
    for e in INSTRUCTIONS:
        if e.unimpl and labels[e.name]:
            problems.append(f"{e.name} is marked unimpl={e.unimpl!r} but has a case in the C code")
        elif not e.unimpl and not labels[e.name]:
            via = [g for n, g in forwarded if n == e.name]
            why = f" (CASE_GROUP_{via[0].upper()} only forwards it)" if via else ""
            problems.append(f"{e.name} has no semantics: no `case {e.enum}:` in the C "
                            f"sources{why}; add one or mark it unimpl= in the table")
    for op in sorted(cases - {e.enum for e in INSTRUCTIONS} - {"OP_INVALID"}):
        problems.append(f"case {op}: no such op in the table")
    return problems


def core_sources(root) -> dict:
    """Relative path -> text of the C headers under root (the core is all headers;
    the .c files are Cython's output), but the generated one."""
    root = pathlib.Path(root)
    return {str(p.relative_to(root)): p.read_text()
            for p in sorted(root.rglob("*.h")) if p.name != "decode_gen.h"}


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python3 -m mipsvm.isa.gen",
                                 description="Write the C decoder header after checking the core.")
    ap.add_argument("out", help="header to write (mipsvm/core/decode_gen.h)")
    ap.add_argument("--sources", default=str(pathlib.Path(__file__).resolve().parents[1]),
                    help="directory of the C sources to check (default: the mipsvm package)")
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    problems = check_core(core_sources(args.sources))
    if problems:
        print("mipsvm.isa.gen: the C core and the instruction table disagree:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    text = generate()
    write_if_changed(args.out, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
