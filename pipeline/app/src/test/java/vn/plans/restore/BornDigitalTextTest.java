package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.model.Page;
import vn.plans.pipeline.DocumentProcessor;

/**
 * Born-digital documents of {@code ../shared/corpus-real} whose text is right as printed, and which the restorer used
 * to rewrite: a chemicals regulation ({@code đống→đông}, {@code tường→tương}, {@code Dải→Dài} in tables of units and
 * codes) and a report naming lead compounds ({@code Chì→Chị}) and a company ({@code Việt nam→Viết năm}). Nothing
 * may change.
 */
@org.junit.jupiter.api.Tag("integration")
class BornDigitalTextTest {
    static DiacriticRestorer restorer;

    @BeforeAll
    static void load() throws IOException {
        restorer = TestData.restorer();
    }

    private static List<TextRestorer.Edit> edits(String name) throws IOException, ExtractionException {
        Path f = TestData.sharedDir().resolve("corpus-real").resolve(name);
        assumeTrue(Files.isRegularFile(f), "corpus-real not available: " + f);
        String type = name.endsWith(".doc") ? "application/msword"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        List<TextRestorer.Edit> out = new java.util.ArrayList<>();
        for (Page p : new TikaTextExtractor().extract(f, type).pages()) {
            String text = DocumentProcessor.normalizePage(p).text();
            assertTrue(text.length() > 1000, name + " extracted");
            TextRestorer.Restored r = restorer.restore(text);
            out.addAll(r.edits());
            out.addAll(r.flagged());
        }
        return out;
    }

    @Test
    void chemicalsRegulationTablesAreLeftAsPrinted() throws Exception {
        assertEquals(List.of(), edits("kho-vlncn-sct-vn__TT-32-2019-BCT_QCVN-01-2019.doc"));
    }

    @Test
    void compoundAndCompanyNamesAreLeftAsPrinted() throws Exception {
        assertEquals(List.of(), edits("hc-sct-vn__Ban-trinh-BC-chien-luoc-CN-hoachat.docx"));
        assertEquals(List.of(), edits("hc-sct-vn__CV-don-doc-bao-cao-tinh-hinh-hoa-chat-2025.docx"));
    }
}
