package vn.plans.tools;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;
import vn.plans.extract.LegacyEncodings;

/**
 * Renders one seed, byte for byte the same text, in the charsets plain-text Vietnamese arrives in:
 * {@code CharsetSampleWriter SEEDS_DIR OUT_DIR} writes {@code seed-001.windows-1258.txt} (base letters plus combining
 * tone marks, as Windows-1258 spells Vietnamese), {@code seed-001.tcvn3.txt}, {@code seed-001.vni.txt} (one byte
 * per char), {@code seed-001.utf-16le.txt} (no byte-order mark) and {@code seed-001.utf-16be-bom.txt}. The UTF-8
 * seed itself is the reference they must ingest to. {@code seed-001.mojibake.txt} is the seed's UTF-8 read as
 * Windows-1252 and saved as UTF-8 again, which no decoding turns back into Vietnamese: it must fail.
 */
public final class CharsetSampleWriter {
    static final String SEED = "001";
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private CharsetSampleWriter() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CharsetSampleWriter SEEDS_DIR OUT_DIR");
            System.exit(2);
        }
        try {
            write(Path.of(args[0]), Path.of(args[1]));
            System.out.println("wrote charset samples of seed " + SEED + " into " + args[1]);
        } catch (IOException | RuntimeException e) {
            System.err.println("CharsetSampleWriter: " + e);
            System.exit(1);
        }
    }

    static void write(Path seeds, Path out) throws IOException {
        Path seed;
        try (Stream<Path> s = Files.list(seeds)) {
            seed = s.filter(p -> p.getFileName().toString().startsWith(SEED) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow(() -> new IOException("no seed " + SEED + "* in " + seeds));
        }
        String text = Normalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        Files.createDirectories(out);
        String name = "seed-" + SEED;
        Files.write(out.resolve(name + ".windows-1258.txt"), windows1258(text));
        Charset cp1252 = Charset.forName("windows-1252");
        Files.write(out.resolve(name + ".tcvn3.txt"), LegacyEncodings.encode(text, LegacyEncodings.TCVN3).getBytes(cp1252));
        Files.write(out.resolve(name + ".vni.txt"), LegacyEncodings.encode(text, LegacyEncodings.VNI).getBytes(cp1252));
        Files.write(out.resolve(name + ".utf-16le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] bom = new byte[be.length + 2];
        bom[0] = (byte) 0xFE;
        bom[1] = (byte) 0xFF;
        System.arraycopy(be, 0, bom, 2, be.length);
        Files.write(out.resolve(name + ".utf-16be-bom.txt"), bom);
        // UTF-8 read as Windows-1252 and saved as UTF-8 again ("Káº¿ hoáº¡ch"): mojibake in every reading
        Files.write(out.resolve(name + ".mojibake.txt"), new String(text.getBytes(StandardCharsets.UTF_8), cp1252)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Windows-1258 has the letters with circumflex, breve and horn (â ê ô ă ơ ư đ) but the five tones only as
     * combining marks: each letter is written as its base plus its tone ({@code ấ} = {@code â} + acute).
     */
    static byte[] windows1258(String nfc) {
        Charset cs = Charset.forName("windows-1258");
        StringBuilder s = new StringBuilder(nfc.length() + nfc.length() / 4);
        for (int i = 0; i < nfc.length(); i++) {
            String nfd = Normalizer.normalize(String.valueOf(nfc.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (int k = 0; k < nfd.length(); k++) (TONES.indexOf(nfd.charAt(k)) >= 0 ? tone : base).append(nfd.charAt(k));
            s.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        if (!cs.newEncoder().canEncode(s)) throw new IllegalArgumentException("seed text not representable in Windows-1258");
        return s.toString().getBytes(cs);
    }
}
