/* main returns -1: the exit status is the low 8 bits (255). */
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    printf("argc=%d, returning -1\n", argc);
    return -1;
}
