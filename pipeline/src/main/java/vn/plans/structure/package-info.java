/**
 * Structure: normalized page text (and DOCX tables) in, {@link vn.plans.model.Structure} out: header fields, numbered
 * sections, tasks with agencies and timeframes.
 * <p>{@link vn.plans.structure.PlanStructureExtractor} is a cascade that follows the document:
 * {@link vn.plans.structure.HeaderParser} (header block, preamble citations; recipients and signer through
 * {@link vn.plans.structure.SignatureParser}) →
 * {@link vn.plans.structure.SectionSplitter} (numbered headings and their paths) →
 * {@link vn.plans.structure.TaskExtractor} (tasks in the body, by section kind and item shape) →
 * {@link vn.plans.structure.AppendixTableReader} (phụ lục task tables, from {@link vn.plans.model.Table}s or from
 * text with interleaved cells). Agencies go through {@link vn.plans.structure.AgencyNormalizer} (list splitting,
 * canonical form from the {@code structure/agency-abbreviations.tsv} resource), timeframes through
 * {@link vn.plans.structure.TimeframeParser}.
 * <p>All steps are rules: the administrative form (Decree 30/2020) fixes the header, numbering and table shapes, and
 * the gold set (8 documents) is too small to train a classifier that would beat them; the rules are tested on real
 * lines from the seeds. {@link vn.plans.structure.StructureExtractor} never throws on odd input: it returns what it
 * could recognise (fields null, lists empty); {@link vn.plans.structure.BasicStructureExtractor} (sections only) is
 * the baseline.
 */
package vn.plans.structure;
