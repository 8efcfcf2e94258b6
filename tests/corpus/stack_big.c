/* Large stack frames: a 1 MiB local array, nested 256 KiB frames, and a
 * stack-allocated buffer crossing many pages touched in both directions. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t big_frame(int seed)
{
    volatile unsigned char buf[1 << 20];
    memset((void *)buf, 0x11, sizeof buf);
    for (int i = 0; i < (1 << 20); i += 512) buf[i] = (unsigned char)(i / 512 + seed);
    for (int i = (1 << 20) - 1; i >= 0; i -= 4099) buf[i] ^= 0x5a;
    uint64_t s = 0;
    for (int i = 0; i < (1 << 20); i += 256) s = s * 7 + buf[i];
    return s;
}

static uint64_t nested(int depth)
{
    volatile uint32_t frame[65536];
    frame[0] = (uint32_t)depth;
    frame[65535] = (uint32_t)depth * 3;
    for (int i = 1; i < 65535; i += 1024) frame[i] = (uint32_t)i;
    uint64_t below = depth ? nested(depth - 1) : 0;
    return below * 17 + frame[0] + frame[65535] + frame[1025];
}

int main(void)
{
    for (int s = 0; s < 3; s++) printf("big_frame(%d)=%016llx\n", s, (unsigned long long)big_frame(s));
    printf("nested(6)=%llu\n", (unsigned long long)nested(6));
    char line[4000];
    memset(line, '=', sizeof line - 1);
    line[sizeof line - 1] = 0;
    printf("%zu %.40s\n", strlen(line), line);
    return 0;
}
