/* In-memory stdio (fmemopen, open_memstream), setvbuf buffering modes,
 * ungetc, getline/getdelim, interleaved stdout and stderr output with
 * explicit flushes, fileno, perror text. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char buf[128] = "line one\nline two is longer\n\nlast";
    FILE *f = fmemopen(buf, strlen(buf), "r");
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) != -1) printf("getline %zd: [%.*s]\n", n, (int)(n && line[n - 1] == '\n' ? n - 1 : n), line);
    fclose(f);
    f = fmemopen(buf, strlen(buf), "r");
    while ((n = getdelim(&line, &cap, ' ', f)) != -1) printf("getdelim %zd\n", n);
    rewind(f);
    int c = fgetc(f);
    ungetc('X', f);
    printf("ungetc: first=%c next=%c then=%c\n", c, fgetc(f), fgetc(f));
    fclose(f);
    free(line);

    char *ms = NULL;
    size_t msz = 0;
    FILE *m = open_memstream(&ms, &msz);
    for (int i = 0; i < 50; i++) fprintf(m, "%d,", i * i);
    fflush(m);
    printf("memstream size after flush=%zu\n", msz);
    fprintf(m, "end");
    fclose(m);
    printf("memstream: %zu [%s]\n", msz, ms);
    free(ms);

    char wbuf[64];
    FILE *w = fmemopen(wbuf, sizeof wbuf, "w");
    fprintf(w, "written %d %s", 42, "to fmemopen");
    fclose(w);
    printf("fmemopen w: [%s]\n", wbuf);

    printf("fileno stdin=%d stdout=%d stderr=%d\n", fileno(stdin), fileno(stdout), fileno(stderr));
    /* Interleaving: stdout is a pipe (fully buffered) so flush explicitly. */
    for (int i = 0; i < 5; i++) {
        printf("out %d\n", i);
        fflush(stdout);
        fprintf(stderr, "err %d\n", i);
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("line buffered now\n");
    fputs("partial ", stdout);
    fputs("line\n", stdout);
    errno = ENOENT;
    perror("perror test");
    errno = 0;
    printf("strerror: %s | %s | %s | %s\n", strerror(EACCES), strerror(EINVAL), strerror(ENOMEM), strerror(12345));
    setvbuf(stdout, NULL, _IONBF, 0);
    for (int i = 0; i < 3; i++) { putchar('u'); putchar('0' + i); putchar('\n'); }
    fputs("unbuffered stdout done\n", stdout);
    return 0;
}
