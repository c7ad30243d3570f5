package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.types.DefType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module instance: the runtime objects behind each index space. Arrays are public and final so execution
 * tiers index them directly; their contents are filled by {@link Instantiator} and then only change through
 * wasm semantics (element/data segments being dropped).
 */
public final class Instance {
    private final Module module;
    public final DefType[] types;
    public final WasmFunction[] functions;
    public final Table[] tables;
    public final Memory[] memories;
    public final Global[] globals;
    public final Tag[] tags;
    /** Element segments' references; an entry becomes an empty array when the segment is dropped. */
    public final Object[][] elements;
    /** Data segments as ranges of {@link Module#bytes()}; the length becomes 0 when the segment is dropped. */
    public final int[] dataStart;
    public final int[] dataLength;
    final Map<String, Object> exports = new LinkedHashMap<>();

    Instance(Module module) {
        this.module = module;
        this.types = module.types().toArray(new DefType[0]);
        this.functions = new WasmFunction[module.functionTypes().size()];
        this.tables = new Table[module.tableTypes().size()];
        this.memories = new Memory[module.memoryTypes().size()];
        this.globals = new Global[module.globalTypes().size()];
        this.tags = new Tag[module.tagTypes().size()];
        this.elements = new Object[module.elements().size()][];
        this.dataStart = new int[module.datas().size()];
        this.dataLength = new int[module.datas().size()];
        for (int i = 0; i < dataStart.length; i++) {
            dataStart[i] = module.datas().get(i).dataStart();
            dataLength[i] = module.datas().get(i).length();
        }
    }

    public Module module() {
        return module;
    }

    /** Exports by name, in the module's export order: WasmFunction, Table, Memory, Global or Tag. */
    public Map<String, Object> exports() {
        return Collections.unmodifiableMap(exports);
    }

    /** One export, or null. */
    public Object export(String name) {
        return exports.get(name);
    }

    public void dropData(int index) {
        dataLength[index] = 0;
    }

    public void dropElements(int index) {
        elements[index] = EMPTY;
    }

    private static final Object[] EMPTY = new Object[0];
}
