package dev.wasmjs.jsapi.wpt;

import java.nio.file.Path;
import java.util.List;

/** The subtests of one test file, in the order they finished. */
public record FileResult(Path file, List<SubtestResult> subtests) {
    public FileResult {
        subtests = List.copyOf(subtests);
    }

    public long passed() {
        return subtests.stream().filter(SubtestResult::passed).count();
    }

    public int total() {
        return subtests.size();
    }

    public List<SubtestResult> failures() {
        return subtests.stream().filter(s -> !s.passed()).toList();
    }

    public boolean ok() {
        return !subtests.isEmpty() && passed() == total();
    }
}
