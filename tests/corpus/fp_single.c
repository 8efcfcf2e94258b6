/* Single-precision float: arithmetic, libm f-variants, accumulation,
 * int conversions, a small float kernel (polynomial, dot product). */
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t fb(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

int main(void)
{
    float xs[] = {0.0f, 1.0f, -1.0f, 0.1f, 0.333333f, 2.5f, -7.75f, 100.0f, 1e-6f, 1e6f, 3.14159265f, 1e-40f};
    int n = sizeof xs / sizeof xs[0];
    for (int i = 0; i < n; i++) {
        volatile float x = xs[i];
        printf("x=%.9g %08x\n", (double)x, fb(x));
        printf("  sinf=%.9g cosf=%.9g tanf=%.9g expf=%.9g logf=%.9g sqrtf=%.9g\n", (double)sinf(x),
               (double)cosf(x), (double)tanf(x), (double)expf(x), (double)logf(fabsf(x)),
               (double)sqrtf(fabsf(x)));
        printf("  powf(x,1.5)=%.9g atan2f=%.9g floorf=%g ceilf=%g roundf=%g lrintf=%ld fmodf=%.9g\n",
               (double)powf(fabsf(x), 1.5f), (double)atan2f(x, 2.0f), (double)floorf(x), (double)ceilf(x),
               (double)roundf(x), lrintf(x), (double)fmodf(x, 0.7f));
        for (int j = 0; j < n; j += 2) {
            volatile float y = xs[j];
            float s = x + y, d = x - y, p = x * y, q = y != 0 ? x / y : 0;
            printf("  op %08x %08x %08x %08x\n", fb(s), fb(d), fb(p), fb(q));
        }
    }
    float acc = 0.0f;
    for (int i = 1; i <= 100000; i++) acc += 1.0f / (float)i;
    printf("harmonic(1e5) float = %.9g\n", (double)acc);
    double dacc = 0.0;
    for (int i = 1; i <= 100000; i++) dacc += 1.0 / i;
    printf("harmonic(1e5) double = %.17g\n", dacc);
    float a[64], b[64];
    for (int i = 0; i < 64; i++) { a[i] = (float)i * 0.5f - 3.0f; b[i] = 1.0f / (float)(i + 1); }
    float dot = 0;
    for (int i = 0; i < 64; i++) dot += a[i] * b[i];
    printf("dot=%.9g\n", (double)dot);
    float poly = 0;
    for (int k = 0; k < 1000; k++) {
        float t = (float)k / 1000.0f;
        poly += ((3.0f * t - 2.0f) * t + 0.5f) * t - 0.125f;
    }
    printf("poly=%.9g\n", (double)poly);
    printf("fmaf(0.1,10,-1)=%a\n", (double)fmaf(0.1f, 10.0f, -1.0f));
    return 0;
}
