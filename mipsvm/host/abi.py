"""Linux MIPS64 n64 ABI facts: syscall numbers, constants and struct layouts.

Everything here is data taken from the mips64el uapi headers
(/usr/mips64el-linux-gnuabi64/include/asm/*.h, linux-libc-dev-mips64el-cross 6.1.8)
plus offsets verified with a mips64el C program (offsetof) run under qemu-mips64el.
"""

import struct

from .pgtable import PAGE_SHIFT, PAGE_SIZE  # noqa: F401

# ---------------------------------------------------------------------------
# Syscall numbers.  n64 syscall N is invoked with $v0 = 5000 + N.
# SYSCALL_NAMES was produced once from asm/unistd_n64.h with:
#   python3 -c 'import re; s=open("/usr/mips64el-linux-gnuabi64/include/asm/unistd_n64.h").read();
#               print({int(n): m for m, n in re.findall(r"#define __NR_(\w+) \(__NR_Linux \+ (\d+)\)", s)})'
SYSCALL_BASE = 5000
SYSCALL_NAMES = {
    0: "read", 1: "write", 2: "open", 3: "close", 4: "stat", 5: "fstat", 6: "lstat", 7: "poll",
    8: "lseek", 9: "mmap", 10: "mprotect", 11: "munmap", 12: "brk", 13: "rt_sigaction",
    14: "rt_sigprocmask", 15: "ioctl", 16: "pread64", 17: "pwrite64", 18: "readv", 19: "writev",
    20: "access", 21: "pipe", 22: "_newselect", 23: "sched_yield", 24: "mremap", 25: "msync",
    26: "mincore", 27: "madvise", 28: "shmget", 29: "shmat", 30: "shmctl", 31: "dup", 32: "dup2",
    33: "pause", 34: "nanosleep", 35: "getitimer", 36: "setitimer", 37: "alarm", 38: "getpid",
    39: "sendfile", 40: "socket", 41: "connect", 42: "accept", 43: "sendto", 44: "recvfrom",
    45: "sendmsg", 46: "recvmsg", 47: "shutdown", 48: "bind", 49: "listen", 50: "getsockname",
    51: "getpeername", 52: "socketpair", 53: "setsockopt", 54: "getsockopt", 55: "clone",
    56: "fork", 57: "execve", 58: "exit", 59: "wait4", 60: "kill", 61: "uname", 62: "semget",
    63: "semop", 64: "semctl", 65: "shmdt", 66: "msgget", 67: "msgsnd", 68: "msgrcv", 69: "msgctl",
    70: "fcntl", 71: "flock", 72: "fsync", 73: "fdatasync", 74: "truncate", 75: "ftruncate",
    76: "getdents", 77: "getcwd", 78: "chdir", 79: "fchdir", 80: "rename", 81: "mkdir", 82: "rmdir",
    83: "creat", 84: "link", 85: "unlink", 86: "symlink", 87: "readlink", 88: "chmod", 89: "fchmod",
    90: "chown", 91: "fchown", 92: "lchown", 93: "umask", 94: "gettimeofday", 95: "getrlimit",
    96: "getrusage", 97: "sysinfo", 98: "times", 99: "ptrace", 100: "getuid", 101: "syslog",
    102: "getgid", 103: "setuid", 104: "setgid", 105: "geteuid", 106: "getegid", 107: "setpgid",
    108: "getppid", 109: "getpgrp", 110: "setsid", 111: "setreuid", 112: "setregid",
    113: "getgroups", 114: "setgroups", 115: "setresuid", 116: "getresuid", 117: "setresgid",
    118: "getresgid", 119: "getpgid", 120: "setfsuid", 121: "setfsgid", 122: "getsid",
    123: "capget", 124: "capset", 125: "rt_sigpending", 126: "rt_sigtimedwait",
    127: "rt_sigqueueinfo", 128: "rt_sigsuspend", 129: "sigaltstack", 130: "utime", 131: "mknod",
    132: "personality", 133: "ustat", 134: "statfs", 135: "fstatfs", 136: "sysfs",
    137: "getpriority", 138: "setpriority", 139: "sched_setparam", 140: "sched_getparam",
    141: "sched_setscheduler", 142: "sched_getscheduler", 143: "sched_get_priority_max",
    144: "sched_get_priority_min", 145: "sched_rr_get_interval", 146: "mlock", 147: "munlock",
    148: "mlockall", 149: "munlockall", 150: "vhangup", 151: "pivot_root", 152: "_sysctl",
    153: "prctl", 154: "adjtimex", 155: "setrlimit", 156: "chroot", 157: "sync", 158: "acct",
    159: "settimeofday", 160: "mount", 161: "umount2", 162: "swapon", 163: "swapoff", 164: "reboot",
    165: "sethostname", 166: "setdomainname", 167: "create_module", 168: "init_module",
    169: "delete_module", 170: "get_kernel_syms", 171: "query_module", 172: "quotactl",
    173: "nfsservctl", 174: "getpmsg", 175: "putpmsg", 176: "afs_syscall", 177: "reserved177",
    178: "gettid", 179: "readahead", 180: "setxattr", 181: "lsetxattr", 182: "fsetxattr",
    183: "getxattr", 184: "lgetxattr", 185: "fgetxattr", 186: "listxattr", 187: "llistxattr",
    188: "flistxattr", 189: "removexattr", 190: "lremovexattr", 191: "fremovexattr", 192: "tkill",
    193: "reserved193", 194: "futex", 195: "sched_setaffinity", 196: "sched_getaffinity",
    197: "cacheflush", 198: "cachectl", 199: "sysmips", 200: "io_setup", 201: "io_destroy",
    202: "io_getevents", 203: "io_submit", 204: "io_cancel", 205: "exit_group",
    206: "lookup_dcookie", 207: "epoll_create", 208: "epoll_ctl", 209: "epoll_wait",
    210: "remap_file_pages", 211: "rt_sigreturn", 212: "set_tid_address", 213: "restart_syscall",
    214: "semtimedop", 215: "fadvise64", 216: "timer_create", 217: "timer_settime",
    218: "timer_gettime", 219: "timer_getoverrun", 220: "timer_delete", 221: "clock_settime",
    222: "clock_gettime", 223: "clock_getres", 224: "clock_nanosleep", 225: "tgkill", 226: "utimes",
    227: "mbind", 228: "get_mempolicy", 229: "set_mempolicy", 230: "mq_open", 231: "mq_unlink",
    232: "mq_timedsend", 233: "mq_timedreceive", 234: "mq_notify", 235: "mq_getsetattr",
    236: "vserver", 237: "waitid", 239: "add_key", 240: "request_key", 241: "keyctl",
    242: "set_thread_area", 243: "inotify_init", 244: "inotify_add_watch", 245: "inotify_rm_watch",
    246: "migrate_pages", 247: "openat", 248: "mkdirat", 249: "mknodat", 250: "fchownat",
    251: "futimesat", 252: "newfstatat", 253: "unlinkat", 254: "renameat", 255: "linkat",
    256: "symlinkat", 257: "readlinkat", 258: "fchmodat", 259: "faccessat", 260: "pselect6",
    261: "ppoll", 262: "unshare", 263: "splice", 264: "sync_file_range", 265: "tee",
    266: "vmsplice", 267: "move_pages", 268: "set_robust_list", 269: "get_robust_list",
    270: "kexec_load", 271: "getcpu", 272: "epoll_pwait", 273: "ioprio_set", 274: "ioprio_get",
    275: "utimensat", 276: "signalfd", 277: "timerfd", 278: "eventfd", 279: "fallocate",
    280: "timerfd_create", 281: "timerfd_gettime", 282: "timerfd_settime", 283: "signalfd4",
    284: "eventfd2", 285: "epoll_create1", 286: "dup3", 287: "pipe2", 288: "inotify_init1",
    289: "preadv", 290: "pwritev", 291: "rt_tgsigqueueinfo", 292: "perf_event_open", 293: "accept4",
    294: "recvmmsg", 295: "fanotify_init", 296: "fanotify_mark", 297: "prlimit64",
    298: "name_to_handle_at", 299: "open_by_handle_at", 300: "clock_adjtime", 301: "syncfs",
    302: "sendmmsg", 303: "setns", 304: "process_vm_readv", 305: "process_vm_writev", 306: "kcmp",
    307: "finit_module", 308: "getdents64", 309: "sched_setattr", 310: "sched_getattr",
    311: "renameat2", 312: "seccomp", 313: "getrandom", 314: "memfd_create", 315: "bpf",
    316: "execveat", 317: "userfaultfd", 318: "membarrier", 319: "mlock2", 320: "copy_file_range",
    321: "preadv2", 322: "pwritev2", 323: "pkey_mprotect", 324: "pkey_alloc", 325: "pkey_free",
    326: "statx", 327: "rseq", 328: "io_pgetevents", 424: "pidfd_send_signal",
    425: "io_uring_setup", 426: "io_uring_enter", 427: "io_uring_register", 428: "open_tree",
    429: "move_mount", 430: "fsopen", 431: "fsconfig", 432: "fsmount", 433: "fspick",
    434: "pidfd_open", 435: "clone3", 436: "close_range", 437: "openat2", 438: "pidfd_getfd",
    439: "faccessat2", 440: "process_madvise", 441: "epoll_pwait2", 442: "mount_setattr",
    443: "quotactl_fd", 444: "landlock_create_ruleset", 445: "landlock_add_rule",
    446: "landlock_restrict_self", 448: "process_mrelease", 449: "futex_waitv",
    450: "set_mempolicy_home_node",

}
SYSCALL_NUMBERS = {name: SYSCALL_BASE + n for n, name in SYSCALL_NAMES.items()}


