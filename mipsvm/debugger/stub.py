"""The GDB remote stub: a HostKernel.run hook (the protocol of
mipsvm/sim/trace.py) that talks to gdb whenever the program is stopped.

Running: with no breakpoint or watchpoint, the fast loop in slices (so a
Ctrl-C from gdb is seen between them); with some, the logged loop, which
stops at them. A step runs the logged loop one instruction at a time until a
user-mode instruction of the program retired (the refill handler, which runs
in kernel mode, is stepped over) and no delay slot is pending. Signals the
kernel is about to deliver for a fault stop the program first, as under
gdbserver; gdb's reply (C sig / c) decides whether it is delivered."""

from __future__ import annotations

import socket
import sys

from ..core import DBG, DREC, DSTOP, EVENT_BUDGET, EVENT_DEBUG, EVENT_EXCEPTION
from ..host import abi
from ..host.errors import GuestError
from ..sim.trace import records
from . import monitor
from .rsp import Connection, Disconnected
from .target import GDB_SIGINT, GDB_SIGTRAP, PC, Memory, Registers, gdb_signal, mips_signal

SLICE = 1 << 20          # instructions between two looks at the socket
WP_KINDS = {2: 1, 3: 2, 4: 3}     # Z2 write, Z3 read, Z4 access -> dbg.h WP_*


class DebuggerError(Exception):
    """A one-line error for the command line (bad or busy port)."""


def _hex(b: bytes) -> str:
    return b.hex()


