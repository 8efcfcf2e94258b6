/* Directories: mkdir, create files, opendir/readdir (sorted output since
 * readdir order is file-system dependent), nested dirs, rmdir, chdir,
 * getcwd suffix only, scandir with alphasort. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *path)
{
    DIR *d = opendir(path);
    if (!d) { printf("opendir(%s) failed errno=%d\n", path, errno); return; }
    char *names[256];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 256) names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, (size_t)n, sizeof names[0], cmpstr);
    printf("%s (%d entries):", path, n);
    for (int i = 0; i < n; i++) {
        char full[512];
        struct stat st;
        snprintf(full, sizeof full, "%s/%s", path, names[i]);
        stat(full, &st);
        printf(" %s%s", names[i], S_ISDIR(st.st_mode) ? "/" : "");
        free(names[i]);
    }
    printf("\n");
}

int main(void)
{
    umask(022);
    printf("mkdir top=%d\n", mkdir("top", 0755));
    printf("mkdir again=%d errno=%d\n", mkdir("top", 0755), errno);
    for (int i = 0; i < 25; i++) {
        char name[64];
        snprintf(name, sizeof name, "top/file_%02d.txt", (i * 7) % 25);
        int fd = open(name, O_CREAT | O_WRONLY | O_TRUNC, 0644);
        if (fd < 0) { printf("open failed\n"); return 1; }
        char buf[64];
        int len = snprintf(buf, sizeof buf, "content %d\n", i);
        if (write(fd, buf, (size_t)len) != len) printf("short write\n");
        close(fd);
    }
    mkdir("top/sub", 0700);
    mkdir("top/sub/deeper", 0700);
    close(open("top/sub/deeper/leaf", O_CREAT | O_WRONLY, 0600));
    close(open("top/.hidden", O_CREAT | O_WRONLY, 0600));
    list("top");
    list("top/sub");
    list("top/sub/deeper");
    struct dirent **nl;
    int n = scandir("top", &nl, NULL, alphasort);
    printf("scandir n=%d first=%s last=%s\n", n, n > 0 ? nl[0]->d_name : "-", n > 0 ? nl[n - 1]->d_name : "-");
    for (int i = 0; i < n; i++) free(nl[i]);
    free(nl);
    printf("rmdir nonempty=%d errno=%d\n", rmdir("top/sub"), errno);
    printf("chdir=%d\n", chdir("top/sub"));
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd)) {
        size_t l = strlen(cwd);
        printf("cwd ends with top/sub: %d\n", l >= 7 && strcmp(cwd + l - 7, "top/sub") == 0);
    }
    list(".");
    printf("unlink leaf=%d rmdir deeper=%d\n", unlink("deeper/leaf"), rmdir("deeper"));
    printf("chdir ..=%d\n", chdir("../.."));
    list("top/sub");
    for (int i = 0; i < 25; i += 2) {
        char name[64];
        snprintf(name, sizeof name, "top/file_%02d.txt", i);
        unlink(name);
    }
    list("top");
    printf("opendir missing: %p\n", (void *)opendir("nonexistent"));
    printf("errno=%d\n", errno);
    return 0;
}
