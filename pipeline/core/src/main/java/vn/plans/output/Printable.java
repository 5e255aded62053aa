package vn.plans.output;

/**
 * A file name or reason made safe for a one-line-per-item console report: control characters (a newline in a file
 * name could otherwise forge summary lines) are written as escapes ({@code \n}, {@code \t}, {@code \u001b}), and
 * a backslash is doubled so an escape in a real name cannot pass for one.
 */
public final class Printable {
    private Printable() {}

    public static String of(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\\' -> "\\\\";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (rep != null && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) {
                if (rep != null) b.append(rep);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
