/* _exit(5) skips atexit handlers and stdio flushing: only data that was
 * explicitly flushed (or written with write(2)) appears. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void handler(void) { printf("handler must not run\n"); }

int main(void)
{
    atexit(handler);
    printf("flushed line\n");
    fflush(stdout);
    write(1, "raw write\n", 10);
    printf("this stays in the buffer and is lost");
    fprintf(stderr, "stderr is unbuffered\n");
    _exit(5);
}
