import os
import struct

import pytest

from mipsvm.host import abi, fs, signals, syscalls
from mipsvm.host.errors import (EBADF, ENOSYS, ENOENT, EINVAL, EAGAIN, ENOTTY, ERANGE, EACCES,
                                EFAULT, ESRCH, ECHILD, ETIMEDOUT)

from .fakes import FakeProcess

NR = abi.SYSCALL_NUMBERS
AT_FDCWD = abi.AT_FDCWD & abi.MASK64


@pytest.fixture
def proc(tmp_path):
    p = FakeProcess(root=tmp_path, cwd=tmp_path)
    yield p
    p.close()


# ---------------------------------------------------------------------------
# conventions

def test_success_sets_v0_and_clears_a3(proc):
    proc.machine.set_gpr(7, 12345)
    v0, a3 = proc.raw_syscall("getpid")
    assert (v0, a3) == (1000, 0)
    assert proc.stats["syscalls"] == 1 and proc.stats["syscall.getpid"] == 1


def test_failure_sets_positive_errno_and_a3(proc):
    v0, a3 = proc.raw_syscall("close", 99)
    assert (v0, a3) == (EBADF, 1)


def test_only_v0_a3_change(proc):
    m = proc.machine
    for i in range(1, 32):
        m.set_gpr(i, 0x1111 * i)
    m.set_gpr(29, 0x30000000 + 1000)
    before = [m.get_gpr(i) for i in range(32)]
    proc.raw_syscall("getppid")
    after = [m.get_gpr(i) for i in range(32)]
    changed = [i for i in range(32) if before[i] != after[i]]
    assert set(changed) <= {2, 7}


def test_negative_looking_results_follow_kernel_rule(proc, monkeypatch):
    # Linux MIPS: raw results in [-1133, -1] are errors, everything else is a value
    nr = NR["getpid"]
    for raw, expect in ((-1, (1, 1)), (-1133, (1133, 1)), (-1134, ((-1134) & abi.MASK64, 0)),
                        ((1 << 63), (1 << 63, 0))):
        monkeypatch.setitem(syscalls.TABLE, nr, ("getpid", lambda p, *a, r=raw: r))
        assert proc.raw_syscall("getpid") == expect


def test_unknown_syscall_warns_once(proc):
    sock = NR["socket"]
    assert proc.raw_syscall(sock, 2, 1, 0) == (ENOSYS, 1)
    assert proc.raw_syscall(sock, 2, 1, 0) == (ENOSYS, 1)
    assert proc.warnings == ["unsupported syscall socket (%d)" % sock]
    assert proc.raw_syscall(4001) == (ENOSYS, 1)
    assert proc.warnings[-1] == "unsupported syscall unknown (4001)"


def test_robust_list_and_rseq_are_silent_enosys(proc):
    assert proc.raw_syscall("set_robust_list", 0x1000, 24) == (ENOSYS, 1)
    assert proc.raw_syscall("rseq", 0x1000, 32, 0, 0) == (ENOSYS, 1)
    assert proc.warnings == []


def test_syscall_table_is_complete_data():
    assert abi.SYSCALL_NAMES[0] == "read" and abi.SYSCALL_NAMES[211] == "rt_sigreturn"
    assert NR["exit_group"] == 5205 and NR["statx"] == 5326 and NR["rseq"] == 5327
    assert len(abi.SYSCALL_NAMES) == 354


# ---------------------------------------------------------------------------
# I/O

def test_write_guest_buffer_to_host_pipe(proc):
    r, w = os.pipe()
    try:
        fd = proc.fds.install(fs.HostFile(w, abi.O_WRONLY, owned=True))
        buf = proc.put(b"hello, pipe\n")
        assert proc.sys("write", fd, buf, 12) == 12
        assert os.read(r, 100) == b"hello, pipe\n"
        iov = proc.put(struct.pack("<QQQQ", buf, 5, buf + 5, 7))
        assert proc.sys("writev", fd, iov, 2) == 12
        assert os.read(r, 100) == b"hello, pipe\n"
    finally:
        os.close(r)


def test_write_bad_pointer_is_efault(proc):
    r, w = os.pipe()
    try:
        fd = proc.fds.install(fs.HostFile(w, abi.O_WRONLY, owned=True))
        assert proc.sys("write", fd, 0x5000, 4) == -EFAULT
    finally:
        os.close(r)


def test_epipe_raises_sigpipe_and_kills(proc):
    r, w = os.pipe()
    os.close(r)
    fd = proc.fds.install(fs.HostFile(w, abi.O_WRONLY, owned=True))
    buf = proc.put(b"x")
    proc.raw_syscall("write", fd, buf, 1)
    assert proc.killed_by == abi.SIGPIPE


