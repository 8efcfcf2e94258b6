"""Helpers for the debugger tests: a small static C program compiled here,
`mipsvm run --gdb PORT` on a free port, gdb-multiarch in batch mode, and a
raw RSP client. Every wait has a timeout, so a hang fails the test."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CC = "mips64el-linux-gnuabi64-gcc"
GDB = "gdb-multiarch"

PROG = r"""
#include <stdio.h>
#include <stdlib.h>
volatile long counter = 0;
long target = 5;
int add(int a, int b) { return a + b; }
int main(int argc, char **argv) {
    for (int i = 0; i < 10; i++) counter += i;
    int r = add(argc, 41);
    printf("target=%ld counter=%ld r=%d\n", target, counter, r);
    if (argc > 3) { volatile int *p = 0; *p = 1; }
    return 0;
}
"""

needs_tools = pytest.mark.skipif(shutil.which(CC) is None or shutil.which(GDB) is None,
                                 reason="needs mips64el-linux-gnuabi64-gcc and gdb-multiarch")


@pytest.fixture(scope="session")
def prog(tmp_path_factory):
    if shutil.which(CC) is None:
        pytest.skip("needs the cross compiler")
    d = tmp_path_factory.mktemp("gdbprog")
    (d / "prog.c").write_text(PROG)
    subprocess.run([CC, "-static", "-O0", "-g", "-o", str(d / "prog"), str(d / "prog.c")], check=True,
                   timeout=120)
    return str(d / "prog")


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Sim:
    """`mipsvm run --gdb PORT PROG ARGS`, started and waited for."""

    def __init__(self, prog, *args, opts=()):
        self.port = free_port()
        self.p = subprocess.Popen([sys.executable, "-m", "mipsvm", "run", *opts, "--gdb", str(self.port), prog,
                                   *args], cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self._stderr_line(30)
        assert "waiting for gdb on 127.0.0.1:%d" % self.port in line, line

    def _stderr_line(self, timeout):
        import select
        r, _, _ = select.select([self.p.stderr], [], [], timeout)
        assert r, "mipsvm did not start listening"
        return self.p.stderr.readline()

    def wait(self, timeout=60):
        try:
            out, err = self.p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            out, err = self.p.communicate()
            raise AssertionError("mipsvm did not end: " + err)
        return self.p.returncode, out, err

    def kill(self):
        if self.p.poll() is None:
            self.p.kill()
            self.p.communicate()


def gdb(sim, prog, *cmds, timeout=90):
    args = [GDB, "-nx", "-batch", "-ex", "set architecture mips:isa64r2", "-ex", "set confirm off",
            "-ex", f"target remote :{sim.port}"]
    for c in cmds:
        args += ["-ex", c]
    r = subprocess.run(args + [prog], capture_output=True, text=True, timeout=timeout)
    return r.stdout + r.stderr


class RSP:
    """A raw remote-protocol client (acks on)."""

    def __init__(self, port, timeout=30):
        deadline = time.time() + timeout
        while True:
            try:
                self.s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        self.buf = b""

    def send(self, payload: bytes):
        self.s.sendall(b"$" + payload + b"#%02x" % (sum(payload) & 0xFF))

    def recv(self) -> bytes:
        while True:
            while self.buf[:1] in (b"+", b"-"):
                self.buf = self.buf[1:]
            if self.buf.startswith(b"$") and b"#" in self.buf and len(self.buf) >= self.buf.index(b"#") + 3:
                end = self.buf.index(b"#")
                pkt, self.buf = self.buf[1:end], self.buf[end + 3:]
                self.s.sendall(b"+")
                return pkt
            data = self.s.recv(65536)
            if not data:
                raise EOFError("stub closed the connection")
            self.buf += data

    def cmd(self, payload: bytes) -> bytes:
        self.send(payload)
        return self.recv()
