"""Program loading: ELF validation, segment mapping and the initial stack."""

from .elf import (ElfError, ElfImage, Segment, load_elf, parse_elf, map_image, build_stack,
                  load_program, load_interp, open_source, LoadedProgram, symbols, PAGE_SIZE, TASK_SIZE,
                  DYN_BASE, DEFAULT_STACK_TOP, DEFAULT_STACK_SIZE)

__all__ = ["ElfError", "ElfImage", "Segment", "load_elf", "parse_elf", "map_image", "build_stack",
           "load_program", "load_interp", "open_source", "LoadedProgram", "symbols", "PAGE_SIZE",
           "TASK_SIZE", "DYN_BASE", "DEFAULT_STACK_TOP", "DEFAULT_STACK_SIZE"]
