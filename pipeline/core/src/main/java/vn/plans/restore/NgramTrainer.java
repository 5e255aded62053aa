package vn.plans.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.plans.normalize.Syllables;
import vn.plans.normalize.ToneMarks;

/**
 * Builds the {@link NgramModel} file: tokenizes the training files line by line ({@link SyllableTokenizer}; valid
 * syllables lower-cased with canonical tone marks, other words {@code <unk>}, numbers {@code <num>}), keeps
 * syllables seen at least {@code minCount} times, counts trigrams with primitive hash maps, estimates
 * interpolated modified Kneser-Ney (Chen &amp; Goodman discounts D1, D2, D3+ per order), optionally drops rare
 * trigrams (their mass stays with the backoff) and writes the tables. Deterministic for the same files in the same order.
 */
public final class NgramTrainer {
    private final int order;
    private final int minCount;
    private final int minTopCount;

    /**
     * @param minCount syllables seen fewer times become {@code <unk>}
     * @param order 2 to 4
     * @param minTopCount highest-order n-grams seen fewer times are not stored (their mass goes to the backoff)
     */
    public NgramTrainer(int order, int minCount, int minTopCount) {
        if (order < 2 || order > NgramModel.MAX_ORDER) throw new IllegalArgumentException("order must be 2 to " + NgramModel.MAX_ORDER);
        this.order = order;
        this.minCount = minCount;
        this.minTopCount = minTopCount;
    }

    public record Stats(long tokens, int vocabulary, int bigrams, int topKept, int topSeen, long bytes) {}

    /** Lower-cased canonical syllable, or null when the word is not a Vietnamese syllable. */
    static String syllableKey(String word) {
        if (!Syllables.isValid(word)) return null;
        return ToneMarks.canonicalize(word).toLowerCase(Locale.ROOT);
    }

