package vn.plans.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.plans.extract.EmbeddedFontDecoder;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.PdfPageOcr;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.index.PlanIndex;
import vn.plans.ingest.IngestPipeline;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.ocr.OcrService;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.IngestSummary;

/**
 * Pages/second of the pipeline's PDF extraction (PDFBox text layer + quality check + NFC/reflow/tone normalization)
 * against plain PDFBox {@code PDFTextStripper} on the same files in the same run, then documents/second of a whole
 * ingest (extract, structure, JSON, index) of the given inputs. Between the two, the PDFs set in fonts without
 * Unicode: decoding their fonts against OCR of the same pages.
 * <p>Usage: {@code ExtractionBench ROUNDS PDF-DIR-OR-FILE... -- INGEST-PATH...}
 */
public final class ExtractionBench {
    private ExtractionBench() {}

    public static void main(String[] args) throws Exception {
        vn.plans.cli.PlansCli.quietLibraryLogs();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int rounds = Integer.parseInt(args[0]);
        List<Path> pdfs = new ArrayList<>();
        List<Path> ingest = new ArrayList<>();
        boolean afterSep = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--")) { afterSep = true; continue; }
            (afterSep ? ingest : pdfs).add(Path.of(args[i]));
        }
        List<Path> files = new ArrayList<>();
        for (Path p : vn.plans.pipeline.InputFiles.expand(pdfs)) if (p.toString().endsWith(".pdf") && usable(p)) files.add(p);
        if (files.isEmpty()) throw new IllegalArgumentException("no digital PDFs with a usable text layer given");

        DocumentProcessor processor = vn.plans.pipeline.StandardPipeline.build();
        // Warm up both paths (JIT, font caches).
        for (int i = 0; i < 2; i++) { plain(files); pipeline(files, processor); }
        long plainNs = 0, oursNs = 0;
        int pages = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            pages = plain(files);
            long t1 = System.nanoTime();
            pipeline(files, processor);
            long t2 = System.nanoTime();
            plainNs += t1 - t0;
            oursNs += t2 - t1;
        }
        double plainRate = pages * rounds / (plainNs / 1e9);
        double oursRate = pages * rounds / (oursNs / 1e9);
        out.printf("digital PDF extraction: %d files, %d pages, %d rounds%n", files.size(), pages, rounds);
        out.printf("  plain PDFBox PDFTextStripper : %8.1f pages/s%n", plainRate);
        out.printf("  pipeline (extract+normalize) : %8.1f pages/s%n", oursRate);
        out.printf("  ratio pipeline/plain         : %8.2f%n", oursRate / plainRate);

        fontDecodingAgainstOcr(vn.plans.pipeline.InputFiles.expand(pdfs), rounds, out);

        if (!ingest.isEmpty()) {
            Path tmp = Files.createTempDirectory("plans-bench");
            IngestSummary s;
            try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("index"))) {
                s = new IngestPipeline(processor, Runtime.getRuntime().availableProcessors())
                        .run(ingest, new DocumentStore(tmp.resolve("out")), m, idx, null, false);
            }
            out.printf("whole ingest: %d documents (%d ok, %d failed), %d pages in %.2f s: %.2f documents/s, %.1f pages/s%n",
                    s.documents(), s.ok(), s.failed(), s.pages(), s.seconds(), s.ok() / s.seconds(), s.pages() / s.seconds());
        }
    }

    /**
     * The PDFs whose pages come out as {@code text_layer_decoded}: their extraction with font decoding (a fresh
     * decoder each round, so reference fonts are loaded and no table is cached; and one decoder kept across
     * rounds, as in a batch) against OCR of the same pages (the route without the decoder), in the same run.
     */
    private static void fontDecodingAgainstOcr(List<Path> inputs, int rounds, PrintStream out) throws Exception {
        PdfTextExtractor.PageOcr refuse = (file, pages) -> {
            throw new ExtractionException("not decoded: pages " + pages);
        };
        EmbeddedFontDecoder kept = EmbeddedFontDecoder.standard();
        if (!kept.available()) {
            out.println("font decoding: reference fonts (fonts-liberation2) not installed; skipped");
            return;
        }
        List<Path> files = new ArrayList<>();
        int pages = 0;
        for (Path p : inputs) {
            if (!p.toString().endsWith(".pdf")) continue;
            try {
                ExtractedDocument d = new PdfTextExtractor(refuse, kept).extract(p, "application/pdf");
                long n = d.pages().stream().filter(pg -> pg.method() == ExtractionMethod.TEXT_LAYER_DECODED).count();
                if (n == d.pages().size()) { files.add(p); pages += (int) n; }
            } catch (ExtractionException e) {
                // not (fully) decodable: not part of this comparison
            }
        }
        if (files.isEmpty()) {
            out.println("font decoding: no PDF with fonts to decode among the inputs");
            return;
        }
        long coldNs = 0, warmNs = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            EmbeddedFontDecoder fresh = EmbeddedFontDecoder.standard();
            for (Path f : files) new PdfTextExtractor(refuse, fresh).extract(f, "application/pdf");
            long t1 = System.nanoTime();
            for (Path f : files) new PdfTextExtractor(refuse, kept).extract(f, "application/pdf");
            coldNs += t1 - t0;
            warmNs += System.nanoTime() - t1;
        }
        double cold = coldNs / 1e9 / rounds, warm = warmNs / 1e9 / rounds;
        out.printf("font decoding: %d files, %d pages decoded from their fonts%n", files.size(), pages);
        out.printf("  decoding, fresh decoder       : %8.2f s (%.2f pages/s)%n", cold, pages / cold);
        out.printf("  decoding, decoder kept        : %8.2f s (%.2f pages/s)%n", warm, pages / warm);
        try (OcrService ocr = OcrService.standardOrNull()) {
            if (ocr == null) {
                out.println("  OCR of the same pages         : tesseract vie not installed; no ratio");
                return;
            }
            PdfTextExtractor ocrRoute = new PdfTextExtractor(new PdfPageOcr(ocr, true));
            long t0 = System.nanoTime();
            for (Path f : files) ocrRoute.extract(f, "application/pdf");
            double ocrSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf("  OCR of the same pages         : %8.2f s (%.2f pages/s, %d threads)%n", ocrSeconds,
                    pages / ocrSeconds, ocr.threads());
            out.printf("  ratio decoding/OCR time       : %8.3f fresh, %.3f kept%n", cold / ocrSeconds, warm / ocrSeconds);
        }
    }

    private static boolean usable(Path pdf) {
        try {
            new PdfTextExtractor(null).extract(pdf, "application/pdf");
            return true;
        } catch (ExtractionException e) {
            return false;
        }
    }

    private static int plain(List<Path> files) throws Exception {
        int pages = 0;
        for (Path f : files) {
            try (PDDocument d = Loader.loadPDF(f.toFile())) {
                new PDFTextStripper().getText(d);
                pages += d.getNumberOfPages();
            }
        }
        return pages;
    }

    private static void pipeline(List<Path> files, DocumentProcessor processor) throws Exception {
        PdfTextExtractor ex = new PdfTextExtractor(null);
        for (Path f : files) {
            ExtractedDocument d = ex.extract(f, "application/pdf");
            for (var p : d.pages()) vn.plans.pipeline.DocumentProcessor.normalizePage(p);
        }
    }
}