def test_openat_read_lseek_fstat_layout(proc, tmp_path):
    (tmp_path / "data.txt").write_bytes(b"0123456789abcdef")
    fd = proc.sys("openat", AT_FDCWD, proc.cstr("data.txt"), abi.O_RDONLY, 0)
    assert fd == 3
    buf = proc.alloc(64)
    assert proc.sys("read", fd, buf, 4) == 4
    assert proc.mm.read(buf, 4) == b"0123"
    assert proc.sys("lseek", fd, 10, abi.SEEK_SET) == 10
    assert proc.sys("read", fd, buf, 64) == 6
    assert proc.mm.read(buf, 6) == b"abcdef"
    assert proc.sys("read", fd, buf, 64) == 0
    assert proc.sys("lseek", fd, -3 & abi.MASK64, abi.SEEK_END) == 13
    assert proc.sys("pread64", fd, buf, 2, 1) == 2 and proc.mm.read(buf, 2) == b"12"

    st = proc.alloc(104)
    assert proc.sys("fstat", fd, st) == 0
    raw = proc.mm.read(st, 104)
    host = os.stat(tmp_path / "data.txt")
    # n64 kernel struct stat offsets, printed by offsetof() in a mips64el C program
    # (#include <asm/stat.h>) run under qemu-mips64el: st_dev 0 (u32), st_ino 16,
    # st_mode 24, st_nlink 28, st_uid 32, st_gid 36, st_rdev 40, st_size 56,
    # st_atime 64, st_mtime 72, st_ctime 80 (u32 each + u32 nsec), st_blksize 88, st_blocks 96.
    assert struct.unpack_from("<Q", raw, 16)[0] == host.st_ino
    assert struct.unpack_from("<I", raw, 24)[0] == host.st_mode
    assert struct.unpack_from("<I", raw, 28)[0] == host.st_nlink
    assert struct.unpack_from("<q", raw, 56)[0] == 16
    assert struct.unpack_from("<I", raw, 72)[0] == int(host.st_mtime) & 0xffffffff
    assert struct.unpack_from("<I", raw, 76)[0] == host.st_mtime_ns % 10**9
    assert struct.unpack_from("<I", raw, 88)[0] == host.st_blksize
    assert struct.unpack_from("<Q", raw, 96)[0] == host.st_blocks
    assert proc.sys("close", fd) == 0
    assert proc.sys("read", fd, buf, 1) == -EBADF


def test_statx_layout_and_empty_path(proc, tmp_path):
    (tmp_path / "f").write_bytes(b"x" * 100)
    buf = proc.alloc(256)
    assert proc.sys("statx", AT_FDCWD, proc.cstr("f"), 0, abi.STATX_BASIC_STATS, buf) == 0
    raw = proc.mm.read(buf, 256)
    host = os.stat(tmp_path / "f")
    # struct statx offsets (glibc's, printed under qemu): stx_mask 0, stx_blksize 4,
    # stx_nlink 16, stx_uid 20, stx_gid 24, stx_mode 28 (u16), stx_ino 32, stx_size 40,
    # stx_blocks 48, stx_atime 64, stx_btime 80, stx_ctime 96, stx_mtime 112,
    # stx_rdev_major 128, stx_dev_major 136; 256 bytes
    assert struct.unpack_from("<I", raw, 0)[0] & abi.STATX_BASIC_STATS == abi.STATX_BASIC_STATS
    assert struct.unpack_from("<H", raw, 28)[0] == host.st_mode
    assert struct.unpack_from("<Q", raw, 32)[0] == host.st_ino
    assert struct.unpack_from("<Q", raw, 40)[0] == 100
    assert struct.unpack_from("<q", raw, 112)[0] == int(host.st_mtime)
    assert struct.unpack_from("<I", raw, 136)[0] == os.major(host.st_dev)
    # glibc's fstat: statx(fd, "", AT_EMPTY_PATH)
    fd = proc.sys("open", proc.cstr("f"), abi.O_RDONLY, 0)
    assert proc.sys("statx", fd, proc.cstr(""), abi.AT_EMPTY_PATH, 0x7ff, buf) == 0
    assert struct.unpack_from("<Q", proc.mm.read(buf, 256), 40)[0] == 100
    assert proc.sys("statx", fd, proc.cstr(""), 0, 0x7ff, buf) == -ENOENT
    assert proc.sys("statx", AT_FDCWD, proc.cstr("nope"), 0, 0x7ff, buf) == -ENOENT
    # stdout (whatever it is) can be statx'ed like glibc does before the first printf
    assert proc.sys("statx", 1, proc.cstr(""), abi.AT_EMPTY_PATH, 0x7ff, buf) == 0


