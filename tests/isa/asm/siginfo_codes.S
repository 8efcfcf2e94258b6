/* si_code of the signals Linux sends for traps (arch/mips/kernel/traps.c):
 * RI and CpU -> SIGILL SI_KERNEL (force_sig), a Tcc trap with any code but 6/7
 * -> SIGTRAP SI_KERNEL, BREAK -> SIGTRAP TRAP_BRKPT, an FPE raised by Cause.E
 * alone -> FPE_FLTUNK, and FPE si_code from the first Cause bit (V Z O U I)
 * whether or not it is enabled.  The handler records signo and si_code and
 * skips the instruction.  (BREAK's si_addr is not checked: Linux sends NULL,
 * qemu the PC; trap code 7 is sig_teq_code7.S: qemu sends SIGTRAP.)
 * EXPECT: exit 0 */
#include "test_macros.h"

#define SIGILL  4
#define SIGTRAP 5
#define SIGFPE  8
#define SA_SIGINFO 8
#define UC_PC   616             /* offsetof(ucontext, uc_mcontext.sc_pc) */
#define SI_KERNEL 0x80

#define SIGACTION(sig)                                              \
        li $a0, sig; dla $a1, act; move $a2, $zero; li $a3, 16;     \
        li $v0, SYS_rt_sigaction; syscall;                          \
        CHECK($a3, 0)

/* run `code`, which must raise signal `sig` with si_code `code_` */
#define SIG_CASE(num, sig, code_, code...)                          \
test_##num:                                                         \
        li TESTNUM, num;                                            \
        dla $t3, seen; sd $zero, 0($t3); sd $zero, 8($t3);          \
        code;                                                       \
        dla $t3, seen; ld $t0, 0($t3); CHECK($t0, sig);             \
        ld $t0, 8($t3); CHECK($t0, code_)

TEST_BEGIN
        SIGACTION(SIGILL)
        SIGACTION(SIGTRAP)
        SIGACTION(SIGFPE)

        SIG_CASE(2, SIGILL, SI_KERNEL, .word 0xec000000)               /* reserved */
        SIG_CASE(3, SIGILL, SI_KERNEL, mfc0 $t0, $12)                  /* CpU */
        SIG_CASE(4, SIGTRAP, SI_KERNEL, teq $zero, $zero)              /* code 0 */
        SIG_CASE(5, SIGTRAP, SI_KERNEL, li $t1, 1; tnei $t1, 0)        /* no code */
        SIG_CASE(6, SIGTRAP, 1, break 0)                               /* TRAP_BRKPT */
        SIG_CASE(7, SIGTRAP, 1, break 3)
        SIG_CASE(8, SIGFPE, 14, li $t1, 1 << 17; ctc1 $t1, $31)        /* E: FPE_FLTUNK */
        ctc1 $zero, $31
        /* Cause I and O, only I enabled: FPE_FLTOVF (Cause is not masked) */
        SIG_CASE(9, SIGFPE, 4, li $t1, (1 << 14) | (1 << 12) | (1 << 7); ctc1 $t1, $31)
        ctc1 $zero, $31
TEST_END

h:      dla $t8, seen
        sd $a0, 0($t8)
        lw $t9, 4($a1)                  /* MIPS siginfo: si_code before si_errno */
        sd $t9, 8($t8)
        ld $t8, UC_PC($a2)
        daddiu $t8, $t8, 4
        jr $ra
        sd $t8, UC_PC($a2)

        .data
        .balign 8
/* struct sigaction (MIPS): u32 sa_flags, pad, handler, sigset_t sa_mask[16 bytes] */
act:    .word SA_SIGINFO, 0
        .dword h, 0, 0
seen:   .dword 0, 0
