/* Signals: handlers via signal/sigaction (SA_SIGINFO, SA_RESETHAND),
 * raise, blocking with sigprocmask + sigpending, SIGSEGV caught after
 * mprotect and recovered with siglongjmp, SIGALRM-free (no timers). */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static volatile sig_atomic_t hits[65];
static volatile int last_code;
static sigjmp_buf jb;

static void plain(int sig) { hits[sig]++; }
static void info(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    hits[sig]++;
    last_code = si->si_code;
}
static void segv(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    hits[sig]++;
    last_code = si->si_code;
    siglongjmp(jb, 1);
}
static void nested(int sig)
{
    hits[sig]++;
    if (hits[sig] < 4) raise(sig);  /* deferred: blocked while in the handler */
}

int main(void)
{
    printf("SIGUSR1=%d SIGUSR2=%d SIGSEGV=%d SIGCHLD=%d SIGBUS=%d\n", SIGUSR1, SIGUSR2, SIGSEGV, SIGCHLD, SIGBUS);
    signal(SIGUSR1, plain);
    for (int i = 0; i < 3; i++) raise(SIGUSR1);
    printf("SIGUSR1 hits=%d\n", hits[SIGUSR1]);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = info;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    printf("SIGUSR2 hits=%d si_code=%d (SI_TKILL=%d)\n", hits[SIGUSR2], last_code, SI_TKILL);

    sigset_t set, old, pend;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    raise(SIGUSR1);
    sigpending(&pend);
    printf("blocked: hits=%d pending=%d\n", hits[SIGUSR1], sigismember(&pend, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("unblocked: hits=%d\n", hits[SIGUSR1]);

    signal(SIGUSR1, nested);
    hits[SIGUSR1] = 0;
    raise(SIGUSR1);
    printf("nested raise hits=%d\n", hits[SIGUSR1]);

    struct sigaction once;
    memset(&once, 0, sizeof once);
    once.sa_handler = plain;
    once.sa_flags = SA_RESETHAND;
    sigaction(SIGHUP, &once, NULL);
    raise(SIGHUP);
    struct sigaction cur;
    sigaction(SIGHUP, NULL, &cur);
    printf("SIGHUP hits=%d reset to default=%d\n", hits[SIGHUP], cur.sa_handler == SIG_DFL);

    signal(SIGUSR2, SIG_IGN);
    raise(SIGUSR2);
    printf("ignored SIGUSR2 hits still=%d\n", hits[SIGUSR2]);

    /* SIGSEGV from a write to a read-only page */
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    size_t len = 64 * 1024;
    volatile unsigned char *page = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int k = 0; k < 3; k++) {
        if (sigsetjmp(jb, 1) == 0) {
            page[k * 100] = 1;
            printf("write succeeded?!\n");
        } else {
            printf("caught SIGSEGV #%d si_code=%d (SEGV_ACCERR=%d)\n", hits[SIGSEGV], last_code, SEGV_ACCERR);
        }
    }
    munmap((void *)page, len);
    if (sigsetjmp(jb, 1) == 0) {
        volatile int *bad = (volatile int *)(uintptr_t)16;
        printf("read %d\n", *bad);
    } else {
        printf("caught SIGSEGV #%d si_code=%d (SEGV_MAPERR=%d)\n", hits[SIGSEGV], last_code, SEGV_MAPERR);
    }
    /* kill() to ourselves */
    signal(SIGTERM, plain);
    kill(getpid(), SIGTERM);
    printf("SIGTERM via kill hits=%d\n", hits[SIGTERM]);
    printf("strsignal: %s | %s | %s\n", strsignal(SIGSEGV), strsignal(SIGUSR1), strsignal(SIGBUS));
    return 0;
}
