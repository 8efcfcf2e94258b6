//! args: 100000
/* Deep recursion (default 100k frames, a few MiB of stack) that the
 * compiler cannot turn into a loop, plus mutual recursion. */
#include <stdio.h>
#include <stdlib.h>

static long deep(long n, volatile long *sink)
{
    volatile long local = n ^ 0x5a;
    if (n == 0) return 0;
    long r = deep(n - 1, sink);
    *sink += local;
    return r + (local & 3);
}

static long ping(long n);
static long pong(long n) { volatile long k = n; return n <= 0 ? 0 : ping(k - 1) + 2; }
static long ping(long n) { volatile long k = n; return n <= 0 ? 0 : pong(k - 1) + 1; }

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 100000;
    volatile long sink = 0;
    for (long d = 10; d <= n; d *= 10) {
        sink = 0;
        long r = deep(d, &sink);
        printf("deep(%ld)=%ld sink=%ld\n", d, r, (long)sink);
    }
    printf("ping(%ld)=%ld\n", n / 2, ping(n / 2));
    return 0;
}
