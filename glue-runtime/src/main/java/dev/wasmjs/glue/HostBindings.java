package dev.wasmjs.glue;

import dev.wasmjs.glue.fetch.FetchFailure;
import dev.wasmjs.glue.fetch.FetchResult;
import dev.wasmjs.glue.fetch.Fetcher;
import dev.wasmjs.glue.loop.EventLoop;
import dev.wasmjs.glue.modules.PackageResolver;
import dev.wasmjs.glue.url.JsUrl;
import dev.wasmjs.glue.url.UrlParser;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The one Java object the host scripts (resources dev/wasmjs/glue/js) call into: output, clocks, randomness,
 * timers and tasks, URL parsing, fetch and file I/O. Only the methods marked {@link HostAccess.Export} are
 * visible to JS, and the object itself never reaches user code (the scripts keep it in a closure).
 */
public final class HostBindings {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WasmJsHost host;
    private final EventLoop loop;
    private final Fetcher fetcher;
    private final NodeFs fs;
    private final PackageResolver resolver;
    private final long originNanos = System.nanoTime();
    private final double originEpochMs = System.currentTimeMillis();

    HostBindings(WasmJsHost host, EventLoop loop, Fetcher fetcher, NodeFs fs, PackageResolver resolver) {
        this.host = host;
        this.loop = loop;
        this.fetcher = fetcher;
        this.fs = fs;
        this.resolver = resolver;
    }

    // ---- output, clocks, randomness ----

    @HostAccess.Export
    public void write(int fd, String text) {
        host.write(fd, text);
    }

    /** Milliseconds since the host started, with sub-millisecond resolution (performance.now()). */
    @HostAccess.Export
    public double now() {
        return (System.nanoTime() - originNanos) / 1e6;
    }

    @HostAccess.Export
    public double nanoTime() {
        return System.nanoTime() - originNanos;
    }

    @HostAccess.Export
    public double timeOrigin() {
        return originEpochMs;
    }

