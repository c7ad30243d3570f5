package dev.wasmjs.engine.validate;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.syntax.ConstExpr;
import dev.wasmjs.engine.syntax.DataSegment;
import dev.wasmjs.engine.syntax.ElementSegment;
import dev.wasmjs.engine.syntax.Export;
import dev.wasmjs.engine.syntax.GlobalDef;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.syntax.SegmentMode;
import dev.wasmjs.engine.syntax.TableDef;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.ExternType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.Limits;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.Subtyping;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.TagType;
import dev.wasmjs.engine.types.ValType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validates a whole decoded module: its types, imports, definitions, segments, exports and every function body. */
public final class Validator {
    /** Largest memory32 size in pages (4 GiB). */
    public static final long MAX_PAGES_32 = 65536;
    /** Largest memory64 size in pages the spec allows (2^48). */
    public static final long MAX_PAGES_64 = 1L << 48;

    private final Module module;
    private final ModuleContext ctx;

    private Validator(Module module) {
        this.module = module;
        this.ctx = new ModuleContext(module);
    }

    /** Validates {@code module}, throwing {@link CompileException.Invalid} at the first problem. */
    public static ModuleContext validate(Module module) {
        Validator v = new Validator(module);
        v.validateModule();
        return v.ctx;
    }

    private CompileException.Invalid error(String message, String where) {
        return new CompileException.Invalid(message, -1, where);
    }

    private void validateModule() {
        List<DefType> types = module.types();
        for (int i = 0; i < types.size(); i++) {
            checkSubtypeDeclaration(types.get(i), i);
        }
        for (Import imp : module.imports()) {
            String where = "import \"" + imp.module() + "\" \"" + imp.name() + "\"";
            switch (imp.type()) {
                case ExternType.Func f -> {
                    if (!f.type().isFunc()) {
                        throw error("unknown type: imported function needs a function type", where);
                    }
                }
                case TableType t -> checkTableType(t, where);
                case MemoryType m -> checkMemoryType(m, where);
                case TagType t -> checkTagType(t, where);
                default -> { }
            }
        }
        for (int i = module.importedFunctionCount(); i < module.functionTypes().size(); i++) {
            if (!module.functionTypes().get(i).isFunc()) {
                throw error("unknown type: function " + i + " needs a function type", null);
            }
        }
        int importedGlobals = module.importedGlobalCount();
        int t = module.importedTableCount();
        for (TableDef table : module.tables()) {
            String where = "table " + t++;
            checkTableType(table.type(), where);
            if (table.init() != null) {
                // The table section precedes the global section: only imported globals are visible.
                constExpr(table.init(), table.type().elementType(), importedGlobals);
            } else if (!table.type().elementType().nullable()) {
                throw error("type mismatch: a table of non-nullable references needs an initialiser", where);
            }
        }
        int m = 0;
        for (MemoryType mem : module.memoryTypes()) {
            if (m++ >= module.importedMemoryCount()) {
                checkMemoryType(mem, "memory " + (m - 1));
            }
        }
        for (int i = 0; i < module.tagTypes().size(); i++) {
            checkTagType(module.tagTypes().get(i), "tag " + i);
        }
        List<GlobalDef> globals = module.globals();
        for (int i = 0; i < globals.size(); i++) {
            GlobalDef g = globals.get(i);
            constExpr(g.init(), g.type().type(), importedGlobals + i);
        }
        Set<String> names = new HashSet<>();
        for (Export e : module.exports()) {
            if (!names.add(e.name())) {
                throw error("duplicate export name \"" + e.name() + "\"", null);
            }
            checkExportIndex(e);
        }
        if (module.startFunction() >= 0) {
            FuncType f = ctx.function(module.startFunction(), -1).funcType();
            if (!f.params().isEmpty() || !f.results().isEmpty()) {
                throw error("start function must take no parameters and return nothing", null);
            }
        }
        int allGlobals = module.globalTypes().size();
        for (int i = 0; i < module.elements().size(); i++) {
            ElementSegment seg = module.elements().get(i);
            for (ConstExpr item : seg.items()) {
                constExpr(item, seg.type(), allGlobals);
            }
            if (seg.mode() == SegmentMode.ACTIVE) {
                TableType table = ctx.table(seg.tableIndex(), -1);
                if (!Subtyping.isSubtype(seg.type(), table.elementType())) {
                    throw error("type mismatch: element segment " + i + " does not fit table " + seg.tableIndex(), null);
                }
                constExpr(seg.offset(), table.addressType(), allGlobals);
            }
        }
        for (DataSegment seg : module.datas()) {
            if (seg.mode() == SegmentMode.ACTIVE) {
                MemoryType mem = ctx.memory(seg.memoryIndex(), -1);
                constExpr(seg.offset(), mem.addressType(), allGlobals);
            }
        }
        for (int f = module.importedFunctionCount(); f < module.functionTypes().size(); f++) {
            FunctionValidator.validateFunction(ctx, f, CodeSink.NONE);
        }
    }

