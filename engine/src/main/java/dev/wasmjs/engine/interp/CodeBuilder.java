package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.binary.Immediates;
import dev.wasmjs.engine.binary.Instruction;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.runtime.SimdOps;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.ValType;
import dev.wasmjs.engine.validate.CodeSink;
import dev.wasmjs.engine.validate.FunctionValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Translates a function to interpreter {@link Op}s while the validator checks it.
 *
 * <p>Every operand-stack value has a fixed frame slot, {@code localSlots + its stack height}, known from the
 * validator; ops name the slots they read and write, so no stack pointer exists at run time. On top of that the
 * builder avoids copies: {@code local.get} and constants are not emitted but remembered as "pending" stack entries
 * that later ops read from the local (or take as an immediate, the {@code _K} ops) directly; a {@code local.set}
 * right after the op that produced its value makes that op write the local; a comparison followed by
 * {@code br_if}/{@code if} becomes one compare-and-branch op. Pending entries are written to their slots
 * ("materialized") wherever the run-time code needs them there: before control flow (block boundaries, branches,
 * calls), before out-of-line ops that work on the stack, and before the local they read is overwritten.
 *
 * <p>Branch targets are resolved (forward ones by patching once the block ends), unreachable code is dropped,
 * and instructions are specialised by operand type (numbers, references, vectors) so the interpreter never looks
 * at types.
 */
final class CodeBuilder implements CodeSink {
    /** Mirror of the validator's control stack with what translation needs. */
    private static final class Block {
        Opcode kind;
        /** False for blocks that start in unreachable code: nothing inside is emitted. */
        boolean live;
        /** Frame slot height below the block's parameters. */
        int height;
        /** Slots a branch to this block carries. */
        int arity;
        /** Loop start (the branch target of a loop). */
        int startPc;
        /** Where the target of forward branches must be written: code positions, or -1-pos in the handler list. */
        int[] fixups = new int[4];
        int fixupCount;
        /** Position of the branch target of an if's test, until its else or end. */
        int elseFixup = -1;
        /** try_table: the catch clauses, resolved when the block ends. */
        int[] catches;
        int[] catchLabels;
        int catchCount;
        /** Legacy try: the hidden local keeping the exception its catch sections may rethrow. */
        int exnSlot = -1;
        /** Legacy try: where its body ends (its first catch starts), -1 while translating the body. */
        int bodyEnd = -1;
        /** Legacy try: its catch clauses so far, {@link Code#CLAUSE} ints each. */
        int[] legacyClauses = new int[0];
        int legacyClauseLen;
        /** Positions in the handler list (delegate clauses) to receive this block's handler offset. */
        int[] delegateFixups = new int[0];
        int delegateFixupCount;
    }

    /** Where the value of an operand-stack slot is: in the slot, still in a local, or a constant not yet stored. */
    private static final byte IN_SLOT = 0;
    private static final byte IN_LOCAL = 1;
    private static final byte IN_CONST = 2;

    private int[] code = new int[64];
    private int len;
    private final List<Block> blocks = new ArrayList<>();
    private int[] handlers = new int[0];
    private int handlerLen;
    private final List<Object> constants = new ArrayList<>();
    private int localSlots;
    private int paramSlots;
    private int resultSlots;
    private Code result;
    /** First hidden local (after the function's own locals); one per level of legacy try nesting. */
    private int hiddenBase;
    private int openLegacyTries;
    /** Memory 0 is a 32-bit memory: its loads and stores get the specialised ops. */
    private boolean fastMemory;

    /** Per frame slot of the operand stack: {@link #IN_SLOT}, {@link #IN_LOCAL} or {@link #IN_CONST}. */
    private byte[] where = new byte[16];
    /** For pending slots: the local slot, or the constant's bits. */
    private long[] what = new long[16];
    /** First free frame slot before the instruction being translated. */
    private int top;
    /** Slots at or above this are all {@link #IN_SLOT}. */
    private int pendingEnd;
    /**
     * Position of the destination immediate of the last emitted op, while nothing else has been emitted since and
     * no label was placed (so that op may be changed: retargeted to a local, fused with a branch); -1 otherwise.
     */
    private int lastResult = -1;
    /** The slot that op writes. */
    private int lastResultSlot;

