/* GCC __atomic and __sync builtins (LL/SC loops on MIPS), C11 stdatomic,
 * 8/16/32/64-bit widths, compare-exchange success/failure. Single thread. */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

static uint8_t a8;
static uint16_t a16;
static uint32_t a32;
static uint64_t a64;
static _Atomic long c11 = 0;

int main(void)
{
    for (int i = 0; i < 1000; i++) {
        __atomic_fetch_add(&a8, 3, __ATOMIC_SEQ_CST);
        __atomic_fetch_add(&a16, 300, __ATOMIC_RELAXED);
        __atomic_fetch_add(&a32, 300000, __ATOMIC_ACQ_REL);
        __atomic_fetch_add(&a64, 30000000000LL, __ATOMIC_SEQ_CST);
    }
    printf("after adds: %u %u %u %llu\n", a8, a16, a32, (unsigned long long)a64);
    printf("fetch_sub=%u fetch_or=%x fetch_and=%x fetch_xor=%x\n", __atomic_fetch_sub(&a32, 5, __ATOMIC_SEQ_CST),
           __atomic_fetch_or(&a32, 0xf0000000u, __ATOMIC_SEQ_CST), __atomic_fetch_and(&a32, 0x0fffffffu, __ATOMIC_SEQ_CST),
           __atomic_fetch_xor(&a32, 0xffu, __ATOMIC_SEQ_CST));
    printf("now a32=%x\n", a32);
    uint64_t expected = 12345;
    int ok = __atomic_compare_exchange_n(&a64, &expected, 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("cas fail: ok=%d expected now=%llu\n", ok, (unsigned long long)expected);
    ok = __atomic_compare_exchange_n(&a64, &expected, 777, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("cas success: ok=%d a64=%llu\n", ok, (unsigned long long)a64);
    uint8_t e8 = a8;
    ok = __atomic_compare_exchange_n(&a8, &e8, 0xee, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
    printf("cas8 ok=%d a8=%x\n", ok, a8);
    uint16_t e16 = 1;
    ok = __atomic_compare_exchange_n(&a16, &e16, 2, 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED);
    printf("cas16 fail ok=%d e16=%u\n", ok, e16);
    printf("exchange old=%llu new=%llu\n", (unsigned long long)__atomic_exchange_n(&a64, 5, __ATOMIC_SEQ_CST),
           (unsigned long long)__atomic_load_n(&a64, __ATOMIC_ACQUIRE));
    __atomic_store_n(&a64, 0xffffffffffffffffull, __ATOMIC_RELEASE);
    printf("add_fetch wrap=%llu\n", (unsigned long long)__atomic_add_fetch(&a64, 2, __ATOMIC_SEQ_CST));
    printf("sync: %u %u %d\n", __sync_fetch_and_add(&a32, 10), __sync_add_and_fetch(&a32, 10),
           __sync_bool_compare_and_swap(&a32, a32, 99));
    printf("sync val cas=%u a32=%u\n", __sync_val_compare_and_swap(&a32, 99, 100), a32);
    printf("test_and_set=%d %d\n", __sync_lock_test_and_set(&a8, 1), __sync_lock_test_and_set(&a8, 1));
    __sync_lock_release(&a8);
    __sync_synchronize();
    for (int i = 0; i < 500; i++) atomic_fetch_add(&c11, i);
    long old = atomic_exchange(&c11, -1);
    long exp = -1;
    int cx = atomic_compare_exchange_strong(&c11, &exp, 42);
    printf("c11: old=%ld cx=%d now=%ld lockfree=%d\n", old, cx, atomic_load(&c11), (int)atomic_is_lock_free(&c11));
    atomic_flag f = ATOMIC_FLAG_INIT;
    printf("flag: %d %d\n", atomic_flag_test_and_set(&f), atomic_flag_test_and_set(&f));
    /* a spin lock around a counter */
    static int lock;
    long counter = 0;
    for (int i = 0; i < 10000; i++) {
        while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE)) {}
        counter += i & 7;
        __atomic_store_n(&lock, 0, __ATOMIC_RELEASE);
    }
    printf("spinlock counter=%ld\n", counter);
    return 0;
}
