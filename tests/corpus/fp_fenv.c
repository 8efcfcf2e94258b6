/* fesetround in each rounding mode (arithmetic, conversions, sqrt, rint,
 * printf rounding) and fetestexcept/feclearexcept flags. */
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <float.h>

static const char *mode_name(int m)
{
    switch (m) {
    case FE_TONEAREST: return "nearest";
    case FE_TOWARDZERO: return "towardzero";
    case FE_UPWARD: return "upward";
    case FE_DOWNWARD: return "downward";
    }
    return "?";
}

static void show_flags(const char *what)
{
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("  %-22s flags:%s%s%s%s%s%s\n", what, f & FE_INEXACT ? " inexact" : "",
           f & FE_UNDERFLOW ? " underflow" : "", f & FE_OVERFLOW ? " overflow" : "",
           f & FE_DIVBYZERO ? " divbyzero" : "", f & FE_INVALID ? " invalid" : "", f ? "" : " none");
    feclearexcept(FE_ALL_EXCEPT);
}

int main(void)
{
    volatile double one = 1.0, three = 3.0, ten = 10.0, zero = 0.0, big = DBL_MAX, tiny = DBL_MIN;
    volatile double two = 2.0, m15 = -1.5, p25 = 2.5, half = 0.5;
    volatile float fone = 1.0f, fthree = 3.0f;
    int modes[] = {FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD};
    printf("FE_ALL_EXCEPT=%#x modes: %d %d %d %d\n", FE_ALL_EXCEPT, FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD,
           FE_DOWNWARD);
    for (int k = 0; k < 4; k++) {
        if (fesetround(modes[k]) != 0) printf("fesetround failed\n");
        printf("mode %s (fegetround=%s)\n", mode_name(modes[k]), mode_name(fegetround()));
        feclearexcept(FE_ALL_EXCEPT);
        volatile double r;
        r = one / three;  printf("  1/3 = %a\n", r);
        r = -one / three; printf("  -1/3 = %a\n", r);
        r = two / three;  printf("  2/3 = %a\n", r);
        r = one / ten;    printf("  1/10 = %a\n", r);
        volatile float fr = fone / fthree; printf("  1f/3f = %a\n", (double)fr);
        r = sqrt(two);    printf("  sqrt2 = %a\n", r);
        r = one + 0x1p-53 * three; printf("  1+3ulp/2 = %a\n", r);
        r = big * two;    printf("  max*2 = %a\n", r);
        r = -big * two;   printf("  -max*2 = %a\n", r);
        r = tiny / 3e10;  printf("  min/3e10 = %a\n", r);
        printf("  rint(-1.5)=%g rint(2.5)=%g rint(0.5)=%g lrint(2.5)=%ld lrint(-1.5)=%ld nearbyint(2.5)=%g\n",
               rint(m15), rint(p25), rint(half), lrint(p25), lrint(m15), nearbyint(p25));
        volatile long long ll = 0x7ffffffffffffdffLL; volatile double dl = (double)ll;
        printf("  (double)0x7ffffffffffffdff = %a\n", dl);
        volatile int iv = 16777217; volatile float fl = (float)iv;
        printf("  (float)16777217 = %a\n", (double)fl);
        volatile double dd = 1.0000001; volatile float fd = (float)dd;
        printf("  (float)1.0000001 = %a\n", (double)fd);
        printf("  printf 0.125 %%.2f=%.2f 2.675 %%.2f=%.2f 1/3 %%.5f=%.5f\n", 0.125, 2.675, one / three);
        show_flags("after ops");
    }
    fesetround(FE_TONEAREST);
    printf("== exception flags ==\n");
    feclearexcept(FE_ALL_EXCEPT);
    show_flags("clean");
    volatile double r;
    r = one / three; (void)r; show_flags("1/3");
    r = one / zero; (void)r; show_flags("1/0");
    r = zero / zero; (void)r; show_flags("0/0");
    r = big * big; (void)r; show_flags("max*max");
    r = tiny * tiny; (void)r; show_flags("min*min");
    r = tiny / 4.0; (void)r; show_flags("min/4 (exact denorm)");
    r = sqrt(-one); (void)r; show_flags("sqrt(-1)");
    r = one + one; (void)r; show_flags("1+1");
    r = log(zero); (void)r; show_flags("log(0)");
    r = exp(1000.0 * one); (void)r; show_flags("exp(1000)");
    volatile double nanv = zero / zero;
    feclearexcept(FE_ALL_EXCEPT);
    volatile int c = nanv < one; (void)c; show_flags("nan < 1");
    c = nanv == one; (void)c; show_flags("nan == 1");
    c = isless(nanv, one); (void)c; show_flags("isless(nan,1)");
    volatile double bigd = 1e30; volatile int conv = (int)(bigd > 0 ? 5 : 6); (void)conv;
    show_flags("compare big");
    feraiseexcept(FE_OVERFLOW | FE_INEXACT); show_flags("feraiseexcept O|I");
    fexcept_t saved;
    feraiseexcept(FE_DIVBYZERO);
    fegetexceptflag(&saved, FE_ALL_EXCEPT);
    feclearexcept(FE_ALL_EXCEPT);
    fesetexceptflag(&saved, FE_ALL_EXCEPT);
    show_flags("restored flag");
    fenv_t env;
    fesetround(FE_UPWARD);
    fegetenv(&env);
    fesetround(FE_DOWNWARD);
    fesetenv(&env);
    printf("after fesetenv mode=%s\n", mode_name(fegetround()));
    fesetround(FE_DOWNWARD);
    feholdexcept(&env);
    r = one / three; (void)r;
    printf("in hold mode=%s\n", mode_name(fegetround()));
    feupdateenv(&env);
    printf("after feupdateenv mode=%s\n", mode_name(fegetround()));
    show_flags("after feupdateenv");
    fesetround(FE_TONEAREST);
    return 0;
}
