/* Function pointers (tables, callbacks, returning function pointers),
 * recursion (Ackermann, Fibonacci, mutual recursion, Hanoi, permutations). */
#include <stdio.h>
#include <string.h>

typedef long (*binop)(long, long);
static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long mx(long a, long b) { return a > b ? a : b; }
static long gcd(long a, long b) { return b ? gcd(b, a % b) : a; }
static binop table[] = {add, sub, mul, mx, gcd};
static const char *names[] = {"add", "sub", "mul", "max", "gcd"};

static binop pick(int i) { return table[i % 5]; }

static long fold(const long *v, int n, binop f, long init)
{
    for (int i = 0; i < n; i++) init = f(init, v[i]);
    return init;
}

static long ack(long m, long n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

static int moves;
static void hanoi(int n, char from, char to, char via)
{
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n >= 9) printf("move disk %d %c->%c\n", n, from, to);
    hanoi(n - 1, via, to, from);
}

static int perm_count;
static void permute(char *s, int k, int n)
{
    if (k == n) {
        perm_count++;
        if (perm_count % 97 == 1) printf("perm %d: %s\n", perm_count, s);
        return;
    }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

struct visitor { void (*visit)(struct visitor *, int); long acc; };
static void v_sum(struct visitor *v, int x) { v->acc += x; }
static void v_sq(struct visitor *v, int x) { v->acc += (long)x * x; }

static int cmp_count;
static int cmp(const void *a, const void *b) { cmp_count++; return *(const int *)a - *(const int *)b; }

int main(void)
{
    long v[] = {12, 18, 30, 42, 7, 99, -4, 36};
    for (int i = 0; i < 5; i++) printf("fold %s = %ld\n", names[i], fold(v, 8, pick(i), i == 2 ? 1 : 0));
    for (int a = 0; a < 20; a++) {
        binop f = table[a % 5];
        printf("%s(%d,%d)=%ld ", names[a % 5], a * 7, a + 3, f(a * 7, a + 3));
    }
    printf("\n");
    for (int m = 0; m <= 3; m++)
        for (int n = 0; n <= 4; n++) printf("ack(%d,%d)=%ld\n", m, n, ack(m, n));
    for (int i = 0; i <= 20; i += 4) printf("fib(%d)=%ld\n", i, fib(i));
    printf("even(1001)=%d odd(1001)=%d even(5000)=%d\n", is_even(1001), is_odd(1001), is_even(5000));
    hanoi(12, 'A', 'C', 'B');
    printf("hanoi moves=%d\n", moves);
    char s[] = "abcdefg";
    permute(s, 0, (int)strlen(s));
    printf("perms=%d\n", perm_count);
    struct visitor vs[2] = {{v_sum, 0}, {v_sq, 0}};
    for (int k = 0; k < 2; k++)
        for (int i = -50; i <= 100; i++) vs[k].visit(&vs[k], i);
    printf("visitors %ld %ld\n", vs[0].acc, vs[1].acc);
    int (*fp)(const void *, const void *) = cmp;
    int arr[5] = {5, 3, 1, 4, 2};
    printf("cmp via ptr %d %d\n", fp(&arr[0], &arr[1]), (*fp)(&arr[2], &arr[3]));
    return 0;
}
