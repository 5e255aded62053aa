/**
 * Page furniture: the lines of a document's pages that are no body text — running heads and foots repeated on the
 * pages (a publisher's line, a short title) and page numbers. Pages in (normalized and restored, the whole document at
 * once, since a line is furniture by repeating on the other pages), the same pages out with each one's
 * {@link vn.plans.model.Furniture} list ({@code pages[].furniture} in the record). Nothing is removed from the text:
 * structure reads its lines through {@link vn.plans.model.Page#bodyText()}, the index blanks the marked lines, and the
 * serve view still shows them.
 *
 * <p>{@link vn.plans.furniture.PageFurniture} compares the top and bottom lines of the pages by folded keys with a
 * bounded edit distance (commons-text), so OCR's different readings of one printed footer are one running line; page
 * numbers are lone numbers that follow the page order. It never fails: a document without furniture keeps its pages.
 * Lines that are never furniture (the national motto) are the lexicon's {@code [furniture_never]} list.
 */
package vn.plans.furniture;
