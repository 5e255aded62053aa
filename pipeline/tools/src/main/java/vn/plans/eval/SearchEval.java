package vn.plans.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plans.index.AlsoAs;
import vn.plans.index.SearchHit;
import vn.plans.index.SearchRequest;
import vn.plans.index.Searcher;

/**
 * Scores document search against the relevance set ({@code corpus/search-relevance}: queries.tsv and the graded
 * judgments.tsv, made by reading the documents). For each query, the top 10 document hits (one per work) are looked
 * up in the judgments of the query's need: a hit counts with the highest grade of any file of its work (the hit's
 * own paths and its other versions'). Precision@10 is the share of relevant hits (grade ≥ 1) among the hits shown
 * (at most 10; a query that shows nothing while relevant documents exist scores 0), nDCG@10 uses gains
 * {@code 2^grade - 1} against the ideal order of the judged works present in the index.
 */
public final class SearchEval {
    /** One query of the set. */
    public record Query(String id, String need, String split, String text) {
        /** Typed with diacritics: any letter outside ASCII ({@code Đ} counts). */
        public boolean marked() {
            return text.chars().anyMatch(c -> c > 127 && Character.isLetter(c));
        }
    }

    /** A query's scores under one matching. */
    public record Score(double precision, double ndcg, int shown, int relevantShown, List<String> topFiles) {}

    private final List<Query> queries;
    private final Map<String, Map<String, Integer>> judgments; // need -> file name -> grade

    public SearchEval(List<Query> queries, Map<String, Map<String, Integer>> judgments) {
        this.queries = List.copyOf(queries);
        this.judgments = judgments;
    }

    public static SearchEval load(Path dir) throws IOException {
        List<Query> qs = new ArrayList<>();
        for (String[] f : rows(dir.resolve("queries.tsv"))) qs.add(new Query(f[0], f[1], f[2], f[3]));
        Map<String, Map<String, Integer>> j = new HashMap<>();
        for (String[] f : rows(dir.resolve("judgments.tsv"))) {
            j.computeIfAbsent(f[0], k -> new HashMap<>()).merge(f[1], Integer.parseInt(f[2]), Math::max);
        }
        for (Query q : qs) if (!j.containsKey(q.need())) throw new IOException("query " + q.id() + ": need '" + q.need() + "' has no judgments");
        return new SearchEval(qs, j);
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(line.split("\t"));
        }
        return out;
    }

    public List<Query> queries() { return queries; }

    /** Scores every query under each matching. */
    public Map<SearchRequest.Matching, Map<String, Score>> run(Searcher searcher, List<SearchRequest.Matching> matchings)
            throws IOException {
        Map<String, String> workOf = searcher.workIdsByFileName();
        Map<SearchRequest.Matching, Map<String, Score>> out = new LinkedHashMap<>();
        for (SearchRequest.Matching m : matchings) {
            Map<String, Score> scores = new LinkedHashMap<>();
            for (Query q : queries) {
                List<SearchHit> hits;
                try {
                    hits = searcher.search(new SearchRequest(q.text(), false, Map.of(), 10, 0, m)).hits();
                } catch (IllegalArgumentException e) {
                    hits = List.of(); // the legacy parser refuses some queries ("cannot parse query"): nothing shown
                }
                scores.put(q.id(), score(hits, judgments.get(q.need()), workOf));
            }
            out.put(m, scores);
        }
        return out;
    }

    static Score score(List<SearchHit> hits, Map<String, Integer> grades, Map<String, String> workOf) {
        double dcg = 0;
        int relevant = 0;
        List<String> top = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            int g = grade(hits.get(i), grades);
            if (g > 0) relevant++;
            dcg += (Math.pow(2, g) - 1) / log2(i + 2);
            top.add((g > 0 ? "+" : "-") + fileName(hits.get(i).path()));
        }
        Map<String, Integer> ideal = new HashMap<>(); // work -> best grade among its judged files
        grades.forEach((file, g) -> {
            String w = workOf.get(file);
            if (w != null && g > 0) ideal.merge(w, g, Math::max);
        });
        List<Integer> best = ideal.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < best.size(); i++) idcg += (Math.pow(2, best.get(i)) - 1) / log2(i + 2);
        double p = hits.isEmpty() ? (ideal.isEmpty() ? 1 : 0) : (double) relevant / hits.size();
        double n = idcg == 0 ? (hits.isEmpty() ? 1 : 0) : dcg / idcg;
        return new Score(p, n, hits.size(), relevant, top);
    }

    private static int grade(SearchHit h, Map<String, Integer> grades) {
        int g = grades.getOrDefault(fileName(h.path()), 0);
        for (String p : h.paths()) g = Math.max(g, grades.getOrDefault(fileName(p), 0));
        for (AlsoAs v : h.alsoAs()) for (String p : v.paths()) g = Math.max(g, grades.getOrDefault(fileName(p), 0));
        return g;
    }

    private static String fileName(String path) {
        return path == null ? "" : Path.of(path).getFileName().toString();
    }

    private static double log2(double x) { return Math.log(x) / Math.log(2); }

    /** The table: mean P@10 and nDCG@10 per group (with/without marks, tune/test, all), one column pair per matching. */
    public String render(Map<SearchRequest.Matching, Map<String, Score>> scores, boolean perQuery) {
        StringBuilder sb = new StringBuilder();
        long tune = queries.stream().filter(q -> q.split().equals("tune")).count();
        sb.append(String.format("search relevance: %d queries (%d tune, %d test), top 10 document hits, one per work%n",
                queries.size(), tune, queries.size() - tune));
        sb.append(String.format("%-22s %3s", "", "n"));
        for (SearchRequest.Matching m : scores.keySet()) sb.append(String.format("  %-9s P@10 nDCG@10", m.name().toLowerCase()));
        sb.append('\n');
        Map<String, java.util.function.Predicate<Query>> groups = new LinkedHashMap<>();
        groups.put("with diacritics", Query::marked);
        groups.put("without diacritics", q -> !q.marked());
        groups.put("with diacritics, test", q -> q.marked() && q.split().equals("test"));
        groups.put("without, test", q -> !q.marked() && q.split().equals("test"));
        groups.put("tune", q -> q.split().equals("tune"));
        groups.put("test", q -> q.split().equals("test"));
        groups.put("all", q -> true);
        groups.forEach((name, pred) -> {
            List<Query> in = queries.stream().filter(pred).toList();
            sb.append(String.format("%-22s %3d", name, in.size()));
            for (Map<String, Score> s : scores.values()) {
                double p = in.stream().mapToDouble(q -> s.get(q.id()).precision()).average().orElse(0);
                double n = in.stream().mapToDouble(q -> s.get(q.id()).ndcg()).average().orElse(0);
                sb.append(String.format("  %-9s %4.2f %7.2f", "", p, n));
            }
            sb.append('\n');
        });
        if (perQuery) {
            for (Query q : queries) {
                sb.append(String.format("%s %-5s %-32s", q.id(), q.split(), q.text()));
                for (Map<String, Score> s : scores.values()) {
                    Score sc = s.get(q.id());
                    sb.append(String.format("  P %.2f (%d/%d) nDCG %.2f", sc.precision(), sc.relevantShown(), sc.shown(), sc.ndcg()));
                }
                sb.append('\n');
                for (Map.Entry<SearchRequest.Matching, Map<String, Score>> e : scores.entrySet()) {
                    sb.append("    ").append(e.getKey().name().toLowerCase()).append(": ")
                            .append(String.join(" ", e.getValue().get(q.id()).topFiles())).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
