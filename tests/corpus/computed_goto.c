//! opts: O3
/* A threaded-code interpreter using GCC's labels-as-values (computed goto,
 * indirect jumps through a table of code addresses), running a small
 * program: primes below a limit and a Collatz search. */
#include <stdint.h>
#include <stdio.h>

enum { I_PUSH, I_LOAD, I_STORE, I_ADD, I_SUB, I_MUL, I_DIV, I_MOD, I_LT, I_JZ, I_JMP, I_PRINT, I_HALT, I_DUP, I_POP, I_INC };

static long run(const long *code, long *vars, int trace)
{
    static void *labels[] = {&&push, &&load, &&store, &&add, &&sub, &&mul, &&divi, &&mod, &&lt, &&jz, &&jmp, &&print, &&halt, &&dup, &&pop, &&inc};
    long stack[64];
    int sp = 0;
    const long *pc = code;
    long steps = 0;
#define NEXT do { steps++; goto *labels[*pc++]; } while (0)
    NEXT;
push: stack[sp++] = *pc++; NEXT;
load: stack[sp++] = vars[*pc++]; NEXT;
store: vars[*pc++] = stack[--sp]; NEXT;
add: sp--; stack[sp - 1] += stack[sp]; NEXT;
sub: sp--; stack[sp - 1] -= stack[sp]; NEXT;
mul: sp--; stack[sp - 1] *= stack[sp]; NEXT;
divi: sp--; stack[sp - 1] /= stack[sp]; NEXT;
mod: sp--; stack[sp - 1] %= stack[sp]; NEXT;
lt: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; NEXT;
jz: { long t = *pc++; if (!stack[--sp]) pc = code + t; } NEXT;
jmp: pc = code + *pc; NEXT;
print: if (trace) printf("%ld ", stack[sp - 1]); sp--; NEXT;
dup: stack[sp] = stack[sp - 1]; sp++; NEXT;
pop: sp--; NEXT;
inc: vars[*pc++]++; NEXT;
halt:
    return steps;
}

int main(void)
{
    /* vars: 0=n 1=d 2=limit 3=count; positions are in the comments */
    enum { L_OUTER = 8, L_INNER = 19, L_PRIME = 43, L_NEXT = 48, L_END = 52 };
    const long primes[] = {
        /*  0 */ I_PUSH, 2, I_STORE, 0, I_PUSH, 0, I_STORE, 3,
        /*  8 */ I_LOAD, 0, I_LOAD, 2, I_LT, I_JZ, L_END,
        /* 15 */ I_PUSH, 2, I_STORE, 1,
        /* 19 */ I_LOAD, 1, I_LOAD, 1, I_MUL, I_LOAD, 0, I_PUSH, 1, I_ADD, I_LT, I_JZ, L_PRIME,
        /* 32 */ I_LOAD, 0, I_LOAD, 1, I_MOD, I_JZ, L_NEXT,
        /* 39 */ I_INC, 1, I_JMP, L_INNER,
        /* 43 */ I_LOAD, 0, I_PRINT, I_INC, 3,
        /* 48 */ I_INC, 0, I_JMP, L_OUTER,
        /* 52 */ I_HALT};
    for (long limit = 10; limit <= 1000; limit *= 10) {
        long vars[8] = {0, 0, limit, 0};
        long steps = run(primes, vars, limit < 1000);
        printf("\nprimes below %ld: %ld (steps %ld)\n", limit, vars[3], steps);
    }
    /* Collatz: longest chain below 3000, computed natively with computed gotos as a state machine */
    static void *st[] = {&&even, &&odd};
    long best = 0, arg = 0, total = 0;
    for (long s = 1; s < 3000; s++) {
        long x = s, len = 1;
        if (x == 1) goto done;
        goto *st[x & 1];
    even:
        x >>= 1; len++;
        if (x == 1) goto done;
        goto *st[x & 1];
    odd:
        x = 3 * x + 1; len++;
        goto *st[x & 1];
    done:
        total += len;
        if (len > best) { best = len; arg = s; }
    }
    printf("collatz best=%ld at %ld total=%ld\n", best, arg, total);
    return 0;
}
