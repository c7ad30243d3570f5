package dev.wasmjs.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the fields of one module and encodes the module in the binary format.
 *
 * <p>Identifiers may be used before the field that binds them, so parsing takes three passes over the fields:
 * the first binds every identifier to its index (imports come first in each space, which the text format
 * enforces by rejecting imports after definitions), the second parses the type definitions, and the third
 * parses everything else in text order, which is also the order of the implicit function types it creates.
 */
final class ModuleParser {
    private final Tokens t;
    private final Cursor c;
    private final ModuleContext ctx = new ModuleContext();
    private final TypeParser types;
    private final int fieldsStart;
    private final int fieldsEnd;

    private final ModuleSections out = new ModuleSections();
    /** Per-space running index while parsing definitions in text order. */
    private final Map<String, Integer> nextIndex = new HashMap<>();

    private ModuleParser(Tokens tokens, int fieldsStart, int fieldsEnd) {
        this.t = tokens;
        this.c = new Cursor(tokens, fieldsStart);
        this.types = new TypeParser(c, ctx);
        this.fieldsStart = fieldsStart;
        this.fieldsEnd = fieldsEnd;
    }

    /** Encodes the module whose fields are the tokens from {@code start} up to (excluding) {@code end}. */
    static byte[] encode(Tokens tokens, int start, int end) {
        ModuleParser parser = new ModuleParser(tokens, start, end);
        parser.bindIdentifiers();
        parser.parseTypes();
        parser.parseFields();
        return parser.out.encode(parser.ctx);
    }

    private String fieldKeyword(int pos) {
        if (t.kind(pos) != TokenKind.LPAREN) throw Syntax.unexpected(t, pos);
        if (t.kind(pos + 1) != TokenKind.ATOM) {
            throw t.kind(pos + 1) == TokenKind.RESERVED ? t.error(pos + 1, "unknown operator")
                    : Syntax.unexpected(t, pos + 1);
        }
        return t.text(pos + 1);
    }

    // ---- pass 1: identifiers ----

    private void bindIdentifiers() {
        for (int pos = fieldsStart; pos < fieldsEnd; pos = t.match(pos) + 1) {
            String keyword = fieldKeyword(pos);
            switch (keyword) {
                case "type" -> bindType(pos);
                case "rec" -> {
                    for (int p = pos + 2; t.isForm(p, "type"); p = t.match(p) + 1) bindType(p);
                }
                case "import" -> bindImport(pos);
                case "func", "table", "memory", "global", "tag" -> bindDefinition(pos, keyword);
                case "elem" -> ctx.elems.add(idAt(pos + 2), false, t, pos + 2);
                case "data" -> ctx.datas.add(idAt(pos + 2), false, t, pos + 2);
                case "export", "start" -> {}
                default -> throw t.error(pos + 1, "unknown operator");
            }
        }
    }

    private String idAt(int pos) {
        return t.kind(pos) == TokenKind.ID ? t.idName(pos) : null;
    }

    private void bindType(int pos) {
        ctx.types.add(idAt(pos + 2), false, t, pos + 2);
    }

    private void bindImport(int pos) {
        // (import "module" "name" (kind $id? ...))
        int desc = pos + 4;
        if (t.kind(pos + 2) != TokenKind.STRING) throw Syntax.unexpected(t, pos + 2);
        if (t.kind(pos + 3) != TokenKind.STRING) throw Syntax.unexpected(t, pos + 3);
        String kind = fieldKeyword(desc);
        if (!List.of("func", "table", "memory", "global", "tag").contains(kind)) {
            throw t.error(desc + 1, "unexpected token");
        }
        checkImportOrder(pos);
        ctx.space(kind).add(idAt(desc + 2), true, t, desc + 2);
    }

