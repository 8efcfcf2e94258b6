/* chase: dependent-load latency benchmark.
 * Builds a random single-cycle permutation of N 8-byte slots (Sattolo's
 * shuffle driven by xorshift64), then follows it for M steps.
 * Usage: chase [N [M]]   defaults: N = 8388608 (64 MiB), M = 20000000.
 * Prints the final index and a checksum of the visited indices. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t parse(const char *s, const char *what)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 0);
    if (*end || v == 0) {
        fprintf(stderr, "chase: bad %s '%s'\n", what, s);
        exit(2);
    }
    return v;
}

int main(int argc, char **argv)
{
    uint64_t n = argc > 1 ? parse(argv[1], "N") : 8388608u;
    uint64_t m = argc > 2 ? parse(argv[2], "M") : 20000000u;
    if (n < 2) n = 2;
    uint64_t *next = malloc(n * sizeof *next);
    if (!next) {
        fprintf(stderr, "chase: cannot allocate %llu slots\n", (unsigned long long)n);
        return 2;
    }
    for (uint64_t i = 0; i < n; i++)
        next[i] = i;
    uint64_t x = 88172645463325252ull;
    /* Sattolo: for i = n-1 .. 1 swap a[i] with a[j], j uniform in [0, i). */
    for (uint64_t i = n - 1; i > 0; i--) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        uint64_t j = x % i;
        uint64_t t = next[i];
        next[i] = next[j];
        next[j] = t;
    }
    uint64_t p = 0, sum = 0;
    for (uint64_t s = 0; s < m; s++) {
        p = next[p];
        sum += p;
    }
    printf("chase n=%llu m=%llu final=%llu checksum=%llu\n",
           (unsigned long long)n, (unsigned long long)m,
           (unsigned long long)p, (unsigned long long)sum);
    free(next);
    return 0;
}
