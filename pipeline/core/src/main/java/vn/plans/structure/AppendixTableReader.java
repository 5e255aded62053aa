package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.Agency;
import vn.plans.model.DocumentPart;
import vn.plans.model.Table;
import vn.plans.model.Task;
import vn.plans.normalize.Folding;
import vn.plans.normalize.ToneMarks;

/**
 * Task tables of the appendix ({@code TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện}, or a
 * report's {@code … | Giải pháp, kiến nghị | Cơ quan phụ trách | …} whose cell labels the roles: {@code Chủ trì: X.
 * Phối hợp: Y; Z hướng dẫn}), from {@link Table} records (DOCX) or from text where a PDF exporter wrote each cell's
 * lines one after another.
 * <p>Text reading is a column state machine over the lines of a row: task text, then the lead cell (a short
 * line opening with an agency head), the coordinating cell (opens with {@code Các}/an agency after the lead is
 * complete), then the timeframe cell (opens with {@code Thường}, {@code Năm}, {@code Quý}...). Lines after the
 * timeframe are a page-break continuation: long lines go back to the task text, short ones to the coordinating
 * cell. Group rows ({@code II}) set the section ({@code PL1.II}); row numbers must run in sequence, so a stray
 * page number is dropped; a group row with no numbered rows is a task itself.
 */
public final class AppendixTableReader {
    private static final Pattern GROUP = Pattern.compile("^([IVX]{1,5})\\.?(?:\\s+(\\S.*))?$");
    private static final Pattern ROW = Pattern.compile("^(\\d{1,3})\\.?(?:\\s+(\\S.*))?$");
    static final Pattern TIME_START = Pattern.compile("(?U)^(?:Thường|Hằng|Hàng|Năm|Quý|Trước|Từ|Định kỳ|Tháng|Giai đoạn|\\d{4}|Trong)\\b");
    static final Pattern TIME_WORDS = Pattern.compile("(?U)^(?:(?:xuyên|trong|năm|quý|tháng|hằng|hàng|từ|đến|giai|đoạn|và|[IVX]+|\\d{1,4}|[-,./])\\s*)+$");
    private static final Lexicon LEX = Lexicon.standard();
    private static final Pattern LEAD_START = Pattern.compile("(?U)^(?:" + LEX.alternation("agency_heads") + "|"
            + LEX.alternation("agency_heads_weak") + ")\\b");

    /** The rules: a short line opening with an agency head starts the lead cell, {@code Các} the coordinating cell. */
    public static final CellRoles RULES = (line, current, hasText) -> switch (current) {
        case 0 -> hasText && line.length() <= 18 && LEAD_START.matcher(line).find() ? 1 : 0;
        case 1 -> line.startsWith("Các ") ? 2 : TIME_START.matcher(line).find() ? 3 : 1;
        case 2 -> TIME_START.matcher(line).find() ? 3 : 2;
        default -> 3;
    };

    private final AgencyNormalizer agencies;
    private final TimeframeParser timeframes;
    private final CellRoles roles;

    public AppendixTableReader(AgencyNormalizer agencies, TimeframeParser timeframes) {
        this(agencies, timeframes, RULES);
    }

    public AppendixTableReader(AgencyNormalizer agencies, TimeframeParser timeframes, CellRoles roles) {
        this.agencies = agencies;
        this.timeframes = timeframes;
        this.roles = roles;
    }

    /** Tasks from DOCX tables whose header has a task column; {@code firstNumber} numbers the appendix (PL1, PL2...). */
    public List<Task> fromTables(String documentId, List<Table> tables, int firstTask) {
        List<Task> out = new ArrayList<>();
        int appendix = 0;
        for (Table table : tables) {
            if (table.rows().isEmpty()) continue;
            int[] cols = columns(table.rows().getFirst());
            if (!isTaskTable(cols)) continue;
            appendix++;
            String group = null;
            for (List<String> row : table.rows().subList(1, table.rows().size())) {
                String tt = cell(row, cols[0]).replaceAll("[.\\s]+$", "");
                String text = cell(row, cols[1]).replace('\n', ' ').replaceAll("\\s+", " ").strip();
                // a group row: "II" beside its title, or "I. CỤM CÔNG NGHIỆP …" in one cell across the table
                Matcher g = GROUP.matcher(tt);
                if (g.matches() && cell(row, cols[2]).isBlank()) { group = g.group(1); continue; }
                if (text.isEmpty()) continue;
                String section = "PL" + appendix + (group == null ? "" : "." + group) + (tt.isEmpty() ? "" : "." + tt);
                List<List<Agency>> roles = roleCell(cell(row, cols[2]));
                List<Agency> lead = roles == null ? splitCell(cell(row, cols[2])) : roles.get(0);
                List<Agency> coord = new ArrayList<>(splitCell(cell(row, cols[3])));
                if (roles != null) coord.addAll(roles.get(1));
                String time = cell(row, cols[4]).replace('\n', ' ').strip();
                // a table without a time column: the deadline the task cell itself states ("… trước ngày 31/12/2026 …")
                if (time.isEmpty()) time = timeframes.findInline(text);
                out.add(new Task(documentId + "-t" + (firstTask + out.size() + 1), documentId, section, text, lead, coord,
                        timeframes.parse(time), DocumentPart.APPENDIX, table.page(), null, null));
            }
        }
        return out;
    }

