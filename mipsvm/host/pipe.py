"""Pipes between simulated processes (fs/pipe.c, in our words).

A pipe is a 64 KiB buffer inside the simulator, not a host pipe: both ends
belong to simulated threads, and a reader waiting on a host pipe would stop
the whole machine.  A read of an empty pipe with writers left, or a write to
a full one, raises ``sched.Block`` on the pipe's wait queue; the woken
thread executes its syscall again.  Writes of at most PIPE_BUF bytes are
atomic; a larger write takes what fits (a short count, which stdio and
write loops handle) instead of blocking part way as Linux does.
"""

from __future__ import annotations

from . import abi
from .errors import GuestError, EAGAIN, EPIPE
from .fs import FakeStat, OpenFile
from .sched import Block, WaitQueue

PIPE_BUF = 4096
PIPE_SIZE = 65536            # Linux's default pipe capacity (16 pages of 4 KiB)


class Pipe:
    _next_ino = 1

    def __init__(self):
        self.buf = bytearray()
        self.readers = self.writers = 0
        self.readq, self.writeq = WaitQueue(), WaitQueue()
        self.ino = Pipe._next_ino
        Pipe._next_ino += 1

    def space(self) -> int:
        return PIPE_SIZE - len(self.buf)


class PipeEnd(OpenFile):
    kind = "pipe"

    def __init__(self, pipe: Pipe, flags: int, writer: bool):
        super().__init__(flags, b"")
        self.pipe, self.writer = pipe, writer
        if writer:
            pipe.writers += 1
        else:
            pipe.readers += 1

    def _nonblock(self) -> bool:
        return bool(self.flags & abi.O_NONBLOCK)

    def read(self, n):
        p = self.pipe
        if p.buf:
            data = bytes(p.buf[:n])
            del p.buf[:n]
            p.writeq.wake()
            return data
        if not p.writers:
            return b""
        if self._nonblock():
            raise GuestError(EAGAIN)
        raise Block("pipe read", queues=(p.readq,))

    def max_write(self, n) -> int:
        """How many bytes a write of n will take now (so no more are copied in)."""
        return min(n, max(self.pipe.space(), 1))

    def write(self, data):
        p = self.pipe
        if not p.readers:
            raise GuestError(EPIPE)
        space = p.space()
        if space == 0 or (len(data) <= PIPE_BUF and space < len(data)):
            if self._nonblock():
                raise GuestError(EAGAIN)
            raise Block("pipe write", queues=(p.writeq,))
        n = min(space, len(data))
        p.buf += data[:n]
        p.readq.wake()
        return n

    def poll(self, events):
        p = self.pipe
        r = 0
        if self.writer:
            if not p.readers:
                r |= abi.POLLERR
            elif p.space() >= PIPE_BUF:
                r |= abi.POLLOUT | abi.POLLWRNORM
        else:
            if p.buf:
                r |= abi.POLLIN | abi.POLLRDNORM
            if not p.writers:
                r |= abi.POLLHUP
        return r & (events | abi.POLLERR | abi.POLLHUP)

    def wait_queues(self):
        return (self.pipe.writeq,) if self.writer else (self.pipe.readq,)

    def fstat(self):
        return FakeStat(abi.S_IFIFO | 0o600, ino=self.pipe.ino, dev=12, blksize=4096)

    def isatty(self):
        return False

    def release(self):
        p = self.pipe
        if self.writer:
            p.writers -= 1
            if not p.writers:
                p.readq.wake()
        else:
            p.readers -= 1
            if not p.readers:
                p.writeq.wake()


def make_pipe(flags: int):
    """The two open file descriptions of a new pipe (read end, write end)."""
    p = Pipe()
    st = flags & abi.O_NONBLOCK
    return PipeEnd(p, abi.O_RDONLY | st, False), PipeEnd(p, abi.O_WRONLY | st, True)
