package vn.plans.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders seed texts as a digital PDF and a DOCX each, for tests and demos of the PDF and Word paths:
 * {@code CorpusRenderer SEEDS_DIR OUT_DIR FONT_REGULAR FONT_BOLD [PREFIX...]} writes {@code OUT_DIR/<seed>.pdf}
 * and {@code OUT_DIR/<seed>.docx} for every {@code SEEDS_DIR/*.txt} whose name starts with one of the prefixes
 * (all seeds when none are given). In the PDF a phụ lục task table written cell after cell in the seed is drawn as a
 * ruled table ({@link SeedAppendix}); the DOCX keeps the seed's paragraphs. Output is deterministic. Exit status 0, or 1 with a message on failure.
 */
public final class CorpusRenderer {
    private CorpusRenderer() {}

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: CorpusRenderer SEEDS_DIR OUT_DIR FONT_REGULAR FONT_BOLD [PREFIX...]");
            System.exit(2);
        }
        try {
            List<String> prefixes = List.of(args).subList(4, args.length);
            int n = render(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), prefixes);
            System.out.println("rendered " + n + " seeds into " + args[1]);
        } catch (IOException | RuntimeException e) {
            System.err.println("CorpusRenderer: " + e);
            System.exit(1);
        }
    }

    static int render(Path seeds, Path out, Path regular, Path bold, List<String> prefixes) throws IOException {
        Files.createDirectories(out);
        PdfRenderer pdf = new PdfRenderer(regular, bold);
        DocxRenderer docx = new DocxRenderer();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> prefixes.isEmpty() || prefixes.stream().anyMatch(x -> p.getFileName().toString().startsWith(x)))
                    .sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
            String seed = Files.readString(f, StandardCharsets.UTF_8);
            List<SeedText.Block> blocks = SeedText.parse(seed);
            pdf.render(SeedAppendix.withTable(blocks, seed), name, out.resolve(name + ".pdf"));
            docx.render(blocks, name, p -> "Times New Roman", out.resolve(name + ".docx"));
        }
        return files.size();
    }
}
