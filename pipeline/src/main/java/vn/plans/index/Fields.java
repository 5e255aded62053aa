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
    static final String PLACE = "place";
    static final String LEAD_NAME = "lead_name";
    static final String COORDINATING_NAME = "coordinating_name";
    static final String TIMEFRAME = "timeframe";
    static final String DEADLINE = "deadline";
    static final String TASK_COUNT = "task_count";

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
