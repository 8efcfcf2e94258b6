#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <fcntl.h>
int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    if (!strcmp(what, "munmap-huge")) {
        char *p = mmap(0, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
        p[0] = 42;
        int r = munmap(p, (size_t)1 << 62);
        printf("munmap huge: %d errno=%d p0=%d\n", r, r ? errno : 0, p[0]);
        r = munmap(p + ((size_t)1 << 47), 16384);
        printf("munmap alias: %d errno=%d p0=%d\n", r, r ? errno : 0, p[0]);
    } else if (!strcmp(what, "chown")) {
        FILE *f = fopen("own.txt", "w"); fclose(f);
        int r = chown("own.txt", 0x80000000u, 0x80000001u);
        printf("chown big: %d\n", r == 0 ? 0 : -1);
        r = chown("own.txt", -1, -1);
        printf("chown -1: %d\n", r);
    } else if (!strcmp(what, "stdio-meta")) {
        /* fd 1 is the user's file outside the allowed directory: hands off its metadata */
        int a = fchmod(1, 0777), ea = errno;
        int b = fchown(1, 0, 0), eb = errno;
        int c = futimens(1, NULL), ec = errno;
        int fd = open("mine.txt", O_CREAT | O_WRONLY, 0600);
        int d = fchmod(fd, 0640);
        printf("fchmod %d %d fchown %d %d futimens %d %d own %d\n", a, ea, b, eb, c, ec, d);
    } else if (!strcmp(what, "exe-meta")) {
        int fd = open("/proc/self/exe", O_RDONLY);
        int a = fchmod(fd, 0777), ea = errno;
        int b = fchown(fd, 1, 1), eb = errno;
        int c = futimens(fd, NULL), ec = errno;
        printf("fchmod %d %d fchown %d %d futimens %d %d\n", a, ea, b, eb, c, ec);
    } else if (!strcmp(what, "kjump")) {
        void (*f)(void) = (void (*)(void))0xffffffff80001000ul;
        f();
    } else if (!strcmp(what, "oom")) {
        size_t n = (size_t)64 << 20;
        char *p = malloc(n);
        for (size_t i = 0; i < n; i += 4096) p[i] = 1;
        printf("touched\n");
    }
    return 0;
}
