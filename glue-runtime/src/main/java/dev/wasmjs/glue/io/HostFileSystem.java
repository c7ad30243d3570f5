package dev.wasmjs.glue.io;

import dev.wasmjs.glue.modules.PackageResolver;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system GraalJS loads ES modules through. It confines reads to the {@link AccessPolicy}, and it
 * serves two kinds of module source the disk does not hold:
 * <ul>
 * <li>a {@code .wasm} file imported as a module ({@code import * as wasm from './x_bg.wasm'}, the wasm ESM
 * integration wasm-bindgen's bundler target relies on) is served as a generated JS module that instantiates
 * the binary and re-exports its exports;</li>
 * <li>node's built-in modules ({@code import fs from 'node:fs'}) are served as JS modules re-exporting the
 * host's CommonJS implementation, under the virtual directory {@link #BUILTIN_ROOT}.</li>
 * </ul>
 *
 * <p>It also completes module resolution. GraalJS hands it an import as a path next to the importer (bare
 * specifiers included, see {@code js.esm-bare-specifier-relative-lookup}); a path that does not exist is
 * redirected, like a symbolic link, to the file node or a bundler would load: a built-in module, the same path
 * with an extension (wasm-pack's bundler output imports {@code './x_bg'}), or a package in {@code node_modules}.
 * Because GraalJS keys and resolves modules by their real path, a redirected module's own imports resolve
 * from where it really lives. (A missing relative path that happens to spell a package name loads the package.)
 */
public final class HostFileSystem implements FileSystem {
    /** How many trailing path segments may form a bare specifier ({@code @scope/pkg/sub}). */
    private static final int MAX_SPECIFIER_SEGMENTS = 3;

    /** Where built-in modules appear to live; no real file is ever read from here. */
    public static final Path BUILTIN_ROOT = Path.of("/__wasmjs__/builtin");

    /** Generates the module sources that have no file of their own. */
    public interface GeneratedModules {
        boolean isBuiltin(String name);

        String builtinModule(String name) throws IOException;

        String wasmModule(Path wasmFile) throws IOException;
    }

    private final FileSystem disk = FileSystem.newDefaultFileSystem();
    private final AccessPolicy policy;
    private final PackageResolver resolver;
    private final GeneratedModules generated;
    private final Map<Path, Optional<Path>> redirects = new ConcurrentHashMap<>();

    public HostFileSystem(AccessPolicy policy, PackageResolver resolver, GeneratedModules generated) {
        this.policy = policy;
        this.resolver = resolver;
        this.generated = generated;
    }

    /**
     * Where a module path that does not exist really leads, or empty when it exists or leads nowhere.
     *
     * @throws NoSuchFileException explaining why, when a package refuses the request
     */
    private Optional<Path> redirect(Path path) throws NoSuchFileException {
        if (isBuiltinPath(path) || !path.isAbsolute() || Files.exists(path)) {
            return Optional.empty();
        }
        Optional<Path> known = redirects.get(path);
        if (known != null) {
            return known;
        }
        Optional<Path> found;
        try {
            found = Optional.ofNullable(findRedirect(path.normalize()));
        } catch (PackageResolver.ResolveException e) {
            throw new NoSuchFileException(path.toString(), null, e.getMessage());
        }
        redirects.put(path, found);
        return found;
    }

    private Path findRedirect(Path path) throws PackageResolver.ResolveException {
        Path parent = path.getParent();
        if (parent == null) {
            return null;
        }
        Path sibling = resolver.resolve(parent, "./" + path.getFileName(), PackageResolver.Style.IMPORT);
        if (sibling != null) {
            return sibling;
        }
        int n = Math.min(MAX_SPECIFIER_SEGMENTS, path.getNameCount() - 1);
        // Built-in modules win over packages, as in node.
        for (int k = 1; k <= n; k++) {
            if (generated.isBuiltin(lastSegments(path, k))) {
                return builtinPath(lastSegments(path, k));
            }
        }
        for (int k = 1; k <= n; k++) {
            String specifier = lastSegments(path, k);
            Path from = path.getRoot().resolve(path.subpath(0, path.getNameCount() - k).toString());
            Path pkg = resolver.resolve(from, specifier, PackageResolver.Style.IMPORT);
            if (pkg != null) {
                return pkg;
            }
        }
        return null;
    }

    static boolean isWasm(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".wasm");
    }

    private static boolean isBuiltinPath(Path path) {
        return path.startsWith(BUILTIN_ROOT);
    }

    private Path builtinPath(String name) {
        return BUILTIN_ROOT.resolve(name.replace('/', '_') + ".mjs");
    }

    private String builtinName(Path path) {
        String file = path.getFileName().toString();
        return file.substring(0, file.length() - ".mjs".length()).replace('_', '/');
    }

    private static String lastSegments(Path path, int k) {
        return path.subpath(path.getNameCount() - k, path.getNameCount()).toString().replace('\\', '/');
    }

    @Override
    public Path parsePath(URI uri) {
        if ("node".equals(uri.getScheme())) {
            return builtinPath(uri.getSchemeSpecificPart());
        }
        return disk.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        if (path.startsWith("node:")) {
            return builtinPath(path.substring("node:".length()));
        }
        if (generated.isBuiltin(path)) {
            return builtinPath(path);
        }
        return disk.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (isBuiltinPath(path)) {
            if (!generated.isBuiltin(builtinName(path))) {
                throw new java.nio.file.NoSuchFileException("node:" + builtinName(path), null, "no such built-in module");
            }
            return;
        }
        if (modes.contains(AccessMode.WRITE)) {
            policy.checkWrite(path);
        } else {
            policy.checkRead(path);
            Optional<Path> target = redirect(path);
            if (target.isPresent()) {
                checkAccess(target.get(), modes, linkOptions);
                return;
            }
        }
        disk.checkAccess(path, modes, linkOptions);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        boolean writing = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
        if (isBuiltinPath(path)) {
            return utf8(generated.builtinModule(builtinName(path)));
        }
        if (writing) {
            policy.checkWrite(path);
            return disk.newByteChannel(path, options, attrs);
        }
        policy.checkRead(path);
        Optional<Path> target = redirect(path);
        if (target.isPresent()) {
            return newByteChannel(target.get(), options, attrs);
        }
        if (isWasm(path)) {
            return utf8(generated.wasmModule(path));
        }
        return disk.newByteChannel(path, options, attrs);
    }

    private static SeekableByteChannel utf8(String source) {
        return new InMemoryChannel(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String getMimeType(Path path) {
        if (isBuiltinPath(path) || isWasm(path)) {
            return "application/javascript+module";
        }
        return disk.getMimeType(path);
    }

    @Override
    public Charset getEncoding(Path path) {
        return disk.getEncoding(path);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        policy.checkWrite(dir);
        disk.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        policy.checkWrite(path);
        disk.delete(path);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        policy.checkRead(dir);
        return disk.newDirectoryStream(dir, filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return isBuiltinPath(path) ? path : disk.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        if (isBuiltinPath(path)) {
            return path;
        }
        policy.checkRead(path);
        Optional<Path> target = redirect(path);
        if (target.isPresent()) {
            return toRealPath(target.get(), linkOptions);
        }
        return disk.toRealPath(path, linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        if (isBuiltinPath(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        policy.checkRead(path);
        return disk.readAttributes(path, attributes, options);
    }

    @Override
    public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
        disk.setCurrentWorkingDirectory(currentWorkingDirectory);
    }

    @Override
    public Path getTempDirectory() {
        return disk.getTempDirectory();
    }
}
