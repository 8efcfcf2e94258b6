"""mipsvm experiment thp: the paper's experiment (MISSION capability 4, issue 12
item 6) as one command -- named configurations x workloads, run in parallel,
a table in the manner of the paper's figures 6, 7 and 9, PNG plots, JSON.

The configurations are data (``SETUPS``): a name, a label, configuration-tree
paths over the experiment's base, and how the workload gets its memory.  The
host rows run on the host kernel; the VM rows (``mode="guest"``) run the same
workload inside a VM (--mode guest: the guest kernel model under the KVM
model).  The balancer rows need the KVM TLB-load monitor and its split
policies (issue 12 items 2-3); they are listed in ``PENDING`` and printed as
not run, never simulated some other way.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os

from ..models import ConfigError, SystemConfig
from .sweep import execute, set_param
from .worker import SweepError, make_task

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLOCK_HZ = 1.8e9            # the paper's 3A4000 runs at 1.8 GHz (section 2): cycles -> seconds
HUGE_MIB = 32

# The experiment's machine over SystemConfig's defaults (the real 3A4000
# geometry: VTLB 64, FTLB 256x8, DTLB 32).  Stall latencies are CHOSEN, not
# measured: a micro-TLB fill from the JTLB, and one pipeline refill each for
# the exception entry and the ERET of a refill.  There is no cache model yet
# (issue 12 item 1), so the refill handler's page-table loads cost one cycle.
BASE = {"cpu.timing.utlb_miss": 3, "cpu.timing.exception": 12, "cpu.timing.eret": 12,
        "kernel.huge_counter": True}


@dataclasses.dataclass(frozen=True)
class Workload:
    name: str
    prog: str                   # relative to the checkout
    args: tuple                 # templates over the variables below
    full: dict                  # variables of the full experiment
    quick: dict                 # variables of --quick (tests): seconds, same directions
    hugetlb: bool = False       # can take its memory from a hugetlbfs pool ({alloc}=hugetlb)
    about: str = ""

    def footprint_mib(self, vars_: dict) -> int:
        return int(vars_.get("mib", 0))


WORKLOADS = {w.name: w for w in (
    Workload("mcf", "workloads/bin/mcf_like", ("{mib}", "{hot}", "{steps}", "{cold}", "{alloc}"),
             full=dict(mib=1600, hot=1024, steps=16_000_000, cold=16),
             quick=dict(mib=128, hot=1024, steps=150_000, cold=16), hugetlb=True,
             about="mcf-like: 1,024 hot 16 KB pages scattered over the footprint, a cold read every 16 steps"),
    Workload("compute", "workloads/bin/compute", ("{rounds}",), full=dict(rounds=1000), quick=dict(rounds=20),
             about="compute-bound control, ~60 KB of data"),
)}


@dataclasses.dataclass(frozen=True)
class Setup:
    name: str
    label: str
    params: dict                # configuration paths over BASE
    alloc: str = "malloc"       # "hugetlb": the workload maps a pool reserved to fit its footprint
    mode: str = "host"          # "guest" once mipsvm run --mode guest exists


def _vm(host: str, guest: str, **more) -> dict:
    p = {"vm.mode": "guest", "vm.thp_host": host, "vm.thp_guest": guest}
    p.update({f"vm.{k}": v for k, v in more.items()})
    return p


SETUPS = (
    Setup("host-small", "host, small pages", {"kernel.thp": "never"}),
    Setup("host-thp", "host, THP", {"kernel.thp": "always"}),
    Setup("host-hugetlb", "host, hugetlbfs preallocated", {"kernel.thp": "never", "kernel.hugetlb_prealloc": True},
          alloc="hugetlb"),
    # the paper's VM rows; guest RAM placed as QEMU places it unless said (docs/vz.md)
    Setup("vm-none", "VM, no THP", _vm("never", "never"), mode="guest"),
    Setup("vm-guest-thp", "VM, guest THP only", _vm("never", "always"), mode="guest"),
    Setup("vm-kvm-thp", "VM, KVM THP only", _vm("always", "never"), mode="guest"),
    Setup("vm-both", "VM, THP at both levels", _vm("always", "always"), mode="guest"),
    Setup("vm-both-aligned", "VM, both, aligned RAM", _vm("always", "always", align="on"), mode="guest"),
    Setup("vm-hugetlb", "VM, hugetlbfs guest RAM", _vm("never", "always", backing="hugetlb"), mode="guest"),
    # the paper's balancer (section 4) on the aligned VM with THP at both levels; CL_on / BALANCER_SCALE
    # ticks instead of 2560 so that a run of a few simulated seconds sees the whole cycle
    *(Setup(f"vm-both-bal-{pol}", f"VM, both + balancer ({label})",
            _vm("always", "always", align="on", **{"monitor.balancer": True, "monitor.policy": pol,
                                                     "monitor.time_scale": 256}), mode="guest")
      for pol, label in (("random", "random split"), ("hot", "hot-first split"), ("underused", "underused split"))),
)
VM_MIN_MIB, VM_SLACK_MIB = 512, 256      # guest RAM: the footprint plus room for the rest, 32 MB multiples
REFERENCE = "host-small"        # scores are relative to it, as in the paper's figures

# Configurations that cannot run yet (none today; each would be listed as not run, never simulated).
PENDING: tuple = ()
PENDING_WHY = ""


def select(names, registry: dict, what: str) -> list:
    if not names:
        return list(registry.values())
    out = []
    for n in names:
        if n not in registry:
            pending = dict(PENDING)
            if n in pending:
                raise SweepError(f"{what} {n!r} ({pending[n]}) cannot run yet: it and the other balancer configurations "
                                 + PENDING_WHY.split(";")[0])
            raise SweepError(f"unknown {what} {n!r} (choose from {', '.join(registry)})")
        out.append(registry[n])
    return out


def plan(*, quick=False, workloads=None, setups=None, overrides=None) -> tuple[list, list]:
    """Tasks for every (workload, setup), and notes on what was left out."""
    wl = select(workloads, WORKLOADS, "workload")
    registry = {s.name: s for s in SETUPS}
    chosen = select(setups, registry, "configuration")
    notes = []
    if registry[REFERENCE] not in chosen:
        chosen.insert(0, registry[REFERENCE])
        notes.append(f"{REFERENCE} added: scores are relative to it")
    params = dict(BASE)
    params.update(overrides or {})
    tasks = []
    for w in wl:
        vars_ = dict(w.quick if quick else w.full)
        for s in chosen:
            if s.alloc == "hugetlb" and not w.hugetlb:
                notes.append(f"{w.name}: no {s.name} run (the program cannot map a hugetlbfs pool)")
                continue
            cfg = SystemConfig()
            p = dict(params)
            p.update(s.params)
            if s.alloc == "hugetlb":
                p["kernel.hugetlb_pages"] = math.ceil(w.footprint_mib(vars_) / HUGE_MIB)
            if s.mode == "guest" and "vm.mem" not in p:
                mib = max(VM_MIN_MIB, w.footprint_mib(vars_) + VM_SLACK_MIB)
                p["vm.mem"] = math.ceil(mib / HUGE_MIB) * HUGE_MIB << 20
            try:
                for path, v in p.items():
                    set_param(cfg, path, v)
                cfg.validate_tree()
            except ConfigError as e:
                raise SweepError(f"{s.name}: {e}") from None
            args = [a.format(alloc=s.alloc, **vars_) for a in w.args]
            t = make_task(len(tasks), cfg, os.path.join(ROOT, w.prog), args, label=f"{w.name} / {s.label}",
                          params={"workload": w.name, "setup": s.name}, argv0=w.prog)
            tasks.append(t)
    return tasks, notes


def record(task_row: dict, setup: Setup, workload: Workload) -> dict:
    """One JSON record: the paper's quantities for one (workload, configuration)."""
    st = task_row["stats"]
    cycles = st.get("cycles")
    secs = cycles / CLOCK_HZ if cycles else None
    vtlb, ftlb = st.get("tlb.refills.vtlb"), st.get("tlb.refills.ftlb")
    gv, gf = st.get("tlb.refills.guest.vtlb"), st.get("tlb.refills.guest.ftlb")
    # in a VM the host's pool backs guest RAM (host.*); on the host the program's own
    pre = "host.mm." if setup.mode == "guest" else "mm."
    hugetlb_used = (st.get(pre + "hugetlb_total", 0) - st.get(pre + "hugetlb_free", 0)) if st else None
    refills = {"root": {"vtlb": vtlb, "ftlb": ftlb}}
    if setup.mode == "guest":
        refills["guest"] = {"vtlb": gv, "ftlb": gf}
    return {
        "workload": workload.name, "name": setup.name, "label": setup.label, "mode": setup.mode,
        "args": task_row["args"], "status": task_row["status"], "error": task_row["error"],
        "cycles": cycles, "instructions": st.get("sim_insts"), "simulated_seconds": secs, "score": None,
        "refills": refills,
        "refills_per_second": ({lvl: {g: n / secs for g, n in r.items()} for lvl, r in refills.items()}
                               if secs else None),
        "huge_refills_kscratch6": st.get("cp0.kscratch6"),
        "guest_huge_refills_kscratch6": st.get("cp0.guest.kscratch6"),
        "huge_pages": {"thp": st.get("mm.anon_huge_pages"), "hugetlb": hugetlb_used,
                       **({"host_thp": st.get("host.mm.anon_huge_pages")} if setup.mode == "guest" else {})},
        "splits": (st.get("mm.thp_split_pmd", 0) + st.get("host.mm.thp_split_pmd", 0)) if st else None,
        "balancer_splits": st.get("kvm.monitor.splits"), "exits": _exits(st),
        "page_faults": st.get("minor_faults"),
        "dtlb_misses": st.get("tlb.dtlb.misses"), "host_seconds": task_row["host_seconds"],
        "stdout": task_row["stdout"],
    }


