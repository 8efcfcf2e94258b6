"""Sizes of the MMU's arrays (the one copy: mmu_gen.h gives them to the C code,
the configuration checks TLB parameters against them)."""

TLB_MAX_VTLB = 64          # VTLB entries
TLB_MAX_FTLB = 2048        # FTLB entries (sets x ways)
UTLB_MAX = 64              # entries of each micro-TLB
