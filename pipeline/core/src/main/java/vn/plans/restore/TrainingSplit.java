package vn.plans.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The deterministic train / held-out split of the language-model corpus. Legal texts
 * ({@code vi-corpus/legal/corpus/*.txt}, sorted by name): every 10th file (positions 9, 19, …) is held out.
 * Wikipedia ({@code vi-corpus/wiki/viwiki-0*.txt}, sorted): the last file is held out. The project's own
 * {@code corpus/} texts train, except {@code corpus/seeds/} and the folders made from the seeds
 * ({@code rendered/}, {@code legacy/}, {@code ocr/}), the gold and the probes ({@code probes/}), which are evaluation data
 * and never trained on.
 */
public record TrainingSplit(List<Path> train, List<Path> heldOutLegal, List<Path> heldOutWiki) {

    public static TrainingSplit of(Path shared, Path repoRoot) throws IOException {
        Path legalDir = shared.resolve("vi-corpus/legal/corpus");
        Path wikiDir = shared.resolve("vi-corpus/wiki");
        if (!Files.isDirectory(legalDir) || !Files.isDirectory(wikiDir)) {
            throw new IOException("training corpus not found under " + shared + " (vi-corpus/legal/corpus, vi-corpus/wiki); set PLANS_SHARED");
        }
        List<Path> legal = list(legalDir, "*.txt");
        List<Path> wiki = list(wikiDir, "viwiki-0*.txt");
        List<Path> train = new ArrayList<>(), hl = new ArrayList<>(), hw = new ArrayList<>();
        for (int i = 0; i < legal.size(); i++) (i % 10 == 9 ? hl : train).add(legal.get(i));
        for (int i = 0; i < wiki.size(); i++) (i == wiki.size() - 1 ? hw : train).add(wiki.get(i));
        Path corpus = repoRoot.resolve("corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.walk(corpus)) {
                s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p))
                        .filter(p -> NOT_TRAINED.stream().noneMatch(corpus.relativize(p)::startsWith))
                        .sorted().forEach(train::add);
            }
        }
        return new TrainingSplit(List.copyOf(train), List.copyOf(hl), List.copyOf(hw));
    }

    /**
     * Folders of corpus/ that hold the seeds or text made from them (renderings, legacy and charset samples, OCR test
     * pages), the gold, and the probe documents of the task rules (written for tests: evaluation data, not the language).
     */
    private static final List<String> NOT_TRAINED = List.of("seeds", "rendered", "legacy", "charsets", "ocr", "gold", "probes");

    private static List<Path> list(Path dir, String glob) throws IOException {
        List<Path> out = new ArrayList<>();
        try (var ds = Files.newDirectoryStream(dir, glob)) {
            ds.forEach(out::add);
        }
        out.sort(null);
        return out;
    }
}
