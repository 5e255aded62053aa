package vn.plans.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.lexicon.Lexicon;
import vn.plans.normalize.Folding;

/**
 * The rules that say whether a passage assigns work and to whom, shared by the plan outline reader
 * ({@link TaskExtractor}) and the clause reader of other genres ({@link ClauseTaskReader}). Word lists are data
 * ({@code structure/task-rules.tsv}): the words that open a predicate (an agency span stops before them), closing
 * formulas and preamble openings that are never tasks.
 */
public final class AssignmentRules {
    /** A form cell or blank to fill in: dot leaders, ellipses or placeholders ({@code Phát: …… / Thu: ……}). */
    private static final Pattern BLANKS = Pattern.compile("(?:…{2,}|\\.{4,}|…\\s*…|_{3,})");
    /**
     * How a decision's execution clause ends after the offices it lists, besides {@code … chịu trách nhiệm thi hành
     * Quyết định này}: {@code … căn cứ Quyết định thi hành}, {@code … căn cứ Quyết định này thi hành}, {@code … căn cứ
     * Quyết định thực hiện}, {@code … thi hành Quyết định này}, {@code … tổ chức thực hiện Quyết định này} (older and
     * provincial drafting; also of a resolution or directive).
     */
    private static final String EXECUTION_TAIL = "(?:căn cứ (?:[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị)(?: này)? (?:thi hành|thực hiện)"
            + "|(?<=\\s)(?:thi hành|tổ chức thực hiện) (?:[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị) này\\s*\\.)";

    /**
     * Frames that assign: {@code Giao X}, {@code đề nghị X}, {@code X có trách nhiệm}, {@code X: Chủ trì}, {@code X cần}.
     */
    private static final Pattern FRAME = Pattern.compile(
            "(?U)(?:^|\\s)(?:[Gg]iao\\s+(?:cho\\s+)?(?=UBND|Ủy ban|Sở|Phòng|Ban|Công an|Văn phòng|Trung tâm|Bộ|Cục|Chi cục|các|Các|Thanh tra|Giám đốc|Chủ tịch|Đoàn|Tổ|Chi nhánh|[Cc]án bộ)|[Đđ]ề nghị\\s|(?<!bảo đảm |đảm bảo |đáp ứng |đạt |theo |các |những |về |với |của )[Yy]êu cầu\\s|[Cc]hủ trì|[Cc]ó trách nhiệm|[Cc]hịu trách nhiệm|có nhiệm vụ|[Pp]hối hợp với|[Ll]à đầu mối|phải có trách nhiệm|chịu trách nhiệm thi hành|tổ chức triển khai thi hành|" + EXECUTION_TAIL + "|[Pp]hải có trách nhiệm|(?<=\\S\\s)cần\\s(?!thiết))");
    /** A preamble sentence about what was received ({@code Sở Công Thương tỉnh Lào Cai nhận được Văn bản …}). */
    private static final Pattern RECEIVED = Pattern.compile("(?U)^.{0,70}\\bnhận được\\s");
    /** {@code Giao}, {@code Đề nghị}, {@code Yêu cầu} and a possible issuer before them ({@code Sở Công Thương đề nghị}). */
    private static final Pattern OPENER = Pattern.compile("(?U)(?:^|(?<=\\s))(?:[Gg]iao(?:\\s+cho)?|[Đđ]ề nghị|[Yy]êu cầu)\\s+(?=\\S)");
    /** Head words of people and offices, besides the agency heads of {@link AgencyNormalizer}. */
    private static final Pattern PERSON_HEAD = Pattern.compile(
            "(?U)^(?:Ông|Bà|Đồng chí|Cán bộ|Chánh|Phó Chánh|Giám đốc|Phó Giám đốc|Trưởng|Phó Trưởng|Chủ tịch|Phó Chủ tịch|Thủ trưởng|Bộ trưởng"
                    + "|Người đứng đầu|Chủ đầu tư|Nhà đầu tư|Nhà thầu|Doanh nghiệp|Đơn vị|Quý|Chi nhánh|Tổ chức|Cá nhân|Thuế|Viễn thông"
                    + "|Bộ Chỉ huy|Bộ chỉ huy|Cơ quan|Thanh tra|Kho bạc|Hội đồng|Đoàn|Tổ|Thủ kho)(?=[\\s,;:]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE_HEAD = Pattern.compile("(?U)^(?:Đoàn|Tổ|Hội đồng|Ban|Phòng|Sở|Các|các)$");

    private static final AssignmentRules INSTANCE = new AssignmentRules();

    private final List<String> predicates = new ArrayList<>();
    private final List<String> closings = new ArrayList<>();
    private final List<String> urges = new ArrayList<>();
    private final List<String> preambles = new ArrayList<>();
    private final List<String> coordStops = new ArrayList<>();
    private final List<String> notDoers = new ArrayList<>();
    private final List<String> effects = new ArrayList<>();
    private final List<String> clauseOpeners = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();
    private final List<String> startStatements = new ArrayList<>();
    private final List<String> doerClauses = new ArrayList<>();
    private final List<String> proposes = new ArrayList<>();
    private final List<String> addresseeEnds = new ArrayList<>();
    private final List<String> reportedVerbs = new ArrayList<>();
    private final List<String> reportedDocuments = new ArrayList<>();
    private final List<String> bodyHeads = new ArrayList<>();
    private final List<String> doerHeads = new ArrayList<>();
    private final java.util.Set<String> nameGoesOn = new java.util.HashSet<>();
    private final List<String> nameWords = new ArrayList<>();
    private final Pattern predicate;
    /** The verbs with which a report proposes to its addressee ({@code propose}), as a container's opener. */
    private final Pattern proposeOpener;
    /** A report's title that names its proposals ({@code propose}, folded: {@code Khó khăn, vướng mắc và kiến nghị}). */
    private final Pattern proposalTitle;
    /** A request reported from a document the issuer cites ({@code reported-verb}, {@code reported-document}). */
    private final Pattern reported;
    /** The leadership of a named body ({@code body-head}: {@code Lãnh đạo Cục}), not the verb ({@code Lãnh đạo, chỉ đạo …}). */
    private final Pattern leadership;
    /** The roles of people that open a doer ({@code doer-head}: {@code Chỉ huy nổ mìn}), case ignored. */
    private final Pattern doerHead;
    private final Pattern coordStop;
    /** A heading that names whose duties follow ({@code owner-heading} + {@code của} / {@code đối với} + the doer). */
    private final Pattern ownerHeading;
    private final List<String> ownerHeadings = new ArrayList<>();
    private final List<String> dutyDoers = new ArrayList<>();
    /**
     * A duty by {@code phải} in the opening clause, after a subject that opens with an obligated doer ({@code duty-doer}:
     * {@code Nhà đầu tư phải làm thủ tục …}); not a report's "had to" ({@code Công ty … phải tạm dừng sản xuất}).
     */
    private final Pattern duty;
    /**
     * A verb of the names too, which ends a coordinating list only in lower case right after a proper name ({@code
     * coord-stop-after-name}: {@code Sở Công Thương quản lý quỹ đất …}, where {@code cơ quan quản lý}, {@code các bộ quản
     * lý chuyên ngành} and {@code Ban Quản lý} are names).
     */
    private final Pattern coordStopAfterName;
    private final List<String> coordStopsAfterName = new ArrayList<>();
    /** What follows a closing phrase's colon when it opens a list of items ({@code nghiêm túc thực hiện: (i) …}). */
    private static final Pattern LIST_OPENS = Pattern.compile("(?U)^:\\s*(?:$|\\(\\p{Alnum}{1,4}\\)|\\p{L}\\)|\\d{1,2}[.)]|[-–+•])");

    private AssignmentRules() {
        load();
        String alt = alternation(predicates, true, true);
        String guard = nameGuard();
        this.predicate = Pattern.compile("(?U)(?<=\\s)" + guard + "(?:" + alt + ")(?=[\\s,.;:]|$)");
        StringBuilder stops = new StringBuilder(alt);
        for (String c : coordStops) stops.append('|').append(Pattern.quote(c));
        this.coordStop = Pattern.compile("(?U)(?<=\\s)" + guard + "(?:" + stops + ")(?=[\\s,.;:]|$)");
        this.proposeOpener = Pattern.compile("(?U)(?:^|(?<=\\s))(?:" + alternation(proposes, true) + ")\\s+(?=\\S)");
        List<String> folded = proposes.stream().map(v -> Folding.fold(v).toLowerCase(Locale.ROOT)).toList();
        // the word opens the title (after its number) or follows "," / "và", and is no one's ("kiến nghị của cử tri")
        this.proposalTitle = Pattern.compile("^(?:(?:[ivxlc]+|\\d+(?:\\.\\d+)*)[.)]\\s*)?(?:.*?(?:,|\\bva)\\s+)?(?:"
                + alternation(folded, false) + ")\\b(?!\\s+cua\\b)");
        // "… đã có Văn bản số …", or a sentence that dates the document ("Ngày 10/3/2027, Sở Công Thương có Văn bản số …")
        this.reported = Pattern.compile("(?U)(?:\\bđã |(?:^|[.;]\\s+)[Nn]gày \\d{1,2}(?:/| tháng )\\d{1,2}(?:/| năm )\\d{4},[^.;]{0,120}?\\s)(?:"
                + alternation(reportedVerbs, false) + ") (?:" + alternation(reportedDocuments, true)
                + ") số\\b[^.]{0,160}\\b(?:đề nghị|yêu cầu)\\b");
        this.leadership = Pattern.compile("(?U)^(?:" + alternation(bodyHeads, true) + ")\\s+\\p{Lu}");
        this.doerHead = Pattern.compile("(?iU)^(?:" + alternation(doerHeads, false) + ")(?=[\\s,;:]|$)");
        this.coordStopAfterName = Pattern.compile("(?U)(?<=\\p{Lu}\\p{L}{0,12})\\s(?:" + alternation(coordStopsAfterName, false) + ")(?=\\s)");
        this.duty = Pattern.compile("(?U)^(?:" + alternation(dutyDoers, true) + ")(?:\\s[^,.;:()]{0,80}?)?\\sphải\\s(?!được\\s|là\\s)");
        this.ownerHeading = Pattern.compile("(?U)^(?:" + alternation(ownerHeadings, false) + ") (?:của|đối với)\\s+([^.;:]+)$");
    }

    /**
     * A lookahead that refuses a predicate or stop word standing inside a name of the {@code name-words} list
     * ({@code xây dựng} of {@code Vụ … và Vật liệu xây dựng}): for each word of the lists found in a name, the name's
     * words before it behind and the rest of the name ahead, case ignored; empty when the list is.
     */
    private String nameGuard() {
        List<String> words = new ArrayList<>(predicates);
        words.addAll(coordStops);
        StringBuilder guard = new StringBuilder();
        for (String name : nameWords) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (String w : words) {
                String lw = w.toLowerCase(Locale.ROOT);
                for (int i = lower.indexOf(lw); i > 0; i = lower.indexOf(lw, i + 1)) {
                    if (lower.charAt(i - 1) != ' ') continue;
                    if (!guard.isEmpty()) guard.append('|');
                    guard.append("(?<=").append(Pattern.quote(name.substring(0, i))).append(')')
                            .append(Pattern.quote(name.substring(i))).append("(?=[\\s,.;:]|$)");
                }
            }
        }
        return guard.isEmpty() ? "" : "(?!(?iu:" + guard + "))";
    }

