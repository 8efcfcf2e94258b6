"""The CP0 register table, the CPU models, the generated header and the decoders."""
import dataclasses
import os
import random
import shutil
import subprocess

import pytest

from mipsvm import cp0
from mipsvm.cp0 import gen, regs
from mipsvm.models import cpu as cpu_models
from mipsvm.models.cpu import MODELS

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODEL_NAMES = sorted(MODELS)


# ------------------------------------------------------------------ the table itself
def test_no_duplicate_reg_sel_or_name():
    seen, names = set(), set()
    for r in regs.REGISTERS:
        assert 0 <= r.reg < 32 and 0 <= r.sel < 8, r
        assert r.width in (32, 64), r
        assert (r.reg, r.sel) not in seen, f"duplicate ({r.reg},{r.sel})"
        assert r.name.lower() not in names, r.name
        assert r.layout in regs.LAYOUTS, r
        seen.add((r.reg, r.sel))
        names.add(r.name.lower())
    idx = [r.idx for r in regs.REGISTERS]
    assert idx == sorted(idx), "keep the table in (reg, sel) order"


def test_required_registers_present():
    want = {
        "Index": (0, 0), "Random": (1, 0), "EntryLo0": (2, 0), "EntryLo1": (3, 0),
        "Context": (4, 0), "UserLocal": (4, 2), "PageMask": (5, 0), "PageGrain": (5, 1),
        "Wired": (6, 0), "HWREna": (7, 0), "BadVAddr": (8, 0), "BadInstr": (8, 1),
        "BadInstrP": (8, 2), "Count": (9, 0), "EntryHi": (10, 0), "Compare": (11, 0),
        "Status": (12, 0), "IntCtl": (12, 1), "SRSCtl": (12, 2), "Cause": (13, 0),
        "EPC": (14, 0), "PRId": (15, 0), "EBase": (15, 1), "Config": (16, 0),
        "LLAddr": (17, 0), "XContext": (20, 0), "Diag": (22, 0), "ErrorEPC": (30, 0),
        "DESAVE": (31, 0), "GuestCtl0": (12, 6), "GuestCtl1": (10, 4), "GuestCtl2": (10, 5),
        "GuestCtl0Ext": (11, 4), "GTOffset": (12, 7),
    }
    want.update({f"Config{n}": (16, n) for n in range(1, 8)})
    want.update({f"KScratch{n}": (31, n + 1) for n in range(1, 7)})
    for n in range(4):
        want[f"PerfCtl{n}"] = (25, 2 * n)
        want[f"PerfCnt{n}"] = (25, 2 * n + 1)
    for name, (reg, sel) in want.items():
        r = regs.lookup(name)
        assert (r.reg, r.sel) == (reg, sel), name
        assert regs.lookup((reg, sel)) is r
        assert regs.lookup(reg * 8 + sel) is r
    assert regs.lookup("Config0") is regs.lookup("Config")
    assert regs.lookup("status") is regs.lookup("Status")
    assert {r.name for r in regs.REGISTERS if r.vz} == {
        "GuestCtl0", "GuestCtl1", "GuestCtl2", "GuestCtl0Ext", "GTOffset"}


@pytest.mark.parametrize("model", MODEL_NAMES)
def test_fields_fit_and_do_not_overlap(model):
    for r in cp0.registers(model):
        used = 0
        names = set()
        assert r.fields, r.name
        for f in r.fields:
            assert 0 <= f.lsb <= f.msb < r.width, (r.name, f.name, f.msb, f.lsb)
            assert not used & f.mask, f"{r.name}.{f.name} overlaps"
            assert f.name.lower() not in names, (r.name, f.name)
            assert f.wmask & ~f.mask == 0
            for v, _ in f.values:
                assert 0 <= v < 1 << f.width, (r.name, f.name, v)
            used |= f.mask
            names.add(f.name.lower())
        assert r.fmask == used
        assert r.wmask & ~r.fmask == 0
        assert r.wact & ~r.fmask == 0 and r.wact & r.wmask == 0
        assert r.wmask >> r.width == 0


@pytest.mark.parametrize("model", MODEL_NAMES)
def test_reset_values_fit(model):
    rv, gv = cp0.reset_values(model), cp0.guest_reset_values(model)
    for r in cp0.registers(model):
        for v in (rv[r.name], gv[r.name]):
            assert v >> r.width == 0, r.name
            assert v & ~r.fmask == 0, r.name
            assert v & r.wact == 0, r.name
        if not r.guest:
            assert gv[r.name] == 0


# ------------------------------------------------------------------ write masks
READ_ONLY = ("PRId", "BadVAddr", "BadInstr", "BadInstrP", "Random", "Config1", "Config2",
             "Config3", "Config4", "Config5", "LLAddr", "IntCtl", "SRSCtl")


