package vn.plans.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.plans.extract.ExtractionException;
import vn.plans.model.FailureReason;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.FileTimeLimit;

/**
 * Processes files in a pool of long-lived child JVMs, one file at a time per child. A child that takes longer than
 * the file's limit (the per-file timeout, plus a per-page allowance for each OCR page the child announces; counted in
 * the child's CPU time, see {@link Clock}) or that stalls for the per-file timeout is killed; one that dies (out of heap, JVM crash) is noticed by the end of its output. Either
 * way the file it held fails with a reason and a fresh child takes its place, so no input can stop the batch.
 * Children exit by themselves when their parent dies (stdin closes, and they watch the parent process).
 */
public final class WorkerPool implements FileProcessor {
    /** Exit status of a JVM started with {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OOM_EXIT = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final List<String> command;
    private final Duration timeout;
    private final Duration perPage;
    private final Path log;
    private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final List<Worker> all = new ArrayList<>();
    private final long memoryBudgetKb;
    private final java.util.concurrent.atomic.AtomicLong peakKb = new java.util.concurrent.atomic.AtomicLong(-1);
    private volatile boolean closed;
    private int restarts;

    /**
     * @param command the worker command line (see {@link #javaCommand})
     * @param size    number of children
     * @param log     file that collects the children's stderr, or null to discard it
     */
    public WorkerPool(List<String> command, int size, Duration timeout, Path log) {
        this(command, size, timeout, Duration.ZERO, log);
    }

    /**
     * @param timeout the limit of a file without OCR pages
     * @param perPage what each OCR page the worker announces ({@code pages N}) adds to the file's limit
     */
    public WorkerPool(List<String> command, int size, Duration timeout, Duration perPage, Path log) {
        this(command, size, timeout, perPage, null, log);
    }

