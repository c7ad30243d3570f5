package dev.wasmjs.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's public Java API as the README shows it: compile, import Java functions, call, share memory. */
class JavaApiTest {
    private static final String GREETER = """
            (module
              (import "env" "log" (func $log (param i32 i32)))
              (import "env" "twice" (func $twice (param i64) (result i64)))
              (memory (export "memory") 1)
              (data (i32.const 16) "hello")
              (func (export "greet") (call $log (i32.const 16) (i32.const 5)))
              (func (export "quad") (param i64) (result i64) (call $twice (call $twice (local.get 0))))
              (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
              (func (export "pair") (result i32 f64) (i32.const 7) (f64.const 2.5))
              (func $deep (export "deep") (param i32) (result i32)
                (i32.add (i32.const 1) (call $deep (local.get 0))))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
            """;

    private static WasmInstance instantiate(List<String> logged) {
        WasmModule module = WasmModule.fromText(GREETER);
        WasmInstance[] self = new WasmInstance[1];
        Imports imports = new Imports()
                .function("env", "log", new FuncType(List.of(ValType.I32, ValType.I32), List.of()), args -> {
                    byte[] bytes = self[0].memory("memory").read((Integer) args[0], (Integer) args[1]);
                    logged.add(new String(bytes, StandardCharsets.UTF_8));
                    return null;
                })
                .function("env", "twice", new FuncType(List.of(ValType.I64), List.of(ValType.I64)),
                        args -> (Long) args[0] * 2);
        self[0] = module.instantiate(imports);
        return self[0];
    }

    /** The README's example, with the log captured instead of printed. */
    @Test
    void readmeExample() {
        List<String> printed = new ArrayList<>();
        WasmModule module = WasmModule.fromText("""
                (module
                  (import "env" "log" (func $log (param i32)))
                  (memory (export "memory") 1)
                  (func (export "add") (param i32 i32) (result i32)
                    (call $log (local.get 0))
                    (i32.add (local.get 0) (local.get 1))))
                """);
        Imports imports = new Imports().function("env", "log",
                new FuncType(List.of(ValType.I32), List.of()),
                args -> { printed.add("log " + args[0]); return null; });
        WasmInstance instance = module.instantiate(imports);
        int sum = (int) instance.call("add", 2, 3)[0];
        instance.memory("memory").write(0, new byte[] {1, 2, 3});
        byte[] back = instance.memory("memory").read(0, 3);
        assertEquals(5, sum);
        assertEquals(List.of("log 2"), printed);
        assertArrayEquals(new byte[] {1, 2, 3}, back);
    }

    @Test
    void hostFunctionsReadMemoryAndReturnValues() {
        List<String> logged = new ArrayList<>();
        WasmInstance instance = instantiate(logged);
        assertEquals(0, instance.call("greet").length);
        assertEquals(List.of("hello"), logged);
        assertArrayEquals(new Object[] {40L}, instance.call("quad", 10L));
        assertArrayEquals(new Object[] {7, 2.5}, instance.call("pair"));
    }

    @Test
    void memoryIsSharedWithTheHost() {
        WasmInstance instance = instantiate(new ArrayList<>());
        Memory memory = instance.memory("memory");
        memory.write(100, new byte[] {1, 2, 3, 4});
        assertEquals(0x04030201, memory.byteBuffer().getInt(100), "little-endian view over the same bytes");
        assertEquals(1, memory.pages());
        assertThrows(Trap.class, () -> memory.read(65535, 2), "reads are bounds-checked");
    }

    @Test
    void trapsCarryTheSpecMessage() {
        WasmInstance instance = instantiate(new ArrayList<>());
        Trap t = assertThrows(Trap.class, () -> instance.call("div", 1, 0));
        assertEquals("integer divide by zero", t.getMessage());
        assertEquals("integer overflow", assertThrows(Trap.class,
                () -> instance.call("div", Integer.MIN_VALUE, -1)).getMessage());
    }

