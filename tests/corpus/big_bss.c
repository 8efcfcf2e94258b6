/* A 64 MiB zero-initialised static array (BSS) touched sparsely, plus an
 * initialised data array; checks zero fill and write/read back. */
#include <stdint.h>
#include <stdio.h>

#define BIG (64u << 20)
static unsigned char big[BIG];
static uint64_t data[1024] = {1, 2, 3};
static uint32_t mid_bss[100000];

int main(void)
{
    unsigned long nonzero = 0;
    for (uint32_t off = 0; off < BIG; off += 65536 + 4093) nonzero += big[off] != 0;
    nonzero += big[BIG - 1] != 0;
    printf("nonzero before=%lu\n", nonzero);
    uint64_t h = 0;
    for (uint32_t i = 0, off = 0; off < BIG; i++, off += (1u << 20) + 8191) {
        big[off] = (unsigned char)(i * 37 + 1);
        big[BIG - 1 - off] ^= (unsigned char)i;
    }
    for (uint32_t i = 0, off = 0; off < BIG; i++, off += (1u << 20) + 8191) {
        h = h * 131 + big[off] + 7u * big[BIG - 1 - off];
        if (i % 8 == 0) printf("off=%u val=%u mirror=%u\n", off, big[off], big[BIG - 1 - off]);
    }
    printf("hash=%016llx\n", (unsigned long long)h);
    printf("data: %llu %llu %llu %llu\n", (unsigned long long)data[0], (unsigned long long)data[1],
           (unsigned long long)data[2], (unsigned long long)data[1023]);
    for (int i = 0; i < 100000; i += 1000) mid_bss[i] = (uint32_t)i * 3;
    uint64_t s = 0;
    for (int i = 0; i < 100000; i++) s += mid_bss[i];
    printf("mid sum=%llu\n", (unsigned long long)s);
    return 0;
}
