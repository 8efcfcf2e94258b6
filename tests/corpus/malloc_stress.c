/* malloc/calloc/realloc/free stress with a deterministic LCG; every block
 * is filled with a pattern and verified before it is freed.  Large blocks
 * go through mmap, medium ones through brk. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t st = 0x853c49e6748fea9bull;
static uint32_t rnd(void)
{
    st = st * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(st >> 33);
}

struct slot { unsigned char *p; size_t n; unsigned char tag; };

/* Only every 61st byte and the last byte carry the pattern, which keeps
 * the instruction count low while still covering whole blocks. */
static int check_upto(const struct slot *s, size_t limit)
{
    for (size_t i = 0; i < s->n && i < limit; i += 61)
        if (s->p[i] != (unsigned char)(s->tag + i * 7)) return 0;
    if (s->n && s->p[s->n - 1] != (unsigned char)(s->tag + (s->n - 1) * 7)) return 0;
    return 1;
}
static int check(const struct slot *s) { return check_upto(s, (size_t)-1); }
static void fill(struct slot *s)
{
    for (size_t i = 0; i < s->n; i += 61) s->p[i] = (unsigned char)(s->tag + i * 7);
    if (s->n) s->p[s->n - 1] = (unsigned char)(s->tag + (s->n - 1) * 7);
}

int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 3000;
    enum { NS = 512 };
    static struct slot slots[NS];
    unsigned long allocs = 0, frees = 0, reallocs = 0, bad = 0, bytes = 0;
    for (int r = 0; r < rounds; r++) {
        struct slot *s = &slots[rnd() % NS];
        uint32_t op = rnd() % 10;
        if (s->p && !check_upto(s, 2048)) bad++;
        if (!s->p || op < 3) {
            if (s->p) { if (!check(s)) bad++; free(s->p); frees++; }
            uint32_t k = rnd() % 100;
            size_t n = k < 70 ? rnd() % 128 : k < 95 ? rnd() % 4096 : k < 99 ? rnd() % 65536 : 140000 + rnd() % 100000;
            if (rnd() & 1) {
                s->p = malloc(n);
            } else {
                s->p = calloc(n, 1);
                for (size_t i = 0; s->p && i < n; i += 61) if (s->p[i]) { bad++; break; }
            }
            if (!s->p && n) { printf("alloc failed\n"); return 1; }
            s->n = n;
            s->tag = (unsigned char)rnd();
            fill(s);
            allocs++;
            bytes += n;
        } else if (op < 6) {
            size_t n = s->n + (rnd() % 2 ? rnd() % 300 : 0) - (s->n > 10 ? rnd() % (s->n / 2) : 0);
            unsigned char *q = realloc(s->p, n ? n : 1);
            if (!q) { printf("realloc failed\n"); return 1; }
            size_t keep = n < s->n ? n : s->n;
            for (size_t i = 0; i < keep; i += 61)
                if (q[i] != (unsigned char)(s->tag + i * 7)) { bad++; break; }
            s->p = q;
            s->n = n;
            fill(s);
            reallocs++;
        } else if (op < 8) {
            free(s->p);
            s->p = NULL;
            s->n = 0;
            frees++;
        }
        if (r % (rounds / 10 > 0 ? rounds / 10 : 1) == 0)
            printf("round %d: allocs=%lu frees=%lu reallocs=%lu bad=%lu bytes=%lu\n", r, allocs, frees, reallocs,
                   bad, bytes);
    }
    unsigned long live = 0, livebytes = 0, sum = 0;
    for (int i = 0; i < NS; i++)
        if (slots[i].p) {
            if (!check(&slots[i])) bad++;
            live++;
            livebytes += slots[i].n;
            for (size_t j = 0; j < slots[i].n; j += 61) sum += slots[i].p[j];  /* pattern bytes only: the rest is uninitialised */
            free(slots[i].p);
        }
    printf("final: allocs=%lu frees=%lu reallocs=%lu bad=%lu live=%lu livebytes=%lu sum=%lu\n", allocs, frees,
           reallocs, bad, live, livebytes, sum);
    /* posix_memalign / aligned_alloc alignment checks (no addresses printed) */
    for (size_t al = 8; al <= 65536; al *= 4) {
        void *p = NULL;
        int rc = posix_memalign(&p, al, 100);
        void *q = aligned_alloc(al, al * 2);
        printf("align %zu: rc=%d ok=%d ok2=%d\n", al, rc, ((uintptr_t)p % al) == 0, q && ((uintptr_t)q % al) == 0);
        free(p);
        free(q);
    }
    void *z = malloc(0);
    printf("malloc(0) %s\n", z ? "non-null" : "null");
    free(z);
    return bad ? 1 : 0;
}
