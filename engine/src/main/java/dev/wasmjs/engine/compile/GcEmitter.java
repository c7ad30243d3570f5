package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.INSTANCE;
import static dev.wasmjs.engine.compile.JvmTypes.OBJECT;
import static java.lang.classfile.TypeKind.INT;
import static java.lang.classfile.TypeKind.LONG;
import static java.lang.classfile.TypeKind.REFERENCE;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.runtime.I31;
import dev.wasmjs.engine.runtime.WasmArray;
import dev.wasmjs.engine.runtime.WasmStruct;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.StorageType;
import dev.wasmjs.engine.types.StructType;
import dev.wasmjs.engine.types.ValType;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Compiles the GC instructions on the runtime's own objects, shared with the interpreter: {@link WasmStruct}
 * (fields in value slots at {@link StructType#slotOffset}: numbers in {@code bits}, references in {@code refs}),
 * {@link WasmArray} (compact storage per element kind, read and written with its typed accessors since the kind is
 * known from the type immediate), {@link I31}. Struct and array types are constants of the generated class
 * (dynamic constants resolved once from the module's canonical types), so allocation and casts need no lookups.
 */
final class GcEmitter {
    static final ClassDesc DEF_TYPE = JvmTypes.desc(DefType.class);
    private static final ClassDesc STRUCT = JvmTypes.desc(WasmStruct.class);
    private static final ClassDesc ARRAY = JvmTypes.desc(WasmArray.class);
    private static final ClassDesc I31_CLASS = JvmTypes.desc(I31.class);
    private static final ClassDesc GC = JvmTypes.desc(GcSupport.class);
    private static final DirectMethodHandleDesc BOOTSTRAP_TYPE = MethodHandleDesc.ofMethod(
            DirectMethodHandleDesc.Kind.STATIC, JvmTypes.desc(Linkage.class), "type",
            MethodTypeDesc.of(DEF_TYPE, ConstantDescs.CD_MethodHandles_Lookup, ConstantDescs.CD_String,
                    ConstantDescs.CD_Class, CD_int));

    private final FunctionEmitter e;

    GcEmitter(FunctionEmitter e) {
        this.e = e;
    }

    private CodeBuilder cb() {
        return e.code();
    }

    private void gc(String name, ClassDesc ret, ClassDesc... params) {
        cb().invokestatic(GC, name, MethodTypeDesc.of(ret, params));
    }

    /** Loads module type {@code index} (canonical, so usable for identity checks) as a constant. */
    private void loadType(int index) {
        cb().loadConstant(DynamicConstantDesc.ofNamed(BOOTSTRAP_TYPE, "type", DEF_TYPE, index));
    }

    private DefType type(int index) {
        return e.module().types().get(index);
    }

    void instruction(Instruction insn) {
        CodeBuilder cb = cb();
        Opcode op = insn.opcode;
        switch (op) {
            case STRUCT_NEW, STRUCT_NEW_DEFAULT -> structNew(insn.index, op == Opcode.STRUCT_NEW);
            case STRUCT_GET, STRUCT_GET_S, STRUCT_GET_U -> structGet(insn.index, insn.index2, op == Opcode.STRUCT_GET_S);
            case STRUCT_SET -> structSet(insn.index, insn.index2);
            case ARRAY_NEW -> {
                ValType t = element(insn.index).unpacked();
                int a = e.takeOperands(t.slots() + 1);
                slotForm(t, a);
                e.loadOperand(a + t.slots(), INT);
                loadType(insn.index);
                gc("arrayNew", ARRAY, CD_long, CD_long, OBJECT, CD_int, DEF_TYPE);
                e.pushed(REFERENCE);
            }
            case ARRAY_NEW_DEFAULT -> {
                e.operandsOnStack(1);
                loadType(insn.index);
                gc("arrayNewDefault", ARRAY, CD_int, DEF_TYPE);
                e.pushed(REFERENCE);
            }
            case ARRAY_NEW_FIXED -> arrayNewFixed(insn.index, (int) insn.value);
            case ARRAY_NEW_DATA, ARRAY_NEW_ELEM -> {
                e.operandsOnStack(2);
                loadType(insn.index);
                e.loadInstance();
                cb.loadConstant(insn.index2);
                gc(op == Opcode.ARRAY_NEW_DATA ? "arrayNewData" : "arrayNewElem", ARRAY, CD_int, CD_int, DEF_TYPE,
                        INSTANCE, CD_int);
                e.pushed(REFERENCE);
            }
            case ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U -> arrayGet(insn.index, op != Opcode.ARRAY_GET_U);
            case ARRAY_SET -> arraySet(insn.index);
            case ARRAY_LEN -> {
                e.operandsOnStack(1);
                gc("array", ARRAY, OBJECT);
                cb.invokevirtual(ARRAY, "length", MethodTypeDesc.of(CD_int));
                e.pushed(INT);
            }
            case ARRAY_FILL -> {
                ValType t = element(insn.index).unpacked();
                int a = e.takeOperands(t.slots() + 3);
                e.loadOperand(a, REFERENCE);
                e.loadOperand(a + 1, INT);
                slotForm(t, a + 2);
                e.loadOperand(a + 2 + t.slots(), INT);
                gc("arrayFill", CD_void, OBJECT, CD_int, CD_long, CD_long, OBJECT, CD_int);
            }
            case ARRAY_COPY -> {
                e.operandsOnStack(5);
                gc("arrayCopy", CD_void, OBJECT, CD_int, OBJECT, CD_int, CD_int);
            }
            case ARRAY_INIT_DATA, ARRAY_INIT_ELEM -> {
                e.operandsOnStack(4);
                e.loadInstance();
                cb.loadConstant(insn.index2);
                gc(op == Opcode.ARRAY_INIT_DATA ? "arrayInitData" : "arrayInitElem", CD_void, OBJECT, CD_int, CD_int,
                        CD_int, INSTANCE, CD_int);
            }
            case REF_TEST, REF_TEST_NULL -> {
                e.operandsOnStack(1);
                test(insn.heapType, op == Opcode.REF_TEST_NULL);
                e.pushed(INT);
            }
            case REF_CAST, REF_CAST_NULL -> {
                int a = e.takeOperands(1);
                Label ok = cb.newLabel();
                e.loadOperand(a, REFERENCE);
                test(insn.heapType, op == Opcode.REF_CAST_NULL);
                cb.ifne(ok);
                gc("castFailure", JvmTypes.desc(dev.wasmjs.engine.Trap.class));
                cb.athrow();
                cb.labelBinding(ok);
                e.loadOperand(a, REFERENCE);
                e.pushed(REFERENCE);
            }
            case REF_I31 -> {
                e.operandsOnStack(1);
                cb.invokestatic(I31_CLASS, "of", MethodTypeDesc.of(I31_CLASS, CD_int));
                e.pushed(REFERENCE);
            }
            case I31_GET_S, I31_GET_U -> {
                e.operandsOnStack(1);
                gc("i31", I31_CLASS, OBJECT);
                cb.invokevirtual(I31_CLASS, op == Opcode.I31_GET_S ? "signed" : "unsigned", MethodTypeDesc.of(CD_int));
                e.pushed(INT);
            }
            // extern and any share one representation: the conversions keep the reference.
            case ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY -> { }
            default -> throw new NotCompilable("instruction " + op + " is not compiled");
        }
    }

    private StorageType element(int typeIndex) {
        return type(typeIndex).arrayType().element().storage();
    }

    /**
     * Pushes the value at operand height {@code h} (of type {@code t}) in the three-part slot form of the runtime's
     * bulk operations: low bits, high bits (v128 only, else 0), reference (else null).
     */
    private void slotForm(ValType t, int h) {
        CodeBuilder cb = cb();
        if (t.isRef()) {
            cb.lconst_0();
            cb.lconst_0();
            e.loadOperand(h, REFERENCE);
            return;
        }
        if (t.kind() == ValType.Kind.V128) {
            e.loadOperand(h, LONG);
            e.loadOperand(h + 1, LONG);
        } else {
            TypeKind k = JvmTypes.kind(t);
            e.loadOperand(h, k);
            SlotCodec.toBits(cb, k);
            cb.lconst_0();
        }
        cb.aconst_null();
    }

    // ---- structs ---------------------------------------------------------------------------------------------

    private void structNew(int typeIndex, boolean withValues) {
        CodeBuilder cb = cb();
        StructType st = type(typeIndex).structType();
        int a = e.takeOperands(withValues ? st.slotCount() : 0);
        cb.new_(STRUCT);
        cb.dup();
        loadType(typeIndex);
        cb.invokespecial(STRUCT, ConstantDescs.INIT_NAME, MethodTypeDesc.of(CD_void, DEF_TYPE));
        if (withValues) {
            TypeKind[] slots = JvmTypes.slotKinds(st.fields().stream().map(f -> f.storage().unpacked()).toList());
            if (st.hasNumbers()) {
                cb.dup();
                cb.getfield(STRUCT, "bits", CD_long.arrayType());
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] != REFERENCE) {
                        cb.dup();
                        cb.loadConstant(i);
                        e.loadOperand(a + i, slots[i]);
                        SlotCodec.toBits(cb, slots[i]);
                        cb.lastore();
                    }
                }
                cb.pop();
            }
            if (st.hasRefs()) {
                cb.dup();
                cb.getfield(STRUCT, "refs", OBJECT.arrayType());
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] == REFERENCE) {
                        cb.dup();
                        cb.loadConstant(i);
                        e.loadOperand(a + i, REFERENCE);
                        cb.aastore();
                    }
                }
                cb.pop();
            }
        }
        e.pushed(REFERENCE);
    }

    private void structGet(int typeIndex, int field, boolean signed) {
        CodeBuilder cb = cb();
        StructType st = type(typeIndex).structType();
        StorageType storage = st.fields().get(field).storage();
        ValType t = storage.unpacked();
        int off = st.slotOffset(field);
        e.operandsOnStack(1);
        gc("struct", STRUCT, OBJECT);
        if (t.isRef()) {
            cb.getfield(STRUCT, "refs", OBJECT.arrayType());
            cb.loadConstant(off);
            cb.aaload();
            e.pushed(REFERENCE);
            return;
        }
        cb.getfield(STRUCT, "bits", CD_long.arrayType());
        if (t.kind() == ValType.Kind.V128) {
            cb.dup();
            cb.loadConstant(off);
            cb.laload();
            // [bits, lo] -> [lo, bits] needs a swap of a long and a reference: go through a local.
            int lo = e.scratch(LONG, 2);
            cb.lstore(lo);
            cb.loadConstant(off + 1);
            cb.laload();
            int hi = e.scratch(LONG, 3);
            cb.lstore(hi);
            cb.lload(lo);
            cb.lload(hi);
            e.pushed(LONG, LONG);
            return;
        }
        cb.loadConstant(off);
        cb.laload();
        if (storage == StorageType.Packed.I8 || storage == StorageType.Packed.I16) {
            cb.l2i();
            boolean i8 = storage == StorageType.Packed.I8;
            if (signed) {
                if (i8) {
                    cb.i2b();
                } else {
                    cb.i2s();
                }
            } else {
                cb.loadConstant(i8 ? 0xFF : 0xFFFF);
                cb.iand();
            }
            e.pushed(INT);
            return;
        }
        TypeKind k = JvmTypes.kind(t);
        SlotCodec.fromBits(cb, k);
        e.pushed(k);
    }

    private void structSet(int typeIndex, int field) {
        CodeBuilder cb = cb();
        StructType st = type(typeIndex).structType();
        ValType t = st.fields().get(field).storage().unpacked();
        int off = st.slotOffset(field);
        int a = e.takeOperands(1 + t.slots());
        e.loadOperand(a, REFERENCE);
        gc("struct", STRUCT, OBJECT);
        if (t.isRef()) {
            cb.getfield(STRUCT, "refs", OBJECT.arrayType());
            cb.loadConstant(off);
            e.loadOperand(a + 1, REFERENCE);
            cb.aastore();
            return;
        }
        cb.getfield(STRUCT, "bits", CD_long.arrayType());
        if (t.kind() == ValType.Kind.V128) {
            cb.dup();
            cb.loadConstant(off);
            e.loadOperand(a + 1, LONG);
            cb.lastore();
            cb.loadConstant(off + 1);
            e.loadOperand(a + 2, LONG);
            cb.lastore();
            return;
        }
        TypeKind k = JvmTypes.kind(t);
        cb.loadConstant(off);
        e.loadOperand(a + 1, k);
        SlotCodec.toBits(cb, k);
        cb.lastore();
    }

    // ---- arrays ----------------------------------------------------------------------------------------------

    private void arrayNewFixed(int typeIndex, int count) {
        CodeBuilder cb = cb();
        ValType t = element(typeIndex).unpacked();
        int width = t.slots();
        int a = e.takeOperands(count * width);
        cb.loadConstant(count);
        loadType(typeIndex);
        gc("arrayNewDefault", ARRAY, CD_int, DEF_TYPE);
        for (int i = 0; i < count; i++) {
            cb.dup();
            cb.loadConstant(i);
            storeElement(typeIndex, a + i * width);
        }
        e.pushed(REFERENCE);
    }

    /** With [array, index] on the JVM stack: stores the element value at operand height {@code h}. */
    private void storeElement(int typeIndex, int h) {
        CodeBuilder cb = cb();
        StorageType storage = element(typeIndex);
        ValType t = storage.unpacked();
        if (t.isRef()) {
            e.loadOperand(h, REFERENCE);
            cb.invokevirtual(ARRAY, "setRef", MethodTypeDesc.of(CD_void, CD_int, OBJECT));
            return;
        }
        switch (WasmArray.kindOf(storage)) {
            case WasmArray.I8, WasmArray.I16, WasmArray.I32 -> {
                e.loadOperand(h, INT);
                String name = storage == StorageType.Packed.I8 ? "setI8"
                        : storage == StorageType.Packed.I16 ? "setI16" : "setI32";
                cb.invokevirtual(ARRAY, name, MethodTypeDesc.of(CD_void, CD_int, CD_int));
            }
            case WasmArray.F32 -> {
                e.loadOperand(h, TypeKind.FLOAT);
                SlotCodec.floatToBits(cb);
                cb.invokevirtual(ARRAY, "setI32", MethodTypeDesc.of(CD_void, CD_int, CD_int));
            }
            case WasmArray.I64 -> {
                TypeKind k = JvmTypes.kind(t);
                e.loadOperand(h, k);
                SlotCodec.toBits(cb, k);
                cb.invokevirtual(ARRAY, "setI64", MethodTypeDesc.of(CD_void, CD_int, CD_long));
            }
            default -> {
                e.loadOperand(h, LONG);
                e.loadOperand(h + 1, LONG);
                gc("setV128", CD_void, ARRAY, CD_int, CD_long, CD_long);
            }
        }
    }

    private void arrayGet(int typeIndex, boolean signed) {
        CodeBuilder cb = cb();
        StorageType storage = element(typeIndex);
        ValType t = storage.unpacked();
        int kind = WasmArray.kindOf(storage);
        if (kind == WasmArray.V128) {
            int a = e.takeOperands(2);
            for (int half = 0; half < 2; half++) {
                e.loadOperand(a, REFERENCE);
                gc("array", ARRAY, OBJECT);
                e.loadOperand(a + 1, INT);
                cb.loadConstant(half);
                gc("v128", CD_long, ARRAY, CD_int, CD_int);
            }
            e.pushed(LONG, LONG);
            return;
        }
        e.operandsOnStack(2);
        // [ref, index] -> [array, index]
        cb.swap();
        gc("array", ARRAY, OBJECT);
        cb.swap();
        switch (kind) {
            case WasmArray.REF -> {
                cb.invokevirtual(ARRAY, "getRef", MethodTypeDesc.of(OBJECT, CD_int));
                e.pushed(REFERENCE);
            }
            case WasmArray.I8, WasmArray.I16 -> {
                String name = (kind == WasmArray.I8 ? "get" + (signed ? "I8" : "U8") : "get" + (signed ? "I16" : "U16"));
                cb.invokevirtual(ARRAY, name, MethodTypeDesc.of(CD_int, CD_int));
                e.pushed(INT);
            }
            case WasmArray.I32 -> {
                cb.invokevirtual(ARRAY, "getI32", MethodTypeDesc.of(CD_int, CD_int));
                e.pushed(INT);
            }
            case WasmArray.F32 -> {
                cb.invokevirtual(ARRAY, "getI32", MethodTypeDesc.of(CD_int, CD_int));
                SlotCodec.bitsToFloat(cb);
                e.pushed(TypeKind.FLOAT);
            }
            default -> {
                cb.invokevirtual(ARRAY, "getI64", MethodTypeDesc.of(CD_long, CD_int));
                TypeKind k = JvmTypes.kind(t);
                SlotCodec.fromBits(cb, k);
                e.pushed(k);
            }
        }
    }

    private void arraySet(int typeIndex) {
        CodeBuilder cb = cb();
        int width = element(typeIndex).unpacked().slots();
        int a = e.takeOperands(2 + width);
        e.loadOperand(a, REFERENCE);
        gc("array", ARRAY, OBJECT);
        e.loadOperand(a + 1, INT);
        storeElement(typeIndex, a + 2);
    }

    // ---- casts -----------------------------------------------------------------------------------------------

    /** With a reference on the JVM stack: replaces it by whether it is a value of {@code (ref null? target)}. */
    void test(HeapType target, boolean nullable) {
        CodeBuilder cb = cb();
        if (target instanceof DefType d) {
            int index = e.module().types().indexOf(d);
            if (index < 0) {
                throw new NotCompilable("cast to a type that is not the module's");
            }
            String name = d.isStruct() ? "testStructType" : d.isArray() ? "testArrayType" : "testFuncType";
            loadType(index);
            cb.loadConstant(nullable ? 1 : 0);
            gc(name, CD_int, OBJECT, DEF_TYPE, CD_boolean);
            return;
        }
        cb.loadConstant(nullable ? 1 : 0);
        String name = switch ((HeapType.Abstract) target) {
            case ANY, FUNC, EXTERN, EXN -> "testTop";
            case NONE, NOFUNC, NOEXTERN, NOEXN -> "testBottom";
            case EQ -> "testEq";
            case I31 -> "testI31";
            case STRUCT -> "testStruct";
            case ARRAY -> "testArray";
        };
        gc(name, CD_int, OBJECT, CD_boolean);
    }
}
