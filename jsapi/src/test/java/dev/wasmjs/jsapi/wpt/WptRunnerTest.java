package dev.wasmjs.jsapi.wpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness shim and runner report failures, not only passes: a shim that passed everything would prove nothing. */
class WptRunnerTest {
    private static final WptRunner RUNNER = new WptRunner();

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        RUNNER.close();
    }

    private Map<String, String> run(String source) throws IOException {
        Path file = dir.resolve("t.any.js");
        Files.writeString(file, source);
        FileResult r = RUNNER.run(file);
        return r.subtests().stream().collect(Collectors.toMap(SubtestResult::name,
                s -> s.status() + (s.passed() ? "" : ": " + s.message()), (a, b) -> a + " / " + b));
    }

    @Test
    void syncTestsPassAndFail() throws IOException {
        Map<String, String> r = run("""
                test(() => { assert_equals(1, 1); assert_true(true); assert_array_equals([1, NaN], [1, NaN]); }, "passes");
                test(() => { assert_equals(0, -0); }, "zeros differ");
                test(() => { assert_equals('1', 1); }, "types differ");
                test(() => { assert_throws_js(TypeError, () => { throw new RangeError('x'); }); }, "wrong error");
                test(() => { assert_throws_js(TypeError, () => {}); }, "no error");
                test(() => { throw new Error('boom'); }, "throws");
                test(() => { assert_throws(new RangeError(), () => { throw new RangeError(); }); }, "legacy throws");
                """);
        assertEquals("PASS", r.get("passes"));
        assertTrue(r.get("zeros differ").startsWith("FAIL: assert_equals: expected -0 but got 0"), r.get("zeros differ"));
        assertTrue(r.get("types differ").startsWith("FAIL: assert_equals: expected (number) 1 but got (string) \"1\""));
        assertTrue(r.get("wrong error").contains("not TypeError"), r.get("wrong error"));
        assertTrue(r.get("no error").contains("did not throw"));
        assertEquals("FAIL: Error: boom", r.get("throws"));
        assertEquals("PASS", r.get("legacy throws"));
        assertEquals(7, r.size());
    }

    @Test
    void promiseAndAsyncTestsWaitForTheirOutcome() throws IOException {
        Map<String, String> r = run("""
                promise_test(() => Promise.resolve(1), "resolves");
                promise_test(() => Promise.reject(new TypeError('no')), "rejects");
                promise_test(t => promise_rejects_js(t, TypeError, Promise.reject(new TypeError())), "expected rejection");
                promise_test(t => promise_rejects_js(t, TypeError, Promise.resolve()), "missing rejection");
                promise_test(() => 5, "not a promise");
                async_test(t => { setTimeout(t.step_func_done(() => assert_true(true)), 10); }, "async passes");
                async_test(t => { setTimeout(t.step_func(() => assert_true(false)), 5); }, "async fails");
                async_test(t => {}, "never done");
                """);
        assertEquals("PASS", r.get("resolves"));
        assertEquals("FAIL: TypeError: no", r.get("rejects"));
        assertEquals("PASS", r.get("expected rejection"));
        assertTrue(r.get("missing rejection").startsWith("FAIL: assert_unreached"), r.get("missing rejection"));
        assertTrue(r.get("not a promise").contains("thenable"));
        assertEquals("PASS", r.get("async passes"));
        assertTrue(r.get("async fails").startsWith("FAIL: assert_true"));
        assertTrue(r.get("never done").startsWith("TIMEOUT"));
    }

    @Test
    void setupAndTopLevelErrorsAreFailures() throws IOException {
        Map<String, String> r = run("""
                setup(() => { throw new Error('bad setup'); });
                test(() => {}, "after setup");
                undefinedFunction();
                """);
        assertTrue(r.get("setup").contains("bad setup"));
        assertTrue(r.get("after setup").startsWith("FAIL"));
        assertTrue(r.get("(file)").contains("ReferenceError"), r.get("(file)"));
    }

    @Test
    void aFileThatNeverFinishesIsStoppedAndTheRunnerGoesOn() throws IOException {
        Path hang = dir.resolve("hang.any.js");
        Files.writeString(hang, "test(() => {}, 'before'); while (true) {}");
        Path ok = dir.resolve("ok.any.js");
        Files.writeString(ok, "test(() => {}, 'fine');");
        try (WptRunner quick = new WptRunner(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(2))) {
            FileResult r = quick.run(hang);
            assertEquals(List.of(new SubtestResult("before", "PASS", ""),
                    new SubtestResult("(file)", "TIMEOUT", "file did not finish within 2000 ms")), r.subtests());
            assertTrue(quick.run(ok).ok());
        }
    }

    @Test
    void metaScriptsLoadRelativeAndSuiteAbsolute() throws IOException {
        Files.writeString(dir.resolve("wasm-module-builder.js"), "var fromSuiteRoot = 1;");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/helper.js"), "var fromRelative = 2;");
        Path file = dir.resolve("sub/t.any.js");
        Files.writeString(file, """
                // META: global=jsshell
                // META: script=/wasm/jsapi/wasm-module-builder.js
                // META: script=helper.js
                test(() => assert_equals(fromSuiteRoot + fromRelative, 3), "both loaded");
                """);
        FileResult r = RUNNER.run(file);
        assertEquals(List.of(new SubtestResult("both loaded", "PASS", "")), r.subtests());
    }

    @Test
    void toolPrintsALinePerFileAndTheTotalsLast() throws IOException {
        Files.writeString(dir.resolve("a.any.js"), "test(() => {}, 'ok'); test(() => assert_true(false), 'bad');");
        Files.writeString(dir.resolve("b.any.js"), "test(() => {}, 'ok');");
        Path expected = dir.resolve("expected.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = WptTool.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines[0].startsWith("FAIL ") && lines[0].endsWith("a.any.js (1/2)"), lines[0]);
        assertTrue(lines[1].contains("bad: assert_true"), lines[1]);
        assertTrue(lines[2].startsWith("PASS ") && lines[2].endsWith("b.any.js (1/1)"), lines[2]);
        assertEquals("2 passed, 1 failed", lines[lines.length - 1]);
        assertEquals(1, code);

        Files.writeString(expected, "a.any.js | bad | known\n");
        assertEquals(0, WptTool.run(List.of("--expected-failures", expected.toString(), dir.toString()),
                new PrintStream(new ByteArrayOutputStream()), System.err));
        Files.writeString(expected, "a.any.js | nonsense\n");
        assertEquals(2, WptTool.run(List.of("--expected-failures", expected.toString(), dir.toString()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    }
}
