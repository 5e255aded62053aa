/**
 * The Lucene index: {@link vn.plans.model.PlanDocument}s in, searchable units out. Each document is indexed as one
 * {@code document} unit (full text and document facets), {@code passage} units (one per section, cut at the page
 * and character offset the structure stage recorded for each section, or per page when no section was found; they give a document hit its best section, page and snippet) and {@code task} units, all
 * carrying the document's id so that re-indexing a document replaces every unit of it.
 *
 * <p>Text is analysed twice: {@code text} folded (diacritics removed, {@code đ} to {@code d}) for recall and
 * highlighting, {@code text_exact} with canonical tone marks for ranking exact spellings first (see
 * {@link vn.plans.index.VietnameseAnalyzer}); the printed form of a page is what is indexed and stored, so highlight
 * offsets point into the text as printed. Page furniture (the lines a page's {@code furniture} marks: running heads
 * and foots, page numbers) is blanked to spaces before indexing, so a publisher's footer on every page is no term of
 * the document and offsets still hold. Multi-syllable words are matched as units by phrase queries over the
 * indexed positions (quoted by the user, and as a score boost for every multi-word query), not by shingles.
 *
 * <p>Facets ({@code province}, {@code province_2025}, {@code issuer}, {@code lead}, {@code coordinating},
 * {@code type}, {@code year}, {@code timeframe_kind}) are {@code SortedSetDocValuesFacetField}s whose values are read
 * from the record as the structure and enrich stages decided them (nothing is re-derived from the text here); filters are
 * drill-down, counts drill-sideways ({@link vn.plans.index.PlanSearcher#search(vn.plans.index.SearchRequest)}).
 * Failures: Lucene I/O errors surface as IOException; a query that does not parse is an IllegalArgumentException.
 *
 * <p>The same units can live in a search cluster (OpenSearch 3.x): {@link vn.plans.index.ClusterIndex} writes them
 * with bulk requests (the text fields as this package's analysed tokens), {@link vn.plans.index.ClusterSearcher}
 * sends the query {@link vn.plans.index.PlanSearcher} would run as query DSL ({@code QueryDsl}); both searchers are a
 * {@link vn.plans.index.Searcher}. The cluster is reached through the JDK's HTTP client: no engine jar here. An
 * unreachable cluster or a refused request is an IOException with the cluster's reason.
 */
package vn.plans.index;
