package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.Agency;
import vn.plans.model.DocumentPart;
import vn.plans.model.Task;
import vn.plans.model.Timeframe;
import vn.plans.normalize.Folding;

/**
 * Tasks in the body of a plan, by rules over the section outline. Only sections whose heading speaks of tasks
 * ({@code NHIỆM VỤ}), implementation ({@code TỔ CHỨC THỰC HIỆN}) or reporting ({@code CHẾ ĐỘ BÁO CÁO}) hold tasks, not
 * one whose title reports results ({@code KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025}, {@link #beyondResults}). Within them:
 * <ul>
 *   <li>a numbered item with numbered children is a heading, not a task;</li>
 *   <li>a numbered item followed by {@code - Cơ quan chủ trì: / phối hợp: / Thời gian thực hiện:} bullets is a task
 *       with those fields;</li>
 *   <li>a numbered item ending with {@code :} or followed by bullets, lettered items or paragraphs is a container:
 *       its children are the tasks, of the agency it names ({@code UBND các xã ...: - a - b}); a container without
 *       children ({@code Giao phòng X thực hiện các công việc:}) lends its agency to the items that follow;</li>
 *   <li>other items are tasks whose lead is the sentence subject ({@code Phòng Tư pháp chủ trì, phối hợp với X}),
 *       coordinating agencies the object of {@code phối hợp với}; not a result ({@code 1. Sở Y tế đã tổ chức …});</li>
 *   <li>a section without numbered items has its bullets as items: those that name their doer, also after an opening
 *       clause ({@code - Trong quá trình sử dụng VLNCN, doanh nghiệp tổ chức giám sát …}), or follow a container's;
 *       not a result whose subject runs into {@code đã} / {@code đang} ({@code - Sở Y tế đã tổ chức …}).</li>
 * </ul>
 */
public final class TaskExtractor {
    /**
     * A field bullet of the item above: its lead, coordinators and time, and the fields that describe it ({@code - Nội
     * dung: …}, {@code - Sản phẩm: …}), which make the item no container of tasks.
     */
    private static final Pattern ATTR = Pattern.compile("^[-–+•]\\s*(Cơ quan[^:]*|Đơn vị[^:]*|Thời gian[^:]*|Thời hạn[^:]*"
            + "|Nội dung(?: thực hiện| công việc)?|(?:Dự kiến )?[Ss]ản phẩm(?: đầu ra| dự kiến)?|Kết quả (?:đầu ra|dự kiến)):\\s*(.*)$");
    /** An unbulleted field line of the item above: {@code Đơn vị chủ trì: X; Đơn vị phối hợp: Y}. */
    private static final Pattern FIELD = Pattern.compile("(?U)^((?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp|thực hiện)[^:]{0,20}|Thời gian thực hiện|Thời hạn(?: hoàn thành)?):\\s*(.*)$");
    private static final Pattern NEXT_FIELD = Pattern.compile("(?U);\\s*(?=(?:Cơ quan|Đơn vị) (?:chủ trì|phối hợp)|Thời gian thực hiện:|Thời hạn)");
    private static final Pattern BULLET = Pattern.compile("^(?:[-–+•]\\s*|[a-zđ]\\)\\s*)(\\S.*)$");
    /** {@code Sở Y tế: Tăng cường ...}: an agency label before the assignment. */
    private static final Pattern LABEL = Pattern.compile("^(?:Đề nghị\\s+)?([^:]{3,160}?):\\s*(?=\\p{Lu})");
    /** The head of a distributed list of offices ({@code Các Phòng: Tư pháp, Nội vụ, Huyện đoàn}). */
    private static final Pattern DISTRIBUTED = Pattern.compile("^Các (Phòng|Sở|Ban)\\s*:\\s*");
    private static final Pattern LIST_LABEL = Pattern.compile("^Các (?:Phòng|Sở|Ban|phòng|sở)$");
    /** A section title that opens by reporting results ({@code KẾT QUẢ THỰC HIỆN NHIỆM VỤ …}; lexicon {@code result_titles}, folded). */
    private static final Pattern RESULT_TITLE = Pattern.compile("[^a-z]*(?:" + Lexicon.standard().alternation("result_titles") + ")\\b");
    /**
     * An amending instruction ({@code Bổ sung điểm 2.3 như sau:}, {@code Sửa đổi, bổ sung khoản 1 Điều 5 như sau:},
     * {@code Thay thế Phụ lục A như sau:}), whose children quote the amended text.
     */
    private static final Pattern AMENDS = Pattern.compile("(?U)^(?:Sửa đổi|Bổ sung|Thay thế)\\b[^:]{0,160}\\bnhư sau\\s*:$");
    private static final Pattern APPENDIX_POINTER = Pattern.compile("(?i).*\\((?:có|theo|cụ thể)[^)]*phụ lục[^)]*\\)\\.?$");

