package vn.plans;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository's corpus and the shared development data. */
public final class TestData {
    private TestData() {}

    public static Path root() {
        return Path.of(System.getProperty("plans.root", "../..")).toAbsolutePath().normalize();
    }

    public static Path corpus() {
        return root().resolve("corpus");
    }

    public static Path seed(String prefix) throws java.io.IOException {
        try (var s = Files.list(corpus().resolve("seeds"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    /** The shared data folder: -Dplans.shared (scripts/test passes $PLANS_SHARED), else ../shared; may be absent. */
    public static Path sharedDir() {
        return Path.of(System.getProperty("plans.shared", root().resolve("../shared").toString())).toAbsolutePath().normalize();
    }

    private static vn.plans.restore.DiacriticRestorer restorer;

    /**
     * The restorer on the trained language model ({@code models/vi-syllable-4gram.bin}, which {@code scripts/train}
     * builds), loaded once per test JVM; skips the calling test with a clear message when the model is absent.
     */
    public static synchronized vn.plans.restore.DiacriticRestorer restorer() throws java.io.IOException {
        if (restorer == null) {
            Path model = root().resolve("models/vi-syllable-4gram.bin");
            assumeTrue(Files.isRegularFile(model), "language model missing: " + model + " (scripts/train builds it)");
            restorer = new vn.plans.restore.DiacriticRestorer(vn.plans.restore.NgramModel.load(model));
        }
        return restorer;
    }

    /** {@link #sharedDir()}; skips the calling test with a clear message when its corpus-dev is absent. */
    public static Path shared() {
        Path p = sharedDir();
        assumeTrue(Files.isDirectory(p.resolve("corpus-dev")), "shared data not found at " + p + " (set -Dplans.shared); skipping");
        return p;
    }
}
