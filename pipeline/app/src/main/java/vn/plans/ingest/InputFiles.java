package vn.plans.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
}