@pytest.mark.parametrize("name", READ_ONLY)
def test_read_only_registers(name):
    for m in MODEL_NAMES:
        assert cp0.register(name, m).wmask == 0


VZ_MODEL = cpu_models.GS464V                       # has the VZ module
NO_VZ_MODEL = dataclasses.replace(cpu_models.GS464V, name="gs464v_novz", vz=False)


def _ro(name, *fields, model=None):
    r = cp0.register(name, model)
    for f in fields:
        assert r.wmask & r.field(f).mask == 0, f"{name}.{f} must be read-only"


def _rw(name, *fields, model=None):
    r = cp0.register(name, model)
    for f in fields:
        fm = r.field(f).mask
        assert r.wmask & fm == fm, f"{name}.{f} must be writable"


def test_partially_read_only_registers():
    _ro("Index", "P")
    _rw("Index", "Index")
    _ro("Context", "BadVPN2")
    _rw("Context", "PTEBase")
    _ro("XContext", "R", "BadVPN2")
    _rw("XContext", "PTEBase")
    _ro("Cause", "BD", "TI", "CE", "PCI", "FDCI", "ExcCode")
    _rw("Cause", "DC", "IV", "WP")
    # QEMU's cpu_mips_store_cause mask on R2: IV, WP, IP1, IP0, DC
    assert cp0.register("Cause").wmask == 0x08C00300
    _ro("Status", "CU3", "RE", "MX", "TS", "Impl")
    _rw("Status", "CU0", "CU1", "CU2", "FR", "PX", "BEV", "IM", "KX", "SX", "UX", "KSU",
        "ERL", "EXL", "IE")
    _ro("EBase", "CPUNum")
    assert cp0.register("EBase").wmask == 0x3FFFF800          # base 29:12 + WG
    eh = cp0.register("EntryHi")
    assert eh.wmask == 0xC000FFFFFFFFE7FF                      # R, VPN2 47:13, EHINV, ASID
    assert cp0.register("EntryLo0").wmask == 0xC00003FFFFFFFFFF
    assert cp0.register("PageMask").wmask == 0x1FFFE000
    assert cp0.register("PageGrain").wmask == 0xE8000000       # RIE XIE ELPA IEC (QEMU)
    assert cp0.register("HWREna").wmask == 0x2000000F
    assert cp0.register("Config").wmask == 0x7                 # K0 only
    _ro("GuestCtl0", "AT", "G1", "G0E", "G2", "RAD", "DRG", "GExcCode", model=VZ_MODEL)
    _rw("GuestCtl0", "GM", "CP0", "GT", "CG", "CF", model=VZ_MODEL)
    _ro("GuestCtl1", "EID", model=VZ_MODEL)
    _rw("GuestCtl1", "ID", "RID", model=VZ_MODEL)
    _ro("PerfCtl0", "M", "W")
    _rw("PerfCtl0", "Event", "IE", "U", "K", "EXL")
    diag = cp0.register("Diag")
    assert diag.wact == (1 << 1) | (1 << 2) | (1 << 3) | (1 << 12) | (1 << 13)
    assert diag.wmask == 1 << 8
    # ordinary full-width read/write registers
    for name in ("EPC", "ErrorEPC", "UserLocal", "DESAVE", "KScratch1", "KScratch6",
                 "PerfCnt0"):
        assert cp0.register(name).wmask == (1 << 64) - 1, name
    for name in ("Count", "Compare"):
        assert cp0.register(name).wmask == (1 << 32) - 1, name
    assert cp0.register("GTOffset", VZ_MODEL).wmask == (1 << 32) - 1


def test_model_dependent_masks():
    assert cp0.register("Index", "gs464v").wmask == 0xFFF       # 2112 entries
    assert cp0.register("Index", "tiny").wmask == 0xF            # 16 entries
    assert cp0.register("Wired", "gs464v").wmask == 0x3F
    assert cp0.register("Wired", "tiny").wmask == 0x7


def test_mtc0_merge():
    old = cp0.reset_values()["Cause"] | (2 << 2) | (1 << 31)
    new = cp0.mtc0("Cause", old, 0xFFFFFFFF)
    assert new == old | 0x08C00300
    assert cp0.mtc0("PRId", 0x14C000, 0) == 0x14C000


