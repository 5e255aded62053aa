package vn.plans.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.plans.index.Searcher;
import vn.plans.index.SearchHit;
import vn.plans.index.SearchRequest;
import vn.plans.index.SearchResult;
import vn.plans.output.Json;

/** Search results as a table: {@link #rows} gathers them, {@link #write} writes them in one of the {@link Format}s. */
public final class TableExport {
    public enum Format {
        CSV, XLSX, JSONL;

        public static Format of(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "' (csv, xlsx, jsonl)");
            }
        }
    }

    /** Task columns: the task, then its document's header. */
    public static final List<String> TASK_COLUMNS = List.of("task_id", "doc_id", "number", "title", "province",
            "province_2025", "issuer", "issued_date", "year", "section", "page", "text", "lead", "coordinating", "timeframe", "deadline", "file");
    public static final List<String> DOCUMENT_COLUMNS = List.of("doc_id", "number", "title", "province", "province_2025",
            "issuer", "issued_date", "year", "tasks", "file");

    private TableExport() {}

    /**
     * All results of {@code request} (its limit is ignored; its order and date range kept), one row per task (with the task's full text) or per
     * document. Columns as {@link #TASK_COLUMNS} or {@link #DOCUMENT_COLUMNS}; lists joined with "; ".
     */
    public static List<Map<String, String>> rows(Searcher searcher, SearchRequest request) throws IOException {
        SearchResult counted = searcher.search(request.sized(1, 1));
        int all = (int) Math.min(counted.total(), 2_000_000);
        SearchResult r = searcher.search(request.sized(all, 0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            Map<String, String> row = new LinkedHashMap<>();
            if (request.tasks()) {
                Map<String, Object> task = searcher.task(h.unitId());
                row.put("task_id", h.unitId());
                row.put("doc_id", h.docId());
                header(row, h);
                row.put("section", h.section());
                row.put("page", h.page() > 0 ? String.valueOf(h.page()) : null);
                row.put("text", task == null ? null : String.valueOf(task.get("text")));
                row.put("lead", names(h.lead()));
                row.put("coordinating", names(h.coordinating()));
                row.put("timeframe", h.timeframe());
                row.put("deadline", h.deadline());
            } else {
                Map<String, Object> doc = searcher.document(h.docId());
                row.put("doc_id", h.docId());
                header(row, h);
                Object tasks = doc == null ? null : doc.get("tasks");
                row.put("tasks", tasks instanceof List<?> l ? String.valueOf(l.size()) : null);
            }
            row.put("file", h.path() == null ? null : h.path().substring(h.path().lastIndexOf('/') + 1));
            rows.add(row);
        }
        return rows;
    }

    private static String names(List<SearchHit.AgencyName> agencies) {
        return String.join("; ", agencies.stream().map(SearchHit.AgencyName::name).toList());
    }

    private static void header(Map<String, String> row, SearchHit h) {
        row.put("number", h.number());
        row.put("title", h.title());
        row.put("province", h.province());
        row.put("province_2025", h.province2025());
        row.put("issuer", h.issuer());
        row.put("issued_date", h.date());
        row.put("year", h.year());
    }

    public static void write(List<String> columns, List<Map<String, String>> rows, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(columns, rows, out);
            case JSONL -> {
                for (Map<String, String> row : rows) {
                    out.write(Json.MAPPER.writeValueAsBytes(row));
                    out.write('\n');
                }
                out.flush();
            }
            case XLSX -> xlsx(columns, rows, out);
        }
    }

    private static void csv(List<String> columns, List<Map<String, String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, columns);
        for (Map<String, String> row : rows) line(w, columns.stream().map(c -> row.getOrDefault(c, null)).toList());
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) c = '"' + c.replace("\"", "\"\"") + '"';
            w.write(c);
        }
        w.write("\r\n");
    }

    private static void xlsx(List<String> columns, List<Map<String, String>> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("plans");
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) head.createCell(i).setCellValue(columns.get(i));
            int r = 1;
            for (Map<String, String> row : rows) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    String v = row.get(columns.get(i));
                    if (v != null) x.createCell(i).setCellValue(v.length() > 32_767 ? v.substring(0, 32_767) : v);
                }
            }
            wb.write(out);
            out.flush();
        }
    }
}