    /** The phrase up to the first predicate after its first word ({@code nhà đầu tư thực hiện dự án} → {@code nhà đầu tư}). */
    private String beforePredicate(String phrase) {
        Matcher v = predicate.matcher(phrase);
        return v.find() && v.start() > 0 ? phrase.substring(0, v.start()).strip() : phrase;
    }

    /** The phrases quoted as alternatives; with {@code lowerToo} a capitalized phrase also as written in lower case. */
    private static String alternation(List<String> phrases, boolean lowerToo) {
        return alternation(phrases, lowerToo, false);
    }

    /** As {@link #alternation(List, boolean)}; with {@code laterEitherCase} the words after the first in either case. */
    private static String alternation(List<String> phrases, boolean lowerToo, boolean laterEitherCase) {
        StringBuilder alt = new StringBuilder();
        for (String p : phrases) {
            if (!alt.isEmpty()) alt.append('|');
            alt.append(laterEitherCase ? laterWordsEitherCase(p) : Pattern.quote(p));
            String lower = p.substring(0, 1).toLowerCase(Locale.ROOT) + p.substring(1);
            if (lowerToo && !lower.equals(p)) alt.append('|').append(laterEitherCase ? laterWordsEitherCase(lower) : Pattern.quote(lower));
        }
        return alt.toString();
    }

