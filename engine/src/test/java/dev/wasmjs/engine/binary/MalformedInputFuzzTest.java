package dev.wasmjs.engine.binary;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.Conformance;
import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.text.Wast;
import dev.wasmjs.engine.text.WastCommand;
import dev.wasmjs.engine.text.WastModule;
import dev.wasmjs.engine.text.WastScript;
import dev.wasmjs.engine.text.Wat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random byte mutations of valid modules must either compile or fail with a {@link CompileException}: never any
 * other exception, never a hang. The seed is fixed so a failure reproduces; the message gives the mutant's bytes.
 */
class MalformedInputFuzzTest {
    private static final int MUTANTS_PER_SEED = 10_000;
    /** Modules taken from the spec suite when it is present, and mutants made of each. */
    private static final int SUITE_SEEDS = 400;
    private static final int MUTANTS_PER_SUITE_SEED = 50;

    /** Valid modules covering most sections and instruction immediates. */
    private static final List<String> SEEDS = List.of("""
            (module
              (type $t (func (param i32) (result i32)))
              (import "env" "f" (func $f (type $t)))
              (import "env" "g" (global $g (mut i64)))
              (memory (export "mem") 1 2)
              (table $tab 2 funcref)
              (global $h (mut f32) (f32.const 1.5))
              (elem (table $tab) (i32.const 0) func $f $main)
              (data (i32.const 8) "abc\\00\\ff")
              (func $main (export "main") (param i32) (result i32) (local i64 f64)
                (block $b (result i32)
                  (loop $l
                    (br_if $l (i32.eqz (local.get 0)))
                    (br_table $b $b (i32.const 1) (local.get 0)))
                  (i32.const 2))
                (if (result i32) (then (call_indirect (type $t) (i32.const 3) (i32.const 0))) (else (i32.const 4)))
                (i32.load offset=4 align=2 (i32.const 0))
                (i32.add)
                (memory.fill (i32.const 0) (i32.const 0) (i32.const 1))
                (global.set $h (f32.sqrt (global.get $h)))
                (drop (i64.trunc_sat_f64_u (f64.const -0x1p+3)))
                (drop (select (i64.const 1) (global.get $g) (i32.const 0))))
              (start $start)
              (func $start (memory.init 1 (i32.const 0) (i32.const 0) (i32.const 0)) (data.drop 1))
              (data "passive"))
            """, """
            (module
              (rec (type $a (sub (func (param (ref null $b))))) (type $b (sub (struct (field i32)))))
              (type $c (func (result (ref null func))))
              (table 1 (ref null func))
              (tag $e (param i32))
              (func $r (type $c) (ref.func $r))
              (func (export "x") (param (ref null $b)) (result i32)
                (block $out (result i32)
                  (try_table (result i32) (catch $e $out) (throw $e (i32.const 1))))
                (block $n (br_on_null $n (ref.func $r)) (call_ref $c) (drop))
                (return_call $r2 (i32.const 5)))
              (func $r2 (param i32) (result i32) (local.get 0))
              (elem declare func $r))
            """);

    @Test
    void mutantsCompileOrFailWithCompileException() {
        List<byte[]> seeds = new ArrayList<>();
        for (String wat : SEEDS) {
            byte[] bytes = Wat.toBinary(wat);
            WasmModule.compile(bytes);
            seeds.add(bytes);
        }
        Random random = new Random(20261123L);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (byte[] seed : seeds) {
                for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                    compileMutant(mutate(seed, random));
                }
            }
        }, "compiling a mutant hung");
    }

    @Test
    void mutantsOfSpecSuiteModules() throws IOException {
        Path core = Conformance.root().resolve("core");
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(core)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".wast")).sorted().toList()) {
                WastScript script = Wast.parse(Files.readString(f, StandardCharsets.UTF_8), f.toString());
                for (WastCommand c : script.commands()) {
                    if (c instanceof WastCommand.ModuleCommand m && m.module() instanceof WastModule.Text t) {
                        seeds.add(t.binary());
                    }
                }
            }
        }
        Random random = new Random(7L);
        Collections.shuffle(seeds, random);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (byte[] seed : seeds.subList(0, Math.min(SUITE_SEEDS, seeds.size()))) {
                for (int i = 0; i < MUTANTS_PER_SUITE_SEED; i++) {
                    compileMutant(mutate(seed, random));
                }
            }
        }, "compiling a mutant hung");
    }

    private static void compileMutant(byte[] mutant) {
        try {
            WasmModule.compile(mutant);
        } catch (CompileException expected) {
            // the only acceptable failure
        } catch (RuntimeException | Error e) {
            fail("mutant " + HexFormat.of().formatHex(mutant) + " threw " + e, e);
        }
    }

    /** One to four edits: overwrite, insert or delete a byte, or truncate. Never touches the 8-byte header. */
    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length > 8; e++) {
            int at = 8 + random.nextInt(b.length - 8);
            switch (random.nextInt(4)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> {
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : 0x80 | random.nextInt(128));
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                }
                case 2 -> {
                    byte[] shorter = new byte[b.length - 1];
                    System.arraycopy(b, 0, shorter, 0, at);
                    System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
                    b = shorter;
                }
                default -> b = Arrays.copyOf(b, at);
            }
        }
        return b;
    }
}
