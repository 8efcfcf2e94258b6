/* MIPS64 Release 2 FPU (CP1, FR=1, legacy NaN encoding) for the interpreter.
 *
 * Reference behaviour is qemu 7.2 `qemu-mips64el -cpu MIPS64R2-generic`
 * (softfloat with snan_bit_is_one and default_nan_mode: every NaN result
 * is the default NaN).  Arithmetic runs on the host FPU (SSE on x86-64)
 * with the host rounding mode following FCSR.RM; the host exception flags
 * give the IEEE Cause bits.  NaN operands never reach the host, because x86
 * and legacy MIPS disagree on which NaNs are signalling.
 *
 * Two ways to get the flags (both give the same architectural result):
 *  - precise: clear host flags, operate, read them (stmxcsr/ldmxcsr; ~20 ns
 *    on some hosts).  Used when any Enable bit or FCSR.FS is set, or when
 *    fpu_exec runs outside fpu_host_enter/leave.
 *  - lazy (Enables == 0, FS == 0, the Linux default): host flags are left
 *    to accumulate; software-detected flags go straight to FCSR.Flags and
 *    the last arithmetic instruction is remembered.  Before FCSR is looked
 *    at (CFC1, CTC1, fpu_host_leave) the host flags are folded into Flags
 *    and that last instruction is replayed precisely to produce Cause.
 *    So inside a run, s->fcsr Cause/Flags may lag (read them only after
 *    fpu_host_leave, or via CFC1); FCC and RM never lag.  Nothing else may
 *    do host floating-point arithmetic between enter and leave.
 *
 * Host-side requirements: no -ffast-math (or -ffinite-math-only); the
 * inline-asm barriers keep the compiler from moving, folding or fusing
 * operations across the flag accesses, so -frounding-math is advisable but
 * not required.
 *
 * Differences from qemu: none known for the instructions here (checked
 * bit-for-bit against qemu on random and edge vectors, tests/fpu).
 * FCSR.FS is emulated as qemu does it (see fpu__ftz_*); Cause.E is never
 * raised, as in qemu.
 */
#ifndef MIPSVM_FPU_H
#define MIPSVM_FPU_H

#include <stdint.h>
#include <string.h>
#include <fenv.h>
#include "cpu.h"
#include "decode_gen.h"

#if defined(__clang__)
#pragma STDC FENV_ACCESS ON
#endif

#if defined(__GNUC__)
#define FPU_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* initial-exec: no __tls_get_addr call per access from the Python
 * extension (.so); needs only a few dozen bytes of static TLS surplus. */
#if defined(__ELF__)
#define FPU_TLS __thread __attribute__((tls_model("initial-exec")))
#else
#define FPU_TLS __thread
#endif
#define FPU_INLINE static inline __attribute__((always_inline))
#define FPU_COLD static __attribute__((noinline, cold, unused))
#else
#define FPU_UNLIKELY(x) (x)
#define FPU_TLS
#define FPU_INLINE static inline
#define FPU_COLD static
#endif

/* FPU_NO_SSE (tests only) forces the portable <fenv.h> path on x86. */
#if (defined(__x86_64__) || (defined(__i386__) && defined(__SSE2_MATH__))) \
    && !defined(FPU_NO_SSE)
#define FPU_HOST_SSE 1
#include <emmintrin.h>
#endif

/* FCSR bits that force the precise path: Enables (a trap must be decided
 * per instruction) and FS (flush to zero changes flags per step). */
#define FPU__PRECISE_BITS ((0x1fu << FCSR_ENABLES_SHIFT) | (1u << FCSR_FS_BIT))
#define FPU__CAUSE_BITS   (0x3fu << FCSR_CAUSE_SHIFT)

/* ------------------------------------------------------------------------
 * Host floating-point environment.
 * Invariant between fpu_host_enter and fpu_host_leave: host traps masked,
 * host rounding mode == FCSR.RM (set by enter and CTC1).
 * ------------------------------------------------------------------------ */
#ifdef FPU_HOST_SSE
/* Make a value opaque in an SSE/general register, so the operation between
 * two barriers stays between the flag accesses and is not constant-folded
 * or contracted into an FMA. */
#define FPU__BAR(v)  __asm__ volatile("" : "+x"(v))
#define FPU__BARI(v) __asm__ volatile("" : "+r"(v))

#define FPU__MXCSR_FLAGS   0x3fu      /* IE DE ZE OE UE PE */
#define FPU__MXCSR_RC      0x6000u
#define FPU__MXCSR_MASKS   0x1f80u
#define FPU__MXCSR_FTZ_DAZ 0x8040u

static FPU_TLS uint32_t fpu__saved_csr;

static inline uint32_t fpu__csr_get(void)
{
    uint32_t c;
    __asm__ volatile("stmxcsr %0" : "=m"(c));
    return c;
}

static inline void fpu__csr_set(uint32_t c)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(c));
}

/* MIPS RM 0 RN, 1 RZ, 2 RP, 3 RM -> MXCSR.RC 00 RN, 11 RZ, 10 up, 01 down. */
static inline uint32_t fpu__rc(uint32_t fcsr)
{
    static const uint16_t t[4] = { 0x0000, 0x6000, 0x4000, 0x2000 };
    return t[fcsr & FCSR_RM_MASK];
}

/* Host flags cleared and rounding mode = RM of fcsr (ldmxcsr only when
 * something must change). */
