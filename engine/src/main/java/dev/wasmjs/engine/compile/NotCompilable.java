package dev.wasmjs.engine.compile;

/**
 * Thrown while translating a function the compiler does not take (an instruction it does not support, a method
 * over the JVM's size limits); the function then stays on the interpreter. Carries no stack trace: it is an
 * expected outcome, not a bug.
 */
final class NotCompilable extends RuntimeException {
    NotCompilable(String reason) {
        super(reason, null, false, false);
    }
}
