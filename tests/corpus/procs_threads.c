// Threads (mutex, condition variable, join), fork, a pipe, waitpid and a child killed by SIGKILL.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <signal.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static long total;
static int ready;

static void *worker(void *arg) {
    long id = (long)arg, sum = 0;
    for (long i = 0; i < 200000; i++) sum += (i * (id + 1)) % 7;
    pthread_mutex_lock(&mu);
    total += sum;
    ready++;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    return (void *)sum;
}

int main(void) {
    pthread_t th[4];
    for (long i = 0; i < 4; i++) pthread_create(&th[i], NULL, worker, (void *)i);
    pthread_mutex_lock(&mu);
    while (ready < 4) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    long check = 0;
    for (int i = 0; i < 4; i++) { void *r; pthread_join(th[i], &r); check += (long)r; }
    printf("threads: total=%ld check=%ld\n", total, check);

    int fd[2];
    if (pipe(fd)) { perror("pipe"); return 1; }
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        char buf[64];
        for (int i = 0; i < 3; i++) {
            int n = snprintf(buf, sizeof buf, "child line %d\n", i);
            write(fd[1], buf, n);
        }
        _exit(7);
    }
    close(fd[1]);
    char buf[256];
    ssize_t n, got = 0;
    while ((n = read(fd[0], buf + got, sizeof buf - 1 - got)) > 0) got += n;
    buf[got] = 0;
    printf("parent read %zd bytes:\n%s", got, buf);
    int st;
    pid_t w = waitpid(pid, &st, 0);
    printf("waited same=%d exited=%d status=%d\n", w == pid, WIFEXITED(st), WEXITSTATUS(st));
    pid = fork();
    if (pid == 0) { raise(SIGKILL); _exit(1); }
    waitpid(pid, &st, 0);
    printf("killed=%d sig=%d\n", WIFSIGNALED(st), WTERMSIG(st));
    fflush(stdout);
    return 3;
}
