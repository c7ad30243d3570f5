package dev.wasmjs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on good and bad input: exit codes and messages like node's. */
class RunCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String name, String content, String... args) throws IOException {
        Path file = dir.resolve(name);
        if (content != null) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> argv = new java.util.ArrayList<>(List.of(args));
        argv.add(file.toString());
        int code = RunCommand.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingFile() throws IOException {
        Result r = run("nope.mjs", null);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot find file") && r.err().contains("nope.mjs"), r.err());
    }

    @Test
    void syntaxError() throws IOException {
        Result r = run("bad.mjs", "console.log('x');\nconst = 1;\n");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad.mjs:2") && r.err().contains("SyntaxError"), r.err());
    }

    @Test
    void badUrlIsAnUncaughtTypeError() throws IOException {
        Result r = run("url.mjs", "new URL('http://[oops');\n");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("TypeError: Invalid URL: http://[oops"), r.err());
        assertTrue(r.err().contains("url.mjs:1"), "stack names the script: " + r.err());
    }

    @Test
    void missingFetchRejectsWithTypeError() throws IOException {
        Result r = run("f.mjs", """
                fetch('missing.wasm').then(() => console.log('resolved'), (e) => console.log(e.name, e.message));
                await fetch('missing.wasm');
                """);
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("TypeError Failed to fetch file://"), r.out());
        assertTrue(r.err().startsWith("TypeError: Failed to fetch") && r.err().contains("missing.wasm: no such file"), r.err());
    }

    @Test
    void uncaughtErrorInTimerStopsTheProgram() throws IOException {
        Result r = run("t.mjs", """
                setTimeout(() => { throw new Error('boom'); }, 1);
                setTimeout(() => console.log('not reached'), 50);
                """);
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Error: boom\n    at "), r.err());
    }

    @Test
    void unhandledRejectionOfNonError() throws IOException {
        Result r = run("r.mjs", "Promise.reject(42);\n");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("The promise rejected with the reason \"42\"") && r.err().contains("ERR_UNHANDLED_REJECTION"), r.err());
    }

    @Test
    void processExitCodeAndExitEvent() throws IOException {
        Result r = run("e.cjs", """
                process.on('exit', (code) => console.log('exit event', code));
                try { process.exit(3); } finally { console.log('finally must not run'); }
                """);
        assertEquals(3, r.code());
        assertEquals("exit event 3\n", r.out());
    }

    @Test
    void commonJsWithNodeModulesAndArgs() throws IOException {
        Files.createDirectories(dir.resolve("node_modules/lib"));
        Files.writeString(dir.resolve("node_modules/lib/package.json"), "{\"main\": \"main.js\"}");
        Files.writeString(dir.resolve("node_modules/lib/main.js"), "exports.twice = (x) => x * 2; exports.dir = __dirname;");
        Files.writeString(dir.resolve("data.json"), "{\"n\": 21}");
        Result r = run("app.js", """
                const lib = require('lib');
                const { n } = require('./data.json');
                const path = require('node:path');
                console.log(lib.twice(n), path.basename(lib.dir), process.argv.length, require.resolve('lib').endsWith('main.js'));
                """);
        assertEquals(0, r.code(), r.err());
        assertEquals("42 lib 2 true\n", r.out());
    }

    @Test
    void esModulesResolvePackagesBuiltinsAndBundlerStylePaths() throws IOException {
        Path pkg = dir.resolve("node_modules/@scope/dual");
        Files.createDirectories(pkg.resolve("lib"));
        Files.writeString(pkg.resolve("package.json"), """
                {"name": "@scope/dual", "exports": {".": {"import": "./lib/esm.mjs", "require": "./lib/cjs.cjs"},
                 "./extra": "./lib/extra.js"}}""");
        Files.writeString(pkg.resolve("lib/esm.mjs"), "export { helper } from './helper'; export const kind = 'esm';");
        Files.writeString(pkg.resolve("lib/helper.js"), "export const helper = import.meta.url.endsWith('/lib/helper.js');");
        Files.writeString(pkg.resolve("lib/cjs.cjs"), "exports.kind = 'cjs';");
        Files.writeString(pkg.resolve("lib/extra.js"), "export const extra = 'extra';");
        Files.createDirectories(dir.resolve("node_modules/bundled"));
        Files.writeString(dir.resolve("node_modules/bundled/package.json"), "{\"main\": \"main.cjs\", \"module\": \"index.mjs\"}");
        Files.writeString(dir.resolve("node_modules/bundled/index.mjs"), "export default 'module field';");
        Result r = run("app.mjs", """
                import { kind, helper } from '@scope/dual';
                import { extra } from '@scope/dual/extra';
                import bundled from 'bundled';
                import { basename } from 'path';
                import { createRequire } from 'node:module';
                const require = createRequire(import.meta.url);
                console.log(kind, helper, extra, bundled, basename('/a/b.txt'), require('@scope/dual').kind);
                await import('@scope/dual/missing').catch((e) => console.log('refused:', e.message.includes('not defined by "exports"')));
                """);
        assertEquals(0, r.code(), r.err());
        assertEquals("esm true extra module field b.txt cjs\nrefused: true\n", r.out());
    }

    @Test
    void nonWasmBytesAreACompileError() throws IOException {
        Files.writeString(dir.resolve("not.wasm"), "this is text, not wasm");
        Result r = run("load.mjs", """
                const bytes = await fetch('./not.wasm').then((r) => r.arrayBuffer());
                await WebAssembly.instantiate(bytes);
                console.log('not reached');
                """);
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("CompileError") && r.err().contains("magic"), r.err());
    }

    @Test
    void streamingRefusesAResponseThatIsNotWasm() throws IOException {
        Files.writeString(dir.resolve("data.txt"), "text");
        Result r = run("stream.mjs", "await WebAssembly.instantiateStreaming(fetch('./data.txt'));\n");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("TypeError") && r.err().contains("application/wasm"), r.err());
    }

    @Test
    void moduleSyntaxDetectedInPlainJs() throws IOException {
        Result r = run("esm.js", "import { join } from 'node:path';\nconsole.log(join('a', 'b'), typeof require);\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("a/b undefined\n", r.out());
    }

    @Test
    void readsOutsideTheBaseDirectoryAreRefused() throws IOException {
        Result r = run("leak.cjs", "console.log(require('fs').readFileSync('/etc/hostname', 'utf8'));\n");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("EACCES") && r.err().contains("--allow-read"), r.err());
    }

    @Test
    void pageRunsScriptsInDocumentOrder() throws IOException {
        Files.writeString(dir.resolve("lib.mjs"), "export const v = 'module import';");
        Files.writeString(dir.resolve("classic.js"), "console.log('external classic', typeof process);");
        Result r = run("index.html", """
                <!DOCTYPE html><html><body>
                <script type="module">import { v } from './lib.mjs'; console.log(v, document.readyState);</script>
                <script>console.log('inline classic', window === self, document.readyState);
                  window.addEventListener('load', () => alert('loaded'));</script>
                <!-- <script>console.log('commented out')</script> -->
                <script src="classic.js"></script>
                <script type="application/json">{"not": "run"}</script>
                </body></html>
                """);
        assertEquals(0, r.code(), r.err());
        assertEquals("inline classic true loading\nexternal classic undefined\nmodule import interactive\nloaded\n", r.out());
    }
}
