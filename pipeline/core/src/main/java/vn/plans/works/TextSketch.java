package vn.plans.works;

import java.util.Arrays;
import vn.plans.normalize.Folding;

/**
 * A small sketch of a text for near-duplicate and containment tests: the text's words (folded: marks removed,
 * {@code đ}→{@code d}, lower case, so OCR mark errors and tone placement do not matter), their 3-word shingles, each
 * hashed to 64 bits, and of those the hashes {@code ≡ 0 mod 4} kept (Broder's "MOD" sample, the sibling of MinHash
 * in <i>On the resemblance and containment of documents</i>, 1997). The same sample estimates both resemblance
 * (Jaccard, {@code |A∩B|/|A∪B|}) and containment ({@code |A∩B|/|A|}); MinHash's fixed-size signature estimates
 * resemblance only, and a page image of a 9-page plan (Jaccard about 0.12 with it) needs containment: with 128
 * MinHash buckets its containment estimate would be ±0.23, with this sample (about 60 hashes for one page) about
 * ±0.03. Size: a quarter of the distinct shingles, 8 bytes each.
 */
public record TextSketch(int shingles, long[] sample) {
    static final int SHINGLE = 3;
    static final int MOD = 4;

    public static TextSketch of(String text) {
        // the words of split("[^\\p{L}\\p{Nd}]+") without the empty ones, as start/end offsets (by code point, as
        // the expression matches), and the distinct shingle hashes in a sorted array: the same sketch as a set of
        // boxed hashes, without the per-word strings and per-shingle objects
        return ofFolded(Folding.fold(text == null ? "" : text).toLowerCase(java.util.Locale.ROOT));
    }

    /** {@link #of} of a text already folded and lower-cased ({@code Folding.fold(text).toLowerCase(Locale.ROOT)}). */
    static TextSketch ofFolded(String folded) {
        int[] starts = new int[16], ends = new int[16];
        int n = 0;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < folded.length() && wordChar(cp = folded.codePointAt(i))) i += Character.charCount(cp);
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, 2 * n);
                ends = Arrays.copyOf(ends, 2 * n);
            }
            starts[n] = start;
            ends[n++] = i;
        }
        long[] hashes = new long[Math.max(0, n - SHINGLE + 1)];
        for (int i = 0; i + SHINGLE <= n; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's characters, then a SplitMix64 finalizer
            for (int k = 0; k < SHINGLE; k++) {
                for (int c = starts[i + k]; c < ends[i + k]; c++) h = (h ^ folded.charAt(c)) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            hashes[i] = mix(h);
        }
        Arrays.sort(hashes);
        int distinct = 0, kept = 0;
        long[] sample = new long[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            if (i > 0 && hashes[i] == hashes[i - 1]) continue;
            distinct++;
            if (Math.floorMod(hashes[i], MOD) == 0) sample[kept++] = hashes[i];
        }
        return new TextSketch(distinct, Arrays.copyOf(sample, kept));
    }

    /** A character of a word: {@code \\p{L}} or {@code \\p{Nd}}. */
    private static boolean wordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Hashes both samples hold. */
    public int overlap(TextSketch o) {
        int i = 0, j = 0, n = 0;
        while (i < sample.length && j < o.sample.length) {
            if (sample[i] == o.sample[j]) { n++; i++; j++; }
            else if (sample[i] < o.sample[j]) i++;
            else j++;
        }
        return n;
    }

    /** Estimated Jaccard resemblance. */
    public double resemblance(TextSketch o) {
        int n = overlap(o);
        int union = sample.length + o.sample.length - n;
        return union == 0 ? 0 : (double) n / union;
    }

    /** Estimated share of this text's shingles that the other text has. */
    public double containedIn(TextSketch o) {
        return sample.length == 0 ? 0 : (double) overlap(o) / sample.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSketch t && t.shingles == shingles && Arrays.equals(t.sample, sample);
    }

    @Override
    public int hashCode() { return 31 * shingles + Arrays.hashCode(sample); }
}
