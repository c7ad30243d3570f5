package dev.wasmjs.glue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Decides how to run a file, as node does: {@code .mjs} is an ES module, {@code .cjs} CommonJS, {@code .js}
 * follows the nearest package.json's "type", and without one it is CommonJS unless it only parses as a
 * module (node 22's syntax detection); {@code .html} runs as a page.
 */
final class ModuleKinds {
    private ModuleKinds() {
    }

    enum Kind {
        MODULE, COMMONJS, PAGE, WASM
    }

    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"");

    static Kind detect(Path file, Context context) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mjs")) {
            return Kind.MODULE;
        }
        if (name.endsWith(".cjs")) {
            return Kind.COMMONJS;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.PAGE;
        }
        if (name.endsWith(".wasm")) {
            return Kind.WASM;
        }
        if (name.endsWith(".js")) {
            String type = packageType(file.getParent());
            if ("module".equals(type)) {
                return Kind.MODULE;
            }
            if ("commonjs".equals(type)) {
                return Kind.COMMONJS;
            }
        }
        return detectSyntax(Files.readString(file), context);
    }

    /** The "type" of the nearest package.json above {@code dir}, or null. */
    static String packageType(Path dir) throws IOException {
        for (Path d = dir; d != null; d = d.getParent()) {
            Path pkg = d.resolve("package.json");
            if (Files.isRegularFile(pkg)) {
                Matcher m = TYPE.matcher(Files.readString(pkg));
                return m.find() ? m.group(1) : null;
            }
        }
        return null;
    }

    /** CommonJS unless the text fails to parse as CommonJS but parses as a module (import/export, TLA). */
    static Kind detectSyntax(String text, Context context) {
        String body = text.startsWith("#!") ? "//" + text.substring(2) : text;
        try {
            context.parse(Source.newBuilder("js", "(function (exports, require, module, __filename, __dirname) { "
                    + body + "\n})", "detect.cjs").buildLiteral());
            return Kind.COMMONJS;
        } catch (PolyglotException cjsError) {
            try {
                context.parse(Source.newBuilder("js", text, "detect.mjs").mimeType("application/javascript+module")
                        .buildLiteral());
                return Kind.MODULE;
            } catch (PolyglotException moduleError) {
                return Kind.COMMONJS; // running it reports the syntax error
            }
        }
    }
}
