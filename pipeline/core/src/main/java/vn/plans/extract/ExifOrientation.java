package vn.plans.extract;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * The EXIF orientation of a JPEG (tag 274: 1 upright, 3 upside down, 6 and 8 turned a quarter, 2/4/5/7 mirrored):
 * phones store the sensor's pixels and say in this tag how to turn them, so a page photographed in landscape grip
 * arrives on its side unless the tag is applied. Read with TwelveMonkeys' segment and TIFF readers.
 */
final class ExifOrientation {
    static final int UPRIGHT = 1;
    private static final int TAG_ORIENTATION = 274;

    private ExifOrientation() {}

    /** The orientation a JPEG's EXIF block states, or {@link #UPRIGHT} when it states none (or is not a JPEG). */
    static int of(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return UPRIGHT;
            int b0 = in.read(), b1 = in.read();
            if (b0 != 0xFF || b1 != 0xD8) return UPRIGHT;
            in.seek(0);
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, 0xFFE1, "Exif");
            if (exif.isEmpty()) return UPRIGHT;
            InputStream data = exif.getFirst().data();
            data.read(); // the pad byte after "Exif\0"
            try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                Directory dir = new TIFFReader().read(tiff);
                Entry e = dir.getEntryById(TAG_ORIENTATION);
                if (e == null || !(e.getValue() instanceof Number n)) return UPRIGHT;
                int o = n.intValue();
                return o >= 1 && o <= 8 ? o : UPRIGHT;
            }
        } catch (IOException | RuntimeException e) {
            return UPRIGHT; // a damaged EXIF block must not cost the page: read it as stored
        }
    }

    /** A grey image turned (and mirrored) upright as {@code orientation} says. */
    static BufferedImage apply(BufferedImage grey, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) return grey;
        int w = grey.getWidth(), h = grey.getHeight();
        // where pixel (x, y) goes: AffineTransform(m00, m10, m01, m11, m02, m12), x' = m00 x + m01 y + m02
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turn a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transverse
            default -> new AffineTransform(0, -1, 1, 0, 0, w);  // 8: a quarter counter-clockwise
        };
        boolean quarter = orientation >= 5;
        BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(grey, out);
    }
}
