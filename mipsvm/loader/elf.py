"""ELF loader for static MIPS64 n64 little-endian Linux executables.

``load_elf(path)`` reads and validates the file and returns an ``ElfImage``;
``map_image(image, mm, load_bias)`` maps its PT_LOAD segments;
``build_stack(...)`` lays out argc/argv/envp/auxv as Linux does;
``load_program(...)`` does all three plus the stack mapping.

The ELF and program headers are decoded with pyelftools' structure
definitions (``ELFStructs``), not ``ELFFile``: like the kernel, the loader must
ignore section headers (a stripped or damaged section table does not stop
Linux from running a program, while ``ELFFile`` parses it when a file is
opened), and every malformed input must end in a one-line ``ElfError``.
``symbols()`` uses ``ELFFile`` for the symbol table.

Checks (each failure is an ``ElfError`` with a one-line message): ELF magic,
ELFCLASS64 (o32/n32 are 32-bit or carry EF_MIPS_ABI2), little endian,
EV_CURRENT, EM_MIPS, ET_EXEC or ET_DYN, n64 flags (no EF_MIPS_ABI2, no
EF_MIPS_ABI o32/o64/eabi field, not R6, not NaN2008, no MIPS16/microMIPS),
e_phentsize == 56, program headers inside the file, at least one PT_LOAD,
p_filesz <= p_memsz, file ranges inside the file, no address overflow, every
segment below TASK_SIZE, power-of-two alignments, entry point inside an
executable PT_LOAD, at most one PT_INTERP (its path is ``ElfImage.interp``).

Reading (Linux's binfmt_elf reads the same way): only the ELF header, the
program headers and, when the segments are mapped, each PT_LOAD's file bytes
(in chunks of at most MAX_CHUNK) are read; the file must be a regular file
and e_phnum at most 65536 / 56 = 1170, as load_elf_phdrs requires.  Chunks
that are all zero are not copied into fresh pages (a sparse file costs
nothing).

Memory image (Linux binfmt_elf semantics with 16 KiB pages): each PT_LOAD
covers the pages [page_down(vaddr), page_up(vaddr + memsz)); the page before
vaddr holds the file bytes before p_offset (when vaddr and p_offset are
congruent modulo the page size, as the file mapping would show them), the tail
of the last file page is zeroed when the segment has BSS and shows the
following file bytes otherwise, BSS is zero.  A page shared by two segments
gets the union of their permissions (Linux would give it the later segment's;
the union avoids spurious faults with the larger page size).

Static-pie (ET_DYN without PT_INTERP) is loaded at ``DYN_BASE`` (Linux mips's
ELF_ET_DYN_BASE = TASK_SIZE / 3 * 2, aligned down to the largest p_align);
glibc's _dl_relocate_static_pie does the relocations itself.
"""

import os
import struct

from elftools.elf import enums
from elftools.elf.structs import ELFStructs

from ..host.pgtable import PAGE_SIZE

