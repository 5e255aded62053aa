/**
 * Rules as data: the word lists every stage shares (appendix markers, document types and their number symbols,
 * administrative levels, preamble openers, agency heads, signer titles), read from one commented resource,
 * {@code vn/plans/lexicon/lexicon.txt}, by {@link vn.plans.lexicon.Lexicon}. A class that needs a list asks the
 * lexicon rather than spelling the words out; to change what the pipeline recognises, edit the resource. Fails at
 * load (IllegalStateException naming the line) when the resource is missing or malformed.
 */
package vn.plans.lexicon;
