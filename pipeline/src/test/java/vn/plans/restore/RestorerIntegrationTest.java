package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trained model on the real seeds. Needs models/vi-syllable-4gram.bin (scripts/train builds it). */
class RestorerIntegrationTest {
    static Path root;
    static DiacriticRestorer restorer;

    @BeforeAll
    static void load() throws IOException {
        root = Path.of(System.getProperty("plans.root", ".."));
        Path model = root.resolve("models/vi-syllable-4gram.bin");
        if (!Files.isRegularFile(model)) {
            fail("language model missing: " + model + " — run scripts/train (scripts/test does) before these tests");
        }
        restorer = new DiacriticRestorer(NgramModel.load(model));
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("corpus/seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void correctSeedsComeThroughUnchanged() throws IOException {
        for (Path seed : seeds().subList(0, 4)) {
            String text = RestoreEvaluation.gold(Files.readString(seed, StandardCharsets.UTF_8));
            TextRestorer.Restored r = restorer.restore(text);
            assertEquals(List.of(), r.edits(), seed.getFileName().toString());
            assertEquals(text, r.text());
        }
    }

    @Test
    void strippedSeedsAreRestored() throws IOException {
        RestoreEvaluation.Score total = new RestoreEvaluation.Score(0, 0, 0);
        for (Path seed : seeds().subList(0, 4)) {
            total = total.plus(RestoreEvaluation.strippedAccuracy(Files.readString(seed, StandardCharsets.UTF_8), restorer));
        }
        assertTrue(total.syllables() > 5000, "seed syllables: " + total.syllables());
        assertTrue(total.accuracy() >= 0.985, "syllable accuracy on stripped seeds 000-003: " + total.accuracy());
    }

    @Test
    void sonLaOcrSeedReadsAsVietnameseInItsHeaderTitleAndHeadings() throws IOException {
        String ocr = Files.readString(seeds().get(4), StandardCharsets.UTF_8);
        String out = restorer.restore(ocr).text();
        List<String> lines = out.lines().toList();
        assertEquals(ocr.lines().count(), lines.size(), "line breaks kept");
        for (String expected : List.of("Số: 54", "Sơn La, ngày 28 tháng 02 năm 2025", "KẾ HOẠCH",
                "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc", "I. MỤC ĐÍCH, YÊU CẦU",
                "Độc lập - Tự do - Hạnh phúc")) {
            assertTrue(out.contains(expected), "missing '" + expected + "' in:\n" + out.substring(0, 600));
        }
    }

    @Test
    void strippedHeldOutLegalTextIsRestoredAccurately() throws IOException {
        Path shared = root.resolve("../shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared.resolve("vi-corpus")),
                "../shared/vi-corpus not available: held-out accuracy not checked");
        TrainingSplit split = TrainingSplit.of(shared, root);
        String gold = RestoreEvaluation.sample(split.heldOutLegal(), 200_000); // as eval-restore
        RestoreEvaluation.Score s = RestoreEvaluation.strippedAccuracy(gold, restorer);
        assertTrue(s.accuracy() >= 0.99, "held-out legal accuracy " + s.accuracy());
    }
}
