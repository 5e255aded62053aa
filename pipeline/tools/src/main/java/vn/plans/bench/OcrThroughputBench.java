package vn.plans.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.DoubleAdder;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.plans.eval.OcrEvaluation;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.PdfPageImages;
import vn.plans.extract.TypeDetector;
import vn.plans.model.Page;
import vn.plans.model.SourceInfo;
import vn.plans.ocr.ErrorRates;
import vn.plans.ocr.GreyRaster;
import vn.plans.ocr.OcrEngine;
import vn.plans.ocr.OcrResult;
import vn.plans.ocr.OcrService;
import vn.plans.ocr.Preprocessor;
import vn.plans.ocr.Tessdata;
import vn.plans.ocr.TesseractEngine;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.DocumentWork;
import vn.plans.pipeline.PipelineConfig;
import vn.plans.pipeline.Stage;
import vn.plans.pipeline.StandardPipeline;

/**
 * OCR throughput of the pipeline against the {@code tesseract} command on the same pages, in one run: pages per CPU
 * second of each and their ratio, per round (the first in this fresh JVM, the later ones warm), with the character
 * and syllable error of both, and where the pipeline's CPU goes.
 * <p>Each page is read by both, one after the other (the order alternating from page to page and round to round),
 * so that a change in the machine's load falls on both alike. The command is {@code tesseract FILE stdout -l vie}
 * with {@code OMP_THREAD_LIMIT=1}, one process per page (PDF pages rendered to PNG at 300 dpi first, outside the
 * clock), its CPU read from the shell's {@code times}. The pipeline is the standard one (extract with preprocessing
 * and OCR, normalize, restore, structure, enrich) on one OCR thread; its CPU is this whole JVM's (compilation and
 * garbage collection included) over the round, less what the bench itself spends starting the commands. The split
 * of the pipeline's CPU: each stage's CPU on the calling thread (decoding the image is in the extract stage), the
 * OCR thread's preprocessing and Tesseract (engine starts apart), and the rest of the JVM (compiler, collector).
 * The pixels each side gives Tesseract are counted: the command's are the file's frames as stored. Each file's line
 * gives both sides' CPU and CER on it (the pipeline's: the whole JVM's CPU over that file), which shows where the
 * ratio comes from: on the phone photos the command is cheap where it gives up on the text. A file whose
 * reference is empty (the scan set of {@link ScanBenchSet}, pages without a transcription) is read and timed but
 * not scored: the CERs are over the files with a reference.
 * <p>Run it as the ingest workers run (scripts/bench passes their JVM options: serial collector, C1 only). Usage:
 * {@code OcrThroughputBench ROUNDS SET_DIR...}, each set laid out as for {@code plans eval-ocr}.
 */
