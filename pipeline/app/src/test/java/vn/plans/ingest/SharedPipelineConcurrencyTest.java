package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.Extractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.InputFiles;
import vn.plans.restore.DiacriticRestorer;
import vn.plans.restore.NgramModel;
import vn.plans.structure.PlanStructureExtractor;

/**
 * One pipeline shared by 8 threads gives every document the same JSON, byte for byte, as a single-threaded run:
 * no stage keeps per-document state in fields (TaskExtractor once kept the document text in one, and concurrent
 * runs split lead agencies wrongly). Extraction is read once per seed and served from memory, so the 500 runs
 * exercise the stages after it: normalize, restore, structure, enrich.
 */
@Tag("integration")
class SharedPipelineConcurrencyTest {
    private static final int THREADS = 8;
    private static final int RUNS = 500;

    @Test
    void eightThreadsFiveHundredRunsGiveByteIdenticalJson() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(TestData.corpus().resolve("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!seeds.isEmpty(), "no seeds");
        Path model = TestData.root().resolve("models/vi-syllable-4gram.bin");
        DocumentExtractor real = new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null);
        Map<Path, ExtractedDocument> extracted = new ConcurrentHashMap<>();
        for (Path f : seeds) extracted.put(f, real.extract(f, "text/plain"));
        Extractor fromMemory = (file, mediaType) -> extracted.get(file);
        DocumentProcessor shared = new DocumentProcessor(fromMemory,
                Files.isRegularFile(model) ? new DiacriticRestorer(NgramModel.load(model)) : null,
                new PlanStructureExtractor());

        List<String> expected = new ArrayList<>();
        for (Path f : seeds) expected.add(json(shared, f));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                Path f = seeds.get(i % seeds.size());
                runs.add(pool.submit(() -> json(shared, f)));
            }
            for (int i = 0; i < RUNS; i++) {
                assertEquals(expected.get(i % seeds.size()), runs.get(i).get(), "run " + i + ": " + seeds.get(i % seeds.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The record as written, without the stage timings (the one field that is meant to differ between runs). */
    private static String json(DocumentProcessor p, Path f) throws Exception {
        String sha = InputFiles.sha256(f);
        PlanDocument d = p.process(f, new SourceInfo(f.getFileName().toString(), "text/plain", sha, Files.size(f)),
                sha.substring(0, 16));
        return Json.MAPPER.writeValueAsString(d.withStageMs(Map.of()));
    }
}
