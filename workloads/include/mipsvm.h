/*
 * workloads/include/mipsvm.h - mipsvm's magic instructions (gem5 m5ops-like)
 * for C programs: mark the region of interest, reset and dump statistics.
 * They are SYNC with implementation-specific stypes, so under qemu or on a
 * real MIPS64 CPU they are plain SYNCs (no-ops for a single thread); under
 * mipsvm each one returns to the simulator once retired (docs/debugger.md).
 */
#ifndef MIPSVM_MAGIC_H
#define MIPSVM_MAGIC_H

#define mipsvm_reset_stats() __asm__ __volatile__("sync 0x18" ::: "memory")
#define mipsvm_dump_stats()  __asm__ __volatile__("sync 0x19" ::: "memory")
#define mipsvm_work_begin()  __asm__ __volatile__("sync 0x1a" ::: "memory")
#define mipsvm_work_end()    __asm__ __volatile__("sync 0x1b" ::: "memory")

#endif
