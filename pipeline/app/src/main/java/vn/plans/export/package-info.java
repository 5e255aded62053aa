/**
 * Export of search results as tables for spreadsheets and pandas: one row per task joined with its document's header
 * (number, title, provinces, issuer, year), or one row per document; CSV (RFC 4180, UTF-8 with BOM so Excel reads
 * the marks), XLSX (Apache POI, streaming) or JSON Lines. In: rows from {@link vn.plans.index.PlanSearcher}. Out: one
 * file. POI types stay inside this package.
 */
package vn.plans.export;
