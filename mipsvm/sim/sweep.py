"""Parameter sweeps: one program over a grid of configurations (MISSION, "sweep
parameters in parallel, locally or on a Dask cluster").

    import mipsvm
    res = mipsvm.sweep.run({"cpu.tlb.vtlb": [16, 64], "kernel.thp": ["never", "always"],
                            "mib": [64, 256]},
                           "workloads/bin/pagechase", ["{mib}", "20000"])
    res.write_json("sweep.json"); res.write_csv("sweep.csv")

A grid name with a dot (or ``seed``) is a parameter of the configuration tree
(docs/config.md); any other name is a workload variable, substituted where the
program or its arguments say ``{name}``.  Points are the cartesian product, in
the grid's order.  Each point runs in a fresh process of a local pool, or as a
task on a Dask cluster (``scheduler="tcp://host:8786"``); both run the same
``run_task``, so results are identical either way (docs/experiment.md).
"""

from __future__ import annotations

import csv
import difflib
import fnmatch
import itertools
import json
import os
import re
import threading
import uuid

from ..models import ConfigError, SystemConfig
from ..models.params import SimObject
from .worker import SweepError, error_row, make_task, run_in_subprocess, run_task

DEFAULT_STATS = ("sim_insts", "cycles", "tlb.refills", "tlb.refills.vtlb", "tlb.refills.ftlb",
                 "tlb.dtlb.misses", "minor_faults", "mm.anon_huge_pages")
HOST_STATS = ("host_seconds", "mips")       # measure the host: never compared
MAX_POINTS = 10_000
MAX_JOBS = 256
_VAR = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


# ---- the configuration tree as dotted paths

def param_paths(cls=SystemConfig, prefix: str = "") -> dict:
    """Every leaf parameter of the tree: {"cpu.tlb.vtlb": Param, ...}."""
    out = {}
    for name, p in cls._params.items():
        if p.kind == "child":
            out.update(param_paths(p.child, prefix + name + "."))
        else:
            out[prefix + name] = p
    return out


def is_config_path(name: str) -> bool:
    return "." in name or name in SystemConfig._params


def set_param(config: SimObject, path: str, value) -> None:
    """config.<path> = value, checked; ConfigError names the path."""
    leaves = param_paths(type(config))
    if path not in leaves:
        groups = {p.rsplit(".", 1)[0] for p in leaves if "." in p}
        if path in groups:
            example = sorted(p for p in leaves if p.startswith(path + "."))[0]
            raise ConfigError(f"{path} is a group of parameters, not one (e.g. {example})")
        near = difflib.get_close_matches(path, list(leaves), n=1)
        raise ConfigError(f"unknown parameter path {path!r}" + (f" (did you mean {near[0]}?)" if near else ""))
    *parents, leaf = path.split(".")
    target = config
    for n in parents:
        target = getattr(target, n)
    try:
        setattr(target, leaf, value)
    except ConfigError as e:
        msg = str(e)
        p = leaves[path]
        for prefix in filter(None, (p.cli, p.path)):
            msg = msg.removeprefix(prefix + ": ")
        raise ConfigError(f"{path}={value}: {msg}") from None


# ---- grid syntax: NAME=[v1,v2,...] or NAME=v1,v2 (values stay strings here)

def parse_grid_entry(text: str) -> tuple[str, list[str]]:
    name, eq, rhs = text.partition("=")
    name, rhs = name.strip(), rhs.strip()
    if not eq or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name):
        raise SweepError(f"bad grid entry {text!r}: expected NAME=[v1,v2,...] (e.g. cpu.tlb.vtlb=[16,32,64])")
    if rhs.startswith("[") != rhs.endswith("]"):
        raise SweepError(f"bad grid entry {text!r}: unbalanced brackets")
    if rhs.startswith("["):
        rhs = rhs[1:-1]
    values = [v.strip().strip("'\"") for v in rhs.split(",")]
    if not values or any(v == "" for v in values):
        raise SweepError(f"bad grid entry {text!r}: empty value")
    return name, values


def parse_grid(entries) -> dict:
    grid = {}
    for e in entries:
        name, values = parse_grid_entry(e)
        if name in grid:
            raise SweepError(f"grid name {name!r} given twice")
        grid[name] = values
    return grid


# ---- points

