/* Bitfields (signed/unsigned, spanning bytes, 64-bit base types) and
 * packed structs; prints values and the raw byte images. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct bf {
    unsigned a : 3;
    signed b : 5;
    unsigned c : 12;
    signed d : 12;
    unsigned e : 1;
    unsigned long long f : 40;
    signed long long g : 23;
    unsigned h : 7;
};

struct __attribute__((packed)) pk {
    char c;
    int i;
    short s;
    long long l;
    unsigned u : 20;
    unsigned v : 12;
};

struct nested {
    struct __attribute__((packed)) { char x; int y; } in[3];
    short tail;
};

static void dump(const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
    printf("\n");
}

int main(void)
{
    struct bf s;
    printf("sizeof bf=%zu pk=%zu nested=%zu\n", sizeof(struct bf), sizeof(struct pk), sizeof(struct nested));
    for (int i = 0; i < 24; i++) {
        memset(&s, 0, sizeof s);
        long long k = (long long)i * 0x1234567ll - 100000;
        s.a = (unsigned)k;
        s.b = (int)k;
        s.c = (unsigned)(k >> 3);
        s.d = (int)(k >> 5);
        s.e = (unsigned)(k & 1);
        s.f = (unsigned long long)k * 977;
        s.g = k * 3;
        s.h = (unsigned)(i * 19);
        printf("%2d a=%u b=%d c=%u d=%d e=%u f=%llu g=%lld h=%u  ", i, s.a, s.b, s.c, s.d, s.e,
               (unsigned long long)s.f, (long long)s.g, s.h);
        dump(&s, sizeof s);
        s.b += 17;
        s.g -= 1000000;
        s.c++;
        printf("   after: b=%d g=%lld c=%u\n", s.b, (long long)s.g, s.c);
    }
    struct pk p[4];
    memset(p, 0, sizeof p);
    for (int i = 0; i < 4; i++) {
        p[i].c = (char)('A' + i);
        p[i].i = -1000 * i - 7;
        p[i].s = (short)(3000 * i);
        p[i].l = 0x7edcba9876543210ll >> i;
        p[i].u = 0xfffffu - (unsigned)i;
        p[i].v = 0xabcu + (unsigned)i;
    }
    for (int i = 0; i < 4; i++)
        printf("pk %c %d %d %lld %x %x\n", p[i].c, p[i].i, p[i].s, p[i].l, p[i].u, p[i].v);
    dump(p, sizeof p);
    struct nested nn;
    memset(&nn, 0x11, sizeof nn);
    for (int i = 0; i < 3; i++) { nn.in[i].x = (char)i; nn.in[i].y = 0x01020304 * (i + 1); }
    nn.tail = -2;
    dump(&nn, sizeof nn);
    int sum = 0;
    for (int i = 0; i < 3; i++) sum += nn.in[i].y;
    printf("sum %d tail %d\n", sum, nn.tail);
    return 0;
}
