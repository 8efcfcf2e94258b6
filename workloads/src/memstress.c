/* memstress: the memory-management patterns of stress-ng's malloc, mremap,
 * mlock and madvise stressors, checked as they go.  It exercises the host
 * kernel's VMAs, page tables, THP faults and splits rather than the TLB.
 *
 *   memstress [ROUNDS [MIB]]     defaults 8 rounds over a 64 MiB region
 *
 * Every round:
 *   malloc   256 slots of random sizes (16 B .. 512 KB: the large ones are
 *            glibc mmap chunks, and their realloc is mremap), filled with a
 *            pattern that is verified before each free or realloc;
 *   mremap   a region touched page by page, shrunk to half, grown back
 *            (MREMAP_MAYMOVE), moved to a fixed address (MREMAP_FIXED),
 *            the surviving contents verified after each step;
 *   mlock    mlock / munlock of a range and mlockall / munlockall;
 *   madvise  MADV_HUGEPAGE on a 32 MB aligned range, then MADV_DONTNEED of
 *            part of it (pages must read back as zero) and a partial munmap
 *            (which splits a huge page where THP backed one).
 * Output: counts and one checksum, deterministic (no addresses, fixed seed).
 * Exit status 1 if any verification fails. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define PAGE 16384ul
#define HUGE (32ul << 20)
#define SLOTS 256

static uint64_t xs = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void) { xs ^= xs << 13; xs ^= xs >> 7; xs ^= xs << 17; return xs; }

static uint64_t sum = 0xcbf29ce484222325ull;
static unsigned long errors;
static void mix(uint64_t v) { sum = (sum ^ v) * 0x100000001b3ull; }

static void fail(const char *what)
{
    if (errors++ < 5) fprintf(stderr, "memstress: %s\n", what);
}

/* A block tagged t is all t, except every 4096th byte i, which holds
 * t + i / 4096 * 31: a pattern that does not depend on the block's length,
 * so a realloc'ed prefix checks against the same rule. */
static void fill(unsigned char *p, size_t n, unsigned t)
{
    memset(p, (int)(t & 0xff), n);
    for (size_t i = 0; i < n; i += 4096) p[i] = (unsigned char)(t + i / 4096 * 31);
}
static void check(const unsigned char *p, size_t n, unsigned t, const char *what)
{
    for (size_t i = 0; i < n; i += 4096)
        if (p[i] != (unsigned char)(t + i / 4096 * 31)) { fail(what); return; }
    if (n > 1 && (n - 1) % 4096 && p[n - 1] != (unsigned char)t) fail(what);
    mix(n);
}

static void *map(size_t len)
{
    void *p = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) { perror("memstress: mmap"); exit(2); }
    return p;
}

static void touch_pages(unsigned char *p, size_t len, unsigned t)
{
    for (size_t off = 0; off < len; off += PAGE) p[off] = (unsigned char)(t + off / PAGE);
}
static void check_pages(const unsigned char *p, size_t len, unsigned t, const char *what)
{
    for (size_t off = 0; off < len; off += PAGE)
        if (p[off] != (unsigned char)(t + off / PAGE)) { fail(what); return; }
    mix(len);
}

static void malloc_phase(void)
{
    static unsigned char *slot[SLOTS];
    static size_t size[SLOTS];
    static unsigned tag[SLOTS];
    for (int op = 0; op < 4 * SLOTS; op++) {
        int i = (int)(rnd() % SLOTS);
        uint64_t r = rnd();
        size_t n = (r & 1) ? 16 + (r >> 8) % 4096 : 16 + (r >> 8) % (512 << 10);
        if (slot[i] && (r & 6) == 0) {             /* realloc keeps the common prefix */
            check(slot[i], size[i], tag[i], "malloc: block changed before realloc");
            unsigned char *q = realloc(slot[i], n);
            if (!q) { fail("realloc failed"); continue; }
            check(q, n < size[i] ? n : size[i], tag[i], "realloc lost the contents");
            fill(q, n, tag[i]);
            slot[i] = q, size[i] = n;
        } else {
            if (slot[i]) {
                check(slot[i], size[i], tag[i], "malloc: block changed before free");
                free(slot[i]);
            }
            slot[i] = malloc(n);
            if (!slot[i]) { fail("malloc failed"); continue; }
            size[i] = n, tag[i] = (unsigned)(r >> 40);
            fill(slot[i], n, tag[i]);
        }
    }
    for (int i = 0; i < SLOTS; i++) {
        if (slot[i]) check(slot[i], size[i], tag[i], "malloc: block changed");
        free(slot[i]);
        slot[i] = 0;
    }
}

