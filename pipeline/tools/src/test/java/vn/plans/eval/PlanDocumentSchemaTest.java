package vn.plans.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.PlanDocument;
import vn.plans.output.Json;
import vn.plans.pipeline.DocumentProcessor;

/** Every document the pipeline writes for the seeds and every corpus-dev file (DOCX plans, PDFs, letters) validates against the schema. */
@org.junit.jupiter.api.Tag("integration")
class PlanDocumentSchemaTest {
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = PlanDocumentSchemaTest.class.getResourceAsStream("/schema/plan-document.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static List<Path> inputs() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestData.root().resolve("corpus/seeds"))) {
            s.sorted().forEach(files::add);
        }
        Path dev = TestData.sharedDir().resolve("corpus-dev");
        if (Files.isDirectory(dev)) {
            try (Stream<Path> s = Files.list(dev)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyOutputValidates() throws Exception {
        DocumentProcessor p = RealDocuments.processor();
        List<Path> files = inputs();
        assertTrue(files.size() >= 5, "no inputs");
        int tasks = 0;
        int written = 0;
        for (Path f : files) {
            PlanDocument doc;
            try {
                doc = RealDocuments.process(p, f);
            } catch (vn.plans.extract.ExtractionException e) {
                continue; // scanned PDFs without OCR: no document is written for them
            }
            written++;
            JsonNode node = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(doc));
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), f.getFileName() + ": " + errors);
            tasks += doc.tasks().size();
        }
        assertTrue(tasks > 50, "too few tasks to exercise the task schema: " + tasks);
        assertTrue(written >= 5, "too few documents written: " + written);
    }

    @Test
    void corpusDevPlansAreIncluded() throws Exception {
        assumeTrue(Files.isDirectory(TestData.sharedDir().resolve("corpus-dev")), "../shared/corpus-dev is absent");
        assertTrue(inputs().stream().filter(f -> f.toString().endsWith(".docx")).count() >= 3);
    }

    @Test
    void schemaRejectsABrokenRecord() throws Exception {
        PlanDocument doc = RealDocuments.process(RealDocuments.processor(),
                TestData.root().resolve("corpus/seeds/001_2c518055da5bf50f.txt"));
        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(doc));
        ((ObjectNode) node.get("tasks").get(0)).put("source", "margin");
        node.put("issued_date", "4/4/2025");
        assertFalse(schema.validate(node).isEmpty());
    }

    /**
     * A record with page furniture (QĐ 2463/2026 of corpus-real prints its page numbers alone above pages 2-5)
     * validates, read back gives the same marks, and a furniture line of an unknown kind is rejected.
     */
    @Test
    void pageFurnitureValidatesAndReadsBack() throws Exception {
        Path f = TestData.shared().resolve("corpus-real/kccn-sct-vn__QD-2463-2026-CTDT-KCN-Vo-Lao.pdf");
        PlanDocument doc = RealDocuments.process(RealDocuments.processor(), f);
        assertTrue(doc.pages().stream().anyMatch(pg -> !pg.furniture().isEmpty()), "no furniture marked");
        String json = Json.MAPPER.writeValueAsString(doc);
        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(json);
        assertTrue(schema.validate(node).isEmpty(), schema.validate(node).toString());
        assertEquals(doc.pages(), Json.MAPPER.readValue(json, PlanDocument.class).pages());
        for (JsonNode page : node.get("pages")) {
            if (page.has("furniture")) ((ObjectNode) page.get("furniture").get(0)).put("kind", "watermark");
        }
        assertFalse(schema.validate(node).isEmpty());
    }
}
