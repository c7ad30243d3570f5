/* SIMD kernels for the engine's tests: clang -msimd128 intrinsics and auto-vectorised loops. Each export
   returns a checksum; the expected values are what node prints for the same .wasm (see build-kernels.sh). */
#include <wasm_simd128.h>
#include <stdint.h>

#define N 4096
static float fa[N], fb[N];
static int16_t sa[N], sb[N];
static int32_t ia[N], ib[N];
static uint8_t img[N], out[N];

static uint32_t seed = 12345;
static uint32_t next(void) { seed = seed * 1103515245u + 12345u; return seed; }

__attribute__((export_name("init"))) void init(void) {
  for (int i = 0; i < N; i++) {
    fa[i] = (float)(next() >> 8) / 16777216.0f - 0.5f;
    fb[i] = (float)(next() >> 8) / 1677721.6f - 3.0f;
    sa[i] = (int16_t)(next() >> 16);
    sb[i] = (int16_t)(next() >> 16);
    ia[i] = (int32_t)next();
    ib[i] = (int32_t)next();
    img[i] = (uint8_t)(next() >> 24);
  }
}

static uint32_t mix(uint32_t h, uint32_t x) { return (h ^ x) * 16777619u; }

static uint32_t hash_v(uint32_t h, v128_t v) {
  h = mix(h, (uint32_t)wasm_i32x4_extract_lane(v, 0));
  h = mix(h, (uint32_t)wasm_i32x4_extract_lane(v, 1));
  h = mix(h, (uint32_t)wasm_i32x4_extract_lane(v, 2));
  return mix(h, (uint32_t)wasm_i32x4_extract_lane(v, 3));
}

/* f32 dot product with explicit vectors */
__attribute__((export_name("dot"))) float dot(void) {
  v128_t acc = wasm_f32x4_splat(0);
  for (int i = 0; i < N; i += 4) acc = wasm_f32x4_add(acc, wasm_f32x4_mul(wasm_v128_load(&fa[i]), wasm_v128_load(&fb[i])));
  return wasm_f32x4_extract_lane(acc, 0) + wasm_f32x4_extract_lane(acc, 1) + wasm_f32x4_extract_lane(acc, 2)
      + wasm_f32x4_extract_lane(acc, 3);
}

/* auto-vectorised loops: blur (u8 widen/narrow), int32 multiply-add, float -> int, abs, min/max */
__attribute__((export_name("loops"))) uint32_t loops(void) {
  uint32_t h = 2166136261u;
  for (int i = 1; i < N - 1; i++) out[i] = (uint8_t)((img[i - 1] + 2 * img[i] + img[i + 1] + 2) >> 2);
  for (int i = 0; i < N; i++) h = mix(h, out[i]);
  int32_t s = 0;
  for (int i = 0; i < N; i++) s += ia[i] * ib[i] + (ia[i] >> 3);
  h = mix(h, (uint32_t)s);
  int32_t t = 0;
  for (int i = 0; i < N; i++) { int32_t x = (int32_t)(fb[i] * 1000.0f); t += x < 0 ? -x : x; }
  h = mix(h, (uint32_t)t);
  int16_t m = 0;
  for (int i = 0; i < N; i++) { int16_t d = sa[i] > sb[i] ? sa[i] : sb[i]; m ^= d; }
  return mix(h, (uint16_t)m);
}

/* a tour of explicit intrinsics */
__attribute__((export_name("tour"))) uint32_t tour(void) {
  uint32_t h = 2166136261u;
  v128_t lo = wasm_u8x16_splat(255), hi = wasm_u8x16_splat(0), q = wasm_i16x8_splat(0), d = wasm_i32x4_splat(0);
  for (int i = 0; i < N; i += 16) {
    v128_t v = wasm_v128_load(&img[i]);
    lo = wasm_u8x16_min(lo, v);
    hi = wasm_u8x16_max(hi, v);
    v128_t x = wasm_v128_load(&sa[i / 2]), y = wasm_v128_load(&sb[i / 2]);
    q = wasm_i16x8_add_sat(q, wasm_i16x8_q15mulr_sat(x, y));
    d = wasm_i32x4_add(d, wasm_i32x4_dot_i16x8(x, y));
    v128_t w = wasm_u16x8_extend_low_u8x16(v);
    h = hash_v(h, wasm_u8x16_narrow_i16x8(wasm_i16x8_sub(w, wasm_i16x8_splat(64)), wasm_i16x8_shl(w, 1)));
    h = hash_v(h, wasm_i8x16_swizzle(v, wasm_u8x16_shr(x, 4)));
    h = hash_v(h, wasm_i32x4_trunc_sat_f32x4(wasm_f32x4_mul(wasm_v128_load(&fb[i / 4]), wasm_f32x4_splat(1e9f))));
    h = hash_v(h, wasm_f32x4_nearest(wasm_v128_load(&fb[i / 4])));
    h = hash_v(h, wasm_f64x2_promote_low_f32x4(wasm_v128_load(&fa[i / 4])));
    h = hash_v(h, wasm_i64x2_extmul_high_i32x4(wasm_v128_load(&ia[i / 4]), wasm_v128_load(&ib[i / 4])));
    h = hash_v(h, wasm_f32x4_convert_u32x4(wasm_v128_load(&ia[i / 4])));
    h = mix(h, (uint32_t)wasm_i8x16_bitmask(v) ^ (uint32_t)wasm_v128_any_true(wasm_v128_and(v, x)));
  }
  v128_t sh = wasm_i8x16_shuffle(lo, hi, 0, 16, 1, 17, 2, 18, 3, 19, 31, 30, 29, 28, 27, 26, 25, 24);
  h = hash_v(h, sh);
  h = hash_v(h, q);
  return hash_v(h, d);
}
