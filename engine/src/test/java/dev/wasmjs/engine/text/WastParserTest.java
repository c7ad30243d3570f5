package dev.wasmjs.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WastParserTest {
    private static List<WastCommand> parse(String text) {
        return Wast.parse(text, "test.wast").commands();
    }

    @Test
    void modulesInAllSpellings() {
        List<WastCommand> cs = parse("""
                (module $a (func))
                (module binary "\\00asm" "\\01\\00\\00\\00")
                (module $q quote "(func" ")")
                (module definition $d (memory 1))
                (module instance $i $d)
                (module instance)
                (module $b binary "")
                """);
        var a = assertInstanceOf(WastCommand.ModuleCommand.class, cs.get(0));
        assertEquals("$a", a.id());
        assertEquals(1, a.line());
        assertArrayEquals(Wat.toBinary("(func)"), assertInstanceOf(WastModule.Text.class, a.module()).binary());
        var b = assertInstanceOf(WastCommand.ModuleCommand.class, cs.get(1));
        assertNull(b.id());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0},
                assertInstanceOf(WastModule.Binary.class, b.module()).binary());
        var q = assertInstanceOf(WastCommand.ModuleCommand.class, cs.get(2));
        assertEquals("(func)", assertInstanceOf(WastModule.Quote.class, q.module()).text());
        var d = assertInstanceOf(WastCommand.ModuleCommand.class, cs.get(3));
        assertTrue(d.definitionOnly());
        assertEquals("$d", d.id());
        assertEquals(new WastCommand.ModuleInstance(5, "$i", "$d"), cs.get(4));
        assertEquals(new WastCommand.ModuleInstance(6, null, null), cs.get(5));
        assertEquals("$b", ((WastCommand.ModuleCommand) cs.get(6)).id());
    }

    @Test
    void malformedQuoteModulesDoNotFailTheScript() {
        List<WastCommand> cs = parse("(assert_malformed (module quote \"(func (i32.const0))\" ) \"unknown operator\")");
        var m = assertInstanceOf(WastCommand.AssertMalformed.class, cs.get(0));
        assertEquals("unknown operator", m.message());
        String text = assertInstanceOf(WastModule.Quote.class, m.module()).text();
        assertThrows(TextFormatException.class, () -> Wat.toBinary(text));
    }

    @Test
    void quoteModulesKeepBytesThatAreNotUtf8() {
        var m = (WastCommand.AssertMalformed) parse("(assert_malformed (module quote \"(data \\\"\\80\\\")\" \"(@a \\80)\") \"x\")").get(0);
        String text = ((WastModule.Quote) m.module()).text();
        // In the string literal the byte survives; in the annotation it is malformed UTF-8.
        TextFormatException e = assertThrows(TextFormatException.class, () -> Wat.toBinary(text));
        assertTrue(e.getMessage().contains("malformed UTF-8"), e.getMessage());
        String data = text.substring(0, text.indexOf("(@"));
        byte[] binary = Wat.toBinary("(memory 1)" + data.replace("(data ", "(data (i32.const 0) "));
        assertEquals((byte) 0x80, binary[binary.length - 1]);
    }

    @Test
    void actionsAndValues() {
        List<WastCommand> cs = parse("""
                (register "M" $a)
                (invoke "f" (i32.const -1) (i64.const 0xffffffffffffffff) (f32.const -nan:0x1) (f64.const 1.5))
                (get $m "g")
                (invoke $m "h" (v128.const i32x4 1 2 3 -1) (ref.null func) (ref.null $t) (ref.extern 7) (ref.host 3))
                """);
        assertEquals(new WastCommand.Register(1, "M", "$a"), cs.get(0));
        var invoke = (WastAction.Invoke) ((WastCommand.ActionCommand) cs.get(1)).action();
        assertNull(invoke.moduleId());
        assertEquals("f", invoke.name());
        assertEquals(List.of(new WastValue.I32(-1), new WastValue.I64(-1), new WastValue.F32(0xFF800001),
                new WastValue.F64(0x3FF8000000000000L)), invoke.args());
        assertEquals(new WastAction.Get("$m", "g"), ((WastCommand.ActionCommand) cs.get(2)).action());
        var h = (WastAction.Invoke) ((WastCommand.ActionCommand) cs.get(3)).action();
        assertEquals(List.of(new WastValue.V128(0x0000000200000001L, 0xFFFFFFFF00000003L),
                new WastValue.RefNull("func"), new WastValue.RefNull("$t"), new WastValue.RefExtern(7),
                new WastValue.RefHost(3)), h.args());
    }

    @Test
    void expectedResults() {
        var r = (WastCommand.AssertReturn) parse("""
                (assert_return (invoke "f")
                  (i32.const 1) (f32.const nan:canonical) (f64.const nan:arithmetic) (f64.const -0)
                  (v128.const f32x4 1 nan:canonical 2 nan:arithmetic) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 255)
                  (ref.null) (ref.null extern) (ref.extern) (ref.extern 2) (ref.func) (ref.struct) (ref.array)
                  (ref.i31) (ref.eq) (ref.any) (ref.exn) (ref.host)
                  (either (i32.const 1) (i32.const 2)))
                """).get(0);
        List<WastExpected> e = r.expected();
        assertEquals(new WastExpected.Exact(new WastValue.I32(1)), e.get(0));
        assertEquals(new WastExpected.NaNPattern(32, true), e.get(1));
        assertEquals(new WastExpected.NaNPattern(64, false), e.get(2));
        assertEquals(new WastExpected.Exact(new WastValue.F64(Long.MIN_VALUE)), e.get(3));
        assertEquals(new WastExpected.V128Lanes("f32x4", List.of(
                new WastExpected.Exact(new WastValue.F32(0x3F800000)), new WastExpected.NaNPattern(32, true),
                new WastExpected.Exact(new WastValue.F32(0x40000000)), new WastExpected.NaNPattern(32, false))), e.get(4));
        assertEquals(new WastExpected.Exact(new WastValue.V128(0x0706050403020100L, 0xFF0E0D0C0B0A0908L)), e.get(5));
        assertEquals(new WastExpected.AnyNull(), e.get(6));
        assertEquals(new WastExpected.Exact(new WastValue.RefNull("extern")), e.get(7));
        assertEquals(new WastExpected.RefKind("extern"), e.get(8));
        assertEquals(new WastExpected.Exact(new WastValue.RefExtern(2)), e.get(9));
        assertEquals(List.of("func", "struct", "array", "i31", "eq", "any", "exn", "host"),
                e.subList(10, 18).stream().map(x -> ((WastExpected.RefKind) x).kind()).toList());
        assertEquals(new WastExpected.Either(List.of(new WastExpected.Exact(new WastValue.I32(1)),
                new WastExpected.Exact(new WastValue.I32(2)))), e.get(18));
    }

    @Test
    void assertions() {
        List<WastCommand> cs = parse("""
                (assert_trap (invoke "t") "unreachable")
                (assert_trap (module (func $s unreachable) (start $s)) "unreachable")
                (assert_exhaustion (invoke "r") "call stack exhausted")
                (assert_exception (invoke "x"))
                (assert_invalid (module (func (result i32))) "type mismatch")
                (assert_unlinkable (module (import "a" "b" (func))) "unknown import")
                (assert_malformed (module binary "") "unexpected end")
                """);
        assertEquals(new WastCommand.AssertTrap(1, new WastAction.Invoke(null, "t", List.of()), "unreachable"), cs.get(0));
        var u = assertInstanceOf(WastCommand.AssertUninstantiable.class, cs.get(1));
        assertEquals(2, u.line());
        assertInstanceOf(WastModule.Text.class, u.module());
        assertEquals(new WastCommand.AssertExhaustion(3, new WastAction.Invoke(null, "r", List.of()),
                "call stack exhausted"), cs.get(2));
        assertEquals(new WastCommand.AssertException(4, new WastAction.Invoke(null, "x", List.of())), cs.get(3));
        assertEquals("type mismatch", ((WastCommand.AssertInvalid) cs.get(4)).message());
        assertEquals("unknown import", ((WastCommand.AssertUnlinkable) cs.get(5)).message());
        assertInstanceOf(WastModule.Binary.class, ((WastCommand.AssertMalformed) cs.get(6)).module());
    }

    @Test
    void inlineModuleScript() {
        List<WastCommand> cs = parse("(func) (memory 0) (func (export \"f\"))");
        assertEquals(1, cs.size());
        assertArrayEquals(Wat.toBinary("(module (func) (memory 0) (func (export \"f\")))"),
                ((WastModule.Text) ((WastCommand.ModuleCommand) cs.get(0)).module()).binary());
    }

    @Test
    void errorsNameTheLine() {
        TextFormatException e = assertThrows(TextFormatException.class,
                () -> parse("(module)\n\n(assert_bogus (invoke \"f\"))"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown command"), e.getMessage());
        TextFormatException m = assertThrows(TextFormatException.class,
                () -> parse("(module)\n(module\n  (func (call $missing)))"));
        assertEquals(3, m.line());
    }
}
