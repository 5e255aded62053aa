package vn.plans.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.plans.bench.Percentiles;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.model.Agency;
import vn.plans.model.DocumentPart;
import vn.plans.model.DocumentType;
import vn.plans.model.Header;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Task;
import vn.plans.model.Timeframe;
import vn.plans.model.TimeframeKind;
import vn.plans.normalize.ToneMarks;

/**
 * Search benchmark on a synthetic index: task records whose text is a syllable-bigram walk over the corpus's own
 * text (so term frequencies and adjacent pairs are realistic), with random provinces (gazetteer), issuers,
 * agencies, years and timeframe kinds. Prints indexing rate, index size and p50/p95 latency of term, phrase and
 * faceted (a term plus province and lead-agency filters, counts of all 8 dimensions drill-sideways) queries, as wall
 * time and as the query thread's CPU time (what the wall time would be on an idle core). Usage:
 * {@code SearchBenchmark CORPUS_DIR INDEX_DIR [TASKS]}; TASKS 0 queries an index built before.
 */
public final class SearchBenchmark {
    private static final String[] AGENCIES = {"Phòng Giáo dục và Đào tạo", "Phòng Văn hóa - Xã hội", "Phòng Y tế",
        "Trung tâm Y tế", "Công an huyện", "Phòng Tư pháp", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch",
        "Phòng Lao động - Thương binh và Xã hội", "Phòng Dân tộc", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tư pháp",
        "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Sở Tài chính",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ", "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "Hội Nông dân", "Hội Cựu chiến binh", "UBND các xã, thị trấn", "Trung tâm Văn hóa - Thể thao", "Ban Dân tộc",
        "Công an tỉnh", "Bộ Chỉ huy Quân sự", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông",
        "Đài Phát thanh - Truyền hình"};
    private static final String[] KINDS = {"recurring", "yearly", "quarter", "deadline", "year_range", "year", "unknown"};
    private static final DocumentType[] TYPES = {DocumentType.KE_HOACH, DocumentType.QUYET_DINH, DocumentType.CONG_VAN,
            DocumentType.THONG_BAO, DocumentType.KE_HOACH, DocumentType.KE_HOACH};
    private static final int TASKS_PER_DOC = 50;

    private final List<String> tokens;
    private final Map<String, List<String>> next = new HashMap<>();
    private final List<Gazetteer.District> districts = new ArrayList<>();

    SearchBenchmark(List<String> tokens, Gazetteer g) {
        this.tokens = tokens;
        for (int i = 0; i + 1 < tokens.size(); i++) next.computeIfAbsent(tokens.get(i), k -> new ArrayList<>()).add(tokens.get(i + 1));
        for (Gazetteer.Province p : g.provinces()) {
            // one or two districts per province is enough variety for issuers
            List<Gazetteer.District> ds = new ArrayList<>();
            for (String probe : List.of(p.name())) ds.addAll(g.districtsNamed(probe));
            if (ds.isEmpty()) ds.add(new Gazetteer.District(p.code(), p.name(), "tinh", p));
            districts.addAll(ds);
        }
    }

