package vn.plans.model;

/** A cited document: the citation as printed and its parts where recognised (any may be null). */
public record LegalBasis(String text, String docType, String number, String date, String issuer) {}
