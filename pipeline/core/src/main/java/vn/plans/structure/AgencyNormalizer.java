package vn.plans.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.Agency;

/**
 * Splits a printed agency list into agencies and gives each a canonical form.
 * <p>Splitting: {@code ;} always separates; {@code ,}, {@code .} and {@code và} separate only when the next part
 * starts with an agency head word ({@code Phòng}, {@code UBND}, {@code Trung tâm}, {@code các}...), so that
 * {@code Phòng Văn hóa, Khoa học và Thông tin} stays whole. A collective ({@code Các cơ quan, đơn vị, Hội đoàn thể
 * liên quan}) absorbs weak heads ({@code Hội}, {@code đoàn thể}) until a strong head or {@code ;}. After {@code và} a
 * collective noun ({@code địa phương}, {@code các đơn vị}) starts a new member: {@code các sở, ban, ngành và địa phương}
 * is two agencies. A collective noun printed bare after a named member opens a collective: {@code bộ quản lý chuyên
 * ngành, bộ, cơ quan trung ương} is two agencies, {@code bộ, cơ quan trung ương} the second.
 * <p>Canonical form: abbreviations expanded from {@code structure/agency-abbreviations.tsv}, {@code &} read as
 * {@code và}, dashes and spacing unified, first letter upper case.
 */
public final class AgencyNormalizer {
    private static final Lexicon LEX = Lexicon.standard();
    /** The lexicon's agency heads, and a collective ({@code các}) as a head too. */
    private static final String STRONG = LEX.alternation("agency_heads") + "|các|Các";
    /** Collective nouns that start a new member only after {@code và} ({@code các sở, ban, ngành và địa phương}). */
    private static final String AFTER_AND = LEX.alternation("agency_members_after_and");
    /** Marks a piece that follows {@code và}: it always starts a new name. */
    private static final char AND = '\u0001';
    private static final Pattern STRONG_HEAD = Pattern.compile("^\\(?(?:" + STRONG + ")(?=[\\s,;:.&]|$)");
    private static final Pattern WEAK_HEAD = Pattern.compile("^\\(?(?:" + LEX.alternation("agency_heads_weak") + ")(?=[\\s,;:.]|$)");
    /** A collective opening a member, also alone before the list's comma ({@code Tổ chức, cá nhân sản xuất …}). */
    private static final Pattern COLLECTIVE = Pattern.compile("^(?:Các|các|[Tt]ổ chức|[Cc]ơ quan)(?:[\\s,]|$)");
    /**
     * A collective noun printed alone between commas ({@code bộ}, {@code sở}): after a named member (words that are not
     * a list: {@code bộ quản lý chuyên ngành}, not {@code Hội} nor {@code Thủ trưởng các sở}) it opens a collective.
     */
    private static final Pattern BARE_NOUN = Pattern.compile("^(?:" + LEX.alternation("agency_collective_nouns") + ")$");
    /**
     * {@code cơ quan …} after a named member opens a member of its own ({@code Chính phủ, cơ quan có thẩm quyền quy định chi
     * tiết …}, Luật hộ tịch 2014 Điều 77); after a bare noun it goes on with it ({@code Bộ, cơ quan ngang bộ}), and after an
     * office over bodies it is one more of them ({@code Thủ trưởng cơ quan ngang bộ, cơ quan khác ở trung ương}, ND 178/2026).
     */
    private static final Pattern BODY_NOUN = Pattern.compile("^(?:" + String.join("|", LEX.list("body_nouns").stream()
            .map(n -> "[" + Character.toUpperCase(n.charAt(0)) + n.charAt(0) + "]" + Pattern.quote(n.substring(1))).toList()) + ")\\s");
    /**
     * A member that holds a collective ({@code Thủ trưởng các sở}) or addresses one ({@code Quý cơ quan}): the bare nouns
     * after it are more of its list ({@code Quý cơ quan, đơn vị}).
     */
    private static final Pattern LISTS = Pattern.compile("(?:^|\\s)(?:[Cc]ác|Quý)\\s");
    /**
     * An office over a list of bodies, or the bodies alone: {@code Giám đốc các Sở, ngành: Tài chính, Công an tỉnh},
     * {@code các Phòng: Kỹ thuật an toàn - Môi trường, Quản lý năng lượng} (distributed).
     */
    private static final Pattern DISTRIBUTED = Pattern.compile("(?U)^(?:(Giám đốc|Thủ trưởng|Trưởng)\\s+)?[Cc]ác\\s+(sở|Sở|phòng|Phòng)\\b[^:]{0,60}:\\s*(.+)$");
    /** {@code UBND các xã: Bảo Thắng, Gia Phú} → {@code UBND xã Bảo Thắng}, {@code UBND xã Gia Phú}: one level named, so each member is of it. */
    private static final Pattern DISTRIBUTED_UNITS = Pattern.compile("(?U)^((?:Chủ tịch\\s+)?(?:UBND|Ủy ban nhân dân))\\s+các\\s+(xã|phường|huyện)\\s*:\\s*(.+)$");
    /** Where a distributed list follows other members after a comma ({@code …, Giám đốc các sở: …}). */
    private static final Pattern DISTRIBUTED_LATER = Pattern.compile("(?U),\\s+(?=(?:Giám đốc|Thủ trưởng|Trưởng)\\s+các\\s+(?:sở|Sở|phòng|Phòng)\\b[^:;]{0,60}:)");
    /** Names of bodies that hold a comma ({@code Văn hóa, Thể thao và Du lịch}), kept whole in a distributed list. */
    private static final List<String> COMMA_NAMES = LEX.list("agency_names_with_commas");

