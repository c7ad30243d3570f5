/* SIMD (built with -msimd128): an f32 dot product with explicit vectors and a 3x3 box filter over an 8-bit
   image with u8 -> u16 widening, both repeated. Returns a checksum of the results. */
#include <wasm_simd128.h>
#include "common.h"

#define N 4096
#define W 256
#define H 256
static float xs[N], ys[N];
static u8 img[W * H], out[W * H];

static float dot(void) {
    v128_t acc0 = wasm_f32x4_splat(0), acc1 = wasm_f32x4_splat(0);
    for (int i = 0; i < N; i += 8) {
        acc0 = wasm_f32x4_add(acc0, wasm_f32x4_mul(wasm_v128_load(&xs[i]), wasm_v128_load(&ys[i])));
        acc1 = wasm_f32x4_add(acc1, wasm_f32x4_mul(wasm_v128_load(&xs[i + 4]), wasm_v128_load(&ys[i + 4])));
    }
    v128_t acc = wasm_f32x4_add(acc0, acc1);
    return wasm_f32x4_extract_lane(acc, 0) + wasm_f32x4_extract_lane(acc, 1) + wasm_f32x4_extract_lane(acc, 2)
        + wasm_f32x4_extract_lane(acc, 3);
}

/* out = (sum of the 3x3 neighbourhood * 7) >> 6, 16 pixels at a time, computed in u16 lanes. */
static void blur(void) {
    for (int y = 1; y < H - 1; y++) {
        for (int x = 0; x + 18 <= W; x += 16) {
            v128_t lo = wasm_i16x8_splat(0), hi = wasm_i16x8_splat(0);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = 0; dx < 3; dx++) {
                    v128_t p = wasm_v128_load(&img[(y + dy) * W + x + dx]);
                    lo = wasm_i16x8_add(lo, wasm_u16x8_extend_low_u8x16(p));
                    hi = wasm_i16x8_add(hi, wasm_u16x8_extend_high_u8x16(p));
                }
            }
            v128_t seven = wasm_i16x8_splat(7);
            lo = wasm_u16x8_shr(wasm_i16x8_mul(lo, seven), 6);
            hi = wasm_u16x8_shr(wasm_i16x8_mul(hi, seven), 6);
            wasm_v128_store(&out[y * W + x + 1], wasm_u8x16_narrow_i16x8(lo, hi));
        }
    }
}

EXPORT("run") int run(int repeat) {
    rng_state = 2463534242u;
    for (int i = 0; i < N; i++) {
        xs[i] = (float) (next_random() % 1000) / 500.0f - 1.0f;
        ys[i] = (float) (next_random() % 1000) / 250.0f - 2.0f;
    }
    for (int i = 0; i < W * H; i++) {
        img[i] = (u8) next_random();
    }
    float total = 0;
    u32 h = 2166136261u;
    for (int r = 0; r < repeat; r++) {
        total += dot();
        xs[r % N] += 0.25f;
        blur();
        img[(r * 7919) % (W * H)] ^= out[(r * 104729) % (W * H)];
        h = (h ^ out[(r * 31) % (W * H)]) * 16777619u;
    }
    for (int i = 0; i < W * H; i += 61) {
        h = (h ^ out[i]) * 16777619u;
    }
    return (int) (h ^ (u32) (long long) (total * 16.0f));
}
