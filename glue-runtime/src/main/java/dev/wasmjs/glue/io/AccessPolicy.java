package dev.wasmjs.glue.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;

/**
 * Which files a script may read and write. Reads are confined to the base directory (plus any extra roots the
 * user allowed) unless all reads are allowed; writes need an explicit grant. Every file the host touches on a
 * script's behalf (module loading, fetch, the node {@code fs} subset) goes through one policy, so confinement
 * cannot be bypassed by choosing another API.
 */
public final class AccessPolicy {
    private final List<Path> readRoots;
    private final boolean readAnywhere;
    private final boolean writeAllowed;

    public AccessPolicy(List<Path> readRoots, boolean readAnywhere, boolean writeAllowed) {
        this.readRoots = readRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.readAnywhere = readAnywhere;
        this.writeAllowed = writeAllowed;
    }

    public boolean canRead(Path path) {
        if (readAnywhere) {
            return true;
        }
        Path p = path.toAbsolutePath().normalize();
        for (Path root : readRoots) {
            if (p.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    public void checkRead(Path path) throws AccessDeniedException {
        if (!canRead(path)) {
            throw new AccessDeniedException(path.toString(), null,
                    "outside the allowed directories " + readRoots + " (wasmjs --allow-read gives access)");
        }
    }

    public void checkWrite(Path path) throws AccessDeniedException {
        if (!writeAllowed) {
            throw new AccessDeniedException(path.toString(), null, "writing files is not allowed (wasmjs --allow-write)");
        }
        checkRead(path);
    }

    public List<Path> readRoots() {
        return readRoots;
    }
}
