//! opts: O3
/* Hand-written sorts (merge, shell, radix, counting, insertion) on LCG
 * data of several distributions; all results cross-checked. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 1500
static uint32_t st = 7;
static uint32_t lcg(void) { st = st * 1664525u + 1013904223u; return st; }

static void merge_sort(uint32_t *a, uint32_t *tmp, int n)
{
    if (n < 2) return;
    int h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

static void shell_sort(uint32_t *a, int n)
{
    static const int gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
    for (int g = 0; g < 8; g++)
        for (int i = gaps[g]; i < n; i++) {
            uint32_t v = a[i];
            int j = i;
            for (; j >= gaps[g] && a[j - gaps[g]] > v; j -= gaps[g]) a[j] = a[j - gaps[g]];
            a[j] = v;
        }
}

static void radix_sort(uint32_t *a, uint32_t *tmp, int n)
{
    for (int shift = 0; shift < 32; shift += 8) {
        int cnt[257] = {0};
        for (int i = 0; i < n; i++) cnt[((a[i] >> shift) & 255) + 1]++;
        for (int i = 0; i < 256; i++) cnt[i + 1] += cnt[i];
        for (int i = 0; i < n; i++) tmp[cnt[(a[i] >> shift) & 255]++] = a[i];
        memcpy(a, tmp, (size_t)n * sizeof *a);
    }
}

static uint64_t digest(const uint32_t *a, int n)
{
    uint64_t h = 14695981039346656037ull;
    for (int i = 0; i < n; i++) h = (h ^ a[i]) * 1099511628211ull;
    return h;
}

int main(void)
{
    static uint32_t orig[N], a[N], b[N], c[N], tmp[N];
    for (int dist = 0; dist < 5; dist++) {
        for (int i = 0; i < N; i++) {
            switch (dist) {
            case 0: orig[i] = lcg(); break;
            case 1: orig[i] = lcg() % 16; break;
            case 2: orig[i] = (uint32_t)i; break;
            case 3: orig[i] = (uint32_t)(N - i); break;
            default: orig[i] = (i % 100 == 0) ? lcg() : (uint32_t)i * 3; break;
            }
        }
        memcpy(a, orig, sizeof a);
        memcpy(b, orig, sizeof b);
        memcpy(c, orig, sizeof c);
        merge_sort(a, tmp, N);
        shell_sort(b, N);
        radix_sort(c, tmp, N);
        int same = memcmp(a, b, sizeof a) == 0 && memcmp(a, c, sizeof a) == 0;
        int sorted = 1;
        for (int i = 1; i < N; i++) sorted &= a[i - 1] <= a[i];
        printf("dist %d: same=%d sorted=%d digest=%016llx min=%u max=%u med=%u\n", dist, same, sorted,
               (unsigned long long)digest(a, N), a[0], a[N - 1], a[N / 2]);
        for (int i = 0; i < N; i += 150) printf(" %u", a[i]);
        printf("\n");
    }
    /* counting sort of small keys + stability check with insertion sort on pairs */
    struct pair { uint8_t key; uint16_t seq; } p[500], q[500];
    int cnt[17] = {0};
    for (int i = 0; i < 500; i++) { p[i].key = (uint8_t)(lcg() % 16); p[i].seq = (uint16_t)i; cnt[p[i].key + 1]++; }
    for (int i = 0; i < 16; i++) cnt[i + 1] += cnt[i];
    for (int i = 0; i < 500; i++) q[cnt[p[i].key]++] = p[i];
    int stable = 1;
    for (int i = 1; i < 500; i++)
        if (q[i - 1].key == q[i].key && q[i - 1].seq > q[i].seq) stable = 0;
    printf("counting sort stable=%d first=(%u,%u) last=(%u,%u)\n", stable, q[0].key, q[0].seq, q[499].key, q[499].seq);
    return 0;
}
