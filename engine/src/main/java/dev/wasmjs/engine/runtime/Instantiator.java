package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.LinkException;
import dev.wasmjs.engine.binary.ByteReader;
import dev.wasmjs.engine.syntax.ConstExpr;
import dev.wasmjs.engine.syntax.DataSegment;
import dev.wasmjs.engine.syntax.ElementSegment;
import dev.wasmjs.engine.syntax.Export;
import dev.wasmjs.engine.syntax.GlobalDef;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.syntax.SegmentMode;
import dev.wasmjs.engine.syntax.TableDef;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.ValType;
import java.util.List;

/**
 * Instantiates a validated module: matches imports, allocates what the module defines, evaluates initialisers,
 * runs active segments and the start function, in the order the spec prescribes.
 */
public final class Instantiator {
    private final ExecutionTier tier;

    public Instantiator(ExecutionTier tier) {
        this.tier = tier;
    }

    /**
     * @param imports one external value per import of the module, in import order: {@link WasmFunction},
     *                {@link Table}, {@link Memory}, {@link Global} or {@link Tag}
     */
    public Instance instantiate(Module module, List<?> imports) {
        List<Import> declared = module.imports();
        if (imports.size() != declared.size()) {
            throw new LinkException("module has " + declared.size() + " imports, " + imports.size() + " were provided");
        }
        for (int i = 0; i < declared.size(); i++) {
            ImportMatcher.check(declared.get(i), imports.get(i));
        }
        Instance inst = new Instance(module);
        int f = 0, t = 0, m = 0, g = 0, tg = 0;
        for (Object value : imports) {
            switch (value) {
                case WasmFunction fn -> inst.functions[f++] = fn;
                case Table table -> inst.tables[t++] = table;
                case Memory memory -> inst.memories[m++] = memory;
                case Global global -> inst.globals[g++] = global;
                case Tag tag -> inst.tags[tg++] = tag;
                default -> throw new AssertionError(value);
            }
        }
        for (int i = f; i < inst.functions.length; i++) {
            inst.functions[i] = tier.function(inst, i);
        }
        for (int i = tg; i < inst.tags.length; i++) {
            inst.tags[i] = new Tag(module.tagTypes().get(i));
        }
        ValueStack stack = ValueStack.current();
        int base = stack.top;
        stack.ensure(base + 2);
        List<GlobalDef> globals = module.globals();
        for (int i = 0; i < globals.size(); i++) {
            GlobalDef def = globals.get(i);
            Global global = new Global(def.type());
            evaluate(inst, def.init(), def.type().type(), stack, base);
            global.bits = stack.slots[base];
            global.bitsHigh = def.type().type().kind() == ValType.Kind.V128 ? stack.slots[base + 1] : 0;
            global.ref = stack.refs[base];
            stack.refs[base] = null;
            inst.globals[g + i] = global;
        }
        List<TableDef> tables = module.tables();
        for (int i = 0; i < tables.size(); i++) {
            TableDef def = tables.get(i);
            Object init = null;
            if (def.init() != null) {
                evaluate(inst, def.init(), def.type().elementType(), stack, base);
                init = stack.refs[base];
                stack.refs[base] = null;
            }
            inst.tables[t + i] = new Table(def.type(), init);
        }
        List<MemoryType> memories = module.memoryTypes();
        for (int i = m; i < memories.size(); i++) {
            inst.memories[i] = new Memory(memories.get(i));
        }
        List<ElementSegment> elements = module.elements();
        for (int i = 0; i < elements.size(); i++) {
            ElementSegment seg = elements.get(i);
            Object[] refs = new Object[seg.items().size()];
            for (int k = 0; k < refs.length; k++) {
                ConstExpr item = seg.items().get(k);
                if (item instanceof ConstExpr.FuncRef fr) {
                    refs[k] = inst.functions[fr.funcIndex()];
                } else {
                    evaluate(inst, item, seg.type(), stack, base);
                    refs[k] = stack.refs[base];
                    stack.refs[base] = null;
                }
            }
            inst.elements[i] = refs;
        }
        for (Export e : module.exports()) {
            inst.exports.put(e.name(), switch (e.kind()) {
                case FUNC -> inst.functions[e.index()];
                case TABLE -> inst.tables[e.index()];
                case MEMORY -> inst.memories[e.index()];
                case GLOBAL -> inst.globals[e.index()];
                case TAG -> inst.tags[e.index()];
            });
        }
        for (int i = 0; i < elements.size(); i++) {
            ElementSegment seg = elements.get(i);
            if (seg.mode() == SegmentMode.ACTIVE) {
                Table table = inst.tables[seg.tableIndex()];
                long offset = evaluateAddress(inst, seg.offset(), table.type().addressType(), stack, base);
                table.init(offset, inst.elements[i], 0, inst.elements[i].length);
                inst.dropElements(i);
            } else if (seg.mode() == SegmentMode.DECLARATIVE) {
                inst.dropElements(i);
            }
        }
        List<DataSegment> datas = module.datas();
        for (int i = 0; i < datas.size(); i++) {
            DataSegment seg = datas.get(i);
            if (seg.mode() == SegmentMode.ACTIVE) {
                Memory memory = inst.memories[seg.memoryIndex()];
                long offset = evaluateAddress(inst, seg.offset(), memory.type().addressType(), stack, base);
                memory.write(offset, module.bytes(), seg.dataStart(), seg.length(), seg.dataEnd());
                inst.dropData(i);
            }
        }
        if (module.startFunction() >= 0) {
            Invoker.invoke(inst.functions[module.startFunction()]);
        }
        return inst;
    }

    /** An offset expression's value as an unsigned address (i32 offsets are zero-extended). */
    private long evaluateAddress(Instance inst, ConstExpr e, ValType type, ValueStack stack, int base) {
        evaluate(inst, e, type, stack, base);
        long v = stack.slots[base];
        return type.kind() == ValType.Kind.I32 ? v & 0xFFFFFFFFL : v;
    }

    /** Evaluates a constant expression to slot {@code base}, folding the one-instruction forms directly. */
    private void evaluate(Instance inst, ConstExpr e, ValType type, ValueStack stack, int base) {
        if (e instanceof ConstExpr.FuncRef fr) {
            stack.refs[base] = inst.functions[fr.funcIndex()];
            return;
        }
        ConstExpr.Code code = (ConstExpr.Code) e;
        byte[] bytes = inst.module().bytes();
        ByteReader in = new ByteReader(bytes, code.start(), code.end());
        int op = in.u8();
        boolean simple = true;
        switch (op) {
            case 0x41 -> stack.slots[base] = in.s32();
            case 0x42 -> stack.slots[base] = in.s64();
            case 0x43 -> stack.slots[base] = in.fixed32() & 0xFFFFFFFFL;
            case 0x44 -> stack.slots[base] = in.fixed64();
            case 0x23 -> {
                Global global = inst.globals[in.u32()];
                stack.slots[base] = global.bits;
                stack.slots[base + 1] = global.bitsHigh;
                stack.refs[base] = global.ref;
            }
            case 0xD2 -> stack.refs[base] = inst.functions[in.u32()];
            case 0xD0 -> {
                in.s33();
                stack.refs[base] = null;
            }
            default -> simple = false;
        }
        if (!simple || in.u8() != 0x0B || !in.atEnd()) {
            tier.evaluate(inst, code, type, stack, base);
        }
    }
}
