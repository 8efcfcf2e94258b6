//! opts: Os
/* setjmp/longjmp: nested jumps, values through volatile locals, longjmp
 * out of deep recursion, sigsetjmp/siglongjmp, FP registers preserved. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>

static jmp_buf env_a, env_b;
static sigjmp_buf senv;
static int depth_reached;

static void recurse(int n, int limit)
{
    volatile char pad[64];
    pad[0] = (char)n;
    depth_reached = n + pad[0] - n;
    if (n == limit) longjmp(env_a, n * 2 + 1);
    recurse(n + 1, limit);
    pad[1] = 0;
}

static int inner(int k)
{
    if (setjmp(env_b) == 0) {
        if (k % 3 == 0) longjmp(env_b, 7);
        return k;
    }
    return -k;
}

static double fp_across(double x)
{
    volatile double a = x * 1.5, b = x / 3.0;
    register double keep = x + 0.25;
    if (setjmp(env_a) == 0) {
        a = a * 2;
        longjmp(env_a, 1);
    }
    return a + b + keep;
}

int main(void)
{
    for (volatile int limit = 0; limit < 2000; limit += 333) {
        volatile int counter = 0;
        int r = setjmp(env_a);
        counter++;
        if (r == 0) {
            recurse(0, limit);
            printf("not reached\n");
        } else {
            printf("limit=%d longjmp value=%d depth=%d counter=%d\n", limit, r, depth_reached, counter);
        }
    }
    for (int k = 0; k < 10; k++) printf("inner(%d)=%d\n", k, inner(k));
    /* longjmp with value 0 must make setjmp return 1 */
    volatile int times = 0;
    int v = setjmp(env_a);
    times++;
    printf("setjmp returned %d (times=%d)\n", v, times);
    if (times < 3) longjmp(env_a, 0);
    for (int i = 0; i < 5; i++) printf("fp_across(%d)=%.17g\n", i, fp_across(i + 0.5));
    /* sigsetjmp with mask saving */
    sigset_t set;
    sigemptyset(&set);
    sigprocmask(SIG_SETMASK, &set, NULL);
    int sv = sigsetjmp(senv, 1);
    sigprocmask(SIG_SETMASK, NULL, &set);
    printf("sigsetjmp=%d SIGUSR1 blocked=%d\n", sv, sigismember(&set, SIGUSR1));
    if (sv == 0) {
        sigaddset(&set, SIGUSR1);
        sigprocmask(SIG_BLOCK, &set, NULL);
        siglongjmp(senv, 5);
    }
    return 0;
}