    /**
     * A phrase as a regex whose words after the first may open in either case: restored or OCR-ed text capitalizes
     * words inside a verb phrase ({@code Chính phủ … quy định chi Tiết các Điều, Khoản …}, Luật báo chí 2016 Điều 61).
     * The first word keeps its case, so a name that holds the phrase capitalized ({@code Ban Chỉ đạo}) is no verb.
     */
    static String laterWordsEitherCase(String phrase) {
        String[] words = phrase.split(" ", -1);
        StringBuilder re = new StringBuilder(Pattern.quote(words[0]));
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            re.append(' ');
            if (w.isEmpty()) continue;
            String c = w.substring(0, 1), up = c.toUpperCase(Locale.ROOT), low = c.toLowerCase(Locale.ROOT);
            re.append(up.equals(low) ? Pattern.quote(c) : "[" + up + low + "]");
            if (w.length() > 1) re.append(Pattern.quote(w.substring(1)));
        }
        return re.toString();
    }

    /**
     * Where one sentence ends and the next begins inside a clause or bullet: after {@code . ! ? ;} and white space,
     * before a capital; not after the period of an abbreviation inside a name ({@code … (qua Cục Xuất nhập khẩu, số 54
     * Hai Bà Trưng, TP. Hà Nội) trước ngày …}, lexicon {@code dotted_abbreviations}). Both readers split with it (a
     * bullet's later doers, a clause's sentences).
     */
    static final Pattern SENTENCE_END = Pattern.compile("(?:(?<=[!?;])|(?<=" + AgencyNormalizer.NOT_ABBREVIATED + "\\.))\\s+(?=\\p{Lu})");

    /**
     * The sentences of a text ({@link #SENTENCE_END}), none cut inside parentheses, curly quotes or straight ones that pair up: {@code … (qua Cục
     * Xuất nhập khẩu; ĐT: 024.2220.5440; email: …) trước ngày 15/12/2026 …} is one sentence, and so is a request that
     * quotes the text to add ({@code … bổ sung nội dung “Đơn vị … . Trường hợp …” vào dự thảo}).
     */
    static String[] sentences(String text) {
        String[] parts = SENTENCE_END.split(text);
        if (parts.length < 2 || text.indexOf('(') < 0 && text.indexOf('“') < 0 && text.indexOf('"') < 0) return parts;
        List<String> out = new ArrayList<>();
        int at = 0, from = 0, depth = 0;
        boolean quoted = false; // inside straight double quotes, which open and close alike (counted only when they pair up)
        boolean paired = text.chars().filter(c -> c == '"').count() % 2 == 0;
        for (String part : parts) {
            int start = text.indexOf(part, at);
            at = start + part.length();
            for (int k = 0; k < part.length(); k++) {
                char c = part.charAt(k);
                if (c == '(' || c == '“') depth++;
                else if ((c == ')' || c == '”') && depth > 0) depth--;
                else if (c == '"' && paired) quoted = !quoted;
            }
            if (depth > 0 || quoted) continue; // the parenthesis or quotation goes on in the next part
            out.add(text.substring(from, at));
            from = at;
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
        }
        if (from < text.length()) out.add(text.substring(from));
        return out.toArray(String[]::new);
    }

    /**
     * Where a later request begins inside a sentence or clause: a sentence end ({@link #SENTENCE_END}), or {@code ;}
     * before a lower-case {@code đề nghị / yêu cầu / giao} ({@code Đề nghị A …; đề nghị B …}: two requests, two doers).
     * The readers take the doers of these parts as further leads of the same task; the task itself is not split.
     */
    static final Pattern REQUEST_PART = Pattern.compile("(?U)" + SENTENCE_END.pattern() + "|(?<=;)\\s+(?=(?:đề nghị|yêu cầu|giao)\\s)");

    /** A part that opens with {@code Giao / Đề nghị / Yêu cầu}, in either case: it asks the doer after it. */
    static final Pattern OPENS_ASKING = Pattern.compile("(?U)^(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)\\s");

    public static AssignmentRules get() {
        return INSTANCE;
    }

    /** True for blanks of a form ({@code Họ và tên: ……}). */
    public static boolean isFormCell(String text) {
        return BLANKS.matcher(text).find();
    }

    /**
     * True when the passage has an assigning frame ({@code Giao}, {@code đề nghị}, {@code có trách nhiệm}...) or opens
     * with an obligated doer's duty by {@code phải} ({@code duty-doer}) (not the passive {@code Các sự cố (nếu có) phải được ghi lại …}, nor a {@code phải}
     * after a comma: {@code Các cơ quan, đơn vị … được nộp hồ sơ … mà phải thực hiện …}).
     */
    public static boolean hasFrame(String text) {
        return FRAME.matcher(text).find() || INSTANCE.duty.matcher(text.strip()).find();
    }

    /** {@code đã} / {@code đang} (lexicon {@code report_aspect}) after a word: the aspect of a report of work done. */
    private static final Pattern REPORT_ASPECT = Pattern.compile(
            "(?U)(?<=\\s)(?:" + Lexicon.standard().alternation("report_aspect") + ")(?=\\s|$)");

    private static final Pattern ASPECT_ENDS = Pattern.compile(
            "(?U)(?<=\\s)(?:" + Lexicon.standard().alternation("report_aspect") + ")\\s*$");
    private static final Pattern PASSIVE = Pattern.compile("(?U)^\\s*được(?=\\s|$)");
    private static final Pattern ASSIGNING = Pattern.compile(
            "(?iU)(?<![\\p{L}\\p{M}])(?:" + Lexicon.standard().alternation("report_assigning") + ")(?![\\p{L}\\p{M}])");

    /** True when a doer's span ends at {@code đã} / {@code đang} ({@code Sở Y tế đã}, cut at the verb after it). */
    public static boolean reportAspect(String name) {
        return ASPECT_ENDS.matcher(name).find();
    }

    /**
     * A result, not a task: the doer {@code s} the text opens with ends at {@code đã} / {@code đang}, or they follow
     * it directly ({@code Sở Y tế đã tổ chức 12 lớp tập huấn …}, {@code Sở Tài chính đang bố trí kinh phí}); not when
     * {@code được} follows ({@code Các sở đã được giao …}) or the text holds an assigning word ({@code chủ trì}). The
     * one rule for both readers: the clause reader's subject span, the outline reader's doer names where the text prints
     * them.
     */
    public static boolean reportsDone(String text, Span s) {
        if (!startsLikeDoerGroup(s.name()) || s.end() > text.length()) return false;
        if (ASSIGNING.matcher(text).find()) return false;
        int at;
        if (reportAspect(s.name())) {
            at = s.end();
        } else {
            Matcher m = REPORT_ASPECT.matcher(text);
            if (!m.find(s.end()) || !text.substring(s.end(), m.start()).isBlank()) return false;
            at = m.end();
        }
        return !PASSIVE.matcher(text.substring(at)).lookingAt();
    }

    /** A closing formula ({@code … được biết và thực hiện./.}) or an entry-into-force clause. */
    public boolean isClosing(String text) {
        String f = text.toLowerCase(Locale.ROOT);
        // "… Nhà đầu tư nghiêm túc thực hiện: (i) …" opens the items it asks for, no closing formula
        // (a colon there that opens no list, "… nghiêm túc thực hiện: gửi báo cáo đúng hạn./.", is still the formula)
        for (String c : closings) {
            for (int i = f.indexOf(c); i >= 0; i = f.indexOf(c, i + 1)) {
                // "Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra … Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.": a
                // formula in a later sentence leaves the duty an earlier one assigns
                if (!LIST_OPENS.matcher(f.substring(i + c.length())).lookingAt() && !hasFrame(text.substring(0, sentenceStart(text, i)))) return true;
            }
        }
        // "Quyết định này có hiệu lực …" opens the sentence; "kể từ ngày Nghị định này có hiệu lực" inside a duty does not count
        for (String e : effects) { int i = f.indexOf(e); if (i >= 0 && i < 40) return true; }
        return false;
    }

    /** Where the sentence that holds {@code at} starts: after the last {@code . } before it, or 0. */
    private static int sentenceStart(String text, int at) {
        int dot = text.lastIndexOf(". ", at);
        return dot < 0 ? 0 : dot + 2;
    }

    /** {@code đề nghị} / {@code yêu cầu} right before the addressee. */
    private static final Pattern ASKS_BEFORE = Pattern.compile("(?U)(?:[Đđ]ề nghị|[Yy]êu cầu)\\s+$");

    /**
     * A request that asks its addressee {@code s} only to carry out, with no work of its own named ({@code Đề nghị các
     * đơn vị triển khai thực hiện nghiêm túc./.}, {@code Yêu cầu các đơn vị thực hiện nghiêm túc nội dung Văn bản
     * này./.}): every word after the addressee is of the {@code urge} list of {@code task-rules.tsv}. A closing formula
     * the {@code closing} phrases do not spell; not {@code Giao} (a decision's {@code Giao Sở … tổ chức thực hiện} is work
     * given) nor a request to consider or compile ({@code … đề nghị Sở Tư pháp tổng hợp./.}).
     */
    public boolean urgesOnly(String text, Span s) {
        if (s.end() > text.length() || !ASKS_BEFORE.matcher(text.substring(0, s.start())).find()) return false;
        String rest = text.substring(s.end()).toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
        if (rest.isEmpty()) return false;
        next:
        while (!rest.isEmpty()) {
            for (String u : urges) {
                if (rest.equals(u) || rest.startsWith(u + " ")) { rest = rest.substring(u.length()).strip(); continue next; }
            }
            return false;
        }
        return true;
    }

    /**
     * A statement about the work rather than an assignment: {@code Việc kiểm tra của Đoàn … không thay thế …}, the
     * scope a licence or notice permits ({@code Kho VLNCN nêu trên chỉ được phép …}); phrases are data ({@code statement}).
     */
    public boolean isStatement(String text) {
        String t = text.strip();
        for (String st : statements) {
            if (st.endsWith(" ") ? t.startsWith(st) : t.contains(st)) return true;
        }
        for (String st : startStatements) { int i = t.indexOf(st); if (i >= 0 && i < 60) return true; }
        return false;
    }

    /**
     * A request reported from another document, not made by this one: a numbered document the issuer had or received
     * ({@code … đã có Văn bản số … đề nghị Cục …}, {@code Sở Công Thương tỉnh Lào Cai đã nhận Tờ trình số … của Công ty
     * … đề nghị thẩm định …}, {@code Ngày 10/3/2027, Sở Công Thương có Văn bản số … đề nghị …}); {@code đã} or the date
     * that opens the sentence, and {@code số}, are required, since receiving {@code hồ sơ đề nghị …} (an
     * application dossier) is a duty ({@code … có trách nhiệm tiếp nhận hồ sơ của tổ chức, cá nhân đề nghị cấp …}).
     * Verbs and document types are data ({@code reported-verb}, {@code reported-document}).
     */
    public static boolean isReported(String text) {
        return INSTANCE.reported.matcher(text).find();
    }

    /** Preamble, address and signature lines: {@code Căn cứ …}, {@code Theo đề nghị …}, {@code Kính gửi …}. */
    public boolean isPreamble(String text) {
        String f = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^[-–+•|\\s]+", "");
        for (String p : preambles) if (f.startsWith(p)) return true;
        return RECEIVED.matcher(text.strip()).find();
    }

    /** {@code đề nghị} / {@code yêu cầu} and a possible {@code kính} / {@code trân trọng} before them. */
    private static final Pattern ASKING_VERB = Pattern.compile("(?U)(?:^|(?<=\\s))(?:(?:kính|trân trọng)\\s+)?(?:[Đđ]ề nghị|[Yy]êu cầu|giao)\\s+(?=\\S)");

    /**
     * A preamble's opening clause and then the issuer's own request ({@code Căn cứ Luật …; để có cơ sở tổng hợp, báo cáo
     * Bộ Công Thương, Sở Công Thương kính đề nghị Quý cơ sở báo cáo …}, {@code Thực hiện Văn bản số …, đề nghị UBND các
     * xã rà soát …}, {@code Xét đề nghị của Công ty … tại Văn bản số …, UBND tỉnh giao Sở Công Thương chủ trì …}): after a
     * comma, an addressee asked by {@code đề nghị} / {@code yêu cầu} or given work by {@code giao}, with nothing before the verb
     * since that comma but the doer that asks; not {@code Xét đề nghị của …} nor a request the cited text made
     * ({@code Thực hiện Văn bản số … của Bộ Công Thương đề nghị …}: no comma before it).
     */
    public boolean asksAfterOpening(String text) {
        int comma = text.indexOf(", ");
        if (comma < 0) return false;
        Matcher o = ASKING_VERB.matcher(text);
        while (o.find()) {
            if (o.start() <= comma || !startsLikeDoer(text.substring(o.end()))) continue;
            // the words since the last comma (there is one: the first is before the verb) are the doer that asks, or none
            String before = text.substring(0, o.start());
            String who = before.substring(Math.max(before.lastIndexOf(", "), before.lastIndexOf("; ")) + 2).strip();
            if (who.isEmpty() || startsLikeDoer(who) && !hasPredicate(who) && who.length() <= 80) return true;
        }
        return false;
    }

    /** True when the text holds a predicate word anywhere ({@code tăng cường}, {@code chủ trì}, {@code báo cáo}...). */
    public boolean hasPredicate(String text) {
        return predicate.matcher(" " + text).find() || coordStop.matcher(" " + text).find();
    }

    /** {@code Các} / {@code các} and what it gathers. */
    private static final Pattern COLLECTIVE_OF = Pattern.compile("(?U)^[Cc]ác\\s+(\\S.*)$");

    /**
     * True when a phrase opens like a doer and a collective gathers doers ({@code các tổ chức, cá nhân}, {@code Các Bộ
     * trưởng}, {@code các doanh nghiệp}), not things ({@code Các biện pháp bảo đảm an toàn phải phù hợp …}).
     */
    public static boolean startsLikeDoerGroup(String s) {
        Matcher m = COLLECTIVE_OF.matcher(s.strip());
        return startsLikeDoer(s) && (!m.matches() || startsLikeDoer(m.group(1)));
    }

    /** True when a phrase opens like an agency, an office holder or an addressee ({@code Quý Công ty}). */
    public static boolean startsLikeDoer(String s) {
        String t = s.strip();
        return AgencyNormalizer.startsLikeAgency(t) || PERSON_HEAD.matcher(t).find() || INSTANCE.leadership.matcher(t).find()
                || INSTANCE.doerHead.matcher(t).find();
    }

    /** The owner named right before a request that asks no one ({@code … của Sở X đề nghị …}). */
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?U)của\\s+([^,;()]{2,40}?)\\s*$");
    /** The doer a request is for, named in its opening ({@code Riêng đối với X, (Sở Công Thương) đề nghị …}). */
    private static final Pattern FOR_BEFORE = Pattern.compile("(?U)^(?:Riêng|Đồng thời|Ngoài ra)?,?\\s*[Đđ]ối với\\s+([^,;:()]{2,120}),\\s*(?:[^,;:]{0,40}\\s)?$");

    /**
     * The doer a sentence names, as printed: the words after {@code Giao / đề nghị / yêu cầu} or from the start, up to
     * the first predicate word ({@code UBND cấp xã, phường nêu cao …} → {@code UBND cấp xã, phường}); null when the
     * words there do not open like a doer. {@code charStart} of the span in the text is returned through the result.
     */
    public Span subject(String text) {
        String t = text;
        int base = 0;
        Matcher o = OPENER.matcher(t);
        // each Giao / đề nghị / yêu cầu in turn: the first may ask no one ("Sở Công Thương đề nghị thẩm định …, đề nghị
        // Công ty bổ sung …"), a later one names the addressee
        for (boolean first = true; base == 0 && o.find() && o.start() < 240; first = false) {
            String after = t.substring(o.end());
            // "…; không yêu cầu tổ chức, cá nhân nộp thêm hồ sơ giấy": a request negated inside the doer's predicate
            if (NEGATED.matcher(t.substring(0, o.start())).find()) continue;
            if (startsLikeDoer(after)) base = o.end();
            else if (first) {
                Matcher owner = OWNER_BEFORE.matcher(t.substring(0, o.start()));
                if (owner.find() && startsLikeDoer(owner.group(1))) {
                    return new Span(owner.start(1), owner.end(1), owner.group(1), "rule:owner");
                }
                // "Riêng đối với các chủ đầu tư nhà máy thủy điện, đề nghị cập nhật …": the request is for the doer it opens with
                Matcher forDoer = FOR_BEFORE.matcher(t.substring(0, o.start()));
                if (forDoer.find() && startsLikeDoer(forDoer.group(1)) && !hasPredicate(forDoer.group(1))) {
                    return new Span(forDoer.start(1), forDoer.end(1), forDoer.group(1).strip(), "rule:for-doer");
                }
            }
        }
        String rest = t.substring(base);
        Span own = ownSubject(rest, base, base > 0 ? "rule:opener" : "rule:subject");
        // the request of a document the text describes is no request of its own ("1. Dự thảo Tờ trình của Sở Công Thương đề
        // nghị UBND tỉnh ban hành Quyết định;" among the files a letter attaches)
        if (base > 0 && !DESCRIBED_DOCUMENT.matcher(t).lookingAt()) {
            // "Đề nghị Công ty lắp đặt biển báo …", "Đề nghị Ủy ban nhân dân xã Bảo Thắng giám sát việc …": a verb no word
            // list holds, so the predicate cut found none or ran on to a later one; the body's name ends the addressee
            String named = namedAddressee(rest);
            if (named == null) named = territorialName(rest);
            if (prefersNamed(named, own)) return new Span(base, base + named.length(), named, "rule:opener-name");
        }
        if (own != null || base > 0) return own;
        return afterClause(t);
    }

    /**
     * An addressee whose name the lexicon gives, and the lower-case word after it that opens what it is asked to do:
     * the written names of {@code [central_bodies]} and their provincial namesakes ({@code Bộ Tài chính} → {@code Sở
     * Tài chính}), each with a territorial unit after it; a {@code [level_heads]} body with its unit ({@code Công an
     * tỉnh}, {@code Ủy ban nhân dân xã Bảo Thắng}); a bare {@code Công ty} (the letter's addressee); several of them
     * joined by {@code ,} / {@code và}.
     */
    private static final Pattern NAMED_ADDRESSEE = namedAddressees();

    /** A text that opens with a document, whose request it describes ({@code Dự thảo Tờ trình của Sở … đề nghị …}). */
    private static final Pattern DESCRIBED_DOCUMENT = Pattern.compile("(?U)^\\s*(?:\\d+[.)]\\s*)?(?:Dự thảo\\s+|Bản sao\\s+)?"
            + "(?:Văn bản|Tờ trình|Công văn|Hồ sơ|Báo cáo|Biên bản|Quyết định|Kế hoạch|Thông báo|Giấy)(?=\\s)");
    /** A name that ends with a collective of units or bodies ({@code … các tỉnh}, {@code … cấp xã}, {@code các đơn vị có liên quan}). */
    private static final Pattern COLLECTIVE_END = Pattern.compile("(?U)(?:^|\\s)(?:các|cấp)\\s+\\S+(?:(?:,\\s*|\\s+và\\s+)\\S+)*$|liên quan$");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)");

    private static Pattern namedAddressees() {
        Lexicon lex = Lexicon.standard();
        List<String> bodies = new ArrayList<>();
        for (String c : lex.list("central_bodies")) {
            String written = c.substring(c.indexOf('|') + 1).strip();
            bodies.add(written);
            if (written.startsWith("Bộ ")) bodies.add("Sở " + written.substring(3));
        }
        bodies.sort((a, b) -> b.length() - a.length());
        String names = String.join("|", bodies.stream().map(Pattern::quote).toList());
        String unit = "(?:" + lex.alternation("administrative_levels") + "|cấp (?:tỉnh|huyện|xã)|các (?:xã|phường|huyện|tỉnh|thị trấn)(?:(?:,\\s*|\\s+và\\s+)(?:xã|phường|thị trấn|đặc khu))*)";
        String place = "(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*";
        // "Công ty", the letter's addressee, or a company whose name ends in two capitalized words ("Công ty TNHH Vận tải
        // Hoàng Long", a lower-case syllable only before a capital; not "Công ty Cổ phần thương mại …" nor "Công ty Khoáng
        // sản …", where a capital opens a word of two)
        String cap = "\\s+\\p{Lu}[\\p{L}\\p{M}\\p{N}&.-]*+";
        String company = "Công ty(?:(?:\\s+(?:[Cc]ổ phần|[Tt]rách nhiệm hữu hạn(?: một thành viên)?))?(?:" + cap
                + "|\\s+\\p{Ll}[\\p{L}\\p{M}]*+(?=\\s+\\p{Lu}))*" + cap + cap + ")?";
        // "các đơn vị sử dụng vật liệu nổ công nghiệp trên địa bàn tỉnh", "các cơ quan, đơn vị có liên quan": a collective
        // whose scope ends its name
        String scoped = "(?:[Cc]ác\\s+(?:đơn vị|doanh nghiệp|tổ chức|cơ quan|cơ sở|chủ đầu tư|nhà đầu tư)|[Dd]oanh nghiệp|[Đđ]ơn vị)(?:[\\s,][^;:.()\"“]{0,120}?)?\\s(?:trên địa bàn(?:\\s+" + unit + place + ")?|(?:có\\s+)?liên quan)";
        String one = "(?:(?:" + names + ")(?:\\s+" + unit + place + ")?|(?:" + lex.alternation("level_heads") + ")\\s+" + unit + place
                + "|" + company + "|" + scoped + "|Quý (?:cơ quan|đơn vị)(?:,\\s*đơn vị)?)";
        // the lower-case word after the name is its verb, not a word of the name a capital goes on with ("Xăng dầu Lào Cai")
        return Pattern.compile("(?U)^" + one + "(?:(?:,\\s*|\\s+và\\s+)" + one + ")*(?=\\s+(\\p{Ll}[\\p{L}\\p{M}]*+)(?!\\s+\\p{Lu}))");
    }

    /**
     * The addressee at the start of {@code rest} when the lexicon names it ({@link #NAMED_ADDRESSEE}) and the word after
     * it does not go on with the name ({@code name-goes-on} of {@code task-rules.tsv}: {@code Công ty cổ phần …}, {@code
     * đơn vị nêu trên}); else null.
     */
    String namedAddressee(String rest) {
        Matcher m = NAMED_ADDRESSEE.matcher(rest);
        if (!m.lookingAt()) return null;
        if (!goesOn(m.group(1), rest.substring(m.end(1)))) return m.group();
        // "Sở Xây dựng cùng với Sở Công Thương kiểm tra …": the addressee, then the body it works with (its coordinator)
        Matcher with = JOINED_BY.matcher(rest).region(m.end(), rest.length());
        return with.lookingAt() && namedAddressee(rest.substring(with.end())) != null ? m.group() : null;
    }

    /**
     * A body the lexicon does not name, whose name ends with its territory, before the lower-case verb of a request: an
     * agency head, at most 20 words, then a unit with its name ({@code Ban Quản lý các khu công nghiệp tỉnh}, {@code Phòng
     * Kinh tế, Hạ tầng và Đô thị xã Bảo Hà}, {@code Kho bạc Nhà nước khu vực VIII}) or a place of capitalized words ({@code
     * Chi cục Hải quan cửa khẩu quốc tế Lào Cai}); the shortest such name.
     */
    private static final Pattern TERRITORIAL_NAME = territorialNames();

    private static Pattern territorialNames() {
        Lexicon lex = Lexicon.standard();
        String cap = "\\p{Lu}[\\p{L}\\p{M}]*+";
        // a commune or ward by its name ("xã Bảo Hà"; "Hợp tác xã" is a word), a province or district also bare ("Công an tỉnh")
        String unit = "(?:(?:tỉnh|thành phố|huyện|quận|thị xã)(?:\\s+" + cap + ")*|(?:xã|phường|thị trấn|đặc khu)(?:\\s+" + cap + ")+|khu vực\\s+(?:[IVXLC]+|" + cap + ")(?:\\s+" + cap + ")*)";
        return Pattern.compile("(?U)^(?:" + lex.alternation("agency_heads") + ")(?:\\s+[^\\s;:.()\"“]+){0,20}?(?:\\s+" + unit + "|(?:\\s+" + cap + "){2,})"
                + "(?=\\s+(\\p{Ll}[\\p{L}\\p{M}]*+)(?!\\s+\\p{Lu}))");
    }

    /**
     * The addressee at the start of {@code rest} by {@link #TERRITORIAL_NAME}, when the word after it does not go on with
     * the name and it is one body (no agency head after a comma: a list is read by the list rules); else null.
     */
    static String territorialName(String rest) {
        Matcher m = TERRITORIAL_NAME.matcher(rest);
        if (!m.lookingAt() || INSTANCE.goesOn(m.group(1), rest.substring(m.end(1)))) return null;
        // a preposition inside ran past the name into the request ("Chi cục … thị trường cấp thông tin cho Sở Công Thương")
        if (INSIDE_REQUEST.matcher(m.group()).find()) return null;
        String[] parts = m.group().split(",\\s*|\\s+và\\s+");
        for (int i = 1; i < parts.length; i++) if (AgencyNormalizer.startsLikeAgency(parts[i])) return null;
        return m.group();
    }

    private static final Pattern INSIDE_REQUEST = Pattern.compile("(?U)\\s(?:cho|với|về|để|tại|trong|theo)\\s");

    /** A level after {@code cấp}: the word goes on with a name ({@code Ủy ban nhân dân cấp xã}), else it is the verb "grant". */
    private static final Pattern LEVEL_AFTER = Pattern.compile("(?U)^\\s+(?:tỉnh|huyện|xã|phường|cơ sở|trung ương|bộ|sở|thành phố|quận|thị xã|thị trấn|có thẩm quyền|trên|dưới)(?=[\\s,;:.]|$)");

    /**
     * Whether {@code word} after a name goes on with it ({@code name-goes-on}); {@code cấp} only before a level ({@code …
     * cấp xã}), since before its object it is the verb ({@code … Lào Cai cấp thông tin cho Sở Công Thương}).
     */
    boolean goesOn(String word, String after) {
        if (word.equals("cấp")) return LEVEL_AFTER.matcher(after).lookingAt();
        return nameGoesOn.contains(word);
    }

    /** {@code cùng với} between two bodies the lexicon names: the second works with the first. */
    private static final Pattern JOINED_BY = Pattern.compile("(?U)\\s+cùng với\\s+");

    /**
     * The doer a clause opens with when the lexicon names it ({@link #NAMED_ADDRESSEE}) and the verb after it is in no
     * word list ({@code Ủy ban nhân dân cấp tỉnh ban hành …}); null for a delegation or a standing duty, which have rules of
     * their own ({@code Chính phủ quy định …}, {@code Chính phủ thống nhất quản lý …}).
     */
    Span namedSubject(String text) {
        String named = namedAddressee(text);
        if (named == null || isNotDoer(text)) return null;
        String next = text.substring(named.length()).strip();
        if (next.startsWith("quy định") || next.startsWith("thống nhất")) return null;
        return new Span(0, named.length(), named, "rule:subject-name");
    }

    /**
     * {@code own}, the subject the predicate cut gave, or the named doer ({@link #namedSubject}) where that cut found none
     * or ran past the name to a later listed verb ({@code Bộ Tài chính giám sát việc sử dụng kinh phí thực hiện …}).
     */
    Span namedSubject(String text, Span own) {
        if (own != null && !own.evidence().equals("rule:subject")) return own;
        Span named = namedSubject(text);
        return prefersNamed(named == null ? null : named.name(), own) ? named : own;
    }

    /** Whether the named doer is the subject: the predicate cut found none, or ran past the name ({@link #ranOn}). */
    private static boolean prefersNamed(String named, Span own) {
        return named != null && (own == null || ranOn(own.name(), named));
    }

    /** Whether a span cut at a later predicate ran past a named addressee into the lower-case words of the request. */
    private static boolean ranOn(String span, String named) {
        if (span.length() <= named.length() || !span.startsWith(named + " ")) return false;
        // a collective goes on with what qualifies it ("Ủy ban nhân dân các tỉnh biên giới có trách nhiệm …", probe p05)
        if (COLLECTIVE_END.matcher(named).find()) return false;
        // what the request quotes may hold capitals ("… sửa tên tài liệu thành \"Phương án …\" và gửi lại …")
        String words = QUOTED.matcher(span.substring(named.length())).replaceAll(" ");
        return words.codePoints().noneMatch(Character::isUpperCase);
    }

    /** An opening that looks like a doer but is a verb phrase ({@code Tổ chức kiểm tra …}, {@code Thanh tra, kiểm tra …}). */
    boolean isNotDoer(String rest) {
        String r = AgencyNormalizer.capitalize(rest); // "…, tổ chức thực hiện nhiệm vụ, …" after an opening clause
        if (doerHead.matcher(r).find()) return false; // "Tổ chức đánh giá sự phù hợp có trách nhiệm …": a body the rules name
        for (String n : notDoers) if (r.startsWith(n + " ") || r.startsWith(n + ",") || r.equals(n)) return true;
        return false;
    }

    /** The doer's own responsibility predicate a few words on ({@code … xây dựng công trình chịu trách nhiệm}). */
    private static final Pattern RESPONSIBILITY_SOON = Pattern.compile("(?U)(?:\\s+[^\\s,.;:]+){1,5}?\\s+((?:chịu|có) trách nhiệm)\\b");

    /**
     * An honorific and a body's bare noun, the whole addressee when a lower-case word follows ({@code Quý Sở thẩm định
     * nguồn kinh phí …} → {@code Quý Sở}), where a named body goes on in capitals and a company by its form ({@code Quý
     * Công ty cổ phần …}), and a list goes on after {@code và} ({@code Quý Sở và UBND xã …}).
     */
    private static final Pattern HONORIFIC = Pattern.compile("(?U)^(Quý\\s+(?:Sở|Bộ|Cục|Chi cục|Ban|Ủy ban|Uỷ ban|Phòng|Văn phòng|Trung tâm"
            + "|Viện|Tập đoàn|Tổng công ty|Công ty(?!\\s+(?:cổ phần|trách nhiệm|hợp danh|liên doanh|xăng dầu)\\b)))(?=\\s+\\p{Ll})(?!\\s+(?:và|cùng|với)\\s)");

    /** A request negated before its verb ({@code … không yêu cầu …}, {@code … không đề nghị …}). */
    private static final Pattern NEGATED = Pattern.compile("(?U)(?:^|\\s)không\\s+$");
    /** The offices an execution clause lists ({@code … chịu trách nhiệm thi hành}, {@code … căn cứ Quyết định thi hành}). */
    private static final Pattern EXECUTES = Pattern.compile("(?U)trách nhiệm thi hành|" + EXECUTION_TAIL);
    /** Whether the text holds an execution clause's phrase ({@code … chịu trách nhiệm thi hành}, {@code … căn cứ Quyết định thi hành}). */
    static boolean executes(String text) {
        return EXECUTES.matcher(text).find();
    }

    /** A company's name, whose words may be verbs elsewhere ({@code Công ty Cổ phần Đá xây dựng …}). */
    private static final Pattern COMPANY = Pattern.compile("(?U)(?:^|\\s)Công ty\\s");

    /** The last member of a list so far: the words after its last comma or semicolon. */
    private static String lastMember(String list) {
        return list.substring(Math.max(list.lastIndexOf(','), list.lastIndexOf(';')) + 1).strip();
    }

    /** A doer's label before its colon ({@code Sở Y tế: Chủ trì …}, {@code Bà … - Phó Trưởng đoàn: Giúp …}). */
    private static final Pattern DOER_LABEL = Pattern.compile("^([^:]{2,160}?)\\s*:\\s*(?=\\S)");

    /** The bodies of a distributed list before their names ({@code các Phòng: …}, {@code Các Sở: …}, {@code UBND các xã: …}). */
    private static final Pattern LISTED_BODIES = Pattern.compile("(?U)^(?:[Cc]ác\\s+(?:Phòng|Sở|phòng|sở)|(?:Chủ tịch\\s+)?(?:UBND|Ủy ban nhân dân)\\s+các\\s+(?:xã|phường|huyện))\\s*:\\s*(?=\\p{Lu})");

    private Span ownSubject(String rest, int base, String evidence) {
        if (isNotDoer(rest)) return null; // "Tổ chức kiểm tra …" is a verb
        Matcher honorific = HONORIFIC.matcher(rest);
        if (honorific.lookingAt()) return new Span(base, base + honorific.end(1), honorific.group(1), evidence);
        // "Giao các Phòng: Kỹ thuật an toàn - Môi trường, Quản lý năng lượng kiểm tra …": the bodies the colon lists
        Matcher listed = LISTED_BODIES.matcher(rest);
        if (listed.lookingAt()) {
            String names = namedBeforeVerb(rest.substring(listed.end()));
            if (names != null) return new Span(base, base + listed.end() + names.length(), rest.substring(0, listed.end()) + names, "rule:distributed");
        }
        boolean executionList = executes(rest); // "Giám đốc các Sở, ngành: A, B … chịu trách nhiệm thi hành" lists many offices
        Matcher label = DOER_LABEL.matcher(rest);
        if (label.find() && startsLikeDoer(label.group(1)) && !label.group(1).contains(".") && !hasPredicate(label.group(1))
                && !executionList) { // a list, no label
            return new Span(base, base + label.group(1).length(), label.group(1).strip(), "rule:label");
        }
        int longest = executionList ? 480 : 240;
        Matcher v = predicate.matcher(rest);
        int clauseEnd = -1; // the end of a restrictive clause of the doer ("các nhà thầu tham gia xây dựng công trình")
        while (v.find()) {
            String before = rest.substring(0, v.start()).strip();
            if (before.isEmpty()) return null;
            if (before.endsWith(" các") || before.endsWith(" Các") || BARE_HEAD.matcher(before).matches()) continue;
            // "Công ty Cổ phần Đá xây dựng Núi Voi", also as a member of a list ("…, Giám đốc Công ty Cổ phần Đá xây dựng …")
            if (v.group().equals("xây dựng") && COMPANY.matcher(lastMember(before)).find()) continue;
            if (v.start() < clauseEnd) continue;
            Matcher soon = RESPONSIBILITY_SOON.matcher(rest).region(v.end(), rest.length());
            if (doerClauses.contains(v.group()) && soon.lookingAt()) { clauseEnd = soon.start(1); continue; }
            if (before.length() > longest || !startsLikeDoer(before)) return null;
            String span = Lines.trimEnd(before);
            if (BARE_HEAD.matcher(span).matches() || span.equals("Tổ chức")) return null; // "Tổ chức triển khai …" is a verb
            return new Span(base, base + span.length(), span, evidence);
        }
        return null;
    }

    /**
     * The subject after an opening clause: {@code Trong thời hạn 06 tháng, kể từ …, các bộ quản lý chuyên ngành thực
     * hiện …} → {@code các bộ quản lý chuyên ngành}; the openers are data ({@code clause-opener}).
     */
    private Span afterClause(String t) {
        boolean opens = false;
        for (String o : clauseOpeners) if (t.startsWith(o + " ") || t.startsWith(o + ",")) { opens = true; break; }
        if (!opens) return null;
        int from = 0;
        for (int k = 0; k < 8; k++) { // "Căn cứ …, để phòng, chống …, gây rối, …, người thi hành công vụ, Chính phủ quy định …"
            int comma = t.indexOf(", ", from);
            if (comma < 0 || comma > 300) return null;
            String rest = t.substring(comma + 2);
            if (startsLikeDoer(rest)) {
                Span s = ownSubject(rest, comma + 2, "rule:subject-after-clause");
                if (s != null) return s;
            }
            from = comma + 2;
        }
        return null;
    }

    /**
     * The addressee of a container that asks ({@code … đề nghị Bộ Xây dựng:}, {@code Giao Sở Công Thương:}, {@code …
     * Sở Công Thương trả lại hồ sơ và đề nghị Công ty hoàn thiện các nội dung sau:} → {@code Công ty}): the doer after
     * the last {@code Giao / đề nghị / yêu cầu}, up to its predicate or the object that follows it ({@code … đề nghị Bộ
     * Công Thương một số nội dung như sau:} → {@code Bộ Công Thương}, task-rules {@code addressee-end}). In a report's
     * proposals ({@code proposing}) a container without those verbs proposes with {@code đề xuất / kiến nghị} ({@code
     * propose}: {@code Sở Công Thương đề xuất Bộ Công Thương một số nội dung như sau:}); elsewhere a later {@code đề
     * xuất} is what the addressee is asked to do ({@code Giao Sở Tài chính chủ trì, … đề xuất Ủy ban nhân dân tỉnh …}).
     */
    public String addressee(String container, boolean proposing) {
        String found = lastOpened(OPENER, container);
        if (found == null && proposing) found = lastOpened(proposeOpener, container);
        if (found == null) return null;
        // "… đề nghị Bộ Công Thương một số nội dung như sau:": the addressee ends where the object begins (addressee-end)
        for (String end : addresseeEnds) {
            int i = found.indexOf(" " + end);
            if (i > 0) found = found.substring(0, i);
        }
        found = Lines.trimEnd(found);
        if (found.startsWith("cho ")) found = found.substring(4); // "Ủy ban nhân dân cấp xã giao cho phòng Kinh tế … , cụ thể:"
        if (!startsLikeDoer(found)) return null;
        Span s = ownSubject(found + " ", 0, "rule:opener");
        if (s != null && s.name().length() <= 120) return s.name();
        return found.length() <= 120 && !hasPredicate(found) ? found : null;
    }

    private static String lastOpened(Pattern opener, String container) {
        Matcher o = opener.matcher(container);
        String found = null;
        while (o.find()) found = container.substring(o.end());
        return found;
    }

    /**
     * A report's section title that names its proposals: a {@code propose} word opens it or follows {@code ,} / {@code
     * và} ({@code 6. Kiến nghị}, {@code 4. Đề xuất, kiến nghị}, {@code V. KIẾN NGHỊ}, {@code 2. Khó khăn, vướng mắc và
     * kiến nghị}); as the object of the title's verb or someone's ({@code 2. Kết quả giải quyết kiến nghị của cử tri})
     * it names the report's matter.
     */
    public boolean namesProposals(String title) {
        return proposalTitle.matcher(Folding.fold(title.strip()).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A line that asks a doer by name: {@code Giao / đề nghị / yêu cầu} or a {@code propose} verb before an addressee
     * ({@code Đề nghị Bộ Công Thương hỗ trợ kinh phí …}), not a title ({@code Đề xuất, kiến nghị}, {@code Đề xuất giải pháp}).
     */
    public boolean asksAddressee(String line) {
        for (Pattern opener : List.of(OPENER, proposeOpener)) {
            Matcher o = opener.matcher(line);
            while (o.find()) if (startsLikeDoer(line.substring(o.end()))) return true;
        }
        return false;
    }

    /** A sentence that names a doer and what it should do without an assigning verb ({@code Đồng thời, Công ty cần …}). */
    public boolean asksDoer(String sentence) {
        Span s = subject(sentence);
        return s != null && Pattern.compile("(?U)^\\s*cần\\s(?!thiết)").matcher(sentence.substring(Math.min(sentence.length(), s.end()))).find();
    }

    /** The agencies after {@code phối hợp với}, each occurrence up to the next predicate or clause end. */
    /** {@code phối hợp với}, also as OCR may capitalize it ({@code phối hợp Với}, TT 23/2024's scan). */
    private static final Pattern COORDINATES = Pattern.compile("(?U)[Pp]hối hợp (?:chặt chẽ )?[Vv]ới\\s+|(?<=\\S\\s)cùng với\\s+");

    public List<String> coordinating(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = COORDINATES.matcher(text);
        while (m.find()) {
            String span = namedFirst(text.substring(m.end()));
            if (!span.isEmpty() && startsLikeDoer(span)) out.add(span);
        }
        return out;
    }

    private static final Pattern NAMED_END =
            Pattern.compile("(?U)[;:(]|" + AgencyNormalizer.NOT_ABBREVIATED + "\\.|\\s(?:trong|để|nhằm|về|tại)\\s");

    /**
     * The names a text opens with, up to its clause end ({@code .;:(}, not an abbreviation's period: {@code TT. Phát
     * triển quỹ đất}; {@code trong / để / nhằm / về / tại}) or the verb of what they do ({@link #verbAt}): {@code UBND
     * xã Yên Bình hoàn thành phương án …} → {@code UBND xã Yên Bình}, {@code Sở Tài chính bố trí ngân sách} → {@code Sở
     * Tài chính}; empty when a verb opens it.
     */
    String namedFirst(String text) {
        int end = clauseEnd(text);
        int verb = verbAt(text, end);
        return endRelated(Lines.trimEnd(text.substring(0, verb >= 0 ? verb : end)));
    }

    /**
     * The doer a sentence opens with, up to the verb of what it does ({@link #verbAt}, the verb cut of {@link
     * #namedFirst}): {@code Sở Tài chính bố trí kinh phí} → {@code Sở Tài chính}; a subject runs through {@code ;} and
     * {@code .} ({@code các sở, ban, ngành, …; Ủy ban nhân dân các huyện … và các đơn vị có liên quan căn cứ …}); null
     * when no verb follows the names, one opens the text or its opening is a verb phrase ({@code not-doer}: {@code Ban
     * hành …}, {@code Trường hợp …}).
     */
    public String namedBeforeVerb(String text) {
        if (isNotDoer(text.strip())) return null;
        int verb = verbAt(text, text.length());
        if (verb <= 0) return null;
        String names = endRelated(Lines.trimEnd(text.substring(0, verb)));
        return names.isEmpty() ? null : names;
    }

    private static int clauseEnd(String text) {
        Matcher stop = NAMED_END.matcher(text);
        while (stop.find()) {
            // an agency's own unit in parentheses goes on with its name ("phối hợp với Công an tỉnh (PC07), Ủy ban nhân
            // dân các xã …"); a note does not ("(nếu có)", "(Có phụ lục kèm theo)")
            Matcher unit = stop.group().equals("(") ? OWN_UNIT.matcher(text).region(stop.start(), text.length()) : null;
            if (unit != null && unit.lookingAt()) {
                stop.region(unit.end(), text.length());
                continue;
            }
            return stop.start();
        }
        return text.length();
    }

    /** A dependent unit in parentheses after an agency's name: a code or a capitalized name, not a note. */
    private static final Pattern OWN_UNIT = Pattern.compile("(?U)\\((?!(?i:có|kèm|chi tiết|phụ lục|nếu|theo|sau|gọi))\\p{Lu}[^();:]{0,60}\\)");

    /**
     * Where the verb of what the opening names do stands, before {@code end}: the first predicate or {@code coord-stop}
     * word of {@code task-rules.tsv} (not inside a {@code name-words} name) that follows neither {@code các}, a comma
     * ({@code các sở, tổ chức liên quan}), a bare head ({@code Sở}) nor {@code được} ({@code Đơn vị được kiểm tra}); -1
     * when none.
     */
    private int verbAt(String text, int end) {
        Matcher afterName = coordStopAfterName.matcher(text.substring(0, end));
        int bound = end;
        while (afterName.find()) {
            // "các Ban quản lý chợ trên địa bàn": a body's head noun in capitals, no proper name, before the word of its name
            String before = text.substring(0, afterName.start());
            if (BARE_HEAD.matcher(before.substring(before.lastIndexOf(' ') + 1)).matches()) continue;
            bound = afterName.start() + 1;
            break;
        }
        Matcher v = coordStop.matcher(text.substring(0, bound));
        while (v.find()) {
            String before = text.substring(0, v.start()).strip();
            if (before.endsWith(" các") || before.endsWith(",") || BARE_HEAD.matcher(before).matches()) continue;
            // "Các doanh nghiệp được kiểm tra có trách nhiệm …", "Đơn vị được kiểm tra …": a passive that qualifies the doer
            if (before.endsWith(" được")) continue;
            return v.start();
        }
        return bound < end ? bound : -1;
    }


    /**
     * The doer of a heading {@code Trách nhiệm (chung) của X}, {@code Yêu cầu đối với X}, {@code Nhiệm vụ của X}, {@code
     * Các điều kiện đối với X} (the {@code owner-heading} words), up to a predicate that opens a clause after it; else null.
     */
    public static String ownerHeading(String heading) {
        String h = Lines.trimEnd(heading.strip());
        if (h.length() > 200) return null;
        Matcher m = INSTANCE.ownerHeading.matcher(h);
        // "2. Các điều kiện đối với nhà đầu tư thực hiện dự án": the doer without its clause ("thực hiện dự án")
        // "Các điều kiện đối với phương tiện vận chuyển …", "Yêu cầu đối với hồ sơ …": a thing, no doer
        if (m.matches()) {
            String name = INSTANCE.beforePredicate(m.group(1));
            return startsLikeDoerGroup(name) ? name : null;
        }
        // "Điều 16. Trách nhiệm Sở Công Thương" (a regulation's article without "của"): the words must open like a doer
        m = OWNER_HEADING_BARE.matcher(h);
        return m.matches() && m.group(1).length() <= 100 && AgencyNormalizer.startsLikeAgency(m.group(1)) ? m.group(1) : null;
    }

    // not before "và" and another name: the list goes on ("phối hợp với các sở, ngành liên quan và UBND các xã, phường tổ chức …")
    private static final Pattern RELATED = Pattern.compile("(?U)\\bliên quan(?=\\s+\\p{Ll})(?!\\s+và\\s+\\p{Lu})");
    /** Whose units a collective is: {@code thuộc Ủy ban nhân dân cấp tỉnh}, {@code của địa phương}, {@code trên địa bàn tỉnh}. */
    private static final Pattern RELATED_OWNER = Pattern.compile("(?U)\\s+(?:(?:(?:trực )?thuộc|của|trên địa bàn)\\s+(?>"
            + "(?:Văn phòng\\s+)?(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)(?:\\s+cấp)?(?:\\s+(?:tỉnh|huyện|xã|phường|thành phố))?"
            + "|(?:cấp\\s+)?(?:tỉnh|huyện|xã|phường|thành phố|địa phương|trung ương))(?:\\s+\\p{Lu}\\p{L}*)*+"
            + "|trên địa bàn)");
    private static final Pattern LOWER_NEXT = Pattern.compile("(?U)\\s+\\p{Ll}");
    private static final Pattern OF = Pattern.compile("(?U)\\s+của\\b");

    /**
     * A collective ends at {@code liên quan} when the task's verb follows ({@code các sở, ngành có liên quan lập quy
     * hoạch …}), or after the qualifier that says whose units they are ({@code các đơn vị chuyên môn có liên quan thuộc
     * Ủy ban nhân dân cấp tỉnh lập 01 bộ hồ sơ …}, {@code các bộ phận liên quan của Văn phòng UBND tỉnh bảo đảm …});
     * a qualifier not followed by a lower-case word leaves the span whole, and so does a {@code của} this does not read
     * ({@code cơ quan, tổ chức có liên quan của nước tiếp nhận …}). A qualifier it does not read after {@code thuộc} or
     * {@code trên} ({@code thuộc Sở Nông nghiệp và Môi trường}) is cut at {@code liên quan}, as before.
     */
    static String endRelated(String span) {
        Matcher related = RELATED.matcher(span);
        while (related.find()) {
            int end = related.end();
            Matcher owner = RELATED_OWNER.matcher(span).region(end, span.length());
            if (owner.lookingAt()) {
                end = owner.end();
                return LOWER_NEXT.matcher(span).region(end, span.length()).lookingAt() ? span.substring(0, end) : span;
            }
            if (!OF.matcher(span).region(end, span.length()).lookingAt()) return span.substring(0, end);
        }
        return span;
    }
    private static final Pattern OWNER_HEADING_BARE = Pattern.compile("(?U)^Trách nhiệm\\s+(\\p{Lu}[^.;:]+)$");

    /**
     * The doer of a heading that only gives work ({@code 2. Giao Sở Xây dựng}) or, with {@code asks} (items follow it),
     * only asks an addressee ({@code 1. Đề nghị Bộ Công Thương} over its bullets, no sentence end); null when a
     * predicate follows.
     */
    public static String giveHeading(String heading, boolean asks) {
        String raw = heading.strip();
        if (asks && raw.matches("(?s).*[.;]$")) asks = false;
        String h = Lines.trimEnd(raw);
        Matcher m = (asks ? ASK_HEADING : GIVE_HEADING).matcher(h);
        return m.matches() && startsLikeDoer(m.group(1)) && !INSTANCE.hasPredicate(m.group(1)) ? m.group(1) : null;
    }

    private static final Pattern GIVE_HEADING = Pattern.compile("(?U)^Giao\\s+(?:cho\\s+)?(.{2,120})$");
    private static final Pattern ASK_HEADING = Pattern.compile("(?U)^(?:Giao|Đề nghị|Yêu cầu)\\s+(?:cho\\s+)?(.{2,120})$");

    /**
     * A container that opens the proposals of a report without section lines: a {@code propose} word ends it, before
     * an {@code addressee-end} object if any ({@code Để khắc phục những tồn tại …, Sở Công Thương Lào Cai kiến nghị:}).
     */
    public boolean opensProposals(String container) {
        String t = container.strip();
        if (!t.endsWith(":")) return false;
        t = Lines.trimEnd(t);
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String end : addresseeEnds) {
                if (t.endsWith(" " + end)) { t = t.substring(0, t.length() - end.length()).strip(); cut = true; }
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String p : proposes) if (lower.endsWith(" " + p.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /**
     * A doer named by a heading: {@code Trách nhiệm (chung) của X}, {@code Yêu cầu đối với X}, or an agency alone (a
     * collective of doers, not {@code 1. Các căn cứ.}).
     */
    public static String headingDoer(String heading) {
        String h = Lines.trimEnd(heading.strip());
        String owner = ownerHeading(h);
        if (owner != null) return owner;
        if (INSTANCE.isNotDoer(h)) return null; // "8. Thanh tra, kiểm tra, đánh giá việc chấp hành …" is a duty
        if (h.length() <= 120 && startsLikeDoerGroup(h) && !h.contains(". ")
                && !Folding.fold(h).toLowerCase(Locale.ROOT).matches(".*\\b(noi dung|thoi gian|dia diem|thanh phan|ket qua|thong tin)\\b.*")) {
            return h;
        }
        return null;
    }

    /**
     * The agencies with their mention: the offsets of each name in {@code text} (searched from {@code from}; null
     * when it is not there, as for a name inherited from a heading) and the evidence.
     */
    static List<vn.plans.model.Agency> mentioned(List<vn.plans.model.Agency> names, String text, int from, String evidence) {
        List<vn.plans.model.Agency> out = new ArrayList<>();
        int at = Math.max(0, from);
        for (vn.plans.model.Agency a : names) {
            int i = text.indexOf(a.name(), Math.min(at, text.length()));
            if (i < 0) i = text.indexOf(a.name());
            if (i >= 0) at = i + a.name().length();
            out.add(a.withMention(new vn.plans.model.Agency.Mention(i < 0 ? null : i, i < 0 ? null : i + a.name().length(), evidence)));
        }
        return out;
    }

    /** An agency span in a text: where it starts and ends, the name, and the rule or model that found it. */
    public record Span(int start, int end, String name, String evidence) {}

    private void load() {
        try (InputStream in = AssignmentRules.class.getResourceAsStream("/structure/task-rules.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource /structure/task-rules.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] kv = line.split("\t", 2);
                if (kv.length < 2) continue;
                switch (kv[0]) {
                    case "predicate" -> predicates.add(kv[1].strip());
                    case "closing" -> closings.add(kv[1].strip().toLowerCase(Locale.ROOT));
                    case "urge" -> urges.add(kv[1].strip().toLowerCase(Locale.ROOT));
                    case "preamble" -> preambles.add(kv[1].strip().toLowerCase(Locale.ROOT));
                    case "coord-stop" -> coordStops.add(kv[1].strip());
                    case "coord-stop-after-name" -> coordStopsAfterName.add(kv[1].strip());
                    case "not-doer" -> notDoers.add(kv[1].strip());
                    case "effect" -> effects.add(kv[1].strip().toLowerCase(Locale.ROOT));
                    case "clause-opener" -> clauseOpeners.add(kv[1].strip());
                    case "statement" -> statements.add(kv[1].replaceFirst("^\\s+", ""));
                    case "statement-start" -> startStatements.add(kv[1].strip());
                    case "doer-clause" -> doerClauses.add(kv[1].strip());
                    case "propose" -> proposes.add(kv[1].strip());
                    case "addressee-end" -> addresseeEnds.add(kv[1].strip());
                    case "reported-verb" -> reportedVerbs.add(kv[1].strip());
                    case "reported-document" -> reportedDocuments.add(kv[1].strip());
                    case "body-head" -> bodyHeads.add(kv[1].strip());
                    case "doer-head" -> doerHeads.add(kv[1].strip());
                    case "owner-heading" -> ownerHeadings.add(kv[1].strip());
                    case "name-words" -> nameWords.add(kv[1].strip());
                    case "duty-doer" -> dutyDoers.add(kv[1].strip());
                    case "name-goes-on" -> nameGoesOn.add(kv[1].strip());
                    default -> { }
                }
            }
            urges.sort((a, b) -> b.length() - a.length()); // the longest phrase first ("nghiêm túc" before "nghiêm")
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
