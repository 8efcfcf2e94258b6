/* float<->int conversions, including out-of-range and NaN inputs (done
 * through volatile so the compiler cannot fold them): what the FPU and the
 * generated code produce on MIPS is part of the ABI a simulator must match. */
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <float.h>

int main(void)
{
    volatile double zero = 0.0;
    double ds[] = {0.0, -0.0, 0.4, 0.5, 0.6, -0.5, -0.6, 1.5, -1.5, 2.5, 1e9, -1e9, 2147483647.0,
                   2147483647.5, 2147483648.0, -2147483648.0, -2147483649.0, 4294967295.0, 4294967296.0,
                   9.2233720368547748e18, 9.2233720368547758e18, -9.2233720368547758e18, 1.8446744073709550e19,
                   1.8446744073709552e19, 1e20, -1e20, 1e300, 1.0 / zero, -1.0 / zero, zero / zero,
                   -123.999, 123.999, 4503599627370497.0};
    int n = sizeof ds / sizeof ds[0];
    for (int i = 0; i < n; i++) {
        volatile double d = ds[i];
        volatile int32_t i32 = (int32_t)d;
        volatile int64_t i64 = (int64_t)d;
        volatile uint32_t u32 = (uint32_t)d;
        volatile uint64_t u64 = (uint64_t)d;
        volatile float f = (float)d;
        volatile int32_t fi = (int32_t)f;
        volatile int64_t fl = (int64_t)f;
        volatile uint64_t fu = (uint64_t)f;
        printf("%-24.17g i32=%d i64=%lld u32=%u u64=%llu f=%a fi=%d fl=%lld fu=%llu\n", d, i32,
               (long long)i64, u32, (unsigned long long)u64, (double)f, fi, (long long)fl,
               (unsigned long long)fu);
        printf("   lrint=%ld llrint=%lld lround=%ld\n", lrint(d), llrint(d), lround(d));
    }
    int64_t is[] = {0, 1, -1, 16777217, -16777217, 9007199254740993LL, INT64_MAX, INT64_MIN, 0x7ffffffffffffdffLL,
                    123456789012345678LL, -3, 2147483647, (int64_t)0x8000000000000001ULL};
    for (unsigned i = 0; i < sizeof is / sizeof is[0]; i++) {
        volatile int64_t v = is[i];
        volatile uint64_t u = (uint64_t)is[i];
        volatile int32_t w = (int32_t)is[i];
        volatile uint32_t uw = (uint32_t)is[i];
        printf("%lld: d=%a f=%a ud=%a uf=%a wd=%a wf=%a uwd=%a uwf=%a\n", (long long)v, (double)v,
               (double)(float)v, (double)u, (double)(float)u, (double)w, (double)(float)w, (double)uw,
               (double)(float)uw);
    }
    /* double <-> float narrowing and widening at the edges */
    double nar[] = {FLT_MAX, (double)FLT_MAX * 1.0000001, 1e39, -1e39, FLT_MIN, FLT_MIN / 3, 1e-46, 0.1,
                    16777216.5, 16777217.0, 16777218.5};
    for (unsigned i = 0; i < sizeof nar / sizeof nar[0]; i++) {
        volatile double d = nar[i];
        volatile float f = (float)d;
        printf("narrow %a -> %a\n", d, (double)f);
    }
    /* small ints through float round-trip */
    unsigned long acc = 0;
    for (int k = -100000; k <= 100000; k += 37) {
        volatile float f = (float)k * 0.1f;
        volatile int back = (int)f;
        volatile double d = (double)k / 7.0;
        volatile long lb = (long)d;
        acc = acc * 31 + (unsigned)back + (unsigned long)lb;
    }
    printf("acc=%lu\n", acc);
    return 0;
}