    @Override
    public void begin(FunctionValidator v) {
        hiddenBase = v.localSlots();
        localSlots = hiddenBase + v.context().legacyTryNesting(v.functionIndex());
        int p = 0;
        for (int i = 0; i < v.paramCount(); i++) {
            p += v.localType(i).slots();
        }
        paramSlots = p;
        resultSlots = FuncType.slots(v.returnTypes());
        List<MemoryType> memories = v.context().module().memoryTypes();
        fastMemory = !memories.isEmpty() && !memories.get(0).address64();
        Block f = new Block();
        f.kind = null;
        f.live = true;
        f.height = localSlots;
        f.arity = resultSlots;
        blocks.add(f);
    }

    Code result() {
        return result;
    }

    @Override
    public void finish(FunctionValidator v) {
        int frame = localSlots + v.maxSlotHeight() + 2;
        // Padded: the interpreter reads three immediates after every op, including the last one.
        result = new Code(Arrays.copyOf(code, len + 3), paramSlots, localSlots, frame, resultSlots,
                Arrays.copyOf(handlers, handlerLen), constants.toArray());
    }

    // ---- emission helpers ---------------------------------------------------------------------------------

    private void emit(int x) {
        if (len == code.length) {
            code = Arrays.copyOf(code, len * 2);
        }
        code[len++] = x;
    }

    private void emit(int a, int b) {
        emit(a);
        emit(b);
    }

    private void emitLong(long v) {
        emit((int) v);
        emit((int) (v >>> 32));
    }

    /** Starts an op: the previous one can no longer be rewritten. */
    private void op(int op) {
        lastResult = -1;
        emit(op);
    }

    /** Emits the destination slot of the op just started, which leaves its value in that slot. */
    private void result(int slot) {
        lastResult = len;
        lastResultSlot = slot;
        emit(slot);
        setInSlot(slot);
    }

    private Block innermost() {
        return blocks.get(blocks.size() - 1);
    }

    private Block label(int depth) {
        return blocks.get(blocks.size() - 1 - depth);
    }

    private boolean isFunction(Block b) {
        return b == blocks.get(0);
    }

    /** Emits a branch target for {@code b}: known for loops, patched later otherwise. */
    private void emitTarget(Block b) {
        if (b.kind == Opcode.LOOP) {
            emit(b.startPc);
        } else {
            addFixup(b, len);
            emit(-1);
        }
    }

    private static void addFixup(Block b, int position) {
        if (b.fixupCount == b.fixups.length) {
            b.fixups = Arrays.copyOf(b.fixups, b.fixupCount * 2);
        }
        b.fixups[b.fixupCount++] = position;
    }

    private void patchFixups(Block b, int target) {
        for (int i = 0; i < b.fixupCount; i++) {
            int at = b.fixups[i];
            if (at >= 0) {
                code[at] = target;
            } else {
                handlers[-1 - at] = target;
            }
        }
        b.fixupCount = 0;
    }

    private void emitHandler(int x) {
        if (handlerLen == handlers.length) {
            handlers = Arrays.copyOf(handlers, Math.max(16, handlerLen * 2));
        }
        handlers[handlerLen++] = x;
    }

    // ---- pending operand-stack entries ----------------------------------------------------------------------

    private void ensureSlot(int slot) {
        if (slot >= where.length) {
            int n = Math.max(slot + 1, where.length * 2);
            where = Arrays.copyOf(where, n);
            what = Arrays.copyOf(what, n);
        }
    }

    private void setInSlot(int slot) {
        ensureSlot(slot);
        where[slot] = IN_SLOT;
    }

    private void setPending(int slot, byte kind, long value) {
        ensureSlot(slot);
        where[slot] = kind;
        what[slot] = value;
        pendingEnd = Math.max(pendingEnd, slot + 1);
    }

