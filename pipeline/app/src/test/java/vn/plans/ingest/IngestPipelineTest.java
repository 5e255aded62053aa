package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.index.PlanIndex;
import vn.plans.index.PlanSearcher;
import vn.plans.model.PlanDocument;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.IngestSummary;
import vn.plans.structure.BasicStructureExtractor;

@org.junit.jupiter.api.Tag("integration")
class IngestPipelineTest {
    @TempDir Path tmp;

    private IngestPipeline pipeline() {
        return new IngestPipeline(new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
                new BasicStructureExtractor()), 2);
    }

    @Test
    void badFilesAreRecordedAndTheRestOfTheBatchSucceeds() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestData.seed("000"), in.resolve("ba-to.txt"));
        Files.copy(TestData.seed("001"), in.resolve("son-tay.md"));
        Path pdf = firstPdf();
        byte[] bytes = Files.readAllBytes(pdf);
        Files.copy(pdf, in.resolve("good.pdf"));
        Files.write(in.resolve("half.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(in.resolve("empty.docx"), new byte[0]);
        Files.writeString(in.resolve("page.pdf"), "<html><body><p>Không phải PDF</p></body></html>");
        Files.write(in.resolve("noise.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 9, 0, 0, 7});

        DocumentStore store = new DocumentStore(tmp.resolve("out"));
        IngestSummary s;
        try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            s = pipeline().run(List.of(in), store, m, idx, null, false);
        }
        Map<String, ManifestEntry> latest = new Manifest(tmp.resolve("out")).latest();
        assertEquals(7, latest.size());
        assertEquals(ManifestEntry.FAILED, latest.get(in.resolve("half.pdf").toString()).status());
        assertTrue(latest.get(in.resolve("half.pdf").toString()).reason().contains("truncated"));
        assertEquals(ManifestEntry.FAILED, latest.get(in.resolve("empty.docx").toString()).status());
        assertTrue(latest.get(in.resolve("empty.docx").toString()).reason().contains("empty"));
        assertEquals(ManifestEntry.FAILED, latest.get(in.resolve("noise.bin").toString()).status());
        // Content decides the type: the .pdf holding HTML is read as HTML.
        ManifestEntry html = latest.get(in.resolve("page.pdf").toString());
        assertEquals(ManifestEntry.OK, html.status());
        assertEquals("text/html", html.mediaType());
        assertEquals(4, s.ok());
        assertEquals(3, s.failed());
        assertEquals(4, store.ids().size());
        try (PlanSearcher searcher = new PlanSearcher(tmp.resolve("idx"))) {
            assertEquals(1, searcher.search("khong phai pdf", "passage", 10).size());
        }
    }

    @Test
    void reRunningSkipsUnchangedFilesAndReplacesChangedOnes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path doc = in.resolve("plan.txt");
        Files.copy(TestData.seed("002"), doc);
        DocumentStore store = new DocumentStore(tmp.resolve("out"));
        try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            IngestSummary first = pipeline().run(List.of(in), store, m, idx, null, false);
            assertEquals(1, first.ok());
            IngestSummary second = pipeline().run(List.of(in), store, m, idx, null, false);
            assertEquals(0, second.ok());
            assertEquals(1, second.skipped());
            String oldId = store.ids().get(0);
            Files.writeString(doc, Files.readString(doc) + "\nBổ sung: kiểm tra định kỳ hằng quý.\n");
            IngestSummary third = pipeline().run(List.of(in), store, m, idx, null, false);
            assertEquals(1, third.ok());
            assertEquals(1, store.ids().size(), "the changed file replaced its old record");
            assertTrue(!store.ids().get(0).equals(oldId));
        }
        try (PlanSearcher searcher = new PlanSearcher(tmp.resolve("idx"))) {
            assertEquals(1, searcher.search("kiem tra dinh ky hang quy", "passage", 10).size());
            assertEquals(1, searcher.search("tre em", "passage", 10).size(), "one document, no stale copy");
        }
        PlanDocument stored = store.read(store.ids().get(0));
        assertEquals(PlanDocument.SCHEMA_VERSION, stored.schemaVersion());
        assertEquals(stored.id(), stored.source().sha256().substring(0, 16));
    }

    private static Path firstPdf() throws Exception {
        Path rendered = TestData.corpus().resolve("rendered");
        if (Files.isDirectory(rendered)) {
            try (var s = Files.list(rendered)) {
                var pdf = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst();
                if (pdf.isPresent()) return pdf.get();
            }
        }
        return TestData.shared().resolve("corpus-dev/CV-7432-UBND-XD-21-7-2026-trien-khai-QD-1074.pdf");
    }

    @Test
    void encryptedDocxGetsItsOwnReason() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path locked = in.resolve("locked.docx");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             var docx = Files.newInputStream(TestData.corpus().resolve("rendered/002_ebb8e676a705545b.docx"));
             var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(docx)) {
            var enc = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (var os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (var out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        Files.copy(TestData.seed("002"), in.resolve("plan.txt"));
        try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            IngestSummary s = pipeline().run(List.of(in), new DocumentStore(tmp.resolve("out")), m, idx, null, false);
            assertEquals(1, s.ok());
            assertEquals(1, s.failed());
        }
        ManifestEntry e = new Manifest(tmp.resolve("out")).latest().get(locked.toString());
        assertEquals(ManifestEntry.FAILED, e.status());
        assertTrue(e.reason().startsWith("encrypted Office document"), e.reason());
    }
}
