#!/usr/bin/env python3
"""Build a mips64el sysroot from Debian packages: the packages named and
everything they depend on (Depends and Pre-Depends, recursively).

    python tools/make_sysroot.py [--dest build/sysroot] [--cache build/debs] PACKAGE...

Downloads go through apt (``dpkg --add-architecture mips64el`` and
``apt-get update`` first when the architecture is not known yet: that needs
root; after the download nothing does).  Each .deb is unpacked with
``dpkg-deb -x``; absolute symlinks are made relative so the tree works both
as ``mipsvm run --sysroot`` and as ``qemu-mips64el -L``.  DEST/.packages lists
what was unpacked.  Exit status 2 with one line when apt cannot reach the
Debian archive.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys

ARCH = "mips64el"


class SysrootError(Exception):
    pass


def _run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def ensure_arch():
    r = _run(["dpkg", "--print-foreign-architectures"])
    if r.returncode != 0:
        raise SysrootError("dpkg is not available (a Debian system is needed)")
    if ARCH in r.stdout.split():
        if _run(["apt-cache", "show", f"libc6:{ARCH}"]).returncode == 0:
            return
    if os.geteuid() != 0:
        raise SysrootError(f"the {ARCH} architecture is not set up in apt; as root run: "
                           f"dpkg --add-architecture {ARCH} && apt-get update")
    _run(["dpkg", "--add-architecture", ARCH])
    r = _run(["apt-get", "update", "-qq"])
    if r.returncode != 0 or _run(["apt-cache", "show", f"libc6:{ARCH}"]).returncode != 0:
        raise SysrootError("apt-get update failed (no network to the Debian archive?): "
                           + (r.stderr.strip().splitlines() or ["?"])[-1])


def closure(packages):
    """The packages and their Depends/Pre-Depends, for ARCH, sorted."""
    cmd = ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
           "--no-breaks", "--no-replaces", "--no-enhances"] + [f"{p}:{ARCH}" for p in packages]
    r = _run(cmd)
    if r.returncode != 0:
        raise SysrootError("apt-cache depends failed: " + r.stderr.strip().splitlines()[-1])
    names = set()
    for line in r.stdout.splitlines():
        if line.startswith(" ") or line.startswith("<"):
            continue
        if line.endswith(f":{ARCH}"):
            names.add(line[:-len(ARCH) - 1])
    return sorted(names | set(packages))


def download(names, cache):
    os.makedirs(cache, exist_ok=True)
    have = {f.split("_")[0] for f in os.listdir(cache) if f.endswith(".deb")}
    missing = [n for n in names if n not in have]
    if missing:
        r = _run(["apt-get", "download", "-q"] + [f"{n}:{ARCH}" for n in missing], cwd=cache)
        if r.returncode != 0:
            raise SysrootError("apt-get download failed (no network to the Debian archive?): "
                               + (r.stderr.strip().splitlines() or ["?"])[-1])
    debs = {}
    for f in sorted(os.listdir(cache)):
        if f.endswith(".deb"):
            debs.setdefault(f.split("_")[0], os.path.join(cache, f))
    return [debs[n] for n in names if n in debs]


def relative_symlinks(root):
    """An absolute link target means the sysroot's path; make it relative."""
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                t = os.readlink(p)
                if t.startswith("/"):
                    rel = os.path.relpath(os.path.join(root, t.lstrip("/")), dirpath)
                    os.unlink(p)
                    os.symlink(rel, p)


def build(packages, dest, cache):
    ensure_arch()
    names = closure(packages)
    debs = download(names, cache)
    tmp = dest + ".new"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    for d in debs:
        r = _run(["dpkg-deb", "-x", d, tmp])
        if r.returncode != 0:
            raise SysrootError(f"dpkg-deb -x {d} failed: {r.stderr.strip()}")
    relative_symlinks(tmp)
    # what maintainer scripts would add: dash's postinst makes /bin/sh, and
    # update-alternatives makes awk (gawk's postinst)
    for link, target in (("bin/sh", "dash"), ("usr/bin/awk", "gawk")):
        p = os.path.join(tmp, link)
        if os.path.exists(os.path.join(os.path.dirname(p), target)) and not os.path.lexists(p):
            os.symlink(target, p)
    with open(os.path.join(tmp, ".packages"), "w") as f:
        f.write("\n".join(sorted(packages)) + "\n")
    shutil.rmtree(dest, ignore_errors=True)
    os.rename(tmp, dest)
    return names


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dest", default="build/sysroot")
    p.add_argument("--cache", default="build/debs")
    p.add_argument("packages", nargs="+")
    a = p.parse_args(argv)
    try:
        names = build(a.packages, os.path.abspath(a.dest), os.path.abspath(a.cache))
    except SysrootError as e:
        sys.stderr.write(f"make_sysroot: {e}\n")
        return 2
    print(f"{a.dest}: {len(names)} packages ({', '.join(names)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
