/**
 * Vietnamese text normalization. In: any string. Out: NFC text whose syllables carry their tone mark on one
 * canonical vowel ({@link vn.plans.normalize.ToneMarks}), folded forms for search ({@link vn.plans.normalize.Folding}),
 * page text with layout line breaks and page-number lines removed ({@link vn.plans.normalize.Reflow}), and one
 * normalization of look-alike letters and split syllables inside Vietnamese words ({@link vn.plans.normalize.LookAlikes}).
 * Nothing here fails: text that is not Vietnamese passes through unchanged.
 */
package vn.plans.normalize;
