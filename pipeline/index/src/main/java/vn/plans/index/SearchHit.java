package vn.plans.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One result: the document, the unit (best passage of a document, or a task) that matched, and a snippet of a
 * sentence or two: {@code snippet} with the matches between « and », {@code snippet_text} the same text without
 * them and {@code highlights} the [start, end) character offsets of the matches in {@code snippet_text} (text as
 * printed). {@code type} is the document type's name ({@code KE_HOACH}), {@code date} the document date as the header
 * gives it. Task hits carry their agencies (name as printed and canonical name, always lists) and timeframe.
 * {@code paths} every path of the hit's file (byte-identical copies); {@code work_id} the work the hit's document
 * is a version of; {@code also_as} the work's other versions (a document hit stands for its whole work: one hit per work).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SearchHit(
        String docId,
        String kind,
        String unitId,
        String path,
        String title,
        String number,
        String section,
        String heading,
        int page,
        float score,
        String snippet,
        String snippetText,
        List<int[]> highlights,
        String province,
        @JsonProperty("province_2025") String province2025,
        String issuer,
        String year,
        List<AgencyName> lead,
        List<AgencyName> coordinating,
        String timeframe,
        String deadline,
        String type,
        String date,
        String workId,
        List<String> paths,
        List<AlsoAs> alsoAs) {
    /** An agency as the task printed it and as the lexicon names it. */
    public record AgencyName(String name, String canonical) {}
}
