package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.output.Json;
import vn.plans.TestData;

/** {@code plans eval-ocr} on one committed test page; needs tesseract and tesseract-ocr-vie. */
@org.junit.jupiter.api.Tag("integration")
class EvalOcrCommandTest {
    @Test
    void reportsRawAndPipelineErrorRatesForEachSet(@TempDir Path tmp) throws Exception {
        Path src = TestData.root().resolve("corpus/ocr/clean");
        Path set = Files.createDirectories(tmp.resolve("sets/clean"));
        for (String ext : new String[] {".png", ".txt"}) Files.copy(src.resolve("seed003-p1" + ext), set.resolve("seed003-p1" + ext));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = PlansCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("eval-ocr", "-j", "1", "--json", tmp.resolve("r.json").toString(), tmp.resolve("sets").toString());
        assertEquals(PlansCli.OK, rc, err.toString());
        Matcher m = Pattern.compile(
                "clean\\s+1 \\|\\s+([0-9.]+)%\\s+([0-9.]+)%\\s+([0-9.]+)\\s+([0-9.]+) \\|\\s+([0-9.]+)%").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertTrue(Double.parseDouble(m.group(1)) < 1.0, "raw CER " + m.group(1));
        assertTrue(Double.parseDouble(m.group(3)) > 0, "raw pages/s/core");
        assertTrue(Double.parseDouble(m.group(4)) > 0, "raw pages per CPU second (from bash times)");
        assertTrue(Double.parseDouble(m.group(5)) < 1.0, "pipeline CER " + m.group(5));
        var json = Json.MAPPER.readTree(tmp.resolve("r.json").toFile());
        assertEquals(1, json.get("sets").get(0).get("pages").asInt());
        assertTrue(json.get("sets").get(0).get("pipeline").get("ref_chars").asInt() > 1000);
    }

    /** Each step's effect on one phone photo: leaving out the flattening of its uneven light loses most of the text. */
    @Test
    void ablationReportsThePipelineWithEachStepLeftOut(@TempDir Path tmp) throws Exception {
        Path src = TestData.root().resolve("corpus/ocr/photo");
        Path set = Files.createDirectories(tmp.resolve("sets/photo"));
        for (String ext : new String[] {".jpg", ".txt"}) {
            Files.copy(src.resolve("photo5-576x960-progressive" + ext), set.resolve("photo5-576x960-progressive" + ext));
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = PlansCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("eval-ocr", "-j", "1", "--ablate", tmp.resolve("sets").toString());
        assertEquals(PlansCli.OK, rc, err.toString());
        java.util.Map<String, Double> cer = new java.util.HashMap<>();
        Matcher m = Pattern.compile("photo (\\S+)\\s+1 \\|[^|]+\\|\\s+([0-9.]+)%").matcher(out.toString());
        while (m.find()) cer.put(m.group(1), Double.parseDouble(m.group(2)));
        assertEquals(java.util.Set.of("standard", "-perspective", "-illumination", "-upscale-photo", "-borders", "-deskew",
                        "-one-column", "none"),
                cer.keySet(), out.toString());
        assertTrue(cer.get("standard") < 5, out.toString());
        assertTrue(cer.get("-illumination") > 2 * cer.get("standard"), out.toString());
        assertTrue(cer.get("none") > 2 * cer.get("standard"), out.toString());
    }

    @Test
    void missingDirectoryIsAUsageError(@TempDir Path tmp) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = PlansCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("eval-ocr", tmp.resolve("nothing-here").toString());
        assertEquals(PlansCli.USAGE, rc);
        assertTrue(err.toString().contains("render-ocr-testset"), err.toString());
    }
}