    private static final Map<String, String> ABBREVIATIONS =
            java.util.Collections.unmodifiableMap(load("/structure/agency-abbreviations.tsv"));

    /**
     * A lookbehind for a period that is a sentence's, not an abbreviation's inside a name (lexicon {@code
     * dotted_abbreviations}: {@code UBND TP. Lào Cai}, {@code TT. Phát triển quỹ đất}): put it before {@code \\.}.
     */
    static final String NOT_ABBREVIATED = "(?<!(?<![\\p{L}\\p{N}])(?:" + LEX.alternation("dotted_abbreviations") + "))";

    /** Whether the text came from OCR, where a list may have lost its commas ({@link #runTogether}). */
    private final boolean ocrText;

    /** For text the document itself holds: a list is split where it prints its separators. */
    public AgencyNormalizer() {
        this(false);
    }

    /**
     * @param ocrText the text was OCR-ed: a list whose members run together is also cut at its next member
     *                ({@link #runTogether}). Off for digital text, where a missing comma is what the document prints:
     *                on held-out digital circulars the cut took names apart (agency F1 0.862 -> 0.832).
     */
    public AgencyNormalizer(boolean ocrText) {
        this.ocrText = ocrText;
    }

    /** The agency-name abbreviations of {@code structure/agency-abbreviations.tsv}, as printed → expansion, in file order. */
    public static Map<String, String> abbreviations() {
        return ABBREVIATIONS;
    }

    /** True when the phrase opens like an agency name (used to accept a sentence subject as an agency). */
    public static boolean startsLikeAgency(String s) {
        String t = s.strip();
        return STRONG_HEAD.matcher(t).find() || WEAK_HEAD.matcher(t).find()
                || STRONG_HEAD.matcher(capitalize(t)).find();
    }

    /**
     * True when the phrase opens with an agency head as printed, without capitalizing it ({@code các cơ quan …}, {@code
     * Bộ Tư pháp}; not {@code phòng cháy và chữa cháy}, {@code đơn vị tư vấn}): a doer named in the middle of a sentence.
     */
    public static boolean opensWithPrintedHead(String s) {
        return STRONG_HEAD.matcher(s.strip()).find();
    }

