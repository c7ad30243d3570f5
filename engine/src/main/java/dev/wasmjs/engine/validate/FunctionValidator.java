package dev.wasmjs.engine.validate;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.binary.ByteReader;
import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.binary.InstructionReader;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.binary.SimdInfo;
import dev.wasmjs.engine.binary.TypeDecoder;
import dev.wasmjs.engine.syntax.FunctionBody;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.types.ArrayType;
import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FieldType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.HeapType;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.StorageType;
import dev.wasmjs.engine.types.StructType;
import dev.wasmjs.engine.types.Subtyping;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.ValType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Type-checks one function body (or one constant expression) with the algorithm of the spec's validation
 * appendix: an operand stack of value types, a control stack of frames, and a polymorphic stack after
 * unconditional branches. It decodes instructions as it goes and hands each accepted one to a {@link CodeSink}.
 *
 * <p>Besides types it tracks <em>slot</em> heights (a v128 takes two 64-bit slots, everything else one), which is
 * the currency of the execution tiers' frames.
 */
public final class FunctionValidator {
    /** What catch_ref / catch_all_ref hand to their label: the caught exception, never null. */
    private static final ValType CAUGHT_EXN = ValType.ref(false, HeapType.Abstract.EXN);
    private static final List<ValType> CAUGHT_EXN_LIST = List.of(CAUGHT_EXN);

    /** A control frame: a block, loop, if, try (legacy), try_table or the function itself. */
    private static final class Ctl {
        Opcode kind;
        List<ValType> params;
        List<ValType> results;
        /** Operand-stack height (in values) below the frame's params. */
        int height;
        /** The same height in slots. */
        int slotHeight;
        boolean unreachable;
        /** Height of the local-initialisation undo stack at frame entry. */
        int initHeight;
    }

    private final ModuleContext ctx;
    private final Module module;
    private final int funcIndex;
    private final boolean constExpr;
    private final int visibleGlobals;

    private ValType[] locals;
    private int[] localSlot;
    private int localSlots;
    private int paramCount;
    private boolean[] localInit;
    private int[] initStack = new int[8];
    private int initSp;

    private ValType[] opds = new ValType[32];
    private int opdSp;
    private int slotHeight;
    private int maxSlotHeight;

    private Ctl[] ctls = new Ctl[8];
    private int ctlSp;
    private List<ValType> returnTypes;

    /** Legacy try blocks (with their catch sections) open now, and the most open at once. */
    private int legacyTries;
    private int maxLegacyTries;

    private boolean wasReachable;
    private int slotHeightBefore;
    private ValType operandType;
    private int insnOffset;

    private FunctionValidator(ModuleContext ctx, int funcIndex, boolean constExpr, int visibleGlobals) {
        this.ctx = ctx;
        this.module = ctx.module();
        this.funcIndex = funcIndex;
        this.constExpr = constExpr;
        this.visibleGlobals = visibleGlobals;
        for (int i = 0; i < ctls.length; i++) {
            ctls[i] = new Ctl();
        }
    }

    /** Validates defined function {@code funcIndex} (an index in the function index space), feeding {@code sink}. */
    public static void validateFunction(ModuleContext ctx, int funcIndex, CodeSink sink) {
        Module m = ctx.module();
        FunctionBody body = m.bodies().get(funcIndex - m.importedFunctionCount());
        FuncType type = m.functionTypes().get(funcIndex).funcType();
        FunctionValidator v = new FunctionValidator(ctx, funcIndex, false, 0);
        v.setLocals(type.params(), body.locals());
        v.returnTypes = type.results();
        v.run(body.codeStart(), body.codeEnd(), type.results(), sink);
    }

    /**
     * Validates a constant expression producing {@code expected}. Only globals with index below
     * {@code visibleGlobals} may be read (a global's initialiser sees only the globals before it).
     */
    public static void validateConstExpr(ModuleContext ctx, int start, int end, ValType expected, int visibleGlobals,
            CodeSink sink) {
        FunctionValidator v = new FunctionValidator(ctx, -1, true, visibleGlobals);
        v.setLocals(List.of(), List.of());
        v.returnTypes = List.of(expected);
        v.run(start, end, List.of(expected), sink);
    }

    private void setLocals(List<ValType> params, List<ValType> declared) {
        int n = params.size() + declared.size();
        locals = new ValType[n];
        localSlot = new int[n];
        localInit = new boolean[n];
        paramCount = params.size();
        int slot = 0;
        for (int i = 0; i < n; i++) {
            ValType t = i < paramCount ? params.get(i) : declared.get(i - paramCount);
            locals[i] = t;
            localSlot[i] = slot;
            slot += t.slots();
            localInit[i] = i < paramCount || t.isDefaultable();
        }
        localSlots = slot;
    }

