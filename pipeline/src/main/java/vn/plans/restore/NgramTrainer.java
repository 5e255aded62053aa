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
 * interpolated modified Kneser-Ney (Chen &amp; Goodman discounts D1, D2, D3+ per order), drops trigrams seen once
 * (their mass stays with the backoff) and writes the tables. Deterministic for the same files in the same order.
 */
public final class NgramTrainer {
    private final int minCount;

    public NgramTrainer(int minCount) { this.minCount = minCount; }

    public record Stats(long tokens, int vocabulary, int bigrams, int trigramsKept, int trigramsSeen, long bytes) {}

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
        for (Path f : files) {
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
            if (log != null) log.printf("  read %s (%,d tokens so far)%n", f.getFileName(), stream.size());
        }
        // final vocabulary: reserved tokens, then syllables with count >= minCount by descending count, then name
        Integer[] order = new Integer[sylWords.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        final int[] cnt = counts;
        Arrays.sort(order, (a, b) -> cnt[a] != cnt[b] ? Integer.compare(cnt[b], cnt[a]) : sylWords.get(a).compareTo(sylWords.get(b)));
        List<String> vocab = new ArrayList<>();
        vocab.addAll(List.of(NgramModel.RESERVED));
        for (char c : NgramModel.PUNCTUATION.toCharArray()) vocab.add(String.valueOf(c));
        int[] remap = new int[sylWords.size()];
        Arrays.fill(remap, NgramModel.UNK);
        for (Integer o : order) {
            if (counts[o] < minCount) break;
            remap[o] = vocab.size();
            vocab.add(sylWords.get(o));
        }
        int v = vocab.size();
        // trigram counts over <s> <s> w1 .. wn </s>
        LongIntMap tri = new LongIntMap(1 << 22);
        long tokens = 0;
        int u = NgramModel.BOS, w1 = NgramModel.BOS;
        for (int i = 0; i < stream.size(); i++) {
            int raw = stream.get(i);
            int w;
            if (raw < 0) w = NgramModel.EOS;
            else w = raw >= NgramModel.FIRST_SYLLABLE ? remap[raw - NgramModel.FIRST_SYLLABLE] : raw;
            tri.add(pack(u, w1, w), 1);
            tokens++;
            if (raw < 0) { u = NgramModel.BOS; w1 = NgramModel.BOS; } else { u = w1; w1 = w; }
        }
        stream = null;
        if (log != null) log.printf("  %,d tokens, vocabulary %,d, %,d trigram types%n", tokens, v, tri.size());
        return estimateAndWrite(tri, vocab, tokens, out);
    }

    static long pack(int u, int v, int w) {
        return ((long) u << (2 * NgramModel.ID_BITS)) | ((long) v << NgramModel.ID_BITS) | w;
    }

    /** Modified Kneser-Ney discounts D1, D2, D3+ from counts-of-counts n1..n4. */
    static double[] discounts(long[] n) {
        double y = n[1] / (double) (n[1] + 2 * n[2]);
        return new double[] {0, clamp(1 - 2 * y * n[2] / n[1], 1), clamp(2 - 3 * y * n[3] / n[2], 2), clamp(3 - 4 * y * n[4] / n[3], 3)};
    }

    private static double clamp(double d, int max) {
        return Double.isFinite(d) ? Math.max(0.05, Math.min(max, d)) : 0.5 * max;
    }

