/**
 * Developer tools run from the jar, not part of the pipeline. {@link vn.plans.tools.BadInputs} writes a corpus of
 * hostile files (truncated, bit-flipped, encrypted, empty, 10,000 pages, zip bomb, 100 megapixels, HTML named .pdf,
 * a Vietnamese path with spaces) for the bulk-ingest tests; it fails with an I/O error when it cannot write.
 */
package vn.plans.tools;