# ------------------------------------------------------------------ model values
def _linux_probe(values):
    """What Linux's cpu-probe.c derives from Config0/1/4 (decode_config1/4)."""
    c0, c1, c4 = values["Config"], values["Config1"], values["Config4"]
    tlbsize = ((c1 >> 25) & 63) + 1
    vtlb = tlbsize
    sets = ways = 0
    mmuextdef = c4 & (3 << 14)
    if mmuextdef == 1 << 14:
        tlbsize += (c4 & 0xFF) * 0x40
        vtlb = tlbsize
    elif mmuextdef in (2 << 14, 3 << 14):
        if mmuextdef == 3 << 14:
            vtlb += ((c4 >> 24) & 0xF) * 0x40
            tlbsize = vtlb
        sets = 1 << (c4 & 0xF)
        ways = ((c4 >> 4) & 0xF) + 2
        tlbsize += sets * ways
    return {
        "mt": (c0 >> 7) & 7, "vtlb": vtlb, "tlbsize": tlbsize, "sets": sets, "ways": ways,
        "ftlb_page_code": (c4 >> 8) & 0x1F, "kscratch_mask": (c4 >> 16) & 0xFF,
        "asid_mask": 0x3FF if c4 & (1 << 28) else 0xFF, "tlbinv": ((c4 >> 29) & 3) == 2,
    }


def test_gs464v_values():
    rv = cp0.reset_values("gs464v")
    p = _linux_probe(rv)
    assert p == {"mt": 4, "vtlb": 64, "tlbsize": 64 + 2048, "sets": 256, "ways": 8,
                 "ftlb_page_code": 2, "kscratch_mask": 0xFC, "asid_mask": 0x3FF,
                 "tlbinv": True}
    assert cp0.decode("Config1", rv["Config1"])[1][:2] == ("MMUSize", 63)
    assert (rv["Config4"] >> 16) & 0xFF == 0xFC
    assert rv["PRId"] == 0x0014C000
    assert rv["Random"] == 63 and rv["Wired"] == 0
    assert rv["Status"] == 0x00400004                            # BEV | ERL
    assert rv["EBase"] == 0xFFFFFFFF80000000
    c3 = rv["Config3"]
    for bit in (23, 13, 12, 26, 27, 7, 31):                      # VZ ULRI RXI BI BP LPA M
        assert c3 >> bit & 1, bit
    assert not c3 >> 9 & 1                                       # no ContextConfig
    assert not c3 >> 24 & 1                                      # no hardware page walker
    assert rv["Config6"] >> 22 & 1 == 0                          # FTLB enabled
    assert (rv["Config"] >> 10) & 7 == 1 and (rv["Config"] >> 13) & 3 == 2   # R2, MIPS64
    assert rv["GuestCtl0"] >> 9 & 1 == 0                         # GuestID mode
    # the KScratch registers Config4.KScrExist advertises all exist and are 64-bit RW
    for sel in range(8):
        if 0xFC >> sel & 1:
            r = cp0.register((31, sel))
            assert r.width == 64 and r.wmask == (1 << 64) - 1 and r.guest
    # PerfCtl chain: M set on all but the last pair; W (64-bit counters) everywhere
    assert [rv[f"PerfCtl{n}"] >> 31 for n in range(4)] == [1, 1, 1, 0]
    assert all(rv[f"PerfCtl{n}"] >> 30 & 1 for n in range(4))


def test_tiny_values():
    rv = cp0.reset_values("tiny")
    p = _linux_probe(rv)
    assert (p["vtlb"], p["sets"], p["ways"], p["tlbsize"]) == (8, 4, 2, 16)
    assert rv["Random"] == 7


def test_linux_ftlb_pagesize_probe():
    """Linux writes FTLBPageSize for its PAGE_SIZE and switches the FTLB off if the
    value does not stick: 16 KB sticks, 4 KB and 64 KB do not."""
    c4 = cp0.reset_values()["Config4"]
    field = 0x1F << 8
    for code, sticks in ((2, True), (1, False), (3, False)):
        want = (c4 & ~field) | (code << 8)
        assert (cp0.mtc0("Config4", c4, want) == want) is sticks, code


def test_derived_fields_cannot_be_restated(monkeypatch):
    bad = dataclasses.replace(cpu_models.GS464V, name="bad_model",
                              reset={**cpu_models.GS464V.reset, "Config1": {"MMUSize": 5}})
    monkeypatch.setitem(MODELS, "bad_model", bad)
    with pytest.raises(ValueError):
        cp0.reset_values("bad_model")


