package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.Trap;

/** The trap for runaway recursion (JS reports it as a RangeError, as V8 does). */
public final class StackExhausted extends Trap {
    public StackExhausted() {
        super("call stack exhausted");
    }

    @Override
    public boolean isStackExhaustion() {
        return true;
    }
}
