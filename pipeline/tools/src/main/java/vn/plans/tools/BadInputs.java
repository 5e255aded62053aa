package vn.plans.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a corpus of hostile inputs for testing bulk ingest: {@code BadInputs DIR}. Each file is generated (none is
 * committed: some are huge when opened) and named for what is wrong with it; {@link #EXPECTED} says which words the
 * manifest reason of a failed (or, for a file that must be ingested, ok) entry must contain, {@link #REFUSED} which
 * words the reason of a path skipped while walking must contain. The good PDF under a Vietnamese path with spaces is
 * the control. Two entries defeat a plain {@code rm -rf} or a Java tree walk (a directory nobody may list, and one
 * whose path is longer than the kernel accepts): {@link #remove} deletes the corpus.
 */
public final class BadInputs {
    private BadInputs() {}

    /** A clean Vietnamese PDF; lives under a path with Vietnamese letters and spaces. */
    public static final String VIETNAMESE_PATH = "thư mục có dấu/Kế hoạch số 12 – bản sao.pdf";

    /** File name → a word its failure reason must contain, or {@code null} when the file must be ingested. */
    public static final Map<String, String> EXPECTED = expected();

    private static Map<String, String> expected() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("truncated.pdf", "truncated");
        m.put("encrypted.pdf", "encrypted");
        m.put("zero-bytes.pdf", "empty");
        m.put("10000-pages.pdf", "too many pages: 10000 in the page tree > limit 2000 (--max-pages raises it)");
        m.put("zip-bomb.docx", "decompression bomb: 201 MB (inflated before stopping in word/document.xml");
        m.put("100-megapixels.png", "image too large: 100 megapixels (frame 1 of 1: 10000 x 10000) > limit 50 megapixels");
        m.put("html-named.pdf", "read as text/html: the name says .pdf");
        m.put(VIETNAMESE_PATH, null);
        // detection parses a zip's [Content_Types].xml: it runs in the worker, after the expansion is counted
        m.put("content-types-bomb.docx", "decompression bomb: 201 MB (inflated before stopping in [Content_Types].xml");
        m.put("lying-count.pdf", "too many pages: 3000 in the page tree (its /Count says 1) > limit 2000");
        m.put("2500-frames.tif", "too many pages: 2500 image frames > limit 2000 (--max-pages raises it)");
        m.put("frame-2-400-megapixels.tif", "image too large: 400 megapixels (frame 2 of 2: 20000 x 20000)");
        m.put("central-directory-bomb.docx", "decompression bomb: 201 MB (inflated before stopping in word/document.xml; the zip declares 1 MB)");
        m.put("embedded-package-bomb.docx", "decompression bomb: 201 MB (inflated before stopping in "
                + "word/embeddings/Microsoft_Excel_Worksheet1.xlsx/xl/worksheets/sheet1.xml");
        m.put("sparse-2-gb.txt", "too much text: 2148 MB in the file > limit 16 MB (--max-text-mb raises it)");
        m.put("utf-16-without-bom.pdf", "read as text/plain: the name says .pdf");
        m.put(NEWLINE_NAME, "empty file");
        return m;
    }

    /** A file name with a newline that, printed raw, would forge a summary line. */
    public static final String NEWLINE_NAME = "forged\n  skipped: all good.txt";

    /** A symlink to the host's password file: outside the input roots, so never followed. */
    public static final String PASSWD_LINK = "passwd.txt";

    /**
     * A directory whose path is longer than the kernel's PATH_MAX (4096 bytes): nobody, root included, can list it by
     * its path, so it stands for an unreadable directory where permissions cannot (tests run as root).
     */
    public static final String TOO_DEEP = "too deep";

    /** A directory with mode 000: unreadable for anyone but root. */
    public static final String LOCKED = "locked dir";

    /** Path (under the corpus) → a word the reason of its skipped entry must contain. */
    public static final Map<String, String> REFUSED = Map.of(
            PASSWD_LINK, "symlink to /etc/passwd, outside the input roots (not followed)",
            TOO_DEEP, "File name too long");

    /** Files that must be ingested (ok); their {@link #EXPECTED} value, when not null, is the note on their entry. */
    public static final java.util.Set<String> INGESTED = java.util.Set.of(VIETNAMESE_PATH, "html-named.pdf",
            "utf-16-without-bom.pdf");

    /** Files whose outcome depends on where the damage lands: they must get an entry, ok or failed with a reason. */
    public static final List<String> EITHER = List.of("bit-flipped.pdf", "nested-tables.docx");

    static final String TEXT = """
            ỦY BAN NHÂN DÂN TỈNH LÀO CAI
            KẾ HOẠCH
            Kiểm tra an toàn vật liệu nổ công nghiệp năm 2026
            I. MỤC ĐÍCH, YÊU CẦU
            1. Đánh giá việc chấp hành quy định về bảo quản, sử dụng vật liệu nổ công nghiệp.
            2. Kịp thời phát hiện, xử lý vi phạm; hướng dẫn khắc phục tồn tại.
            II. NỘI DUNG
            Sở Công Thương chủ trì, phối hợp Công an tỉnh kiểm tra các đơn vị trong quý III năm 2026.""";

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BadInputs DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        writeAll(dir);
        System.out.println("wrote " + (EXPECTED.size() + EITHER.size() + REFUSED.size() + 1) + " files under " + dir
                + " (remove with: chmod -R u+rwx DIR && rm -rf DIR)");
    }

    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[] good = goodPdf();
        Path vi = dir.resolve(VIETNAMESE_PATH);
        Files.createDirectories(vi.getParent());
        Files.write(vi, good);
        Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(good, good.length * 6 / 10));
        Files.write(dir.resolve("bit-flipped.pdf"), bitFlipped(good));
        Files.write(dir.resolve("encrypted.pdf"), encrypted());
        Files.write(dir.resolve("zero-bytes.pdf"), new byte[0]);
        Files.write(dir.resolve("10000-pages.pdf"), manyPages(10_000));
        writeDocx(dir.resolve("zip-bomb.docx"), 400);
        Files.write(dir.resolve("nested-tables.docx"), nestedTables(3000));
        Files.write(dir.resolve("100-megapixels.png"), blankPng(10_000, 10_000));
        Files.writeString(dir.resolve("html-named.pdf"),
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Trang tin</title></head><body>"
                        + "<p>Đây là trang web được lưu với đuôi .pdf, không phải tệp PDF.</p></body></html>");
        writeContentTypesBomb(dir.resolve("content-types-bomb.docx"), 210);
        Files.write(dir.resolve("lying-count.pdf"), lyingCount(3000, 1));
        Files.write(dir.resolve("2500-frames.tif"), tiff(java.util.Collections.nCopies(2500, new int[] {8, 8})));
        Files.write(dir.resolve("frame-2-400-megapixels.tif"), tiff(List.of(new int[] {800, 1000}, new int[] {20_000, 20_000})));
        writeCentralDirectoryBomb(dir.resolve("central-directory-bomb.docx"), 210);
        writeEmbeddedPackageBomb(dir.resolve("embedded-package-bomb.docx"), 210);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("sparse-2-gb.txt").toFile(), "rw")) {
            f.write(TEXT.getBytes(StandardCharsets.UTF_8));
            f.setLength(2L << 30); // sparse: 2 GiB of zeros that take no disk
        }
        Files.write(dir.resolve("utf-16-without-bom.pdf"), TEXT.getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve(NEWLINE_NAME), new byte[0]);
        Files.createSymbolicLink(dir.resolve(PASSWD_LINK), Path.of("/etc/passwd"));
        Path locked = Files.createDirectories(dir.resolve(LOCKED));
        Files.writeString(locked.resolve("inside.txt"), TEXT);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        tooDeep(Files.createDirectories(dir.resolve(TOO_DEEP)));
    }

    /** Deletes a corpus written by {@link #writeAll} (the locked and the too-deep directories included). */
    public static void remove(Path dir) throws IOException, InterruptedException {
        if (!Files.exists(dir)) return;
        Process p = new ProcessBuilder("sh", "-c", "chmod -R u+rwx \"$1\" 2>/dev/null; rm -rf \"$1\"", "sh", dir.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0 || Files.exists(dir)) throw new IOException("could not remove " + dir);
    }

    /**
     * A chain of directories with 200-letter names, created one level at a time relative to the last (the kernel
     * refuses absolute paths over 4096 bytes, so Java cannot), 24 levels: about 4,800 bytes, with a text file at the
     * bottom.
     */
    static void tooDeep(Path top) throws IOException {
        String script = "n=$(printf 'd%.0s' $(seq 200)); i=0; while [ $i -lt 24 ]; do mkdir \"$n\" && cd \"$n\" || exit 1; "
                + "i=$((i+1)); done; printf '%s\n' \"$1\" > ke-hoach.txt";
        Process p = new ProcessBuilder("bash", "-c", script, "bash", TEXT).directory(top.toFile()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IOException("could not build the too-deep directory: " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A PDF of {@code pages} blank pages whose page tree root says {@code /Count declared}. */
    public static byte[] lyingCount(int pages, int declared) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) doc.addPage(new PDPage());
            doc.getPages().getCOSObject().setInt(org.apache.pdfbox.cos.COSName.COUNT, declared);
            return save(doc);
        }
    }

    /**
     * A little-endian TIFF with one bilevel frame per {@code {width, height}}: the pixels of each frame are one
     * deflated strip of white, so a 20,000 x 20,000 frame takes a few KB.
     */
    public static byte[] tiff(List<int[]> frames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        out.write(head.array());
        java.util.Map<Long, byte[]> strips = new java.util.HashMap<>();
        for (int f = 0; f < frames.size(); f++) {
            int w = frames.get(f)[0], h = frames.get(f)[1];
            long raw = (long) (w + 7) / 8 * h;
            byte[] strip = strips.computeIfAbsent(raw, BadInputs::deflatedZeros);
            long stripAt = out.size() + 2 + 9 * 12 + 4;
            long next = stripAt + strip.length + (strip.length % 2);
            java.nio.ByteBuffer ifd = java.nio.ByteBuffer.allocate(2 + 9 * 12 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            ifd.putShort((short) 9);
            tag(ifd, 256, 4, w);          // ImageWidth
            tag(ifd, 257, 4, h);          // ImageLength
            tag(ifd, 258, 3, 1);          // BitsPerSample
            tag(ifd, 259, 3, 8);          // Compression: Deflate
            tag(ifd, 262, 3, 0);          // Photometric: WhiteIsZero
            tag(ifd, 273, 4, stripAt);    // StripOffsets
            tag(ifd, 277, 3, 1);          // SamplesPerPixel
            tag(ifd, 278, 4, h);          // RowsPerStrip
            tag(ifd, 279, 4, strip.length); // StripByteCounts
            ifd.putInt(f == frames.size() - 1 ? 0 : (int) next);
            out.write(ifd.array());
            out.write(strip);
            if (strip.length % 2 == 1) out.write(0);
        }
        return out.toByteArray();
    }

    private static void tag(java.nio.ByteBuffer b, int tag, int type, long value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) b.putShort((short) value).putShort((short) 0);
        else b.putInt((int) value);
    }

    private static byte[] deflatedZeros(long n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] zeros = new byte[1 << 16];
            for (long left = n; left > 0; left -= zeros.length) z.write(zeros, 0, (int) Math.min(zeros.length, left));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX whose {@code [Content_Types].xml} is {@code megabytes} MB (blank space inside its root element). */
    public static void writeContentTypesBomb(Path target, int megabytes) throws IOException {
        String open = CONTENT_TYPES.substring(0, CONTENT_TYPES.indexOf("</Types>"));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(open.getBytes(StandardCharsets.UTF_8));
            writeRepeated(zip, (byte) ' ', megabytes * 1_000_000L);
            zip.write("</Types>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", (DOC_OPEN + paragraph(TEXT) + DOC_CLOSE).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeRepeated(OutputStream out, byte b, long n) throws IOException {
        byte[] block = new byte[1 << 16];
        Arrays.fill(block, b);
        for (long left = n; left > 0; left -= block.length) out.write(block, 0, (int) Math.min(block.length, left));
    }

    private static String paragraph(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) sb.append("<w:p><w:r><w:t>").append(line).append("</w:t></w:r></w:p>");
        return sb.toString();
    }

    /**
     * The {@code zip-bomb.docx} of {@code megabytes} MB whose central directory and local header declare every
     * entry's uncompressed size as 1 byte: a check that sums declared sizes sees nothing.
     */
    public static void writeCentralDirectoryBomb(Path target, int megabytes) throws IOException {
        writeDocx(target, megabytes);
        byte[] b = Files.readAllBytes(target);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= b.length; i++) {
            int sig = buf.getInt(i);
            if (sig == 0x02014b50) buf.putInt(i + 24, 1);       // central directory: uncompressed size
            else if (sig == 0x08074b50) buf.putInt(i + 12, 1);  // data descriptor: uncompressed size
        }
        Files.write(target, b);
    }

    /**
     * A small, valid DOCX that embeds an XLSX (as Word embeds a worksheet) whose sheet inflates to {@code megabytes}
     * MB: the outer zip declares only the embedded package's compressed bytes.
     */
    public static void writeEmbeddedPackageBomb(Path target, int megabytes) throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>Kế hoạch</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * 1000];
            for (int i = 0; i < 1000; i++) System.arraycopy(row, 0, block, i * row.length, row.length);
            for (long left = megabytes * 1_000_000L; left > 0; left -= block.length) zip.write(block);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", (DOC_OPEN + paragraph(TEXT) + DOC_CLOSE).getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/embeddings/Microsoft_Excel_Worksheet1.xlsx", xlsx.toByteArray());
        }
    }

    private static PDFont font(PDDocument doc) throws IOException {
        for (String f : List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf")) {
            if (Files.exists(Path.of(f))) return PDType0Font.load(doc, Path.of(f).toFile());
        }
        throw new IOException("no DejaVuSans.ttf for Vietnamese text (apt-get install fonts-dejavu-core)");
    }

    static byte[] goodPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = font(doc);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(16);
                cs.newLineAtOffset(50, 740);
                for (String line : TEXT.split("\n")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            return save(doc);
        }
    }

    /** Flips 1 byte in 200 after the header, always at the same places. */
    static byte[] bitFlipped(byte[] pdf) {
        byte[] b = pdf.clone();
        Random r = new Random(42);
        for (int i = 0; i < b.length / 200; i++) {
            int at = 16 + r.nextInt(b.length - 16);
            b[at] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
    }

    static byte[] encrypted() throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(goodPdf())) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            return save(doc);
        }
    }

    static byte[] manyPages(int n) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= n; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, 740);
                    cs.showText("Trang " + i + " cua tai lieu thu nghiem");
                    cs.endText();
                }
            }
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>";
    private static final String DOC_OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String DOC_CLOSE = "</w:body></w:document>";

    /** A valid DOCX whose document.xml is {@code megabytes} MB of one repeated paragraph (a few hundred KB zipped). */
    public static void writeDocx(Path target, int megabytes) throws IOException {
        byte[] para = "<w:p><w:r><w:t>Kế hoạch kiểm tra an toàn vật liệu nổ công nghiệp năm 2026. </w:t></w:r></w:p>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[para.length * 1000];
        for (int i = 0; i < 1000; i++) System.arraycopy(para, 0, block, i * para.length, para.length);
        long blocks = megabytes * 1_000_000L / block.length;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(DOC_OPEN.getBytes(StandardCharsets.UTF_8));
            for (long i = 0; i < blocks; i++) zip.write(block);
            zip.write(DOC_CLOSE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A DOCX whose table cells hold tables {@code depth} levels deep. */
    static byte[] nestedTables(int depth) throws IOException {
        String open = "<w:tbl><w:tr><w:tc>", close = "<w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        String xml = DOC_OPEN + open.repeat(depth) + "<w:p><w:r><w:t>Nội dung lồng sâu</w:t></w:r></w:p>"
                + close.repeat(depth) + DOC_CLOSE;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A one-colour 1-bit greyscale PNG: width x height pixels in a small file. */
    static byte[] blankPng(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        writeInt(ihdr, width);
        writeInt(ihdr, height);
        ihdr.write(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, no filter, no interlace
        chunk(png, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (width + 7) / 8];
        Arrays.fill(row, 1, row.length, (byte) 0xFF);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (int y = 0; y < height; y++) z.write(row);
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        writeInt(png, data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        png.write(t);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        writeInt(png, (int) crc.getValue());
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }
}