def expand(grid: dict, prog: str, args=(), base: SystemConfig | None = None) -> list[dict]:
    """The grid's points as tasks for run_task (checked before anything runs)."""
    base = base if base is not None else SystemConfig()
    grid = {str(k): list(v) if isinstance(v, (list, tuple)) else [v] for k, v in grid.items()}
    templates = [str(prog)] + [str(a) for a in args]
    used = {m for t in templates for m in _VAR.findall(t)}
    for name, values in grid.items():
        if not values:
            raise SweepError(f"grid name {name!r} has no values")
        if not is_config_path(name) and name not in used:
            raise SweepError(f"grid name {name!r} is neither a configuration parameter nor used as "
                             f"{{{name}}} in the program or its arguments")
    missing = sorted(used - set(grid))
    if missing:
        raise SweepError(f"the program arguments use {{{missing[0]}}}, which the grid does not define")
    n = 1
    for values in grid.values():
        n *= len(values)
    if n > MAX_POINTS:
        raise SweepError(f"the grid has {n} points, more than the limit of {MAX_POINTS}")
    tasks = []
    for i, combo in enumerate(itertools.product(*grid.values())):
        point = dict(zip(grid, combo))
        cfg = SystemConfig.from_dict(base.to_dict())
        try:
            for name, v in point.items():
                if is_config_path(name):
                    set_param(cfg, name, v)
            cfg.validate_tree()
        except ConfigError as e:
            raise SweepError(str(e)) from None
        # the typed value the configuration holds, for the table
        shown = {k: (_get(cfg, k) if is_config_path(k) else v) for k, v in point.items()}
        words = [_VAR.sub(lambda m: str(point[m.group(1)]), t) for t in templates]
        tasks.append(make_task(i, cfg, words[0], words[1:], params=shown))
    return tasks


def _get(config, path):
    for n in path.split("."):
        config = getattr(config, n)
    return config


def check_jobs(jobs) -> int:
    if jobs is None:
        jobs = os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or not 1 <= jobs <= MAX_JOBS:
        raise SweepError(f"jobs: {jobs!r} is not between 1 and {MAX_JOBS}")
    return jobs


def execute(tasks: list, *, jobs=None, scheduler=None, connect_timeout: float = 10.0, on_event=None) -> list:
    """Run the tasks; rows in task order. on_event(kind, index, row_or_None) is
    called with "start" (local pool only) and "done"."""
    on_event = on_event or (lambda *a: None)
    if scheduler is not None:
        return _execute_dask(tasks, scheduler, connect_timeout, on_event)
    return _execute_local(tasks, check_jobs(jobs), on_event)


def _execute_local(tasks, jobs, on_event):
    from concurrent.futures import ThreadPoolExecutor
    rows, lock = [None] * len(tasks), threading.Lock()

    def one(i):
        with lock:
            on_event("start", i, None)
        rows[i] = run_in_subprocess(tasks[i])
        with lock:
            on_event("done", i, rows[i])

    # threads only wait: each run is a fresh interpreter (python -m mipsvm.sim.worker)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for f in [pool.submit(one, i) for i in range(len(tasks))]:
            f.result()
    return rows


