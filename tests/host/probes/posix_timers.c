/* POSIX timers: every line it prints is the same under qemu-user (host
 * timers) and under mipsvm (simulated clocks) -- only facts that do not
 * depend on how fast the machine runs, with wide margins. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

static volatile sig_atomic_t hits, last_code, last_value, last_overrun, in_handler_overrun;
static timer_t cur;

static void handler(int sig, siginfo_t *si, void *uc)
{
    (void)sig; (void)uc;
    hits++;
    last_code = si->si_code;
    last_value = si->si_value.sival_int;
    last_overrun = si->si_overrun;
    in_handler_overrun = timer_getoverrun(cur);
}

static long ms(const struct timespec *t) { return t->tv_sec * 1000 + t->tv_nsec / 1000000; }

static timer_t make(clockid_t clk, int notify, int sig, int value)
{
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = notify;
    ev.sigev_signo = sig;
    ev.sigev_value.sival_int = value;
    if (notify == SIGEV_THREAD_ID)
        ev._sigev_un._tid = (int)syscall(SYS_gettid);
    timer_t t;
    if (timer_create(clk, &ev, &t) != 0) {
        printf("timer_create(%d, %d): errno %d\n", (int)clk, notify, errno);
        return 0;
    }
    return t;
}

static void arm(timer_t t, int flags, long value_ms, long interval_ms)
{
    struct itimerspec its = {{interval_ms / 1000, interval_ms % 1000 * 1000000},
                             {value_ms / 1000, value_ms % 1000 * 1000000}};
    if (flags & TIMER_ABSTIME) {
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        its.it_value.tv_sec += now.tv_sec;
        its.it_value.tv_nsec += now.tv_nsec;
        if (its.it_value.tv_nsec >= 1000000000) { its.it_value.tv_sec++; its.it_value.tv_nsec -= 1000000000; }
    }
    if (timer_settime(t, flags, &its, NULL) != 0)
        printf("timer_settime: errno %d\n", errno);
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    sigaction(SIGRTMIN + 2, &sa, NULL);

    /* 1. a one-shot CLOCK_MONOTONIC timer ends a nanosleep with EINTR */
    cur = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR1, 42);
    arm(cur, 0, 100, 0);
    struct timespec req = {2, 0}, rem = {0, 0};
    int r = nanosleep(&req, &rem);
    printf("oneshot: nanosleep=%d errno=%s hits=%d code=%s value=%d rem>1s=%d\n", r,
           r ? strerror(errno) : "-", (int)hits, last_code == SI_TIMER ? "SI_TIMER" : "other",
           (int)last_value, ms(&rem) > 1000);
    struct itimerspec g;
    timer_gettime(cur, &g);
    printf("expired one-shot: value=%ld interval=%ld\n", ms(&g.it_value), ms(&g.it_interval));

    /* 2. timer_gettime after arming, and disarming */
    arm(cur, 0, 10000, 3000);
    timer_gettime(cur, &g);
    printf("armed: 9s<value<=10s=%d interval=%ldms\n", ms(&g.it_value) > 9000 && ms(&g.it_value) <= 10000,
           ms(&g.it_interval));
    struct itimerspec zero = {{0, 0}, {0, 0}}, old;
    timer_settime(cur, 0, &zero, &old);
    timer_gettime(cur, &g);
    printf("disarmed: old interval=%ldms value=%ld/%ld\n", ms(&old.it_interval), (long)g.it_value.tv_sec,
           g.it_value.tv_nsec);
    timer_delete(cur);

    /* 3. a periodic timer while its signal is blocked: one signal, the rest is overrun */
    sigset_t set, prev;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, &prev);
    hits = 0;
    cur = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR2, 7);
    arm(cur, 0, 200, 200);
    struct timespec nap = {2, 100000000};      /* 2.1 s: expiries at 0.2, 0.4, ... 2.0 */
    nanosleep(&nap, NULL);
    sigset_t pend;
    sigpending(&pend);
    printf("blocked: pending=%d overrun before delivery=%d hits=%d\n", sigismember(&pend, SIGUSR2),
           timer_getoverrun(cur), (int)hits);
    sigprocmask(SIG_SETMASK, &prev, NULL);
    printf("delivered: hits=%d si_overrun=%d timer_getoverrun=%d value=%d\n", (int)hits,
           (int)last_overrun, (int)in_handler_overrun, (int)last_value);
    timer_delete(cur);

    /* 4. SIGEV_NONE: nothing is sent; gettime shows the state */
    timer_t n = make(CLOCK_MONOTONIC, SIGEV_NONE, 0, 0);
    arm(n, 0, 100, 0);
    hits = 0;
    struct timespec short_nap = {0, 300000000};
    nanosleep(&short_nap, NULL);
    timer_gettime(n, &g);
    printf("sigev_none one-shot: hits=%d value=%ld.%09ld\n", (int)hits, (long)g.it_value.tv_sec, g.it_value.tv_nsec);
    arm(n, 0, 100, 400);
    nanosleep(&short_nap, NULL);
    timer_gettime(n, &g);
    printf("sigev_none periodic: 0<value<=400ms=%d interval=%ldms\n",
           (g.it_value.tv_sec || g.it_value.tv_nsec) && ms(&g.it_value) <= 400, ms(&g.it_interval));
    timer_delete(n);

    /* 5. CLOCK_REALTIME with TIMER_ABSTIME, taken by sigtimedwait */
    sigemptyset(&set);
    sigaddset(&set, SIGRTMIN + 2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    cur = make(CLOCK_REALTIME, SIGEV_SIGNAL, SIGRTMIN + 2, 99);
    arm(cur, TIMER_ABSTIME, 150, 0);
    siginfo_t si;
    struct timespec wait = {5, 0};
    int s = sigtimedwait(&set, &si, &wait);
    printf("abstime: sigtimedwait=SIGRTMIN+%d code=%s value=%d\n", s - SIGRTMIN,
           si.si_code == SI_TIMER ? "SI_TIMER" : "other", si.si_value.sival_int);
    timer_delete(cur);

    /* 6. SIGEV_THREAD_ID to this thread */
    hits = 0;
    cur = make(CLOCK_MONOTONIC, SIGEV_THREAD_ID, SIGUSR1, 5);
    arm(cur, 0, 50, 0);
    pause();
    printf("thread_id: hits=%d value=%d\n", (int)hits, (int)last_value);
    timer_delete(cur);

    /* 7. a CPU-time timer fires while the process computes */
    hits = 0;
    cur = make(CLOCK_PROCESS_CPUTIME_ID, SIGEV_SIGNAL, SIGUSR1, 11);
    arm(cur, 0, 20, 0);
    volatile unsigned long x = 0;
    while (!hits)
        x++;
    printf("cputime: hits=%d value=%d\n", (int)hits, (int)last_value);
    timer_delete(cur);

    /* 8. errors */
    timer_t bad;
    errno = 0;
    printf("bad clock: %d errno=%d\n", timer_create(12345, NULL, &bad), errno);
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = 77;
    errno = 0;
    printf("bad notify: %d errno=%d\n", timer_create(CLOCK_MONOTONIC, &ev, &bad), errno);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = 0;
    errno = 0;
    printf("bad signo: %d errno=%d\n", timer_create(CLOCK_MONOTONIC, &ev, &bad), errno);
    cur = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR1, 1);
    struct itimerspec badts = {{0, 0}, {0, 1000000000}};
    errno = 0;
    printf("bad nsec: %d errno=%d\n", timer_settime(cur, 0, &badts, NULL), errno);
    timer_delete(cur);
    errno = 0;
    printf("deleted: %d errno=%d\n", timer_delete(cur), errno);
    return 0;
}
