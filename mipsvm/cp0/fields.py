"""Decoders for CP0 register values (for --dump-cp0 and TLB dumps).

    decode(name, value, model=None) -> [(field, value, meaning), ...]   MSB first
    encode(name, model=None, **fields) -> int                            the inverse
    format_register(name, value, model=None) -> str                      one line
    format_cp0(values, model=None) -> str                                every register
    format_entryhi(v) / format_entrylo(v) / format_pagemask(v)           TLB dump pieces

Everything is driven by the register table in ``regs.py``: a field's meaning is its
description, plus the name of an enumerated value or a derived quantity ("64
entries", "PA 0x...", "16KB") where the table asks for one.
"""

from __future__ import annotations

from .regs import lookup, model_of, register, registers


def _size(n: int) -> str:
    for unit, shift in (("GB", 30), ("MB", 20), ("KB", 10)):
        if n >= 1 << shift and n % (1 << shift) == 0:
            return f"{n >> shift}{unit}"
    return f"{n}B"


def pagemask_size(mask_field: int):
    """Page size for a PageMask.Mask value (bits 28:13 as a number), None if invalid.
    Valid masks are an even-length run of ones from bit 13 (4 KB, 16 KB, 64 KB, ...)."""
    n = mask_field.bit_length()
    if mask_field != (1 << n) - 1 or n % 2:
        return None
    return 4096 << n


def _kind_meaning(kind: str, v: int, f, model) -> str:
    m = model_of(model)
    if kind == "minus1":
        return f"{v + 1} entries"
    if kind == "pfn":
        return f"PA {v << 12:#x}"
    if kind == "addr12":
        return f"{v << 12:#x}"
    if kind == "vpn2":
        return f"VA {v << 13:#x}"
    if kind == "pagemask":
        size = pagemask_size(v)
        return _size(size) + " pages" if size else "invalid mask"
    if kind == "plus2":
        return f"{v + 2} ways"
    if kind == "pow2":
        return f"{1 << v} sets"
    if kind == "ftlb_page":
        return _size(1 << (10 + 2 * v)) + " pages" if v else "none"
    if kind == "kscr":
        sels = [s for s in range(8) if v >> s & 1]
        return "sel " + ",".join(map(str, sels)) if sels else "none"
    if kind == "cache_sets":
        return f"{32 if v == 7 else 64 << v} sets"
    if kind == "cache_line":
        return "no cache" if v == 0 else f"{2 << v}B lines"
    if kind == "cache_assoc":
        return f"{v + 1} ways"
    if kind == "bitlist":
        bits = [str(i) for i in range(f.width) if v >> i & 1]
        return "bits " + ",".join(bits) if bits else "none"
    if kind == "perf_event":
        for name, code in sorted(m.perf_events.items()):
            if code == v:
                return name
        return "event"
    return ""


def decode(name, value: int, model=None) -> list:
    """[(field, value, meaning), ...] for every field, most significant first."""
    r = register(name, model)
    out = []
    for f in r.fields:
        v = f.get(value)
        extra = f.value_name(v)
        if extra is None and f.kind:
            extra = _kind_meaning(f.kind, v, f, model)
        meaning = f"{f.desc}: {extra}" if extra else f.desc
        out.append((f.name, v, meaning))
    return out


def encode(name, model=None, **fields) -> int:
    """Register value from field values (unnamed fields 0)."""
    r = register(name, model)
    value = 0
    for fname, v in fields.items():
        value = r.field(fname).put(value, v)
    return value


def _short(f, v, model) -> str:
    if f.width == 1:
        return f.name if v else ""
    text = f"{f.name}={v:#x}" if v > 9 else f"{f.name}={v}"
    extra = f.value_name(v)
    if extra is None and f.kind:
        extra = _kind_meaning(f.kind, v, f, model)
    return f"{text}({extra})" if extra else text


def format_register(name, value: int, model=None) -> str:
    """'Status      (12,0) 0x0000000000400004  BEV ERL KSU=0(KERNEL) ...': set one-bit
    fields by name, multi-bit fields as NAME=value, zero multi-bit fields omitted
    unless enumerated."""
    r = register(name, model)
    parts = []
    for f in r.fields:
        v = f.get(value)
        if f.width > 1 and v == 0 and not f.values:
            continue
        s = _short(f, v, model)
        if s:
            parts.append(s)
    width = 16 if r.width == 64 else 8
    return f"{r.name:<13} ({r.reg:2d},{r.sel}) 0x{value:0{width}x}  " + " ".join(parts)


def format_cp0(values: dict, model=None) -> str:
    """Every register of the table present in ``values`` (keys: names, flat indices or
    (reg, sel)), in table order, one line each."""
    by_idx = {}
    for k, v in values.items():
        by_idx[lookup(k).idx] = v
    lines = []
    for r in registers(model):
        if r.idx in by_idx:
            lines.append(format_register(r.name, by_idx[r.idx] & ((1 << r.width) - 1), model))
    return "\n".join(lines) + ("\n" if lines else "")


def format_entryhi(value: int, model=None) -> str:
    r = register("EntryHi", model)
    vpn2 = value & r.field("VPN2").mask
    region = r.field("R").get(value)
    va = (region << 62) | vpn2                    # R and VPN2 only: the fill bits never match
    s = f"VPN2 {va:#018x} ASID {r.field('ASID').get(value):#05x}"
    if r.field("EHINV").get(value):
        s += " EHINV"
    return s


def format_entrylo(value: int, model=None) -> str:
    r = register("EntryLo0", model)
    pfn = r.field("PFN").get(value)
    flags = "".join(ch if r.field(n).get(value) else "-"
                    for n, ch in (("D", "D"), ("V", "V"), ("G", "G")))
    s = f"PFN {pfn:#011x} (PA {pfn << 12:#014x}) C{r.field('C').get(value)} {flags}"
    for n in ("RI", "XI"):
        if r.field(n).get(value):
            s += " " + n
    return s


def format_pagemask(value: int, model=None) -> str:
    r = register("PageMask", model)
    size = pagemask_size(r.field("Mask").get(value))
    return f"{value:#010x} ({_size(size) if size else 'invalid'})"
