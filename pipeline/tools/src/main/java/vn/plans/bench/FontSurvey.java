package vn.plans.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.plans.extract.EmbeddedFontDecoder;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.Page;

/**
 * Which PDF pages of the given files or folders are read from their text layer, which are decoded from fonts
 * without Unicode, and which still need OCR and why (no text layer: a scan; a garbled layer; glyphs the decoder
 * could not read). Nothing is OCR-ed: the OCR hook only records the pages it is asked for.
 * <p>Usage: {@code FontSurvey PDF-DIR-OR-FILE...}
 */
public final class FontSurvey {
    private FontSurvey() {}

    public static void main(String[] args) throws Exception {
        vn.plans.cli.PlansCli.quietLibraryLogs();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EmbeddedFontDecoder fonts = EmbeddedFontDecoder.standard();
        if (!fonts.available()) throw new IllegalStateException("fonts-liberation2 is not installed");
        List<Path> inputs = new ArrayList<>();
        for (String a : args) inputs.add(Path.of(a));
        Map<String, Integer> totals = new TreeMap<>();
        for (Path f : vn.plans.pipeline.InputFiles.expand(inputs)) {
            if (!f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) continue;
            List<Integer> asked = new ArrayList<>();
            PdfTextExtractor.PageOcr record = (file, pages) -> {
                asked.addAll(pages);
                return new ExtractedDocument(pages.stream().map(n -> new Page(n, "", vn.plans.model.ExtractionMethod.OCR)).toList(),
                        List.of(), List.of());
            };
            try {
                ExtractedDocument d = new PdfTextExtractor(record, fonts).extract(f, "application/pdf");
                Map<String, Integer> kinds = new TreeMap<>();
                for (Page p : d.pages()) {
                    String k = asked.contains(p.number()) ? "ocr" : p.method().json();
                    kinds.merge(k, 1, Integer::sum);
                    totals.merge(k, 1, Integer::sum);
                }
                out.printf("%s: %d pages %s%n", f.getFileName(), d.pages().size(), kinds);
                for (String w : d.warnings()) out.println("    " + w);
                List<Integer> scans = asked.stream().filter(n -> d.warnings().stream().noneMatch(w -> w.startsWith("page " + n + ":"))).toList();
                if (!scans.isEmpty()) out.println("    no text layer (scanned) on pages " + scans);
            } catch (ExtractionException e) {
                out.printf("%s: failed: %s%n", f.getFileName(), e.getMessage());
                totals.merge("failed files", 1, Integer::sum);
            }
        }
        out.println("pages: " + totals);
    }
}
