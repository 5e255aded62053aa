/**
 * Structure: normalized page text, its body lines only (a line the page marks as furniture — running head or foot, page
 * number — is not read), and DOCX tables, or PDF tables read from word positions, in; {@link vn.plans.model.Structure} out: header fields, numbered
 * sections, tasks with agencies and timeframes.
 * <p>{@link vn.plans.structure.PlanStructureExtractor} is a cascade that follows the document:
 * {@link vn.plans.structure.HeaderParser} (header block by the components of Decree 30/2020, a DOCX header table read
 * cell by cell through {@link vn.plans.structure.HeaderZone}, values validated before they are written and a warning
 * for each one left out; preamble citations; recipients and signer through
 * {@link vn.plans.structure.SignatureParser}; type lines, symbol codes, body heads, central bodies, headings that are
 * not issuers, title stops and signer titles are data in the lexicon ({@code vn/plans/lexicon/lexicon.txt}), read by
 * {@link vn.plans.structure.HeaderLexicon}) →
 * {@link vn.plans.structure.SectionSplitter} (numbered headings and their paths) →
 * {@link vn.plans.structure.TaskExtractor} (tasks in the body, by section kind and item shape; documents that are not
 * plan outlines — decisions, licences, decrees, circulars, resolutions, notices, letters — by
 * {@link vn.plans.structure.ClauseTaskReader}: read by the header's document type — minutes give none; in decrees,
 * circulars and resolutions only the execution part (execution articles and chapters, {@code Trách nhiệm của X}
 * articles, the {@code … chịu trách nhiệm thi hành} clause); in decisions every article but the one that states what
 * is approved; in letters and notices the request sentences, within the sections that ask when the letter has Roman
 * sections — articles, clauses, items and sentences decided by {@link vn.plans.structure.TaskClassifier}, rules by
 * default, an OpenNLP maxent alternative (tools module) measured worse in cross-validation; containers lend their doer
 * to their items: {@code Trách nhiệm của X}, {@code Yêu cầu đối với X}, {@code Giao X}, {@code … đề nghị X:}) →
 * {@link vn.plans.structure.AppendixTableReader} (phụ lục task tables, from {@link vn.plans.model.Table}s or from
 * text with interleaved cells; tables win when both exist, so a row never gives two tasks). OCR'd headers are
 * read with their form labels matched without diacritics ({@code Noi nhén:}, {@code TM. UY BAN NHAN DAN}); an issuer
 * line that lost its body ({@code TỈNH SƠN LA}) takes it from the enacting clause. Agencies go through {@link vn.plans.structure.AgencyNormalizer} (list splitting,
 * canonical form from the {@code structure/agency-abbreviations.tsv} resource), timeframes through
 * {@link vn.plans.structure.TimeframeParser}.
 * <p>The standard cascade is rules: the administrative form (Decree 30/2020) fixes the header, numbering and table
 * shapes, and the gold set is too small to train a classifier that beats them. The one place with a model is the
 * assignment of interleaved appendix lines to cells ({@link vn.plans.structure.CellRoles}): besides the rules
 * ({@link vn.plans.structure.AppendixTableReader#RULES}, the default) an OpenNLP maxent line classifier
 * ({@link vn.plans.structure.MaxentCellRoles}) can be trained from gold rows of other documents; on seed 000, which
 * it never sees, it reaches task F1 0.97 against the rules' 1.00 (rules tuned on that document). {@link vn.plans.structure.StructureExtractor} never throws on odd input: it returns what it
 * could recognise (fields null, lists empty); {@link vn.plans.structure.BasicStructureExtractor} (sections only) is
 * the baseline.
 */
package vn.plans.structure;