def _exits(st: dict) -> int | None:
    """Root exceptions taken in guest mode (VM exits) of a VM run; None on the host."""
    names = [k for k in st if k.startswith("vz.exits.")]
    return sum(st[k] for k in names) if names else None


def run_thp(*, quick=False, workloads=None, setups=None, overrides=None, jobs=None, scheduler=None,
            on_event=None, tasks=None) -> list:
    """Run the experiment; one record per (workload, configuration), scored
    against host small pages of the same workload."""
    if tasks is None:
        tasks, _ = plan(quick=quick, workloads=workloads, setups=setups, overrides=overrides)
    rows = execute(tasks, jobs=jobs, scheduler=scheduler, on_event=on_event)
    setups_by = {s.name: s for s in SETUPS}
    recs = [record(r, setups_by[t["params"]["setup"]], WORKLOADS[t["params"]["workload"]])
            for t, r in zip(tasks, rows)]
    ref = {r["workload"]: r["cycles"] for r in recs if r["name"] == REFERENCE and r["status"] == 0}
    for r in recs:
        if r["status"] == 0 and ref.get(r["workload"]):
            r["score"] = ref[r["workload"]] / r["cycles"]
    return recs


# ---- output

def _refills_per_second(r: dict) -> dict:
    """VTLB and FTLB refills per second, both levels together (a VM refills
    at the guest level and at the root GPA level)."""
    per = r["refills_per_second"] or {}
    if not per:
        return {}
    return {g: sum(lvl[g] for lvl in per.values()) for g in ("vtlb", "ftlb")}


