"""Differential tests: the C corpus under qemu-mips64el vs mipsvm."""
