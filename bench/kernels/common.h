/* Shared by the benchmark kernels: freestanding wasm32, no libc. */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

typedef unsigned int u32;
typedef unsigned long long u64;
typedef unsigned char u8;

#define EXPORT(name) __attribute__((export_name(name)))

/* clang may call these for large copies and zeroing. */
void *memset(void *dst, int c, unsigned long n) {
    u8 *d = dst;
    while (n--) {
        *d++ = (u8) c;
    }
    return dst;
}

void *memcpy(void *dst, const void *src, unsigned long n) {
    u8 *d = dst;
    const u8 *s = src;
    while (n--) {
        *d++ = *s++;
    }
    return dst;
}

/* A small deterministic generator (xorshift32) so inputs are the same on every engine. */
static u32 rng_state = 2463534242u;

static u32 next_random(void) {
    u32 x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    rng_state = x;
    return x;
}

#endif