static inline void fpu__hprep(uint32_t fcsr)
{
    uint32_t c = fpu__csr_get(), want = fpu__rc(fcsr);
    if ((c & (FPU__MXCSR_FLAGS | FPU__MXCSR_RC)) != want)
        fpu__csr_set((c & ~(FPU__MXCSR_FLAGS | FPU__MXCSR_RC)) | want);
}

/* Host flags as MIPS I U O Z V bits (DE ignored). */
static inline unsigned fpu__hflags(void)
{
    uint32_t c = fpu__csr_get();
    return ((c & 0x01u) << 4)      /* IE -> V */
         | ((c & 0x04u) << 1)      /* ZE -> Z */
         | ((c & 0x08u) >> 1)      /* OE -> O */
         | ((c & 0x10u) >> 3)      /* UE -> U */
         | ((c & 0x20u) >> 5);     /* PE -> I */
}

static inline void fpu__henv_save(uint32_t fcsr)
{
    uint32_t c = fpu__csr_get();
    fpu__saved_csr = c;
    /* Traps masked, no host FTZ/DAZ (FCSR.FS is emulated), flags clear. */
    c &= ~(FPU__MXCSR_FLAGS | FPU__MXCSR_RC | FPU__MXCSR_FTZ_DAZ);
    fpu__csr_set(c | FPU__MXCSR_MASKS | fpu__rc(fcsr));
}

static inline void fpu__henv_restore(void)
{
    fpu__csr_set(fpu__saved_csr);
}

#else /* portable <fenv.h> fallback */
#define FPU__BAR(v)  __asm__ volatile("" : "+m"(v))
#define FPU__BARI(v) __asm__ volatile("" : "+m"(v))

static FPU_TLS fenv_t fpu__saved_env;

static inline int fpu__rc(uint32_t fcsr)
{
    static const int t[4] = { FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD };
    return t[fcsr & FCSR_RM_MASK];
}

static inline void fpu__hprep(uint32_t fcsr)
{
    if (fegetround() != fpu__rc(fcsr))
        fesetround(fpu__rc(fcsr));
    feclearexcept(FE_ALL_EXCEPT);
}

static inline unsigned fpu__hflags(void)
{
    int e = fetestexcept(FE_ALL_EXCEPT);
    return (e & FE_INVALID ? FP_V : 0) | (e & FE_DIVBYZERO ? FP_Z : 0)
         | (e & FE_OVERFLOW ? FP_O : 0) | (e & FE_UNDERFLOW ? FP_U : 0)
         | (e & FE_INEXACT ? FP_I : 0);
}

static inline void fpu__henv_save(uint32_t fcsr)
{
    feholdexcept(&fpu__saved_env);      /* saves, clears flags, masks traps */
    fesetround(fpu__rc(fcsr));
}

static inline void fpu__henv_restore(void)
{
    fesetenv(&fpu__saved_env);
}
#endif

/* Lazy-flag bookkeeping (see the top of the file).  One hart per thread
 * runs at a time, so thread-local state is enough. */
typedef struct {
    CPUState *hart;     /* between fpu_host_enter and fpu_host_leave */
    int op;             /* last lazily run arithmetic op, OP_INVALID if none */
    uint32_t w, fcsr;   /* its encoding and the FCSR it ran under */
    uint64_t fs, ft, fr;/* its operand registers' values */
} fpu__lazy_t;

static FPU_TLS fpu__lazy_t fpu__lz;

/* ------------------------------------------------------------------------
 * Encodings.  Legacy MIPS NaNs (MIPS64 Vol I, "NaN" / FPU chapter): quiet
 * when the fraction MSB is clear, signalling when it is set (the opposite
 * of x86).  Default NaN: 0x7fbfffff / 0x7ff7ffffffffffff.
 * ------------------------------------------------------------------------ */
#define FPU_DNAN_S 0x7fbfffffu
#define FPU_DNAN_D 0x7ff7ffffffffffffull
#define FPU_SIGN_S 0x80000000u
#define FPU_SIGN_D 0x8000000000000000ull
#define FPU_MINN_S 0x00800000u            /* smallest normal */
#define FPU_MINN_D 0x0010000000000000ull

static inline int fpu__isnan_s(uint32_t a) { return (a & ~FPU_SIGN_S) > 0x7f800000u; }
static inline int fpu__isnan_d(uint64_t a) { return (a & ~FPU_SIGN_D) > 0x7ff0000000000000ull; }
static inline int fpu__issnan_s(uint32_t a) { return (a & 0x7fc00000u) == 0x7fc00000u; }
static inline int fpu__issnan_d(uint64_t a)
{
    return (a & 0x7ff8000000000000ull) == 0x7ff8000000000000ull;
}

