"""Build: generate the decoder from the instruction table, then compile the core."""

import os
import subprocess
import sys

from setuptools import Extension, find_packages, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
CORE = os.path.join("mipsvm", "core")


MMU = os.path.join("mipsvm", "mmu")
CP0 = os.path.join("mipsvm", "cp0")
VZ = os.path.join("mipsvm", "vz")
# Generated headers: (generator module, output) -- the tables are the one source.
GENERATED = (("mipsvm.isa.gen", os.path.join(CORE, "decode_gen.h")),
             ("mipsvm.cp0.gen", os.path.join(CP0, "cp0_gen.h")),
             ("mipsvm.mmu.gen", os.path.join(MMU, "mmu_gen.h")))


class BuildWithGenerated(build_ext):
    """Regenerate the decoder (isa/table.py), the CP0 header (cp0/regs.py) and
    the page-table layout (host/pgtable.py) first."""

    def run(self):
        for module, out in GENERATED:
            subprocess.check_call([sys.executable, "-m", module, os.path.join(HERE, out)], cwd=HERE)
        super().run()


def extensions():
    from Cython.Build import cythonize

    ext = Extension(
        "mipsvm.core._core",
        [os.path.join(CORE, "_core.pyx")],
        include_dirs=[CORE, MMU, CP0, VZ],
        depends=[os.path.join(d, h) for d in (CORE, MMU, CP0, VZ) for h in os.listdir(os.path.join(HERE, d))
                 if h.endswith(".h")] + [out for _, out in GENERATED],
        # -frounding-math: FPU results must follow the guest's FCSR.RM (fpu.h).
        extra_compile_args=["-O3", "-frounding-math", "-fno-strict-aliasing", "-Wno-unused-function"],
    )
    return cythonize([ext], compiler_directives={"language_level": "3"}, quiet=True)


setup(
    name="mipsvm",
    version="0.1.0",
    description="Instruction-level MIPS64 simulator with a Loongson-like split TLB and MIPS VZ",
    packages=find_packages(include=["mipsvm", "mipsvm.*"]),
    package_data={"mipsvm.core": ["*.h", "*.pyx"], "mipsvm.mmu": ["*.h"], "mipsvm.cp0": ["*.h"],
                  "mipsvm.vz": ["*.h"]},
    ext_modules=extensions(),
    cmdclass={"build_ext": BuildWithGenerated},
    entry_points={"console_scripts": ["mipsvm = mipsvm.sim.cli:main"]},
    python_requires=">=3.11",
)