    public List<Agency> split(String printed) {
        List<Agency> out = new ArrayList<>();
        if (printed == null) return out;
        for (String part : splitNames(printed)) out.add(new Agency(part, canonical(part)));
        return out;
    }

    List<String> splitNames(String printed) {
        List<String> names = new ArrayList<>();
        for (String group : printed.split(";")) {
            // "Chánh Văn phòng UBND tỉnh, Giám đốc các sở: Công Thương, Tài chính": the offices before the distributed list
            Matcher later = DISTRIBUTED_LATER.matcher(group);
            if (later.find()) {
                names.addAll(splitNames(group.substring(0, later.start())));
                group = group.substring(later.end());
            }
            Matcher d = DISTRIBUTED.matcher(group.strip());
            if (d.matches()) { distribute(d.group(1), capitalize(d.group(2)), d.group(3), names); continue; }
            Matcher units = DISTRIBUTED_UNITS.matcher(group.strip());
            if (units.matches()) { distribute(units.group(1), units.group(2), units.group(3), names); continue; }
            List<String> pieces = pieces(group);
            StringBuilder cur = new StringBuilder();
            boolean collective = false;
            for (String piece : pieces) {
                boolean afterAnd = !piece.isEmpty() && piece.charAt(0) == AND;
                String p = (afterAnd ? piece.substring(1) : piece).strip();
                if (p.isEmpty()) continue;
                boolean strong = afterAnd || STRONG_HEAD.matcher(p).find();
                boolean weak = WEAK_HEAD.matcher(p).find();
                boolean bare = BARE_NOUN.matcher(p).matches();
                // a bare noun goes on with a member that is one word ("Hội, đoàn thể") or lists with "các" ("Thủ trưởng các sở, ban, ngành")
                boolean named = cur.indexOf(" ") > 0 && !LISTS.matcher(cur).find();
                // an office opens a member ("Chánh Văn phòng Sở, Trưởng các phòng chuyên môn thuộc Sở")
                boolean starts = cur.isEmpty() || strong || OFFICE.matcher(p).find() || (weak && !collective) || (bare && !collective && named)
                        || BODY_NOUN.matcher(p).find() && !collective && named && !cur.toString().toLowerCase(Locale.ROOT).contains("cơ quan");
                if (starts) {
                    flush(cur, names);
                    cur.append(p);
                    collective = bare || COLLECTIVE.matcher(p).find();
                } else {
                    cur.append(", ").append(p);
                }
            }
            flush(cur, names);
        }
        return names;
    }

    /**
     * {@code Giám đốc các Sở, ngành: Ban Quản lý Khu kinh tế, Tài chính, Công an tỉnh, Trưởng Thuế tỉnh} → {@code
     * Giám đốc Ban Quản lý Khu kinh tế}, {@code Giám đốc Sở Tài chính}, {@code Giám đốc Công an tỉnh}, {@code Trưởng
     * Thuế tỉnh}: a bare name takes the office and the body noun, a body the office, an office stays as printed
     * ({@code office} null for the bodies alone: {@code các Phòng: Quản lý năng lượng} → {@code Phòng Quản lý năng lượng}).
     */
    private void distribute(String office, String body, String list, List<String> names) {
        String protectedList = list;
        for (int i = 0; i < COMMA_NAMES.size(); i++) protectedList = protectedList.replace(COMMA_NAMES.get(i), "\u0002" + i + "\u0002");
        List<String> members = new ArrayList<>();
        for (String piece : protectedList.split(",")) members.addAll(List.of(piece.split("\\s+và\\s+(?=(?:" + STRONG + ")\\s)")));
        for (String m : members) {
            String name = m.strip();
            for (int i = 0; i < COMMA_NAMES.size(); i++) name = name.replace("\u0002" + i + "\u0002", COMMA_NAMES.get(i));
            name = name.replaceAll("[\\s.;:,]+$", "");
            if (name.isEmpty()) continue;
            String by = office == null ? "" : office + " ";
            if (OFFICE.matcher(name).find()) names.add(name);
            else if (STRONG_HEAD.matcher(name).find() || name.startsWith("Thanh tra ")) names.add(by + name);
            else names.add(by + body + " " + name);
        }
    }

