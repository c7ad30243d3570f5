package dev.wasmjs.glue;

import org.graalvm.polyglot.PolyglotException;

/** Syntax errors printed in node's layout: location line, source line with caret, then the message. */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    static String nodeLayout(PolyglotException e) {
        var loc = e.getSourceLocation();
        String msg = e.getMessage();
        // GraalJS writes "name:line:col message\n<source line>\n<caret>"; node puts the location first and the
        // error last. Reorder to node's layout, naming the full path.
        String first = msg.lines().findFirst().orElse(msg);
        String rest = msg.length() > first.length() ? msg.substring(first.length() + 1).stripTrailing() : "";
        if (first.startsWith("SyntaxError: ")) {
            first = first.substring("SyntaxError: ".length());
        }
        int space = first.indexOf(' ');
        if (space > 0 && first.substring(0, space).matches(".*:\\d+:\\d+")) {
            first = first.substring(space + 1);
        }
        StringBuilder sb = new StringBuilder();
        if (loc != null && loc.getSource() != null) {
            String name = loc.getSource().getPath() != null ? loc.getSource().getPath() : loc.getSource().getName();
            sb.append(name).append(':').append(loc.getStartLine()).append('\n');
        }
        if (!rest.isEmpty()) {
            sb.append(rest).append("\n\n");
        }
        sb.append(first.startsWith("SyntaxError") ? first : "SyntaxError: " + first);
        return sb.toString();
    }
}
