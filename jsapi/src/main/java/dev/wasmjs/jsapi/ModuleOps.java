package dev.wasmjs.jsapi;

import dev.wasmjs.engine.CompileException;
import dev.wasmjs.engine.ExecutionMode;
import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.syntax.Export;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.types.ExternType;
import dev.wasmjs.engine.types.GlobalType;
import java.nio.ByteBuffer;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code WebAssembly.Module}, {@code validate} and {@code compile} for webassembly.js: copying buffer sources,
 * compiling (in the background when the host has an event loop), and describing a module's imports and exports.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class ModuleOps {
    private final JsRealm realm;

    ModuleOps(JsRealm realm) {
        this.realm = realm;
    }

    /**
     * The bytes of a buffer source, copied: {@code length} bytes of an ArrayBuffer or SharedArrayBuffer from
     * {@code offset}. A source over the JS API's module size limit is not copied (it cannot compile anyway).
     */
    @HostAccess.Export
    public SourceBytes copyBytes(Value buffer, int offset, int length) {
        if (length > EmbeddingLimits.MAX_MODULE_SIZE) {
            return new SourceBytes(null, length);
        }
        byte[] out = new byte[length];
        if (length > 0) {
            buffer.readBuffer(offset, out, 0, length);
        }
        return new SourceBytes(out, length);
    }

    /** Decodes, validates and checks the JS API's limits; throws CompileException or EmbeddingLimits.Exceeded. */
    static WasmModule compileChecked(SourceBytes source) {
        EmbeddingLimits.checkSize(source.length());
        WasmModule m = WasmModule.compileOwned(source.bytes(), ExecutionMode.configured());
        EmbeddingLimits.check(m, source.bytes());
        return m;
    }

    @HostAccess.Export
    public boolean validate(SourceBytes bytes) {
        try {
            compileChecked(bytes);
            return true;
        } catch (CompileException | EmbeddingLimits.Exceeded e) {
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw realm.errors.toJs(e);
        }
    }

    @HostAccess.Export
    public WasmModule compile(SourceBytes bytes, String where) {
        try {
            return compileChecked(bytes);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw realm.rethrow(compileError(e, bytes, where));
        }
    }

    /** The JS error a failed compilation rejects with. */
    private Value compileError(Throwable e, SourceBytes bytes, String where) {
        return switch (e) {
            case CompileException c when bytes.length() == 0 -> realm.error("CompileError", where + ": BufferSource argument is empty");
            case CompileException c -> realm.error("CompileError", where + ": " + c.getMessage());
            case EmbeddingLimits.Exceeded x -> realm.error("CompileError", where + ": " + x.getMessage());
            case StackOverflowError s -> realm.error("RangeError", where + ": " + ErrorMapping.STACK_EXHAUSTED);
            case OutOfMemoryError o -> realm.error("RangeError", where + ": out of memory compiling a module of " + bytes.length() + " bytes");
            default -> realm.error("Error", where + ": wasmjs internal error: " + e);
        };
    }

    /**
     * Starts compiling {@code bytes} on a background thread when the host has an event loop and the module is large
     * enough to be worth it; {@code done} is then called on the JS thread with (module) or (null, error). Returns
     * false when the caller should compile in a promise job instead.
     */
    @HostAccess.Export
    public boolean compileInBackground(SourceBytes bytes, String where, Value done) {
        HostEventLoop loop = realm.loop;
        if (loop == null || bytes.length() < WebAssemblyJs.BACKGROUND_COMPILE_THRESHOLD) {
            return false;
        }
        Object[] outcome = new Object[1];
        loop.runInBackground(() -> {
            try {
                outcome[0] = compileChecked(bytes);
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, () -> {
            if (outcome[0] instanceof WasmModule m) {
                done.executeVoid(m);
            } else {
                Throwable t = outcome[0] instanceof Throwable x ? x : new IllegalStateException("compilation did not run");
                done.executeVoid(null, compileError(t, bytes, where));
            }
        });
        return true;
    }

    private static Import importAt(WasmModule m, int i) {
        return m.imports().get(i);
    }

    @HostAccess.Export
    public int importCount(WasmModule m) {
        return m.imports().size();
    }

    @HostAccess.Export
    public String importModule(WasmModule m, int i) {
        return importAt(m, i).module();
    }

    @HostAccess.Export
    public String importName(WasmModule m, int i) {
        return importAt(m, i).name();
    }

    @HostAccess.Export
    public String importKind(WasmModule m, int i) {
        return importAt(m, i).type().kind().jsName;
    }

    @HostAccess.Export
    public String importSignature(WasmModule m, int i) {
        return TypeCodes.signature(((ExternType.Func) importAt(m, i).type()).funcType());
    }

    @HostAccess.Export
    public String importGlobalCode(WasmModule m, int i) {
        return String.valueOf(TypeCodes.of(((GlobalType) importAt(m, i).type()).type()));
    }

    @HostAccess.Export
    public int exportCount(WasmModule m) {
        return m.exports().size();
    }

    @HostAccess.Export
    public String exportName(WasmModule m, int i) {
        return m.exports().get(i).name();
    }

    @HostAccess.Export
    public String exportKind(WasmModule m, int i) {
        Export e = m.exports().get(i);
        return e.kind().jsName;
    }

    /** The contents of the custom sections called {@code name}, in module order, as a JS array of ByteBuffers. */
    @HostAccess.Export
    public Value customSections(WasmModule m, String name) {
        List<byte[]> sections = m.customSections(name);
        Object[] buffers = new Object[sections.size()];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = ByteBuffer.wrap(sections.get(i));
        }
        return realm.array(buffers);
    }
}
