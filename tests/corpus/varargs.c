//! opts: Os
/* Variadic functions: mixed int/long/double/long double/pointer-to-string
 * arguments (n64 passes the first 8 in registers, then on the stack),
 * va_copy, forwarding a va_list, many arguments. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static double sum_doubles(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}

static long sum_mixed(const char *spec, ...)
{
    va_list ap, ap2;
    va_start(ap, spec);
    va_copy(ap2, ap);
    long s = 0;
    double ds = 0;
    long double lds = 0;
    for (const char *p = spec; *p; p++) {
        switch (*p) {
        case 'i': s += va_arg(ap, int); break;
        case 'l': s += va_arg(ap, long); break;
        case 'd': ds += va_arg(ap, double); break;
        case 'L': lds += va_arg(ap, long double); break;
        case 's': s += (long)strlen(va_arg(ap, const char *)); break;
        case 'c': s += va_arg(ap, int); break;  /* char promoted */
        }
    }
    va_end(ap);
    /* second pass over the copy: count only ints */
    long ints = 0;
    for (const char *p = spec; *p; p++) {
        switch (*p) {
        case 'i': case 'c': ints += va_arg(ap2, int); break;
        case 'l': (void)va_arg(ap2, long); break;
        case 'd': (void)va_arg(ap2, double); break;
        case 'L': (void)va_arg(ap2, long double); break;
        case 's': (void)va_arg(ap2, const char *); break;
        }
    }
    va_end(ap2);
    printf("  spec=%s ints=%ld doubles=%.6f ldoubles=%.6Lf\n", spec, ints, ds, lds);
    return s;
}

static int vformat(char *out, size_t n, const char *fmt, va_list ap) { return vsnprintf(out, n, fmt, ap); }
static int format(char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vformat(out, n, fmt, ap);
    va_end(ap);
    return r;
}

static long many(int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10, long a11,
                 double d1, double d2, double d3, double d4, double d5, double d6, double d7, double d8, double d9,
                 float f10, char c, short s)
{
    return a1 + 2L * a2 + 3L * a3 + 4L * a4 + 5L * a5 + 6L * a6 + 7L * a7 + 8L * a8 + 9L * a9 + 10L * a10 +
           11L * a11 + (long)(d1 + 2 * d2 + 3 * d3 + 4 * d4 + 5 * d5 + 6 * d6 + 7 * d7 + 8 * d8 + 9 * d9 + 10 * f10) +
           c * 100 + s * 1000;
}

int main(void)
{
    printf("sum_doubles(0)=%g\n", sum_doubles(0));
    printf("sum_doubles(3)=%g\n", sum_doubles(3, 1.5, 2.25, -0.75));
    printf("sum_doubles(12)=%g\n", sum_doubles(12, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.5));
    printf("mixed=%ld\n", sum_mixed("idlsc", 5, 2.5, 100000000000L, "hello", 'A'));
    printf("mixed=%ld\n", sum_mixed("LiLiLd", 1.25L, 3, 2.5L, 4, 0.125L, 7.0));
    printf("mixed=%ld\n", sum_mixed("iiiiiiiiiiiidddd", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0.5, 0.25, 0.125, 1.0));
    printf("mixed=%ld\n", sum_mixed("sLsLsL", "a", 1.0L, "bb", 2.0L, "ccc", 3.0L));
    char buf[200];
    int r = format(buf, sizeof buf, "%d %s %.3f %Lg %c %lx %5.1e", -7, "str", 3.14159, 2.5L, 'Z', 0xbeefL, 12345.678);
    printf("format ret=%d [%s]\n", r, buf);
    printf("many=%ld\n", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5f, 'x', -3));
    printf("printf with 20 args: %d %d %d %d %d %d %d %d %d %d %f %f %f %f %f %f %f %f %f %f\n", 1, 2, 3, 4, 5, 6, 7,
           8, 9, 10, 1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 10.10);
    return 0;
}
