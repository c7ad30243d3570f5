package dev.wasmjs.engine.text;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.wasmjs.engine.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script of the spec suites must parse, every quote module outside {@code assert_malformed} must convert to
 * binary, and every quote module inside {@code assert_malformed} must be rejected.
 */
class ConformanceParseTest {
    @TestFactory
    Stream<DynamicTest> everyScriptParses() throws IOException {
        Path root = Conformance.root();
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(root)) {
            scripts = files.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        assertTrue(scripts.size() > 200, "expected the spec suites under " + root);
        return scripts.stream().map(path -> DynamicTest.dynamicTest(root.relativize(path).toString(), () -> check(path)));
    }

    private static void check(Path path) throws IOException {
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        WastScript script = Wast.parse(text, path.toString());
        List<String> problems = new ArrayList<>();
        for (WastCommand command : script.commands()) {
            boolean malformed = command instanceof WastCommand.AssertMalformed;
            WastModule module = switch (command) {
                case WastCommand.ModuleCommand c -> c.module();
                case WastCommand.AssertMalformed c -> c.module();
                case WastCommand.AssertInvalid c -> c.module();
                case WastCommand.AssertUnlinkable c -> c.module();
                case WastCommand.AssertUninstantiable c -> c.module();
                default -> null;
            };
            if (!(module instanceof WastModule.Quote quote)) continue;
            try {
                Wat.toBinary(quote.text());
                if (malformed) problems.add("line " + command.line() + ": malformed module accepted");
            } catch (TextFormatException e) {
                if (!malformed) problems.add("line " + command.line() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) fail(path + ":\n" + String.join("\n", problems));
    }
}
