/* exit(3) from a nested call: atexit handlers run in reverse order,
 * buffered stdout is flushed, code after the call never runs. */
#include <stdio.h>
#include <stdlib.h>

static void h1(void) { printf("atexit handler 1\n"); }
static void h2(void) { printf("atexit handler 2\n"); }
static void h3(void) { fprintf(stderr, "atexit handler 3 (stderr)\n"); }

static int level3(int x)
{
    printf("level3(%d): calling exit(3)\n", x);
    exit(3);
    return x;
}
static int level2(int x) { printf("level2\n"); return level3(x + 1) + 1; }
static int level1(int x) { printf("level1\n"); return level2(x + 1) + 1; }

int main(void)
{
    atexit(h1);
    atexit(h2);
    atexit(h3);
    printf("buffered text that must be flushed at exit");  /* no newline */
    printf("\n");
    int r = level1(0);
    printf("not reached %d\n", r);
    return 0;
}
