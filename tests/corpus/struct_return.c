//! opts: Os
/* Structs passed and returned by value: sizes 1..128 bytes, structs of
 * floats/doubles (returned in FP registers under n64), mixed structs,
 * unions, nested structs, arrays in structs. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct s1 { char a; };
struct s3 { char a, b, c; };
struct s8 { int32_t a, b; };
struct s12 { int32_t a, b, c; };
struct s16 { int64_t a, b; };
struct s24 { int64_t a, b, c; };
struct sf2 { float x, y; };
struct sd2 { double x, y; };
struct sfd { float f; double d; };
struct sdi { double d; int64_t i; };
struct big { int64_t v[16]; char tag[8]; };
union u { double d; int64_t i; char c[8]; };
struct nest { struct sd2 pt; struct s3 col; short id; };

static struct s1 mk1(int k) { struct s1 s = {(char)('a' + k)}; return s; }
static struct s3 mk3(int k) { struct s3 s = {(char)k, (char)(k * 2), (char)(k * 3)}; return s; }
static struct s8 mk8(int k) { struct s8 s = {k, -k}; return s; }
static struct s12 mk12(int k) { struct s12 s = {k, k * k, k * k * k}; return s; }
static struct s16 mk16(int64_t k) { struct s16 s = {k << 32, ~k}; return s; }
static struct s24 mk24(int64_t k) { struct s24 s = {k, k + 1, k * 1000003}; return s; }
static struct sf2 mkf2(float k) { struct sf2 s = {k / 3.0f, k * 1.5f}; return s; }
static struct sd2 mkd2(double k) { struct sd2 s = {k / 7.0, -k}; return s; }
static struct sfd mkfd(double k) { struct sfd s = {(float)k * 0.5f, k * 0.25}; return s; }
static struct sdi mkdi(double k) { struct sdi s = {k * k, (int64_t)k * 3}; return s; }
static struct big mkbig(int k)
{
    struct big b;
    for (int i = 0; i < 16; i++) b.v[i] = (int64_t)k * i - i;
    snprintf(b.tag, sizeof b.tag, "big%d", k);
    return b;
}
static union u mku(int64_t k) { union u x; x.i = k * 0x0101010101010101LL; return x; }
static struct nest mknest(int k) { struct nest n = {mkd2(k), mk3(k), (short)(k * 100)}; return n; }

static struct sd2 add_sd2(struct sd2 a, struct sd2 b) { struct sd2 r = {a.x + b.x, a.y + b.y}; return r; }
static struct sf2 scale_sf2(struct sf2 a, float f) { struct sf2 r = {a.x * f, a.y * f}; return r; }
static int64_t sum_big(struct big b) { int64_t s = 0; for (int i = 0; i < 16; i++) s += b.v[i]; return s + b.tag[3]; }
static struct s24 combine(struct s8 a, struct s12 b, struct s16 c, struct s3 d, double e, struct sfd f)
{
    struct s24 r = {a.a + b.b + d.c, c.a ^ c.b, (int64_t)(e * 100) + (int64_t)(f.d * 10) + (int64_t)f.f};
    return r;
}

int main(void)
{
    for (int k = 0; k < 6; k++) {
        struct s1 a = mk1(k);
        struct s3 b = mk3(k);
        struct s8 c = mk8(k);
        struct s12 d = mk12(k);
        struct s16 e = mk16(k);
        struct s24 f = mk24(k);
        struct sf2 g = mkf2((float)k);
        struct sd2 h = mkd2(k);
        struct sfd i = mkfd(k);
        struct sdi j = mkdi(k);
        printf("k=%d s1=%c s3=%d,%d,%d s8=%d,%d s12=%d,%d,%d s16=%llx,%llx s24=%lld,%lld,%lld\n", k, a.a, b.a, b.b, b.c,
               c.a, c.b, d.a, d.b, d.c, (unsigned long long)e.a, (unsigned long long)e.b, (long long)f.a,
               (long long)f.b, (long long)f.c);
        printf("    sf2=%.7g,%.7g sd2=%.17g,%.17g sfd=%.7g,%.17g sdi=%.17g,%lld\n", (double)g.x, (double)g.y, h.x, h.y,
               (double)i.f, i.d, j.d, (long long)j.i);
        struct big bg = mkbig(k);
        union u un = mku(k);
        struct nest n = mknest(k);
        printf("    big sum=%lld tag=%s union=%llx nest=%.5f,%.5f,%d,%d\n", (long long)sum_big(bg), bg.tag,
               (unsigned long long)un.i, n.pt.x, n.pt.y, n.col.c, n.id);
        struct sd2 s = add_sd2(h, mkd2(k + 1));
        struct sf2 t = scale_sf2(g, 2.5f);
        struct s24 cb = combine(c, d, e, b, k * 0.5, i);
        printf("    add=%.6f,%.6f scale=%.4f,%.4f combine=%lld,%lld,%lld\n", s.x, s.y, (double)t.x, (double)t.y,
               (long long)cb.a, (long long)cb.b, (long long)cb.c);
    }
    /* struct assignment and comparison through memcmp */
    struct big x = mkbig(3), y;
    y = x;
    printf("copy equal=%d\n", memcmp(&x, &y, sizeof x) == 0);
    return 0;
}