public final class OcrThroughputBench {
    private OcrThroughputBench() {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds by part, for one round. */
    private static final class Split {
        final Map<String, Long> stages = new LinkedHashMap<>();
        long tesseract, engineStart, calls, oneBlock, tesseractPixels;

        synchronized void stage(String name, long ns) {
            stages.merge(name, ns, Long::sum);
        }

        synchronized long stagesNs() {
            return stages.values().stream().mapToLong(Long::longValue).sum();
        }

        synchronized void recognized(long ns, long pixels, boolean asOneBlock) {
            tesseract += ns;
            calls++;
            if (asOneBlock) oneBlock++;
            tesseractPixels += pixels;
        }

        synchronized void engineStarted(long ns) {
            engineStart += ns;
        }

        synchronized void reset() {
            stages.clear();
            tesseract = engineStart = calls = oneBlock = tesseractPixels = 0;
        }
    }

    /** One file of a set, with the images the command reads for it. */
    private record Item(OcrEvaluation.Sample sample, List<Path> commandImages, long commandPixels) {}

    public static void main(String[] args) throws Exception {
        vn.plans.cli.PlansCli.quietLibraryLogs();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 2) throw new IllegalArgumentException("usage: OcrThroughputBench ROUNDS SET_DIR...");
        int rounds = Integer.parseInt(args[0]);
        String lang = OcrService.DEFAULT_LANG;
        Path tessdata = Tessdata.require(lang);
        Path scratch = Files.createTempDirectory("plans-ocr-bench");
        List<Item> items = new ArrayList<>();
        for (int k = 1; k < args.length; k++) {
            for (OcrEvaluation.Sample s : OcrEvaluation.samples(Path.of(args[k]))) {
                List<Path> images = s.file().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                        ? PdfPageImages.writePng(s.file(), Files.createDirectories(scratch.resolve("p" + items.size())))
                        : List.of(s.file());
                long px = 0;
                for (Path im : images) px += storedPixels(im);
                items.add(new Item(s, images, px));
            }
        }
        int pages = items.stream().mapToInt(i -> i.sample().referencePages().size()).sum();
        if (pages == 0) throw new IllegalArgumentException("no samples (FILE + FILE.txt) in the given sets");

        Split split = new Split();
        OcrService ocr = new OcrService(() -> {
            long t0 = THREADS.getCurrentThreadCpuTime();
            TesseractEngine engine = new TesseractEngine(tessdata, lang);
            split.engineStarted(THREADS.getCurrentThreadCpuTime() - t0);
            return timed(engine, split);
        }, new Preprocessor(), 1, OcrService.DEFAULT_PAGE_TIMEOUT);
        DocumentProcessor standard = StandardPipeline.build(PipelineConfig.defaults(PipelineConfig.defaultModel()), ocr);
        // every stage timed but the last (which must stay the one that builds the document): it is the rest of the
        // calling thread's CPU in process()
        List<Stage> stages = new ArrayList<>(standard.stages().stream().map(s -> timed(s, split)).toList());
        Stage last = standard.stages().getLast();
        stages.set(stages.size() - 1, last);
        DocumentProcessor processor = new DocumentProcessor(stages);
        OcrEvaluation command = new OcrEvaluation(processor, lang, tessdata, 1);
        TypeDetector types = new TypeDetector();
        int scoredPages = items.stream().filter(OcrThroughputBench::scored).mapToInt(i -> i.sample().referencePages().size()).sum();
        out.printf("OCR throughput: %d files, %d pages, %d with a reference for the CER (%s); JVM start and pipeline setup %.2f CPU s; load average %s%n",
                items.size(), pages, scoredPages, String.join(" ", List.of(args).subList(1, args.length)), PipelineCpuBench.cpuNs() / 1e9, PipelineCpuBench.loadAverage());
        try {
            double[] warm = new double[2];
            for (int r = 1; r <= rounds; r++) {
                split.reset();
                DoubleAdder commandCpu = new DoubleAdder();
                long harness = 0;
                List<List<String>> commandText = new ArrayList<>(), pipelineText = new ArrayList<>();
                Map<Long, Long> ocrThreads0 = ocrThreadCpu();
                long cpu0 = PipelineCpuBench.cpuNs();
                double[] fileCommandCpu = new double[items.size()], filePipelineCpu = new double[items.size()];
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    boolean commandFirst = (i + r) % 2 == 0;
                    if (!commandFirst) filePipelineCpu[i] = pipelineTimed(processor, types, it, split, last.name(), pipelineText);
                    long h0 = THREADS.getCurrentThreadCpuTime();
                    double c0 = commandCpu.sum();
                    List<String> texts = new ArrayList<>();
                    for (Path im : it.commandImages()) texts.add(command.tesseract(im, commandCpu));
                    commandText.add(texts);
                    fileCommandCpu[i] = commandCpu.sum() - c0;
                    harness += THREADS.getCurrentThreadCpuTime() - h0;
                    if (commandFirst) filePipelineCpu[i] = pipelineTimed(processor, types, it, split, last.name(), pipelineText);
                }
                long pipelineNs = PipelineCpuBench.cpuNs() - cpu0 - harness;
                long ocrThreadNs = delta(ocrThreads0, ocrThreadCpu());
                ErrorRates cmdEr = ErrorRates.ZERO, pipeEr = ErrorRates.ZERO;
                long commandPixels = 0;
                ErrorRates[] commandFileEr = new ErrorRates[items.size()]; // null: no reference
                for (int i = 0; i < items.size(); i++) {
                    commandPixels += items.get(i).commandPixels();
                    if (!scored(items.get(i))) continue;
                    commandFileEr[i] = OcrEvaluation.score(items.get(i).sample().referencePages(), commandText.get(i));
                    cmdEr = cmdEr.plus(commandFileEr[i]);
                    pipeEr = pipeEr.plus(OcrEvaluation.score(items.get(i).sample().referencePages(), pipelineText.get(i)));
                }
                double cmdRate = pages / commandCpu.sum(), pipeRate = pages / (pipelineNs / 1e9);
                out.printf("round %d (%s): load average %s%n", r, r == 1 ? "fresh JVM" : "warm", PipelineCpuBench.loadAverage());
                out.printf("  tesseract command: %7.2f CPU s, %.3f pages/CPU-s, CER %.2f%% SER %.2f%%, %.2f MP per page%n",
                        commandCpu.sum(), cmdRate, 100 * cmdEr.cer(), 100 * cmdEr.syllableErrorRate(), commandPixels / 1e6 / pages);
                out.printf("  pipeline         : %7.2f CPU s, %.3f pages/CPU-s, CER %.2f%% SER %.2f%%, %.2f MP per page to"
                                + " Tesseract, %.2f Tesseract calls per page (%d read as one block)%n", pipelineNs / 1e9, pipeRate,
                        100 * pipeEr.cer(), 100 * pipeEr.syllableErrorRate(), split.tesseractPixels / 1e6 / pages,
                        (double) split.calls / pages, split.oneBlock);
                out.printf("  ratio pipeline/command pages per CPU second: %.3f%n", pipeRate / cmdRate);
                out.println("  pipeline CPU s per page: " + breakdown(split, ocrThreadNs, pipelineNs, pages));
                out.printf("  Tesseract alone in the pipeline against the command: %.3f%n", commandCpu.sum() / (split.tesseract / 1e9));
                out.println("  " + byCommandReading(commandFileEr, fileCommandCpu, filePipelineCpu));
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    out.printf("  %-40s command %.2f CPU s, CER %s; pipeline %.2f CPU s, CER %s%n",
                            it.sample().file().getFileName(), fileCommandCpu[i], cer(it, commandText.get(i)),
                            filePipelineCpu[i], cer(it, pipelineText.get(i)));
                }
                if (r > 1) {
                    warm[0] += commandCpu.sum();
                    warm[1] += pipelineNs / 1e9;
                }
            }
            if (rounds > 1) {
                int n = pages * (rounds - 1);
                out.printf("warm rounds together: command %.3f, pipeline %.3f pages/CPU-s, ratio %.3f; load average %s%n",
                        n / warm[0], n / warm[1], warm[0] / warm[1], PipelineCpuBench.loadAverage());
            }
        } finally {
            ocr.close();
            vn.plans.ingest.WorkerPool.deleteTree(scratch);
        }
    }

    /** Whether the file has a reference to score: a set may give pages without one (an empty FILE.txt). */
    private static boolean scored(Item it) {
        return it.sample().referencePages().stream().anyMatch(p -> !p.isBlank());
    }

    /** The file's CER as a percentage, or "-" where it has no reference. */
    /** Above this CER the command has given up on most of a file's text (and spent little CPU on it). */
    static final double COMMAND_GAVE_UP_CER = 0.15;

    /**
     * The ratio over the files the command reads (CER at most {@link #COMMAND_GAVE_UP_CER}) and over those it gives up
     * on, from each file's CPU on both sides and the command's error on each file with a reference (scored once, for
     * the round's CER too): where the command reads the text, the two do the same work.
     */
    private static String byCommandReading(ErrorRates[] commandFileEr, double[] commandCpu, double[] pipelineCpu) {
        double[] read = new double[2], gaveUp = new double[2];
        int nRead = 0, nGaveUp = 0;
        for (int i = 0; i < commandFileEr.length; i++) {
            if (commandFileEr[i] == null) continue;
            boolean gave = commandFileEr[i].cer() > COMMAND_GAVE_UP_CER;
            double[] acc = gave ? gaveUp : read;
            acc[0] += commandCpu[i];
            acc[1] += pipelineCpu[i];
            if (gave) nGaveUp++; else nRead++;
        }
        return String.format(Locale.ROOT, "ratio on the %d files the command reads (CER <= %.0f%%): %s; on the %d it gives up on: %s",
                nRead, 100 * COMMAND_GAVE_UP_CER, nRead == 0 ? "-" : String.format(Locale.ROOT, "%.3f", read[0] / read[1]),
                nGaveUp, nGaveUp == 0 ? "-" : String.format(Locale.ROOT, "%.3f", gaveUp[0] / gaveUp[1]));
    }

    private static String cer(Item it, List<String> text) {
        return scored(it) ? String.format(Locale.ROOT, "%6.2f%%", 100 * OcrEvaluation.score(it.sample().referencePages(), text).cer())
                : "      -";
    }

    private static String breakdown(Split split, long ocrThreadNs, long pipelineNs, int pages) {
        Map<String, Long> parts = new LinkedHashMap<>();
        long stagesNs = 0;
        for (Map.Entry<String, Long> e : split.stages.entrySet()) {
            parts.put(e.getKey(), e.getValue());
            stagesNs += e.getValue();
        }
        parts.put("preprocessing", ocrThreadNs - split.tesseract - split.engineStart);
        parts.put("tesseract", split.tesseract);
        parts.put("engine start", split.engineStart);
        parts.put("JVM rest (compiler, collector)", pipelineNs - stagesNs - ocrThreadNs);
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Long> e : parts.entrySet()) {
            if (!b.isEmpty()) b.append(", ");
            b.append(String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue() / 1e9 / pages));
        }
        return b.toString();
    }

    /**
     * {@link #pipeline} on the item's file, its text added to {@code texts}; the whole JVM's CPU seconds over it (the
     * file's share of the round's pipeline CPU, printed per file beside the command's).
     */
    private static double pipelineTimed(DocumentProcessor processor, TypeDetector types, Item it, Split split, String lastStage,
                                        List<List<String>> texts) throws IOException {
        long cpu0 = PipelineCpuBench.cpuNs();
        texts.add(pipeline(processor, types, it.sample().file(), split, lastStage));
        return (PipelineCpuBench.cpuNs() - cpu0) / 1e9;
    }

    /** The file through the pipeline; its calling thread's CPU not in a timed stage is put on {@code lastStage}. */
    private static List<String> pipeline(DocumentProcessor processor, TypeDetector types, Path file, Split split,
                                         String lastStage) throws IOException {
        long t0 = THREADS.getCurrentThreadCpuTime(), timed0 = split.stagesNs();
        try {
            return processor.process(file, new SourceInfo(file.toString(), types.detect(file), "", Files.size(file)),
                    file.getFileName().toString()).pages().stream().map(Page::text).toList();
        } catch (ExtractionException e) {
            return List.of("");
        } finally {
            long all = THREADS.getCurrentThreadCpuTime() - t0;
            split.stage(lastStage, all - (split.stagesNs() - timed0));
        }
    }

    /** The stage with its CPU on the calling thread added to {@code split}. */
    private static Stage timed(Stage s, Split split) {
        return new Stage() {
            @Override
            public String name() {
                return s.name();
            }

            @Override
            public DocumentWork apply(DocumentWork work) throws ExtractionException {
                long t0 = THREADS.getCurrentThreadCpuTime();
                try {
                    return s.apply(work);
                } finally {
                    split.stage(s.name(), THREADS.getCurrentThreadCpuTime() - t0);
                }
            }
        };
    }

    /** The engine with each recognition's CPU (on the OCR thread) and pixels counted. */
    private static OcrEngine timed(OcrEngine engine, Split split) {
        return new OcrEngine() {
            @Override
            public OcrResult recognize(GreyRaster page, int deadlineMillis) {
                return recognize(page, Layout.ANALYSE, deadlineMillis);
            }

            @Override
            public OcrResult recognize(GreyRaster page, Layout layout, int deadlineMillis) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                try {
                    return engine.recognize(page, layout, deadlineMillis);
                } finally {
                    split.recognized(THREADS.getCurrentThreadCpuTime() - t0, (long) page.width() * page.height(),
                            layout == Layout.ONE_BLOCK);
                }
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }

    /** CPU nanoseconds of each live OCR pool thread ({@code ocr-N}), by thread id. */
    private static Map<Long, Long> ocrThreadCpu() {
        Map<Long, Long> m = new LinkedHashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("ocr-")) m.put(t.threadId(), THREADS.getThreadCpuTime(t.threadId()));
        }
        return m;
    }

    private static long delta(Map<Long, Long> before, Map<Long, Long> after) {
        long d = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) d += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        return d;
    }

    /** Width × height of every frame of an image file, as stored (no EXIF turn: the command does none). */
    static long storedPixels(Path image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return 0;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                long px = 0;
                for (int i = 0, n = reader.getNumImages(true); i < n; i++) px += (long) reader.getWidth(i) * reader.getHeight(i);
                return px;
            } finally {
                reader.dispose();
            }
        }
    }
}
