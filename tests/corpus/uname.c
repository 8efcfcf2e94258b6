/* uname: only the fields a faithful user-mode simulator and qemu agree on
 * (sysname and machine; not release/version/nodename). */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>

int main(void)
{
    struct utsname u;
    int r = uname(&u);
    printf("uname ret=%d\n", r);
    printf("sysname=%s\n", u.sysname);
    printf("machine=%s\n", u.machine);
    printf("release nonempty=%d nodename nonempty=%d\n", u.release[0] != 0, u.nodename[0] != 0);
    return 0;
}
