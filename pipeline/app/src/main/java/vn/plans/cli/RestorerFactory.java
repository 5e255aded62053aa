package vn.plans.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.plans.restore.DiacriticRestorer;
import vn.plans.restore.NgramModel;
import vn.plans.restore.TextRestorer;

/** The restore stage for the standard pipeline: the n-gram restorer when its model is built, else none. */
final class RestorerFactory {
    private RestorerFactory() {}

    /** @return null (text left as extracted) when {@code model} does not exist */
    static TextRestorer standard(Path model) {
        return Files.isRegularFile(model) ? load(model) : null;
    }

    /**
     * The restorer over the model at {@code model}.
     *
     * @throws IllegalStateException naming the file when it is missing, unreadable or not a model this build reads
     */
    static TextRestorer load(Path model) {
        try {
            return new DiacriticRestorer(NgramModel.load(model));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load language model " + model + ": " + e.getMessage()
                    + " (rebuild it with scripts/train)", e);
        }
    }
}
