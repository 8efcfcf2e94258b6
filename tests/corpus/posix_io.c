/* POSIX fd I/O: open/read/write/lseek/pread/pwrite/ftruncate/dup/dup2,
 * fcntl flags, pipe within one process, O_APPEND, O_EXCL, fstat sizes,
 * errors (EBADF, ENOENT, EEXIST). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static long fsize(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 ? (long)st.st_size : -1;
}

int main(void)
{
    umask(022);
    int fd = open("posix.dat", O_RDWR | O_CREAT | O_TRUNC, 0644);
    printf("open ok=%d\n", fd >= 0);
    char buf[256];
    for (int i = 0; i < 256; i++) buf[i] = (char)i;
    printf("write=%zd\n", write(fd, buf, 256));
    printf("lseek cur=%ld end=%ld set=%ld\n", (long)lseek(fd, 0, SEEK_CUR), (long)lseek(fd, 0, SEEK_END),
           (long)lseek(fd, 10, SEEK_SET));
    char rb[32];
    printf("read=%zd first=%d\n", read(fd, rb, 32), rb[0]);
    printf("pwrite=%zd at 1000 size=%ld\n", pwrite(fd, "HOLE", 4, 1000), fsize(fd));
    memset(rb, 0x55, sizeof rb);
    printf("pread=%zd bytes=%d,%d,%d,%d\n", pread(fd, rb, 8, 996), rb[0], rb[3], rb[4], rb[7]);
    printf("pos after pread=%ld\n", (long)lseek(fd, 0, SEEK_CUR));
    printf("ftruncate=%d size=%ld\n", ftruncate(fd, 100), fsize(fd));
    printf("read past end=%zd\n", pread(fd, rb, 8, 200));
    int d = dup(fd);
    printf("dup ok=%d shares offset: %ld %ld\n", d > fd, (long)lseek(fd, 42, SEEK_SET), (long)lseek(d, 0, SEEK_CUR));
    int d2 = dup2(fd, 20);
    printf("dup2=%d\n", d2);
    printf("fcntl getfd=%d\n", fcntl(d2, F_GETFD));
    fcntl(d2, F_SETFD, FD_CLOEXEC);
    printf("fcntl getfd after=%d getfl acc=%d\n", fcntl(d2, F_GETFD), fcntl(d2, F_GETFL) & O_ACCMODE);
    int d3 = fcntl(fd, F_DUPFD, 30);
    printf("F_DUPFD=%d\n", d3);
    close(d);
    close(d2);
    close(d3);
    printf("close closed=%d errno=%d\n", close(d3), errno);
    printf("read bad fd=%zd errno=%d\n", read(99, rb, 1), errno);
    close(fd);

    fd = open("posix.dat", O_WRONLY | O_APPEND);
    lseek(fd, 0, SEEK_SET);
    write(fd, "tail", 4);
    printf("append size=%ld\n", fsize(fd));
    close(fd);
    printf("O_EXCL existing=%d errno=%d\n", open("posix.dat", O_CREAT | O_EXCL | O_WRONLY, 0644), errno);
    printf("open missing=%d errno=%d\n", open("missing.dat", O_RDONLY), errno);
    fd = open("posix.dat", O_RDONLY);
    printf("write to rdonly=%zd errno=%d\n", write(fd, "x", 1), errno);
    ssize_t n = read(fd, buf, sizeof buf);
    printf("read all=%zd tail=%.4s\n", n, buf + 100);
    close(fd);
    unlink("posix.dat");

    int p[2];
    printf("pipe=%d\n", pipe(p));
    const char *msg = "through the pipe";
    printf("pipe write=%zd\n", write(p[1], msg, strlen(msg)));
    memset(buf, 0, sizeof buf);
    printf("pipe read=%zd '%s'\n", read(p[0], buf, sizeof buf), buf);
    fcntl(p[0], F_SETFL, O_NONBLOCK);
    printf("nonblocking empty read=%zd errno=%d (EAGAIN=%d)\n", read(p[0], buf, 1), errno, EAGAIN);
    close(p[1]);
    printf("read after writer closed=%zd\n", read(p[0], buf, 1));
    close(p[0]);
    /* readv/writev */
    fd = open("vec.dat", O_RDWR | O_CREAT | O_TRUNC, 0600);
    char a[] = "alpha-", b[] = "beta-", c[] = "gamma";
    dprintf(fd, "%s%s%s|%d\n", a, b, c, 123);
    lseek(fd, 0, SEEK_SET);
    memset(buf, 0, sizeof buf);
    printf("dprintf then read=%zd '%s'", read(fd, buf, sizeof buf), buf);
    close(fd);
    unlink("vec.dat");
    return 0;
}
