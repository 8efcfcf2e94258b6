//! opts: Os
/* Unaligned memory access: memcpy from/to odd offsets (ldl/ldr, lwl/lwr,
 * sdl/sdr in the compiled code), packed struct fields, byte-wise views. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stddef.h>

struct __attribute__((packed)) rec {
    uint8_t tag;
    uint64_t a;
    uint16_t b;
    uint32_t c;
    int64_t d;
    double e;
    float f;
};

static uint64_t load64(const void *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static uint32_t load32(const void *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint16_t load16(const void *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static void store64(void *p, uint64_t v) { memcpy(p, &v, 8); }
static void store32(void *p, uint32_t v) { memcpy(p, &v, 4); }

int main(void)
{
    static uint8_t buf[256];
    for (int i = 0; i < 256; i++) buf[i] = (uint8_t)(i * 7 + 3);
    printf("== unaligned loads ==\n");
    for (int off = 0; off < 17; off++) {
        volatile int o = off;
        printf("off=%2d l64=%016llx l32=%08x l16=%04x\n", off, (unsigned long long)load64(buf + o),
               load32(buf + o), load16(buf + o));
    }
    printf("== unaligned stores ==\n");
    for (int off = 0; off < 16; off++) {
        volatile int o = off;
        uint8_t b[32];
        memset(b, 0xee, sizeof b);
        store64(b + o, 0x0102030405060708ull * (uint64_t)(off + 1));
        store32(b + 16 + (o & 7), 0xa1b2c3d4u ^ (uint32_t)off);
        for (int i = 0; i < 32; i++) printf("%02x", b[i]);
        printf("\n");
    }
    printf("== packed struct ==\n");
    printf("sizeof(rec)=%zu offsets a=%zu b=%zu c=%zu d=%zu e=%zu f=%zu\n", sizeof(struct rec),
           offsetof(struct rec, a), offsetof(struct rec, b), offsetof(struct rec, c),
           offsetof(struct rec, d), offsetof(struct rec, e), offsetof(struct rec, f));
    static struct rec recs[8];
    for (int i = 0; i < 8; i++) {
        recs[i].tag = (uint8_t)i;
        recs[i].a = 0x1111111111111111ull * (uint64_t)i + 0x0fedcba987654321ull;
        recs[i].b = (uint16_t)(0xabcd + i);
        recs[i].c = 0xdeadbeefu - (uint32_t)i;
        recs[i].d = -123456789012345ll * i;
        recs[i].e = 1.5 * i - 0.25;
        recs[i].f = 0.125f * (float)i;
    }
    for (int i = 0; i < 8; i++) {
        struct rec *r = &recs[i];
        printf("%u %016llx %04x %08x %lld %.4f %.4f\n", r->tag, (unsigned long long)r->a, r->b, r->c,
               (long long)r->d, r->e, r->f);
        r->a += 1;
        r->c ^= 0xffff;
        r->e *= 2;
    }
    const uint8_t *raw = (const uint8_t *)recs;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < sizeof recs; i++) h = (h ^ raw[i]) * 16777619u;
    printf("raw hash %08x\n", h);
    printf("== memcpy between odd offsets ==\n");
    static uint8_t src[300], dst[300];
    for (int i = 0; i < 300; i++) src[i] = (uint8_t)(i ^ (i >> 3));
    for (int so = 0; so < 8; so++)
        for (int d_o = 0; d_o < 8; d_o++) {
            memset(dst, 0, sizeof dst);
            volatile size_t len = 1 + (size_t)(so * 37 + d_o * 11) % 250;
            memcpy(dst + d_o, src + so, len);
            uint32_t s = 0;
            for (int i = 0; i < 300; i++) s = s * 33 + dst[i];
            printf("%d %d %zu %08x\n", so, d_o, (size_t)len, s);
        }
    printf("== misaligned via packed pointer ==\n");
    struct __attribute__((packed, aligned(1))) u64p { uint64_t v; };
    struct __attribute__((packed, aligned(1))) u32p { uint32_t v; };
    struct __attribute__((packed, aligned(1))) dblp { double v; };
    for (int off = 1; off < 8; off++) {
        struct u64p *p = (struct u64p *)(buf + off);
        struct u32p *q = (struct u32p *)(buf + off + 32);
        struct dblp *dp = (struct dblp *)(buf + off + 64);
        p->v += 0x100;
        q->v ^= 0x80000001u;
        dp->v = 1.0 / off;
        printf("%d %016llx %08x %.17g\n", off, (unsigned long long)p->v, q->v, dp->v);
    }
    return 0;
}
