package dev.wasmjs.engine.binary;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.syntax.ConstExpr;
import dev.wasmjs.engine.syntax.CustomSection;
import dev.wasmjs.engine.syntax.DataSegment;
import dev.wasmjs.engine.syntax.ElementSegment;
import dev.wasmjs.engine.syntax.Export;
import dev.wasmjs.engine.syntax.FunctionBody;
import dev.wasmjs.engine.syntax.GlobalDef;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.syntax.SegmentMode;
import dev.wasmjs.engine.syntax.TableDef;
import dev.wasmjs.engine.types.ArrayType;
import dev.wasmjs.engine.types.CompositeType;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.ExternKind;
import dev.wasmjs.engine.types.ExternType;
import dev.wasmjs.engine.types.FieldType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.Limits;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.StorageType;
import dev.wasmjs.engine.types.StructType;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.TagType;
import dev.wasmjs.engine.types.TypeRegistry;
import dev.wasmjs.engine.types.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes the binary format into a {@link Module}. It checks everything that makes bytes a module (structure,
 * section order and sizes, LEB128 forms, UTF-8 names, counts that must agree) and leaves typing to the validator;
 * code bodies and constant expressions are kept as byte ranges.
 */
public final class ModuleDecoder {
    /** More locals than this in one function are rejected, as V8 does (the spec only bounds them by 2^32). */
    public static final long MAX_LOCALS = 50_000;

    private static final int MAGIC = 0x6D736100;
    private static final int VERSION = 1;

    private final byte[] bytes;
    private final ByteReader in;
    private final List<DefType> types = new ArrayList<>();
    private final TypeDecoder typeDecoder = new TypeDecoder(types::get);
    private final List<Import> imports = new ArrayList<>();
    private final List<DefType> functionTypes = new ArrayList<>();
    private int importedFunctions;
    private final List<TableType> tableTypes = new ArrayList<>();
    private final List<TableDef> tables = new ArrayList<>();
    private final List<MemoryType> memoryTypes = new ArrayList<>();
    private final List<GlobalType> globalTypes = new ArrayList<>();
    private final List<GlobalDef> globals = new ArrayList<>();
    private final List<TagType> tagTypes = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private int startFunction = -1;
    private final List<ElementSegment> elements = new ArrayList<>();
    private final List<DataSegment> datas = new ArrayList<>();
    private int dataCount = -1;
    private final List<FunctionBody> bodies = new ArrayList<>();
    private final List<CustomSection> customs = new ArrayList<>();
    private final Map<Integer, String> functionNames = new HashMap<>();
    private int definedFunctionCount = -1;

    private ModuleDecoder(byte[] bytes) {
        this.bytes = bytes;
        this.in = new ByteReader(bytes, 0, bytes.length);
    }

    /** Decodes a module. The array becomes the module's own: the caller must not change it afterwards. */
    public static Module decode(byte[] bytes) {
        return new ModuleDecoder(bytes).decodeModule();
    }

    private Module decodeModule() {
        if (bytes.length < 4 || in.fixed32() != MAGIC) {
            throw in.error("magic header not detected", 0);
        }
        if (bytes.length < 8 || in.fixed32() != VERSION) {
            throw in.error("unknown binary version", 4);
        }
        int lastOrder = 0;
        while (!in.atEnd()) {
            int idAt = in.pos();
            int id = in.u8();
            int size = in.u32();
            int start = in.pos();
            if (size < 0 || size > bytes.length - start) {
                throw in.error("length out of bounds", start);
            }
            int end = start + size;
            if (id != 0) {
                int order = sectionOrder(id);
                if (order < 0) {
                    throw in.error("malformed section id", idAt);
                }
                if (order <= lastOrder) {
                    throw in.error("unexpected content after last section", idAt);
                }
                lastOrder = order;
            }
            in.setLimit(end);
            decodeSection(id);
            if (in.pos() != end) {
                throw in.error("section size mismatch");
            }
            in.setLimit(bytes.length);
        }
        if (definedFunctionCount < 0) {
            definedFunctionCount = 0;
        }
        if (definedFunctionCount != bodies.size()) {
            throw in.error("function and code section have inconsistent lengths", bytes.length);
        }
        if (dataCount >= 0 && dataCount != datas.size()) {
            throw in.error("data count and data section have inconsistent lengths", bytes.length);
        }
        return new Module(bytes, types, imports, functionTypes, importedFunctions, tableTypes, tables, memoryTypes,
                globalTypes, globals, tagTypes, exports, startFunction, elements, datas, dataCount, bodies, customs,
                functionNames);
    }

