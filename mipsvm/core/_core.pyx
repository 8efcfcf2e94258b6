# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""The compiled core: one machine -- a hart, its CP0, its MMU and physical
memory -- and the fast loop.

Python sees a `Core` object; the loop itself (exec.h) runs without the GIL and
returns only on events (an exception for the host kernel, the budget)."""

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
        uint64_t lladdr
        int llbit
        int event, exc_code, exc_bd, exc_access
        uint64_t exc_epc, exc_badvaddr
        uint32_t exc_insn, exc_tcode
        int exc_gexc
        uint64_t icount, cycles, last_pc
        uint32_t last_insn
    ctypedef struct TLBEntry:
        uint64_t vpn2, mask
        uint64_t lo[2]
        uint32_t asid, tag
        int g, valid
    ctypedef struct TLBState:
        int vtlb_size, ftlb_sets, ftlb_ways, ftlb_enabled
        uint64_t ftlb_pagemask, rng
        TLBEntry e[1]
        uint64_t refill_vtlb[2]
        uint64_t refill_ftlb[2]
        uint64_t refill_small[2]
        uint64_t refill_huge[2]
        uint64_t refills_level[2]
        uint64_t refills_taken, gpa_refills, jtlb_hit, mcheck
    ctypedef struct UTLB:
        int size
        uint64_t misses, fills
    ctypedef struct PhysMem:
        uint8_t *base
        uint64_t size
    ctypedef struct MMU:
        PhysMem phys
        int tlb_mode, segbits, pabits
        uint64_t segmask, pamask, pgd_pa, lat_utlb_miss
        uint64_t *stall
        TLBState tlb
        UTLB utlb[2]
        uint64_t stat_tc_miss, stat_walks, stat_dacc, stat_dstore
        uint64_t stat_guest_pt_loads, stat_guest_pt_root_misses
    ctypedef struct CP0Ctx:
        uint64_t r[256]
        uint64_t wmask[256]
    ctypedef struct Machine:
        CPUState s
        CP0Ctx cp0[2]
        int tlb_mode, vz, in_guest, guestid
        int in_refill[2]
        unsigned host_vectors
        int probe
        uint64_t lat_exc, lat_eret
        uint64_t exc_taken[2][32]
        uint64_t exits[32]
        uint64_t gexits[32]
        uint64_t timer_icount
        uint32_t ccres, synci_step
        MMU mmu
    uint64_t cp0_read(Machine *m, CP0Ctx *c, unsigned idx, int is32)
    void cp0_write(Machine *m, CP0Ctx *c, unsigned idx, uint64_t v, int is32)
    void machine_sync_cp0(Machine *m)
    int machine_kernel_mode(const Machine *m)
    uint64_t do_eret(Machine *m, int ctx)
    int exc_enter(Machine *m, int ctx, int code, uint64_t epc, int bd, uint64_t bad, uint32_t insn,
                  uint32_t branch_insn, int flags, int gexc, uint64_t *vec)
    void timer_rearm(Machine *m)
    void tlb_probe(Machine *m, CP0Ctx *c, uint32_t tag)
    void tlb_read_index(Machine *m, CP0Ctx *c, uint32_t tag, int any_guestid)
    int tlb_write_index(Machine *m, CP0Ctx *c, uint32_t tag, int idx)
    int tlb_random_index(Machine *m, CP0Ctx *c)
    void tlb_invalidate(Machine *m, CP0Ctx *c, uint32_t tag, int flush_all)
    int tlb_index_reg(const CP0Ctx *c)
    uint32_t tlb_tag_root_op(const Machine *m)
    uint32_t tlb_tag_tlbg_op(const Machine *m)
    int tlb_total(const TLBState *t)
    void tlb_init(TLBState *t)
    int TLB_MAX_VTLB, TLB_MAX_FTLB, UTLB_MAX
    int mips_run(Machine *m, uint64_t max_icount)
    ctypedef struct DbgRec:
        uint8_t kind, flags
    ctypedef struct DbgState:
        DbgRec *ring
        uint32_t cap, n
        unsigned rec, stop_on
        int nbp, nwp
        uint64_t bp[1]
        uint64_t wp_lo[16]
        uint64_t wp_hi[16]
        unsigned wp_kind[16]
        int skip
        uint64_t skip_pc
        int reason
        uint64_t stop_addr
        unsigned stop_kind
        int pending
    int mips_run_logged(Machine *m, uint64_t max_icount, DbgState *d)
    void dbg_init(DbgState *d)
    int dbg_bp_add(DbgState *d, uint64_t pc)
    int dbg_bp_remove(DbgState *d, uint64_t pc)
    int DBG_BP_SLOTS, DBG_MAX_WP, DBG_SLACK, EV_DEBUG
    int DBG_INSN, DBG_REGS, DBG_MEM, DBG_EXC, DBG_TLBW, DBG_GEXIT, DBG_ERET
    int DREC_INSN, DREC_REG, DREC_MEM, DREC_EXC, DREC_TLBW, DREC_ERET
    int DSTOP_BREAK, DSTOP_WATCH, DSTOP_FULL, DSTOP_EXC, DSTOP_TLBW, DSTOP_GEXIT, DSTOP_ERET
    void tc_flush(MMU *u)
    void tc_flush_page(MMU *u, uint64_t va)
    void mmu_utlb_flush_all(MMU *u)
    void utlb_init(UTLB *t)
    void dc_init(Machine *m)
    int pt_walk(const PhysMem *p, uint64_t pgd, uint64_t pamask, uint64_t va, uint64_t *pte,
                int *huge, int store)
    uint64_t pte_page_pa(uint64_t pte, int huge, uint64_t va, uint64_t pamask)
    int EV_NONE, EV_EXCEPTION, EV_BUDGET, EV_MAGIC
    int EXCF_REFILL, CTX_ROOT, CTX_GUEST, NO_EXIT
    unsigned HOST_VECTORS_LINUX
    int EXC_PROBE_C "EXC_PROBE"
    int CP0_STATUS, CP0_EPC, CP0_USERLOCAL
    unsigned char cp0_is64[256]
    unsigned char cp0_guest[256]

EVENT_EXCEPTION = EV_EXCEPTION
EVENT_BUDGET = EV_BUDGET
EVENT_MAGIC = EV_MAGIC         # a magic instruction retired; exc_tcode = its SYNC stype
EVENT_DEBUG = EV_DEBUG
# The logged loop's constants (dbg.h): what to record / stop on, record kinds, stop reasons.
DBG = {"insn": DBG_INSN, "regs": DBG_REGS, "mem": DBG_MEM, "exc": DBG_EXC, "tlbw": DBG_TLBW,
       "gexit": DBG_GEXIT, "eret": DBG_ERET}
DREC = {"insn": DREC_INSN, "reg": DREC_REG, "mem": DREC_MEM, "exc": DREC_EXC, "tlbw": DREC_TLBW,
        "eret": DREC_ERET}
DSTOP = {"break": DSTOP_BREAK, "watch": DSTOP_WATCH, "full": DSTOP_FULL, "exc": DSTOP_EXC,
         "tlbw": DSTOP_TLBW, "gexit": DSTOP_GEXIT, "eret": DSTOP_ERET}
EXC_PROBE = EXC_PROBE_C        # exc_code of an SDBBP with the probe attached (not an ExcCode)
# FIR: F64, L, W, D, S implemented (paired single and 3D are not).
DEFAULT_FIR = 0x00730000
# Vector classes (machine.h VEC_*), for host_vectors.
VECTORS = {"tlb_refill": 0, "xtlb_refill": 1, "cache_error": 2, "general": 3, "interrupt": 4}

_CP0_INDEX = {}


def _cp0_index(name):
    """reg*8+sel of a register named as in the CP0 table (mipsvm/cp0/regs.py)."""
    i = _CP0_INDEX.get(name)
    if i is None:
        from ..cp0 import regs
        i = _CP0_INDEX[name] = regs.index(name)
    return i


class PhysError(Exception):
    """A physical address outside simulated memory (a bus error)."""


cdef class Core:
    cdef Machine *m
    cdef DbgState *dbg
    cdef public object model

    def __cinit__(self, uint64_t mem_size, uint32_t fir=DEFAULT_FIR, bint tlb_mode=False,
                  vtlb=None, ftlb_sets=None, ftlb_ways=None, itlb=None, dtlb=None,
                  uint64_t seed=0, uint64_t lat_utlb_miss=0, uint64_t lat_exc=0, uint64_t lat_eret=0,
                  model=None):
        # The CPU model (mipsvm/models/cpu.py) with any geometry given here: it
        # sizes the TLB structures and gives CP0 its reset values.
        import dataclasses
        from ..cp0 import regs as _regs
        m0 = _regs.model_of(model)
        geo = {"vtlb_size": vtlb, "ftlb_sets": ftlb_sets, "ftlb_ways": ftlb_ways,
               "itlb_size": itlb, "dtlb_size": dtlb}
        m0 = dataclasses.replace(m0, **{k: v for k, v in geo.items() if v is not None})
        if m0.ftlb_sets == 0 and m0.ftlb_ways:
            m0 = dataclasses.replace(m0, ftlb_ways=0)
        if not (0 < m0.vtlb_size <= TLB_MAX_VTLB and 0 <= m0.ftlb_sets * m0.ftlb_ways <= TLB_MAX_FTLB
                and 0 < m0.itlb_size <= UTLB_MAX and 0 < m0.dtlb_size <= UTLB_MAX
                and (m0.ftlb_sets & (m0.ftlb_sets - 1)) == 0):
            raise ValueError("bad TLB geometry")
        if mem_size < 1 << 20 or mem_size % (1 << 14):
            raise ValueError("memory size must be a multiple of 16 KiB and at least 1 MiB")
        self.model = m0
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
        cdef MMU *u = &self.m.mmu
        u.phys.base = <uint8_t *>p
        u.phys.size = mem_size
        u.segbits, u.pabits = m0.segbits, m0.pabits
        u.segmask = (<uint64_t>3 << 62) | ((<uint64_t>1 << m0.segbits) - 1)
        u.pamask = (<uint64_t>1 << m0.pabits) - 1
        u.stall = &self.m.s.cycles
        u.lat_utlb_miss = lat_utlb_miss
        u.tlb_mode = tlb_mode
        cdef TLBState *t = &u.tlb
        tlb_init(t)
        t.vtlb_size, t.ftlb_sets, t.ftlb_ways = m0.vtlb_size, m0.ftlb_sets, m0.ftlb_ways
        t.ftlb_enabled = m0.ftlb_sets * m0.ftlb_ways > 0
        t.ftlb_pagemask = ((<uint64_t>1 << (m0.ftlb_page_shift + 1)) - 1) & ~<uint64_t>0x1FFF
        u.utlb[0].size, u.utlb[1].size = m0.dtlb_size, m0.itlb_size
        utlb_init(&u.utlb[0])
        utlb_init(&u.utlb[1])
        t.rng = ((seed * 0x9E3779B97F4A7C15 + 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF) or 1  # xorshift state, never 0
        self.m.s.fir = fir
        self.m.tlb_mode = tlb_mode
        self.m.vz = tlb_mode and m0.vz
        self.m.guestid = m0.guestid_bits > 0
        self.m.host_vectors = HOST_VECTORS_LINUX
        self.m.probe = 0
        self.m.ccres, self.m.synci_step = m0.ccres, m0.synci_step
        self.m.timer_icount = 0xFFFFFFFFFFFFFFFF
        self.m.lat_exc, self.m.lat_eret = lat_exc, lat_eret
        cdef int i
        for i in range(256):
            self.m.cp0[CTX_ROOT].wmask[i] = 0xFFFFFFFFFFFFFFFF
        tc_flush(u)
        mmu_utlb_flush_all(u)
        dc_init(self.m)
        if tlb_mode:                   # hardware reset of CP0, root and guest contexts
            self.cp0_load(_regs.reset_array(m0), _regs.wmask_array(m0))
            if m0.vz:
                self.gcp0_load(_regs.reset_array(m0, guest=True), _regs.guest_wmask_array(m0))
        else:                          # the ideal MMU runs user code: Status.KSU = user, UX
            self.m.cp0[CTX_ROOT].r[CP0_STATUS] = (2 << 3) | 0xE0
            machine_sync_cp0(self.m)

    def __dealloc__(self):
        if self.dbg != NULL:
            free(self.dbg.ring)
            free(self.dbg)
        if self.m != NULL:
            if self.m.mmu.phys.base != NULL:
                munmap(self.m.mmu.phys.base, self.m.mmu.phys.size)
            free(self.m)

    # ---- running ----
    def run(self, uint64_t max_icount):
        """Execute until an event; returns EVENT_*."""
        cdef int ev
        with nogil:
            ev = mips_run(self.m, max_icount)
        return ev

    # ---- the logged loop (loop.h with MIPS_LOGGED, state in dbg.h) ----
    cdef DbgState *_dbg(self) except NULL:
        if self.dbg == NULL:
            self.dbg = <DbgState *>calloc(1, sizeof(DbgState))
            if self.dbg == NULL:
                raise MemoryError()
            dbg_init(self.dbg)
            self.dbg_capacity(65536)
        return self.dbg

    def dbg_capacity(self, uint32_t records):
        """Size of the record buffer (records of 40 bytes; drained first)."""
        cdef DbgState *d = self._dbg()
        if records < 2 * DBG_SLACK:
            raise ValueError("record buffer of %d records is too small (minimum %d)" % (records, 2 * DBG_SLACK))
        cdef DbgRec *r = <DbgRec *>calloc(records, sizeof(DbgRec))
        if r == NULL:
            raise MemoryError()
        free(d.ring)
        d.ring, d.cap, d.n = r, records, 0

    property dbg_record:
        """DBG_* bits (mipsvm.core.DBG): what the logged loop records."""
        def __get__(self): return self._dbg().rec
        def __set__(self, unsigned v): self._dbg().rec = v
    property dbg_stop_on:
        """DBG_EXC / DBG_TLBW / DBG_GEXIT / DBG_ERET bits: events the logged loop stops at."""
        def __get__(self): return self._dbg().stop_on
        def __set__(self, unsigned v): self._dbg().stop_on = v

    def run_logged(self, uint64_t max_icount, bint skip=False):
        """The logged loop: like run(), plus records and stops (EVENT_DEBUG,
        then dbg_stop()). skip: no breakpoint or watchpoint stop at the
        current pc before its instruction retires (resuming from one)."""
        cdef DbgState *d = self._dbg()
        cdef int ev
        d.reason = 0
        d.pending = 0
        d.skip = skip
        d.skip_pc = self.m.s.pc
        with nogil:
            ev = mips_run_logged(self.m, max_icount, d)
        if ev != EV_DEBUG:
            d.skip = 0
        return ev

    def dbg_stop(self):
        """(reason, address, watch kind) of the last EVENT_DEBUG (dbg.h DSTOP_*, WP_*)."""
        cdef DbgState *d = self._dbg()
        return d.reason, d.stop_addr, d.stop_kind

    def dbg_drain(self):
        """The records since the last drain (40 bytes each, '<BBHIQQQQ'), emptied."""
        cdef DbgState *d = self._dbg()
        out = (<char *>d.ring)[:d.n * sizeof(DbgRec)]
        d.n = 0
        return out

    property dbg_count:
        def __get__(self): return self._dbg().n

    def bp_add(self, uint64_t pc):
        """A breakpoint: the logged loop stops before executing pc. False if the set is full."""
        return dbg_bp_add(self._dbg(), pc) == 0

    def bp_remove(self, uint64_t pc):
        return dbg_bp_remove(self._dbg(), pc) == 0

    def bp_list(self):
        cdef DbgState *d = self._dbg()
        cdef int i
        return sorted(d.bp[i] for i in range(DBG_BP_SLOTS) if d.bp[i] != 0xFFFFFFFFFFFFFFFF)

    def wp_add(self, uint64_t addr, uint64_t size, unsigned kind):
        """A watchpoint on [addr, addr+size): kind 1 write, 2 read, 3 access. False if full."""
        cdef DbgState *d = self._dbg()
        if d.nwp >= DBG_MAX_WP or size == 0 or not 1 <= kind <= 3:
            return False
        d.wp_lo[d.nwp], d.wp_hi[d.nwp], d.wp_kind[d.nwp] = addr, addr + size, kind
        d.nwp += 1
        return True

    def wp_remove(self, uint64_t addr, uint64_t size, unsigned kind):
        cdef DbgState *d = self._dbg()
        cdef int i
        for i in range(d.nwp):
            if d.wp_lo[i] == addr and d.wp_hi[i] == addr + size and d.wp_kind[i] == kind:
                d.nwp -= 1
                d.wp_lo[i], d.wp_hi[i], d.wp_kind[i] = d.wp_lo[d.nwp], d.wp_hi[d.nwp], d.wp_kind[d.nwp]
                return True
        return False

    def wp_list(self):
        cdef DbgState *d = self._dbg()
        return [(d.wp_lo[i], d.wp_hi[i] - d.wp_lo[i], d.wp_kind[i]) for i in range(d.nwp)]
    property probe:
        """An EJTAG probe is attached (the simulator): SDBBP ends the run with
        exc_code EXC_PROBE instead of a Reserved Instruction (bare-metal exit)."""
        def __get__(self): return bool(self.m.probe)
        def __set__(self, bint v): self.m.probe = v

    property host_vectors:
        """Vector classes (bits 1 << VECTORS[name]) whose exceptions return to
        Python after the hardware entry; the others run the code at the vector."""
        def __get__(self): return self.m.host_vectors
        def __set__(self, unsigned v): self.m.host_vectors = v

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
        """CP0 UserLocal, which RDHWR $29 reads (Linux's set_thread_area writes it)."""
        def __get__(self): return self.m.cp0[CTX_ROOT].r[CP0_USERLOCAL]
        def __set__(self, v): self.m.cp0[CTX_ROOT].r[CP0_USERLOCAL] = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)
    property llbit:
        def __get__(self): return self.m.s.llbit
        def __set__(self, v): self.m.s.llbit = 1 if v else 0
    property icount:
        def __get__(self): return self.m.s.icount
        def __set__(self, uint64_t v): self.m.s.icount = v
    property last_pc:
        """pc of the last instruction the loop fetched (retired if icount moved)."""
        def __get__(self): return self.m.s.last_pc
    property last_insn:
        def __get__(self): return self.m.s.last_insn
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

    # ---- the ideal MMU (--mmu ideal): the walker's tables and its cache ----
    property pgd_pa:
        def __get__(self): return self.m.mmu.pgd_pa
        def __set__(self, uint64_t v):
            self.m.mmu.pgd_pa = v
            tc_flush(&self.m.mmu)

    def flush_tc(self):
        """--mmu ideal: the page tables changed, drop every cached translation."""
        tc_flush(&self.m.mmu)

    def flush_tc_range(self, uint64_t start, uint64_t end):
        """--mmu ideal: the mappings of [start, end) changed: drop those translations."""
        cdef uint64_t va
        if end <= start:
            return
        if (end - start) >> 14 <= 4096:
            va = start & ~<uint64_t>0x3FFF
            while va < end:
                tc_flush_page(&self.m.mmu, va)
                va += 0x4000
        else:
            tc_flush(&self.m.mmu)

    def walk(self, uint64_t va, bint store=False, pgd=None):
        """(exc, pte, huge, page_pa) from the page-table walker of the ideal MMU,
        over the tables at physical address pgd (default: the walker's own)."""
        cdef uint64_t pte = 0
        cdef uint64_t base = self.m.mmu.pgd_pa if pgd is None else pgd
        cdef int huge = 0
        cdef int exc = pt_walk(&self.m.mmu.phys, base, self.m.mmu.pamask, va, &pte, &huge, store)
        if exc:
            return exc, 0, False, 0
        return 0, pte, bool(huge), pte_page_pa(pte, huge, va, self.m.mmu.pamask)

    # ---- the TLB instructions, as the host kernel executes them (root CP0) ----
    cdef void _need_tlb(self) except *:
        if not self.m.tlb_mode:
            raise RuntimeError("TLB instructions need the TLB model (tlb_mode=True)")

    def tlbp(self):
        """TLBP: Index = the entry matching EntryHi, or Index.P set."""
        self._need_tlb()
        tlb_probe(self.m, &self.m.cp0[CTX_ROOT], tlb_tag_root_op(self.m))

    def tlbr(self):
        """TLBR: EntryHi/PageMask/EntryLo0/1 from the entry at Index."""
        self._need_tlb()
        tlb_read_index(self.m, &self.m.cp0[CTX_ROOT], tlb_tag_root_op(self.m), 1)

    def tlbwi(self):
        """TLBWI: write the entry at Index. Returns 0, or 24 (Machine Check)."""
        self._need_tlb()
        cdef int i = tlb_index_reg(&self.m.cp0[CTX_ROOT])
        if i >= tlb_total(&self.m.mmu.tlb):
            return 0
        return tlb_write_index(self.m, &self.m.cp0[CTX_ROOT], tlb_tag_root_op(self.m), i)

    def tlbwr(self):
        """TLBWR: write a random entry (FTLB set for FTLB-sized pages, else VTLB). 0 or 24."""
        self._need_tlb()
        return tlb_write_index(self.m, &self.m.cp0[CTX_ROOT], tlb_tag_root_op(self.m),
                               tlb_random_index(self.m, &self.m.cp0[CTX_ROOT]))

    def tlbinv(self):
        self._need_tlb()
        tlb_invalidate(self.m, &self.m.cp0[CTX_ROOT], tlb_tag_root_op(self.m), 0)

    def tlbinvf(self):
        self._need_tlb()
        tlb_invalidate(self.m, &self.m.cp0[CTX_ROOT], tlb_tag_root_op(self.m), 1)

    # ---- VZ: the guest's TLB entries and CP0, as root's TLBG* and MFGC0 family do ----
    cdef void _need_vz(self) except *:
        if not self.m.vz:
            raise RuntimeError("the CPU model has no VZ module")

    def tlbgp(self):
        self._need_vz()
        tlb_probe(self.m, &self.m.cp0[CTX_GUEST], tlb_tag_tlbg_op(self.m))

    def tlbgr(self):
        self._need_vz()
        tlb_read_index(self.m, &self.m.cp0[CTX_GUEST], tlb_tag_tlbg_op(self.m), 1)

    def tlbgwi(self):
        self._need_vz()
        cdef int i = tlb_index_reg(&self.m.cp0[CTX_GUEST])
        if i >= tlb_total(&self.m.mmu.tlb):
            return 0
        return tlb_write_index(self.m, &self.m.cp0[CTX_GUEST], tlb_tag_tlbg_op(self.m), i)

    def tlbgwr(self):
        self._need_vz()
        return tlb_write_index(self.m, &self.m.cp0[CTX_GUEST], tlb_tag_tlbg_op(self.m),
                               tlb_random_index(self.m, &self.m.cp0[CTX_GUEST]))

    def tlbginv(self):
        self._need_vz()
        tlb_invalidate(self.m, &self.m.cp0[CTX_GUEST], tlb_tag_tlbg_op(self.m), 0)

    def tlbginvf(self):
        self._need_vz()
        tlb_invalidate(self.m, &self.m.cp0[CTX_GUEST], tlb_tag_tlbg_op(self.m), 1)

    def gcp0(self, name):
        """A guest CP0 register by name (DMFGC0 semantics); 0 for one the guest context lacks."""
        cdef unsigned idx = _cp0_index(name)
        return self.gcp0_get(idx >> 3, idx & 7)

    def set_gcp0(self, name, v):
        """DMTGC0 to a guest CP0 register named as in the table."""
        cdef unsigned idx = _cp0_index(name)
        self.gcp0_set(idx >> 3, idx & 7, v)

    def gcp0_get(self, unsigned reg, unsigned sel=0):
        cdef unsigned idx = (reg * 8 + sel) & 255
        self._need_vz()
        if not cp0_guest[idx]:
            return 0
        cdef uint64_t v = cp0_read(self.m, &self.m.cp0[CTX_GUEST], idx, 0)
        return v if cp0_is64[idx] else v & 0xFFFFFFFF

    def gcp0_set(self, unsigned reg, unsigned sel, v):
        cdef unsigned idx = (reg * 8 + sel) & 255
        self._need_vz()
        if cp0_guest[idx]:
            cp0_write(self.m, &self.m.cp0[CTX_GUEST], idx, <uint64_t>(v & 0xFFFFFFFFFFFFFFFF), 0)

    def gcp0_poke(self, unsigned reg, unsigned sel, v):
        """Set a guest register as hardware would (no write mask)."""
        self._need_vz()
        self.m.cp0[CTX_GUEST].r[(reg * 8 + sel) & 255] = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)
        machine_sync_cp0(self.m)

    def gcp0_load(self, resets, masks):
        """Guest CP0 context reset values and write masks, 256 each."""
        cdef int i
        for i in range(256):
            self.m.cp0[CTX_GUEST].r[i] = <uint64_t>(resets[i] & 0xFFFFFFFFFFFFFFFF)
            self.m.cp0[CTX_GUEST].wmask[i] = <uint64_t>(masks[i] & 0xFFFFFFFFFFFFFFFF)
        machine_sync_cp0(self.m)

    property vz:
        def __get__(self): return bool(self.m.vz)
    property in_guest:
        """Guest mode: GuestCtl0.GM with root EXL = ERL = 0."""
        def __get__(self): return bool(self.m.in_guest)
    property exc_gexc:
        """GuestCtl0.GExcCode of the exit being reported (-1: not a guest exit)."""
        def __get__(self): return self.m.s.exc_gexc

    def vz_stats(self):
        """Guest exits by ExcCode and by GExcCode, guest exceptions, the 2D walk."""
        return {"exits": {i: self.m.exits[i] for i in range(32) if self.m.exits[i]},
                "gexits": {i: self.m.gexits[i] for i in range(32) if self.m.gexits[i]},
                "guest_exceptions": {i: self.m.exc_taken[1][i] for i in range(32) if self.m.exc_taken[1][i]},
                "guest_pt_loads": self.m.mmu.stat_guest_pt_loads,
                "guest_pt_root_misses": self.m.mmu.stat_guest_pt_root_misses}

    # ---- CP0 (tlb mode) ----
    property tlb_mode:
        def __get__(self): return bool(self.m.tlb_mode)
    property kernel_mode:
        def __get__(self): return bool(machine_kernel_mode(self.m))

    def cp0_get(self, unsigned reg, unsigned sel=0):
        """The register's value (its read side effects apply, as for DMFC0), its width wide."""
        cdef unsigned idx = (reg * 8 + sel) & 255
        cdef uint64_t v = cp0_read(self.m, &self.m.cp0[CTX_ROOT], idx, 0)
        return v if cp0_is64[idx] else v & 0xFFFFFFFF

    def cp0_set(self, unsigned reg, unsigned sel, v):
        """DMTC0 semantics: write mask and side effects apply."""
        cp0_write(self.m, &self.m.cp0[CTX_ROOT], (reg * 8 + sel) & 255, <uint64_t>(v & 0xFFFFFFFFFFFFFFFF), 0)

    def cp0(self, name):
        """A CP0 register by its manual name (the table's): core.cp0("EntryHi")."""
        cdef unsigned idx = _cp0_index(name)
        return self.cp0_get(idx >> 3, idx & 7)

    def set_cp0(self, name, v):
        """DMTC0 to a register named as in the table: core.set_cp0("PageMask", 0x6000)."""
        cdef unsigned idx = _cp0_index(name)
        self.cp0_set(idx >> 3, idx & 7, v)

    def cp0_load(self, resets, masks):
        """Reset values and write masks, 256 each (index reg*8+sel), from the CP0 table."""
        cdef int i
        for i in range(256):
            self.m.cp0[CTX_ROOT].r[i] = <uint64_t>(resets[i] & 0xFFFFFFFFFFFFFFFF)
            self.m.cp0[CTX_ROOT].wmask[i] = <uint64_t>(masks[i] & 0xFFFFFFFFFFFFFFFF)
        machine_sync_cp0(self.m)

    def cp0_poke(self, unsigned reg, unsigned sel, v):
        """Set a register as hardware would (no write mask), e.g. for reset or tests."""
        self.m.cp0[CTX_ROOT].r[(reg * 8 + sel) & 255] = <uint64_t>(v & 0xFFFFFFFFFFFFFFFF)
        machine_sync_cp0(self.m)

    def enter_exception(self, int code, uint64_t badvaddr=0, bint refill=False):
        """Hardware exception entry at the current pc (EPC, Cause, BadVAddr,
        EntryHi/Context/XContext for TLB codes, EXL); continues at the vector.
        refill=True with EXL clear selects the refill vector (+0x080 or +0x000)."""
        cdef uint64_t vec = 0
        if not self.m.tlb_mode:
            raise RuntimeError("exception entry needs the TLB model (tlb_mode=True)")
        exc_enter(self.m, CTX_ROOT, code, self.m.s.pc, 0, badvaddr, 0, 0, EXCF_REFILL if refill else 0,
                  NO_EXIT, &vec)
        self.m.s.pc = vec
        self.m.s.npc = vec + 4
        self.m.s.ds_pending = 0
        return vec

    def finish_exception(self):
        """Return from the host kernel to the program: EPC = pc, then ERET."""
        if self.m.tlb_mode and (self.m.cp0[CTX_ROOT].r[CP0_STATUS] & 2):
            self.m.cp0[CTX_ROOT].r[CP0_EPC] = self.m.s.pc
            self.m.s.pc = do_eret(self.m, CTX_ROOT)
            self.m.s.npc = self.m.s.pc + 4
            self.m.s.ds_pending = 0

    # ---- views of the MMU (mipsvm/mmu presents them) ----
    def tlb_entries(self):
        """Every JTLB entry: index, group, owner tag, VPN2, mask, ASID, G, EntryLo0/1, valid."""
        cdef TLBState *t = &self.m.mmu.tlb
        cdef TLBEntry *e
        cdef int i
        out = []
        for i in range(tlb_total(t)):
            e = &t.e[i]
            out.append({"index": i, "group": "VTLB" if i < t.vtlb_size else "FTLB",
                        "valid": bool(e.valid), "vpn2": e.vpn2, "pagemask": e.mask & 0x1FFFE000,
                        "asid": e.asid, "tag": e.tag, "g": bool(e.g), "lo0": e.lo[0], "lo1": e.lo[1]})
        return out

    def tlb_geometry(self):
        cdef TLBState *t = &self.m.mmu.tlb
        return {"vtlb": t.vtlb_size, "ftlb_sets": t.ftlb_sets, "ftlb_ways": t.ftlb_ways,
                "itlb": self.m.mmu.utlb[1].size, "dtlb": self.m.mmu.utlb[0].size,
                "ftlb_enabled": bool(t.ftlb_enabled)}

    def tlb_stats(self):
        cdef TLBState *t = &self.m.mmu.tlb
        cdef MMU *u = &self.m.mmu
        return {"refills_taken": t.refills_taken, "refill_vtlb": t.refill_vtlb[0],
                "refill_ftlb": t.refill_ftlb[0], "refill_small": t.refill_small[0],
                "refill_huge": t.refill_huge[0], "itlb_miss": u.utlb[1].misses,
                "dtlb_miss": u.utlb[0].misses, "itlb_hit": self.m.s.icount - u.utlb[1].misses,
                "guest_refills_taken": t.refills_level[1], "gpa_refills": t.gpa_refills,
                "guest_refill_vtlb": t.refill_vtlb[1], "guest_refill_ftlb": t.refill_ftlb[1],
                "guest_refill_small": t.refill_small[1], "guest_refill_huge": t.refill_huge[1],
                "dtlb_access": self.m.mmu.stat_dacc, "stores": self.m.mmu.stat_dstore, "mcheck": t.mcheck}

    def exceptions_taken(self):
        """Exceptions entered by the hardware model (TLB mode), by ExcCode."""
        return {i: self.m.exc_taken[0][i] for i in range(32) if self.m.exc_taken[0][i]}

    property in_refill:
        def __get__(self): return bool(self.m.in_refill[0])
    property in_guest_refill:
        """The guest is inside its refill handler (entered by a guest refill, left by its ERET)."""
        def __get__(self): return bool(self.m.in_refill[1])
    property tc_misses:
        def __get__(self): return self.m.mmu.stat_tc_miss
    property walks:
        def __get__(self): return self.m.mmu.stat_walks

    # ---- physical memory (bounds-checked) ----
    property mem_size:
        def __get__(self): return self.m.mmu.phys.size

    cdef inline void _check(self, uint64_t pa, uint64_t n) except *:
        if n > self.m.mmu.phys.size or pa > self.m.mmu.phys.size - n:
            raise PhysError("physical access 0x%x+%d outside %d bytes of memory"
                            % (pa, n, self.m.mmu.phys.size))

    def phys_read(self, uint64_t pa, uint64_t n):
        self._check(pa, n)
        return (<char *>self.m.mmu.phys.base)[pa:pa + n]

    def phys_write(self, uint64_t pa, const uint8_t[:] data):
        cdef uint64_t n = data.shape[0]
        self._check(pa, n)
        if n:
            memcpy(self.m.mmu.phys.base + pa, &data[0], n)

    def phys_read64(self, uint64_t pa):
        cdef uint64_t v
        self._check(pa, 8)
        memcpy(&v, self.m.mmu.phys.base + pa, 8)
        return v

    def phys_write64(self, uint64_t pa, uint64_t v):
        self._check(pa, 8)
        memcpy(self.m.mmu.phys.base + pa, &v, 8)

    def phys_fill64(self, uint64_t pa, uint64_t count, uint64_t v):
        """Write count copies of a 64-bit value (initialising a page table)."""
        cdef uint64_t i
        self._check(pa, count * 8)
        for i in range(count):
            memcpy(self.m.mmu.phys.base + pa + i * 8, &v, 8)

    def phys_copy(self, uint64_t dst, uint64_t src, uint64_t n):
        self._check(dst, n)
        self._check(src, n)
        memcpy(self.m.mmu.phys.base + dst, self.m.mmu.phys.base + src, n)

    def phys_zero(self, uint64_t pa, uint64_t n):
        """Zero a range; whole host pages are handed back to the host."""
        self._check(pa, n)
        if (pa & 4095) == 0 and (n & 4095) == 0:
            madvise(self.m.mmu.phys.base + pa, n, MADV_DONTNEED)
        else:
            memset(self.m.mmu.phys.base + pa, 0, n)

    def state(self):
        """A snapshot of the architectural registers (for dumps and tests)."""
        return {
            "gpr": [self.m.s.gpr[i] for i in range(32)],
            "fpr": [self.m.s.fpr[i] for i in range(32)],
            "hi": self.m.s.hi, "lo": self.m.s.lo, "pc": self.m.s.pc,
            "fcsr": self.m.s.fcsr, "userlocal": self.userlocal,
        }
