package vn.plans.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.plans.index.PlanSearcher;
import vn.plans.index.Searcher;

/**
 * The index as the server sees it: a {@link PlanSearcher} reopened when an ingest has committed since it was opened,
 * so a running server finds new documents. At most every {@code checkMillis} a request looks at the newest commit
 * point of the index folder (the {@code segments_N} file name, N in base 36); when it changed, a new searcher is
 * opened and swapped in, and the old one is closed once the requests holding it are done (reference counted).
 * A searcher handed over in the constructor without a folder is served as is, never reopened.
 */
final class LiveSearcher implements AutoCloseable {
    /** A searcher held for one request; close gives it back. */
    static final class Lease implements AutoCloseable {
        private final Searcher searcher;
        private final AtomicInteger refs = new AtomicInteger(1);
        private final long generation;
        private final boolean owned;

        private Lease(Searcher searcher, long generation, boolean owned) {
            this.searcher = searcher;
            this.generation = generation;
            this.owned = owned;
        }

        Searcher searcher() { return searcher; }

        private boolean acquire() {
            for (int r = refs.get(); r > 0; r = refs.get()) if (refs.compareAndSet(r, r + 1)) return true;
            return false;
        }

        @Override
        public void close() {
            if (refs.decrementAndGet() == 0 && owned) {
                try {
                    searcher.close();
                } catch (IOException e) {
                    System.err.println("serve: closing an old searcher: " + e.getMessage());
                }
            }
        }
    }

    private final Path dir;
    private final long checkMillis;
    private volatile Lease current;
    private long lastCheck;

    /** Serves {@code searcher} as is (the caller closes it). */
    LiveSearcher(Searcher searcher) {
        this.dir = null;
        this.checkMillis = Long.MAX_VALUE;
        this.current = new Lease(searcher, -1, false);
    }

    /** Opens the index in {@code dir} and reopens it after each commit. */
    LiveSearcher(Path dir, long checkMillis) throws IOException {
        this.dir = dir;
        this.checkMillis = checkMillis;
        long gen = generation(dir);
        this.current = new Lease(new PlanSearcher(dir), gen, true);
        this.lastCheck = System.nanoTime();
    }

    /** The current searcher, reopened first when a newer commit exists; close the lease when done. */
    Lease acquire() throws IOException {
        if (dir != null) maybeRefresh();
        while (true) {
            Lease l = current;
            if (l.acquire()) return l;
        }
    }

    private synchronized void maybeRefresh() throws IOException {
        long now = System.nanoTime();
        if ((now - lastCheck) / 1_000_000 < checkMillis) return;
        lastCheck = now;
        long gen = generation(dir);
        if (gen == current.generation) return;
        Lease old = current;
        current = new Lease(new PlanSearcher(dir), gen, true);
        old.close();
    }

    /** The highest N of the {@code segments_N} files (the latest commit), -1 when there is none. */
    static long generation(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> {
                        try {
                            return Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX);
                        } catch (NumberFormatException e) {
                            return -1;
                        }
                    }).max().orElse(-1);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        current.close();
    }
}