    /** The position of a section in the required order (the tag section sits between memory and global). */
    private static int sectionOrder(int id) {
        return switch (id) {
            case 1 -> 1;   // type
            case 2 -> 2;   // import
            case 3 -> 3;   // function
            case 4 -> 4;   // table
            case 5 -> 5;   // memory
            case 13 -> 6;  // tag
            case 6 -> 7;   // global
            case 7 -> 8;   // export
            case 8 -> 9;   // start
            case 9 -> 10;  // element
            case 12 -> 11; // data count
            case 10 -> 12; // code
            case 11 -> 13; // data
            default -> -1;
        };
    }

    private void decodeSection(int id) {
        switch (id) {
            case 0 -> customSection();
            case 1 -> typeSection();
            case 2 -> importSection();
            case 3 -> functionSection();
            case 4 -> tableSection();
            case 5 -> memorySection();
            case 6 -> globalSection();
            case 7 -> exportSection();
            case 8 -> startFunction = in.u32AsInt("function index");
            case 9 -> elementSection();
            case 10 -> codeSection();
            case 11 -> dataSection();
            case 12 -> dataCount = in.u32AsInt("data count");
            case 13 -> tagSection();
            default -> throw new AssertionError(id);
        }
    }

    /** Reads a vector length, rejecting counts that cannot fit in what is left (each element takes a byte). */
    private int count() {
        int at = in.pos();
        int n = in.u32();
        if (n < 0 || n > in.remaining()) {
            throw in.error("length out of bounds", at);
        }
        return n;
    }

    private void customSection() {
        String name = in.name();
        customs.add(new CustomSection(name, in.pos(), in.limit()));
        if (name.equals("name")) {
            NameSection.read(bytes, in.pos(), in.limit(), functionNames);
        }
        in.seek(in.limit());
    }

    // ---- types -------------------------------------------------------------------------------------------

    private void typeSection() {
        int n = count();
        for (int g = 0; g < n; g++) {
            int b = in.peekU8();
            int groupSize = 1;
            if (b == 0x4E) {
                in.u8();
                groupSize = count();
            }
            int groupStart = types.size();
            List<DefType> shells = new ArrayList<>(groupSize);
            for (int k = 0; k < groupSize; k++) {
                shells.add(new DefType());
            }
            // Members may refer to each other and to earlier groups; the shells stand in until canonical.
            types.addAll(shells);
            typeDecoder.setTypeCount(types.size());
            for (int k = 0; k < groupSize; k++) {
                subType(shells.get(k), groupStart + k);
            }
            List<DefType> canonical = TypeRegistry.canonicalize(shells);
            for (int k = 0; k < groupSize; k++) {
                types.set(groupStart + k, canonical.get(k));
            }
        }
    }

    private void subType(DefType shell, int index) {
        int at = in.pos();
        int b = in.peekU8();
        boolean isFinal = true;
        DefType supertype = null;
        if (b == 0x50 || b == 0x4F) {
            in.u8();
            isFinal = b == 0x4F;
            int supers = count();
            if (supers > 1) {
                throw new CompileException.Invalid("multiple supertypes", at, null);
            }
            if (supers == 1) {
                int superAt = in.pos();
                int idx = in.u32();
                DefType s = typeDecoder.type(idx, superAt);
                if (Integer.compareUnsigned(idx, index) >= 0) {
                    throw new CompileException.Invalid("unknown type " + Integer.toUnsignedString(idx)
                            + " (a supertype must be defined before its subtype)", superAt, null);
                }
                supertype = s;
            }
        }
        shell.define(isFinal, supertype, compositeType());
    }

