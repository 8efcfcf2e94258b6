import os
import random
import shutil
import struct
import subprocess
import sys

import pytest

from mipsvm.loader import elf
from mipsvm.loader import (ElfError, load_elf, parse_elf, map_image, build_stack, load_program)

from mipsvm.core import Core
from mipsvm.host.mm import AddressSpace

from .fakes import FakeMM

CC = "mips64el-linux-gnuabi64-gcc"
HELLO = r'''
#include <stdio.h>
int counter = 42;
static char big[100000];
__thread int tls_var = 7;
int main(int argc, char **argv) { big[5] = argc; printf("hello %d %d\n", counter, tls_var + big[5]); return 0; }
'''


@pytest.fixture(scope="module")
def binaries(tmp_path_factory):
    if shutil.which(CC) is None:
        pytest.skip("cross compiler %s not installed" % CC)
    d = tmp_path_factory.mktemp("elf")
    (d / "hello.c").write_text(HELLO)
    subprocess.run([CC, "-O2", "-static", "-o", str(d / "hello"), str(d / "hello.c")], check=True)
    dyn = d / "dyn"
    r = subprocess.run([CC, "-O2", "-o", str(dyn), str(d / "hello.c")], capture_output=True)
    return {"hello": d / "hello", "dyn": dyn if r.returncode == 0 else None}


def test_load_static_binary(binaries):
    im = load_elf(binaries["hello"])
    assert im.e_type == elf.ET_EXEC and not im.is_pie
    assert len(im.loads) == 2
    text, data = im.loads
    assert text.vaddr == 0x120000000 and text.flags == elf.PF_R | elf.PF_X
    assert data.flags == elf.PF_R | elf.PF_W and data.memsz > data.filesz
    assert im.tls is not None
    assert im.phdr_vaddr == 0x120000000 + im.phoff
    assert text.vaddr <= im.entry < text.vaddr + text.memsz
    assert im.brk_start() % elf.PAGE_SIZE == 0 and im.brk_start() >= data.vaddr + data.memsz
    assert im.default_load_bias() == 0


def test_map_image_contents_and_protections(binaries):
    im = load_elf(binaries["hello"])
    raw = binaries["hello"].read_bytes()
    mm = FakeMM()
    info = map_image(im, mm, 0)
    for seg in im.loads:
        assert mm.read(seg.vaddr, seg.filesz) == raw[seg.offset:seg.offset + seg.filesz]
    text, data = im.loads
    bss = mm.read(data.vaddr + data.filesz, data.memsz - data.filesz)
    assert bss == bytes(len(bss))
    assert mm.prot_at(text.vaddr) == elf.PROT_READ | elf.PROT_EXEC
    assert mm.prot_at(data.vaddr) == elf.PROT_READ | elf.PROT_WRITE
    assert mm.prot_at(data.vaddr + data.memsz - 1) == elf.PROT_READ | elf.PROT_WRITE
    # the page of a mid-page segment start shows the file bytes before p_offset (pitfall 7)
    lead = data.vaddr & (elf.PAGE_SIZE - 1)
    if lead and (data.vaddr - data.offset) % elf.PAGE_SIZE == 0:
        start = data.vaddr - lead
        assert mm.read(start, lead) == raw[data.offset - lead:data.offset]
    assert info["brk"] == im.brk_start() and info["entry"] == im.entry
    # every mmap was MAP_FIXED
    assert all(c[4] & elf.MAP_FIXED for c in mm.calls if c[0] == "mmap")


def _read_stack(mm, sp):
    argc = struct.unpack("<Q", mm.read(sp, 8))[0]
    p = sp + 8
    argv = []
    for _ in range(argc):
        argv.append(struct.unpack("<Q", mm.read(p, 8))[0])
        p += 8
    assert struct.unpack("<Q", mm.read(p, 8))[0] == 0
    p += 8
    envp = []
    while True:
        v = struct.unpack("<Q", mm.read(p, 8))[0]
        p += 8
        if v == 0:
            break
        envp.append(v)
    aux = []
    while True:
        k, v = struct.unpack("<QQ", mm.read(p, 16))
        p += 16
        aux.append((k, v))
        if k == 0:
            break
    return argc, argv, envp, aux


