/**
 * The enrich stage: {@link vn.plans.model.PlanDocument} → the same document with the header decisions that need
 * more than the header block made once, here, and written to the record: the province before the 2025 merger
 * (from the structure stage, else inferred by {@link vn.plans.gazetteer.ProvinceResolver}), the province after it
 * (the gazetteer's mapping) and the issue year. The index, the search page and the evaluation read these fields;
 * nothing downstream re-derives them. Never fails: a field it cannot decide stays null.
 */
package vn.plans.enrich;
