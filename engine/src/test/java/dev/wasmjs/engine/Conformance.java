package dev.wasmjs.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the WebAssembly spec suites ({@code ../shared/conformance}) for tests, or skips them with a message. */
public final class Conformance {
    private Conformance() {
    }

    /** The conformance folder; aborts the calling test (as skipped) when it is not there. */
    public static Path root() {
        String configured = System.getProperty("wasmjs.conformance");
        Path p = configured != null ? Path.of(configured) : Path.of("../../shared/conformance");
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("core")),
                "WebAssembly conformance suites not found at " + p.toAbsolutePath()
                        + " (set -Dwasmjs.conformance=DIR); skipping the spec-suite tests");
        return p;
    }
}
