package dev.wasmjs.glue.fetch;

/** A network error: fetch rejects with a TypeError carrying this message (browsers say "Failed to fetch"). */
public final class FetchFailure extends Exception {
    public FetchFailure(String message) {
        super(message);
    }

    public FetchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
