package vn.plans.works;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.Version;
import vn.plans.normalize.Folding;

/**
 * Groups records that are the same document into works (see the package description for the rules and how their
 * thresholds were measured). Input: one {@link Member} per stored record; output: each record's work id and the
 * work's versions, the representative first. Deterministic: the same members give the same works in any order.
 */
public final class WorkGrouper {
    /** Resemblance at or above which two texts are versions of one document (true pairs measured ≥ 0.92, others ≤ 0.78). */
    static final double NEAR_DUPLICATE = 0.85;
    /** Containment at or above which a text at most half the other's size is a part of it (page images ≥ 0.96). */
    static final double PART = 0.9;
    static final double PART_SIZE = 0.5;
    /** Fewer sampled shingles than this is too little text to compare (a blank page, a photo OCR-ed to noise). */
    static final int MIN_SAMPLE = 12;

    private WorkGrouper() {}

    /** What the grouping needs of a record. */
    public record Member(String id, TextSketch sketch, String identity, String format, String mediaType, String status,
                         String extraction, int pages, int tasks, List<String> paths) {}

    /** A record's place: its work id and the work's versions. */
    public record Assignment(String workId, List<Version> versions) {}

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FULL_NUMBER = Pattern.compile("^\\s*\\d[^/]*/.+");
    /** A line of its own near the top: "DỰ THẢO", "(Dự thảo)", "Dự thảo lần 2" (not "2. Dự thảo Giấy phép …", an attachment). */
    private static final Pattern DRAFT = Pattern.compile("^\\W*du thao( lan \\w+)?\\W*$");
    private static final Pattern SIGNED = Pattern.compile("\\bky boi\\b");

    public static Member member(PlanDocument d) {
        String text = d.fullText();
        var h = d.header();
        String identity = null;
        if (h.number() != null && FULL_NUMBER.matcher(h.number()).matches() && h.issuer() != null
                && h.issuedDate() != null && FULL_DATE.matcher(h.issuedDate()).matches()) {
            identity = key(h.number()) + "|" + key(h.issuer()) + "|" + h.issuedDate();
        }
        // the text folded once, for the sketch and the signing stamp (each folded the whole text)
        String folded = Folding.fold(text).toLowerCase(Locale.ROOT);
        return new Member(d.id(), TextSketch.ofFolded(folded), identity, format(d.source().mediaType()),
                d.source().mediaType(), status(text, folded), extraction(d.pages()), d.pages().size(), d.tasks().size(),
                d.source().paths());
    }

