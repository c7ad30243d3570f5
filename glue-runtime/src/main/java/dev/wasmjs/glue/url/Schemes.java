package dev.wasmjs.glue.url;

/** The WHATWG URL standard's special schemes and their default ports. */
final class Schemes {
    private Schemes() {
    }

    static boolean isSpecial(String scheme) {
        return switch (scheme) {
            case "ftp", "file", "http", "https", "ws", "wss" -> true;
            default -> false;
        };
    }

    /** The default port, or -1 when the scheme has none. */
    static int defaultPort(String scheme) {
        return switch (scheme) {
            case "ftp" -> 21;
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }
}
