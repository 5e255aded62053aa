package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NgramModelTest {
    @TempDir Path dir;

    @Test
    void conditionalDistributionsSumToOne() throws IOException {
        for (int order = 2; order <= 4; order++) {
            NgramModel lm = TinyModel.train(dir, order);
            assertEquals(order, lm.order());
            int[][] contexts = {{lm.id("ủy"), lm.id("ban")}, {lm.id("kế"), lm.id("hoạch")}, {NgramModel.BOS, NgramModel.BOS},
                    {lm.id("ban"), lm.id("tay")}, {lm.id("tôi"), lm.id("học")}}; // the last one was never seen
            for (int[] c : contexts) {
                double sum = 0;
                for (int w = 1; w < lm.vocabularySize(); w++) sum += Math.pow(10, lm.logProb(c[0], c[1], w));
                assertEquals(1.0, sum, 0.02, "order " + order + " context " + lm.word(c[0]) + " " + lm.word(c[1]));
            }
        }
    }

    @Test
    void seenContinuationsBeatUnseenOnes() throws IOException {
        NgramModel lm = TinyModel.train(dir, 3);
        int uy = lm.id("ủy"), ban = lm.id("ban");
        assertNotEquals(NgramModel.UNK, ban);
        assertTrue(lm.logProb(uy, ban, lm.id("nhân")) > lm.logProb(uy, ban, lm.id("bàn")));
        assertTrue(lm.logProb(lm.id("đi"), lm.id("học"), lm.id("ở")) > lm.logProb(lm.id("đi"), lm.id("học"), lm.id("tay")));
        // the upward probe with precomputed backoffs agrees with the plain lookup
        float[] bo = new float[NgramModel.MAX_ORDER + 2];
        long h = lm.push(lm.push(0, uy), ban);
        lm.backoffs(h, bo);
        for (int w = 1; w < lm.vocabularySize(); w++) {
            assertEquals(lm.logProb(h, w), lm.logProb(h, bo, w), 1e-5);
            assertEquals(lm.logProb(h, w), lm.logProb(h, bo, w, lm.bigram(ban, w)), 1e-5);
        }
    }

    @Test
    void missingModelFailsWithAClearMessage() {
        IOException e = assertThrows(IOException.class, () -> NgramModel.load(dir.resolve("none.bin")));
        assertTrue(e.getMessage().contains("scripts/train"), e.getMessage());
    }
}
