/* Misaligned word loads and stores that the kernel emulates: argv[1] of
 * each, through a volatile pointer so gcc emits plain lw/sw. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint8_t buf[64] __attribute__((aligned(8)));

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1;
    for (int i = 0; i < 64; i++)
        buf[i] = (uint8_t)(i * 3 + 1);
    uint32_t sum = 0;
    for (int i = 0; i < n; i++) {
        uint8_t *q = buf + 1 + (i % 8) * 4;
        __asm__("" : "+r"(q));                  /* gcc no longer knows the alignment */
        volatile uint32_t *p = (volatile uint32_t *)q;
        sum += *p;
        *p = sum;
    }
    printf("sum=%08x b1=%02x\n", sum, buf[1]);
    return 0;
}
