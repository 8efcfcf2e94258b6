"""The KVM model (vm.py) and the guest kernel model (guest.py): --mode guest."""

from .guest import GuestCrash, GuestKernel, guest_kernel_config  # noqa: F401
from .vm import VM, GuestMemoryError  # noqa: F401
