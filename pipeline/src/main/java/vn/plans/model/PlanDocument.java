package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The per-document JSON record (see {@code schema/plan-document.schema.json}). {@code id} is derived from the
 * file's bytes, so re-ingesting the same file yields the same record.
 */
@JsonPropertyOrder({"schema_version", "id", "source", "doc_type", "number", "issuer", "issuer_parent", "province",
        "place", "issued_date", "title", "legal_bases", "signer", "recipients", "sections", "tasks", "restored",
        "warnings", "pages"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanDocument(
        String schemaVersion,
        String id,
        SourceInfo source,
        String docType,
        String number,
        String issuer,
        String issuerParent,
        String province,
        String place,
        String issuedDate,
        String title,
        List<LegalBasis> legalBases,
        Signer signer,
        List<String> recipients,
        List<Section> sections,
        List<Task> tasks,
        boolean restored,
        List<String> warnings,
        List<Page> pages) {

    public static final String SCHEMA_VERSION = "1.0";

    public static PlanDocument of(String id, SourceInfo source, List<Page> pages, Structure s, boolean restored,
                                  List<String> warnings) {
        Header h = s.header();
        return new PlanDocument(SCHEMA_VERSION, id, source, h.docType(), h.number(), h.issuer(), h.issuerParent(),
                h.province(), h.place(), h.issuedDate(), h.title(), h.legalBases(), h.signer(), h.recipients(),
                s.sections(), s.tasks(), restored, List.copyOf(warnings), List.copyOf(pages));
    }

    public String fullText() {
        StringBuilder sb = new StringBuilder();
        for (Page p : pages) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(p.text());
        }
        return sb.toString();
    }
}
