package dev.wasmjs.glue.fetch;

import java.util.List;

/** What a fetch produced: the pieces a JS {@code Response} is built from. */
public record FetchResult(int status, String statusText, String url, List<String[]> headers, byte[] body,
        boolean redirected) {
}