def syscall_name(number):
    """Name of the n64 syscall with full number ``number`` (e.g. 5001 -> 'write')."""
    return SYSCALL_NAMES.get(number - SYSCALL_BASE, "syscall_%d" % number)


# ---------------------------------------------------------------------------
# Registers
REG_ZERO, REG_AT, REG_V0, REG_V1 = 0, 1, 2, 3
REG_A0, REG_A1, REG_A2, REG_A3, REG_A4, REG_A5 = 4, 5, 6, 7, 8, 9
REG_T9, REG_GP, REG_SP, REG_FP, REG_RA = 25, 28, 29, 30, 31

MASK64 = (1 << 64) - 1
MASK32 = (1 << 32) - 1


def s32(v):
    """The low 32 bits of a register value as a signed C int."""
    v &= MASK32
    return v - (1 << 32) if v & 0x80000000 else v


def s64(v):
    """A register value as a signed C long."""
    v &= MASK64
    return v - (1 << 64) if v & (1 << 63) else v


# ---------------------------------------------------------------------------
# Signals (asm/signal.h: MIPS numbering differs from x86)
SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGEMT, SIGFPE = 1, 2, 3, 4, 5, 6, 7, 8
SIGKILL, SIGBUS, SIGSEGV, SIGSYS, SIGPIPE, SIGALRM, SIGTERM = 9, 10, 11, 12, 13, 14, 15
SIGUSR1, SIGUSR2, SIGCHLD, SIGPWR, SIGWINCH, SIGURG, SIGIO = 16, 17, 18, 19, 20, 21, 22
SIGSTOP, SIGTSTP, SIGCONT, SIGTTIN, SIGTTOU, SIGVTALRM, SIGPROF = 23, 24, 25, 26, 27, 28, 29
SIGXCPU, SIGXFSZ = 30, 31
# number -> name of the 31 standard signals, from the lines above (aliases come after)
SIGNAL_NAMES = {v: k for k, v in list(globals().items()) if k.startswith("SIG") and type(v) is int}
assert sorted(SIGNAL_NAMES) == list(range(1, 32))
SIGIOT, SIGPOLL, SIGCLD = SIGABRT, SIGIO, SIGCHLD
SIGRTMIN = 32          # kernel's; glibc reserves 32, 33 and reports SIGRTMIN 34
NSIG = 128             # _NSIG: valid signals are 1 .. 127
SIGSET_BYTES = 16      # kernel sigset_t: 128 bits

