package dev.wasmjs.engine.runtime;

import java.util.Arrays;

/**
 * The execution stack of one thread: 64-bit value slots with a parallel array for references, shared by every
 * frame of every tier. A call passes its arguments in place: the callee's frame starts where the caller pushed
 * them, and results are written back from that slot up.
 *
 * <p>Also counts call depth so runaway recursion becomes a "call stack exhausted" trap.
 */
public final class ValueStack {
    /** Wasm call depth at which calls trap, far below what the JVM stack would take with a large -Xss. */
    public static final int MAX_DEPTH = 60_000;
    private static final int MAX_SLOTS = 1 << 26;

    private static final ThreadLocal<ValueStack> CURRENT = ThreadLocal.withInitial(ValueStack::new);

    public long[] slots = new long[1024];
    public Object[] refs = new Object[1024];
    public int depth;
    /** First free slot above the frames of calls in progress (where a host entering wasm may start a frame). */
    public int top;

    /** The stack of the calling thread. */
    public static ValueStack current() {
        return CURRENT.get();
    }

    /** Makes slots {@code [0, needed)} available; callers must re-read {@link #slots}/{@link #refs} afterwards. */
    public void ensure(int needed) {
        if (needed > slots.length) {
            if (needed > MAX_SLOTS) {
                throw new StackExhausted();
            }
            int n = Math.max(needed, Math.min(slots.length * 2, MAX_SLOTS));
            slots = Arrays.copyOf(slots, n);
            refs = Arrays.copyOf(refs, n);
        }
    }
}
