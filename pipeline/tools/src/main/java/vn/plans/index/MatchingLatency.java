package vn.plans.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.plans.bench.Percentiles;

/**
 * Issue 17's latency check, kept apart from the rest of the benchmark: each query kind runs under the current
 * matching ({@link SearchRequest.Matching#PRECISE}) and the old one ({@link SearchRequest.Matching#LEGACY}) in the
 * same run, the two alternating query by query so that load changes hit both alike, and the ratio of their p95
 * wall times is printed (goal: at most 1.5).
 */
final class MatchingLatency {
    private MatchingLatency() {}

    /** One kind's result: p50/p95 wall ms of each matching, and the p95 ratio current/legacy. */
    record Result(String kind, double p50, double p95, double legacyP50, double legacyP95) {
        double ratio() { return legacyP95 == 0 ? Double.NaN : p95 / legacyP95; }
    }

    static Map<String, Result> run(PlanSearcher s, Map<String, List<SearchRequest>> kinds, java.io.PrintStream out)
            throws IOException {
        Map<String, Result> results = new LinkedHashMap<>();
        for (var e : kinds.entrySet()) {
            List<SearchRequest> qs = e.getValue();
            for (SearchRequest q : qs.subList(0, Math.min(100, qs.size()))) {
                s.search(q);
                s.search(q.with(SearchRequest.Matching.LEGACY));
            }
            double[] now = new double[qs.size()], old = new double[qs.size()];
            long hitsNow = 0, hitsOld = 0;
            for (int i = 0; i < qs.size(); i++) {
                SearchRequest q = qs.get(i), l = q.with(SearchRequest.Matching.LEGACY);
                boolean legacyFirst = (i & 1) == 1;
                if (legacyFirst) { long t = System.nanoTime(); hitsOld += s.search(l).total(); old[i] = ms(t); }
                long t = System.nanoTime();
                hitsNow += s.search(q).total();
                now[i] = ms(t);
                if (!legacyFirst) { t = System.nanoTime(); hitsOld += s.search(l).total(); old[i] = ms(t); }
            }
            Arrays.sort(now);
            Arrays.sort(old);
            Result r = new Result(e.getKey(), Percentiles.of(now, 0.50), Percentiles.of(now, 0.95), Percentiles.of(old, 0.50),
                    Percentiles.of(old, 0.95));
            results.put(e.getKey(), r);
            out.printf(Locale.ROOT, "%-8s precise p50 %6.2f p95 %6.2f ms (mean %,d hits) | legacy p50 %6.2f p95 %6.2f ms (mean %,d hits)"
                            + " | p95 ratio %.2f%n", r.kind(), r.p50(), r.p95(), hitsNow / qs.size(), r.legacyP50(), r.legacyP95(),
                    hitsOld / qs.size(), r.ratio());
        }
        double worst = results.values().stream().mapToDouble(Result::ratio).max().orElse(Double.NaN);
        out.printf(Locale.ROOT, "worst p95 ratio precise/legacy: %.2f (goal <= 1.5)%n", worst);
        return results;
    }

    private static double ms(long t0) { return (System.nanoTime() - t0) / 1e6; }
}