    private static final Pattern OFFICE = Pattern.compile("^(?:Giám đốc|Trưởng|Chủ tịch|Chánh|Thủ trưởng|Cục trưởng|Vụ trưởng|Người đứng đầu)\\s");

    /**
     * Where a list is cut: a comma, a sentence's period (not an abbreviation's of agency-abbreviations.tsv: {@code UBND
     * TP. Lào Cai}, {@code TT. Phát triển quỹ đất}) or a {@code /} before an agency head.
     */
    private static final Pattern PIECE_END = Pattern.compile(",|" + NOT_ABBREVIATED + "\\.\\s+(?=\\p{Lu})|/(?=(?:" + STRONG + ")\\s)");

    /** Comma, sentence and {@code và} separated pieces; {@code và} only before an agency head. */
    private List<String> pieces(String group) {
        List<String> out = new ArrayList<>();
        for (String part : PIECE_END.split(group)) {
            List<String> runs = ocrText ? runTogether(part) : List.of(part);
            for (int i = 0; i < runs.size(); i++) splitAtAnd(runs.get(i), i > 0, out);
        }
        return out;
    }

    /** An agency head inside a piece ({@code Sở}, {@code Công an}, group 1) followed by a capitalized word, or {@code
     * các} + a collective noun and one more word. */
    private static final Pattern INNER_HEAD = Pattern.compile("(?<=\\s)(?:(" + LEX.alternation("agency_heads")
            + ")\\s+(?=\\p{Lu})|các\\s+(?:" + LEX.alternation("agency_collective_nouns") + ")\\s+(?=\\S))");
    /** A member that ends with an administrative level ({@code … tỉnh}, {@code … huyện}) is a whole name. */
    private static final Pattern ENDS_WITH_LEVEL = Pattern.compile("(?:^|\\s)(?:" + LEX.alternation("administrative_levels") + ")$");
    /** Words that bind what follows to the name before them ({@code các phòng chuyên môn thuộc Sở …}). */
    private static final Pattern LINKING_END = Pattern.compile("(?:^|\\s)(?:của|thuộc|với|cho|tại|trên|ở|trong|về|từ|và)$");

    /**
     * A list that lost its comma in OCR runs its members together ({@code các tổ chức chính trị - xã hội tỉnh các hội
     * quần chúng}, {@code Sở Nội vụ Sở Tài chính}): the piece is cut before an inner agency head only where both sides
     * are agency forms: a collective ({@code các} + a collective noun of the lexicon) after a member that opens with a
     * head and ends with an administrative level, or a capitalized head after a member that opens with the same head
     * and does not end with a level (there the capital starts the unit's name: {@code Đoàn Thanh niên xã Đoàn Kết}).
     * {@code Văn phòng Sở Công Thương}, {@code Giám đốc Sở Tài chính}, {@code Vụ trưởng Vụ Khoa học công nghệ}, {@code UBND
     * các xã}, {@code các phòng chuyên môn thuộc các sở} stay whole.
     */
    /** An office title alone, which the body it heads follows ({@code Bộ trưởng} {@code Bộ Công Thương}). */
    private static final Pattern OFFICE_TITLE = Pattern.compile("(?U)^(?:(?:Phó\\s+)?(?:Bộ trưởng|Thứ trưởng|Cục trưởng|Chi cục trưởng|Vụ trưởng"
            + "|Giám đốc|Chủ tịch|Chánh Văn phòng|Chánh Thanh tra|Thủ trưởng|Trưởng ban|Trưởng phòng|Trưởng))$");

