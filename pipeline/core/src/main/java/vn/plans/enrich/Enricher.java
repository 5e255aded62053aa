package vn.plans.enrich;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.gazetteer.ProvinceMatch;
import vn.plans.gazetteer.ProvinceResolver;
import vn.plans.model.Header;
import vn.plans.model.PlanDocument;

/** Decides province, province after July 2025 and year for a document; stateless, safe to share across threads. */
public final class Enricher {
    private static final Pattern YEAR_IN_DATE = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:ngày|ngay)[^\\n]{0,40}?(?:năm|nam)\\s*((?:19|20)\\d\\d)", Pattern.CASE_INSENSITIVE);
    /** The date line sits in the header block; 4,000 characters cover the longest header seen in corpus-dev. */
    private static final int HEAD_CHARS = 4000;

    private final Gazetteer gazetteer;
    private final ProvinceResolver resolver;

    public Enricher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.resolver = new ProvinceResolver(gazetteer);
    }

    public PlanDocument enrich(PlanDocument d) {
        Header h = d.header();
        String province = blankToNull(h.province());
        String province2025 = null;
        boolean central = central(h);
        // only provinces the gazetteer knows (a header read as "Lào Cai Sở" is no province); central bodies have none
        if (central || province != null && gazetteer.province(province) == null) province = null;
        if (province == null && !central) {
            ProvinceMatch m = resolver.resolve(d);
            if (m != null && m.province() != null && gazetteer.province(m.province()) != null) {
                province = m.province();
                province2025 = m.newProvince();
            }
        }
        if (province != null) {
            String mapped = gazetteer.newProvinceOf(province);
            if (mapped != null) province2025 = mapped;
        }
        return d.withHeader(h.withProvinces(province, province2025).withYear(year(d)));
    }

    /** The issue year: from {@code issued_date}, else from the first date line ({@code ngày ... năm 2025}). */
    static Integer year(PlanDocument d) {
        String issued = d.header().issuedDate();
        if (issued != null) {
            Matcher m = YEAR_IN_DATE.matcher(issued);
            if (m.find()) return Integer.valueOf(m.group(1));
        }
        if (d.pages().isEmpty()) return null;
        String head = d.pages().get(0).text();
        Matcher m = DATE_LINE.matcher(head.length() > HEAD_CHARS ? head.substring(0, HEAD_CHARS) : head);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Quốc hội, Chính phủ, Thủ tướng, a ministry or a department under one (the top of the header is central). */
    private static final Pattern CENTRAL = Pattern.compile(
            "^(?:Quốc hội|Chính phủ|Thủ tướng|Bộ (?!Chỉ huy)|Văn phòng Chính phủ|Ủy ban Thường vụ Quốc hội)");

    static boolean central(Header h) {
        String top = h.issuerParent() != null ? h.issuerParent() : h.issuer();
        return top != null && CENTRAL.matcher(top).find();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
