package vn.plans.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import vn.plans.model.FailureReason;

/**
 * Expands the paths given on the command line into the files to ingest, as canonical absolute paths (so a tree
 * given once relative and once absolute, or reached through two links, is one set of files), sorted. A directory
 * may hold a {@code .plansignore} file with one glob per line (relative to that directory, e.g. {@code gold/**});
 * matching files and dot-files are not inputs.
 *
 * <p>Nothing found while walking stops the walk: a file symlink is followed only when its target lies inside one
 * of the given roots; a symlink out of the roots, a directory symlink, a special file (fifo, device, socket) and a
 * directory or file that cannot be read become {@link Refusal}s with the reason, recorded by the caller as
 * skipped inputs.
 *
 * <p>Also what both ingests (local and Spark) say about one input: its content hash ({@link #sha256}: the
 * document id is its first 16 hex digits) and whether its name promises another format ({@link #nameMismatch}).
 */
public final class InputFiles {
    private InputFiles() {}

    /** A path found under a root that is not ingested, and why. */
    public record Refusal(Path path, String reason) {}

    /** The files to ingest (canonical, sorted, each once) and what was left out with a reason. */
    public record Walk(List<Path> files, List<Refusal> refused) {}

    /** The files only (for tools that read a corpus they trust). */
    public static List<Path> expand(List<Path> roots) throws IOException {
        return walk(roots).files();
    }

    public static Walk walk(List<Path> given) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (Path p : given) roots.add(p.toAbsolutePath().toRealPath());
        TreeSet<Path> files = new TreeSet<>();
        Map<Path, String> refused = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                if (Files.isRegularFile(root)) files.add(root);
                else refused.put(root, "not a regular file (fifo, device or socket)");
                continue;
            }
            List<PathMatcher> ignore = ignores(root, refused);
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    if (p.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
                    if (ignore.stream().anyMatch(m -> m.matches(root.relativize(p)))) return FileVisitResult.CONTINUE;
                    if (attrs.isSymbolicLink()) {
                        link(p, roots, files, refused);
                    } else if (attrs.isRegularFile()) {
                        files.add(p);
                    } else {
                        refused.put(p, "not a regular file (fifo, device or socket)");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    refused.put(p, (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "unreadable directory: " : "unreadable: ")
                            + reason(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) refused.put(dir, "directory listing failed part-way: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        List<Refusal> out = new ArrayList<>();
        refused.forEach((p, r) -> out.add(new Refusal(p, r)));
        return new Walk(List.copyOf(files), List.copyOf(out));
    }

    private static void link(Path p, List<Path> roots, TreeSet<Path> files, Map<Path, String> refused) {
        Path target;
        try {
            target = p.toRealPath();
        } catch (IOException e) {
            refused.put(p, "broken symlink: " + reason(e));
            return;
        }
        if (roots.stream().noneMatch(r -> target.startsWith(r) && Files.isDirectory(r))) {
            refused.put(p, "symlink to " + target + ", outside the input roots (not followed)");
        } else if (Files.isDirectory(target)) {
            refused.put(p, "symlink to a directory (not followed; its target is walked as part of its root)");
        } else if (!Files.isRegularFile(target)) {
            refused.put(p, "symlink to a special file (not followed)");
        } else {
            files.add(target); // the target's own path: a file reached twice is one input
        }
    }

    private static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason(); // not the path again
        return name + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private static List<PathMatcher> ignores(Path root, Map<Path, String> refused) {
        Path f = root.resolve(".plansignore");
        List<PathMatcher> out = new ArrayList<>();
        if (!Files.exists(f)) return out;
        try {
            for (String line : Files.readAllLines(f)) {
                String g = line.strip();
                if (g.isEmpty() || g.startsWith("#")) continue;
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            }
        } catch (IOException | RuntimeException e) {
            refused.put(f, "unreadable .plansignore: " + e.getMessage());
        }
        return out;
    }

    /**
     * Why {@code file} cannot be read as an input (gone or not a regular file, or no read permission), or null when
     * it can; both ingests check this before hashing.
     */
    public static FailureReason unreadable(Path file) {
        if (!Files.isRegularFile(file)) return FailureReason.of(FailureReason.Cause.UNREADABLE, "not a readable file");
        if (!Files.isReadable(file)) return FailureReason.of(FailureReason.Cause.UNREADABLE, "permission denied");
        return null;
    }

    /** The reason for an input of 0 bytes (failed before any parser sees it). */
    public static FailureReason empty() {
        return FailureReason.of(FailureReason.Cause.EMPTY, "empty file (0 bytes)");
    }

    /** The file's SHA-256, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A note for an ok entry whose name promises another format than its content ({@code .pdf} holding HTML). */
    public static String nameMismatch(Path file, String mediaType) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        boolean pdfName = ext.equals("pdf"), pdfType = mediaType.equals("application/pdf");
        boolean docxName = ext.equals("docx"), docxType = mediaType.contains("wordprocessingml");
        if (pdfName != pdfType && (pdfName || pdfType) || docxName && !docxType) {
            return "read as " + mediaType + ": the name says ." + ext + " but the content is not";
        }
        return null;
    }
}