    private final AgencyNormalizer agencies;
    private final TimeframeParser timeframes;
    /**
     * The text of the document being read, to check distributed names ({@code Các Phòng: ...}) against; empty in the
     * shared extractor. Per-document state lives only in the reader {@link #extract} makes for each document, so one
     * extractor is safe to share across threads.
     */
    private final String documentText;

    public TaskExtractor(AgencyNormalizer agencies, TimeframeParser timeframes) {
        this(agencies, timeframes, "");
    }

    private TaskExtractor(AgencyNormalizer agencies, TimeframeParser timeframes, String documentText) {
        this.agencies = agencies;
        this.timeframes = timeframes;
        this.documentText = documentText;
    }

    private enum Kind { TASKS, ORG, REPORT, NONE }

    /** A block of body lines; {@code at} is its first line (page, line number and offset of the task). */
    private record Block(char type, String path, int depth, String text, Lines.Line at, String attr) {}

    public List<Task> extract(String documentId, Lines lines, List<SectionSplitter.Heading> headings) {
        StringBuilder all = new StringBuilder();
        for (Lines.Line l : lines.all()) all.append(l.text()).append('\n');
        return new TaskExtractor(agencies, timeframes, all.toString()).read(documentId, lines, headings);
    }

    private List<Task> read(String documentId, Lines lines, List<SectionSplitter.Heading> headings) {
        List<Block> blocks = blocks(lines, headings);
        List<Task> out = new ArrayList<>();
        List<Agency> sticky = List.of();
        Kind kind = Kind.NONE;
        boolean numbered = false; // whether the Roman section has numbered items (anywhere in it)
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() == 'R') { kind = kind(b.text()); sticky = List.of(); numbered = hasNumbered(blocks, i); continue; }
            if (kind == Kind.NONE) continue;
            // "V. Tổ chức thực hiện:" + "- Trong quá trình sử dụng VLNCN, doanh nghiệp tổ chức giám sát …": a section
            // without numbered items has its bullets as items, those that name their doer (or follow a container's);
            // not a result ("- Sở Y tế đã tổ chức 12 lớp tập huấn …")
            if (b.type() == 'B' && !numbered && kind != Kind.REPORT) {
                if (reportsDone(b.text())) continue;
                List<Agency> lead = withLaterDoers(bulletDoer(b.text()), b.text());
                if (lead.isEmpty()) lead = sticky;
                if (!lead.isEmpty()) out.add(task(documentId, b, lead, coordinating(b.text()), null, out.size()));
                continue;
            }
            if (b.type() == 'P' && kind == Kind.REPORT && !b.text().endsWith(":")) {
                out.add(task(documentId, b, subject(b.text()), List.of(), null, out.size()));
                continue;
            }
            if (b.type() == 'P' && b.text().endsWith(":") && !subject(b.text()).isEmpty() && childrenOf(blocks, i).isEmpty()) {
                sticky = subject(b.text());
                continue;
            }
            // "III. TỔ CHỨC THỰC HIỆN" + "Giao Sở Công Thương theo dõi, đôn đốc việc thực hiện Kế hoạch; …": a paragraph that
            // assigns by a frame and names its doer, as a clause of any genre (TaskClassifier), not one that only urges
            List<Agency> paragraphLead = b.type() == 'P' && !b.text().endsWith(":") ? paragraphTask(b.text(), kind == Kind.ORG) : List.of();
            if (!paragraphLead.isEmpty()) {
                out.add(task(documentId, b, paragraphLead, coordinating(b.text()), null, out.size()));
                continue;
            }
            if (b.type() != 'N') continue;
            if (i + 1 < blocks.size() && blocks.get(i + 1).type() == 'N' && blocks.get(i + 1).depth() > b.depth()) continue;
            if (APPENDIX_POINTER.matcher(b.text()).matches() && b.text().length() < 120) continue;
            List<Block> attrs = attrsOf(blocks, i);
            List<Block> children = childrenOf(blocks, i);
            if (attrs.isEmpty() && label(b.text()) != null && children.stream().noneMatch(c -> c.type() == 'B')) {
                StringBuilder text = new StringBuilder(b.text());
                for (Block c : children) text.append(' ').append(c.text());
                Block whole = new Block('N', b.path(), b.depth(), text.toString(), b.at(), null);
                out.add(task(documentId, whole, subject(b.text()), coordinating(whole.text()), null, out.size()));
                i += children.size();
                continue;
            }
            if (attrs.isEmpty() && (b.text().endsWith(":") || !children.isEmpty())) {
                // "19. Bổ sung điểm 2.3 như sau:" + "“2.3. Trường hợp …”": what follows an amending instruction is the
                // provision it writes into the amended text, no work of this one
                if (AMENDS.matcher(b.text()).matches()) continue;
                List<Agency> ctx = containerAgencies(b.text());
                if (children.isEmpty()) { sticky = ctx; continue; }
                for (Block c : children) {
                    List<Agency> own = subject(c.text());
                    // the lead of a preceding "Giao Sở Công Thương chủ trì thực hiện các nhiệm vụ sau:" where the container names none
                    out.add(task(documentId, c, !own.isEmpty() ? own : !ctx.isEmpty() ? ctx : sticky, coordinating(c.text()), null, out.size()));
                }
                continue;
            }
            List<Agency> lead = List.of();
            List<Agency> coord = List.of();
            String time = null;
            for (Block a : attrs) {
                String label = Folding.fold(a.attr()).toLowerCase(Locale.ROOT);
                if (label.contains("thoi")) time = a.text();
                else if (label.contains("chu tri")) lead = agencies.split(a.text());
                else if (label.contains("phoi hop")) coord = agencies.split(a.text());
            }
            if (attrs.isEmpty()) {
                // "1. Sở Y tế đã tổ chức 12 lớp tập huấn …": a result, as the bullet of a section without numbered items
                if (reportsDone(b.text())) continue;
                lead = subject(b.text());
                coord = coordinating(b.text());
                if (lead.isEmpty()) lead = sticky;
            }
            out.add(task(documentId, b, lead, coord, time, out.size()));
        }
        return out;
    }

    /**
     * A paragraph of a task section that is a task: an assigning frame and a doer it names, or in the implementation
     * section ({@code organizing}) a doer it opens with and what that doer does ({@code Các sở, ban, ngành, UBND các xã
     * căn cứ Kế hoạch này triển khai thực hiện; định kỳ báo cáo …}); not a result, nor a formula that only urges.
     * Returns the task's lead, the doer the paragraph names; empty when it is no task.
     */
    private List<Agency> paragraphTask(String text, boolean organizing) {
        List<Agency> lead = subject(text);
        if (lead.isEmpty() || reportsDone(text)) return List.of();
        TaskClassifier.Decision d = TaskClassifier.RULES.decide(text, 'P', false);
        if (!d.task() && !(organizing && "rule:no-frame".equals(d.evidence()))) return List.of();
        AssignmentRules.Span s = AssignmentRules.get().subject(text);
        return s != null && AssignmentRules.get().urgesOnly(text, s) ? List.of() : lead;
    }

    private Task task(String documentId, Block b, List<Agency> lead, List<Agency> coord, String time, int n) {
        String raw = time != null ? time : timeframes.findInline(b.text());
        Timeframe tf = timeframes.parse(raw);
        return new Task(documentId + "-t" + (n + 1), documentId, b.path(), b.text(), lead, coord, tf, DocumentPart.BODY,
                b.at().page(), b.at().lineNo(), b.at().offset());
    }

    private static Kind kind(String romanText) {
        String f = beyondResults(Folding.fold(romanText).toLowerCase(Locale.ROOT)).replaceAll("[^a-z ]", "");
        if (f.contains("to chuc thuc hien")) return Kind.ORG;
        if (f.matches(".*\\bche \\w{2}\\b.*bao cao.*")) return Kind.REPORT;
        if (f.contains("nhiem vu")) return Kind.TASKS;
        return Kind.NONE;
    }

    private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");
    private static final Pattern AND = Pattern.compile(
            "\\bva\\b|[,;]\\s*(?=(?:" + Lexicon.standard().alternation("result_title_task_parts") + ")\\b)");

    /**
     * The part of a folded section title that may name tasks: all of it, or when it opens by reporting results
     * ({@code ket qua thuc hien nhiem vu nam 2025}, lexicon {@code result_titles}) only what follows its first {@code va}
     * ({@code … va phuong huong, nhiem vu nam 2026}) or its first comma / semicolon before a task word (lexicon
     * {@code result_title_task_parts}: {@code danh gia ket qua nam 2025, phuong huong nhiem vu nam 2026},
     * {@code tinh hinh thuc hien; nhiem vu, giai phap …}), empty when nothing does.
     */
    static String beyondResults(String folded) {
        if (!RESULT_TITLE.matcher(folded).lookingAt()) return folded;
        Matcher and = AND.matcher(folded);
        return and.find() ? folded.substring(and.end()) : "";
    }

    /** Lines of the body as blocks: R(oman), N(umbered), A(ttribute), B(ullet or lettered), P(aragraph). */
    private static List<Block> blocks(Lines lines, List<SectionSplitter.Heading> headings) {
        List<Block> out = new ArrayList<>();
        List<Lines.Line> all = lines.all();
        int end = SectionSplitter.bodyEnd(lines);
        int h = 0;
        String path = null;
        int depth = 1;
        int start = headings.isEmpty() ? end : headings.getFirst().line();
        for (int i = start; i < end; i++) {
            Lines.Line l = all.get(i);
            if (h < headings.size() && headings.get(h).line() == i) {
                SectionSplitter.Heading hd = headings.get(h++);
                path = hd.path();
                depth = hd.depth();
                // a title in capitals is one title although its parts are joined by '; ' (TÌNH HÌNH THỰC HIỆN; NHIỆM VỤ, …)
                boolean capitals = hd.depth() == 1 && !LOWER_CASE.matcher(hd.text()).find();
                String title = capitals ? Lines.trimEnd(hd.text()) : hd.heading();
                out.add(new Block(hd.depth() == 1 ? 'R' : 'N', path, depth, hd.depth() == 1 ? title : hd.text(), l, null));
                if (hd.depth() == 1 && !title.equals(Lines.trimEnd(hd.text()))) {
                    String rest = hd.text().substring(Math.min(hd.text().length(), hd.heading().length())).replaceFirst("^[:.\\s]+", "");
                    if (!rest.isEmpty()) out.add(new Block('P', path, depth, rest, l, null));
                }
                continue;
            }
            String t = l.text();
            if (t.startsWith("(") && t.endsWith(")") || t.startsWith("(") && t.endsWith(").")) continue;
            Matcher a = ATTR.matcher(t);
            if (a.matches()) { out.add(new Block('A', path, depth, Lines.trimEnd(a.group(2)), l, a.group(1))); continue; }
            if (FIELD.matcher(t).matches()) {
                for (String part : NEXT_FIELD.split(t)) {
                    Matcher f = FIELD.matcher(part.strip());
                    if (f.matches()) out.add(new Block('A', path, depth, Lines.trimEnd(f.group(2)), l, f.group(1)));
                }
                continue;
            }
            Matcher b = BULLET.matcher(t);
            if (b.matches()) { out.add(new Block('B', path, depth, b.group(1), l, null)); continue; }
            Block prev = out.isEmpty() ? null : out.getLast();
            if (prev != null && continues(prev, t)) {
                out.set(out.size() - 1, new Block(prev.type(), prev.path(), prev.depth(), prev.text() + " " + t, prev.at(), prev.attr()));
                continue;
            }
            out.add(new Block('P', path, depth, t, l, null));
        }
        return out;
    }

    /** A paragraph continues the previous block when it opens in lower case or a digit, or the block before it is unfinished. */
    private static boolean continues(Block prev, String line) {
        if (prev.type() == 'R' || prev.type() == 'A') return false;
        char first = line.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first)) return true;
        // "2. Sở Tài chính" + "Tham mưu bố trí kinh phí …": a heading that only names its doer, over a paragraph of its own;
        // "2. Công tác kiểm tra" + "Kiểm tra các cơ sở …": a short heading line, which no page margin broke, over its paragraph
        if (prev.type() == 'N' && Character.isUpperCase(first) && (namesOnly(prev.text())
                || prev.at().text().endsWith(prev.text()) && prev.text().length() < SHORT_HEADING)) return false;
        char last = prev.text().charAt(prev.text().length() - 1);
        return ".;:!?)".indexOf(last) < 0;
    }

    /** A numbered line shorter than this ended before the margin: the next line that opens with a capital is no continuation of it. */
    private static final int SHORT_HEADING = 50;

    /** A short text that is only the name of a doer ({@code Sở Tài chính}, {@code UBND các xã, phường}): no verb, no frame. */
    private static boolean namesOnly(String text) {
        return text.length() <= 120 && AgencyNormalizer.startsLikeAgency(text) && !AssignmentRules.hasFrame(text)
                && !AssignmentRules.get().hasPredicate(text) && !text.contains(". ");
    }

    private static List<Block> attrsOf(List<Block> blocks, int i) {
        List<Block> out = new ArrayList<>();
        for (int j = i + 1; j < blocks.size() && blocks.get(j).type() == 'A'; j++) out.add(blocks.get(j));
        return out;
    }

    private static List<Block> childrenOf(List<Block> blocks, int i) {
        List<Block> out = new ArrayList<>();
        for (int j = i + 1; j < blocks.size(); j++) {
            char t = blocks.get(j).type();
            if (t == 'B' || t == 'P') out.add(blocks.get(j));
            else break;
        }
        return out;
    }

    /** The word that asks the doer after it ({@code Giao Công an tỉnh …}, {@code Đề nghị UBND các xã …}): no part of its name. */
    private static final Pattern OPENER = Pattern.compile("^(?:Đề nghị|Giao|Yêu cầu)\\s+");

    /**
     * A container names its agency either as the whole line ({@code 2. Các cơ quan, ..., UBND các xã:}, {@code 1. Giao
     * Công an tỉnh:} without its opener) or as a subject.
     */
    private List<Agency> containerAgencies(String text) {
        List<Agency> s = subject(text);
        if (!s.isEmpty()) return s;
        String t = OPENER.matcher(Lines.trimEnd(text)).replaceFirst("");
        if (AssignmentRules.startsLikeDoer(t) && t.length() < 160) return agencies.split(t);
        return List.of();
    }

    /** {@code Đơn vị} and what qualifies it ({@code Đơn vị được kiểm tra}): a doer that opens like no agency. */
    private static final Pattern UNIT = Pattern.compile("(?U)^Đơn vị\\s+\\p{Ll}");

    /**
     * The agencies a sentence opens with: {@code X:} before a verb, or the names before the verb of what they do, by
     * the shared cut ({@link AssignmentRules#namedBeforeVerb}: the {@code predicate} and {@code coord-stop} words of
     * {@code task-rules.tsv}, up to the clause end); a distributed list ({@code Các Phòng: Tư pháp, Nội vụ …}) is read
     * after its colon.
     */
    List<Agency> subject(String text) {
        String t = OPENER.matcher(text.strip()).replaceFirst("");
        String label = label(t);
        if (label != null) return agencies.split(label);
        Matcher list = DISTRIBUTED.matcher(t);
        String head = list.lookingAt() ? t.substring(0, list.end()) : "";
        String names = AssignmentRules.get().namedBeforeVerb(t.substring(head.length()));
        if (names == null || head.length() + names.length() > 220) return List.of();
        // a collective of doers, not of things ("Các sự cố (nếu có) phải được ghi lại …")
        // "Đơn vị được kiểm tra có trách nhiệm …" (an inspection plan's inspected unit) opens like no agency but is a doer
        if (!(AgencyNormalizer.startsLikeAgency(head + names) || UNIT.matcher(head + names).lookingAt())
                || !AssignmentRules.startsLikeDoerGroup(head + names)) return List.of();
        return agencies.split(distribute(head + names));
    }

    /** Whether the Roman section opened by block {@code r} has a numbered item before the next Roman section. */
    private static boolean hasNumbered(List<Block> blocks, int r) {
        for (int i = r + 1; i < blocks.size() && blocks.get(i).type() != 'R'; i++) if (blocks.get(i).type() == 'N') return true;
        return false;
    }

    /** The doer a bullet names: its subject, or the doer after its opening clause ({@code Trong quá trình …, doanh nghiệp …}). */
    private List<Agency> bulletDoer(String text) {
        List<Agency> own = subject(text);
        if (!own.isEmpty()) return own;
        AssignmentRules.Span s = AssignmentRules.get().subject(text);
        return s != null && AssignmentRules.startsLikeDoerGroup(s.name()) ? agencies.split(s.name()) : List.of();
    }

    /**
     * The doers of a bullet: those its first sentence names, then each doer a later sentence opens with, read as the
     * first ({@link #bulletDoer}: {@code … Trước mỗi đợt nổ, chỉ huy nổ mìn lập hộ chiếu …}, PANM Thành Hương V), unless
     * it names again a doer before it ({@code Chỉ huy nổ mìn tiến hành …} after {@code cán bộ chỉ huy nổ mìn của doanh
     * nghiệp}); none when the first sentence names none.
     */
    private List<Agency> withLaterDoers(List<Agency> first, String text) {
        String[] sentences = AssignmentRules.REQUEST_PART.split(text); // "…; đề nghị B …" asks a second doer too
        if (first.isEmpty() || sentences.length < 2) return first;
        List<Agency> out = new ArrayList<>(first);
        for (int i = 1; i < sentences.length; i++) {
            for (Agency a : bulletDoer(sentences[i])) {
                String name = a.name().toLowerCase(Locale.ROOT);
                if (out.stream().noneMatch(b -> b.name().toLowerCase(Locale.ROOT).contains(name))) out.add(a);
            }
        }
        return out;
    }

    /**
     * A result, not a task: the doer the item opens with runs into {@code đã} / {@code đang} ({@code Sở Y tế đã tổ chức
     * 12 lớp tập huấn …}, {@code Sở Tài chính đang bố trí kinh phí}; lexicon {@code report_aspect}).
     */
    private boolean reportsDone(String text) {
        for (Agency a : bulletDoer(text)) { // each doer name where the text prints it (not a distributed "Phòng Tư pháp")
            int i = text.indexOf(a.name());
            if (i >= 0 && AssignmentRules.reportsDone(text, new AssignmentRules.Span(i, i + a.name().length(), a.name(), "rule:outline"))) return true;
        }
        AssignmentRules.Span s = AssignmentRules.get().subject(text);
        return s != null && s.evidence().equals("rule:subject") && AssignmentRules.reportsDone(text, s);
    }

    /** The agency label of {@code Sở Y tế: Tăng cường ...}, or null. */
    private static String label(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.find()) return null;
        String l = m.group(1).strip();
        if (LIST_LABEL.matcher(l).matches() || !AssignmentRules.startsLikeDoer(l)) return null;
        return l;
    }

    /**
     * {@code Các Phòng: Tư pháp, Nội vụ, Huyện đoàn} → {@code Phòng Tư pháp; Phòng Nội vụ; Huyện đoàn}. Two pieces
     * stay one name when the document prints that name elsewhere ({@code Phòng Văn hóa, Khoa học và Thông tin}).
     */
    private String distribute(String subject) {
        Matcher m = DISTRIBUTED.matcher(subject);
        if (!m.lookingAt()) return subject;
        String[] pieces = subject.substring(m.end()).split(",\\s*");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (!out.isEmpty()) out.append("; ");
            if (AgencyNormalizer.startsLikeAgency(piece)) { out.append(piece); continue; }
            String name = m.group(1) + " " + piece;
            while (i + 1 < pieces.length && documentText.contains(name + ", " + pieces[i + 1])) name = name + ", " + pieces[++i];
            out.append(name);
        }
        return out.toString();
    }

    /**
     * The agencies after {@code phối hợp với}, each name ended by the shared clause-end cut ({@link
     * AssignmentRules#coordinating}: the {@code predicate} and {@code coord-stop} words of {@code task-rules.tsv}, with
     * their name-word guards; a span that opens like a doer), so {@code … phối hợp với Sở Xây dựng bố trí kinh phí} gives
     * {@code Sở Xây dựng}.
     */
    List<Agency> coordinating(String text) {
        List<Agency> out = new ArrayList<>();
        for (String c : AssignmentRules.get().coordinating(text)) out.addAll(agencies.split(c));
        return out;
    }
}
