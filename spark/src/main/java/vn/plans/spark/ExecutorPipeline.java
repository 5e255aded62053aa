package vn.plans.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import vn.plans.extract.ExtractionException;
import vn.plans.model.FailureReason;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Task;
import vn.plans.ocr.OcrService;
import vn.plans.output.Json;
import vn.plans.output.ManifestStatus;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.FileTimeLimit;
import vn.plans.pipeline.InputFiles;
import vn.plans.pipeline.StandardPipeline;

/**
 * The standard pipeline of one executor JVM, built on first use and shared by all its task slots and later tasks
 * ({@link #get}); rebuilt only when a job with other settings runs in the same JVM. One OCR service of
 * {@code ocrThreads} Tesseract engines serves every slot.
 *
 * <p>Each file runs on a thread of its own under the local ingest's time budget, on the wall clock (a worker JVM
 * counts its own CPU time; here the JVM's CPU is shared by every slot): {@code timeout} plus
 * {@code timeout-per-page} for each page the file starts to OCR. The OCR stops starting pages a reserve before the
 * limit (the pages read are kept, the rest listed as not OCR-ed, as in a worker JVM); a file still running at the
 * limit is abandoned (its thread interrupted, the file a {@code failed} row "timeout after …"). Unlike a worker JVM
 * an abandoned thread cannot be killed: a parser that ignores interrupts keeps its core until it ends.
 */
public final class ExecutorPipeline implements AutoCloseable {
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static ExecutorPipeline current;

    private final JobConfig config;
    private final OcrService ocr;
    private final DocumentProcessor processor;
    private final ExecutorService files = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "plans-file");
        t.setDaemon(true);
        return t;
    });
    private final ThreadLocal<Deadline> deadline = new ThreadLocal<>();
    private final FileTimeLimit timeLimit;
    private final Duration reserve;

    /** One file's clock and the OCR pages it announced so far. */
    private static final class Deadline {
        final Instant start = Instant.now();
        final AtomicInteger pages = new AtomicInteger();
    }

    private ExecutorPipeline(JobConfig config) {
        this.config = config;
        Duration perFile = Duration.ofSeconds(config.timeoutSeconds());
        this.timeLimit = new FileTimeLimit(perFile, Duration.ofSeconds(config.timeoutPerPageSeconds()));
        this.ocr = OcrService.standardOrNull(config.ocrThreads());
        Duration r = ocr == null ? Duration.ZERO : ocr.pageTimeout().plusSeconds(30);
        this.reserve = r.compareTo(perFile.dividedBy(2)) > 0 ? perFile.dividedBy(2) : r;
        if (ocr != null) {
            ocr.setBudget(new OcrService.Budget() { // called on the file's own thread, around its OCR pages
                @Override
                public void expect(int pages) {
                    Deadline d = deadline.get();
                    if (d != null) d.pages.addAndGet(pages);
                }

                @Override
                public boolean exhausted() {
                    Deadline d = deadline.get();
                    return d != null && Instant.now().isAfter(
                            d.start.plus(timeLimit.forPages(d.pages.get())).minus(reserve));
                }
            });
        }
        this.processor = StandardPipeline.build(config.pipeline(), ocr);
        BUILDS.incrementAndGet();
    }

    /** This JVM's pipeline for {@code config}, built on the first call. */
    public static synchronized ExecutorPipeline get(JobConfig config) {
        JobConfig wanted = config.withFailPartition(-1);
        if (current == null || !current.config.equals(wanted)) {
            if (current != null) current.close();
            current = new ExecutorPipeline(wanted);
        }
        return current;
    }

    /** How many pipelines this JVM has built (one per executor for a job: a test checks it). */
    public static int builds() { return BUILDS.get(); }

    @Override
    public void close() {
        files.shutdownNow();
        if (ocr != null) ocr.close();
    }

    /** Processes one surveyed file; never throws for the file's sake (a failure is a failed outcome). */
    public FileOutcome process(FileSurvey s) {
        long t0 = System.nanoTime();
        Path local = null, copy = null;
        try {
            if (s.size() == 0) { // known from the survey: a remote empty file is not copied first
                return FileOutcome.failed(s, "application/octet-stream", InputFiles.empty(), seconds(t0));
            }
            if (s.local()) {
                local = Path.of(s.path());
            } else {
                copy = fetch(s.path());
                local = copy;
            }
            // the type is detected by the extract stage, under the input limits, as in a worker JVM
            SourceInfo source = new SourceInfo(s.path(), null, s.sha256(), s.size());
            PlanDocument doc = run(local, source, s.id());
            return ok(s, doc, local, seconds(t0));
        } catch (Throwable e) {
            return FileOutcome.failed(s, null, FileProcessor.failureOf(e), seconds(t0));
        } finally {
            if (copy != null) deleteQuietly(copy);
        }
    }

    /** The document of one file under the file's time budget, on a thread of its own. */
    private PlanDocument run(Path file, SourceInfo source, String id) throws Throwable {
        Deadline d = new Deadline();
        Future<PlanDocument> f = files.submit(() -> {
            deadline.set(d);
            try {
                return processor.process(file, source, id);
            } finally {
                deadline.remove();
            }
        });
        while (true) {
            int pages = d.pages.get();
            Instant limit = d.start.plus(timeLimit.forPages(pages));
            long left = Duration.between(Instant.now(), limit).toMillis();
            try {
                return f.get(Math.max(1, left), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (d.pages.get() != pages) continue; // OCR pages announced meanwhile: the limit grew
                f.cancel(true);
                throw new ExtractionException(FailureReason.Cause.TIMEOUT, "timeout after "
                        + timeLimit.forPages(pages).toSeconds() + "s"
                        + (pages > 0 ? " for " + pages + " OCR pages" : "") + " (abandoned)");
            } catch (ExecutionException e) {
                throw e.getCause();
            } catch (InterruptedException e) {
                f.cancel(true);
                Thread.currentThread().interrupt();
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "interrupted");
            }
        }
    }

    private static FileOutcome ok(FileSurvey s, PlanDocument doc, Path file, double seconds) throws IOException {
        List<String> tasks = new ArrayList<>(doc.tasks().size());
        for (Task t : doc.tasks()) tasks.add(Json.MAPPER.writeValueAsString(t));
        return new FileOutcome(s.path(), doc.id(), s.sha256(), doc.source().mediaType(), ManifestStatus.OK.json(),
                InputFiles.nameMismatch(file, doc.source().mediaType()), null, doc.pages().size(), doc.tasks().size(),
                FileOutcome.round(seconds), FileOutcome.now(), Json.MAPPER.writeValueAsString(doc), tasks,
                doc.header().year(), doc.header().province(), doc.stageMs());
    }

    /** A file of another file system, copied under this JVM's temp directory with its own name. */
    private static Path fetch(String uri) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = p.getFileSystem(new Configuration());
        Path dir = Files.createTempDirectory("plans-spark-");
        Path local = dir.resolve(p.getName());
        fs.copyToLocalFile(false, p, new org.apache.hadoop.fs.Path(local.toUri()), true);
        return local;
    }

    private static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        } catch (IOException | UncheckedIOException e) {
            // under the temp directory: best effort
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