def _check_address(addr: str) -> None:
    """Reject a malformed address before a Client exists (a half-built one
    complains again when it is garbage-collected)."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import backends
    scheme, loc = parse_address(addr)
    if scheme not in backends:
        raise ValueError(f"unknown address scheme {scheme!r} (e.g. tcp://host:8786)")
    if scheme in ("tcp", "tls"):
        parse_host_port(loc)


def _execute_dask(tasks, scheduler, connect_timeout, on_event):
    try:
        import distributed
    except ImportError:
        raise SweepError("a Dask scheduler was given, but dask.distributed is not installed") from None
    own = not isinstance(scheduler, distributed.Client)
    client = scheduler
    if own:
        import gc
        import logging
        import sys
        logging.getLogger("distributed").setLevel(logging.CRITICAL)   # we report the failure ourselves
        err, hook = None, sys.unraisablehook
        sys.unraisablehook = lambda _: None   # a half-built Client complains from __del__
        try:
            try:
                _check_address(str(scheduler))
                client = distributed.Client(scheduler, timeout=connect_timeout, set_as_default=False)
            except Exception as e:
                err = str(e).splitlines()[0] if str(e) else type(e).__name__
            gc.collect()
        finally:
            sys.unraisablehook = hook
        if err is not None:
            raise SweepError(f"cannot reach the Dask scheduler at {scheduler}: {err}")
    token = uuid.uuid4().hex[:8]
    rows = [None] * len(tasks)
    try:
        futures = [client.submit(run_task, t, key=f"mipsvm-{token}-{i}", pure=False) for i, t in enumerate(tasks)]
        where = {f.key: i for i, f in enumerate(futures)}
        for f in distributed.as_completed(futures, loop=client.loop):
            i = where[f.key]
            try:
                row = f.result()
            except Exception as e:
                row = error_row(tasks[i], f"Dask task failed: {type(e).__name__}: {e}")
            rows[i] = row
            on_event("done", i, row)
    finally:
        if own:
            client.close()
    return rows


# ---- results

def select_stats(stats: dict, patterns) -> dict:
    """The statistics named by patterns (exact names or globs like tlb.refills.*), in pattern order."""
    if patterns == "all" or patterns == ["all"]:
        return {k: v for k, v in stats.items() if k not in HOST_STATS}
    out = {}
    for pat in patterns:
        for k, v in stats.items():
            if fnmatch.fnmatchcase(k, pat) and k not in out:
                out[k] = v
    return out


class SweepResult:
    """The table: one row per point, config values, exit status, chosen stats."""

    def __init__(self, grid: dict, prog: str, args, rows: list, stats=DEFAULT_STATS, base=None):
        self.grid, self.prog, self.args = grid, prog, list(args)
        self.stats_wanted = list(stats) if stats != "all" else ["all"]
        self.base = base
        self.rows = []
        for r in rows:
            r = dict(r)
            r["stats"] = select_stats(r["stats"], self.stats_wanted)
            self.rows.append(r)

    @property
    def ok(self) -> bool:
        return all(r["error"] is None for r in self.rows)

    def stat_columns(self) -> list:
        cols = []
        for r in self.rows:
            cols += [k for k in r["stats"] if k not in cols]
        return cols

    def unmatched(self) -> list:
        """Stat patterns that matched nothing in any successful row."""
        if self.stats_wanted == ["all"] or not any(r["stats"] for r in self.rows):
            return []
        names = self.stat_columns()
        return [p for p in self.stats_wanted if not any(fnmatch.fnmatchcase(n, p) for n in names)]

    def param_columns(self) -> list:
        return list(self.grid)

    def records(self) -> list:
        """Flat rows (for CSV and printing): index, params, status, stats."""
        out = []
        for r in self.rows:
            rec = {"index": r["index"]}
            rec.update(r["params"])
            rec.update(status=r["status"], exit_code=r["exit_code"], error=r["error"] or "")
            rec.update({k: r["stats"].get(k, "") for k in self.stat_columns()})
            rec["host_seconds"] = r["host_seconds"]
            out.append(rec)
        return out

    def to_dict(self) -> dict:
        return {"program": self.prog, "args": self.args, "grid": self.grid,
                "base": self.base.to_dict() if self.base is not None else None,
                "stats": self.stats_wanted, "rows": self.rows}

    def write_json(self, path: str) -> None:
        with open(path, "w") as f:
            json.dump(self.to_dict(), f, indent=1)
            f.write("\n")

    def write_csv(self, path: str) -> None:
        recs = self.records()
        cols = list(recs[0]) if recs else ["index"]
        with open(path, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            w.writerows(recs)


def run(grid: dict, prog: str, args=(), *, base: SystemConfig | None = None, stats=DEFAULT_STATS, jobs=None,
        scheduler=None, max_insts: int | None = None, fs_root: str = ".", connect_timeout: float = 10.0,
        on_event=None) -> SweepResult:
    """Run prog over the grid; see the module docstring. Raises SweepError
    (one line) for a grid that cannot run, before anything runs."""
    if max_insts is not None and (not isinstance(max_insts, int) or max_insts < 0):
        raise SweepError(f"max_insts: {max_insts!r} is not a non-negative integer")
    if scheduler is None:
        check_jobs(jobs)
    tasks = expand(grid, prog, args, base)
    for t in tasks:
        t["max_insts"], t["fs_root"] = max_insts, os.path.abspath(fs_root)
    rows = execute(tasks, jobs=jobs, scheduler=scheduler, connect_timeout=connect_timeout, on_event=on_event)
    shown_grid = {k: [str(v) for v in (vs if isinstance(vs, (list, tuple)) else [vs])] for k, vs in grid.items()}
    return SweepResult(shown_grid, prog, args, rows, stats, base)


# ---- the command line: mipsvm sweep

def add_subparser(sub) -> None:
    p = sub.add_parser(
        "sweep", help="run a program over a grid of configurations (local pool or Dask)",
        description="Run PROG over the cartesian product of the -g grids. A dotted name (and seed) is a "
                    "configuration parameter (docs/config.md), any other name a workload variable that PROG "
                    "or ARGS use as {name}. The run options below set the base configuration.")
    p.add_argument("-g", "--grid", action="append", default=[], metavar="NAME=[V,...]",
                   help="one grid dimension, e.g. cpu.tlb.vtlb=[16,32,64] or kernel.thp=never,always")
    p.add_argument("--jobs", type=int, default=None, help="local processes (default: one per CPU)")
    p.add_argument("--scheduler", default=None, metavar="ADDR",
                   help="run on this Dask scheduler (tcp://host:8786) instead of the local pool")
    p.add_argument("--connect-timeout", type=float, default=10.0, metavar="S",
                   help="seconds to wait for the Dask scheduler (default 10)")
    p.add_argument("--stats", default=",".join(DEFAULT_STATS),
                   help="statistics to keep: names or globs, comma-separated, or 'all' "
                        f"(default {','.join(DEFAULT_STATS)})")
    p.add_argument("--json", metavar="FILE", help="write every row (params, status, stats, stdout tail) as JSON")
    p.add_argument("--csv", metavar="FILE", help="write the table as CSV")
    p.add_argument("--max-insts", type=int, default=None, help="instruction budget of each run")
    p.add_argument("--fs-root", default=".", help="the only host directory the program may access")
    p.add_argument("--quiet", action="store_true", help="no progress display, no table")
    SystemConfig.add_cli(p)
    p.add_argument("prog")
    p.add_argument("args", nargs="*")
    p.set_defaults(func=cmd_sweep)


def cmd_sweep(args) -> int:
    import sys
    from .progress import RunProgress, fmt_num, print_table
    stats = "all" if args.stats.strip() == "all" else [s.strip() for s in args.stats.split(",") if s.strip()]
    try:
        base = SystemConfig.from_cli(args)
        grid = parse_grid(args.grid)
        if args.scheduler is None:
            check_jobs(args.jobs)
        tasks = expand(grid, args.prog, args.args, base)
    except (SweepError, ConfigError) as e:
        sys.stderr.write(f"mipsvm sweep: {e}\n")
        return 2
    labels = [" ".join(f"{k}={v}" for k, v in t["params"].items()) or "base" for t in tasks]
    with RunProgress(labels, enabled=None if not args.quiet else False, title="sweep") as prog:
        try:
            res = run(grid, args.prog, args.args, base=base, stats=stats, jobs=args.jobs, scheduler=args.scheduler,
                      max_insts=args.max_insts, fs_root=args.fs_root, connect_timeout=args.connect_timeout,
                      on_event=prog.event)
        except (SweepError, ConfigError) as e:
            sys.stderr.write(f"mipsvm sweep: {e}\n")
            return 1
    if not args.quiet:
        recs = res.records()
        cols = [c for c in (recs[0] if recs else []) if c != "exit_code"      # status says it
                and (c != "error" or any(r["error"] for r in recs))]
        right = lambda c: "right" if all(isinstance(r[c], (int, float)) for r in recs) else "left"  # noqa: E731
        print_table(f"sweep: {args.prog} {' '.join(args.args)} ({len(recs)} points)",
                    [(c, right(c)) for c in cols], [[fmt_num(r[c]) for c in cols] for r in recs])
    for pat in res.unmatched():
        sys.stderr.write(f"mipsvm sweep: --stats: no statistic matches {pat!r}\n")
    try:
        if args.json:
            res.write_json(args.json)
        if args.csv:
            res.write_csv(args.csv)
    except OSError as e:
        sys.stderr.write(f"mipsvm sweep: cannot write results: {e}\n")
        return 1
    bad = [r for r in res.rows if r["error"]]
    for r in bad[:5]:
        sys.stderr.write(f"mipsvm sweep: point {r['index']}: {r['error']}\n")
    return 1 if bad else 0
