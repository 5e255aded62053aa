package vn.plans.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk itself, on small trees made here (no documents parsed). */
class InputFilesTest {
    @TempDir Path tmp;

    @Test
    void linksInsideTheRootsAreTheirTargetOnceAndBrokenOrOutsideLinksAreRefused() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "secret");
        Path a = Files.writeString(root.resolve("a.txt"), "a");
        Files.createSymbolicLink(root.resolve("b.txt"), a);
        Files.createSymbolicLink(root.resolve("c.txt"), outside);
        Files.createSymbolicLink(root.resolve("d.txt"), tmp.resolve("missing"));
        Files.createSymbolicLink(root.resolve("up"), tmp);
        InputFiles.Walk w = InputFiles.walk(List.of(root, root.resolve("a.txt"), tmp.resolve("root/../root")));
        assertEquals(List.of(a.toRealPath()), w.files());
        assertEquals(3, w.refused().size(), w.refused().toString());
        assertTrue(w.refused().stream().anyMatch(r -> r.path().endsWith("c.txt") && r.reason().contains("outside")));
        assertTrue(w.refused().stream().anyMatch(r -> r.path().endsWith("d.txt") && r.reason().contains("broken")));
        assertTrue(w.refused().stream().anyMatch(r -> r.path().endsWith("up") && r.reason().contains("outside")));
    }
}
