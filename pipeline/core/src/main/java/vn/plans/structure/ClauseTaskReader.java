package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.model.Agency;
import vn.plans.model.DocumentPart;
import vn.plans.model.Task;
import vn.plans.normalize.Folding;

/**
 * Tasks of documents that are not plan outlines: decisions and licences ({@code Điều N}), Government resolutions
 * and decrees (their implementation article only), notices, letters and invitations (request sentences). The body is
 * read as units (article, numbered clause, lettered item, bullet, paragraph); a unit that only names a doer
 * ({@code 2. Thanh tra tỉnh}, {@code Trách nhiệm chung của các cơ quan, đơn vị}, {@code … có trách nhiệm:}) is a
 * container whose children inherit that doer. A unit is a task when {@link TaskClassifier} accepts it (an assigning
 * frame with a doer, or a child of a container), never when it is a form cell, an outline heading, preamble or a
 * closing formula. In letters the task is the sentence that carries the request.
 */
final class ClauseTaskReader {
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d{1,3})\\s*[.:]\\s*(.*)$");
    private static final Pattern NUM = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)]\\s*(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-–+•]\\s*(\\S.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=\\p{Lu})");
    private static final int NORMATIVE_ARTICLES = 8;
    private static final Pattern ASKS = Pattern.compile("(?U)(?:đề nghị|yêu cầu|thông báo)(?:\\s+(?:như sau|cụ thể))?$");
    private static final Pattern PAGE_BREAK = Pattern.compile("^[\\uFFFD\\f]\\s*\\d{1,3}\\s*(.*)$");

    private final AgencyNormalizer agencies;
    private final TimeframeParser timeframes;
    private final TaskClassifier classifier;

    ClauseTaskReader(AgencyNormalizer agencies, TimeframeParser timeframes, TaskClassifier classifier) {
        this.agencies = agencies;
        this.timeframes = timeframes;
        this.classifier = classifier;
    }

    /** A unit of the body: kind A(rticle), N(umbered), L(ettered), B(ullet), P(aragraph). */
    record Unit(char kind, String number, String text, Lines.Line at) {}

    /** The units of the body, from the first line to the signature block or appendix. */
    static List<Unit> units(Lines lines) {
        List<Lines.Line> all = lines.all();
        int end = SectionSplitter.bodyEnd(lines);
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            Lines.Line l = all.get(i);
            String t = l.text();
            if (t.startsWith("|")) continue; // header and signature tables
            Matcher pb = PAGE_BREAK.matcher(t);
            if (pb.matches()) {
                // a form feed and page number a text export left before the first words of the next page
                if (pb.group(1).isEmpty()) continue;
                t = pb.group(1);
                if (!out.isEmpty() && continues(out.getLast(), t)) {
                    Unit prev = out.removeLast();
                    out.add(new Unit(prev.kind(), prev.number(), prev.text() + " " + t, prev.at()));
                    continue;
                }
            }
            Matcher m;
            if ((m = ARTICLE.matcher(t)).matches()) out.add(new Unit('A', m.group(1), m.group(2), l));
            else if ((m = NUM.matcher(t)).matches()) out.add(new Unit('N', m.group(1), m.group(2), l));
            else if ((m = LETTER.matcher(t)).matches()) out.add(new Unit('L', m.group(1), m.group(2), l));
            else if ((m = BULLET.matcher(t)).matches()) out.add(new Unit('B', null, m.group(1), l));
            else if (!out.isEmpty() && continues(out.getLast(), t)) {
                Unit prev = out.removeLast();
                out.add(new Unit(prev.kind(), prev.number(), prev.text() + " " + t, prev.at()));
            } else out.add(new Unit('P', null, t, l));
        }
        return out;
    }

    /** A line continues the unit before it when it opens in lower case or a digit, or that unit is unfinished. */
    private static boolean continues(Unit prev, String line) {
        char first = line.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first) && !NUM.matcher(line).matches()) return true;
        char last = prev.text().charAt(prev.text().length() - 1);
        return prev.kind() != 'A' && ".;:!?)".indexOf(last) < 0 && Character.isLetterOrDigit(first) && prev.text().length() > 60;
    }

    /** A unit the classifier was asked about: its text, shape and whether a container lends it a doer. */
    record Candidate(String text, char kind, boolean inherited) {}

    List<Task> extract(String documentId, Lines lines, int firstTask) {
        return extract(documentId, lines, firstTask, classifier, null);
    }

    /** Every unit the classifier is asked about, in order (training and evaluating {@link MaxentTaskClassifier}). */
    List<Candidate> candidates(Lines lines) {
        List<Candidate> seen = new ArrayList<>();
        extract("", lines, 0, (t, k, i) -> new TaskClassifier.Decision(false, "record"), seen);
        return seen;
    }

    private List<Task> extract(String documentId, Lines lines, int firstTask, TaskClassifier classifier, List<Candidate> seen) {
        List<Unit> units = units(lines);
        long articles = units.stream().filter(u -> u.kind() == 'A').count();
        boolean normative = articles >= NORMATIVE_ARTICLES;
        boolean letter = articles == 0;
        AssignmentRules rules = AssignmentRules.get();
        List<Task> out = new ArrayList<>();
        String article = null, clause = null;
        boolean active = !normative;
        String doerA = null, doerN = null, doerP = null;
        for (Unit u : units) {
            String text = u.text().strip();
            switch (u.kind()) {
                case 'A' -> {
                    article = u.number();
                    clause = null;
                    doerA = doerN = doerP = null;
                    if (normative) active = implementation(text);
                    if (isHeading(text)) continue;
                    if (text.endsWith(":")) { doerA = containerDoer(text); continue; }
                }
                case 'N' -> {
                    if (article != null && !u.number().contains(".")) clause = u.number();
                    doerN = null;
                    String h = AssignmentRules.headingDoer(text);
                    if (h != null && !AssignmentRules.hasFrame(text)) { doerN = h; doerP = null; continue; }
                    if (text.endsWith(":")) { doerN = containerDoer(text); continue; }
                }
                case 'P' -> {
                    if (text.endsWith(":")) { doerP = containerDoer(text); continue; }
                }
                default -> { }
            }
            if (!active) continue;
            String inherited = u.kind() == 'L' || u.kind() == 'B' ? first(doerN, doerP, doerA) : first(doerP, doerA);
            if (u.kind() == 'N') inherited = first(doerP, doerA);
            if (u.kind() == 'P') inherited = first(doerN, doerA);
            String taskText = letter ? requestSentence(text) : text;
            if (seen != null) seen.add(new Candidate(taskText, u.kind(), inherited != null));
            TaskClassifier.Decision d = classifier.decide(taskText, u.kind(), inherited != null);
            if (!d.task()) continue;
            AssignmentRules.Span own = rules.subject(taskText);
            List<Agency> leads = own != null ? AssignmentRules.mentioned(agencies.split(own.name()), taskText, own.start(), own.evidence())
                    : inherited == null ? List.of() : AssignmentRules.mentioned(agencies.split(inherited), "", 0, "rule:heading");
            List<Agency> coord = new ArrayList<>();
            for (String c : rules.coordinating(taskText)) coord.addAll(AssignmentRules.mentioned(agencies.split(c), taskText, 0, "rule:phoi-hop-voi"));
            String section = article == null ? null : "Điều " + article + (clause == null ? "" : "." + clause);
            out.add(new Task(documentId + "-t" + (firstTask + out.size() + 1), documentId, section, taskText, leads, coord,
                    timeframes.parse(timeframes.findInline(taskText)), DocumentPart.BODY, u.at().page(), u.at().lineNo(), u.at().offset()));
        }
        return out;
    }

    /** The doer of a container line ({@code 1. Bộ trưởng … có trách nhiệm:}, {@code Giám đốc Sở Công Thương:}). */
    private static String containerDoer(String text) {
        String t = Lines.trimEnd(text);
        if (ASKS.matcher(t).find()) return null; // "Chủ tịch UBND tỉnh yêu cầu:" names who asks, not who does
        AssignmentRules.Span s = AssignmentRules.get().subject(t + " ");
        if (s != null) return s.name();
        String h = AssignmentRules.headingDoer(t);
        if (h != null) return h;
        return AssignmentRules.startsLikeDoer(t) && t.length() < 160 ? t : null;
    }

    /** An article title without a sentence: {@code Tổ chức thực hiện}, {@code Kinh phí hoạt động}. */
    private static boolean isHeading(String text) {
        return text.isEmpty() || text.length() < 90 && !text.endsWith(".") && !text.endsWith(":") && !AssignmentRules.hasFrame(text);
    }

    /** The implementation article of a normative document ({@code Tổ chức thực hiện}, {@code Trách nhiệm thi hành}). */
    private static boolean implementation(String title) {
        String f = Folding.fold(title).toLowerCase(Locale.ROOT);
        return f.length() < 120 && (f.contains("to chuc thuc hien") || f.contains("thi hanh") && !f.contains("hieu luc thi hanh"));
    }

    /** In a letter, the sentence of a paragraph that carries the request; the paragraph when none does. */
    static String requestSentence(String text) {
        String[] sentences = SENTENCE_END.split(text);
        if (sentences.length < 2 || AssignmentRules.hasFrame(sentences[0])) return text;
        for (String s : sentences) if (AssignmentRules.hasFrame(s)) return s.strip();
        return text;
    }

    private static String first(String... xs) {
        for (String x : xs) if (x != null) return x;
        return null;
    }
}
