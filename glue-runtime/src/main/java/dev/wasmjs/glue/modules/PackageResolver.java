package dev.wasmjs.glue.modules;

import dev.wasmjs.glue.io.AccessPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds the file a module request names, the way node does: relative and absolute paths with extension and
 * index-file probing, bare specifiers looked up in the {@code node_modules} folders above the requester, and
 * package.json {@code "exports"} (with conditions), {@code "main"} and, for imports, {@code "module"}. One
 * resolver serves {@code require()} and {@code import}, which differ only in their {@link Style}.
 *
 * <p>Packages that cannot be read under the {@link AccessPolicy} are passed over, as if absent.
 */
public final class PackageResolver {
    /** The rules of one kind of request. */
    public enum Style {
        /** {@code require()}: node's CommonJS rules. */
        REQUIRE(List.of(".js", ".json", ".cjs", ".node"), List.of("require", "node", "default"), false),
        /**
         * {@code import}: node's conditions, plus what bundlers accept and wasm-pack's bundler output relies on:
         * extensionless specifiers (probed for .js, .mjs, .wasm), and the "module" field.
         */
        IMPORT(List.of(".js", ".mjs", ".wasm", ".json"), List.of("import", "node", "module", "default"), true);

        final List<String> extensions;
        final List<String> conditions;
        final boolean moduleField;

        Style(List<String> extensions, List<String> conditions, boolean moduleField) {
            this.extensions = extensions;
            this.conditions = conditions;
            this.moduleField = moduleField;
        }
    }

    /** A request that names a package but that the package does not allow (node's error code and message). */
    public static final class ResolveException extends Exception {
        private final String code;

        ResolveException(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final AccessPolicy policy;

    public PackageResolver(AccessPolicy policy) {
        this.policy = policy;
    }

    /** Whether a request is a path (relative or absolute) rather than a package name. */
    public static boolean isPath(String request) {
        return request.startsWith("./") || request.startsWith("../") || request.startsWith("/")
                || request.equals(".") || request.equals("..");
    }

    /**
     * The file {@code request} names when made from a module in {@code fromDir}, or null when there is none.
     *
     * @throws ResolveException when a package's "exports" does not export the requested subpath
     */
    public Path resolve(Path fromDir, String request, Style style) throws ResolveException {
        if (isPath(request)) {
            return fileOrDirectory(fromDir.resolve(request).normalize(), style);
        }
        int slash = request.startsWith("@") ? request.indexOf('/', request.indexOf('/') + 1) : request.indexOf('/');
        String name = slash < 0 ? request : request.substring(0, slash);
        String subpath = slash < 0 ? "." : "." + request.substring(slash);
        for (Path dir = fromDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) {
                continue;
            }
            Path pkgDir = dir.resolve("node_modules").resolve(name);
            if (!readable(pkgDir) || !Files.isDirectory(pkgDir)) {
                continue;
            }
            Map<String, Object> pkg = readPackage(pkgDir);
            if (pkg != null && pkg.containsKey("exports")) {
                String target = exported(pkg.get("exports"), subpath, style);
                if (target == null) {
                    throw new ResolveException("ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath '" + subpath
                            + "' is not defined by \"exports\" in " + pkgDir.resolve("package.json"));
                }
                return pkgDir.resolve(target).normalize();
            }
            Path found = fileOrDirectory(dir.resolve("node_modules").resolve(request).normalize(), style);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private boolean readable(Path p) {
        return policy.canRead(p);
    }

    private boolean isFile(Path p) {
        return readable(p) && Files.isRegularFile(p);
    }

    private Path fileOrDirectory(Path p, Style style) throws ResolveException {
        Path f = file(p, style);
        if (f != null) {
            return f;
        }
        return readable(p) && Files.isDirectory(p) ? directory(p, style) : null;
    }

    private Path file(Path p, Style style) {
        if (isFile(p)) {
            return p;
        }
        for (String ext : style.extensions) {
            Path withExt = p.resolveSibling(p.getFileName() + ext);
            if (isFile(withExt)) {
                return withExt;
            }
        }
        return null;
    }

    private Path directory(Path dir, Style style) throws ResolveException {
        Map<String, Object> pkg = readPackage(dir);
        if (pkg != null) {
            Object entry = style.moduleField && pkg.get("module") instanceof String m ? m : pkg.get("main");
            if (entry instanceof String main) {
                Path m = dir.resolve(main).normalize();
                Path f = file(m, style);
                if (f == null) {
                    f = file(m.resolve("index"), style);
                }
                if (f != null) {
                    return f;
                }
            }
        }
        return file(dir.resolve("index"), style);
    }

    /** The package.json of {@code dir} as an object, or null when there is none. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> readPackage(Path dir) throws ResolveException {
        Path file = dir.resolve("package.json");
        if (!isFile(file)) {
            return null;
        }
        try {
            Object json = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
            return json instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        } catch (IOException | IllegalArgumentException e) {
            throw new ResolveException("ERR_INVALID_PACKAGE_CONFIG", "Error parsing " + file + ": " + e.getMessage());
        }
    }

    /** The target "exports" gives {@code subpath} (".", "./x") under the style's conditions, or null. */
    @SuppressWarnings("unchecked")
    static String exported(Object exports, String subpath, Style style) {
        switch (exports) {
            case String s -> {
                return subpath.equals(".") ? s : null;
            }
            case List<?> list -> {
                for (Object alternative : list) {
                    String r = exported(alternative, subpath, style);
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            }
            case Map<?, ?> raw -> {
                Map<String, Object> map = (Map<String, Object>) raw;
                boolean subpathKeys = !map.isEmpty() && map.keySet().iterator().next().startsWith(".");
                if (!subpathKeys) {
                    for (Map.Entry<String, Object> e : map.entrySet()) {
                        if (style.conditions.contains(e.getKey())) {
                            String r = exported(e.getValue(), subpath, style);
                            if (r != null) {
                                return r;
                            }
                        }
                    }
                    return null;
                }
                if (map.containsKey(subpath)) {
                    return exported(map.get(subpath), ".", style);
                }
                for (Map.Entry<String, Object> e : map.entrySet()) {
                    String key = e.getKey();
                    int star = key.indexOf('*');
                    if (star >= 0 && subpath.startsWith(key.substring(0, star))
                            && subpath.endsWith(key.substring(star + 1))
                            && subpath.length() >= key.length() - 1) {
                        String match = subpath.substring(star, subpath.length() - (key.length() - star - 1));
                        String target = exported(e.getValue(), ".", style);
                        return target == null ? null : target.replace("*", match);
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }
}