def test_guest_context():
    guest = {r.name for r in regs.REGISTERS if r.guest}
    assert {"Index", "Random", "EntryLo0", "EntryLo1", "EntryHi", "PageMask", "PageGrain",
            "Wired", "Context", "XContext", "Status", "Cause", "EPC", "EBase", "BadVAddr",
            "Count", "Compare", "ErrorEPC", "Config", "Config4"} <= guest
    assert {f"KScratch{n}" for n in range(1, 7)} <= guest
    assert not guest & {"PRId", "SRSCtl", "DESAVE", "GuestCtl0", "GuestCtl1", "GuestCtl2",
                        "GuestCtl0Ext", "GTOffset", "Diag", "Config6", "Config7"}
    g = cp0.guest_reset_values()
    rv = cp0.reset_values()
    assert g["Config3"] == rv["Config3"] & ~(1 << 23)           # guest sees no VZ
    assert g["Config4"] == rv["Config4"] and g["Random"] == 63
    assert g["GuestCtl0"] == 0 and g["PRId"] == 0


# ------------------------------------------------------------------ constants vs Linux
LINUX = {   # arch/mips/include/asm/mipsregs.h values, typed in by hand
    "ST_IE": 0x1, "ST_EXL": 0x2, "ST_ERL": 0x4, "ST_KSU": 0x18, "ST_UX": 0x20,
    "ST_SX": 0x40, "ST_KX": 0x80, "ST_IM": 0xFF00, "ST_NMI": 0x80000, "ST_SR": 0x100000,
    "ST_TS": 0x200000, "ST_BEV": 0x400000, "ST_RE": 0x2000000, "ST_FR": 0x4000000,
    "ST_CU0": 0x10000000, "ST_CU1": 0x20000000, "ST_CU2": 0x40000000, "ST_MX": 0x01000000,
    "CAUSE_EXCCODE": 31 << 2, "CAUSE_EXCCODE_SHIFT": 2, "CAUSE_IP": 0xFF00, "CAUSE_IP_SHIFT": 8,
    "CAUSE_WP": 1 << 22, "CAUSE_IV": 1 << 23, "CAUSE_PCI": 1 << 26, "CAUSE_DC": 1 << 27,
    "CAUSE_CE": 3 << 28, "CAUSE_CE_SHIFT": 28, "CAUSE_TI": 1 << 30, "CAUSE_BD": 1 << 31,
    "ENTRYHI_EHINV": 1 << 10, "ENTRYLO_G": 1, "ENTRYLO_V": 2, "ENTRYLO_D": 4,
    "ENTRYLO_C": 7 << 3, "ENTRYLO_C_SHIFT": 3, "ENTRYLO_PFN_SHIFT": 6,
    "ENTRYLO_XI": 1 << 62, "ENTRYLO_RI": 1 << 63,
    "PG_RIE": 1 << 31, "PG_XIE": 1 << 30, "PG_ELPA": 1 << 29, "PG_ESP": 1 << 28,
    "PG_IEC": 1 << 27,
    "PM_4K": 0, "PM_16K": 0x6000, "PM_64K": 0x1E000, "PM_256K": 0x7E000, "PM_1M": 0x1FE000,
    "PM_4M": 0x7FE000, "PM_16M": 0x01FFE000, "PM_64M": 0x07FFE000, "PM_256M": 0x1FFFE000,
    "INTCTL_IPTI_SHIFT": 29, "INTCTL_IPPCI_SHIFT": 26, "INTCTL_IPFDC_SHIFT": 23,
    "CONFIG0_MT": 7 << 7, "CONFIG0_AR": 7 << 10, "CONFIG0_AT": 3 << 13, "CONFIG0_BE": 1 << 15,
    "CONFIG0_MT_VTLB_FTLB": 4, "CONFIG0_MT_TLB": 1, "CONFIG0_K0": 7,
    "CONFIG1_MMUSIZE": 63 << 25, "CONFIG1_MMUSIZE_SHIFT": 25, "CONFIG1_FP": 1,
    "CONFIG1_EP": 2, "CONFIG1_CA": 4, "CONFIG1_WR": 8, "CONFIG1_PC": 16, "CONFIG1_MD": 32,
    "CONFIG1_C2": 64, "CONFIG1_DA_SHIFT": 7, "CONFIG1_DL_SHIFT": 10, "CONFIG1_DS_SHIFT": 13,
    "CONFIG1_IA_SHIFT": 16, "CONFIG1_IL_SHIFT": 19, "CONFIG1_IS_SHIFT": 22,
    "CONFIG3_LPA": 1 << 7, "CONFIG3_CTXTC": 1 << 9, "CONFIG3_RXI": 1 << 12,
    "CONFIG3_ULRI": 1 << 13, "CONFIG3_VZ": 1 << 23, "CONFIG3_PW": 1 << 24,
    "CONFIG3_BI": 1 << 26, "CONFIG3_BP": 1 << 27, "CONFIG3_MSAP": 1 << 28,
    "CONFIG3_VINT": 1 << 5, "CONFIG3_VEIC": 1 << 6, "CONFIG3_SC": 1 << 25,
    "CONFIG4_FTLBSETS": 15, "CONFIG4_FTLBWAYS": 15 << 4, "CONFIG4_FTLBWAYS_SHIFT": 4,
    "CONFIG4_FTLBPAGESIZE": 31 << 8, "CONFIG4_FTLBPAGESIZE_SHIFT": 8,
    "CONFIG4_MMUEXTDEF": 3 << 14, "CONFIG4_KSCREXIST": 255 << 16,
    "CONFIG4_KSCREXIST_SHIFT": 16, "CONFIG4_VTLBSIZEEXT": 15 << 24,
    "CONFIG4_VTLBSIZEEXT_SHIFT": 24, "CONFIG4_AE": 1 << 28, "CONFIG4_IE": 3 << 29,
    "CONFIG5_NFEXISTS": 1, "CONFIG5_UFR": 4, "CONFIG5_MRP": 8, "CONFIG5_LLB": 16,
    "CONFIG5_FRE": 1 << 8, "CONFIG5_UFE": 1 << 9, "CONFIG5_MI": 1 << 17,
    "CONFIG5_MSAEN": 1 << 27, "CONFIG5_EVA": 1 << 28, "CONFIG5_CV": 1 << 29,
    "CONFIG5_K": 1 << 30,
    "CONFIG6_INTIMER": 1 << 6, "CONFIG6_EXTIMER": 1 << 7, "CONFIG6_SFBEN": 1 << 8,
    "CONFIG6_LLEXC": 1 << 16, "CONFIG6_SCRAND": 1 << 17, "CONFIG6_FTLBDIS": 1 << 22,
    "DIAG_BTB": 1 << 1, "DIAG_ITLB": 1 << 2, "DIAG_DTLB": 1 << 3, "DIAG_UCAC": 1 << 8,
    "DIAG_VTLB": 1 << 12, "DIAG_FTLB": 1 << 13,
    "PERFCTL_EXL": 1, "PERFCTL_K": 2, "PERFCTL_S": 4, "PERFCTL_U": 8, "PERFCTL_IE": 16,
    "PERFCTL_EVENT": 0x3FF << 5, "PERFCTL_EVENT_SHIFT": 5, "PERFCTL_PCTD": 1 << 15,
    "PERFCTL_EC": 3 << 23, "PERFCTL_W": 1 << 30, "PERFCTL_M": 1 << 31,
    "EBASE_CPUNUM": 0x3FF, "EBASE_WG": 1 << 11, "EBASE_WG_SHIFT": 11,
    "GCTL0_GM": 1 << 31, "GCTL0_RI": 1 << 30, "GCTL0_MC": 1 << 29, "GCTL0_CP0": 1 << 28,
    "GCTL0_AT": 3 << 26, "GCTL0_AT_SHIFT": 26, "GCTL0_GT": 1 << 25, "GCTL0_CG": 1 << 24,
    "GCTL0_CF": 1 << 23, "GCTL0_G1": 1 << 22, "GCTL0_G0E": 1 << 19, "GCTL0_PT": 1 << 18,
    "GCTL0_RAD": 1 << 9, "GCTL0_DRG": 1 << 8, "GCTL0_G2": 1 << 7,
    "GCTL0_GEXCCODE": 0x1F << 2, "GCTL0_GEXCCODE_SHIFT": 2, "GCTL0_SFC2": 2, "GCTL0_SFC1": 1,
    "GCTL0_AT_ROOT": 1, "GCTL0_AT_GUEST": 3,
    "GCTL0_GEXCCODE_GPSI": 0, "GCTL0_GEXCCODE_GSFC": 1, "GCTL0_GEXCCODE_HC": 2,
    "GCTL0_GEXCCODE_GRR": 3, "GCTL0_GEXCCODE_GVA": 8, "GCTL0_GEXCCODE_GHFC": 9,
    "GCTL0_GEXCCODE_GPA": 10,
    "GCTL0EXT_RPW": 3 << 8, "GCTL0EXT_NCC": 3 << 6, "GCTL0EXT_CGI": 1 << 4,
    "GCTL0EXT_FCD": 1 << 3, "GCTL0EXT_OG": 1 << 2, "GCTL0EXT_BG": 2, "GCTL0EXT_MG": 1,
    "GCTL1_ID": 0xFF, "GCTL1_RID": 0xFF << 16, "GCTL1_RID_SHIFT": 16,
    "GCTL1_EID": 0xFF << 24, "GCTL1_EID_SHIFT": 24,
    "HWRENA_CPUNUM": 1, "HWRENA_SYNCI_STEP": 2, "HWRENA_CC": 4, "HWRENA_CCRES": 8,
    "HWRENA_ULR": 1 << 29,
    "CAUSE_EXCCODE_TLBL": 2, "CAUSE_EXCCODE_TLBS": 3, "CAUSE_EXCCODE_MOD": 1,
    "CAUSE_EXCCODE_TLBRI": 19, "CAUSE_EXCCODE_TLBXI": 20, "CAUSE_EXCCODE_GE": 27,
    "CAUSE_EXCCODE_MCHECK": 24, "CAUSE_EXCCODE_GSEXC": 16,
    # index values used by Linux's C0_* pairs (reg*8 + sel)
    "CP0_PAGEGRAIN": 5 * 8 + 1, "CP0_GUESTCTL0": 12 * 8 + 6, "CP0_GUESTCTL1": 10 * 8 + 4,
    "CP0_GUESTCTL0EXT": 11 * 8 + 4, "CP0_GTOFFSET": 12 * 8 + 7, "CP0_KSCRATCH1": 31 * 8 + 2,
    "CP0_KSCRATCH6": 31 * 8 + 7, "CP0_DIAG": 22 * 8, "CP0_XCONTEXT": 20 * 8,
    # DESIGN.md: base page 16 KB, huge 32 MB PMD = 16 MB per EntryLo
    "FTLB_PAGEMASK": 0x6000, "VTLB_SIZE": 64, "FTLB_SETS": 256, "FTLB_WAYS": 8,
    "TLB_SIZE": 2112, "MODEL_SEGBITS": 48, "MODEL_PABITS": 48, "MODEL_ASID_MASK": 0x3FF,
}


