package dev.wasmjs.engine.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses the commands of a WAST script into {@link WastCommand}s. */
final class WastParser {
    /** Keywords that start a module field: a script made of these is one inline module. */
    private static final Set<String> MODULE_FIELDS = Set.of(
            "type", "rec", "import", "func", "table", "memory", "global", "tag", "export", "start", "elem", "data");

    private final Tokens t;
    private final Cursor c;

    WastParser(Tokens tokens) {
        this.t = tokens;
        this.c = new Cursor(tokens, 0);
    }

    List<WastCommand> commands() {
        List<WastCommand> commands = new ArrayList<>();
        String first = c.formKeyword();
        if (first != null && MODULE_FIELDS.contains(first)) {
            byte[] binary = ModuleParser.encode(t, 0, t.count() - 1);
            commands.add(new WastCommand.ModuleCommand(t.line(0), null, new WastModule.Text(binary), false));
            return commands;
        }
        while (c.kind() != TokenKind.EOF) {
            commands.add(command());
        }
        return commands;
    }

    private WastCommand command() {
        int open = c.pos;
        int line = t.line(open);
        String keyword = c.formKeyword();
        if (keyword == null) throw c.unexpected();
        WastCommand command = switch (keyword) {
            case "module" -> moduleCommand(line);
            case "register" -> {
                c.pos += 2;
                String name = text(c.name());
                String id = moduleId();
                c.expectRParen();
                yield new WastCommand.Register(line, name, id);
            }
            case "invoke", "get" -> new WastCommand.ActionCommand(line, action());
            case "assert_return" -> {
                c.pos += 2;
                WastAction action = action();
                List<WastExpected> expected = new ArrayList<>();
                while (c.isLParen()) expected.add(result());
                c.expectRParen();
                yield new WastCommand.AssertReturn(line, action, expected);
            }
            case "assert_trap" -> {
                c.pos += 2;
                if (c.isForm("module")) {
                    WastModule module = moduleOperand();
                    String message = message();
                    c.expectRParen();
                    yield new WastCommand.AssertUninstantiable(line, module, message);
                }
                WastAction action = action();
                String message = message();
                c.expectRParen();
                yield new WastCommand.AssertTrap(line, action, message);
            }
            case "assert_exhaustion" -> {
                c.pos += 2;
                WastAction action = action();
                String message = message();
                c.expectRParen();
                yield new WastCommand.AssertExhaustion(line, action, message);
            }
            case "assert_exception" -> {
                c.pos += 2;
                WastAction action = action();
                c.expectRParen();
                yield new WastCommand.AssertException(line, action);
            }
            case "assert_malformed", "assert_invalid", "assert_unlinkable" -> {
                c.pos += 2;
                WastModule module = moduleOperand();
                String message = message();
                c.expectRParen();
                yield switch (keyword) {
                    case "assert_malformed" -> new WastCommand.AssertMalformed(line, module, message);
                    case "assert_invalid" -> new WastCommand.AssertInvalid(line, module, message);
                    default -> new WastCommand.AssertUnlinkable(line, module, message);
                };
            }
            default -> throw t.error(open + 1, "unknown command " + keyword);
        };
        if (c.pos != t.match(open) + 1) throw c.unexpected();
        return command;
    }