SA_NOCLDSTOP = 0x00000001
SA_SIGINFO = 0x00000008
SA_NOCLDWAIT = 0x00010000
SA_ONSTACK = 0x08000000
SA_RESTART = 0x10000000
SA_NODEFER = 0x40000000
SA_RESETHAND = 0x80000000
SIG_DFL, SIG_IGN = 0, 1
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = 1, 2, 3
SS_ONSTACK, SS_DISABLE = 1, 2
SS_AUTODISARM = 1 << 31
MINSIGSTKSZ = 2048

# si_code values (asm-generic/siginfo.h with the MIPS overrides)
SI_USER, SI_KERNEL, SI_QUEUE, SI_TIMER, SI_TKILL = 0, 0x80, -1, -3, -6
ILL_ILLOPC, ILL_PRVOPC = 1, 5
FPE_INTDIV, FPE_INTOVF, FPE_FLTDIV, FPE_FLTOVF, FPE_FLTUND, FPE_FLTRES, FPE_FLTINV = 1, 2, 3, 4, 5, 6, 7
FPE_FLTUNK = 14
SEGV_MAPERR, SEGV_ACCERR = 1, 2
BUS_ADRALN, BUS_ADRERR = 1, 2
TRAP_BRKPT, TRAP_TRACE = 1, 2

