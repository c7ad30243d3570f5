package dev.wasmjs.engine.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Value types, reference types, heap types and type definitions ({@code type}, {@code rec}, {@code sub}). */
final class TypeParser {
    /** Abstract heap types by keyword, as the (negative) s33 value whose one-byte encoding is their code. */
    private static final Map<String, Long> ABSTRACT_HEAP_TYPES = Map.ofEntries(
            Map.entry("func", -0x10L), Map.entry("extern", -0x11L), Map.entry("any", -0x12L),
            Map.entry("eq", -0x13L), Map.entry("i31", -0x14L), Map.entry("struct", -0x15L),
            Map.entry("array", -0x16L), Map.entry("exn", -0x17L), Map.entry("noexn", -0x0CL),
            Map.entry("nofunc", -0x0DL), Map.entry("noextern", -0x0EL), Map.entry("none", -0x0FL));

    /** Value type keywords and their one-byte codes; the {@code ...ref} ones are nullable abstract references. */
    private static final Map<String, Integer> VALUE_TYPES = Map.ofEntries(
            Map.entry("i32", 0x7F), Map.entry("i64", 0x7E), Map.entry("f32", 0x7D), Map.entry("f64", 0x7C),
            Map.entry("v128", 0x7B), Map.entry("funcref", 0x70), Map.entry("externref", 0x6F),
            Map.entry("anyref", 0x6E), Map.entry("eqref", 0x6D), Map.entry("i31ref", 0x6C),
            Map.entry("structref", 0x6B), Map.entry("arrayref", 0x6A), Map.entry("exnref", 0x69),
            Map.entry("nullexnref", 0x74), Map.entry("nullfuncref", 0x73), Map.entry("nullexternref", 0x72),
            Map.entry("nullref", 0x71));

    /** A reference type: nullability and heap type (negative: abstract, else a type index). */
    record RefType(boolean nullable, long heapType) {
        void encode(ByteSink out) {
            if (nullable && heapType < 0) {
                out.s64(heapType); // the shorthand form, e.g. funcref
            } else {
                out.u8(nullable ? 0x63 : 0x64);
                out.s64(heapType);
            }
        }
    }

    private final Cursor c;
    private final ModuleContext ctx;

    TypeParser(Cursor c, ModuleContext ctx) {
        this.c = c;
        this.ctx = ctx;
    }

    long heapType() {
        if (c.isAtom()) {
            Long code = ABSTRACT_HEAP_TYPES.get(c.text());
            if (code != null) {
                c.pos++;
                return code;
            }
            if (!NumberLiterals.isNat(c.text())) throw c.unexpected();
        }
        return ctx.types.resolve(c.tokens, c.pos++);
    }

    boolean isRefTypeStart() {
        if (c.isAtom()) {
            Integer code = VALUE_TYPES.get(c.text());
            return code != null && code < 0x7B;
        }
        return c.isForm("ref");
    }

    RefType refType() {
        if (c.isAtom()) {
            Integer code = VALUE_TYPES.get(c.text());
            if (code == null || code >= 0x7B) throw c.unexpected();
            c.pos++;
            return new RefType(true, code - 0x80);
        }
        c.enterForm("ref");
        boolean nullable = c.acceptAtom("null");
        long heap = heapType();
        c.expectRParen();
        return new RefType(nullable, heap);
    }

    boolean isValTypeStart() {
        return (c.isAtom() && VALUE_TYPES.containsKey(c.text())) || c.isForm("ref");
    }

    void valType(ByteSink out) {
        if (c.isAtom()) {
            Integer code = VALUE_TYPES.get(c.text());
            if (code == null) throw c.unexpected();
            c.pos++;
            out.u8(code);
            return;
        }
        refType().encode(out);
    }

    /** Value types up to the closing parenthesis of the current form; returns how many. */
    int valTypes(ByteSink out) {
        int n = 0;
        while (!c.isRParen()) {
            valType(out);
            n++;
        }
        return n;
    }

    private void storageType(ByteSink out) {
        if (c.isAtom("i8")) {
            c.pos++;
            out.u8(0x78);
        } else if (c.isAtom("i16")) {
            c.pos++;
            out.u8(0x77);
        } else {
            valType(out);
        }
    }

    private void fieldType(ByteSink out) {
        if (c.isForm("mut")) {
            c.pos += 2;
            storageType(out);
            c.expectRParen();
            out.u8(0x01);
        } else {
            storageType(out);
            out.u8(0x00);
        }
    }

    /** Global types: {@code valtype} or {@code (mut valtype)}. */
    void globalType(ByteSink out) {
        if (c.isForm("mut")) {
            c.pos += 2;
            valType(out);
            c.expectRParen();
            out.u8(0x01);
        } else {
            valType(out);
            out.u8(0x00);
        }
    }

    // ---- type uses ----

    /** A type use: the type index plus the inline signature, which named the parameters if there was one. */
    record TypeUse(int typeIndex, int paramCount, FunctionSignature inline) {}

