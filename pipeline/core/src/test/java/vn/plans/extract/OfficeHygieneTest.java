package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.plans.TestData;

/**
 * Office files give their own text only: no names of embedded parts ({@code image7.png}, {@code oleObject1.bin}),
 * no text out of pictures (EMF/WMF thumbnails: runs of {@code ?}, icon labels), no Tika note markers
 * ({@code [footnoteRef:1]}). Over every DOCX and DOC of
 * ../shared/corpus-real.
 */
class OfficeHygieneTest {
    private static final Pattern JUNK = Pattern.compile(
            "\\?{2,}|\\? \\? \\?|\\[(?:footnote|endnote)Ref:\\d+]|(?i)\\b[\\w-]+\\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|emz|wmz|bin)\\b");
    private final TikaTextExtractor tika = new TikaTextExtractor();
    private final TypeDetector detector = new TypeDetector();

    @TestFactory
    @org.junit.jupiter.api.Tag("integration") // every Office file of corpus-real (96): 60 s of the unit run on a loaded machine
    Stream<DynamicTest> noPartNamesOrPictureText() throws Exception {
        Path real = TestData.shared().resolve("corpus-real");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(real)) {
            s.filter(p -> p.toString().matches(".*\\.(docx|doc)$")).sorted().forEach(files::add);
        }
        assertTrue(files.size() > 50, "corpus-real has its Office files");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = tika.extract(f, detector.detect(f)).pages().getFirst().text();
            Matcher m = JUNK.matcher(text);
            if (m.find()) {
                throw new AssertionError(f.getFileName() + ": '" + m.group() + "' in «"
                        + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20)) + "»");
            }
        }));
    }

    /** TT-36 attaches a packaged file whose icon (image1.emf) is labelled "Phu luc"; the label goes, the text stays. */
    @Test
    void iconLabelGoneAppendixKept() throws Exception {
        Path f = TestData.shared().resolve("corpus-real/qlks-sct-vn__TT-36-2025-TT-BNNMT-khai-thac-tan-thu-thu-hoi.docx");
        String text = tika.extract(f, detector.detect(f)).pages().getFirst().text();
        assertFalse(text.contains("Phu luc"), "icon label of the embedded file");
        assertTrue(text.contains("MẪU VĂN BẢN, TÀI LIỆU TRONG KHẢO SÁT"), "the appendix heading of the document itself");
    }
}
