package vn.plans.index;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.model.PlanDocument;

/** The document-level facet values of a document: its province (before and after July 2025), issuer, type, year. */
record FacetValues(String province, String province2025, String issuer, String type, String year) {
    private static final Pattern YEAR_IN_DATE = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:ngày|ngay)[^\\n]{0,40}?(?:năm|nam)\\s*((?:19|20)\\d\\d)", Pattern.CASE_INSENSITIVE);

    static FacetValues of(PlanDocument d, Gazetteer gazetteer) {
        String province = blankToNull(d.province());
        String p2025 = province == null ? null : gazetteer.newProvinceOf(province);
        return new FacetValues(province, p2025, blankToNull(d.issuer()), blankToNull(d.docType()), year(d));
    }

    /** The issue year: from {@code issued_date}, else from the first date line ({@code ngày ... năm 2025}). */
    static String year(PlanDocument d) {
        if (d.issuedDate() != null) {
            Matcher m = YEAR_IN_DATE.matcher(d.issuedDate());
            if (m.find()) return m.group(1);
        }
        if (d.pages().isEmpty()) return null;
        String head = d.pages().get(0).text();
        Matcher m = DATE_LINE.matcher(head.length() > 4000 ? head.substring(0, 4000) : head);
        return m.find() ? m.group(1) : null;
    }

    Set<String[]> pairs() {
        Set<String[]> out = new LinkedHashSet<>();
        if (province != null) out.add(new String[] {Fields.PROVINCE, province});
        if (province2025 != null) out.add(new String[] {Fields.PROVINCE_2025, province2025});
        if (issuer != null) out.add(new String[] {Fields.ISSUER, issuer});
        if (type != null) out.add(new String[] {Fields.TYPE, type});
        if (year != null) out.add(new String[] {Fields.YEAR, year});
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
