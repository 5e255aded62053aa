package vn.plans.tools;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.plans.extract.LegacyEncodings;

/**
 * Makes test samples in the legacy encodings from real seed paragraphs:
 * {@code LegacySampleWriter SEEDS_DIR OUT_DIR} takes the opening paragraphs of seeds 000 and 001 and writes
 * {@code source.txt} (the Unicode paragraphs, UTF-8), {@code tcvn3.txt} and {@code vni.txt} (the same text encoded,
 * one byte per char, Windows-1252) and {@code tcvn3.docx} / {@code vni.docx} whose runs carry the legacy text in
 * the fonts {@code .VnTime} (capitals lines {@code .VnTimeH}) and {@code VNI-Times}, as old Word files do. In the
 * Word samples the two-column header of seed 000 (its first six paragraphs: issuer, motto, number, place and date)
 * is a 2×2 table, as official documents lay it out.
 */
public final class LegacySampleWriter {
    private LegacySampleWriter() {}

    static final Charset CP1252 = Charset.forName("windows-1252");
    /** Paragraphs taken from the start of each seed. */
    static final int PARAGRAPHS_000 = 24;
    static final int PARAGRAPHS_001 = 16;

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: LegacySampleWriter SEEDS_DIR OUT_DIR");
            System.exit(2);
        }
        try {
            write(Path.of(args[0]), Path.of(args[1]));
            System.out.println("wrote legacy samples into " + args[1]);
        } catch (IOException | RuntimeException e) {
            System.err.println("LegacySampleWriter: " + e);
            System.exit(1);
        }
    }

    static void write(Path seeds, Path out) throws IOException {
        Files.createDirectories(out);
        List<SeedText.Paragraph> source = new ArrayList<>();
        source.addAll(opening(seeds, "000", PARAGRAPHS_000));
        source.addAll(opening(seeds, "001", PARAGRAPHS_001));
        StringBuilder text = new StringBuilder();
        for (SeedText.Paragraph p : source) text.append(p.text()).append('\n');
        Files.writeString(out.resolve("source.txt"), text, StandardCharsets.UTF_8);
        for (String enc : List.of(LegacyEncodings.TCVN3, LegacyEncodings.VNI)) {
            String name = enc.toLowerCase(java.util.Locale.ROOT);
            String legacy = LegacyEncodings.encode(text.toString(), enc);
            Files.write(out.resolve(name + ".txt"), legacy.getBytes(CP1252));
            List<SeedText.Block> blocks = new ArrayList<>();
            Set<String> capitals = new HashSet<>();
            List<String> encoded = new ArrayList<>();
            for (SeedText.Paragraph p : source) {
                encoded.add(LegacyEncodings.encode(p.text(), enc));
                if (vn.plans.normalize.Reflow.isUpperLine(p.text())) capitals.add(encoded.getLast());
            }
            int first = 0;
            if (isHeader(source)) {
                blocks.add(new SeedText.TableBlock(List.of(
                        List.of(encoded.get(0) + "\n" + encoded.get(1), encoded.get(2) + "\n" + encoded.get(3)),
                        List.of(encoded.get(4), encoded.get(5)))));
                first = 6;
            }
            for (int i = first; i < source.size(); i++) blocks.add(new SeedText.Paragraph(encoded.get(i), source.get(i).strong()));
            DocxRenderer.FontChooser fonts = enc.equals(LegacyEncodings.VNI) ? p -> "VNI-Times"
                    : p -> capitals.contains(p.text()) ? ".VnTimeH" : ".VnTime";
            new DocxRenderer().render(blocks, "legacy " + enc + " sample", fonts, out.resolve(name + ".docx"));
        }
    }

    /** Issuer (2 lines), national name and motto, number, place and date: the usual two-column header. */
    static boolean isHeader(List<SeedText.Paragraph> p) {
        return p.size() > 6 && p.get(2).text().startsWith("CỘNG HOÀ") && p.get(3).text().startsWith("Độc lập")
                && p.get(4).text().startsWith("Số") && p.get(5).text().contains("ngày");
    }

    private static List<SeedText.Paragraph> opening(Path seeds, String prefix, int n) throws IOException {
        Path seed;
        try (Stream<Path> s = Files.list(seeds)) {
            seed = s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow(() -> new IOException("no seed " + prefix + "* in " + seeds));
        }
        List<SeedText.Paragraph> out = new ArrayList<>();
        for (SeedText.Block b : SeedText.parse(Files.readString(seed, StandardCharsets.UTF_8))) {
            if (b instanceof SeedText.Paragraph p && out.size() < n) out.add(p);
        }
        return out;
    }
}
