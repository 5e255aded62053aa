package vn.plans.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dealing files by estimated cost so that scans spread over the partitions. */
class BalanceTest {
    @Test
    void snakeOrderGoesOutAndBack() {
        int[] got = new int[8];
        for (int i = 0; i < 8; i++) got[i] = Balance.slot(i, 3);
        assertEquals(List.of(0, 1, 2, 2, 1, 0, 0, 1), java.util.Arrays.stream(got).boxed().toList());
    }

    @Test
    void threeScansAndManyDigitalFilesSpreadOverThreePartitions() {
        List<FileSurvey> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) files.add(new FileSurvey("scan" + i, true, 2_000_000, "0".repeat(64), 10, 10, null));
        for (int i = 0; i < 30; i++) files.add(new FileSurvey("doc" + i, true, 50_000, "1".repeat(64), 2, 0, null));
        files.sort(Comparator.comparingDouble(Balance::cost).reversed());
        double[] total = new double[3];
        int[] scans = new int[3];
        for (int i = 0; i < files.size(); i++) {
            int p = Balance.slot(i, 3);
            total[p] += Balance.cost(files.get(i));
            if (files.get(i).path().startsWith("scan")) scans[p]++;
        }
        assertEquals(List.of(1, 1, 1), java.util.Arrays.stream(scans).boxed().toList());
        double max = Math.max(total[0], Math.max(total[1], total[2]));
        double min = Math.min(total[0], Math.min(total[1], total[2]));
        assertTrue(max - min <= Balance.cost(files.getLast()) * 2, java.util.Arrays.toString(total));
    }
}