PAGE_MASK = PAGE_SIZE - 1
TASK_SIZE = 1 << 40                 # user address-space limit assumed for mips64 (16K pages)
DYN_BASE = (TASK_SIZE // 3 * 2) & ~0xffff
DEFAULT_STACK_TOP = TASK_SIZE - (1 << 20)   # 0xfffff00000
DEFAULT_STACK_SIZE = 8 << 20
ARG_MAX = DEFAULT_STACK_SIZE // 4

ET_EXEC, ET_DYN = 2, 3
EM_MIPS = 8
PT_NULL, PT_LOAD, PT_DYNAMIC, PT_INTERP, PT_NOTE, PT_SHLIB, PT_PHDR, PT_TLS = 0, 1, 2, 3, 4, 5, 6, 7
PT_GNU_STACK = 0x6474e551
PT_MIPS_ABIFLAGS = 0x70000003
PF_X, PF_W, PF_R = 1, 2, 4

EF_MIPS_NOREORDER = 0x1
EF_MIPS_PIC = 0x2
EF_MIPS_CPIC = 0x4
EF_MIPS_ABI2 = 0x20
EF_MIPS_NAN2008 = 0x400
EF_MIPS_ABI = 0x0000f000
EF_MIPS_ARCH_ASE_MICROMIPS = 0x02000000
EF_MIPS_ARCH_ASE_M16 = 0x04000000
EF_MIPS_ARCH = 0xf0000000
_ARCH_NAMES = {
    0x00000000: "mips1", 0x10000000: "mips2", 0x20000000: "mips3", 0x30000000: "mips4",
    0x40000000: "mips5", 0x50000000: "mips32", 0x60000000: "mips64", 0x70000000: "mips32r2",
    0x80000000: "mips64r2", 0x90000000: "mips32r6", 0xa0000000: "mips64r6",
}
_OK_ARCHES = {0x20000000, 0x30000000, 0x40000000, 0x60000000, 0x80000000}

PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_PRIVATE, MAP_FIXED, MAP_ANONYMOUS = 0x02, 0x10, 0x0800

# auxv keys (linux/auxvec.h)
AT_NULL, AT_PHDR, AT_PHENT, AT_PHNUM, AT_PAGESZ, AT_BASE, AT_FLAGS, AT_ENTRY = 0, 3, 4, 5, 6, 7, 8, 9
AT_UID, AT_EUID, AT_GID, AT_EGID, AT_PLATFORM, AT_HWCAP, AT_CLKTCK = 11, 12, 13, 14, 15, 16, 17
AT_SECURE, AT_BASE_PLATFORM, AT_RANDOM, AT_EXECFN = 23, 24, 25, 31

# What Linux 6.1 hands a static program on a MIPS64R2 CPU: no AT_PLATFORM
# (__elf_platform is only set for Octeon/Loongson...), AT_BASE_PLATFORM from
# set_isa() in arch/mips/kernel/cpu-probe.c, AT_HWCAP 0 (no R6/MSA/CRC...).
BASE_PLATFORM = b"mips64r2"
PLATFORM = None

# pyelftools' structure definitions decode the headers (ELF64, little endian).
# ELFStructs is used rather than ELFFile because ELFFile also parses the
# section headers, which the kernel ignores: a stripped or odd section table
# must not reject a program Linux would run.
_ELF = ELFStructs(little_endian=True, elfclass=64)
_ELF.create_basic_structs()
_ELF.create_advanced_structs("ET_EXEC", "EM_MIPS", "ELFOSABI_SYSV")   # MIPS p_type names
_EHDR_SIZE = _ELF.Elf_Ehdr.sizeof()     # 64
_PHDR_SIZE = _ELF.Elf_Phdr.sizeof()     # 56


def _num(value, table):
    """pyelftools reports known enum values by name; the checks want numbers."""
    return table[value] if isinstance(value, str) else value


class ElfError(Exception):
    """The file cannot be loaded; str(e) is a one-line reason."""


class Segment:
    __slots__ = ("type", "flags", "offset", "vaddr", "filesz", "memsz", "align")

    def __init__(self, ptype, flags, offset, vaddr, filesz, memsz, align):
        self.type = ptype
        self.flags = flags
        self.offset = offset
        self.vaddr = vaddr
        self.filesz = filesz
        self.memsz = memsz
        self.align = align

    @property
    def prot(self):
        p = 0
        if self.flags & PF_R:
            p |= PROT_READ
        if self.flags & PF_W:
            p |= PROT_WRITE
        if self.flags & PF_X:
            p |= PROT_EXEC
        return p

    def __repr__(self):
        return "Segment(type=%#x, vaddr=%#x, offset=%#x, filesz=%#x, memsz=%#x, flags=%d)" % (
            self.type, self.vaddr, self.offset, self.filesz, self.memsz, self.flags)


class ElfImage:
    """A validated executable.  Addresses are link-time (add load_bias for ET_DYN)."""

    interp = None           # PT_INTERP path (bytes) or None

    def __init__(self, path, src, e_type, entry, flags, phoff, phnum, phdrs):
        self.path = path
        self.src = src
        self.e_type = e_type
        self.entry = entry
        self.flags = flags
        self.phoff = phoff
        self.phnum = phnum
        self.phentsize = _PHDR_SIZE
        self.phdrs = phdrs
        self.loads = [p for p in phdrs if p.type == PT_LOAD and p.memsz]
        self.tls = next((p for p in phdrs if p.type == PT_TLS), None)
        st = next((p for p in phdrs if p.type == PT_GNU_STACK), None)
        self.exec_stack = st is None or bool(st.flags & PF_X)
        self.min_vaddr = min(p.vaddr for p in self.loads) & ~PAGE_MASK
        self.max_vaddr = max(p.vaddr + p.memsz for p in self.loads)
        self.phdr_vaddr = self._phdr_vaddr()

    def close(self):
        self.src.close()

    @property
    def is_pie(self):
        return self.e_type == ET_DYN

    def default_load_bias(self):
        if not self.is_pie:
            return 0
        align = max([p.align for p in self.loads if p.align] + [PAGE_SIZE])
        return ((DYN_BASE & ~(align - 1)) - self.min_vaddr) & ~PAGE_MASK

    def brk_start(self, load_bias=0):
        """Initial program break: page-aligned end of the highest segment."""
        return (self.max_vaddr + load_bias + PAGE_MASK) & ~PAGE_MASK

    def _phdr_vaddr(self):
        for p in self.phdrs:
            if p.type == PT_PHDR:
                return p.vaddr
        for p in self.loads:
            if p.offset <= self.phoff and self.phoff + self.phnum * _PHDR_SIZE <= p.offset + p.filesz:
                return p.vaddr + (self.phoff - p.offset)
        first = self.loads[0]
        return first.vaddr - first.offset + self.phoff


MAX_CHUNK = 16 << 20                 # most file bytes held at once while mapping
MAX_PHNUM = 65536 // 56              # load_elf_phdrs: e_phnum * sizeof(phdr) <= 64 KiB


class _Bytes:
    """An in-memory file (parse_elf)."""

    def __init__(self, data):
        self.data = bytes(data)
        self.size = len(self.data)

    def pread(self, off, n):
        return self.data[off:off + n]

    def close(self):
        pass


class _HostFile:
    """An open regular host file read with pread (load_elf)."""

    def __init__(self, fd, size):
        self.fd, self.size = fd, size

    def pread(self, off, n):
        out = []
        while n > 0:
            b = os.pread(self.fd, min(n, MAX_CHUNK), off)
            if not b:
                break
            out.append(b)
            off += len(b)
            n -= len(b)
        return b"".join(out)

    def close(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __del__(self):
        self.close()


def open_source(path=None, fd=None, name=None):
    """A readable regular file, by path or by an open host fd (taken over)."""
    import stat
    name = name or os.fsdecode(path if path is not None else "<fd>")
    try:
        if fd is None:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
        st = os.fstat(fd)
    except OSError as e:
        if fd is not None:
            os.close(fd)
        raise ElfError("%s: cannot read: %s" % (name, e.strerror or e)) from None
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise ElfError("%s: not a regular file" % name)
    return _HostFile(fd, st.st_size)


def load_elf(path=None, fd=None, name=None, bare=False):
    """Read and validate the executable file ``path`` (or the open host fd).
    bare: a kernel-mode (bare-metal) image, whose segments may lie anywhere."""
    src = open_source(path, fd, name)
    return parse_source(src, name or os.fsdecode(path if path is not None else "<fd>"), bare)


def parse_elf(data, name="<memory>"):
    """Validate an in-memory ELF image (bytes); see load_elf."""
    return parse_source(_Bytes(data), name)


def parse_source(src, name, bare=False):
    try:
        return _parse(name, src, bare)
    except ElfError:
        src.close()
        raise
    except Exception as e:      # never let a parsing bug escape as a traceback
        src.close()
        raise ElfError("%s: malformed ELF file (%s)" % (name, e)) from None


def _parse(name, src, bare=False):
    size = src.size
    data = src.pread(0, _EHDR_SIZE)
    def bad(msg):
        raise ElfError("%s: %s" % (name, msg))

    if len(data) < 4 or data[:4] != b"\x7fELF":
        bad("not an ELF file")
    if len(data) < _EHDR_SIZE:
        bad("truncated ELF header")
    ident = data[:16]
    if ident[4] == 1:
        bad("32-bit ELF (o32/n32) is not supported: need a MIPS64 n64 program")
    if ident[4] != 2:
        bad("unknown ELF class %d" % ident[4])
    if ident[5] == 2:
        bad("big-endian ELF is not supported: need a little-endian (mips64el) program")
    if ident[5] != 1:
        bad("unknown ELF data encoding %d" % ident[5])
    hdr = _ELF.Elf_Ehdr.parse(data[:_EHDR_SIZE])
    e_type = _num(hdr.e_type, enums.ENUM_E_TYPE)
    e_machine = _num(hdr.e_machine, enums.ENUM_E_MACHINE)
    e_version = _num(hdr.e_version, enums.ENUM_E_VERSION)
    e_entry, e_phoff, e_flags = hdr.e_entry, hdr.e_phoff, hdr.e_flags
    e_ehsize, e_phentsize, e_phnum = hdr.e_ehsize, hdr.e_phentsize, hdr.e_phnum
    if ident[6] != 1 or e_version != 1:
        bad("unsupported ELF version")
    if e_machine != EM_MIPS:
        bad("not a MIPS program (e_machine %d)" % e_machine)
    if e_type not in (ET_EXEC, ET_DYN):
        kind = {0: "no file type", 1: "a relocatable object", 4: "a core file"}.get(
            e_type, "type %d" % e_type)
        bad("not an executable (%s)" % kind)
    if e_flags & EF_MIPS_ABI2:
        bad("n32 programs are not supported: need the n64 ABI")
    if e_flags & EF_MIPS_ABI:
        bad("unsupported MIPS ABI flags %#x (o32/o64/eabi): need n64" % (e_flags & EF_MIPS_ABI))
    arch = e_flags & EF_MIPS_ARCH
    if arch not in _OK_ARCHES:
        bad("unsupported MIPS architecture level %s: need MIPS64 up to Release 2"
            % _ARCH_NAMES.get(arch, hex(arch)))
    if e_flags & EF_MIPS_NAN2008:
        bad("NaN2008 programs are not supported (the simulated CPU uses legacy NaNs)")
    if e_flags & (EF_MIPS_ARCH_ASE_M16 | EF_MIPS_ARCH_ASE_MICROMIPS):
        bad("MIPS16/microMIPS programs are not supported")
    if e_ehsize < _EHDR_SIZE:
        bad("bad ELF header size %d" % e_ehsize)
    if e_phentsize != _PHDR_SIZE:
        bad("bad program header entry size %d" % e_phentsize)
    if e_phnum == 0:
        bad("no program headers")
    if e_phnum > MAX_PHNUM:
        bad("too many program headers (%d; at most %d)" % (e_phnum, MAX_PHNUM))
    if e_phoff > size or e_phoff + e_phnum * _PHDR_SIZE > size:
        bad("program headers extend past the end of the file (truncated?)")
    table = src.pread(e_phoff, e_phnum * _PHDR_SIZE)

    phdrs = []
    interp = None
    for i in range(e_phnum):
        off = i * _PHDR_SIZE
        ph = _ELF.Elf_Phdr.parse(table[off:off + _PHDR_SIZE])
        p_type = _num(ph.p_type, enums.ENUM_P_TYPE_MIPS)
        p_flags, p_offset, p_vaddr = ph.p_flags, ph.p_offset, ph.p_vaddr
        p_filesz, p_memsz, p_align = ph.p_filesz, ph.p_memsz, ph.p_align
        seg = Segment(p_type, p_flags, p_offset, p_vaddr, p_filesz, p_memsz, p_align)
        phdrs.append(seg)
        if p_type == PT_INTERP:
            # binfmt_elf: one interpreter, a NUL-terminated path of 2..PATH_MAX bytes
            if interp is not None:
                bad("more than one PT_INTERP")
            if not 2 <= p_filesz <= 4096 or p_offset + p_filesz > size:
                bad("bad PT_INTERP")
            raw = src.pread(p_offset, p_filesz)
            if raw[-1:] != b"\0" or b"\0" in raw[:-1]:
                bad("bad PT_INTERP")
            interp = raw[:-1]
        if p_type in (PT_LOAD, PT_TLS, PT_DYNAMIC, PT_NOTE, PT_PHDR, PT_MIPS_ABIFLAGS):
            if p_filesz > p_memsz and p_type in (PT_LOAD, PT_TLS):
                bad("segment %d: p_filesz %#x > p_memsz %#x" % (i, p_filesz, p_memsz))
            if p_offset + p_filesz > size:
                bad("segment %d extends past the end of the file (truncated?)" % i)
            if p_vaddr + p_memsz > (1 << 64) - 1:
                bad("segment %d: address overflow" % i)
        if p_type == PT_LOAD:
            if p_align > 1 and p_align & (p_align - 1):
                bad("segment %d: alignment %#x is not a power of two" % (i, p_align))
            if p_vaddr + p_memsz > TASK_SIZE and not bare:
                bad("segment %d at %#x is outside the user address space" % (i, p_vaddr))
    loads = [p for p in phdrs if p.type == PT_LOAD and p.memsz]
    if not loads:
        bad("no loadable segments")
    if e_type == ET_DYN:
        lo = min(p.vaddr for p in loads) & ~PAGE_MASK
        hi = max(p.vaddr + p.memsz for p in loads)
        if hi - lo > TASK_SIZE // 3:
            bad("position-independent image is too large (%#x bytes)" % (hi - lo))
    if not any(p.vaddr <= e_entry < p.vaddr + p.memsz and p.flags & PF_X for p in loads):
        bad("entry point %#x is not inside an executable segment" % e_entry)
    im = ElfImage(name, src, e_type, e_entry, e_flags, e_phoff, e_phnum, phdrs)
    im.interp = interp
    return im


def _page_down(a):
    return a & ~PAGE_MASK


def _page_up(a):
    return (a + PAGE_MASK) & ~PAGE_MASK


def map_image(image, mm, load_bias=0):
    """Map every PT_LOAD with ``mm.mmap(..., MAP_FIXED)`` and fill it.

    Returns a dict: start, end (highest vaddr + memsz), brk (page-aligned end),
    entry, phdr (all with the load bias applied).
    """
    src = image.src
    ranges = []
    for seg in image.loads:
        va = seg.vaddr + load_bias
        ranges.append((_page_down(va), _page_up(va + seg.memsz), seg.prot))
    # split into intervals with the union of the permissions of the segments covering them
    bounds = sorted({b for r in ranges for b in r[:2]})
    intervals = []
    for a, b in zip(bounds, bounds[1:]):
        cover = [p for s_, e_, p in ranges if s_ <= a and b <= e_]
        if not cover:
            continue
        prot = 0
        for p in cover:
            prot |= p
        if intervals and intervals[-1][1] == a and intervals[-1][2] == prot:
            intervals[-1][1] = b
        else:
            intervals.append([a, b, prot])
    # map contiguous runs read-write first, so the bytes can be written
    runs = []
    for a, b, _ in intervals:
        if runs and runs[-1][1] == a:
            runs[-1][1] = b
        else:
            runs.append([a, b])
    for a, b in runs:
        mm.mmap(a, b - a, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED)

    touched = set()
    for seg in image.loads:
        va = seg.vaddr + load_bias
        congruent = (va - seg.offset) & PAGE_MASK == 0
        file_end = seg.offset + seg.filesz
        fend_va = va + seg.filesz
        if seg.filesz:
            lead = va & PAGE_MASK
            if congruent and seg.offset >= lead:
                start_va, start_off = va - lead, seg.offset - lead
            else:
                start_va, start_off = va, seg.offset
            _copy_in(mm, src, start_va, start_off, file_end - start_off, touched)
        last_page_end = _page_up(fend_va)
        if seg.memsz > seg.filesz:
            # BSS: zero the rest of the last file page, and any page an earlier segment wrote
            zero_end = min(last_page_end, va + seg.memsz)
            if zero_end > fend_va:
                mm.write(fend_va, bytes(zero_end - fend_va))
            for pg in sorted(touched):
                if last_page_end <= pg < va + seg.memsz:
                    mm.write(pg, bytes(min(pg + PAGE_SIZE, va + seg.memsz) - pg))
        elif seg.filesz and fend_va & PAGE_MASK and congruent:
            # no BSS: the file mapping shows the bytes that follow the segment
            tail = src.pread(file_end, last_page_end - fend_va)
            if tail:
                mm.write(fend_va, tail)
                touched.add(_page_down(fend_va))

    # final permissions
    for a, b, prot in intervals:
        if prot != PROT_READ | PROT_WRITE:
            mm.mprotect(a, b - a, prot)
    end = image.max_vaddr + load_bias
    return {
        "start": image.min_vaddr + load_bias, "end": end, "brk": _page_up(end),
        "entry": image.entry + load_bias, "phdr": image.phdr_vaddr + load_bias,
    }


def _copy_in(mm, src, va, off, n, touched):
    """File bytes [off, off+n) to va, a chunk at a time; an all-zero chunk is
    written only over pages an earlier segment filled (fresh pages are zero)."""
    pos = 0
    while pos < n:
        k = min(n - pos, MAX_CHUNK)
        chunk = src.pread(off + pos, k)
        if len(chunk) < k:
            raise ElfError("%s: file shrank while loading" % getattr(src, "name", "program"))
        a = va + pos
        pages = range(_page_down(a), _page_up(a + k), PAGE_SIZE)
        if chunk.count(0) != k or any(pg in touched for pg in pages):
            mm.write(a, chunk)
            touched.update(pages)
        pos += k


def _enc(s):
    if isinstance(s, str):
        return os.fsencode(s)
    return bytes(s)


def build_stack(mm, image, argv, envp, rng, exe_name, stack_top, load_bias=0,
                uid=0, gid=0, base_platform=BASE_PLATFORM, platform=PLATFORM, page_size=PAGE_SIZE,
                interp_base=0, auxv_out=None):
    """Write the initial process stack below ``stack_top`` (already mapped); return $sp.

    Layout (Linux fs/exec.c + fs/binfmt_elf.c create_elf_tables, top down):
    8 zero bytes, the AT_EXECFN string, the environment strings, the argument
    strings, (16-byte alignment), AT_PLATFORM / AT_BASE_PLATFORM strings, 16
    AT_RANDOM bytes, then from $sp up: argc, argv[], NULL, envp[], NULL,
    auxv pairs ending with AT_NULL.  $sp is 16-byte aligned (n64 ABI).
    """
    argv = [_enc(a) for a in argv]
    envp = [_enc(e) for e in envp]
    exe = _enc(exe_name)
    mem = bytearray()          # grows downwards: mem[i] is at address top - len(mem) + i
    top = stack_top & ~7

    def push(b):
        mem[0:0] = b
        return top - len(mem)

    push(bytes(8))
    execfn = push(exe + b"\0")
    env_ptrs = [0] * len(envp)
    for i in range(len(envp) - 1, -1, -1):
        env_ptrs[i] = push(envp[i] + b"\0")
    arg_ptrs = [0] * len(argv)
    for i in range(len(argv) - 1, -1, -1):
        arg_ptrs[i] = push(argv[i] + b"\0")
    if len(mem) > ARG_MAX:
        raise ElfError("argument list too long (%d bytes)" % len(mem))
    pad = (top - len(mem)) & 15
    push(bytes(pad))
    u_platform = push(_enc(platform) + b"\0") if platform else None
    u_base_platform = push(_enc(base_platform) + b"\0") if base_platform else None
    u_random = push(rng.randbytes(16))

    aux = [
        (AT_HWCAP, 0), (AT_PAGESZ, page_size), (AT_CLKTCK, 100),
        (AT_PHDR, image.phdr_vaddr + load_bias), (AT_PHENT, image.phentsize),
        (AT_PHNUM, image.phnum), (AT_BASE, interp_base), (AT_FLAGS, 0),
        (AT_ENTRY, image.entry + load_bias),
        (AT_UID, uid), (AT_EUID, uid), (AT_GID, gid), (AT_EGID, gid), (AT_SECURE, 0),
        (AT_RANDOM, u_random), (AT_EXECFN, execfn),
    ]
    if u_platform is not None:
        aux.append((AT_PLATFORM, u_platform))
    if u_base_platform is not None:
        aux.append((AT_BASE_PLATFORM, u_base_platform))
    aux.append((AT_NULL, 0))
    if auxv_out is not None:
        auxv_out[:] = aux

    words = [len(argv)] + arg_ptrs + [0] + env_ptrs + [0]
    for k, v in aux:
        words += [k, v]
    p = top - len(mem)
    sp = (p - 8 * len(words)) & ~15
    block = struct.pack("<%dQ" % len(words), *[w & 0xffffffffffffffff for w in words])
    block += bytes(p - sp - len(block))
    mm.write(sp, block + bytes(mem))
    return sp


class LoadedProgram:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "LoadedProgram(%s)" % ", ".join("%s=%#x" % (k, v) for k, v in self.__dict__.items()
                                                 if isinstance(v, int))


def load_interp(image, open_interp):
    """The ElfImage of image's PT_INTERP (None for a static program);
    open_interp(path) opens it (in the sandbox) as an ElfImage."""
    if image.interp is None:
        return None
    if open_interp is None:
        raise ElfError("%s: dynamically linked (interpreter %s): give the interpreter's root with --sysroot"
                       % (image.path, image.interp.decode("latin-1")))
    interp = open_interp(image.interp)
    if interp.interp is not None:
        interp.close()
        raise ElfError("%s: the interpreter %s has an interpreter itself"
                       % (image.path, image.interp.decode("latin-1")))
    return interp


def load_program(mm, path, argv, envp, rng, exe_name=None, stack_top=DEFAULT_STACK_TOP,
                 stack_size=DEFAULT_STACK_SIZE, load_bias=None, uid=0, gid=0, open_interp=None,
                 interp=None):
    """load_elf + map_image (+ the PT_INTERP interpreter) + the stack + build_stack.

    Returns a LoadedProgram with entry (the interpreter's for a dynamic
    program), sp, brk, load_bias, interp_base, auxv, stack_top, stack_bottom,
    image.  The stack is [stack_top - stack_size, stack_top), read-write (plus
    exec when PT_GNU_STACK asks for it or is absent).  The interpreter goes
    where a top-down mmap would put it, as binfmt_elf's elf_map does.
    """
    image = path if isinstance(path, ElfImage) else load_elf(path)
    if interp is None:
        interp = load_interp(image, open_interp)
    if load_bias is None:
        load_bias = image.default_load_bias()
    info = map_image(image, mm, load_bias)
    entry, interp_base = info["entry"], 0
    if interp is not None:
        span = _page_up(interp.max_vaddr) - interp.min_vaddr
        align = max([p.align for p in interp.loads if p.align] + [PAGE_SIZE])
        interp_base = mm.find_free(span, 0, align) - interp.min_vaddr
        entry = map_image(interp, mm, interp_base)["entry"]
        interp.close()
    bottom = (stack_top - stack_size) & ~PAGE_MASK
    prot = PROT_READ | PROT_WRITE | (PROT_EXEC if image.exec_stack else 0)
    mm.mmap(bottom, stack_top - bottom, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED)
    if exe_name is None:
        exe_name = argv[0] if argv else image.path
    auxv = []
    sp = build_stack(mm, image, argv, envp, rng, exe_name, stack_top, load_bias, uid, gid,
                     interp_base=interp_base, auxv_out=auxv)
    image.close()
    return LoadedProgram(entry=entry, sp=sp, brk=info["brk"], load_bias=load_bias,
                         interp_base=interp_base, auxv=auxv,
                         stack_top=stack_top, stack_bottom=bottom, image=image,
                         start=info["start"], end=info["end"])


def symbols(path):
    """{name: address} of the symbol table (pyelftools); {} when absent or unreadable."""
    try:
        from elftools.elf.elffile import ELFFile
        with open(path, "rb") as f:
            elf = ELFFile(f)
            tab = elf.get_section_by_name(".symtab")
            if tab is None:
                return {}
            return {s.name: s["st_value"] for s in tab.iter_symbols() if s.name}
    except Exception:
        return {}
