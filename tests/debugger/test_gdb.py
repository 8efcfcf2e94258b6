"""The GDB stub driven by Debian's gdb-multiarch (and a raw RSP client)."""

from __future__ import annotations

import re
import time

from mipsvm.host.kernel import EBASE, STATUS_USER
from mipsvm.host.pgtable import PM_DEFAULT_MASK

from .conftest import RSP, Sim, gdb, needs_tools

pytestmark = needs_tools


def test_break_step_registers_memory_and_monitor(prog):
    sim = Sim(prog, "a", "b")                  # argc = 3
    try:
        out = gdb(sim, prog, "break main", "continue", "p $a0", "p/x $sr", "next", "info registers pc",
                  "set var target = 77", "p target", "monitor tlb", "monitor cp0",
                  "monitor walk 0x120000000", "info registers ebase pagemask entryhi kscratch1", "continue")
        code, stdout, err = sim.wait()
    finally:
        sim.kill()
    assert "Breakpoint 1, main (argc=3" in out, out
    assert re.search(r"^\$1 = 3$", out, re.M), out               # $a0 is argc
    sr = int(re.search(r"^\$2 = (0x[0-9a-f]+)$", out, re.M).group(1), 16)
    assert sr == STATUS_USER                                       # user mode, as Linux runs it
    assert re.search(r"^\d+\s+int r = add\(argc, 41\);", out, re.M), out   # `next` reached the next line
    assert re.search(r"^\$3 = 77$", out, re.M), out
    # monitor tlb: the text page's entry, owner and page size
    assert re.search(r"root\s+VPN2 0x0000000120000000 ASID 0x\w+\s+0x00006000 \(16KB\)", out), out
    # monitor cp0: decoded registers
    assert re.search(r"^Status\s+\(12,0\) 0x0*%x " % STATUS_USER, out, re.M), out
    assert re.search(r"^EBase\s+\(15,1\)", out, re.M) and re.search(r"^EntryHi\s+\(10,0\)", out, re.M)
    # monitor walk: the three levels and the page
    assert re.search(r"PGD\[\s*0\] @PA 0x\w+ = 0x98000000\w+ -> PMD table", out), out
    assert re.search(r"PMD\[\s*144\] @PA", out) and re.search(r"PTE\[\s*0\] @PA 0x\w+ = 0x\w+ \[.*VALID", out)
    assert "16 KB page at PA" in out
    # extra CP0 registers from the target description
    assert re.search(r"^ebase:?\s+0x%x" % EBASE, out, re.M), out
    assert re.search(r"^pagemask:?\s+0x%x" % PM_DEFAULT_MASK, out, re.M), out
    assert re.search(r"^kscratch1:?\s+0x98000000", out, re.M), out   # the PGD Linux keeps there
    assert "exited normally" in out
    assert code == 0, err
    assert stdout == "target=77 counter=45 r=44\n"                 # the write reached the program


def test_watchpoint_stops_at_the_store(prog):
    sim = Sim(prog)
    try:
        out = gdb(sim, prog, "watch counter", "continue", "p $pc", "continue", "p i", "delete", "continue")
        code, stdout, _ = sim.wait()
    finally:
        sim.kill()
    # i = 0 adds 0 (no change, no stop); i = 1 gives 1, i = 2 gives 3
    assert re.search(r"Old value = 0\s+New value = 1", out), out
    assert re.search(r"Old value = 1\s+New value = 3", out), out
    assert re.search(r"^\$1 = .*<main\+\d+>", out, re.M), out
    assert re.search(r"^\$2 = 2$", out, re.M), out          # stopped right after the store of i = 2
    assert code == 0 and stdout == "target=5 counter=45 r=42\n"


def test_hbreak_and_stepi(prog):
    sim = Sim(prog)
    try:
        out = gdb(sim, prog, "hbreak add", "continue", "p $pc", "stepi", "p $pc", "finish", "continue")
        code, _, _ = sim.wait()
    finally:
        sim.kill()
    assert "Breakpoint 1, add (a=1, b=41)" in out, out
    pcs = [int(x, 16) for x in re.findall(r"^\$\d = .*?(0x[0-9a-f]+) <add\+\d+>", out, re.M)]
    assert len(pcs) == 2 and pcs[1] == pcs[0] + 4, out
    assert "Value returned is $3 = 42" in out, out
    assert code == 0


def test_signal_stops_then_kills(prog):
    sim = Sim(prog, "1", "2", "3")          # argc = 4: a store to address 0
    try:
        out = gdb(sim, prog, "continue", "p/x $badvaddr", "p $pc", "continue")
        code, stdout, err = sim.wait()
    finally:
        sim.kill()
    assert "Program received signal SIGSEGV, Segmentation fault." in out, out
    assert re.search(r"^\$1 = 0x0$", out, re.M), out
    assert "Program terminated with signal SIGSEGV" in out, out
    assert code == -11 and "uncaught target signal 11" in err