    private void bindDefinition(int pos, String kind) {
        int p = pos + 2;
        String id = idAt(p);
        if (id != null) p++;
        while (t.isForm(p, "export")) p = t.match(p) + 1;
        boolean imported = t.isForm(p, "import");
        if (imported) checkImportOrder(pos);
        ctx.space(kind).add(id, imported, t, pos + 2);
        if (!imported) {
            // An inline (elem ...) or (data ...) defines a segment at this position in text order.
            int close = t.match(pos);
            for (int q = p; q < close; q = t.kind(q) == TokenKind.LPAREN ? t.match(q) + 1 : q + 1) {
                if (kind.equals("table") && t.isForm(q, "elem")) ctx.elems.add(null, false, t, q);
                if (kind.equals("memory") && t.isForm(q, "data")) ctx.datas.add(null, false, t, q);
            }
        }
    }

    private void checkImportOrder(int pos) {
        String after = ctx.funcs.definitions() > 0 ? "function"
                : ctx.tables.definitions() > 0 ? "table"
                : ctx.memories.definitions() > 0 ? "memory"
                : ctx.globals.definitions() > 0 ? "global"
                : ctx.tags.definitions() > 0 ? "tag" : null;
        if (after != null) throw t.error(pos, "import after " + after);
    }

    // ---- pass 2: types ----

    private void parseTypes() {
        for (int pos = fieldsStart; pos < fieldsEnd; pos = t.match(pos) + 1) {
            if (t.isForm(pos, "type") || t.isForm(pos, "rec")) {
                c.pos = pos;
                types.typeField();
                if (c.pos != t.match(pos) + 1) throw Syntax.unexpected(t, c.pos);
            }
        }
    }

    // ---- pass 3: everything else ----

    private void parseFields() {
        for (int pos = fieldsStart; pos < fieldsEnd; pos = t.match(pos) + 1) {
            String keyword = t.text(pos + 1);
            c.pos = pos + 2;
            switch (keyword) {
                case "type", "rec" -> {
                    continue;
                }
                case "import" -> importField();
                case "func" -> funcField();
                case "table" -> tableField();
                case "memory" -> memoryField();
                case "global" -> globalField();
                case "tag" -> tagField();
                case "export" -> exportField();
                case "start" -> startField(pos);
                case "elem" -> elemField();
                case "data" -> dataField();
                default -> throw t.error(pos + 1, "unknown operator");
            }
            c.expectRParen();
            if (c.pos != t.match(pos) + 1) throw Syntax.unexpected(t, c.pos);
        }
    }

    private int next(String kind) {
        return nextIndex.merge(kind, 1, Integer::sum) - 1;
    }

    private void importField() {
        byte[] module = c.name();
        byte[] name = c.name();
        c.expectLParen();
        String kind = c.atom();
        c.optionalId();
        next(kind);
        importEntry(module, name, kind);
        c.expectRParen();
    }

    /** Adds an import of {@code kind}, parsing its type at the cursor. */
    private void importEntry(byte[] module, byte[] name, String kind) {
        ByteSink e = new ByteSink();
        e.name(module);
        e.name(name);
        switch (kind) {
            case "func" -> {
                e.u8(0x00);
                e.u32(types.typeUse(true).typeIndex());
            }
            case "table" -> {
                e.u8(0x01);
                tableType(e);
            }
            case "memory" -> {
                e.u8(0x02);
                limits(e, addressType64());
            }
            case "global" -> {
                e.u8(0x03);
                types.globalType(e);
            }
            case "tag" -> {
                e.u8(0x04);
                e.u8(0x00);
                e.u32(types.typeUse(true).typeIndex());
            }
            default -> throw c.unexpected();
        }
        out.imports.add(e.toByteArray());
    }

    /** Inline exports of a definition: {@code (export "name")*}. */
    private void inlineExports(int kind, int index) {
        while (c.isForm("export")) {
            c.pos += 2;
            byte[] name = c.name();
            c.expectRParen();
            out.addExport(name, kind, index);
        }
    }

    /** An inline import {@code (import "module" "name")} of a definition, if present; then parses its type. */
    private boolean inlineImport(String kind) {
        if (!c.isForm("import")) return false;
        c.pos += 2;
        byte[] module = c.name();
        byte[] name = c.name();
        c.expectRParen();
        importEntry(module, name, kind);
        return true;
    }

