package dev.wasmjs.glue;

import dev.wasmjs.glue.io.AccessPolicy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The file operations behind the node {@code fs} subset. Each returns null on failure and leaves a node-style
 * error (code, errno, syscall, path, message) for JS to throw, because host exceptions cannot carry those
 * fields into JS. Every path goes through the {@link AccessPolicy}.
 */
final class NodeFs {
    private final AccessPolicy policy;
    String errorCode;
    int errorErrno;
    String errorSyscall;
    String errorPath;
    String errorMessage;

    NodeFs(AccessPolicy policy) {
        this.policy = policy;
    }

    private <T> T fail(IOException e, String syscall, String path) {
        String code;
        int errno;
        String text;
        if (e instanceof NoSuchFileException) {
            code = "ENOENT";
            errno = -2;
            text = "no such file or directory";
        } else if (e instanceof AccessDeniedException ade) {
            code = "EACCES";
            errno = -13;
            text = ade.getReason() != null ? "permission denied (" + ade.getReason() + ")" : "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            code = "EEXIST";
            errno = -17;
            text = "file already exists";
        } else if (e instanceof NotDirectoryException) {
            code = "ENOTDIR";
            errno = -20;
            text = "not a directory";
        } else if (e instanceof DirectoryNotEmptyException) {
            code = "ENOTEMPTY";
            errno = -39;
            text = "directory not empty";
        } else if (e instanceof IsDirectory) {
            code = "EISDIR";
            errno = -21;
            text = "illegal operation on a directory";
        } else {
            code = "EIO";
            errno = -5;
            text = "i/o error: " + e.getMessage();
        }
        errorCode = code;
        errorErrno = errno;
        errorSyscall = syscall;
        errorPath = path;
        errorMessage = code + ": " + text + ", " + syscall + " '" + path + "'";
        return null;
    }

    private static final class IsDirectory extends IOException {
        IsDirectory(String path) {
            super(path);
        }
    }

    ByteBuffer readFile(String path) {
        try {
            Path p = Path.of(path);
            policy.checkRead(p);
            if (Files.isDirectory(p)) {
                throw new IsDirectory(path);
            }
            return ByteBuffer.wrap(Files.readAllBytes(p));
        } catch (IOException e) {
            return fail(e, "open", path);
        }
    }

    Boolean writeFile(String path, byte[] bytes, boolean append) {
        try {
            Path p = Path.of(path);
            policy.checkWrite(p);
            if (append) {
                Files.write(p, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(p, bytes);
            }
            return Boolean.TRUE;
        } catch (IOException e) {
            return fail(e, "open", path);
        }
    }

    boolean exists(String path) {
        Path p = Path.of(path);
        return policy.canRead(p) && Files.exists(p);
    }

    /** [type (0 file, 1 dir, 2 symlink, 3 other), size, mtimeMs, atimeMs, ctimeMs, birthtimeMs, mode] */
    Object[] stat(String path, boolean follow) {
        try {
            Path p = Path.of(path);
            policy.checkRead(p);
            LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, opts);
            int type = a.isRegularFile() ? 0 : a.isDirectory() ? 1 : a.isSymbolicLink() ? 2 : 3;
            int mode;
            try {
                PosixFileAttributes px = Files.readAttributes(p, PosixFileAttributes.class, opts);
                mode = 0;
                for (var perm : px.permissions()) {
                    mode |= 1 << (8 - perm.ordinal());
                }
            } catch (UnsupportedOperationException e) {
                mode = 0644;
            }
            mode |= type == 0 ? 0100000 : type == 1 ? 0040000 : type == 2 ? 0120000 : 0020000;
            return new Object[] {type, (double) a.size(), (double) a.lastModifiedTime().toMillis(),
                (double) a.lastAccessTime().toMillis(), (double) a.lastModifiedTime().toMillis(),
                (double) a.creationTime().toMillis(), mode};
        } catch (IOException e) {
            return fail(e, follow ? "stat" : "lstat", path);
        }
    }

    Object[] readdir(String path) {
        try (Stream<Path> s = Files.list(checkedRead(path))) {
            return s.map(p -> p.getFileName().toString()).toArray();
        } catch (IOException e) {
            return fail(e, "scandir", path);
        }
    }

    private Path checkedRead(String path) throws AccessDeniedException {
        Path p = Path.of(path);
        policy.checkRead(p);
        return p;
    }

    String mkdir(String path, boolean recursive) {
        try {
            Path p = Path.of(path);
            policy.checkWrite(p);
            if (recursive) {
                Path first = p;
                while (first.getParent() != null && !Files.exists(first.getParent())) {
                    first = first.getParent();
                }
                boolean existed = Files.isDirectory(p);
                Files.createDirectories(p);
                return existed ? "" : first.toString();
            }
            Files.createDirectory(p);
            return "";
        } catch (IOException e) {
            return fail(e, "mkdir", path);
        }
    }

    Boolean rm(String path, boolean recursive) {
        try {
            Path p = Path.of(path);
            policy.checkWrite(p);
            if (recursive && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(q);
                    }
                }
            } else {
                Files.delete(p);
            }
            return Boolean.TRUE;
        } catch (IOException e) {
            return fail(e, "rm", path);
        }
    }

    Boolean rename(String from, String to) {
        try {
            policy.checkWrite(Path.of(from));
            policy.checkWrite(Path.of(to));
            Files.move(Path.of(from), Path.of(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Boolean.TRUE;
        } catch (IOException e) {
            return fail(e, "rename", from);
        }
    }

    String realpath(String path) {
        try {
            return checkedRead(path).toRealPath().toString();
        } catch (IOException e) {
            return fail(e, "realpath", path);
        }
    }
}
