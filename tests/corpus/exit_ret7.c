/* Returns 7 from main after printing to both streams. */
#include <stdio.h>

int main(void)
{
    for (int i = 0; i < 5; i++) printf("stdout line %d\n", i);
    fprintf(stderr, "stderr: about to return 7\n");
    return 7;
}
