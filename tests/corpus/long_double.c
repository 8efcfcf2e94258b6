//! opts: Os
/* long double is IEEE binary128 on mips64 n64, implemented in software
 * (libgcc __addtf3 ...). Arithmetic, comparisons, conversions, printf %Lf
 * %Le %La %Lg, sqrtl and friends. */
#include <math.h>
#include <stdio.h>
#include <float.h>
#include <stdint.h>

int main(void)
{
    printf("LDBL_MANT_DIG=%d LDBL_DIG=%d LDBL_MAX_EXP=%d sizeof=%zu\n", LDBL_MANT_DIG, LDBL_DIG, LDBL_MAX_EXP,
           sizeof(long double));
    printf("LDBL_MAX=%Lg LDBL_MIN=%Lg LDBL_EPSILON=%La\n", LDBL_MAX, LDBL_MIN, LDBL_EPSILON);
    volatile long double one = 1.0L, three = 3.0L, seven = 7.0L;
    long double third = one / three;
    printf("1/3 = %.40Lf\n    = %La\n    = %.35Le\n", third, third, third);
    printf("1/7 = %.36Lg\n", one / seven);
    long double s = 0;
    for (int i = 1; i <= 200; i++) s += 1.0L / ((long double)i * i);
    printf("sum 1/i^2 (200) = %.33Lg\n", s);
    long double f = 1;
    for (int i = 1; i <= 40; i++) {
        f *= i;
        if (i % 5 == 0) printf("%d! = %.36Lg\n", i, f);
    }
    printf("sqrtl(2) = %.36Lg\n", sqrtl(2.0L * one));
    printf("sqrtl(3) = %La\n", sqrtl(three));
    printf("fabsl/floorl/ceill/roundl: %Lg %Lg %Lg %Lg\n", fabsl(-2.5L * one), floorl(-2.5L * one),
           ceill(-2.5L * one), roundl(-2.5L * one));
    volatile long double big = 1e4000L;
    printf("1e4000L = %Le, *1e900 = %Le\n", big, big * 1e900L);
    volatile long double x = 123456789.987654321L;
    printf("x=%.30Lf (long long)x=%lld (double)x=%.17g\n", x, (long long)x, (double)x);
    volatile long long ll = 0x7fffffffffffffffLL;
    volatile unsigned long long ull = 0xffffffffffffffffULL;
    printf("(ld)INT64_MAX=%.0Lf (ld)UINT64_MAX=%.0Lf\n", (long double)ll, (long double)ull);
    volatile double d = 0.1;
    printf("(ld)0.1 = %.40Lf\n", (long double)d);
    printf("0.1L   = %.40Lf\n", 0.1L);
    long double vals[] = {-2.0L, -0.5L, 0.0L, 0.5L, 1.0L, 1e-4930L, 3.0L};
    for (int i = 0; i < 7; i++)
        for (int j = 0; j < 7; j++) {
            volatile long double a = vals[i], b = vals[j];
            printf("%d%d%d", a < b, a == b, a > b);
            if (j == 6) printf("\n");
        }
    long double acc = 1.0L;
    for (int i = 0; i < 100; i++) acc = acc * 1.0000001L + 1e-20L;
    printf("acc=%.33Lg\n", acc);
    printf("frexpl: ");
    int e;
    long double m = frexpl(12345.678L, &e);
    printf("%La %d ldexpl=%La\n", m, e, ldexpl(m, e + 100));
    return 0;
}
