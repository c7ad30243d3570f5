package dev.wasmjs.engine.interp;

/**
 * A function translated for the interpreter.
 *
 * <p>Frame layout on the {@link dev.wasmjs.engine.runtime.ValueStack}: slots {@code [fp, fp + localSlots)} hold
 * parameters then locals; the operand stack grows from {@code fp + localSlots} up to at most
 * {@code fp + frameSlots}.
 */
final class Code {
    final int[] ops;
    final int paramSlots;
    final int localSlots;
    final int frameSlots;
    final int resultSlots;
    /**
     * Exception handlers of try_table blocks, innermost first. Per handler: start, end (op positions covered),
     * clause count, then per clause: kind, tag index (-1 for catch_all), target, label arity, label height.
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
