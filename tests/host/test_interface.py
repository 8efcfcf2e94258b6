"""Process and the test fake both provide what syscalls and signals use (interface.Proc)."""

import os

from mipsvm.core import Core
from mipsvm.host.interface import Machine, Memory, Proc
from mipsvm.host.mm import AddressSpace
from mipsvm.host.process import Task

from .fakes import FakeMM, FakeMachine, FakeProcess

HELLO = os.path.join(os.path.dirname(__file__), "..", "..", "workloads", "bin", "hello")


def test_fake_process_satisfies_the_protocol(tmp_path):
    p = FakeProcess(root=tmp_path)
    assert isinstance(p, Proc) and isinstance(p.machine, Machine) and isinstance(p.mm, Memory)
    assert isinstance(FakeMachine(), Machine) and isinstance(FakeMM(), Memory)
    del p.sys_state                   # the check sees data members, not only methods
    assert not isinstance(p, Proc)
    p.close()


def test_process_satisfies_the_protocol(tmp_path):
    import mipsvm
    system = mipsvm.System(mipsvm.SystemConfig(memory=mipsvm.Memory(size=64 << 20)))
    p = system.load(HELLO, fs_root=str(tmp_path))
    assert isinstance(p, Task)
    assert isinstance(p, Proc) and isinstance(p.machine, Machine) and isinstance(p.mm, Memory)
    assert p.mem_size == 64 << 20 and p.ppid == p.pid - 1
    assert isinstance(Core(16 << 20), Machine) and isinstance(AddressSpace(Core(16 << 20)), Memory)
