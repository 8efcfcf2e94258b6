"""Guest (MIPS Linux) error numbers and the exception that carries them.

MIPS uses its own errno numbering above 34 (ENOSYS is 89, not 38 as on x86), so
every host ``OSError`` must be translated by *name* before the guest sees it.

``GuestError(errno)`` is raised by the syscall layer, the file system view, the
address space (``mm``) and signal code; ``errno`` is always the MIPS value.
"""

import errno as _host_errno

# MIPS errno values, by name.  Produced once from the linux-libc-dev-mips64el-cross
# 6.1.8 headers with:
#   python3 -c 'import re; s=open(".../asm-generic/errno-base.h").read()+open(".../asm/errno.h").read();
#               print(re.findall(r"#define\s+(E[A-Z0-9]+)\s+(\d+)\b", s))'
# (aliases that are #defined to another name, e.g. EWOULDBLOCK, are added below).
ERRNO_BY_NAME = {
    "EPERM": 1, "ENOENT": 2, "ESRCH": 3, "EINTR": 4, "EIO": 5, "ENXIO": 6, "E2BIG": 7, "ENOEXEC": 8,
    "EBADF": 9, "ECHILD": 10, "EAGAIN": 11, "ENOMEM": 12, "EACCES": 13, "EFAULT": 14, "ENOTBLK": 15,
    "EBUSY": 16, "EEXIST": 17, "EXDEV": 18, "ENODEV": 19, "ENOTDIR": 20, "EISDIR": 21, "EINVAL": 22,
    "ENFILE": 23, "EMFILE": 24, "ENOTTY": 25, "ETXTBSY": 26, "EFBIG": 27, "ENOSPC": 28,
    "ESPIPE": 29, "EROFS": 30, "EMLINK": 31, "EPIPE": 32, "EDOM": 33, "ERANGE": 34, "ENOMSG": 35,
    "EIDRM": 36, "ECHRNG": 37, "EL2NSYNC": 38, "EL3HLT": 39, "EL3RST": 40, "ELNRNG": 41,
    "EUNATCH": 42, "ENOCSI": 43, "EL2HLT": 44, "EDEADLK": 45, "ENOLCK": 46, "EBADE": 50,
    "EBADR": 51, "EXFULL": 52, "ENOANO": 53, "EBADRQC": 54, "EBADSLT": 55, "EDEADLOCK": 56,
    "EBFONT": 59, "ENOSTR": 60, "ENODATA": 61, "ETIME": 62, "ENOSR": 63, "ENONET": 64, "ENOPKG": 65,
    "EREMOTE": 66, "ENOLINK": 67, "EADV": 68, "ESRMNT": 69, "ECOMM": 70, "EPROTO": 71,
    "EDOTDOT": 73, "EMULTIHOP": 74, "EBADMSG": 77, "ENAMETOOLONG": 78, "EOVERFLOW": 79,
    "ENOTUNIQ": 80, "EBADFD": 81, "EREMCHG": 82, "ELIBACC": 83, "ELIBBAD": 84, "ELIBSCN": 85,
    "ELIBMAX": 86, "ELIBEXEC": 87, "EILSEQ": 88, "ENOSYS": 89, "ELOOP": 90, "ERESTART": 91,
    "ESTRPIPE": 92, "ENOTEMPTY": 93, "EUSERS": 94, "ENOTSOCK": 95, "EDESTADDRREQ": 96,
    "EMSGSIZE": 97, "EPROTOTYPE": 98, "ENOPROTOOPT": 99, "EPROTONOSUPPORT": 120,
    "ESOCKTNOSUPPORT": 121, "EOPNOTSUPP": 122, "EPFNOSUPPORT": 123, "EAFNOSUPPORT": 124,
    "EADDRINUSE": 125, "EADDRNOTAVAIL": 126, "ENETDOWN": 127, "ENETUNREACH": 128, "ENETRESET": 129,
    "ECONNABORTED": 130, "ECONNRESET": 131, "ENOBUFS": 132, "EISCONN": 133, "ENOTCONN": 134,
    "EUCLEAN": 135, "ENOTNAM": 137, "ENAVAIL": 138, "EISNAM": 139, "EREMOTEIO": 140, "EINIT": 141,
    "EREMDEV": 142, "ESHUTDOWN": 143, "ETOOMANYREFS": 144, "ETIMEDOUT": 145, "ECONNREFUSED": 146,
    "EHOSTDOWN": 147, "EHOSTUNREACH": 148, "EALREADY": 149, "EINPROGRESS": 150, "ESTALE": 151,
    "ECANCELED": 158, "ENOMEDIUM": 159, "EMEDIUMTYPE": 160, "ENOKEY": 161, "EKEYEXPIRED": 162,
    "EKEYREVOKED": 163, "EKEYREJECTED": 164, "EOWNERDEAD": 165, "ENOTRECOVERABLE": 166,
    "ERFKILL": 167, "EHWPOISON": 168, "EDQUOT": 1133,

}
ERRNO_BY_NAME.setdefault("EWOULDBLOCK", ERRNO_BY_NAME["EAGAIN"])
ERRNO_BY_NAME.setdefault("ENOTSUP", ERRNO_BY_NAME["EOPNOTSUPP"])

ERRNO_NAMES = {}
for _n, _v in ERRNO_BY_NAME.items():
    ERRNO_NAMES.setdefault(_v, _n)

globals().update(ERRNO_BY_NAME)

# Linux MIPS: a raw syscall result in [-EMAXERRNO, -1] is an error.
EMAXERRNO = 1133

# host errno names that differ from the MIPS spelling of the same condition
_HOST_ALIASES = {"EDEADLOCK": "EDEADLK", "ENOTSUP": "EOPNOTSUPP", "EWOULDBLOCK": "EAGAIN"}


class GuestError(Exception):
    """A failed guest operation; ``errno`` is the MIPS Linux errno value."""

    def __init__(self, errno, message=None):
        self.errno = int(errno)
        super().__init__(message or "%s (%d)" % (ERRNO_NAMES.get(self.errno, "E?"), self.errno))


_host_to_guest_cache = {}


def host_to_guest_errno(host_errno):
    """Translate a host errno number to the MIPS errno number (EIO if unknown)."""
    if host_errno is None:
        return ERRNO_BY_NAME["EIO"]
    g = _host_to_guest_cache.get(host_errno)
    if g is None:
        name = _host_errno.errorcode.get(host_errno)
        name = _HOST_ALIASES.get(name, name)
        g = ERRNO_BY_NAME.get(name, ERRNO_BY_NAME["EIO"])
        _host_to_guest_cache[host_errno] = g
    return g


def from_oserror(exc):
    """GuestError for a host OSError."""
    return GuestError(host_to_guest_errno(exc.errno))
