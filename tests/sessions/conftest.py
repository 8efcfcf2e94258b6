"""Fixtures of the scripted sessions: a Debian mips64el sysroot and its
qemu twin.

The sysroot is built once by tools/make_sysroot.py into build/sysroot (the
.debs are cached in build/debs); without apt access to the Debian archive
the session tests are skipped with the reason.

qemu-user runs an exec'd program as a host program: without binfmt_misc a
mips64el child cannot start.  The qemu twin (build/sysroot-qemu) is the
sysroot hard-linked, with every executable ELF under the bin directories
replaced by a small host script that starts qemu-mips64el on the real file
(with argv[0] kept), so a shell under qemu runs mips64el children too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SYSROOT = os.path.join(REPO, "build", "sysroot")
QEMU_ROOT = os.path.join(REPO, "build", "sysroot-qemu")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "packages.txt")) as _f:
    PACKAGES = _f.read().split()                  # make setup builds the same sysroot
QEMU = [shutil.which("qemu-mips64el") or "qemu-mips64el", "-cpu", "MIPS64R2-generic"]
BIN_DIRS = ("bin", "sbin", "usr/bin", "usr/sbin")


def _have_packages():
    try:
        with open(os.path.join(SYSROOT, ".packages")) as f:
            return set(PACKAGES) <= set(f.read().split())
    except OSError:
        return False


@pytest.fixture(scope="session")
def sysroot():
    lock = SYSROOT + ".lock"
    os.makedirs(os.path.dirname(SYSROOT), exist_ok=True)
    import fcntl
    with open(lock, "w") as lf:
        fcntl.flock(lf, fcntl.LOCK_EX)            # pytest-xdist workers build it once
        if not _have_packages():
            r = subprocess.run([sys.executable, os.path.join(REPO, "tools", "make_sysroot.py"),
                                "--dest", SYSROOT, "--cache", os.path.join(REPO, "build", "debs")] + PACKAGES,
                               capture_output=True, text=True)
            if r.returncode != 0:
                pytest.skip("no Debian mips64el sysroot: " + (r.stderr.strip() or r.stdout.strip()))
        if not os.path.exists(os.path.join(QEMU_ROOT, ".complete")):
            _make_qemu_root()
    return SYSROOT


def _make_qemu_root():
    tmp = QEMU_ROOT + ".new"
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run(["cp", "-al", SYSROOT, tmp], check=True)
    qemu = shutil.which(QEMU[0]) or QEMU[0]
    for d in BIN_DIRS:
        full = os.path.join(tmp, d)
        if not os.path.isdir(full):
            continue
        for name in os.listdir(full):
            p = os.path.join(full, name)
            if os.path.islink(p) or not os.path.isfile(p):
                continue
            with open(p, "rb") as f:
                if f.read(4) != b"\x7fELF":
                    continue
            real = os.path.join(SYSROOT, d, name)
            os.unlink(p)
            with open(p, "w") as f:
                f.write('#!/bin/sh\nexec %s -cpu MIPS64R2-generic -L %s -0 "${0##*/}" %s "$@"\n'
                        % (qemu, QEMU_ROOT, real))
            os.chmod(p, 0o755)
    open(os.path.join(tmp, ".complete"), "w").close()
    shutil.rmtree(QEMU_ROOT, ignore_errors=True)
    os.rename(tmp, QEMU_ROOT)