    private void funcField() {
        c.optionalId();
        int index = next("func");
        inlineExports(0, index);
        if (inlineImport("func")) return;
        TypeParser.TypeUse use = types.typeUse(true);
        Map<String, Integer> localNames = new HashMap<>();
        FunctionSignature sig = use.inline();
        for (int i = 0; i < sig.paramNames.size(); i++) {
            String name = sig.paramNames.get(i);
            if (name != null && localNames.putIfAbsent(name, i) != null) {
                throw t.error(sig.paramNameTokens.get(i), "duplicate local $" + name);
            }
        }
        int localIndex = use.paramCount();
        List<byte[]> localTypes = new ArrayList<>();
        while (c.isForm("local")) {
            c.pos += 2;
            if (c.isId()) {
                int at = c.pos;
                String name = c.optionalId();
                if (localNames.putIfAbsent(name, localIndex) != null) {
                    throw t.error(at, "duplicate local $" + name);
                }
                localTypes.add(oneValType());
                localIndex++;
            } else {
                while (!c.isRParen()) {
                    localTypes.add(oneValType());
                    localIndex++;
                }
            }
            c.expectRParen();
        }
        ByteSink body = new ByteSink(256);
        encodeLocals(localTypes, body);
        new CodeParser(c, ctx, types, localNames).expression(body);
        out.functionTypes.add(use.typeIndex());
        out.codes.add(body.toByteArray());
    }

    private byte[] oneValType() {
        ByteSink type = new ByteSink(4);
        types.valType(type);
        return type.toByteArray();
    }

    /** Locals are encoded as runs of equal types. */
    private static void encodeLocals(List<byte[]> localTypes, ByteSink out) {
        ByteSink runs = new ByteSink();
        int runCount = 0;
        for (int i = 0; i < localTypes.size(); ) {
            int j = i;
            while (j < localTypes.size() && Arrays.equals(localTypes.get(j), localTypes.get(i))) j++;
            runs.u32(j - i);
            runs.bytes(localTypes.get(i));
            runCount++;
            i = j;
        }
        out.u32(runCount);
        out.append(runs);
    }

    private boolean addressType64() {
        if (c.acceptAtom("i64")) return true;
        c.acceptAtom("i32");
        return false;
    }

    /** {@code min max?} as limits with the address type's flags. */
    private void limits(ByteSink e, boolean is64) {
        long min = c.u64();
        boolean hasMax = c.isAtom() && NumberLiterals.isNat(c.text());
        long max = hasMax ? c.u64() : 0;
        e.u8((is64 ? 0x04 : 0x00) | (hasMax ? 0x01 : 0x00));
        e.u64(min);
        if (hasMax) e.u64(max);
    }

    /** {@code addrtype? limits reftype}, encoded reftype first. */
    private void tableType(ByteSink e) {
        boolean is64 = addressType64();
        ByteSink lim = new ByteSink(12);
        limits(lim, is64);
        types.refType().encode(e);
        e.append(lim);
    }

    private void tableField() {
        c.optionalId();
        int index = next("table");
        inlineExports(1, index);
        if (inlineImport("table")) return;
        boolean is64 = addressType64();
        ByteSink table = new ByteSink();
        if (types.isRefTypeStart()) {
            // (table reftype (elem ...)): the table is exactly as large as its inline segment.
            TypeParser.RefType refType = types.refType();
            c.enterForm("elem");
            ElementList items = elementItems(refType, true);
            c.expectRParen();
            refType.encode(table);
            table.u8(is64 ? 0x05 : 0x01);
            table.u64(items.count);
            table.u64(items.count);
            ByteSink offset = new ByteSink(4);
            offset.u8(is64 ? 0x42 : 0x41);
            offset.u8(0x00);
            offset.u8(0x0B);
            out.elems.add(items.encodeActive(index, offset.toByteArray()));
            out.tables.add(table.toByteArray());
            return;
        }
        ByteSink lim = new ByteSink(12);
        limits(lim, is64);
        TypeParser.RefType refType = types.refType();
        if (c.isRParen()) {
            refType.encode(table);
            table.append(lim);
        } else {
            table.u8(0x40);
            table.u8(0x00);
            refType.encode(table);
            table.append(lim);
            new CodeParser(c, ctx, types, Map.of()).expression(table);
        }
        out.tables.add(table.toByteArray());
    }

