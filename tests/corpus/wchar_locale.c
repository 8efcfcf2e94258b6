#define _GNU_SOURCE
/* Wide characters in the "C" locale: setlocale, wcslen/wcscpy/wcscmp,
 * mbstowcs/wcstombs/mbrtowc/wcrtomb, swprintf, wcstol, towupper,
 * iswalpha, localeconv fields, MB_CUR_MAX. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

int main(void)
{
    const char *loc = setlocale(LC_ALL, "C");
    printf("setlocale C -> %s\n", loc ? loc : "NULL");
    const char *loc2 = setlocale(LC_ALL, "");
    printf("setlocale \"\" (LANG=C) -> %s\n", loc2 ? loc2 : "NULL");
    printf("MB_CUR_MAX=%zu\n", MB_CUR_MAX);
    struct lconv *lc = localeconv();
    printf("decimal_point=[%s] thousands_sep=[%s] grouping_len=%zu\n", lc->decimal_point, lc->thousands_sep,
           strlen(lc->grouping));
    wchar_t w[64];
    size_t n = mbstowcs(w, "Hello, Wide World 123", 64);
    printf("mbstowcs=%zu wcslen=%zu\n", n, wcslen(w));
    for (size_t i = 0; i < n; i++) w[i] = (wchar_t)towupper((wint_t)w[i]);
    char back[64];
    size_t m = wcstombs(back, w, sizeof back);
    printf("upper back=%s (%zu)\n", back, m);
    wchar_t w2[64];
    wcscpy(w2, w);
    wcscat(w2, L"!!");
    printf("wcscmp=%d wcsncmp=%d wcschr=%ld wcsstr=%ld\n", wcscmp(w, w2) < 0, wcsncmp(w, w2, 5),
           (long)(wcschr(w2, L'W') - w2), (long)(wcsstr(w2, L"WORLD") - w2));
    wchar_t fmt[128];
    int r = swprintf(fmt, 128, L"%d|%5.2f|%ls|%c|%x", 42, 3.14159, L"wide", 'q', 255);
    printf("swprintf ret=%d: ", r);
    for (int i = 0; i < r; i++) putchar((int)fmt[i]);
    printf("\n");
    wchar_t *end;
    printf("wcstol=%ld wcstod=%g\n", wcstol(L"  -1234xyz", &end, 10), wcstod(L"2.5e3", NULL));
    printf("end rest len=%zu\n", wcslen(end));
    int alpha = 0, digit = 0, space = 0, punct = 0, upper = 0;
    for (wint_t c = 0; c < 128; c++) {
        alpha += iswalpha(c) != 0;
        digit += iswdigit(c) != 0;
        space += iswspace(c) != 0;
        punct += iswpunct(c) != 0;
        upper += iswupper(c) != 0;
    }
    printf("class counts alpha=%d digit=%d space=%d punct=%d upper=%d\n", alpha, digit, space, punct, upper);
    mbstate_t st;
    memset(&st, 0, sizeof st);
    wchar_t wc;
    size_t k = mbrtowc(&wc, "A", 1, &st);
    printf("mbrtowc('A')=%zu wc=%d\n", k, (int)wc);
    k = mbrtowc(&wc, "\xc3\xa9", 2, &st);
    printf("mbrtowc(0xc3 0xa9) in C locale=%zd\n", (ssize_t)k);
    char mb[8];
    memset(&st, 0, sizeof st);
    k = wcrtomb(mb, L'z', &st);
    printf("wcrtomb('z')=%zu byte=%c\n", k, mb[0]);
    k = wcrtomb(mb, (wchar_t)0x20ac, &st);
    printf("wcrtomb(euro) in C locale=%zd\n", (ssize_t)k);
    printf("printf %%ls: [%ls] [%5ls] [%.3ls]\n", L"abc", L"xy", L"truncate");
    printf("wcwidth('a')=%d btowc('x')=%d wctob(L'y')=%d\n", wcwidth(L'a'), (int)btowc('x'), wctob(L'y'));
    return 0;
}
