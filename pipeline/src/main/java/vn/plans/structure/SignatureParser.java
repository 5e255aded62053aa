package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.model.Signer;

/**
 * The signature block at the end of the body: recipients ({@code Nơi nhận}) and signer (authority lines such as
 * {@code TM. ỦY BAN NHÂN DÂN} / {@code KT. CHỦ TỊCH}, title, name). Handles the two columns run together, as a
 * PDF export writes them ({@code Nơi nhận: KT. CHỦ TỊCH}, {@code - Bộ ...; PHÓ CHỦ TỊCH}) or a DOCX table cell holds
 * them ({@code | Nơi nhận: - A; - B | | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Name |}).
 */
final class SignatureParser {
    private static final Pattern SIGNER_TITLE = Pattern.compile("^(?:PHÓ\\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG PHÒNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG)(?:\\s+THƯỜNG TRỰC)?");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,4})\\s*$");

    private static int recipientsStart(List<Lines.Line> all) {
        for (int i = all.size() - 1; i >= 0; i--) if (all.get(i).text().matches("^\\|?\\s*Nơi nhận.*")) return i;
        return -1;
    }

    /** The lines of {@code Nơi nhận} (the last such block), dash and trailing punctuation removed. */
    List<String> recipients(List<Lines.Line> all) {
        int start = recipientsStart(all);
        List<String> out = new ArrayList<>();
        if (start < 0) return out;
        String first = all.get(start).text().replaceFirst("^\\|?\\s*Nơi nhận\\s*:?", "");
        if (first.contains("|")) first = first.substring(0, first.indexOf('|'));
        List<String> items = new ArrayList<>();
        for (String part : first.split("(?:^|\\s)-\\s+")) if (!part.isBlank() && !part.matches("\\s*(?:KT|TM|TL)\\..*")) items.add(part);
        for (int i = start + 1; i < all.size(); i++) {
            String t = all.get(i).text();
            if (t.startsWith("- ") || t.startsWith("-\t")) items.add(t.substring(2));
            else if (!items.isEmpty() && Character.isLowerCase(t.charAt(0)) || (!items.isEmpty() && items.getLast().endsWith(",")))
                items.set(items.size() - 1, items.getLast() + " " + t);
            else break;
        }
        for (String it : items) {
            String c = it.strip().replaceAll("[;.,\\s]+$", "").replaceAll("[;,]?\\s+(?:PHÓ\\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC)(?:\\s+THƯỜNG TRỰC)?$", "");
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }

    /** The authority lines ({@code KT. CHỦ TỊCH}), the signer's title and name; null when none is found. */
    Signer signer(List<Lines.Line> all) {
        int start = recipientsStart(all);
        if (start < 0) start = Math.max(0, all.size() - 25);
        StringBuilder zone = new StringBuilder();
        for (int i = start; i < all.size() && i < start + 30; i++) {
            String t = all.get(i).text();
            if (t.startsWith("PHỤ LỤC") || (i > start && t.startsWith("| TT"))) break;
            for (String cell : HeaderParser.cells(t)) {
                if (cell.startsWith("Nơi nhận")) {
                    Matcher ob = Pattern.compile("\\b(?:KT|TM|TL|TUQ)\\..*").matcher(cell);
                    if (ob.find()) zone.append(ob.group()).append('\n');
                    continue;
                }
                if (cell.startsWith("-")) {
                    Matcher tail = Pattern.compile("\\s((?:PHÓ\\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC)(?:\\s+THƯỜNG TRỰC)?)$").matcher(cell);
                    if (tail.find()) zone.append(tail.group(1)).append('\n');
                    continue;
                }
                zone.append(cell).append('\n');
            }
        }
        List<String> onBehalf = new ArrayList<>();
        String title = null, name = null;
        for (String raw : zone.toString().split("\n")) {
            String s = raw.strip();
            while (!s.isEmpty()) {
                Matcher ob = Pattern.compile("^((?:KT|TM|TL|TUQ|Q)\\.\\s*(?:ỦY BAN NHÂN DÂN|UBND|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BỘ TRƯỞNG|\\p{Lu}+(?:\\s\\p{Lu}+)*?))(?=\\s|$)").matcher(s);
                Matcher ti = SIGNER_TITLE.matcher(s);
                if (title == null && ob.find()) { onBehalf.add(ob.group(1)); s = s.substring(ob.end()).strip(); continue; }
                if (title == null && ti.find()) { title = ti.group(); s = s.substring(ti.end()).strip(); continue; }
                if (title != null && name == null && PERSON.matcher(s).matches()) { name = s; }
                break;
            }
            if (name != null) break;
        }
        if (title == null && name == null && onBehalf.isEmpty()) return null;
        return new Signer(name, title, onBehalf.isEmpty() ? null : String.join(" ", onBehalf));
    }
}