    private void memoryField() {
        c.optionalId();
        int index = next("memory");
        inlineExports(2, index);
        if (inlineImport("memory")) return;
        boolean is64 = addressType64();
        ByteSink memory = new ByteSink();
        if (c.isForm("data")) {
            // (memory (data ...)): the memory is exactly as large as its inline segment needs.
            c.pos += 2;
            ByteSink bytes = new ByteSink();
            while (c.isString()) bytes.bytes(c.string());
            c.expectRParen();
            long pages = (bytes.size() + 65535L) / 65536L;
            memory.u8(is64 ? 0x05 : 0x01);
            memory.u64(pages);
            memory.u64(pages);
            ByteSink segment = new ByteSink();
            if (index == 0) {
                segment.u8(0x00);
            } else {
                segment.u8(0x02);
                segment.u32(index);
            }
            segment.u8(is64 ? 0x42 : 0x41);
            segment.u8(0x00);
            segment.u8(0x0B);
            segment.u32(bytes.size());
            segment.append(bytes);
            out.datas.add(segment.toByteArray());
        } else {
            limits(memory, is64);
        }
        out.memories.add(memory.toByteArray());
    }

    private void globalField() {
        c.optionalId();
        int index = next("global");
        inlineExports(3, index);
        if (inlineImport("global")) return;
        ByteSink global = new ByteSink();
        types.globalType(global);
        new CodeParser(c, ctx, types, Map.of()).expression(global);
        out.globals.add(global.toByteArray());
    }

    private void tagField() {
        c.optionalId();
        int index = next("tag");
        inlineExports(4, index);
        if (inlineImport("tag")) return;
        ByteSink tag = new ByteSink(4);
        tag.u8(0x00);
        tag.u32(types.typeUse(true).typeIndex());
        out.tags.add(tag.toByteArray());
    }

    private void exportField() {
        byte[] name = c.name();
        c.expectLParen();
        String kind = c.atom();
        int code = switch (kind) {
            case "func" -> 0;
            case "table" -> 1;
            case "memory" -> 2;
            case "global" -> 3;
            case "tag" -> 4;
            default -> throw t.error(c.pos - 1, "unexpected token");
        };
        int index = ctx.space(kind).resolve(t, c.pos++);
        c.expectRParen();
        out.addExport(name, code, index);
    }

    private void startField(int pos) {
        int function = ctx.funcs.resolve(t, c.pos++);
        if (out.start != null) throw t.error(pos, "multiple start sections");
        out.start = function;
    }

    // ---- segments ----

    /** The items of an element segment, in one of the two encodings. */
    private static final class ElementList {
        /** Null for function indices ({@code func x*}), else the element type of expression items. */
        TypeParser.RefType refType;
        final ByteSink items = new ByteSink();
        int count;

        /** An active segment's encoding (flags 0, 2, 4 or 6). */
        byte[] encodeActive(int table, byte[] offset) {
            ByteSink e = new ByteSink();
            boolean implicitFuncref = refType != null && refType.nullable() && refType.heapType() == -0x10;
            if (table == 0 && (refType == null || implicitFuncref)) {
                e.u8(refType == null ? 0x00 : 0x04);
                e.bytes(offset);
            } else {
                e.u8(refType == null ? 0x02 : 0x06);
                e.u32(table);
                e.bytes(offset);
                kind(e);
            }
            e.u32(count);
            e.append(items);
            return e.toByteArray();
        }

        /** A passive (flags 1 or 5) or declarative (flags 3 or 7) segment's encoding. */
        byte[] encodeInactive(boolean declarative) {
            ByteSink e = new ByteSink();
            e.u8((refType == null ? 0x01 : 0x05) | (declarative ? 0x02 : 0x00));
            kind(e);
            e.u32(count);
            e.append(items);
            return e.toByteArray();
        }

        private void kind(ByteSink e) {
            if (refType == null) {
                e.u8(0x00); // elemkind funcref
            } else {
                refType.encode(e);
            }
        }
    }