    /**
     * Parses {@code (type x)? (param ...)* (result ...)*}. Without {@code (type x)} the inline signature picks or
     * creates a type (see {@link ModuleContext#functionType}); with it, an inline signature must repeat the type.
     */
    TypeUse typeUse(boolean allowNames) {
        int start = c.pos;
        Integer explicit = null;
        if (c.isForm("type")) {
            c.pos += 2;
            explicit = ctx.types.resolve(c.tokens, c.pos++);
            c.expectRParen();
        }
        FunctionSignature sig = FunctionSignature.parse(c, this, allowNames);
        if (explicit == null) {
            return new TypeUse(ctx.functionType(sig.composite(), sig.paramCount()), sig.paramCount(), sig);
        }
        TypeDef def = ctx.typeDef(explicit);
        if (!sig.isEmpty()) {
            if (def == null) throw c.tokens.error(start, "unknown type");
            if (!java.util.Arrays.equals(def.composite(), sig.composite())) {
                throw c.tokens.error(start, "inline function type");
            }
            return new TypeUse(explicit, sig.paramCount(), sig);
        }
        int paramCount = def != null && def.kind() == TypeDef.FUNC ? def.paramCount() : 0;
        return new TypeUse(explicit, paramCount, sig);
    }

    /** A block type: empty (0x40), one result value type, or a type index as s33. */
    void blockType(ByteSink out) {
        if (c.isForm("type")) {
            out.s64(typeUse(false).typeIndex());
            return;
        }
        FunctionSignature sig = FunctionSignature.parse(c, this, false);
        if (sig.paramCount() == 0 && sig.resultCount() == 0) {
            out.u8(0x40);
        } else if (sig.paramCount() == 0 && sig.resultCount() == 1) {
            out.append(sig.results);
        } else {
            out.s64(ctx.functionType(sig.composite(), sig.paramCount()));
        }
    }

    // ---- type definitions ----

    /**
     * Parses the definitions of a {@code (type ...)} or {@code (rec ...)} field (whose names were bound
     * beforehand) and appends them to the context.
     */
    void typeField() {
        if (c.isForm("rec")) {
            int start = c.pos;
            c.pos += 2;
            int first = ctx.typeDefs.size();
            int size = 0;
            int scan = c.pos;
            while (c.tokens.isForm(scan, "type")) {
                size++;
                scan = c.tokens.match(scan) + 1;
            }
            while (c.isForm("type")) {
                typeDefinition(size);
            }
            if (!c.isRParen()) throw c.unexpected();
            c.pos++;
            ctx.recGroups.add(new int[] {first, size, 1});
            if (c.pos != c.tokens.match(start) + 1) throw c.tokens.error(start, "unexpected token");
        } else {
            int first = ctx.typeDefs.size();
            typeDefinition(1);
            ctx.recGroups.add(new int[] {first, 1, 0});
        }
    }

    private void typeDefinition(int groupSize) {
        c.enterForm("type");
        c.optionalId();
        boolean isFinal = true;
        int[] supers = new int[0];
        boolean sub = c.isForm("sub");
        if (sub) {
            c.pos += 2;
            isFinal = c.acceptAtom("final");
            List<Integer> supersList = new java.util.ArrayList<>();
            while (c.isIndex()) {
                supersList.add(ctx.types.resolve(c.tokens, c.pos++));
            }
            supers = supersList.stream().mapToInt(Integer::intValue).toArray();
        }
        ByteSink composite = new ByteSink();
        int paramCount = 0;
        Map<String, Integer> fieldNames = Map.of();
        String keyword = c.formKeyword();
        if (keyword == null) throw c.unexpected();
        c.pos += 2;
        switch (keyword) {
            case "func" -> {
                composite.u8(TypeDef.FUNC);
                FunctionSignature sig = FunctionSignature.parse(c, this, true);
                sig.encode(composite);
                paramCount = sig.paramCount();
            }
            case "struct" -> {
                composite.u8(TypeDef.STRUCT);
                ByteSink fields = new ByteSink();
                int count = 0;
                Map<String, Integer> names = new HashMap<>();
                while (c.isForm("field")) {
                    c.pos += 2;
                    if (c.isId()) {
                        int at = c.pos;
                        String name = c.optionalId();
                        if (names.putIfAbsent(name, count) != null) {
                            throw c.tokens.error(at, "duplicate field $" + name);
                        }
                        fieldType(fields);
                        count++;
                    } else {
                        while (!c.isRParen()) {
                            fieldType(fields);
                            count++;
                        }
                    }
                    c.expectRParen();
                }
                composite.u32(count);
                composite.append(fields);
                fieldNames = names;
            }
            case "array" -> {
                composite.u8(TypeDef.ARRAY);
                if (c.isForm("field")) { // the spec allows no field wrapper here; tolerate it
                    c.pos += 2;
                    fieldType(composite);
                    c.expectRParen();
                } else {
                    fieldType(composite);
                }
            }
            default -> throw c.tokens.error(c.pos - 1, "unexpected token");
        }
        c.expectRParen();
        if (sub) c.expectRParen();
        c.expectRParen();
        ctx.typeDefs.add(new TypeDef(isFinal, supers, composite.toByteArray(), paramCount, fieldNames, groupSize));
    }
}