    @HostAccess.Export
    public ByteBuffer randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return ByteBuffer.wrap(b);
    }

    @HostAccess.Export
    public String randomUUID() {
        return UUID.randomUUID().toString();
    }

    // ---- timers and tasks ----

    @HostAccess.Export
    public int setTimer(Value callback, double delayMs, boolean repeat) {
        return loop.setTimer(() -> callback.executeVoid(), delayMs, repeat);
    }

    @HostAccess.Export
    public void clearTimer(int id) {
        loop.clearTimer(id);
    }

    @HostAccess.Export
    public void refTimer(int id, boolean ref) {
        loop.refTimer(id, ref);
    }

    @HostAccess.Export
    public boolean hasTimer(int id) {
        return loop.hasTimer(id);
    }

    @HostAccess.Export
    public void refreshTimer(int id) {
        loop.refreshTimer(id, 1);
    }

    @HostAccess.Export
    public void setImmediate(Value callback) {
        loop.postImmediate(() -> callback.executeVoid());
    }

    @HostAccess.Export
    public void post(Value callback) {
        loop.post(() -> callback.executeVoid());
    }

    // ---- errors and exit ----

    @HostAccess.Export
    public void uncaughtException(Value error, String description) {
        host.reportFatal(description);
    }

    @HostAccess.Export
    public void unhandledRejection(Value reason, String description) {
        host.reportFatal(description);
    }

    @HostAccess.Export
    public void exitRequested(int code) {
        host.exitRequested(code);
    }

    // ---- URL ----

    /** Parses a URL; null when it is invalid (JS throws the TypeError, with its own message). */
    @HostAccess.Export
    public JsUrl parseUrl(String input, String base) {
        try {
            return JsUrl.parse(input, base);
        } catch (UrlParser.InvalidUrlException e) {
            return null;
        }
    }

    // ---- fetch ----

    /**
     * Starts a fetch. Local URLs are read now but answered in a later task (fetch is always asynchronous);
     * network URLs complete on the HTTP client's threads and are handed back through the loop.
     */
    @HostAccess.Export
    public void fetch(String url, String method, Value headerPairs, Value body, Value onResponse, Value onError) {
        if (Fetcher.isNetwork(url)) {
            List<String[]> headers = new ArrayList<>();
            for (long i = 0; i < headerPairs.getArraySize(); i++) {
                Value pair = headerPairs.getArrayElement(i);
                headers.add(new String[] {pair.getArrayElement(0).asString(), pair.getArrayElement(1).asString()});
            }
            byte[] bytes = body.isNull() ? null : bytesOf(body);
            EventLoop.Pending pending = loop.beginPending();
            fetcher.fetchNetwork(url, method, headers, bytes).whenComplete((result, err) -> pending.complete(() -> {
                if (err != null) {
                    Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                    onError.executeVoid(cause.getMessage());
                } else {
                    deliver(result, onResponse);
                }
            }));
            return;
        }
        try {
            FetchResult result = fetcher.fetchLocal(url, method);
            loop.post(() -> deliver(result, onResponse));
        } catch (FetchFailure e) {
            loop.post(() -> onError.executeVoid(e.getMessage()));
        }
    }

    private static void deliver(FetchResult r, Value onResponse) {
        Object[] pairs = new Object[r.headers().size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = ProxyArray.fromArray((Object[]) r.headers().get(i));
        }
        onResponse.executeVoid(r.status(), r.statusText(), r.url(), ProxyArray.fromArray(pairs),
                ByteBuffer.wrap(r.body()), r.redirected());
    }

    /** Copies the bytes of a JS Uint8Array (or ArrayBuffer) into Java. */
    static byte[] bytesOf(Value view) {
        if (view.hasBufferElements()) {
            byte[] out = new byte[(int) view.getBufferSize()];
            view.readBuffer(0, out, 0, out.length);
            return out;
        }
        long n = view.getArraySize();
        byte[] out = new byte[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) view.getArrayElement(i).asInt();
        }
        return out;
    }

    // ---- node: modules, fs and process ----

    /** {@code require()} resolution: [file or null, node error code or null, message or null]. */
    @HostAccess.Export
    public ProxyArray resolveModule(String fromDir, String request, boolean esm) {
        try {
            Path p = resolver.resolve(Path.of(fromDir), request,
                    esm ? PackageResolver.Style.IMPORT : PackageResolver.Style.REQUIRE);
            return ProxyArray.fromArray(p == null ? null : p.toString(), null, null);
        } catch (PackageResolver.ResolveException e) {
            return ProxyArray.fromArray(null, e.code(), e.getMessage());
        }
    }

    @HostAccess.Export
    public ByteBuffer fsReadFile(String path) {
        return fs.readFile(path);
    }

    @HostAccess.Export
    public Boolean fsWriteFile(String path, Value bytes, boolean append) {
        return fs.writeFile(path, bytesOf(bytes), append);
    }

    @HostAccess.Export
    public boolean fsExists(String path) {
        return fs.exists(path);
    }

    @HostAccess.Export
    public ProxyArray fsStat(String path, boolean follow) {
        Object[] s = fs.stat(path, follow);
        return s == null ? null : ProxyArray.fromArray(s);
    }

    @HostAccess.Export
    public ProxyArray fsReaddir(String path) {
        Object[] names = fs.readdir(path);
        return names == null ? null : ProxyArray.fromArray(names);
    }

    @HostAccess.Export
    public String fsMkdir(String path, boolean recursive) {
        return fs.mkdir(path, recursive);
    }

    @HostAccess.Export
    public Boolean fsRm(String path, boolean recursive) {
        return fs.rm(path, recursive);
    }

    @HostAccess.Export
    public Boolean fsRename(String from, String to) {
        return fs.rename(from, to);
    }

    @HostAccess.Export
    public String fsRealpath(String path) {
        return fs.realpath(path);
    }

    @HostAccess.Export
    public String lastErrorCode() {
        return fs.errorCode;
    }

    @HostAccess.Export
    public int lastErrorErrno() {
        return fs.errorErrno;
    }

    @HostAccess.Export
    public String lastErrorSyscall() {
        return fs.errorSyscall;
    }

    @HostAccess.Export
    public String lastErrorPath() {
        return fs.errorPath;
    }

    @HostAccess.Export
    public String lastErrorMessage() {
        return fs.errorMessage;
    }

    /** Compiles a CommonJS module body into its wrapper function; the file name shows in stack traces. */
    @HostAccess.Export
    public Value compileCommonJs(String body, String filename) {
        // The wrapper shares the first line with the body, so line numbers in stack traces stay right.
        String wrapped = "(function (exports, require, module, __filename, __dirname) { " + body + "\n})";
        return host.context().eval(Source.newBuilder("js", wrapped, filename).buildLiteral());
    }

    @HostAccess.Export
    public String cwd() {
        return host.workingDirectory().toString();
    }

    @HostAccess.Export
    public ProxyArray argv() {
        return ProxyArray.fromList(new ArrayList<>(host.argv()));
    }

    @HostAccess.Export
    public ProxyArray env() {
        List<Object> pairs = new ArrayList<>();
        host.environment().forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        return ProxyArray.fromList(pairs);
    }

    @HostAccess.Export
    public String version() {
        return WasmJsHost.VERSION;
    }

    @HostAccess.Export
    public String execPath() {
        return ProcessHandle.current().info().command().orElse("wasmjs");
    }

    @HostAccess.Export
    public int pid() {
        return (int) ProcessHandle.current().pid();
    }

    @HostAccess.Export
    public String osVersion() {
        return System.getProperty("os.version", "");
    }

    @HostAccess.Export
    public String tmpdir() {
        return System.getProperty("java.io.tmpdir", "/tmp");
    }

    @HostAccess.Export
    public String homedir() {
        return System.getProperty("user.home", "/");
    }

    @HostAccess.Export
    public int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    @HostAccess.Export
    public double totalMemory() {
        return Runtime.getRuntime().totalMemory();
    }

    @HostAccess.Export
    public double freeMemory() {
        return Runtime.getRuntime().freeMemory();
    }

    /** The bytes of a .wasm file for the generated ES module of the wasm ESM integration. */
    @HostAccess.Export
    public ByteBuffer readWasmModule(String path) {
        ByteBuffer b = fs.readFile(path);
        if (b == null) {
            throw new IllegalStateException(fs.errorMessage);
        }
        return b;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
