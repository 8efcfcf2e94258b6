/* Reads all of stdin and writes: numbered lines with ROT13 text, per-line
 * word/char counts, a byte histogram summary and totals.  Handles a
 * missing final newline and empty input. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    static char line[4096];
    unsigned long hist[256] = {0};
    long lines = 0, words = 0, chars = 0;
    while (fgets(line, sizeof line, stdin)) {
        size_t len = strlen(line);
        int nl = len && line[len - 1] == '\n';
        if (nl) line[--len] = 0;
        lines++;
        chars += (long)len;
        int w = 0, inword = 0;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)line[i];
            hist[c]++;
            if (isspace(c)) inword = 0;
            else if (!inword) { inword = 1; w++; }
            if (c >= 'a' && c <= 'z') line[i] = (char)('a' + (c - 'a' + 13) % 26);
            else if (c >= 'A' && c <= 'Z') line[i] = (char)('A' + (c - 'A' + 13) % 26);
        }
        words += w;
        printf("%4ld %3zu %2d%s| %s\n", lines, len, w, nl ? "" : " (no newline)", line);
    }
    printf("lines=%ld words=%ld chars=%ld\n", lines, words, chars);
    for (int c = 0; c < 256; c++)
        if (hist[c] > 3) printf("byte %3d %c x%lu\n", c, isprint(c) ? c : '.', hist[c]);
    fprintf(stderr, "stdin_transform: done (%ld lines)\n", lines);
    return lines ? 0 : 1;
}
