package dev.wasmjs.jsapi.wpt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A testharness test file and what its {@code // META:} header asks for: helper scripts to load first
 * ({@code script=}; {@code /wasm/jsapi/...} means the suite folder, other paths are relative to the file) and a
 * long timeout ({@code timeout=long}).
 */
record TestFile(Path path, String source, List<Path> scripts, boolean longTimeout) {
    static final String SUITE_PREFIX = "/wasm/jsapi/";

    static TestFile read(Path path, Path suiteRoot) throws IOException {
        String source = Files.readString(path, StandardCharsets.UTF_8);
        List<Path> scripts = new ArrayList<>();
        boolean longTimeout = false;
        for (String line : source.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("//")) {
                if (l.isEmpty()) {
                    continue;
                }
                break;
            }
            String meta = l.substring(2).strip();
            if (!meta.startsWith("META:")) {
                continue;
            }
            meta = meta.substring(5).strip();
            if (meta.startsWith("script=")) {
                String ref = meta.substring(7).strip();
                Path p = ref.startsWith(SUITE_PREFIX) ? suiteRoot.resolve(ref.substring(SUITE_PREFIX.length()))
                        : ref.startsWith("/") ? suiteRoot.resolve(ref.substring(1))
                        : path.toAbsolutePath().getParent().resolve(ref);
                scripts.add(p.normalize());
            } else if (meta.equals("timeout=long")) {
                longTimeout = true;
            }
        }
        return new TestFile(path, source, List.copyOf(scripts), longTimeout);
    }

    /** The suite folder of {@code file}: the nearest enclosing folder holding the suite's module builder. */
    static Path suiteRoot(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("wasm-module-builder.js"))) {
                return d;
            }
        }
        return dir;
    }
}
