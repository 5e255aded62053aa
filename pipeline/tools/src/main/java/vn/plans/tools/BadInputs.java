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
 * manifest reason must contain. The good PDF under a Vietnamese path with spaces is the control.
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
        m.put("10000-pages.pdf", "too many pages (10000 > ");
        m.put("zip-bomb.docx", "bomb");
        m.put("100-megapixels.png", "100 megapixels");
        m.put("html-named.pdf", null);
        m.put(VIETNAMESE_PATH, null);
        return m;
    }

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
        System.out.println("wrote " + (EXPECTED.size() + EITHER.size()) + " files under " + dir);
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
    static void writeDocx(Path target, int megabytes) throws IOException {
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