# BREAK and trap codes with a meaning (asm/break.h)
BRK_USERBP, BRK_OVERFLOW, BRK_DIVZERO, BRK_BUG, BRK_MEMU = 0, 6, 7, 12, 514

# struct sigaction (asm/signal.h, n64): sa_flags first!
#   u32 sa_flags @0, pad, void *sa_handler @8, sigset_t sa_mask @16 (16 bytes); 32 bytes total
SIGACTION = struct.Struct("<I4xQQQ")
# stack_t: void *ss_sp @0, size_t ss_size @8, int ss_flags @16; 24 bytes
STACK_T = struct.Struct("<QQi4x")
SIGINFO_SIZE = 128

# struct sigcontext (asm/sigcontext.h, n64) -- 600 bytes
SC_REGS = 0            # u64 sc_regs[32]
SC_FPREGS = 256        # u64 sc_fpregs[32]
SC_MDHI = 512          # then sc_hi1..3
SC_MDLO = 544          # then sc_lo1..3
SC_PC = 576
SC_FPC_CSR = 584       # u32
SC_USED_MATH = 588     # u32
SC_DSP = 592
SIGCONTEXT_SIZE = 600
USED_FP, USED_FR1 = 1, 2

# struct ucontext (asm/ucontext.h): uc_flags @0, uc_link @8, uc_stack @16 (24 bytes),
# uc_mcontext @40 (600 bytes), uc_sigmask @640 (kernel: 16 bytes; glibc reserves 128)
UC_FLAGS, UC_LINK, UC_STACK, UC_MCONTEXT, UC_SIGMASK = 0, 8, 16, 40, 640
UCONTEXT_SIZE = 768    # glibc's ucontext_t size; kernel writes 656 bytes of it

