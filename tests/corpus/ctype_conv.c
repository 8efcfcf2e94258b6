/* ctype classification of every byte value in the C locale, toupper/
 * tolower, and hand-written integer <-> string conversions in bases 2..36. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static char *utoa_base(uint64_t v, int base, char *out)
{
    char tmp[72];
    int n = 0;
    do { int d = (int)(v % (unsigned)base); tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10); v /= (unsigned)base; } while (v);
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = 0;
    return out;
}

int main(void)
{
    for (int c = 0; c < 256; c += 16) {
        printf("%3d:", c);
        for (int k = c; k < c + 16; k++) {
            int f = (isalpha(k) ? 1 : 0) | (isdigit(k) ? 2 : 0) | (isspace(k) ? 4 : 0) | (ispunct(k) ? 8 : 0) |
                    (isupper(k) ? 16 : 0) | (islower(k) ? 32 : 0) | (isxdigit(k) ? 64 : 0) | (iscntrl(k) ? 128 : 0) |
                    (isprint(k) ? 256 : 0) | (isgraph(k) ? 512 : 0) | (isblank(k) ? 1024 : 0) | (isalnum(k) ? 2048 : 0);
            printf(" %03x/%02x%02x", f, toupper(k) & 0xff, tolower(k) & 0xff);
        }
        printf("\n");
    }
    printf("EOF: isalpha=%d toupper=%d\n", isalpha(EOF) != 0, toupper(EOF));
    char buf[80];
    uint64_t vals[] = {0, 1, 35, 36, 255, 65535, 1000000, 0xdeadbeef, 0x7fffffffffffffffull, 0xffffffffffffffffull};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        printf("%llu:", (unsigned long long)vals[i]);
        for (int b = 2; b <= 36; b += 5) printf(" b%d=%s", b, utoa_base(vals[i], b, buf));
        printf("\n");
    }
    const char *mixed = "Hello, World! 123 ABC xyz\t\n";
    char up[64], low[64];
    size_t n = strlen(mixed);
    for (size_t i = 0; i <= n; i++) { up[i] = (char)toupper((unsigned char)mixed[i]); low[i] = (char)tolower((unsigned char)mixed[i]); }
    printf("up=[%s] low=[%s]\n", up, low);
    return 0;
}