    private Stats estimateAndWrite(LongIntMap tri, List<String> vocab, long tokens, Path out) throws IOException {
        int v = vocab.size();
        long idMask = NgramModel.ID_MASK;
        long[] n3 = new long[5];
        tri.forEach((k, c) -> n3[Math.min(c, 4)]++);
        double[] d3 = discounts(n3);
        // trigram contexts uv: total, and how many continuations seen once, twice, 3+ times
        LongIntMap ctxIndex = new LongIntMap(tri.size() / 2);
        IntList ctxTotal = new IntList(1 << 20), ctxN1 = new IntList(1 << 20), ctxN2 = new IntList(1 << 20), ctxN3 = new IntList(1 << 20);
        LongIntMap bi = new LongIntMap(tri.size() / 2); // continuation counts N1+(. v w)
        tri.forEach((k, c) -> {
            long ctx = k >>> NgramModel.ID_BITS;
            int idx = ctxIndex.get(ctx) - 1;
            if (idx < 0) {
                idx = ctxTotal.size();
                ctxIndex.add(ctx, idx + 1);
                ctxTotal.add(0); ctxN1.add(0); ctxN2.add(0); ctxN3.add(0);
            }
            ctxTotal.set(idx, ctxTotal.get(idx) + c);
            IntList nk = c == 1 ? ctxN1 : c == 2 ? ctxN2 : ctxN3;
            nk.set(idx, nk.get(idx) + 1);
            bi.add(k & ((1L << (2 * NgramModel.ID_BITS)) - 1), 1);
        });
        long[] n2 = new long[5];
        double[] biTotal = new double[v];
        int[][] biNk = new int[4][v];
        int[] uniCont = new int[v];
        bi.forEach((k, c) -> {
            n2[Math.min(c, 4)]++;
            int vv = (int) (k >>> NgramModel.ID_BITS);
            int ww = (int) (k & idMask);
            biTotal[vv] += c;
            biNk[Math.min(c, 3)][vv]++;
            uniCont[ww]++;
        });
        double[] d2 = discounts(n2);
        double uniSum = 0;
        for (int c : uniCont) uniSum += c + 1;
        float[] uniP = new float[v], uniB = new float[v];
        for (int i = 0; i < v; i++) {
            uniP[i] = (float) Math.log10((uniCont[i] + 1) / uniSum);
            double gamma = biTotal[i] == 0 ? 1 : (d2[1] * biNk[1][i] + d2[2] * biNk[2][i] + d2[3] * biNk[3][i]) / biTotal[i];
            uniB[i] = (float) Math.log10(Math.max(gamma, 1e-9));
        }
        // bigram table: every bigram with a continuation count, plus every trigram context (for its backoff)
        int biEntries = bi.size() + ctxIndex.size();
        HashTable biT = new HashTable(biEntries, true);
        bi.forEach((k, c) -> {
            int vv = (int) (k >>> NgramModel.ID_BITS);
            int ww = (int) (k & idMask);
            double p = Math.max(c - d2[Math.min(c, 3)], 0) / biTotal[vv] + Math.pow(10, uniB[vv]) * Math.pow(10, uniP[ww]);
            biT.put(k, (float) Math.log10(p), 0f);
        });
        ctxIndex.forEach((ctx, idx1) -> {
            int idx = idx1 - 1;
            double gamma = (d3[1] * ctxN1.get(idx) + d3[2] * ctxN2.get(idx) + d3[3] * ctxN3.get(idx)) / ctxTotal.get(idx);
            biT.setBackoff(ctx, (float) Math.log10(Math.max(gamma, 1e-9)));
        });
        // trigram table: trigrams seen at least twice
        int[] kept = {0};
        tri.forEach((k, c) -> { if (c >= 2) kept[0]++; });
        HashTable triT = new HashTable(kept[0], false);
        tri.forEach((k, c) -> {
            if (c < 2) return;
            long ctx = k >>> NgramModel.ID_BITS;
            int idx = ctxIndex.get(ctx) - 1;
            long vw = k & ((1L << (2 * NgramModel.ID_BITS)) - 1);
            double gamma = (d3[1] * ctxN1.get(idx) + d3[2] * ctxN2.get(idx) + d3[3] * ctxN3.get(idx)) / ctxTotal.get(idx);
            double lower = Math.pow(10, biT.value(vw));
            double p = (c - d3[Math.min(c, 3)]) / ctxTotal.get(idx) + gamma * lower;
            triT.put(k, (float) Math.log10(p), 0f);
        });
        long bytes = write(out, vocab, tokens, uniP, uniB, biT, triT);
        return new Stats(tokens, v, bi.size(), kept[0], tri.size(), bytes);
    }

    private static long write(Path out, List<String> vocab, long tokens, float[] uniP, float[] uniB,
                              HashTable bi, HashTable tri) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer head = ByteBuffer.allocate(1 << 22).order(ByteOrder.LITTLE_ENDIAN);
            head.putInt(NgramModel.MAGIC).putInt(NgramModel.VERSION).putInt(3).putInt(vocab.size()).putLong(tokens);
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
            bi.write(ch);
            tri.write(ch);
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
            while ((1L << b) < entries * 2L) b++;
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
            keys[i] = key;
            return i;
        }

        void put(long key, float value, float backoff) {
            int i = find(key);
            values[i] = value;
            if (backoffs != null) backoffs[i] = backoff;
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