    /**
     * @param memoryBudget a child's resident-size limit ("1536m", "2g"; null: none): heap, native OCR memory and
     *                     all; a child over it is killed and its file fails with the reason
     */
    public WorkerPool(List<String> command, int size, Duration timeout, Duration perPage, String memoryBudget, Path log) {
        this.command = List.copyOf(command);
        this.timeout = timeout;
        this.perPage = perPage;
        this.log = log;
        this.memoryBudgetKb = memoryBudget == null ? -1 : ResidentMemory.parseKb(memoryBudget);
        for (int i = 0; i < Math.max(1, size); i++) {
            Worker w = new Worker();
            all.add(w);
            idle.add(w);
        }
        Thread watch = new Thread(this::watchMemory, "worker-memory-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The highest resident size any child reached, in MB (-1 when unknown). */
    public long peakResidentMb() {
        long kb = peakKb.get();
        return kb < 0 ? -1 : kb / 1024;
    }

    /** The resident-size budget per child in MB, or -1 for none. */
    public long memoryBudgetMb() {
        return memoryBudgetKb < 0 ? -1 : memoryBudgetKb / 1024;
    }

    /** Every 100 ms: each child's resident size; its high-water mark is kept, and a child over budget is killed. */
    private void watchMemory() {
        while (!closed) {
            for (Worker w : all) {
                Process p = w.live;
                if (p == null || !p.isAlive()) continue;
                long peak = ResidentMemory.peakKb(p.pid());
                peakKb.accumulateAndGet(peak, Math::max);
                long now = ResidentMemory.currentKb(p.pid());
                if (memoryBudgetKb > 0 && now > memoryBudgetKb) {
                    w.overBudgetKb = now;
                    p.destroyForcibly();
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * {@code java -Xmx<heap> ... -cp <this JVM's classpath> mainClass args...}: the same code in a bounded heap. The
     * children share a class-data archive (created by the first one, in the temp directory) so that a restarted worker
     * is ready in a fraction of the cold start time. They compile with C1 only (see the measurement below).
     */
    public static List<String> javaCommand(String heap, String mainClass, List<String> args) {
        String classpath = System.getProperty("java.class.path");
        Path archive = Path.of(System.getProperty("java.io.tmpdir"),
                "plans-worker-" + Integer.toHexString((classpath + mainClass).hashCode()) + ".jsa");
        dropIfStale(archive, classpath);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Xss4m",
                // C1 only: on 30 real DOCX a fresh JVM spent 9.2 CPU s with it against 20.6 s with C2 (compiling
                // Tika, POI and the pipeline), and its warm rounds were as fast (scripts/bench, README)
                "-XX:TieredStopAtLevel=1",
                // no full collection for the code cache: with C1 only the JVM reserves 48 MB for compiled code and, once
                // 15% of it (-XX:SweeperThreshold) has been filled since the last collection, runs a full one to unload
                // cold code; in a default ingest of the 104 digital corpus-real files each worker met it once (110 and
                // 196 ms of full collection, old generation included), for code that stays in use. At 100% only the
                // collection when the code cache is nearly full is left
                "-XX:SweeperThreshold=100",
                "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED"));
        // options after these win: PLANS_WORKER_JAVA_OPTS (space-separated) changes a worker JVM's flags for a run
        String extra = System.getenv("PLANS_WORKER_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) cmd.addAll(List.of(extra.strip().split("\\s+")));
        cmd.addAll(List.of("-cp", classpath, mainClass));
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Deletes a class-data archive older than a jar it was made from (the class path's entries, the jars their
     * manifests name, the JDK's modules), so that the next JVM makes a new one. A JVM given a stale archive
     * ({@code -XX:+AutoCreateSharedArchive}, JDK 25) reports "shared class paths mismatch", runs without it and never
     * replaces it: after any rebuild of the jars every worker loaded all its classes from the jars again.
     * @return true if the archive was deleted
     */
    static boolean dropIfStale(Path archive, String classpath) {
        try {
            if (!Files.isRegularFile(archive)) return false;
            long made = Files.getLastModifiedTime(archive).toMillis();
            List<Path> sources = new ArrayList<>();
            sources.add(Path.of(System.getProperty("java.home"), "lib", "modules"));
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                if (entry.isEmpty() || entry.endsWith("*")) continue;
                Path p = Path.of(entry);
                sources.add(p);
                if (entry.endsWith(".jar") && Files.isRegularFile(p)) sources.addAll(manifestClassPath(p));
            }
            for (Path p : sources) {
                if (Files.exists(p) && Files.getLastModifiedTime(p).toMillis() > made) {
                    Files.deleteIfExists(archive);
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: the JVM then runs without the archive, as before
        }
        return false;
    }

    /** The jars a jar's manifest {@code Class-Path} names, resolved against the jar's folder. */
    private static List<Path> manifestClassPath(Path jar) throws IOException {
        List<Path> out = new ArrayList<>();
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest m = jf.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (cp == null) return out;
            for (String u : cp.trim().split("\\s+")) if (!u.isEmpty()) out.add(jar.resolveSibling(u));
        }
        return out;
    }

    /** How many children were replaced after a timeout or crash. */
    public synchronized int restarts() { return restarts; }

    @Override
    public PlanDocument process(Path file, SourceInfo source, String id) throws ExtractionException {
        Worker w;
        try {
            w = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(FailureReason.Cause.INTERNAL, "interrupted");
        }
        try {
            return w.handle(new WorkerProtocol.Request(file.toString(), source, id));
        } finally {
            idle.add(w);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Worker w : all) {
            synchronized (w) {
                w.finish();
            }
        }
    }

    /** One child slot; the process behind it is started lazily and replaced when it dies. */
    private final class Worker {
        private Process process;
        private Path tmpDir;
        /** The running child, for the memory watch (which never takes this worker's lock). */
        volatile Process live;
        /** Set by the memory watch when it killed the child for its resident size. */
        volatile long overBudgetKb = -1;
        private OutputStream stdin;
        private BlockingQueue<String> lines;

        synchronized PlanDocument handle(WorkerProtocol.Request req) throws ExtractionException {
            byte[] request;
            try {
                request = (Json.MAPPER.writeValueAsString(req) + "\n").getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: " + e.getMessage());
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    ensureStarted();
                    stdin.write(request);
                    stdin.flush();
                    break;
                } catch (IOException e) { // the child died while idle: not this file's doing, so try a fresh one
                    stop();
                    if (attempt == 2) throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: no worker would take the file: " + e.getMessage());
                }
            }
            Clock clock = new Clock(process.pid(), timeout);
            Duration limit = timeout;
            int pages = 0;
            String line;
            while ((line = next(clock, limit)) != null && line.startsWith(WorkerProtocol.PAGES)) {
                pages = parsePages(line, pages);
                limit = new FileTimeLimit(timeout, perPage).forPages(pages);
            }
            if (line == null) {
                stop();
                count();
                boolean perPage = pages > 0 && !clock.stalled();
                throw new ExtractionException(FailureReason.Cause.TIMEOUT, "timeout after " + (clock.stalled()
                        ? timeout.toSeconds() + "s" : limit.toSeconds() + (clock.cpu() ? " CPU s" : "s"))
                        + (pages > 0 ? " for " + pages + " OCR pages" : "") + " (worker killed; "
                        + (perPage ? "--timeout-per-page" : "--timeout") + " raises it)");
            }
            if (line.equals(EOF)) throw died();
            try {
                WorkerProtocol.Response resp = Json.MAPPER.readValue(line, WorkerProtocol.Response.class);
                if (resp.failure() != null) throw new ExtractionException(resp.failure());
                return resp.doc();
            } catch (IOException e) {
                stop();
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: unreadable worker answer", e);
            }
        }

        /**
         * The next protocol line before the deadline, or null. The JVM itself may print to stdout (e.g.
         * "Terminating due to java.lang.OutOfMemoryError"); such lines are not JSON and are passed over.
         */
        private String next(Clock clock, Duration limit) throws ExtractionException {
            try {
                while (true) {
                    if (clock.over(limit)) return null;
                    String line = lines.poll(Math.min(Clock.SAMPLE_NANOS, clock.wallLeft(limit)), TimeUnit.NANOSECONDS);
                    if (line == null) continue;
                    if (line.equals(EOF) || line.startsWith("{") || line.startsWith(WorkerProtocol.PAGES)) return line;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "interrupted");
            }
        }

        /** The child ended while it held the file: the file is blamed, with the child's exit status. */
        private ExtractionException died() {
            int code;
            try {
                process.waitFor(10, TimeUnit.SECONDS);
                code = process.isAlive() ? -1 : process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                code = -1;
            }
            stop();
            count();
            long over = overBudgetKb;
            overBudgetKb = -1;
            if (over > 0) {
                return new ExtractionException(FailureReason.Cause.WORKER_MEMORY, "out of memory: worker resident size " + over / 1024
                        + " MB over its budget of " + memoryBudgetKb / 1024 + " MB (worker killed; --worker-memory raises it)");
            }
            if (code == OOM_EXIT) {
                return new ExtractionException(FailureReason.Cause.WORKER_MEMORY, "out of memory: worker heap" + heap() + " exhausted (exit code 3; --worker-heap raises it)");
            }
            return new ExtractionException(FailureReason.Cause.WORKER_CRASH, "worker crashed (exit code " + code + "; see workers.log)");
        }

        private void ensureStarted() throws IOException, ExtractionException {
            if (process != null && process.isAlive()) return;
            // a temp directory of its own (Tika spools parts there; the java launcher reads JDK_JAVA_OPTIONS), removed when the child stops or is killed
            tmpDir = Files.createTempDirectory("plans-worker-");
            ProcessBuilder pb = new ProcessBuilder(command);
            String javaOptions = pb.environment().getOrDefault("JDK_JAVA_OPTIONS", "");
            pb.environment().put("JDK_JAVA_OPTIONS", (javaOptions + " -Djava.io.tmpdir=" + tmpDir).strip());
            pb.environment().put("TMPDIR", tmpDir.toString()); // native libraries (Leptonica, Tesseract) too
            // glibc gives each thread that mallocs its own arena; with OCR threads that multiplies native memory
            pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            pb.redirectError(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process p = pb.start();
            BlockingQueue<String> q = new LinkedBlockingQueue<>();
            process = p;
            live = p;
            overBudgetKb = -1;
            stdin = p.getOutputStream();
            lines = q;
            Thread reader = new Thread(() -> pump(p, q), "worker-reader-" + p.pid());
            reader.setDaemon(true);
            reader.start();
            String ready;
            try {
                ready = lines.poll(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ready = null;
            }
            if (!WorkerProtocol.READY.equals(ready)) {
                stop();
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: worker did not start within " + START_TIMEOUT.toSeconds()
                        + "s" + (EOF.equals(ready) ? " (it exited; see workers.log)" : ""));
            }
        }

        /** Closes the child's stdin so it exits normally (and writes the shared class archive), else kills it. */
        synchronized void finish() {
            if (process == null) return;
            try {
                stdin.close();
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (IOException e) {
                // killed below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop();
        }

        synchronized void stop() {
            if (process == null) return;
            peakKb.accumulateAndGet(ResidentMemory.peakKb(process.pid()), Math::max);
            live = null;
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
            deleteTree(tmpDir);
            tmpDir = null;
        }
    }

    /**
     * How far a child is into its file's limit. Where the child's CPU time is known ({@link ProcessCpu}, Linux) the
     * limit is CPU seconds used since the file was sent, and a child is also over it when it stalls: in the last
     * {@code timeout} of wall-clock time it used less than {@link #STALL_SHARE} of a core (blocked for ever, not
     * merely waiting for a core: a worker on 2 cores under load 30 still gets about 6%). Elsewhere the limit is
     * wall-clock seconds.
     */
    static final class Clock {
        static final long SAMPLE_NANOS = 1_000_000_000L;
        static final double STALL_SHARE = 0.01;
        private final long pid;
        private final long window;
        private final long sentWall = System.nanoTime();
        private final long sentCpu;
        /** (wall, cpu) samples of the last window, oldest first, one at least a window old once there is one. */
        private final java.util.ArrayDeque<long[]> samples = new java.util.ArrayDeque<>();
        private boolean stalled;

        Clock(long pid, Duration stallWindow) {
            this.pid = pid;
            this.window = stallWindow.toNanos();
            this.sentCpu = ProcessCpu.nanos(pid);
            samples.add(new long[] {sentWall, sentCpu});
        }

        /** Whether the limit counts CPU time. */
        boolean cpu() {
            return sentCpu >= 0;
        }

        boolean stalled() {
            return stalled;
        }

        /** Nanoseconds to wait at most before the next check. */
        long wallLeft(Duration limit) {
            return cpu() ? SAMPLE_NANOS : Math.max(1, sentWall + limit.toNanos() - System.nanoTime());
        }

        boolean over(Duration limit) {
            long wall = System.nanoTime();
            if (!cpu()) return wall - sentWall >= limit.toNanos();
            long used = ProcessCpu.nanos(pid);
            if (used < 0) return false; // the child is gone: its end of output says so
            if (used - sentCpu >= limit.toNanos()) return true;
            samples.add(new long[] {wall, used});
            while (samples.size() >= 2) { // drop samples older than the newest one that is at least a window old
                java.util.Iterator<long[]> it = samples.iterator();
                it.next();
                if (wall - it.next()[0] < window) break;
                samples.pollFirst();
            }
            long[] first = samples.getFirst();
            stalled = wall - first[0] >= window && used - first[1] < STALL_SHARE * (wall - first[0]);
            return stalled;
        }
    }

    /** Removes a directory tree (a dead child's temp directory); what cannot be removed is left. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    private static final String EOF = "\u0000eof";

    private static int parsePages(String line, int previous) {
        try {
            return Math.max(previous, Integer.parseInt(line.substring(WorkerProtocol.PAGES.length()).strip()));
        } catch (NumberFormatException e) {
            return previous;
        }
    }

    private static void pump(Process p, BlockingQueue<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) lines.add(line);
        } catch (IOException e) {
            // the process went away; EOF below says so
        }
        lines.add(EOF);
    }

    private synchronized void count() { restarts++; }

    /** " of 64m" from the command's -Xmx, or "" when it has none. */
    private String heap() {
        for (String a : command) if (a.startsWith("-Xmx")) return " of " + a.substring(4);
        return "";
    }
}
