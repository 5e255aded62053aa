package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.model.Timeframe;
import vn.plans.model.TimeframeKind;
import vn.plans.normalize.Folding;

/**
 * Reads a timeframe phrase ({@code Thường xuyên trong năm}, {@code Quý II, IV năm 2025}, {@code trước ngày
 * 15/5/2025}, {@code 2021 - 2025}, {@code Hằng năm}) into a {@link Timeframe}. Rules, not a model: the forms are
 * few and fixed. Unknown phrases keep their raw text with kind {@code unknown}.
 */
public final class TimeframeParser {
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2}|19\\d{2})\\b");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d{4})\\s*[-–]\\s*(\\d{4})\\b");
    private static final Pattern QUARTERS = Pattern.compile("(?i)quý\\s+((?:[IV]+|\\d)(?:\\s*(?:,|và|-)\\s*(?:[IV]+|\\d))*)");
    /** A date written out ({@code 01 tháng 3 năm 2027}). */
    private static final Pattern LONG_DATE = Pattern.compile("(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    /**
     * The day of a deadline: {@code 15/5/2025}, {@code 30/11}, {@code 01 tháng 3 năm 2027}; a day written out only with
     * its year ({@code trước ngày 30 tháng 6 đối với báo cáo sáu tháng} is a reporting period, TT 23/2024).
     */
    private static final String DAY = "\\d{1,2}(?:/\\d{1,2}(?:/\\d{4})?|\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})";
    /**
     * An inline deadline inside a task's text, from {@code trước} on as the gold rules write it ({@code hoàn thành
     * trước ngày 31/12/2026} → {@code trước ngày 31/12/2026}): {@code trước ngày 15/5/2025 và trước ngày 15/11/2025},
     * {@code trước ngày 30/11 hằng năm}, {@code trước ngày 01 tháng 3 năm 2027}, {@code trước 15h00 ngày 15/6/2026}.
     */
    private static final Pattern INLINE = Pattern.compile(
            "trước (?:\\d{1,2}\\s*(?:h|giờ)\\s*(?:\\d{2})?\\s*(?:phút\\s*)?,?\\s*)?ngày " + DAY + "(?:\\s+và\\s+trước ngày " + DAY + ")*(?:\\s+h[ằà]ng năm)?");

    public Timeframe parse(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String r = Lines.trimEnd(raw.strip());
        String f = Folding.fold(r).toLowerCase();
        Matcher range = RANGE.matcher(r);
        if (range.find()) return new Timeframe(r, TimeframeKind.YEAR_RANGE, range.group(1), range.group(2), null, null);
        Matcher q = QUARTERS.matcher(r);
        if (q.find()) {
            Matcher y = YEAR.matcher(r);
            String year = y.find() ? y.group(1) : null;
            List<String> quarters = new ArrayList<>();
            for (String part : q.group(1).split("\\s*(?:,|và|-)\\s*")) {
                int n = roman(part.strip());
                if (n >= 1 && n <= 4) quarters.add((year == null ? "" : year + "-") + "Q" + n);
            }
            return new Timeframe(r, TimeframeKind.QUARTER, null, null, null, quarters);
        }
        if (f.contains("hang nam") && !DATE.matcher(r).find()) return new Timeframe(r, TimeframeKind.YEARLY, null, null, null, null);
        Matcher d = (DATE.matcher(r).find() ? DATE : LONG_DATE).matcher(r);
        if (d.find() && (f.contains("truoc") || f.contains("cham nhat") || f.contains("han"))) {
            return new Timeframe(r, TimeframeKind.DEADLINE, null, null, iso(d), null);
        }
        if (f.startsWith("thuong xuyen") || f.contains("thuong xuyen")) return new Timeframe(r, TimeframeKind.RECURRING, null, null, null, null);
        if (f.contains("hang nam")) return new Timeframe(r, TimeframeKind.YEARLY, null, null, null, null);
        if (d.reset().find()) return new Timeframe(r, TimeframeKind.DEADLINE, null, null, iso(d), null);
        Matcher y = YEAR.matcher(r);
        if (y.find()) return new Timeframe(r, TimeframeKind.YEAR, y.group(1), y.group(1), null, null);
        return new Timeframe(r, TimeframeKind.UNKNOWN, null, null, null, null);
    }

    /** The first inline deadline phrase in a task's text, or null. */
    public String findInline(String text) {
        Matcher m = INLINE.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static String iso(Matcher d) {
        return String.format("%s-%02d-%02d", d.group(3), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
    }

    private static int roman(String s) {
        return switch (s) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            case "IV", "4" -> 4;
            default -> -1;
        };
    }
}
