package dev.wasmjs.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses instruction sequences, plain and folded, and encodes them. One instance parses one function body or one
 * constant expression: it owns the local names and the label stack of that code.
 */
final class CodeParser {
    private final Cursor c;
    private final ModuleContext ctx;
    private final TypeParser types;
    private final Map<String, Integer> localNames;
    /** Label names of the enclosing blocks, innermost last; null for unnamed blocks. */
    private final List<String> labels = new ArrayList<>();

    CodeParser(Cursor c, ModuleContext ctx, TypeParser types, Map<String, Integer> localNames) {
        this.c = c;
        this.ctx = ctx;
        this.types = types;
        this.localNames = localNames;
    }

    /** Instructions up to the closing parenthesis of the enclosing form, then {@code end}. */
    void expression(ByteSink out) {
        instructions(out);
        if (!c.isRParen()) throw c.unexpected();
        out.u8(0x0B);
    }

    /** Exactly one folded instruction, then {@code end} (the abbreviated forms of offsets and element items). */
    void singleFolded(ByteSink out) {
        if (!c.isLParen()) throw c.unexpected();
        folded(out);
        out.u8(0x0B);
    }

    /** Parses instructions until a closing parenthesis or a keyword that ends a block ({@code end}, ...). */
    void instructions(ByteSink out) {
        while (true) {
            switch (c.kind()) {
                case LPAREN -> folded(out);
                case ATOM -> {
                    if (isBlockDelimiter()) return;
                    plain(out);
                }
                case RPAREN, EOF -> {
                    return;
                }
                default -> throw c.unexpected();
            }
        }
    }

    private boolean isBlockDelimiter() {
        return switch (c.text()) {
            case "end", "else", "catch", "catch_all", "delegate" -> true;
            default -> false;
        };
    }

    private InstructionTable.Entry operator() {
        if (!c.isAtom()) {
            throw c.kind() == TokenKind.RESERVED || c.kind() == TokenKind.ID || c.isLParen()
                    ? c.error("unknown operator") : c.unexpected();
        }
        InstructionTable.Entry entry = InstructionTable.lookup(c.text());
        if (entry == null) throw c.error("unknown operator");
        c.pos++;
        return entry;
    }

    // ---- plain instructions ----

    private void plain(ByteSink out) {
        InstructionTable.Entry e = operator();
        switch (e.immediate()) {
            case BLOCK, LOOP -> {
                String label = c.optionalId();
                e.emitOpcode(out);
                types.blockType(out);
                labels.add(label);
                instructions(out);
                endOfBlock(label);
                labels.removeLast();
                out.u8(0x0B);
            }
            case IF -> {
                String label = c.optionalId();
                e.emitOpcode(out);
                types.blockType(out);
                labels.add(label);
                instructions(out);
                if (c.acceptAtom("else")) {
                    checkLabel(label);
                    elseBranch(out);
                }
                endOfBlock(label);
                labels.removeLast();
                out.u8(0x0B);
            }
            case TRY_TABLE -> {
                String label = c.optionalId();
                e.emitOpcode(out);
                types.blockType(out);
                catchClauses(out);
                labels.add(label);
                instructions(out);
                endOfBlock(label);
                labels.removeLast();
                out.u8(0x0B);
            }
            case TRY -> plainLegacyTry(e, out);
            default -> immediates(e, out);
        }
    }

    /** Expects {@code end} with an optional label that must repeat the block's. */
    private void endOfBlock(String label) {
        c.expectAtom("end");
        checkLabel(label);
    }

    /** An identifier after {@code end} or {@code else} must name the block being closed. */
    private void checkLabel(String label) {
        if (c.isId()) {
            String name = c.tokens.idName(c.pos);
            if (!name.equals(label)) throw c.error("mismatching label");
            c.pos++;
        }
    }

    /** The else instructions; an empty else is left out, as the reference encoder does. */
    private void elseBranch(ByteSink out) {
        ByteSink body = new ByteSink();
        instructions(body);
        if (body.size() > 0) {
            out.u8(0x05);
            out.append(body);
        }
    }