    static List<String> vocabulary(Path corpus) throws IOException {
        List<String> out = new ArrayList<>();
        Pattern word = Pattern.compile("\\p{L}+");
        try (Stream<Path> s = Files.walk(corpus)) {
            // The Vietnamese text of the corpus: UTF-8 .txt files (the legacy-encoding samples are not UTF-8).
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text;
                try {
                    text = Files.readString(f);
                } catch (java.nio.charset.CharacterCodingException notUtf8) {
                    continue;
                }
                Matcher m = word.matcher(ToneMarks.canonicalize(text));
                while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        if (out.size() < 1000) throw new IOException("too little text under " + corpus + " for a vocabulary");
        return out;
    }

    String walk(Random r, int len) {
        StringBuilder sb = new StringBuilder();
        String w = tokens.get(r.nextInt(tokens.size()));
        for (int i = 0; i < len; i++) {
            if (i > 0) sb.append(' ');
            sb.append(w);
            List<String> n = next.get(w);
            w = n == null || r.nextInt(12) == 0 ? tokens.get(r.nextInt(tokens.size())) : n.get(r.nextInt(n.size()));
        }
        return sb.toString();
    }

    PlanDocument document(int n, Gazetteer g) {
        Random r = new Random(n * 7919L + 17);
        String id = String.format("syn%07d", n);
        Gazetteer.Province p = new ArrayList<>(g.provinces()).get(r.nextInt(63));
        List<Gazetteer.District> ds = g.districtsNamed(p.name());
        String issuer = r.nextBoolean() ? "UBND tỉnh " + p.name() : "UBND huyện " + walk(r, 2);
        String year = String.valueOf(2020 + r.nextInt(7));
        List<Task> tasks = new ArrayList<>(TASKS_PER_DOC);
        for (int t = 0; t < TASKS_PER_DOC; t++) {
            List<Agency> lead = List.of(agency(r));
            List<Agency> coord = new ArrayList<>();
            for (int c = r.nextInt(4); c > 0; c--) coord.add(agency(r));
            String kind = KINDS[r.nextInt(KINDS.length)];
            String deadline = kind.equals("deadline") ? year + String.format("-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) : null;
            tasks.add(new Task(id + "-t" + t, id, "II." + (t / 10 + 1), walk(r, 12 + r.nextInt(30)), lead, coord,
                    new Timeframe(kind, TimeframeKind.ofJson(kind), null, null, deadline, null), DocumentPart.BODY, 1 + t / 20,
                    null, null));
        }
        return new PlanDocument(PlanDocument.SCHEMA_VERSION, id, id, new SourceInfo("synthetic/" + id, "text/plain", id, 0), List.of(),
                new Header(TYPES[r.nextInt(TYPES.length)], n + "/KH-UBND", issuer, null, p.name(), p.newName(),
                        ds.isEmpty() ? null : ds.get(0).name(), year + "-01-01", Integer.valueOf(year), "Kế hoạch " + walk(r, 8),
                        List.of(), List.of(), null),
                List.of(), tasks, false, List.of(), Map.of(), List.of());
    }

    private static Agency agency(Random r) {
        String a = AGENCIES[r.nextInt(AGENCIES.length)];
        return new Agency(a, a);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchBenchmark CORPUS_DIR INDEX_DIR [TASKS]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]), dir = Path.of(args[1]);
        int tasks = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int docs = Math.max(1, tasks / TASKS_PER_DOC);
        Gazetteer g = Gazetteer.load();
        SearchBenchmark b = new SearchBenchmark(vocabulary(corpus), g);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%d cores, load average %.1f at start%n", os.getAvailableProcessors(), os.getSystemLoadAverage());
        long cpu0 = cpuNanos(os);
        long t0 = System.nanoTime();
        if (tasks > 0) try (PlanIndex index = new PlanIndex(dir, 256)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger nextDoc = new AtomicInteger();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    for (int n; (n = nextDoc.getAndIncrement()) < docs; ) index.add(b.document(n, g));
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            pool.shutdown();
            index.commit();
        }
        if (tasks > 0) {
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (cpuNanos(os) - cpu0) / 1e9;
        long bytes;
        try (Stream<Path> s = Files.list(dir)) {
            bytes = s.mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "indexed %,d tasks (%,d documents) in %.1f s with %d threads: %,.0f tasks/s"
                        + " (%.1f CPU s: %,.0f tasks per CPU second); index %.1f MB (%.0f bytes per task)%n",
                (long) docs * TASKS_PER_DOC, docs, secs, threads, docs * TASKS_PER_DOC / secs, cpuSecs,
                docs * TASKS_PER_DOC / cpuSecs, bytes / 1e6, (double) bytes / ((long) docs * TASKS_PER_DOC));
        }

        try (PlanSearcher s = new PlanSearcher(dir)) {
            Random r = new Random(42);
            List<String> terms = new ArrayList<>(), phrases = new ArrayList<>(), words = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String w = b.walk(r, 2);
                terms.add(w.split(" ")[0]);
                phrases.add("\"" + w + "\"");
                words.add(w);
            }
            List<SearchRequest> term = new ArrayList<>(), phrase = new ArrayList<>(), faceted = new ArrayList<>(),
                    unquoted = new ArrayList<>();
            List<Gazetteer.Province> ps = new ArrayList<>(g.provinces());
            for (int i = 0; i < 400; i++) {
                term.add(new SearchRequest(terms.get(i), true, Map.of(), 10, 0));
                phrase.add(new SearchRequest(phrases.get(i), true, Map.of(), 10, 0));
                unquoted.add(new SearchRequest(words.get(i), true, Map.of(), 10, 0));
                faceted.add(new SearchRequest(terms.get(i), true, Map.of(
                        "province", List.of(ps.get(r.nextInt(ps.size())).name()),
                        "lead", List.of(AGENCIES[r.nextInt(AGENCIES.length)])), 10, 10));
            }
            for (List<SearchRequest> warm : List.of(term, phrase, faceted)) for (SearchRequest q : warm.subList(0, 100)) s.search(q);
            report("term", s, term);
            report("phrase", s, phrase);
            report("faceted", s, faceted);
            Map<String, List<SearchRequest>> kinds = new java.util.LinkedHashMap<>();
            kinds.put("term", term);
            kinds.put("phrase", phrase);
            kinds.put("words", unquoted);
            kinds.put("faceted", faceted);
            MatchingLatency.run(s, kinds, System.out);
        }
    }

    private static long cpuNanos(java.lang.management.OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void report(String name, PlanSearcher s, List<SearchRequest> qs) throws IOException {
        double[] ms = new double[qs.size()], cpu = new double[qs.size()];
        java.lang.management.ThreadMXBean tmx = java.lang.management.ManagementFactory.getThreadMXBean();
        long hits = 0;
        for (int i = 0; i < qs.size(); i++) {
            long c = tmx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            hits += s.search(qs.get(i)).total();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (tmx.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-26s wall p50 %6.2f ms  p95 %6.2f ms | CPU p50 %6.2f ms  p95 %6.2f ms | %d queries, mean %,d hits, top 10 highlighted%n",
                name, Percentiles.of(ms, 0.50), Percentiles.of(ms, 0.95), Percentiles.of(cpu, 0.50), Percentiles.of(cpu, 0.95), ms.length, hits / ms.length);
    }
}
