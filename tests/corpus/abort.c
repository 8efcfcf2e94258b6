/* abort() raises SIGABRT: the process dies of signal 6. stdout is flushed
 * by hand first (glibc's abort does not flush streams). */
#include <stdio.h>
#include <stdlib.h>

static void cleanup(void) { printf("atexit must not run on abort\n"); }

int main(void)
{
    atexit(cleanup);
    for (int i = 0; i < 3; i++) printf("working %d\n", i);
    fprintf(stderr, "about to abort\n");
    fflush(stdout);
    abort();
}