    private static String text(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private String message() {
        return text(c.string());
    }

    /** A module identifier as written, normalized to {@code $name}; null if absent. */
    private String moduleId() {
        String id = c.optionalId();
        return id == null ? null : "$" + id;
    }

    private WastCommand moduleCommand(int line) {
        int open = c.pos;
        c.pos += 2;
        if (c.acceptAtom("instance")) {
            String instance = moduleId();
            String definition = moduleId();
            c.expectRParen();
            return new WastCommand.ModuleInstance(line, instance, definition);
        }
        boolean definition = c.acceptAtom("definition");
        String id = moduleId();
        WastModule module = ScriptModules.module(c, open);
        return new WastCommand.ModuleCommand(line, id, module, definition);
    }

    /** The module of an assertion: {@code (module ...)} in any spelling; its identifier is irrelevant there. */
    private WastModule moduleOperand() {
        int open = c.pos;
        c.enterForm("module");
        c.acceptAtom("definition");
        c.optionalId();
        return ScriptModules.module(c, open);
    }

    private WastAction action() {
        if (c.isForm("invoke")) {
            c.pos += 2;
            String module = moduleId();
            String name = text(c.string());
            List<WastValue> args = new ArrayList<>();
            while (c.isLParen()) args.add(value());
            c.expectRParen();
            return new WastAction.Invoke(module, name, args);
        }
        if (c.isForm("get")) {
            c.pos += 2;
            String module = moduleId();
            String name = text(c.string());
            c.expectRParen();
            return new WastAction.Get(module, name);
        }
        throw c.unexpected();
    }

    // ---- values ----

    private WastValue value() {
        c.expectLParen();
        int at = c.pos;
        String op = c.atom();
        WastValue value = switch (op) {
            case "i32.const" -> new WastValue.I32((int) Syntax.integer(t, c.pos++, 32));
            case "i64.const" -> new WastValue.I64(Syntax.integer(t, c.pos++, 64));
            case "f32.const" -> new WastValue.F32(Syntax.f32(t, c.pos++));
            case "f64.const" -> new WastValue.F64(Syntax.f64(t, c.pos++));
            case "v128.const" -> v128(V128Literal.parse(c));
            case "ref.null" -> new WastValue.RefNull(heapTypeText());
            case "ref.extern" -> new WastValue.RefExtern(c.u64());
            case "ref.host" -> new WastValue.RefHost(c.u64());
            default -> throw t.error(at, "unknown operator");
        };
        c.expectRParen();
        return value;
    }

    private static WastValue.V128 v128(byte[] bytes) {
        long low = 0;
        long high = 0;
        for (int i = 7; i >= 0; i--) {
            low = low << 8 | (bytes[i] & 0xFF);
            high = high << 8 | (bytes[i + 8] & 0xFF);
        }
        return new WastValue.V128(low, high);
    }

    private String heapTypeText() {
        if (c.isId()) return "$" + t.idName(c.pos++);
        return c.atom();
    }

    // ---- expected results ----

    private WastExpected result() {
        if (c.isForm("either")) {
            c.pos += 2;
            List<WastExpected> alternatives = new ArrayList<>();
            while (c.isLParen()) alternatives.add(result());
            c.expectRParen();
            return new WastExpected.Either(alternatives);
        }
        int open = c.pos;
        c.expectLParen();
        String op = c.atom();
        WastExpected expected;
        switch (op) {
            case "f32.const", "f64.const" -> {
                int bits = op.startsWith("f32") ? 32 : 64;
                WastExpected nan = nanPattern(bits);
                expected = nan != null ? nan : new WastExpected.Exact(bits == 32
                        ? new WastValue.F32(Syntax.f32(t, c.pos++))
                        : new WastValue.F64(Syntax.f64(t, c.pos++)));
            }
            case "v128.const" -> expected = v128Expected();
            case "ref.null" -> expected = c.isRParen()
                    ? new WastExpected.AnyNull()
                    : new WastExpected.Exact(new WastValue.RefNull(heapTypeText()));
            case "ref.extern" -> expected = c.isRParen()
                    ? new WastExpected.RefKind("extern")
                    : new WastExpected.Exact(new WastValue.RefExtern(c.u64()));
            case "ref.host" -> expected = c.isRParen()
                    ? new WastExpected.RefKind("host")
                    : new WastExpected.Exact(new WastValue.RefHost(c.u64()));
            case "ref.func", "ref.struct", "ref.array", "ref.i31", "ref.eq", "ref.any", "ref.exn" ->
                    expected = new WastExpected.RefKind(op.substring(4));
            default -> {
                c.pos = open;
                expected = new WastExpected.Exact(value());
                return expected;
            }
        }
        c.expectRParen();
        return expected;
    }

    private WastExpected nanPattern(int bits) {
        if (c.isAtom("nan:canonical")) {
            c.pos++;
            return new WastExpected.NaNPattern(bits, true);
        }
        if (c.isAtom("nan:arithmetic")) {
            c.pos++;
            return new WastExpected.NaNPattern(bits, false);
        }
        return null;
    }

    /** Float-shaped vectors become per-lane expectations (lanes may be NaN patterns); integer ones exact values. */
    private WastExpected v128Expected() {
        if (!c.isAtom("f32x4") && !c.isAtom("f64x2")) {
            return new WastExpected.Exact(v128(V128Literal.parse(c)));
        }
        String shape = c.atom();
        int bits = shape.equals("f32x4") ? 32 : 64;
        List<WastExpected> lanes = new ArrayList<>();
        for (int i = 0; i < 128 / bits; i++) {
            WastExpected nan = nanPattern(bits);
            if (nan != null) {
                lanes.add(nan);
            } else if (bits == 32) {
                lanes.add(new WastExpected.Exact(new WastValue.F32(Syntax.f32(t, c.pos++))));
            } else {
                lanes.add(new WastExpected.Exact(new WastValue.F64(Syntax.f64(t, c.pos++))));
            }
        }
        return new WastExpected.V128Lanes(shape, lanes);
    }
}