    public Stats train(List<Path> files, Path out, PrintWriter log) throws IOException {
        // pass 1: token stream of provisional ids (syllables numbered by first sight), -1 between lines
        Map<String, Integer> typeCache = new HashMap<>(1 << 20);
        Map<String, Integer> syl = new HashMap<>(1 << 14);
        List<String> sylWords = new ArrayList<>();
        IntList stream = new IntList(1 << 24);
        int[] counts = new int[1 << 14];
        int fileNo = 0;
        for (Path f : files) {
            fileNo++;
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    int before = stream.size();
                    for (Token t : SyllableTokenizer.tokenize(line)) {
                        int id;
                        switch (t.kind()) {
                            case WORD -> {
                                String w = line.substring(t.start(), t.end());
                                Integer c = typeCache.get(w);
                                if (c == null) {
                                    String key = syllableKey(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFC));
                                    if (key == null) c = -NgramModel.UNK - 1;
                                    else {
                                        c = syl.computeIfAbsent(key, k -> { sylWords.add(k); return sylWords.size() - 1; });
                                    }
                                    if (typeCache.size() < 4_000_000) typeCache.put(w, c);
                                }
                                id = c;
                            }
                            case NUMBER -> id = -NgramModel.NUM - 1;
                            case PUNCT -> id = -NgramModel.punctId(line.charAt(t.start())) - 1;
                            default -> id = -NgramModel.UNK - 1;
                        }
                        if (id >= 0) {
                            if (id >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
                            counts[id]++;
                            stream.add(id + NgramModel.FIRST_SYLLABLE);
                        } else {
                            stream.add(-id - 1);
                        }
                    }
                    if (stream.size() > before) stream.add(-1);
                }
            }
            if (log != null && (fileNo % 25 == 0 || fileNo == files.size())) {
                log.printf("  read %d of %d files (%,d tokens so far)%n", fileNo, files.size(), stream.size());
            }
        }
        // final vocabulary: reserved tokens, then syllables with count >= minCount by descending count, then name
        Integer[] byCount = new Integer[sylWords.size()];
        for (int i = 0; i < byCount.length; i++) byCount[i] = i;
        final int[] cnt = counts;
        Arrays.sort(byCount, (a, b) -> cnt[a] != cnt[b] ? Integer.compare(cnt[b], cnt[a]) : sylWords.get(a).compareTo(sylWords.get(b)));
        List<String> vocab = new ArrayList<>();
        vocab.addAll(List.of(NgramModel.RESERVED));
        for (char c : NgramModel.PUNCTUATION.toCharArray()) vocab.add(String.valueOf(c));
        int[] remap = new int[sylWords.size()];
        Arrays.fill(remap, NgramModel.UNK);
        for (Integer o : byCount) {
            if (counts[o] < minCount) break;
            remap[o] = vocab.size();
            vocab.add(sylWords.get(o));
        }
        int v = vocab.size();
        if (v > NgramModel.MAX_VOCABULARY) throw new IllegalStateException("vocabulary too large: " + v);
        // n-gram counts over <s>^(n-1) w1 .. wn </s>
        LongIntMap top = new LongIntMap(1 << 22);
        long tokens = 0;
        long history = 0; // the last order-1 ids, packed; BOS = 0
        long histMask = (1L << (NgramModel.ID_BITS * (order - 1))) - 1;
        for (int i = 0; i < stream.size(); i++) {
            int raw = stream.get(i);
            int w;
            if (raw < 0) w = NgramModel.EOS;
            else w = raw >= NgramModel.FIRST_SYLLABLE ? remap[raw - NgramModel.FIRST_SYLLABLE] : raw;
            top.add((history << NgramModel.ID_BITS) | w, 1);
            tokens++;
            history = raw < 0 ? 0 : ((history << NgramModel.ID_BITS) | w) & histMask;
        }
        stream = null;
        if (log != null) log.printf("  %,d tokens, vocabulary %,d, %,d %d-gram types%n", tokens, v, top.size(), order);
        return estimateAndWrite(top, vocab, tokens, out);
    }

    /** Modified Kneser-Ney discounts D1, D2, D3+ from counts-of-counts n1..n4. */
    static double[] discounts(long[] n) {
        double y = n[1] / (double) (n[1] + 2 * n[2]);
        return new double[] {0, clamp(1 - 2 * y * n[2] / n[1], 1), clamp(2 - 3 * y * n[3] / n[2], 2), clamp(3 - 4 * y * n[4] / n[3], 3)};
    }

    private static double clamp(double d, int max) {
        return Double.isFinite(d) ? Math.max(0.05, Math.min(max, d)) : 0.5 * max;
    }

    /** Per-context statistics of one order: total count and how many continuations were seen 1, 2, 3+ times. */
    private static final class Contexts {
        final LongIntMap index;
        final IntList total = new IntList(1 << 16), n1 = new IntList(1 << 16), n2 = new IntList(1 << 16), n3 = new IntList(1 << 16);

        Contexts(int expected) { index = new LongIntMap(expected); }

        void add(long ctx, int c) {
            int idx = index.get(ctx) - 1;
            if (idx < 0) {
                idx = total.size();
                index.add(ctx, idx + 1);
                total.add(0); n1.add(0); n2.add(0); n3.add(0);
            }
            total.set(idx, total.get(idx) + c);
            IntList nk = c == 1 ? n1 : c == 2 ? n2 : n3;
            nk.set(idx, nk.get(idx) + 1);
        }

        /** Interpolation weight of the lower order (the discounted mass) and the total, for a context index. */
        double gamma(int idx, double[] d) {
            return (d[1] * n1.get(idx) + d[2] * n2.get(idx) + d[3] * n3.get(idx)) / total.get(idx);
        }
    }

    private Stats estimateAndWrite(LongIntMap top, List<String> vocab, long tokens, Path out) throws IOException {
        int v = vocab.size();
        int bits = NgramModel.ID_BITS;
        long idMask = NgramModel.ID_MASK;
        // counts per order: raw for the highest, continuation counts N1+(. g) below it
        LongIntMap[] counts = new LongIntMap[order + 1];
        counts[order] = top;
        for (int k = order - 1; k >= 2; k--) {
            LongIntMap lower = new LongIntMap(counts[k + 1].size() / 2);
            long suffixMask = (1L << (bits * k)) - 1;
            counts[k + 1].forEach((key, c) -> lower.add(key & suffixMask, 1));
            counts[k] = lower;
        }
        int[] uniCont = new int[v];
        counts[2].forEach((key, c) -> uniCont[(int) (key & idMask)]++);
        double uniSum = 0;
        for (int c : uniCont) uniSum += c + 1;
        float[] uniP = new float[v];
        for (int i = 0; i < v; i++) uniP[i] = (float) Math.log10((uniCont[i] + 1) / uniSum);
        float[] uniB = new float[v];
        Arrays.fill(uniB, 0f);
        HashTable[] tables = new HashTable[order + 1];
        int kept = 0;
        for (int k = 2; k <= order; k++) {
            LongIntMap ck = counts[k];
            long[] nk = new long[5];
            ck.forEach((key, c) -> nk[Math.min(c, 4)]++);
            double[] d = discounts(nk);
            Contexts ctx = new Contexts(ck.size() / 2);
            ck.forEach((key, c) -> ctx.add(key >>> bits, c));
            // backoff weights of this order's contexts live in the table one order down (or the unigram array)
            if (k == 2) {
                ctx.index.forEach((h, idx1) -> uniB[(int) h] = (float) Math.log10(Math.max(ctx.gamma(idx1 - 1, d), 1e-9)));
            } else {
                HashTable below = tables[k - 1];
                ctx.index.forEach((h, idx1) -> below.setBackoff(h, (float) Math.log10(Math.max(ctx.gamma(idx1 - 1, d), 1e-9))));
            }
            int minC = k == order ? minTopCount : 1;
            int[] n = {0};
            ck.forEach((key, c) -> { if (c >= minC) n[0]++; });
            HashTable t = new HashTable(n[0] + 16, k < order); // + the all-<s> context, which only pads
            final int level = k;
            final HashTable[] done = tables;
            long suffixMask = (1L << (bits * (k - 1))) - 1;
            ck.forEach((key, c) -> {
                if (c < minC) return;
                int idx = ctx.index.get(key >>> bits) - 1;
                double lower = level == 2 ? Math.pow(10, uniP[(int) (key & idMask)]) : Math.pow(10, done[level - 1].value(key & suffixMask));
                double p = Math.max(c - d[Math.min(c, 3)], 0) / ctx.total.get(idx) + ctx.gamma(idx, d) * lower;
                t.put(key, (float) Math.log10(p));
            });
            tables[k] = t;
            if (k == order) kept = n[0];
            counts[k] = k == order ? counts[k] : null;
        }
        long bytes = write(out, vocab, tokens, uniP, uniB, tables);
        return new Stats(tokens, v, tables[2].size, kept, top.size(), bytes);
    }

    private long write(Path out, List<String> vocab, long tokens, float[] uniP, float[] uniB, HashTable[] tables)
            throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer head = ByteBuffer.allocate(1 << 22).order(ByteOrder.LITTLE_ENDIAN);
            head.putInt(NgramModel.MAGIC).putInt(NgramModel.VERSION).putInt(order).putInt(vocab.size()).putLong(tokens);
            for (String w : vocab) {
                byte[] b = w.getBytes(StandardCharsets.UTF_8);
                head.putShort((short) b.length).put(b);
            }
            pad(head);
            for (float f : uniP) head.putFloat(f);
            for (float f : uniB) head.putFloat(f);
            pad(head);
            head.flip();
            ch.write(head);
            for (int k = 2; k <= order; k++) tables[k].write(ch);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.size(out);
    }

    private static void pad(ByteBuffer b) {
        while ((b.position() & 7) != 0) b.put((byte) 0);
    }

    /** The on-disk open-addressing table: keys, values and (optionally) backoffs, probed like {@link NgramModel}. */
    private static final class HashTable {
        final int bits;
        final long[] keys;
        final float[] values;
        final float[] backoffs;

        HashTable(int entries, boolean withBackoff) {
            int b = 4;
            while ((1L << b) < entries * 2L) b++; // load <= 0.5: short probe chains for the many misses
            b = Math.max(b, 4);
            bits = b;
            keys = new long[1 << b];
            Arrays.fill(keys, -1L);
            values = new float[1 << b];
            Arrays.fill(values, Float.NaN);
            backoffs = withBackoff ? new float[1 << b] : null;
        }

        private int find(long key) {
            int mask = keys.length - 1;
            int i = LongIntMap.slot(key, mask);
            while (keys[i] != -1L && keys[i] != key) i = (i + 1) & mask;
            if (keys[i] == -1L) {
                if (++size * 20L > keys.length * 19L) throw new IllegalStateException("n-gram table overfull");
                keys[i] = key;
            }
            return i;
        }

        int size;

        void put(long key, float value) {
            int i = find(key);
            values[i] = value;
        }

        void setBackoff(long key, float backoff) { backoffs[find(key)] = backoff; }

        float value(long key) {
            int mask = keys.length - 1;
            int i = LongIntMap.slot(key, mask);
            while (keys[i] != key) i = (i + 1) & mask; // present by construction
            return values[i];
        }

        void write(FileChannel ch) throws IOException {
            ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(bits).putInt(0).flip();
            ch.write(h);
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 24).order(ByteOrder.LITTLE_ENDIAN);
            for (long k : keys) { if (buf.remaining() < 8) flush(ch, buf); buf.putLong(k); }
            for (float f : values) { if (buf.remaining() < 4) flush(ch, buf); buf.putFloat(f); }
            if (backoffs != null) for (float f : backoffs) { if (buf.remaining() < 4) flush(ch, buf); buf.putFloat(f); }
            flush(ch, buf);
            long pos = ch.position();
            if ((pos & 7) != 0) ch.write(ByteBuffer.allocate((int) (8 - (pos & 7))));
        }

        private static void flush(FileChannel ch, ByteBuffer buf) throws IOException {
            buf.flip();
            while (buf.hasRemaining()) ch.write(buf);
            buf.clear();
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a;
        private int n;

        IntList(int cap) { a = new int[cap]; }

        void add(int x) {
            if (n == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[n++] = x;
        }

        int get(int i) { return a[i]; }

        void set(int i, int x) { a[i] = x; }

        int size() { return n; }
    }
}
