package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.index.PlanIndex;
import vn.plans.index.PlanSearcher;
import vn.plans.index.SearchHit;
import vn.plans.model.PlanDocument;
import vn.plans.model.Version;
import vn.plans.output.DocumentStore;
import vn.plans.output.Json;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.pipeline.StandardPipeline;

/**
 * Works and versions through a real ingest: the seeds with their DOCX and PDF renderings and their page images
 * (corpus/rendered is named by seed, corpus/ocr/clean/seedNNN-pK.png is page K of seed NNN) become one work per
 * seed plan; byte-identical copies of decree 146/2025 in two folders of corpus-real are one record with both paths.
 */
@Tag("integration")
class WorksIngestTest {
    @TempDir Path tmp;

    private static IngestPipeline pipeline() {
        return new IngestPipeline(StandardPipeline.build(), 2);
    }

    private Map<String, PlanDocument> ingest(List<Path> inputs) throws Exception {
        DocumentStore store = new DocumentStore(tmp.resolve("out"));
        try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            pipeline().run(inputs, store, m, idx, null, false);
        }
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/plan-document.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Map<String, PlanDocument> docs = new HashMap<>();
        for (String id : store.ids()) {
            JsonNode node = Json.MAPPER.readTree(store.pathOf(id).toFile());
            assertEquals(Set.of(), schema.validate(node), id);
            docs.put(id, store.read(id));
        }
        return docs;
    }

    @Test
    void eachSeedPlanIsOneWorkWithItsTextPdfDocxAndPageImageVersions() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path corpus = TestData.corpus();
        for (String dir : List.of("seeds", "rendered")) copyAll(corpus.resolve(dir), in.resolve(dir), "");
        copyAll(corpus.resolve("ocr/clean"), in.resolve("pages"), ".png");
        Map<String, PlanDocument> docs = ingest(List.of(in));

        Map<String, Set<String>> workFiles = new HashMap<>();
        for (PlanDocument d : docs.values()) {
            workFiles.computeIfAbsent(d.workId(), k -> new TreeSet<>()).add(Path.of(d.source().path()).getFileName().toString());
        }
        for (String seed : List.of("000", "001", "002", "003")) {
            String seedId = docs.values().stream().filter(d -> d.source().path().contains("/seeds/" + seed + "_"))
                    .findFirst().orElseThrow().id();
            PlanDocument txt = docs.get(seedId);
            Set<String> files = workFiles.get(txt.workId());
            String base = Path.of(txt.source().path()).getFileName().toString().replace(".txt", "");
            assertEquals(Set.of(base + ".txt", base + ".docx", base + ".pdf", "seed" + seed + "-p1.png", "seed" + seed + "-p2.png"),
                    files, "work of seed " + seed);
            List<Version> versions = txt.versions();
            assertEquals(5, versions.size());
            assertEquals(Set.of("txt", "docx", "pdf", "png"), versions.stream().map(Version::format).collect(java.util.stream.Collectors.toSet()));
            assertTrue(versions.get(0).representative() && !versions.get(0).partial(), versions.get(0).toString());
            assertEquals("digital", versions.get(0).extraction());
            for (Version v : versions) {
                assertEquals(v.format().equals("png"), v.partial(), v.toString());
                assertEquals(v.format().equals("png") ? "ocr" : "digital", v.extraction(), v.toString());
                assertEquals(versions, docs.get(v.id()).versions(), "every version lists the same versions");
            }
        }
        String seed4 = docs.values().stream().filter(d -> d.source().path().contains("/seeds/004_")).findFirst().orElseThrow().id();
        assertEquals(1, workFiles.get(docs.get(seed4).workId()).size(), "seed 004 has no renderings");
        assertEquals(5, workFiles.size(), "one work per seed plan");

        // tasks.jsonl: each work's tasks once, those of its representative version
        Map<String, Set<String>> docsPerWork = new HashMap<>();
        int lines = 0;
        for (String line : Files.readAllLines(tmp.resolve("out/tasks.jsonl"))) {
            String docId = Json.MAPPER.readTree(line).get("document_id").asText();
            docsPerWork.computeIfAbsent(docs.get(docId).workId(), k -> new HashSet<>()).add(docId);
            assertTrue(docs.get(docId).representative(), docId + " is not its work's representative");
            lines++;
        }
        docsPerWork.forEach((w, ids) -> assertEquals(1, ids.size(), "tasks of work " + w + " from " + ids));
        int expected = docs.values().stream().filter(PlanDocument::representative).mapToInt(d -> d.tasks().size()).sum();
        assertEquals(expected, lines);

        // search: one hit per work, the other versions listed
        try (PlanSearcher s = new PlanSearcher(tmp.resolve("idx"))) {
            List<SearchHit> hits = s.search("Sơn Tây", "document", 20);
            Set<String> works = new HashSet<>();
            for (SearchHit h : hits) assertTrue(works.add(h.workId()), "two hits of work " + h.workId());
            SearchHit sonTay = hits.stream().filter(h -> h.workId().equals(docs.get(
                    docs.values().stream().filter(d -> d.source().path().contains("/seeds/001_")).findFirst().orElseThrow().id())
                    .workId())).findFirst().orElseThrow();
            assertEquals(4, sonTay.alsoAs().size());
        }
    }

    @Test
    void byteIdenticalCopiesOfDecree146KeepBothPathsInOneRecord() throws Exception {
        Path real = TestData.shared().resolve("corpus-real");
        Path a = real.resolve("kho-vlncn-sct-vn__2025.06.12-146.2025.ND.CP-Phan-quyen-phan-cap-linh-vuc-cong-nghiep-thuong-mai.doc");
        Path b = real.resolve("sd-vlncn-sct-vn__ND-146-2025.doc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(a) && Files.isRegularFile(b), "decree 146 copies absent");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "the two files are the same bytes");
        Map<String, PlanDocument> docs = ingest(List.of(a, b));
        assertEquals(1, docs.size());
        PlanDocument d = docs.values().iterator().next();
        assertEquals(List.of(a.toRealPath().toString(), b.toRealPath().toString()), d.source().paths());
        assertEquals("146/2025/NĐ-CP", d.header().number());
        Map<String, ManifestEntry> latest = new Manifest(tmp.resolve("out")).latest();
        assertEquals(ManifestEntry.OK, latest.get(a.toRealPath().toString()).status());
        assertEquals(ManifestEntry.OK, latest.get(b.toRealPath().toString()).status());
        try (PlanSearcher s = new PlanSearcher(tmp.resolve("idx"))) {
            List<SearchHit> hits = s.search("146/2025/NĐ-CP", "document", 10);
            assertEquals(1, hits.size());
            assertEquals(d.source().paths(), hits.get(0).paths());
        }
        // a re-run with a third copy: not parsed again, its path joins the record
        Path c = Files.copy(a, Files.createDirectories(tmp.resolve("copy")).resolve("nd-146.doc"));
        docs = ingest(List.of(a, b, c));
        assertEquals(1, docs.size());
        assertEquals(3, docs.values().iterator().next().source().paths().size());
        ManifestEntry third = new Manifest(tmp.resolve("out")).latest().get(c.toRealPath().toString());
        assertNotNull(third.reason());
        assertTrue(third.reason().startsWith("same bytes as "), third.reason());
    }

    private static void copyAll(Path from, Path to, String suffix) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
