package dev.wasmjs.engine.text;

import java.util.ArrayList;
import java.util.List;

/** The encoded entries of each section of a module under construction, and their assembly into a binary. */
final class ModuleSections {
    final List<byte[]> imports = new ArrayList<>();
    final List<Integer> functionTypes = new ArrayList<>();
    final List<byte[]> tables = new ArrayList<>();
    final List<byte[]> memories = new ArrayList<>();
    final List<byte[]> tags = new ArrayList<>();
    final List<byte[]> globals = new ArrayList<>();
    final List<byte[]> exports = new ArrayList<>();
    Integer start;
    final List<byte[]> elems = new ArrayList<>();
    final List<byte[]> codes = new ArrayList<>();
    final List<byte[]> datas = new ArrayList<>();

    void addExport(byte[] name, int kind, int index) {
        ByteSink e = new ByteSink(name.length + 8);
        e.name(name);
        e.u8(kind);
        e.u32(index);
        exports.add(e.toByteArray());
    }

    /** The module in the binary format, sections in the order the format prescribes. */
    byte[] encode(ModuleContext ctx) {
        ByteSink out = new ByteSink(1024);
        out.bytes(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        typeSection(ctx, out);
        section(out, 2, imports);
        if (!functionTypes.isEmpty()) {
            ByteSink s = new ByteSink();
            s.u32(functionTypes.size());
            for (int type : functionTypes) s.u32(type);
            out.section(3, s);
        }
        section(out, 4, tables);
        section(out, 5, memories);
        section(out, 13, tags);
        section(out, 6, globals);
        section(out, 7, exports);
        if (start != null) {
            ByteSink s = new ByteSink(8);
            s.u32(start);
            out.section(8, s);
        }
        section(out, 9, elems);
        if (ctx.usesDataCount) {
            ByteSink s = new ByteSink(8);
            s.u32(datas.size());
            out.section(12, s);
        }
        if (!codes.isEmpty()) {
            ByteSink s = new ByteSink();
            s.u32(codes.size());
            for (byte[] code : codes) {
                s.u32(code.length);
                s.bytes(code);
            }
            out.section(10, s);
        }
        section(out, 11, datas);
        return out.toByteArray();
    }

    private static void section(ByteSink out, int id, List<byte[]> entries) {
        if (entries.isEmpty()) return;
        ByteSink s = new ByteSink();
        s.u32(entries.size());
        for (byte[] entry : entries) s.bytes(entry);
        out.section(id, s);
    }

    private static void typeSection(ModuleContext ctx, ByteSink out) {
        int groups = ctx.recGroups.size() + ctx.implicitTypes.size();
        if (groups == 0) return;
        ByteSink s = new ByteSink();
        s.u32(groups);
        for (int[] group : ctx.recGroups) {
            int first = group[0];
            int size = group[1];
            boolean explicitRec = group[2] != 0;
            if (explicitRec && size != 1) {
                s.u8(0x4E);
                s.u32(size);
            }
            for (int i = first; i < first + size; i++) ctx.typeDefs.get(i).encodeSubtype(s);
        }
        for (TypeDef implicit : ctx.implicitTypes) implicit.encodeSubtype(s);
        out.section(1, s);
    }
}
