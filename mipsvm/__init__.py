"""mipsvm: an instruction-level MIPS64 simulator with a Loongson-like split TLB and VZ."""

__version__ = "0.1.0"
