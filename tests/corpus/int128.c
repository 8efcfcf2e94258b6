//! opts: Os
/* __int128 arithmetic: multiply, divide, shifts, and printing via our own
 * decimal conversion; also 64x64->128 high parts (dmultu / dmult hi). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

static void put_u128(u128 v)
{
    char buf[48];
    int i = 47;
    buf[i] = 0;
    if (v == 0) buf[--i] = '0';
    while (v) {
        buf[--i] = (char)('0' + (int)(v % 10));
        v /= 10;
    }
    fputs(&buf[i], stdout);
}

static void put_s128(s128 v)
{
    if (v < 0) {
        putchar('-');
        put_u128(-(u128)v);
    } else
        put_u128((u128)v);
}

static void put_hex128(u128 v)
{
    printf("%016llx%016llx", (unsigned long long)(uint64_t)(v >> 64), (unsigned long long)(uint64_t)v);
}

int main(void)
{
    static const uint64_t xs[] = {
        0, 1, 2, 3, 10, 0xffffffffull, 0x100000000ull, 0x7fffffffffffffffull,
        0x8000000000000000ull, 0xffffffffffffffffull, 0x123456789abcdef0ull, 0xfedcba9876543210ull,
        1000000007ull, 0xdeadbeefcafebabeull,
    };
    const int n = sizeof xs / sizeof xs[0];
    printf("== 64x64 -> 128 ==\n");
    for (int i = 0; i < n; i++)
        for (int j = i; j < n; j++) {
            volatile uint64_t a = xs[i], b = xs[j];
            u128 p = (u128)a * b;
            s128 sp = (s128)(int64_t)a * (int64_t)b;
            printf("%llx*%llx = ", (unsigned long long)a, (unsigned long long)b);
            put_hex128(p);
            printf(" hi=%016llx shi=%016llx\n", (unsigned long long)(uint64_t)(p >> 64),
                   (unsigned long long)(uint64_t)((u128)sp >> 64));
        }
    printf("== factorials ==\n");
    u128 f = 1;
    for (int i = 1; i <= 34; i++) {
        f *= (u128)i;
        printf("%d! = ", i);
        put_u128(f);
        putchar('\n');
    }
    printf("== division ==\n");
    u128 big = ((u128)0x0123456789abcdefull << 64) | 0xfedcba9876543210ull;
    for (int i = 1; i < n; i++) {
        u128 d = xs[i];
        if (!d) continue;
        u128 q = big / d, r = big % d;
        put_u128(big); printf(" / %llu = ", (unsigned long long)xs[i]);
        put_u128(q); printf(" r "); put_u128(r); putchar('\n');
        if (q * d + r != big) printf("MISMATCH\n");
    }
    s128 sb = -(s128)big;
    for (int i = 1; i < 6; i++) {
        s128 d = (s128)xs[i] * (i & 1 ? -1 : 1);
        put_s128(sb); printf(" / "); put_s128(d); printf(" = "); put_s128(sb / d);
        printf(" r "); put_s128(sb % d); putchar('\n');
    }
    printf("== shifts ==\n");
    for (int s = 0; s < 128; s += 5) {
        volatile int sh = s;
        put_hex128(big << sh); putchar(' ');
        put_hex128(big >> sh); putchar(' ');
        put_hex128((u128)(sb >> sh)); putchar('\n');
    }
    printf("== powers of 3 ==\n");
    u128 p3 = 1;
    for (int i = 0; i <= 80; i++) {
        if (i % 8 == 0) { printf("3^%d = ", i); put_u128(p3); putchar('\n'); }
        p3 *= 3;
    }
    printf("== lcg 128 ==\n");
    u128 state = 42;
    const u128 mul = ((u128)0x2360ed051fc65da4ull << 64) | 0x4385df649fccf645ull;
    for (int i = 0; i < 20; i++) {
        state = state * mul + 1442695040888963407ull;
        printf("%016llx\n", (unsigned long long)(uint64_t)(state >> 64));
    }
    return 0;
}