def test_constants_match_linux():
    m = gen.macros("gs464v")
    for name, want in LINUX.items():
        assert name in m, name
        assert m[name] == want, f"{name} = {m[name]:#x}, Linux says {want:#x}"
    assert m["ST_KSU_USER"] << m["ST_KSU_SHIFT"] == 0x10            # KSU_USER
    assert m["ST_KSU_SUPERVISOR"] << m["ST_KSU_SHIFT"] == 0x08


def test_xcontext_layout_for_the_refill_handler():
    """Linux's generic handler: dsrl k0,XContext,2; andi k0,0x3ff0 must give
    (VA >> 15 & 0x3ff) * 16, so BadVPN2 = VA[47:13] sits at bit 4."""
    xc = cp0.register("XContext")
    bad = xc.field("BadVPN2")
    assert (bad.lsb, bad.msb) == (4, 38)
    assert (xc.field("R").lsb, xc.field("R").msb) == (39, 40)
    assert xc.field("PTEBase").lsb == 41
    va = 0x0000_1234_5678_C000
    xcv = bad.put(0, (va >> 13) & ((1 << bad.width) - 1))
    assert ((xcv >> 2) & 0x3FF0) == ((va >> 15) & 0x3FF) * 16
    ctx = cp0.register("Context").field("BadVPN2")
    assert (ctx.msb, ctx.lsb) == (22, 4)


