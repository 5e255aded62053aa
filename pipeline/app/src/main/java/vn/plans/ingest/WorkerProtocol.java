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
 * request line (a JSON {@link Request}, numbered by the parent: {@code seq}) exactly one JSON {@link Response} line
 * with the same number, possibly preceded by {@code pages N SEQ} lines ({@link FileBudget}). A worker may hold
 * several requests at once, each on a serving thread of its own, and answers them in the order they finish; it then
 * also prints, twice a second, {@code cpu SEQ CHARGED ACTIVE} for each request in flight (nanoseconds, {@link DocCpu}),
 * which the parent's time limit of that request counts. Library output never reaches the
 * protocol stream: the worker's {@code System.out} is pointed at stderr before anything else runs.
 */
public final class WorkerProtocol {
    private WorkerProtocol() {}

    static final String READY = "ready";
    /** {@code pages N SEQ}: the file of request SEQ is about to have N pages OCR-ed (its time limit grows with N). */
    static final String PAGES = "pages ";
    /** {@code cpu SEQ CHARGED ACTIVE}: the CPU nanoseconds request SEQ has used so far ({@link DocCpu}). */
    static final String CPU = "cpu ";
    private static final long HEARTBEAT_MS = 500;

    /** The request number the calling thread serves, for the lines it prints about it. */
    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    record Request(String path, SourceInfo source, String id, Long seq) {
        Request(String path, SourceInfo source, String id) {
            this(path, source, id, null);
        }
    }

    /** Exactly one of {@code doc} and {@code failure} is set; {@code seq} is the request's. */
    record Response(PlanDocument doc, FailureReason failure, Long seq) {
        Response(PlanDocument doc, FailureReason failure) {
            this(doc, failure, null);
        }
    }

    /**
     * Announces that the calling thread's request is about to have {@code pages} pages OCR-ed in all
     * ({@code pages N SEQ}).
     */
    public static void announcePages(PrintStream protocol, int pages) {
        Long seq = CURRENT.get();
        synchronized (protocol) {
            protocol.println(PAGES + pages + (seq == null ? "" : " " + seq));
            protocol.flush();
        }
    }

    /**
     * The worker's loop: serves requests from {@code in} until it closes. Errors of one file (including stack
     * overflow from deeply nested input) become failure responses; running out of heap ends the JVM, which the
     * parent reports.
     */
    public static void serve(FileProcessor processor, InputStream in, PrintStream protocol) throws IOException {
        serve(processor, in, protocol, null, 1);
    }

    /** As above, one request at a time, starting {@code budget} (when not null) on each file. */
    public static void serve(FileProcessor processor, InputStream in, PrintStream protocol, FileBudget budget)
            throws IOException {
        serve(processor, in, protocol, budget, 1);
    }

    /**
     * As above, with up to {@code docs} requests in flight, each on a serving thread of its own (the parent sends no
     * more than that at once); with more than one, the heartbeat reports each one's CPU time.
     */
    public static void serve(FileProcessor processor, InputStream in, PrintStream protocol, FileBudget budget, int docs)
            throws IOException {
        DocCpu cpu = budget != null ? budget.cpu() : new DocCpu();
        java.util.Map<Long, DocCpu.Mark> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, docs), r -> {
            Thread t = new Thread(() -> {
                cpu.serving();
                r.run();
            }, "doc-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        if (docs > 1) {
            Thread beat = new Thread(() -> heartbeat(cpu, inFlight, protocol), "doc-cpu");
            beat.setDaemon(true);
            beat.start();
        }
        protocol.println(READY);
        protocol.flush();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        try {
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String request = line;
                threads.execute(() -> answer(processor, request, protocol, budget, cpu, inFlight));
            }
        } finally {
            threads.shutdown();
            try {
                threads.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void answer(FileProcessor processor, String line, PrintStream protocol, FileBudget budget, DocCpu cpu,
                               java.util.Map<Long, DocCpu.Mark> inFlight) {
        Response resp;
        Long seq = null;
        try {
            Request req = Json.MAPPER.readValue(line, Request.class);
            seq = req.seq();
            CURRENT.set(seq);
            if (budget != null) budget.start();
            if (seq != null) inFlight.put(seq, cpu.mark());
            resp = new Response(processor.process(Path.of(req.path()), req.source(), req.id()), null, seq);
        } catch (ExtractionException e) {
            resp = new Response(null, e.reason(), seq);
        } catch (StackOverflowError e) {
            resp = new Response(null, FailureReason.of(FailureReason.Cause.CORRUPT, "document nesting too deep (stack overflow)"), seq);
        } catch (IOException | RuntimeException e) {
            resp = new Response(null, FailureReason.of(FailureReason.Cause.INTERNAL, "internal error: " + e)
                    .withDetail(FailureReason.trace(e)), seq);
        } finally {
            if (seq != null) inFlight.remove(seq);
            CURRENT.remove();
        }
        try {
            String json = Json.MAPPER.writeValueAsString(resp);
            synchronized (protocol) {
                protocol.println(json);
                protocol.flush();
            }
        } catch (IOException e) {
            synchronized (protocol) { // a record that cannot be written: its request still gets its one answer
                protocol.println("{\"doc\":null,\"failure\":{\"cause\":\"internal\",\"message\":\"internal error: unwritable answer\"},\"seq\":" + seq + "}");
                protocol.flush();
            }
        }
    }

    /** Twice a second, {@code cpu SEQ CHARGED ACTIVE} for each request in flight. */
    private static void heartbeat(DocCpu cpu, java.util.Map<Long, DocCpu.Mark> inFlight, PrintStream protocol) {
        while (true) {
            try {
                Thread.sleep(HEARTBEAT_MS);
            } catch (InterruptedException e) {
                return;
            }
            var report = DocCpu.report(cpu, inFlight);
            if (report.isEmpty()) continue;
            synchronized (protocol) {
                report.forEach((seq, t) -> protocol.println(CPU + seq + " " + t[0] + " " + t[1]));
                protocol.flush();
            }
        }
    }
}