    /**
     * Called before each instruction: slots from {@code top} up hold no live value, so whatever was pending there
     * is void (the values an instruction pushes are then in their slots unless it says otherwise).
     */
    private void forgetAbove(int end) {
        for (int i = end; i < pendingEnd; i++) {
            where[i] = IN_SLOT;
        }
        pendingEnd = Math.min(pendingEnd, end);
    }

    /** The slot an op should read the stack value at {@code slot} from (the local it is pending in, if so). */
    private int operand(int slot) {
        if (where[slot] == IN_LOCAL) {
            return (int) what[slot];
        }
        if (where[slot] == IN_CONST) {
            materialize(slot);
        }
        return slot;
    }

    private boolean isConst(int slot) {
        return where[slot] == IN_CONST;
    }

    /** Stores a pending entry into its slot. */
    private void materialize(int slot) {
        if (where[slot] == IN_LOCAL) {
            op(Op.COPY);
            emit(slot, (int) what[slot]);
        } else if (where[slot] == IN_CONST) {
            emitConst(slot, what[slot]);
        }
        where[slot] = IN_SLOT;
    }

    private void emitConst(int slot, long value) {
        if (value == (int) value) {
            op(Op.CONST32);
            emit(slot, (int) value);
        } else {
            op(Op.CONST64);
            emit(slot);
            emitLong(value);
        }
    }

    /** Materializes every pending entry in slots {@code [localSlots, end)}. */
    private void flush(int end) {
        for (int i = localSlots; i < end; i++) {
            if (where[i] != IN_SLOT) {
                materialize(i);
            }
        }
    }

    /** Forgets pending entries: at a label every path arrives with all values in their slots. */
    private void placeLabel() {
        forgetAbove(0);
        lastResult = -1;
    }

    /** Whether an entry below {@code end} is pending in {@code local}. */
    private boolean pendingIn(int local, int end) {
        for (int i = localSlots; i < end; i++) {
            if (where[i] == IN_LOCAL && what[i] == local) {
                return true;
            }
        }
        return false;
    }

    /** Before {@code local} is overwritten: stores the entries below {@code end} still reading it. */
    private void protect(int local, int end) {
        for (int i = localSlots; i < end; i++) {
            if (where[i] == IN_LOCAL && what[i] == local) {
                materialize(i);
            }
        }
    }

    /** Marks slots {@code [from, to)} as holding their values (results of an op working on the stack). */
    private void markInSlot(int from, int to) {
        for (int i = from; i < to; i++) {
            setInSlot(i);
        }
    }

    // ---- branches -----------------------------------------------------------------------------------------

    /**
     * Emits a jump on the i32 condition at {@code cond} (taken when non-zero, or when zero if {@code whenZero}),
     * fusing the comparison that produced it when it was the op just emitted, and materializing everything below.
     * Returns the position of the target immediate, for the caller to fill in.
     */
    private int conditionalJump(int cond, boolean whenZero) {
        int fused = -1;
        int a = 0;
        int b = 0;
        boolean unary = false;
        if (lastResult >= 0 && lastResultSlot == cond && where[cond] == IN_SLOT) {
            int producer = code[lastResult - 1];
            if (producer == Op.I32_EQZ) {
                // eqz + br_if: jump when the operand is zero
                fused = whenZero ? Op.BR_IF : Op.BR_UNLESS;
                unary = true;
            } else {
                int compare = whenZero ? Op.negated(producer) : producer;
                fused = compare < 0 ? -1 : Op.branchOn(compare);
            }
            if (fused >= 0) {
                a = code[lastResult + 1];
                b = unary ? 0 : code[lastResult + 2];
                // Drop the comparison; the operands it read are not written by the materialization below (they
                // are locals, or slots at or above the condition's).
                len = lastResult - 1;
            }
        }
        lastResult = -1;
        flush(cond);
        if (fused < 0) {
            int c = operand(cond);
            op(whenZero ? Op.BR_UNLESS : Op.BR_IF);
            emit(c);
        } else {
            op(fused);
            emit(a);
            if (!unary) {
                emit(b);
            }
        }
        int at = len;
        emit(-1);
        return at;
    }

