package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.runtime.I31;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.RefCasts;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmArray;
import dev.wasmjs.engine.runtime.WasmStruct;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FieldType;
import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.StorageType;
import dev.wasmjs.engine.types.StructType;
import dev.wasmjs.engine.types.ValType;

/**
 * The GC instructions (struct, array, i31, casts), run out of line from {@link Generic} like other rare
 * instructions. Operands are in the stack's slots; type immediates are indices into the instance's canonical
 * types, heap-type immediates are entries of the code's constants.
 */
final class Gc {
    /** {@code index2} flag of the test that {@code br_on_cast} compiles to: branch when the cast fails. */
    static final int BRANCH_ON_FAILURE = 4;

    private Gc() {
    }

    private static Trap nullStruct() {
        return new Trap("null structure reference");
    }

    private static Trap nullArray() {
        return new Trap("null array reference");
    }

    private static WasmArray array(Object ref) {
        if (ref == null) {
            throw nullArray();
        }
        return (WasmArray) ref;
    }

    private static long u32(long slot) {
        return slot & 0xFFFF_FFFFL;
    }

    /** Runs one GC instruction; returns the new stack pointer. */
    static int execute(Opcode op, int index, int index2, long value, ValueStack st, int sp, Instance inst, Code c) {
        long[] s = st.slots;
        Object[] r = st.refs;
        switch (op) {
            case STRUCT_NEW, STRUCT_NEW_DEFAULT -> {
                DefType t = inst.types[index];
                WasmStruct obj = new WasmStruct(t);
                int n = t.structType().slotCount();
                int base = op == Opcode.STRUCT_NEW ? sp - n : sp;
                if (op == Opcode.STRUCT_NEW) {
                    if (obj.bits.length != 0) {
                        System.arraycopy(s, base, obj.bits, 0, n);
                    }
                    if (obj.refs != null) {
                        System.arraycopy(r, base, obj.refs, 0, n);
                    }
                    for (int i = base; i < sp; i++) {
                        r[i] = null;
                    }
                }
                r[base] = obj;
                return base + 1;
            }
            case STRUCT_GET, STRUCT_GET_S, STRUCT_GET_U -> {
                Object ref = r[sp - 1];
                if (ref == null) {
                    throw nullStruct();
                }
                WasmStruct obj = (WasmStruct) ref;
                StructType t = inst.types[index].structType();
                int off = t.slotOffset(index2);
                FieldType f = t.fields().get(index2);
                ValType vt = f.storage().unpacked();
                r[sp - 1] = null;
                if (vt.isRef()) {
                    r[sp - 1] = obj.refs[off];
                } else if (vt.kind() == ValType.Kind.V128) {
                    st.ensure(sp + 1);
                    st.slots[sp - 1] = obj.bits[off];
                    st.slots[sp] = obj.bits[off + 1];
                    return sp + 1;
                } else {
                    s[sp - 1] = unpack(f.storage(), obj.bits[off], op == Opcode.STRUCT_GET_S);
                }
                return sp;
            }
            case STRUCT_SET -> {
                StructType t = inst.types[index].structType();
                int off = t.slotOffset(index2);
                ValType vt = t.fields().get(index2).storage().unpacked();
                int n = vt.slots();
                int refSlot = sp - n - 1;
                Object ref = r[refSlot];
                if (ref == null) {
                    throw nullStruct();
                }
                WasmStruct obj = (WasmStruct) ref;
                if (vt.isRef()) {
                    obj.refs[off] = r[sp - 1];
                } else {
                    System.arraycopy(s, sp - n, obj.bits, off, n);
                }
                clearRefs(r, refSlot, sp);
                return refSlot;
            }
            case ARRAY_NEW, ARRAY_NEW_DEFAULT -> {
                DefType t = inst.types[index];
                long length = u32(s[sp - 1]);
                WasmArray a = WasmArray.allocate(t, length);
                sp--;
                if (op == Opcode.ARRAY_NEW) {
                    int n = a.kind == WasmArray.V128 ? 2 : 1;
                    sp -= n;
                    a.fill(0, s[sp], n == 2 ? s[sp + 1] : 0, r[sp], length);
                    clearRefs(r, sp, sp + n);
                }
                r[sp] = a;
                return sp + 1;
            }
            case ARRAY_NEW_FIXED -> {
                DefType t = inst.types[index];
                WasmArray a = WasmArray.allocate(t, value);
                int width = a.kind == WasmArray.V128 ? 2 : 1;
                int base = sp - (int) value * width;
                for (int i = 0; i < value; i++) {
                    int slot = base + i * width;
                    switch (a.kind) {
                        case WasmArray.REF -> a.setRef(i, r[slot]);
                        case WasmArray.V128 -> a.setV128(i, s[slot], s[slot + 1]);
                        default -> a.set(i, s[slot]);
                    }
                }
                clearRefs(r, base, sp);
                r[base] = a;
                return base + 1;
            }
            case ARRAY_NEW_DATA -> {
                long n = u32(s[sp - 1]);
                long from = u32(s[sp - 2]);
                DefType t = inst.types[index];
                checkData(inst, index2, from, n * WasmArray.elementBytes(WasmArray.kindOf(t.arrayType().element().storage())));
                WasmArray a = WasmArray.allocate(t, n);
                a.initFromBytes(0, inst.module().bytes(), inst.dataStart[index2] + (int) from, n);
                sp -= 2;
                r[sp] = a;
                return sp + 1;
            }
            case ARRAY_NEW_ELEM -> {
                long n = u32(s[sp - 1]);
                long from = u32(s[sp - 2]);
                Object[] segment = inst.elements[index2];
                if (from + n > segment.length) {
                    throw new Trap("out of bounds table access");
                }
                WasmArray a = WasmArray.allocate(inst.types[index], n);
                a.initFromRefs(0, segment, from, n);
                sp -= 2;
                r[sp] = a;
                return sp + 1;
            }
            case ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U -> {
                WasmArray a = array(r[sp - 2]);
                long i = u32(s[sp - 1]);
                sp--;
                r[sp - 1] = null;
                switch (a.kind) {
                    case WasmArray.REF -> r[sp - 1] = a.getRef(i);
                    case WasmArray.V128 -> {
                        long low = a.getV128(i, 0);
                        s[sp - 1] = low;
                        s[sp] = a.getV128(i, 1);
                        return sp + 1;
                    }
                    default -> s[sp - 1] = a.get(i, op != Opcode.ARRAY_GET_U);
                }
                return sp;
            }
            case ARRAY_SET -> {
                int n = slotsOf(inst.types[index]);
                int refSlot = sp - n - 2;
                WasmArray a = array(r[refSlot]);
                long i = u32(s[refSlot + 1]);
                int v = sp - n;
                switch (a.kind) {
                    case WasmArray.REF -> a.setRef(i, r[v]);
                    case WasmArray.V128 -> a.setV128(i, s[v], s[v + 1]);
                    default -> a.set(i, s[v]);
                }
                clearRefs(r, refSlot, sp);
                return refSlot;
            }
            case ARRAY_LEN -> {
                WasmArray a = array(r[sp - 1]);
                r[sp - 1] = null;
                s[sp - 1] = a.length();
                return sp;
            }
            case ARRAY_FILL -> {
                int n = slotsOf(inst.types[index]);
                int refSlot = sp - n - 3;
                WasmArray a = array(r[refSlot]);
                long offset = u32(s[refSlot + 1]);
                int v = refSlot + 2;
                a.fill(offset, s[v], n == 2 ? s[v + 1] : 0, r[v], u32(s[sp - 1]));
                clearRefs(r, refSlot, sp);
                return refSlot;
            }
            case ARRAY_COPY -> {
                int base = sp - 5;
                WasmArray dst = array(r[base]);
                WasmArray src = array(r[base + 2]);
                WasmArray.copy(dst, u32(s[base + 1]), src, u32(s[base + 3]), u32(s[base + 4]));
                clearRefs(r, base, sp);
                return base;
            }
            case ARRAY_INIT_DATA -> {
                int base = sp - 4;
                WasmArray a = array(r[base]);
                long dst = u32(s[base + 1]);
                long from = u32(s[base + 2]);
                long n = u32(s[base + 3]);
                a.checkRange(dst, n);
                checkData(inst, index2, from, n * a.elementBytes());
                a.initFromBytes(dst, inst.module().bytes(), inst.dataStart[index2] + (int) from, n);
                clearRefs(r, base, sp);
                return base;
            }
            case ARRAY_INIT_ELEM -> {
                int base = sp - 4;
                WasmArray a = array(r[base]);
                long dst = u32(s[base + 1]);
                a.checkRange(dst, u32(s[base + 3]));
                a.initFromRefs(dst, inst.elements[index2], u32(s[base + 2]), u32(s[base + 3]));
                clearRefs(r, base, sp);
                return base;
            }
            case REF_TEST, REF_TEST_NULL -> {
                boolean ok = RefCasts.matches(r[sp - 1], (HeapType) c.constants[index], op == Opcode.REF_TEST_NULL);
                r[sp - 1] = null;
                s[sp - 1] = ok ? 1 : 0;
                return sp;
            }
            case REF_CAST, REF_CAST_NULL -> {
                if (!RefCasts.matches(r[sp - 1], (HeapType) c.constants[index], op == Opcode.REF_CAST_NULL)) {
                    throw new Trap("cast failure");
                }
                return sp;
            }
            case BR_ON_CAST -> {
                // The test half of br_on_cast(_fail): keeps the reference and pushes the branch condition.
                boolean ok = RefCasts.matches(r[sp - 1], (HeapType) c.constants[index], (index2 & 2) != 0);
                boolean branch = (index2 & BRANCH_ON_FAILURE) != 0 ? !ok : ok;
                st.ensure(sp + 1);
                st.slots[sp] = branch ? 1 : 0;
                st.refs[sp] = null;
                return sp + 1;
            }
            case REF_I31 -> {
                r[sp - 1] = I31.of((int) s[sp - 1]);
                return sp;
            }
            case I31_GET_S, I31_GET_U -> {
                Object ref = r[sp - 1];
                if (ref == null) {
                    throw new Trap("null i31 reference");
                }
                I31 v = (I31) ref;
                r[sp - 1] = null;
                s[sp - 1] = op == Opcode.I31_GET_S ? v.signed() : v.unsigned();
                return sp;
            }
            default -> throw new IllegalStateException("not a GC instruction: " + op);
        }
    }

    /** A packed field's value as an i32 slot; other numeric fields are stored as slots already. */
    private static long unpack(StorageType storage, long bits, boolean signed) {
        if (storage == StorageType.Packed.I8) {
            return signed ? (byte) bits : bits & 0xFF;
        }
        if (storage == StorageType.Packed.I16) {
            return signed ? (short) bits : bits & 0xFFFF;
        }
        return bits;
    }

    private static int slotsOf(DefType arrayType) {
        return arrayType.arrayType().element().storage().unpacked().slots();
    }

    private static void checkData(Instance inst, int segment, long from, long bytes) {
        if (from + bytes > inst.dataLength[segment]) {
            throw new Trap("out of bounds memory access");
        }
    }

    /** Operand slots popped by an instruction must not keep objects alive. */
    private static void clearRefs(Object[] r, int from, int to) {
        for (int i = from; i < to; i++) {
            r[i] = null;
        }
    }
}
