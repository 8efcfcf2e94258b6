//! opts: Os
/* string.h: strtok/strtok_r, strstr, strchr/strrchr, strspn/strcspn,
 * strpbrk, strncpy, strncat, strcmp family, memmove overlap, memchr,
 * strdup, strndup, strlen at every alignment, strsep, strcasecmp. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int main(void)
{
    char text[] = "the quick, brown fox;jumps over  the lazy dog,,and;the end";
    char copy[sizeof text];
    memcpy(copy, text, sizeof text);
    printf("== strtok ==\n");
    for (char *t = strtok(copy, " ,;"); t; t = strtok(NULL, " ,;")) printf("[%s]", t);
    printf("\n");
    memcpy(copy, text, sizeof text);
    char *save, *outer = strtok_r(copy, ";", &save);
    while (outer) {
        char *s2, *w = strtok_r(outer, " ,", &s2);
        printf("group:");
        while (w) { printf(" <%s>", w); w = strtok_r(NULL, " ,", &s2); }
        printf("\n");
        outer = strtok_r(NULL, ";", &save);
    }
    memcpy(copy, text, sizeof text);
    char *p = copy, *tok;
    printf("strsep:");
    while ((tok = strsep(&p, ",;")) != NULL) printf(" '%s'", tok);
    printf("\n== search ==\n");
    const char *needles[] = {"the", "fox", "dog,", "", "zzz", "end", "the end", "e"};
    for (unsigned i = 0; i < sizeof needles / sizeof needles[0]; i++) {
        const char *h = strstr(text, needles[i]);
        printf("strstr(%s) -> %ld\n", needles[i], h ? (long)(h - text) : -1L);
    }
    for (int c = 'a'; c <= 'z'; c += 3) {
        const char *f = strchr(text, c), *l = strrchr(text, c);
        const char *m = memchr(text, c, sizeof text);
        printf("%c: first=%ld last=%ld memchr=%ld\n", c, f ? (long)(f - text) : -1L, l ? (long)(l - text) : -1L,
               m ? (long)(m - text) : -1L);
    }
    printf("strspn=%zu strcspn=%zu strpbrk=%ld strcasestr=%ld\n", strspn(text, "eht qu"), strcspn(text, ",;"),
           (long)(strpbrk(text, "xyz") - text), (long)(strcasestr(text, "BROWN") - text));
    printf("== compare ==\n");
    const char *ws[] = {"", "a", "A", "ab", "abc", "abd", "b", "\xff", "abc\x80"};
    int nw = sizeof ws / sizeof ws[0];
    for (int i = 0; i < nw; i++) {
        for (int j = 0; j < nw; j++) {
            int c1 = strcmp(ws[i], ws[j]), c2 = strncmp(ws[i], ws[j], 2), c3 = strcasecmp(ws[i], ws[j]);
            printf("%c%c%c ", c1 < 0 ? '<' : c1 > 0 ? '>' : '=', c2 < 0 ? '<' : c2 > 0 ? '>' : '=',
                   c3 < 0 ? '<' : c3 > 0 ? '>' : '=');
        }
        printf("\n");
    }
    printf("== copy/cat ==\n");
    char dst[32];
    memset(dst, 'X', sizeof dst);
    strncpy(dst, "hello", 8);
    for (int i = 0; i < 10; i++) printf("%02x", (unsigned char)dst[i]);
    printf("\n");
    strcpy(dst, "abc");
    strncat(dst, "defghijkl", 4);
    strcat(dst, "!");
    printf("%s len=%zu\n", dst, strlen(dst));
    char *d1 = strdup(text), *d2 = strndup(text, 9);
    printf("strdup eq=%d strndup=[%s]\n", strcmp(d1, text) == 0, d2);
    free(d1);
    free(d2);
    printf("== memmove overlap ==\n");
    char buf[64];
    for (int shift = -5; shift <= 5; shift++) {
        for (int i = 0; i < 64; i++) buf[i] = (char)('A' + i % 26);
        buf[63] = 0;
        memmove(buf + 20 + shift, buf + 20, 30);
        printf("%+d %s\n", shift, buf);
    }
    for (int len = 0; len < 40; len += 3) {
        char big[128];
        for (int i = 0; i < 128; i++) big[i] = (char)i;
        memmove(big + 1, big, (size_t)len * 3);
        memmove(big + 64, big + 67, (size_t)len);
        unsigned s = 0;
        for (int i = 0; i < 128; i++) s = s * 31 + (unsigned char)big[i];
        printf("len %d hash %08x\n", len, s);
    }
    printf("== strlen at offsets ==\n");
    static char al[80];
    for (int off = 0; off < 16; off++) {
        memset(al, 'x', sizeof al);
        for (int n = 0; n < 20; n++) {
            al[off + n] = 0;
            printf("%zu", strlen(al + off));
            al[off + n] = 'x';
            putchar(n == 19 ? '\n' : ',');
        }
    }
    return 0;
}
