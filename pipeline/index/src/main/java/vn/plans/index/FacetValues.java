package vn.plans.index;

import java.util.LinkedHashSet;
import java.util.Set;
import vn.plans.model.Header;
import vn.plans.model.PlanDocument;

/**
 * The document-level facet values of a document, read from its header as the enrich stage decided it: province
 * (before and after July 2025), issuer, type, year. Nothing here is computed from the text.
 */
record FacetValues(String province, String province2025, String issuer, String type, String year) {
    static FacetValues of(PlanDocument d) {
        Header h = d.header();
        return new FacetValues(blankToNull(h.province()), blankToNull(h.province2025()), blankToNull(h.issuer()),
                h.docType() == null ? null : h.docType().name(), h.year() == null ? null : h.year().toString());
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
