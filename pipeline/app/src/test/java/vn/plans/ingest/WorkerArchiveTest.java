package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workers' class-data archive is dropped when a jar it was made from is newer (JDK 25 never replaces it). */
class WorkerArchiveTest {
    @TempDir Path dir;

    private static void age(Path p, Instant t) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(t));
    }

    /** app.jar naming lib/dep.jar in its manifest, both made an hour ago; an archive made now. */
    private Path layout(Instant archiveMade) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/dep.jar");
        try (OutputStream out = Files.newOutputStream(dir.resolve("app.jar")); JarOutputStream jar = new JarOutputStream(out, m)) {
            // a manifest only
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("lib/dep.jar")); JarOutputStream jar = new JarOutputStream(out)) {
            // empty
        }
        Instant hourAgo = Instant.now().minusSeconds(3600);
        age(dir.resolve("app.jar"), hourAgo);
        age(dir.resolve("lib/dep.jar"), hourAgo);
        Path archive = Files.writeString(dir.resolve("w.jsa"), "archive");
        age(archive, archiveMade);
        return archive;
    }

    @Test
    void anArchiveNewerThanItsJarsIsKept() throws IOException {
        Path archive = layout(Instant.now());
        assertFalse(WorkerPool.dropIfStale(archive, dir.resolve("app.jar").toString()));
        assertTrue(Files.exists(archive));
    }

    @Test
    void aRebuiltJarDropsTheArchive() throws IOException {
        Path archive = layout(Instant.now().minusSeconds(60));
        age(dir.resolve("app.jar"), Instant.now());
        assertTrue(WorkerPool.dropIfStale(archive, dir.resolve("app.jar").toString()));
        assertFalse(Files.exists(archive));
    }

    @Test
    void aRebuiltJarNamedInTheManifestDropsTheArchive() throws IOException {
        Path archive = layout(Instant.now().minusSeconds(60));
        age(dir.resolve("lib/dep.jar"), Instant.now());
        assertTrue(WorkerPool.dropIfStale(archive, dir.resolve("app.jar").toString()));
        assertFalse(Files.exists(archive));
    }

    @Test
    void noArchiveIsNothingToDrop() {
        assertFalse(WorkerPool.dropIfStale(dir.resolve("none.jsa"), dir.resolve("app.jar").toString()));
    }
}