    /**
     * A branch to label {@code depth} carrying the values just below {@code valuesEnd}, conditional on the i32 at
     * {@code cond} when that is >= 0. A branch to the function's label moves the results to the frame base and
     * jumps to the final {@code RETURN 0} (or returns at once when unconditional).
     */
    private void branch(int depth, int valuesEnd, int cond) {
        Block b = label(depth);
        int from = valuesEnd - b.arity;
        int to = isFunction(b) ? 0 : b.height;
        if (cond < 0) {
            flush(valuesEnd);
            if (isFunction(b)) {
                emitReturn(from);
            } else if (from == to) {
                op(Op.BR);
                emitTarget(b);
            } else {
                op(Op.BR_MOVE);
                emitTarget(b);
                emit(b.arity);
                emit(from, to);
            }
            return;
        }
        if (from == to) {
            int at = conditionalJump(cond, false);
            if (b.kind == Opcode.LOOP) {
                code[at] = b.startPc;
            } else {
                addFixup(b, at);
            }
            return;
        }
        flush(cond);
        int c = operand(cond);
        op(Op.BR_IF_MOVE);
        emit(c);
        emitTarget(b);
        emit(b.arity);
        emit(from, to);
    }

    private void emitReturn(int from) {
        op(Op.RETURN);
        emit(from);
    }

    // ---- translation --------------------------------------------------------------------------------------

