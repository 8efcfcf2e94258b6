/* Time functions that do not depend on the clock or the local time zone:
 * gmtime_r on fixed time_t values, timegm, strftime with many formats,
 * asctime_r, difftime. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <time.h>

int main(void)
{
    time_t ts[] = {0, 1, 59, 86399, 86400, 951782400, 951868800, 1000000000, 1234567890, 1700000000,
                   2147483647, 2147483648LL, 4102444800LL, -1, -86400, -2208988800LL, 253402300799LL};
    for (unsigned i = 0; i < sizeof ts / sizeof ts[0]; i++) {
        struct tm tm;
        if (!gmtime_r(&ts[i], &tm)) { printf("%lld: gmtime_r failed\n", (long long)ts[i]); continue; }
        char buf[256], as[64];
        strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %V %G %u %w %y %C %e %D %T %F %R %p %I %Z %z", &tm);
        printf("%lld: %s\n", (long long)ts[i], buf);
        printf("   tm: %d %d %d %d %d %d wday=%d yday=%d isdst=%d timegm=%lld asctime=%s", tm.tm_year, tm.tm_mon,
               tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday, tm.tm_isdst,
               (long long)timegm(&tm), asctime_r(&tm, as));
        strftime(buf, sizeof buf, "%c | %x | %X | %h %n%t%%", &tm);
        printf("   %s\n", buf);
    }
    struct tm t;
    memset(&t, 0, sizeof t);
    t.tm_year = 124; t.tm_mon = 1; t.tm_mday = 29; t.tm_hour = 25; t.tm_min = 61; t.tm_sec = 61;
    time_t norm = timegm(&t);
    printf("normalised: %lld -> %04d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d\n", (long long)norm, t.tm_year + 1900,
           t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday);
    t.tm_mon = -14;
    norm = timegm(&t);
    printf("negative month: %lld -> %04d-%02d-%02d\n", (long long)norm, t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
    printf("difftime=%.1f\n", difftime((time_t)1000, (time_t)250));
    char small[8];
    size_t n = strftime(small, sizeof small, "%Y-%m-%d", &t);
    printf("strftime too small -> %zu\n", n);
    /* day-of-week table for the first of each month of 2000..2003 */
    for (int y = 2000; y < 2004; y++) {
        printf("%d:", y);
        for (int m = 0; m < 12; m++) {
            struct tm q;
            memset(&q, 0, sizeof q);
            q.tm_year = y - 1900; q.tm_mon = m; q.tm_mday = 1;
            time_t s = timegm(&q);
            struct tm back;
            gmtime_r(&s, &back);
            printf(" %d", back.tm_wday);
        }
        printf("\n");
    }
    return 0;
}
