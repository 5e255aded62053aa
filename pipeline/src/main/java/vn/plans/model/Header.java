package vn.plans.model;

import java.util.List;

/** The document header fields the structure stage recognises; any field may be null when absent. */
public record Header(
        String docType,
        String number,
        String issuer,
        String issuerParent,
        String province,
        String place,
        String issuedDate,
        String title,
        List<LegalBasis> legalBases,
        List<String> recipients,
        Signer signer) {
    public Header {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public static Header empty() {
        return new Header(null, null, null, null, null, null, null, null, List.of(), List.of(), null);
    }
}
