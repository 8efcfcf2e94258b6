"""Compare a table the README prints with the same run made now.

glibc's start-up reads /proc/self/exe (_dl_non_dynamic_init -> _dl_get_origin),
and the kernel gives the program's absolute host path (as qemu-user does), so a
checkout elsewhere runs a handful of instructions more or fewer. Numbers may
therefore differ by less than one part in 10^4; everything else must match."""

from __future__ import annotations

REL = 1e-4


def _num(cell: str):
    try:
        return float(cell.replace(",", "").rstrip("%"))
    except ValueError:
        return None


def cells(text: str) -> list[list[str]]:
    """The body rows of a rich table, last column (host seconds) dropped."""
    return [[c.strip() for c in ln.strip().strip("│").split("│")][:-1]
            for ln in text.splitlines() if ln.strip().startswith("│")]


def assert_same_table(printed: list[list[str]], measured: list[list[str]]) -> None:
    assert len(printed) == len(measured), (printed, measured)
    for p_row, m_row in zip(printed, measured):
        assert len(p_row) == len(m_row), (p_row, m_row)
        for p, m in zip(p_row, m_row):
            if p == m:
                continue
            a, b = _num(p), _num(m)
            assert a is not None and b is not None and abs(a - b) <= REL * max(abs(a), abs(b)), (p_row, m_row)
