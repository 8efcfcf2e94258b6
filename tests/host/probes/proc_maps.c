/* /proc/self/maps and /proc/self/auxv: main, a malloc'd block and a stack
 * variable each lie in a line with the right permissions and name; the auxv
 * file holds the words getauxval sees. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <fcntl.h>
#include <unistd.h>
#include <elf.h>

static int find(const char *what, unsigned long addr, const char *want_perms, const char *want_name)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) { perror("maps"); return 1; }
    char line[512];
    int ok = 0;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi, off;
        char perms[8], dev[16], name[256] = "";
        unsigned long ino;
        int n = sscanf(line, "%lx-%lx %7s %lx %15s %lu %255s", &lo, &hi, perms, &off, dev, &ino, name);
        if (n < 6 || addr < lo || addr >= hi)
            continue;
        const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
        /* x of the stack follows PT_GNU_STACK: compare r, w and p/s only */
        ok = perms[0] == want_perms[0] && perms[1] == want_perms[1] && perms[3] == want_perms[3] &&
             (want_perms[2] == '?' || perms[2] == want_perms[2]) && strcmp(base, want_name) == 0;
        printf("%s: perms=%s name=%s ok=%d\n", what, perms, base, ok);
    }
    fclose(f);
    return !ok;
}

int main(int argc, char **argv)
{
    int bad = 0;
    char *block = malloc(100);
    int local = 1;
    bad |= find("main", (unsigned long)&main, "r-xp", argc > 1 ? argv[1] : "proc_maps");
    bad |= find("malloc", (unsigned long)block, "rw-p", "[heap]");
    bad |= find("stack", (unsigned long)&local, "rw?p", "[stack]");
    int fd = open("/proc/self/exe", O_RDONLY);
    void *m = mmap(0, 16384, PROT_READ, MAP_PRIVATE, fd, 0);
    bad |= find("mmap", (unsigned long)m, "r--p", argc > 1 ? argv[1] : "proc_maps");
    munmap(m, 16384);
    close(fd);

    fd = open("/proc/self/auxv", O_RDONLY);
    unsigned long aux[128];
    ssize_t n = read(fd, aux, sizeof aux);
    close(fd);
    int found = 0, terminated = n >= 16 && aux[n / 8 - 2] == AT_NULL && n % 16 == 0;
    for (ssize_t i = 0; i + 1 < n / 8; i += 2)
        if (aux[i] == AT_PAGESZ && aux[i + 1] == getauxval(AT_PAGESZ))
            found = 1;
    printf("auxv: AT_PAGESZ agrees=%d terminated=%d\n", found, terminated);
    bad |= !found || !terminated;
    return bad;
}
