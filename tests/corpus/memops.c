//! opts: Os O3
/* memset/memcpy/memcmp/memchr/memrchr/memmem over many sizes and
 * alignments (the glibc mips versions use unaligned word accesses). */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint8_t a[1024], b[1024], pristine[1024];

static uint32_t hash(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

int main(void)
{
    uint32_t acc = 0;
    for (int i = 0; i < 1024; i++) pristine[i] = (uint8_t)(i * 31 + 7);
    memcpy(a, pristine, sizeof a);
    for (size_t len = 0; len < 300; len = len < 20 ? len + 1 : len * 2 + 1) {
        for (int sa = 0; sa < 8; sa++)
            for (int da = 0; da < 8; da += 3) {
                memset(b, 0, len + 24);
                memcpy(b + da, a + sa, len);
                acc = acc * 7 + hash(b, len + 16);
                memset(b + sa, (int)(len & 0xff), len);
                acc = acc * 7 + hash(b, len + 16);
            }
        printf("len=%zu acc=%08x\n", len, acc);
    }
    printf("== memcmp ==\n");
    for (int i = 0; i < 1024; i++) a[i] = b[i] = (uint8_t)i;
    for (size_t len = 1; len < 200; len += 17)
        for (size_t pos = 0; pos < len; pos += 5) {
            b[pos] ^= 0x80;
            int r = memcmp(a, b, len), r2 = memcmp(a + 1, b + 1, len - 1 > 0 ? len - 1 : 0);
            printf("%c%c", r < 0 ? '<' : r > 0 ? '>' : '=', r2 < 0 ? '<' : r2 > 0 ? '>' : '=');
            b[pos] ^= 0x80;
            if (pos + 5 >= len) printf(" (len %zu)\n", len);
        }
    printf("== memchr/memrchr/memmem ==\n");
    for (int i = 0; i < 1024; i++) a[i] = (uint8_t)(i % 251);
    for (int c = 0; c < 256; c += 23) {
        const uint8_t *f = memchr(a, c, 1024), *l = memrchr(a, c, 1024);
        const uint8_t *f3 = memchr(a + 3, c, 500);
        printf("c=%3d first=%ld last=%ld from3=%ld\n", c, f ? (long)(f - a) : -1L, l ? (long)(l - a) : -1L,
               f3 ? (long)(f3 - a) : -1L);
    }
    uint8_t needle[4] = {100, 101, 102, 103};
    const uint8_t *m = memmem(a, 1024, needle, 4);
    printf("memmem=%ld\n", m ? (long)(m - a) : -1L);
    needle[3] = 0;
    m = memmem(a, 1024, needle, 4);
    printf("memmem miss=%ld\n", m ? (long)(m - a) : -1L);
    /* struct copies of many sizes go through inline copies */
    struct s7 { char c[7]; } s7a = {{1, 2, 3, 4, 5, 6, 7}}, s7b;
    struct s33 { char c[33]; } s33a, s33b;
    memset(&s33a, 9, sizeof s33a);
    s7b = s7a;
    s33b = s33a;
    printf("struct copies %d %d\n", s7b.c[6], s33b.c[32]);
    /* memset patterns */
    static uint64_t words[64];
    for (int v = 0; v < 256; v += 51) {
        memset(words, v, sizeof words);
        printf("memset %d -> %016llx\n", v, (unsigned long long)words[17]);
    }
    return 0;
}
