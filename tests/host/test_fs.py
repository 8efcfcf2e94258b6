"""File-system confinement: nothing outside --fs-root may be read, created or changed."""

import os
import stat

import pytest

from mipsvm.host import abi, fs
from mipsvm.host.errors import GuestError, EACCES, ENOENT, ELOOP, ENOTDIR

from .fakes import FakeProcess

AT_FDCWD = abi.AT_FDCWD & abi.MASK64


@pytest.fixture
def world(tmp_path):
    """tmp/outside/secret (must stay untouched) and tmp/root (the guest's /)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret").write_bytes(b"TOP SECRET")
    root = tmp_path / "root"
    root.mkdir()
    (root / "sub").mkdir()
    (root / "sub" / "inner.txt").write_bytes(b"inner")
    (root / "hello.txt").write_bytes(b"hello")
    yield tmp_path, root, outside
    # the outside world is unchanged after every test
    assert sorted(os.listdir(outside)) == ["secret"]
    assert (outside / "secret").read_bytes() == b"TOP SECRET"
    assert sorted(os.listdir(tmp_path)) == ["outside", "root"]


def errno_of(fn, *a, **kw):
    try:
        fn(*a, **kw)
    except GuestError as e:
        return e.errno
    return 0


def read_guest(fsr, path, base=None):
    hfd, _ = fsr.open(path, os.O_RDONLY, 0, base)
    try:
        return os.read(hfd, 100)
    finally:
        os.close(hfd)


def test_root_is_slash_and_paths_resolve_inside(world):
    tmp, root, outside = world
    r = fs.FsRoot(root, host_cwd=tmp)          # host cwd outside the root -> "/"
    assert r.cwd == b"/"
    assert read_guest(r, b"/hello.txt") == b"hello"
    assert read_guest(r, b"hello.txt") == b"hello"
    assert read_guest(r, b"/sub/../hello.txt") == b"hello"
    assert read_guest(r, b"sub/./inner.txt") == b"inner"
    assert read_guest(r, b"//sub///inner.txt") == b"inner"
    r2 = fs.FsRoot(root, host_cwd=root / "sub")
    assert r2.cwd == b"/sub"
    assert read_guest(r2, b"inner.txt") == b"inner"
    assert read_guest(r2, b"../hello.txt") == b"hello"
    r.close()
    r2.close()


@pytest.mark.parametrize("path", [b"../outside/secret", b"/../outside/secret", b"..",
                                  b"sub/../../outside/secret", b"a/../../x", b"../x",
                                  b"sub/../../../../../etc/passwd"])
def test_dotdot_escape_is_eacces(world, path):
    tmp, root, outside = world
    r = fs.FsRoot(root, host_cwd=root)
    assert errno_of(r.open, path, os.O_RDONLY) in (EACCES, ENOENT)
    if b"a/" not in path:
        assert errno_of(r.open, path, os.O_RDONLY) == EACCES
    assert errno_of(r.stat, path) in (EACCES, ENOENT)
    r.close()


def test_dotdot_from_subdir_cwd(world):
    tmp, root, outside = world
    r = fs.FsRoot(root, host_cwd=root / "sub")
    assert errno_of(r.open, b"../../outside/secret", os.O_RDONLY) == EACCES
    assert errno_of(r.open, b"../../newfile", os.O_WRONLY | os.O_CREAT, 0o644) == EACCES
    r.close()


def test_absolute_paths_are_guest_paths(world):
    tmp, root, outside = world
    r = fs.FsRoot(root, host_cwd=root)
    assert errno_of(r.open, b"/etc/passwd", os.O_RDONLY) == ENOENT
    assert errno_of(r.open, os.fsencode(outside / "secret"), os.O_RDONLY) == ENOENT
    (root / "etc").mkdir()
    (root / "etc" / "passwd").write_bytes(b"guest passwd")
    assert read_guest(r, b"/etc/passwd") == b"guest passwd"
    r.close()


def test_symlink_to_etc_stays_inside(world):
    tmp, root, outside = world
    os.symlink("/etc", root / "evil")
    r = fs.FsRoot(root, host_cwd=root)
    assert errno_of(r.open, b"evil/passwd", os.O_RDONLY) == ENOENT
    assert errno_of(r.stat, b"evil") == ENOENT
    (root / "etc").mkdir()
    (root / "etc" / "passwd").write_bytes(b"fake")
    assert read_guest(r, b"evil/passwd") == b"fake"
    assert r.readlink(b"evil") == b"/etc"
    r.close()


def test_symlinks_pointing_outside(world):
    tmp, root, outside = world
    os.symlink("../outside", root / "up")                       # relative, escaping
    os.symlink(os.fspath(outside), root / "abs")                # absolute host path
    os.symlink("../outside/secret", root / "sub" / "deep")     # from a subdirectory
    r = fs.FsRoot(root, host_cwd=root)
    assert errno_of(r.open, b"up/secret", os.O_RDONLY) == EACCES
    assert errno_of(r.open, b"abs/secret", os.O_RDONLY) == ENOENT
    assert errno_of(r.open, b"sub/deep", os.O_RDONLY) == ENOENT       # = /outside/secret in the guest
    os.symlink("../../outside/secret", root / "sub" / "deeper")
    assert errno_of(r.open, b"sub/deeper", os.O_RDONLY) == EACCES
    # creating or deleting through them never touches the host outside
    assert errno_of(r.open, b"up/created", os.O_WRONLY | os.O_CREAT, 0o644) == EACCES
    assert errno_of(r.unlink, b"up/secret") == EACCES
    assert errno_of(r.mkdir, b"up/newdir", 0o755) == EACCES
    assert errno_of(r.rename, b"hello.txt", b"/", b"up/stolen", b"/") == EACCES
    assert errno_of(r.symlink, b"x", b"up/link") == EACCES
    assert errno_of(r.truncate, b"up/secret", 0) == EACCES
    assert errno_of(r.chmod, b"up/secret", 0o777) == EACCES
    assert errno_of(r.chdir, b"up") == EACCES
    r.close()


def test_dangling_symlink_create_lands_inside(world):
    tmp, root, outside = world
    os.symlink(os.fspath(outside / "made"), root / "dangle")   # absolute: guest /tmp/.../made
    os.symlink("../outside/made", root / "dangle2")
    r = fs.FsRoot(root, host_cwd=root)
    assert errno_of(r.open, b"dangle", os.O_WRONLY | os.O_CREAT, 0o644) == ENOENT
    assert errno_of(r.open, b"dangle2", os.O_WRONLY | os.O_CREAT, 0o644) == EACCES
    os.symlink("made_here", root / "dangle3")
    hfd, gpath = r.open(b"dangle3", os.O_WRONLY | os.O_CREAT, 0o644)
    os.close(hfd)
    assert gpath == b"/made_here" and (root / "made_here").exists()
    r.close()


def test_symlink_chain_and_loop(world):
    tmp, root, outside = world
    os.symlink("b", root / "a")
    os.symlink("c", root / "b")
    os.symlink("sub/../../outside/secret", root / "c")
    os.symlink("loop2", root / "loop1")
    os.symlink("loop1", root / "loop2")
    os.symlink("hello.txt", root / "h3")
    os.symlink("h3", root / "h2")
    os.symlink("/h2", root / "h1")
    r = fs.FsRoot(root, host_cwd=root)
    assert errno_of(r.open, b"a", os.O_RDONLY) == EACCES
    assert errno_of(r.open, b"loop1", os.O_RDONLY) == ELOOP
    assert read_guest(r, b"h1") == b"hello"
    # O_NOFOLLOW on a symlink: ELOOP, as Linux
    assert errno_of(r.open, b"h1", os.O_RDONLY | os.O_NOFOLLOW) == ELOOP
    r.close()


def test_trailing_slash_and_notdir(world):
    tmp, root, outside = world
    r = fs.FsRoot(root, host_cwd=root)
    assert errno_of(r.open, b"hello.txt/", os.O_RDONLY) == ENOTDIR
    assert errno_of(r.open, b"hello.txt/x", os.O_RDONLY) == ENOTDIR
    assert stat.S_ISDIR(r.stat(b"sub/").st_mode)
    assert stat.S_ISDIR(r.stat(b"/").st_mode)
    r.mkdir(b"newdir/", 0o755)
    assert (root / "newdir").is_dir()
    r.close()


def test_operations_inside_work(world):
    tmp, root, outside = world
    r = fs.FsRoot(root, host_cwd=root)
    r.mkdir(b"d", 0o755)
    hfd, gpath = r.open(b"d/f", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(hfd, b"abc")
    os.close(hfd)
    assert gpath == b"/d/f"
    r.rename(b"d/f", None, b"d/g", None)
    r.link(b"d/g", None, b"d/h", None)
    r.symlink(b"g", b"d/s")
    assert read_guest(r, b"d/s") == b"abc"
    r.chdir(b"d")
    assert r.cwd == b"/d"
    assert read_guest(r, b"h") == b"abc"
    r.unlink(b"h")
    r.unlink(b"s")
    r.unlink(b"/d/g")
    r.chdir(b"..")
    r.rmdir(b"d")
    assert not (root / "d").exists()
    assert errno_of(r.chdir, b"..") == EACCES          # cannot climb above "/"
    r.close()


def test_normalize_guest_path():
    n = fs.normalize_guest_path
    assert n(b"/a/b/../c") == b"/a/c"
    assert n(b"../../x", b"/") == b"/x"
    assert n(b"x/./y/", b"/base") == b"/base/x/y"
    assert n(b"/proc/self/exe") == b"/proc/self/exe"


def test_syscalls_cannot_escape(world):
    tmp, root, outside = world
    p = FakeProcess(root=root, cwd=root)
    assert p.sys("openat", AT_FDCWD, p.cstr("../outside/secret"), abi.O_RDONLY, 0) == -EACCES
    assert p.sys("open", p.cstr("/../outside/secret"), abi.O_RDONLY, 0) == -EACCES
    assert p.sys("open", p.cstr("../outside/new"), abi.O_WRONLY | abi.O_CREAT, 0o644) == -EACCES
    assert p.sys("mkdir", p.cstr("../outside/dir"), 0o755) == -EACCES
    assert p.sys("unlink", p.cstr("../outside/secret"), 0) == -EACCES
    assert p.sys("rename", p.cstr("hello.txt"), p.cstr("../outside/x")) == -EACCES
    assert p.sys("chdir", p.cstr("..")) == -EACCES
    buf = p.alloc(104)
    assert p.sys("stat", p.cstr("../outside/secret"), buf) == -EACCES
    os.symlink("../outside", root / "up")
    assert p.sys("open", p.cstr("up/secret"), abi.O_RDONLY, 0) == -EACCES
    assert p.sys("readlink", p.cstr("up"), buf, 100) == 10      # reading a link is fine
    # a directory fd as the base of *at calls stays confined too
    dfd = p.sys("open", p.cstr("sub"), abi.O_RDONLY | abi.O_DIRECTORY, 0)
    assert p.sys("openat", dfd, p.cstr("../../outside/secret"), abi.O_RDONLY, 0) == -EACCES
    assert p.sys("openat", dfd, p.cstr("inner.txt"), abi.O_RDONLY, 0) > 0
    p.close()
