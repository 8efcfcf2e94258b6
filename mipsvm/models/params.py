"""Parameter objects in the manner of gem5's SimObjects.

A configuration is a tree of ``SimObject`` instances.  Each class declares its
parameters once, as class attributes::

    class TLB(SimObject):
        vtlb = Param.Int(64, "VTLB entries", lo=1, hi=64, cli="--vtlb")

and that one declaration is the source for everything that needs the value: the
command line (``add_cli``/``from_cli`` build argparse options from it), the
Python API (keyword arguments, attribute assignment, both validated), the
``config.json`` written next to ``stats.txt`` (``to_dict``/``from_dict``), and
whoever builds the machine from it.  A bad value raises ``ConfigError`` with a
one-line message that names the parameter.
"""

from __future__ import annotations

import argparse
import json

_SIZE_UNITS = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


class ConfigError(ValueError):
    """A parameter value that cannot be used (the message is one line)."""


def parse_size(text) -> int:
    """'4G', '512MiB', '64m', '0x100000' or an int -> bytes."""
    if isinstance(text, bool):
        raise ConfigError(f"not a size: {text!r}")
    if isinstance(text, int):
        return text
    t = str(text).strip().lower()
    for suffix in ("ib", "b"):
        if t.endswith(suffix) and len(t) > len(suffix):
            t = t[: -len(suffix)]
            break
    try:
        if t and t[-1] in _SIZE_UNITS:
            v = float(t[:-1]) * _SIZE_UNITS[t[-1]]
            if v != int(v):
                raise ValueError
            return int(v)
        return int(t, 0)
    except (ValueError, OverflowError):
        raise ConfigError(f"not a size: {text!r} (use e.g. 4G, 512M, 65536)") from None


class Param:
    """One parameter: kind, default, description and its checks."""

    def __init__(self, kind: str, default, desc: str, *, lo=None, hi=None, choices=None,
                 check=None, cli: str | None = None, metavar: str | None = None, child=None):
        self.kind, self.default, self.desc = kind, default, desc
        self.lo, self.hi, self.choices, self.check = lo, hi, choices, check
        self.cli, self.metavar, self.child = cli, metavar, child
        self.name = None            # set by SimObject.__init_subclass__
        self.owner = None

    # constructors, gem5 style
    @staticmethod
    def Int(default, desc, **kw):
        return Param("int", default, desc, **kw)

    @staticmethod
    def Size(default, desc, **kw):
        return Param("size", default, desc, **kw)

    @staticmethod
    def Bool(default, desc, **kw):
        return Param("bool", default, desc, **kw)

    @staticmethod
    def Enum(default, desc, choices, **kw):
        return Param("enum", default, desc, choices=tuple(choices), **kw)

    @staticmethod
    def Str(default, desc, **kw):
        return Param("str", default, desc, **kw)

    @staticmethod
    def Child(cls, desc):
        return Param("child", None, desc, child=cls)

    @property
    def path(self) -> str:
        return f"{self.owner}.{self.name}"

    def convert(self, value):
        """The checked value, or ConfigError naming the parameter."""
        where = self.cli or self.path
        if value is None and self.default is None and self.kind != "child":
            return None                 # optional: "not set, use the default elsewhere"
        if self.kind == "child":
            if value is None:
                return self.child()
            if isinstance(value, dict):
                return self.child.from_dict(value)
            if not isinstance(value, self.child):
                raise ConfigError(f"{where}: expected a {self.child.__name__}, got {type(value).__name__}")
            return value
        if self.kind == "bool":
            if isinstance(value, str) and value.lower() in ("1", "0", "true", "false", "on", "off", "yes", "no"):
                value = value.lower() in ("1", "true", "on", "yes")
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: expected true or false, got {value!r}")
            return value
        if self.kind == "enum":
            if value not in self.choices:
                raise ConfigError(f"{where}: {value!r} is not one of {', '.join(map(str, self.choices))}")
            return value
        if self.kind == "str":
            if value is not None and not isinstance(value, str):
                raise ConfigError(f"{where}: expected a string, got {value!r}")
            return value
        if self.kind == "size":
            try:
                value = parse_size(value)
            except ConfigError as e:
                raise ConfigError(f"{where}: {e}") from None
        elif self.kind == "int":
            if isinstance(value, str):
                try:
                    value = int(value, 0)
                except ValueError:
                    raise ConfigError(f"{where}: not an integer: {value!r}") from None
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConfigError(f"{where}: expected an integer, got {value!r}")
        if self.lo is not None and value < self.lo:
            raise ConfigError(f"{where}: {value} is below the minimum {self._show(self.lo)}")
        if self.hi is not None and value > self.hi:
            raise ConfigError(f"{where}: {value} is above the maximum {self._show(self.hi)}")
        if self.check is not None:
            why = self.check(value)
            if why:
                raise ConfigError(f"{where}: {why}")
        return value

    def _show(self, v) -> str:
        if self.kind == "size" and v >= 1 << 20 and v % (1 << 20) == 0:
            return f"{v >> 20}M" if v < 1 << 30 or v % (1 << 30) else f"{v >> 30}G"
        return str(v)