    @Override
    public void instruction(Instruction insn, FunctionValidator v) {
        Opcode op = insn.opcode;
        boolean reachable = v.wasReachable() && innermost().live;
        top = localSlots + v.slotHeightBefore();
        ensureSlot(Math.max(top, localSlots + v.slotHeight()) + 2);
        if (reachable) {
            forgetAbove(top);
        }
        switch (op) {
            case BLOCK, LOOP, IF, TRY_TABLE, TRY -> {
                openBlock(insn, v, reachable);
                return;
            }
            case ELSE -> {
                Block b = innermost();
                if (b.live) {
                    if (v.wasReachable()) {
                        flush(top);
                        op(Op.BR);
                        emitTarget(b);
                    }
                    code[b.elseFixup] = len;
                    b.elseFixup = -1;
                    placeLabel();
                }
                return;
            }
            case END -> {
                closeBlock(v);
                return;
            }
            case CATCH, CATCH_ALL -> {
                legacyCatch(insn, v);
                return;
            }
            case DELEGATE -> {
                delegate(insn.index, v);
                return;
            }
            default -> { }
        }
        if (!reachable) {
            return;
        }
        int after = localSlots + v.slotHeight();
        int direct = Op.direct(op);
        if (direct >= 0 && (op.immediates != Immediates.MEMARG || (fastMemory && insn.index2 == 0))) {
            if (Op.isLoad(direct)) {
                int address = operand(top - 1);
                op(direct);
                result(top - 1);
                emit(address, (int) insn.value);
            } else if (Op.isStore(direct)) {
                int address = operand(top - 2);
                int value = operand(top - 1);
                op(direct);
                emit(address, value);
                emit((int) insn.value);
            } else {
                numeric(direct, top - after + 1);
            }
            return;
        }
        switch (op) {
            case UNREACHABLE -> op(Op.UNREACHABLE);
            case NOP -> { }
            case BR -> branch(insn.index, top, -1);
            case BR_IF -> branch(insn.index, top - 1, top - 1);
            case BR_TABLE -> {
                int index = operand(top - 1);
                flush(top - 1);
                Block first = label(insn.index);
                op(Op.BR_TABLE);
                emit(index, insn.count);
                emit(first.arity, top - 1 - first.arity);
                for (int k = 0; k <= insn.count; k++) {
                    Block b = label(k < insn.count ? insn.labels[k] : insn.index);
                    emitTarget(b);
                    emit(isFunction(b) ? 0 : b.height);
                }
            }
            case BR_ON_NULL -> {
                flush(top);
                Block b = label(insn.index);
                op(Op.BR_ON_NULL);
                emit(top - 1);
                emitTarget(b);
                emit(b.arity, top - 1 - b.arity);
                emit(isFunction(b) ? 0 : b.height);
            }
            case BR_ON_NON_NULL -> {
                flush(top);
                Block b = label(insn.index);
                op(Op.BR_ON_NON_NULL);
                emit(top - 1);
                emitTarget(b);
                emit(b.arity, top - b.arity);
                emit(isFunction(b) ? 0 : b.height);
            }
            case RETURN -> {
                flush(top);
                emitReturn(top - resultSlots);
            }
            case CALL, RETURN_CALL -> {
                flush(top);
                int params = v.context().module().functionTypes().get(insn.index).funcType().paramSlots();
                op(op == Opcode.CALL ? Op.CALL : Op.RETURN_CALL);
                emit(insn.index, top - params);
            }
            case CALL_INDIRECT, RETURN_CALL_INDIRECT -> {
                flush(top);
                int params = v.context().module().types().get(insn.index).funcType().paramSlots();
                op(op == Opcode.CALL_INDIRECT ? Op.CALL_INDIRECT : Op.RETURN_CALL_INDIRECT);
                emit(insn.index, insn.index2);
                emit(top - 1, top - 1 - params);
            }
            case CALL_REF, RETURN_CALL_REF -> {
                flush(top);
                int params = v.context().module().types().get(insn.index).funcType().paramSlots();
                op(op == Opcode.CALL_REF ? Op.CALL_REF : Op.RETURN_CALL_REF);
                emit(top - 1, top - 1 - params);
            }
            case DROP -> { }
            case SELECT, SELECT_T -> {
                ValType t = v.operandType();
                int n = t.kind() == ValType.Kind.V128 ? 2 : 1;
                int a = top - 1 - 2 * n;
                if (t.isRef() || n == 2) {
                    flush(top);
                    op(t.isRef() ? Op.SELECT_REF : Op.SELECT_V128);
                    emit(a);
                    emit(a, a + n);
                    emit(top - 1);
                } else {
                    int x = operand(a);
                    int y = operand(a + 1);
                    int c = operand(top - 1);
                    op(Op.SELECT);
                    result(a);
                    emit(x, y);
                    emit(c);
                }
            }
            case LOCAL_GET -> localGet(v.localType(insn.index), v.localSlot(insn.index));
            case LOCAL_SET, LOCAL_TEE -> localSet(v.localType(insn.index), v.localSlot(insn.index),
                    op == Opcode.LOCAL_TEE);
            case GLOBAL_GET -> {
                ValType t = v.context().module().globalTypes().get(insn.index).type();
                op(t.isRef() ? Op.GLOBAL_GET_REF : t.kind() == ValType.Kind.V128 ? Op.GLOBAL_GET_V128 : Op.GLOBAL_GET);
                result(top);
                emit(insn.index);
            }
            case GLOBAL_SET -> {
                ValType t = v.context().module().globalTypes().get(insn.index).type();
                int n = t.kind() == ValType.Kind.V128 ? 2 : 1;
                int src = operand(top - n);
                op(t.isRef() ? Op.GLOBAL_SET_REF : n == 2 ? Op.GLOBAL_SET_V128 : Op.GLOBAL_SET);
                emit(insn.index, src);
            }
            case I32_CONST, F32_CONST -> setPending(top, IN_CONST, (int) insn.value);
            case I64_CONST, F64_CONST -> setPending(top, IN_CONST, insn.value);
            case REF_NULL -> {
                op(Op.REF_NULL);
                emit(top);
                setInSlot(top);
            }
            case REF_IS_NULL -> {
                op(Op.REF_IS_NULL);
                emit(top - 1, top - 1);
                setInSlot(top - 1);
            }
            case REF_FUNC -> {
                op(Op.REF_FUNC);
                emit(top, insn.index);
                setInSlot(top);
            }
            case REF_AS_NON_NULL -> {
                op(Op.REF_AS_NON_NULL);
                emit(top - 1);
            }
            case RETHROW -> {
                op(Op.RETHROW);
                emit(label(insn.index).exnSlot);
            }
            // Both conversions keep the object (see RefCasts): nothing to do at run time.
            case ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY -> { }
            case BR_ON_CAST, BR_ON_CAST_FAIL -> {
                // A test that leaves the reference and pushes the branch condition, then an ordinary br_if.
                flush(top);
                op(Op.GENERIC);
                emit(top);
                emit(Opcode.BR_ON_CAST.ordinal());
                emit(constant(insn.heapType2), insn.castFlags | (op == Opcode.BR_ON_CAST_FAIL ? Gc.BRANCH_ON_FAILURE : 0));
                emitLong(0);
                setInSlot(top);
                branch(insn.index, top, top);
            }
            default -> {
                flush(top);
                if (op.prefix == 0xFD) {
                    simd(insn);
                } else {
                    generic(insn);
                }
                markInSlot(top, after);
            }
        }
    }

