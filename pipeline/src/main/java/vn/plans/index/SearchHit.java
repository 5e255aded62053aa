package vn.plans.index;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One result: the document, the unit (passage or task) that matched best, and a highlighted snippet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
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
        String snippet) {}
