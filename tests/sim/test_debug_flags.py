"""`mipsvm run --debug-flags`: gem5-style lines from the logged loop, checked
against the run's own statistics and the program's behaviour."""

import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELLO = os.path.join(ROOT, "workloads", "bin", "hello")
LINE = re.compile(r"^\s*(\d+): system\.cpu\.(root|guest)\.(\w+): (.*)$")


def mipsvm(tmp_path, *opts, check=True):
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", *opts, HELLO, "x"], capture_output=True,
                       text=True, timeout=120, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=ROOT))
    if check:
        assert r.returncode == 0, r.stderr
    return r


def parse(text):
    out = []
    for ln in text.splitlines():
        m = LINE.match(ln)
        assert m, ln
        out.append((int(m.group(1)), m.group(2), m.group(3), m.group(4)))
    return out


def test_exec_window_to_a_file(tmp_path):
    r = mipsvm(tmp_path, "--debug-flags", "Exec", "--debug-file", "d.log", "--debug-start", "28",
               "--debug-end", "228")
    assert r.stdout == "Hello, world! (argc=2)\n" and r.stderr == ""
    lines = parse((tmp_path / "d.log").read_text())
    assert [n for n, *_ in lines] == list(range(28, 228))
    assert all(flag == "Exec" for _, _, flag, _ in lines)
    # loads and stores carry their address and value; written registers their value
    text = "\n".join(m for *_, m in lines)
    assert re.search(r"\bsd \w+,-?\d+\(\w+\)\s+: st 8@0x[0-9a-f]+=0x[0-9a-f]+", text)
    assert re.search(r"\bld (\w+),-?\d+\(\w+\)\s+: \1=(0x[0-9a-f]+) ld 8@0x[0-9a-f]+=\2", text)


def test_refill_tlb_exception_counts_match_the_statistics(tmp_path):
    r = mipsvm(tmp_path, "--debug-flags", "TLB,Refill,Exception,Fault,Syscall", "--outdir", "o")
    st = json.loads((tmp_path / "o" / "stats.json").read_text())
    lines = parse(r.stderr)
    by = {}
    for _, _, flag, msg in lines:
        by.setdefault(flag, []).append(msg)
    assert sum(m.startswith("miss at BadVAddr") for m in by["Refill"]) == st["tlb.refills"]
    assert sum(m.startswith("handler done: ERET") for m in by["Refill"]) == st["tlb.refills"]
    # every handler run writes one entry (TLBWR) and is as long as check-refill says (28 or 8 + ...)
    lengths = {int(re.search(r"after (\d+) instructions", m).group(1)) for m in by["Refill"] if "after" in m}
    assert lengths and all(8 <= n <= 40 for n in lengths)
    assert len(by["TLB"]) == st["tlb.refills"]          # hello's only TLB writes are the handler's
    assert sum("-> host kernel" in m and m.startswith("syscall") for m in by["Exception"]) == st["syscalls"]
    assert sum("(refill)" in m for m in by["Exception"]) == st["tlb.refills"]
    names = [re.match(r"pid \d+: (\w+)\(", m).group(1) for m in by["Syscall"] if m.startswith("pid")]
    assert names[-2:] == ["write", "exit_group"], names
    write = next(m for m in by["Syscall"] if ": write(" in m)
    assert write.startswith("pid 1000: write(0x1, ")
    assert "  = 0x17" in by["Syscall"]                    # len("Hello, world! (argc=2)\n")
    assert len(by["Fault"]) == st["exceptions.tlbl"] + st["exceptions.tlbs"] + st.get("exceptions.mod", 0) \
        - st["tlb.refills"]                                  # the host kernel's share of TLB exceptions
    assert all(m.endswith("page mapped") for m in by["Fault"])


def test_debug_flags_leave_the_run_unchanged(tmp_path):
    mipsvm(tmp_path, "--debug-flags", "All", "--debug-file", "all.log", "--outdir", "dbg")
    mipsvm(tmp_path, "--outdir", "plain")
    a = json.loads((tmp_path / "dbg" / "stats.json").read_text())
    b = json.loads((tmp_path / "plain" / "stats.json").read_text())
    for k in ("host_seconds", "mips"):
        a.pop(k), b.pop(k)
    assert a == b
    execs = [ln for ln in (tmp_path / "all.log").read_text().splitlines() if ".Exec: " in ln]
    assert len(execs) == a["sim_insts"]


def test_bad_flag_and_options_are_one_line_errors(tmp_path):
    r = mipsvm(tmp_path, "--debug-flags", "Exec,Bogus", check=False)
    assert r.returncode == 2
    assert r.stderr == ("mipsvm run: --debug-flags: unknown debug flag 'Bogus' (known: Exec, TLB, Exception, "
                        "VZ, Syscall, Refill, Fault, All)\n")
    r = mipsvm(tmp_path, "--debug-start", "5", check=False)
    assert r.returncode == 2 and r.stderr == "mipsvm run: --debug-file/--debug-start/--debug-end need --debug-flags\n"
    r = mipsvm(tmp_path, "--debug-flags", "Exec", "--debug-start", "10", "--debug-end", "5", check=False)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "--debug-end: 5 is before" in r.stderr
    r = mipsvm(tmp_path, "--debug-flags", "Exec", "--trace", "-", check=False)
    assert r.returncode == 2 and r.stderr == "mipsvm run: --trace and --debug-flags cannot be combined\n"


def test_guest_mode_vz_lines_and_bare_refusal(tmp_path):
    r = mipsvm(tmp_path, "--mode", "guest", "--debug-flags", "VZ", "--debug-end", "200")
    lines = parse(r.stderr)
    exits = [m for _, ctx, flag, m in lines if flag == "VZ" and m.startswith("guest exit: tlbl, GExcCode GPA")]
    entries = [m for _, ctx, flag, m in lines if flag == "VZ" and m.startswith("guest entry at")]
    assert exits and len(entries) >= len(exits) - 1       # each GPA refill ERETs back into the guest
    bare = os.path.join(ROOT, "workloads", "bin", "bare_timer")
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--bare", "--debug-flags", "Exec", bare],
                       capture_output=True, text=True, timeout=60, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=ROOT))
    assert r.returncode == 2 and r.stderr == "mipsvm run: --debug-flags: not available with --bare (its run loop has no hook)\n"
