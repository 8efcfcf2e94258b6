"""Configuration: the CPU models as data (cpu.py), the parameter-object machinery
(params.py) and the configuration tree of a system (system.py)."""

from .cpu import DEFAULT_MODEL, MODELS, CpuModel  # noqa: F401
from .params import ConfigError, Param, SimObject, parse_size  # noqa: F401
from .system import CPU, TLB, VM, Kernel, Memory, Monitor, SystemConfig, Timing  # noqa: F401
