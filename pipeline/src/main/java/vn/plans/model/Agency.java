package vn.plans.model;

/** An agency as printed, with its canonical form (abbreviations expanded, spacing and '&' unified). */
public record Agency(String name, String canonical) {}