    private void run(int start, int end, List<ValType> results, CodeSink sink) {
        TypeDecoder types = new TypeDecoder(module.types()::get);
        types.setTypeCount(module.types().size());
        ByteReader in = new ByteReader(module.bytes(), start, end);
        InstructionReader reader = new InstructionReader(in, types);
        pushCtl(Opcode.BLOCK, List.of(), results);
        sink.begin(this);
        while (true) {
            if (reader.atEnd()) {
                throw new CompileException.Malformed(constExpr ? "unexpected end" : "unexpected end of section or function", in.pos());
            }
            Instruction insn = reader.next();
            insnOffset = insn.offset;
            wasReachable = !ctls[ctlSp - 1].unreachable;
            slotHeightBefore = slotHeight;
            if (constExpr) {
                checkConstant(insn);
            }
            step(insn);
            sink.instruction(insn, this);
            if (ctlSp == 0) {
                break;
            }
        }
        if (!reader.atEnd()) {
            throw new CompileException.Malformed(constExpr ? "illegal opcode after end of expression"
                    : "section size mismatch (operators after the function's end)", in.pos());
        }
        if (!constExpr) {
            ctx.recordLegacyTryNesting(funcIndex, maxLegacyTries);
        }
        sink.finish(this);
    }

    // ---- queries for code sinks ---------------------------------------------------------------------------

    /** Whether the instruction just reported was reachable (sinks skip unreachable code). */
    public boolean wasReachable() {
        return wasReachable;
    }

    public int functionIndex() {
        return funcIndex;
    }

    public ModuleContext context() {
        return ctx;
    }

    public int localCount() {
        return locals.length;
    }

    public int paramCount() {
        return paramCount;
    }

    public ValType localType(int index) {
        return locals[index];
    }

    /** Slot offset of a local in the frame (parameters first). */
    public int localSlot(int index) {
        return localSlot[index];
    }

    /** Slots taken by parameters and locals together. */
    public int localSlots() {
        return localSlots;
    }

    /** Current operand-stack height in slots (after the reported instruction). */
    public int slotHeight() {
        return slotHeight;
    }

    /** Operand-stack height in slots before the reported instruction ran. */
    public int slotHeightBefore() {
        return slotHeightBefore;
    }

    /** The largest operand-stack height in slots seen so far. */
    public int maxSlotHeight() {
        return maxSlotHeight;
    }

    /** Number of open control frames (the function body counts as one). */
    public int controlDepth() {
        return ctlSp;
    }

    /** Operand-stack slot height at the start of the frame {@code depth} labels out (below its parameters). */
    public int labelSlotHeight(int depth) {
        return ctls[ctlSp - 1 - depth].slotHeight;
    }

    /** The types a branch to label {@code depth} carries: a loop's parameters, otherwise the block's results. */
    public List<ValType> labelTypes(int depth) {
        Ctl c = ctls[ctlSp - 1 - depth];
        return c.kind == Opcode.LOOP ? c.params : c.results;
    }

    public boolean labelIsLoop(int depth) {
        return ctls[ctlSp - 1 - depth].kind == Opcode.LOOP;
    }

    /** Whether label {@code depth} is the function body itself (a branch to it is a return). */
    public boolean labelIsFunction(int depth) {
        return depth == ctlSp - 1;
    }

    /** Parameter types of the innermost open frame (after a block-starting instruction: that block's). */
    public List<ValType> blockParams() {
        return ctls[ctlSp - 1].params;
    }

    public List<ValType> blockResults() {
        return ctls[ctlSp - 1].results;
    }

    /** Type of the operand consumed by the last {@code drop} or {@code select} (or other generic operation). */
    public ValType operandType() {
        return operandType;
    }

    public List<ValType> returnTypes() {
        return returnTypes;
    }

    // ---- stack machinery ----------------------------------------------------------------------------------

    private CompileException.Invalid error(String message) {
        String where = funcIndex >= 0 ? "in function " + funcIndex : "in constant expression";
        return new CompileException.Invalid(message, insnOffset, where);
    }

    private void push(ValType t) {
        if (opdSp == opds.length) {
            opds = Arrays.copyOf(opds, opdSp * 2);
        }
        opds[opdSp++] = t;
        slotHeight += t.slots();
        if (slotHeight > maxSlotHeight) {
            maxSlotHeight = slotHeight;
        }
    }

    private void pushAll(List<ValType> ts) {
        for (ValType t : ts) {
            push(t);
        }
    }

    private void pushAll(ValType[] ts) {
        for (ValType t : ts) {
            push(t);
        }
    }

    private ValType pop() {
        Ctl c = ctls[ctlSp - 1];
        if (opdSp == c.height) {
            if (c.unreachable) {
                return ValType.BOT;
            }
            throw error("type mismatch: operand stack underflow");
        }
        ValType t = opds[--opdSp];
        slotHeight -= t.slots();
        return t;
    }

    private ValType pop(ValType expected) {
        ValType actual = pop();
        if (!Subtyping.isSubtype(actual, expected)) {
            throw error("type mismatch: expected " + expected + ", found " + actual);
        }
        return actual;
    }

    private void popAll(List<ValType> expected) {
        for (int i = expected.size() - 1; i >= 0; i--) {
            pop(expected.get(i));
        }
    }

