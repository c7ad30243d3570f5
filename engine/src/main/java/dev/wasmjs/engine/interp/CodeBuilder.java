package dev.wasmjs.engine.interp;

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
 * Translates a function to interpreter {@link Op}s while the validator checks it. Branch targets are resolved
 * (forward ones by patching once the block ends), stack heights become frame slots, unreachable code is dropped,
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
        /** Position of the BR_UNLESS target of an if, until its else or end. */
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
        result = new Code(Arrays.copyOf(code, len), paramSlots, localSlots, frame, resultSlots,
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

    private Block top() {
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

    /** A branch to {@code depth} with the operand stack at {@code heightBefore} slots (frame-relative). */
    private void branch(int plainOp, int moveOp, int depth, int height) {
        Block b = label(depth);
        if (isFunction(b) || height - b.arity == b.height) {
            emit(plainOp);
            emitTarget(b);
        } else {
            emit(moveOp);
            emitTarget(b);
            emit(b.arity, b.height);
        }
    }

    // ---- translation --------------------------------------------------------------------------------------

    @Override
    public void instruction(Instruction insn, FunctionValidator v) {
        Opcode op = insn.opcode;
        boolean reachable = v.wasReachable() && top().live;
        switch (op) {
            case BLOCK, LOOP, IF, TRY_TABLE, TRY -> {
                openBlock(insn, v, reachable);
                return;
            }
            case ELSE -> {
                Block b = top();
                if (b.live) {
                    if (v.wasReachable()) {
                        emit(Op.BR);
                        emitTarget(b);
                    }
                    code[b.elseFixup] = len;
                    b.elseFixup = -1;
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
                delegate(insn.index);
                return;
            }
            default -> { }
        }
        if (!reachable) {
            return;
        }
        int hereHeight = localSlots + v.slotHeightBefore();
        int direct = Op.direct(op);
        if (direct >= 0 && (insn.opcode.immediates != dev.wasmjs.engine.binary.Immediates.MEMARG
                || (fastMemory && insn.index2 == 0))) {
            emit(direct);
            if (op.immediates == dev.wasmjs.engine.binary.Immediates.MEMARG) {
                emit((int) insn.value);
            }
            return;
        }
        switch (op) {
            case UNREACHABLE -> emit(Op.UNREACHABLE);
            case NOP -> { }
            case BR -> branch(Op.BR, Op.BR_MOVE, insn.index, hereHeight);
            case BR_IF -> branch(Op.BR_IF, Op.BR_IF_MOVE, insn.index, hereHeight - 1);
            case BR_TABLE -> {
                emit(Op.BR_TABLE);
                emit(insn.count);
                emit(label(insn.index).arity);
                for (int k = 0; k <= insn.count; k++) {
                    Block b = label(k < insn.count ? insn.labels[k] : insn.index);
                    emitTarget(b);
                    // A branch to the function's own label returns: height -1 tells the interpreter not to move.
                    emit(isFunction(b) ? -1 : b.height);
                }
            }
            case BR_ON_NULL -> {
                Block b = label(insn.index);
                emit(Op.BR_ON_NULL);
                emitTarget(b);
                emit(b.arity, isFunction(b) ? -1 : b.height);
            }
            case BR_ON_NON_NULL -> {
                Block b = label(insn.index);
                emit(Op.BR_ON_NON_NULL);
                emitTarget(b);
                emit(b.arity, isFunction(b) ? -1 : b.height);
            }
            case RETURN -> emit(Op.RETURN);
            case CALL -> emit(Op.CALL, insn.index);
            case CALL_INDIRECT -> {
                emit(Op.CALL_INDIRECT, insn.index);
                emit(insn.index2);
            }
            case CALL_REF -> emit(Op.CALL_REF, insn.index);
            case RETURN_CALL -> emit(Op.RETURN_CALL, insn.index);
            case RETURN_CALL_INDIRECT -> {
                emit(Op.RETURN_CALL_INDIRECT, insn.index);
                emit(insn.index2);
            }
            case RETURN_CALL_REF -> emit(Op.RETURN_CALL_REF, insn.index);
            case DROP -> emit(v.operandType().kind() == ValType.Kind.V128 ? Op.DROP2 : Op.DROP);
            case SELECT, SELECT_T -> {
                ValType t = v.operandType();
                emit(t.isRef() ? Op.SELECT_REF : t.kind() == ValType.Kind.V128 ? Op.SELECT_V128 : Op.SELECT);
            }
            case LOCAL_GET, LOCAL_SET, LOCAL_TEE -> local(op, v.localType(insn.index), v.localSlot(insn.index));
            case GLOBAL_GET, GLOBAL_SET -> {
                ValType t = v.context().module().globalTypes().get(insn.index).type();
                boolean get = op == Opcode.GLOBAL_GET;
                emit(t.isRef() ? (get ? Op.GLOBAL_GET_REF : Op.GLOBAL_SET_REF)
                        : t.kind() == ValType.Kind.V128 ? (get ? Op.GLOBAL_GET_V128 : Op.GLOBAL_SET_V128)
                        : (get ? Op.GLOBAL_GET : Op.GLOBAL_SET));
                emit(insn.index);
            }
            case I32_CONST -> emit(Op.I32_CONST, (int) insn.value);
            case F32_CONST -> emit(Op.F32_CONST, (int) insn.value);
            case I64_CONST -> {
                emit(Op.I64_CONST);
                emitLong(insn.value);
            }
            case F64_CONST -> {
                emit(Op.F64_CONST);
                emitLong(insn.value);
            }
            case REF_NULL -> emit(Op.REF_NULL);
            case REF_IS_NULL -> emit(Op.REF_IS_NULL);
            case REF_FUNC -> emit(Op.REF_FUNC, insn.index);
            case REF_AS_NON_NULL -> emit(Op.REF_AS_NON_NULL);
            case RETHROW -> emit(Op.RETHROW, label(insn.index).exnSlot);
            // Both conversions keep the object (see RefCasts): nothing to do at run time.
            case ANY_CONVERT_EXTERN, EXTERN_CONVERT_ANY -> { }
            case BR_ON_CAST, BR_ON_CAST_FAIL -> {
                // A test that leaves the reference and pushes the branch condition, then an ordinary br_if.
                emit(Op.GENERIC);
                emit(Opcode.BR_ON_CAST.ordinal());
                emit(constant(insn.heapType2), insn.castFlags | (op == Opcode.BR_ON_CAST_FAIL ? Gc.BRANCH_ON_FAILURE : 0));
                emitLong(0);
                branch(Op.BR_IF, Op.BR_IF_MOVE, insn.index, hereHeight);
            }
            default -> {
                if (op.prefix == 0xFD) {
                    simd(insn);
                } else {
                    generic(insn);
                }
            }
        }
    }

    /** SIMD: the instruction and its shape in one int, or (with immediates) its ordinal and four ints. */
    private void simd(Instruction insn) {
        int shape = SimdOps.shape(insn.opcode);
        if (shape != SimdOps.IMMEDIATE) {
            emit(Op.SIMD, Simd.encode(insn.opcode, shape));
            return;
        }
        emit(Op.SIMD_IMM, insn.opcode.ordinal());
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

    private void local(Opcode op, ValType t, int slot) {
        int base = op == Opcode.LOCAL_GET ? 0 : op == Opcode.LOCAL_SET ? 1 : 2;
        int kind = t.isRef() ? Op.LOCAL_GET_REF : t.kind() == ValType.Kind.V128 ? Op.LOCAL_GET_V128 : Op.LOCAL_GET;
        emit(kind + base, slot);
    }

    /** Rare instructions: one op carrying the wasm opcode and its immediates, run out of line. */
    private void generic(Instruction insn) {
        emit(Op.GENERIC);
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
        switch (insn.opcode) {
            case LOOP -> b.startPc = len;
            case IF -> {
                emit(Op.BR_UNLESS);
                b.elseFixup = len;
                emit(-1);
            }
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
        if (blocks.isEmpty()) {
            // The function's end: every branch to the function label lands on the final return.
            patchFixups(b, len);
            emit(Op.RETURN);
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
            emitHandler(isFunction(target) ? -1 : target.height);
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
        Block b = top();
        if (!b.live) {
            return;
        }
        if (b.bodyEnd < 0) {
            b.bodyEnd = len;
        }
        if (v.wasReachable()) {
            emit(Op.BR);
            emitTarget(b);
        }
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
    private void delegate(int depth) {
        Block b = blocks.remove(blocks.size() - 1);
        if (!b.live) {
            return;
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
    }
}