def test_build_stack_layout(binaries):
    im = load_elf(binaries["hello"])
    mm = FakeMM()
    top = 0x7fff0000
    mm.mmap(top - 0x40000, 0x40000, 3, elf.MAP_PRIVATE | elf.MAP_ANONYMOUS | elf.MAP_FIXED)
    rng = random.Random(5)
    sp = build_stack(mm, im, [b"./hello", "arg one"], [b"A=1", "PATH=/bin"], rng, "./hello", top)
    assert sp % 16 == 0
    argc, argv, envp, aux = _read_stack(mm, sp)
    assert argc == 2
    assert [mm.read_cstr(a) for a in argv] == [b"./hello", b"arg one"]
    assert [mm.read_cstr(e) for e in envp] == [b"A=1", b"PATH=/bin"]
    keys = [k for k, _ in aux]
    # Linux create_elf_tables order (no vDSO, no AT_PLATFORM on a generic MIPS64R2 CPU)
    assert keys == [elf.AT_HWCAP, elf.AT_PAGESZ, elf.AT_CLKTCK, elf.AT_PHDR, elf.AT_PHENT,
                    elf.AT_PHNUM, elf.AT_BASE, elf.AT_FLAGS, elf.AT_ENTRY, elf.AT_UID, elf.AT_EUID,
                    elf.AT_GID, elf.AT_EGID, elf.AT_SECURE, elf.AT_RANDOM, elf.AT_EXECFN,
                    elf.AT_BASE_PLATFORM, elf.AT_NULL]
    a = dict(aux)
    assert a[elf.AT_PAGESZ] == 16384 and a[elf.AT_CLKTCK] == 100 and a[elf.AT_PHENT] == 56
    assert a[elf.AT_PHNUM] == im.phnum and a[elf.AT_ENTRY] == im.entry
    assert a[elf.AT_PHDR] == im.phdr_vaddr and a[elf.AT_BASE] == 0 and a[elf.AT_HWCAP] == 0
    assert mm.read_cstr(a[elf.AT_EXECFN]) == b"./hello"
    assert mm.read_cstr(a[elf.AT_BASE_PLATFORM]) == b"mips64r2"
    assert mm.read(a[elf.AT_RANDOM], 16) == random.Random(5).randbytes(16)
    # strings sit above the vectors, below the top
    assert all(sp < x < top for x in argv + envp + [a[elf.AT_EXECFN], a[elf.AT_RANDOM]])
    assert mm.read(top - 8, 8) == bytes(8)


def test_load_program_and_static_pie_bias(binaries):
    raw = bytearray(binaries["hello"].read_bytes())
    struct.pack_into("<H", raw, 16, elf.ET_DYN)          # pretend it is a static-pie
    im = parse_elf(bytes(raw), "pie")
    bias = im.default_load_bias()
    assert bias > 0 and (im.loads[0].vaddr + bias) % 0x10000 == 0
    mm = FakeMM()
    prog = load_program(mm, im, [b"pie"], [], random.Random(1), stack_top=0x7fff0000,
                        stack_size=0x100000)
    assert prog.entry == im.entry + bias and prog.load_bias == bias
    assert mm.read(im.loads[0].vaddr + bias, 4) == b"\x7fELF"
    argc, argv, envp, aux = _read_stack(mm, prog.sp)
    a = dict(aux)
    assert a[elf.AT_PHDR] == im.phdr_vaddr + bias and a[elf.AT_ENTRY] == prog.entry
    assert prog.brk == im.brk_start(bias)


def test_dynamic_program_needs_its_interpreter(binaries):
    if binaries["dyn"] is None:
        pytest.skip("could not link a dynamic program")
    im = load_elf(binaries["dyn"])
    assert im.interp == b"/lib64/ld.so.1"
    with pytest.raises(ElfError, match="give the interpreter's root with --sysroot"):
        load_program(AddressSpace(Core(64 << 20)), im, [b"dyn"], [], random.Random(1))


