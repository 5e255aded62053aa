package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

/** Decoding straight to grey ({@link ImageExtractor#readGrey}) on the committed phone photos (corpus/ocr/photo). */
class ReadGreyTest {
    private static Path photo(String name) {
        return TestData.root().resolve("corpus/ocr/photo/" + name);
    }

    /** What {@code read} gives on the image file's bytes, from the first reader ImageIO offers (TwelveMonkeys'). */
    private interface Read {
        BufferedImage on(ImageReader reader) throws IOException;
    }

    private static BufferedImage read(byte[] file, Read read) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in, false, false);
                return read.on(reader);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The first frame read by {@code grey} (readGrey) or read as stored then turned grey by {@link Rasters#greyImage}. */
    private static BufferedImage read(Path file, boolean grey) throws IOException {
        return read(Files.readAllBytes(file), grey ? r -> ImageExtractor.readGrey(r, 0) : r -> Rasters.greyImage(r.read(0)));
    }

    /** Largest difference of grey value between the two images, which must have the same size. */
    private static int maxDifference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                max = Math.max(max, Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0)));
            }
        }
        return max;
    }

    /** Mean difference of grey value between the two images, which must have the same size. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) sum += Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0));
        }
        return (double) sum / a.getWidth() / a.getHeight();
    }

    /**
     * A four-plane JPEG whose Adobe APP14 marker says {@code transform} (0: CMYK, 2: YCCK), the page in its K plane
     * ({@code page}'s grey values, 255 = no ink, as Adobe stores it) and the other planes {@code others}: what
     * Photoshop and prepress software write for a page printed in black ink only.
     */
    private static byte[] fourPlaneJpeg(BufferedImage page, int transform, int[] others) throws IOException {
        int w = page.getWidth(), h = page.getHeight();
        WritableRaster planes = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                planes.setPixel(x, y, new int[] {others[0], others[1], others[2], page.getRaster().getSample(x, y, 0)});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.95f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(planes, null, null), param); // a raster: no JFIF, no colour conversion
        } finally {
            writer.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
        byte[] file = new byte[jpeg.length + adobe.length]; // right after SOI
        System.arraycopy(jpeg, 0, file, 0, 2);
        System.arraycopy(adobe, 0, file, 2, adobe.length);
        System.arraycopy(jpeg, 2, file, 2 + adobe.length, jpeg.length - 2);
        return file;
    }

    @Test
    void aColourJpegIsDecodedToGreyWithTheValuesOfAColourDecodeTurnedGrey() throws Exception {
        for (String name : new String[] {"photo4-1200x1600.jpg", "photo5-576x960-progressive.jpg"}) {
            BufferedImage grey = read(photo(name), true);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType(), name);
            assertTrue(maxDifference(grey, read(photo(name), false)) <= 1, name);
        }
    }

    @Test
    void aJpegWhoseReaderRefusesGreyIsReadAsStored() throws Exception {
        Path file = photo("photo3-900x1200-jfif-adobe.jpg");
        BufferedImage stored = read(file, true);
        assertEquals(0, maxDifference(Rasters.greyImage(stored), read(file, false)));
    }

    @Test
    void aYcckJpegIsReadInColourNotAsItsFirstPlane() throws Exception {
        // TwelveMonkeys offers grey for a YCCK JPEG and gives its Y plane: here uniform, the page being in K
        BufferedImage page = read(photo("photo4-1200x1600.jpg"), false);
        byte[] ycck = fourPlaneJpeg(page, 2, new int[] {0, 128, 128});
        BufferedImage read = Rasters.greyImage(read(ycck, r -> ImageExtractor.readGrey(r, 0)));
        double off = meanDifference(read, page);
        assertTrue(off < 3, "the photo's grey values, but for the JPEG's loss: mean difference " + off);
    }

    @Test
    void aReaderThatFailsToDecodeToTheDestinationGivesTheFrameAsStored() throws Exception {
        // TwelveMonkeys refuses 8-bit grey for a CMYK JPEG with an IIOException (it does not offer it, so readGrey
        // never asks: readAs is the fallback that catches a reader that offers and then refuses)
        byte[] cmyk = fourPlaneJpeg(read(photo("photo4-1200x1600.jpg"), false), 0, new int[] {255, 255, 255});
        ImageTypeSpecifier grey = ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_BYTE_GRAY);
        assertThrows(IIOException.class, () -> read(cmyk, r -> {
            ImageReadParam param = r.getDefaultReadParam();
            param.setDestinationType(grey);
            return r.read(0, param);
        }));
        BufferedImage stored = read(cmyk, r -> r.read(0));
        assertEquals(0, maxDifference(read(cmyk, r -> ImageExtractor.readAs(r, 0, grey)), stored));
    }
}
