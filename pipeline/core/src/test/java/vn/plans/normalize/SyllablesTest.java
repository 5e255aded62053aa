package vn.plans.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

class SyllablesTest {
    @Test
    void acceptsTheSyllablesOfTheSeeds() throws Exception {
        // Every lower-case word of the clean seeds is a syllable, except a handful of loans and typos.
        for (String seed : new String[] {"000", "001", "002", "003"}) {
            TextQuality q = TextQuality.of(Files.readString(TestData.seed(seed)));
            assertTrue(q.words() > 500, seed);
            assertTrue(q.invalidShare() < 0.01, seed + ": " + q);
            assertFalse(q.looksGarbled(), seed);
        }
    }

    @Test
    void rejectsGarbledAndStrippedForms() {
        for (String w : new String[] {"ciia", "ctiia", "nhiém", "thirc", "phdi", "qudc", "Ѭ", "rnột", "hiêp", "tác̀"}) {
            assertFalse(Syllables.isValid(w), w);
        }
        for (String w : new String[] {"khuyết", "nghiêng", "người", "quốc", "giữa", "gì", "thuở", "khuỷu", "oanh", "ạch"}) {
            assertTrue(Syllables.isValid(w), w);
        }
    }

    @Test
    void flagsTheStrippedOcrSeedAsLowQuality() throws Exception {
        TextQuality q = TextQuality.of(Files.readString(TestData.seed("004")));
        assertTrue(q.markedShare() < 0.35, "Sơn La seed has few marked words: " + q);
    }
}
