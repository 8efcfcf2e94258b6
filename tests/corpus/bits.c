//! opts: Os O3
/* Bit tricks and builtins: clz/ctz/popcount/parity/ffs/bswap, rotates,
 * ext/ins-style field extraction, gray code, bit reversal. */
#include <stdint.h>
#include <stdio.h>

static uint64_t rev64(uint64_t x)
{
    x = ((x >> 1) & 0x5555555555555555ull) | ((x & 0x5555555555555555ull) << 1);
    x = ((x >> 2) & 0x3333333333333333ull) | ((x & 0x3333333333333333ull) << 2);
    x = ((x >> 4) & 0x0f0f0f0f0f0f0f0full) | ((x & 0x0f0f0f0f0f0f0f0full) << 4);
    return __builtin_bswap64(x);
}

static uint32_t rotl32(uint32_t x, unsigned r) { r &= 31; return (x << r) | (x >> ((32 - r) & 31)); }
static uint64_t rotr64(uint64_t x, unsigned r) { r &= 63; return (x >> r) | (x << ((64 - r) & 63)); }

int main(void)
{
    uint64_t x = 0x0123456789abcdefull;
    for (int i = 0; i < 70; i++) {
        volatile uint64_t v = x;
        uint32_t w = (uint32_t)v;
        printf("%016llx clz=%2d ctz=%2d pop=%2d par=%d ffs=%2d | w=%08x clz=%2d ctz=%2d pop=%2d "
               "bswap=%016llx bswap32=%08x bswap16=%04x\n",
               (unsigned long long)v, v ? __builtin_clzll(v) : 64, v ? __builtin_ctzll(v) : 64,
               __builtin_popcountll(v), __builtin_parityll(v), __builtin_ffsll((long long)v),
               w, w ? __builtin_clz(w) : 32, w ? __builtin_ctz(w) : 32, __builtin_popcount(w),
               (unsigned long long)__builtin_bswap64(v), __builtin_bswap32(w),
               __builtin_bswap16((uint16_t)w));
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        if (i % 7 == 3) x >>= (i % 60);
        if (i == 10) x = 0;
        if (i == 11) x = 1;
        if (i == 12) x = 0x8000000000000000ull;
    }
    printf("== rotates ==\n");
    for (unsigned r = 0; r < 70; r += 3) {
        volatile unsigned rr = r;
        printf("r=%2u rotl32=%08x rotr64=%016llx\n", r, rotl32(0x80000001u ^ r, rr),
               (unsigned long long)rotr64(0x0000000100000003ull, rr));
    }
    printf("== field extraction ==\n");
    volatile uint64_t f = 0xfedcba9876543210ull;
    for (int pos = 0; pos < 64; pos += 4)
        for (int len = 1; len + pos <= 64 && len <= 32; len += 7) {
            uint64_t mask = len == 64 ? ~0ull : ((1ull << len) - 1);
            uint64_t e = (f >> pos) & mask;
            uint64_t ins = (f & ~(mask << pos)) | ((0x5aull & mask) << pos);
            printf("pos=%2d len=%2d ext=%llx ins=%016llx\n", pos, len, (unsigned long long)e,
                   (unsigned long long)ins);
        }
    printf("== sign extension from bitfields ==\n");
    for (int b = 1; b <= 63; b += 5) {
        volatile int64_t v = 0x5555aaaa5555aaaall;
        int64_t s = (int64_t)((uint64_t)v << (64 - b)) >> (64 - b);
        printf("b=%2d sext=%lld\n", b, (long long)s);
    }
    printf("== misc tricks ==\n");
    for (uint32_t v = 0; v < 40; v++) {
        uint32_t gray = v ^ (v >> 1);
        uint32_t g = gray, back = 0;
        for (; g; g >>= 1) back ^= g;
        uint32_t next_pow2 = v ? 1u << (32 - __builtin_clz(v | 1) - ((v & (v - 1)) == 0)) : 1;
        printf("%2u gray=%2u back=%2u lowbit=%2u pow2=%u np2=%u\n", v, gray, back, v & -v,
               v && !(v & (v - 1)), next_pow2);
    }
    for (int i = 0; i < 8; i++) {
        volatile uint64_t v = 0x8040201008040201ull << i;
        printf("rev64(%016llx) = %016llx\n", (unsigned long long)v, (unsigned long long)rev64(v));
    }
    /* byte swap of halfwords within words (wsbh) and words within dwords */
    for (int i = 0; i < 4; i++) {
        volatile uint32_t v = 0x11223344u + (uint32_t)i * 0x01010101u;
        uint32_t wsbh = ((v & 0x00ff00ffu) << 8) | ((v >> 8) & 0x00ff00ffu);
        printf("wsbh(%08x)=%08x seb=%d seh=%d\n", v, wsbh, (int)(int8_t)(v >> 0 | 0x80),
               (int)(int16_t)(v | 0x8000));
    }
    return 0;
}