    /**
     * A task table has a task column and a column of doers (lead or coordinating); a table of contents, a form's
     * instructions or a procedure with only {@code Nội dung | Thời gian} assigns nothing.
     */
    static boolean isTaskTable(int[] cols) {
        return cols[1] >= 0 && (cols[2] >= 0 || cols[3] >= 0);
    }

    /** {@code Chủ trì: X (CĐT). Phối hợp: …}: a cell of the doers' roles. */
    private static final Pattern LEAD_LABEL = Pattern.compile("(?iU)^chủ trì\\s*:\\s*");
    /**
     * Where the lead of a role cell ends: its list part ({@code ;}), or a period before the next role label or at the end
     * of the cell; not an abbreviation's period ({@code UBND TP. Lào Cai}, {@code TT. Phát triển quỹ đất}).
     */
    private static final Pattern ROLE_END = Pattern.compile("(?iU);(?:\\s+|$)|\\.(?:\\s+(?=chủ trì\\s*:|phối hợp\\b)|\\s*$)");
    /** The role a role cell gives in parentheses ({@code (GPMB)}, {@code (CĐT)}, {@code (thẩm định thiết kế)}). */
    private static final Pattern ROLE_NOTE = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern COORD_LABEL = Pattern.compile("(?iU)^phối hợp\\s*:?\\s*");

    /**
     * A responsible cell that labels its roles ({@code Chủ trì: Công ty LCIDI (CĐT). Phối hợp: UBND xã Gia Phú (GPMB);
     * Sở Tài chính (tái định cư).}, {@code Chủ trì: UBND xã Trấn Yên; Sở Công Thương hướng dẫn; Sở Tài chính bố trí
     * ngân sách.}): the lead after {@code Chủ trì:}, and every other body it names, each without the role it is given
     * in parentheses or by its verb; null for a cell without the label.
     */
    private List<List<Agency>> roleCell(String cell) {
        String c = cell.replace('\n', ' ').strip();
        Matcher label = LEAD_LABEL.matcher(c);
        if (!label.lookingAt()) return null;
        String rest = c.substring(label.end());
        Matcher end = ROLE_END.matcher(rest);
        int cut = end.find() ? end.start() : rest.length();
        List<Agency> lead = agencies.split(ROLE_NOTE.matcher(rest.substring(0, cut)).replaceAll(""));
        List<Agency> others = new ArrayList<>();
        String after = cut < rest.length() ? rest.substring(end.end()) : "";
        for (String part : ROLE_END.split(after)) {
            String named = COORD_LABEL.matcher(ROLE_NOTE.matcher(part.strip()).replaceAll("")).replaceFirst("");
            String name = AssignmentRules.get().namedFirst(named + " ");
            if (!name.isEmpty()) others.addAll(agencies.split(name));
        }
        return List.of(lead, others);
    }

    /** A cell listing people or agencies one per paragraph, or as a printed list. */
    private List<Agency> splitCell(String cell) {
        if (cell.isBlank()) return List.of();
        if (cell.contains("\n")) {
            List<Agency> out = new ArrayList<>();
            for (String line : cell.split("\n")) if (!line.isBlank()) out.addAll(agencies.split(line.strip()));
            return out;
        }
        return agencies.split(cell);
    }

