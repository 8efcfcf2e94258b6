/* alloca and variable-length arrays of varying sizes, in loops and in
 * recursion; 2-D VLAs; sizeof on VLAs. */
#include <alloca.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t vla_sum(int n)
{
    int64_t a[n];
    for (int i = 0; i < n; i++) a[i] = (int64_t)i * i - n;
    uint64_t s = sizeof a;
    for (int i = 0; i < n; i++) s = s * 3 + (uint64_t)a[i];
    return s;
}

static uint64_t alloca_rec(int depth, int size)
{
    if (depth == 0) return 1;
    unsigned char *p = alloca((size_t)size);
    memset(p, depth, (size_t)size);
    uint64_t below = alloca_rec(depth - 1, size + 13);
    uint64_t s = 0;
    for (int i = 0; i < size; i += 7) s += p[i];
    return below * 31 + s;
}

static double matrix_trace(int r, int c)
{
    double m[r][c];
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++) m[i][j] = i * 0.5 + j * 0.25;
    double t = 0;
    for (int i = 0; i < r && i < c; i++) t += m[i][i];
    printf("  vla %dx%d sizeof=%zu row=%zu trace=%g\n", r, c, sizeof m, sizeof m[0], t);
    return t;
}

static void fill_2d(int n, int m, int a[n][m])
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) a[i][j] = i * m + j;
}

int main(void)
{
    for (int n = 1; n <= 4097; n = n * 3 + 1) printf("vla_sum(%d)=%llu\n", n, (unsigned long long)vla_sum(n));
    for (int size = 1; size < 2000; size = size * 2 + 5) {
        uint64_t r = alloca_rec(20, size);
        printf("alloca_rec(20,%d)=%llu\n", size, (unsigned long long)r);
    }
    double t = 0;
    for (int r = 1; r < 30; r += 7)
        for (int c = 2; c < 30; c += 9) t += matrix_trace(r, c);
    printf("total trace=%g\n", t);
    int n = 7, m = 9;
    int grid[n][m];
    fill_2d(n, m, grid);
    long s = 0;
    for (int i = 0; i < n; i++) s += grid[i][m - 1 - i % m];
    printf("grid diag sum=%ld\n", s);
    /* alloca inside a loop accumulates until return */
    unsigned total = 0;
    for (int i = 0; i < 100; i++) {
        char *p = alloca(100);
        memset(p, i, 100);
        total += (unsigned char)p[99];
    }
    printf("loop alloca total=%u\n", total);
    return 0;
}
