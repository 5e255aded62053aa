package vn.plans.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Run in a JVM of its own by {@link TesseractEngineTest}: reads the committed clean test page on a thread named
 * {@value #NAME} and prints how many of the process's threads carry that name right after, while the page's
 * thread is still alive (OpenMP's workers are cloned from it and inherit its name).
 */
public final class OpenMpProbe {
    static final String NAME = "ocr-probe";

    private OpenMpProbe() {}

    public static void main(String[] args) throws Exception {
        GreyRaster page = PreprocessorTest.cleanPage();
        long[] named = new long[1];
        try (TesseractEngine engine = new TesseractEngine(Tessdata.require("vie"), "vie")) {
            Thread t = new Thread(() -> {
                engine.recognize(page, 0);
                named[0] = threadsNamed(NAME);
            }, NAME);
            t.start();
            t.join();
        }
        System.out.println(named[0]);
    }

    static long threadsNamed(String name) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(t -> {
                try {
                    return Files.readString(t.resolve("comm")).strip().equals(name);
                } catch (IOException e) {
                    return false; // the thread ended meanwhile
                }
            }).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
