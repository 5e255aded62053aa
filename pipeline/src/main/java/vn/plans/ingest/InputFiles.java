package vn.plans.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into files, sorted. A directory may hold a {@code .plansignore}
 * file with one glob per line (relative to that directory, e.g. {@code gold/**}); matching files are not inputs.
 */
public final class InputFiles {
    private InputFiles() {}

    public static List<Path> expand(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                List<PathMatcher> ignore = ignores(root);
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> ignore.stream().noneMatch(m -> m.matches(root.relativize(p))))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(root);
            }
        }
        return out;
    }

    private static List<PathMatcher> ignores(Path root) throws IOException {
        Path f = root.resolve(".plansignore");
        List<PathMatcher> out = new ArrayList<>();
        if (!Files.exists(f)) return out;
        for (String line : Files.readAllLines(f)) {
            String g = line.strip();
            if (g.isEmpty() || g.startsWith("#")) continue;
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        return out;
    }
}
