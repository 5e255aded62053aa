package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {
    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t + "@" + o.startOffset() + "-" + o.endOffset());
            ts.end();
        }
        return out;
    }

    @Test
    void exactCanonicalizesToneAndCaseKeepingPrintedOffsets() throws IOException {
        // the same syllables twice: the second pass goes through the filters' caches
        String text = "Uỷ ban hoà giải Đà Nẵng; Ủy ban hòa giải";
        assertEquals(List.of("ủy@0-2", "ban@3-6", "hòa@7-10", "giải@11-15", "đà@16-18", "nẵng@19-23",
                "ủy@25-27", "ban@28-31", "hòa@32-35", "giải@36-40"), tokens(VietnameseAnalyzer.exact(), text));
    }

    @Test
    void foldedRemovesMarksAndStroke() throws IOException {
        assertEquals(List.of("uy@0-2", "ban@3-6", "hoa@7-10", "giai@11-15", "da@16-18", "nang@19-23", "tre@24-27", "em@28-30"),
                tokens(VietnameseAnalyzer.folded(), "Uỷ ban hoà giải Đà Nẵng TRẺ EM"));
    }
}