def table_rows(recs: list) -> list:
    from .progress import fmt_num
    out = []
    for r in recs:
        ps = _refills_per_second(r)
        hp = r["huge_pages"]
        huge = sum(v or 0 for v in hp.values()) if r["status"] == 0 else ""
        change = f"{(r['score'] - 1) * 100:+.1f}%" if r["score"] is not None else ""
        out.append([r["workload"], r["label"], fmt_num(r["cycles"]),
                    f"{r['score']:.3f}" if r["score"] is not None else "", change,
                    fmt_num(round(ps["vtlb"])) if ps else "", fmt_num(round(ps["ftlb"])) if ps else "",
                    fmt_num(huge), fmt_num(r["splits"]), fmt_num(r["exits"]) if r["exits"] is not None else "",
                    fmt_num(r["page_faults"]),
                    r["error"] or r["status"], f"{r['host_seconds']:.1f}" if r["host_seconds"] is not None else ""])
    return out


COLUMNS = [("workload", "left"), ("configuration", "left"), ("cycles", "right"), ("score", "right"),
           ("vs small", "right"), ("VTLB refills/s", "right"), ("FTLB refills/s", "right"),
           ("huge pages", "right"), ("splits", "right"), ("VM exits", "right"), ("page faults", "right"),
           ("exit", "right"), ("host s", "right")]


