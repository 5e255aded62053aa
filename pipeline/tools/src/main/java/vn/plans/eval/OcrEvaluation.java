package vn.plans.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.PdfPageImages;
import vn.plans.extract.TypeDetector;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.normalize.ToneMarks;
import vn.plans.ocr.ErrorRates;
import vn.plans.pipeline.DocumentProcessor;

/**
 * Scores OCR on a test set laid out as {@code SET/NAME.{png,jpg,tif,pdf}} with {@code SET/NAME.txt} beside each
 * (reference pages separated by form feeds). For every set: the {@code tesseract} command line (one process per
 * page, {@code OMP_THREAD_LIMIT=1}, as many at once as threads; PDF pages pre-rendered at 300 dpi outside the
 * clock) against the full pipeline (extract with preprocessing and OCR, normalize, restore), documents in parallel
 * on as many workers. Both outputs and the references are compared with canonical tone placement, so that
 * "hoà"/"hòa" style differences do not count as errors.
 */
public final class OcrEvaluation {
    public record Sample(Path file, List<String> referencePages) {}

    /**
     * Times are wall-clock seconds and CPU seconds (the tesseract processes' user+system time; the whole JVM's for
     * the pipeline, JIT and GC included). Pages per CPU second is the per-core rate that a shared machine's load
     * does not distort.
     */
    public record SetResult(String set, int pages, ErrorRates raw, ErrorRates pipeline, double rawSeconds,
                            double pipelineSeconds, double rawCpuSeconds, double pipelineCpuSeconds, int threads) {
        public double rawPagesPerCpuSecond() {
            return rawCpuSeconds <= 0 ? 0 : pages / rawCpuSeconds;
        }

        public double pipelinePagesPerCpuSecond() {
            return pipelineCpuSeconds <= 0 ? 0 : pages / pipelineCpuSeconds;
        }

        public double rawPagesPerSecondPerCore() {
            return rawSeconds <= 0 ? 0 : pages / rawSeconds / threads;
        }

        public double pipelinePagesPerSecondPerCore() {
            return pipelineSeconds <= 0 ? 0 : pages / pipelineSeconds / threads;
        }
    }

    private final DocumentProcessor processor;
    private final String lang;
    private final Path tessdata;
    private final int threads;
    private final TypeDetector types = new TypeDetector();

    public OcrEvaluation(DocumentProcessor processor, String lang, Path tessdata, int threads) {
        this.processor = processor;
        this.lang = lang;
        this.tessdata = tessdata;
        this.threads = threads;
    }