# struct rt_sigframe (arch/mips/kernel/signal.c):
#   u32 rs_ass[4] @0; u32 rs_pad[2] @16 (historically the sigreturn trampoline);
#   siginfo rs_info @24; ucontext rs_uc @152
RS_CODE = 16
RS_INFO = 24
RS_UC = 152
RT_SIGFRAME_SIZE = RS_UC + UCONTEXT_SIZE

# ---------------------------------------------------------------------------
# open(2) flags (asm/fcntl.h for MIPS, asm-generic/fcntl.h for the rest)
O_ACCMODE, O_RDONLY, O_WRONLY, O_RDWR = 3, 0, 1, 2
O_APPEND = 0x0008
O_DSYNC = 0x0010
O_NONBLOCK = 0x0080
O_CREAT = 0x0100
O_TRUNC = 0x0200
O_EXCL = 0x0400
O_NOCTTY = 0x0800
FASYNC = 0x1000
O_LARGEFILE = 0x2000
O__SYNC = 0x4000
O_SYNC = O__SYNC | O_DSYNC
O_DIRECT = 0x8000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_NOATIME = 0o1000000
O_CLOEXEC = 0o2000000
O_PATH = 0o10000000
O__TMPFILE = 0o20000000

AT_FDCWD = -100
AT_SYMLINK_NOFOLLOW = 0x100
AT_EACCESS = 0x200
AT_REMOVEDIR = 0x200
AT_SYMLINK_FOLLOW = 0x400
AT_NO_AUTOMOUNT = 0x800
AT_EMPTY_PATH = 0x1000
AT_STATX_SYNC_TYPE = 0x6000
RENAME_NOREPLACE, RENAME_EXCHANGE, RENAME_WHITEOUT = 1, 2, 4

F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL = 0, 1, 2, 3, 4
F_SETLK, F_SETLKW, F_GETLK = 6, 7, 14          # MIPS numbering
F_GETOWN, F_SETOWN = 23, 24                      # MIPS numbering
F_SETSIG, F_GETSIG = 10, 11
F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW = 36, 37, 38
F_LINUX_SPECIFIC_BASE = 1024
F_SETLEASE, F_GETLEASE = 1024, 1025
F_DUPFD_CLOEXEC = 1030
F_SETPIPE_SZ, F_GETPIPE_SZ = 1031, 1032
F_ADD_SEALS, F_GET_SEALS = 1033, 1034
FD_CLOEXEC = 1
F_RDLCK, F_WRLCK, F_UNLCK = 0, 1, 2
# struct flock (n64: generic layout) short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid
FLOCK = struct.Struct("<hh4xqqi4x")

SEEK_SET, SEEK_CUR, SEEK_END, SEEK_DATA, SEEK_HOLE = 0, 1, 2, 3, 4

# file types (st_mode)
S_IFMT, S_IFSOCK, S_IFLNK, S_IFREG, S_IFBLK = 0o170000, 0o140000, 0o120000, 0o100000, 0o060000
S_IFDIR, S_IFCHR, S_IFIFO = 0o040000, 0o020000, 0o010000

# ---------------------------------------------------------------------------
# Memory (asm/mman.h for MIPS)
PROT_NONE, PROT_READ, PROT_WRITE, PROT_EXEC = 0, 1, 2, 4
PROT_GROWSDOWN, PROT_GROWSUP = 0x01000000, 0x02000000
MAP_SHARED, MAP_PRIVATE, MAP_SHARED_VALIDATE = 0x01, 0x02, 0x03
MAP_TYPE = 0x00f
MAP_FIXED = 0x010
MAP_NORESERVE = 0x0400
MAP_ANONYMOUS = 0x0800
MAP_GROWSDOWN = 0x1000
MAP_DENYWRITE = 0x2000
MAP_EXECUTABLE = 0x4000
MAP_LOCKED = 0x8000
MAP_POPULATE = 0x10000
MAP_NONBLOCK = 0x20000
MAP_STACK = 0x40000
MAP_HUGETLB = 0x80000
MAP_FIXED_NOREPLACE = 0x100000
MREMAP_MAYMOVE, MREMAP_FIXED, MREMAP_DONTUNMAP = 1, 2, 4
MS_ASYNC, MS_INVALIDATE, MS_SYNC = 1, 2, 4

