package vn.plans.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Field names of the index and the analyzer of each. */
final class Fields {
    private Fields() {}

    static final String KIND = "kind";          // "passage" or "task"
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

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                TEXT, VietnameseAnalyzer.folded(),
                TEXT_EXACT, VietnameseAnalyzer.exact()));
    }
}