    /** Pops a reference (or the unknown type); anything else is a type mismatch. */
    private ValType popRef() {
        ValType t = pop();
        if (t.kind() != ValType.Kind.REF && t.kind() != ValType.Kind.BOT) {
            throw error("type mismatch: expected a reference, found " + t);
        }
        return t;
    }

    private void pushCtl(Opcode kind, List<ValType> params, List<ValType> results) {
        if (ctlSp == ctls.length) {
            ctls = Arrays.copyOf(ctls, ctlSp * 2);
            for (int i = ctlSp; i < ctls.length; i++) {
                ctls[i] = new Ctl();
            }
        }
        Ctl c = ctls[ctlSp++];
        c.kind = kind;
        c.params = params;
        c.results = results;
        c.height = opdSp;
        c.slotHeight = slotHeight;
        c.unreachable = false;
        c.initHeight = initSp;
        pushAll(params);
    }

    private Ctl popCtl() {
        if (ctlSp == 0) {
            throw error("unexpected end");
        }
        Ctl c = ctls[ctlSp - 1];
        popAll(c.results);
        if (opdSp != c.height) {
            throw error("type mismatch: values remaining on the stack at the end of a block");
        }
        ctlSp--;
        resetLocalInits(c.initHeight);
        return c;
    }

    private void unreachable() {
        Ctl c = ctls[ctlSp - 1];
        opdSp = c.height;
        slotHeight = c.slotHeight;
        c.unreachable = true;
    }

    private Ctl label(int depth) {
        if (depth < 0 || depth >= ctlSp) {
            throw error("unknown label " + Integer.toUnsignedString(depth));
        }
        return ctls[ctlSp - 1 - depth];
    }

    private List<ValType> labelTypesOf(Ctl c) {
        return c.kind == Opcode.LOOP ? c.params : c.results;
    }

    private void resetLocalInits(int height) {
        while (initSp > height) {
            localInit[initStack[--initSp]] = false;
        }
    }

    private void markLocalInit(int index) {
        if (!localInit[index]) {
            localInit[index] = true;
            if (initSp == initStack.length) {
                initStack = Arrays.copyOf(initStack, initSp * 2);
            }
            initStack[initSp++] = index;
        }
    }

    private ValType local(int index) {
        if (index < 0 || index >= locals.length) {
            throw error("unknown local " + Integer.toUnsignedString(index));
        }
        return locals[index];
    }

    private FuncType blockType(Instruction insn) {
        if (insn.blockTypeIndex >= 0) {
            return ctx.funcTypeAt(insn.blockTypeIndex, insn.offset).funcType();
        }
        return insn.valType == null ? EMPTY_BLOCK : new FuncType(List.of(), List.of(insn.valType));
    }

    private static final FuncType EMPTY_BLOCK = new FuncType(List.of(), List.of());

    private ValType addressType(MemoryType m) {
        return m.address64() ? ValType.I64 : ValType.I32;
    }

    // ---- constant expressions -----------------------------------------------------------------------------

    private void checkConstant(Instruction insn) {
        switch (insn.opcode) {
            case I32_CONST, I64_CONST, F32_CONST, F64_CONST, REF_NULL, REF_FUNC, END, I32_ADD, I32_SUB, I32_MUL,
                 I64_ADD, I64_SUB, I64_MUL, STRUCT_NEW, STRUCT_NEW_DEFAULT, ARRAY_NEW, ARRAY_NEW_DEFAULT,
                 ARRAY_NEW_FIXED, REF_I31, ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY, V128_CONST -> { }
            case GLOBAL_GET -> {
                if (insn.index < 0 || insn.index >= visibleGlobals) {
                    throw error("unknown global " + Integer.toUnsignedString(insn.index));
                }
                if (ctx.global(insn.index, insn.offset).mutable()) {
                    throw error("constant expression required");
                }
            }
            default -> throw error("constant expression required");
        }
    }

    // ---- the instructions ---------------------------------------------------------------------------------

