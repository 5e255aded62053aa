package vn.plans.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/** Field names of the index, the analyzer of each, and the facet dimensions. */
final class Fields {
    private Fields() {}

    static final String KIND = "kind";          // "document", "passage" or "task"
    static final String DOC_ID = "doc_id";
    static final String UNIT_ID = "unit_id";
    static final String TEXT = "text";          // folded, stored, offsets for highlighting
    static final String TEXT_EXACT = "text_exact";
    static final String SECTION = "section";
    static final String HEADING = "heading";
    static final String PAGE = "page";
    static final String TITLE = "title";
    static final String NUMBER = "number";
    static final String PATH = "path";
    static final String DOC_TYPE = "doc_type";
    static final String ISSUED_DATE = "issued_date";
    /** The document date as days since 1970-01-01 ({@link SearchRequest#documentDay}): a point for ranges, doc values for sorting. */
    static final String ISSUED_DAY = "issued_day";
    static final String PLACE = "place";
    static final String LEAD_NAME = "lead_name";
    static final String COORDINATING_NAME = "coordinating_name";
    static final String TIMEFRAME = "timeframe";
    static final String DEADLINE = "deadline";
    static final String TASK_COUNT = "task_count";
    /** The document's own number as a keyword ({@link #codeKey}): {@code 2242/KH-SCT}. */
    static final String NUMBER_CODE = "number_code";
    /** Prefix of the keyword fields that filters run on: {@code key_province} holds {@link #key} of each value. */
    static final String KEY_PREFIX = "key_";
    static final String LEAD_CANONICAL = "lead_canonical";
    static final String COORDINATING_CANONICAL = "coordinating_canonical";

    /** Facet dimensions (also stored under the same names). */
    static final String PROVINCE = "province";
    static final String PROVINCE_2025 = "province_2025";
    static final String ISSUER = "issuer";
    static final String LEAD = "lead";
    static final String COORDINATING = "coordinating";
    static final String YEAR = "year";
    static final String TIMEFRAME_KIND = "timeframe_kind";
    static final String TYPE = "type";

    static final List<String> DIMS = List.of(PROVINCE, PROVINCE_2025, ISSUER, LEAD, COORDINATING, TYPE, YEAR, TIMEFRAME_KIND);

    static final String KIND_DOCUMENT = "document";
    static final String KIND_PASSAGE = "passage";
    static final String KIND_TASK = "task";
    /** The work a unit's document is a version of (stored), and a marker on units of versions that do not stand for
     *  their work: searches leave them out, so a work is found, counted and faceted once. */
    static final String WORK_ID = "work_id";
    static final String WORK_SECONDARY = "work_secondary";
    /** On a document unit: one stored value per other version of its work (id, format, status, partial, paths). */
    static final String ALSO_AS = "also_as";
    /** On a document unit: every path its bytes were found at. */
    static final String PATHS = "paths";

    /**
     * A document code for matching: marks and case ignored ({@code Đ} = {@code D}), spaces dropped, dashes unified:
     * {@code 181/2024/NĐ-CP}, {@code 181 / 2024 / nd-cp} and {@code 181/2024/ND–CP} are one key.
     */
    static String codeKey(String code) {
        return vn.plans.normalize.Folding.fold(code).replaceAll("\\s+", "").replaceAll("[\u2010-\u2015]", "-")
                .toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A facet value for filtering: folded (case, marks, {@code đ}), punctuation as spaces, spaces collapsed, and the
     * lexicon's abbreviations expanded, so {@code Quang Ngai}, {@code quảng ngãi} and {@code KE_HOACH}/{@code Kế
     * hoạch} find their values.
     */
    static String key(String value) {
        String f = vn.plans.normalize.Folding.fold(value).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Abbreviations.expand(f);
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                TEXT, VietnameseAnalyzer.folded(),
                TEXT_EXACT, VietnameseAnalyzer.exact()));
    }

    /**
     * Facets are SortedSetDocValuesFacetFields (no taxonomy index): the dimensions are flat, their values few, and
     * a document's units are replaced by one {@code updateDocuments} call without a sidecar index to keep in step.
     */
    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String d : DIMS) c.setMultiValued(d, true);
        return c;
    }
}
