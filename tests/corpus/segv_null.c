/* Dereferencing NULL: the process dies of SIGSEGV (11). The pointer comes
 * from argc so the compiler cannot turn the access into a trap. */
#include <stdint.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    volatile int *p = (volatile int *)(uintptr_t)(argc - 1);
    printf("before the NULL store (p is NULL: %d)\n", p == NULL);
    fflush(stdout);
    *p = 42;
    printf("not reached\n");
    return 0;
}