    private void step(Instruction insn) {
        Opcode op = insn.opcode;
        if (op.hasSignature()) {
            fixedSignature(op, insn);
            return;
        }
        switch (op) {
            case UNREACHABLE -> unreachable();
            case NOP -> { }
            case BLOCK, LOOP -> {
                FuncType bt = blockType(insn);
                popAll(bt.params());
                pushCtl(op, bt.params(), bt.results());
            }
            case IF -> {
                FuncType bt = blockType(insn);
                pop(ValType.I32);
                popAll(bt.params());
                pushCtl(op, bt.params(), bt.results());
            }
            case ELSE -> {
                Ctl c = ctls[ctlSp - 1];
                if (c.kind != Opcode.IF) {
                    throw error("else without matching if");
                }
                popCtl();
                pushCtl(Opcode.ELSE, c.params, c.results);
            }
            case END -> {
                Ctl c = popCtl();
                if (c.kind == Opcode.TRY || c.kind == Opcode.CATCH || c.kind == Opcode.CATCH_ALL) {
                    legacyTries--;
                }
                if (c.kind == Opcode.IF && !Subtyping.allSubtypes(c.params, c.results)) {
                    // An if without else behaves as if the else passed its parameters through.
                    throw error("type mismatch: if without else must not change the stack types");
                }
                if (ctlSp > 0) {
                    pushAll(c.results);
                }
            }
            case BR -> {
                popAll(labelTypesOf(label(insn.index)));
                unreachable();
            }
            case BR_IF -> {
                pop(ValType.I32);
                List<ValType> ts = labelTypesOf(label(insn.index));
                popAll(ts);
                pushAll(ts);
            }
            case BR_TABLE -> brTable(insn);
            case RETURN -> {
                popAll(returnTypes);
                unreachable();
            }
            case CALL -> call(ctx.function(insn.index, insn.offset).funcType());
            case CALL_INDIRECT -> {
                TableType t = ctx.table(insn.index2, insn.offset);
                if (!Subtyping.isSubtype(t.elementType(), ValType.FUNCREF)) {
                    throw error("type mismatch: call_indirect needs a table of function references");
                }
                pop(t.addressType());
                call(ctx.funcTypeAt(insn.index, insn.offset).funcType());
            }
            case RETURN_CALL -> returnCall(ctx.function(insn.index, insn.offset).funcType());
            case RETURN_CALL_INDIRECT -> {
                TableType t = ctx.table(insn.index2, insn.offset);
                if (!Subtyping.isSubtype(t.elementType(), ValType.FUNCREF)) {
                    throw error("type mismatch: call_indirect needs a table of function references");
                }
                pop(t.addressType());
                returnCall(ctx.funcTypeAt(insn.index, insn.offset).funcType());
            }
            case CALL_REF, RETURN_CALL_REF -> {
                DefType t = ctx.funcTypeAt(insn.index, insn.offset);
                pop(ValType.ref(true, t));
                if (op == Opcode.CALL_REF) {
                    call(t.funcType());
                } else {
                    returnCall(t.funcType());
                }
            }
            case DROP -> operandType = pop();
            case SELECT -> {
                pop(ValType.I32);
                ValType t1 = pop();
                ValType t2 = pop();
                boolean numeric1 = t1.isNum() || t1.kind() == ValType.Kind.V128 || t1.kind() == ValType.Kind.BOT;
                boolean numeric2 = t2.isNum() || t2.kind() == ValType.Kind.V128 || t2.kind() == ValType.Kind.BOT;
                if (!numeric1 || !numeric2) {
                    throw error("type mismatch: select without a type needs numeric operands");
                }
                if (t1 != t2 && t1.kind() != ValType.Kind.BOT && t2.kind() != ValType.Kind.BOT) {
                    throw error("type mismatch: select operands differ");
                }
                ValType t = t1.kind() == ValType.Kind.BOT ? t2 : t1;
                operandType = t;
                push(t);
            }
            case SELECT_T -> {
                if (insn.count != 1) {
                    throw error("invalid result arity");
                }
                ValType t = insn.valType;
                pop(ValType.I32);
                pop(t);
                pop(t);
                operandType = t;
                push(t);
            }
            case LOCAL_GET -> {
                ValType t = local(insn.index);
                if (!localInit[insn.index]) {
                    throw error("uninitialized local " + insn.index);
                }
                push(t);
            }
            case LOCAL_SET -> {
                pop(local(insn.index));
                markLocalInit(insn.index);
            }
            case LOCAL_TEE -> {
                ValType t = local(insn.index);
                pop(t);
                markLocalInit(insn.index);
                push(t);
            }
            case GLOBAL_GET -> push(ctx.global(insn.index, insn.offset).type());
            case GLOBAL_SET -> {
                GlobalType g = ctx.global(insn.index, insn.offset);
                if (!g.mutable()) {
                    throw error("global is immutable");
                }
                pop(g.type());
            }
            case TABLE_GET -> {
                TableType t = ctx.table(insn.index, insn.offset);
                pop(t.addressType());
                push(t.elementType());
            }
            case TABLE_SET -> {
                TableType t = ctx.table(insn.index, insn.offset);
                pop(t.elementType());
                pop(t.addressType());
            }
            case MEMORY_SIZE -> push(addressType(ctx.memory(insn.index, insn.offset)));
            case MEMORY_GROW -> {
                ValType a = addressType(ctx.memory(insn.index, insn.offset));
                pop(a);
                push(a);
            }
            case REF_NULL -> push(ValType.ref(true, insn.heapType));
            case REF_IS_NULL -> {
                operandType = popRef();
                push(ValType.I32);
            }
            case REF_FUNC -> {
                DefType t = ctx.function(insn.index, insn.offset);
                if (!constExpr && !ctx.isDeclaredFunctionReference(insn.index)) {
                    throw error("undeclared function reference");
                }
                push(ValType.ref(false, t));
            }
            case REF_EQ -> {
                pop(ValType.EQREF);
                pop(ValType.EQREF);
                push(ValType.I32);
            }
            case REF_AS_NON_NULL -> {
                ValType t = popRef();
                push(t.kind() == ValType.Kind.BOT ? t : t.withNullable(false));
            }
            case BR_ON_NULL -> {
                ValType t = popRef();
                List<ValType> ts = labelTypesOf(label(insn.index));
                popAll(ts);
                pushAll(ts);
                push(t.kind() == ValType.Kind.BOT ? t : t.withNullable(false));
            }
            case BR_ON_NON_NULL -> brOnNonNull(insn);
            case THROW -> {
                popAll(ctx.tag(insn.index, insn.offset).funcType().params());
                unreachable();
            }
            case THROW_REF -> {
                pop(ValType.EXNREF);
                unreachable();
            }
            case TRY_TABLE -> tryTable(insn);
            case TRY -> {
                FuncType bt = blockType(insn);
                popAll(bt.params());
                pushCtl(Opcode.TRY, bt.params(), bt.results());
                maxLegacyTries = Math.max(maxLegacyTries, ++legacyTries);
            }
            case CATCH, CATCH_ALL -> {
                Ctl c = ctls[ctlSp - 1];
                if (c.kind != Opcode.TRY && c.kind != Opcode.CATCH) {
                    throw error(op == Opcode.CATCH ? "catch without matching try" : "catch_all without matching try");
                }
                popCtl();
                if (op == Opcode.CATCH) {
                    pushCtl(Opcode.CATCH, ctx.tag(insn.index, insn.offset).funcType().params(), c.results);
                } else {
                    pushCtl(Opcode.CATCH_ALL, List.of(), c.results);
                }
            }
            case DELEGATE -> {
                Ctl c = ctls[ctlSp - 1];
                if (c.kind != Opcode.TRY) {
                    throw error("delegate without matching try");
                }
                popCtl();
                legacyTries--;
                // The label is counted from outside the try block being closed.
                if (insn.index < 0 || insn.index >= ctlSp) {
                    throw error("unknown label " + Integer.toUnsignedString(insn.index));
                }
                pushAll(c.results);
            }
            case RETHROW -> {
                Ctl c = label(insn.index);
                if (c.kind != Opcode.CATCH && c.kind != Opcode.CATCH_ALL) {
                    throw error("invalid rethrow label");
                }
                unreachable();
            }
            default -> {
                if (op.prefix == 0xFC) {
                    miscOp(insn);
                } else if (op.prefix == 0xFB) {
                    gcOp(insn);
                } else {
                    throw error("unsupported instruction " + op);
                }
            }
        }
    }

