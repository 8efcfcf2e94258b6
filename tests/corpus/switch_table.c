//! opts: Os
/* Dense switches (jump tables), sparse switches (binary search), switch
 * on chars, fallthrough, and a bytecode interpreter built on a switch. */
#include <stdio.h>
#include <stdint.h>

static int dense(int x)
{
    switch (x) {
    case 0: return 11;
    case 1: return 23;
    case 2: return 37;
    case 3: return 41;
    case 4: return 59;
    case 5: return 61;
    case 6: return 73;
    case 7: return 89;
    case 8: return 97;
    case 9: return 101;
    case 10: return 113;
    case 11: return 127;
    case 12: return 131;
    case 13: return 149;
    case 14: return 151;
    case 15: return 163;
    case 16: return 173;
    case 17: return 181;
    case 18: return 191;
    case 19: return 199;
    default: return -1;
    }
}

static const char *sparse(long x)
{
    switch (x) {
    case -1000000: return "minus-million";
    case -7: return "minus-seven";
    case 0: return "zero";
    case 13: return "thirteen";
    case 100: return "hundred";
    case 1024: return "kibi";
    case 65536: return "64k";
    case 1000000007: return "prime";
    case 0x7fffffffffffffffL: return "max";
    default: return "other";
    }
}

static int fall(int x)
{
    int r = 0;
    switch (x & 7) {
    case 0: r += 1; /* fallthrough */
    case 1: r += 10; /* fallthrough */
    case 2: r += 100; break;
    case 3: r += 1000; /* fallthrough */
    case 4: r += 10000; break;
    case 5:
    case 6: r = -x; break;
    default: r = 7;
    }
    return r;
}

static int classify(char c)
{
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return 2;
    case ' ': case '\t': case '\n': return 3;
    case '.': case ',': case ';': case '!': case '?': return 4;
    default: return (c >= 'a' && c <= 'z') ? 5 : 0;
    }
}

enum { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_DUP, OP_SWAP, OP_JNZ, OP_DEC, OP_PRINT, OP_HALT, OP_OVER, OP_DROP, OP_MOD };

static void run(const int64_t *code)
{
    int64_t stack[64];
    int sp = 0, pc = 0, steps = 0;
    for (;;) {
        steps++;
        switch (code[pc++]) {
        case OP_PUSH: stack[sp++] = code[pc++]; break;
        case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case OP_SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case OP_MOD: sp--; stack[sp - 1] %= stack[sp]; break;
        case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case OP_OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case OP_DROP: sp--; break;
        case OP_SWAP: { int64_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
        case OP_DEC: stack[sp - 1]--; break;
        case OP_JNZ: { int64_t t = code[pc++]; if (stack[sp - 1]) pc = (int)t; } break;
        case OP_PRINT: printf("vm: %lld\n", (long long)stack[sp - 1]); break;
        case OP_HALT: printf("vm halt after %d steps, sp=%d\n", steps, sp); return;
        default: printf("bad op\n"); return;
        }
    }
}

int main(void)
{
    long sum = 0;
    for (int i = -3; i < 25; i++) {
        volatile int v = i;
        printf("dense(%d)=%d fall=%d\n", i, dense(v), fall(v));
        sum += dense(v);
    }
    for (int k = 0; k < 30000; k++) sum += dense(k % 23) * fall(k);
    printf("sum=%ld\n", sum);
    long sp_vals[] = {-1000000, -7, -6, 0, 13, 14, 100, 1024, 65536, 65537, 1000000007, 0x7fffffffffffffffL, 5};
    for (unsigned i = 0; i < sizeof sp_vals / sizeof sp_vals[0]; i++) printf("sparse(%ld)=%s\n", sp_vals[i], sparse(sp_vals[i]));
    const char *txt = "hello world, 2024 is a year; okay? yes!\tend.\n";
    for (const char *p = txt; *p; p++) putchar('0' + classify(*p));
    putchar('\n');
    /* factorial of 20 and a countdown loop in the vm: acc n */
    const int64_t prog[] = {OP_PUSH, 1, OP_PUSH, 20,
                            /* 4: */ OP_DUP, OP_PRINT, OP_DROP, OP_SWAP, OP_OVER, OP_MUL, OP_SWAP, OP_DEC, OP_JNZ, 4,
                            OP_DROP, OP_PRINT, OP_PUSH, 1000003, OP_MOD, OP_PRINT, OP_HALT};
    run(prog);
    return 0;
}
