//! opts: Os
/* libm functions over a grid of arguments: sin cos tan exp log log10 log2
 * pow sqrt fmod floor ceil round trunc lrint llround nextafter frexp ldexp
 * modf atan asin acos sinh cosh tanh. Printed with %a and %.17g. */
#include <math.h>
#include <stdio.h>

int main(void)
{
    double xs[] = {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 2.5, -2.5, 3.0, 10.0, 100.0, 1e-8, 1e8,
                   0.7853981633974483, 1.5707963267948966, 3.141592653589793, 6.283185307179586,
                   -7.25, 123.456, 1e-310, 700.0, -745.0, 2.0};
    int n = sizeof xs / sizeof xs[0];
    for (int i = 0; i < n; i++) {
        volatile double x = xs[i];
        printf("x=%.17g (%a)\n", x, x);
        printf("  sin=%.17g cos=%.17g tan=%.17g\n", sin(x), cos(x), tan(x));
        printf("  exp=%.17g expm1=%.17g log=%.17g log10=%.17g log2=%.17g log1p=%.17g\n", exp(x), expm1(x),
               log(fabs(x)), log10(fabs(x)), log2(fabs(x)), log1p(fabs(x)));
        printf("  sqrt=%.17g cbrt=%.17g atan=%.17g sinh=%.17g cosh=%.17g tanh=%.17g\n", sqrt(fabs(x)),
               cbrt(x), atan(x), sinh(x), cosh(x), tanh(x));
        if (fabs(x) <= 1) printf("  asin=%.17g acos=%.17g\n", asin(x), acos(x));
        printf("  floor=%g ceil=%g round=%g trunc=%g rint=%g nearbyint=%g lrint=%ld llround=%lld\n",
               floor(x), ceil(x), round(x), trunc(x), rint(x), nearbyint(x),
               fabs(x) < 1e18 ? lrint(x) : 0L, fabs(x) < 1e18 ? llround(x) : 0LL);
        int e;
        double m = frexp(x, &e);
        double ip, fp = modf(x, &ip);
        printf("  frexp=%a,%d ldexp(x,5)=%a ldexp(x,-1070)=%a modf=%g,%g\n", m, e, ldexp(x, 5),
               ldexp(x, -1070), ip, fp);
        printf("  nextafter up=%a down=%a ilogb=%d logb=%g scalbn=%a\n", nextafter(x, INFINITY),
               nextafter(x, -INFINITY), x != 0 ? ilogb(x) : -999, x != 0 ? logb(x) : -999.0,
               scalbn(x, 3));
    }
    printf("== pow ==\n");
    double bases[] = {0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 10.0, 1.0000001, 3.7};
    double exps[] = {0.0, 1.0, -1.0, 0.5, 2.0, 3.0, -3.0, 10.5, 100.0, 1e-3};
    for (unsigned i = 0; i < sizeof bases / sizeof bases[0]; i++)
        for (unsigned j = 0; j < sizeof exps / sizeof exps[0]; j++)
            printf("pow(%g,%g)=%.17g\n", bases[i], exps[j], pow(bases[i], exps[j]));
    printf("== fmod / remainder ==\n");
    for (int i = 0; i < n; i++)
        for (int j = 2; j < 12; j += 3) {
            double a = xs[i], b = xs[j];
            printf("fmod(%g,%g)=%.17g remainder=%.17g\n", a, b, fmod(a, b), remainder(a, b));
        }
    printf("== atan2 / hypot ==\n");
    for (int i = -3; i <= 3; i++)
        for (int j = -3; j <= 3; j++)
            printf("atan2(%d,%d)=%.17g hypot=%.17g\n", i, j, atan2(i, j), hypot(i, j));
    return 0;
}
