package vn.plans.restore;

import java.util.Arrays;

/**
 * Open-addressing hash map from non-negative {@code long} keys to {@code int} counts, used while counting n-grams.
 * Linear probing, power-of-two capacity, grows at 60% load. Keys must not be {@code -1} (the empty marker).
 */
final class LongIntMap {
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 2L)) - 1) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
    }

    static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** Adds {@code delta} to the key's value (absent keys start at 0). */
    void add(long key, int delta) {
        int i = slot(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) { values[i] += delta; return; }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = delta;
                if (++size > keys.length * 0.6) grow();
                return;
            }
            i = (i + 1) & mask;
        }
    }

    int get(long key) {
        int i = slot(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == EMPTY) return 0;
            i = (i + 1) & mask;
        }
    }

    int size() { return size; }

    /** Visits every entry; the visitor must not modify the map. */
    void forEach(Visitor v) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) v.visit(keys[i], values[i]);
    }

    interface Visitor { void visit(long key, int value); }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[ok.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] == EMPTY) continue;
            int i = slot(ok[j], mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = ok[j];
            values[i] = ov[j];
        }
    }
}