    /** Samples of one set directory: every non-.txt file that has a .txt beside it, sorted by name. */
    public static List<Sample> samples(Path setDir) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(setDir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot < 0 || name.endsWith(".txt")) continue;
                Path ref = setDir.resolve(name.substring(0, dot) + ".txt");
                if (!Files.isRegularFile(ref)) continue;
                out.add(new Sample(f, List.of(Files.readString(ref, StandardCharsets.UTF_8).split("\f"))));
            }
        }
        return out;
    }

    public SetResult evaluate(String set, List<Sample> samples, Path scratch) throws IOException, InterruptedException {
        return evaluate(set, samples, scratch, List.of(processor), null).get(0);
    }

    /**
     * The set through raw Tesseract once and through each of {@code processors} (e.g. the pipeline with one
     * preprocessing step left out each), one result per processor, all in this one run. With {@code dump} set (else
     * null), also writes each sample's pages as read by the first processor and by raw Tesseract, and its reference
     * pages, to {@code dump/SET/NAME.pNNN.{pipe,raw,ref}.txt} (the text scored, before tone canonicalization), to read
     * the errors behind the figures.
     */
    public List<SetResult> evaluate(String set, List<Sample> samples, Path scratch, List<DocumentProcessor> processors,
                                    Path dump) throws IOException, InterruptedException {
        int pages = samples.stream().mapToInt(s -> s.referencePages().size()).sum();
        // the command line on the same pixels: images as they are, PDF pages rendered first
        List<List<Path>> rawInputs = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Path f = samples.get(i).file();
            if (f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                Path dir = Files.createDirectories(scratch.resolve(set + "-" + i));
                rawInputs.add(PdfPageImages.writePng(f, dir));
            } else {
                rawInputs.add(List.of(f));
            }
        }
        long t0 = System.nanoTime();
        java.util.concurrent.atomic.DoubleAdder rawCpu = new java.util.concurrent.atomic.DoubleAdder();
        List<List<String>> rawOut = runAll(rawInputs.stream().map(l -> (Job) () -> tesseractAll(l, rawCpu)).toList());
        double rawSeconds = (System.nanoTime() - t0) / 1e9;
        ErrorRates raw = ErrorRates.ZERO;
        for (int i = 0; i < samples.size(); i++) raw = raw.plus(score(samples.get(i).referencePages(), rawOut.get(i)));
        List<SetResult> out = new ArrayList<>();
        for (DocumentProcessor p : processors) {
            long cpu0 = processCpuNanos();
            t0 = System.nanoTime();
            List<List<String>> pipeOut = runAll(samples.stream().map(s -> (Job) () -> pipeline(p, s.file())).toList());
            double pipeSeconds = (System.nanoTime() - t0) / 1e9;
            double pipeCpu = (processCpuNanos() - cpu0) / 1e9;
            ErrorRates pipe = ErrorRates.ZERO;
            for (int i = 0; i < samples.size(); i++) pipe = pipe.plus(score(samples.get(i).referencePages(), pipeOut.get(i)));
            out.add(new SetResult(set, pages, raw, pipe, rawSeconds, pipeSeconds, rawCpu.sum(), pipeCpu, threads));
            if (dump != null && out.size() == 1) writeDump(dump.resolve(set), samples, rawOut, pipeOut);
        }
        return out;
    }

    private static void writeDump(Path dir, List<Sample> samples, List<List<String>> raw, List<List<String>> pipe)
            throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < samples.size(); i++) {
            String name = samples.get(i).file().getFileName().toString();
            String base = name.substring(0, name.lastIndexOf('.'));
            write(dir, base, "ref", samples.get(i).referencePages());
            write(dir, base, "raw", raw.get(i));
            write(dir, base, "pipe", pipe.get(i));
        }
    }

    private static void write(Path dir, String base, String kind, List<String> pages) throws IOException {
        for (int p = 0; p < pages.size(); p++) {
            Files.writeString(dir.resolve(String.format("%s.p%03d.%s.txt", base, p + 1, kind)), pages.get(p),
                    StandardCharsets.UTF_8);
        }
    }

    /** Page by page when the page counts agree, else the whole document at once. */
    public static ErrorRates score(List<String> reference, List<String> hypothesis) {
        if (reference.size() != hypothesis.size()) {
            return ErrorRates.of(ToneMarks.canonicalize(String.join("\n", reference)),
                    ToneMarks.canonicalize(String.join("\n", hypothesis)));
        }
        ErrorRates r = ErrorRates.ZERO;
        for (int i = 0; i < reference.size(); i++) {
            r = r.plus(ErrorRates.of(ToneMarks.canonicalize(reference.get(i)), ToneMarks.canonicalize(hypothesis.get(i))));
        }
        return r;
    }

    private interface Job {
        List<String> run() throws Exception;
    }

    private List<List<String>> runAll(List<Job> jobs) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (Job j : jobs) fs.add(pool.submit(j::run));
            List<List<String>> out = new ArrayList<>();
            for (Future<List<String>> f : fs) out.add(f.get());
            return out;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> pipeline(DocumentProcessor processor, Path file) throws IOException {
        String type = types.detect(file);
        try {
            PlanDocument doc = processor.process(file, new SourceInfo(file.toString(), type, "", Files.size(file)),
                    file.getFileName().toString());
            return doc.pages().stream().map(Page::text).toList();
        } catch (ExtractionException e) {
            return List.of("");
        }
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private List<String> tesseractAll(List<Path> images, java.util.concurrent.atomic.DoubleAdder cpu)
            throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        for (Path p : images) out.add(tesseract(p, cpu));
        return out;
    }

    /**
     * {@code tesseract IMAGE stdout -l LANG}, single-threaded, under a shell whose {@code times} reports the
     * process's CPU time on stderr.
     */
    public String tesseract(Path image, java.util.concurrent.atomic.DoubleAdder cpu) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "tesseract \"$1\" stdout -l \"$2\" --tessdata-dir \"$3\" 2>/dev/null"
                + " && times >&2", "tesseract", image.toString(), lang, tessdata.toString());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String times = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("tesseract failed on " + image + " (exit " + p.exitValue()
                    + "; is tesseract-ocr installed?)");
        }
        cpu.add(childCpuSeconds(times));
        return text;
    }

    /** The children's line of bash {@code times} ("0m1.234s 0m0.056s"): user + system seconds. */
    static double childCpuSeconds(String times) {
        String[] lines = times.strip().split("\n");
        double total = 0;
        for (String t : lines[lines.length - 1].trim().split("\\s+")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([0-9.]+)s").matcher(t);
            if (m.matches()) total += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
        }
        return total;
    }
}
