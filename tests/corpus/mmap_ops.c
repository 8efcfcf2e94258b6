/* mmap/munmap/mremap/mprotect/msync/madvise with sizes that are multiples
 * of 64 KiB (valid for 4 KiB and 16 KiB pages).  No addresses printed. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define K64 (64u * 1024u)

static uint32_t sum(const unsigned char *p, size_t n)
{
    uint32_t s = 0;
    for (size_t i = 0; i < n; i += 997) s = s * 31 + p[i];
    return s;
}

int main(void)
{
    size_t len = 16 * K64;  /* 1 MiB */
    unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap anon ok=%d aligned64k=%d\n", p != MAP_FAILED, ((uintptr_t)p & 4095) == 0);
    int zero = 1;
    for (size_t i = 0; i < len; i += 4096) zero &= p[i] == 0;
    printf("zero filled=%d\n", zero);
    for (size_t i = 0; i < len / 8; i++) ((uint64_t *)p)[i] = i * 0x9E3779B97F4A7C15ull + (i >> 9);
    printf("sum=%08x\n", sum(p, len));

    unsigned char *q = mremap(p, len, 4 * len, MREMAP_MAYMOVE);
    printf("mremap grow ok=%d\n", q != MAP_FAILED);
    printf("sum after grow=%08x tail zero=%d\n", sum(q, len), q[4 * len - 1] == 0);
    memset(q + len, 0xab, 3 * len);
    printf("sum big=%08x\n", sum(q, 4 * len));
    unsigned char *r = mremap(q, 4 * len, 2 * len, 0);
    printf("mremap shrink in place=%d sum=%08x\n", r == q, sum(r, 2 * len));

    printf("mprotect ro=%d\n", mprotect(r, K64, PROT_READ));
    printf("read ro byte=%d\n", r[100]);
    printf("mprotect rw=%d\n", mprotect(r, K64, PROT_READ | PROT_WRITE));
    r[100] = 1;
    printf("after write=%d\n", r[100]);
    printf("madvise dontneed=%d\n", madvise(r + K64, K64, MADV_DONTNEED));
    printf("after dontneed first byte=%d (private anon -> zero)\n", r[K64]);
    printf("munmap middle=%d\n", munmap(r + 4 * K64, 4 * K64));
    printf("munmap rest=%d %d\n", munmap(r, 4 * K64), munmap(r + 8 * K64, 24 * K64));
    printf("munmap unaligned=%d errno=%d\n", munmap((void *)((uintptr_t)r + 1), K64), errno);
    printf("mmap len 0 failed=%d errno=%d\n", mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED,
           errno);
    printf("mmap bad fd failed=%d errno=%d\n", mmap(NULL, K64, PROT_READ, MAP_PRIVATE, 12345, 0) == MAP_FAILED, errno);

    /* file-backed mapping */
    int fd = open("mapped.dat", O_RDWR | O_CREAT | O_TRUNC, 0600);
    ftruncate(fd, 2 * K64);
    unsigned char *f = mmap(NULL, 2 * K64, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    printf("mmap file ok=%d\n", f != MAP_FAILED);
    for (unsigned i = 0; i < 2 * K64; i += 8) *(uint64_t *)(f + i) = 0x0706050403020100ull + i * 0x0101010101010101ull;
    printf("msync=%d\n", msync(f, 2 * K64, MS_SYNC));
    unsigned char buf[16];
    pread(fd, buf, 16, K64 + 5);
    printf("pread sees mapping: %d %d %d\n", buf[0], buf[1], buf[15]);
    pwrite(fd, "XYZ", 3, 10);
    printf("mapping sees pwrite: %c%c%c\n", f[10], f[11], f[12]);
    munmap(f, 2 * K64);
    unsigned char *ro = mmap(NULL, K64, PROT_READ, MAP_PRIVATE, fd, K64);
    printf("offset mapping ok=%d first=%d\n", ro != MAP_FAILED, ro[0]);
    munmap(ro, K64);
    close(fd);
    unlink("mapped.dat");

    /* MAP_FIXED inside a reservation */
    unsigned char *res = mmap(NULL, 8 * K64, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    unsigned char *fix = mmap(res + 2 * K64, 2 * K64, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("fixed at requested=%d\n", fix == res + 2 * K64);
    fix[0] = 9;
    fix[2 * K64 - 1] = 8;
    printf("fixed rw=%d %d\n", fix[0], fix[2 * K64 - 1]);
    munmap(res, 8 * K64);
    /* many small mappings */
    unsigned char *maps[32];
    for (int i = 0; i < 32; i++) {
        maps[i] = mmap(NULL, K64, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        memset(maps[i], i, K64);
    }
    unsigned long t = 0;
    for (int i = 0; i < 32; i++) { t += maps[i][i * 100]; munmap(maps[i], K64); }
    printf("many maps total=%lu\n", t);
    return 0;
}
