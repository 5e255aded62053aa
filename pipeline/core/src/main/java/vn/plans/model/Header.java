package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The document header as the structure and enrich stages decided it; any field may be null when absent.
 * {@code province} is the pre-July-2025 province, {@code province2025} the province after Resolution 202/2025/QH15
 * (from the gazetteer's mapping), {@code year} the issue year (from {@code issuedDate}, else the first date line).
 * Downstream stages (index, search page, eval) read these fields and never re-derive them from text.
 */
@JsonPropertyOrder({"doc_type", "number", "issuer", "issuer_parent", "province", "province_2025", "place",
        "issued_date", "year", "title", "legal_bases", "signer", "recipients"})
public record Header(
        DocumentType docType,
        String number,
        String issuer,
        String issuerParent,
        String province,
        @JsonProperty("province_2025") String province2025,
        String place,
        String issuedDate,
        Integer year,
        String title,
        List<LegalBasis> legalBases,
        List<String> recipients,
        Signer signer) {
    public Header {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** What the structure stage reads from the text; province 2025 and year are left to the enrich stage. */
    public Header(DocumentType docType, String number, String issuer, String issuerParent, String province,
                  String place, String issuedDate, String title, List<LegalBasis> legalBases, List<String> recipients,
                  Signer signer) {
        this(docType, number, issuer, issuerParent, province, null, place, issuedDate, null, title, legalBases,
                recipients, signer);
    }

    public static Header empty() {
        return new Header(null, null, null, null, null, null, null, null, List.of(), List.of(), null);
    }

    /** This header with the province before and after the 2025 merger set. */
    public Header withProvinces(String newProvince, String newProvince2025) {
        return new Header(docType, number, issuer, issuerParent, newProvince, newProvince2025, place, issuedDate, year,
                title, legalBases, recipients, signer);
    }

    /** This header with the issue year set. */
    public Header withYear(Integer newYear) {
        return new Header(docType, number, issuer, issuerParent, province, province2025, place, issuedDate, newYear,
                title, legalBases, recipients, signer);
    }
}