    /** Column indexes: TT, task, lead, coordinating, time (-1 where absent). */
    static int[] columns(List<String> header) {
        int[] c = {-1, -1, -1, -1, -1};
        for (int i = 0; i < header.size(); i++) {
            String f = Folding.fold(header.get(i)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (f.equals("tt") || f.equals("stt")) c[0] = i;
            else if (f.contains("nhiem vu") || f.contains("noi dung") || f.startsWith("giai phap")) c[1] = i;
            // a body "phụ trách", not the "Lãnh đạo phụ trách" of a lịch công tác
            else if (f.contains("chu tri") || f.contains("nguoi thuc hien") || f.contains("don vi thuc hien")
                    || f.contains("co quan phu trach") || f.contains("don vi phu trach")) c[2] = i;
            else if (f.contains("phoi hop")) c[3] = i;
            else if (f.contains("thoi gian") || f.contains("thoi han")) c[4] = i;
        }
        return c;
    }

    /** A cell's text, NFC with canonical tone marks as page text is (table cells skip the page normalizer). */
    private static String cell(List<String> row, int i) {
        return i < 0 || i >= row.size() ? "" : ToneMarks.canonicalize(row.get(i)).strip();
    }

    /**
     * Whether the lines above the first row, a table header whose cells arrive one line each and may wrap ({@code Cơ
     * quan} / {@code chủ trì}), name a task column and a column of doers, as {@link #isTaskTable} asks of a DOCX table:
     * QĐ 1696's {@code STT | NỘI DUNG NHIỆM VỤ ỦY QUYỀN | CĂN CỨ PHÁP LÝ | … TÊN TTHC | GHI CHÚ}, a list of the
     * competences it delegates, names none.
     */
    static boolean namesTaskColumns(List<Lines.Line> header) {
        List<String> cells = new ArrayList<>();
        for (int k = 0; k < header.size(); k++) {
            cells.add(header.get(k).text());
            if (k + 1 < header.size()) cells.add(header.get(k).text() + " " + header.get(k + 1).text());
        }
        return isTaskTable(columns(cells));
    }

    /** Tasks from appendix text lines (from {@code PHỤ LỤC} on) where table cells arrive one line each. */
    public List<Task> fromText(String documentId, Lines lines, int firstTask) {
        List<Lines.Line> all = lines.all();
        int start = -1;
        for (int i = 0; i < all.size(); i++) {
            if (LEX.isAppendixHeading(all.get(i).text())) { start = i; }
            if (start >= 0 && all.get(i).text().equals("TT")) { start = i + 1; break; }
        }
        List<Task> out = new ArrayList<>();
        if (start < 0) return out;
        int i = start;
        while (i < all.size() && !GROUP.matcher(all.get(i).text()).matches() && !ROW.matcher(all.get(i).text()).matches()) i++;
        if (!namesTaskColumns(all.subList(start, i))) return out;
        String group = null;
        int expected = 1;
        Row row = null;
        for (; i < all.size(); i++) {
            Lines.Line l = all.get(i);
            String t = l.text();
            Matcher g = GROUP.matcher(t);
            Matcher r = ROW.matcher(t);
            if (g.matches() && (row == null || row.state >= 1)) {
                if (row != null) out.add(row.task(documentId, firstTask + out.size()));
                group = g.group(1);
                expected = 1;
                row = null;
                StringBuilder title = new StringBuilder(g.group(2) == null ? "" : g.group(2));
                boolean selfRow = g.group(2) != null && i + 1 < all.size() && !ROW.matcher(all.get(i + 1).text()).matches();
                if (selfRow) { row = new Row("PL1." + group, l); continue; }
                while (g.group(2) == null && i + 1 < all.size() && !ROW.matcher(all.get(i + 1).text()).matches()) title.append(' ').append(all.get(++i).text());
                continue;
            }
            if (r.matches() && Integer.parseInt(r.group(1)) == expected && (row == null || row.state >= 2)) {
                if (row != null) out.add(row.task(documentId, firstTask + out.size()));
                expected++;
                row = new Row("PL1." + (group == null ? "" : group + ".") + r.group(1), l);
                if (r.group(2) != null) row.text.append(r.group(2));
                continue;
            }
            if (r.matches() && r.group(2) == null && row != null && row.state >= 3) continue; // stray page number
            if (row != null) row.add(t);
        }
        if (row != null) out.add(row.task(documentId, firstTask + out.size()));
        return out;
    }

    /** One row being read; state 0 task text, 1 lead, 2 coordinating, 3 time, 4 after time. */
    private final class Row {
        final String section;
        final Lines.Line first;
        final StringBuilder text = new StringBuilder(), lead = new StringBuilder(), coord = new StringBuilder(), time = new StringBuilder();
        int state;

        Row(String section, Lines.Line first) { this.section = section; this.first = first; }

        void add(String line) {
            switch (state) {
                case 0, 1, 2 -> {
                    state = Math.max(state, roles.roleOf(line, state, !text.isEmpty()));
                    append(state == 0 ? text : state == 1 ? lead : state == 2 ? coord : time, line);
                }
                case 3 -> {
                    if (TIME_WORDS.matcher(line).matches()) append(time, line);
                    else { state = 4; add(line); }
                }
                default -> {
                    if (state == 4) state = line.length() > 22 ? 5 : 6;
                    append(state == 5 ? text : coord, line);
                }
            }
        }

        private static void append(StringBuilder sb, String line) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(line);
        }

        Task task(String documentId, int n) {
            return new Task(documentId + "-t" + (n + 1), documentId, section, text.toString().strip(),
                    agencies.split(lead.toString()), agencies.split(coord.toString()),
                    timeframes.parse(time.toString()), DocumentPart.APPENDIX, first.page(), first.lineNo(), first.offset());
        }
    }
}
