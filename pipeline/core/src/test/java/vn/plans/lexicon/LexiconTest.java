package vn.plans.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.DocumentType;

class LexiconTest {
    private final Lexicon lex = Lexicon.standard();

    @Test
    void everyDocumentTypeHasItsTypeLineInTheResource() {
        for (DocumentType t : DocumentType.values()) {
            assertTrue(lex.documentTypes().stream().anyMatch(e -> e.type() == t), t + " missing from lexicon.txt");
        }
        assertEquals(DocumentType.KE_HOACH, lex.typeOfHeading("KẾ HOẠCH"));
        assertEquals(DocumentType.KE_HOACH, lex.typeOfHeading("KE HOACH"), "OCR without diacritics");
        assertEquals(DocumentType.QUYET_DINH, lex.typeOfSymbol("QĐ"));
        assertEquals(DocumentType.TO_TRINH, lex.typeOfSymbol("TTr"));
        assertNull(lex.typeOfSymbol("UBND"));
    }

    @Test
    void appendixHeadingsInTheirPrintedForms() {
        assertTrue(lex.isAppendixHeading("PHỤ LỤC"));
        assertTrue(lex.isAppendixHeading("## PHỤ LỤC I"));
        assertTrue(lex.isAppendixHeading("**PHỤ LỤC** KÈM THEO"));
        assertFalse(lex.isAppendixHeading("(có phụ lục kèm theo)"), "a pointer in running text is no heading");
    }

    @Test
    void commentsAndMalformedResources() {
        Lexicon l = Lexicon.parse(List.of("# top", "[a]", "x # note", "", "y", "[b]", "z"));
        assertEquals(List.of("x", "y"), l.list("a"));
        assertEquals("\\Qx\\E|\\Qy\\E", l.alternation("a"));
        assertThrows(IllegalStateException.class, () -> Lexicon.parse(List.of("x")));
        assertThrows(IllegalStateException.class, () -> l.list("c"));
    }
}
