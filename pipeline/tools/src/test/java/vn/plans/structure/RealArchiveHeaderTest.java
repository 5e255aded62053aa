package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.eval.EvalReport;
import vn.plans.eval.Evaluator;
import vn.plans.eval.RealDocuments;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.model.PlanDocument;
import vn.plans.pipeline.DocumentProcessor;

/**
 * Every document of {@code ../shared/corpus-real} (text layers, no OCR): header values are valid or absent (real
 * dates, provinces of the gazetteer, issuers that are bodies), and the tune gold of {@code corpus/gold/real}, written
 * by hand from the DOCX layout, is matched at the levels reached.
 */
@org.junit.jupiter.api.Tag("integration") // the whole of corpus-real through the pipeline: 110 s of the unit run on a loaded machine
class RealArchiveHeaderTest {
    private static final Map<String, PlanDocument> DOCS = new LinkedHashMap<>();
    private static final List<String> FAILED = new ArrayList<>();

    @BeforeAll
    static void processAll() throws Exception {
        Path dir = TestData.sharedDir().resolve("corpus-real");
        if (!Files.isDirectory(dir)) return;
        DocumentProcessor p = RealDocuments.processor();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    DOCS.put(f.getFileName().toString(), RealDocuments.process(p, f));
                } catch (Exception e) {
                    FAILED.add(f.getFileName() + ": " + e.getMessage());
                }
            }
        }
    }

    @Test
    void headerValuesAreValidOnTheWholeArchive() {
        assumeTrue(!DOCS.isEmpty(), "../shared/corpus-real is absent");
        Gazetteer g = Gazetteer.load();
        List<String> bad = new ArrayList<>();
        DOCS.forEach((name, d) -> {
            String date = d.header().issuedDate();
            if (date != null) {
                String full = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
                try { LocalDate.parse(full); } catch (Exception e) { bad.add(name + " date " + date); }
            }
            if (d.header().province() != null && g.province(d.header().province()) == null) bad.add(name + " province " + d.header().province());
            String issuer = d.header().issuer();
            if (issuer != null) {
                if (HeaderLexicon.STANDARD.prefix("body", issuer) == null) bad.add(name + " issuer not a body: " + issuer);
                if (HeaderLexicon.STANDARD.prefix("not-issuer", issuer) != null) bad.add(name + " issuer is a heading: " + issuer);
            }
        });
        assertTrue(bad.isEmpty(), String.join("\n", bad));
        assertTrue(DOCS.size() >= 100, DOCS.size() + " documents; failed: " + FAILED);
    }

    @Test
    void aDocumentWithNoHeaderSaysSo() {
        assumeTrue(!DOCS.isEmpty(), "../shared/corpus-real is absent");
        // a list of legal documents, no administrative header (read from the DOCX)
        PlanDocument d = DOCS.get("qlks-sct-vn__Danh-muc-VBPL-khoang-san.docx");
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("no recognizable header")), d.warnings().toString());
    }

    @Test
    void tuneGoldIsMatched() throws Exception {
        assumeTrue(!DOCS.isEmpty(), "../shared/corpus-real is absent");
        Evaluator e = new Evaluator(f -> DOCS.get(f.getFileName().toString()));
        EvalReport r = e.evaluate(Evaluator.goldFiles(TestData.root().resolve("corpus/gold/real")), TestData.root());
        Map<String, Double> floor = Map.of("doc_type", 0.95, "number", 0.95, "issued_date", 0.9, "issuer", 0.9,
                "issuer_parent", 0.95, "title", 0.95, "signer.name", 0.95);
        floor.forEach((f, min) -> {
            double got = r.identity().get("tune", "all", f).normalized();
            assertTrue(got >= min, f + " " + got + "\n" + String.join("\n", r.mismatches()));
        });
    }
}
