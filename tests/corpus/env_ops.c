/* Environment manipulation inside the program: getenv/setenv/unsetenv/
 * putenv/clearenv; only variables the program itself sets (plus
 * MIPSVM_TEST, set by the harness) are printed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static void show(const char *k)
{
    const char *v = getenv(k);
    printf("%s=%s\n", k, v ? v : "(unset)");
}

int main(void)
{
    show("MIPSVM_TEST");
    printf("setenv A=%d\n", setenv("CORPUS_A", "alpha", 0));
    show("CORPUS_A");
    printf("setenv no-overwrite=%d\n", setenv("CORPUS_A", "beta", 0));
    show("CORPUS_A");
    printf("setenv overwrite=%d\n", setenv("CORPUS_A", "gamma", 1));
    show("CORPUS_A");
    printf("setenv bad name=%d\n", setenv("BAD=NAME", "x", 1));
    static char pe[] = "CORPUS_B=from putenv";
    putenv(pe);
    show("CORPUS_B");
    pe[9] = 'F';
    show("CORPUS_B");
    for (int i = 0; i < 40; i++) {
        char k[32], v[32];
        snprintf(k, sizeof k, "CORPUS_V%02d", i);
        snprintf(v, sizeof v, "value-%d", i * i);
        setenv(k, v, 1);
    }
    int count = 0;
    for (char **e = environ; *e; e++)
        if (strncmp(*e, "CORPUS_", 7) == 0) count++;
    printf("CORPUS_ vars=%d\n", count);
    show("CORPUS_V17");
    unsetenv("CORPUS_V17");
    show("CORPUS_V17");
    unsetenv("CORPUS_A");
    show("CORPUS_A");
    clearenv();
    show("MIPSVM_TEST");
    printf("environ empty=%d\n", environ == NULL || environ[0] == NULL);
    setenv("AFTER_CLEAR", "yes", 1);
    show("AFTER_CLEAR");
    return 0;
}