    private CompositeType compositeType() {
        int at = in.pos();
        int form = in.u8();
        return switch (form) {
            case 0x60 -> {
                List<ValType> params = valTypes();
                List<ValType> results = valTypes();
                yield new FuncType(params, results);
            }
            case 0x5F -> {
                int n = count();
                List<FieldType> fields = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    fields.add(fieldType());
                }
                yield new StructType(fields);
            }
            case 0x5E -> new ArrayType(fieldType());
            default -> throw in.error("malformed type form " + Integer.toHexString(form), at);
        };
    }

    private FieldType fieldType() {
        int b = in.peekU8();
        StorageType storage;
        if (b == 0x78) {
            in.u8();
            storage = StorageType.Packed.I8;
        } else if (b == 0x77) {
            in.u8();
            storage = StorageType.Packed.I16;
        } else {
            storage = new StorageType.Value(typeDecoder.valType(in));
        }
        boolean mutable = mutability();
        return new FieldType(storage, mutable);
    }

    private boolean mutability() {
        int at = in.pos();
        int m = in.u8();
        if (m > 1) {
            throw in.error("malformed mutability", at);
        }
        return m == 1;
    }

    private List<ValType> valTypes() {
        int n = count();
        List<ValType> ts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ts.add(typeDecoder.valType(in));
        }
        return ts;
    }

    private DefType typeIndex() {
        int at = in.pos();
        return typeDecoder.type(in.u32(), at);
    }

    // ---- imports, functions, tables, memories, globals, tags ----------------------------------------------

    private void importSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            String module = in.name();
            String name = in.name();
            int at = in.pos();
            int kind = in.u8();
            ExternType type = switch (kind) {
                case 0 -> {
                    DefType t = typeIndex();
                    functionTypes.add(t);
                    importedFunctions++;
                    yield new ExternType.Func(t);
                }
                case 1 -> {
                    TableType t = tableType();
                    tableTypes.add(t);
                    yield t;
                }
                case 2 -> {
                    MemoryType t = memoryType();
                    memoryTypes.add(t);
                    yield t;
                }
                case 3 -> {
                    GlobalType t = globalType();
                    globalTypes.add(t);
                    yield t;
                }
                case 4 -> {
                    TagType t = tagType();
                    tagTypes.add(t);
                    yield t;
                }
                default -> throw in.error("malformed import kind", at);
            };
            imports.add(new Import(module, name, type));
        }
    }

    private void functionSection() {
        int n = count();
        definedFunctionCount = n;
        for (int i = 0; i < n; i++) {
            functionTypes.add(typeIndex());
        }
    }

    private void tableSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            ConstExpr init = null;
            TableType t;
            if (in.peekU8() == 0x40) {
                // 0x40 0x00 prefix: a table type followed by an explicit initialiser expression.
                in.u8();
                int at = in.pos();
                if (in.u8() != 0) {
                    throw in.error("malformed table", at);
                }
                t = tableType();
                init = constExpr();
            } else {
                t = tableType();
            }
            tableTypes.add(t);
            tables.add(new TableDef(t, init));
        }
    }

    private void memorySection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            memoryTypes.add(memoryType());
        }
    }

    private void globalSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            GlobalType t = globalType();
            globalTypes.add(t);
            globals.add(new GlobalDef(t, constExpr()));
        }
    }

    private void tagSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            tagTypes.add(tagType());
        }
    }

    private TableType tableType() {
        ValType elem = typeDecoder.refType(in);
        int at = in.pos();
        int flags = in.u8();
        if ((flags & ~0x05) != 0) {
            throw in.error("malformed limits flags", at);
        }
        boolean address64 = (flags & 4) != 0;
        return new TableType(elem, limits(flags), address64);
    }

    private MemoryType memoryType() {
        int at = in.pos();
        int flags = in.u8();
        if ((flags & ~0x07) != 0) {
            throw in.error("malformed limits flags", at);
        }
        boolean address64 = (flags & 4) != 0;
        boolean shared = (flags & 2) != 0;
        return new MemoryType(limits(flags), address64, shared);
    }

    /** Limits are u64 in the binary format whatever the address type; validation checks their range. */
    private Limits limits(int flags) {
        long min = in.u64();
        return (flags & 1) != 0 ? new Limits(min, in.u64()) : Limits.atLeast(min);
    }

    private GlobalType globalType() {
        ValType t = typeDecoder.valType(in);
        return new GlobalType(t, mutability());
    }

    private TagType tagType() {
        int at = in.pos();
        if (in.u8() != 0) {
            throw in.error("malformed tag attribute", at);
        }
        return new TagType(typeIndex());
    }

    // ---- exports, elements, code, data --------------------------------------------------------------------

    private void exportSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            String name = in.name();
            int at = in.pos();
            ExternKind kind = ExternKind.fromCode(in.u8());
            if (kind == null) {
                throw in.error("malformed export kind", at);
            }
            exports.add(new Export(name, kind, in.u32AsInt("index")));
        }
    }

    private void elementSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            int at = in.pos();
            int flags = in.u32();
            if (flags < 0 || flags > 7) {
                throw in.error("malformed elements segment kind", at);
            }
            // Bit 0: passive/declarative (else active); bit 1: explicit table index (active) or declarative;
            // bit 2: items are expressions (else function indices).
            boolean notActive = (flags & 1) != 0;
            boolean explicit = (flags & 2) != 0;
            boolean expressions = (flags & 4) != 0;
            SegmentMode mode = !notActive ? SegmentMode.ACTIVE : explicit ? SegmentMode.DECLARATIVE : SegmentMode.PASSIVE;
            int table = -1;
            ConstExpr offset = null;
            if (mode == SegmentMode.ACTIVE) {
                table = explicit ? in.u32AsInt("table index") : 0;
                offset = constExpr();
            }
            // Function-index items are never null, so their segments have type (ref func); expression items
            // without an explicit type are funcref.
            ValType type = expressions ? ValType.FUNCREF : ValType.ref(false, HeapType.Abstract.FUNC);
            if (notActive || explicit) {
                if (expressions) {
                    type = typeDecoder.refType(in);
                } else {
                    int kindAt = in.pos();
                    if (in.u8() != 0) {
                        throw in.error("malformed element kind", kindAt);
                    }
                }
            }
            int count = count();
            List<ConstExpr> items = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                items.add(expressions ? constExpr() : new ConstExpr.FuncRef(in.u32AsInt("function index")));
            }
            elements.add(new ElementSegment(mode, type, items, table, offset));
        }
    }

    private void codeSection() {
        int n = count();
        if (definedFunctionCount < 0) {
            definedFunctionCount = 0;
        }
        if (n != definedFunctionCount) {
            throw in.error("function and code section have inconsistent lengths");
        }
        for (int i = 0; i < n; i++) {
            int size = in.u32();
            int start = in.pos();
            if (size < 0 || size > in.remaining()) {
                throw in.error("length out of bounds", start);
            }
            int end = start + size;
            int sectionLimit = in.pushLimit(end);
            List<ValType> locals = locals();
            if (in.atEnd()) {
                throw in.error("unexpected end of section or function");
            }
            bodies.add(new FunctionBody(locals, in.pos(), end));
            in.seek(end);
            in.setLimit(sectionLimit);
        }
    }

    private List<ValType> locals() {
        int groups = count();
        long total = 0;
        List<ValType> locals = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int at = in.pos();
            long n = in.u32() & 0xFFFFFFFFL;
            total += n;
            if (total > MAX_LOCALS) {
                throw in.error("too many locals", at);
            }
            ValType t = typeDecoder.valType(in);
            for (long k = 0; k < n; k++) {
                locals.add(t);
            }
        }
        return locals;
    }

    private void dataSection() {
        int n = count();
        for (int i = 0; i < n; i++) {
            int at = in.pos();
            int flags = in.u32();
            SegmentMode mode;
            int memory = -1;
            ConstExpr offset = null;
            switch (flags) {
                case 0 -> {
                    mode = SegmentMode.ACTIVE;
                    memory = 0;
                    offset = constExpr();
                }
                case 1 -> mode = SegmentMode.PASSIVE;
                case 2 -> {
                    mode = SegmentMode.ACTIVE;
                    memory = in.u32AsInt("memory index");
                    offset = constExpr();
                }
                default -> throw in.error("malformed data segment kind", at);
            }
            int len = in.u32();
            int start = in.pos();
            if (len < 0 || len > in.remaining()) {
                throw in.error("unexpected end of section or function", start);
            }
            in.skip(len);
            datas.add(new DataSegment(mode, memory, offset, start, start + len));
        }
    }

    /**
     * Finds the extent of a constant expression: instructions up to the matching {@code end}. Which
     * instructions are allowed is the validator's business; here they only have to decode.
     */
    private ConstExpr constExpr() {
        int start = in.pos();
        InstructionReader reader = new InstructionReader(in, typeDecoder);
        int depth = 0;
        while (true) {
            Opcode op = reader.next().opcode;
            switch (op) {
                case BLOCK, LOOP, IF, TRY, TRY_TABLE -> depth++;
                case END -> {
                    if (depth == 0) {
                        return new ConstExpr.Code(start, in.pos());
                    }
                    depth--;
                }
                default -> { }
            }
        }
    }
}
