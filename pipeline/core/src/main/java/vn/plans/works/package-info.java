/**
 * Works and versions: which stored records are the same document. In: one {@link vn.plans.works.WorkGrouper.Member}
 * per record (its text sketch, identity, format, extraction, paths); out: each record's work id and the work's
 * versions, decided once per batch by {@code ingest.WorkAssignment} and written into the JSON records
 * ({@code work_id}, {@code versions}), which the index reads as they are.
 *
 * <p>Two records are versions of one work when (1) they carry the same full number, issuer and full date
 * ({@code 61/KH-UBND}, UBND huyện Sơn Tây, 2025-04-04; a number left blank at signing or a month-only date is no
 * identity), or (2) their texts are near duplicates: estimated Jaccard resemblance of folded 3-word shingles
 * ≥ 0.85 ({@link vn.plans.works.TextSketch}), or (3) one is a part of the other: at most half its size and ≥ 0.9 of
 * its shingles in it (page images of a plan). Records with different full identities are never joined. A part joins
 * the largest digital work that contains it (a scan collecting pages of several plans also contains each page, so
 * it is not a candidate while a digital version exists).
 *
 * <p>Thresholds were set on pairs read by hand over corpus/, corpus-dev and corpus-real (exact shingle sets):
 * true versions (the seeds' txt/docx/pdf, page PNG and its degraded JPEG, TB-1894 and GP-2507 PDF against their
 * transcriptions, decree 146/2025 as .doc and .docx, resolution 66.18/2026 under two names) have resemblance ≥ 0.92;
 * the closest different documents are ≤ 0.78 (circular 19/2024 and the QCVN amendment it issues 0.77, a biên bản
 * form and a filled-in biên bản 0.77, two licences for one company 0.73, a GCN and decision 2170 sharing an appendix
 * 0.68). Page images lie in their plan at containment 0.97-1.0 (resemblance 0.11-0.47). Known miss: the draft
 * DOCX of letter 4378/SCT-CN and its signed PDF (resemblance 0.67, the DOCX carries a garbled appendix; containment
 * 0.95 at size ratio 0.73, where a form and its filled copy also lie) stay two works.
 *
 * <p>The representative version (its tasks go to {@code tasks.jsonl}, its units are searched and counted) is the
 * best-extracted one: whole before part, digital before OCR, more tasks, then docx, doc, odt, rtf, pdf, html, md, txt.
 */
package vn.plans.works;
