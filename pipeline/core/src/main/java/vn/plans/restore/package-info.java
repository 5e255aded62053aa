/**
 * Diacritic restoration and OCR-text repair. In: a page of text (NFC). Out: {@link vn.plans.restore.TextRestorer.Restored}
 * — the same text with line breaks and spacing kept, repaired syllables in the input's letter case, and one
 * {@link vn.plans.restore.TextRestorer.Edit} (offset, original, restored, confidence) per changed token.
 *
 * <p>How: {@link vn.plans.restore.SyllableTokenizer} splits words from numbers, codes ({@code 27/QĐ-TTg}), URLs and
 * punctuation; {@link vn.plans.restore.LineTriage} marks each line KEEP (correct Vietnamese: never touched),
 * STRIPPED (few marks) or GARBLED (many non-syllables, OCR debris; on a page that is garbled as a whole, also any
 * line with debris or with mostly unmarked words, since such an engine prints one accent for many);
 * {@link vn.plans.restore.CandidateGenerator} proposes syllables with the same stripped form plus OCR-confusion
 * repairs, scored by the marks the input kept (weak evidence on garbled lines, where keeping a word no syllable
 * explains costs as much as keeping debris, so the decoder repairs word by word and keeps what is right);
 * {@link vn.plans.restore.BeamDecoder} picks the best sequence under a 4-gram modified Kneser-Ney model
 * ({@link vn.plans.restore.NgramModel}, a memory-mapped file built by {@link vn.plans.restore.NgramTrainer} from the
 * {@link vn.plans.restore.TrainingSplit}), twice when the document repeats stripped pairs: the second time with
 * {@link vn.plans.restore.DocumentCache} evidence that the document is consistent with itself (and
 * {@link vn.plans.restore.AgencyHeadings}: a numbered list whose items mostly open with an agency opens the others with one). Edits below
 * {@link vn.plans.restore.DiacriticRestorer#FLAG_BELOW} confidence are returned as flagged, not applied.
 * {@link vn.plans.restore.RestoreEvaluation} scores it on stripped text and gives its confidence calibration.
 * OCR pages ({@link vn.plans.restore.TextRestorer.Source#OCR}) also get Tesseract's mark confusions
 * ({@link vn.plans.restore.OcrChannel}, committed tables learned by {@link vn.plans.restore.OcrChannelLearner} from
 * rendered pages and from real scans)
 * on lines that look right.
 *
 * <p>Failure: {@link vn.plans.restore.NgramModel#load} throws {@link java.io.IOException} naming the missing model
 * and how to build it; restoring itself does not fail — words it cannot explain are left as they were.
 */
package vn.plans.restore;
