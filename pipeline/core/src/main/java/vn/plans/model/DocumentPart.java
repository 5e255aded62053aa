package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a section or task sits: the body of the document or its appendix (phụ lục). */
public enum DocumentPart {
    BODY("body"),
    APPENDIX("appendix");

    private final String json;

    DocumentPart(String json) { this.json = json; }

    @JsonValue
    public String json() { return json; }
}
