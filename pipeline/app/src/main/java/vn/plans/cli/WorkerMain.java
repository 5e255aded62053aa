package vn.plans.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import vn.plans.extract.InputLimits;
import vn.plans.ingest.FileBudget;
import vn.plans.ingest.WorkerProtocol;
import vn.plans.model.SourceInfo;
import vn.plans.ocr.OcrService;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.PipelineConfig;
import vn.plans.pipeline.StandardPipeline;

/**
 * A worker JVM of {@link vn.plans.ingest.WorkerPool}:
 * {@code WorkerMain MAX_PAGES MAX_MEGAPIXELS MAX_EXPANDED_MB [OCR_THREADS TIMEOUT_S TIMEOUT_PER_PAGE_S [MAX_TEXT_MB [DOCS]]]}. Runs the
 * standard processor (one instance, stateless per document, shared by DOCS serving threads, default 1) on file
 * requests from stdin until stdin closes or the parent process dies; OCR runs on
 * OCR_THREADS engines under the same per-file and per-page time budget the parent kills by ({@link FileBudget}).
 */
public final class WorkerMain {
    private WorkerMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err); // library chatter must not corrupt the protocol
        PlansCli.quietLibraryLogs();
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        InputLimits limits = new InputLimits(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                args.length > 6 ? Integer.parseInt(args[6]) : InputLimits.DEFAULT_TEXT_MB);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        OcrService ocr = OcrService.standardOrNull(threads);
        int docs = args.length > 7 ? Integer.parseInt(args[7]) : 1;
        FileBudget budget = null;
        if (args.length > 5 && ocr != null) {
            // stop starting pages early enough that the pages in flight and the rest of the pipeline still fit
            Duration perFile = Duration.ofSeconds(Long.parseLong(args[4]));
            Duration reserve = ocr.pageTimeout().plusSeconds(30);
            if (reserve.compareTo(perFile.dividedBy(2)) > 0) reserve = perFile.dividedBy(2);
            budget = new FileBudget(perFile, Duration.ofSeconds(Long.parseLong(args[5])),
                    reserve, protocol);
            ocr.setBudget(budget);
        }
        DocumentProcessor processor = StandardPipeline.build(
                PipelineConfig.defaults(PipelineConfig.defaultModel()).withLimits(limits).withOcrThreads(threads), ocr);
        warmUp(processor);
        WorkerProtocol.serve(processor, System.in, protocol, budget, docs);
    }

    /** Loads the parser and normalizer classes on a small text, so a per-file timeout measures the file, not the JVM. */
    private static void warmUp(DocumentProcessor processor) {
        try {
            Path tmp = Files.createTempFile("plans-warmup", ".txt");
            try {
                Files.writeString(tmp, "KẾ HOẠCH\nKiểm tra an toàn lao động năm 2026.\nI. MỤC ĐÍCH, YÊU CẦU\n");
                processor.process(tmp, new SourceInfo(tmp.toString(), "text/plain", "0", Files.size(tmp)), "warmup");
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (Exception e) {
            System.err.println("worker warm-up failed (continuing): " + e);
        }
    }
}
