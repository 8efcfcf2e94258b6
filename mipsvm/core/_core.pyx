# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""The compiled core: one hart, its physical memory and the fast loop.

Python sees a `Core` object; the loop itself (exec.h) runs without the GIL and
returns only on events (exception, budget)."""

from libc.stdint cimport uint8_t, uint32_t, uint64_t
from libc.stdlib cimport calloc, free
from libc.string cimport memcpy, memset

cdef extern from "sys/mman.h" nogil:
    void *mmap(void *addr, size_t length, int prot, int flags, int fd, long offset)
    int munmap(void *addr, size_t length)
    int madvise(void *addr, size_t length, int advice)
    int PROT_READ, PROT_WRITE, MAP_PRIVATE, MAP_ANONYMOUS, MAP_NORESERVE, MADV_DONTNEED
    void *MAP_FAILED

cdef extern from "exec.h" nogil:
    ctypedef struct CPUState:
        uint64_t gpr[32]
        uint64_t hi, lo, pc, npc
        int ds_pending
        uint64_t fpr[32]
        uint32_t fcsr, fir
        uint64_t userlocal, lladdr
        int llbit
        int event, exc_code, exc_bd, exc_access
        uint64_t exc_epc, exc_badvaddr
        uint32_t exc_insn, exc_tcode
        uint64_t icount, cycles
    ctypedef struct Machine:
        CPUState s
        uint8_t *pmem
        uint64_t pmem_size, pgd_pa, stat_tc_miss, stat_walks
    int mips_run(Machine *m, uint64_t max_icount)
    void tc_flush(Machine *m)
    void dc_init(Machine *m)
    void tc_flush_page(Machine *m, uint64_t va)
    int pt_walk(const Machine *m, uint64_t va, uint64_t *pte, int *huge, int store)
    uint64_t pte_page_pa(uint64_t pte, int huge, uint64_t va)
    int EV_NONE, EV_EXCEPTION, EV_BUDGET, EV_BREAKPOINT
    uint64_t PAGE_SIZE_C "PAGE_SIZE"

EVENT_EXCEPTION = EV_EXCEPTION
EVENT_BUDGET = EV_BUDGET
EVENT_BREAKPOINT = EV_BREAKPOINT
# FIR: F64, L, W, D, S implemented (paired single and 3D are not).
DEFAULT_FIR = 0x00730000

class PhysError(Exception):
    """A physical address outside simulated memory (a bus error)."""


cdef class Core:
    cdef Machine *m

    def __cinit__(self, uint64_t mem_size, uint32_t fir=0x00730000):
        if mem_size < 1 << 20 or mem_size % (1 << 14):
            raise ValueError("memory size must be a multiple of 16 KiB and at least 1 MiB")
        self.m = <Machine *>calloc(1, sizeof(Machine))
        if self.m == NULL:
            raise MemoryError()
        # Only pages the program touches cost host memory.
        cdef void *p = mmap(NULL, mem_size, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        if p == MAP_FAILED:
            free(self.m)
            self.m = NULL
            raise MemoryError("cannot reserve %d bytes of simulated memory" % mem_size)
        self.m.pmem = <uint8_t *>p
        self.m.pmem_size = mem_size
        self.m.s.fir = fir
        tc_flush(self.m)
        dc_init(self.m)

    def __dealloc__(self):
        if self.m != NULL:
            if self.m.pmem != NULL:
                munmap(self.m.pmem, self.m.pmem_size)
            free(self.m)

    # ---- running ----
    def run(self, uint64_t max_icount):
        """Execute until an event; returns EVENT_*."""
        cdef int ev
        with nogil:
            ev = mips_run(self.m, max_icount)
        return ev

    # ---- registers ----
    def get_gpr(self, unsigned i):
        return self.m.s.gpr[i & 31]

    def set_gpr(self, unsigned i, v):
        if i & 31:
            self.m.s.gpr[i & 31] = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)

    def get_fpr(self, unsigned i):
        return self.m.s.fpr[i & 31]

    def set_fpr(self, unsigned i, v):
        self.m.s.fpr[i & 31] = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)

    property pc:
        def __get__(self): return self.m.s.pc
        def __set__(self, v):
            # Resuming at an address (ERET, signal delivery, start): no delay slot pending.
            self.m.s.pc = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)
            self.m.s.npc = self.m.s.pc + 4
            self.m.s.ds_pending = 0
    property npc:
        def __get__(self): return self.m.s.npc
    property hi:
        def __get__(self): return self.m.s.hi
        def __set__(self, v): self.m.s.hi = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)
    property lo:
        def __get__(self): return self.m.s.lo
        def __set__(self, v): self.m.s.lo = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)
    property fcsr:
        def __get__(self): return self.m.s.fcsr
        def __set__(self, v): self.m.s.fcsr = <uint32_t>(v & 0xFFFFFFFF)
    property fir:
        def __get__(self): return self.m.s.fir
    property userlocal:
        def __get__(self): return self.m.s.userlocal
        def __set__(self, v): self.m.s.userlocal = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)
    property llbit:
        def __get__(self): return self.m.s.llbit
        def __set__(self, v): self.m.s.llbit = 1 if v else 0
    property icount:
        def __get__(self): return self.m.s.icount
        def __set__(self, uint64_t v): self.m.s.icount = v
    property stall_cycles:
        def __get__(self): return self.m.s.cycles
        def __set__(self, uint64_t v): self.m.s.cycles = v

    # ---- exception report ----
    property exc_code:
        def __get__(self): return self.m.s.exc_code
    property exc_bd:
        def __get__(self): return self.m.s.exc_bd
    property exc_epc:
        def __get__(self): return self.m.s.exc_epc
    property exc_badvaddr:
        def __get__(self): return self.m.s.exc_badvaddr
    property exc_insn:
        def __get__(self): return self.m.s.exc_insn
    property exc_tcode:
        def __get__(self): return self.m.s.exc_tcode
    property exc_access:
        def __get__(self): return self.m.s.exc_access

    # ---- translation ----
    property pgd_pa:
        def __get__(self): return self.m.pgd_pa
        def __set__(self, uint64_t v):
            self.m.pgd_pa = v
            tc_flush(self.m)

    def flush_tc(self):
        tc_flush(self.m)

    def flush_tc_page(self, uint64_t va):
        tc_flush_page(self.m, va)

    def walk(self, uint64_t va, bint store=False):
        """(exc, pte, huge, page_pa) from the page-table walker the loop uses."""
        cdef uint64_t pte = 0
        cdef int huge = 0
        cdef int exc = pt_walk(self.m, va, &pte, &huge, store)
        if exc:
            return exc, 0, False, 0
        return 0, pte, bool(huge), pte_page_pa(pte, huge, va)

    property tc_misses:
        def __get__(self): return self.m.stat_tc_miss
    property walks:
        def __get__(self): return self.m.stat_walks

    # ---- physical memory (bounds-checked) ----
    property mem_size:
        def __get__(self): return self.m.pmem_size

    cdef inline void _check(self, uint64_t pa, uint64_t n) except *:
        if n > self.m.pmem_size or pa > self.m.pmem_size - n:
            raise PhysError("physical access 0x%x+%d outside %d bytes of memory"
                            % (pa, n, self.m.pmem_size))

    def phys_read(self, uint64_t pa, uint64_t n):
        self._check(pa, n)
        return (<char *>self.m.pmem)[pa:pa + n]

    def phys_write(self, uint64_t pa, const uint8_t[:] data):
        cdef uint64_t n = data.shape[0]
        self._check(pa, n)
        if n:
            memcpy(self.m.pmem + pa, &data[0], n)

    def phys_read64(self, uint64_t pa):
        cdef uint64_t v
        self._check(pa, 8)
        memcpy(&v, self.m.pmem + pa, 8)
        return v

    def phys_write64(self, uint64_t pa, uint64_t v):
        self._check(pa, 8)
        memcpy(self.m.pmem + pa, &v, 8)

    def phys_fill64(self, uint64_t pa, uint64_t count, uint64_t v):
        """Write count copies of a 64-bit value (initialising a page table)."""
        cdef uint64_t i
        self._check(pa, count * 8)
        for i in range(count):
            memcpy(self.m.pmem + pa + i * 8, &v, 8)

    def phys_copy(self, uint64_t dst, uint64_t src, uint64_t n):
        self._check(dst, n)
        self._check(src, n)
        memcpy(self.m.pmem + dst, self.m.pmem + src, n)

    def phys_zero(self, uint64_t pa, uint64_t n):
        """Zero a range; whole host pages are handed back to the host."""
        self._check(pa, n)
        if (pa & 4095) == 0 and (n & 4095) == 0:
            madvise(self.m.pmem + pa, n, MADV_DONTNEED)
        else:
            memset(self.m.pmem + pa, 0, n)

    def state(self):
        """A snapshot of the architectural registers (for dumps and tests)."""
        return {
            "gpr": [self.m.s.gpr[i] for i in range(32)],
            "fpr": [self.m.s.fpr[i] for i in range(32)],
            "hi": self.m.s.hi, "lo": self.m.s.lo, "pc": self.m.s.pc,
            "fcsr": self.m.s.fcsr, "userlocal": self.m.s.userlocal,
        }