    /**
     * A numeric op popping {@code pops} values and pushing one: reads its operands where they are, with the
     * {@code _K} form when the second operand (or, with the operands swapped, the first) is an i32 constant.
     */
    private void numeric(int op, int pops) {
        int dst = top - pops;
        if (pops == 1) {
            if (op == Op.I64_REINTERPRET_F64 || op == Op.F64_REINTERPRET_I64) {
                return; // same bits: the entry stays as it is
            }
            int a = operand(dst);
            op(op);
            result(dst);
            emit(a);
            return;
        }
        int x = dst;
        int y = dst + 1;
        int k = -1;
        if (isConst(y) && !isConst(x)) {
            int value = (int) what[y];
            if (op == Op.I32_SUB) {
                op = Op.I32_ADD;
                value = -value;
            } else if (op == Op.I32_ROTR) {
                op = Op.I32_ROTL;
                value = -value;
            }
            k = Op.withConstant(op);
            if (k >= 0) {
                int a = operand(x);
                op(k);
                result(dst);
                emit(a, value);
                return;
            }
        } else if (isConst(x) && !isConst(y) && Op.swapped(op) >= 0) {
            k = Op.withConstant(Op.swapped(op));
            int value = (int) what[x];
            int a = operand(y);
            op(k);
            result(dst);
            emit(a, value);
            return;
        }
        int a = operand(x);
        int b = operand(y);
        op(op);
        result(dst);
        emit(a, b);
    }

    private void localGet(ValType t, int local) {
        if (t.isRef()) {
            op(Op.COPY_REF);
            emit(top, local);
            setInSlot(top);
        } else if (t.kind() == ValType.Kind.V128) {
            op(Op.COPY_V128);
            emit(top, local);
            markInSlot(top, top + 2);
        } else {
            setPending(top, IN_LOCAL, local);
        }
    }

    /**
     * local.set / local.tee: the value on top goes to {@code local}. If the op just emitted produced it, that op
     * writes the local instead (unless a pending entry below still reads the local's old value).
     */
    private void localSet(ValType t, int local, boolean tee) {
        if (t.isRef()) {
            op(tee ? Op.COPY_REF : Op.MOVE_REF);
            emit(local, top - 1);
            return;
        }
        if (t.kind() == ValType.Kind.V128) {
            op(Op.COPY_V128);
            emit(local, top - 2);
            return;
        }
        int value = top - 1;
        if (lastResult >= 0 && lastResultSlot == value && where[value] == IN_SLOT && !pendingIn(local, value)) {
            code[lastResult] = local;
            lastResult = -1;
            if (tee) {
                setPending(value, IN_LOCAL, local);
            }
            return;
        }
        protect(local, value);
        if (where[value] == IN_CONST) {
            emitConst(local, what[value]);
        } else {
            int src = operand(value);
            if (src != local) {
                op(Op.COPY);
                emit(local, src);
            }
        }
    }

    /** SIMD: the instruction and its shape in one int, or (with immediates) its ordinal and four ints. */
    private void simd(Instruction insn) {
        int shape = SimdOps.shape(insn.opcode);
        if (shape != SimdOps.IMMEDIATE) {
            op(Op.SIMD);
            emit(top, Simd.encode(insn.opcode, shape));
            return;
        }
        op(Op.SIMD_IMM);
        emit(top, insn.opcode.ordinal());
        switch (insn.opcode.immediates) {
            case V128, SHUFFLE -> {
                emitLong(insn.value);
                emitLong(insn.valueHigh);
            }
            case LANE -> {
                emit(insn.lane);
                emit(0);
                emitLong(0);
            }
            default -> {
                // memarg, with or without a lane
                emit(insn.index2);
                emitLong(insn.value);
                emit(insn.lane);
            }
        }
    }

