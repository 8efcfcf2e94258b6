/* strtol/strtoul/strtoll/strtoull/strtod/strtof/atoi edge cases: bases,
 * prefixes, whitespace, overflow (ERANGE), end pointers, hex floats,
 * inf/nan spellings, denormal and overflowing decimal input. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    const char *ints[] = {"0", "42", "-42", "+17", "   12abc", "0x1f", "0X1F", "017", "0b101", "z", "",
                          "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                          "-9223372036854775809", "18446744073709551615", "18446744073709551616",
                          "-1", "  -0x10", "0x", "2147483648", "-2147483649", "  \t\n 5", "1e5", "0777777777777777777777",
                          "01777777777777777777777", "0xffffffffffffffff", "0x10000000000000000"};
    int bases[] = {0, 10, 16, 8, 2, 36};
    for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        for (unsigned b = 0; b < sizeof bases / sizeof bases[0]; b++) {
            char *end;
            errno = 0;
            long v = strtol(ints[i], &end, bases[b]);
            int e1 = errno;
            errno = 0;
            char *end2;
            unsigned long u = strtoul(ints[i], &end2, bases[b]);
            int e2 = errno;
            printf("'%s' b%d: l=%ld end=%ld%s ul=%lu end=%ld%s\n", ints[i], bases[b], v, (long)(end - ints[i]),
                   e1 == ERANGE ? " ERANGE" : e1 == EINVAL ? " EINVAL" : "", u, (long)(end2 - ints[i]),
                   e2 == ERANGE ? " ERANGE" : e2 == EINVAL ? " EINVAL" : "");
        }
        printf("  atoi=%d atol=%ld strtoll=%lld strtoull=%llu\n", atoi(ints[i]), atol(ints[i]),
               strtoll(ints[i], NULL, 0), strtoull(ints[i], NULL, 0));
    }
    const char *dbls[] = {"0", "-0", "1.5", "  -2.25e3xyz", ".5", "5.", "1e308", "1e309", "-1e309", "1e-320",
                          "1e-400", "0x1.8p3", "0X.8P-2", "0x1p-1074", "0x1p-1075", "inf", "-INF", "infinity",
                          "infin", "nan", "NAN(123)", "-nan", "1.7976931348623157e308", "1.7976931348623159e308",
                          "2.2250738585072011e-308", "4.9e-324", "2.4703282292062328e-324", "123456789012345678901234567890",
                          "0.1", "0.30000000000000004", "1e", "1e+", "e5", "+.e1", "3.14159265358979323846264338327950288",
                          "9007199254740993", "  \t+7.0"};
    for (unsigned i = 0; i < sizeof dbls / sizeof dbls[0]; i++) {
        char *end;
        errno = 0;
        double d = strtod(dbls[i], &end);
        int e = errno;
        errno = 0;
        char *fend;
        float f = strtof(dbls[i], &fend);
        int fe = errno;
        long double ld = strtold(dbls[i], NULL);
        printf("'%s': d=%.17g (%a) end=%ld%s f=%.9g end=%ld%s ld=%.21Lg\n", dbls[i], d, d, (long)(end - dbls[i]),
               e == ERANGE ? " ERANGE" : "", (double)f, (long)(fend - dbls[i]), fe == ERANGE ? " ERANGE" : "", ld);
    }
    printf("atof(3.25)=%g\n", atof("3.25"));
    /* round trip */
    unsigned long long x = 0x9e3779b97f4a7c15ull;
    int bad = 0;
    for (int i = 0; i < 300; i++) {
        char buf[64];
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        double d;
        memcpy(&d, &x, 8);
        if (d != d || d - d != 0) continue;
        snprintf(buf, sizeof buf, "%.17g", d);
        if (strtod(buf, NULL) != d) bad++;
        long long v = (long long)x;
        snprintf(buf, sizeof buf, "%lld", v);
        if (strtoll(buf, NULL, 10) != v) bad++;
        snprintf(buf, sizeof buf, "%llo", (unsigned long long)v);
        if (strtoull(buf, NULL, 8) != (unsigned long long)v) bad++;
    }
    printf("roundtrip bad=%d\n", bad);
    return 0;
}
