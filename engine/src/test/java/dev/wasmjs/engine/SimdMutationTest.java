package dev.wasmjs.engine;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.wasmjs.engine.runtime.V128;
import dev.wasmjs.engine.text.Wat;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random edits of the code of straight-line SIMD functions (opcodes, lane bytes, memargs, constants) must either
 * be rejected with a {@link CompileException} or run to a result or a {@link Trap}: whatever the validator
 * accepts, the interpreter must execute without any other exception. Fixed seed, so failures reproduce.
 */
class SimdMutationTest {
    private static final int MUTANTS = 20_000;

    /** No loops or branches, so no mutant of a single byte or four can make it run for long. */
    private static final String SEED = """
            (module
              (memory 1 1)
              (memory $m64 i64 1 1)
              (global $g (mut v128) (v128.const i32x4 1 -2 3 -4))
              (func (export "f") (param $p i32) (param $a v128) (param $b v128) (result v128)
                (local $c v128) (local $x i32)
                (local.set $c (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31 (local.get $a) (local.get $b)))
                (v128.store offset=16 (local.get $p) (i16x8.q15mulr_sat_s (local.get $c) (local.get $b)))
                (local.set $c (v128.load8_lane 3 (local.get $p) (local.get $c)))
                (local.set $c (v128.load64_lane $m64 offset=8 1 (i64.extend_i32_u (local.get $p)) (local.get $c)))
                (v128.store16_lane offset=3 align=1 7 (local.get $p) (local.get $a))
                (local.set $x (i8x16.extract_lane_s 13 (local.get $c)))
                (local.set $c (i16x8.replace_lane 6 (local.get $c) (local.get $x)))
                (local.set $c (f32x4.add (local.get $c) (f32x4.splat (f32x4.extract_lane 2 (local.get $b)))))
                (local.set $c (i32x4.trunc_sat_f32x4_u (f64x2.promote_low_f32x4 (local.get $c))))
                (local.set $c (i8x16.narrow_i16x8_s (i16x8.extmul_high_i8x16_u (local.get $a) (local.get $c)) (local.get $b)))
                (local.set $c (v128.bitselect (local.get $c) (global.get $g) (i64x2.splat (i64.const -3))))
                (global.set $g (i8x16.swizzle (local.get $c) (v128.load32_splat (local.get $p))))
                (local.set $c (i32x4.relaxed_dot_i8x16_i7x16_add_s (local.get $a) (local.get $b) (local.get $c)))
                (local.set $c (f64x2.relaxed_madd (local.get $c) (local.get $a) (v128.load64_zero $m64 (i64.const 24))))
                (local.set $x (i32.add (i8x16.bitmask (local.get $c)) (i64x2.all_true (local.get $a))))
                (local.set $c (i64x2.shr_s (local.get $c) (local.get $x)))
                (local.set $c (i32x4.extend_high_i16x8_s (v128.load16x4_s offset=5 (local.get $p))))
                (f64x2.replace_lane 1 (i32x4.dot_i16x8_s (local.get $c) (local.get $b)) (f64.const -0.5))))
            """;

    @Test
    void mutantsCompileAndRunOrFailCleanly() {
        byte[] seed = Wat.toBinary(SEED);
        int code = codeSectionStart(seed);
        run(seed);
        Random random = new Random(6_128L);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < MUTANTS; i++) {
                byte[] mutant = seed.clone();
                int edits = 1 + random.nextInt(4);
                for (int e = 0; e < edits; e++) {
                    int at = code + random.nextInt(mutant.length - code);
                    mutant[at] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : (byte) (mutant[at] ^ 1 << random.nextInt(8));
                }
                run(mutant);
            }
        }, "a mutant hung");
    }

    private static void run(byte[] bytes) {
        try {
            WasmInstance inst = WasmModule.compile(bytes).instantiate(new Imports());
            inst.call("f", 100, new V128(0x8081_7F00_FF01_7E02L, -0x1234_5678_9ABC_DEFL),
                    new V128(0x3F80_0000_C000_0000L, 0x7FC0_0000_0000_0001L));
            inst.call("f", 65530, new V128(0, -1), new V128(-1, 0));
        } catch (CompileException | Trap expected) {
            // rejected, or trapped at run time
        } catch (RuntimeException | Error e) {
            fail("mutant " + HexFormat.of().formatHex(bytes) + " threw " + e, e);
        }
    }

    /** Offset of the first byte after the code section's id and size. */
    private static int codeSectionStart(byte[] module) {
        int at = 8;
        while (true) {
            int id = module[at++];
            int size = 0;
            int shift = 0;
            int b;
            do {
                b = module[at++] & 0xFF;
                size |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            if (id == 10) {
                return at;
            }
            at += size;
        }
    }
}
