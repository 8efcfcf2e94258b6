/* Arbitrary-precision arithmetic with 32-bit limbs: factorials, Fibonacci
 * numbers, powers of two, printed in decimal (long division by 10^9). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define MAXL 800
typedef struct { int n; uint32_t d[MAXL]; } big;

static void set(big *a, uint32_t v) { a->n = v ? 1 : 0; a->d[0] = v; }
static void mul_small(big *a, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) a->d[a->n++] = (uint32_t)carry;
}
static void add(big *r, const big *a, const big *b)
{
    uint64_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {
        uint64_t t = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        r->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    r->n = n;
    if (carry) r->d[r->n++] = (uint32_t)carry;
}
static uint32_t divmod_small(big *a, uint32_t m)
{
    uint64_t rem = 0;
    for (int i = a->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a->d[i];
        a->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    while (a->n && a->d[a->n - 1] == 0) a->n--;
    return (uint32_t)rem;
}
static void print(const char *label, const big *a)
{
    static big t;
    static uint32_t parts[MAXL * 2];
    t = *a;
    int np = 0;
    if (t.n == 0) { printf("%s0\n", label); return; }
    while (t.n) parts[np++] = divmod_small(&t, 1000000000u);
    printf("%s%u", label, parts[np - 1]);
    for (int i = np - 2; i >= 0; i--) printf("%09u", parts[i]);
    printf("\n");
}

int main(void)
{
    static big f, a, b, c;
    set(&f, 1);
    for (uint32_t i = 1; i <= 300; i++) {
        mul_small(&f, i);
        if (i % 50 == 0 || i == 1 || i == 20 || i == 21) {
            char label[32];
            snprintf(label, sizeof label, "%u! = ", i);
            print(label, &f);
        }
    }
    set(&a, 0);
    set(&b, 1);
    for (int i = 2; i <= 1000; i++) {
        add(&c, &a, &b);
        a = b;
        b = c;
        if (i % 250 == 0) {
            char label[32];
            snprintf(label, sizeof label, "fib(%d) = ", i);
            print(label, &b);
        }
    }
    set(&a, 1);
    for (int i = 1; i <= 1000; i++) {
        mul_small(&a, 2);
        if (i == 64 || i == 128 || i == 500 || i == 1000) {
            char label[32];
            snprintf(label, sizeof label, "2^%d = ", i);
            print(label, &a);
        }
    }
    return 0;
}