# ---------------------------------------------------------------------------
# Resource limits (asm/resource.h: 5..9 have a MIPS-specific order)
RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE = 0, 1, 2, 3, 4
RLIMIT_NOFILE, RLIMIT_AS, RLIMIT_RSS, RLIMIT_NPROC, RLIMIT_MEMLOCK = 5, 6, 7, 8, 9
RLIMIT_LOCKS, RLIMIT_SIGPENDING, RLIMIT_MSGQUEUE, RLIMIT_NICE = 10, 11, 12, 13
RLIMIT_RTPRIO, RLIMIT_RTTIME = 14, 15
RLIM_NLIMITS = 16
RLIM_INFINITY = MASK64           # n64: ~0UL
RLIMIT = struct.Struct("<QQ")

# ---------------------------------------------------------------------------
# Time
CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID = 0, 1, 2, 3
CLOCK_MONOTONIC_RAW, CLOCK_REALTIME_COARSE, CLOCK_MONOTONIC_COARSE, CLOCK_BOOTTIME = 4, 5, 6, 7
CLOCK_REALTIME_ALARM, CLOCK_BOOTTIME_ALARM, CLOCK_TAI = 8, 9, 11
TIMER_ABSTIME = 1
TIMESPEC = struct.Struct("<qq")
TIMEVAL = struct.Struct("<qq")
TMS = struct.Struct("<qqqq")
ITIMERVAL = struct.Struct("<qqqq")     # it_interval (timeval), it_value (timeval)
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2
CLK_TCK = 100

# struct sysinfo (n64, 112 bytes): uptime @0, loads[3] @8, totalram @32, freeram, sharedram,
# bufferram, totalswap, freeswap, u16 procs @80, totalhigh @88, freehigh @96, u32 mem_unit @104
SYSINFO = struct.Struct("<q3Q6QH6xQQI4x")
UTSNAME_FIELD = 65

# ---------------------------------------------------------------------------
# struct stat as the n64 kernel writes it (asm/stat.h, _MIPS_SIM_ABI64); 104 bytes:
#   u32 st_dev @0, u32 pad[3], u64 st_ino @16, u32 st_mode @24, u32 st_nlink @28,
#   u32 st_uid @32, u32 st_gid @36, u32 st_rdev @40, u32 pad[3], i64 st_size @56,
#   u32 st_atime @64, u32 st_atime_nsec @68, u32 st_mtime @72, u32 st_mtime_nsec @76,
#   u32 st_ctime @80, u32 st_ctime_nsec @84, u32 st_blksize @88, u32 pad, u64 st_blocks @96
KSTAT = struct.Struct("<I12xQIIIII12xqIIIIIII4xQ")
assert KSTAT.size == 104

# struct statx (linux/stat.h; identical on every architecture), 256 bytes
STATX_STRUCT_SIZE = 256  # sizeof(struct statx); STATX_SIZE below is the mask bit
STATX_HEAD = struct.Struct("<IIQIIIHxxQQQQ")   # mask..attributes_mask, ends @64
STATX_TS = struct.Struct("<qI4x")              # at @64 atime, @80 btime, @96 ctime, @112 mtime
STATX_TAIL = struct.Struct("<IIIIQ")            # @128 rdev_major/minor, dev_major/minor, mnt_id
STATX_TYPE, STATX_MODE, STATX_NLINK, STATX_UID, STATX_GID = 0x1, 0x2, 0x4, 0x8, 0x10
STATX_ATIME, STATX_MTIME, STATX_CTIME, STATX_INO, STATX_SIZE = 0x20, 0x40, 0x80, 0x100, 0x200
STATX_BLOCKS, STATX_BASIC_STATS, STATX_BTIME = 0x400, 0x7ff, 0x800


