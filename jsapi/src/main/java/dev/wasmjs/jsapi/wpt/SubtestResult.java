package dev.wasmjs.jsapi.wpt;

/** One subtest's outcome: status is PASS, FAIL or TIMEOUT. */
public record SubtestResult(String name, String status, String message) {
    public boolean passed() {
        return status.equals("PASS");
    }
}
