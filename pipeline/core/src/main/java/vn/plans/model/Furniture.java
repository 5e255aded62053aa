package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One line of a page that is page furniture, not body text: a running head or foot repeated on the pages of the
 * document (a publisher's line, the document's short title), or a page number. {@code line} (1-based, counting blank
 * lines, as {@code sections[].line}) and {@code offset}/{@code end} (characters, end exclusive) locate it in the
 * page's {@code text}. The text stays in the page; structure, index and evaluation read around it.
 */
public record Furniture(int line, int offset, int end, Kind kind) {
    public Furniture {
        if (line < 1 || offset < 0 || end < offset) throw new IllegalArgumentException("bad furniture span " + line + ":" + offset + "-" + end);
    }

    public enum Kind {
        /** A line repeated at the top of the pages. */
        RUNNING_HEADER("running_header"),
        /** A line repeated at the bottom of the pages. */
        RUNNING_FOOTER("running_footer"),
        /** A page's number (the printed numbers follow the page order). */
        PAGE_NUMBER("page_number");

        private final String json;

        Kind(String json) { this.json = json; }

        @JsonValue
        public String json() { return json; }
    }
}
