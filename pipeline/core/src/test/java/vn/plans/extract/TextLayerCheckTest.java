package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

class TextLayerCheckTest {
    static String seed() throws Exception {
        Path seeds = TestData.root().resolve("corpus/seeds");
        try (var files = Files.list(seeds)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
            return Files.readString(f).substring(0, 3000);
        }
    }

    @Test
    void soundVietnameseTextLayerPasses() throws Exception {
        assertNull(TextLayerCheck.problem(seed()));
    }

    @Test
    void layerThatDroppedEveryVietnameseOnlyLetterIsCaught() throws Exception {
        // what a font without a proper ToUnicode map for ư, ơ, đ, ộ... leaves behind: those words vanish
        String dropped = Arrays.stream(seed().split(" "))
                .filter(w -> w.chars().noneMatch(TextLayerCheck::isVietnameseOnly))
                .collect(Collectors.joining(" "));
        String problem = TextLayerCheck.problem(dropped);
        assertNotNull(problem);
        assertTrue(problem.contains("lost its Vietnamese letters"), problem);
    }

    @Test
    void wrongCodePointsAreCaught() {
        String mojibake = "Thùc hiÖn KÕ ho¹ch sè 29 cña UBND tØnh vÒ viÖc triÓn khai thùc hiÖn quyÕt ®Þnh "
                + "sè 27 ngµy 03 th¸ng 01 n¨m 2025 cña Thñ t­íng ChÝnh phñ ban hµnh kÕ ho¹ch";
        assertNotNull(TextLayerCheck.problem(mojibake));
    }
}
