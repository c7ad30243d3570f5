package dev.wasmjs.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.types.ArrayType;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FieldType;
import dev.wasmjs.engine.types.StorageType;
import dev.wasmjs.engine.types.TypeRegistry;
import dev.wasmjs.engine.types.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk i16 accessors of {@link WasmArray}: unsigned units, exact bounds, only for i16 arrays. */
class WasmArrayI16Test {
    private static DefType arrayOf(StorageType element) {
        DefType t = new DefType();
        t.define(true, null, new ArrayType(new FieldType(element, true)));
        return TypeRegistry.canonicalize(List.of(t)).get(0);
    }

    private static final DefType I16 = arrayOf(StorageType.Packed.I16);

    @Test
    void writesAndReadsUnitsUnsigned() {
        WasmArray a = WasmArray.allocate(I16, 6);
        a.writeI16(1, "a\uD800\uFFFFz");
        assertEquals(0, a.get(0, false));
        assertEquals(0xD800, a.get(2, false));
        assertEquals(-1, a.get(3, true));
        char[] out = new char[4];
        a.readI16(1, out, 4);
        assertArrayEquals("a\uD800\uFFFFz".toCharArray(), out);
    }

    @Test
    void rangesAreCheckedBeforeAnythingIsWritten() {
        WasmArray a = WasmArray.allocate(I16, 3);
        assertThrows(Trap.class, () -> a.writeI16(1, "xyz"));
        assertEquals(0, a.get(1, false));
        assertThrows(Trap.class, () -> a.readI16(2, new char[2], 2));
        assertThrows(Trap.class, () -> a.readI16(-1, new char[1], 1));
        a.writeI16(3, "");
        a.readI16(3, new char[0], 0);
    }

    @Test
    void otherElementTypesAreRejected() {
        WasmArray bytes = WasmArray.allocate(arrayOf(StorageType.Packed.I8), 4);
        WasmArray ints = WasmArray.allocate(arrayOf(new StorageType.Value(ValType.I32)), 4);
        assertThrows(IllegalStateException.class, () -> bytes.writeI16(0, "a"));
        assertThrows(IllegalStateException.class, () -> ints.readI16(0, new char[1], 1));
    }
}
