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

    @Test
    void missingDirectoryIsAUsageError(@TempDir Path tmp) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = PlansCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("eval-ocr", tmp.resolve("nothing-here").toString());
        assertEquals(PlansCli.USAGE, rc);
        assertTrue(err.toString().contains("render-ocr-testset"), err.toString());
    }
}
