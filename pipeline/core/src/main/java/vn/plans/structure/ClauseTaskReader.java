package vn.plans.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.Agency;
import vn.plans.model.DocumentPart;
import vn.plans.model.DocumentType;
import vn.plans.model.Task;
import vn.plans.normalize.Folding;
import vn.plans.normalize.Reflow;

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
    /**
     * An article line: {@code Điều 5. Title}, and in older laws {@code Điều 26} alone on its line over its paragraph or
     * {@code Điều 140 Uỷ ban thường vụ Quốc hội, Chính phủ hướng dẫn …} without the period (Luật thuế chuyển quyền sử
     * dụng đất 1994, Luật tổ chức HĐND và UBND 2003); not {@code Điều 5 của Luật …} inside a sentence.
     */
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(\\d{1,3})(?:\\s*[.:]|(?=\\s+\\p{Lu})|\\s*$)\\s*(.*)$");
    /**
     * {@code Điều 140 Uỷ ban …}: an article number before a capital without a period; an article only after a line that
     * ends a sentence or is a heading, since a wrapped line ({@code … theo quy định tại khoản 2} / {@code Điều 26 Luật
     * này và …}) opens the same way.
     */
    private static final Pattern BARE_ARTICLE = Pattern.compile("^Điều\\s+\\d{1,3}\\s+\\p{Lu}");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}");

    private static boolean endsSentenceOrHeading(String previous) {
        String p = previous.strip();
        return p.isEmpty() || ".:;!?".indexOf(p.charAt(p.length() - 1)) >= 0 || !LOWER.matcher(p).find();
    }

    private static final Pattern NUM = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)]\\s*(\\S.*)$");
    /** A number closed by a parenthesis ({@code 1) …}). */
    private static final Pattern PAREN_NUM = Pattern.compile("^(\\d{1,2})\\)\\s*(\\S.*)$");
    private static final Pattern DOT_NUM = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.\\s");

    /**
     * Whether the last numbered unit before the next one is a container numbered with a period ({@code 1. Cục … có
     * trách nhiệm:}), with only its items since: a {@code 1)} then is one of those items, not a new clause.
     */
    private static boolean underDotContainer(List<Unit> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            Unit u = out.get(k);
            if (u.kind() == 'L' || u.kind() == 'B') continue;
            return u.kind() == 'N' && u.text().strip().endsWith(":") && DOT_NUM.matcher(u.at().text()).lookingAt();
        }
        return false;
    }

    /** A clause number as OCR reads a scan's: a stray dot before it, a comma for its period ({@code .4. Sở …}, {@code 5, Giao …}). */
    private static final Pattern OCR_NUM = Pattern.compile("(?U)^\\.?(\\d{1,2})\\s*[.,)]\\s*(\\p{Lu}.*)$");
    /**
     * A lettered item; OCR reads its parenthesis as a brace too ({@code b} Trình cơ quan …}, NQ 19/2026 Điều 6.1); older
     * and provincial drafting letters them {@code a/} or {@code a.} (before a capital), and numbers them in lower-case
     * Roman numerals ({@code ii)}).
     */
    private static final Pattern LETTER = Pattern.compile("(?U)^([a-zđ]|i{2,3}|iv|vi{1,3}|ix)(?:[)}/]\\s*|\\.\\s+(?=\\p{Lu}))(\\S.*)$");
    /** A bullet: a dash, plus, bullet sign, or an asterisk before a capital ({@code * Bổ sung …}). */
    private static final Pattern BULLET = Pattern.compile("(?U)^(?:[-–+•]\\s*|\\*\\s+(?=\\p{Lu}))(\\S.*)$");
    /** A roman, letter or number item in parentheses ({@code (i). Chỉ đạo …}, {@code (ii) …}, {@code (1). Xem xét …}). */
    private static final Pattern PAREN_ITEM = Pattern.compile("^\\((?:[ivx]{1,4}|[a-zđ]|\\d{1,2})\\)\\.?\\s*(\\S.*)$");
    /** A Roman-numbered section of a letter or notice ({@code VI. KẾT LUẬN VÀ KIẾN NGHỊ}). */
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\.\\s+(\\S.*)$");
    /** A section title as OCR may read it, without the numeral's period ({@code II YÊU CẦU ĐỐI VỚI CÔNG TY …}): in capitals. */
    private static final Pattern OCR_ROMAN = Pattern.compile("^([IVX]{1,5})\\s+(\\p{Lu}[^\\p{Ll}]{3,})$");
    /** A chapter line, with or without its title ({@code Chương IV}, {@code Chương V. ĐIỀU KHOẢN THI HÀNH}, {@code Chương 11:}). */
    /**
     * A chapter line; its Roman numeral as OCR may read it: {@code T}, {@code l}, {@code 1}, {@code H} or a marked {@code Ï}
     * for an {@code I} ({@code Chương TII}, {@code Chương IH}, {@code Chương Ï}, TT 23/2024's scan).
     */
    private static final Pattern CHAPTER = Pattern.compile("^(?:Chương|CHƯƠNG)\\s+(?:[IVXLC]+|\\d{1,2}|[IVXLCTl1HÏÌÍÎ]*[IVXÏÌÍÎ][IVXLCTl1HÏÌÍÎ]*)\\b[.:]?\\s*(.*)$");
    /** A dash OCR read before a chapter or article line ({@code - Chương IV}). */
    private static final Pattern OCR_STRAY_DASH = Pattern.compile("^[-–]\\s*(?=(?:Chương|CHƯƠNG)\\s|Điều\\s+\\S+\\s*$)");
    /** A procedural norm of a normative text ({@code Cơ quan … nếu không đồng ý … thì phải có văn bản hồi đáp}). */
    private static final Pattern CONDITIONAL_NORM = Pattern.compile("(?U)\\bnếu\\b.{0,200}\\bthì\\s+phải\\b");
    /** A norm for a case ({@code Đối với địa bàn có doanh nghiệp … thì đơn vị kinh doanh hạ tầng thực hiện …}). */
    private static final Pattern CONDITION_THEN = Pattern.compile("(?U)^Đối với\\b.{0,200}?\\bthì\\s");
    /** The feedback formula of a normative text ({@code Trong quá trình thực hiện, nếu có vướng mắc …}). */
    private static final Pattern FEEDBACK = Pattern.compile("(?U)^Trong quá trình [^,]{0,40},?\\s*nếu\\b.*vướng mắc");
    /**
     * A letter's feedback formula sends the difficulties back to the issuer ({@code … nếu có vướng mắc … đề nghị các đơn
     * vị phản hồi về Sở Công Thương để tổng hợp}); {@code … nếu phát sinh khó khăn, vướng mắc …, đề nghị Công ty kịp thời
     * báo cáo cơ quan nhà nước có thẩm quyền} asks the addressee to act and stays a task.
     */
    private static final Pattern FEEDBACK_TO_ISSUER = Pattern.compile("(?U)\\b(?:phản hồi|phản ánh)\\s+(?:về|cho|tới|đến)\\s");
    private static final int NORMATIVE_ARTICLES = 8;
    /** A paragraph that refers back to a letter's requested items ({@code các nội dung nêu trên}, {@code … nêu tại mục 1, 2 và 3}). */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?U)\\b(?:nội dung|mục|điểm|yêu cầu)\\s+(?:đã\\s+)?nêu\\s+(?:trên|tại\\s+(?:các\\s+)?(?:mục|điểm)\\s+\\d)");
    /** A clause that opens with its time limit ({@code Trong thời hạn 03 tháng kể từ …,}, {@code Chậm nhất ngày …,}). */
    private static final Pattern TIME_LIMIT = Pattern.compile("(?U)^(?:Trong\\s+(?:thời hạn|vòng)|Chậm nhất|Trước ngày|Hằng năm|Định kỳ)\\b");
    private static final Pattern ASKS = Pattern.compile("(?U)(?:đề nghị|yêu cầu|thông báo)(?:\\s+(?:như sau|cụ thể))?$");
    /**
     * A topic heading of a letter ({@code Về phổ biến …}, {@code Các nội dung trọng tâm …}, {@code Quy định về kiểm tra
     * điều kiện PCCC … và thực tế hiện nay}: the noun {@code quy định} with what it is about, not the verb).
     */
    private static final Pattern TOPIC = Pattern.compile("(?U)^(?:Về|Các nội dung|Nội dung|Quy định về)\\s");
    private static final Pattern GIVES = Pattern.compile("(?U)^Giao\\s");
    /**
     * {@code Tổ chức} + a lower-case word opening an item: the verb (organize), not the noun of {@code Tổ chức, cá nhân
     * …} nor a body the lexicon's {@code organization_nouns} name ({@code Tổ chức tín dụng trên địa bàn tỉnh}).
     */
    private static final Pattern ORGANIZE = Pattern.compile("(?U)^Tổ chức\\s+(?!(?:"
            + Lexicon.standard().alternation("organization_nouns") + ")(?=[\\s,.;:]|$))\\p{Ll}");
    /** A permission or a consent that the subject needs, not its duty: {@code phải được …}, {@code được …} (not {@code được giao}). */
    private static final Pattern PERMITTED = Pattern.compile("(?U)^\\s*(?:phải\\s+)?được\\s(?!giao\\b)");
    /** A doer that has not yet done something ({@code … chưa đáp ứng …}): the class a transition norm is for. */
    private static final Pattern NOT_YET = Pattern.compile("(?U)^\\s*chưa\\s");
    /**
     * A doer and the power it holds ({@code Đoàn kiểm tra được quyền yêu cầu …}, {@code … có quyền …}) or what it may do
     * ({@code Ủy ban nhân dân cấp tỉnh có thể phân cấp cho …}): no duty.
     */
    private static final Pattern POWER = Pattern.compile("(?U)^([^,;:]{2,80}?)\\s+(?:được quyền|có quyền|được phép|có thể)\\s");

    private static boolean holdsPower(String text) {
        Matcher m = POWER.matcher(text);
        return m.lookingAt() && AssignmentRules.startsLikeDoer(m.group(1));
    }

    /** A person of a team with a role, or its members ({@code Ông … - Trưởng đoàn}, {@code Bà …}, {@code Các thành viên}). */
    private static final Pattern MEMBER = Pattern.compile("(?U)^(?:Ông|Bà|Đồng chí|Các thành viên|Thành viên|Tổ viên)\\b");
    /** {@code phải} + a verb after a subject ({@code Công ty … phải thực hiện đúng …}): not the passive, nor a copula. */
    private static final Pattern MUST = Pattern.compile("(?U)^\\s*phải\\s+(?!được\\s|là\\s|có\\s+(?!trách nhiệm))\\p{Ll}");
    private static final Pattern OPENS_WITH_OPENER = Pattern.compile("(?U)^(?:Giao|Đề nghị|Yêu cầu)\\s");
    private static final Pattern TABLE_CELL = Pattern.compile("\\s*\\|\\s*");
    /**
     * A mark that opens a paragraph before its first capital, a speck of the scan that OCR read ({@code . Các Bộ trưởng,
     * Thủ trưởng cơ quan ngang bộ … chịu trách nhiệm tổ chức thực hiện Nghị định này}, ND 71/2019 Điều 69; {@code „b}
     * Trình cơ quan …}, NQ 19/2026 Điều 6.1; no Vietnamese paragraph opens with a low quote): not the text.
     */
    private static final Pattern STRAY_MARK = Pattern.compile("^(?:[.,;:]\\s+(?=\\p{Lu})|„\\s*(?=\\p{L}))");
    private static final Pattern PAGE_BREAK = Pattern.compile("^[\\uFFFD\\f]\\s*\\d{1,3}\\s*(.*)$");
    /** The texts an execution clause or title names (lexicon {@code executed_texts}: {@code Nghị định}, {@code Luật}, …). */
    private static final String TEXTS = Lexicon.standard().alternation("executed_texts");
    /** The verbs of a delegation (lexicon {@code delegation_verbs}: {@code hướng dẫn}, {@code quy định chi tiết}). */
    private static final String DELEGATES = Lexicon.standard().list("delegation_verbs").stream()
            .map(AssignmentRules::laterWordsEitherCase).collect(java.util.stream.Collectors.joining("|")); // "quy định chi Tiết"
    /** A folded title that opens with the words of entry into force (lexicon {@code effect_titles}: {@code Hiệu lực thi hành}). */
    private static final Pattern EFFECT = Pattern.compile("(?:" + folded("effect_titles") + ")\\b");
    /** {@code hiệu lực thi hành} anywhere in a folded title ({@code Hiệu lực thi hành và trách nhiệm …} is no implementation article). */
    private static final Pattern EFFECT_EXECUTION = Pattern.compile("(?:" + folded("effect_titles") + ") thi hanh");
    /** A folded title of transition (lexicon {@code transition_titles}: {@code Quy định chuyển tiếp}). */
    private static final Pattern TRANSITION = Pattern.compile("(?:" + folded("transition_titles") + ")");
    /** A folded title of standing duties (lexicon {@code standing_duty_titles}: {@code quản lý nhà nước}). */
    private static final Pattern STANDING_DUTIES = Pattern.compile("(?:" + folded("standing_duty_titles") + ")");

    /** A lexicon list folded to lower-case ASCII letters, as a regex alternation (for titles read folded). */
    private static String folded(String list) {
        return String.join("|", Lexicon.standard().list(list).stream().map(e -> Pattern.quote(Folding.fold(e).toLowerCase(Locale.ROOT))).toList());
    }

    private final AgencyNormalizer agencies;
    private final TimeframeParser timeframes;
    private final TaskClassifier classifier;
    /** Whether the text came from OCR, whose wrapped lines the normalize stage may leave as paragraphs ({@link #continuesClause}). */
    private final boolean ocrText;

    ClauseTaskReader(AgencyNormalizer agencies, TimeframeParser timeframes, TaskClassifier classifier) {
        this(agencies, timeframes, classifier, false);
    }

    /**
     * @param ocrText the text was OCR-ed: a numbered clause of a normative execution part keeps the paragraphs that go
     *                on with it. Off for digital text, where a paragraph break is printed: there the joined paragraphs
     *                were tasks of their own (held-out decrees, task F1 0.853 -> 0.830 with the rule on for all text).
     */
    ClauseTaskReader(AgencyNormalizer agencies, TimeframeParser timeframes, TaskClassifier classifier, boolean ocrText) {
        this.ocrText = ocrText;
        this.agencies = agencies;
        this.timeframes = timeframes;
        this.classifier = classifier;
    }

    /** A unit of the body: kind A(rticle), N(umbered), L(ettered), B(ullet), P(aragraph). */
    record Unit(char kind, String number, String text, Lines.Line at) {}

    /** The units of the body, from the first line to the signature block or appendix. */
    static List<Unit> units(Lines lines) {
        return units(lines.all(), 0, SectionSplitter.bodyEnd(lines), false, false);
    }

    /**
     * The units of the lines {@code [from, end)}; with {@code cells} each cell of a table row is a paragraph (a phiếu
     * trình holds its submission in the cells of a form: {@code | Tóm tắt nội dung và kiến nghị …: … |}), else table
     * rows are skipped (header and signature tables).
     */
    private static List<Unit> units(List<Lines.Line> all, int from, int end, boolean cells, boolean ocr) {
        int width = lineWidth(all.subList(from, end));
        List<Unit> out = new ArrayList<>();
        String before = "";
        for (int i = from; i < end; i++) {
            Lines.Line l = all.get(i);
            String t = l.text();
            if (t.startsWith("|")) {
                if (cells) for (String cell : TABLE_CELL.split(t)) if (!cell.isBlank()) out.add(new Unit('P', null, cell.strip(), l));
                continue;
            }
            String previous = before;
            before = t;
            t = STRAY_MARK.matcher(t).replaceFirst("");
            if (ocr) t = OCR_STRAY_DASH.matcher(t).replaceFirst(""); // "- Chương IV": a speck OCR read as a dash before the chapter line
            Matcher pb = PAGE_BREAK.matcher(t);
            if (pb.matches()) {
                // a form feed and page number a text export left before the first words of the next page
                if (pb.group(1).isEmpty()) continue;
                t = pb.group(1);
                if (!out.isEmpty() && continues(out.getLast(), t, previous, width)) {
                    Unit prev = out.removeLast();
                    out.add(new Unit(prev.kind(), prev.number(), prev.text() + " " + t, prev.at()));
                    continue;
                }
            }
            Matcher fn = FOOTNOTE.matcher(t);
            if (fn.lookingAt() && !out.isEmpty() && ".;:!?".indexOf(out.getLast().text().charAt(out.getLast().text().length() - 1)) < 0
                    && referencesNote(all, from, i, fn.group(1))) {
                // the note's text ends where the interrupted sentence goes on in lower case after the page break
                Matcher resume = NOTE_END.matcher(t);
                if (!resume.find()) continue;
                t = t.substring(resume.end());
            }
            Matcher m;
            if ((m = ARTICLE.matcher(t)).matches() && (!BARE_ARTICLE.matcher(t).lookingAt() || i == 0
                    || endsSentenceOrHeading(all.get(i - 1).text()))) out.add(new Unit('A', m.group(1), m.group(2), l));
            // "1) Hướng dẫn …" under "1. Cục … có trách nhiệm:": numbered otherwise than its container, so one of its items
            else if ((m = PAREN_NUM.matcher(t)).matches() && underDotContainer(out)) out.add(new Unit('L', m.group(1), m.group(2), l));
            else if ((m = NUM.matcher(t)).matches() || ocr && (m = OCR_NUM.matcher(t)).matches()) out.add(new Unit('N', m.group(1), m.group(2), l));
            else if ((m = LETTER.matcher(t)).matches()) out.add(new Unit('L', m.group(1), m.group(2), l));
            else if ((m = BULLET.matcher(t)).matches()) out.add(new Unit('B', null, m.group(1), l));
            else if ((m = PAREN_ITEM.matcher(t)).matches()) out.add(new Unit('L', null, m.group(1), l));
            else if ((m = ROMAN.matcher(t)).matches() || ocr && (m = OCR_ROMAN.matcher(t)).matches()) out.add(new Unit('R', m.group(1), m.group(2), l));
            else if (!out.isEmpty() && continues(out.getLast(), t, previous, width)) {
                Unit prev = out.removeLast();
                out.add(new Unit(prev.kind(), prev.number(), prev.text() + " " + t, prev.at()));
            } else out.add(new Unit('P', null, t, l));
        }
        return out;
    }

    /**
     * A footnote a text export left at the foot of a page, inside the sentence the page break cut ({@code … (i) Khai thác
     * khoáng sản} + {@code 1 Các quy định của Luật Địa chất và Khoáng sản năm 2024 …; Các văn bản … Sở Nông nghiệp và Môi
     * trường… trái phép; (ii) …}, CV-5973, whose reference mark is {@code khoáng sản1.} a bullet before): its number and a
     * capital; the note ends before the lower-case words that go on with the sentence ({@link #NOTE_END}).
     */
    private static final Pattern FOOTNOTE = Pattern.compile("(?U)^(\\d{1,2}) (?=\\p{Lu})");
    private static final Pattern NOTE_END = Pattern.compile("(?U)[.…;]\\s+(?=\\p{Ll})");

    /** Whether a line before {@code i} marks footnote {@code n} after a word ({@code khoáng sản1.}). */
    private static boolean referencesNote(List<Lines.Line> all, int from, int i, String n) {
        Pattern mark = Pattern.compile("(?U)\\p{Ll}" + n + "(?=[.,;:)]|\\s|$)");
        for (int k = from; k < i; k++) if (mark.matcher(all.get(k).text()).find()) return true;
        return false;
    }

    /** Lettered items in the order a list prints them ({@code d)}, {@code đ)}, {@code e)}, …). */
    private static final String LETTERS = "abcdđefghijklmnopqrstuvwxyz";

    /**
     * Plain paragraphs between two items of one list go on with the item before them: {@code f) Thông báo kế hoạch nổ
     * mìn … sau khi nổ.} + {@code Công khai, minh bạch thông tin …} + {@code g) …} is item f) (CV 193, a PDF text layer
     * whose reflow left the item's second sentence, on a line of its own, as a paragraph); a paragraph that ends with
     * {@code :} introduces what follows and stays, and so does one that opens with its own doer ({@code - Sở Y tế chủ trì …}
     * + {@code Sở Tài chính bố trí kinh phí …} + {@code - Sở Công Thương …}). Not in normative texts, where the gold
     * reads each paragraph of the execution part as a task (ND 178/2026 Điều 47.3 a), its paragraph {@code Trường hợp
     * pháp luật chuyên ngành …}, b)).
     */
    private static List<Unit> joinedBetweenItems(List<Unit> units) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            int j = i;
            while (j < units.size() && units.get(j).kind() == 'P' && !units.get(j).text().strip().endsWith(":")
                    && !opensWithItsDoer(units.get(j).text())) j++;
            if (j == i || out.isEmpty() || j == units.size() || !siblings(out.getLast(), units.get(j))) { out.add(units.get(i)); continue; }
            Unit prev = out.removeLast();
            StringBuilder text = new StringBuilder(prev.text());
            for (int k = i; k < j; k++) text.append(' ').append(units.get(k).text());
            out.add(new Unit(prev.kind(), prev.number(), text.toString(), prev.at()));
            i = j - 1;
        }
        return out;
    }

    /**
     * A paragraph that opens with the doer it names ({@code Sở Tài chính bố trí kinh phí …}), not one whose doer comes
     * after an opening clause ({@code Sau khi hoàn thành xây dựng cơ bản phải báo cáo chính quyền địa phương …}, QĐ 2170
     * Điều 2.1, the second sentence of the item before it).
     */
    private static boolean opensWithItsDoer(String text) {
        return AssignmentRules.startsLikeDoer(text) && AssignmentRules.get().subject(text) != null;
    }

    /** Two bullets, or a lettered item and a later letter of the same list. */
    private static boolean siblings(Unit a, Unit b) {
        if (a.kind() == 'B') return b.kind() == 'B';
        return a.kind() == 'L' && b.kind() == 'L' && a.number() != null && b.number() != null
                && LETTERS.indexOf(b.number()) > LETTERS.indexOf(a.number());
    }

    /**
     * A line continues the unit before it when it opens in lower case or a digit; in a text wrapped into lines (a PDF
     * export, where {@code width} is the usual line length) when the line before it ran to the full width and did not
     * end its sentence (a short letter the normalize stage left one paragraph per line has lines of that length too:
     * there a closing formula after the last request is no continuation of it); in a text of whole paragraphs (DOCX,
     * TXT) when that unit is long and unfinished.
     */
    private static boolean continues(Unit prev, String line, String previousLine, int width) {
        char first = line.charAt(0);
        if (prev.text().isEmpty()) return false; // "Điều 26" alone on its line: its paragraph follows
        // a chapter line or a title in capitals opens a block, as Reflow never joins one ("Chương IV" after the full last
        // line of an article in a text of lines would take its execution chapter away); a title goes on in capitals
        if (CHAPTER.matcher(line).matches() || Reflow.isUpperLine(line) && !Reflow.isUpperLine(prev.text())) return false;
        if (Character.isLowerCase(first) || Character.isDigit(first) && !NUM.matcher(line).matches()) return true;
        // "Điều 3. Chánh Văn phòng …; Giám đốc Sở Công Thương;" wrapped onto "Thủ trưởng các sở, …" in a text of lines
        if (prev.kind() == 'A' && Character.isLetter(first) && ";,".indexOf(prev.text().charAt(prev.text().length() - 1)) >= 0) {
            return width == 0 || previousLine.length() >= width * 0.8;
        }
        // "3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở, ngành: …; Trưởng Ban Quản lý Khu kinh tế tỉnh;" wrapped onto "Chủ tịch
        // UBND xã …; … căn cứ Quyết định thi hành./.": a list of offices without a verb goes on to the clause that ends it
        if (Character.isLetter(first) && prev.text().endsWith(";") && AssignmentRules.executes(line) && !AssignmentRules.executes(prev.text())
                && AssignmentRules.startsLikeDoer(prev.text()) && !AssignmentRules.get().hasPredicate(prev.text())) return true;
        if (prev.kind() == 'A' || prev.kind() == 'R' || !Character.isLetterOrDigit(first)) return false;
        if (width > 0) return previousLine.length() >= width * 0.8 && !previousLine.strip().endsWith(".");
        // a short numbered heading ("1. Công an tỉnh, các sở, ban, ngành …", "1. Quy định về …") ends where its paragraph begins
        if (prev.kind() == 'N' && prev.text().length() < 120) return false;
        char last = prev.text().charAt(prev.text().length() - 1);
        return ".;:!?)".indexOf(last) < 0 && prev.text().length() > 60;
    }

    /**
     * The usual length of a full line when the text is wrapped into lines (the 90th percentile, at most 130
     * characters); 0 for a text of whole paragraphs.
     */
    static int lineWidth(List<Lines.Line> body) {
        int[] lengths = body.stream().map(Lines.Line::text).filter(t -> !t.startsWith("|")).mapToInt(String::length).sorted().toArray();
        if (lengths.length < 10) return 0;
        int p90 = lengths[(int) (lengths.length * 0.9)];
        return p90 <= 130 ? p90 : 0;
    }

    /**
     * A unit the classifier was asked about: the text and shape it was asked with, whether a container lends it a doer,
     * whether the reader took it as a task (the classifier's decision or the reader's own rules for it), and whether
     * those own rules alone took it (a clause of a normative execution part whose subject names a doer, a plan's item
     * that opens with its doer), so a classifier compared with the rules gets the same structural rules beside it.
     */
    record Candidate(String text, char kind, boolean inherited, boolean task, boolean structural) {}

    List<Task> extract(String documentId, Lines lines, int firstTask, DocumentType type) {
        return extract(documentId, lines, firstTask, type, classifier, null);
    }

    /**
     * Every unit the classifier is asked about, in order, with what this reader decided of it (training and evaluating
     * {@link MaxentTaskClassifier} against what the pipeline does).
     */
    List<Candidate> candidates(Lines lines, DocumentType type) {
        List<Candidate> seen = new ArrayList<>();
        extract("", lines, 0, type, classifier, seen);
        return seen;
    }

    /** Laws, decrees, circulars and resolutions: only their execution part assigns work. */
    private static final Set<DocumentType> NORMATIVE = EnumSet.of(DocumentType.LUAT, DocumentType.NGHI_DINH, DocumentType.THONG_TU,
            DocumentType.NGHI_QUYET);

    private List<Task> extract(String documentId, Lines lines, int firstTask, DocumentType type, TaskClassifier classifier, List<Candidate> seen) {
        if (type == DocumentType.BIEN_BAN) return List.of(); // minutes record facts and the appraiser's advice
        int end = SectionSplitter.bodyEnd(lines);
        List<Unit> units = units(lines.all(), 0, end, type == DocumentType.PHIEU_TRINH, ocrText);
        long articles = units.stream().filter(u -> u.kind() == 'A').count();
        boolean normative = NORMATIVE.contains(type) || articles >= NORMATIVE_ARTICLES;
        boolean letter = articles == 0;
        boolean roman = units.stream().anyMatch(u -> u.kind() == 'R');
        boolean reportLetter = letter && type == DocumentType.BAO_CAO;
        // "Trên đây là báo cáo …, Sở Công Thương Lào Cai đề nghị Cục … tổng hợp, báo cáo Hội nghị./.": the closing
        // paragraph that ends a report's body asks a named body, and so does a letter's ("Trên đây là ý kiến góp ý của Sở
        // Công Thương, đề nghị Sở Tư pháp tổng hợp./."); the classifier still drops a closing formula ("…, đề nghị Quý cơ
        // quan quan tâm, phối hợp./."). A plan's "Trên đây là Kế hoạch …, yêu cầu các cơ quan … triển khai thực hiện./."
        // is its closing formula
        if ((reportLetter || letter && type == DocumentType.CONG_VAN) && end < lines.all().size() && closingRequest(lines.all().get(end).text())) {
            units = new ArrayList<>(units);
            units.add(new Unit('P', null, lines.all().get(end).text(), lines.all().get(end)));
        }
        // a report describes: only its section of proposals assigns ("6. Kiến nghị", "4. Đề xuất, kiến nghị", "V. KIẾN
        // NGHỊ") and its numbered proposals ("2. Đề nghị Bộ Công Thương …"); without Roman sections its top-level
        // numbered titles are the sections; a report with no section line at all is read as a letter, from the
        // container that opens its proposals on when it has one ("…, Sở Công Thương Lào Cai kiến nghị:")
        boolean report = reportLetter && units.stream().anyMatch(u -> reportSection(u, !roman));
        if (reportLetter && !report) units = fromProposals(units);
        boolean sectioned = letter && (roman || report);
        List<Task> out = new ArrayList<>();
        if (!normative) units = joinedBetweenItems(units); // a normative text's paragraphs are tasks of their own
        if (letter) units = splitTrailingContainers(units);
        read(units, new Reading(normative, type == DocumentType.LUAT, letter, sectioned, report, type == DocumentType.KE_HOACH), documentId, firstTask,
                classifier, seen, out);
        // "QUY CHẾ … (Ban hành kèm theo Quyết định số …)": the regulation a decision issues is a normative text of its own
        int annex = type == DocumentType.QUYET_DINH ? annexedRegulation(lines) : -1;
        if (annex >= 0) read(units(lines.all(), annex, lines.all().size(), false, ocrText), Reading.ISSUED_NORMS, documentId, firstTask, classifier, seen, out);
        // "QCVN 22:2025/BGTVT / QUY CHUẨN KỸ THUẬT QUỐC GIA …" after a circular's signature: the regulation it issues,
        // whose "TỔ CHỨC THỰC HIỆN" / "TRÁCH NHIỆM CỦA …" sections are an execution part of their own
        TechnicalRegulation qcvn = type == DocumentType.THONG_TU ? TechnicalRegulation.after(lines, end) : null;
        if (qcvn != null) {
            int before = out.size();
            List<Unit> printed = units(lines.all(), qcvn.from(), qcvn.to(), false, ocrText);
            boolean ownArticles = TechnicalRegulation.numbersArticles(printed);
            read(qcvn.units(printed), Reading.ISSUED_NORMS, documentId, firstTask, classifier, seen, out);
            for (int k = before; k < out.size(); k++) out.set(k, qcvn.located(out.get(k), ownArticles));
        }
        return out;
    }

    /**
     * A letter's paragraph that asks and then opens a list ({@code Đề nghị các Sở, ngành … phối hợp … . Yêu cầu các tổ
     * chức, cá nhân … cập nhật các văn bản … sau:}) is two units: its requests, and the container its last sentence is.
     */
    private static List<Unit> splitTrailingContainers(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit unit : units) {
            String whole = unit.text().strip();
            String[] sentences = unit.kind() == 'P' && whole.endsWith(":") ? AssignmentRules.sentences(whole) : null;
            boolean asks = false;
            for (int k = 0; sentences != null && k < sentences.length - 1; k++) asks |= OPENS_WITH_OPENER.matcher(sentences[k]).lookingAt();
            if (!asks) { out.add(unit); continue; }
            String last = sentences[sentences.length - 1];
            out.add(new Unit('P', null, whole.substring(0, whole.length() - last.length()).strip(), unit.at()));
            out.add(new Unit('P', null, last, unit.at()));
        }
        return out;
    }

    /** {@code Trên đây là …, X đề nghị Y …}: a closing paragraph that asks an addressee by name. */
    private static boolean closingRequest(String text) {
        return text.startsWith("Trên đây") && AssignmentRules.get().asksAddressee(text);
    }

    /** The units from the container that opens a report's proposals ({@link AssignmentRules#opensProposals}); all when none does. */
    private static List<Unit> fromProposals(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind() == 'P' && AssignmentRules.get().opensProposals(u.text())) return units.subList(i, units.size());
        }
        return units;
    }

    /** An item that only cites a document ({@code - Nghị định số 24/2026/NĐ-CP ngày … quy định …}): what to read, not work. */
    private static final Pattern CITATION = Pattern.compile(
            "(?U)^(?:Nghị định|Thông tư|Quyết định|Luật|Nghị quyết|Chỉ thị|Công văn|Văn bản)\\s+(?:số\\s+)?\\d+/");

    private static final Pattern ISSUED_WITH = Pattern.compile("(?U)^\\(?\\s*Ban hành kèm theo (?:Quyết định|Nghị định|Thông tư)\\b.*");
    private static final Pattern REGULATION_TITLE = Pattern.compile("(?U)^(?:QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ)\\b.*");

    /**
     * The first line of a regulation issued with the decision, after its signature block: a {@code QUY CHẾ}, {@code
     * QUY ĐỊNH} or {@code ĐIỀU LỆ} title up to three lines above a {@code (Ban hành kèm theo Quyết định …)} line, and
     * its own articles after it; -1 when there is none.
     */
    static int annexedRegulation(Lines lines) {
        List<Lines.Line> all = lines.all();
        for (int i = SectionSplitter.bodyEnd(lines); i < all.size(); i++) {
            if (!ISSUED_WITH.matcher(all.get(i).text()).matches()) continue;
            boolean titled = false;
            for (int j = Math.max(0, i - 3); j < i; j++) titled |= REGULATION_TITLE.matcher(all.get(j).text()).matches();
            if (!titled) continue;
            for (int j = i + 1; j < all.size(); j++) if (ARTICLE.matcher(all.get(j).text()).matches()) return i + 1;
            return -1;
        }
        return -1;
    }

    /**
     * How {@link #read} reads a run of units, decided once per document.
     *
     * @param normative a law, decree, circular or resolution (or a text of many articles): only its execution part assigns
     * @param law       a law: only its {@code ĐIỀU KHOẢN THI HÀNH} chapter is its execution part ({@link #executionChapter})
     * @param letter    no articles: a letter, notice, report or invitation, whose tasks are its request sentences
     * @param sectioned only the sections that ask hold tasks ({@link #requestSection})
     * @param report    a report with a section of proposals: only those sections ({@link #proposalSection}), which are
     *                  its top-level numbered titles when it has no Roman sections ({@link #reportSection}), and there a
     *                  container may propose with {@code đề xuất / kiến nghị}
     * @param plan      a plan (kế hoạch) whose outline gave no task: an item that opens with its doer assigns, frame or
     *                  not ({@code 2. Sở Nội vụ hướng dẫn các đơn vị thực hiện.}), as in the outline reader
     */
    private record Reading(boolean normative, boolean law, boolean letter, boolean sectioned, boolean report, boolean plan) {
        /** The regulation or technical regulation a document issues after its signature: a normative text of its own. */
        static final Reading ISSUED_NORMS = new Reading(true, false, false, false, false, false);
    }

    private void read(List<Unit> units, Reading how, String documentId, int firstTask, TaskClassifier classifier, List<Candidate> seen,
                      List<Task> out) {
        new Pass(units, how, documentId, firstTask, classifier, seen, out).run();
    }

    /**
     * One reading of a run of units: what the document is ({@link Reading}, fixed), where the reading stands (the
     * article and clause, the doers headings lend, the part that assigns, the container that directs), and the tasks
     * found. {@link #run} visits each unit: a heading, container or chapter line changes where it stands
     * ({@link #article}, {@link #roman}, {@link #numbered}, {@link #paragraph}); any other unit is decided by {@link #take}.
     */
    private final class Pass {
        private final List<Unit> units;
        private final boolean normative, law, letter, sectioned, report, plan;
        private final boolean numberedHeads; // a report without Roman sections: its top-level numbered titles are its sections
        private final boolean decreed; // a decision, a licence: articles that bind whom they name
        // a decree that names no one to carry it out ("… chịu trách nhiệm thi hành Nghị định này") has its bodies' duty
        // articles instead ("Điều 3. Trách nhiệm của Bộ Công Thương", "Điều 4. Trách nhiệm của Ủy ban nhân dân các cấp")
        private final boolean dutiesExecute;
        private final String addressed; // "Kính gửi: …": whom a letter's request without an addressee asks
        private final List<String> addresseeNames; // the names of the "Kính gửi" line, each as printed, the longest first
        // a notice of conclusions: the unit of "… kết luận như sau:", before which the meeting is reported (its participants'
        // requests included: "Tại cuộc họp, Ban Quản lý dự án … đề nghị Sở Công Thương báo cáo …"); 0 when none
        private final int concluded;
        private final String documentId;
        private final int firstTask;
        private final TaskClassifier classifier;
        private final List<Candidate> seen;
        private final List<Task> out;
        private final AssignmentRules rules = AssignmentRules.get();

        private String article, clause;
        private boolean active, chapterExecution, chapterTitleNext, chaptered;
        private String doerA, doerN, doerP; // the doer the article, the numbered item, the paragraph container lends its items
        private boolean explaining, itemsFollow, ownerArticle, doerPInClause;
        /** The number of the last item without a dot, and whether this item is one of its sub-items under its doer ({@code 1.1.} under {@code 1. Cục … có trách nhiệm:}). */
        private String topNumber;
        private boolean subItem;
        private boolean competences; // under a law's "X có nhiệm vụ, quyền hạn sau đây:": standing competences, no tasks
        private boolean transitionArticle; // "Điều 161. Quy định chuyển tiếp": its delegations are of the transition, not of the text
        private boolean effectArticle; // "Điều 60. Hiệu lực thi hành": its paragraphs that give a doer a duty assign
        private boolean guiding; // under "Cục Công nghiệp hướng dẫn một số nội dung như sau:": each item names who does what
        // the container that directs ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:", "2. Nhiệm vụ thời gian tới:", a decision's
        // "Điều 2. Tổ chức thực hiện"): each item under it that names its doer and what it does assigns; null when none
        private Unit director;
        // the container of a direction the letter reports ("Tại Văn bản số …, UBND tỉnh đã chỉ đạo như sau:"): its items are facts
        private Unit reported;
        private boolean papers; // under a request for papers ("… bổ sung các tài liệu sau:"): its items are the papers
        private boolean citing; // the unit is a request whose object is the list of documents below it ("… các văn bản … sau:")
        private int openClause = -1; // the task of the numbered clause whose paragraphs follow, in a normative execution part

        Pass(List<Unit> units, Reading how, String documentId, int firstTask, TaskClassifier classifier, List<Candidate> seen, List<Task> out) {
            this.units = units;
            this.normative = how.normative();
            this.law = how.law();
            this.letter = how.letter();
            this.sectioned = how.sectioned();
            this.report = how.report();
            this.plan = how.plan();
            this.numberedHeads = report && units.stream().noneMatch(u -> u.kind() == 'R');
            this.decreed = !normative && !letter;
            this.dutiesExecute = normative && !law && units.stream().noneMatch(u -> EXECUTION_CLAUSE.matcher(u.text()).find())
                    && !hasExecutionChapter(units);
            this.addressed = letter ? addressees(units) : null;
            this.addresseeNames = letter ? names(addresseeLines(units)) : List.of();
            this.concluded = letter ? conclusions(units) : 0;
            this.documentId = documentId;
            this.firstTask = firstTask;
            this.classifier = classifier;
            this.seen = seen;
            this.out = out;
            this.active = !normative && !numberedHeads;
        }

        void run() {
            for (int ui = 0; ui < units.size(); ui++) {
                Unit u = units.get(ui);
                String text = u.text().strip();
                citing = false;
                if (director != null && endsDirection(director, u)) director = null;
                if (reported != null && endsDirection(reported, u)) reported = null;
                if (reported != null && "NLB".indexOf(u.kind()) >= 0) continue;
                // a normative clause's paragraph goes on with it: in OCR-ed text, and under a clause of a doer's article
                // ("Điều 23. Trách nhiệm Thuế tỉnh" + "1. Phối hợp … quyết định." + "Phối hợp với các chủ đầu tư … thanh tra …")
                if ((ocrText || normative && explaining) && openClause >= 0 && u.kind() == 'P' && continuesClause(text)) {
                    out.set(openClause, withParagraph(out.get(openClause), text));
                    continue;
                }
                openClause = -1;
                if ("ANR".indexOf(u.kind()) >= 0 || CHAPTER.matcher(text).matches() || Reflow.isUpperLine(text)) competences = false;
                else if (competences) continue;
                if ((u.kind() == 'B' || u.kind() == 'L') && CITATION.matcher(text).find()) continue;
                if (papers && (u.kind() == 'B' || u.kind() == 'L')) continue;
                papers = false;
                // the paragraphs under a requested item explain it, their own points included ("(1) Đường kính lỗ khoan lớn: …",
                // "a) Quy trình chưa nêu rõ …", "- Nhà dân cách biên giới mỏ 250 m;"),
                // until one refers back to the items ("… các nội dung nêu trên", "… theo các nội dung nêu tại mục 1, 2, 3 và 4")
                // or until a paragraph asks someone else than the container's addressee ("… đề nghị các đơn vị thực hiện một số
                // nội dung sau:" + "1. …" + "Đồng thời, Sở Công Thương đề nghị Công an tỉnh … phối hợp …": a request of its own)
                if (u.kind() == 'N' || u.kind() == 'A' || u.kind() == 'R' || BACK_REFERENCE.matcher(text).find()
                        || explaining && u.kind() == 'P' && asksAnother(text)) explaining = false;
                else if (explaining && "PLB".indexOf(u.kind()) >= 0) continue; // its bullets and lettered points too ("- Nhà dân cách …")
                boolean consumed = switch (u.kind()) {
                    case 'A' -> article(u, text);
                    case 'R' -> roman(text);
                    case 'N' -> numbered(ui, u, text);
                    case 'P' -> paragraph(ui, u, text);
                    default -> false;
                };
                if (!consumed) take(ui, u, text);
            }
        }

        /**
         * The addressee a request names after {@code đề nghị} / {@code yêu cầu} / {@code Giao} when it is a name of the
         * letter's {@code Kính gửi} line followed by a lower-case word, and the subject rules found no name or ran past it
         * ({@code own}); else null.
         */
        private AssignmentRules.Span addresseeAsked(String text, AssignmentRules.Span own) {
            if (addresseeNames.isEmpty()) return null;
            Matcher o = ASKS_ADDRESSEE.matcher(text);
            if (!o.find() || o.start() > 240) return null;
            String after = text.substring(o.end());
            for (String n : addresseeNames) {
                if (after.length() <= n.length() + 1 || !after.startsWith(n + " ") || !Character.isLowerCase(after.charAt(n.length() + 1))) continue;
                // the word after the name goes on with it ("… các xã, phường trên địa bàn tỉnh", "… các xã có kho …"): no end there
                String rest = after.substring(n.length()).strip();
                String word = rest.split("\\s+", 2)[0];
                if (rules.goesOn(word, rest.substring(word.length()))) continue;
                // the subject rules ran past the name ("Chi cục … thị trường cấp thông tin"), or over the verb from the issuer
                // ("Sở Công Thương đề nghị Báo Lào Cai", a name with no agency head)
                boolean ranPast = own != null && own.evidence().startsWith("rule:opener") && own.name().startsWith(n + " ") && own.start() == o.end();
                boolean overVerb = own != null && own.start() <= o.start() && own.end() >= o.end();
                if (own != null && !ranPast && !overVerb) continue;
                return new AssignmentRules.Span(o.end(), o.end() + n.length(), n, "rule:addressee");
            }
            return null;
        }

        /** A paragraph that asks an addressee other than the one the container it follows asked. */
        private boolean asksAnother(String text) {
            AssignmentRules.Span asked = rules.subject(text);
            return asked != null && asked.evidence().startsWith("rule:opener") && doerP != null && !asked.name().equalsIgnoreCase(doerP);
        }

        /** An article: its number, whether it assigns, the doer its title lends; true when it is only a heading. */
        private boolean article(Unit u, String text) {
            article = u.number();
            clause = null;
            doerA = doerN = doerP = null;
            topNumber = null;
            ownerArticle = false;
            chapterTitleNext = false;
            // an article of transition alone: "Hiệu lực thi hành và quy định chuyển tiếp" may hold the delegation of the whole text
            String folded = Folding.fold(text).toLowerCase(Locale.ROOT);
            transitionArticle = normative && TRANSITION.matcher(folded).find() && !EFFECT.matcher(folded).find() && !folded.contains("thi hanh");
            effectArticle = normative && EFFECT.matcher(folded).lookingAt();
            // a law with chapters assigns in its execution chapter only ("Điều 14. Trách nhiệm thực hiện quản lý chất
            // lượng môi trường không khí", Luật bảo vệ môi trường 2020 Chương II, is substance)
            if (normative) active = !(law && chaptered) && implementation(text)
                    || chapterExecution && !transitionOrEffect(text) && !reportingRegime(text) && !(law && standingDuties(text))
                    || dutiesExecute && STATE_DUTIES.matcher(text).matches();
            else active = !approves(text); // "Điều 1. Phê duyệt / Chấp thuận / Ban hành kèm theo …": the content approved
            String owner = AssignmentRules.ownerHeading(text);
            if (normative && active && owner != null) { doerA = owner; ownerArticle = true; return true; }
            // "Điều 3. Trách nhiệm của Sở Khoa học và Công nghệ" over "1. Hỗ trợ doanh nghiệp …" in a decision
            if (!normative && active && owner != null && isHeading(text)) { doerA = owner; ownerArticle = true; return true; }
            // "Điều 2. Tổ chức thực hiện" over "1. Sở Công Thương hướng dẫn …", "2. Sở Tài chính bố trí kinh phí …"
            // ("Điều 1. Giao nhiệm vụ cho các cơ quan, đơn vị như sau:" over "2. Công an tỉnh: Phối hợp kiểm tra …")
            director = !normative && active && (isHeading(text) || text.endsWith(":")) && assignsWork(text) ? u : null;
            if (isHeading(text)) return true;
            if (text.endsWith(":")) { doerA = containerDoer(text, false); return true; }
            return false;
        }

        /** A Roman section: in a sectioned letter or report, whether it asks (or proposes). */
        private boolean roman(String text) {
            doerN = doerP = null;
            if (sectioned) active = report ? proposalSection(text) : requestSection(text);
            // "III. YÊU CẦU ĐỐI VỚI CHỦ ĐẦU TƯ" over "1. Hoàn thiện hồ sơ thiết kế …" in a notice of appraisal results:
            // the section's items are the duties of the doer its title names (in capitals: read in sentence case)
            if (letter && active) {
                String title = Reflow.isUpperLine(text) ? AgencyNormalizer.capitalize(text.strip().toLowerCase(Locale.ROOT)) : text;
                String owner = AssignmentRules.ownerHeading(title);
                if (owner != null) doerP = owner;
            }
            return true;
        }

        /** A numbered item: its clause, the doer it names as a heading or container; true when it holds no task of its own. */
        private boolean numbered(int ui, Unit u, String text) {
            if (numberedHeads && reportSection(u, true)) {
                doerN = doerP = null;
                active = proposalSection(text);
                return true;
            }
            // "2. Đề nghị Bộ Công Thương hỗ trợ kinh phí …": a report's numbered proposal is read as one
            if (numberedHeads && !u.number().contains(".") && rules.asksAddressee(text)) active = true;
            if (article != null && !u.number().contains(".")) clause = u.number();
            // "1.1. Hướng dẫn …" under "1. Cục Hóa chất có trách nhiệm:": a sub-item of the container, which lends it its doer
            subItem = itemsFollow && doerN != null && topNumber != null && u.number().startsWith(topNumber + ".");
            if (!u.number().contains(".")) topNumber = u.number();
            if (subItem) return false;
            doerN = null;
            itemsFollow = false;
            // "4. Quản lý cụm công nghiệp: Ủy ban nhân dân cấp xã giao cho phòng …, cụ thể:" lends its doer to clause 4 only
            if (doerPInClause) { doerP = null; doerPInClause = false; }
            String h = AssignmentRules.ownerHeading(text);
            if (h == null) h = AssignmentRules.giveHeading(text, ui + 1 < units.size() && "BPL".indexOf(units.get(ui + 1).kind()) >= 0);
            // "8. Thanh tra tỉnh" names a doer; "2. Sở Nội vụ hướng dẫn các đơn vị thực hiện." is a sentence: what it does
            // ("1. Ủy ban thường vụ Quốc hội quy định chi tiết các điều, khoản được giao trong Luật." too)
            // ("2. Ủy ban nhân dân cấp tỉnh phê duyệt danh mục …." in an execution part: a doer the lexicon names, a verb no list holds)
            if (h == null && !AssignmentRules.hasFrame(text) && !(text.matches("(?s).*[.;]$") && rules.hasPredicate(text))
                    && !sentence(text) && !(normative && text.endsWith(".") && rules.namedSubject(text) != null)) {
                h = AssignmentRules.headingDoer(text);
            }
            if (h != null) { doerN = h; doerP = null; return true; }
            // "1. Về phổ biến văn bản quy phạm pháp luật mới" over its paragraph: a letter's numbered heading
            // ("1. Hiệu chỉnh …" under "… đề nghị Công ty hoàn thiện các nội dung sau:" is a task over its explanation)
            // ("2. Các nội dung trọng tâm đơn vị cần nghiên cứu, thực hiện" is a topic although it names "đơn vị")
            if (letter && ui + 1 < units.size() && units.get(ui + 1).kind() == 'P' && text.length() < 120
                    && !text.matches("(?s).*[.;]$") && (TOPIC.matcher(text).lookingAt()
                            || rules.subject(text) == null && first(doerP, doerA) == null)) return true;
            // "1. Chủ trì thực hiện các thủ tục sau:" under "Điều 17. Trách nhiệm Sở Tài chính": its paragraphs are its items
            if (text.endsWith(":")) {
                // "1. Cơ quan đăng ký kinh doanh có nhiệm vụ, quyền hạn sau đây:" (Luật doanh nghiệp 2020 Điều 216):
                // a body's standing competences, as the state-management duties of a law's execution chapter
                competences = law && standingDuties(text);
                if (!competences) { doerN = containerDoer(text, report && active); itemsFollow = true; }
                // "2. Nhiệm vụ thời gian tới:" in a notice of conclusions, "3. Chủ tịch UBND tỉnh chỉ đạo:"
                if (letter && doerN == null && (directs(lastSentence(text)) || assignsWork(text))) director = u;
                return true;
            }
            return false;
        }

        /** A paragraph: a chapter line, or a container that lends a doer or directs; true when it holds no task of its own. */
        private boolean paragraph(int ui, Unit u, String text) {
            Matcher ch = CHAPTER.matcher(text);
            if (normative && ch.matches()) {
                chaptered = true;
                chapterExecution = !ch.group(1).isBlank() && executionChapter(ch.group(1), law);
                chapterTitleNext = ch.group(1).isBlank();
                return true;
            }
            if (chapterTitleNext) { chapterExecution = executionChapter(text, law); chapterTitleNext = false; return true; }
            if (text.endsWith(":") && law && standingDuties(text)) { competences = true; return true; }
            if (text.endsWith(":")) {
                doerP = containerDoer(text, report && active);
                doerPInClause = clause != null;
                guiding = letter && GUIDES.matcher(text).find();
                if (letter && doerP == null) {
                    String last = lastSentence(text);
                    // "Để chủ động phòng ngừa, Sở Công Thương đề nghị:" + "- Báo cáo kết quả … trước ngày …": the letter asks its addressees
                    if (directs(last)) { director = u; doerP = addressed; }
                    // "Xét đề nghị …, Chủ tịch UBND tỉnh có ý kiến như sau:": its items that name their doer and what
                    // it does assign ("4. Văn phòng UBND tỉnh theo dõi, đôn đốc …"); the others are the opinion, not
                    // asked of the addressees ("1. Đồng ý chủ trương …", "1. Theo quy định tại …, hóa chất … thuộc danh mục …")
                    else if (opines(last)) director = u;
                    else if (REPORTS_DIRECTION.matcher(last).find()) reported = u;
                }
                // "Yêu cầu các tổ chức, cá nhân … nghiên cứu, cập nhật các văn bản … sau:" + "- Nghị định số …":
                // the documents are the object of the request, so the sentence is the task
                citing = letter && citesOnly(units, ui + 1);
                // "Sở Công Thương đề nghị Công ty bổ sung các tài liệu sau:" + "- Bản sao …": the papers are what the
                // request asks for, so the sentence is the task and its items are not
                if (letter && !citing && asksForPapers(text) && ui + 1 < units.size() && "BL".indexOf(units.get(ui + 1).kind()) >= 0) {
                    citing = true;
                    papers = true;
                }
                if (!citing) return true;
            }
            return false;
        }

        /** Whether the unit assigns, in the part that assigns; its task (or a letter's, one per request sentence) when it does. */
        private void take(int ui, Unit u, String text) {
            boolean fromHeading = false;
            boolean executionClause = normative && (EXECUTION_CLAUSE.matcher(text).find()
                    || chapterExecution && u.kind() != 'A' && !transitionArticle && DELEGATION.matcher(text).find()
                    || effectArticle && u.kind() != 'A' && givesDuty(text));
            if (!active && !executionClause) return;
            if (ui < concluded) return; // the meeting a notice of conclusions reports, before "… kết luận như sau:"
            if (normative && (FEEDBACK.matcher(text).find() || CONDITIONAL_NORM.matcher(text).find() || CONDITION_THEN.matcher(text).lookingAt())) return;
            String inherited = u.kind() == 'L' || u.kind() == 'B' ? first(doerN, doerP, doerA) : first(doerP, doerA);
            if (u.kind() == 'N') { inherited = subItem ? first(doerN, doerP, doerA) : first(doerP, doerA); fromHeading = inherited != null; }
            if (u.kind() == 'P') { inherited = first(doerN, doerA); fromHeading = doerN != null || doerA != null && (itemsFollow || ownerArticle && ui > 0 && units.get(ui - 1).kind() == 'A'); }
            List<String> texts = letter && inherited == null ? requestSentences(text) : List.of(afterEffect(text));
            for (String taskText : texts) {
                if (letter && FEEDBACK.matcher(taskText).find() && FEEDBACK_TO_ISSUER.matcher(taskText).find()) continue;
                // the list's colon does not make a citing request a heading: it is decided as the sentence it is
                String asked = citing ? Lines.trimEnd(taskText) : taskText;
                char shape = fromHeading ? 'B' : u.kind();
                TaskClassifier.Decision d = classifier.decide(asked, shape, inherited != null);
                AssignmentRules.Span own = rules.subject(taskText);
                // "2. Ủy ban nhân dân cấp tỉnh ban hành …" in an execution part: a doer the lexicon names, before a verb no word
                // list holds ("3. Bộ Tài chính giám sát việc sử dụng kinh phí thực hiện …": the cut ran on to "thực hiện")
                if (normative && inherited == null) own = rules.namedSubject(taskText, own);
                // "Đề nghị Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch cấp …": an addressee the letter's "Kính gửi" names,
                // where no rule ended the name, ends where that name ends
                AssignmentRules.Span toAddressee = letter && inherited == null ? addresseeAsked(taskText, own) : null;
                if (toAddressee != null) own = toAddressee;
                // "Sau khi tiếp nhận báo cáo của tổ chức, doanh nghiệp …, trong thời hạn 24 giờ phải báo cáo" under "Trách nhiệm của Sở …";
                // a notice's bullet names its own doer after its clause ("Sau khi hoàn thành thi công, …, Công ty cổ phần … có trách nhiệm …")
                // but a time limit opens the clause of the doer it names ("3. Trong thời hạn 06 tháng kể từ ngày Nghị định này có
                // hiệu lực thi hành, Chủ tịch Ủy ban nhân dân cấp tỉnh rà soát …" under "Trách nhiệm của Ủy ban nhân dân các cấp")
                if (own != null && inherited != null && normative && own.evidence().equals("rule:subject-after-clause")
                        && !TIME_LIMIT.matcher(taskText).lookingAt()) own = null;
                // "a) Tổ chức việc thực hiện …", "b) Tổ chức nguồn lực …" under "3. Ủy ban nhân dân cấp tỉnh": the verb, not a doer
                if (own != null && inherited != null && ORGANIZE.matcher(taskText).lookingAt()) own = null;
                // "Theo dõi, đề nghị các doanh nghiệp … thực hiện nghĩa vụ" under "Trách nhiệm Thuế tỉnh": whom the doer asks, not the doer
                if (normative && own != null && inherited != null && own.evidence().startsWith("rule:opener")
                        && !OPENS_WITH_OPENER.matcher(taskText).lookingAt()) own = null;
                // "7. Giao Sở Công Thương chủ trì …" under "… kính đề nghị đồng chí Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo một
                // số nội dung sau:": a report proposes that its addressee assign, as it proposes "Chỉ đạo Sở …"
                if (report && inherited != null && own != null && own.evidence().startsWith("rule:opener") && GIVES.matcher(taskText).lookingAt()) own = null;
                // in the execution part of a normative text a clause whose subject names a doer assigns, frame or not
                // ("Căn cứ các quy định của Luật này, để phòng, chống …, Chính phủ quy định …": an opening clause there, no preamble line)
                // a doer that "được" + a verb follows is permitted, not assigned ("Các cơ quan, đơn vị, doanh nghiệp … được nộp hồ sơ điện tử")
                // an article whose title is the clause ("Điều 55. Hội đồng bộ trưởng quy định chi tiết thi hành Luật này.")
                // nor one that "phải được" / "được" a body's consent follows ("Cá nhân, tập thể … nhận các hình thức khen thưởng của nước
                // ngoài phải được cơ quan nhà nước có thẩm quyền … đồng ý", Luật thi đua, khen thưởng 2003 Điều 100); "được giao" assigns
                boolean permitted = own != null && own.end() <= taskText.length() && PERMITTED.matcher(taskText.substring(own.end())).lookingAt();
                // "…, tổ chức, cá nhân khai thác khoáng sản chưa đáp ứng được các điều kiện …, phải đảm bảo tuân thủ …" (TT 43/2025
                // Điều 11.2): a norm for those that do not yet comply, a transition, no assignment of the text's execution
                boolean notYet = own != null && own.end() <= taskText.length() && NOT_YET.matcher(taskText.substring(own.end())).lookingAt();
                boolean executionSubject = normative && own != null && (u.kind() != 'A' || executionClause) && !(own.name() + " ").contains(" được ") && !permitted && !notYet
                        && own.name().length() <= 160 && ("rule:no-frame".equals(d.evidence())
                                || "rule:preamble".equals(d.evidence()) && "rule:subject-after-clause".equals(own.evidence()));
                // a plan's item states what its doer does ("2. Sở Nội vụ hướng dẫn các đơn vị thực hiện."): an assignment,
                // as the outline reader takes it (TaskExtractor); not a result ("1. Sở Y tế đã tổ chức …")
                boolean planItem = plan && own != null && "NLB".indexOf(u.kind()) >= 0 && "rule:no-frame".equals(d.evidence())
                        && "rule:subject".equals(own.evidence()) && statesWhatItsDoerDoes(taskText, own);
                AssignmentRules.Span guided = (guiding || director != null) && inherited == null && !d.task() && "NLB".indexOf(u.kind()) >= 0
                        ? guidedDoer(taskText) : null;
                // a decision's or licence's article binds the doer it names by "phải" ("4. Công ty Cổ phần … phải thực hiện đúng
                // các quy định tại Luật …", GP 2507/GP-UBND Điều 2): the licensee's duty, where a report's "phải" is what one had to do
                boolean decreedDuty = decreed && own != null && "NLBA".indexOf(u.kind()) >= 0 && "rule:no-frame".equals(d.evidence())
                        && "rule:subject".equals(own.evidence()) && own.end() <= taskText.length()
                        && MUST.matcher(taskText.substring(own.end())).lookingAt();
                // "3. Tổ chức, cá nhân hoạt động vật liệu nổ công nghiệp được lựa chọn cơ sở huấn luyện …" under "Trách nhiệm của
                // tổ chức, cá nhân …": a permission of the doer the heading names, not its duty
                // (the span runs up to the predicate after "được" when "được" is no predicate of its own: "… công nghiệp được")
                // ("3. Đoàn kiểm tra được quyền yêu cầu doanh nghiệp cung cấp hồ sơ …" in a decision: the team's power)
                boolean allowed = (normative && inherited != null || decreed) && (own != null && (permitted || own.name().endsWith(" được"))
                        || holdsPower(taskText));
                // a team member's duty after the member's name and role ("b) Bà Trần Thị Thu Hương - Phó Trưởng đoàn: Giúp Trưởng
                // đoàn điều hành …", "c) Các thành viên: Thực hiện nhiệm vụ theo phân công …"), with or without an assigning verb
                boolean memberDuty = decreed && own != null && "NLB".indexOf(u.kind()) >= 0 && "rule:no-frame".equals(d.evidence())
                        && "rule:label".equals(own.evidence()) && MEMBER.matcher(own.name()).lookingAt();
                boolean askedAddressee = toAddressee != null && "rule:no-frame".equals(d.evidence()) && AssignmentRules.hasFrame(taskText);
                boolean structural = executionSubject || planItem || guided != null || decreedDuty || memberDuty || askedAddressee; // the reader's own rules took it
                // "Đề nghị các đơn vị triển khai thực hiện nghiêm túc./.": a letter's closing formula, in words the closing list does not spell
                boolean urging = letter && own != null && own.evidence().startsWith("rule:opener") && rules.urgesOnly(taskText, own);
                boolean taken = (d.task() && !allowed || structural) && !urging;
                if (seen != null) seen.add(new Candidate(asked, shape, inherited != null, taken, structural));
                if (!taken) continue;
                if (guided != null) own = guided;
                // "đề nghị Công ty hoàn thiện các nội dung sau: 1. Hiệu chỉnh …": the paragraphs under item 1 explain it
                if (u.kind() == 'N' && fromHeading && own == null) explaining = true;
                List<Agency> leads = own != null ? AssignmentRules.mentioned(agencies.split(own.name()), taskText, own.start(), own.evidence())
                        : inherited == null ? List.of() : AssignmentRules.mentioned(agencies.split(inherited), "", 0, "rule:heading");
                if (own != null) leads = withLaterSubjects(leads, taskText);
                List<Agency> coord = new ArrayList<>();
                for (String c : rules.coordinating(taskText)) coord.addAll(AssignmentRules.mentioned(agencies.split(c), taskText, 0, "rule:phoi-hop-voi"));
                String section = article == null ? null : "Điều " + article + (clause == null ? "" : "." + clause);
                out.add(new Task(documentId + "-t" + (firstTask + out.size() + 1), documentId, section, taskText, leads, coord,
                        timeframes.parse(timeframes.findInline(taskText)), DocumentPart.BODY, u.at().page(), u.at().lineNo(), u.at().offset()));
                if (normative && u.kind() == 'N' && texts.size() == 1) openClause = out.size() - 1;
            }
        }
    }

    /**
     * A paragraph that goes on with the numbered clause before it in a normative execution part: the clause is one
     * task with its paragraphs ({@code 4. Cung cấp thông tin … khi có yêu cầu.} + {@code Phối hợp xử lý các vụ việc …},
     * QĐ 16/2026 Điều 24, whose OCR lines the normalize stage left as two once the first ended a sentence); not a chapter
     * line, a title in capitals, a container ({@code … cụ thể:}), the feedback formula or the execution clause.
     */
    private static boolean continuesClause(String text) {
        return !text.isEmpty() && !text.endsWith(":") && !CHAPTER.matcher(text).matches() && !FEEDBACK.matcher(text).find()
                && !Reflow.isUpperLine(text) && !EXECUTION_CLAUSE.matcher(text).find();
    }

    /** The clause's task with a paragraph that continues it: the text joined, the paragraph's {@code phối hợp với} agencies added. */
    private Task withParagraph(Task t, String paragraph) {
        String text = t.text() + " " + paragraph;
        List<Agency> coord = new ArrayList<>(t.coordinatingAgencies());
        for (String c : AssignmentRules.get().coordinating(paragraph)) {
            for (Agency a : AssignmentRules.mentioned(agencies.split(c), text, t.text().length(), "rule:phoi-hop-voi")) {
                if (coord.stream().noneMatch(b -> b.name().equalsIgnoreCase(a.name()))) coord.add(a);
            }
        }
        return new Task(t.taskId(), t.documentId(), t.section(), text, t.leadAgencies(), coord,
                t.timeframe() != null ? t.timeframe() : timeframes.parse(timeframes.findInline(paragraph)), t.source(), t.page(), t.line(), t.offset());
    }

    /**
     * A request whose object is papers listed below it ({@code … đề nghị Công ty bổ sung các tài liệu sau:}, {@code …
     * nộp hồ sơ gồm:}, {@code … cung cấp các văn bản, giấy tờ sau đây:}).
     */
    private static final Pattern PAPERS = Pattern.compile("(?U)\\b(?:bổ sung|nộp|cung cấp|gửi|hoàn thiện|xuất trình)\\s+(?:(?:các|một số|những)\\s+)?"
            + "(?:tài liệu|hồ sơ|giấy tờ|văn bản|thành phần hồ sơ)\\b[^:.;]{0,80}?(?:sau(?: đây)?|như sau|gồm(?: có)?)\\s*:$");

    private static boolean asksForPapers(String text) {
        return PAPERS.matcher(text.strip()).find() && AssignmentRules.get().asksAddressee(text);
    }

    /** A container for one doer ({@code Đối với Công ty …}, {@code Đối với Ủy ban nhân dân xã …}). */
    private static final Pattern FOR_DOER = Pattern.compile("(?U)^Đối với\\s+([^,;:.]{2,120})$");

    /** A letter's container that opens the issuer's guidance ({@code Cục Công nghiệp hướng dẫn một số nội dung như sau:}). */
    private static final Pattern GUIDES = Pattern.compile("(?U)\\bhướng dẫn\\b[^:.;]{0,60}?(?:như sau|sau đây|sau)\\s*:$");
    /**
     * A letter's container by which its issuer directs or asks without naming the addressee ({@code Chủ tịch UBND tỉnh
     * có ý kiến chỉ đạo như sau:}, {@code Để chủ động ứng phó với mưa lũ, Bộ Công Thương yêu cầu:}): its items name their
     * own doers; not a direction reported ({@code UBND tỉnh đã chỉ đạo như sau:}).
     */
    private static final Pattern DIRECTS = Pattern.compile(
            "(?U)\\b(?:chỉ đạo|yêu cầu|đề nghị|kết luận|giao nhiệm vụ)(?:\\s+cụ thể)?(?:\\s+(?:như sau|sau đây))?\\s*:$");
    /** A letter's container that gives the issuer's opinion ({@code … Chủ tịch UBND tỉnh có ý kiến như sau:}). */
    private static final Pattern OPINES = Pattern.compile("(?U)\\bcó ý kiến(?:\\s+(?:như sau|cụ thể|sau đây))?\\s*:$");

    /** {@code đã có ý kiến}: an opinion given before, which the letter reports. */
    private static final Pattern OPINED = Pattern.compile("(?U)\\b(?:đã|đang)\\s+có ý kiến\\b");

    /** Whether a container's last sentence ({@link #lastSentence}) gives an opinion ({@link #OPINES}) and reports none ({@link #OPINED}). */
    private static boolean opines(String last) {
        return OPINES.matcher(last).find() && !OPINED.matcher(last).find();
    }

    /** {@code đã chỉ đạo}, {@code đã có ý kiến chỉ đạo}: a direction given before, which the letter reports. */
    private static final Pattern DIRECTED = Pattern.compile("(?U)\\b(?:đã|đang)\\s+(?:có\\s+ý kiến\\s+)?(?:chỉ đạo|yêu cầu|đề nghị)\\b");

    /**
     * A container that reports a direction given before and ends with it ({@code Tại Văn bản số …, UBND tỉnh đã chỉ đạo
     * như sau:}); not one whose issuer asks after reporting ({@code UBND tỉnh đã chỉ đạo tại …, Sở Công Thương đề nghị:}).
     */
    private static final Pattern REPORTS_DIRECTION = Pattern.compile(
            "(?U)\\b(?:đã|đang)\\s+(?:có\\s+ý kiến\\s+)?(?:chỉ đạo|yêu cầu|đề nghị|giao)\\b(?![^:]*\\b(?:đề nghị|yêu cầu|chỉ đạo|giao|kết luận)\\b)[^:]*:$");

    /** Whether a container's last sentence ({@link #lastSentence}) directs ({@link #DIRECTS}) and reports no direction ({@link #DIRECTED}). */
    private static boolean directs(String last) {
        return DIRECTS.matcher(last).find() && !DIRECTED.matcher(last).find();
    }

    /** {@code … Phó Giám đốc Sở kết luận như sau:}: the conclusions of a meeting follow, not a conclusion reported. */
    private static final Pattern CONCLUDES = Pattern.compile("(?U)(?<!đã\\s)(?<!đang\\s)\\bkết luận(?:\\s+cụ thể)?(?:\\s+(?:như sau|sau đây))?\\s*:$");

    /** The unit that opens the conclusions of a notice ({@link #CONCLUDES}), 0 when none. */
    private static int conclusions(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            String text = units.get(i).text().strip();
            if (text.endsWith(":") && CONCLUDES.matcher(lastSentence(text)).find()) return i; // a container's colon ends it
        }
        return 0;
    }

    /** The last sentence of a container ({@link AssignmentRules#sentences}): the one its colon ends. */
    private static String lastSentence(String text) {
        String[] sentences = AssignmentRules.sentences(text.strip());
        return sentences[sentences.length - 1];
    }

    /**
     * A folded title that names the work assigned below it: {@code Tổ chức thực hiện}, {@code Nhiệm vụ (thời gian tới)},
     * {@code Các nhiệm vụ, giải pháp}, {@code Trách nhiệm thực hiện}, {@code Phân công nhiệm vụ}, an invitation's {@code
     * Công tác chuẩn bị}, a decision's {@code Giao nhiệm vụ cho các cơ quan, đơn vị như sau:}; not one that names whose work ({@code Nhiệm vụ của …}: the owner heading lends that doer).
     */
    private static final Pattern ASSIGNS_TITLE = Pattern.compile(
            "(?:to chuc thuc hien|(?:cac )?nhiem vu|trach nhiem thuc hien|(?:phan cong|giao) (?:nhiem vu|thuc hien)|cong tac chuan bi)\\b(?!\\s+(?:cua|doi voi)\\b)");

    private static boolean assignsWork(String title) {
        return ASSIGNS_TITLE.matcher(Folding.fold(title).toLowerCase(Locale.ROOT)).lookingAt();
    }

    /** Whether {@code u} ends the items under the directing container {@code director}: a unit of its rank or above. */
    private static boolean endsDirection(Unit director, Unit u) {
        if (u.kind() == 'A' || u.kind() == 'R') return true;
        if (director.kind() == 'A') return false;
        if (director.kind() == 'N') return u.kind() == 'N' && !u.number().startsWith(director.number() + ".") || u.kind() == 'P' && u.text().strip().endsWith(":");
        return u.kind() == 'P';
    }

    /** The verb that asks a letter's addressee, before its name. */
    private static final Pattern ASKS_ADDRESSEE = Pattern.compile("(?U)(?:^|(?<=\\s))(?:[Đđ]ề nghị|[Yy]êu cầu|[Gg]iao)\\s+(?=\\p{Lu})");

    /** The names of a {@code Kính gửi} ({@link #addresseeLines}): each line's {@code ;} parts, the longest first. */
    static List<String> names(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) for (String n : l.split(";\\s*")) out.add(n.strip().replaceAll("[.;,]+$", "").strip());
        out.removeIf(n -> n.length() < 6 || n.length() > 160 || !Character.isUpperCase(n.charAt(0)));
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    private static final Pattern TO = Pattern.compile("(?U)^Kính gửi\\s*:?\\s*(.*)$");

    /**
     * The addressees of a letter: the value of its {@code Kính gửi:} line, or the bullets under it ({@code - Sở Công
     * Thương các tỉnh, thành phố trực thuộc Trung ương;} {@code - Các chủ đập, hồ chứa thủy điện.}) joined by {@code ;};
     * null when the letter has none or one of them opens like no doer.
     */
    static String addressees(List<Unit> units) {
        List<String> clean = addresseeLines(units);
        return clean.isEmpty() || clean.stream().anyMatch(n -> !AssignmentRules.startsLikeDoer(n) || n.length() > 160) ? null : String.join("; ", clean);
    }

    /** The lines of a letter's {@code Kính gửi}, without their closing marks, as printed; empty when it has none. */
    private static List<String> addresseeLines(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Matcher m = units.get(i).kind() == 'P' ? TO.matcher(units.get(i).text().strip()) : null;
            if (m == null || !m.matches()) continue;
            List<String> names = new ArrayList<>();
            if (!m.group(1).isBlank()) names.add(m.group(1));
            else for (int k = i + 1; k < units.size() && units.get(k).kind() == 'B'; k++) names.add(units.get(k).text());
            return names.stream().map(n -> n.strip().replaceAll("[.;,]+$", "").strip()).filter(n -> !n.isEmpty()).toList();
        }
        return List.of();
    }

    /** The topic an item of guidance opens with ({@code Về tên cụm công nghiệp:}). */
    private static final Pattern TOPIC_LABEL = Pattern.compile("(?U)^Về\\s[^:]{2,100}:\\s*");

    /**
     * The doer an item of a letter's guidance names, after its topic and an opening clause ({@code 1. Về tên cụm công
     * nghiệp: Đối với …, Ủy ban nhân dân cấp tỉnh quyết định việc điều chỉnh …} → {@code Ủy ban nhân dân cấp tỉnh}):
     * guidance says who does what, with or without an assigning verb; not a result ({@code … đã …}) nor a permission.
     */
    private static AssignmentRules.Span guidedDoer(String text) {
        Matcher topic = TOPIC_LABEL.matcher(text);
        int off = topic.lookingAt() ? topic.end() : 0;
        String body = text.substring(off);
        AssignmentRules.Span s = AssignmentRules.get().subject(body);
        // ("3. Công an tỉnh: Chỉ đạo lực lượng Cảnh sát …": the doer as the item's label)
        if (s == null || !("rule:subject".equals(s.evidence()) || "rule:subject-after-clause".equals(s.evidence()) || "rule:label".equals(s.evidence()))
                || !statesWhatItsDoerDoes(body, s)
                || s.end() <= body.length() && PERMITTED.matcher(body.substring(s.end())).lookingAt()) return null;
        return new AssignmentRules.Span(s.start() + off, s.end() + off, s.name(), s.evidence());
    }

    /**
     * An item whose subject {@code s} names a doer and what it does: a name that opens like a doer or a collective of
     * doers, at most 160 characters, without {@code được} (a permission), not a result reported ({@code … đã …}); a plan's
     * item and an item of a letter's guidance assign so without an assigning verb.
     */
    private static boolean statesWhatItsDoerDoes(String text, AssignmentRules.Span s) {
        return !(s.name() + " ").contains(" được ") && s.name().length() <= 160
                && AssignmentRules.startsLikeDoerGroup(s.name()) && !AssignmentRules.reportsDone(text, s);
    }

    /** True when the units from {@code from} open with bullets or lettered items that all only cite a document. */
    private static boolean citesOnly(List<Unit> units, int from) {
        int items = 0;
        for (int i = from; i < units.size() && (units.get(i).kind() == 'B' || units.get(i).kind() == 'L'); i++, items++) {
            if (!CITATION.matcher(units.get(i).text().strip()).find()) return false;
        }
        return items > 0;
    }

    /**
     * Where a sentence goes on after {@code ;} in lower case: a later clause, whose doer counts only after an opening
     * clause and when it opens with an agency head as printed ({@code …; căn cứ vào Luật này, các cơ quan khác của Nhà
     * nước, … hướng dẫn …}, Luật khiếu nại, tố cáo 1998 Điều 102), not a second verb of the first doer ({@code …; giải
     * quyết khiếu nại, kiến nghị …}) nor the words of a list ({@code …; đồng thời bảo đảm …, an toàn công trình, phòng cháy …}).
     */
    private static final Pattern LATER_CLAUSE = Pattern.compile("(?U)(?<=;)\\s+(?=\\p{Ll})");

    /**
     * The leads of the first sentence and the doers that open the later sentences of the same clause, those of a
     * later clause after {@code ;} that opens with an opening clause ({@link #LATER_CLAUSE}), and the doer of each later
     * request ({@code Đề nghị A …; đề nghị B …}, {@code … . Đề nghị B …}).
     */
    private List<Agency> withLaterSubjects(List<Agency> leads, String text) {
        List<String> parts = new ArrayList<>();
        List<Boolean> lower = new ArrayList<>();
        for (String sentence : AssignmentRules.sentences(text)) {
            String[] clauses = LATER_CLAUSE.split(sentence);
            for (int k = 0; k < clauses.length; k++) { parts.add(clauses[k]); lower.add(k > 0); }
        }
        String[] sentences = parts.toArray(String[]::new);
        if (sentences.length < 2) return leads;
        List<Agency> out = new ArrayList<>(leads);
        int from = sentences[0].length();
        for (int i = 1; i < sentences.length; i++) {
            AssignmentRules.Span s = AssignmentRules.get().subject(lower.get(i) ? AgencyNormalizer.capitalize(sentences[i]) : sentences[i]);
            int at = text.indexOf(sentences[i], from);
            from = Math.max(from, at);
            // a later request names its addressee after the verb ("…; đề nghị Văn phòng Sở theo dõi …")
            boolean asks = s != null && s.evidence().startsWith("rule:opener") && AssignmentRules.OPENS_ASKING.matcher(sentences[i]).lookingAt();
            if (s == null || !(asks || s.evidence().equals(lower.get(i) ? "rule:subject-after-clause" : "rule:subject"))
                    || !AssignmentRules.startsLikeDoerGroup(s.name())) continue;
            // the doer right after the opening clause's first comma, printed as an agency: mid-sentence "đồng thời bảo đảm
            // …, an toàn công trình, phòng cháy và chữa cháy, …" is no opening clause and names no doer
            if (!asks && lower.get(i) && (s.start() != sentences[i].indexOf(", ") + 2 || !AgencyNormalizer.opensWithPrintedHead(s.name()))) continue;
            for (Agency a : AssignmentRules.mentioned(agencies.split(s.name()), text, Math.max(0, at), s.evidence())) {
                if (out.stream().noneMatch(b -> b.name().equalsIgnoreCase(a.name()))) out.add(a);
            }
        }
        return out;
    }

    /** The title of an article of a state body's duties ({@code Trách nhiệm của Bộ Công Thương}, {@code … của Ủy ban nhân dân các cấp}). */
    private static final Pattern STATE_DUTIES = Pattern.compile("(?U)^Trách nhiệm (?:thi hành |thực hiện )?của (?:các )?(?:Bộ|bộ|Ủy ban nhân dân|Uỷ ban nhân dân|UBND"
            + "|chính quyền|cơ quan|Sở|Chủ tịch|Thủ trưởng)\\b[^.;:]{0,120}$");

    /** A duty the clause gives its doer: {@code (có|chịu) trách nhiệm} or {@code chủ trì} right after the subject. */
    private static final Pattern DUTY_AFTER_SUBJECT = Pattern.compile("(?U)^\\s*(?:(?:có|chịu) trách nhiệm|chủ trì)\\s+\\p{Ll}");

    /**
     * A paragraph of an effect article that gives a named doer a duty of carrying out the text ({@code 3. Bộ trưởng Bộ
     * Công Thương có trách nhiệm rà soát, sửa đổi các thông tư … cho phù hợp với Nghị định này.}); the gold rules read
     * such paragraphs of an effect article as assignments, its entry into force and transition paragraphs as none.
     */
    private static boolean givesDuty(String text) {
        AssignmentRules.Span s = AssignmentRules.get().subject(text);
        return s != null && "rule:subject".equals(s.evidence()) && s.end() <= text.length()
                && AssignmentRules.startsLikeDoerGroup(s.name()) && DUTY_AFTER_SUBJECT.matcher(text.substring(s.end())).lookingAt();
    }

    /**
     * The execution clause after the entry into force in one paragraph ({@code Điều 3. Quyết định này có hiệu lực kể từ
     * ngày ký. Chánh Văn phòng Sở, … chịu trách nhiệm thi hành Quyết định này./.}): the sentences from the first that is
     * no closing on; the paragraph as it is when no execution clause follows its closing sentences.
     */
    private static String afterEffect(String text) {
        String[] sentences = AssignmentRules.sentences(text.strip());
        if (sentences.length < 2 || !AssignmentRules.get().isClosing(sentences[0])) return text;
        int from = 0;
        while (from < sentences.length - 1 && AssignmentRules.get().isClosing(sentences[from])) from++;
        String rest = String.join(" ", java.util.Arrays.asList(sentences).subList(from, sentences.length)).strip();
        return EXECUTION_CLAUSE.matcher(rest).find() && !AssignmentRules.get().isClosing(sentences[from]) ? rest : text;
    }

    /**
     * The clause that names who carries out the text ({@code … chịu trách nhiệm thi hành Nghị định này}), or who details
     * and guides it ({@code Chính phủ quy định chi tiết … và hướng dẫn thực hiện Luật này}, in a law's effect article).
     */
    private static final Pattern EXECUTION_CLAUSE = Pattern.compile("(?U)(?:chịu|có) trách nhiệm (?:thi hành|tổ chức thực hiện) (?:" + TEXTS + ")"
            // "3. Cục Công nghiệp có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này." inside the effect article
            + "|(?:chịu|có) trách nhiệm [^.;]{0,80}?\\b(?:thi hành|thực hiện) (?:" + TEXTS + ") này"
            // "Chính phủ quy định chi tiết thi hành Luật này", "Uỷ ban thường vụ Quốc hội, Chính phủ hướng dẫn và quy định chi tiết thi hành Luật này"
            + "|(?:" + DELEGATES + ")(?:\\s*(?:,|và)\\s*(?:" + DELEGATES + "))? (?:thi hành|thực hiện) (?:" + TEXTS + ") này");

    /**
     * In the execution chapter, also inside its effect article, the delegation of the parts of the text a law leaves to
     * others ({@code 2. Chính phủ, cơ quan có thẩm quyền quy định chi tiết các điều, khoản được giao trong Luật.}, Luật hộ
     * tịch 2014 Điều 77; {@code Chính phủ quy định chi tiết và hướng dẫn thi hành các điều 4, 7, … của Luật này …}, Luật
     * thuế thu nhập doanh nghiệp 2008 Điều 19), not the delegation of one article ({@code 6. Chính phủ quy định chi tiết
     * Điều này.}).
     */
    private static final Pattern DELEGATION = Pattern.compile("(?U)(?:" + DELEGATES + ")[^.;]{0,300}?\\b(?:của|trong) (?:" + TEXTS + ")\\b");

    /**
     * The doer of a container line ({@code 1. Bộ trưởng … có trách nhiệm:}, {@code Giám đốc Sở Công Thương:}); {@code
     * proposing} in a report's section of proposals ({@link AssignmentRules#addressee}).
     */
    private static String containerDoer(String text, boolean proposing) {
        // "Sở Công Thương nhận được Văn bản số … của Sở Xây dựng về việc đề nghị tham gia ý kiến …. Sau khi nghiên cứu hồ
        // sơ, Sở Công Thương có ý kiến như sau:": the sentence that ends with the colon is the container
        String t = lastSentence(Lines.trimEnd(text)).strip();
        // "1. Đối với Công ty cổ phần Khai khoáng Bản Vẽ:" over the requirements of a notice: the doer they are for
        Matcher forDoer = FOR_DOER.matcher(t);
        if (forDoer.matches() && AssignmentRules.startsLikeDoer(forDoer.group(1)) && !AssignmentRules.get().hasPredicate(forDoer.group(1))) {
            return forDoer.group(1);
        }
        if (ASKS.matcher(t).find()) return null; // "Chủ tịch UBND tỉnh yêu cầu:" names who asks, not who does
        // "…, Sở Công Thương chấp thuận kết quả … như sau:" introduces facts: only a container that assigns lends a doer
        String asked = AssignmentRules.get().addressee(t, proposing);
        if (asked != null) return asked;
        AssignmentRules.Span s = AssignmentRules.hasFrame(t) ? AssignmentRules.get().subject(t + " ") : null;
        if (s != null && s.name().length() <= 120) return s.name();
        // "Sở Công Thương thông báo thời gian, nội dung … như sau:" announces facts, it names no doer of the items
        if (AssignmentRules.get().hasPredicate(t) && !AssignmentRules.hasFrame(t)) return AssignmentRules.ownerHeading(t);
        String h = AssignmentRules.headingDoer(t);
        if (h != null) return h;
        // "Các văn bản kèm theo:" over the files a phiếu trình attaches opens like a collective but names no doer
        // "2. Tổ chức chuyển đổi mô hình quản lý chợ … theo các nội dung sau:" under "Trách nhiệm của Ủy ban nhân dân cấp
        // tỉnh": the verb "organize", whose items are the article's doer's
        return AssignmentRules.startsLikeDoer(t) && t.length() < 160 && !AssignmentRules.get().isNotDoer(t) && !ORGANIZE.matcher(t).lookingAt() ? t : null;
    }

    /** A clause that ends its sentence and whose subject a predicate follows: it names its doer, it does not head items. */
    private static boolean sentence(String text) {
        AssignmentRules.Span s = text.endsWith(".") ? AssignmentRules.get().subject(text) : null;
        return s != null && "rule:subject".equals(s.evidence());
    }

    /** An article title without a sentence: {@code Tổ chức thực hiện}, {@code Kinh phí hoạt động}. */
    private static boolean isHeading(String text) {
        return text.isEmpty() || text.length() < 90 && !text.endsWith(".") && !text.endsWith(":") && !AssignmentRules.hasFrame(text);
    }

    /** The implementation article of a normative document ({@code Tổ chức thực hiện}, {@code Trách nhiệm thi hành}). */
    private static boolean implementation(String title) {
        String f = Folding.fold(title).toLowerCase(Locale.ROOT);
        return f.length() < 120 && (IMPLEMENTS.matcher(f).find() || f.startsWith("trach nhiem thuc hien")
                || EXECUTES.matcher(f).find() && !EFFECT_EXECUTION.matcher(f).find());
    }

    /**
     * {@code thi hành} of this text ({@code Trách nhiệm thi hành}, {@code Hướng dẫn thi hành}, {@code Quy định thi hành
     * Luật}, {@code Tổ chức thi hành và hiệu lực}), not the execution of judgments or decisions the substance regulates
     * ({@code Nhiệm vụ, quyền hạn … khi kiểm sát việc thi hành án hình sự}, Luật tổ chức Viện kiểm sát nhân dân 2014 Điều 25).
     */
    private static final Pattern EXECUTES = Pattern.compile("thi hanh(?=\\s*$|\\s*[,;.(]|\\s+va\\b|\\s+doi voi\\b"
            + "|\\s+(?:" + folded("executed_texts") + ")(?:\\s+nay)?\\s*$)");

    /**
     * {@code tổ chức thực hiện} as the article's subject ({@code Tổ chức thực hiện}, {@code Hiệu lực và tổ chức thực
     * hiện}, {@code Tổ chức thực hiện Quyết định}), not as a duty it regulates ({@code Xây dựng, ban hành và tổ chức
     * thực hiện pháp luật, cơ chế, chính sách}, an article of a regulation's substance).
     */
    private static final Pattern IMPLEMENTS = Pattern.compile(
            "to chuc thuc hien\\s*(?:$|[,;.]|va\\b|(?:nghi dinh|thong tu|quyet dinh|nghi quyet|quy che|quy dinh|ke hoach)\\b)");

    /**
     * A chapter of a normative text that assigns its execution: {@code TỔ CHỨC THỰC HIỆN} (not {@code TỔ CHỨC THỰC HIỆN
     * TRỢ GIÚP PHÁP LÝ}, a chapter of the substance of Luật trợ giúp pháp lý 2017), {@code ĐIỀU KHOẢN THI
     * HÀNH}, {@code TRÁCH NHIỆM THI HÀNH}, {@code TRÁCH NHIỆM CỦA BỘ, CHÍNH QUYỀN ĐỊA PHƯƠNG}, an old law's {@code ĐIỀU KHOẢN CUỐI CÙNG} (not the standing duties
     * of {@code TRÁCH NHIỆM QUẢN LÝ NHÀ NƯỚC …}, nor a chapter on the execution of judgments, {@code THI HÀNH ÁN …}). In
     * a law a chapter {@code TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC …} states the standing duties of the field (Luật bình đẳng
     * giới 2006 Chương IV), not who carries out the law: only its {@code ĐIỀU KHOẢN THI HÀNH} chapter is.
     */
    /** Whether a chapter of the units is an execution chapter ({@link #executionChapter}), its title on its line or the next. */
    private static boolean hasExecutionChapter(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Matcher ch = CHAPTER.matcher(units.get(i).text().strip());
            if (!ch.matches()) continue;
            String title = !ch.group(1).isBlank() ? ch.group(1) : i + 1 < units.size() ? units.get(i + 1).text().strip() : "";
            if (executionChapter(title, false)) return true;
        }
        return false;
    }

    static boolean executionChapter(String title, boolean law) {
        String f = Folding.fold(title).toLowerCase(Locale.ROOT).strip();
        // "TRÁCH NHIỆM CỦA CÁC BỘ, NGÀNH VÀ ỦY BAN NHÂN DÂN CÁC CẤP TRONG QUẢN LÝ NHÀ NƯỚC VỀ …": the standing duties of the
        // field, in a decree as in a law (gold README: "Chapters of standing state-management duties … are not execution parts")
        if (STANDING_DUTIES.matcher(f).find()) return false;
        return IMPLEMENTS.matcher(f).find() || EXECUTES.matcher(f).find() && !EFFECT.matcher(f).lookingAt()
                || !law && f.startsWith("trach nhiem cua") || f.startsWith("trach nhiem thuc hien") || f.equals("dieu khoan cuoi cung");
    }

    /**
     * A law's article of standing state-management duties, also inside its execution chapter ({@code Điều 215. Trách
     * nhiệm các cơ quan quản lý nhà nước}, Luật doanh nghiệp 2020; {@code Chương X TỔ CHỨC THỰC HIỆN}, Điều 208 of the 2014 law).
     */
    private static boolean standingDuties(String title) {
        return STANDING_DUTIES.matcher(Folding.fold(title).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * An article of a reporting regime ({@code Chế độ báo cáo}, {@code Chế độ thông tin, báo cáo}): normative content of
     * the text (who reports what, when), not the assignment of its execution, also inside the execution chapter.
     */
    private static boolean reportingRegime(String title) {
        return Folding.fold(title).toLowerCase(Locale.ROOT).matches("^che do (?:thong tin,? )?bao cao\\b.*");
    }

    /** Articles of transition, entry into force and amendment, which assign nothing even inside the execution chapter. */
    private static boolean transitionOrEffect(String title) {
        String f = Folding.fold(title).toLowerCase(Locale.ROOT);
        return TRANSITION.matcher(f).find() || EFFECT.matcher(f).lookingAt() || f.startsWith("sua doi");
    }

    /** An article of a decision that states what it approves or issues ({@code Phê duyệt}, {@code Chấp thuận}, {@code Ban hành kèm theo}). */
    private static boolean approves(String title) {
        String f = Folding.fold(title).toLowerCase(Locale.ROOT);
        return f.startsWith("phe duyet") || f.startsWith("chap thuan") || f.startsWith("ban hanh kem theo") || f.startsWith("cong nhan");
    }

    /**
     * A section of a letter or notice that asks for work ({@code KẾT LUẬN VÀ KIẾN NGHỊ}, {@code YÊU CẦU}, {@code TỔ CHỨC
     * THỰC HIỆN}), not one that reports results ({@link TaskExtractor#beyondResults}).
     */
    static boolean requestSection(String title) {
        // "KẾT QUẢ THỰC HIỆN NHIỆM VỤ …" reports work done; "KẾT QUẢ KIỂM TRA VÀ KIẾN NGHỊ" asks in its second part
        String f = TaskExtractor.beyondResults(Folding.fold(title).toLowerCase(Locale.ROOT));
        return f.matches(".*\\b(kien nghi|de nghi|yeu cau|nhiem vu|trach nhiem|to chuc thuc hien|giao)\\b.*");
    }

    /**
     * A report's section of proposals: its title names them (task-rules {@code propose}: {@code 6. Kiến nghị}, {@code
     * 4. Đề xuất, kiến nghị}, {@code V. KIẾN NGHỊ}, {@code 2. Khó khăn, vướng mắc và kiến nghị}); a title that only
     * names requirements is the report's matter ({@code 4. Quy hoạch … lồng ghép nội dung và yêu cầu của Chiến lược …},
     * whose {@code … giao Sở Tài chính …} is a fact reported).
     */
    static boolean proposalSection(String title) {
        return AssignmentRules.get().namesProposals(title);
    }

    /**
     * A report's section line: a Roman one, or with {@code numbered} (a report without Roman sections) a top-level
     * numbered title, one that ends no sentence, names no doer and asks no addressee ({@code 1. Kết quả thực hiện},
     * not {@code 2. Đề nghị Bộ Công Thương hỗ trợ kinh phí …}, a proposal with or without its period).
     */
    private static boolean reportSection(Unit u, boolean numbered) {
        if (!numbered) return u.kind() == 'R';
        String t = u.text().strip();
        return u.kind() == 'N' && !u.number().contains(".") && !t.matches("(?s).*[.;]$") && AssignmentRules.get().subject(t) == null
                && !AssignmentRules.get().asksAddressee(t);
    }

    /**
     * In a letter, the sentences of a paragraph that carry a request, each one a task; the paragraph when none does. A
     * doer alone before {@code ;} is the first member of the list the next part goes on with ({@code Thủ trưởng các sở,
     * ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; … chịu trách nhiệm …}).
     */
    static List<String> requestSentences(String text) {
        String[] sentences = AssignmentRules.sentences(text);
        if (sentences.length < 2) return List.of(text);
        List<String> out = new ArrayList<>();
        String members = "";
        boolean kept = false; // whether the last part that was no doer alone is a task
        for (String s : sentences) {
            String part = members + s;
            if (s.strip().endsWith(";") && AssignmentRules.startsLikeDoer(s) && !AssignmentRules.hasFrame(s)
                    && !AssignmentRules.get().hasPredicate(s)) { members = part + " "; continue; }
            kept = AssignmentRules.hasFrame(part) || AssignmentRules.get().asksDoer(part);
            if (kept) out.add(part.strip());
            // "…: Sở Xây dựng; Ủy ban nhân dân xã Bảo Thắng; Thời gian kiểm tra …;": doers before a sentence that is no
            // task go on with the request before them
            else if (!members.isEmpty() && !out.isEmpty()) out.set(out.size() - 1, out.getLast() + " " + members.strip());
            members = "";
        }
        // "… cử cán bộ tham gia Đoàn kiểm tra: Công an tỉnh; Sở Xây dựng; Ủy ban nhân dân xã Bảo Thắng;": doers that end
        // the paragraph go on with the request before them
        if (!members.isEmpty() && kept) out.set(out.size() - 1, out.getLast() + " " + members.strip());
        return out.isEmpty() ? List.of(text) : out;
    }

    private static String first(String... xs) {
        for (String x : xs) if (x != null) return x;
        return null;
    }
}
