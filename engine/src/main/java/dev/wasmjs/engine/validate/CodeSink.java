package dev.wasmjs.engine.validate;

import dev.wasmjs.engine.binary.Instruction;

/**
 * Receives a function's instructions as the validator accepts them, so an execution tier can translate code in
 * the same pass that type-checks it, with the validator's knowledge at hand (operand types, stack heights,
 * label arities; see the query methods of {@link FunctionValidator}).
 *
 * <p>{@link #instruction} is called after the instruction type-checked: for block-starting instructions the new
 * control frame is already pushed, for {@code end} the frame is already popped. Instructions in unreachable code
 * are reported too (with {@link FunctionValidator#wasReachable()} false) so sinks can track block nesting.
 */
public interface CodeSink {
    /** Called once before the first instruction, when parameters and locals are known. */
    void begin(FunctionValidator v);

    void instruction(Instruction insn, FunctionValidator v);

    /** Called after the function's final {@code end}. */
    void finish(FunctionValidator v);

    /** A sink that ignores everything: plain validation. */
    CodeSink NONE = new CodeSink() {
        @Override
        public void begin(FunctionValidator v) {
        }

        @Override
        public void instruction(Instruction insn, FunctionValidator v) {
        }

        @Override
        public void finish(FunctionValidator v) {
        }
    };
}
