"""One simulation run as plain data: the unit that sweeps and experiments ship
to a local child process or a Dask worker.

A task is a JSON-safe dict (the configuration as ``SystemConfig.to_dict()``,
the program's absolute path, its arguments); ``run_task`` turns it into a row
(exit status, statistics, the tail of the program's stdout).  The local pool
runs each task in a fresh interpreter, ``python -m mipsvm.sim.worker``, with
the task on stdin and the row on stdout, so nothing of one run (memory,
caches, module state) reaches the next; a Dask worker calls ``run_task``
directly.  Either way the same code runs the same task: same statistics.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading

from ..models import ConfigError, SystemConfig

STDOUT_KEEP = 4096           # bytes of the program's stdout kept per run


class SweepError(Exception):
    """A sweep or experiment that cannot run (the message is one line)."""


def make_task(index: int, config: SystemConfig, prog: str, args, *, params=None, fs_root: str = ".",
              max_insts: int | None = None, label: str | None = None, argv0: str | None = None) -> dict:
    """The task for one run.  The program is loaded from its absolute path, made
    here on the submitting side; the guest's argv[0] is the path as given (or
    argv0), like qemu-user's, so the counts do not depend on where the
    checkout lies (glibc's start-up walks argv[0])."""
    path = os.path.abspath(prog)
    if not os.path.isfile(path):
        raise SweepError(f"{prog}: no such program")
    return {"index": index, "label": label, "params": dict(params or {}), "config": config.to_dict(),
            "prog": path, "argv0": argv0 or prog, "args": [str(a) for a in args],
            "fs_root": os.path.abspath(fs_root), "max_insts": max_insts}


def error_row(task: dict, msg: str) -> dict:
    return {"index": task["index"], "label": task.get("label"), "params": task["params"], "args": task["args"],
            "status": None, "exit_code": None, "signal": None, "stopped": None, "error": msg, "stdout": "",
            "stats": {}, "host_seconds": None}


_RUN_LOCK = threading.Lock()     # one machine per process at a time (Dask workers may have threads)


def run_task(task: dict) -> dict:
    with _RUN_LOCK:
        return _run(task)


def _run(task: dict) -> dict:
    row = error_row(task, None)
    fds, system = [], None
    try:
        from ..loader import ElfError
        from .system import System
        try:
            system = System(SystemConfig.from_dict(task["config"]))
            # stdin /dev/null; stdout and stderr into memory files (regular files,
            # the same on every machine, so glibc buffers the same way everywhere)
            fds = [os.open(os.devnull, os.O_RDONLY), os.memfd_create("stdout"), os.memfd_create("stderr")]
            res = system.run(task["prog"], task["args"], fs_root=task["fs_root"], max_insts=task["max_insts"],
                             argv0=task.get("argv0"), stdio=fds)
        except (ConfigError, ElfError, OSError) as e:
            row["error"] = f"{type(e).__name__}: {e}"
            return row
        row.update(status=res.status, exit_code=res.exit_code, signal=res.signal, stopped=res.stopped,
                   stats=res.stats.as_dict(), host_seconds=round(res.host_seconds, 3))
        size = os.lseek(fds[1], 0, os.SEEK_END)
        os.lseek(fds[1], max(0, size - STDOUT_KEEP), os.SEEK_SET)
        row["stdout"] = os.read(fds[1], STDOUT_KEEP).decode("utf-8", "replace")
        return row
    except Exception as e:      # an internal error stays one line in the table
        row["error"] = f"internal error: {type(e).__name__}: {e}"
        return row
    finally:
        for fd in fds:
            os.close(fd)
        system = None
        gc.collect()           # a Dask worker lives on: give the simulated memory back now


def run_in_subprocess(task: dict) -> dict:
    """run_task in a fresh interpreter (the local pool's unit of work)."""
    try:
        p = subprocess.run([sys.executable, "-m", "mipsvm.sim.worker"], input=json.dumps(task).encode(),
                           capture_output=True)
    except OSError as e:
        return error_row(task, f"cannot start a worker: {e}")
    try:
        return json.loads(p.stdout)
    except ValueError:
        why = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return error_row(task, f"worker process failed (exit status {p.returncode})"
                               + (f": {why[-1]}" if why else ""))


def main() -> int:
    task = json.load(sys.stdin)
    out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)             # anything else printed goes to stderr, not into the row
    json.dump(run_task(task), out)
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
