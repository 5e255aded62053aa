/**
 * The Lucene index: {@link vn.plans.model.PlanDocument}s in, searchable units out. Each document is indexed as
 * passages (one per section, or per page when no section was found) and task records, all carrying the document's
 * id so that re-indexing a document replaces every unit of it. Text is analysed twice: {@code text} folded
 * (diacritics removed, {@code đ} to {@code d}) for recall and highlighting, {@code text_exact} with canonical tone
 * marks for ranking exact spellings first. See {@link vn.plans.index.VietnameseAnalyzer}.
 */
package vn.plans.index;