    private void fixedSignature(Opcode op, Instruction insn) {
        ValType[] params = op.params();
        if (op.prefix == 0xFD) {
            checkLanes(insn);
        }
        if (op.immediates == dev.wasmjs.engine.binary.Immediates.MEMARG
                || op.immediates == dev.wasmjs.engine.binary.Immediates.MEMARG_LANE) {
            MemoryType m = ctx.memory(insn.index2, insn.offset);
            checkMemarg(op, insn, m);
            ValType addr = addressType(m);
            for (int i = params.length - 1; i >= 0; i--) {
                pop(params[i] == null ? addr : params[i]);
            }
        } else {
            for (int i = params.length - 1; i >= 0; i--) {
                pop(params[i]);
            }
        }
        pushAll(op.results());
    }

    /** SIMD lane immediates must name a lane of the shape (shuffle: of the two input vectors). */
    private void checkLanes(Instruction insn) {
        int lanes = SimdInfo.laneCount(insn.opcode);
        if (insn.opcode == Opcode.I8X16_SHUFFLE) {
            // 16 lane bytes packed little-endian: every byte must be below 32.
            if (((insn.value | insn.valueHigh) & 0xE0E0_E0E0_E0E0_E0E0L) != 0) {
                throw error("invalid lane index");
            }
        } else if (lanes > 0 && insn.lane >= lanes) {
            throw error("invalid lane index");
        }
    }

    private void checkMemarg(Opcode op, Instruction insn, MemoryType m) {
        if (insn.alignLog2 > naturalAlignmentLog2(op)) {
            throw error("alignment must not be larger than natural");
        }
        if (!m.address64() && Long.compareUnsigned(insn.value, 0xFFFFFFFFL) > 0) {
            throw error("offset out of range");
        }
    }

    /** log2 of the access width of a load or store. */
    public static int naturalAlignmentLog2(Opcode op) {
        return switch (op) {
            case I32_LOAD8_S, I32_LOAD8_U, I64_LOAD8_S, I64_LOAD8_U, I32_STORE8, I64_STORE8 -> 0;
            case I32_LOAD16_S, I32_LOAD16_U, I64_LOAD16_S, I64_LOAD16_U, I32_STORE16, I64_STORE16 -> 1;
            case I32_LOAD, F32_LOAD, I64_LOAD32_S, I64_LOAD32_U, I32_STORE, F32_STORE, I64_STORE32 -> 2;
            case I64_LOAD, F64_LOAD, I64_STORE, F64_STORE -> 3;
            default -> SimdInfo.accessLog2(op);
        };
    }

    private void call(FuncType f) {
        popAll(f.params());
        pushAll(f.results());
    }

    private void returnCall(FuncType f) {
        if (!Subtyping.allSubtypes(f.results(), returnTypes)) {
            throw error("type mismatch: tail call results do not match the function's results");
        }
        popAll(f.params());
        unreachable();
    }

