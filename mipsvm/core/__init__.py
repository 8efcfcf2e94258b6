"""The compiled core (see exec.h for the loop, mem.h for translation)."""

from ._core import Core, PhysError, EVENT_EXCEPTION, EVENT_BUDGET, DEFAULT_FIR  # noqa: F401