    static List<String> runTogether(String piece) {
        List<String> out = new ArrayList<>();
        int start = 0;
        Matcher m = INNER_HEAD.matcher(piece);
        while (m.find()) {
            String left = piece.substring(start, m.start()).strip();
            Matcher head = STRONG_HEAD.matcher(left);
            if (!head.find() || LINKING_END.matcher(left).find()) continue;
            if (OFFICE_TITLE.matcher(left).matches()) continue; // "Bộ trưởng Bộ Công Thương", "Cục trưởng Cục …": the office of the body
            boolean level = ENDS_WITH_LEVEL.matcher(left).find();
            boolean cut = m.group(1) == null ? level : !level && head.group().equals(m.group(1));
            if (!cut) continue;
            out.add(piece.substring(start, m.start()));
            start = m.start();
        }
        out.add(piece.substring(start));
        return out;
    }

    /** Splits a piece at {@code và} before an agency head or a collective noun; a run-together member always starts a name. */
    private static void splitAtAnd(String byComma, boolean newMember, List<String> out) {
        Matcher m = AND_BEFORE_HEAD.matcher(byComma);
        int start = 0;
        boolean afterAnd = newMember;
        while (m.find()) {
            out.add((afterAnd ? AND : "") + byComma.substring(start, m.start()));
            start = m.end();
            afterAnd = true;
        }
        out.add((afterAnd ? AND : "") + byComma.substring(start));
    }

    private static final Pattern AND_BEFORE_HEAD = Pattern.compile("\\s+và\\s+(?=(?:" + STRONG + "|" + AFTER_AND + ")(?:\\s|$))");

    private static final Pattern ALIAS = Pattern.compile("(?U)\\s*\\((?:sau đây\\s+)?(?:được\\s+)?(?:gọi tắt là|gọi là|viết tắt là)[^)]*\\)");

    private static void flush(StringBuilder cur, List<String> names) {
        if (cur.isEmpty()) return;
        String n = cur.toString().replaceAll("[\\s.;:,]+$", "").replaceAll("\\s*[–-]\\s*[Nn]ếu có\\)?$", "");
        // the short name a letter gives its addressee is no part of the name ("Công ty TNHH Minh Anh (sau đây gọi là Công ty)")
        n = ALIAS.matcher(n).replaceAll("");
        // a name wholly in parentheses, or a parenthesis the list left open at either end, loses it; an agency's own
        // unit in parentheses stays with it ("Công an tỉnh (PC07)")
        if (n.startsWith("(") && (n.endsWith(")") || n.indexOf(')') < 0)) n = n.substring(1);
        if (n.endsWith(")") && n.indexOf('(') < 0) n = n.substring(0, n.length() - 1);
        n = n.replaceAll("^(?:và|cùng)\\s+", "").replaceAll("[\\s.;:,]+$", "").strip();
        if (!n.isEmpty()) names.add(n);
        cur.setLength(0);
    }

    /** Abbreviations expanded, {@code &} as {@code và}, dashes and spaces unified, first letter upper case. */
    public String canonical(String printed) {
        String s = printed.replace('–', '-').replace('—', '-').replace("Uỷ", "Ủy").replace("uỷ", "ủy");
        s = s.replaceAll("\\s*&\\s*", " và ").replaceAll("\\s*-\\s*", " - ");
        StringBuilder out = new StringBuilder();
        for (String word : s.split("\\s+")) {
            String bare = word.replaceAll("[,;.()]", "");
            String exp = ABBREVIATIONS.get(bare);
            if (!out.isEmpty()) out.append(' ');
            out.append(exp == null ? word : word.replace(bare, exp));
        }
        String c = out.toString().replaceAll("\\s+", " ").strip();
        c = c.replace("Hội đồng nhân dân và Ủy ban nhân dân", "Hội đồng nhân dân - Ủy ban nhân dân")
                .replace("Hội đồng nhân dân - Ủy ban nhân dân", "Hội đồng nhân dân và Ủy ban nhân dân");
        return capitalize(c);
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = AgencyNormalizer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] kv = line.split("\t", 2);
                if (kv.length == 2) m.put(kv[0].strip(), kv[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