    private void plainLegacyTry(InstructionTable.Entry e, ByteSink out) {
        String label = c.optionalId();
        e.emitOpcode(out);
        types.blockType(out);
        labels.add(label);
        instructions(out);
        int handlers = 0;
        boolean catchAll = false;
        while (!catchAll && (c.isAtom("catch") || c.isAtom("catch_all"))) {
            handlers++;
            if (c.acceptAtom("catch")) {
                out.u8(0x07);
                out.u32(ctx.tags.resolve(c.tokens, c.pos++));
            } else {
                c.pos++;
                catchAll = true;
                out.u8(0x19);
            }
            instructions(out);
        }
        if (handlers == 0 && c.acceptAtom("delegate")) {
            labels.removeLast(); // the delegate target is counted from outside the try
            out.u8(0x18);
            out.u32(label());
            return;
        }
        endOfBlock(label);
        labels.removeLast();
        out.u8(0x0B);
    }

    /** try_table handlers; their labels are resolved outside the try_table block. */
    private void catchClauses(ByteSink out) {
        ByteSink clauses = new ByteSink();
        int count = 0;
        while (true) {
            String kw = c.formKeyword();
            if (kw == null) break;
            int kind;
            switch (kw) {
                case "catch" -> kind = 0;
                case "catch_ref" -> kind = 1;
                case "catch_all" -> kind = 2;
                case "catch_all_ref" -> kind = 3;
                default -> kind = -1;
            }
            if (kind < 0) break;
            c.pos += 2;
            clauses.u8(kind);
            if (kind < 2) clauses.u32(ctx.tags.resolve(c.tokens, c.pos++));
            clauses.u32(label());
            c.expectRParen();
            count++;
        }
        out.u32(count);
        out.append(clauses);
    }

    // ---- folded instructions ----

    private void folded(ByteSink out) {
        c.pos++; // (
        InstructionTable.Entry e = operator();
        switch (e.immediate()) {
            case BLOCK, LOOP -> {
                String label = c.optionalId();
                e.emitOpcode(out);
                types.blockType(out);
                labels.add(label);
                instructions(out);
                labels.removeLast();
                out.u8(0x0B);
            }
            case IF -> foldedIf(e, out);
            case TRY_TABLE -> {
                String label = c.optionalId();
                e.emitOpcode(out);
                types.blockType(out);
                catchClauses(out);
                labels.add(label);
                instructions(out);
                labels.removeLast();
                out.u8(0x0B);
            }
            case TRY -> foldedLegacyTry(e, out);
            default -> {
                // The operands are written after the immediates but evaluated (so encoded) before the operator.
                ByteSink operator = new ByteSink(16);
                immediates(e, operator);
                instructions(out);
                out.append(operator);
            }
        }
        c.expectRParen();
    }

    private void foldedIf(InstructionTable.Entry e, ByteSink out) {
        String label = c.optionalId();
        ByteSink blockType = new ByteSink(8);
        types.blockType(blockType);
        while (c.isLParen() && !c.isForm("then")) {
            folded(out); // the condition, outside the label's scope
        }
        e.emitOpcode(out);
        out.append(blockType);
        labels.add(label);
        c.enterForm("then");
        instructions(out);
        c.expectRParen();
        if (c.isForm("else")) {
            c.pos += 2;
            elseBranch(out);
            c.expectRParen();
        }
        labels.removeLast();
        out.u8(0x0B);
    }

