/**
 * Developer tools run from the jar, not pipeline stages: {@link vn.plans.tools.RenderOcrTestset} renders held-out
 * seed text to page images and PDFs (clean and degraded) with the exact text drawn beside them, for
 * {@code plans eval-ocr}. Deterministic (fixed random seeds), so re-running reproduces the committed files.
 */
package vn.plans.tools;
