/* sscanf with many conversions: integers in several bases, floats,
 * strings, scansets, %n, assignment suppression, field widths, return
 * counts on partial matches and EOF. */
#include <stdio.h>
#include <string.h>

int main(void)
{
    int a, b, c, n;
    unsigned u;
    long l;
    long long ll;
    double d;
    float f;
    char s1[32], s2[32];
    int r;
    r = sscanf("12 -34 0x1f", "%d %d %i", &a, &b, &c);
    printf("r=%d %d %d %d\n", r, a, b, c);
    r = sscanf("0777 0x10 10", "%i %i %o", &a, &b, &c);
    printf("r=%d %d %d %d\n", r, a, b, c);
    r = sscanf("ff FF 1010", "%x %X %u", &a, &u, &c);
    printf("r=%d %d %u %d\n", r, a, u, c);
    r = sscanf("3.25 -1e-3 inf", "%lf %f %lf", &d, &f, &d);
    printf("r=%d d=%g f=%g\n", r, d, (double)f);
    r = sscanf("0x1.8p1 nan", "%lf %f", &d, &f);
    printf("r=%d d=%g f=%g\n", r, d, (double)f);
    r = sscanf("hello world", "%s %s", s1, s2);
    printf("r=%d [%s] [%s]\n", r, s1, s2);
    r = sscanf("key=value;rest", "%[^=]=%[^;];%n", s1, s2, &n);
    printf("r=%d [%s] [%s] n=%d\n", r, s1, s2, n);
    r = sscanf("abc123def", "%[a-z]%d%s", s1, &a, s2);
    printf("r=%d [%s] %d [%s]\n", r, s1, a, s2);
    r = sscanf("12345678", "%3d%2d%d", &a, &b, &c);
    printf("r=%d %d %d %d\n", r, a, b, c);
    r = sscanf("1 2 3", "%d %*d %d", &a, &b);
    printf("r=%d %d %d\n", r, a, b);
    r = sscanf("42 abc", "%d %d", &a, &b);
    printf("partial r=%d a=%d\n", r, a);
    r = sscanf("", "%d", &a);
    printf("empty r=%d\n", r);
    r = sscanf("   ", "%d", &a);
    printf("blank r=%d\n", r);
    r = sscanf("9223372036854775807 -9223372036854775808", "%lld %ld", &ll, &l);
    printf("r=%d %lld %ld\n", r, ll, l);
    r = sscanf("2024-02-29T13:45:07Z", "%d-%d-%dT%d:%d:%d", &a, &b, &c, &n, &n, &n);
    printf("date r=%d %d %d %d sec=%d\n", r, a, b, c, n);
    char ch[4] = {0};
    r = sscanf("xyz", "%c%2c", &ch[0], &ch[1]);
    printf("chars r=%d [%s]\n", r, ch);
    r = sscanf("100%", "%d%%", &a);
    printf("percent r=%d %d\n", r, a);
    r = sscanf("a,b,,c", "%[^,],%[^,],%[^,]", s1, s2, s2);
    printf("csv r=%d [%s] [%s]\n", r, s1, s2);
    /* parse a table */
    const char *table = "alpha 1 0.5\nbeta 22 1.25\ngamma 333 -7.125\ndelta 4444 1e2\n";
    const char *p = table;
    char name[16];
    int num, used;
    double val, total = 0;
    while (sscanf(p, "%15s %d %lf%n", name, &num, &val, &used) == 3) {
        printf("row %s %d %g\n", name, num, val);
        total += num * val;
        p += used;
    }
    printf("total=%g\n", total);
    return 0;
}