    private void brTable(Instruction insn) {
        pop(ValType.I32);
        int arity = labelTypesOf(label(insn.index)).size();
        for (int k = 0; k < insn.count; k++) {
            List<ValType> ts = labelTypesOf(label(insn.labels[k]));
            if (ts.size() != arity) {
                throw error("type mismatch: br_table targets have different arities");
            }
            // Each target must accept the operands; pop and restore them so the next target sees them too.
            ValType[] popped = new ValType[ts.size()];
            for (int i = ts.size() - 1; i >= 0; i--) {
                popped[i] = pop(ts.get(i));
            }
            pushAll(popped);
        }
        popAll(labelTypesOf(label(insn.index)));
        unreachable();
    }

    private void brOnNonNull(Instruction insn) {
        ValType t = popRef();
        List<ValType> ts = labelTypesOf(label(insn.index));
        if (ts.isEmpty()) {
            throw error("type mismatch: br_on_non_null needs a label with a reference result");
        }
        ValType last = ts.get(ts.size() - 1);
        ValType nonNull = t.kind() == ValType.Kind.BOT ? t : t.withNullable(false);
        if (!Subtyping.isSubtype(nonNull, last)) {
            throw error("type mismatch: br_on_non_null operand does not match the label");
        }
        List<ValType> rest = ts.subList(0, ts.size() - 1);
        popAll(rest);
        pushAll(rest);
    }

    private void tryTable(Instruction insn) {
        FuncType bt = blockType(insn);
        popAll(bt.params());
        // Catch labels are relative to the frame enclosing the try_table.
        for (int k = 0; k < insn.count; k++) {
            int kind = insn.catchKinds[k];
            List<ValType> carried = switch (kind) {
                case Instruction.CATCH -> ctx.tag(insn.catchTags[k], insn.offset).funcType().params();
                case Instruction.CATCH_REF -> {
                    List<ValType> ps = new ArrayList<>(ctx.tag(insn.catchTags[k], insn.offset).funcType().params());
                    ps.add(CAUGHT_EXN);
                    yield ps;
                }
                case Instruction.CATCH_ALL -> List.of();
                default -> CAUGHT_EXN_LIST;
            };
            List<ValType> target = labelTypesOf(label(insn.catchLabels[k]));
            if (!Subtyping.allSubtypes(carried, target)) {
                throw error("type mismatch: catch clause does not match its label");
            }
        }
        pushCtl(Opcode.TRY_TABLE, bt.params(), bt.results());
    }

    // ---- 0xFC: saturating truncation (fixed signatures), bulk memory and tables ----------------------------

    private void miscOp(Instruction insn) {
        switch (insn.opcode) {
            case MEMORY_INIT -> {
                MemoryType m = ctx.memory(insn.index2, insn.offset);
                ctx.data(insn.index, insn.offset);
                pop(ValType.I32);
                pop(ValType.I32);
                pop(addressType(m));
            }
            case DATA_DROP -> ctx.data(insn.index, insn.offset);
            case MEMORY_COPY -> {
                MemoryType dst = ctx.memory(insn.index, insn.offset);
                MemoryType src = ctx.memory(insn.index2, insn.offset);
                // The length is 64-bit only when both memories are.
                boolean both64 = dst.address64() && src.address64();
                pop(both64 ? ValType.I64 : ValType.I32);
                pop(addressType(src));
                pop(addressType(dst));
            }
            case MEMORY_FILL -> {
                ValType a = addressType(ctx.memory(insn.index, insn.offset));
                pop(a);
                pop(ValType.I32);
                pop(a);
            }
            case TABLE_INIT -> {
                TableType t = ctx.table(insn.index2, insn.offset);
                ValType e = ctx.elementType(insn.index, insn.offset);
                if (!Subtyping.isSubtype(e, t.elementType())) {
                    throw error("type mismatch: element segment type does not match the table");
                }
                pop(ValType.I32);
                pop(ValType.I32);
                pop(t.addressType());
            }
            case ELEM_DROP -> ctx.elementType(insn.index, insn.offset);
            case TABLE_COPY -> {
                TableType dst = ctx.table(insn.index, insn.offset);
                TableType src = ctx.table(insn.index2, insn.offset);
                if (!Subtyping.isSubtype(src.elementType(), dst.elementType())) {
                    throw error("type mismatch: table.copy between incompatible tables");
                }
                boolean both64 = dst.address64() && src.address64();
                pop(both64 ? ValType.I64 : ValType.I32);
                pop(src.addressType());
                pop(dst.addressType());
            }
            case TABLE_GROW -> {
                TableType t = ctx.table(insn.index, insn.offset);
                pop(t.addressType());
                pop(t.elementType());
                push(t.addressType());
            }
            case TABLE_SIZE -> push(ctx.table(insn.index, insn.offset).addressType());
            case TABLE_FILL -> {
                TableType t = ctx.table(insn.index, insn.offset);
                pop(t.addressType());
                pop(t.elementType());
                pop(t.addressType());
            }
            default -> throw error("unsupported instruction " + insn.opcode);
        }
    }

