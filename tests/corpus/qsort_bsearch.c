/* qsort and bsearch over ints, strings and structs (all comparators are
 * total orders so the result does not depend on the algorithm). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned lcg_state = 12345;
static unsigned lcg(void) { lcg_state = lcg_state * 1103515245u + 12345u; return (lcg_state >> 8) & 0xffffff; }

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

struct person { char name[12]; int age; double score; };
static int cmp_person(const void *a, const void *b)
{
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    if (p->score != q->score) return p->score < q->score ? -1 : 1;
    return strcmp(p->name, q->name);
}

int main(void)
{
    enum { N = 3000 };
    static int a[N];
    for (int i = 0; i < N; i++) a[i] = (int)(lcg() % 100000) - 50000;
    qsort(a, N, sizeof a[0], cmp_int);
    unsigned long h = 0;
    for (int i = 0; i < N; i++) h = h * 1000003 + (unsigned)a[i];
    printf("sorted: first=%d last=%d median=%d hash=%lx\n", a[0], a[N - 1], a[N / 2], h);
    for (int i = 0; i < N; i += 150) printf("a[%d]=%d\n", i, a[i]);
    int found = 0;
    for (int k = -50000; k < 50000; k += 97) {
        int *p = bsearch(&k, a, N, sizeof a[0], cmp_int);
        if (p) { found++; if (found < 20) printf("found %d\n", k); }
    }
    printf("bsearch found %d\n", found);
    qsort(a, N, sizeof a[0], cmp_int_desc);
    printf("desc: %d %d %d\n", a[0], a[1], a[N - 1]);

    static char words[400][16];
    static char *ptrs[400];
    for (int i = 0; i < 400; i++) {
        int len = 1 + (int)(lcg() % 10);
        for (int j = 0; j < len; j++) words[i][j] = (char)('a' + lcg() % 26);
        words[i][len] = 0;
        snprintf(words[i] + len, sizeof words[i] - (size_t)len, "%d", i % 10);
        ptrs[i] = words[i];
    }
    qsort(ptrs, 400, sizeof ptrs[0], cmp_str);
    for (int i = 0; i < 400; i += 7) printf("%s%c", ptrs[i], i % 70 == 63 ? '\n' : ' ');
    printf("\n");
    char *key = ptrs[123];
    char **hit = bsearch(&key, ptrs, 400, sizeof ptrs[0], cmp_str);
    printf("bsearch word %s -> index %ld\n", key, hit ? (long)(hit - ptrs) : -1L);

    struct person ppl[200];
    for (int i = 0; i < 200; i++) {
        snprintf(ppl[i].name, sizeof ppl[i].name, "p%03u", lcg() % 1000);
        ppl[i].age = 18 + (int)(lcg() % 50);
        ppl[i].score = (double)(lcg() % 1000) / 8.0;
    }
    qsort(ppl, 200, sizeof ppl[0], cmp_person);
    for (int i = 0; i < 200; i += 5) printf("%s %d %.3f\n", ppl[i].name, ppl[i].age, ppl[i].score);
    /* many tiny sorts (insertion-sort paths) */
    unsigned long hh = 0;
    for (int t = 0; t < 300; t++) {
        int m = 1 + t % 17, b[17];
        for (int i = 0; i < m; i++) b[i] = (int)(lcg() % 50);
        qsort(b, (size_t)m, sizeof b[0], cmp_int);
        for (int i = 0; i < m; i++) hh = hh * 31 + (unsigned)b[i];
    }
    printf("tiny sorts hash %lx\n", hh);
    return 0;
}