def test_ctrl_c(tmp_path):
    import shutil
    import subprocess
    src = tmp_path / "spin.c"
    src.write_text("volatile long n; int main(void) { for (;;) n++; }\n")
    exe = tmp_path / "spin"
    subprocess.run(["mips64el-linux-gnuabi64-gcc", "-static", "-O0", "-o", str(exe), str(src)], check=True,
                   timeout=120)
    assert shutil.which("mips64el-linux-gnuabi64-nm")
    nm = subprocess.run(["mips64el-linux-gnuabi64-nm", str(exe)], capture_output=True, text=True).stdout
    main = int(re.search(r"^([0-9a-f]+) T main$", nm, re.M).group(1), 16)
    sim = Sim(str(exe))
    try:
        c = RSP(sim.port)
        assert c.cmd(b"?").startswith(b"T05")
        c.send(b"vCont;c")
        time.sleep(1.0)
        c.s.sendall(b"\x03")
        assert c.recv().startswith(b"T02")              # SIGINT
        pc = int.from_bytes(bytes.fromhex(c.cmd(b"p25").decode()), "little")
        assert main <= pc < main + 0x100, hex(pc)
        n1 = c.cmd(b"g")
        c.send(b"c")
        time.sleep(0.5)
        c.s.sendall(b"\x03")
        assert c.recv().startswith(b"T02")
        assert c.cmd(b"g") != n1                        # it ran on in between
        c.send(b"k")
        code, _, _ = sim.wait()
        assert code == -9
    finally:
        sim.kill()


def test_bad_and_busy_port(prog):
    import socket
    import subprocess
    import sys
    from .conftest import ROOT, free_port
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--gdb", "abc", prog], capture_output=True,
                       text=True, timeout=60, cwd=ROOT)
    assert r.returncode == 2 and r.stderr == "mipsvm run: --gdb: 'abc' is not a port number\n", r.stderr
    r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--gdb", "70000", prog], capture_output=True,
                       text=True, timeout=60, cwd=ROOT)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "70000 is not a port number" in r.stderr
    busy = socket.socket()
    busy.bind(("127.0.0.1", free_port()))
    busy.listen(1)
    try:
        port = busy.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "mipsvm", "run", "--gdb", str(port), prog], capture_output=True,
                           text=True, timeout=60, cwd=ROOT)
    finally:
        busy.close()
    assert r.returncode == 2, r.stderr
    assert r.stderr == f"mipsvm run: --gdb: cannot listen on 127.0.0.1:{port}: Address already in use\n"


def test_raw_g_G_X_m_and_target_xml(prog):
    import subprocess
    nm = subprocess.run(["mips64el-linux-gnuabi64-nm", prog], capture_output=True, text=True).stdout
    target = int(re.search(r"^([0-9a-f]+) D target$", nm, re.M).group(1), 16)
    sim = Sim(prog)
    try:
        c = RSP(sim.port)
        assert b"qXfer:features:read+" in c.cmd(b"qSupported:multiprocess+")
        xml = b""
        while True:
            part = c.cmd(b"qXfer:features:read:target.xml:%x,200" % len(xml))
            xml += part[1:]
            if part[:1] == b"l":
                break
        assert b"<architecture>mips:isa64r2</architecture>" in xml and b'name="kscratch6"' in xml
        # binary write with bytes that must be escaped ('#', '$', '}', '*'), read back
        data = bytes([0x23, 0x24, 0x7D, 0x2A, 0, 1, 2, 3])
        esc = b"".join(bytes([0x7D, b ^ 0x20]) if b in b"#$}*" else bytes([b]) for b in data)
        assert c.cmd(b"X%x,8:" % target + esc) == b"OK"
        assert bytes.fromhex(c.cmd(b"m%x,8" % target).decode()) == data
        assert c.cmd(b"m10,4") == b"E14"                        # nothing mapped at 0x10
        g = bytes.fromhex(c.cmd(b"g").decode())
        assert len(g) % 8 == 0 and len(g) // 8 > 73
        regs = bytearray(g)
        regs[8 * 4:8 * 5] = (0x1234).to_bytes(8, "little")     # $a0
        assert c.cmd(b"G" + bytes(regs).hex().encode()) == b"OK"
        assert c.cmd(b"p4") == (0x1234).to_bytes(8, "little").hex().encode()
        assert bytes.fromhex(c.cmd(b"g").decode())[:8 * 73] == bytes(regs)[:8 * 73]   # (Random moves)
        c.send(b"vKill;1")
        assert c.recv() == b"OK"
        code, _, _ = sim.wait()
        assert code == -9
    finally:
        sim.kill()