    // ---- 0xFB: garbage-collected types --------------------------------------------------------------------

    private DefType structType(Instruction insn) {
        DefType t = ctx.type(insn.index, insn.offset);
        if (!t.isStruct()) {
            throw error("type " + insn.index + " is not a struct type");
        }
        return t;
    }

    private DefType arrayType(int index, int offset) {
        DefType t = ctx.type(index, offset);
        if (!t.isArray()) {
            throw error("type " + index + " is not an array type");
        }
        return t;
    }

    private FieldType field(DefType struct, int index) {
        List<FieldType> fields = struct.structType().fields();
        if (index < 0 || index >= fields.size()) {
            throw error("unknown field " + Integer.toUnsignedString(index));
        }
        return fields.get(index);
    }

    private static boolean isPacked(FieldType f) {
        return f.storage() instanceof StorageType.Packed;
    }

    private void gcOp(Instruction insn) {
        switch (insn.opcode) {
            case STRUCT_NEW -> {
                DefType t = structType(insn);
                List<FieldType> fields = t.structType().fields();
                for (int i = fields.size() - 1; i >= 0; i--) {
                    pop(fields.get(i).storage().unpacked());
                }
                push(ValType.ref(false, t));
            }
            case STRUCT_NEW_DEFAULT -> {
                DefType t = structType(insn);
                for (FieldType f : t.structType().fields()) {
                    if (!f.storage().unpacked().isDefaultable()) {
                        throw error("field type is not defaultable");
                    }
                }
                push(ValType.ref(false, t));
            }
            case STRUCT_GET, STRUCT_GET_S, STRUCT_GET_U -> {
                DefType t = structType(insn);
                FieldType f = field(t, insn.index2);
                if (isPacked(f) == (insn.opcode == Opcode.STRUCT_GET)) {
                    throw error(isPacked(f) ? "type mismatch: packed field needs get_s or get_u"
                            : "type mismatch: get_s/get_u need a packed field");
                }
                pop(ValType.ref(true, t));
                push(f.storage().unpacked());
            }
            case STRUCT_SET -> {
                DefType t = structType(insn);
                FieldType f = field(t, insn.index2);
                if (!f.mutable()) {
                    throw error("field is immutable");
                }
                pop(f.storage().unpacked());
                pop(ValType.ref(true, t));
            }
            case ARRAY_NEW -> {
                DefType t = arrayType(insn.index, insn.offset);
                pop(ValType.I32);
                pop(t.arrayType().element().storage().unpacked());
                push(ValType.ref(false, t));
            }
            case ARRAY_NEW_DEFAULT -> {
                DefType t = arrayType(insn.index, insn.offset);
                if (!t.arrayType().element().storage().unpacked().isDefaultable()) {
                    throw error("array type is not defaultable");
                }
                pop(ValType.I32);
                push(ValType.ref(false, t));
            }
            case ARRAY_NEW_FIXED -> {
                DefType t = arrayType(insn.index, insn.offset);
                ValType e = t.arrayType().element().storage().unpacked();
                if (insn.value > 10_000) {
                    throw error("array.new_fixed with too many operands");
                }
                for (long i = 0; i < insn.value; i++) {
                    pop(e);
                }
                push(ValType.ref(false, t));
            }
            case ARRAY_NEW_DATA -> {
                DefType t = arrayType(insn.index, insn.offset);
                checkNumericElement(t);
                ctx.data(insn.index2, insn.offset);
                pop(ValType.I32);
                pop(ValType.I32);
                push(ValType.ref(false, t));
            }
            case ARRAY_NEW_ELEM -> {
                DefType t = arrayType(insn.index, insn.offset);
                ValType e = ctx.elementType(insn.index2, insn.offset);
                if (!Subtyping.isSubtype(e, t.arrayType().element().storage().unpacked())) {
                    throw error("type mismatch: element segment does not match the array type");
                }
                pop(ValType.I32);
                pop(ValType.I32);
                push(ValType.ref(false, t));
            }
            case ARRAY_GET, ARRAY_GET_S, ARRAY_GET_U -> {
                DefType t = arrayType(insn.index, insn.offset);
                FieldType f = t.arrayType().element();
                if (isPacked(f) == (insn.opcode == Opcode.ARRAY_GET)) {
                    throw error(isPacked(f) ? "type mismatch: packed array needs get_s or get_u"
                            : "type mismatch: get_s/get_u need a packed array");
                }
                pop(ValType.I32);
                pop(ValType.ref(true, t));
                push(f.storage().unpacked());
            }
            case ARRAY_SET -> {
                DefType t = mutableArray(insn.index, insn.offset);
                pop(t.arrayType().element().storage().unpacked());
                pop(ValType.I32);
                pop(ValType.ref(true, t));
            }
            case ARRAY_LEN -> {
                pop(ValType.ARRAYREF);
                push(ValType.I32);
            }
            case ARRAY_FILL -> {
                DefType t = mutableArray(insn.index, insn.offset);
                pop(ValType.I32);
                pop(t.arrayType().element().storage().unpacked());
                pop(ValType.I32);
                pop(ValType.ref(true, t));
            }
            case ARRAY_COPY -> {
                DefType dst = mutableArray(insn.index, insn.offset);
                DefType src = arrayType(insn.index2, insn.offset);
                StorageType ds = dst.arrayType().element().storage();
                StorageType ss = src.arrayType().element().storage();
                boolean ok = ds instanceof StorageType.Value dv && ss instanceof StorageType.Value sv
                        ? Subtyping.isSubtype(sv.type(), dv.type()) : ds == ss;
                if (!ok) {
                    throw error("type mismatch: array.copy between incompatible arrays");
                }
                pop(ValType.I32);
                pop(ValType.I32);
                pop(ValType.ref(true, src));
                pop(ValType.I32);
                pop(ValType.ref(true, dst));
            }
            case ARRAY_INIT_DATA -> {
                DefType t = mutableArray(insn.index, insn.offset);
                checkNumericElement(t);
                ctx.data(insn.index2, insn.offset);
                pop(ValType.I32);
                pop(ValType.I32);
                pop(ValType.I32);
                pop(ValType.ref(true, t));
            }
            case ARRAY_INIT_ELEM -> {
                DefType t = mutableArray(insn.index, insn.offset);
                ValType e = ctx.elementType(insn.index2, insn.offset);
                if (!Subtyping.isSubtype(e, t.arrayType().element().storage().unpacked())) {
                    throw error("type mismatch: element segment does not match the array type");
                }
                pop(ValType.I32);
                pop(ValType.I32);
                pop(ValType.I32);
                pop(ValType.ref(true, t));
            }
            case REF_TEST, REF_TEST_NULL, REF_CAST, REF_CAST_NULL -> {
                boolean nullable = insn.opcode == Opcode.REF_TEST_NULL || insn.opcode == Opcode.REF_CAST_NULL;
                ValType target = ValType.ref(nullable, insn.heapType);
                ValType in = popRef();
                if (in.kind() == ValType.Kind.REF && in.heapType().top() != insn.heapType.top()) {
                    throw error("type mismatch: cast to a type of another hierarchy");
                }
                operandType = in;
                boolean test = insn.opcode == Opcode.REF_TEST || insn.opcode == Opcode.REF_TEST_NULL;
                push(test ? ValType.I32 : target);
            }
            case BR_ON_CAST, BR_ON_CAST_FAIL -> brOnCast(insn);
            case ANY_CONVERT_EXTERN -> {
                ValType t = pop(ValType.EXTERNREF);
                push(ValType.ref(t.kind() == ValType.Kind.BOT || t.nullable(), HeapType.Abstract.ANY));
            }
            case EXTERN_CONVERT_ANY -> {
                ValType t = pop(ValType.ANYREF);
                push(ValType.ref(t.kind() == ValType.Kind.BOT || t.nullable(), HeapType.Abstract.EXTERN));
            }
            case REF_I31 -> {
                pop(ValType.I32);
                push(ValType.ref(false, HeapType.Abstract.I31));
            }
            case I31_GET_S, I31_GET_U -> {
                pop(ValType.I31REF);
                push(ValType.I32);
            }
            default -> throw error("unsupported instruction " + insn.opcode);
        }
    }

