package dev.wasmjs.engine.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the parser of one module knows about the module as a whole: the index spaces with their identifiers, and
 * the type definitions, both the explicit ones and those implied by inline type uses.
 */
final class ModuleContext {
    final IndexSpace types = new IndexSpace("type");
    final IndexSpace funcs = new IndexSpace("func");
    final IndexSpace tables = new IndexSpace("table");
    final IndexSpace memories = new IndexSpace("memory");
    final IndexSpace globals = new IndexSpace("global");
    final IndexSpace tags = new IndexSpace("tag");
    final IndexSpace elems = new IndexSpace("elem");
    final IndexSpace datas = new IndexSpace("data");

    /** Explicit type definitions, by type index. */
    final List<TypeDef> typeDefs = new ArrayList<>();
    /** Sizes of the explicit rec groups in order; a group written with {@code rec} is flagged. */
    final List<int[]> recGroups = new ArrayList<>();
    /** Function types implied by type uses, appended after all explicit types. */
    final List<TypeDef> implicitTypes = new ArrayList<>();
    private final Map<String, Integer> functionTypeIndex = new HashMap<>();
    private boolean explicitTypesIndexed;
    /** Whether code refers to data segments, which requires the data count section. */
    boolean usesDataCount;

    IndexSpace space(String kind) {
        return switch (kind) {
            case "func" -> funcs;
            case "table" -> tables;
            case "memory" -> memories;
            case "global" -> globals;
            case "tag" -> tags;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The definition of type index {@code index}, or null if there is none (yet). */
    TypeDef typeDef(int index) {
        if (index >= 0 && index < typeDefs.size()) return typeDefs.get(index);
        int implicit = index - typeDefs.size();
        if (implicit >= 0 && implicit < implicitTypes.size()) return implicitTypes.get(implicit);
        return null;
    }

    private static String key(byte[] composite) {
        return new String(composite, StandardCharsets.ISO_8859_1);
    }

    /**
     * The type index for an inline function type: the first explicit type that is a final function type alone in
     * its rec group with exactly this signature, else a new type appended after all explicit ones.
     */
    int functionType(byte[] composite, int paramCount) {
        if (!explicitTypesIndexed) {
            for (int i = typeDefs.size() - 1; i >= 0; i--) {
                TypeDef def = typeDefs.get(i);
                if (def.isPlainFunction()) functionTypeIndex.put(key(def.composite()), i);
            }
            explicitTypesIndexed = true;
        }
        String key = key(composite);
        Integer existing = functionTypeIndex.get(key);
        if (existing != null) return existing;
        int index = typeDefs.size() + implicitTypes.size();
        implicitTypes.add(new TypeDef(true, new int[0], composite, paramCount, Map.of(), 1));
        functionTypeIndex.put(key, index);
        return index;
    }
}
