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
 * Processes files in a pool of long-lived child JVMs, each holding up to {@code docsPerWorker} files at once (one
 * serving thread per file in the child; requests and answers carry a number, {@link WorkerProtocol}). A file that
 * takes longer than its limit (the per-file timeout, plus a per-page allowance for each OCR page the child announces;
 * counted in CPU time, see {@link Clock}: the child's process CPU time when it holds one file, the time the child
 * charges that file, {@link DocCpu}, when it holds several) or that stalls for the per-file timeout fails with a
 * timeout and its child is killed; a child that dies (out of heap, JVM crash, over its memory budget) is noticed by
 * the end of its output. A file in a one-file child fails with the reason. In a shared child every file that was in
 * flight beside another when it died, and every file it held when it was killed for a timeout (the timed-out one
 * included) or for its memory, is retried alone, in a one-file child (one file at a time, with one file's share of
 * the heap and budget), and only fails if it fails there too: one hostile file costs the files beside it a second
 * run, never their records, and no file is blamed for a timeout or memory verdict reached beside others. (A crash
 * of a shared child with one file in flight is that file's.) A fresh child takes the dead one's place, so no input
 * can stop the batch. Children exit by themselves when their parent dies (stdin closes, and they watch the parent
 * process).
 *
 * <p>Not done: a shared child charges each file all the OCR threads' CPU time ({@link DocCpu}), not only its own
 * OCR jobs', so a file beside an OCR-ing one reaches its limit early (then it is retried alone, above), and a hung
 * file beside an OCR-ing one does not look stalled (its active time grows with the other file's OCR): it is killed
 * only at its CPU limit. Tagging each OCR job with its request would fix both.
 */
public final class WorkerPool implements FileProcessor {
    /** Exit status of a JVM started with {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OOM_EXIT = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final List<String> command;
    private final Duration timeout;
    private final Duration perPage;
    private final Path log;
    /** One entry per free slot: a worker appears once for each more file it may take. */
    private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final List<Worker> all = new ArrayList<>();
    /** The child that retries, one at a time, the files that were in flight beside another when their child died. */
    private final Worker alone;
    private final int docsPerWorker;
    private final long memoryBudgetKb;
    private final java.util.concurrent.atomic.AtomicLong peakKb = new java.util.concurrent.atomic.AtomicLong(-1);
    private final java.util.concurrent.atomic.AtomicLong nextSeq = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean closed;
    private int restarts;
    private int retried;
    private long retriedNanos;

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
        this(command, size, 1, timeout, perPage, memoryBudget, log);
    }

    /**
     * @param docsPerWorker files each child holds at once (the command must start a child that serves that many,
     *                      {@link WorkerProtocol#serve(FileProcessor, java.io.InputStream, java.io.PrintStream, FileBudget, int)})
     * @param memoryBudget  a child's resident-size limit, for all the files it holds
     */
    public WorkerPool(List<String> command, int size, int docsPerWorker, Duration timeout, Duration perPage,
                      String memoryBudget, Path log) {
        this.command = List.copyOf(command);
        this.timeout = timeout;
        this.perPage = perPage;
        this.log = log;
        this.docsPerWorker = Math.max(1, docsPerWorker);
        this.memoryBudgetKb = memoryBudget == null ? -1 : ResidentMemory.parseKb(memoryBudget);
        for (int i = 0; i < Math.max(1, size); i++) {
            Worker w = new Worker(this.docsPerWorker, this.command, memoryBudgetKb);
            all.add(w);
            for (int k = 0; k < this.docsPerWorker; k++) idle.add(w);
        }
        // the retries get one document's share of the heap and of the memory budget, as a one-document child would
        alone = new Worker(1, perDocument(this.command, this.docsPerWorker),
                memoryBudgetKb < 0 ? -1 : memoryBudgetKb / this.docsPerWorker);
        all.add(alone);
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

    /** Files each child holds at once. */
    public int docsPerWorker() {
        return docsPerWorker;
    }

    /** {@code command} with its {@code -Xmx} divided among {@code docs} documents. */
    static List<String> perDocument(List<String> command, int docs) {
        if (docs == 1) return command;
        List<String> out = new ArrayList<>();
        for (String a : command) {
            out.add(a.startsWith("-Xmx") ? "-Xmx" + ResidentMemory.format(ResidentMemory.parseKb(a.substring(4)) / docs) : a);
        }
        return List.copyOf(out);
    }

    /** Every 100 ms: each child's resident size; its high-water mark is kept, and a child over budget is killed. */
    private void watchMemory() {
        while (!closed) {
            for (Worker w : all) {
                Child c = w.current;
                if (c == null || !c.process.isAlive()) continue;
                long peak = ResidentMemory.peakKb(c.process.pid());
                peakKb.accumulateAndGet(peak, Math::max);
                long now = ResidentMemory.currentKb(c.process.pid());
                if (w.budgetKb > 0 && now > w.budgetKb) {
                    c.overBudgetKb = now;
                    c.process.destroyForcibly();
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

    /** How many files were retried alone after their shared child died or was killed. */
    public synchronized int retriedAlone() { return retried; }

    /** Wall-clock time of those retries, waiting for the one retry child included. */
    public synchronized Duration retriedAloneTime() { return Duration.ofNanos(retriedNanos); }

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
            return w.handle(new WorkerProtocol.Request(file.toString(), source, id, nextSeq.incrementAndGet()));
        } catch (Beside e) {
            // not this file's doing, as far as anyone can tell: it runs again alone, and what happens there is its own
            synchronized (this) {
                retried++;
            }
        } finally {
            idle.add(w);
        }
        long start = System.nanoTime();
        try {
            synchronized (alone) {
                return alone.handle(new WorkerProtocol.Request(file.toString(), source, id, nextSeq.incrementAndGet()));
            }
        } catch (Beside e) {
            throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: a file retried alone had company");
        } finally {
            synchronized (this) {
                retriedNanos += System.nanoTime() - start;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Worker w : all) w.finish();
    }

    /**
     * The file's shared child died or was killed while it held the file: beside others, for another file's timeout,
     * for the file's own timeout or memory (judged again alone, by a one-file limit and budget).
     */
    private static final class Beside extends Exception {
        Beside() {
            super(null, null, false, false);
        }
    }

    /** One request in flight: what its child said about it, in order, and the CPU time the child charges it. */
    private static final class Pending {
        final long seq;
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        volatile long charged;
        volatile long active;

        Pending(long seq) {
            this.seq = seq;
        }
    }

    /** The end of a child's output, as seen by each file it held: how many it held then. */
    private record Ended(int inFlight) {}

    /** One child process and the requests it holds. */
    private final class Child {
        final Process process;
        final OutputStream stdin;
        final Path tmpDir;
        final java.util.Map<Long, Pending> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
        /** Set by the memory watch when it killed the child for its resident size. */
        volatile long overBudgetKb = -1;
        /** The request whose timeout this child was killed for, if any. */
        volatile long killedFor = -1;
        volatile boolean ended;
        private boolean stopped;

        Child(Process process, Path tmpDir) {
            this.process = process;
            this.stdin = process.getOutputStream();
            this.tmpDir = tmpDir;
        }

        /** Reads the child's output and hands each line to the request it names. */
        void pump(BlockingQueue<String> startup) {
            boolean ready = false;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!ready) {
                        if (line.equals(WorkerProtocol.READY)) {
                            ready = true;
                            startup.add(line);
                        }
                        continue;
                    }
                    route(line);
                }
            } catch (IOException e) {
                // the process went away; the end below says so
            }
            synchronized (this) {
                ended = true;
                int n = inFlight.size();
                for (Pending p : inFlight.values()) p.events.add(new Ended(n));
            }
            if (!ready) startup.add(EOF);
        }

        /**
         * One protocol line to its request. The JVM itself may print to stdout (e.g. "Terminating due to
         * java.lang.OutOfMemoryError"); such lines are not protocol and are passed over. A line without a number
         * (a child of an older protocol, a test's script) goes to the one request in flight.
         */
        private void route(String line) {
            if (line.startsWith(WorkerProtocol.CPU)) {
                String[] f = line.substring(WorkerProtocol.CPU.length()).strip().split(" ");
                try {
                    Pending p = inFlight.get(Long.parseLong(f[0]));
                    if (p != null) {
                        p.charged = Long.parseLong(f[1]);
                        p.active = Long.parseLong(f[2]);
                    }
                } catch (RuntimeException e) {
                    // not a line of ours
                }
            } else if (line.startsWith(WorkerProtocol.PAGES)) {
                String[] f = line.substring(WorkerProtocol.PAGES.length()).strip().split(" ");
                try {
                    int pages = Integer.parseInt(f[0]);
                    Pending p = f.length > 1 ? inFlight.get(Long.parseLong(f[1])) : only();
                    if (p != null) p.events.add(pages);
                } catch (RuntimeException e) {
                    // not a line of ours
                }
            } else if (line.startsWith("{")) {
                WorkerProtocol.Response resp;
                try {
                    resp = Json.MAPPER.readValue(line, WorkerProtocol.Response.class);
                } catch (IOException e) {
                    resp = null;
                }
                Pending p = resp == null || resp.seq() == null ? only() : inFlight.get(resp.seq());
                if (p != null) p.events.add(resp == null ? UNREADABLE : resp);
            }
        }

        private Pending only() {
            var it = inFlight.values().iterator();
            return it.hasNext() ? it.next() : null;
        }
    }

    private static final Object UNREADABLE = new Object();

    /** One child slot of {@code capacity} files; the process behind it is started lazily and replaced when it dies. */
    private final class Worker {
        final int capacity;
        final List<String> command;
        final long budgetKb;
        /** The running child, for the memory watch (which never takes this worker's lock). */
        volatile Child current;

        Worker(int capacity, List<String> command, long budgetKb) {
            this.capacity = capacity;
            this.command = command;
            this.budgetKb = budgetKb;
        }

        PlanDocument handle(WorkerProtocol.Request req) throws ExtractionException, Beside {
            byte[] request;
            try {
                request = (Json.MAPPER.writeValueAsString(req) + "\n").getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: " + e.getMessage());
            }
            Pending pending = new Pending(req.seq());
            Child child;
            for (int attempt = 1; ; attempt++) {
                child = started();
                try {
                    synchronized (child) {
                        if (child.ended) throw new IOException("the worker exited");
                        child.inFlight.put(pending.seq, pending);
                        child.stdin.write(request);
                        child.stdin.flush();
                    }
                    break;
                } catch (IOException e) { // the child is dying (its stdin closed): not this file's doing, so try a fresh one
                    child.inFlight.remove(pending.seq);
                    stop(child); // the files it still held see its end and run again alone
                    if (attempt == 2) throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: no worker would take the file: " + e.getMessage());
                }
            }
            try {
                return await(child, pending);
            } finally {
                child.inFlight.remove(pending.seq);
            }
        }

        private PlanDocument await(Child child, Pending pending) throws ExtractionException, Beside {
            // one file alone in its child: the child's own CPU time, read by the parent; several: what the child
            // charges each (its heartbeat; a child that stops reporting looks hung, and is killed as hung)
            Clock clock = capacity == 1 ? new Clock(child.process.pid(), timeout)
                    : new Clock(() -> pending.charged, () -> pending.active, timeout);
            Duration limit = timeout;
            int pages = 0;
            Object event;
            while ((event = next(child, pending, clock, limit)) instanceof Integer announced) {
                pages = Math.max(pages, announced);
                limit = new FileTimeLimit(timeout, perPage).forPages(pages);
            }
            if (event == null) {
                child.inFlight.remove(pending.seq);
                child.killedFor = pending.seq;
                stop(child);
                // in a shared child the file was charged CPU that other files' OCR used (DocCpu): it runs again alone,
                // and only a timeout there is its own
                if (capacity > 1) throw new Beside();
                boolean perPage = pages > 0 && !clock.stalled();
                throw new ExtractionException(FailureReason.Cause.TIMEOUT, "timeout after " + (clock.stalled()
                        ? timeout.toSeconds() + "s" : limit.toSeconds() + (clock.cpu() ? " CPU s" : "s"))
                        + (pages > 0 ? " for " + pages + " OCR pages" : "") + " (worker killed; "
                        + (perPage ? "--timeout-per-page" : "--timeout") + " raises it)");
            }
            if (event instanceof Ended ended) throw died(child, pending, ended.inFlight());
            if (event == UNREADABLE) {
                stop(child);
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: unreadable worker answer");
            }
            WorkerProtocol.Response resp = (WorkerProtocol.Response) event;
            if (resp.failure() != null) throw new ExtractionException(resp.failure());
            return resp.doc();
        }

        /** The next event of the request before its limit, or null. */
        private Object next(Child child, Pending pending, Clock clock, Duration limit) throws ExtractionException {
            try {
                while (true) {
                    if (clock.over(limit)) return null;
                    Object e = pending.events.poll(Math.min(Clock.SAMPLE_NANOS, clock.wallLeft(limit)), TimeUnit.NANOSECONDS);
                    if (e != null) return e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(child);
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "interrupted");
            }
        }

        /**
         * The child ended while it held the file. Alone in it, the file is blamed, with the child's exit status;
         * beside others, or when the child was killed for another file's timeout, it is retried alone. A shared
         * child killed for its memory (resident size over the budget of all its files, or heap exhausted) has its
         * files retried alone even when one was in flight, so that the verdict always comes from one file's budget,
         * not from which files happened to be in flight then.
         */
        private ExtractionException died(Child child, Pending pending, int inFlight) throws Beside {
            int code;
            try {
                child.process.waitFor(10, TimeUnit.SECONDS);
                code = child.process.isAlive() ? -1 : child.process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                code = -1;
            }
            stop(child);
            long over = child.overBudgetKb;
            if (child.killedFor >= 0 && child.killedFor != pending.seq || inFlight > 1
                    || capacity > 1 && (over > 0 || code == OOM_EXIT)) throw new Beside();
            if (over > 0) {
                return new ExtractionException(FailureReason.Cause.WORKER_MEMORY, "out of memory: worker resident size " + over / 1024
                        + " MB over its budget of " + budgetKb / 1024 + " MB (worker killed; --worker-memory raises it)");
            }
            if (code == OOM_EXIT) {
                return new ExtractionException(FailureReason.Cause.WORKER_MEMORY, "out of memory: worker heap" + heap(command) + " exhausted (exit code 3; --worker-heap raises it)");
            }
            return new ExtractionException(FailureReason.Cause.WORKER_CRASH, "worker crashed (exit code " + code + "; see workers.log)");
        }

        /** The live child, started when there is none (or the last one ended). */
        private synchronized Child started() throws ExtractionException {
            Child c = current;
            if (c != null && !c.ended && c.process.isAlive()) return c;
            if (c != null && c.inFlight.isEmpty()) stop(c);
            current = null;
            Path tmpDir = null;
            try {
                // a temp directory of its own (Tika spools parts there; the java launcher reads JDK_JAVA_OPTIONS), removed when the child stops or is killed
                tmpDir = Files.createTempDirectory("plans-worker-");
                ProcessBuilder pb = new ProcessBuilder(command);
                String javaOptions = pb.environment().getOrDefault("JDK_JAVA_OPTIONS", "");
                pb.environment().put("JDK_JAVA_OPTIONS", (javaOptions + " -Djava.io.tmpdir=" + tmpDir).strip());
                pb.environment().put("TMPDIR", tmpDir.toString()); // native libraries (Leptonica, Tesseract) too
                // glibc gives each thread that mallocs its own arena; with OCR threads that multiplies native memory
                pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
                pb.redirectError(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log.toFile()));
                c = new Child(pb.start(), tmpDir);
            } catch (IOException e) {
                deleteTree(tmpDir);
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: worker did not start: " + e.getMessage());
            }
            BlockingQueue<String> startup = new LinkedBlockingQueue<>();
            Child child = c;
            Thread reader = new Thread(() -> child.pump(startup), "worker-reader-" + c.process.pid());
            reader.setDaemon(true);
            reader.start();
            current = c;
            String ready;
            try {
                ready = startup.poll(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ready = null;
            }
            if (!WorkerProtocol.READY.equals(ready)) {
                current = null;
                stop(c);
                throw new ExtractionException(FailureReason.Cause.INTERNAL, "internal error: worker did not start within " + START_TIMEOUT.toSeconds()
                        + "s" + (EOF.equals(ready) ? " (it exited; see workers.log)" : ""));
            }
            return c;
        }

        /** Closes the child's stdin so it exits normally (and writes the shared class archive), else kills it. */
        void finish() {
            Child c;
            synchronized (this) {
                c = current;
            }
            if (c == null) return;
            try {
                c.stdin.close();
                c.process.waitFor(20, TimeUnit.SECONDS);
            } catch (IOException e) {
                // killed below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop(c);
        }

        /** Kills the child (once: each child that stops counts once in {@link #restarts}, unless the pool is closing). */
        void stop(Child c) {
            synchronized (c) {
                if (c.stopped) return;
                c.stopped = true;
            }
            peakKb.accumulateAndGet(ResidentMemory.peakKb(c.process.pid()), Math::max);
            synchronized (this) {
                if (current == c) current = null;
            }
            c.process.destroyForcibly();
            try {
                c.process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteTree(c.tmpDir);
            if (!closed) count();
        }
    }

    /**
     * How far a child is into its file's limit. Where the child's CPU time is known ({@link ProcessCpu}, Linux) the
     * limit is CPU seconds used since the file was sent, and a child is also over it when it stalls: in the last
     * {@code timeout} of wall-clock time it used less than {@link #STALL_SHARE} of a core (blocked for ever, not
     * merely waiting for a core: a worker on 2 cores under load 30 still gets about 6%). Elsewhere the limit is
     * wall-clock seconds. A child holding several files reports what each is charged ({@link DocCpu}, its
     * heartbeat): the limit counts that, and the stall its active part (its own thread's and the OCR threads'), since
     * the collector and compiler keep running for the other files beside a hung one.
     */
    static final class Clock {
        static final long SAMPLE_NANOS = 1_000_000_000L;
        static final double STALL_SHARE = 0.01;
        private final java.util.function.LongSupplier used;
        private final java.util.function.LongSupplier active;
        private final boolean cpu;
        private final long window;
        private final long sentWall = System.nanoTime();
        /** (wall, active) samples of the last window, oldest first, one at least a window old once there is one. */
        private final java.util.ArrayDeque<long[]> samples = new java.util.ArrayDeque<>();
        private boolean stalled;

        /** The limit of a child alone with its file: the child's process CPU time since now. */
        Clock(long pid, Duration stallWindow) {
            this(ProcessCpu.nanos(pid), pid, stallWindow);
        }

        private Clock(long sentCpu, long pid, Duration stallWindow) {
            this(sentCpu < 0 ? null : () -> {
                long now = ProcessCpu.nanos(pid);
                return now < 0 ? -1 : now - sentCpu;
            }, null, stallWindow);
        }

        /**
         * @param used   CPU nanoseconds charged to the file since it was sent (-1: unknown now, e.g. the child is
         *               gone), or null where CPU time is unknown (the limit is then wall-clock time)
         * @param active the part of it that tells a working file from a hung one (null: all of it)
         */
        Clock(java.util.function.LongSupplier used, java.util.function.LongSupplier active, Duration stallWindow) {
            this.used = used;
            this.active = active == null ? used : active;
            this.cpu = used != null;
            this.window = stallWindow.toNanos();
            samples.add(new long[] {sentWall, 0});
        }

        /** Whether the limit counts CPU time. */
        boolean cpu() {
            return cpu;
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
            long u = used.getAsLong();
            if (u < 0) return false; // the child is gone: its end of output says so
            if (u >= limit.toNanos()) return true;
            long a = active == used ? u : active.getAsLong();
            samples.add(new long[] {wall, a});
            while (samples.size() >= 2) { // drop samples older than the newest one that is at least a window old
                java.util.Iterator<long[]> it = samples.iterator();
                it.next();
                if (wall - it.next()[0] < window) break;
                samples.pollFirst();
            }
            long[] first = samples.getFirst();
            stalled = wall - first[0] >= window && a - first[1] < STALL_SHARE * (wall - first[0]);
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

    private synchronized void count() { restarts++; }

    /** " of 64m" from the command's -Xmx, or "" when it has none. */
    private static String heap(List<String> command) {
        for (String a : command) if (a.startsWith("-Xmx")) return " of " + a.substring(4);
        return "";
    }
}
