package dev.wasmjs.engine.compile;

import static dev.wasmjs.engine.compile.JvmTypes.INSTANCE;
import static dev.wasmjs.engine.compile.JvmTypes.MEMORY;
import static dev.wasmjs.engine.compile.JvmTypes.OBJECT;
import static dev.wasmjs.engine.compile.JvmTypes.SUPPORT;
import static dev.wasmjs.engine.compile.JvmTypes.WASM_FUNCTION;
import static dev.wasmjs.engine.compile.JvmTypes.WASM_THROW;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import dev.wasmjs.engine.binary.Immediates;
import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.syntax.Module;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import dev.wasmjs.engine.validate.CodeSink;
import dev.wasmjs.engine.validate.FunctionValidator;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates one wasm function to the body of a static JVM method while the validator checks it (a
 * {@link CodeSink}, like the interpreter's code builder: the validator's knowledge of types and stack heights is
 * used as it goes, nothing is decoded or derived twice).
 *
 * <p>Values: wasm locals are JVM locals. Operands stay on the JVM operand stack inside straight-line code, so
 * HotSpot sees plain expressions; at control-flow joins (block ends that are branched to, loop headers, if/else)
 * every operand is "spilled" to a JVM local of its own, one per (stack height, kind). Branches move their
 * carried values into the target's slots and jump. This keeps the JVM stack empty at every join, which is what
 * the verifier needs, while giving the JIT ordinary local variables to allocate registers for.
 *
 * <p>The invariant behind {@link #sp} and {@link #spilled}: operand heights {@code [0, spilled)} live in their
 * JVM locals, heights {@code [spilled, sp)} are on the JVM operand stack in order. A v128 is two long operands.
 *
 * <p>This class keeps the frame, the operand mirror, control flow and exception handling; instruction families
 * are emitted by {@link NumericEmitter}, {@link CallEmitter} (calls and tail calls), {@link BulkEmitter},
 * {@link SimdEmitter} and {@link GcEmitter}, through the package-private operand methods below.
 */
final class FunctionEmitter implements CodeSink {
    /** Where a call goes: same class (invokestatic) or elsewhere. */
    interface CallTargets {
        /** Whether defined function {@code funcIndex} is a method of the class being built. */
        boolean inThisClass(int funcIndex);

        /** Whether a function of this class is compiled as a tail-calling body (see {@link TailCall}). */
        boolean makesTailCalls(int funcIndex);
    }

    private static final class Ctl {
        Opcode kind;
        boolean live;
        boolean isFunction;
        int height;
        TypeKind[] params;
        TypeKind[] results;
        Label label;
        Label elseLabel;
        /** A branch (or a catch clause) targets the end label. */
        boolean branched;
        /** The if was reachable when entered (its else branch is reachable). */
        boolean entryReachable;
        Label tryStart;
        /** try_table and legacy try: where the JVM exception handler code starts. */
        Label handler;
        /** Legacy try: past the first catch (the try body's range is closed). */
        boolean inCatch;
        /** A delegate targets this try's handler (it must exist even if the try has no catch clause). */
        boolean handlerUsed;
        Label tryEnd;
        /** Legacy try: the caught exception, for rethrow. */
        int exceptionSlot;
        /** Legacy try: catch clauses in order, tag index or -1 for catch_all, and where each body starts. */
        List<Integer> clauseTags;
        List<Label> clauseStarts;
        int[] catchKinds;
        int[] catchTags;
        Ctl[] catchTargets;

        TypeKind[] branchKinds() {
            return kind == Opcode.LOOP ? params : results;
        }
    }


    private final CodeBuilder cb;
    private final ClassDesc self;
    private final CallTargets targets;
    private final Module module;
    private final int funcIndex;
    /** Whether this is the body of a tail-calling function (see {@link TailCall}): it has tcSlot and depthSlot. */
    private final boolean tailBody;
    private int tcSlot = -1;
    private int depthSlot = -1;

    private int[] localSlot;
    /** Per wasm local: its JVM kind; a v128 local is two long locals (low at its slot, high 2 above). */
    private TypeKind[] localKind;
    private boolean[] localWide;
    /** Slots (JVM operand units, a v128 counting two) of the parameters. */
    private int paramSlots;
    private int instSlot;
    private int mem0Slot = -1;
    private int exceptionSlot = -1;
    private int nextLocal;
    private Label bodyStart;
    private TypeKind[] functionResults;
    private int declaredFrom;

    /** JVM local of (height, kind), allocated on first use; -1 when not yet allocated. */
    private int[] stackSlots = new int[5 * 16];

    private TypeKind[] kinds = new TypeKind[16];
    private int sp;
    private int spilled;
    private boolean reachable = true;

    private final List<Ctl> ctls = new ArrayList<>();
    private final SimdEmitter simd;
    private final GcEmitter gc;
    private final NumericEmitter numeric;
    private final BulkEmitter bulk;
    private final CallEmitter calls;
    /** JVM locals for temporaries of the instruction-family emitters, by (kind, number). */
    private final Map<Integer, Integer> scratch = new java.util.HashMap<>();

    FunctionEmitter(CodeBuilder cb, ClassDesc self, CallTargets targets, Module module, int funcIndex,
            boolean tailBody) {
        this.tailBody = tailBody;
        this.cb = cb;
        this.self = self;
        this.targets = targets;
        this.module = module;
        this.funcIndex = funcIndex;
        this.simd = new SimdEmitter(this);
        this.gc = new GcEmitter(this);
        this.numeric = new NumericEmitter(this);
        this.bulk = new BulkEmitter(this);
        this.calls = new CallEmitter(this, cb, self, targets, module, funcIndex, tailBody);
        Arrays.fill(stackSlots, -1);
    }

    // ---- frame -----------------------------------------------------------------------------------------------

    @Override
    public void begin(FunctionValidator v) {
        int n = v.localCount();
        localSlot = new int[n];
        localKind = new TypeKind[n];
        localWide = new boolean[n];
        int slot = 0;
        for (int i = 0; i < v.paramCount(); i++) {
            slot = declareLocal(i, v.localType(i), slot);
            paramSlots += v.localType(i).slots();
        }
        instSlot = slot++;
        if (tailBody) {
            tcSlot = slot++;
            depthSlot = slot++;
            calls.tailPrologue();
        }
        if (!module.memoryTypes().isEmpty()) {
            mem0Slot = slot++;
            cb.aload(instSlot);
            cb.getfield(INSTANCE, "memories", MEMORY.arrayType());
            cb.iconst_0();
            cb.aaload();
            cb.astore(mem0Slot);
        }
        declaredFrom = v.paramCount();
        for (int i = v.paramCount(); i < n; i++) {
            slot = declareLocal(i, v.localType(i), slot);
        }
        nextLocal = slot;
        zeroDeclaredLocals();
        bodyStart = cb.newBoundLabel();
        Ctl f = new Ctl();
        f.kind = Opcode.BLOCK;
        f.live = true;
        f.isFunction = true;
        f.height = 0;
        f.params = new TypeKind[0];
        f.results = kinds(v.returnTypes());
        functionResults = f.results;
        ctls.add(f);
    }

    /** Assigns wasm local {@code i} its JVM local(s) from {@code slot}; returns the next free JVM local. */
    private int declareLocal(int i, ValType t, int slot) {
        localWide[i] = t.kind() == ValType.Kind.V128;
        localKind[i] = localWide[i] ? TypeKind.LONG : JvmTypes.kind(t);
        localSlot[i] = slot;
        return slot + (localWide[i] ? 4 : localKind[i].slotSize());
    }

    private void zeroDeclaredLocals() {
        for (int i = declaredFrom; i < localKind.length; i++) {
            for (int half = 0; half < (localWide[i] ? 2 : 1); half++) {
                switch (localKind[i]) {
                    case INT -> cb.iconst_0();
                    case LONG -> cb.lconst_0();
                    case FLOAT -> cb.fconst_0();
                    case DOUBLE -> cb.dconst_0();
                    default -> cb.aconst_null();
                }
                cb.storeLocal(localKind[i], localSlot[i] + 2 * half);
            }
        }
    }

    /** Pushes wasm local {@code i} (both halves of a v128). */
    private void localGet(int i) {
        cb.loadLocal(localKind[i], localSlot[i]);
        push(localKind[i]);
        if (localWide[i]) {
            cb.lload(localSlot[i] + 2);
            push(TypeKind.LONG);
        }
    }

    /** Pops the top operand into wasm local {@code i}. */
    private void localSet(int i) {
        if (localWide[i]) {
            need(2);
            cb.lstore(localSlot[i] + 2);
            cb.lstore(localSlot[i]);
            popN(2);
        } else {
            need(1);
            cb.storeLocal(localKind[i], localSlot[i]);
            popN(1);
        }
    }

    /** Handlers that rethrow out of the function (for delegate to the function's label), emitted last. */
    private final List<Label> escapes = new ArrayList<>();

    @Override
    public void finish(FunctionValidator v) {
        for (Label l : escapes) {
            cb.labelBinding(l);
            cb.athrow();
        }
    }

    private static TypeKind[] kinds(List<ValType> types) {
        return JvmTypes.slotKinds(types);
    }

    private static int kindIndex(TypeKind k) {
        return switch (k) {
            case INT -> 0;
            case LONG -> 1;
            case FLOAT -> 2;
            case DOUBLE -> 3;
            default -> 4;
        };
    }

    /** The JVM local holding operand height {@code h} when it has kind {@code k}. */
    int slot(int h, TypeKind k) {
        int i = h * 5 + kindIndex(k);
        if (i >= stackSlots.length) {
            int old = stackSlots.length;
            stackSlots = Arrays.copyOf(stackSlots, Math.max(i + 1, old * 2));
            Arrays.fill(stackSlots, old, stackSlots.length, -1);
        }
        if (stackSlots[i] < 0) {
            stackSlots[i] = nextLocal;
            nextLocal += k.slotSize();
            if (nextLocal > 65535) {
                throw new NotCompilable("more than 65535 JVM locals");
            }
        }
        return stackSlots[i];
    }

    // ---- for the instruction-family emitters ({@link SimdEmitter}, {@link GcEmitter}) ------------------------

    CodeBuilder code() {
        return cb;
    }

    Module module() {
        return module;
    }

    int sp() {
        return sp;
    }

    /** Marks every operand as living in its local (after results were stored there). */
    void allSpilled() {
        spilled = sp;
    }

    void unreachable() {
        reachable = false;
    }

    /** The thread's {@link TailCall} (tail-calling bodies only). */
    void loadTailCall() {
        cb.aload(tcSlot);
    }

    /** How many tail calls deep this body runs above its entry (tail-calling bodies only). */
    void loadDepth() {
        cb.iload(depthSlot);
    }

    void loadInstance() {
        cb.aload(instSlot);
    }

    /**
     * Spills every operand and pops the top {@code n} from the mirror; returns the height of the first of them.
     * Their values stay readable with {@link #loadOperand} until results are stored (results pushed onto the JVM
     * stack with {@link #pushed} are only stored at the next spill).
     */
    int takeOperands(int n) {
        spillAll();
        int base = sp - n;
        popN(n);
        return base;
    }

    void loadOperand(int h, TypeKind k) {
        cb.loadLocal(k, slot(h, k));
    }

    /** Records values the caller left on the JVM stack as new operands. */
    void pushed(TypeKind... ks) {
        for (TypeKind k : ks) {
            push(k);
        }
    }

    /** Makes the top {@code n} operands available on the JVM stack and pops them from the mirror. */
    void operandsOnStack(int n) {
        need(n);
        popN(n);
    }

    /** A JVM local for temporary {@code number} of kind {@code k}, shared by all instructions of the function. */
    int scratch(TypeKind k, int number) {
        return scratch.computeIfAbsent(number * 8 + kindIndex(k), x -> {
            int slot = nextLocal;
            nextLocal += k.slotSize();
            return slot;
        });
    }

    // ---- the operand-stack mirror -------------------------------------------------------------------------

    void push(TypeKind k) {
        if (sp == kinds.length) {
            kinds = Arrays.copyOf(kinds, sp * 2);
        }
        kinds[sp++] = k;
    }

    void popN(int n) {
        sp -= n;
        if (spilled > sp) {
            spilled = sp;
        }
    }

    /** Puts operands {@code [from, sp)} on the JVM stack (loading spilled ones, after spilling what is above). */
    private void materialize(int from) {
        if (spilled <= from) {
            return;
        }
        for (int h = sp - 1; h >= spilled; h--) {
            cb.storeLocal(kinds[h], slot(h, kinds[h]));
        }
        for (int h = from; h < sp; h++) {
            cb.loadLocal(kinds[h], slot(h, kinds[h]));
        }
        spilled = from;
    }

    /** Makes the top {@code n} operands available on the JVM stack. */
    void need(int n) {
        materialize(sp - n);
    }

    /** Moves every operand on the JVM stack to its local: the canonical state at joins and branches. */
    void spillAll() {
        for (int h = sp - 1; h >= spilled; h--) {
            cb.storeLocal(kinds[h], slot(h, kinds[h]));
        }
        spilled = sp;
    }

    void loadSpilled(int h) {
        cb.loadLocal(kinds[h], slot(h, kinds[h]));
    }

    /** Pops an i32 condition so that it is alone on the JVM stack with everything else spilled. */
    private void popCondition() {
        if (spilled != sp - 1) {
            spillAll();
            loadSpilled(sp - 1);
        }
        sp--;
        spilled = sp;
    }

    private Ctl label(int depth) {
        return ctls.get(ctls.size() - 1 - depth);
    }

    // ---- branches -----------------------------------------------------------------------------------------

    /** Whether a branch to {@code t} from the current state needs no value moves (and is not a return). */
    private boolean direct(Ctl t) {
        return !t.isFunction && sp - t.branchKinds().length == t.height;
    }

    /** With everything spilled: moves the carried values into {@code t}'s slots and jumps (or returns). */
    private void moveAndJump(Ctl t) {
        TypeKind[] carried = t.branchKinds();
        int n = carried.length;
        int src = sp - n;
        if (t.isFunction) {
            returnFromLocals(src);
            return;
        }
        if (src != t.height) {
            for (int i = 0; i < n; i++) {
                cb.loadLocal(carried[i], slot(src + i, carried[i]));
                cb.storeLocal(carried[i], slot(t.height + i, carried[i]));
            }
        }
        cb.goto_(t.label);
        t.branched = true;
    }

    private void branch(Ctl t) {
        spillAll();
        moveAndJump(t);
    }

    private void returnFromLocals(int from) {
        TypeKind[] results = functionResults;
        switch (results.length) {
            case 0 -> cb.return_();
            case 1 -> {
                cb.loadLocal(results[0], slot(from, results[0]));
                cb.return_(results[0]);
            }
            default -> {
                cb.new_(JvmTypes.MULTI_VALUE);
                cb.dup();
                cb.loadConstant(results.length);
                cb.invokespecial(JvmTypes.MULTI_VALUE, "<init>", MethodTypeDesc.of(CD_void, CD_int));
                for (int i = 0; i < results.length; i++) {
                    cb.dup();
                    TypeKind k = results[i];
                    if (k == TypeKind.REFERENCE) {
                        cb.getfield(JvmTypes.MULTI_VALUE, "refs", OBJECT.arrayType());
                        cb.loadConstant(i);
                        cb.aload(slot(from + i, k));
                        cb.aastore();
                    } else {
                        cb.getfield(JvmTypes.MULTI_VALUE, "bits", CD_long.arrayType());
                        cb.loadConstant(i);
                        cb.loadLocal(k, slot(from + i, k));
                        SlotCodec.toBits(cb, k);
                        cb.lastore();
                    }
                }
                cb.areturn();
            }
        }
    }

    private void emitReturn() {
        int n = functionResults.length;
        if (n == 1) {
            need(1);
            cb.return_(kinds[sp - 1]);
        } else {
            spillAll();
            returnFromLocals(sp - n);
        }
        reachable = false;
    }

    // ---- instructions -------------------------------------------------------------------------------------

    @Override
    public void instruction(Instruction insn, FunctionValidator v) {
        Opcode op = insn.opcode;
        switch (op) {
            case BLOCK, LOOP, IF, TRY_TABLE, TRY -> {
                openBlock(insn, v);
                return;
            }
            case CATCH, CATCH_ALL -> {
                legacyCatch(insn);
                return;
            }
            case DELEGATE -> {
                delegate(insn);
                return;
            }
            case ELSE -> {
                elseBranch();
                return;
            }
            case END -> {
                closeBlock();
                return;
            }
            default -> { }
        }
        if (!reachable) {
            return;
        }
        if (op.prefix == 0xFD) {
            simd.instruction(insn);
            return;
        }
        if (op.prefix == 0xFB && op != Opcode.BR_ON_CAST && op != Opcode.BR_ON_CAST_FAIL) {
            gc.instruction(insn);
            return;
        }
        if (op.hasSignature() && op.immediates != Immediates.I32 && op.immediates != Immediates.I64
                && op.immediates != Immediates.F32 && op.immediates != Immediates.F64) {
            fixedSignature(insn);
            return;
        }
        switch (op) {
            case UNREACHABLE -> {
                cb.invokestatic(SUPPORT, "unreachable", MethodTypeDesc.of(JvmTypes.desc(dev.wasmjs.engine.Trap.class)));
                cb.athrow();
                reachable = false;
            }
            case NOP -> { }
            case BR -> {
                branch(label(insn.index));
                reachable = false;
            }
            case BR_IF -> brIf(label(insn.index));
            case RETHROW -> {
                cb.aload(label(insn.index).exceptionSlot);
                cb.athrow();
                reachable = false;
            }
            case BR_TABLE -> brTable(insn);
            case RETURN -> emitReturn();
            case CALL -> calls.call(insn.index);
            case CALL_INDIRECT -> calls.callIndirect(insn.index, insn.index2);
            case CALL_REF -> calls.callRef(insn.index);
            case RETURN_CALL -> {
                if (insn.index == funcIndex) {
                    selfTailCall();
                } else {
                    calls.tailCall(insn.index);
                }
            }
            case RETURN_CALL_INDIRECT -> calls.tailCallIndirect(insn.index, insn.index2);
            case RETURN_CALL_REF -> calls.tailCallRef(insn.index);
            case DROP -> {
                for (int i = v.operandType().slots(); i > 0; i--) {
                    if (spilled < sp) {
                        if (kinds[sp - 1].slotSize() == 2) {
                            cb.pop2();
                        } else {
                            cb.pop();
                        }
                    }
                    popN(1);
                }
            }
            case SELECT, SELECT_T -> {
                if (v.operandType().kind() == ValType.Kind.V128) {
                    // [a.lo a.hi b.lo b.hi cond]: the result is a unless cond is 0.
                    int a = takeOperands(5);
                    Label keep = cb.newLabel();
                    loadOperand(a + 4, TypeKind.INT);
                    cb.ifne(keep);
                    loadOperand(a + 2, TypeKind.LONG);
                    cb.lstore(slot(a, TypeKind.LONG));
                    loadOperand(a + 3, TypeKind.LONG);
                    cb.lstore(slot(a + 1, TypeKind.LONG));
                    cb.labelBinding(keep);
                    push(TypeKind.LONG);
                    push(TypeKind.LONG);
                    spilled = sp;
                    return;
                }
                TypeKind k = JvmTypes.kind(v.operandType());
                need(3);
                ClassDesc d = JvmTypes.classDesc(k);
                String name = switch (k) {
                    case INT -> "selectI";
                    case LONG -> "selectJ";
                    case FLOAT -> "selectF";
                    case DOUBLE -> "selectD";
                    default -> "selectA";
                };
                cb.invokestatic(SUPPORT, name, MethodTypeDesc.of(d, d, d, CD_int));
                popN(3);
                push(k);
            }
            case LOCAL_GET -> localGet(insn.index);
            case LOCAL_SET -> localSet(insn.index);
            case LOCAL_TEE -> {
                if (localWide[insn.index]) {
                    localSet(insn.index);
                    localGet(insn.index);
                    return;
                }
                need(1);
                if (localKind[insn.index].slotSize() == 2) {
                    cb.dup2();
                } else {
                    cb.dup();
                }
                cb.storeLocal(localKind[insn.index], localSlot[insn.index]);
            }
            case GLOBAL_GET -> globalGet(insn.index);
            case GLOBAL_SET -> globalSet(insn.index);
            case TABLE_GET -> {
                spillAll();
                loadAddress(sp - 1, true);
                popN(1);
                cb.aload(instSlot);
                cb.loadConstant(insn.index);
                support("tableGet", OBJECT, CD_long, INSTANCE, CD_int);
                push(TypeKind.REFERENCE);
            }
            case TABLE_SET -> {
                spillAll();
                loadAddress(sp - 2, true);
                loadSpilled(sp - 1);
                popN(2);
                cb.aload(instSlot);
                cb.loadConstant(insn.index);
                support("tableSet", CD_void, CD_long, OBJECT, INSTANCE, CD_int);
            }
            case MEMORY_SIZE -> {
                loadMemory(insn.index);
                boolean m64 = module.memoryTypes().get(insn.index).address64();
                support(m64 ? "memorySize64" : "memorySize", m64 ? CD_long : CD_int, MEMORY);
                push(m64 ? TypeKind.LONG : TypeKind.INT);
            }
            case MEMORY_GROW -> {
                boolean m64 = module.memoryTypes().get(insn.index).address64();
                need(1);
                loadMemory(insn.index);
                ClassDesc a = m64 ? CD_long : CD_int;
                support(m64 ? "memoryGrow64" : "memoryGrow", a, a, MEMORY);
                popN(1);
                push(m64 ? TypeKind.LONG : TypeKind.INT);
            }
            case I32_CONST -> {
                cb.loadConstant((int) insn.value);
                push(TypeKind.INT);
            }
            case I64_CONST -> {
                cb.loadConstant(insn.value);
                push(TypeKind.LONG);
            }
            case F32_CONST -> {
                // Through the bits: a float constant in the pool could not carry a signalling NaN's payload.
                cb.loadConstant((int) insn.value);
                SlotCodec.bitsToFloat(cb);
                push(TypeKind.FLOAT);
            }
            case F64_CONST -> {
                cb.loadConstant(insn.value);
                SlotCodec.bitsToDouble(cb);
                push(TypeKind.DOUBLE);
            }
            case REF_NULL -> {
                cb.aconst_null();
                push(TypeKind.REFERENCE);
            }
            case REF_IS_NULL -> unarySupport("isNull", TypeKind.REFERENCE, TypeKind.INT);
            case REF_FUNC -> {
                cb.aload(instSlot);
                cb.getfield(INSTANCE, "functions", WASM_FUNCTION.arrayType());
                cb.loadConstant(insn.index);
                cb.aaload();
                push(TypeKind.REFERENCE);
            }
            case REF_EQ -> {
                need(2);
                support("refEq", CD_int, OBJECT, OBJECT);
                popN(2);
                push(TypeKind.INT);
            }
            case REF_AS_NON_NULL -> unarySupport("refAsNonNull", TypeKind.REFERENCE, TypeKind.REFERENCE);
            case BR_ON_NULL -> brOnNull(label(insn.index));
            case BR_ON_CAST, BR_ON_CAST_FAIL -> brOnCast(insn);
            case BR_ON_NON_NULL -> brOnNonNull(label(insn.index));
            case THROW -> throwTag(insn.index);
            case THROW_REF -> {
                need(1);
                support("throwRef", JvmTypes.desc(Throwable.class), OBJECT);
                cb.athrow();
                popN(1);
                reachable = false;
            }
            case MEMORY_INIT, DATA_DROP, MEMORY_COPY, MEMORY_FILL, TABLE_INIT, ELEM_DROP, TABLE_COPY, TABLE_GROW,
                 TABLE_SIZE, TABLE_FILL -> bulk.instruction(insn);
            default -> throw new NotCompilable("instruction " + op + " is not compiled");
        }
    }

    void support(String name, ClassDesc ret, ClassDesc... params) {
        cb.invokestatic(SUPPORT, name, MethodTypeDesc.of(ret, params));
    }

    private void unarySupport(String name, TypeKind in, TypeKind out) {
        need(1);
        support(name, JvmTypes.classDesc(out), JvmTypes.classDesc(in));
        popN(1);
        push(out);
    }

    /** Loads spilled operand {@code h} as an unsigned long when it is an i32 address ({@code widen}). */
    void loadAddress(int h, boolean widen) {
        loadSpilled(h);
        if (widen && kinds[h] == TypeKind.INT) {
            cb.i2l();
            cb.loadConstant(0xFFFF_FFFFL);
            cb.land();
        }
    }

    void loadMemory(int index) {
        if (index == 0) {
            cb.aload(mem0Slot);
        } else {
            cb.aload(instSlot);
            cb.getfield(INSTANCE, "memories", MEMORY.arrayType());
            cb.loadConstant(index);
            cb.aaload();
        }
    }

    private void globalGet(int index) {
        ValType t = module.globalTypes().get(index).type();
        if (t.kind() == ValType.Kind.V128) {
            loadGlobal(index);
            cb.getfield(JvmTypes.GLOBAL, "bits", CD_long);
            push(TypeKind.LONG);
            loadGlobal(index);
            cb.getfield(JvmTypes.GLOBAL, "bitsHigh", CD_long);
            push(TypeKind.LONG);
            return;
        }
        TypeKind k = JvmTypes.kind(t);
        cb.aload(instSlot);
        cb.getfield(INSTANCE, "globals", JvmTypes.GLOBAL.arrayType());
        cb.loadConstant(index);
        cb.aaload();
        if (k == TypeKind.REFERENCE) {
            cb.getfield(JvmTypes.GLOBAL, "ref", OBJECT);
        } else {
            cb.getfield(JvmTypes.GLOBAL, "bits", CD_long);
            SlotCodec.fromBits(cb, k);
        }
        push(k);
    }

    private void loadGlobal(int index) {
        cb.aload(instSlot);
        cb.getfield(INSTANCE, "globals", JvmTypes.GLOBAL.arrayType());
        cb.loadConstant(index);
        cb.aaload();
    }

    private void globalSet(int index) {
        if (module.globalTypes().get(index).type().kind() == ValType.Kind.V128) {
            spillAll();
            loadGlobal(index);
            loadSpilled(sp - 2);
            cb.putfield(JvmTypes.GLOBAL, "bits", CD_long);
            loadGlobal(index);
            loadSpilled(sp - 1);
            cb.putfield(JvmTypes.GLOBAL, "bitsHigh", CD_long);
            popN(2);
            return;
        }
        TypeKind k = kinds[sp - 1];
        need(1);
        cb.aload(instSlot);
        cb.getfield(INSTANCE, "globals", JvmTypes.GLOBAL.arrayType());
        cb.loadConstant(index);
        cb.aaload();
        // [value, global] -> [global, value]
        if (k.slotSize() == 2) {
            cb.dup_x2();
            cb.pop();
        } else {
            cb.swap();
        }
        if (k == TypeKind.REFERENCE) {
            cb.putfield(JvmTypes.GLOBAL, "ref", OBJECT);
        } else {
            SlotCodec.toBits(cb, k);
            cb.putfield(JvmTypes.GLOBAL, "bits", CD_long);
        }
        popN(1);
    }

    // ---- control ------------------------------------------------------------------------------------------

    private void openBlock(Instruction insn, FunctionValidator v) {
        Ctl b = new Ctl();
        b.kind = insn.opcode;
        b.live = reachable;
        if (!reachable) {
            ctls.add(b);
            return;
        }
        b.params = kinds(v.blockParams());
        b.results = kinds(v.blockResults());
        b.label = cb.newLabel();
        switch (insn.opcode) {
            case BLOCK -> b.height = sp - b.params.length;
            case LOOP -> {
                spillAll();
                b.height = sp - b.params.length;
                cb.labelBinding(b.label);
            }
            case IF -> {
                popCondition();
                b.height = sp - b.params.length;
                b.elseLabel = cb.newLabel();
                b.entryReachable = true;
                // Both branches start from the spilled state (the condition is the only thing on the JVM stack).
                cb.ifeq(b.elseLabel);
            }
            case TRY_TABLE -> {
                // Catch labels are relative to the frame around the try_table, resolved before it is pushed.
                b.catchKinds = Arrays.copyOf(insn.catchKinds, insn.count);
                b.catchTags = Arrays.copyOf(insn.catchTags, insn.count);
                b.catchTargets = new Ctl[insn.count];
                for (int k = 0; k < insn.count; k++) {
                    b.catchTargets[k] = label(insn.catchLabels[k]);
                }
                spillAll();
                b.height = sp - b.params.length;
                b.tryStart = cb.newBoundLabel();
                b.handler = cb.newLabel();
                cb.nop();
            }
            case TRY -> {
                spillAll();
                b.height = sp - b.params.length;
                b.tryStart = cb.newBoundLabel();
                b.handler = cb.newLabel();
                b.clauseTags = new ArrayList<>();
                b.clauseStarts = new ArrayList<>();
                cb.nop();
            }
            default -> throw new AssertionError(insn.opcode);
        }
        ctls.add(b);
    }

    private void elseBranch() {
        Ctl b = ctls.get(ctls.size() - 1);
        if (!b.live) {
            return;
        }
        if (reachable) {
            spillAll();
            cb.goto_(b.label);
            b.branched = true;
        }
        cb.labelBinding(b.elseLabel);
        b.elseLabel = null;
        resetTo(b.height, b.params);
        reachable = b.entryReachable;
    }

    /** Sets the mirror to {@code height} spilled operands plus {@code top} (also spilled). */
    private void resetTo(int height, TypeKind[] top) {
        sp = height;
        for (TypeKind k : top) {
            push(k);
        }
        spilled = sp;
    }

    private void closeBlock() {
        Ctl b = ctls.remove(ctls.size() - 1);
        if (!b.live) {
            return;
        }
        if (b.isFunction) {
            if (reachable) {
                emitReturn();
            }
            return;
        }
        switch (b.kind) {
            case LOOP -> {
                // The loop label is its start; the end is only reached by falling through.
            }
            case BLOCK -> endOfPlainBlock(b);
            case IF, ELSE -> {
                if (reachable) {
                    spillAll();
                }
                if (b.elseLabel != null) {
                    // No else: the false edge carries the parameters through unchanged (params == results).
                    cb.labelBinding(b.elseLabel);
                    reachable = true;
                }
                cb.labelBinding(b.label);
                resetTo(b.height, b.results);
                reachable = reachable || b.branched;
            }
            case TRY_TABLE -> closeTryTable(b);
            case TRY -> {
                if (b.inCatch) {
                    closeLegacyTry(b);
                } else {
                    // A try without handlers is a block: exceptions pass through.
                    handlerlessTry(b, null);
                    endOfPlainBlock(b);
                }
            }
            default -> throw new AssertionError(b.kind);
        }
    }

    /** The end of a block (or handler-less try): a join only if something branched to it. */
    private void endOfPlainBlock(Ctl b) {
        if (b.branched) {
            if (reachable) {
                spillAll();
            }
            cb.labelBinding(b.label);
            resetTo(b.height, b.results);
            reachable = true;
        }
    }

    private int exceptionTemp() {
        if (exceptionSlot < 0) {
            exceptionSlot = nextLocal++;
        }
        return exceptionSlot;
    }

    /** Stores the payload of the exception in local {@code ex} (of tag {@code tagIndex}) to operand slots from {@code h}. */
    private int unpackPayload(int ex, int tagIndex, int h) {
        FuncType tagType = module.tagTypes().get(tagIndex).funcType();
        TypeKind[] payload = kinds(tagType.params());
        for (int slotIndex = 0; slotIndex < payload.length; slotIndex++) {
            TypeKind pk = payload[slotIndex];
            cb.aload(ex);
            if (pk == TypeKind.REFERENCE) {
                cb.invokevirtual(WASM_THROW, "refs", MethodTypeDesc.of(OBJECT.arrayType()));
                cb.loadConstant(slotIndex);
                cb.aaload();
            } else {
                cb.invokevirtual(WASM_THROW, "bits", MethodTypeDesc.of(CD_long.arrayType()));
                cb.loadConstant(slotIndex);
                cb.laload();
                SlotCodec.fromBits(cb, pk);
            }
            cb.storeLocal(pk, slot(h++, pk));
        }
        return h;
    }

    /** Jumps to the next clause unless the exception in local {@code ex} has tag {@code tagIndex}. */
    private void unlessTag(int ex, int tagIndex, Label next) {
        cb.aload(ex);
        cb.aload(instSlot);
        cb.loadConstant(tagIndex);
        support("tagMatches", CD_boolean, WASM_THROW, INSTANCE, CD_int);
        cb.ifeq(next);
    }

    private void closeTryTable(Ctl b) {
        Label tryEnd = cb.newLabel();
        cb.labelBinding(tryEnd);
        if (reachable) {
            spillAll();
            cb.goto_(b.label);
            b.branched = true;
        }
        cb.labelBinding(b.handler);
        int ex = exceptionTemp();
        cb.astore(ex);
        for (int k = 0; k < b.catchKinds.length; k++) {
            Ctl t = b.catchTargets[k];
            int kind = b.catchKinds[k];
            Label next = cb.newLabel();
            if (kind == Instruction.CATCH || kind == Instruction.CATCH_REF) {
                unlessTag(ex, b.catchTags[k], next);
                int h = unpackPayload(ex, b.catchTags[k], t.height);
                if (kind == Instruction.CATCH_REF) {
                    cb.aload(ex);
                    cb.astore(slot(h, TypeKind.REFERENCE));
                }
            } else if (kind == Instruction.CATCH_ALL_REF) {
                cb.aload(ex);
                cb.astore(slot(t.height, TypeKind.REFERENCE));
            }
            if (t.isFunction) {
                returnFromLocals(0);
            } else {
                cb.goto_(t.label);
                t.branched = true;
            }
            cb.labelBinding(next);
        }
        cb.aload(ex);
        cb.athrow();
        cb.exceptionCatch(b.tryStart, tryEnd, b.handler, WASM_THROW);
        if (b.branched) {
            cb.labelBinding(b.label);
            resetTo(b.height, b.results);
            reachable = true;
        } else {
            reachable = false;
        }
    }

    // ---- legacy exception handling (try / catch / catch_all / rethrow / delegate) ----------------------------

    private void legacyCatch(Instruction insn) {
        Ctl b = ctls.get(ctls.size() - 1);
        if (!b.live) {
            return;
        }
        if (!b.inCatch) {
            b.tryEnd = cb.newBoundLabel();
            b.inCatch = true;
            b.exceptionSlot = nextLocal++;
        }
        if (reachable) {
            spillAll();
            cb.goto_(b.label);
            b.branched = true;
        }
        int tag = insn.opcode == Opcode.CATCH ? insn.index : -1;
        b.clauseTags.add(tag);
        b.clauseStarts.add(cb.newBoundLabel());
        TypeKind[] payload = tag < 0 ? new TypeKind[0] : kinds(module.tagTypes().get(tag).funcType().params());
        resetTo(b.height, payload);
        reachable = true;
    }

    /** The end of a try with catch clauses: the handler dispatches on the tag to the clause bodies. */
    private void closeLegacyTry(Ctl b) {
        if (reachable) {
            spillAll();
            cb.goto_(b.label);
            b.branched = true;
        }
        cb.labelBinding(b.handler);
        cb.astore(b.exceptionSlot);
        for (int k = 0; k < b.clauseTags.size(); k++) {
            int tag = b.clauseTags.get(k);
            if (tag < 0) {
                cb.goto_(b.clauseStarts.get(k));
                break;
            }
            Label next = cb.newLabel();
            unlessTag(b.exceptionSlot, tag, next);
            unpackPayload(b.exceptionSlot, tag, b.height);
            cb.goto_(b.clauseStarts.get(k));
            cb.labelBinding(next);
        }
        cb.aload(b.exceptionSlot);
        cb.athrow();
        cb.exceptionCatch(b.tryStart, b.tryEnd, b.handler, WASM_THROW);
        if (b.branched) {
            cb.labelBinding(b.label);
            resetTo(b.height, b.results);
            reachable = true;
        } else {
            reachable = false;
        }
    }

    /**
     * {@code delegate l}: exceptions from the try body go to the handlers that enclose label {@code l} (that
     * label's own, if it is a try still in its body), skipping any handler in between.
     */
    private void delegate(Instruction insn) {
        Ctl b = ctls.remove(ctls.size() - 1);
        if (!b.live) {
            return;
        }
        Label tryEnd = cb.newBoundLabel();
        Label target = null;
        for (int i = ctls.size() - 1 - insn.index; i >= 0 && target == null; i--) {
            Ctl c = ctls.get(i);
            if (c.live && (c.kind == Opcode.TRY_TABLE || (c.kind == Opcode.TRY && !c.inCatch))) {
                target = c.handler;
                c.handlerUsed = true;
            }
        }
        if (target == null) {
            // Out of the function: a rethrow placed after the code, outside every handler's range.
            target = cb.newLabel();
            escapes.add(target);
        }
        cb.exceptionCatch(b.tryStart, tryEnd, target, WASM_THROW);
        handlerlessTry(b, target);
        endOfPlainBlock(b);
    }

    /**
     * A try closed without catch clauses whose handler a delegate targets: the handler passes the exception on,
     * to {@code forward} (the handler this try itself delegates to) or, when null, by rethrowing from a position
     * just after the try, where exactly the handlers around the try see it.
     */
    private void handlerlessTry(Ctl b, Label forward) {
        if (!b.handlerUsed) {
            return;
        }
        Label after = cb.newLabel();
        if (reachable) {
            spillAll();
            cb.goto_(after);
        }
        cb.labelBinding(b.handler);
        if (forward != null) {
            cb.goto_(forward);
        } else {
            cb.athrow();
        }
        cb.labelBinding(after);
    }

    private void brIf(Ctl t) {
        popCondition();
        if (direct(t)) {
            cb.ifne(t.label);
            t.branched = true;
        } else {
            Label skip = cb.newLabel();
            cb.ifeq(skip);
            moveAndJump(t);
            cb.labelBinding(skip);
        }
    }

    private void brTable(Instruction insn) {
        popCondition();
        int n = insn.count;
        Ctl dflt = label(insn.index);
        if (n == 0) {
            cb.pop();
            moveAndJump(dflt);
            reachable = false;
            return;
        }
        Map<Ctl, Label> stubs = new LinkedHashMap<>();
        List<SwitchCase> cases = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            cases.add(SwitchCase.of(k, targetLabel(label(insn.labels[k]), stubs)));
        }
        Label dl = targetLabel(dflt, stubs);
        cb.tableswitch(0, n - 1, dl, cases);
        for (Map.Entry<Ctl, Label> e : stubs.entrySet()) {
            cb.labelBinding(e.getValue());
            moveAndJump(e.getKey());
        }
        reachable = false;
    }

    private Label targetLabel(Ctl t, Map<Ctl, Label> stubs) {
        if (direct(t)) {
            t.branched = true;
            return t.label;
        }
        return stubs.computeIfAbsent(t, x -> cb.newLabel());
    }

    private void brOnNull(Ctl t) {
        spillAll();
        loadSpilled(sp - 1);
        Label cont = cb.newLabel();
        cb.ifnonnull(cont);
        sp--;
        moveAndJump(t);
        sp++;
        cb.labelBinding(cont);
    }

    /** br_on_cast(_fail): the reference stays the top operand on both edges. */
    private void brOnCast(Instruction insn) {
        Ctl t = label(insn.index);
        spillAll();
        loadSpilled(sp - 1);
        gc.test(insn.heapType2, (insn.castFlags & 2) != 0);
        Label cont = cb.newLabel();
        if (insn.opcode == Opcode.BR_ON_CAST) {
            cb.ifeq(cont);
        } else {
            cb.ifne(cont);
        }
        moveAndJump(t);
        cb.labelBinding(cont);
    }

    private void brOnNonNull(Ctl t) {
        spillAll();
        loadSpilled(sp - 1);
        Label cont = cb.newLabel();
        cb.ifnull(cont);
        moveAndJump(t);
        cb.labelBinding(cont);
        popN(1);
    }

    private void selfTailCall() {
        int n = paramSlots;
        spillAll();
        int from = sp - n;
        for (int i = 0, h = from; i < declaredFrom; i++) {
            for (int half = 0; half < (localWide[i] ? 2 : 1); half++, h++) {
                TypeKind k = localKind[i];
                cb.loadLocal(k, slot(h, k));
                cb.storeLocal(k, localSlot[i] + 2 * half);
            }
        }
        zeroDeclaredLocals();
        cb.goto_(bodyStart);
        popN(n);
        reachable = false;
    }

    /** Whether code here is inside a JVM exception range of this method (a try body): no JVM call may stay here. */
    boolean inTryBody() {
        for (Ctl c : ctls) {
            if (c.live && (c.kind == Opcode.TRY_TABLE || c.kind == Opcode.TRY && !c.inCatch)) {
                return true;
            }
        }
        return false;
    }

    private void throwTag(int tagIndex) {
        FuncType t = module.tagTypes().get(tagIndex).funcType();
        int slots = t.paramSlots();
        spillAll();
        int from = sp - slots;
        cb.aload(instSlot);
        cb.loadConstant(tagIndex);
        cb.loadConstant(slots);
        cb.newarray(TypeKind.LONG);
        for (int i = 0; i < slots; i++) {
            TypeKind k = kinds[from + i];
            if (k != TypeKind.REFERENCE) {
                cb.dup();
                cb.loadConstant(i);
                loadSpilled(from + i);
                SlotCodec.toBits(cb, k);
                cb.lastore();
            }
        }
        cb.loadConstant(slots);
        cb.anewarray(OBJECT);
        for (int i = 0; i < slots; i++) {
            if (kinds[from + i] == TypeKind.REFERENCE) {
                cb.dup();
                cb.loadConstant(i);
                loadSpilled(from + i);
                cb.aastore();
            }
        }
        support("newThrow", WASM_THROW, INSTANCE, CD_int, CD_long.arrayType(), OBJECT.arrayType());
        cb.athrow();
        popN(slots);
        reachable = false;
    }

    // ---- fixed-signature instructions: numbers and memory accesses ----------------------------------------

    private void fixedSignature(Instruction insn) {
        Opcode op = insn.opcode;
        ValType[] params = op.params();
        need(params.length);
        if (op.immediates == Immediates.MEMARG) {
            numeric.memoryAccess(insn);
        } else {
            numeric.numeric(op);
        }
        popN(params.length);
        for (ValType r : op.results()) {
            push(JvmTypes.kind(r));
        }
    }

}