    private static String key(String s) {
        return Folding.fold(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}/]+", "");
    }

    /** "draft" when a line of the first 20 says DỰ THẢO, "signed" when the text carries a signing stamp (Ký bởi), else null. */
    static String status(String text) {
        return status(text, Folding.fold(text).toLowerCase(Locale.ROOT));
    }

    /** {@link #status(String)} with the text's folded, lower-cased form already made. */
    private static String status(String text, String folded) {
        for (String line : text.lines().limit(20).toList()) {
            for (String cell : line.split("\\|")) {
                if (DRAFT.matcher(Folding.fold(cell.strip()).toLowerCase(Locale.ROOT)).matches()) return "draft";
            }
        }
        if (SIGNED.matcher(folded).find()) return "signed";
        return null;
    }

    static String extraction(List<Page> pages) {
        long ocr = pages.stream().filter(Page::readByOcr).count();
        return ocr == 0 ? "digital" : ocr == pages.size() ? "ocr" : "mixed";
    }

    static String format(String mediaType) {
        if (mediaType == null) return null;
        String m = mediaType.toLowerCase(Locale.ROOT);
        int semi = m.indexOf(';');
        if (semi >= 0) m = m.substring(0, semi).strip();
        return switch (m) {
            case "text/plain" -> "txt";
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "application/msword", "application/x-tika-msoffice" -> "doc";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            case "application/rtf" -> "rtf";
            case "text/html", "application/xhtml+xml" -> "html";
            case "text/markdown", "text/x-web-markdown" -> "md";
            case "image/jpeg" -> "jpeg";
            default -> m.substring(m.indexOf('/') + 1);
        };
    }

    private static final List<String> FORMAT_ORDER = List.of("docx", "doc", "odt", "rtf", "pdf", "html", "md", "txt");

    /** Whole before part, digital before OCR, more tasks, then the editable format, then the id. */
    private static Comparator<Member> preference(Set<String> partial) {
        Comparator<Member> c = Comparator.comparing(m -> partial.contains(m.id()));
        c = c.thenComparing(m -> switch (m.extraction()) { case "digital" -> 0; case "mixed" -> 1; default -> 2; });
        c = c.thenComparing(Comparator.comparingInt(Member::tasks).reversed());
        c = c.thenComparingInt(m -> {
            int i = FORMAT_ORDER.indexOf(m.format());
            return i < 0 ? FORMAT_ORDER.size() : i;
        });
        return c.thenComparing(Member::id);
    }

    /** Groups the members into works; every member gets an assignment. */
    public static Map<String, Assignment> group(List<Member> input) {
        List<Member> ms = new ArrayList<>(input);
        ms.sort(Comparator.comparing(Member::id));
        int n = ms.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<Integer, String> match = new HashMap<>();
        // same number + issuer + full date
        Map<String, Integer> byIdentity = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String k = ms.get(i).identity();
            if (k == null) continue;
            Integer first = byIdentity.putIfAbsent(k, i);
            if (first != null && union(parent, first, i)) match.putIfAbsent(i, "identity");
        }
        // near duplicates, and containment candidates, from pairs that share sampled shingles
        List<int[]> parts = new ArrayList<>();
        for (long pair : candidatePairs(ms)) {
            int a = (int) (pair >>> 32), b = (int) pair;
            Member ma = ms.get(a), mb = ms.get(b);
            if (Math.min(ma.sketch().sample().length, mb.sketch().sample().length) < MIN_SAMPLE) continue;
            if (conflict(ma, mb)) continue;
            if (ma.sketch().resemblance(mb.sketch()) >= NEAR_DUPLICATE) {
                if (union(parent, a, b)) match.putIfAbsent(Math.max(a, b), "near_duplicate");
                continue;
            }
            int small = ma.sketch().sample().length <= mb.sketch().sample().length ? a : b, large = small == a ? b : a;
            TextSketch s = ms.get(small).sketch(), l = ms.get(large).sketch();
            if (s.sample().length <= PART_SIZE * l.sample().length && s.containedIn(l) >= PART) parts.add(new int[] {small, large});
        }
        // a part joins the largest digital work that contains it, else its only container (page images of a plan are
        // also contained in a scan collecting pages of several plans, and in samples quoting its paragraphs); sizes
        // are compared work to work (a page image that shares the plan's number is already in the plan's work)
        int[] size = new int[n];
        for (int i = 0; i < n; i++) size[find(parent, i)] = Math.max(size[find(parent, i)], ms.get(i).sketch().sample().length);
        Map<Integer, Set<Integer>> containers = new TreeMap<>();
        for (int[] p : parts) {
            int s = find(parent, p[0]), l = find(parent, p[1]);
            if (s != l && size[s] <= PART_SIZE * size[l]) containers.computeIfAbsent(s, k -> new java.util.TreeSet<>()).add(l);
        }
        Set<Integer> digital = new HashSet<>();
        for (int i = 0; i < n; i++) if (ms.get(i).extraction().equals("digital")) digital.add(find(parent, i));
        Map<Integer, Integer> joins = new LinkedHashMap<>();
        containers.forEach((s, ls) -> {
            List<Integer> pick = ls.stream().filter(digital::contains).toList();
            if (pick.isEmpty() && ls.size() == 1) pick = List.copyOf(ls);
            pick.stream().filter(l -> !containers.containsKey(l))
                    .max(Comparator.<Integer>comparingInt(l -> size[l]).thenComparing(Comparator.reverseOrder()))
                    .ifPresent(l -> joins.put(s, l));
        });
        for (int i = 0; i < n; i++) if (joins.containsKey(find(parent, i))) match.put(i, "part");
        joins.forEach((s, l) -> union(parent, s, l));
        // works, each with its versions
        Map<Integer, List<Integer>> works = new TreeMap<>();
        for (int i = 0; i < n; i++) works.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        Map<String, Assignment> out = new HashMap<>();
        Set<String> partial = new HashSet<>();
        for (List<Integer> w : works.values()) {
            int largest = w.stream().mapToInt(i -> ms.get(i).sketch().shingles()).max().orElse(0);
            for (int i : w) if (ms.get(i).sketch().shingles() <= PART_SIZE * largest) partial.add(ms.get(i).id());
        }
        Comparator<Member> pref = preference(partial);
        for (List<Integer> w : works.values()) {
            List<Integer> order = new ArrayList<>(w);
            order.sort((x, y) -> pref.compare(ms.get(x), ms.get(y)));
            String workId = w.stream().map(i -> ms.get(i).id()).min(String::compareTo).orElseThrow();
            List<Version> versions = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                int i = order.get(k);
                Member m = ms.get(i);
                boolean rep = k == 0;
                String how = rep || order.size() == 1 ? null : match.getOrDefault(i, "near_duplicate");
                versions.add(new Version(m.id(), m.format(), m.mediaType(), m.status(), m.extraction(), m.pages(), m.tasks(),
                        partial.contains(m.id()), rep, how, m.paths()));
            }
            if (versions.size() == 1) versions = List.of(); // a work of one version lists none
            for (int i : w) out.put(ms.get(i).id(), new Assignment(workId, versions));
        }
        return out;
    }

    /** Two records that carry different full numbers (or dates, issuers) are different documents, however alike. */
    private static boolean conflict(Member a, Member b) {
        return a.identity() != null && b.identity() != null && !a.identity().equals(b.identity());
    }

    /**
     * Pairs (i &lt; j, packed in a long) that share at least one sampled shingle hash, from an inverted list; a hash
     * held by more than 50 records (boilerplate: the national motto, "Nơi nhận") proposes no pairs. A text in more
     * than 50 versions would not be grouped by text (its number, issuer and date still group it).
     */
    static Set<Long> candidatePairs(List<Member> ms) {
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            for (long h : ms.get(i).sketch().sample()) postings.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
        }
        int common = 50; // fixed, so candidate pairs grow with the archive, not with its square
        Set<Long> pairs = new HashSet<>();
        for (List<Integer> p : postings.values()) {
            if (p.size() < 2 || p.size() > common) continue;
            for (int x = 0; x < p.size(); x++)
                for (int y = x + 1; y < p.size(); y++) pairs.add(((long) p.get(x) << 32) | p.get(y));
        }
        return pairs;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the two sets under the smaller root index; true if they were apart. */
    private static boolean union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra == rb) return false;
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
        return true;
    }
}
