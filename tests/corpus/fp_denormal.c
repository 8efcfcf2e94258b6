/* Subnormal (denormal) numbers: generation by division and scaling,
 * arithmetic on them, gradual underflow, flush checks, printing. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint64_t bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

int main(void)
{
    volatile double x = DBL_MIN;
    printf("DBL_MIN=%a DBL_TRUE_MIN=%a FLT_MIN=%a FLT_TRUE_MIN=%a\n", DBL_MIN, DBL_TRUE_MIN,
           (double)FLT_MIN, (double)FLT_TRUE_MIN);
    for (int i = 0; i < 56; i++) {
        printf("%2d %016llx %a %.6e class=%d\n", i, (unsigned long long)bits(x), x, x, fpclassify(x));
        x = x / 2.0;
    }
    volatile double a = 3 * DBL_TRUE_MIN, b = 5 * DBL_TRUE_MIN;
    printf("a+b=%a a*b=%a b-a=%a a-b=%a b/a=%a a*2^60=%a sqrt(a)=%a\n", a + b, a * b, b - a, a - b, b / a,
           a * 0x1p60, sqrt(a));
    volatile double y = 0x1.fffffffffffffp-1023;
    printf("y=%a y*2=%a y/2=%a y+DBL_MIN=%a\n", y, y * 2, y / 2, y + DBL_MIN);
    volatile float fx = FLT_MIN;
    for (int i = 0; i < 26; i++) {
        printf("f%2d %08x %a %.6e\n", i, fbits(fx), (double)fx, (double)fx);
        fx = fx / 3.0f;
    }
    /* gradual underflow: products just around DBL_MIN */
    for (int i = -4; i <= 4; i++) {
        volatile double p = ldexp(1.0, -511 + i), q = ldexp(1.5, -511);
        volatile double r = p * q;
        printf("2^%d * 1.5*2^-511 = %a (%s)\n", -511 + i, r, fpclassify(r) == FP_SUBNORMAL ? "subnormal" : "normal");
    }
    /* conversions involving subnormals */
    volatile double ds = 1e-310;
    volatile float fs = (float)ds;
    volatile double back = (double)(float)1e-40;
    printf("(float)1e-310=%a (double)(float)1e-40=%a %.10e\n", (double)fs, back, back);
    volatile double sum = 0;
    for (int i = 0; i < 1000; i++) sum += DBL_TRUE_MIN * i;
    printf("sum of k*TRUE_MIN = %a = %.17g\n", sum, sum);
    printf("nextafter(0,1)=%a nextafter(DBL_MIN,0)=%a nextafterf(0,1)=%a\n", nextafter(0.0, 1.0),
           nextafter(DBL_MIN, 0.0), (double)nextafterf(0.0f, 1.0f));
    printf("frexp of subnormals:\n");
    for (int k = 1; k < 1 << 20; k <<= 3) {
        int e;
        double m = frexp(k * DBL_TRUE_MIN, &e);
        printf("  %d*TRUE_MIN -> %a * 2^%d, ilogb=%d\n", k, m, e, ilogb(k * DBL_TRUE_MIN));
    }
    return 0;
}
