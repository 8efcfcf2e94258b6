/* Classification and more libm: fpclassify, isnan/isinf/isfinite,
 * signbit, copysign, fmin/fmax, fdim, fma, remquo, erf, erfc, tgamma,
 * lgamma, exp2, asinh/acosh/atanh, hypot, fabs, bit patterns of NaNs. */
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <float.h>

static const char *cls(double x)
{
    switch (fpclassify(x)) {
    case FP_NAN: return "nan";
    case FP_INFINITE: return "inf";
    case FP_ZERO: return "zero";
    case FP_SUBNORMAL: return "subnormal";
    case FP_NORMAL: return "normal";
    }
    return "?";
}

int main(void)
{
    volatile double z = 0.0;
    double xs[] = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -3.5, 10.0, 1e-320, DBL_MAX, 1.0 / z, -1.0 / z, z / z, 4.25, 170.5};
    int n = sizeof xs / sizeof xs[0];
    for (int i = 0; i < n; i++) {
        volatile double x = xs[i];
        uint64_t b;
        memcpy(&b, (const void *)&x, 8);
        printf("x=%g bits=%016llx class=%s isnan=%d isinf=%d isfinite=%d isnormal=%d signbit=%d\n", x,
               (unsigned long long)b, cls(x), isnan(x) != 0, isinf(x), isfinite(x) != 0, isnormal(x) != 0,
               signbit(x) != 0);
        printf("  copysign(3,x)=%g fabs=%g fmin(x,1)=%g fmax(x,1)=%g fdim(x,1)=%g fma(x,3,1)=%.17g\n",
               copysign(3.0, x), fabs(x), fmin(x, 1.0), fmax(x, 1.0), fdim(x, 1.0), fma(x, 3.0, 1.0));
        printf("  erf=%.17g erfc=%.17g tgamma=%.17g lgamma=%.17g exp2=%.17g\n", erf(x), erfc(x), tgamma(x),
               lgamma(x), exp2(x));
        printf("  asinh=%.17g acosh=%.17g atanh=%.17g\n", asinh(x), acosh(fabs(x) + 1.0), atanh(x / 11.0));
    }
    printf("== remquo ==\n");
    for (int a = -7; a <= 7; a += 2)
        for (int b2 = -3; b2 <= 3; b2++) {
            if (!b2) continue;
            int q;
            double r = remquo(a * 1.25, b2 * 0.75, &q);
            printf("remquo(%g,%g)=%g q&7=%d\n", a * 1.25, b2 * 0.75, r, q & 7);
        }
    printf("== nan payloads ==\n");
    volatile double qn = z / z;
    double nn = nan(""), n1 = nan("1"), n0x = nan("0x1234");
    uint64_t bq, bn, b1, bx;
    memcpy(&bq, (const void *)&qn, 8); memcpy(&bn, &nn, 8); memcpy(&b1, &n1, 8); memcpy(&bx, &n0x, 8);
    printf("0/0=%016llx nan()=%016llx nan(1)=%016llx nan(0x1234)=%016llx\n", (unsigned long long)bq,
           (unsigned long long)bn, (unsigned long long)b1, (unsigned long long)bx);
    volatile float fz = 0.0f;
    volatile float fq = fz / fz;
    uint32_t fb;
    memcpy(&fb, (const void *)&fq, 4);
    printf("0f/0f=%08x nanf()=%s\n", fb, isnan(nanf("")) ? "nan" : "num");
    volatile double sum = qn + 1.0, prod = qn * 2.0, neg = -qn;
    uint64_t bs, bp, bng;
    memcpy(&bs, (const void *)&sum, 8); memcpy(&bp, (const void *)&prod, 8); memcpy(&bng, (const void *)&neg, 8);
    printf("nan+1=%016llx nan*2=%016llx -nan=%016llx\n", (unsigned long long)bs, (unsigned long long)bp,
           (unsigned long long)bng);
    volatile double inf = 1.0 / z;
    volatile double infm = inf - inf, inf0 = inf * z;
    memcpy(&bs, (const void *)&infm, 8); memcpy(&bp, (const void *)&inf0, 8);
    printf("inf-inf=%016llx inf*0=%016llx\n", (unsigned long long)bs, (unsigned long long)bp);
    double sq = sqrt(-1.0 * (1 + z));
    memcpy(&bs, &sq, 8);
    printf("sqrt(-1)=%016llx\n", (unsigned long long)bs);
    printf("== comparisons with nan ==\n");
    double cmpv[] = {1.0, qn, inf, -inf, 0.0, -0.0};
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
            volatile double a = cmpv[i], b = cmpv[j];
            printf("%d%d%d%d%d%d ", a < b, a <= b, a == b, a != b, a > b, a >= b);
            printf("%d%d ", isunordered(a, b) != 0, islessgreater(a, b) != 0);
        }
        printf("\n");
    }
    return 0;
}