def _patched(raw, off, fmt, value):
    b = bytearray(raw)
    struct.pack_into(fmt, b, off, value)
    return bytes(b)


def test_header_validation_messages(binaries, tmp_path):
    raw = binaries["hello"].read_bytes()
    cases = [
        (b"#!/bin/sh\necho hi\n", "not an ELF file"),
        (raw[:40], "truncated ELF header"),
        (_patched(raw, 4, "<B", 1), "32-bit"),
        (_patched(raw, 5, "<B", 2), "big-endian"),
        (_patched(raw, 18, "<H", 62), "not a MIPS program"),
        (_patched(raw, 16, "<H", 1), "not an executable"),
        (_patched(raw, 48, "<I", 0x80000027), "n32"),
        (_patched(raw, 48, "<I", 0x80001007), "o32"),
        (_patched(raw, 48, "<I", 0xa0000007), "mips64r6"),
        (_patched(raw, 48, "<I", 0x80000407), "NaN2008"),
        (_patched(raw, 54, "<H", 32), "program header entry size"),
        (_patched(raw, 24, "<Q", 0x1000), "entry point"),
        (raw[:200], "past the end of the file"),
        (raw[:len(raw) // 2], "past the end of the file"),
    ]
    for data, msg in cases:
        with pytest.raises(ElfError) as ei:
            parse_elf(data, "t")
        text = str(ei.value)
        assert msg in text and "\n" not in text, text
    with pytest.raises(ElfError, match="cannot read"):
        load_elf(tmp_path / "missing")
    with pytest.raises(ElfError, match="not a MIPS program"):
        load_elf(os.path.realpath(sys.executable))         # an x86-64 (or other host) ELF


def test_segment_sanity_checks(binaries):
    raw = binaries["hello"].read_bytes()
    phoff = struct.unpack_from("<Q", raw, 32)[0]
    im = parse_elf(raw)
    idx = next(i for i in range(im.phnum)
               if struct.unpack_from("<I", raw, phoff + i * 56)[0] == elf.PT_LOAD)
    ph = phoff + idx * 56
    with pytest.raises(ElfError, match="p_filesz"):
        parse_elf(_patched(raw, ph + 32, "<Q", 1 << 40))          # filesz > memsz
    with pytest.raises(ElfError, match="user address space"):
        parse_elf(_patched(raw, ph + 16, "<Q", 1 << 50))          # vaddr too high
    with pytest.raises(ElfError, match="power of two"):
        parse_elf(_patched(raw, ph + 48, "<Q", 0x3000))
    with pytest.raises(ElfError):
        parse_elf(_patched(raw, ph + 16, "<Q", (1 << 64) - 4096))  # overflow


def test_fuzz_truncations_and_byte_flips(binaries):
    """Every mutation either loads or raises ElfError -- never another exception."""
    raw = binaries["hello"].read_bytes()
    rng = random.Random(20240601)
    hdr_end = 64 + 56 * 8
    ok = bad = 0
    cuts = list(range(0, 600, 7)) + [rng.randrange(len(raw)) for _ in range(60)]
    for n in cuts:
        try:
            parse_elf(raw[:n])
            ok += 1
        except ElfError:
            bad += 1
    for _ in range(600):
        b = bytearray(raw)
        for _ in range(rng.randint(1, 4)):
            # mostly in the headers, where flips matter
            pos = rng.randrange(hdr_end) if rng.random() < 0.9 else rng.randrange(len(b))
            b[pos] = rng.randrange(256)
        try:
            im = parse_elf(bytes(b))
            ok += 1
            mm = FakeMM()
            try:
                if sum(s.memsz for s in im.loads) < (64 << 20):
                    map_image(im, mm, im.default_load_bias())
            except Exception as e:            # the fake mm may refuse odd layouts
                assert type(e).__name__ == "GuestError", repr(e)
        except ElfError as e:
            assert "\n" not in str(e)
            bad += 1
    for _ in range(100):
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(2000)))
        with pytest.raises(ElfError):
            parse_elf(b"\x7fELF" + junk)
    assert ok > 0 and bad > 0
