package vn.plans.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.plans.extract.ExtractionException;
import vn.plans.model.FailureReason;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.FileProcessor;

/**
 * The line protocol between {@link WorkerPool} and a worker JVM: the worker prints {@code ready} once, then for each
 * request line (a JSON {@link Request}) exactly one JSON {@link Response} line, possibly preceded by
 * {@code pages N} lines ({@link FileBudget}). Library output never reaches the
 * protocol stream: the worker's {@code System.out} is pointed at stderr before anything else runs.
 */
public final class WorkerProtocol {
    private WorkerProtocol() {}

    static final String READY = "ready";
    /** {@code pages N}: the file being processed is about to have N pages OCR-ed (its time limit grows with N). */
    static final String PAGES = "pages ";

    record Request(String path, SourceInfo source, String id) {}

    /** Exactly one of {@code doc} and {@code failure} is set. */
    record Response(PlanDocument doc, FailureReason failure) {}

    /**
     * The worker's loop: serves requests from {@code in} until it closes. Errors of one file (including stack
     * overflow from deeply nested input) become failure responses; running out of heap ends the JVM, which the
     * parent reports.
     */
    public static void serve(FileProcessor processor, InputStream in, PrintStream protocol) throws IOException {
        serve(processor, in, protocol, null);
    }

    /** As above, starting {@code budget} (when not null) on each file. */
    public static void serve(FileProcessor processor, InputStream in, PrintStream protocol, FileBudget budget)
            throws IOException {
        protocol.println(READY);
        protocol.flush();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) continue;
            Response resp;
            if (budget != null) budget.start();
            try {
                Request req = Json.MAPPER.readValue(line, Request.class);
                resp = new Response(processor.process(Path.of(req.path()), req.source(), req.id()), null);
            } catch (ExtractionException e) {
                resp = new Response(null, e.reason());
            } catch (StackOverflowError e) {
                resp = new Response(null, FailureReason.of(FailureReason.Cause.CORRUPT, "document nesting too deep (stack overflow)"));
            } catch (IOException | RuntimeException e) {
                resp = new Response(null, FailureReason.of(FailureReason.Cause.INTERNAL, "internal error: " + e)
                        .withDetail(FailureReason.trace(e)));
            }
            synchronized (protocol) {
                protocol.println(Json.MAPPER.writeValueAsString(resp));
                protocol.flush();
            }
        }
    }
}
