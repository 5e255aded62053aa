package vn.plans.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.index.FacetSearchTest;
import vn.plans.index.PlanSearcher;
import vn.plans.index.SearchRequest;
import vn.plans.model.PlanDocument;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.structure.BasicStructureExtractor;

/** Tasks of the seeds exported as XLSX (read back with POI) and CSV (read back by Python's csv module). */
@Tag("integration")
class TableExportTest {
    @TempDir static Path tmp;
    static List<PlanDocument> docs;
    static List<Map<String, String>> rows;

    @BeforeAll
    static void export() throws Exception {
        DocumentProcessor p = new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null, new BasicStructureExtractor());
        docs = FacetSearchTest.indexCompletedSeeds(p, tmp.resolve("idx"));
        try (PlanSearcher s = new PlanSearcher(tmp.resolve("idx"))) {
            rows = TableExport.rows(s, new SearchRequest("", true, Map.of(), 0, 0));
        }
    }

    @Test
    void xlsxHasOneRowPerTaskWithItsDocumentsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(TableExport.TASK_COLUMNS, rows, TableExport.Format.XLSX, out);
        Map<String, PlanDocument> byTask = new HashMap<>();
        for (PlanDocument d : docs) d.tasks().forEach(t -> byTask.put(t.taskId(), d));
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(byTask.size(), sheet.getLastRowNum(), "one row per task under the header row");
            List<String> head = cells(sheet.getRow(0));
            assertEquals(TableExport.TASK_COLUMNS, head);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                List<String> c = cells(sheet.getRow(r));
                PlanDocument d = byTask.get(c.get(head.indexOf("task_id")));
                assertTrue(d != null, "a known task: " + c);
                assertEquals(String.valueOf(d.header().number()), c.get(head.indexOf("number")));
                assertEquals(String.valueOf(d.header().title()), c.get(head.indexOf("title")));
                assertEquals(String.valueOf(d.header().province()), c.get(head.indexOf("province")));
                String text = c.get(head.indexOf("text"));
                assertTrue(d.tasks().stream().anyMatch(t -> t.text().equals(text)), "the task's full text");
            }
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < TableExport.TASK_COLUMNS.size(); i++) {
            var c = row.getCell(i);
            out.add(c == null ? "null" : c.getStringCellValue());
        }
        return out;
    }

    @Test
    void csvLoadsWithPythonsCsvModule() throws Exception {
        Path csv = tmp.resolve("tasks.csv");
        try (var o = Files.newOutputStream(csv)) {
            TableExport.write(TableExport.TASK_COLUMNS, rows, TableExport.Format.CSV, o);
        }
        Path py = null;
        for (String dir : System.getenv("PATH").split(":")) if (Files.isExecutable(Path.of(dir, "python3"))) py = Path.of(dir, "python3");
        assumeTrue(py != null, "python3 not on PATH; skipping the csv-module check");
        String script = "import csv,sys\nr=list(csv.DictReader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                + "print(len(r)); print(r[0]['province']); print(sum(1 for x in r if x['text'] and x['number']))\n";
        Process p = new ProcessBuilder(py.toString(), "-c", script, csv.toString()).redirectErrorStream(true).start();
        String got;
        try (InputStream in = p.getInputStream()) {
            got = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, got);
        String[] lines = got.strip().split("\n");
        assertEquals(String.valueOf(rows.size()), lines[0], got);
        assertEquals(rows.get(0).get("province"), lines[1]);
        assertEquals(rows.stream().filter(r -> r.get("text") != null && r.get("number") != null).count(), Long.parseLong(lines[2].strip()));
        assertTrue(rows.size() > 20, "the seeds' tasks: " + rows.size());
    }
}