# ------------------------------------------------------------------ generated header
def _cc():
    return shutil.which("gcc") or shutil.which("cc")


def test_generation_is_deterministic():
    assert gen.generate("gs464v") == gen.generate("gs464v")
    assert gen.markdown() == gen.markdown()
    tiny = gen.generate("tiny")
    assert "#define VTLB_SIZE            8\n" in tiny
    assert '#define CP0_MODEL_NAME "tiny"' in tiny


def test_cli(tmp_path, capsys):
    out = tmp_path / "cp0_gen.h"
    assert gen.main([str(out)]) == 0
    text = out.read_text()
    assert text == gen.generate("gs464v")
    mtime = out.stat().st_mtime_ns
    assert gen.main([str(out), "--model", "gs464v"]) == 0
    assert out.stat().st_mtime_ns == mtime                   # unchanged text: not rewritten
    assert gen.main([str(out), "--model", "tiny"]) == 0
    assert out.read_text() == gen.generate("tiny")
    assert gen.main([str(out), "--model", "nosuch"]) == 2
    assert gen.main(["--markdown", "-"]) == 0
    assert capsys.readouterr().out == gen.markdown()


@pytest.mark.skipif(_cc() is None, reason="no C compiler")
def test_header_compiles_and_matches_python(tmp_path):
    hdr = tmp_path / "cp0_gen.h"
    hdr.write_text(gen.generate("gs464v"))
    macros = gen.macros("gs464v")
    models = [m for m in gen._models("gs464v")]
    arrays = ["cp0_wmask", "cp0_wact"] + [f"cp0_{k}_{m}" for m in models
                                          for k in ("reset", "greset", "wmask")]
    src = ['#include <stdio.h>', '#include "cp0_gen.h"', "int main(void) {", "    int i;",
           "    for (i = 0; i < CP0_NREGS; i++) {",
           '        printf("R %d %d %d %d %d %s", i, cp0_exists[i], cp0_is64[i], '
           'cp0_guest[i], cp0_vz[i], cp0_name[i] ? cp0_name[i] : "-");']
    for a in arrays:
        src.append(f'        printf(" %llx", (unsigned long long){a}[i]);')
    src += ['        printf("\\n");', "    }"]
    for name in sorted(macros):
        src.append(f'    printf("M {name} %llx\\n", (unsigned long long)({name}));')
    src.append('    for (i = 0; i < CP0_NMODELS; i++)')
    src.append('        printf("D %s %llu %llu %llu %llu\\n", cp0_models[i].name, '
               '(unsigned long long)cp0_models[i].vtlb_size, '
               '(unsigned long long)cp0_models[i].ftlb_sets, '
               '(unsigned long long)cp0_models[i].ftlb_ways, '
               '(unsigned long long)cp0_models[i].reset[CP0_RANDOM]);')
    src.append('    printf("S %s %llx\\n", CP0_MODEL_NAME, (unsigned long long)CP0_CONFIG0);')
    src += ["    return 0;", "}"]
    (tmp_path / "t.c").write_text("\n".join(src) + "\n")
    exe = tmp_path / "t"
    subprocess.run([_cc(), "-std=c99", "-pedantic", "-Wall", "-Wextra", "-Werror",
                    "-I", str(tmp_path), str(tmp_path / "t.c"), "-o", str(exe)], check=True)
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout

    by_idx = {r.idx: r for r in cp0.registers("gs464v")}
    per_model = {m: (cp0.reset_values(m), cp0.guest_reset_values(m),
                     {r.name: r.wmask for r in cp0.registers(m)}) for m in models}
    rows = 0
    seen_macros = set()
    for line in out.splitlines():
        kind, rest = line.split(" ", 1)
        if kind == "R":
            f = rest.split()
            i = int(f[0])
            vals = [int(x, 16) for x in f[6:]]
            r = by_idx.get(i)
            if r is None:
                assert f[1:6] == ["0", "0", "0", "0", "-"] and not any(vals), line
            else:
                assert f[1:6] == ["1", str(int(r.width == 64)), str(int(r.guest)),
                                  str(int(r.vz)), r.name], line
                want = [r.wmask, r.wact]
                for m in models:
                    rv, gv, wm = per_model[m]
                    want += [rv[r.name], gv[r.name] if r.guest else 0, wm[r.name]]
                assert vals == want, line
            rows += 1
        elif kind == "M":
            name, val = rest.split()
            assert int(val, 16) == macros[name], name
            seen_macros.add(name)
        elif kind == "D":
            name, vtlb, sets, ways, rnd = rest.split()
            m = MODELS[name]
            assert (int(vtlb), int(sets), int(ways), int(rnd)) == (
                m.vtlb_size, m.ftlb_sets, m.ftlb_ways, m.vtlb_size - 1)
        elif kind == "S":
            assert rest == f"gs464v {16 * 8:x}"
    assert rows == 256
    assert seen_macros == set(macros)