    private void foldedLegacyTry(InstructionTable.Entry e, ByteSink out) {
        String label = c.optionalId();
        e.emitOpcode(out);
        types.blockType(out);
        labels.add(label);
        c.enterForm("do");
        instructions(out);
        c.expectRParen();
        int handlers = 0;
        boolean catchAll = false;
        while (!catchAll && (c.isForm("catch") || c.isForm("catch_all"))) {
            handlers++;
            if (c.isForm("catch")) {
                c.pos += 2;
                out.u8(0x07);
                out.u32(ctx.tags.resolve(c.tokens, c.pos++));
            } else {
                c.pos += 2;
                catchAll = true;
                out.u8(0x19);
            }
            instructions(out);
            c.expectRParen();
        }
        labels.removeLast();
        if (handlers == 0 && c.isForm("delegate")) {
            c.pos += 2;
            out.u8(0x18);
            out.u32(label());
            c.expectRParen();
            return;
        }
        out.u8(0x0B);
    }

    // ---- immediates ----

    private int label() {
        if (c.isId()) {
            String name = c.tokens.idName(c.pos);
            for (int i = labels.size() - 1; i >= 0; i--) {
                if (name.equals(labels.get(i))) {
                    c.pos++;
                    return labels.size() - 1 - i;
                }
            }
            throw c.error("unknown label $" + name);
        }
        return c.u32();
    }

    private int local() {
        if (c.isId()) {
            String name = c.tokens.idName(c.pos);
            Integer index = localNames.get(name);
            if (index == null) throw c.error("unknown local $" + name);
            c.pos++;
            return index;
        }
        return c.u32();
    }

    private int index(IndexSpace space) {
        return space.resolve(c.tokens, c.pos++);
    }

    private int optionalIndex(IndexSpace space) {
        return c.isIndex() ? index(space) : 0;
    }