    /** Rare instructions: one op carrying the stack height, the wasm opcode and its immediates, run out of line. */
    private void generic(Instruction insn) {
        op(Op.GENERIC);
        emit(top);
        emit(insn.opcode.ordinal());
        switch (insn.opcode) {
            case REF_TEST, REF_TEST_NULL, REF_CAST, REF_CAST_NULL -> {
                emit(constant(insn.heapType), 0);
            }
            default -> emit(insn.index, insn.index2);
        }
        emitLong(insn.value);
    }

    private int constant(Object o) {
        constants.add(o);
        return constants.size() - 1;
    }

    // ---- blocks -------------------------------------------------------------------------------------------

    private void openBlock(Instruction insn, FunctionValidator v, boolean reachable) {
        Block b = new Block();
        b.kind = insn.opcode;
        b.live = reachable;
        blocks.add(b);
        if (!reachable) {
            return;
        }
        b.height = localSlots + v.labelSlotHeight(0);
        b.arity = FuncType.slots(insn.opcode == Opcode.LOOP ? v.blockParams() : v.blockResults());
        if (insn.opcode == Opcode.IF) {
            // The test jumps to the else part (or the end) when the condition is zero.
            b.elseFixup = conditionalJump(top - 1, true);
            placeLabel();
            return;
        }
        flush(top);
        placeLabel();
        switch (insn.opcode) {
            case LOOP -> b.startPc = len;
            case TRY_TABLE -> {
                b.startPc = len;
                // Catch labels count from outside the try_table: depth k is label(k + 1) now.
                b.catches = new int[insn.count * 2];
                b.catchCount = insn.count;
                for (int k = 0; k < insn.count; k++) {
                    b.catches[2 * k] = insn.catchKinds[k];
                    b.catches[2 * k + 1] = insn.catchTags[k];
                }
                // Remember the labels; resolved in closeBlock when the handler entry is written.
                b.catchLabels = Arrays.copyOf(insn.catchLabels, insn.count);
            }
            case TRY -> {
                b.startPc = len;
                b.exnSlot = hiddenBase + openLegacyTries++;
            }
            default -> { }
        }
    }

    private void closeBlock(FunctionValidator v) {
        Block b = blocks.remove(blocks.size() - 1);
        if (!b.live) {
            return;
        }
        if (v.wasReachable()) {
            flush(top);
        }
        if (blocks.isEmpty()) {
            // The function's end: falling through returns; branches to the function's label have moved the
            // results to the frame base and land on a RETURN that copies nothing.
            if (v.wasReachable()) {
                emitReturn(top - resultSlots);
            }
            if (b.fixupCount > 0) {
                patchFixups(b, len);
                emitReturn(0);
            }
            return;
        }
        if (b.kind == Opcode.TRY_TABLE) {
            writeHandler(b, len);
        } else if (b.kind == Opcode.TRY) {
            openLegacyTries--;
            writeLegacyHandler(b);
        }
        if (b.elseFixup >= 0) {
            code[b.elseFixup] = len;
        }
        patchFixups(b, len);
        placeLabel();
    }

    /** Starts the handler entry of {@code b}, pointing delegates that target it here. */
    private void beginHandler(Block b, int start, int end, int clauses) {
        for (int i = 0; i < b.delegateFixupCount; i++) {
            handlers[b.delegateFixups[i]] = handlerLen;
        }
        emitHandler(start);
        emitHandler(end);
        emitHandler(clauses);
    }

