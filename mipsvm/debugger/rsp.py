"""GDB remote serial protocol framing: $packet#checksum, acks (until
QStartNoAckMode), '}' escapes, and the out-of-band Ctrl-C byte (0x03)."""

from __future__ import annotations

import select
import socket


class Disconnected(Exception):
    """gdb closed the connection."""


def checksum(data: bytes) -> bytes:
    return b"%02x" % (sum(data) & 0xFF)


def escape(data: bytes) -> bytes:
    out = bytearray()
    for b in data:
        if b in b"#$}*":
            out += bytes((0x7D, b ^ 0x20))
        else:
            out.append(b)
    return bytes(out)


def unescape(data: bytes) -> bytes:
    out = bytearray()
    it = iter(data)
    for b in it:
        out.append(next(it, 0) ^ 0x20 if b == 0x7D else b)
    return bytes(out)


class Connection:
    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.buf = bytearray()
        self.ack = True
        self.interrupted = False      # a 0x03 arrived

    def _fill(self, timeout: float | None) -> bool:
        if timeout is not None:
            r, _, _ = select.select([self.sock], [], [], timeout)
            if not r:
                return False
        try:
            data = self.sock.recv(65536)
        except OSError:
            data = b""
        if not data:
            raise Disconnected()
        self.buf += data
        return True

    def poll_interrupt(self) -> bool:
        """While the program runs: True once gdb sent Ctrl-C (the byte 0x03)."""
        while not self.interrupted and self._fill(0):
            self._scan_interrupt()
        return self.interrupted

    def _scan_interrupt(self) -> None:
        # 0x03 outside a packet; anything else that arrives while running waits
        i = self.buf.find(b"\x03")
        if i >= 0 and b"$" not in self.buf[:i]:
            del self.buf[i]
            self.interrupted = True

    def recv_packet(self) -> bytes | None:
        """The next packet's payload (escapes undone); None for a bare Ctrl-C."""
        while True:
            while self.buf and self.buf[0] in b"+-":
                del self.buf[0]
            if self.buf[:1] == b"\x03":
                del self.buf[0]
                return None
            if self.buf[:1] and self.buf[:1] != b"$":
                del self.buf[0]          # line noise
                continue
            end = self.buf.find(b"#")
            if self.buf[:1] == b"$" and end >= 0 and len(self.buf) >= end + 3:
                payload = bytes(self.buf[1:end])
                cs = bytes(self.buf[end + 1:end + 3])
                del self.buf[:end + 3]
                if self.ack:
                    if cs.lower() != checksum(payload):
                        self.sock.sendall(b"-")
                        continue
                    self.sock.sendall(b"+")
                return unescape(payload)
            self._fill(None)

    def send(self, payload: bytes | str) -> None:
        if isinstance(payload, str):
            payload = payload.encode()
        data = escape(payload)
        self.sock.sendall(b"$" + data + b"#" + checksum(data))
        if self.ack:
            # wait for '+' (a '-' asks for the packet again)
            while True:
                while not self.buf:
                    self._fill(None)
                c = self.buf[0]
                if c == ord("+"):
                    del self.buf[0]
                    return
                if c == ord("-"):
                    del self.buf[0]
                    self.sock.sendall(b"$" + data + b"#" + checksum(data))
                    continue
                return                    # a packet instead of an ack: go on

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass
