package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.eval.RestoreAudit;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.Extractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.extract.TypeDetector;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.restore.DiacriticRestorer;
import vn.plans.restore.NgramModel;
import vn.plans.structure.PlanStructureExtractor;

@Command(name = "audit-restore", mixinStandardHelpOptions = true,
        description = {"What the diacritic restorer changes in born-digital documents (PDF text layers, Office",
                "formats), whose printed text is already right: edits per 10,000 tokens on documents whose text is",
                ">= 95% valid syllables, every edit class, and marked syllables replaced by another word. Pages that",
                "would need OCR are left out (no OCR runs)."})
final class AuditRestoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ModelOption modelOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (walked recursively).")
    List<Path> paths;

    @Option(names = "--edits", description = "Also list every edit in its printed line.")
    boolean listEdits;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep extracted text here and reuse it on the next run.")
    Path cache;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // pages that would go to OCR come back empty: only the documents' own text is audited
        PdfTextExtractor.PageOcr noOcr = (pdf, numbers) -> new ExtractedDocument(
                numbers.stream().map(n -> new Page(n, "", ExtractionMethod.OCR)).toList(), List.of(), List.of());
        Extractor extractor = new DocumentExtractor(new PdfTextExtractor(noOcr), new TikaTextExtractor(), null);
        if (cache != null) extractor = cached(extractor, cache);
        DocumentProcessor processor = new DocumentProcessor(extractor,
                new DiacriticRestorer(NgramModel.load(modelOption.model())), new PlanStructureExtractor());
        TypeDetector types = new TypeDetector();
        RestoreAudit audit = new RestoreAudit();
        for (Path f : files()) {
            String name = f.getFileName().toString();
            String type = types.detect(f);
            if (type.startsWith("image/")) {
                audit.skip(name, "image");
                continue;
            }
            try {
                PlanDocument doc = processor.process(f, new SourceInfo(f.toString(), type, "", Files.size(f)), name);
                audit.add(name, doc);
            } catch (ExtractionException | RuntimeException e) {
                audit.skip(name, "failed: " + e.getMessage());
            }
        }
        audit.print(out);
        if (listEdits) {
            out.println();
            audit.printEdits(out);
        }
        return PlansCli.OK;
    }

    /** Extraction through a directory of JSON copies, one per file name and size. */
    private static Extractor cached(Extractor extractor, Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        return (file, mediaType) -> {
            try {
                Path c = dir.resolve(file.getFileName() + "." + Files.size(file) + ".json");
                if (Files.isRegularFile(c)) return Json.MAPPER.readValue(c.toFile(), ExtractedDocument.class);
                ExtractedDocument d = extractor.extract(file, mediaType);
                Json.MAPPER.writeValue(c.toFile(), d);
                return d;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private List<Path> files() throws java.io.IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
        }
        return out;
    }
}
