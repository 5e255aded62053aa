package vn.plans.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Restoration;

/** The document view's marked page text, the lexicon's labels, and which source paths may be served. */
class DocumentViewTest {
    @TempDir Path tmp;

    /**
     * Seed 001 prints "Triển khai thực hiện công tác trẻ em"; the test writes that phrase without marks as the
     * "printed" text and records the two repairs a restorer would make, so the expected words are the seed's own.
     */
    static Page unmarkedPhrase(boolean wrongOffset) throws Exception {
        String seed = Files.readString(TestData.seed("001"));
        int at = seed.indexOf("công tác trẻ em");
        assertTrue(at > 0, "seed 001 has the phrase");
        String text = seed.substring(at, at + "công tác trẻ em trên địa bàn".length());
        String printed = "cong tac tre em trên địa bàn";
        List<Restoration> rs = List.of(new Restoration(0, "cong", "công", 0.97), new Restoration(wrongOffset ? 4 : 5, "tac", "tác", 0.95),
                new Restoration(9, "tre", "trẻ", 0.91), new Restoration(13, "em", "em", 0.4, false));
        return new Page(1, text, ExtractionMethod.TEXT_LAYER, printed, null, rs);
    }

    @Test
    void restoredWordsCarryWhatWasPrintedAndTheConfidence() throws Exception {
        List<DocumentView.Segment> segs = DocumentView.segments(unmarkedPhrase(false));
        assertNotNull(segs);
        StringBuilder joined = new StringBuilder();
        for (DocumentView.Segment s : segs) joined.append(s.text());
        assertEquals(unmarkedPhrase(false).text(), joined.toString(), "the segments are the page text");
        DocumentView.Segment tre = segs.stream().filter(s -> "trẻ".equals(s.text())).findFirst().orElseThrow();
        assertEquals("tre", tre.original());
        assertEquals(0.91, tre.confidence());
        assertTrue(tre.applied());
        DocumentView.Segment em = segs.stream().filter(s -> "em".equals(s.original())).findFirst().orElseThrow();
        assertEquals(false, em.applied(), "a repair below the threshold is shown as printed, marked as a suggestion");
        assertEquals(" trên địa bàn", segs.get(segs.size() - 1).text());
    }

    @Test
    void restorationsThatDoNotRebuildTheTextMarkNothing() throws Exception {
        assertNull(DocumentView.segments(unmarkedPhrase(true)), "an offset off by one: no mark rather than a wrong one");
        Page plain = new Page(2, "Không có gì", ExtractionMethod.TEXT_LAYER, null, null, List.of());
        assertEquals(List.of(DocumentView.Segment.plain("Không có gì")), DocumentView.segments(plain));
    }

    @Test
    void typeAndTimeframeLabelsComeFromTheLexicon() {
        Labels l = Labels.standard();
        assertEquals("Kế hoạch", l.types().get("KE_HOACH"));
        assertEquals("Quyết định", l.types().get("QUYET_DINH"));
        assertEquals("Công văn", l.types().get("CONG_VAN"));
        assertEquals("Giấy mời", l.types().get("GIAY_MOI"), "the shorter of GIẤY MỜI HỌP and GIẤY MỜI");
        assertEquals("Thường xuyên", l.timeframeKinds().get("recurring"));
        for (vn.plans.model.TimeframeKind k : vn.plans.model.TimeframeKind.values()) {
            assertNotNull(l.timeframeKinds().get(k.json()), "a label for " + k);
        }
        for (vn.plans.model.DocumentType t : vn.plans.model.DocumentType.values()) assertNotNull(l.types().get(t.name()), "a label for " + t);
    }

    @Test
    void onlyRegularFilesWhoseRealPathIsInsideARootAreServed() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("archive"));
        Path outside = Files.createDirectories(tmp.resolve("private"));
        Path file = Files.writeString(root.resolve("kh.txt"), "KẾ HOẠCH");
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        Path linkOut = Files.createSymbolicLink(root.resolve("link.txt"), secret);
        Path linkIn = Files.createSymbolicLink(root.resolve("alias.txt"), file);
        SourceFiles s = new SourceFiles(List.of(root));
        assertEquals(file.toRealPath(), s.allowed(file.toString()));
        assertEquals(file.toRealPath(), s.allowed(linkIn.toString()), "a link that stays inside the root");
        assertNull(s.allowed(linkOut.toString()), "a symlink out of the root");
        assertNull(s.allowed(root.resolve("../private/secret.txt").toString()), "a path that climbs out");
        assertNull(s.allowed(root.toString()), "a folder");
        assertNull(s.allowed(root.resolve("gone.pdf").toString()), "a file removed since");
        assertNull(new SourceFiles(List.of()).allowed(file.toString()), "no roots: nothing served");
        assertEquals("application/pdf", SourceFiles.mediaType(Path.of("a/B.PDF")));
    }

    @Test
    void versionsOfTheWorkKeepFileNamesOnly() throws Exception {
        // a record as /work/WORKS.md (issue 17) describes it: two versions of one work, found under server folders
        var record = vn.plans.output.Json.MAPPER.readTree("""
                {"id": "b2", "work_id": "a1", "versions": [
                  {"id": "a1", "format": "docx", "representative": true, "paths": ["/srv/archive/2025/KH 61.docx"]},
                  {"id": "b2", "format": "pdf", "status": "signed", "match": "identity", "paths": ["C:\\\\scan\\\\KH-61.pdf"]}]}""");
        var out = vn.plans.output.Json.MAPPER.createObjectNode();
        DocumentView.versions(record, out);
        assertEquals("a1", out.get("work_id").asText());
        assertEquals("KH 61.docx", out.get("versions").get(0).get("paths").get(0).asText());
        assertEquals("KH-61.pdf", out.get("versions").get(1).get("paths").get(0).asText());
        assertEquals("signed", out.get("versions").get(1).get("status").asText());
        var alone = vn.plans.output.Json.MAPPER.createObjectNode();
        DocumentView.versions(vn.plans.output.Json.MAPPER.readTree("{\"id\": \"c3\"}"), alone);
        assertTrue(alone.isEmpty(), "a record without works adds nothing");
    }
}