def dev_major(dev):
    return ((dev >> 32) & 0xfffff000) | ((dev >> 8) & 0xfff)


def dev_minor(dev):
    return ((dev >> 12) & 0xffffff00) | (dev & 0xff)


def new_encode_dev(dev):
    """Linux's 32-bit dev_t encoding used in the n64 struct stat."""
    ma, mi = dev_major(dev), dev_minor(dev)
    return ((mi & 0xff) | (ma << 8) | ((mi & ~0xff) << 12)) & MASK32


def pack_kstat(st):
    """n64 kernel struct stat bytes for an os.stat_result-like object."""
    return KSTAT.pack(
        new_encode_dev(st.st_dev), st.st_ino & MASK64, st.st_mode & MASK32, st.st_nlink & MASK32,
        st.st_uid & MASK32, st.st_gid & MASK32, new_encode_dev(getattr(st, "st_rdev", 0)),
        st.st_size,
        int(st.st_atime) & MASK32, _nsec(st, "st_atime_ns"),
        int(st.st_mtime) & MASK32, _nsec(st, "st_mtime_ns"),
        int(st.st_ctime) & MASK32, _nsec(st, "st_ctime_ns"),
        getattr(st, "st_blksize", 4096) & MASK32, getattr(st, "st_blocks", 0) & MASK64)


def _nsec(st, name):
    v = getattr(st, name, None)
    return 0 if v is None else v % 1_000_000_000


def _ts(st, name):
    v = getattr(st, name, None)
    if v is None:
        return 0, 0
    return v // 1_000_000_000, v % 1_000_000_000


def pack_statx_from_stat(st, mask=STATX_BASIC_STATS):
    """A struct statx built from an os.stat_result (used when the host statx is unavailable)."""
    buf = bytearray(STATX_STRUCT_SIZE)
    STATX_HEAD.pack_into(buf, 0, STATX_BASIC_STATS, getattr(st, "st_blksize", 4096), 0,
                         st.st_nlink, st.st_uid, st.st_gid, st.st_mode & 0xffff, st.st_ino,
                         st.st_size, getattr(st, "st_blocks", 0), 0)
    for off, name in ((64, "st_atime_ns"), (96, "st_ctime_ns"), (112, "st_mtime_ns")):
        STATX_TS.pack_into(buf, off, *_ts(st, name))
    rdev = getattr(st, "st_rdev", 0)
    STATX_TAIL.pack_into(buf, 128, dev_major(rdev), dev_minor(rdev),
                         dev_major(st.st_dev), dev_minor(st.st_dev), 0)
    return bytes(buf)


# ---------------------------------------------------------------------------
# ioctl (asm/ioctls.h for MIPS: _IOC dir bits are 29..31, _IOC_READ=2, _IOC_WRITE=4)
def _ioc(d, t, nr, size):
    return (d << 29) | (size << 16) | (ord(t) << 8) | nr


TCGETS, TCSETS, TCSETSW, TCSETSF = 0x540d, 0x540e, 0x540f, 0x5410
TCSBRK, TCXONC, TCFLSH = 0x5405, 0x5406, 0x5407
TIOCGWINSZ = _ioc(2, "t", 104, 8)
TIOCSWINSZ = _ioc(4, "t", 103, 8)
TIOCGPGRP = _ioc(2, "t", 119, 4)
TIOCSPGRP = _ioc(4, "t", 118, 4)
TIOCGSID = 0x7416
TIOCSCTTY, TIOCNOTTY = 0x5480, 0x5471
FIONREAD, FIONBIO, FIOCLEX, FIONCLEX, FIOASYNC = 0x467f, 0x667e, 0x6601, 0x6602, 0x667d

