package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.binary.ByteReader;
import dev.wasmjs.engine.binary.InstructionReader;
import dev.wasmjs.engine.binary.Opcode;
import dev.wasmjs.engine.binary.TypeDecoder;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.syntax.FunctionBody;
import dev.wasmjs.engine.syntax.Module;
import java.lang.invoke.MethodHandle;

/**
 * Tail calls between compiled functions ({@code return_call} to another function, {@code return_call_indirect},
 * {@code return_call_ref}) without unbounded JVM stack growth: a bounded number of direct calls, then a trampoline.
 *
 * <p>A function that makes such calls is compiled twice over: its <em>body</em> {@code t<i>(params, Instance,
 * TailCall, int depth)} and its <em>entry</em> {@code f<i>(params, Instance)}, the method everybody else calls, so
 * ordinary calls stay exactly as fast as before. The entry takes the thread's {@code TailCall}, runs the body at
 * depth 0 and then drains pending tail calls. In a body, a tail call is an ordinary JVM call of the callee's body
 * with {@code depth + 1} (inlinable when the callee is in the same class), so the JVM stack grows by one frame per
 * tail call, but only up to {@link #LIMIT}: a body called deeper (its prologue checks) does not run but
 * <em>stashes</em> its arguments here, sets {@link #resume} and returns a dummy result, which every body above it
 * returns at once (they are all in tail position) down to the entry; the entry then resumes the call at depth 0.
 * Callees without a body (plain compiled functions, interpreted and host functions) are called directly below the
 * limit and stashed at it.
 *
 * <p>A tail call inside a try block must not leave its callee under the block's handler: there the call is always
 * stashed, so the callee runs from the entry, outside every handler of the caller.
 *
 * <p>At most one tail call is pending per thread, between a stash and the entry's loop, with only returns in
 * between, so one object per thread suffices.
 */
public final class TailCall {
    /** Direct tail calls allowed on the JVM stack above an entry before the trampoline takes over. */
    public static final int LIMIT = 32;

    private static final ThreadLocal<TailCall> CURRENT = ThreadLocal.withInitial(TailCall::new);

    /** Arguments of the pending call in slot form (numbers as raw bits, references in {@link #refs}). */
    public long[] bits = new long[8];
    public Object[] refs = new Object[8];
    /** The pending callee. */
    public WasmFunction fn;
    /**
     * Set while a call is pending: {@code (TailCall) -> results} for the callee's signature, which reads the
     * arguments and makes the call (see {@link TailAdapters}).
     */
    public MethodHandle resume;

    public static TailCall current() {
        return CURRENT.get();
    }

    /** Makes room for {@code slots} arguments. */
    public void ensure(int slots) {
        if (bits.length < slots) {
            bits = new long[Math.max(slots, bits.length * 2)];
            refs = new Object[bits.length];
        }
    }

    /** Reads reference argument {@code i} and clears it, so the stash keeps nothing alive. */
    public Object takeRef(int i) {
        Object r = refs[i];
        refs[i] = null;
        return r;
    }

    /**
     * Whether defined function {@code funcIndex} makes tail calls to other functions (and so is compiled as a body
     * and an entry). Its code has been validated, so the scan meets no errors.
     */
    static boolean makesTailCalls(Module module, int funcIndex) {
        FunctionBody body = module.bodies().get(funcIndex - module.importedFunctionCount());
        TypeDecoder types = new TypeDecoder(module.types()::get);
        types.setTypeCount(module.types().size());
        InstructionReader reader = new InstructionReader(new ByteReader(module.bytes(), body.codeStart(), body.codeEnd()),
                types);
        while (!reader.atEnd()) {
            var insn = reader.next();
            if (insn.opcode == Opcode.RETURN_CALL_INDIRECT || insn.opcode == Opcode.RETURN_CALL_REF
                    || insn.opcode == Opcode.RETURN_CALL && insn.index != funcIndex) {
                return true;
            }
        }
        return false;
    }
}
