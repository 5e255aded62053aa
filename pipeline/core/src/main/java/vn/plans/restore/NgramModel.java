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
 * An n-gram language model (order 2 to 4) over lower-cased Vietnamese syllables, memory-mapped from the binary file
 * written by {@link NgramTrainer}. Probabilities are interpolated modified Kneser-Ney stored in backoff form
 * (log10): a seen n-gram has its own probability, an unseen one backs off through its context's weight to the next
 * lower order. Lookups are open-addressing hash probes into the mapped file; only the vocabulary is on the heap.
 * Ids are 16 bits, so an n-gram packs into one {@code long} and a decoder's history into another.
 *
 * <p>File layout (little-endian): magic {@code VNLM}, version, order N, vocabulary size V, tokens trained on;
 * V words (u16 length + UTF-8); padding to 8; float[V] unigram log10 p; float[V] unigram log10 backoff; then for
 * each order 2..N a table: int bits, pad, long[2^bits] keys (-1 empty), float[] log10 p (NaN: a context only) and,
 * below N, float[] log10 backoff.
 */
public final class NgramModel {
    static final int MAGIC = 0x4D4C4E56; // "VNLM" little-endian
    static final int VERSION = 2;
    static final int ID_BITS = 16;
    static final long ID_MASK = (1L << ID_BITS) - 1;
    static final int MAX_ORDER = 4;
    static final int MAX_VOCABULARY = 65_535;

    /** Reserved ids: sentence start/end, unknown word, number, other punctuation, then the punctuation below. */
    public static final int BOS = 0, EOS = 1, UNK = 2, NUM = 3, PUNCT = 4;
    static final String PUNCTUATION = ",.:;()-/\"";
    static final String[] RESERVED = {"<s>", "</s>", "<unk>", "<num>", "<p>"};
    static final int FIRST_SYLLABLE = RESERVED.length + PUNCTUATION.length();

    private final int order;
    private final String[] words;
    private final Map<String, Integer> ids;
    private final FloatBuffer uniP, uniB;
    private final LongBuffer[] keys;
    private final FloatBuffer[] probs, backoffs;
    private final int[] masks;
    private final long tokensTrained;
    private final long fileBytes;

    private NgramModel(MappedByteBuffer buf, long fileBytes) {
        this.fileBytes = fileBytes;
        buf.order(ByteOrder.LITTLE_ENDIAN);
        if (buf.getInt() != MAGIC) throw new IllegalArgumentException("not a syllable language model (bad magic)");
        int version = buf.getInt();
        if (version != VERSION) throw new IllegalArgumentException("unsupported model version " + version + " (retrain with scripts/train)");
        order = buf.getInt();
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
        keys = new LongBuffer[order + 1];
        probs = new FloatBuffer[order + 1];
        backoffs = new FloatBuffer[order + 1];
        masks = new int[order + 1];
        for (int k = 2; k <= order; k++) {
            int bits = buf.getInt();
            align(buf);
            int cap = 1 << bits;
            masks[k] = cap - 1;
            keys[k] = slice(buf, cap * 8L).asLongBuffer();
            probs[k] = slice(buf, cap * 4L).asFloatBuffer();
            if (k < order) backoffs[k] = slice(buf, cap * 4L).asFloatBuffer();
            align(buf);
        }
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

    public int order() { return order; }

    public int vocabularySize() { return words.length; }

    public long tokensTrained() { return tokensTrained; }

    public long fileBytes() { return fileBytes; }

    /** Heap bytes held (the vocabulary and its index); the tables stay in the mapped file. */
    public long heapBytesEstimate() {
        long b = 0;
        for (String w : words) b += 40 + 2L * w.length() + 48;
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

    /** The history after {@code w}: the last order-1 ids packed, the newest in the low bits. */
    public long push(long history, int w) {
        return ((history << ID_BITS) | w) & ((1L << (ID_BITS * (order - 1))) - 1);
    }

    /** log10 P(w | history), history packed by {@link #push} (0 = sentence start). */
    public float logProb(long history, int w) {
        float acc = 0f;
        for (int k = order; k >= 2; k--) {
            long ctx = history & ((1L << (ID_BITS * (k - 1))) - 1);
            int i = find(k, (ctx << ID_BITS) | w);
            if (i >= 0) {
                float p = probs[k].get(i);
                if (!Float.isNaN(p)) return acc + p;
            }
            if (k - 1 >= 2) {
                int j = find(k - 1, ctx);
                if (j >= 0) acc += backoffs[k - 1].get(j);
            } else {
                acc += uniB.get((int) ctx);
            }
        }
        return acc + uniP.get(w);
    }

    /**
     * The cumulative backoff weights of a history, for {@link #logProb(long, float[], int)}: {@code out[k]} is the
     * log10 weight paid to back off from order k to order k-1 (summed over the orders above).
     */
    public void backoffs(long history, float[] out) {
        float acc = 0f;
        for (int k = order; k >= 2; k--) {
            long ctx = history & ((1L << (ID_BITS * (k - 1))) - 1);
            if (k - 1 >= 2) {
                int j = find(k - 1, ctx);
                if (j >= 0) acc += backoffs[k - 1].get(j);
            } else {
                acc += uniB.get((int) ctx);
            }
            out[k] = acc;
        }
    }

    /**
     * {@link #logProb(long, int)} with the history's backoff weights precomputed by {@link #backoffs}. Probes upwards
     * from the bigram: every order holds the suffixes of the order above, so a missing k-gram ends the search and
     * most wrong candidates cost one or two probes instead of four.
     */
    public float logProb(long history, float[] backoff, int w) {
        return climb(history, backoff, w, 2, 1, 0f);
    }

    /** The stored log10 P(w | v) of a seen bigram, or NaN when the bigram was never seen. */
    public float bigram(int v, int w) {
        int i = find(2, ((long) v << ID_BITS) | w);
        return i < 0 ? Float.NaN : probs[2].get(i);
    }

    /**
     * {@link #logProb(long, float[], int)} when the bigram of the history's last word and {@code w} is already known
     * ({@link #bigram}): decoders share it among hypotheses that end in the same word.
     */
    public float logProb(long history, float[] backoff, int w, float bigram) {
        if (Float.isNaN(bigram)) return backoff[2] + uniP.get(w);
        return climb(history, backoff, w, 3, 2, bigram);
    }

    /**
     * Probes orders {@code from}, {@code from + 1}, ... while the k-gram ending in {@code w} is stored, starting from
     * the best estimate so far ({@code p} at {@code level}), and backs off from the highest order found.
     */
    private float climb(long history, float[] backoff, int w, int from, int level, float p) {
        for (int k = from; k <= order; k++) {
            long ctx = history & ((1L << (ID_BITS * (k - 1))) - 1);
            int i = find(k, (ctx << ID_BITS) | w);
            if (i < 0) break;
            float pk = probs[k].get(i);
            if (Float.isNaN(pk)) break;
            p = pk;
            level = k;
        }
        if (level == 1) return backoff[2] + uniP.get(w);
        return level == order ? p : backoff[level + 1] + p;
    }

    /** log10 P(w | u v) for a trigram context (convenience for tests and scoring). */
    public float logProb(int u, int v, int w) {
        return logProb(push(push(0, u), v), w);
    }

    private int find(int k, long key) {
        LongBuffer kb = keys[k];
        int mask = masks[k];
        int i = LongIntMap.slot(key, mask);
        while (true) {
            long x = kb.get(i);
            if (x == key) return i;
            if (x == -1L) return -1;
            i = (i + 1) & mask;
        }
    }
}
