package dev.wasmjs.engine.syntax;

import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.TagType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A decoded module: everything the binary says, with types already canonical. Code and constant expressions
 * stay as ranges of {@link #bytes()}; the validator reads them from there.
 *
 * <p>Each index space (functions, tables, memories, globals, tags) lists imports first, then definitions,
 * as the spec numbers them.
 */
public final class Module {
    private final byte[] bytes;
    private final List<DefType> types;
    private final List<Import> imports;
    private final List<DefType> functionTypes;
    private final int importedFunctions;
    private final List<TableType> tableTypes;
    private final List<TableDef> tables;
    private final List<MemoryType> memoryTypes;
    private final List<GlobalType> globalTypes;
    private final List<GlobalDef> globals;
    private final List<TagType> tagTypes;
    private final List<Export> exports;
    private final int startFunction;
    private final List<ElementSegment> elements;
    private final List<DataSegment> datas;
    private final int dataCount;
    private final List<FunctionBody> bodies;
    private final List<CustomSection> customSections;
    private final Map<Integer, String> functionNames;

    public Module(byte[] bytes, List<DefType> types, List<Import> imports, List<DefType> functionTypes,
            int importedFunctions, List<TableType> tableTypes, List<TableDef> tables, List<MemoryType> memoryTypes,
            List<GlobalType> globalTypes, List<GlobalDef> globals, List<TagType> tagTypes, List<Export> exports,
            int startFunction, List<ElementSegment> elements, List<DataSegment> datas, int dataCount,
            List<FunctionBody> bodies, List<CustomSection> customSections, Map<Integer, String> functionNames) {
        this.bytes = bytes;
        this.types = List.copyOf(types);
        this.imports = List.copyOf(imports);
        this.functionTypes = List.copyOf(functionTypes);
        this.importedFunctions = importedFunctions;
        this.tableTypes = List.copyOf(tableTypes);
        this.tables = List.copyOf(tables);
        this.memoryTypes = List.copyOf(memoryTypes);
        this.globalTypes = List.copyOf(globalTypes);
        this.globals = List.copyOf(globals);
        this.tagTypes = List.copyOf(tagTypes);
        this.exports = List.copyOf(exports);
        this.startFunction = startFunction;
        this.elements = List.copyOf(elements);
        this.datas = List.copyOf(datas);
        this.dataCount = dataCount;
        this.bodies = List.copyOf(bodies);
        this.customSections = List.copyOf(customSections);
        this.functionNames = Map.copyOf(functionNames);
    }

    /** The module's bytes (owned by the module: never modify). */
    public byte[] bytes() {
        return bytes;
    }

    /** The type section, by type index; each entry is canonical. */
    public List<DefType> types() {
        return types;
    }

    public List<Import> imports() {
        return imports;
    }

    /** The type of every function in the function index space. */
    public List<DefType> functionTypes() {
        return functionTypes;
    }

    public int importedFunctionCount() {
        return importedFunctions;
    }

    public List<TableType> tableTypes() {
        return tableTypes;
    }

    /** Tables defined here (after the imported ones in the table index space). */
    public List<TableDef> tables() {
        return tables;
    }

    public int importedTableCount() {
        return tableTypes.size() - tables.size();
    }

    public List<MemoryType> memoryTypes() {
        return memoryTypes;
    }

    public int importedMemoryCount() {
        return (int) imports.stream().filter(i -> i.type() instanceof MemoryType).count();
    }

    public List<GlobalType> globalTypes() {
        return globalTypes;
    }

    /** Globals defined here (after the imported ones in the global index space). */
    public List<GlobalDef> globals() {
        return globals;
    }

    public int importedGlobalCount() {
        return globalTypes.size() - globals.size();
    }

    public List<TagType> tagTypes() {
        return tagTypes;
    }

    public List<Export> exports() {
        return exports;
    }

    /** The start function index, or -1. */
    public int startFunction() {
        return startFunction;
    }

    public List<ElementSegment> elements() {
        return elements;
    }

    public List<DataSegment> datas() {
        return datas;
    }

    /** The data count section's value, or -1 when the section is absent. */
    public int dataCount() {
        return dataCount;
    }

    /** Code of the defined functions; body i belongs to function {@code importedFunctionCount() + i}. */
    public List<FunctionBody> bodies() {
        return bodies;
    }

    public List<CustomSection> customSections() {
        return customSections;
    }

    /** The payloads of the custom sections with this name, in module order, as fresh copies. */
    public List<byte[]> customSectionContents(String name) {
        List<byte[]> out = new ArrayList<>();
        for (CustomSection c : customSections) {
            if (c.name().equals(name)) {
                out.add(java.util.Arrays.copyOfRange(bytes, c.contentStart(), c.contentEnd()));
            }
        }
        return out;
    }

    /** Function names from the {@code name} custom section, when it has them (debugging aid only). */
    public Map<Integer, String> functionNames() {
        return functionNames;
    }
}
