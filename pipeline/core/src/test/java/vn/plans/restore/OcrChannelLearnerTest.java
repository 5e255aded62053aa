package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The channel table learned from some of the pairs of a directory: the others are kept apart to score it on. */
class OcrChannelLearnerTest {
    @TempDir Path dir;

    @Test
    void aTableIsLearnedFromTheGivenPairsOnly() throws IOException {
        // page 0: nổ read as nô; page 1: nổ read right; page 2 has no OCR text and is no pair
        Files.writeString(dir.resolve("000.gold.txt"), "vật liệu nổ công nghiệp\n");
        Files.writeString(dir.resolve("000.ocr.txt"), "vật liệu nô công nghiệp\n");
        Files.writeString(dir.resolve("001.gold.txt"), "thử nổ\n");
        Files.writeString(dir.resolve("001.ocr.txt"), "thử nổ\n");
        Files.writeString(dir.resolve("002.gold.txt"), "nổ\n");
        List<OcrChannelLearner.Pair> pairs = OcrChannelLearner.pairs(dir);
        assertEquals(List.of(dir.resolve("000.gold.txt"), dir.resolve("001.gold.txt")),
                pairs.stream().map(OcrChannelLearner.Pair::gold).toList());

        OcrChannelLearner.Table first = OcrChannelLearner.learn(pairs.subList(0, 1));
        assertEquals(1, first.pages());
        assertEquals(5, first.words());
        assertEquals(1, first.wrongMarks());
        assertEquals(1, first.counts().get('ổ').get('ô'));
        assertEquals(null, first.counts().get('ổ').get('ổ'));

        OcrChannelLearner.Table second = OcrChannelLearner.learn(pairs.subList(1, 2));
        assertEquals(0, second.wrongMarks());
        assertEquals(null, second.counts().get('ổ').get('ô'));
        assertEquals(1, second.counts().get('ổ').get('ổ'));
        assertEquals(OcrChannelLearner.learn(dir).counts().get('ổ'), java.util.Map.of('ô', 1, 'ổ', 1));
    }
}
