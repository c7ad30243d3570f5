package dev.wasmjs.engine.validate;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.syntax.ConstExpr;
import dev.wasmjs.engine.syntax.ElementSegment;
import dev.wasmjs.engine.syntax.Export;
import dev.wasmjs.engine.syntax.GlobalDef;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.syntax.TableDef;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.ExternKind;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.TagType;
import dev.wasmjs.engine.types.ValType;
import java.util.BitSet;
import java.util.List;

/**
 * The validation context C of the spec for one module: the types of everything in its index spaces, and the
 * set of functions that may be referenced with {@code ref.func} inside function bodies.
 */
public final class ModuleContext {
    private final Module module;
    private final BitSet declaredFunctions = new BitSet();
    /** Per defined function, the most legacy try blocks open at once (null while no function has any). */
    private int[] legacyTryNesting;

    public ModuleContext(Module module) {
        this.module = module;
        // C.refs: functions mentioned anywhere outside function bodies (exports, segments, initialisers).
        for (Export e : module.exports()) {
            if (e.kind() == ExternKind.FUNC) {
                declaredFunctions.set(e.index());
            }
        }
        for (ElementSegment seg : module.elements()) {
            for (ConstExpr item : seg.items()) {
                declareIn(item);
            }
            if (seg.offset() != null) {
                declareIn(seg.offset());
            }
        }
        for (GlobalDef g : module.globals()) {
            declareIn(g.init());
        }
        for (TableDef t : module.tables()) {
            if (t.init() != null) {
                declareIn(t.init());
            }
        }
    }

    private void declareIn(ConstExpr e) {
        switch (e) {
            case ConstExpr.FuncRef f -> declaredFunctions.set(f.funcIndex());
            case ConstExpr.Code c -> ConstExprScanner.forEachRefFunc(module, c, declaredFunctions::set);
        }
    }

    /** Records what validation of function {@code funcIndex} found (see {@link #legacyTryNesting}). */
    synchronized void recordLegacyTryNesting(int funcIndex, int nesting) {
        if (nesting > 0) {
            if (legacyTryNesting == null) {
                legacyTryNesting = new int[module.functionTypes().size()];
            }
            legacyTryNesting[funcIndex] = nesting;
        }
    }

    /**
     * The most legacy {@code try} blocks open at once in validated function {@code funcIndex}: the interpreter
     * keeps one hidden local per level for the exception a {@code catch} may {@code rethrow}.
     */
    public synchronized int legacyTryNesting(int funcIndex) {
        return legacyTryNesting == null ? 0 : legacyTryNesting[funcIndex];
    }

    public Module module() {
        return module;
    }

    public boolean isDeclaredFunctionReference(int funcIndex) {
        return declaredFunctions.get(funcIndex);
    }

    public DefType type(int index, int offset) {
        List<DefType> types = module.types();
        if (index < 0 || index >= types.size()) {
            throw new CompileException.Invalid("unknown type " + Integer.toUnsignedString(index), offset, null);
        }
        return types.get(index);
    }

    public DefType funcTypeAt(int typeIndex, int offset) {
        DefType t = type(typeIndex, offset);
        if (!t.isFunc()) {
            throw new CompileException.Invalid("type " + typeIndex + " is not a function type", offset, null);
        }
        return t;
    }

    public DefType function(int index, int offset) {
        List<DefType> fs = module.functionTypes();
        if (index < 0 || index >= fs.size()) {
            throw new CompileException.Invalid("unknown function " + Integer.toUnsignedString(index), offset, null);
        }
        return fs.get(index);
    }

    public TableType table(int index, int offset) {
        List<TableType> ts = module.tableTypes();
        if (index < 0 || index >= ts.size()) {
            throw new CompileException.Invalid("unknown table " + Integer.toUnsignedString(index), offset, null);
        }
        return ts.get(index);
    }

    public MemoryType memory(int index, int offset) {
        List<MemoryType> ms = module.memoryTypes();
        if (index < 0 || index >= ms.size()) {
            throw new CompileException.Invalid("unknown memory " + Integer.toUnsignedString(index), offset, null);
        }
        return ms.get(index);
    }

    public GlobalType global(int index, int offset) {
        List<GlobalType> gs = module.globalTypes();
        if (index < 0 || index >= gs.size()) {
            throw new CompileException.Invalid("unknown global " + Integer.toUnsignedString(index), offset, null);
        }
        return gs.get(index);
    }

    public TagType tag(int index, int offset) {
        List<TagType> ts = module.tagTypes();
        if (index < 0 || index >= ts.size()) {
            throw new CompileException.Invalid("unknown tag " + Integer.toUnsignedString(index), offset, null);
        }
        return ts.get(index);
    }

    public ValType elementType(int index, int offset) {
        List<ElementSegment> es = module.elements();
        if (index < 0 || index >= es.size()) {
            throw new CompileException.Invalid("unknown elem segment " + Integer.toUnsignedString(index), offset, null);
        }
        return es.get(index).type();
    }

    /** Checks a data segment index; {@code memory.init} and {@code data.drop} need the data count section. */
    public void data(int index, int offset) {
        if (module.dataCount() < 0) {
            throw new CompileException.Malformed("data count section required", offset);
        }
        if (index < 0 || index >= module.dataCount()) {
            throw new CompileException.Invalid("unknown data segment " + Integer.toUnsignedString(index), offset, null);
        }
    }
}
