"""Linux/MIPS page-table layout for 16 KB pages and 3 levels: the one Python copy.

The values are those of a Loongson64 kernel (CONFIG_PAGE_SIZE_16KB,
CONFIG_PGTABLE_LEVELS=3, CPU_HAS_RIXI, MIPS_HUGE_TLB_SUPPORT): the bit layout of
arch/mips/include/asm/pgtable-bits.h, the level sizes of asm/pgtable-64.h and the
huge-page size of asm/page.h.  Everything at module level is a plain integer named
as in Linux, so a C header can be generated from this module; the helpers below
build and take apart entries.
"""

PAGE_SHIFT = 14
PAGE_SIZE = 1 << PAGE_SHIFT

# pgtable-64.h: every level is one page of 8-byte entries
PTRS_PER_TABLE = PAGE_SIZE >> 3                  # 2048
PTRS_PER_PTE = PTRS_PER_PMD = PTRS_PER_PGD = PTRS_PER_TABLE
PMD_SHIFT = PAGE_SHIFT + PAGE_SHIFT - 3           # 25
PMD_SIZE = 1 << PMD_SHIFT
PGDIR_SHIFT = PMD_SHIFT + PAGE_SHIFT - 3          # 36
PGDIR_SIZE = 1 << PGDIR_SHIFT
USER_VA_LIMIT = PTRS_PER_PGD << PGDIR_SHIFT       # 2^47: what the three levels cover
PAGE_OFFSET = 0x9800000000000000                  # xkphys, CCA 3: table pointers are PAGE_OFFSET | PA

# page.h: a huge page is what one PMD entry maps
HPAGE_SHIFT = PMD_SHIFT
HPAGE_SIZE = 1 << HPAGE_SHIFT                     # 32 MB
HUGETLB_PAGE_ORDER = HPAGE_SHIFT - PAGE_SHIFT     # 11

# pgtable-bits.h, 64-bit with RIXI: software bits first, then the EntryLo bits
_PAGE_PRESENT_SHIFT = 0
_PAGE_WRITE_SHIFT = 1
_PAGE_ACCESSED_SHIFT = 2
_PAGE_MODIFIED_SHIFT = 3
_PAGE_HUGE_SHIFT = 4
_PAGE_SPECIAL_SHIFT = 5
_PAGE_NO_EXEC_SHIFT = 6
_PAGE_NO_READ_SHIFT = 7
_PAGE_GLOBAL_SHIFT = 8
_PAGE_VALID_SHIFT = 9
_PAGE_DIRTY_SHIFT = 10
_CACHE_SHIFT = 11
_PAGE_PRESENT = 1 << _PAGE_PRESENT_SHIFT
_PAGE_WRITE = 1 << _PAGE_WRITE_SHIFT
_PAGE_ACCESSED = 1 << _PAGE_ACCESSED_SHIFT
_PAGE_MODIFIED = 1 << _PAGE_MODIFIED_SHIFT
_PAGE_HUGE = 1 << _PAGE_HUGE_SHIFT
_PAGE_SPECIAL = 1 << _PAGE_SPECIAL_SHIFT
_PAGE_NO_EXEC = 1 << _PAGE_NO_EXEC_SHIFT
_PAGE_NO_READ = 1 << _PAGE_NO_READ_SHIFT
_PAGE_GLOBAL = 1 << _PAGE_GLOBAL_SHIFT
_PAGE_VALID = 1 << _PAGE_VALID_SHIFT
_PAGE_DIRTY = 1 << _PAGE_DIRTY_SHIFT
_CACHE_CACHABLE_NONCOHERENT = 3 << _CACHE_SHIFT
PFN_PTE_SHIFT = PAGE_SHIFT - 12 + _CACHE_SHIFT + 3   # 16

# mipsregs.h: PageMask for a pair of base pages and for a huge page (16 MB per EntryLo)
PM_DEFAULT_MASK = 0x00006000
PM_HUGE_MASK = 0x01FFE000

_PROT_READ, _PROT_WRITE, _PROT_EXEC = 1, 2, 4    # mmap's PROT_* (asm/mman.h); abi imports this module


def make_pte(pa: int, prot: int, dirty: bool) -> int:
    """A present, valid, cacheable PTE for frame pa with mmap protection prot."""
    pte = (pa >> PAGE_SHIFT) << PFN_PTE_SHIFT
    pte |= _PAGE_PRESENT | _PAGE_VALID | _PAGE_ACCESSED | _CACHE_CACHABLE_NONCOHERENT
    if prot & _PROT_WRITE:
        pte |= _PAGE_WRITE
        if dirty:
            pte |= _PAGE_DIRTY | _PAGE_MODIFIED
    if not prot & _PROT_EXEC:
        pte |= _PAGE_NO_EXEC
    if not prot & _PROT_READ:
        pte |= _PAGE_NO_READ
    return pte


def make_huge_pmd(pa: int, prot: int, dirty: bool) -> int:
    """A huge PMD entry: a PTE-format value with _PAGE_HUGE, 32 MB aligned PFN."""
    assert not pa & (HPAGE_SIZE - 1), hex(pa)
    return make_pte(pa, prot, dirty) | _PAGE_HUGE


def pte_pa(pte: int) -> int:
    return ((pte >> PFN_PTE_SHIFT) << PAGE_SHIFT) & ((1 << 48) - 1)


def pte_to_entrylo(pte: int) -> int:
    """EntryLo for a PTE (pgtable-bits.h pte_to_entrylo with RIXI): the software
    bits drop out, NO_EXEC/NO_READ become XI/RI in bits 62/63."""
    return (pte >> _PAGE_GLOBAL_SHIFT) | ((pte & (_PAGE_NO_EXEC | _PAGE_NO_READ)) << (63 - _PAGE_NO_READ_SHIFT))
