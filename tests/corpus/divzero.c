//! expect: divzero
/* Integer division by zero.  gcc emits "teq divisor, $zero, 7" after the
 * div; the Linux kernel turns that trap (code 7) into SIGFPE, qemu 7.2
 * delivers SIGTRAP.  The harness knows about this difference. */
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argv;
    volatile int zero = argc - 1;
    volatile long a = 1000;
    printf("1000 / 7 = %ld\n", a / 7);
    printf("dividing by %d\n", zero);
    fflush(stdout);
    long q = a / zero;
    printf("not reached %ld\n", q);
    return 0;
}
