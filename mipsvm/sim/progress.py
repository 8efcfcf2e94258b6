"""What sweeps and experiments show while they run and when they are done:
a rich progress display on stderr and rich tables on stdout."""

from __future__ import annotations

import sys
import time


class RunProgress:
    """One bar for all runs, plus one line per run when ``per_run`` (the
    experiment's few named configurations).  Use its ``event`` as the
    executor's on_event.  Silent when stderr is not a terminal, unless forced."""

    def __init__(self, labels, *, per_run: bool = False, enabled: bool | None = None, title: str = "runs"):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, \
            TimeElapsedColumn
        self.labels, self.per_run = list(labels), per_run
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.console = Console(file=sys.stderr)
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(), console=self.console,
                                 disable=not self.enabled)
        self.started = {}
        self.total = self.progress.add_task(title, total=len(self.labels))
        self.rows = [self.progress.add_task(f"{lb}: queued", total=1) for lb in self.labels] if per_run else []

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def event(self, kind: str, i: int, row) -> None:
        if kind == "start":
            self.started[i] = time.perf_counter()
            if self.per_run:
                self.progress.update(self.rows[i], description=f"{self.labels[i]}: running")
            return
        self.progress.advance(self.total)
        if self.per_run:
            secs = time.perf_counter() - self.started.get(i, time.perf_counter())
            how = f"error: {row['error']}" if row.get("error") else f"exit {row['status']}, {secs:.1f} s"
            self.progress.update(self.rows[i], description=f"{self.labels[i]}: {how}", completed=1)


def print_table(title: str, columns: list, rows: list, *, file=None, notes=()) -> None:
    """columns: (header, justify); rows: lists of already formatted cells."""
    from rich.console import Console
    from rich.table import Table
    t = Table(title=title, title_justify="left")
    for head, justify in columns:
        t.add_column(head, justify=justify)
    for r in rows:
        t.add_row(*[str(c) for c in r])
    console = Console(file=file or sys.stdout, width=max(100, min(220, 12 * len(columns) + 30)))
    console.print(t)
    for n in notes:
        console.print(n, highlight=False, soft_wrap=True)


def fmt_num(v) -> str:
    """Integers with thousands separators, floats with 3 significant decimals."""
    if isinstance(v, bool) or v is None or v == "":
        return "" if v in (None, "") else str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 1000 else f"{v:,.0f}"
    return str(v)