    @Test
    void runawayRecursionIsATrapNotAStackOverflowError() {
        WasmInstance instance = instantiate(new ArrayList<>());
        Trap t = assertThrows(Trap.class, () -> instance.call("deep", 0));
        assertTrue(t.isStackExhaustion());
        assertEquals("call stack exhausted", t.getMessage());
        // The thread's stack is usable again afterwards.
        assertArrayEquals(new Object[] {40L}, instance.call("quad", 10L));
    }

    @Test
    void memoryGrowBeyondTheMaximumReturnsMinusOne() {
        WasmInstance instance = instantiate(new ArrayList<>());
        assertArrayEquals(new Object[] {1}, instance.call("grow", 1));
        assertArrayEquals(new Object[] {-1}, instance.call("grow", 65535), "4 GiB is the limit");
        assertArrayEquals(new Object[] {2}, instance.call("grow", 0));
    }

    @Test
    void missingAndMistypedImportsAreLinkErrors() {
        WasmModule module = WasmModule.fromText(GREETER);
        LinkException missing = assertThrows(LinkException.class, () -> module.instantiate(new Imports()));
        assertTrue(missing.getMessage().contains("\"env\" \"log\""), missing.getMessage());
        Imports wrong = new Imports()
                .function("env", "log", new FuncType(List.of(ValType.I32), List.of()), args -> null)
                .function("env", "twice", new FuncType(List.of(ValType.I64), List.of(ValType.I64)), args -> 0L);
        LinkException mistyped = assertThrows(LinkException.class, () -> module.instantiate(wrong));
        assertTrue(mistyped.getMessage().contains("log"), mistyped.getMessage());
    }

    @Test
    void exportsOfOneInstanceLinkIntoAnother() {
        WasmInstance a = WasmModule.fromText("(module (memory (export \"mem\") 1)"
                + " (func (export \"get\") (result i32) (i32.load (i32.const 0))))").instantiate(new Imports());
        WasmInstance b = WasmModule.fromText("(module (import \"a\" \"mem\" (memory 1))"
                + " (func (export \"set\") (param i32) (i32.store (i32.const 0) (local.get 0))))")
                .instantiate(new Imports().addAll("a", a));
        b.call("set", 99);
        assertArrayEquals(new Object[] {99}, a.call("get"));
        assertSame(a.memory("mem"), b.runtimeInstance().memories[0]);
    }

    @Test
    void badBytesAreCompileErrorsWithAnOffset() {
        CompileException e = assertThrows(CompileException.class,
                () -> WasmModule.compile(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}));
        assertInstanceOf(CompileException.Malformed.class, e);
        assertTrue(e.offset() >= 0);
        assertFalse(WasmModule.validate(new byte[] {1, 2, 3}));
        CompileException invalid = assertThrows(CompileException.class,
                () -> WasmModule.fromText("(module (func (result i32) (i64.const 1)))"));
        assertInstanceOf(CompileException.Invalid.class, invalid);
        assertTrue(invalid.getMessage().contains("function 0"), invalid.getMessage());
    }

    @Test
    void customSectionsComeBackInOrder() {
        byte[] bytes = {0, 'a', 's', 'm', 1, 0, 0, 0,
            0, 9, 5, 'h', 'e', 'l', 'l', 'o', 'o', 'n', 'e',
            0, 7, 5, 'o', 't', 'h', 'e', 'r', 'x',
            0, 9, 5, 'h', 'e', 'l', 'l', 'o', 't', 'w', 'o'};
        WasmModule module = WasmModule.compile(bytes);
        List<byte[]> sections = module.customSections("hello");
        assertEquals(2, sections.size());
        assertEquals("one", new String(sections.get(0), StandardCharsets.UTF_8));
        assertEquals("two", new String(sections.get(1), StandardCharsets.UTF_8));
    }
}