    private DefType mutableArray(int index, int offset) {
        DefType t = arrayType(index, offset);
        if (!t.arrayType().element().mutable()) {
            throw error("array is immutable");
        }
        return t;
    }

    private void checkNumericElement(DefType t) {
        ArrayType a = t.arrayType();
        if (a.element().storage().unpacked().isRef()) {
            throw error("type mismatch: array.new_data/init_data need a numeric element type");
        }
    }

    private void brOnCast(Instruction insn) {
        ValType rt1 = ValType.ref((insn.castFlags & 1) != 0, insn.heapType);
        ValType rt2 = ValType.ref((insn.castFlags & 2) != 0, insn.heapType2);
        if (!Subtyping.isSubtype(rt2, rt1)) {
            throw error("type mismatch: br_on_cast target type is not a subtype of the source type");
        }
        List<ValType> ts = labelTypesOf(label(insn.index));
        if (ts.isEmpty()) {
            throw error("type mismatch: br_on_cast needs a label with a reference result");
        }
        // The type left when the cast fails (or succeeds, for br_on_cast_fail): rt1 minus rt2.
        ValType diff = rt2.nullable() ? rt1.withNullable(false) : rt1;
        ValType branchType = insn.opcode == Opcode.BR_ON_CAST ? rt2 : diff;
        ValType fallType = insn.opcode == Opcode.BR_ON_CAST ? diff : rt2;
        if (!Subtyping.isSubtype(branchType, ts.get(ts.size() - 1))) {
            throw error("type mismatch: br_on_cast result does not match the label");
        }
        pop(rt1);
        List<ValType> rest = ts.subList(0, ts.size() - 1);
        popAll(rest);
        pushAll(rest);
        push(fallType);
    }

    @Override
    public String toString() {
        return "FunctionValidator[function " + funcIndex + "]";
    }
}
