package vn.plans.restore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A trigram language model over lower-cased Vietnamese syllables, memory-mapped from the binary file written by
 * {@link NgramTrainer}. Probabilities are interpolated modified Kneser-Ney stored in backoff form (log10): a
 * seen trigram has its own probability, an unseen one backs off through the context's weight to the bigram and
 * then the unigram level. Lookups are open-addressing hash probes into the mapped file; nothing is copied to the
 * heap except the vocabulary.
 *
 * <p>File layout (little-endian): magic {@code VNLM}, version, order, vocabulary size V, tokens trained on;
 * V words (u16 length + UTF-8); padding to 8; float[V] unigram log10 p; float[V] unigram log10 backoff; then
 * the bigram table (int bits, pad, long[2^bits] keys (-1 empty), float[] log10 p (NaN: a context only), float[]
 * log10 backoff) and the trigram table (int bits, pad, long[] keys, float[] log10 p).
 */
public final class NgramModel {
    static final int MAGIC = 0x4D4C4E56; // "VNLM" little-endian
    static final int VERSION = 1;
    static final int ID_BITS = 21;
    static final long ID_MASK = (1L << ID_BITS) - 1;

    /** Reserved ids: sentence start/end, unknown word, number, other punctuation, then the punctuation below. */
    public static final int BOS = 0, EOS = 1, UNK = 2, NUM = 3, PUNCT = 4;
    static final String PUNCTUATION = ",.:;()-/\"";
    static final String[] RESERVED = {"<s>", "</s>", "<unk>", "<num>", "<p>"};
    static final int FIRST_SYLLABLE = RESERVED.length + PUNCTUATION.length();

    private final String[] words;
    private final Map<String, Integer> ids;
    private final FloatBuffer uniP, uniB;
    private final LongBuffer biKeys, triKeys;
    private final FloatBuffer biP, biB, triP;
    private final int biMask, triMask;
    private final long tokensTrained;
    private final long fileBytes;

    private NgramModel(MappedByteBuffer buf, long fileBytes) {
        this.fileBytes = fileBytes;
        buf.order(ByteOrder.LITTLE_ENDIAN);
        if (buf.getInt() != MAGIC) throw new IllegalArgumentException("not a syllable language model (bad magic)");
        int version = buf.getInt();
        if (version != VERSION) throw new IllegalArgumentException("unsupported model version " + version);
        buf.getInt(); // order
        int v = buf.getInt();
        tokensTrained = buf.getLong();
        words = new String[v];
        ids = new HashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            byte[] b = new byte[buf.getShort() & 0xFFFF];
            buf.get(b);
            words[i] = new String(b, StandardCharsets.UTF_8);
            ids.put(words[i], i);
        }
        align(buf);
        uniP = slice(buf, v * 4L).asFloatBuffer();
        uniB = slice(buf, v * 4L).asFloatBuffer();
        align(buf);
        int biBits = buf.getInt();
        align(buf);
        int biCap = 1 << biBits;
        biMask = biCap - 1;
        biKeys = slice(buf, biCap * 8L).asLongBuffer();
        biP = slice(buf, biCap * 4L).asFloatBuffer();
        biB = slice(buf, biCap * 4L).asFloatBuffer();
        align(buf);
        int triBits = buf.getInt();
        align(buf);
        int triCap = 1 << triBits;
        triMask = triCap - 1;
        triKeys = slice(buf, triCap * 8L).asLongBuffer();
        triP = slice(buf, triCap * 4L).asFloatBuffer();
    }

    private static void align(ByteBuffer b) {
        b.position((b.position() + 7) & ~7);
    }

    private static ByteBuffer slice(ByteBuffer b, long len) {
        ByteBuffer s = b.slice(b.position(), (int) len).order(ByteOrder.LITTLE_ENDIAN);
        b.position(b.position() + (int) len);
        return s;
    }

    /** Maps the model file read-only; fails with a clear message when it is missing. */
    public static NgramModel load(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IOException("language model not found: " + file + " (build it with scripts/train or plans train-lm)");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) throw new IOException("model too large to map: " + size);
            return new NgramModel(ch.map(FileChannel.MapMode.READ_ONLY, 0, size), size);
        }
    }

    public int vocabularySize() { return words.length; }

    public long tokensTrained() { return tokensTrained; }

    public long fileBytes() { return fileBytes; }

    /** Heap bytes held (the vocabulary); the tables stay in the mapped file. */
    public long heapBytesEstimate() {
        long b = 0;
        for (String w : words) b += 56 + 2L * w.length() + 48;
        return b;
    }

    public String word(int id) { return words[id]; }

    /** Id of a lower-cased canonical syllable or reserved token, or {@link #UNK}. */
    public int id(String word) {
        Integer i = ids.get(word);
        return i == null ? UNK : i;
    }

    static int punctId(char c) {
        int k = PUNCTUATION.indexOf(c);
        return k < 0 ? PUNCT : RESERVED.length + k;
    }

    public float unigram(int w) { return uniP.get(w); }

    /** log10 P(w | u v). */
    public float logProb(int u, int v, int w) {
        long key = ((long) u << (2 * ID_BITS)) | ((long) v << ID_BITS) | w;
        int i = LongIntMap.slot(key, triMask);
        while (true) {
            long k = triKeys.get(i);
            if (k == key) return triP.get(i);
            if (k == -1L) break;
            i = (i + 1) & triMask;
        }
        float back = 0f;
        long ctx = ((long) u << ID_BITS) | v;
        i = LongIntMap.slot(ctx, biMask);
        while (true) {
            long k = biKeys.get(i);
            if (k == ctx) { back = biB.get(i); break; }
            if (k == -1L) break;
            i = (i + 1) & biMask;
        }
        return back + logProb(v, w);
    }

    /** log10 P(w | v). */
    public float logProb(int v, int w) {
        long key = ((long) v << ID_BITS) | w;
        int i = LongIntMap.slot(key, biMask);
        while (true) {
            long k = biKeys.get(i);
            if (k == key) {
                float p = biP.get(i);
                if (!Float.isNaN(p)) return p;
                break;
            }
            if (k == -1L) break;
            i = (i + 1) & biMask;
        }
        return uniB.get(v) + uniP.get(w);
    }
}