    private void checkSubtypeDeclaration(DefType t, int index) {
        DefType sup = t.supertype();
        if (sup == null) {
            return;
        }
        if (sup.isFinal()) {
            throw error("sub type " + index + " has a final supertype", "type " + index);
        }
        if (!Subtyping.isSubtype(t.composite(), sup.composite())) {
            throw error("sub type " + index + " does not match its supertype", "type " + index);
        }
    }

    private void checkTableType(TableType t, String where) {
        Limits l = t.limits();
        if (l.hasMax() && Long.compareUnsigned(l.min(), l.max()) > 0) {
            throw error("size minimum must not be greater than maximum", where);
        }
        if (!t.address64() && (Long.compareUnsigned(l.min(), 0xFFFFFFFFL) > 0
                || l.hasMax() && Long.compareUnsigned(l.max(), 0xFFFFFFFFL) > 0)) {
            throw error("table size must be at most 2^32-1", where);
        }
    }

    private void checkMemoryType(MemoryType m, String where) {
        Limits l = m.limits();
        if (l.hasMax() && Long.compareUnsigned(l.min(), l.max()) > 0) {
            throw error("size minimum must not be greater than maximum", where);
        }
        long max = m.address64() ? MAX_PAGES_64 : MAX_PAGES_32;
        if (Long.compareUnsigned(l.min(), max) > 0 || (l.hasMax() && Long.compareUnsigned(l.max(), max) > 0)) {
            throw error(m.address64() ? "memory size must be at most 2^48 pages"
                    : "memory size must be at most 65536 pages (4GiB)", where);
        }
        if (m.shared() && !l.hasMax()) {
            throw error("shared memory must have maximum", where);
        }
    }

    private void checkTagType(TagType t, String where) {
        if (!t.type().isFunc()) {
            throw error("tag needs a function type", where);
        }
        if (!t.funcType().results().isEmpty()) {
            throw error("non-empty tag result type", where);
        }
    }

    private void checkExportIndex(Export e) {
        int i = e.index();
        switch (e.kind()) {
            case FUNC -> ctx.function(i, -1);
            case TABLE -> ctx.table(i, -1);
            case MEMORY -> ctx.memory(i, -1);
            case GLOBAL -> ctx.global(i, -1);
            case TAG -> ctx.tag(i, -1);
        }
    }

    private void constExpr(ConstExpr e, ValType expected, int visibleGlobals) {
        switch (e) {
            case ConstExpr.FuncRef f -> {
                DefType t = ctx.function(f.funcIndex(), -1);
                if (!Subtyping.isSubtype(ValType.ref(false, t), expected)) {
                    throw error("type mismatch: function reference in a segment of type " + expected, null);
                }
            }
            case ConstExpr.Code c -> FunctionValidator.validateConstExpr(ctx, c.start(), c.end(), expected,
                    visibleGlobals, CodeSink.NONE);
        }
    }
}
