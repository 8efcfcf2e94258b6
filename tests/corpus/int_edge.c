//! opts: Os
/* Integer and 64-bit edge cases: wrap-around, guarded INT_MIN / -1,
 * shifts by 0..63, signed/unsigned division and remainder signs. */
#include <stdint.h>
#include <stdio.h>
#include <limits.h>
#include <inttypes.h>

static volatile int64_t vals64[] = {
    0, 1, -1, 2, -2, 7, -7, 100, -100, 0x7fffffff, -0x80000000LL,
    0xffffffffLL, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1,
    0x123456789abcdefLL, -0x123456789abcdefLL, 1LL << 32, 1LL << 62,
};
#define NV (sizeof vals64 / sizeof vals64[0])

static volatile int32_t vals32[] = {
    0, 1, -1, 3, -3, 10, -10, INT32_MAX, INT32_MIN, INT32_MAX - 1, 65536, -65537, 0x55555555,
};
#define NV32 (sizeof vals32 / sizeof vals32[0])

static int64_t sdiv64(int64_t a, int64_t b) {
    if (b == 0) return 0;
    if (a == INT64_MIN && b == -1) return INT64_MIN;   /* guarded */
    return a / b;
}
static int64_t smod64(int64_t a, int64_t b) {
    if (b == 0) return a;
    if (a == INT64_MIN && b == -1) return 0;
    return a % b;
}
static int32_t sdiv32(int32_t a, int32_t b) {
    if (b == 0) return 0;
    if (a == INT32_MIN && b == -1) return INT32_MIN;
    return a / b;
}
static int32_t smod32(int32_t a, int32_t b) {
    if (b == 0) return a;
    if (a == INT32_MIN && b == -1) return 0;
    return a % b;
}

int main(void)
{
    uint64_t h = 0;
    printf("== 64-bit add/sub/mul wrap (done unsigned) ==\n");
    for (unsigned i = 0; i < NV; i++)
        for (unsigned j = 0; j < NV; j += 3) {
            uint64_t a = (uint64_t)vals64[i], b = (uint64_t)vals64[j];
            printf("%" PRId64 " %" PRId64 ": add=%" PRIx64 " sub=%" PRIx64 " mul=%" PRIx64 "\n",
                   vals64[i], vals64[j], a + b, a - b, a * b);
        }
    printf("== 64-bit div/mod ==\n");
    for (unsigned i = 0; i < NV; i++)
        for (unsigned j = 0; j < NV; j++) {
            int64_t a = vals64[i], b = vals64[j];
            uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
            int64_t q = sdiv64(a, b), r = smod64(a, b);
            uint64_t uq = ub ? ua / ub : 0, ur = ub ? ua % ub : 0;
            h = h * 31 + (uint64_t)q * 7 + (uint64_t)r + uq * 3 + ur;
            if (j % 4 == 0)
                printf("%" PRId64 "/%" PRId64 " = %" PRId64 " r %" PRId64 " ; u: %" PRIu64 " r %" PRIu64 "\n",
                       a, b, q, r, uq, ur);
        }
    printf("divhash %016" PRIx64 "\n", h);
    printf("== 32-bit div/mod and sign extension ==\n");
    for (unsigned i = 0; i < NV32; i++)
        for (unsigned j = 0; j < NV32; j++) {
            int32_t a = vals32[i], b = vals32[j];
            uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
            printf("%d,%d: q=%d r=%d uq=%u ur=%u add=%d mulu=%u\n", a, b, sdiv32(a, b), smod32(a, b),
                   ub ? ua / ub : 0, ub ? ua % ub : 0, (int32_t)(ua + ub), ua * ub);
        }
    printf("== shifts ==\n");
    for (int s = 0; s < 64; s++) {
        volatile int sh = s;
        int64_t x = vals64[13];  /* INT64_MIN */
        uint64_t u = 0x8000000000000001ull;
        int64_t y = vals64[16];
        printf("s=%2d sra=%" PRIx64 " srl=%" PRIx64 " sll=%" PRIx64 " y>>s=%" PRId64 " y<<s=%" PRIx64,
               s, (uint64_t)(x >> sh), u >> sh, u << sh, y >> sh, (uint64_t)y << sh);
        if (s < 32) {
            int32_t x32 = INT32_MIN;
            uint32_t u32 = 0x80000001u;
            printf(" | 32: sra=%08x srl=%08x sll=%08x", (uint32_t)(x32 >> sh), u32 >> sh, u32 << sh);
        }
        printf("\n");
    }
    printf("== conversions ==\n");
    for (unsigned i = 0; i < NV; i++) {
        int64_t v = vals64[i];
        printf("%" PRId64 ": i8=%d u8=%u i16=%d u16=%u i32=%d u32=%u\n", v, (int8_t)v, (uint8_t)v,
               (int16_t)v, (uint16_t)v, (int32_t)v, (uint32_t)v);
    }
    printf("== comparisons ==\n");
    for (unsigned i = 0; i < NV; i++) {
        for (unsigned j = 0; j < NV; j++) {
            int64_t a = vals64[i], b = vals64[j];
            putchar('0' + (a < b) + 2 * ((uint64_t)a < (uint64_t)b));
        }
        putchar('\n');
    }
    printf("== abs/neg/min/max ==\n");
    for (unsigned i = 0; i < NV; i++) {
        int64_t v = vals64[i];
        uint64_t neg = 0 - (uint64_t)v;
        printf("%" PRId64 " neg=%" PRIx64 " abs=%" PRIu64 " not=%" PRIx64 "\n", v, neg,
               v < 0 ? neg : (uint64_t)v, ~(uint64_t)v);
    }
    printf("limits %lld %lld %llu %d %d %u\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX, INT_MIN, INT_MAX, UINT_MAX);
    return 0;
}
