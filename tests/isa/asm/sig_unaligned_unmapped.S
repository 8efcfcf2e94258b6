/* a misaligned sd that crosses into an unmapped page -> SIGSEGV with emulation
 * on (emulate_load_store_insn: the store faults, force_sig(SIGSEGV)): two
 * 16 KB pages are mapped, the second unmapped again, and the sd starts 3
 * bytes below the end of the first.
 * QEMU: SIGBUS (no emulation: the misaligned sd is SIGBUS at once)
 * EXPECT: SIGSEGV */
#include "test_macros.h"

TEST_BEGIN
        li $a0, 0
        li $a1, 32768
        li $a2, 3               /* PROT_READ|PROT_WRITE */
        li $a3, 0x802           /* MAP_PRIVATE|MAP_ANONYMOUS (MIPS) */
        li $a4, -1
        li $a5, 0
        li $v0, 5009            /* mmap */
        syscall
        bnez $a3, fail
        move $s2, $v0
        daddiu $a0, $s2, 16384
        li $a1, 16384
        li $v0, 5011            /* munmap */
        syscall
        bnez $a3, fail
        nop
        dli $t0, 0x1122334455667788
        sd $t0, 16381($s2)
        EXIT_WITH(1)            /* not reached: the instruction above must fault */
TEST_END