static inline float fpu__s(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static inline double fpu__d(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static inline uint32_t fpu__us(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static inline uint64_t fpu__ud(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

/* Square root straight to the instruction: no libm call, no errno path
 * (the operand is never negative here). */
#ifdef FPU_HOST_SSE
static inline float fpu__sqrtf(float x) { return _mm_cvtss_f32(_mm_sqrt_ss(_mm_set_ss(x))); }
static inline double fpu__sqrt(double x)
{
    __m128d v = _mm_set_sd(x);
    return _mm_cvtsd_f64(_mm_sqrt_sd(v, v));
}
#else
#define fpu__sqrtf(x) __builtin_sqrtf(x)
#define fpu__sqrt(x) __builtin_sqrt(x)
#endif

enum { FPK_ADD, FPK_SUB, FPK_MUL, FPK_DIV, FPK_SQRT };

#define FPU__COMPUTE(k, x, y, r)                       \
    switch (k) {                                       \
    case FPK_ADD: r = x + y; break;                    \
    case FPK_SUB: r = x - y; break;                    \
    case FPK_MUL: r = x * y; break;                    \
    case FPK_DIV: r = x / y; break;                    \
    default:      r = FPU__SQRT(x); break;             \
    }

/* ------------------------------------------------------------------------
 * One IEEE operation with softfloat-for-MIPS semantics, for single (s) and
 * double (d).  `fl` accumulates MIPS exception bits; in lazy mode the host
 * flags are not read (they accumulate in the host).
 *
 * FCSR.FS: qemu sets softfloat flush_to_zero, which replaces any result
 * whose exact value is below the smallest normal by a signed zero and
 * raises only output_denormal, which MIPS does not report: no U, no I, no
 * trap (verified on qemu).  Inputs are not flushed.  fpu__ftz_* does the
 * same; when the host rounded up to exactly the smallest normal, the step
 * is redone toward zero to learn which side of 2^Emin the exact value lay.
 * (Tininess itself is detected after rounding by qemu for MIPS and by SSE
 * alike, so U needs no fix-up without FS.)
 * ------------------------------------------------------------------------ */
#define FPU__GEN(SFX, FT, UT, SIGN, MINN, DNAN)                               \
FPU_COLD FT fpu__rz_##SFX(int k, FT x, FT y, uint32_t fcsr)                   \
{                                                                             \
    FT r;                                                                     \
    fpu__hprep((fcsr & ~FCSR_RM_MASK) | 1u);                                  \
    FPU__BAR(x); FPU__BAR(y);                                                 \
    FPU__COMPUTE(k, x, y, r);                                                 \
    FPU__BAR(r);                                                              \
    fpu__hprep(fcsr);                                                         \
    return r;                                                                 \
}                                                                             \
FPU_COLD UT fpu__ftz_##SFX(int k, FT x, FT y, UT rb, unsigned *h,             \
                           uint32_t fcsr)                                     \
{                                                                             \
    UT mag = rb & ~SIGN;                                                      \
    if (mag > MINN) return rb;                       /* normal, inf, NaN */   \
    if (mag == 0 && !(*h & FP_U)) return rb;         /* exact zero */         \
    if (mag == MINN) {                                                        \
        if (!(*h & FP_I)) return rb;                 /* exact 2^Emin */       \
        FT z = fpu__rz_##SFX(k, x, y, fcsr);                                  \
        if ((fpu__u##SFX(z) & ~SIGN) >= MINN) return rb;                      \
    }                                                                         \
    *h &= ~(FP_U | FP_I);                                                     \
    return rb & SIGN;                                                         \
}                                                                             \
FPU_INLINE UT fpu__step_##SFX(int k, UT a, UT b, uint32_t fcsr, int lazy,     \
                              unsigned *fl)                                   \
{                                                                             \
    FT x, y, r;                                                               \
    UT rb;                                                                    \
    unsigned h;                                                               \
    int unary = k == FPK_SQRT;                                                \
    if (FPU_UNLIKELY(fpu__isnan_##SFX(a) || (!unary && fpu__isnan_##SFX(b)))) {\
        /* default_nan_mode: a NaN in gives the default NaN out; only an */   \
        /* sNaN operand is an Invalid Operation (IEEE 754-1985 7.1).     */   \
        if (fpu__issnan_##SFX(a) || (!unary && fpu__issnan_##SFX(b)))         \
            *fl |= FP_V;                                                      \
        return DNAN;                                                          \
    }                                                                         \
    if (unary && (a & SIGN) && (a & ~SIGN)) {       /* sqrt(<0) */            \
        *fl |= FP_V;                                                          \
        return DNAN;                                                          \
    }                                                                         \
    x = fpu__##SFX(a); y = fpu__##SFX(b);                                     \
    if (!lazy) fpu__hprep(fcsr);                                              \
    FPU__BAR(x); FPU__BAR(y);                                                 \
    FPU__COMPUTE(k, x, y, r);                                                 \
    FPU__BAR(r);                                                              \
    rb = fpu__u##SFX(r);                                                      \
    /* Operands are not NaN, so a NaN result means Invalid (0/0, inf-inf, */  \
    /* 0*inf): replace the host's default NaN by the MIPS one.            */  \
    if (FPU_UNLIKELY(fpu__isnan_##SFX(rb))) rb = DNAN;                        \
    if (lazy) return rb;                                                      \
    h = fpu__hflags();                                                        \
    if (FPU_UNLIKELY(fcsr & (1u << FCSR_FS_BIT)))                             \
        rb = fpu__ftz_##SFX(k, x, y, rb, &h, fcsr);                           \
    *fl |= h;                                                                 \
    return rb;                                                                \
}

#define FPU__SQRT(x) fpu__sqrtf(x)
FPU__GEN(s, float, uint32_t, FPU_SIGN_S, FPU_MINN_S, FPU_DNAN_S)
#undef FPU__SQRT
#define FPU__SQRT(x) fpu__sqrt(x)
FPU__GEN(d, double, uint64_t, FPU_SIGN_D, FPU_MINN_D, FPU_DNAN_D)
#undef FPU__SQRT

/* ------------------------------------------------------------------------
 * Conversions.
 * ------------------------------------------------------------------------ */

/* cvt.s.d: a NaN gives the default NaN (Invalid only for sNaN). */
FPU_COLD uint32_t fpu__cvt_s_d_ftz(double x, uint32_t rb, unsigned *h, uint32_t fcsr)
{
    uint32_t mag = rb & ~FPU_SIGN_S;
    float r;
    if (mag > FPU_MINN_S || x == 0) return rb;
    if (mag == FPU_MINN_S) {                        /* see fpu__ftz_* */
        if (!(*h & FP_I)) return rb;
        fpu__hprep((fcsr & ~FCSR_RM_MASK) | 1u);
        FPU__BAR(x);
        r = (float)x;
        FPU__BAR(r);
        fpu__hprep(fcsr);
        if ((fpu__us(r) & ~FPU_SIGN_S) >= FPU_MINN_S) return rb;
    }
    *h &= ~(FP_U | FP_I);
    return rb & FPU_SIGN_S;
}

FPU_INLINE uint32_t fpu__cvt_s_d(uint64_t a, uint32_t fcsr, int lazy, unsigned *fl)
{
    double x;
    float r;
    uint32_t rb;
    unsigned h;
    if (FPU_UNLIKELY(fpu__isnan_d(a))) {
        if (fpu__issnan_d(a)) *fl |= FP_V;
        return FPU_DNAN_S;
    }
    x = fpu__d(a);
    if (!lazy) fpu__hprep(fcsr);
    FPU__BAR(x);
    r = (float)x;
    FPU__BAR(r);
    rb = fpu__us(r);
    if (lazy) return rb;
    h = fpu__hflags();
    if (FPU_UNLIKELY(fcsr & (1u << FCSR_FS_BIT)))
        rb = fpu__cvt_s_d_ftz(x, rb, &h, fcsr);
    *fl |= h;
    return rb;
}

/* cvt.d.s: exact; only NaNs need care. */
static inline uint64_t fpu__cvt_d_s(uint32_t a, unsigned *fl)
{
    if (FPU_UNLIKELY(fpu__isnan_s(a))) {
        if (fpu__issnan_s(a)) *fl |= FP_V;
        return FPU_DNAN_D;
    }
    return fpu__ud((double)fpu__s(a));
}

/* Integer -> float in the host's (= FCSR) rounding mode; Inexact possible. */
FPU_INLINE uint32_t fpu__i2s(int64_t v, uint32_t fcsr, int lazy, unsigned *fl)
{
    float r;
    if (!lazy) fpu__hprep(fcsr);
    FPU__BARI(v);
    r = (float)v;
    FPU__BAR(r);
    if (!lazy) *fl |= fpu__hflags();
    return fpu__us(r);
}

FPU_INLINE uint64_t fpu__i2d(int64_t v, uint32_t fcsr, int lazy, unsigned *fl)
{
    double r;
    if (!lazy) fpu__hprep(fcsr);
    FPU__BARI(v);
    r = (double)v;
    FPU__BAR(r);
    if (!lazy) *fl |= fpu__hflags();
    return fpu__ud(r);
}

/* Float (as double bits; singles widen exactly) -> int32/int64 with MIPS
 * rounding mode rm (0 RN, 1 RZ, 2 RP, 3 RM), on the bits so it does not
 * touch the host flags.  NaN, infinity or out of range: Invalid only, and
 * result 2^(n-1)-1 whatever the sign (qemu's FP_TO_INT*_OVERFLOW, also
 * what R2 hardware returns with Invalid disabled; x86 would give
 * 0x80000000).  Otherwise Inexact when the value changed. */
static inline uint64_t fpu__d2i(uint64_t u, int rm, int is64, unsigned *fl)
{
    uint64_t max = is64 ? 0x7fffffffffffffffull : 0x7fffffffull;
    uint64_t m = u & 0x000fffffffffffffull, ip, rem, half;
    int e = (int)((u >> 52) & 0x7ff), neg = (int)(u >> 63), sh, up;
    if (e == 0x7ff) goto invalid;
    if (e == 0) {
        if (m == 0) return 0;
        e = 1;                                  /* denormal */
    } else {
        m |= 1ull << 52;
    }
    sh = 1075 - e;                              /* |value| = m * 2^-sh */
    if (sh <= 0) {
        if (sh < -11) goto invalid;             /* >= 2^64 */
        ip = m << -sh;
        rem = 0; half = 1;
    } else if (sh > 53) {                       /* 0 < |value| < 1/2 */
        ip = 0; rem = 1; half = 2;
    } else {
        ip = m >> sh;
        rem = m & ((1ull << sh) - 1);
        half = 1ull << (sh - 1);
    }
    switch (rm) {
    case 0:  up = rem > half || (rem == half && (ip & 1)); break;
    case 1:  up = 0; break;
    case 2:  up = rem != 0 && !neg; break;
    default: up = rem != 0 && neg; break;
    }
    ip += (uint64_t)up;
    if (ip > max + (uint64_t)neg) goto invalid;
    if (rem) *fl |= FP_I;
    return neg ? (uint64_t)0 - ip : ip;
invalid:
    *fl |= FP_V;
    return max;
}

static inline uint64_t fpu__s2i(uint32_t a, int rm, int is64, unsigned *fl)
{
    uint64_t u;
    if (fpu__isnan_s(a)) {
        u = 0x7ff0000000000001ull;              /* any NaN: Invalid */
    } else {                                    /* exact widening */
        uint32_t e = (a >> 23) & 0xff, m = a & 0x7fffffu;
        u = (uint64_t)(a >> 31) << 63;
        if (e == 0xff) {
            u |= 0x7ff0000000000000ull;         /* infinity */
        } else if (e || m) {
            int ee = (int)e;
            if (!e) {                           /* denormal: normalise */
                ee = 1;
                while (!(m & 0x800000u)) { m <<= 1; ee--; }
                m &= 0x7fffffu;
            }
            u |= ((uint64_t)(ee + 1023 - 127) << 52) | ((uint64_t)m << 29);
        }
    }
    return fpu__d2i(u, rm, is64, fl);
}

/* ------------------------------------------------------------------------
 * c.cond.fmt (MIPS64 Vol II, C.cond.fmt): cond bit 0 = true if unordered,
 * bit 1 = true if equal, bit 2 = true if less, bit 3 = Invalid on any
 * unordered compare (otherwise only for sNaN operands).  Compared on the
 * bits, so no host compare (and no host flag) can sneak in.
 * ------------------------------------------------------------------------ */
static inline int64_t fpu__ord(uint64_t u, int signbit)
{
    uint64_t sign = 1ull << signbit;
    return (u & sign) ? -(int64_t)(u & ~sign) : (int64_t)u;   /* -0 == +0 */
}

static inline int fpu__cmp(int cond, int un, int snan, int64_t a, int64_t b, unsigned *fl)
{
    if (un) {
        if ((cond & 8) || snan) *fl |= FP_V;
        return cond & 1;
    }
    return ((cond & 2) && a == b) || ((cond & 4) && a < b);
}

/* ------------------------------------------------------------------------
 * FCSR.
 * ------------------------------------------------------------------------ */

/* After a precise arithmetic instruction (MIPS64 Vol I FCSR; qemu
 * update_fcr31): Cause := raised bits; if one is enabled, FPE with Flags
 * untouched and the destination not written; else Flags |= raised. */
static inline int fpu__done(CPUState *s, unsigned fl)
{
    uint32_t c = (s->fcsr & ~FPU__CAUSE_BITS) | (fl << FCSR_CAUSE_SHIFT);
    if (FPU_UNLIKELY(fl & (c >> FCSR_ENABLES_SHIFT) & 0x1fu)) {
        s->fcsr = c;
        return EXC_FPE;
    }
    s->fcsr = c | (fl << FCSR_FLAGS_SHIFT);
    return 0;
}

/* After a lazy arithmetic instruction (no trap possible: Enables == 0):
 * Flags get the software-detected bits now, the host's at the next fold;
 * the instruction is remembered so the fold can recompute Cause. */
static inline void fpu__lazy_note(CPUState *s, unsigned fl, int op, uint32_t w,
                                  uint32_t fcsr, uint64_t fs, uint64_t ft, uint64_t fr)
{
    s->fcsr |= fl << FCSR_FLAGS_SHIFT;
    fpu__lz.op = op;
    fpu__lz.w = w;
    fpu__lz.fcsr = fcsr;
    fpu__lz.fs = fs;
    fpu__lz.ft = ft;
    fpu__lz.fr = fr;
}

static inline int fpu_exec(CPUState *s, int op, uint32_t w);

/* Bring s->fcsr up to date after lazy instructions: host flags -> Flags,
 * then the last arithmetic instruction is replayed precisely on a scratch
 * state for Cause.  Host flags are left clear either way (they may hold a
 * trapped instruction's bits, which must not reach Flags). */
FPU_COLD void fpu__fold(CPUState *s)
{
    if (fpu__lz.op != OP_INVALID) {
        CPUState t;
        uint32_t w = fpu__lz.w;
        int op = fpu__lz.op;
        s->fcsr |= fpu__hflags() << FCSR_FLAGS_SHIFT;
        fpu__lz.op = OP_INVALID;
        memset(&t, 0, sizeof t);
        t.fcsr = fpu__lz.fcsr;
        t.fpr[fld_fr(w)] = fpu__lz.fr;
        t.fpr[fld_ft(w)] = fpu__lz.ft;
        t.fpr[fld_fs(w)] = fpu__lz.fs;
        (void)fpu_exec(&t, op, w);              /* t is not the hart: precise */
        s->fcsr = (s->fcsr & ~FPU__CAUSE_BITS) | (t.fcsr & FPU__CAUSE_BITS);
    }
    fpu__hprep(s->fcsr);
}

static inline void fpu_host_enter(CPUState *s)
{
    fpu__henv_save(s->fcsr);
    fpu__lz.hart = s;
    fpu__lz.op = OP_INVALID;
}

static inline void fpu_host_leave(void)
{
    if (fpu__lz.hart) {
        fpu__fold(fpu__lz.hart);
        fpu__lz.hart = NULL;
    }
    fpu__henv_restore();
}

static inline int fpu_cond(const CPUState *s, int cc)
{
    return (int)((s->fcsr >> (cc ? 24 + cc : FCSR_FCC0_BIT)) & 1u);
}

static inline void fpu__set_cond(CPUState *s, int cc, int v)
{
    uint32_t bit = 1u << (cc ? 24 + cc : FCSR_FCC0_BIT);
    s->fcsr = v ? (s->fcsr | bit) : (s->fcsr & ~bit);
}

/* FR=1 single/word write: low 32 bits.  qemu (gen_store_fpr32) keeps the
 * upper half, verified with add.s / mtc1 / mov.s / cvt.w.d then sdc1. */
static inline void fpu__put32(CPUState *s, int r, uint32_t v)
{
    s->fpr[r] = (s->fpr[r] & 0xffffffff00000000ull) | v;
}

#define FPU__SX32(v) ((uint64_t)(int64_t)(int32_t)(uint32_t)(v))

/* CFC1 (MIPS64 Vol II CFC1; values as qemu helper_cfc1): FIR, FCCR, FEXR,
 * FENR, FCSR; UFR ($1) and FRE ($5) read 0 (not implemented); any other
 * number reads FCSR, as on qemu. */
static inline uint64_t fpu__cfc1(const CPUState *s, int fs)
{
    uint32_t f = s->fcsr;
    switch (fs) {
    case 0:  return FPU__SX32(s->fir);
    case 1: case 5: return 0;
    case 25: return ((f >> 24) & 0xfe) | ((f >> FCSR_FCC0_BIT) & 1);
    case 26: return f & 0x0003f07c;                     /* Cause, Flags */
    case 28: return (f & 0x00000f83) | ((f >> 22) & 4); /* Enables, FS, RM */
    default: return FPU__SX32(f);
    }
}

/* CTC1 (MIPS64 Vol II CTC1; masks as qemu helper_ctc1 for
 * MIPS64R2-generic, whose FCSR write mask is 0xFF83FFFF: all but bits
 * 22..18, FS writable).  FCCR/FEXR/FENR writes with nonzero reserved bits
 * are ignored, as are writes to other numbers (no FPE check then).  After
 * a write, a Cause bit that is enabled, or Cause.E, raises FPE; the write
 * stays done (verified on qemu). */
static inline int fpu__ctc1(CPUState *s, int fs, uint64_t v64)
{
    uint32_t v = (uint32_t)v64, f = s->fcsr;
    switch (fs) {
    case 25:
        if (v & 0xffffff00u) return 0;
        f = (f & 0x017fffffu) | ((v & 0xfeu) << 24) | ((v & 1u) << FCSR_FCC0_BIT);
        break;
    case 26:
        if (v & 0x007c0000u) return 0;
        f = (f & 0xfffc0f83u) | (v & 0x0003f07cu);
        break;
    case 28:
        if (v & 0x007c0000u) return 0;
        f = (f & 0xfefff07cu) | (v & 0x00000f83u) | ((v & 4u) << 22);
        break;
    case 31:
        f = (v & 0xff83ffffu) | (f & ~0xff83ffffu);
        break;
    default:
        return 0;
    }
    s->fcsr = f;
    fpu__hprep(f);                  /* host rounding mode follows RM now */
    if ((((f >> FCSR_ENABLES_SHIFT) & 0x1fu) | FP_E) & (f >> FCSR_CAUSE_SHIFT) & 0x3fu)
        return EXC_FPE;
    return 0;
}

/* ------------------------------------------------------------------------
 * fpu_exec: every COP1/COP1X instruction that neither touches memory nor
 * branches, plus MOVF/MOVT on GPRs.  Returns 0, EXC_FPE or EXC_RI.
 * ------------------------------------------------------------------------ */
static inline int fpu_exec(CPUState *s, int op, uint32_t w)
{
    const int fr = fld_fr(w), ft = fld_ft(w);
    const int fs = fld_fs(w), fd = fld_fd(w);
    const uint32_t fcsr = s->fcsr;
    const uint64_t d1 = s->fpr[fs], e1 = s->fpr[ft], g1 = s->fpr[fr];
    const uint32_t s1 = (uint32_t)d1, t1 = (uint32_t)e1;
    const int rm = (int)(fcsr & FCSR_RM_MASK);
    const int lazy = !(fcsr & FPU__PRECISE_BITS) && fpu__lz.hart == s;
    unsigned fl = 0;
    uint32_t rs;        /* 32-bit result (single or word) */
    uint64_t rd;        /* 64-bit result (double or long) */
    int cond;

    /* Entering the precise path with lazy results pending (not reachable
     * without a CTC1, which folds, but cheap to guard). */
    if (!lazy && FPU_UNLIKELY(fpu__lz.op != OP_INVALID) && fpu__lz.hart == s)
        fpu__fold(s);

    switch (op) {
    /* ---- arithmetic ---- */
    case OP_ADD_S:  rs = fpu__step_s(FPK_ADD, s1, t1, fcsr, lazy, &fl); goto put32;
    case OP_SUB_S:  rs = fpu__step_s(FPK_SUB, s1, t1, fcsr, lazy, &fl); goto put32;
    case OP_MUL_S:  rs = fpu__step_s(FPK_MUL, s1, t1, fcsr, lazy, &fl); goto put32;
    case OP_DIV_S:  rs = fpu__step_s(FPK_DIV, s1, t1, fcsr, lazy, &fl); goto put32;
    case OP_SQRT_S: rs = fpu__step_s(FPK_SQRT, s1, 0, fcsr, lazy, &fl); goto put32;
    case OP_ADD_D:  rd = fpu__step_d(FPK_ADD, d1, e1, fcsr, lazy, &fl); goto put64;
    case OP_SUB_D:  rd = fpu__step_d(FPK_SUB, d1, e1, fcsr, lazy, &fl); goto put64;
    case OP_MUL_D:  rd = fpu__step_d(FPK_MUL, d1, e1, fcsr, lazy, &fl); goto put64;
    case OP_DIV_D:  rd = fpu__step_d(FPK_DIV, d1, e1, fcsr, lazy, &fl); goto put64;
    case OP_SQRT_D: rd = fpu__step_d(FPK_SQRT, d1, 0, fcsr, lazy, &fl); goto put64;

    /* recip = 1/x, rsqrt = 1/sqrt(x), each step rounded (qemu
     * helper_float_recip_* / rsqrt_*: div, or sqrt then div). */
    case OP_RECIP_S:
        rs = fpu__step_s(FPK_DIV, 0x3f800000u, s1, fcsr, lazy, &fl);
        goto put32;
    case OP_RECIP_D:
        rd = fpu__step_d(FPK_DIV, 0x3ff0000000000000ull, d1, fcsr, lazy, &fl);
        goto put64;
    case OP_RSQRT_S:
        rs = fpu__step_s(FPK_SQRT, s1, 0, fcsr, lazy, &fl);
        rs = fpu__step_s(FPK_DIV, 0x3f800000u, rs, fcsr, lazy, &fl);
        goto put32;
    case OP_RSQRT_D:
        rd = fpu__step_d(FPK_SQRT, d1, 0, fcsr, lazy, &fl);
        rd = fpu__step_d(FPK_DIV, 0x3ff0000000000000ull, rd, fcsr, lazy, &fl);
        goto put64;

    /* MADD/MSUB/NMADD/NMSUB.fmt fd, fr, fs, ft (COP1X): not fused before
     * R6 -- fs*ft rounded, then fr added/subtracted and rounded (qemu
     * helper_float_madd_*); the N forms then flip the sign, default NaN
     * included (0xffbfffff / 0xfff7ffffffffffff, verified on qemu). */
    case OP_MADD_S: case OP_MSUB_S: case OP_NMADD_S: case OP_NMSUB_S:
        rs = fpu__step_s(FPK_MUL, s1, t1, fcsr, lazy, &fl);
        rs = fpu__step_s((op == OP_MADD_S || op == OP_NMADD_S) ? FPK_ADD : FPK_SUB,
                         rs, (uint32_t)g1, fcsr, lazy, &fl);
        if (op == OP_NMADD_S || op == OP_NMSUB_S) rs ^= FPU_SIGN_S;
        goto put32;
    case OP_MADD_D: case OP_MSUB_D: case OP_NMADD_D: case OP_NMSUB_D:
        rd = fpu__step_d(FPK_MUL, d1, e1, fcsr, lazy, &fl);
        rd = fpu__step_d((op == OP_MADD_D || op == OP_NMADD_D) ? FPK_ADD : FPK_SUB,
                         rd, g1, fcsr, lazy, &fl);
        if (op == OP_NMADD_D || op == OP_NMSUB_D) rd ^= FPU_SIGN_D;
        goto put64;

    /* ---- format conversions ---- */
    case OP_CVT_S_D: rs = fpu__cvt_s_d(d1, fcsr, lazy, &fl); goto put32;
    case OP_CVT_D_S: rd = fpu__cvt_d_s(s1, &fl); goto put64;
    case OP_CVT_S_W: rs = fpu__i2s((int32_t)s1, fcsr, lazy, &fl); goto put32;
    case OP_CVT_S_L: rs = fpu__i2s((int64_t)d1, fcsr, lazy, &fl); goto put32;
    case OP_CVT_D_W: rd = fpu__i2d((int32_t)s1, fcsr, lazy, &fl); goto put64;
    case OP_CVT_D_L: rd = fpu__i2d((int64_t)d1, fcsr, lazy, &fl); goto put64;

    /* ---- float -> integer: cvt uses FCSR.RM, the others a fixed mode ---- */
    case OP_CVT_W_S:   rs = (uint32_t)fpu__s2i(s1, rm, 0, &fl); goto put32;
    case OP_ROUND_W_S: rs = (uint32_t)fpu__s2i(s1, 0, 0, &fl); goto put32;
    case OP_TRUNC_W_S: rs = (uint32_t)fpu__s2i(s1, 1, 0, &fl); goto put32;
    case OP_CEIL_W_S:  rs = (uint32_t)fpu__s2i(s1, 2, 0, &fl); goto put32;
    case OP_FLOOR_W_S: rs = (uint32_t)fpu__s2i(s1, 3, 0, &fl); goto put32;
    case OP_CVT_W_D:   rs = (uint32_t)fpu__d2i(d1, rm, 0, &fl); goto put32;
    case OP_ROUND_W_D: rs = (uint32_t)fpu__d2i(d1, 0, 0, &fl); goto put32;
    case OP_TRUNC_W_D: rs = (uint32_t)fpu__d2i(d1, 1, 0, &fl); goto put32;
    case OP_CEIL_W_D:  rs = (uint32_t)fpu__d2i(d1, 2, 0, &fl); goto put32;
    case OP_FLOOR_W_D: rs = (uint32_t)fpu__d2i(d1, 3, 0, &fl); goto put32;
    case OP_CVT_L_S:   rd = fpu__s2i(s1, rm, 1, &fl); goto put64;
    case OP_ROUND_L_S: rd = fpu__s2i(s1, 0, 1, &fl); goto put64;
    case OP_TRUNC_L_S: rd = fpu__s2i(s1, 1, 1, &fl); goto put64;
    case OP_CEIL_L_S:  rd = fpu__s2i(s1, 2, 1, &fl); goto put64;
    case OP_FLOOR_L_S: rd = fpu__s2i(s1, 3, 1, &fl); goto put64;
    case OP_CVT_L_D:   rd = fpu__d2i(d1, rm, 1, &fl); goto put64;
    case OP_ROUND_L_D: rd = fpu__d2i(d1, 0, 1, &fl); goto put64;
    case OP_TRUNC_L_D: rd = fpu__d2i(d1, 1, 1, &fl); goto put64;
    case OP_CEIL_L_D:  rd = fpu__d2i(d1, 2, 1, &fl); goto put64;
    case OP_FLOOR_L_D: rd = fpu__d2i(d1, 3, 1, &fl); goto put64;

    /* ---- compares: FCC[cc] (bits 10..8) only written when no enabled
     * exception fires (qemu helper_cmp_*: update_fcr31 first) ---- */
    CASE_GROUP_FPCMP_S {
        int un = fpu__isnan_s(s1) || fpu__isnan_s(t1);
        cond = fpu__cmp((int)(w & 15), un, fpu__issnan_s(s1) || fpu__issnan_s(t1),
                        fpu__ord(s1, 31), fpu__ord(t1, 31), &fl);
        goto setcc;
    }
    CASE_GROUP_FPCMP_D {
        int un = fpu__isnan_d(d1) || fpu__isnan_d(e1);
        cond = fpu__cmp((int)(w & 15), un, fpu__issnan_d(d1) || fpu__issnan_d(e1),
                        fpu__ord(d1, 63), fpu__ord(e1, 63), &fl);
        goto setcc;
    }

    /* ---- abs/neg/mov: qemu MIPS64R2-generic treats abs/neg as sign-bit
     * operations (float*_abs/chs): no exception even for sNaN, Cause left
     * as it was (verified on qemu). ---- */
    case OP_ABS_S: fpu__put32(s, fd, s1 & ~FPU_SIGN_S); return 0;
    case OP_NEG_S: fpu__put32(s, fd, s1 ^ FPU_SIGN_S); return 0;
    case OP_MOV_S: fpu__put32(s, fd, s1); return 0;
    case OP_ABS_D: s->fpr[fd] = d1 & ~FPU_SIGN_D; return 0;
    case OP_NEG_D: s->fpr[fd] = d1 ^ FPU_SIGN_D; return 0;
    case OP_MOV_D: s->fpr[fd] = d1; return 0;

    /* ---- conditional moves (no FCSR change; cc bits 20..18) ---- */
    case OP_MOVF_S: if (!fpu_cond(s, fld_cc_20_18(w))) fpu__put32(s, fd, s1); return 0;
    case OP_MOVT_S: if (fpu_cond(s, fld_cc_20_18(w))) fpu__put32(s, fd, s1); return 0;
    case OP_MOVF_D: if (!fpu_cond(s, fld_cc_20_18(w))) s->fpr[fd] = d1; return 0;
    case OP_MOVT_D: if (fpu_cond(s, fld_cc_20_18(w))) s->fpr[fd] = d1; return 0;
    case OP_MOVZ_S: if (s->gpr[ft] == 0) fpu__put32(s, fd, s1); return 0;
    case OP_MOVN_S: if (s->gpr[ft] != 0) fpu__put32(s, fd, s1); return 0;
    case OP_MOVZ_D: if (s->gpr[ft] == 0) s->fpr[fd] = d1; return 0;
    case OP_MOVN_D: if (s->gpr[ft] != 0) s->fpr[fd] = d1; return 0;
    case OP_MOVF: case OP_MOVT: {   /* SPECIAL: rd = rs if FCC[cc] == tf (1 for MOVT) */
        int rdn = fld_rd(w);
        if (rdn && fpu_cond(s, fld_cc_20_18(w)) == (op == OP_MOVT))
            s->gpr[rdn] = s->gpr[fld_rs(w)];
        return 0;
    }

    /* ---- moves between GPRs and CP1 (rt = bits 20..16) ---- */
    case OP_MFC1:  if (ft) s->gpr[ft] = FPU__SX32(d1); return 0;
    case OP_DMFC1: if (ft) s->gpr[ft] = d1; return 0;
    case OP_MFHC1: if (ft) s->gpr[ft] = FPU__SX32(d1 >> 32); return 0;
    case OP_MTC1:  fpu__put32(s, fs, (uint32_t)s->gpr[ft]); return 0;
    case OP_DMTC1: s->fpr[fs] = s->gpr[ft]; return 0;
    case OP_MTHC1: s->fpr[fs] = (d1 & 0xffffffffull) | (s->gpr[ft] << 32); return 0;
    case OP_CFC1:
        if (fpu__lz.hart == s) fpu__fold(s);
        if (ft) s->gpr[ft] = fpu__cfc1(s, fs);
        return 0;
    case OP_CTC1:
        if (fpu__lz.hart == s) fpu__fold(s);
        return fpu__ctc1(s, fs, s->gpr[ft]);

    default:
        return EXC_RI;
    }

put32:
    if (lazy) fpu__lazy_note(s, fl, op, w, fcsr, d1, e1, g1);
    else if (fpu__done(s, fl)) return EXC_FPE;
    fpu__put32(s, fd, rs);
    return 0;
put64:
    if (lazy) fpu__lazy_note(s, fl, op, w, fcsr, d1, e1, g1);
    else if (fpu__done(s, fl)) return EXC_FPE;
    s->fpr[fd] = rd;
    return 0;
setcc:
    if (lazy) fpu__lazy_note(s, fl, op, w, fcsr, d1, e1, g1);
    else if (fpu__done(s, fl)) return EXC_FPE;
    fpu__set_cond(s, fld_cc_10_8(w), cond);
    return 0;
}

#endif
