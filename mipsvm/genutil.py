"""What the header generators (isa/gen.py, cp0/gen.py, mmu/gen.py) share."""

import os
import sys


def write_if_changed(path: str, text: str) -> None:
    """Write text to path ("-": stdout), atomically, and only when it changes, so
    make and setup.py do not rebuild the core for an unchanged header."""
    if path == "-":
        sys.stdout.write(text)
        return
    try:
        with open(path) as f:
            if f.read() == text:
                return
    except OSError:
        pass
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)
