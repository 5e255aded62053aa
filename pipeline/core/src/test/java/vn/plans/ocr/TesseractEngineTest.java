package vn.plans.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

/** The engine in a JVM started without {@code OMP_THREAD_LIMIT}, as {@code java -jar} is; needs tesseract-ocr-vie. */
@Tag("integration")
class TesseractEngineTest {
    @Test
    void readsAPageOnTheCallingThreadAloneWithoutTheOpenMpLimitInTheEnvironment() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: OpenMP would start no worker anyway");
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "thread names are read from /proc");
        Tessdata.require("vie");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dplans.root=" + TestData.root(), "--enable-native-access=ALL-UNNAMED", OpenMpProbe.class.getName()));
        pb.environment().remove("OMP_THREAD_LIMIT");
        pb.environment().remove("OMP_NUM_THREADS");
        pb.redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), "the probe failed: " + out);
        String[] lines = out.split("\n");
        assertEquals("1", lines[lines.length - 1].strip(),
                "threads named " + OpenMpProbe.NAME + " after the page (1 = the page's own; more are OpenMP workers)");
    }
}