    private void immediates(InstructionTable.Entry e, ByteSink out) {
        switch (e.immediate()) {
            case NONE -> e.emitOpcode(out);
            case LABEL -> {
                int label = label();
                e.emitOpcode(out);
                out.u32(label);
            }
            case BR_TABLE -> {
                List<Integer> targets = new ArrayList<>();
                while (c.isIndex()) targets.add(label());
                if (targets.isEmpty()) throw c.unexpected();
                e.emitOpcode(out);
                out.u32(targets.size() - 1);
                for (int t : targets) out.u32(t);
            }
            case FUNC -> {
                int f = index(ctx.funcs);
                e.emitOpcode(out);
                out.u32(f);
            }
            case CALL_INDIRECT -> {
                int table = optionalIndex(ctx.tables);
                int type = types.typeUse(false).typeIndex();
                e.emitOpcode(out);
                out.u32(type);
                out.u32(table);
            }
            case TYPE -> {
                int type = index(ctx.types);
                e.emitOpcode(out);
                out.u32(type);
            }
            case TYPE_FIELD -> {
                int type = index(ctx.types);
                int field = field(type);
                e.emitOpcode(out);
                out.u32(type);
                out.u32(field);
            }
            case TYPE_TYPE -> {
                int t1 = index(ctx.types);
                int t2 = index(ctx.types);
                e.emitOpcode(out);
                out.u32(t1);
                out.u32(t2);
            }
            case TYPE_COUNT -> {
                int type = index(ctx.types);
                int n = c.u32();
                e.emitOpcode(out);
                out.u32(type);
                out.u32(n);
            }
            case TYPE_DATA -> {
                int type = index(ctx.types);
                int data = index(ctx.datas);
                ctx.usesDataCount = true;
                e.emitOpcode(out);
                out.u32(type);
                out.u32(data);
            }
            case TYPE_ELEM -> {
                int type = index(ctx.types);
                int elem = index(ctx.elems);
                e.emitOpcode(out);
                out.u32(type);
                out.u32(elem);
            }
            case LOCAL -> {
                int local = local();
                e.emitOpcode(out);
                out.u32(local);
            }
            case GLOBAL -> simpleIndex(e, out, ctx.globals);
            case TAG -> simpleIndex(e, out, ctx.tags);
            case ELEM -> simpleIndex(e, out, ctx.elems);
            case DATA -> {
                ctx.usesDataCount = true;
                simpleIndex(e, out, ctx.datas);
            }
            case TABLE -> {
                int table = optionalIndex(ctx.tables);
                e.emitOpcode(out);
                out.u32(table);
            }
            case MEMORY -> {
                int memory = optionalIndex(ctx.memories);
                e.emitOpcode(out);
                out.u32(memory);
            }
            case TABLE_TABLE -> pairOfIndices(e, out, ctx.tables);
            case MEMORY_MEMORY -> pairOfIndices(e, out, ctx.memories);
            case TABLE_ELEM -> segmentInit(e, out, ctx.tables, ctx.elems);
            case MEMORY_DATA -> {
                ctx.usesDataCount = true;
                segmentInit(e, out, ctx.memories, ctx.datas);
            }
            case MEMARG -> memarg(e, out, false);
            case MEMARG_LANE -> memarg(e, out, true);
            case I32 -> {
                long v = Syntax.integer(c.tokens, c.pos++, 32);
                e.emitOpcode(out);
                out.s32((int) v);
            }
            case I64 -> {
                long v = Syntax.integer(c.tokens, c.pos++, 64);
                e.emitOpcode(out);
                out.s64(v);
            }
            case F32 -> {
                int bits = Syntax.f32(c.tokens, c.pos++);
                e.emitOpcode(out);
                out.f32(bits);
            }
            case F64 -> {
                long bits = Syntax.f64(c.tokens, c.pos++);
                e.emitOpcode(out);
                out.f64(bits);
            }
            case V128 -> {
                byte[] bytes = V128Literal.parse(c);
                e.emitOpcode(out);
                out.bytes(bytes);
            }
            case LANE -> {
                int lane = laneIndex();
                e.emitOpcode(out);
                out.u8(lane);
            }
            case SHUFFLE -> {
                byte[] lanes = new byte[16];
                for (int i = 0; i < 16; i++) {
                    lanes[i] = (byte) shuffleLane();
                }
                // A 17th number is a miscounted lane list, not the next instruction.
                if (c.isAtom() && looksNumeric(c.text())) throw c.error("invalid lane length");
                e.emitOpcode(out);
                out.bytes(lanes);
            }
            case SELECT -> {
                ByteSink results = new ByteSink(8);
                int n = 0;
                boolean typed = false;
                while (c.isForm("result")) {
                    typed = true;
                    c.pos += 2;
                    n += types.valTypes(results);
                    c.expectRParen();
                }
                if (typed) {
                    out.u8(0x1C);
                    out.u32(n);
                    out.append(results);
                } else {
                    e.emitOpcode(out);
                }
            }
            case HEAP_TYPE -> {
                long heap = types.heapType();
                e.emitOpcode(out);
                out.s64(heap);
            }
            case REF_TYPE -> {
                TypeParser.RefType target = types.refType();
                e.emitOpcode(out, target.nullable() ? 1 : 0);
                out.s64(target.heapType());
            }
            case BR_ON_CAST -> {
                int label = label();
                TypeParser.RefType from = types.refType();
                TypeParser.RefType to = types.refType();
                e.emitOpcode(out);
                out.u8((from.nullable() ? 1 : 0) | (to.nullable() ? 2 : 0));
                out.u32(label);
                out.s64(from.heapType());
                out.s64(to.heapType());
            }
            default -> throw new IllegalStateException(e.name());
        }
    }

    private void simpleIndex(InstructionTable.Entry e, ByteSink out, IndexSpace space) {
        int index = index(space);
        e.emitOpcode(out);
        out.u32(index);
    }

    /** table.copy / memory.copy: both indices or neither (then both are 0). */
    private void pairOfIndices(InstructionTable.Entry e, ByteSink out, IndexSpace space) {
        int dst = 0;
        int src = 0;
        if (c.isIndex()) {
            dst = index(space);
            src = index(space);
        }
        e.emitOpcode(out);
        out.u32(dst);
        out.u32(src);
    }

