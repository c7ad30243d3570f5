package dev.wasmjs.glue;

import dev.wasmjs.glue.fetch.Fetcher;
import dev.wasmjs.glue.page.HtmlScripts;
import dev.wasmjs.glue.url.UrlParser;
import dev.wasmjs.glue.url.UrlRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/** Page mode: document order for classic scripts, then deferred classic and module scripts, then load. */
final class PageRunner {
    private final WasmJsHost host;
    private final Path page;
    private final String html;

    PageRunner(WasmJsHost host, Path page, String html) {
        this.host = host;
        this.page = page;
        this.html = html;
    }

    void runScripts() {
        List<HtmlScripts.Script> scripts = HtmlScripts.parse(html);
        List<HtmlScripts.Script> deferred = new ArrayList<>();
        int inline = 0;
        Map<HtmlScripts.Script, Integer> inlineIndex = new LinkedHashMap<>();
        for (HtmlScripts.Script s : scripts) {
            if (s.src() == null) {
                inlineIndex.put(s, ++inline);
            }
        }
        for (HtmlScripts.Script s : scripts) {
            if (s.kind() == HtmlScripts.Kind.MODULE || (s.defer() && s.src() != null)) {
                deferred.add(s);
            } else {
                runOne(s, inlineIndex.get(s));
            }
        }
        host.pageCall("setReadyState", "interactive");
        for (HtmlScripts.Script s : deferred) {
            runOne(s, inlineIndex.get(s));
        }
        host.pageCall("setReadyState", "complete");
    }

    private void runOne(HtmlScripts.Script s, Integer inlineNumber) {
        if (host.exited) {
            return;
        }
        try {
            Source source;
            if (s.src() != null) {
                Path file = resolve(s.src());
                if (file == null) {
                    return;
                }
                source = Source.newBuilder("js", file.toFile())
                        .mimeType(s.kind() == HtmlScripts.Kind.MODULE ? WasmJsHost.MODULE_MIME : "application/javascript")
                        .build();
                host.pageCall("setCurrentScript", file.toUri().toString());
            } else {
                // Inline scripts are named after the page, with a line offset so errors point into the HTML.
                String padded = "\n".repeat(s.line() - 1) + s.text();
                String name = page.getFileName() + (inlineNumber > 1 ? "#script" + inlineNumber : "");
                Source.Builder sb = Source.newBuilder("js", padded, name);
                if (s.kind() == HtmlScripts.Kind.MODULE) {
                    // GraalJS resolves a module's imports against its source name: give it a path in the page's folder.
                    sb = Source.newBuilder("js", page.resolveSibling(page.getFileName() + ".script"
                            + inlineNumber + ".mjs").toFile()).content(padded);
                    // A distinct URI per inline module (the module map is keyed by it) in the page's directory,
                    // so relative imports resolve against the page. Browsers give import.meta.url the page's
                    // URL; here it names the page plus the script's number.
                    sb.mimeType(WasmJsHost.MODULE_MIME).uri(page.resolveSibling(page.getFileName() + ".script" + inlineNumber
                            + ".mjs").toUri());
                }
                source = sb.buildLiteral();
                host.pageCall("setCurrentScript", (Object) null);
            }
            host.context.eval(source);
        } catch (PolyglotException e) {
            host.handle(e);
        } catch (IOException e) {
            host.reportFatal("wasmjs: cannot load script " + s.src() + ": " + e.getMessage());
        } finally {
            if (!host.exited) {
                host.pageCall("setCurrentScript", (Object) null);
            }
        }
    }

    private Path resolve(String src) {
        try {
            UrlRecord url = UrlParser.parse(src, page.toUri().toString());
            Path p = Fetcher.filePath(url);
            if (!url.scheme().equals("file") || p == null) {
                host.reportFatal("wasmjs: cannot load script '" + src + "': only local scripts are supported");
                return null;
            }
            if (!Files.isRegularFile(p)) {
                host.reportFatal("wasmjs: cannot load script '" + src + "': " + new NoSuchFileException(p.toString()).getMessage()
                        + " not found");
                return null;
            }
            return p;
        } catch (UrlParser.InvalidUrlException e) {
            host.reportFatal("wasmjs: invalid script URL '" + src + "'");
            return null;
        }
    }
}
