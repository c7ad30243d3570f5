package dev.wasmjs.glue.io;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
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
 */
public final class HostFileSystem implements FileSystem {
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
    private final GeneratedModules generated;

    public HostFileSystem(AccessPolicy policy, GeneratedModules generated) {
        this.policy = policy;
        this.generated = generated;
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
