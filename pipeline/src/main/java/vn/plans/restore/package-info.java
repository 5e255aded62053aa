/**
 * Diacritic restoration and OCR-text repair: text in, the same text with Vietnamese syllables restored out,
 * line breaks and spacing kept. {@link vn.plans.restore.TextRestorer} is the stage's interface.
 */
package vn.plans.restore;
