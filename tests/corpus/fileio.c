/* stdio file I/O in the current directory: fopen/fwrite/fread/fseek/ftell,
 * append mode, fgets/fputs, rename/unlink, stat, error paths (errno). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show_stat(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        printf("stat(%s): errno=%d (%s)\n", path, errno, strerror(errno));
        return;
    }
    /* a directory's st_size depends on the host file system: not printed */
    printf("stat(%s): size=%lld reg=%d dir=%d mode=%03o nlink=%lu\n", path,
           S_ISREG(st.st_mode) ? (long long)st.st_size : -1LL, S_ISREG(st.st_mode) != 0,
           S_ISDIR(st.st_mode) != 0, (unsigned)(st.st_mode & 0777), (unsigned long)st.st_nlink);
}

int main(void)
{
    umask(022);
    FILE *f = fopen("data.bin", "wb");
    if (!f) { perror("fopen"); return 1; }
    unsigned char block[1000];
    for (int i = 0; i < 1000; i++) block[i] = (unsigned char)(i * 13);
    for (int k = 0; k < 50; k++) {
        block[0] = (unsigned char)k;
        if (fwrite(block, 1, sizeof block, f) != sizeof block) printf("short write\n");
    }
    printf("ftell after write=%ld\n", ftell(f));
    fclose(f);
    show_stat("data.bin");

    f = fopen("data.bin", "rb");
    unsigned char rb[1000];
    long total = 0;
    unsigned sum = 0;
    size_t got;
    while ((got = fread(rb, 1, 777, f)) > 0) {
        total += (long)got;
        for (size_t i = 0; i < got; i++) sum = sum * 31 + rb[i];
    }
    printf("read total=%ld sum=%08x eof=%d\n", total, sum, feof(f) != 0);
    for (long pos = 0; pos < 50000; pos += 4999) {
        fseek(f, pos, SEEK_SET);
        int c = fgetc(f);
        printf("pos %ld -> %d (tell %ld)\n", pos, c, ftell(f));
    }
    fseek(f, -10, SEEK_END);
    printf("tell end-10=%ld c=%d\n", ftell(f), fgetc(f));
    fseek(f, 100, SEEK_CUR);
    printf("tell past=%ld c=%d eof=%d\n", ftell(f), fgetc(f), feof(f) != 0);
    rewind(f);
    printf("after rewind tell=%ld c=%d\n", ftell(f), fgetc(f));
    fclose(f);

    f = fopen("text.txt", "w");
    for (int i = 0; i < 30; i++) fprintf(f, "line %d: %s\n", i, i % 2 ? "odd" : "even");
    fclose(f);
    f = fopen("text.txt", "a");
    fputs("appended line\n", f);
    fclose(f);
    f = fopen("text.txt", "r+");
    fseek(f, 5, SEEK_SET);
    fputc('#', f);
    fflush(f);
    rewind(f);
    char line[128];
    int ln = 0;
    while (fgets(line, sizeof line, f)) {
        if (ln % 5 == 0 || strstr(line, "append")) printf("got: %s", line);
        ln++;
    }
    printf("lines=%d\n", ln);
    fclose(f);
    show_stat("text.txt");

    if (rename("text.txt", "renamed.txt") != 0) perror("rename");
    show_stat("text.txt");
    show_stat("renamed.txt");
    f = fopen("text.txt", "r");
    printf("fopen missing: %s errno=%d\n", f ? "opened?!" : "NULL", errno);
    if (unlink("renamed.txt") != 0) perror("unlink");
    if (unlink("data.bin") != 0) perror("unlink");
    printf("unlink again: %d errno=%d\n", unlink("data.bin"), errno);
    show_stat("data.bin");
    show_stat(".");
    f = fopen("nodir/x.txt", "w");
    printf("fopen in missing dir: %s errno=%d (%s)\n", f ? "opened?!" : "NULL", errno, strerror(errno));
    /* binary I/O with fwrite of structs and fseek back */
    struct rec { int id; double v; char name[8]; } r, back;
    f = fopen("recs.bin", "w+b");
    for (int i = 0; i < 20; i++) {
        memset(&r, 0, sizeof r);
        r.id = i;
        r.v = i / 4.0;
        snprintf(r.name, sizeof r.name, "r%02d", i);
        fwrite(&r, sizeof r, 1, f);
    }
    for (int i = 19; i >= 0; i -= 6) {
        fseek(f, (long)(i * sizeof r), SEEK_SET);
        if (fread(&back, sizeof back, 1, f) == 1) printf("rec %d: id=%d v=%g name=%s\n", i, back.id, back.v, back.name);
    }
    fclose(f);
    show_stat("recs.bin");
    unlink("recs.bin");
    return 0;
}
