package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.model.Task;
import vn.plans.normalize.Reflow;

/**
 * The national technical regulation (QCVN) a circular issues, printed after the circular's signature block: from its
 * title line ({@code QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ …}, its code {@code QCVN 22:2025/BGTVT} just above) to its own
 * appendices ({@code Phụ lục A}). A QCVN numbers its parts {@code 1. QUY ĐỊNH CHUNG}, {@code 1.1. Phạm vi điều chỉnh}
 * (or {@code Phần 5.}, or {@code I.} and {@code 1.} in an amendment, or articles {@code Điều N}); {@link #units} reads each top-level part
 * as a chapter and an article of the same title, so that its {@code TỔ CHỨC THỰC HIỆN} and {@code TRÁCH NHIỆM CỦA CÁC
 * TỔ CHỨC, CÁ NHÂN} parts are read as the execution part of a normative text, and its technical and management parts
 * are not.
 *
 * @param from the index of the title line
 * @param to   the index after the regulation's last line
 * @param code the regulation's code as printed ({@code QCVN 22:2025/BGTVT}), or null
 */
record TechnicalRegulation(int from, int to, String code) {
    private static final Pattern TITLE = Pattern.compile("(?U)^(?:\\|\\s*)?QUY CHUẨN KỸ THUẬT QUỐC GIA\\b");
    private static final Pattern CODE = Pattern.compile("(?U)\\bQCVN\\s*\\d{1,3}[A-Z]?\\s*:\\s*\\d{4}\\s*/\\s*[\\p{Lu}\\d-]+");
    /** The regulation's own appendix ({@code Phụ lục A}, {@code PHỤ LỤC I}, {@code Phụ lục 2}) alone on its line. */
    private static final Pattern APPENDIX = Pattern.compile("(?U)^(?:\\|\\s*)?(?:PHỤ LỤC|Phụ lục)(?:\\s+(?:số\\s+)?[A-Z\\d]{1,4})?\\s*[.:]?\\s*$");
    private static final Pattern PART = Pattern.compile("(?U)^(?:Phần|PHẦN)\\s+([IVX]{1,4}|\\d{1,2})\\s*[.:\\-–]?\\s*(.*)$");
    private static final Pattern NUMBER_REST = Pattern.compile("(?U)^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(\\p{Lu}.*)$");
    private static final Pattern DECIMAL = Pattern.compile("^\\d{1,2}\\.\\d");

    /** The regulation printed after the body that ends at line {@code bodyEnd}, or null when none is. */
    static TechnicalRegulation after(Lines lines, int bodyEnd) {
        List<Lines.Line> all = lines.all();
        for (int i = bodyEnd; i < all.size(); i++) {
            if (!titleLine(all.get(i).text())) continue;
            String code = null;
            for (int j = i; j >= Math.max(bodyEnd, i - 3) && code == null; j--) {
                Matcher m = CODE.matcher(all.get(j).text());
                if (m.find()) code = m.group().replaceAll("\\s+", " ").replaceAll("\\s*([:/])\\s*", "$1");
            }
            int to = i + 1;
            while (to < all.size() && !APPENDIX.matcher(all.get(to).text()).matches()) to++;
            return new TechnicalRegulation(i, to, code);
        }
        return null;
    }

    /** A line that opens with the title, or a table row one of whose cells does ({@code | QCVN 01:2019/BCT | QUY CHUẨN …}). */
    private static boolean titleLine(String text) {
        if (TITLE.matcher(text).lookingAt()) return true;
        if (!text.startsWith("|")) return false;
        for (String cell : text.split("\\|")) if (TITLE.matcher(cell.strip()).lookingAt()) return true;
        return false;
    }

    /**
     * The regulation's units with its top-level parts as chapters and articles: the integer-numbered parts when it
     * numbers clauses with decimals ({@code 5. TỔ CHỨC THỰC HIỆN}, {@code 5.1. …} read as clause 1 of article 5), else
     * its Roman parts ({@code III. Tổ chức thực hiện}, {@code 19. …} clause 19); articles of its own are left as they are.
     */
    List<ClauseTaskReader.Unit> units(List<ClauseTaskReader.Unit> printed) {
        if (numbersArticles(printed)) return printed;
        List<ClauseTaskReader.Unit> units = new ArrayList<>(printed.size());
        for (ClauseTaskReader.Unit u : printed) {
            // "5.1 Cục Đăng kiểm …" without the period after its number came out as clause "5" with the text "1 Cục …"
            Matcher rest = u.kind() == 'N' ? NUMBER_REST.matcher(u.text()) : null;
            units.add(rest != null && rest.matches()
                    ? new ClauseTaskReader.Unit('N', u.number() + "." + rest.group(1), rest.group(2), u.at()) : u);
        }
        boolean decimal = units.stream().anyMatch(u -> u.kind() == 'N' && DECIMAL.matcher(u.number()).lookingAt());
        List<ClauseTaskReader.Unit> out = new ArrayList<>(units.size() + 8);
        for (ClauseTaskReader.Unit u : units) {
            Matcher named = u.kind() == 'P' ? PART.matcher(u.text()) : null;
            if (named != null && named.matches() && !named.group(2).isBlank()) {
                // "Phần 5. TỔ CHỨC THỰC HIỆN", "PHẦN V - TỔ CHỨC THỰC HIỆN"
                out.add(new ClauseTaskReader.Unit('P', null, "Chương " + named.group(1) + ". " + named.group(2), u.at()));
                out.add(new ClauseTaskReader.Unit('A', named.group(1), named.group(2), u.at()));
                continue;
            }
            boolean part = decimal ? u.kind() == 'N' && !u.number().contains(".") && isTitle(u.text())
                    : u.kind() == 'R';
            if (part) {
                out.add(new ClauseTaskReader.Unit('P', null, "Chương " + u.number() + ". " + u.text(), u.at()));
                out.add(new ClauseTaskReader.Unit('A', u.number(), u.text(), u.at()));
            } else if (decimal && u.kind() == 'N' && u.number().contains(".")) {
                // "5.1." is clause 1 of part 5, "5.1.2." a point of it
                out.add(new ClauseTaskReader.Unit('N', u.number().substring(u.number().indexOf('.') + 1), u.text(), u.at()));
            } else {
                out.add(u);
            }
        }
        return out;
    }

    /** Whether the regulation numbers articles of its own ({@code Điều N}), read as they are. */
    static boolean numbersArticles(List<ClauseTaskReader.Unit> printed) {
        return printed.stream().anyMatch(u -> u.kind() == 'A');
    }

    /** A part's title: short, in capitals or ending no sentence ({@code TỔ CHỨC THỰC HIỆN}, {@code Quy định chung}). */
    private static boolean isTitle(String text) {
        String t = text.strip();
        return t.length() <= 120 && (Reflow.isUpperLine(t) || !t.matches("(?s).*[.;:]$"));
    }

    /**
     * The task with its section named in the regulation: {@code QCVN 22:2025/BGTVT 5.1} for its part 5, clause 1;
     * {@code … Điều 12.2} when the regulation numbers articles of its own ({@code ownArticles}).
     */
    Task located(Task t, boolean ownArticles) {
        String section = t.section();
        if (section != null && !ownArticles && section.startsWith("Điều ")) section = section.substring("Điều ".length());
        String prefix = code == null ? "QCVN" : code;
        return new Task(t.taskId(), t.documentId(), section == null ? prefix : prefix + " " + section, t.text(),
                t.leadAgencies(), t.coordinatingAgencies(), t.timeframe(), t.source(), t.page(), t.line(), t.offset());
    }
}