    /** table.init / memory.init: {@code target? segment}, encoded segment first. */
    private void segmentInit(InstructionTable.Entry e, ByteSink out, IndexSpace targets, IndexSpace segments) {
        int target = 0;
        if (c.isIndex() && IndexSpace.isIndex(c.tokens, c.pos + 1)) {
            target = index(targets);
        }
        int segment = index(segments);
        e.emitOpcode(out);
        out.u32(segment);
        out.u32(target);
    }

    private int field(int type) {
        if (c.isId()) {
            String name = c.tokens.idName(c.pos);
            TypeDef def = ctx.typeDef(type);
            Integer index = def == null ? null : def.fieldNames().get(name);
            if (index == null) throw c.error("unknown field $" + name);
            c.pos++;
            return index;
        }
        return c.u32();
    }

    /** A lane index: a natural number that fits a byte (the reference interpreter's messages). */
    private int laneIndex() {
        if (!c.isAtom() || !NumberLiterals.isNat(c.text())) throw c.error("unexpected token");
        long lane;
        try {
            lane = NumberLiterals.unsigned(c.text(), 64);
        } catch (NumberFormatException ex) {
            throw c.error("unexpected token");
        } catch (ArithmeticException ex) {
            lane = -1;
        }
        if (lane < 0 || lane > 255) throw c.error("i8 constant out of range");
        c.pos++;
        return (int) lane;
    }

    /** One of the 16 lane bytes of i8x16.shuffle: a natural number below 256. */
    private int shuffleLane() {
        if (!c.isAtom()) throw c.error("invalid lane length");
        long lane = -1;
        if (NumberLiterals.isNat(c.text())) {
            try {
                lane = NumberLiterals.unsigned(c.text(), 64);
            } catch (NumberFormatException | ArithmeticException ex) {
                lane = -1;
            }
        }
        if (lane < 0 || lane > 255) throw c.error("i8 constant out of range");
        c.pos++;
        return (int) lane;
    }

    private static boolean looksNumeric(String atom) {
        char first = atom.charAt(0);
        return first >= '0' && first <= '9' || first == '+' || first == '-' || atom.startsWith("inf")
                || atom.startsWith("nan");
    }

    private void memarg(InstructionTable.Entry e, ByteSink out, boolean withLane) {
        int memory = 0;
        if (c.isId()) {
            memory = index(ctx.memories);
        } else if (c.isAtom() && NumberLiterals.isNat(c.text())) {
            // With a lane, a lone number is the lane; a number followed by more immediates is a memory.
            boolean more = IndexSpace.isIndex(c.tokens, c.pos + 1)
                    || c.tokens.atomStartsWith(c.pos + 1, "offset=") || c.tokens.atomStartsWith(c.pos + 1, "align=");
            if (!withLane || more) memory = index(ctx.memories);
        }
        long offset = 0;
        if (c.tokens.atomStartsWith(c.pos, "offset=")) {
            offset = keywordValue("offset=", 64);
        }
        int align = e.naturalAlignment();
        if (c.tokens.atomStartsWith(c.pos, "align=")) {
            int at = c.pos;
            long value = keywordValue("align=", 64);
            if (value == 0 || (value & (value - 1)) != 0) {
                throw c.tokens.error(at, "alignment must be a power of two");
            }
            align = Long.numberOfTrailingZeros(value);
        }
        int lane = withLane ? laneIndex() : 0;
        e.emitOpcode(out);
        if (memory == 0) {
            out.u32(align);
        } else {
            out.u32(align | 0x40); // bit 6: a memory index follows
            out.u32(memory);
        }
        out.u64(offset);
        if (withLane) out.u8(lane);
    }

    private long keywordValue(String keyword, int bits) {
        String text = c.text();
        try {
            long v = NumberLiterals.unsigned(text.substring(keyword.length()), bits);
            c.pos++;
            return v;
        } catch (ArithmeticException ex) {
            throw c.error("constant out of range");
        } catch (NumberFormatException ex) {
            throw c.error("unknown operator");
        }
    }
}
