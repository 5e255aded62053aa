package vn.plans.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        if (!Files.isRegularFile(model)) return null;
        try {
            return new DiacriticRestorer(NgramModel.load(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + model, e);
        }
    }
}
