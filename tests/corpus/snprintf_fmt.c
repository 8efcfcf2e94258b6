/* printf-family formatting: flags, widths, precisions, length modifiers,
 * %n, %c, %s with precision, positional args, snprintf truncation and
 * return values, vsnprintf, asprintf. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <inttypes.h>
#include <stddef.h>

static int wrap(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

int main(void)
{
    int ivals[] = {0, 1, -1, 42, -42, 255, 65535, 2147483647, -2147483647 - 1, 1000000};
    const char *ifmts[] = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#o", "%o", "%u",
                           "%.3d", "%8.3d", "%-+8.3d|", "%hhd", "%hd", "%hhu", "%#.0x", "%.0d", "%'d"};
    for (unsigned i = 0; i < sizeof ivals / sizeof ivals[0]; i++) {
        for (unsigned f = 0; f < sizeof ifmts / sizeof ifmts[0]; f++) {
            char buf[64];
            snprintf(buf, sizeof buf, ifmts[f], ivals[i]);
            printf("%s=[%s] ", ifmts[f], buf);
        }
        printf("\n");
    }
    long long L = -1234567890123456789LL;
    unsigned long long U = 18446744073709551615ULL;
    printf("%lld %llu %llx %llo %20lld|%-20llu|\n", L, U, U, U, L, U);
    printf("%jd %ju %zd %zu %td %" PRIi64 " %" PRIu32 " %" PRIxMAX "\n", (intmax_t)L, (uintmax_t)U, (ssize_t)-5,
           (size_t)12345, (ptrdiff_t)-77, (int64_t)L, (uint32_t)4000000000u, (uintmax_t)U);
    const char *s = "strings";
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%*s] [%-*s] [%.*s]\n", s, s, s, s, s, 9, s, 9, s, 4, s);
    printf("[%c] [%3c] [%-3c] [%%]\n", 'x', 'y', 'z');
    int n1 = 0, n2 = 0;
    printf("abc%nde%nf\n", &n1, &n2);
    printf("n1=%d n2=%d\n", n1, n2);
    printf("positional: %2$s %1$s %3$d %2$s\n", "world", "hello", 7);
    printf("[%*.*f] [%-*.*e]\n", 12, 3, 3.14159, 14, 2, -2.71828);
    char small[16];
    for (size_t n = 0; n <= 9; n++) {
        int r = snprintf(small, n, "%s-%d", "abcdef", 12);
        printf("snprintf n=%zu ret=%d buf=[%s]\n", n, r, n ? small : "(untouched)");
    }
    char big[128];
    int r = wrap(big, sizeof big, "%s|%5.1f|%#llx|%c", "vs", 2.25, 0xabcULL, 'Q');
    printf("vsnprintf ret=%d [%s]\n", r, big);
    char *as = NULL;
    r = asprintf(&as, "%d-%s-%.2f", 99, "asprintf", 0.5);
    printf("asprintf ret=%d [%s]\n", r, as);
    free(as);
    /* long output through a single printf */
    char line[600];
    for (int i = 0; i < 599; i++) line[i] = (char)('a' + i % 26);
    line[599] = 0;
    printf("%s\n%.100s\n", line, line + 250);
    for (int w = 0; w < 30; w += 3) printf("|%*d|%-*d|%0*d|\n", w, w * 111, w, -w, w, w);
    return 0;
}
