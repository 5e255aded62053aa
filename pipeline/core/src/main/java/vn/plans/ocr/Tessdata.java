package vn.plans.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Tesseract's trained data lives. {@code TESSDATA_PREFIX} wins (either the tessdata directory itself or its
 * parent, as Tesseract 4 and 5 differ); then the Debian/Ubuntu, Fedora, Homebrew and /usr/local locations.
 */
public final class Tessdata {
    private static final List<String> KNOWN = List.of(
            "/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata",
            "/usr/local/share/tessdata",
            "/opt/homebrew/share/tessdata");

    private Tessdata() {}

    /** The first tessdata directory holding {@code <lang>.traineddata}, if any. */
    public static Optional<Path> find(String lang, String tessdataPrefix) {
        for (Path dir : candidates(tessdataPrefix)) {
            if (Files.isRegularFile(dir.resolve(lang + ".traineddata"))) return Optional.of(dir);
        }
        return Optional.empty();
    }

    /** Like {@link #find} with the environment's {@code TESSDATA_PREFIX}; fails with what to install. */
    public static Path require(String lang) {
        String env = System.getenv("TESSDATA_PREFIX");
        return find(lang, env).orElseThrow(() -> new IllegalStateException("no Tesseract data for '" + lang
                + "' (looked in " + candidates(env) + "); install it with: apt-get install tesseract-ocr tesseract-ocr-"
                + ("Vietnamese".equals(lang) ? "script-viet" : lang) + " (or set TESSDATA_PREFIX)"));
    }

    static List<Path> candidates(String tessdataPrefix) {
        List<Path> dirs = new ArrayList<>();
        if (tessdataPrefix != null && !tessdataPrefix.isBlank()) {
            Path p = Path.of(tessdataPrefix);
            dirs.add(p);
            dirs.add(p.resolve("tessdata"));
        }
        for (String k : KNOWN) dirs.add(Path.of(k));
        return dirs;
    }
}
