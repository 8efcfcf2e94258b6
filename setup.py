"""Build: generate the decoder from the instruction table, then compile the core."""

import os
import subprocess
import sys

from setuptools import Extension, find_packages, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
CORE = os.path.join("mipsvm", "core")


class BuildWithDecoder(build_ext):
    """Regenerate mipsvm/core/decode_gen.h from mipsvm/isa/table.py first."""

    def run(self):
        out = os.path.join(HERE, CORE, "decode_gen.h")
        subprocess.check_call([sys.executable, "-m", "mipsvm.isa.gen", out], cwd=HERE)
        super().run()


def extensions():
    from Cython.Build import cythonize

    ext = Extension(
        "mipsvm.core._core",
        [os.path.join(CORE, "_core.pyx")],
        include_dirs=[CORE],
        depends=[os.path.join(CORE, h) for h in ("cpu.h", "mem.h", "exec.h", "fpu.h", "tlb.h", "cp0.h", "priv.h", "decode_gen.h")],
        # -frounding-math: FPU results must follow the guest's FCSR.RM (fpu.h).
        extra_compile_args=["-O3", "-frounding-math", "-fno-strict-aliasing", "-Wno-unused-function"],
    )
    return cythonize([ext], compiler_directives={"language_level": "3"}, quiet=True)


setup(
    name="mipsvm",
    version="0.1.0",
    description="Instruction-level MIPS64 simulator with a Loongson-like split TLB and MIPS VZ",
    packages=find_packages(include=["mipsvm", "mipsvm.*"]),
    package_data={"mipsvm.core": ["*.h", "*.pyx"]},
    ext_modules=extensions(),
    cmdclass={"build_ext": BuildWithDecoder},
    entry_points={"console_scripts": ["mipsvm = mipsvm.sim.cli:main"]},
    python_requires=">=3.11",
)
