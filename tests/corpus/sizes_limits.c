/* ABI facts of mips64el n64: sizeof/alignof of the C types, limits.h and
 * float.h constants, byte order, struct layout and padding, char signedness. */
#include <float.h>
#include <limits.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <wchar.h>

struct pad1 { char c; double d; };
struct pad2 { char c; short s; int i; long l; };
struct pad3 { long double ld; char c; };
struct pad4 { char a; int64_t b; char c; };

#define SZ(t) printf("%-14s size=%2zu align=%2zu\n", #t, sizeof(t), alignof(t))

int main(void)
{
    SZ(char); SZ(short); SZ(int); SZ(long); SZ(long long); SZ(void *); SZ(size_t); SZ(float); SZ(double);
    SZ(long double); SZ(wchar_t); SZ(__int128); SZ(struct pad1); SZ(struct pad2); SZ(struct pad3); SZ(struct pad4);
    printf("offsets pad2: s=%zu i=%zu l=%zu pad3.c=%zu pad4.c=%zu\n", offsetof(struct pad2, s), offsetof(struct pad2, i),
           offsetof(struct pad2, l), offsetof(struct pad3, c), offsetof(struct pad4, c));
    printf("CHAR_BIT=%d CHAR_MIN=%d CHAR_MAX=%d SCHAR_MIN=%d UCHAR_MAX=%d char signed=%d\n", CHAR_BIT, CHAR_MIN, CHAR_MAX,
           SCHAR_MIN, UCHAR_MAX, (char)-1 < 0);
    printf("SHRT_MAX=%d INT_MAX=%d LONG_MAX=%ld LLONG_MAX=%lld ULONG_MAX=%lu\n", SHRT_MAX, INT_MAX, LONG_MAX, LLONG_MAX,
           ULONG_MAX);
    printf("WCHAR_MIN=%ld WCHAR_MAX=%ld SIZE_MAX=%zu PTRDIFF_MAX=%td\n", (long)WCHAR_MIN, (long)WCHAR_MAX, SIZE_MAX,
           PTRDIFF_MAX);
    printf("FLT_DIG=%d DBL_DIG=%d LDBL_DIG=%d FLT_MANT_DIG=%d DBL_MANT_DIG=%d LDBL_MANT_DIG=%d\n", FLT_DIG, DBL_DIG,
           LDBL_DIG, FLT_MANT_DIG, DBL_MANT_DIG, LDBL_MANT_DIG);
    printf("FLT_EVAL_METHOD=%d FLT_RADIX=%d DBL_MAX_EXP=%d DBL_MIN_EXP=%d DECIMAL_DIG=%d\n", FLT_EVAL_METHOD, FLT_RADIX,
           DBL_MAX_EXP, DBL_MIN_EXP, DECIMAL_DIG);
    union { uint32_t u; uint8_t b[4]; } e = {0x01020304};
    printf("byte order: %d %d %d %d (little endian=%d)\n", e.b[0], e.b[1], e.b[2], e.b[3], e.b[0] == 4);
    union { double d; uint32_t w[2]; } dw = {1.0};
    printf("double 1.0 words: lo=%08x hi=%08x\n", dw.w[0], dw.w[1]);
    printf("__mips=%d __mips64=%d _MIPS_SIM=%d _ABI64=%d __mips_isa_rev=%d __LP64__=%d\n", __mips,
#ifdef __mips64
           1,
#else
           0,
#endif
           _MIPS_SIM, _ABI64, __mips_isa_rev, __LP64__);
#ifdef __mips_hard_float
    printf("hard float=1 fpr=%d\n", __mips_fpr);
#endif
#ifdef __mips_nan2008
    printf("nan2008=1\n");
#else
    printf("nan2008=0 (legacy NaN)\n");
#endif
    printf("__BYTE_ORDER__ little=%d\n", __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__);
    printf("__GNUC__>=12: %d\n", __GNUC__ >= 12);
    return 0;
}
