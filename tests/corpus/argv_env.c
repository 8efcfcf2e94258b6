//! args: first "second arg" --flag=value "" ümlaut 12345
/* argv and environment: prints argc, each argument (argv[0] only by its
 * basename), and the values of a few variables the harness sets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv, char **envp)
{
    const char *base = strrchr(argv[0], '/');
    printf("argc=%d\n", argc);
    printf("argv[0] basename=%s\n", base ? base + 1 : argv[0]);
    for (int i = 1; i < argc; i++) printf("argv[%d]=[%s] len=%zu\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc]=%s\n", argv[argc] == NULL ? "NULL" : "non-null");
    const char *vars[] = {"MIPSVM_TEST", "LANG", "PATH", "MIPSVM_UNSET_VARIABLE"};
    for (unsigned i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        printf("%s=%s\n", vars[i], v ? v : "(unset)");
    }
    int found = 0;
    for (char **e = envp; *e; e++)
        if (strncmp(*e, "MIPSVM_TEST=", 12) == 0) found++;
    printf("MIPSVM_TEST entries in envp: %d\n", found);
    printf("envp follows argv: %d\n", envp == argv + argc + 1);
    return 0;
}