# struct termios as the MIPS kernel uses it for TCGETS: 4 x u32 flags, u8 c_line, u8 c_cc[23]
KTERMIOS = struct.Struct("<IIIIB23s")
NCCS = 23
# c_cc indices on MIPS (asm/termbits.h)
MIPS_CC_INDEX = {
    "VINTR": 0, "VQUIT": 1, "VERASE": 2, "VKILL": 3, "VMIN": 4, "VTIME": 5, "VEOL2": 6,
    "VSWTC": 7, "VSTART": 8, "VSTOP": 9, "VSUSP": 10, "VREPRINT": 12, "VDISCARD": 13,
    "VWERASE": 14, "VLNEXT": 15, "VEOF": 16, "VEOL": 17,
}
# c_lflag bits on MIPS (the other flag words match asm-generic)
MIPS_LFLAG = {
    "ISIG": 0x1, "ICANON": 0x2, "XCASE": 0x4, "ECHO": 0x8, "ECHOE": 0x10, "ECHOK": 0x20,
    "ECHONL": 0x40, "NOFLSH": 0x80, "IEXTEN": 0x100, "ECHOCTL": 0x200, "ECHOPRT": 0x400,
    "ECHOKE": 0x800, "FLUSHO": 0x2000, "PENDIN": 0x4000, "TOSTOP": 0x8000, "EXTPROC": 0x10000,
}
WINSIZE = struct.Struct("<HHHH")

# ---------------------------------------------------------------------------
# misc
GRND_NONBLOCK, GRND_RANDOM, GRND_INSECURE = 1, 2, 4
FUTEX_WAIT, FUTEX_WAKE, FUTEX_REQUEUE, FUTEX_CMP_REQUEUE, FUTEX_WAKE_OP = 0, 1, 3, 4, 5
FUTEX_LOCK_PI, FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI = 6, 7, 8
FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET = 9, 10
FUTEX_PRIVATE_FLAG, FUTEX_CLOCK_REALTIME = 128, 256
POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 0x1, 0x2, 0x4, 0x8, 0x10, 0x20
POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND = 0x40, 0x80, 0x4, 0x100   # MIPS: WRNORM=OUT
POLLFD = struct.Struct("<ihh")
IOVEC = struct.Struct("<QQ")
PR_SET_PDEATHSIG, PR_GET_PDEATHSIG, PR_GET_DUMPABLE, PR_SET_DUMPABLE = 1, 2, 3, 4
PR_SET_NAME, PR_GET_NAME, PR_SET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS = 15, 16, 38, 39
PR_SET_VMA = 0x53564d41
PR_GET_FP_MODE, PR_SET_FP_MODE = 46, 45
PR_FP_MODE_FR, PR_FP_MODE_FRE = 1, 2
R_OK, W_OK, X_OK, F_OK = 4, 2, 1, 0
DT_UNKNOWN, DT_FIFO, DT_CHR, DT_DIR, DT_BLK, DT_REG, DT_LNK, DT_SOCK = 0, 1, 2, 4, 6, 8, 10, 12

# ---------------------------------------------------------------------------
# auxv (linux/auxvec.h)
AT_NULL, AT_IGNORE, AT_EXECFD, AT_PHDR, AT_PHENT, AT_PHNUM, AT_PAGESZ = 0, 1, 2, 3, 4, 5, 6
AT_BASE, AT_FLAGS, AT_ENTRY, AT_NOTELF, AT_UID, AT_EUID, AT_GID, AT_EGID = 7, 8, 9, 10, 11, 12, 13, 14
AT_PLATFORM, AT_HWCAP, AT_CLKTCK, AT_SECURE, AT_BASE_PLATFORM, AT_RANDOM = 15, 16, 17, 23, 24, 25
AT_HWCAP2, AT_EXECFN, AT_SYSINFO_EHDR, AT_MINSIGSTKSZ = 26, 31, 33, 51

# fixed identity of the simulated process
UID = GID = 0
