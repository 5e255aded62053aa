package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

/** Decoding straight to grey ({@link ImageExtractor#readGrey}) on the committed phone photos (corpus/ocr/photo). */
class ReadGreyTest {
    private static Path photo(String name) {
        return TestData.root().resolve("corpus/ocr/photo/" + name);
    }

    /** The first frame read by {@code grey} (readGrey) or read as stored then turned grey by {@link Rasters#greyImage}. */
    private static BufferedImage read(Path file, boolean grey) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in, false, false);
                return grey ? ImageExtractor.readGrey(reader, 0) : Rasters.greyImage(reader.read(0));
            } finally {
                reader.dispose();
            }
        }
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
}
