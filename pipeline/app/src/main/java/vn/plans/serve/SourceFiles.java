package vn.plans.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The source files the server may hand out: only a path an indexed document names (the client gives a document id,
 * never a path), and only when that path, with every symlink resolved, is a regular file inside one of the roots
 * (themselves resolved). A symlink that leads out of the roots, a file removed since the ingest, or a server started
 * without roots answers "not served".
 */
final class SourceFiles {
    private final List<Path> roots;

    SourceFiles(List<Path> roots) {
        List<Path> real = new ArrayList<>();
        for (Path r : roots) {
            try {
                real.add(r.toAbsolutePath().toRealPath());
            } catch (IOException e) {
                System.err.println("serve: source root " + r + " is not readable (" + e.getMessage() + "); not served");
            }
        }
        this.roots = List.copyOf(real);
    }

    boolean any() { return !roots.isEmpty(); }

    /** The real path of {@code stored} when it may be served, else null. */
    Path allowed(String stored) {
        if (stored == null || stored.isBlank() || roots.isEmpty()) return null;
        try {
            Path real = Path.of(stored).toAbsolutePath().toRealPath();
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return null;
            for (Path r : roots) if (real.startsWith(r)) return real;
            return null;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** A media type for the download, from the file name; unknown kinds are octet streams. */
    static String mediaType(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) return "application/pdf";
        if (n.endsWith(".docx")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        if (n.endsWith(".doc")) return "application/msword";
        if (n.endsWith(".txt") || n.endsWith(".md")) return "text/plain; charset=utf-8";
        return "application/octet-stream";
    }
}
