//! args: --bad-option
/* A typical "usage error" exit: message on stderr, exit status 2. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strncmp(argv[i], "--", 2) == 0 && strcmp(argv[i], "--help") != 0) {
            fprintf(stderr, "error: unknown option '%s'\n", argv[i]);
            fprintf(stderr, "usage: exit_stderr [--help]\n");
            printf("partial stdout before failing\n");
            exit(EXIT_FAILURE + 1);
        }
    printf("no bad options\n");
    return 0;
}
