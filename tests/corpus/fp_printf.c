/* printf of float/double with %f %g %e %a and precision/width variations,
 * NaN and infinity printing, negative zero. */
#include <math.h>
#include <stdio.h>
#include <float.h>

int main(void)
{
    volatile double zero = 0.0;
    double vals[] = {
        0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.0 / 3.0, 2.0 / 3.0, 123456.789, -98765.4321,
        1e-5, 1e-300, 1e300, 6.02214076e23, 1.602176634e-19, 3.141592653589793, 2.718281828459045,
        DBL_MAX, DBL_MIN, DBL_EPSILON, 4.9406564584124654e-324, 0.000123456, 1e15, 1e16, 1e17,
        123456789012345678.0, 0.05, 0.15, 0.25, 0.35, 2.5, 3.5, -2.5, 1e21, 1e22, 9.999999e-5,
        1.0 / zero, -1.0 / zero, zero / zero, -(zero / zero),
    };
    int n = sizeof vals / sizeof vals[0];
    for (int i = 0; i < n; i++) {
        double v = vals[i];
        printf("[%d] %%f=%f %%.0f=%.0f %%.3f=%.3f %%.10f=%.10f\n", i, v, v, v, v);
        printf("    %%e=%e %%.2e=%.2E %%.15e=%.15e\n", v, v, v);
        printf("    %%g=%g %%.3g=%.3g %%.17g=%.17g %%#g=%#g %%G=%G\n", v, v, v, v, v);
        printf("    %%a=%a %%.3a=%.3a %%A=%A\n", v, v, v);
        printf("    |%%12.4f|=|%12.4f| |%%-12.3e|=|%-12.3e| |%%+g|=|%+g| |%% f|=|% f| |%%012.2f|=|%012.2f|\n",
               v, v, v, v, v);
    }
    float fv[] = {0.1f, 1.0f / 3.0f, 16777216.0f, 16777217.0f, FLT_MAX, FLT_MIN, 1e-45f, -0.0f, 3.4e38f};
    for (unsigned i = 0; i < sizeof fv / sizeof fv[0]; i++)
        printf("float %u: %.9g %a %f %e\n", i, fv[i], fv[i], fv[i], fv[i]);
    printf("nan check: %f %F %e %E %g %G %a %A\n", vals[n - 2], vals[n - 2], vals[n - 2], vals[n - 2],
           vals[n - 2], vals[n - 2], vals[n - 2], vals[n - 2]);
    printf("inf check: %f %F %e %E %g %G %a %A\n", vals[n - 4], vals[n - 3], vals[n - 4], vals[n - 3],
           vals[n - 4], vals[n - 3], vals[n - 4], vals[n - 3]);
    printf("signbit(nan)=%d signbit(-nan)=%d isnan=%d isinf=%d\n", signbit(vals[n - 2]) != 0,
           signbit(vals[n - 1]) != 0, isnan(vals[n - 2]) != 0, isinf(vals[n - 4]) != 0);
    /* powers of ten, exact-ish round trips */
    double p = 1.0;
    for (int i = 0; i < 25; i++) {
        printf("1e%d: %.20g %.0f\n", i, p, p);
        p *= 10.0;
    }
    for (int i = 1; i <= 20; i++) printf("1/%d = %.*f\n", i, i, 1.0 / i);
    return 0;
}