    /**
     * Parses an element list up to the closing parenthesis: {@code func x*}, {@code reftype item*}, or bare
     * function indices (the abbreviation of active segments). An {@code inline} list (of a table's
     * {@code (elem ...)}) has no type of its own: it takes {@code tableType}.
     */
    private ElementList elementItems(TypeParser.RefType tableType, boolean inline) {
        ElementList list = new ElementList();
        boolean funcIndices;
        if (inline) {
            // Inline segments take the table's element type; items are indices or expressions.
            funcIndices = !c.isLParen();
            if (funcIndices && !(tableType.nullable() && tableType.heapType() == -0x10)) {
                // Indices into a table of another type: encode them as ref.func expressions of that type.
                list.refType = tableType;
                while (c.isIndex()) {
                    int f = ctx.funcs.resolve(t, c.pos++);
                    list.items.u8(0xD2);
                    list.items.u32(f);
                    list.items.u8(0x0B);
                    list.count++;
                }
                return list;
            }
            if (!funcIndices) list.refType = tableType;
        } else if (c.acceptAtom("func")) {
            funcIndices = true;
        } else if (types.isRefTypeStart()) {
            list.refType = types.refType();
            funcIndices = false;
        } else {
            funcIndices = true; // the legacy abbreviation of an active segment: bare indices
        }
        if (funcIndices) {
            while (c.isIndex()) {
                list.items.u32(ctx.funcs.resolve(t, c.pos++));
                list.count++;
            }
        } else {
            while (c.isLParen()) {
                CodeParser code = new CodeParser(c, ctx, types, Map.of());
                if (c.isForm("item")) {
                    c.pos += 2;
                    code.expression(list.items);
                    c.expectRParen();
                } else {
                    code.singleFolded(list.items);
                }
                list.count++;
            }
        }
        return list;
    }

    /** {@code (offset instr*)} or a single folded instruction, encoded as an expression. */
    private byte[] offsetExpression() {
        ByteSink e = new ByteSink();
        CodeParser code = new CodeParser(c, ctx, types, Map.of());
        if (c.isForm("offset")) {
            c.pos += 2;
            code.expression(e);
            c.expectRParen();
        } else {
            code.singleFolded(e);
        }
        return e.toByteArray();
    }

    private void elemField() {
        c.optionalId();
        if (c.acceptAtom("declare")) {
            ElementList list = elementItems(null, false);
            out.elems.add(list.encodeInactive(true));
            return;
        }
        int table = -1;
        if (c.isForm("table")) {
            c.pos += 2;
            table = ctx.tables.resolve(t, c.pos++);
            c.expectRParen();
        }
        if (table >= 0 || (c.isLParen() && !c.isForm("ref"))) {
            byte[] offset = offsetExpression();
            if (table < 0) {
                table = 0;
            } else if (!c.isAtom("func") && !types.isRefTypeStart() && !c.isRParen()) {
                throw c.unexpected(); // with an explicit table, the element list needs its keyword
            }
            ElementList list = elementItems(null, false);
            out.elems.add(list.encodeActive(table, offset));
            return;
        }
        ElementList list = elementItems(null, false);
        out.elems.add(list.encodeInactive(false));
    }

    private void dataField() {
        c.optionalId();
        int memory = -1;
        if (c.isForm("memory")) {
            c.pos += 2;
            memory = ctx.memories.resolve(t, c.pos++);
            c.expectRParen();
        }
        byte[] offset = null;
        if (memory >= 0 || c.isLParen()) {
            offset = offsetExpression();
            if (memory < 0) memory = 0;
        }
        ByteSink bytes = new ByteSink();
        while (c.isString()) bytes.bytes(c.string());
        ByteSink segment = new ByteSink();
        if (offset == null) {
            segment.u8(0x01);
        } else if (memory == 0) {
            segment.u8(0x00);
            segment.bytes(offset);
        } else {
            segment.u8(0x02);
            segment.u32(memory);
            segment.bytes(offset);
        }
        segment.u32(bytes.size());
        segment.append(bytes);
        out.datas.add(segment.toByteArray());
    }
}
