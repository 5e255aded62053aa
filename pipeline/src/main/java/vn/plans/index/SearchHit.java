package vn.plans.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One result: the document, the unit (best passage of a document, or a task) that matched, and a highlighted
 * snippet (matches between « and », text as printed). Task hits carry their agencies and timeframe.
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
        String province,
        String province2025,
        String issuer,
        String year,
        List<String> lead,
        List<String> coordinating,
        String timeframe,
        String deadline) {}
