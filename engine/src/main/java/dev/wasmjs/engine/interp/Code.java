package dev.wasmjs.engine.interp;

import dev.wasmjs.engine.binary.Instruction;

/**
 * A function translated for the interpreter.
 *
 * <p>Frame layout on the {@link dev.wasmjs.engine.runtime.ValueStack}: slots {@code [fp, fp + localSlots)} hold
 * parameters then locals; the operand stack grows from {@code fp + localSlots} up to at most
 * {@code fp + frameSlots}.
 */
final class Code {
    /** Ints per handler clause. */
    static final int CLAUSE = 6;
    /** Clause kind of a legacy {@code delegate}; kinds 0-3 are the catch kinds of {@link Instruction}. */
    static final int DELEGATE = 4;

    final int[] ops;
    final int paramSlots;
    final int localSlots;
    final int frameSlots;
    final int resultSlots;
    /**
     * Exception handlers of try_table and legacy try blocks, innermost first. Per handler: start, end (op
     * positions covered), clause count, then {@link #CLAUSE} ints per clause: kind ({@link Instruction#CATCH} ...), tag index
     * (-1 for catch_all), target, label arity, label height, and the hidden local where a legacy catch keeps the
     * exception for {@code rethrow} (-1 for none). A {@link #DELEGATE} clause's target is the offset of the handler
     * to continue the search at (-1: leave the function).
     */
    final int[] handlers;
    /** Objects referenced by ops (heap types of casts and the like). */
    final Object[] constants;

    Code(int[] ops, int paramSlots, int localSlots, int frameSlots, int resultSlots, int[] handlers, Object[] constants) {
        this.ops = ops;
        this.paramSlots = paramSlots;
        this.localSlots = localSlots;
        this.frameSlots = frameSlots;
        this.resultSlots = resultSlots;
        this.handlers = handlers;
        this.constants = constants;
    }
}
