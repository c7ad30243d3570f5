package dev.wasmjs.jsapi.wpt;

import dev.wasmjs.jsapi.WebAssemblyJs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs testharness-style test files, each in a fresh context with wasmjs's {@code WebAssembly} and the harness
 * shim: loads the helper scripts the file's META lines name, runs the file, then runs timers until every test
 * finished. A file that does not finish within its timeout is stopped (its context closed) and its unfinished
 * tests count as TIMEOUT. Contexts share one engine, so helper scripts are parsed once.
 */
public final class WptRunner implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(120);
    public static final Duration LONG_TIMEOUT = Duration.ofSeconds(600);

    private static final Source HARNESS = resource("harness.js");

    private final Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wpt-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final Map<Path, Source> scripts = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final Duration longTimeout;

    public WptRunner() {
        this(TIMEOUT, LONG_TIMEOUT);
    }

    /** A runner that stops files after {@code timeout} ({@code longTimeout} for {@code META: timeout=long}). */
    public WptRunner(Duration timeout, Duration longTimeout) {
        this.timeout = timeout;
        this.longTimeout = longTimeout;
    }

    public FileResult run(Path file) {
        List<SubtestResult> results = Collections.synchronizedList(new ArrayList<>());
        TestFile test;
        try {
            test = TestFile.read(file, TestFile.suiteRoot(file));
        } catch (IOException e) {
            results.add(new SubtestResult("(file)", "FAIL", "cannot read: " + e.getMessage()));
            return new FileResult(file, results);
        }
        HarnessHost host = new HarnessHost(results);
        AtomicBoolean timedOut = new AtomicBoolean();
        try (Context context = WebAssemblyJs.configure(Context.newBuilder("js").engine(engine))
                .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream()).build()) {
            Duration limit = test.longTimeout() ? longTimeout : timeout;
            ScheduledFuture<?> stop = watchdog.schedule(() -> {
                timedOut.set(true);
                context.close(true);
            }, limit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                WebAssemblyJs.install(context);
                Value harness = context.eval(HARNESS).execute(host);
                for (Path script : test.scripts()) {
                    evaluate(context, harness, script(script));
                }
                evaluate(context, harness, Source.newBuilder("js", test.source(), file.toString()).buildLiteral());
                while (!harness.invokeMember("complete").asBoolean()) {
                    if (!runTimer(host, harness)) {
                        harness.invokeMember("timeout");
                    }
                }
            } catch (PolyglotException e) {
                if (!timedOut.get() && !e.isCancelled()) {
                    results.add(new SubtestResult("(file)", "FAIL", "runner error: " + e.getMessage()));
                }
            } catch (IllegalStateException | UncheckedIOException e) {
                if (!timedOut.get()) {
                    results.add(new SubtestResult("(file)", "FAIL", "runner error: " + e.getMessage()));
                }
            } finally {
                stop.cancel(false);
            }
            if (timedOut.get()) {
                results.add(new SubtestResult("(file)", "TIMEOUT", "file did not finish within " + limit.toMillis() + " ms"));
            }
        } catch (PolyglotException e) {
            // Closing a cancelled context reports the cancellation again.
            if (!timedOut.get()) {
                results.add(new SubtestResult("(file)", "FAIL", "runner error: " + e.getMessage()));
            }
        }
        return new FileResult(file, results);
    }

    /** Runs a script; an exception from its top level is recorded as a file error, as testharness.js does. */
    private static void evaluate(Context context, Value harness, Source source) {
        try {
            context.eval(source);
        } catch (PolyglotException e) {
            if (!e.isGuestException() || e.isCancelled()) {
                throw e;
            }
            harness.invokeMember("fileError", e.getGuestObject());
        }
    }

    private static boolean runTimer(HarnessHost host, Value harness) {
        try {
            return host.runNextTimer();
        } catch (PolyglotException e) {
            if (!e.isGuestException() || e.isCancelled()) {
                throw e;
            }
            harness.invokeMember("fileError", e.getGuestObject());
            return true;
        }
    }

    private Source script(Path path) {
        return scripts.computeIfAbsent(path, p -> {
            try {
                return Source.newBuilder("js", Files.readString(p, StandardCharsets.UTF_8), p.toString()).buildLiteral();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read helper script " + p + ": " + e.getMessage(), e);
            }
        });
    }

    private static Source resource(String name) {
        try (InputStream in = WptRunner.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jsapi jar");
            }
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), "wasmjs-wpt-" + name)
                    .buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        engine.close();
    }
}
