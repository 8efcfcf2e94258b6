/* Signal delivery to SA_SIGINFO handlers (n64 frame layout): the handler sees
 * signo, si_code, si_addr and the faulting context (sc_pc = the faulting
 * instruction, or the branch when the fault is in a delay slot), may change
 * that context, and returns through the sigreturn trampoline in $ra; the
 * program then continues with the modified context.
 * EXPECT: exit 0
 * Handler checks exit with status 20..39 on mismatch. */
#include "test_macros.h"

#define SIGILL  4
#define SIGFPE  8
#define SIGSEGV 11
#define SA_SIGINFO 8
#define UC_REGS 40              /* offsetof(ucontext, uc_mcontext.sc_regs) */
#define UC_PC   616             /* offsetof(ucontext, uc_mcontext.sc_pc) */
#define SI_SIGNO 0
#define SI_CODE  4              /* MIPS: si_code before si_errno */
#define SI_ADDR  16

#define HANDLER_FAIL(code)                                          \
        li $a0, code; li $v0, SYS_exit_group; syscall; nop

/* rt_sigaction(sig, act, NULL, 16) */
#define SIGACTION(sig, act)                                         \
        li $a0, sig; dla $a1, act; move $a2, $zero; li $a3, 16;     \
        li $v0, SYS_rt_sigaction; syscall;                          \
        CHECK($a3, 0); CHECK($v0, 0)

TEST_BEGIN

test_2:
        li TESTNUM, 2
        SIGACTION(SIGFPE, act_fpe)
        SIGACTION(SIGSEGV, act_segv)
        SIGACTION(SIGILL, act_ill)

/* Integer overflow: the handler skips the add (sc_pc += 4) */
test_3:
        li TESTNUM, 3
        dli $s2, 0x1122334455667788
        dli $t1, 0x7fffffff
        li $t2, 1
        li $t0, 0x55
        li $s3, 0
ov_insn:
        add $t0, $t1, $t2
        CHECK($s3, 1)                   /* the handler ran once */
        CHECK($t0, 0x55)                /* the add did not write rd */
        CHECK($s2, 0x1122334455667788)  /* registers survive the signal */
        CHECK($t1, 0x7fffffff)

/* A load fault in a delay slot: sc_pc is the branch.  The handler repairs the
 * base register; the branch and its delay slot are re-executed. */
test_4:
        li TESTNUM, 4
        li $t1, 0x10
        li $t0, 0
        li $s3, 0
ds_branch:
        beq $zero, $zero, 1f
        ld $t0, 0($t1)
        b fail_nv
        nop
1:      CHECK($s3, 1)
        CHECK($t0, 0xabcdef0123)

/* A reserved instruction: the handler skips it */
test_5:
        li TESTNUM, 5
        li $s3, 0
ri_insn:
        .word 0xec000000
        CHECK($s3, 1)

TEST_END

h_fpe:
        li $t8, SIGFPE
        beq $a0, $t8, 1f
        nop
        HANDLER_FAIL(20)
1:      lw $t8, SI_SIGNO($a1)
        li $t9, SIGFPE
        beq $t8, $t9, 1f
        nop
        HANDLER_FAIL(21)
1:      lw $t8, SI_CODE($a1)
        li $t9, 2                       /* FPE_INTOVF */
        beq $t8, $t9, 1f
        nop
        HANDLER_FAIL(22)
1:      ld $t8, UC_PC($a2)
        dla $t9, ov_insn
        beq $t8, $t9, 1f
        nop
        HANDLER_FAIL(23)
1:      daddiu $t8, $t8, 4
        sd $t8, UC_PC($a2)
        ld $t8, UC_REGS + 19 * 8($a2)   /* $s3 */
        daddiu $t8, $t8, 1
        jr $ra
        sd $t8, UC_REGS + 19 * 8($a2)

h_segv:
        li $t8, SIGSEGV
        beq $a0, $t8, 1f
        nop
        HANDLER_FAIL(30)
1:      lw $t8, SI_CODE($a1)
        li $t9, 1                       /* SEGV_MAPERR */
        beq $t8, $t9, 1f
        nop
        HANDLER_FAIL(31)
1:      ld $t8, SI_ADDR($a1)
        li $t9, 0x10
        beq $t8, $t9, 1f
        nop
        HANDLER_FAIL(32)
1:      ld $t8, UC_PC($a2)
        dla $t9, ds_branch
        beq $t8, $t9, 1f
        nop
        HANDLER_FAIL(33)
1:      dla $t8, segv_data
        sd $t8, UC_REGS + 13 * 8($a2)   /* $t1 */
        ld $t8, UC_REGS + 19 * 8($a2)
        daddiu $t8, $t8, 1
        jr $ra
        sd $t8, UC_REGS + 19 * 8($a2)

h_ill:
        li $t8, SIGILL
        beq $a0, $t8, 1f
        nop
        HANDLER_FAIL(35)
1:      ld $t8, UC_PC($a2)
        dla $t9, ri_insn
        beq $t8, $t9, 1f
        nop
        HANDLER_FAIL(36)
1:      daddiu $t8, $t8, 4
        sd $t8, UC_PC($a2)
        ld $t8, UC_REGS + 19 * 8($a2)
        daddiu $t8, $t8, 1
        jr $ra
        sd $t8, UC_REGS + 19 * 8($a2)

        .data
        .balign 8
/* struct sigaction (MIPS): u32 sa_flags, pad, handler, sigset_t sa_mask[16 bytes] */
act_fpe:  .word SA_SIGINFO, 0
          .dword h_fpe, 0, 0
act_segv: .word SA_SIGINFO, 0
          .dword h_segv, 0, 0
act_ill:  .word SA_SIGINFO, 0
          .dword h_ill, 0, 0
segv_data: .dword 0xabcdef0123
