/* intbench: an integer benchmark made of four kernels, each checksummed:
 *   - sieve of Eratosthenes (byte array, stride loops)
 *   - table-driven CRC-32 (IEEE, reflected) over a pseudo-random buffer
 *   - heapsort and quicksort of pseudo-random 64-bit keys (+ a sortedness check)
 *   - a small hash-table workload (open addressing, multiplicative hashing)
 * Usage: intbench [SIZE]   SIZE = tiny | small | default | large | an integer scale
 * "tiny" is ~1.7 M MIPS instructions, "small" ~5 M, "default" ~250 M, "large" ~1 G.  Output is deterministic. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t xorshift64(void)
{
    uint64_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rng_state = x;
    return x;
}

/* ---- sieve ---- */
static uint64_t sieve(uint32_t limit, uint32_t *count_out)
{
    uint8_t *composite = calloc(limit + 1, 1);
    uint32_t count = 0;
    uint64_t sum = 0;
    if (!composite) { fputs("out of memory\n", stderr); exit(2); }
    for (uint32_t i = 2; (uint64_t)i * i <= limit; i++)
        if (!composite[i])
            for (uint32_t j = i * i; j <= limit; j += i)
                composite[j] = 1;
    for (uint32_t i = 2; i <= limit; i++)
        if (!composite[i]) {
            count++;
            sum = sum * 31 + i;
        }
    free(composite);
    *count_out = count;
    return sum;
}

/* ---- CRC-32 ---- */
static uint32_t crc_table[256];

