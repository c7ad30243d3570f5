package dev.wasmjs.glue;

import dev.wasmjs.glue.fetch.Fetcher;
import dev.wasmjs.glue.io.AccessPolicy;
import dev.wasmjs.glue.io.HostFileSystem;
import dev.wasmjs.glue.loop.BackgroundWork;
import dev.wasmjs.glue.loop.EventLoop;
import dev.wasmjs.glue.modules.PackageResolver;
import dev.wasmjs.glue.modules.WasmModuleSource;
import dev.wasmjs.jsapi.WebAssemblyJs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * A headless JavaScript host on GraalJS with the WebAssembly API installed: the globals browsers and node give
 * wasm glue code (console, fetch, URL, timers, TextEncoder, ...), an event loop, ES modules and CommonJS, wasm
 * ESM integration and page mode. One host is one program run: build it, run a file or source, close it.
 *
 * <pre>{@code
 * try (WasmJsHost host = WasmJsHost.builder().baseDir(Path.of("samples/01-add-one")).build()) {
 *     int exitCode = host.runFile(Path.of("samples/01-add-one/main.mjs"));
 * }
 * }</pre>
 *
 * Not thread-safe: use a host from one thread (the event loop's), like a JS realm.
 */
public final class WasmJsHost implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    static final String MODULE_MIME = "application/javascript+module";
    private static final String[] HOST_SCRIPTS = {"inspect.js", "globals.js", "url.js", "fetch.js"};

    /** Which platform the globals imitate. */
    public enum Mode {
        /** node: process, require, Buffer, node: built-ins, timers returning Timeout objects. */
        NODE,
        /** a browser page: window, self, document, location; no node globals. */
        BROWSER
    }

    /** Builder; defaults: base directory = working directory, System.out/err, no writes, no network. */
    public static final class Builder {
        private Path baseDir = Path.of("").toAbsolutePath();
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private final List<Path> extraReadRoots = new ArrayList<>();
        private boolean readAnywhere;
        private boolean writeAllowed;
        private boolean networkAllowed;
        private Mode mode = Mode.NODE;
        private List<String> arguments = List.of();
        private Map<String, String> environment = System.getenv();
        private Engine engine;
        private String documentUrl;

        private Builder() {
        }

        /** Reads (module loading, fetch, fs) are confined to this directory unless allowed otherwise. */
        public Builder baseDir(Path dir) {
            this.baseDir = dir.toAbsolutePath().normalize();
            return this;
        }

        /** process.cwd() and the directory relative paths in the node API resolve against. */
        public Builder workingDirectory(Path dir) {
            this.workingDirectory = dir.toAbsolutePath().normalize();
            return this;
        }

        public Builder stdout(OutputStream out) {
            this.stdout = out;
            return this;
        }

        public Builder stderr(OutputStream err) {
            this.stderr = err;
            return this;
        }

        /** Allows reads below another directory too. */
        public Builder allowRead(Path dir) {
            extraReadRoots.add(dir);
            return this;
        }

        /** Allows reading any file. */
        public Builder allowReadAnywhere(boolean allow) {
            this.readAnywhere = allow;
            return this;
        }

        /** Allows writing files (node fs) in the readable directories. */
        public Builder allowWrite(boolean allow) {
            this.writeAllowed = allow;
            return this;
        }

        /** Allows fetch() of http: and https: URLs. */
        public Builder allowNetwork(boolean allow) {
            this.networkAllowed = allow;
            return this;
        }

        public Builder mode(Mode mode) {
            this.mode = mode;
            return this;
        }

        /** process.argv after the script path. */
        public Builder arguments(List<String> args) {
            this.arguments = List.copyOf(args);
            return this;
        }

        public Builder environment(Map<String, String> env) {
            this.environment = Map.copyOf(env);
            return this;
        }

        /** Shares a GraalJS engine (and its code cache) between hosts; the caller closes it. */
        public Builder engine(Engine engine) {
            this.engine = engine;
            return this;
        }

        /**
         * The URL relative fetch() URLs resolve against; by default the file being run (the page in page
         * mode, the main module otherwise), as a browser resolves against its document.
         */
        public Builder documentUrl(String url) {
            this.documentUrl = url;
            return this;
        }

        public WasmJsHost build() {
            return new WasmJsHost(this);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private final Builder config;
    private final AccessPolicy policy;
    private final EventLoop loop = new EventLoop();
    final Context context;
    private final Engine ownEngine;
    private final Value internal;
    private final HostBindings bindings;
    private volatile Set<String> builtinNames;
    private final List<String> argv = new ArrayList<>();
    private String documentUrl;
    private int exitCode;
    private boolean fatal;
    boolean exited;
    private boolean closed;

    private WasmJsHost(Builder b) {
        this.config = b;
        List<Path> roots = new ArrayList<>();
        roots.add(b.baseDir);
        roots.addAll(b.extraReadRoots);
        this.policy = new AccessPolicy(roots, b.readAnywhere, b.writeAllowed);
        this.documentUrl = b.documentUrl;
        Fetcher fetcher = new Fetcher(policy, b.networkAllowed);
        PackageResolver resolver = new PackageResolver(policy);
        HostBindings bindings = new HostBindings(this, loop, fetcher, new NodeFs(policy), resolver);
        this.bindings = bindings;
        HostFileSystem fs = new HostFileSystem(policy, resolver, new GeneratedSources());

        Engine engine = b.engine;
        if (engine == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            ownEngine = engine;
        } else {
            ownEngine = null;
        }
        Context.Builder cb = Context.newBuilder("js")
                .engine(engine)
                .allowExperimentalOptions(true)
                .allowHostAccess(WebAssemblyJs.HOST_ACCESS)
                .allowIO(IOAccess.newBuilder().fileSystem(fs).build())
                .currentWorkingDirectory(b.workingDirectory)
                .in(InputStream.nullInputStream())
                .out(b.stdout)
                .err(b.stderr)
                .option("js.top-level-await", "true")
                .option("js.text-encoding", "true")
                .option("js.shell", "true")
                .option("js.unhandled-rejections", "handler")
                .option("js.polyglot-builtin", "false")
                .option("js.java-package-globals", "false")
                .option("js.global-arguments", "false")
                .option("js.shebang", "true")
                .option("js.stack-trace-api", "true")
                .option("js.import-attributes", "true")
                .option("js.json-modules", "true")
                // Bare specifiers reach the file system relative to the importer, which resolves them (node_modules).
                .option("js.esm-bare-specifier-relative-lookup", "true")
                .option("js.locale", "en-US");
        WebAssemblyJs.configure(cb);
        this.context = cb.build();
        try {
            context.enter();
            WebAssemblyJs.install(context, new BackgroundWork(loop));
            this.internal = context.eval("js", "({})");
            boolean node = b.mode == Mode.NODE;
            runHostScript("bootstrap.js").execute(bindings, internal, node);
            for (String name : HOST_SCRIPTS) {
                runHostScript(name).execute(bindings, internal);
            }
            if (node) {
                runHostScript("node.js").execute(bindings, internal);
            }
            this.builtinNames = node ? Set.copyOf(builtinNameList()) : Set.of();
            internal.putMember("baseUrl", context.eval("js", "(f) => () => f()")
                    .execute((org.graalvm.polyglot.proxy.ProxyExecutable) args -> documentUrl()));
            internal.putMember("instantiateWasmFile", context.eval("js", """
                    (host) => (path, imports) => new WebAssembly.Instance(
                        new WebAssembly.Module(new ArrayBuffer(host.readWasmModule(path))), imports)
                    """).execute(bindings));
        } catch (RuntimeException e) {
            context.close(true);
            if (ownEngine != null) {
                ownEngine.close();
            }
            throw e;
        } finally {
            context.leave();
        }
    }

    private List<String> builtinNameList() {
        List<String> out = new ArrayList<>();
        Value all = context.eval("js", "(m) => ['events','buffer','path','url','fs','fs/promises','util','assert',"
                + "'assert/strict','os','crypto','perf_hooks','timers','timers/promises','worker_threads',"
                + "'string_decoder','process','module'].filter((n) => m.isBuiltin(n))").execute(internal);
        for (long i = 0; i < all.getArraySize(); i++) {
            out.add(all.getArrayElement(i).asString());
        }
        return out;
    }

    private Value runHostScript(String name) {
        String path = "/dev/wasmjs/glue/js/" + name;
        try (InputStream in = WasmJsHost.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing host script " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return context.eval(Source.newBuilder("js", text, "wasmjs:" + name).internal(false).buildLiteral());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- running programs ----

    /** Runs a file by its kind (.mjs, .cjs, .js by package.json/syntax, .html page) and its event loop. */
    public int runFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            return failStartup("wasmjs: cannot find file '" + file + "'"
                    + (Files.isDirectory(abs) ? " (it is a directory)" : ""));
        }
        if (!policy.canRead(abs)) {
            return failStartup("wasmjs: '" + file + "' is outside the base directory " + config.baseDir);
        }
        if (documentUrl == null) {
            documentUrl = abs.toUri().toString();
        }
        argv.clear();
        argv.add(ProcessHandle.current().info().command().orElse("wasmjs"));
        argv.add(abs.toString());
        argv.addAll(config.arguments);
        if (config.mode == Mode.NODE) {
            context.eval("js", "(p, a) => { p.argv.length = 0; p.argv.push(...a); }")
                    .executeVoid(internal.getMember("process"), org.graalvm.polyglot.proxy.ProxyArray.fromList(new ArrayList<>(argv)));
        }
        ModuleKinds.Kind kind;
        try {
            kind = ModuleKinds.detect(abs, context);
        } catch (IOException e) {
            return failStartup("wasmjs: cannot read '" + file + "': " + e.getMessage());
        }
        return switch (kind) {
            case MODULE -> run(() -> context.eval(Source.newBuilder("js", abs.toFile()).mimeType(MODULE_MIME).build()));
            case COMMONJS -> run(() -> internal.getMember("runMainCommonJs").execute(abs.toString()));
            case PAGE -> runPage(abs);
            case WASM -> failStartup("wasmjs: '" + file + "' is a WebAssembly binary; run the JS or HTML that loads it");
        };
    }

    /** Runs source text as an ES module (named for stack traces and relative imports) and the event loop. */
    public int runModule(String source, Path name) {
        Path abs = name.toAbsolutePath().normalize();
        if (documentUrl == null) {
            documentUrl = abs.toUri().toString();
        }
        return run(() -> context.eval(Source.newBuilder("js", source, abs.getFileName().toString())
                .uri(abs.toUri()).mimeType(MODULE_MIME).buildLiteral()));
    }

    /** Runs source text as a classic script and then the event loop. */
    public int runScript(String source, String name) {
        return run(() -> context.eval(Source.newBuilder("js", source, name).buildLiteral()));
    }

    /** Evaluates a classic script without running the event loop (for embedding); errors propagate. */
    public Value eval(String source) {
        return context.eval("js", source);
    }

    /** Runs queued tasks and timers until nothing is pending; returns the exit code so far. */
    public int runEventLoop() {
        driveLoop();
        return finish();
    }

    /** The GraalJS context, for embedders that want to add their own globals. */
    public Context context() {
        return context;
    }

    private interface Step {
        void run() throws IOException;
    }

    private int run(Step step) {
        if (exited) {
            return exitCode;
        }
        try {
            step.run();
        } catch (PolyglotException e) {
            handle(e);
        } catch (IOException e) {
            reportFatal("wasmjs: " + e.getMessage());
        }
        driveLoop();
        return finish();
    }

    private int runPage(Path page) throws UncheckedIOException {
        String html;
        try {
            html = Files.readString(page);
        } catch (IOException e) {
            return failStartup("wasmjs: cannot read '" + page + "': " + e.getMessage());
        }
        if (config.mode == Mode.BROWSER) {
            try {
                runHostScript("page.js").execute(bindings, internal, page.toUri().toString());
            } catch (PolyglotException e) {
                handle(e);
                return finish();
            }
        }
        PageRunner runner = new PageRunner(this, page, html);
        return run(runner::runScripts);
    }

    void pageCall(String name, Object arg) {
        if (exited) {
            return;
        }
        try {
            Value f = internal.getMember(name);
            if (f != null && f.canExecute()) {
                f.execute(arg);
            }
        } catch (PolyglotException e) {
            handle(e);
        }
    }

    private void driveLoop() {
        while (!exited && !(fatal && config.mode == Mode.NODE)) {
            try {
                loop.run();
            } catch (PolyglotException e) {
                handle(e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reportFatal("wasmjs: interrupted");
                return;
            }
            if (loop.isStopped() || exited || (fatal && config.mode == Mode.NODE)) {
                return;
            }
            // The loop is empty: node emits 'beforeExit', which may schedule more work.
            if (config.mode == Mode.NODE && !fatal) {
                try {
                    internal.getMember("beforeExit").executeVoid();
                } catch (PolyglotException e) {
                    handle(e);
                    continue;
                }
                if (loop.isAlive()) {
                    continue;
                }
            }
            return;
        }
    }

    private int finish() {
        if (exited) {
            return exitCode;
        }
        if (config.mode == Mode.NODE) {
            try {
                internal.getMember("emitExit").executeVoid(fatal ? 1 : 0);
                if (!fatal) {
                    exitCode = internal.getMember("processExitCode").execute().asInt();
                }
            } catch (PolyglotException e) {
                handle(e);
            }
        }
        flush();
        return fatal ? Math.max(exitCode, 1) : exitCode;
    }

    void handle(PolyglotException e) {
        if (e.isExit()) {
            exited = true;
            exitCode = e.getExitStatus();
            loop.stop();
            return;
        }
        if (e.isCancelled() || e.isInterrupted()) {
            reportFatal("wasmjs: execution was cancelled");
            return;
        }
        if (e.isHostException()) {
            Throwable t = e.asHostException();
            reportFatal("wasmjs: internal error: " + t + (e.getSourceLocation() != null ? " at " + e.getSourceLocation() : ""));
            return;
        }
        if (e.isSyntaxError()) {
            reportFatal(SyntaxErrors.nodeLayout(e));
            return;
        }
        if (e.isResourceExhausted()) {
            reportFatal("RangeError: " + e.getMessage());
            return;
        }
        String description;
        Value guest = e.getGuestObject();
        try {
            description = guest == null ? e.getMessage() : internal.getMember("describeError").execute(guest).asString();
        } catch (PolyglotException again) {
            description = e.getMessage();
        }
        if (guest != null && !guest.isException() && !description.startsWith("Uncaught")) {
            description = "Uncaught " + description;
        }
        reportFatal(description);
    }

    // ---- called by HostBindings ----

    void write(int fd, String text) {
        OutputStream out = fd == 2 ? config.stderr : config.stdout;
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // a closed pipe (wasmjs x | head): output is not wanted any more, as node ignores EPIPE on exit
        }
    }

    /** An uncaught exception or unhandled rejection: print it; node mode stops at once, page mode goes on. */
    void reportFatal(String description) {
        write(2, description.endsWith("\n") ? description : description + "\n");
        fatal = true;
        exitCode = 1;
        if (config.mode == Mode.NODE) {
            loop.stop();
        }
    }

    void exitRequested(int code) {
        exitCode = code;
    }

    private int failStartup(String message) {
        write(2, message + "\n");
        fatal = true;
        exitCode = 1;
        return 1;
    }

    private void flush() {
        try {
            config.stdout.flush();
            config.stderr.flush();
        } catch (IOException ignored) {
            // nothing left to report to
        }
    }

    Path workingDirectory() {
        return config.workingDirectory;
    }

    List<String> argv() {
        return argv.isEmpty() ? List.of("wasmjs") : argv;
    }

    Map<String, String> environment() {
        return config.environment;
    }

    String documentUrl() {
        return documentUrl != null ? documentUrl : config.workingDirectory.toUri().toString();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        try {
            context.close(true);
        } catch (PolyglotException e) {
            // closing a context after process.exit reports the exit again; it is already handled
        }
        if (ownEngine != null) {
            ownEngine.close();
        }
    }

    // ---- module sources the file system generates ----

    private final class GeneratedSources implements HostFileSystem.GeneratedModules {
        @Override
        public boolean isBuiltin(String name) {
            Set<String> names = builtinNames;
            return names != null && names.contains(name);
        }

        @Override
        public String builtinModule(String name) {
            StringBuilder js = new StringBuilder();
            js.append("const m = globalThis[Symbol.for('wasmjs.internal')].loadBuiltin(").append(WasmModuleSource.quote(name)).append(");\n");
            js.append("export default m;\n");
            Value names = internal.getMember("builtinExportNames").execute(name);
            for (long i = 0; i < names.getArraySize(); i++) {
                String n = names.getArrayElement(i).asString();
                js.append("export const ").append(n).append(" = m.").append(n).append(";\n");
            }
            return js.toString();
        }

        @Override
        public String wasmModule(Path wasmFile) throws IOException {
            return WasmModuleSource.of(wasmFile, Files.readAllBytes(wasmFile));
        }
    }
}
