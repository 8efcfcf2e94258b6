/* hello: the smallest useful glibc-static client. */
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    printf("Hello, world! (argc=%d)\n", argc);
    return 0;
}