static void mremap_phase(size_t len, unsigned t)
{
    unsigned char *p = map(len);
    touch_pages(p, len, t);
    p = mremap(p, len, len / 2, 0);                 /* shrink in place */
    if (p == MAP_FAILED) { fail("mremap shrink"); return; }
    check_pages(p, len / 2, t, "mremap shrink lost pages");
    p = mremap(p, len / 2, len, MREMAP_MAYMOVE);    /* grow, maybe moving */
    if (p == MAP_FAILED) { fail("mremap grow"); return; }
    check_pages(p, len / 2, t, "mremap grow lost pages");
    for (size_t off = len / 2; off < len; off += PAGE)
        if (p[off]) { fail("mremap grow: new pages not zero"); break; }
    touch_pages(p, len, t);
    unsigned char *dst = map(len);                  /* a target address we own */
    unsigned char *q = mremap(p, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, dst);
    if (q != dst) { fail("mremap fixed"); munmap(p, len); return; }
    check_pages(q, len, t, "mremap fixed lost pages");
    munmap(q, len);
}

static void mlock_phase(size_t len, unsigned t)
{
    unsigned char *p = map(len);
    if (mlock(p, len)) fail("mlock");
    touch_pages(p, len, t);
    if (munlock(p, len)) fail("munlock");
    if (mlockall(MCL_CURRENT | MCL_FUTURE)) fail("mlockall");
    check_pages(p, len, t, "mlock: pages changed");
    if (munlockall()) fail("munlockall");
    munmap(p, len);
}

static void madvise_phase(size_t len, unsigned t)
{
    size_t span = (len + HUGE - 1) & ~(HUGE - 1);
    unsigned char *raw = map(span + HUGE);
    unsigned char *p = (unsigned char *)(((uintptr_t)raw + HUGE - 1) & ~(HUGE - 1));
    if (madvise(p, span, MADV_HUGEPAGE)) fail("madvise HUGEPAGE");
    touch_pages(p, span, t);
    if (madvise(p + span / 4, span / 4, MADV_DONTNEED)) fail("madvise DONTNEED");
    for (size_t off = span / 4; off < span / 2; off += PAGE)
        if (p[off]) { fail("DONTNEED pages not zero"); break; }
    check_pages(p, span / 4, t, "DONTNEED changed other pages");
    munmap(p + span / 2 + PAGE, PAGE);              /* a hole: splits a huge page */
    check_pages(p + span / 2 + 2 * PAGE, span / 2 - 2 * PAGE, (unsigned)(t + span / 2 / PAGE + 2),
                "munmap hole changed pages");
    munmap(raw, span + HUGE);
}

int main(int argc, char **argv)
{
    long rounds = 8, mib = 64;
    char *end;
    if (argc > 1 && ((rounds = strtol(argv[1], &end, 0)) < 0 || *end)) goto usage;
    if (argc > 2 && ((mib = strtol(argv[2], &end, 0)) < 1 || *end)) goto usage;
    size_t len = (size_t)mib << 20;
    for (long r = 0; r < rounds; r++) {
        unsigned t = (unsigned)r * 7 + 1;
        malloc_phase();
        mremap_phase(len, t);
        mlock_phase(len / 4, t);
        madvise_phase(len, t);
        mix((uint64_t)r);
    }
    printf("memstress rounds=%ld mib=%ld errors=%lu checksum=%016llx\n", rounds, mib, errors,
           (unsigned long long)sum);
    return errors ? 1 : 0;
usage:
    fprintf(stderr, "usage: memstress [ROUNDS [MIB]]\n");
    return 2;
}