# ------------------------------------------------------------------ decoders
@pytest.mark.parametrize("model", MODEL_NAMES)
def test_decode_encode_round_trip(model):
    rng = random.Random(1234)
    rv = cp0.reset_values(model)
    for r in cp0.registers(model):
        samples = [rv[r.name], r.fmask, 0] + [rng.getrandbits(r.width) for _ in range(20)]
        for v in samples:
            dec = cp0.decode(r.name, v, model)
            assert [d[0] for d in dec] == [f.name for f in r.fields]
            assert cp0.encode(r.name, model, **{d[0]: d[1] for d in dec}) == v & r.fmask
            for _, _, meaning in dec:
                assert isinstance(meaning, str) and meaning


def test_decode_meanings():
    rv = cp0.reset_values()
    d = {f: (v, m) for f, v, m in cp0.decode("Config1", rv["Config1"])}
    assert d["MMUSize"][0] == 63 and d["MMUSize"][1].endswith("64 entries")
    d = {f: (v, m) for f, v, m in cp0.decode("Config4", rv["Config4"])}
    assert d["FTLBWays"][1].endswith("8 ways") and d["FTLBSets"][1].endswith("256 sets")
    assert d["FTLBPageSize"][1].endswith("16KB pages")
    assert d["KScrExist"][1].endswith("sel 2,3,4,5,6,7")
    st = cp0.encode("Status", KSU=2, UX=1, EXL=1, IE=1)
    assert st == 0x10 | 0x20 | 0x2 | 0x1
    d = {f: (v, m) for f, v, m in cp0.decode("Status", st)}
    assert d["KSU"][1].endswith("USER")
    d = {f: (v, m) for f, v, m in cp0.decode("Cause", 3 << 2 | 1 << 31)}
    assert d["ExcCode"][1].endswith("TLBS") and d["BD"][0] == 1
    d = {f: (v, m) for f, v, m in cp0.decode("GuestCtl0", 10 << 2)}
    assert d["GExcCode"][1].endswith("GPA")
    d = {f: (v, m) for f, v, m in cp0.decode("PerfCtl0", 0x60 << 5)}
    assert d["Event"][1].endswith("tlb_refill")