    /** Appends the handler entry of a try_table covering ops {@code [b.startPc, end)}. */
    private void writeHandler(Block b, int end) {
        beginHandler(b, b.startPc, end, b.catchCount);
        for (int k = 0; k < b.catchCount; k++) {
            // The try_table itself is already popped: catch label depth d is label(d) now.
            Block target = label(b.catchLabels[k]);
            emitHandler(b.catches[2 * k]);
            emitHandler(b.catches[2 * k + 1]);
            if (target.kind == Opcode.LOOP) {
                emitHandler(target.startPc);
            } else {
                addFixup(target, -1 - handlerLen);
                emitHandler(-1);
            }
            emitHandler(target.arity);
            // The function's label: the payload goes to the frame base, the target is the final RETURN 0.
            emitHandler(isFunction(target) ? 0 : target.height);
            emitHandler(-1);
        }
    }

    // ---- legacy exception handling (try / catch / catch_all / delegate / rethrow) ---------------------------

    /**
     * A catch section starts: the previous section falls through to the end of the try, and a clause sends
     * matching exceptions thrown in the body here, with the payload at the block's height and the exception
     * kept in the try's hidden local for rethrow.
     */
    private void legacyCatch(Instruction insn, FunctionValidator v) {
        Block b = innermost();
        if (!b.live) {
            return;
        }
        if (b.bodyEnd < 0) {
            b.bodyEnd = len;
        }
        if (v.wasReachable()) {
            flush(top);
            op(Op.BR);
            emitTarget(b);
        }
        placeLabel();
        boolean all = insn.opcode == Opcode.CATCH_ALL;
        int arity = all ? 0 : v.context().tag(insn.index, insn.offset).funcType().paramSlots();
        if (b.legacyClauseLen + Code.CLAUSE > b.legacyClauses.length) {
            b.legacyClauses = Arrays.copyOf(b.legacyClauses, b.legacyClauseLen + 4 * Code.CLAUSE);
        }
        int[] c = b.legacyClauses;
        int at = b.legacyClauseLen;
        c[at] = all ? Instruction.CATCH_ALL : Instruction.CATCH;
        c[at + 1] = all ? -1 : insn.index;
        c[at + 2] = len;
        c[at + 3] = arity;
        c[at + 4] = b.height;
        c[at + 5] = b.exnSlot;
        b.legacyClauseLen += Code.CLAUSE;
    }

    /** A legacy try ends: its handler covers the body (a try without catches gets an entry with none). */
    private void writeLegacyHandler(Block b) {
        int end = b.bodyEnd < 0 ? len : b.bodyEnd;
        beginHandler(b, b.startPc, end, b.legacyClauseLen / Code.CLAUSE);
        for (int i = 0; i < b.legacyClauseLen; i++) {
            emitHandler(b.legacyClauses[i]);
        }
    }

    /**
     * {@code delegate depth} ends a try: exceptions from its body continue as if thrown directly inside the block
     * at {@code depth} (counted from outside the try), i.e. at the handler of the innermost try around that point.
     */
    private void delegate(int depth, FunctionValidator v) {
        Block b = blocks.remove(blocks.size() - 1);
        if (!b.live) {
            return;
        }
        // The delegate ends the block like an end: the fall-through values go to their slots.
        if (v.wasReachable()) {
            flush(top);
        }
        openLegacyTries--;
        beginHandler(b, b.startPc, len, 1);
        emitHandler(Code.DELEGATE);
        emitHandler(-1);
        Block next = null;
        for (int d = depth; d < blocks.size() && next == null; d++) {
            Block c = label(d);
            // A try_table's body, or a legacy try still in its body, has a handler covering that point.
            if (c.kind == Opcode.TRY_TABLE || c.kind == Opcode.TRY && c.bodyEnd < 0) {
                next = c;
            }
        }
        if (next != null) {
            if (next.delegateFixupCount == next.delegateFixups.length) {
                next.delegateFixups = Arrays.copyOf(next.delegateFixups, next.delegateFixupCount * 2 + 2);
            }
            next.delegateFixups[next.delegateFixupCount++] = handlerLen;
        }
        emitHandler(-1);
        emitHandler(0);
        emitHandler(0);
        emitHandler(-1);
        patchFixups(b, len);
        placeLabel();
    }
}
