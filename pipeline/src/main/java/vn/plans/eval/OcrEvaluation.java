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
import vn.plans.ingest.DocumentProcessor;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.normalize.ToneMarks;
import vn.plans.ocr.ErrorRates;

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

    public record SetResult(String set, int pages, ErrorRates raw, ErrorRates pipeline, double rawSeconds,
                            double pipelineSeconds, int threads) {
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
        List<List<String>> rawOut = runAll(rawInputs.stream().map(l -> (Job) () -> tesseractAll(l)).toList());
        double rawSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        List<List<String>> pipeOut = runAll(samples.stream().map(s -> (Job) () -> pipeline(s.file())).toList());
        double pipeSeconds = (System.nanoTime() - t0) / 1e9;
        ErrorRates raw = ErrorRates.ZERO, pipe = ErrorRates.ZERO;
        for (int i = 0; i < samples.size(); i++) {
            raw = raw.plus(score(samples.get(i).referencePages(), rawOut.get(i)));
            pipe = pipe.plus(score(samples.get(i).referencePages(), pipeOut.get(i)));
        }
        return new SetResult(set, pages, raw, pipe, rawSeconds, pipeSeconds, threads);
    }

    /** Page by page when the page counts agree, else the whole document at once. */
    static ErrorRates score(List<String> reference, List<String> hypothesis) {
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

    private List<String> pipeline(Path file) throws IOException {
        String type = types.detect(file);
        try {
            PlanDocument doc = processor.process(file, new SourceInfo(file.toString(), type, "", Files.size(file)),
                    file.getFileName().toString());
            return doc.pages().stream().map(Page::text).toList();
        } catch (ExtractionException e) {
            return List.of("");
        }
    }

    private List<String> tesseractAll(List<Path> images) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        for (Path p : images) out.add(tesseract(p));
        return out;
    }

    /** {@code tesseract IMAGE stdout -l LANG}, single-threaded, stderr discarded. */
    String tesseract(Path image) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", lang,
                "--tessdata-dir", tessdata.toString());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run the tesseract command (apt-get install tesseract-ocr): " + e.getMessage(), e);
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("tesseract failed on " + image + " (exit " + p.exitValue() + ")");
        return text;
    }
}
