/* Standalone driver for mipsvm/core/fpu.h.
 *
 * One vector per stdin line:
 *     NAME[,NAME...] WORD[,WORD...] FCSR [fN=HEX ...] [rN=HEX ...]
 * NAME is the mnemonic (its OP_* id comes from decode_gen.h), WORD the
 * instruction encoding, FCSR the value before the first instruction.  FPRs
 * not given hold 0xdead00000000be00|N (so a kept upper half shows), GPRs
 * 12..15 hold 0xa5a5a5a5a5a5a5a0|N, other GPRs 0.  The instructions run in
 * one fpu_host_enter/leave bracket, stopping at the first nonzero return.
 * Output, one line per vector:
 *     NAME RET FCSR f0 .. f31 r12 .. r15
 * The same format is produced by a qemu-side oracle (see
 * test_fpu_harness.py), so results can be compared line by line.
 *
 * Build: the test copies cpu.h and fpu.h into one directory and writes the
 * generated decode_gen.h next to them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cpu.h"
#include "decode_gen.h"
#include "fpu.h"

static int lookup(const char *name)
{
    for (int i = 1; i < OP_COUNT; i++)
        if (strcmp(mips_op_name[i], name) == 0)
            return i;
    return OP_INVALID;
}

int main(void)
{
    char line[8192];
    while (fgets(line, sizeof line, stdin)) {
        char names[1024], words[1024];
        unsigned fcsr;
        int n;
        CPUState s;
        if (line[0] == '#' || sscanf(line, "%1023s %1023s %x%n", names, words, &fcsr, &n) < 3)
            continue;
        memset(&s, 0, sizeof s);
        for (int i = 0; i < 32; i++) s.fpr[i] = 0xDEAD00000000BE00ull | (uint64_t)i;
        for (int j = 12; j < 16; j++) s.gpr[j] = 0xA5A5A5A5A5A5A5A0ull | (uint64_t)j;
        s.fcsr = fcsr;
        s.fir = 0x007f0000;   /* qemu MIPS64R2-generic FIR: F64 L W 3D PS D S */
        const char *p = line + n;
        char kind;
        int reg, m;
        unsigned long long v;
        while (sscanf(p, " %c%d=%llx%n", &kind, &reg, &v, &m) == 3) {
            if (kind == 'f' && reg >= 0 && reg < 32) s.fpr[reg] = v;
            else if (kind == 'r' && reg > 0 && reg < 32) s.gpr[reg] = v;
            p += m;
        }
        int ret = 0;
        char *nsave, *wsave;
        char *nm = strtok_r(names, ",", &nsave);
        char *wd = strtok_r(words, ",", &wsave);
        const char *first = nm ? nm : "?";
        char firstbuf[64];
        snprintf(firstbuf, sizeof firstbuf, "%s", first);
        fpu_host_enter(&s);
        while (nm && wd && ret == 0) {
            int op = lookup(nm);
            uint32_t w = (uint32_t)strtoul(wd, NULL, 16);
            ret = op == OP_INVALID ? EXC_RI : fpu_exec(&s, op, w);
            s.gpr[0] = 0;
            nm = strtok_r(NULL, ",", &nsave);
            wd = strtok_r(NULL, ",", &wsave);
        }
        fpu_host_leave();
        printf("%s %d %08x", firstbuf, ret, (unsigned)s.fcsr);
        for (int i = 0; i < 32; i++) printf(" %016llx", (unsigned long long)s.fpr[i]);
        for (int j = 12; j < 16; j++) printf(" %016llx", (unsigned long long)s.gpr[j]);
        printf("\n");
    }
    return 0;
}