def test_format_cp0_lists_every_register():
    rv = cp0.reset_values()
    text = cp0.format_cp0(rv)
    lines = text.splitlines()
    assert len(lines) == len(regs.REGISTERS)
    for r, line in zip(regs.REGISTERS, lines):
        assert line.startswith(r.name + " "), line
    assert "Status        (12,0) 0x00400004  BEV KSU=0(KERNEL) ERL" in text
    assert "FTLBWays=6(8 ways)" in text
    # keys may also be flat indices or (reg, sel); 32-bit values are shown in 8 digits
    assert cp0.format_cp0({96: 0x10, (13, 0): 2 << 2}) == (
        "Status        (12,0) 0x00000010  KSU=2(USER)\n"
        "Cause         (13,0) 0x00000008  ExcCode=2(TLBL)\n")
    assert cp0.format_cp0({}) == ""


def test_tlb_dump_helpers():
    assert cp0.format_pagemask(0x6000) == "0x00006000 (16KB)"
    assert cp0.format_pagemask(0x01FFE000) == "0x01ffe000 (16MB)"
    assert cp0.format_pagemask(0) == "0x00000000 (4KB)"
    assert cp0.format_pagemask(0x2000) == "0x00002000 (invalid)"
    assert cp0.pagemask_size(0x3) == 16384
    eh = (0x12345 << 13) | 0x2A5 | (1 << 10)
    assert cp0.format_entryhi(eh) == "VPN2 0x000000002468a000 ASID 0x2a5 EHINV"
    lo = (0x12345 << 6) | (3 << 3) | 0b111 | (1 << 63)
    assert cp0.format_entrylo(lo) == "PFN 0x000012345 (PA 0x000012345000) C3 DVG RI"
    assert cp0.format_entrylo(2 << 3 | 2) == "PFN 0x000000000 (PA 0x000000000000) C2 -V-"


# ------------------------------------------------------------------ docs
def test_docs_table_is_current():
    with open(os.path.join(ROOT, "docs", "cp0.md")) as f:
        doc = f.read()
    assert gen.markdown("gs464v") in doc, (
        "docs/cp0.md is stale: paste `python -m mipsvm.cp0.gen --markdown -` into it")


def test_flat_arrays_for_the_core():
    """The lists Machine.cp0_load(resets, masks) takes: 256 entries, reg*8+sel."""
    for m in MODEL_NAMES:
        rv, ra, wa = cp0.reset_values(m), cp0.reset_array(m), cp0.wmask_array(m)
        ga = cp0.reset_array(m, guest=True)
        assert len(ra) == len(wa) == len(ga) == 256
        for r in cp0.registers(m):
            assert ra[r.idx] == rv[r.name] and wa[r.idx] == r.wmask
        assert sum(cp0.exists_array()) == len(regs.REGISTERS)
        assert ra[cp0.index("Random")] == MODELS[m].vtlb_size - 1
    assert cp0.wact_array()[cp0.index("Diag")] == 0x300E
    assert cp0.is64_array()[cp0.index("EntryHi")] == 1
    assert cp0.is64_array()[cp0.index("Status")] == 0
    assert cp0.geometry("tiny")["TLB_SIZE"] == 16


def test_vz_registers_exist_only_with_the_vz_module():
    # Advertise what works: without VZ, Config3.VZ is clear and the GuestCtl
    # registers read 0 and ignore writes; a model with .vz gets all of them.
    assert not cp0.reset_values(NO_VZ_MODEL)["Config3"] >> 23 & 1
    for name in ("GuestCtl0", "GuestCtl0Ext", "GuestCtl1", "GuestCtl2", "GTOffset"):
        r = cp0.register(name, NO_VZ_MODEL)
        assert not r.implemented and r.wmask == 0 and cp0.reset_values(NO_VZ_MODEL)[name] == 0
        assert cp0.register(name, VZ_MODEL).implemented
    assert cp0.register("GuestCtl0", VZ_MODEL).wmask != 0
    assert cp0.reset_values(VZ_MODEL)["Config3"] >> 23 & 1
    assert not cp0.guest_reset_values(VZ_MODEL)["Config3"] >> 23 & 1   # a guest never sees VZ