def test_newfstatat_and_access(proc, tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f").write_bytes(b"abc")
    os.symlink("f", tmp_path / "d" / "l")
    buf = proc.alloc(104)
    assert proc.sys("newfstatat", AT_FDCWD, proc.cstr("d/l"), buf, 0) == 0
    assert struct.unpack_from("<q", proc.mm.read(buf, 104), 56)[0] == 3
    assert proc.sys("newfstatat", AT_FDCWD, proc.cstr("d/l"), buf, abi.AT_SYMLINK_NOFOLLOW) == 0
    mode = struct.unpack_from("<I", proc.mm.read(buf, 104), 24)[0]
    assert mode & abi.S_IFMT == abi.S_IFLNK
    assert proc.sys("access", proc.cstr("d/f"), abi.R_OK) == 0
    assert proc.sys("faccessat", AT_FDCWD, proc.cstr("d/x"), abi.F_OK) == -ENOENT
    dfd = proc.sys("open", proc.cstr("d"), abi.O_RDONLY | abi.O_DIRECTORY, 0)
    assert proc.sys("newfstatat", dfd, proc.cstr("f"), buf, 0) == 0
    assert proc.sys("openat", dfd, proc.cstr("f"), abi.O_RDONLY, 0) > dfd


def test_open_create_write_rename_unlink(proc, tmp_path):
    fd = proc.sys("openat", AT_FDCWD, proc.cstr("new.txt"),
                  abi.O_WRONLY | abi.O_CREAT | abi.O_TRUNC, 0o644)
    assert fd >= 3
    buf = proc.put(b"data")
    assert proc.sys("write", fd, buf, 4) == 4
    assert proc.sys("ftruncate", fd, 2) == 0
    assert proc.sys("close", fd) == 0
    assert (tmp_path / "new.txt").read_bytes() == b"da"
    assert proc.sys("open", proc.cstr("new.txt"), abi.O_CREAT | abi.O_EXCL | abi.O_WRONLY, 0o644) == -17
    assert proc.sys("rename", proc.cstr("new.txt"), proc.cstr("b.txt")) == 0
    assert (tmp_path / "b.txt").exists()
    assert proc.sys("mkdir", proc.cstr("sub"), 0o755) == 0
    assert proc.sys("renameat2", AT_FDCWD, proc.cstr("b.txt"), AT_FDCWD, proc.cstr("sub/c.txt"), 0) == 0
    assert proc.sys("unlinkat", AT_FDCWD, proc.cstr("sub/c.txt"), 0) == 0
    assert proc.sys("unlinkat", AT_FDCWD, proc.cstr("sub"), abi.AT_REMOVEDIR) == 0
    assert not (tmp_path / "sub").exists()
    # O_APPEND is translated from the MIPS value
    (tmp_path / "app").write_bytes(b"1")
    fd = proc.sys("open", proc.cstr("app"), abi.O_WRONLY | abi.O_APPEND, 0)
    assert proc.sys("write", fd, buf, 1) == 1
    assert (tmp_path / "app").read_bytes() == b"1d"
    assert proc.sys("fcntl", fd, abi.F_GETFL, 0) & (abi.O_ACCMODE | abi.O_APPEND) == \
        abi.O_WRONLY | abi.O_APPEND


def test_getdents64_lists_directory(proc, tmp_path):
    for n in ("alpha", "beta"):
        (tmp_path / n).write_bytes(b"")
    (tmp_path / "gamma").mkdir()
    fd = proc.sys("openat", AT_FDCWD, proc.cstr("."),
                  abi.O_RDONLY | abi.O_DIRECTORY | abi.O_CLOEXEC, 0)
    buf = proc.alloc(4096)
    names = {}
    while True:
        n = proc.sys("getdents64", fd, buf, 4096)
        assert n >= 0
        if n == 0:
            break
        raw = proc.mm.read(buf, n)
        pos = 0
        while pos < n:
            ino, off, reclen, dtype = struct.unpack_from("<QqHB", raw, pos)
            name = raw[pos + 19:pos + reclen].split(b"\0")[0]
            names[name] = dtype
            pos += reclen
    assert names[b"alpha"] == abi.DT_REG and names[b"gamma"] == abi.DT_DIR
    assert b"." in names and b".." in names
    assert proc.sys("getdents64", 0 if False else 99, buf, 4096) == -EBADF


def test_dup_fcntl_pipe2(proc):
    fdsp = proc.alloc(8)
    assert proc.sys("pipe2", fdsp, abi.O_CLOEXEC) == 0
    r, w = struct.unpack("<ii", proc.mm.read(fdsp, 8))
    assert (r, w) == (3, 4)
    assert proc.sys("fcntl", r, abi.F_GETFD, 0) == abi.FD_CLOEXEC
    assert proc.sys("fcntl", r, abi.F_SETFD, 0) == 0
    assert proc.sys("fcntl", r, abi.F_GETFD, 0) == 0
    d = proc.sys("fcntl", w, abi.F_DUPFD_CLOEXEC, 10)
    assert d == 10 and proc.sys("fcntl", d, abi.F_GETFD, 0) == abi.FD_CLOEXEC
    assert proc.sys("dup2", w, 7) == 7
    assert proc.sys("dup3", w, w, 0) == -EINVAL
    buf = proc.put(b"xyz")
    assert proc.sys("write", 7, buf, 3) == 3
    assert proc.sys("close", w) == 0
    assert proc.sys("close", 10) == 0
    out = proc.alloc(8)
    assert proc.sys("read", r, out, 8) == 3 and proc.mm.read(out, 3) == b"xyz"
    assert proc.sys("close", 7) == 0
    assert proc.sys("read", r, out, 8) == 0           # all writers closed: EOF
    assert proc.sys("fcntl", r, abi.F_GETFL, 0) & abi.O_ACCMODE == abi.O_RDONLY
    assert proc.sys("dup", 77) == -EBADF
    # old-style pipe returns both fds in $v0/$v1
    v0, a3 = proc.raw_syscall("pipe")
    assert a3 == 0 and proc.machine.get_gpr(3) == v0 + 1


def test_ioctl_tty_and_non_tty(proc):
    fdsp = proc.alloc(8)
    proc.sys("pipe2", fdsp, 0)
    r, _ = struct.unpack("<ii", proc.mm.read(fdsp, 8))
    buf = proc.alloc(64)
    assert proc.sys("ioctl", r, abi.TCGETS, buf) == -ENOTTY
    assert proc.sys("ioctl", r, abi.TIOCGWINSZ, buf) == -ENOTTY
    master, slave = os.openpty()
    try:
        fd = proc.fds.install(fs.HostFile(slave, abi.O_RDWR, owned=True))
        assert proc.sys("ioctl", fd, abi.TCGETS, buf) == 0
        iflag, oflag, cflag, lflag, line, cc = abi.KTERMIOS.unpack(proc.mm.read(buf, 40))
        assert lflag & abi.MIPS_LFLAG["ICANON"]
        assert cc[abi.MIPS_CC_INDEX["VINTR"]] == 3        # ^C
        assert cc[abi.MIPS_CC_INDEX["VEOF"]] == 4         # ^D at MIPS index 16
        # write back with ECHO cleared and check the host sees it
        raw = bytearray(proc.mm.read(buf, 40))
        struct.pack_into("<I", raw, 12, lflag & ~abi.MIPS_LFLAG["ECHO"])
        proc.mm.write(buf, bytes(raw))
        assert proc.sys("ioctl", fd, abi.TCSETS, buf) == 0
        import termios
        assert not termios.tcgetattr(slave)[3] & termios.ECHO
        assert proc.sys("ioctl", fd, abi.TIOCGWINSZ, buf) == 0
    finally:
        os.close(master)


def test_getcwd_chdir_readlink_proc_self_exe(proc, tmp_path):
    buf = proc.alloc(256)
    assert proc.sys("getcwd", buf, 256) == 2 and proc.mm.read(buf, 2) == b"/\0"
    assert proc.sys("getcwd", buf, 1) == -ERANGE
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert proc.sys("chdir", proc.cstr("a/b")) == 0
    n = proc.sys("getcwd", buf, 256)
    assert proc.mm.read(buf, n) == b"/a/b\0"
    n = proc.sys("readlink", proc.cstr("/proc/self/exe"), buf, 256)
    assert proc.mm.read(buf, n) == b"/prog"
    assert proc.sys("readlink", proc.cstr("/proc/self/exe"), buf, 3) == 3
    os.symlink("target/x", tmp_path / "a" / "lnk")
    n = proc.sys("readlinkat", AT_FDCWD, proc.cstr("/a/lnk"), buf, 256)
    assert proc.mm.read(buf, n) == b"target/x"
    assert proc.sys("readlink", proc.cstr("/a"), buf, 256) == -EINVAL


def test_dev_null_and_urandom(proc):
    fd = proc.sys("open", proc.cstr("/dev/null"), abi.O_RDWR, 0)
    buf = proc.put(b"abc")
    assert proc.sys("write", fd, buf, 3) == 3
    assert proc.sys("read", fd, buf, 3) == 0
    fd2 = proc.sys("open", proc.cstr("/dev/urandom"), abi.O_RDONLY, 0)
    assert proc.sys("read", fd2, buf, 3) == 3
    st = proc.alloc(104)
    assert proc.sys("stat", proc.cstr("/dev/null"), st) == 0
    assert struct.unpack_from("<I", proc.mm.read(st, 104), 24)[0] & abi.S_IFMT == abi.S_IFCHR


# ---------------------------------------------------------------------------
# memory

def test_brk_and_anonymous_mmap(proc):
    b0 = proc.sys("brk", 0)
    assert b0 == proc.mm.brk_start
    assert proc.sys("brk", b0 + 0x21000) == b0 + 0x21000
    a = proc.sys("mmap", 0, 0x8000, abi.PROT_READ | abi.PROT_WRITE,
                 abi.MAP_PRIVATE | abi.MAP_ANONYMOUS, -1 & abi.MASK64, 0)
    assert a > 0 and a % abi.PAGE_SIZE == 0
    proc.mm.write(a, b"q")
    assert proc.sys("mprotect", a, 0x4000, abi.PROT_READ) == 0
    assert proc.sys("munmap", a, 0x8000) == 0
    assert proc.sys("mmap", 0, 0, 3, abi.MAP_PRIVATE | abi.MAP_ANONYMOUS, -1 & abi.MASK64, 0) == -EINVAL
    assert proc.sys("mmap", 0, 100, 3, abi.MAP_PRIVATE, 55, 0) == -EBADF


def test_file_mmap_private_and_shared_writeback(proc, tmp_path):
    (tmp_path / "m").write_bytes(b"hello world" + bytes(100))
    fd = proc.sys("open", proc.cstr("m"), abi.O_RDWR, 0)
    a = proc.sys("mmap", 0, 4096, abi.PROT_READ, abi.MAP_PRIVATE, fd, 0)
    assert proc.mm.read(a, 11) == b"hello world"
    assert proc.mm.prot_at(a) == abi.PROT_READ
    s = proc.sys("mmap", 0, 4096, abi.PROT_READ | abi.PROT_WRITE, abi.MAP_SHARED, fd, 0)
    proc.mm.write(s, b"HELLO")
    assert proc.sys("msync", s, 4096, abi.MS_SYNC) == 0
    assert (tmp_path / "m").read_bytes()[:11] == b"HELLO world"
    proc.mm.write(s + 6, b"W")
    assert proc.sys("munmap", s, 4096) == 0
    data = (tmp_path / "m").read_bytes()
    assert data[:11] == b"HELLO World" and len(data) == 111     # never grows the file
    ro = proc.sys("open", proc.cstr("m"), abi.O_RDONLY, 0)
    assert proc.sys("mmap", 0, 4096, 3, abi.MAP_SHARED, ro, 0) == -EACCES


# ---------------------------------------------------------------------------
# process, time, misc

def test_identity_and_limits(proc):
    assert proc.sys("gettid") == 1000 and proc.sys("getuid") == 0 and proc.sys("getegid") == 0
    assert proc.sys("set_tid_address", 0x1234) == 1000
    assert proc.sys("set_thread_area", 0x120010000) == 0
    assert proc.machine.userlocal == 0x120010000
    rl = proc.alloc(16)
    assert proc.sys("prlimit64", 0, abi.RLIMIT_STACK, 0, rl) == 0
    assert abi.RLIMIT.unpack(proc.mm.read(rl, 16)) == (8 << 20, abi.RLIM_INFINITY)
    assert proc.sys("getrlimit", abi.RLIMIT_NOFILE, rl) == 0
    assert abi.RLIMIT.unpack(proc.mm.read(rl, 16)) == (1024, 4096)
    proc.mm.write(rl, abi.RLIMIT.pack(64, 4096))
    assert proc.sys("setrlimit", abi.RLIMIT_NOFILE, rl) == 0
    assert proc.fds.max_fds == 64
    assert proc.sys("prlimit64", 0, 99, 0, rl) == -EINVAL
    assert proc.sys("prlimit64", 4242, 3, 0, rl) == -ESRCH
    assert proc.sys("wait4", -1 & abi.MASK64, 0, 0, 0) == -ECHILD


def test_uname_sysinfo_times(proc):
    buf = proc.alloc(390)
    assert proc.sys("uname", buf) == 0
    raw = proc.mm.read(buf, 390)
    fields = [raw[i * 65:(i + 1) * 65].split(b"\0")[0] for i in range(6)]
    assert fields[0] == b"Linux" and fields[4] == b"mips64" and fields[2] == b"6.1.0"
    proc.mem_size = 256 << 20
    si = proc.alloc(112)
    assert proc.sys("sysinfo", si) == 0
    vals = abi.SYSINFO.unpack(proc.mm.read(si, 112))
    assert vals[4] == 256 << 20 and vals[-1] == 1 and vals[10] == 1      # totalram, mem_unit, procs
    tms = proc.alloc(32)
    assert proc.sys("times", tms) > 0


def test_getrandom_is_deterministic_per_seed(tmp_path):
    outs = []
    for seed in (7, 7, 8):
        p = FakeProcess(root=tmp_path, seed=seed)
        buf = p.alloc(32)
        assert p.sys("getrandom", buf, 32, abi.GRND_NONBLOCK) == 32
        outs.append(p.mm.read(buf, 32))
        assert p.sys("getrandom", buf, 8, 0x80) == -EINVAL
        p.close()
    assert outs[0] == outs[1] != outs[2]


def test_clocks_and_sleep_advance_simulated_time(proc):
    ts = proc.alloc(16)
    assert proc.sys("clock_gettime", abi.CLOCK_MONOTONIC, ts) == 0
    t0 = abi.TIMESPEC.unpack(proc.mm.read(ts, 16))
    req = proc.put(abi.TIMESPEC.pack(2, 500))
    assert proc.sys("nanosleep", req, 0) == 0
    assert proc.sys("clock_gettime", abi.CLOCK_MONOTONIC, ts) == 0
    t1 = abi.TIMESPEC.unpack(proc.mm.read(ts, 16))
    assert (t1[0] * 10**9 + t1[1]) - (t0[0] * 10**9 + t0[1]) == 2 * 10**9 + 500
    assert proc.sys("clock_gettime", abi.CLOCK_REALTIME, ts) == 0
    assert abi.TIMESPEC.unpack(proc.mm.read(ts, 16))[0] == 1_700_000_002
    assert proc.sys("clock_gettime", 99, ts) == -EINVAL
    bad = proc.put(abi.TIMESPEC.pack(0, 10**9))
    assert proc.sys("clock_nanosleep", 0, 0, bad, 0) == -EINVAL
    tv = proc.alloc(16)
    assert proc.sys("gettimeofday", tv, 0) == 0


def test_futex_single_thread(proc):
    word = proc.put(struct.pack("<I", 5))
    assert proc.sys("futex", word, abi.FUTEX_WAIT | abi.FUTEX_PRIVATE_FLAG, 4, 0, 0, 0) == -EAGAIN
    assert proc.sys("futex", word, abi.FUTEX_WAKE | abi.FUTEX_PRIVATE_FLAG, 1, 0, 0, 0) == 0
    ts = proc.put(abi.TIMESPEC.pack(0, 1000))
    assert proc.sys("futex", word, abi.FUTEX_WAIT, 5, ts, 0, 0) == -ETIMEDOUT
    assert proc.killed_by is None
    proc.raw_syscall("futex", word, abi.FUTEX_WAIT, 5, 0, 0, 0)
    assert proc.killed_by == abi.SIGKILL and "futex wait" in proc.warnings[-1]


def test_futex_wake_op_modifies_second_word(tmp_path):
    p = FakeProcess(root=tmp_path)
    w1 = p.put(struct.pack("<I", 0))
    w2 = p.put(struct.pack("<I", 10))
    val3 = (1 << 28) | (3 << 12)        # FUTEX_OP_ADD 3
    assert p.sys("futex", w1, abi.FUTEX_WAKE_OP, 1, 1, w2, val3) == 0
    assert struct.unpack("<I", p.mm.read(w2, 4))[0] == 13
    p.close()


def test_prctl_name(proc):
    buf = proc.alloc(16)
    assert proc.sys("prctl", abi.PR_GET_NAME, buf) == 0
    assert proc.mm.read(buf, 16).split(b"\0")[0] == b"prog"
    assert proc.sys("prctl", abi.PR_SET_NAME, proc.cstr("worker")) == 0
    assert proc.sys("prctl", abi.PR_GET_NAME, buf) == 0
    assert proc.mm.read(buf, 7) == b"worker\0"
    assert proc.sys("prctl", 9999) == -EINVAL


def test_exit_group(proc):
    v = proc.machine.get_gpr(2)
    proc.machine.set_gpr(2, NR["exit_group"])
    proc.machine.set_gpr(4, 0x1ff)
    syscalls.dispatch(proc)
    assert proc.exit_status == 0xff
    assert proc.machine.get_gpr(2) == NR["exit_group"]    # registers untouched
    del v


# ---------------------------------------------------------------------------
# signals

def _sigaction(proc, signo, handler, flags=0, mask=0):
    act = proc.put(abi.SIGACTION.pack(flags, handler, mask & abi.MASK64, mask >> 64))
    return proc.sys("rt_sigaction", signo, act, 0, 16)


def test_rt_sigaction_round_trip(proc):
    # n64 struct sigaction: u32 sa_flags @0, sa_handler @8, sa_mask @16 (16 bytes)
    act = proc.put(struct.pack("<I4xQQQ", abi.SA_SIGINFO | abi.SA_RESTART, 0x120004000,
                               (1 << 1) | (1 << 14), 1 << 3))
    old = proc.alloc(32)
    assert proc.sys("rt_sigaction", abi.SIGUSR1, act, old, 16) == 0
    assert proc.mm.read(old, 32) == bytes(32)
    assert proc.sys("rt_sigaction", abi.SIGUSR1, 0, old, 16) == 0
    assert proc.mm.read(old, 32) == proc.mm.read(act, 32)
    assert proc.sys("rt_sigaction", abi.SIGKILL, act, 0, 16) == -EINVAL
    assert proc.sys("rt_sigaction", abi.SIGUSR1, act, 0, 8) == -EINVAL
    assert proc.sys("rt_sigaction", 128, act, 0, 16) == -EINVAL
    # SIGKILL/SIGSTOP can never be blocked through sa_mask
    kill_mask = proc.put(abi.SIGACTION.pack(0, 0x120004000, (1 << 8) | (1 << 22), 0))
    assert proc.sys("rt_sigaction", abi.SIGUSR2, kill_mask, 0, 16) == 0
    assert proc.sys("rt_sigaction", abi.SIGUSR2, 0, old, 16) == 0
    assert abi.SIGACTION.unpack(proc.mm.read(old, 32))[2] == 0


def test_signal_handler_frame_and_sigreturn(proc):
    m = proc.machine
    handler = 0x120005000
    assert _sigaction(proc, abi.SIGUSR1, handler, abi.SA_SIGINFO) == 0
    m.set_gpr(16, 0xdeadbeef)
    m.hi, m.lo, m.fcsr = 0x11, 0x22, 0x3
    m.set_fpr(24, 0x4000000000000000)
    sp0 = m.get_gpr(29)
    m.pc = 0x120001004                        # after the syscall instruction
    proc.raw_syscall("kill", 1000, abi.SIGUSR1)
    frame = m.get_gpr(29)
    assert m.pc == handler and m.get_gpr(25) == handler
    assert m.get_gpr(4) == abi.SIGUSR1
    assert m.get_gpr(5) == frame + 24 and m.get_gpr(6) == frame + 152
    assert frame % 16 == 0 and frame + abi.RT_SIGFRAME_SIZE <= sp0 - 32
    # trampoline "li v0, 5211 ; syscall" in an executable page, and in the frame's rs_code
    ra = m.get_gpr(31)
    assert struct.unpack("<II", proc.mm.read(ra, 8)) == (0x2402145b, 0x0000000c)
    assert proc.mm.prot_at(ra) == abi.PROT_READ | abi.PROT_EXEC
    assert struct.unpack("<II", proc.mm.read(frame + 16, 8)) == (0x2402145b, 0x0000000c)
    signo, code, err = struct.unpack("<iii", proc.mm.read(frame + 24, 12))
    assert (signo, code, err) == (abi.SIGUSR1, abi.SI_USER, 0)
    assert struct.unpack("<i", proc.mm.read(frame + 24 + 16, 4))[0] == 1000     # si_pid
    sc = frame + 152 + 40
    assert struct.unpack("<Q", proc.mm.read(sc + 576, 8))[0] == 0x120001004     # sc_pc
    assert struct.unpack("<Q", proc.mm.read(sc + 2 * 8, 8))[0] == 0              # v0 = kill's 0
    assert struct.unpack("<Q", proc.mm.read(sc + 16 * 8, 8))[0] == 0xdeadbeef
    assert struct.unpack("<Q", proc.mm.read(sc + 29 * 8, 8))[0] == sp0
    assert struct.unpack("<Q", proc.mm.read(sc + 256 + 24 * 8, 8))[0] == 0x4000000000000000
    assert struct.unpack("<QQ", proc.mm.read(sc + 512, 8) + proc.mm.read(sc + 544, 8)) == (0x11, 0x22)
    assert struct.unpack("<II", proc.mm.read(sc + 584, 8)) == (3, 3)
    assert proc.signals.blocked & signals.sigbit(abi.SIGUSR1)
    # the handler clobbers registers, then returns through the trampoline
    for i in (2, 7, 16):
        m.set_gpr(i, 0x5555)
    m.hi = 0
    m.set_fpr(24, 0)
    m.pc = m.get_gpr(31) + 8
    proc.raw_syscall("rt_sigreturn")
    assert m.pc == 0x120001004 and m.get_gpr(29) == sp0
    assert m.get_gpr(16) == 0xdeadbeef and m.get_gpr(2) == 0 and m.get_gpr(7) == 0
    assert m.hi == 0x11 and m.get_fpr(24) == 0x4000000000000000
    assert proc.signals.blocked == 0


def test_blocked_signal_pends_until_unblocked(proc):
    m = proc.machine
    assert _sigaction(proc, abi.SIGUSR1, 0x120005000) == 0
    s = proc.put(struct.pack("<QQ", signals.sigbit(abi.SIGUSR1), 0))
    old = proc.alloc(16)
    assert proc.sys("rt_sigprocmask", abi.SIG_BLOCK, s, old, 16) == 0
    m.pc = 0x120001000
    assert proc.sys("kill", 1000, abi.SIGUSR1) == 0
    assert m.pc == 0x120001000
    pend = proc.alloc(16)
    assert proc.sys("rt_sigpending", pend, 16) == 0
    assert struct.unpack("<Q", proc.mm.read(pend, 8))[0] == signals.sigbit(abi.SIGUSR1)
    proc.raw_syscall("rt_sigprocmask", abi.SIG_SETMASK, old, 0, 16)
    assert m.pc == 0x120005000


def test_default_actions(tmp_path):
    p = FakeProcess(root=tmp_path)
    assert p.sys("kill", 1000, abi.SIGCHLD) == 0 and p.killed_by is None
    assert p.sys("kill", 1000, 0) == 0
    assert p.sys("kill", 999, abi.SIGTERM) == -ESRCH
    p.raw_syscall("tgkill", 1000, 1000, abi.SIGABRT)
    assert p.killed_by == abi.SIGABRT
    p.close()
    p = FakeProcess(root=tmp_path)
    assert _sigaction(p, abi.SIGTERM, abi.SIG_IGN) == 0
    assert p.sys("kill", 0, abi.SIGTERM) == 0 and p.killed_by is None
    p.close()


def test_synchronous_fault_forces_default_when_blocked(tmp_path):
    p = FakeProcess(root=tmp_path)
    assert _sigaction(p, abi.SIGSEGV, 0x120005000) == 0
    p.signals.set_blocked(signals.sigbit(abi.SIGSEGV))
    signals.deliver(p, abi.SIGSEGV, abi.SEGV_MAPERR, 0xdead)
    assert p.killed_by == abi.SIGSEGV
    p.close()
    p = FakeProcess(root=tmp_path)
    assert _sigaction(p, abi.SIGSEGV, 0x120005000, abi.SA_SIGINFO) == 0
    p.machine.pc = 0x120002000
    signals.deliver(p, abi.SIGSEGV, abi.SEGV_MAPERR, 0xdead)
    assert p.killed_by is None and p.machine.pc == 0x120005000
    frame = p.machine.get_gpr(29)
    assert struct.unpack("<iiiiQ", p.mm.read(frame + 24, 24)) == (11, 1, 0, 0, 0xdead)
    p.close()


def test_handler_frame_on_bad_stack_kills_with_sigsegv(tmp_path):
    p = FakeProcess(root=tmp_path)
    assert _sigaction(p, abi.SIGUSR1, 0x120005000) == 0
    p.machine.set_gpr(29, 0x5000)
    p.raw_syscall("kill", 1000, abi.SIGUSR1)
    assert p.killed_by == abi.SIGSEGV
    p.close()


def test_sigaltstack_and_onstack_delivery(proc):
    alt = 0x30000000 + 8 * abi.PAGE_SIZE
    ss = proc.put(abi.STACK_T.pack(alt, 4 * abi.PAGE_SIZE, 0))
    assert proc.sys("sigaltstack", ss, 0) == 0
    old = proc.alloc(24)
    assert proc.sys("sigaltstack", 0, old) == 0
    assert abi.STACK_T.unpack(proc.mm.read(old, 24)) == (alt, 4 * abi.PAGE_SIZE, 0)
    assert _sigaction(proc, abi.SIGUSR2, 0x120005000, abi.SA_ONSTACK) == 0
    proc.raw_syscall("kill", 1000, abi.SIGUSR2)
    sp = proc.machine.get_gpr(29)
    assert alt < sp < alt + 4 * abi.PAGE_SIZE
    small = proc.put(abi.STACK_T.pack(alt, 100, 0))
    assert proc.sys("sigaltstack", small, 0) == -1          # EPERM while running on it


def test_alarm_and_pause(proc):
    assert _sigaction(proc, abi.SIGALRM, 0x120005000) == 0
    assert proc.sys("alarm", 5) == 0
    ts = proc.alloc(16)
    proc.sys("clock_gettime", abi.CLOCK_MONOTONIC, ts)
    t0 = abi.TIMESPEC.unpack(proc.mm.read(ts, 16))[0]
    proc.raw_syscall("pause")
    assert proc.machine.pc == 0x120005000
    assert proc.machine.get_gpr(4) == abi.SIGALRM
    proc.sys("clock_gettime", abi.CLOCK_MONOTONIC, ts)
    assert abi.TIMESPEC.unpack(proc.mm.read(ts, 16))[0] - t0 == 5


def test_pause_without_signal_source_is_a_deadlock(proc):
    proc.raw_syscall("pause")
    assert proc.killed_by == abi.SIGKILL
    assert "pause" in proc.warnings[-1]


def test_poll_on_pipe_and_sleep(proc):
    fdsp = proc.alloc(8)
    proc.sys("pipe2", fdsp, 0)
    r, w = struct.unpack("<ii", proc.mm.read(fdsp, 8))
    pfd = proc.put(abi.POLLFD.pack(r, abi.POLLIN, 0) + abi.POLLFD.pack(w, abi.POLLOUT, 0))
    assert proc.sys("poll", pfd, 2, 0) == 1
    assert abi.POLLFD.unpack(proc.mm.read(pfd + 8, 8))[2] == abi.POLLOUT
    buf = proc.put(b"z")
    proc.sys("write", w, buf, 1)
    assert proc.sys("poll", pfd, 2, 100) == 2
    assert abi.POLLFD.unpack(proc.mm.read(pfd, 8))[2] == abi.POLLIN
    assert proc.sys("poll", 0, 0, 1500) == 0          # a pure sleep


def test_sleep_moves_wall_clock_not_cpu_time(tmp_path):
    p = FakeProcess(root=tmp_path)
    req = p.put(abi.TIMESPEC.pack(1, 0))
    ts = p.alloc(16)

    def now(clk):
        assert p.sys("clock_gettime", clk, ts) == 0
        return abi.TIMESPEC.unpack(p.mm.read(ts, 16))
    real0, mono0, cpu0 = (now(c) for c in (abi.CLOCK_REALTIME, abi.CLOCK_MONOTONIC,
                                           abi.CLOCK_PROCESS_CPUTIME_ID))
    assert p.sys("nanosleep", req, 0) == 0
    assert now(abi.CLOCK_REALTIME) == (real0[0] + 1, real0[1])
    assert now(abi.CLOCK_MONOTONIC) == (mono0[0] + 1, mono0[1])
    assert now(abi.CLOCK_PROCESS_CPUTIME_ID) == cpu0         # sleeping uses no CPU
    p.close()


def test_trap_and_fpe_helpers():
    assert signals.trap_signal(7) == (abi.SIGFPE, abi.FPE_INTDIV)
    assert signals.trap_signal(7, like_qemu=True)[0] == abi.SIGTRAP
    assert signals.trap_signal(0)[0] == abi.SIGTRAP
    # FCSR: Z enabled (bit 7+3) and Z cause (bit 12+3)
    assert signals.fpe_code((1 << 10) | (1 << 15)) == abi.FPE_FLTDIV
    assert signals.core_dumps(abi.SIGSEGV) and not signals.core_dumps(abi.SIGTERM)
    assert signals.describe(abi.SIGABRT) == "Aborted"
    import signal as hs
    assert signals.host_signo(abi.SIGUSR1) == hs.SIGUSR1 and signals.host_signo(abi.SIGBUS) == hs.SIGBUS


def test_shared_file_mapping_is_coherent_with_file_io(proc, tmp_path):
    (tmp_path / "c").write_bytes(bytes(64))
    fd = proc.sys("open", proc.cstr("c"), abi.O_RDWR, 0)
    m = proc.sys("mmap", 0, 64, abi.PROT_READ | abi.PROT_WRITE, abi.MAP_SHARED, fd, 0)
    ro = proc.sys("mmap", 0, 64, abi.PROT_READ, abi.MAP_SHARED, fd, 0)
    proc.mm.write(m + 3, b"abc")                        # a store into the mapping...
    buf = proc.alloc(8)
    assert proc.sys("pread64", fd, buf, 3, 3) == 3      # ...is seen by pread
    assert proc.mm.read(buf, 3) == b"abc"
    xyz = proc.put(b"XYZ")
    assert proc.sys("pwrite64", fd, xyz, 3, 10) == 3    # pwrite is seen by both mappings
    assert proc.mm.read(m + 10, 3) == b"XYZ" and proc.mm.read(ro + 10, 3) == b"XYZ"
    assert proc.mm.read(ro + 3, 3) == b"abc"
    assert proc.sys("read", fd, m + 20, 3) == 3         # read() into the mapping reaches the file
    assert (tmp_path / "c").read_bytes()[20:23] == bytes(3)
    assert proc.sys("lseek", fd, 3, abi.SEEK_SET) == 3
    assert proc.sys("read", fd, m + 30, 3) == 3
    assert (tmp_path / "c").read_bytes()[30:33] == b"abc"
    assert proc.sys("munmap", m, 64) == 0
    assert (tmp_path / "c").read_bytes()[:13] == bytes(3) + b"abc" + bytes(4) + b"XYZ"