def write_plots(recs: list, outdir: str) -> list:
    """PNG figures in the manner of the paper's: scores by configuration
    (figures 6 and 9) and refills per second by TLB group with the score on a
    second axis (figure 7), one panel per workload."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    os.makedirs(outdir, exist_ok=True)
    done = [r for r in recs if r["status"] == 0]
    wls = list(dict.fromkeys(r["workload"] for r in done))
    paths = []

    nbars = max(sum(1 for r in done if r["workload"] == w) for w in wls) if wls else 1
    width = max(4.5, 0.55 * nbars)                # room for one label per bar
    fig, axes = plt.subplots(1, len(wls), figsize=(width * len(wls), 4.6), squeeze=False)
    for ax, w in zip(axes[0], wls):
        rs = [r for r in done if r["workload"] == w]
        xs = range(len(rs))
        bars = ax.bar(xs, [r["score"] or 0 for r in rs], color=["#4c72b0" if r["mode"] == "host" else "#c44e52"
                                                               for r in rs])
        ax.bar_label(bars, labels=[f"{r['score']:.3f}" if r["score"] else "" for r in rs], fontsize=7)
        ax.axhline(1.0, color="grey", lw=0.8, ls="--")
        ax.set_xticks(list(xs), [r["label"] for r in rs], rotation=35, ha="right", fontsize=7)
        ax.set_title(f"{w}: score relative to host small pages", fontsize=9)
        ax.set_ylabel("score (higher is better)")
    fig.tight_layout()
    paths.append(os.path.join(outdir, "thp_scores.png"))
    fig.savefig(paths[-1], dpi=120)
    plt.close(fig)

    fig, axes = plt.subplots(1, len(wls), figsize=(width * len(wls), 4.6), squeeze=False)
    for ax, w in zip(axes[0], wls):
        rs = [r for r in done if r["workload"] == w]
        xs = list(range(len(rs)))
        v = [_refills_per_second(r)["vtlb"] for r in rs]
        f = [_refills_per_second(r)["ftlb"] for r in rs]
        width = 0.38
        ax.bar([x - width / 2 for x in xs], v, width, label="VTLB (huge)", color="#dd8452")
        ax.bar([x + width / 2 for x in xs], f, width, label="FTLB (small)", color="#55a868")
        ax.set_ylabel("TLB refills per second (1.8 GHz)")
        ax.set_xticks(xs, [r["label"] for r in rs], rotation=35, ha="right", fontsize=7)
        ax.set_title(f"{w}: refills by TLB group (both levels), and score", fontsize=9, pad=22)
        ax2 = ax.twinx()
        ax2.plot(xs, [r["score"] or 0 for r in rs], "k-o", label="score (right axis)")
        ax2.set_ylabel("score")
        ax2.set_ylim(0, max([r["score"] or 0 for r in rs] + [1]) * 1.2)
        handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
        ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, fontsize=7, frameon=False)
    fig.tight_layout()
    paths.append(os.path.join(outdir, "thp_refills.png"))
    fig.savefig(paths[-1], dpi=120)
    plt.close(fig)
    return paths


# ---- the command line: mipsvm experiment thp

def add_subparser(sub) -> None:
    p = sub.add_parser("experiment", help="the paper's experiments (thp)",
                       description="Run the paper's THP experiment: named configurations x workloads.")
    p.add_argument("which", choices=["thp"], help="the experiment (thp: transparent huge pages, the paper's)")
    p.add_argument("--quick", action="store_true", help="small footprints and step counts (seconds; for tests)")
    p.add_argument("--configs", default=None, metavar="A,B",
                   help=f"configurations to run (default all: {', '.join(s.name for s in SETUPS)})")
    p.add_argument("--workloads", default=None, metavar="A,B",
                   help=f"workloads to run (default all: {', '.join(WORKLOADS)})")
    p.add_argument("--set", action="append", default=[], metavar="PATH=VALUE",
                   help="override a configuration parameter for every run, e.g. cpu.timing.exception=0")
    p.add_argument("--jobs", type=int, default=None, help="local processes (default: one per CPU)")
    p.add_argument("--scheduler", default=None, metavar="ADDR", help="run on this Dask scheduler instead")
    p.add_argument("--json", metavar="FILE", help="write one record per (workload, configuration)")
    p.add_argument("--plots", default="out/experiment", metavar="DIR",
                   help="write thp_scores.png and thp_refills.png here (default out/experiment; '' for none)")
    p.add_argument("--list", action="store_true", help="list the configurations and workloads, run nothing")
    p.set_defaults(func=cmd_experiment)


def _split(text):
    return [s.strip() for s in text.split(",") if s.strip()] if text else None


def cmd_experiment(args) -> int:
    import sys
    from .progress import RunProgress, print_table
    from .sweep import check_jobs
    if args.list:
        for s in SETUPS:
            print(f"{s.name:24} {s.label}  ({', '.join(f'{k}={v}' for k, v in s.params.items())}"
                  + (", workload memory from a hugetlbfs pool" if s.alloc == "hugetlb" else "") + ")")
        for n, label in PENDING:
            print(f"{n:24} {label}  (not yet: needs the KVM TLB-load monitor)")
        for w in WORKLOADS.values():
            print(f"workload {w.name:15} {w.prog} {' '.join(w.args)}: {w.about}")
        return 0
    try:
        overrides = {}
        for s in args.set:
            path, eq, value = s.partition("=")
            if not eq or not path.strip():
                raise SweepError(f"--set {s!r}: expected PATH=VALUE")
            overrides[path.strip()] = value.strip()
        if args.scheduler is None:
            check_jobs(args.jobs)
        tasks, notes = plan(quick=args.quick, workloads=_split(args.workloads), setups=_split(args.configs),
                            overrides=overrides)
    except (SweepError, ConfigError) as e:
        sys.stderr.write(f"mipsvm experiment: {e}\n")
        return 2
    base = SystemConfig.from_dict(tasks[0]["config"])
    t, m = base.cpu.timing, base.cpu.resolved_model()
    print(f"mipsvm experiment thp{' --quick' if args.quick else ''}: {len(tasks)} runs; "
          f"VTLB {m.vtlb_size}, FTLB {m.ftlb_sets}x{m.ftlb_ways}, DTLB {m.dtlb_size}; "
          f"stalls: utlb miss {t.utlb_miss}, exception {t.exception}, eret {t.eret} cycles (chosen); "
          f"seconds at {CLOCK_HZ / 1e9:g} GHz")
    shown = {}
    for tk in tasks:
        shown.setdefault(tk["params"]["workload"], tk["args"])
    for w, wargs in shown.items():
        print(f"  {w}: {WORKLOADS[w].prog} {' '.join(wargs)}")
    sys.stdout.flush()
    with RunProgress([tk["label"] for tk in tasks], per_run=True, title="experiment thp") as prog:
        try:
            recs = run_thp(tasks=tasks, jobs=args.jobs, scheduler=args.scheduler, on_event=prog.event)
        except SweepError as e:
            sys.stderr.write(f"mipsvm experiment: {e}\n")
            return 1
    if PENDING:
        notes = notes + [f"Not run: {'; '.join(label for _, label in PENDING)}. These configurations "
                         f"{PENDING_WHY}."]
    print_table("THP experiment (score = host-small cycles / cycles; refills per simulated second)",
                COLUMNS, table_rows(recs), notes=notes)
    try:
        if args.json:
            with open(args.json, "w") as f:
                json.dump(recs, f, indent=1)
                f.write("\n")
        if args.plots:
            for pth in write_plots(recs, args.plots):
                print(f"wrote {pth}")
    except OSError as e:
        sys.stderr.write(f"mipsvm experiment: cannot write results: {e}\n")
        return 1
    bad = [r for r in recs if r["error"] or r["status"] != 0]
    for r in bad[:5]:
        why = r["error"] or f"exit {r['status']}"
        sys.stderr.write(f"mipsvm experiment: {r['workload']} / {r['name']}: {why}\n")
    return 1 if bad else 0
