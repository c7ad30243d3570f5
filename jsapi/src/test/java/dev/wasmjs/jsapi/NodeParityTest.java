package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmjs.engine.text.Wat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * api-tour.js exercises every constructor and method of the API and prints what it sees as plain strings. Its
 * output under wasmjs must equal node's: api-tour.expected holds node 20's output (checked in, so the test runs
 * without node), and when {@code node} is installed it is run too and must still produce exactly that file.
 */
class NodeParityTest {
    static final Path DIR = Path.of("src/test/resources/node-parity");

    private static String runUnderWasmjs(Path script) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = WebAssemblyJs.configure(Context.newBuilder("js")).out(out).err(out)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            WebAssemblyJs.install(context);
            context.eval(Source.newBuilder("js", script.toFile()).build());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void apiTourPrintsWhatNodePrints() throws IOException {
        String expected = Files.readString(DIR.resolve("api-tour.expected"), StandardCharsets.UTF_8);
        assertEquals(expected, runUnderWasmjs(DIR.resolve("api-tour.js")));
    }

    @Test
    void checkedInNodeOutputIsCurrent() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("node", DIR.resolve("api-tour.js").toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("node is not installed; api-tour.expected is compared as checked in");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        Assumptions.assumeTrue(runNodeVersion().startsWith("v20."), "api-tour.expected comes from node 20");
        assertEquals(Files.readString(DIR.resolve("api-tour.expected"), StandardCharsets.UTF_8), out);
    }

    private static String runNodeVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
        String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        return v;
    }

    @Test
    void embeddedModuleIsTheWatFile() throws IOException {
        String script = Files.readString(DIR.resolve("api-tour.js"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("const bytes = new Uint8Array\\(\\[([0-9,\\s]+)\\]\\);").matcher(script);
        assertEquals(true, m.find(), "api-tour.js embeds the module bytes");
        String[] numbers = m.group(1).split(",");
        byte[] embedded = new byte[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            embedded[i] = (byte) Integer.parseInt(numbers[i].strip());
        }
        byte[] compiled = Wat.toBinary(Files.readString(DIR.resolve("api-tour.wat"), StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(compiled), java.util.HexFormat.of().formatHex(embedded));
    }
}