static void crc_init(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32_buf(uint32_t crc, const uint8_t *p, size_t n)
{
    crc = ~crc;
    while (n--)
        crc = crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

/* ---- sorting ---- */
static void sift_down(uint64_t *a, size_t start, size_t end)
{
    size_t root = start;
    while (2 * root + 1 <= end) {
        size_t child = 2 * root + 1, sw = root;
        if (a[sw] < a[child]) sw = child;
        if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
        if (sw == root) return;
        uint64_t t = a[root]; a[root] = a[sw]; a[sw] = t;
        root = sw;
    }
}

static void heapsort_u64(uint64_t *a, size_t n)
{
    if (n < 2) return;
    for (size_t s = (n - 2) / 2 + 1; s-- > 0;)
        sift_down(a, s, n - 1);
    for (size_t end = n - 1; end > 0; end--) {
        uint64_t t = a[0]; a[0] = a[end]; a[end] = t;
        sift_down(a, 0, end - 1);
    }
}

static void insertion_sort(uint64_t *a, long lo, long hi)
{
    for (long i = lo + 1; i <= hi; i++) {
        uint64_t v = a[i];
        long j = i - 1;
        while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static void quicksort_u64(uint64_t *a, long lo, long hi)
{
    while (hi - lo > 16) {
        uint64_t x = a[lo], y = a[(lo + hi) / 2], z = a[hi], pivot;
        /* median of three */
        if (x < y) pivot = y < z ? y : (x < z ? z : x);
        else       pivot = x < z ? x : (y < z ? z : y);
        long i = lo - 1, j = hi + 1;
        for (;;) {
            do i++; while (a[i] < pivot);
            do j--; while (a[j] > pivot);
            if (i >= j) break;
            uint64_t t = a[i]; a[i] = a[j]; a[j] = t;
        }
        /* recurse into the smaller half */
        if (j - lo < hi - j) { quicksort_u64(a, lo, j); lo = j + 1; }
        else                 { quicksort_u64(a, j + 1, hi); hi = j; }
    }
    insertion_sort(a, lo, hi);
}

static uint64_t check_sorted(const uint64_t *a, size_t n, int *ok)
{
    uint64_t h = 1469598103934665603ull;   /* FNV-1a over the keys */
    *ok = 1;
    for (size_t i = 0; i < n; i++) {
        if (i && a[i - 1] > a[i]) *ok = 0;
        h = (h ^ a[i]) * 1099511628211ull;
    }
    return h;
}

/* ---- hash table ---- */
static uint64_t hash_work(uint32_t nkeys)
{
    uint32_t cap = 1;
    while (cap < nkeys * 2) cap <<= 1;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *vals = calloc(cap, sizeof *vals);
    uint64_t found = 0, probes = 0;
    if (!keys || !vals) { fputs("out of memory\n", stderr); exit(2); }
    for (uint32_t i = 0; i < nkeys; i++) {
        uint64_t k = (xorshift64() % (nkeys * 3ull)) + 1;
        uint32_t h = (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 40) & (cap - 1);
        while (keys[h] && keys[h] != k) { h = (h + 1) & (cap - 1); probes++; }
        keys[h] = k;
        vals[h]++;
    }
    for (uint64_t k = 1; k <= nkeys * 3ull; k += 3) {
        uint32_t h = (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 40) & (cap - 1);
        while (keys[h] && keys[h] != k) { h = (h + 1) & (cap - 1); probes++; }
        if (keys[h] == k) found += vals[h];
    }
    free(keys);
    free(vals);
    return found * 1000003u + probes;
}

int main(int argc, char **argv)
{
    const char *size = argc > 1 ? argv[1] : "default";
    long scale;
    if (!strcmp(size, "tiny")) scale = 1;
    else if (!strcmp(size, "small")) scale = 4;
    else if (!strcmp(size, "default")) scale = 170;
    else if (!strcmp(size, "large")) scale = 700;
    else {
        char *end;
        scale = strtol(size, &end, 10);
        if (*end || scale < 1 || scale > 100000) {
            fprintf(stderr, "usage: %s [tiny|small|default|large|SCALE]\n", argv[0]);
            return 2;
        }
    }

    uint32_t sieve_limit = (uint32_t)(scale * 20000);
    size_t crc_bytes = (size_t)scale * 16384;
    size_t nsort = (size_t)scale * 1000;
    uint32_t nhash = (uint32_t)(scale * 1000);

    printf("intbench scale=%ld\n", scale);

    uint32_t nprimes;
    uint64_t ssum = sieve(sieve_limit, &nprimes);
    printf("sieve: limit=%u primes=%u hash=%016llx\n", sieve_limit, nprimes,
           (unsigned long long)ssum);

    crc_init();
    uint8_t *buf = malloc(65536);
    if (!buf) return 2;
    for (size_t i = 0; i < 65536; i++) buf[i] = (uint8_t)(xorshift64() >> 56);
    uint32_t crc = 0;
    for (size_t done = 0; done < crc_bytes; done += 65536) {
        size_t n = crc_bytes - done < 65536 ? crc_bytes - done : 65536;
        crc = crc32_buf(crc, buf, n);
        buf[done / 65536 % 65536] ^= (uint8_t)crc;
    }
    printf("crc32: bytes=%zu crc=%08x check=%08x\n", crc_bytes, crc,
           crc32_buf(0, (const uint8_t *)"123456789", 9));
    free(buf);

    uint64_t *a = malloc(nsort * sizeof *a), *b = malloc(nsort * sizeof *b);
    if (!a || !b) return 2;
    for (size_t i = 0; i < nsort; i++) a[i] = b[i] = xorshift64() >> (i & 7);
    int ok1, ok2;
    heapsort_u64(a, nsort);
    quicksort_u64(b, 0, (long)nsort - 1);
    uint64_t h1 = check_sorted(a, nsort, &ok1), h2 = check_sorted(b, nsort, &ok2);
    printf("sort: n=%zu heap_ok=%d quick_ok=%d same=%d hash=%016llx min=%016llx max=%016llx\n",
           nsort, ok1, ok2, h1 == h2, (unsigned long long)h1,
           (unsigned long long)a[0], (unsigned long long)a[nsort - 1]);
    free(a);
    free(b);

    uint64_t hw = hash_work(nhash);
    printf("hash: keys=%u result=%llu\n", nhash, (unsigned long long)hw);

    uint64_t total = ssum ^ ((uint64_t)crc << 17) ^ h1 ^ hw ^ nprimes;
    printf("checksum: %016llx\n", (unsigned long long)total);
    return 0;
}