class SimObject:
    """Base of every configuration object: declared Params, validated values."""

    _params: dict = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        params = {}
        for base in reversed(cls.__mro__[1:]):
            params.update(getattr(base, "_params", {}))
        for name, p in list(vars(cls).items()):
            if isinstance(p, Param):
                p.name, p.owner = name, cls.__name__
                params[name] = p
                delattr(cls, name)
        cls._params = params

    def __init__(self, **kw):
        unknown = set(kw) - set(self._params)
        if unknown:
            raise ConfigError(f"{type(self).__name__}: unknown parameter(s) {', '.join(sorted(unknown))}")
        for name, p in self._params.items():
            object.__setattr__(self, name, p.convert(kw[name] if name in kw else p.default))
        self.validate()

    def __setattr__(self, name, value):
        p = self._params.get(name)
        if p is None:
            raise ConfigError(f"{type(self).__name__} has no parameter {name!r}")
        object.__setattr__(self, name, p.convert(value))

    def validate(self) -> None:
        """Checks that involve several parameters (override; raise ConfigError)."""

    def children(self):
        return [(n, getattr(self, n)) for n, p in self._params.items() if p.kind == "child"]

    def replace(self, **kw):
        """A copy with some parameters changed (validated as a whole)."""
        d = {n: getattr(self, n) for n in self._params}
        d.update(kw)
        return type(self)(**d)

    # ---- serialisation (config.json)
    def to_dict(self) -> dict:
        out = {"type": type(self).__name__}
        for n, p in self._params.items():
            v = getattr(self, n)
            out[n] = v.to_dict() if p.kind == "child" else v
        return out

    @classmethod
    def from_dict(cls, d: dict):
        d = dict(d)
        t = d.pop("type", cls.__name__)
        if t != cls.__name__:
            raise ConfigError(f"expected a {cls.__name__} record, got {t}")
        return cls(**d)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1) + "\n"

    def __eq__(self, other):
        return type(other) is type(self) and self.to_dict() == other.to_dict()

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._params)
        return f"{type(self).__name__}({inner})"

    # ---- command line
    @classmethod
    def cli_params(cls, prefix=()):
        """(path, Param) for every parameter with a command-line flag, depth first."""
        for n, p in cls._params.items():
            if p.kind == "child":
                yield from p.child.cli_params(prefix + (n,))
            elif p.cli:
                yield prefix + (n,), p

    @classmethod
    def add_cli(cls, parser: argparse.ArgumentParser) -> None:
        """One option per parameter with a flag; values stay strings until from_cli."""
        for path, p in cls.cli_params():
            dest = "cfg__" + "__".join(path)
            help_ = p.desc + (f" (default {p._show(p.default)})" if p.default not in (None, False) else "")
            if p.kind == "bool":
                parser.add_argument(p.cli, dest=dest, action="store_const", const=True, default=None,
                                    help=p.desc)
            elif p.kind == "enum":
                parser.add_argument(p.cli, dest=dest, choices=p.choices, default=None, help=help_)
            else:
                parser.add_argument(p.cli, dest=dest, default=None, metavar=p.metavar, help=help_)

    @classmethod
    def from_cli(cls, args: argparse.Namespace, **overrides):
        """The configuration the parsed options ask for (defaults elsewhere)."""
        obj = cls(**overrides)
        for path, p in cls.cli_params():
            v = getattr(args, "cfg__" + "__".join(path), None)
            if v is None:
                continue
            target = obj
            for n in path[:-1]:
                target = getattr(target, n)
            setattr(target, path[-1], v)
        obj.validate_tree()
        return obj

    def validate_tree(self) -> None:
        for _, c in self.children():
            c.validate_tree()
        self.validate()
