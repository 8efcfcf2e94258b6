/* sysmips(MIPS_FIXADE): emulation on by default, EINVAL for unknown bits, off -> SIGBUS (arch/mips/kernel/syscall.c). */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>
static char buf[16] __attribute__((aligned(8)));
static void onbus(int s) { printf("SIGBUS\n"); fflush(stdout); _exit(3); }
int main(int argc, char **argv) {
    volatile int *p = (volatile int *)(buf + argc);      /* misaligned at run time: a plain sw */
    *p = 0x11223344;                                   /* emulated (TIF_FIXADE is on) */
    printf("%x\n", *p);
    printf("bad %ld\n", syscall(SYS_sysmips, 7, 4, 0));  /* EINVAL: bits beyond 0..1 */
    printf("off %ld\n", syscall(SYS_sysmips, 7, 0, 0));
    signal(SIGBUS, onbus);
    *p = 1;                                            /* now SIGBUS */
    printf("not reached\n");
    return 0;
}