class GdbStub:
    @classmethod
    def listen(cls, system, port: int, host: str = "127.0.0.1", announce=sys.stderr) -> "GdbStub":
        """Wait for gdb to connect to host:port (127.0.0.1 only)."""
        srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            srv.bind((host, port))
            srv.listen(1)
        except OSError as e:
            srv.close()
            raise DebuggerError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
        if announce is not None:
            announce.write(f"mipsvm: waiting for gdb on {host}:{srv.getsockname()[1]}\n")
            announce.flush()
        try:
            conn, _ = srv.accept()
        finally:
            srv.close()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(system, Connection(conn))

    def __init__(self, system, conn: Connection):
        self.system = system
        self.core = system.core
        self.conn = conn
        self.regs = Registers(self.core)
        self.mem = Memory(self.core, self._mm)
        self.xml = self.regs.target_xml().encode()
        self.task = getattr(system, "task", None)
        self.stop = (GDB_SIGTRAP, "")       # pending stop to report (at the first run: the entry point)
        self.last_stop = "S05"
        self.mode = "continue"
        self.step_user = 0
        self.skip = False
        self.detached = False
        self.killed = False
        self.signal_verdict = None
        self.resumed = False
        if self.task is not None:
            self.task.debug_signal = self._signal_hook

    def _debuggee_running(self) -> bool:
        cur = self.system.kernel.procs.sched.current
        return self.task is None or cur is None or getattr(cur, "process", None) is self.task.process

    def _mm(self):
        t = self.system.kernel.procs.sched.current or self.task
        return getattr(t, "mm", None)

    # ---- the HostKernel.run hook
    def run(self, core, stop: int) -> int:
        if self.detached or not self._debuggee_running():
            return core.run(stop)            # another process (a child): not under gdb
        if self.stop is not None:
            self._stopped()
            if self.killed or self.detached:
                return EVENT_BUDGET if self.killed else core.run(stop)
        if self.mode == "step":
            return self._run_step(core, stop)
        return self._run_continue(core, stop)

    def exception(self, core, task) -> None:
        pass

    def served(self, core, task) -> None:
        # a step over a syscall (or into a signal handler) ends once the kernel served it
        if self.mode == "step" and self.stop is None and self.step_user and not core.kernel_mode \
                and core.npc == core.pc + 4:
            self.stop = (GDB_SIGTRAP, "")

    def close(self) -> None:
        pass

    def finish(self, result) -> None:
        """After the run: the exit status to gdb (W/X), then the connection closes."""
        if not self.detached and not self.killed:
            try:
                if result.signal is not None:
                    self.conn.send("X%02x" % gdb_signal(result.signal))
                else:
                    self.conn.send("W%02x" % (result.status & 0xFF))     # 124: the budget ran out
            except (OSError, Disconnected):
                pass
        self.conn.close()

    # ---- running
    def _logged(self) -> bool:
        return bool(self.core.bp_list() or self.core.wp_list())

    def _run_continue(self, core, stop: int) -> int:
        while True:
            try:
                if self.conn.poll_interrupt():
                    self.conn.interrupted = False
                    self._settle(core)
                    self.stop = (GDB_SIGINT, "")
                    return EVENT_BUDGET
            except Disconnected:
                self._detach()
                return core.run(stop)
            n = min(stop, core.icount + SLICE)
            if self._logged():
                core.dbg_record = 0
                ev = core.run_logged(n, skip=self.skip)
                self.skip = False
                if ev == EVENT_DEBUG:
                    reason, addr, kind = core.dbg_stop()
                    if reason == DSTOP["watch"]:
                        name = {1: "watch", 2: "rwatch", 3: "awatch"}[kind]
                        self.stop = (GDB_SIGTRAP, f"{name}:{addr:x};")
                    else:
                        self.stop = (GDB_SIGTRAP, "")
                    return EVENT_BUDGET
            else:
                ev = core.run(n)
            if ev == EVENT_EXCEPTION or core.icount >= stop:
                return ev

    def _run_step(self, core, stop: int) -> int:
        core.dbg_record = DBG["insn"]
        while core.icount < stop:
            ev = core.run_logged(core.icount + 1, skip=self.skip)
            self.skip = False
            blob = core.dbg_drain()
            # INSN records, flags bit 1 = kernel mode: a user instruction retired
            self.step_user += sum(1 for r in records(blob) if r.kind == DREC["insn"] and not r.flags & 2)
            if ev == EVENT_DEBUG:
                reason, addr, kind = core.dbg_stop()
                if reason == DSTOP["watch"]:
                    name = {1: "watch", 2: "rwatch", 3: "awatch"}[kind]
                    self.stop = (GDB_SIGTRAP, f"{name}:{addr:x};")
                    return EVENT_BUDGET
                if reason == DSTOP["break"] and self.step_user:
                    self.stop = (GDB_SIGTRAP, "")
                    return EVENT_BUDGET
                continue
            if ev == EVENT_EXCEPTION:
                return ev                        # served(), then back here
            if self.step_user and not core.kernel_mode and core.npc == core.pc + 4:
                self.stop = (GDB_SIGTRAP, "")
                return EVENT_BUDGET
        return EVENT_BUDGET

    def _settle(self, core) -> None:
        """Before reporting an asynchronous stop: out of the refill handler
        and out of a delay slot, so gdb sees a user instruction boundary."""
        for _ in range(10000):
            if not core.kernel_mode and core.npc == core.pc + 4:
                return
            if core.run(core.icount + 1) == EVENT_EXCEPTION:
                return                   # the kernel serves it next; report here

    def _signal_hook(self, signo: int) -> bool:
        """signals.deliver asks: stop and let gdb decide. True: deliver."""
        if self.detached or self.killed:
            return True
        self.stop = (gdb_signal(signo), "")
        self.signal_verdict = signo
        self._stopped()
        v, self.signal_verdict = self.signal_verdict, None
        return v is not None

    def _detach(self) -> None:
        self.detached = True
        for pc in self.core.bp_list():
            self.core.bp_remove(pc)
        for a, n, k in self.core.wp_list():
            self.core.wp_remove(a, n, k)
        if self.task is not None:
            self.task.debug_signal = None
        self.conn.close()

    # ---- stopped: the command loop
    def _stopped(self) -> None:
        sig, extra = self.stop
        self.stop = None
        self.step_user = 0
        self.last_stop = "T%02x%sthread:01;" % (sig, extra)
        try:
            if self.resumed:                 # gdb waits for the reply to its c/s (not at the first stop)
                self.conn.send(self.last_stop)
                self.resumed = False
            while True:
                pkt = self.conn.recv_packet()
                if pkt is None:
                    continue                          # Ctrl-C while stopped: nothing to do
                reply = self._dispatch(pkt)
                if reply is _RESUME:
                    return
                if reply is not None:
                    self.conn.send(reply)
                if self.killed or self.detached:
                    return
        except Disconnected:
            self._detach()

    def _resume(self, action: str, sig: int | None) -> object:
        self.mode = "step" if action == "s" else "continue"
        self.skip = True
        self.resumed = True
        if self.signal_verdict is not None:
            # resuming from a signal stop: C sig delivers it, c discards it
            self.signal_verdict = mips_signal(sig) if sig else None
        return _RESUME

    def _dispatch(self, pkt: bytes):
        c = pkt[:1]
        body = pkt[1:]
        core = self.core
        if c == b"?":
            return self.last_stop
        if c == b"g":
            return "".join(self.regs.read(n).to_bytes(8, "little").hex() for n in range(self.regs.count))
        if c == b"G":
            data = bytes.fromhex(body.decode())
            for n in range(min(self.regs.count, len(data) // 8)):
                v = int.from_bytes(data[8 * n:8 * n + 8], "little")
                if v != self.regs.read(n):            # CP0 writes have side effects: only changes
                    self.regs.write(n, v)
            return "OK"
        if c == b"p":
            n = int(body, 16)
            if n >= self.regs.count:
                return "E00"
            return self.regs.read(n).to_bytes(8, "little").hex()
        if c == b"P":
            n, v = body.split(b"=")
            n = int(n, 16)
            if n >= self.regs.count:
                return "E00"
            self.regs.write(n, int.from_bytes(bytes.fromhex(v.decode()), "little"))
            return "OK"
        if c == b"m":
            a, n = (int(x, 16) for x in body.split(b","))
            data = self.mem.read(a, n)
            return _hex(data) if data or n == 0 else "E14"
        if c in (b"M", b"X"):
            head, data = body.split(b":", 1)
            a, n = (int(x, 16) for x in head.split(b","))
            data = bytes.fromhex(data.decode()) if c == b"M" else data
            try:
                self.mem.write(a, data[:n])
            except (GuestError, Exception):
                return "E14"
            return "OK"
        if c in (b"c", b"s"):
            if body:
                core.pc = int(body, 16)
            return self._resume(c.decode(), None)
        if c in (b"C", b"S"):
            sig = int(body.split(b";")[0], 16)
            return self._resume("s" if c == b"S" else "c", sig)
        if c in (b"Z", b"z"):
            return self._breakpoint(c == b"Z", body)
        if c == b"k":
            self._kill()
            return None
        if c == b"D":
            self.conn.send("OK")
            self._detach()
            return None
        if c == b"H" or c == b"T":
            return "OK"
        if pkt.startswith(b"vCont?"):
            return "vCont;c;C;s;S"
        if pkt.startswith(b"vCont;"):
            act = pkt[6:].split(b";")[0].split(b":")[0]
            if act[:1] in (b"c", b"s"):
                return self._resume(act[:1].decode(), None)
            if act[:1] in (b"C", b"S"):
                return self._resume("s" if act[:1] == b"S" else "c", int(act[1:3], 16))
            return "E01"
        if pkt.startswith(b"vKill"):
            self.conn.send("OK")
            self._kill()
            return None
        if pkt.startswith(b"qSupported"):
            return "PacketSize=4000;qXfer:features:read+;QStartNoAckMode+"
        if pkt == b"QStartNoAckMode":
            self.conn.send("OK")
            self.conn.ack = False
            return None
        if pkt.startswith(b"qXfer:features:read:"):
            annex, rng = pkt[len(b"qXfer:features:read:"):].split(b":")
            if annex != b"target.xml":
                return "E00"
            off, ln = (int(x, 16) for x in rng.split(b","))
            chunk = self.xml[off:off + ln]
            return ("l" if off + ln >= len(self.xml) else "m") + chunk.decode()
        if pkt.startswith(b"qRcmd,"):
            return self._monitor(bytes.fromhex(pkt[6:].decode()).decode(errors="replace"))
        if pkt == b"qC":
            return "QC01"
        if pkt == b"qfThreadInfo":
            return "m01"
        if pkt == b"qsThreadInfo":
            return "l"
        if pkt == b"qAttached":
            return "0"
        if pkt.startswith(b"qSymbol"):
            return "OK"
        return ""                                   # not supported

    def _breakpoint(self, insert: bool, body: bytes) -> str:
        parts = body.split(b";")[0].split(b",")
        kind, addr, size = int(parts[0]), int(parts[1], 16), int(parts[2], 16)
        core = self.core
        if kind in (0, 1):
            ok = core.bp_add(addr) if insert else core.bp_remove(addr)
            return "OK" if ok or not insert else "E01"
        if kind in WP_KINDS:
            k = WP_KINDS[kind]
            ok = core.wp_add(addr, size, k) if insert else core.wp_remove(addr, size, k)
            return "OK" if ok or not insert else "E01"
        return ""

    def _monitor(self, line: str) -> str:
        try:
            text = monitor.run(self.system, self._mm(), line)
        except monitor.MonitorError as e:
            text = f"{e}\n"
        for i in range(0, len(text), 1024):
            self.conn.send("O" + text[i:i + 1024].encode().hex())
        return "OK"

    def _kill(self) -> None:
        procs = self.system.kernel.procs
        for p in sorted(procs.processes.values(), key=lambda p: p.pid):
            procs.exit_group(p, abi.SIGKILL)
        self.killed = True
        self.conn.close()


_RESUME = object()
