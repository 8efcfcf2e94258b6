/* compute: a compute-bound control for the THP experiment.  Its data is about
 * 60 KB (three 48x48 double matrices and a 1 KB table), so it needs a handful
 * of TLB entries whatever the page size: huge pages and the balancer should
 * change its cycles by well under 1% (issue 12, "Done means").
 *
 *   compute [ROUNDS]     default 1000 (about 1 G instructions)
 *
 * Each round multiplies two matrices, folds the product back into the inputs
 * (so rounds depend on each other) and runs an integer hash over a small
 * table.  The checksum prints the doubles' bit patterns: IEEE arithmetic is
 * exact to the bit, so the output is deterministic. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 48

static double a[N][N], b[N][N], c[N][N];
static uint32_t table[256];

int main(int argc, char **argv)
{
    long rounds = 1000;
    if (argc > 1) {
        char *end;
        rounds = strtol(argv[1], &end, 0);
        if (*end || rounds < 0) {
            fprintf(stderr, "compute: bad ROUNDS '%s'\n", argv[1]);
            return 2;
        }
    }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (double)((i * 7 + j * 3) % 17) / 16.0 - 0.5;
            b[i][j] = (double)((i * 5 + j * 11) % 13) / 12.0 - 0.5;
        }
    for (int i = 0; i < 256; i++) table[i] = (uint32_t)i * 2654435761u;

    uint64_t h = 0xcbf29ce484222325ull;
    for (long r = 0; r < rounds; r++) {
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                double s = 0.0;
                for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
                c[i][j] = s;
            }
        /* fold back, scaled by the largest element so values stay near 1 */
        double m = 1e-300;
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++)
                if (__builtin_fabs(c[i][j]) > m) m = __builtin_fabs(c[i][j]);
        double inv = 0.5 / m;
        for (int i = 0; i < N; i++)
            for (int j = 0; j < N; j++) {
                a[i][j] = 0.5 * a[i][j] + inv * c[i][j];
                b[i][j] = 0.5 * b[i][j] - inv * c[(i + 1) % N][j];
            }
        for (int k = 0; k < 4096; k++) {
            uint32_t t = table[(h ^ (uint64_t)k) & 255];
            h = (h ^ t) * 0x100000001b3ull;
            table[k & 255] = t + (uint32_t)(h >> 40);
        }
    }
    uint64_t bits = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            uint64_t u;
            memcpy(&u, &c[i][j], sizeof u);
            bits = (bits ^ u) * 0x100000001b3ull;
        }
    printf("compute rounds=%ld c00=%.17g hash=%016llx bits=%016llx\n", rounds, c[0][0],
           (unsigned long long)h, (unsigned long long)bits);
    return 0;
}
