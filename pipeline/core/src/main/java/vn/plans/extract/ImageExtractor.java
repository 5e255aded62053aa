package vn.plans.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.ocr.GreyRaster;
import vn.plans.ocr.OcrResult;
import vn.plans.ocr.OcrService;
import vn.plans.model.FailureReason;

/**
 * Raster images (PNG, JPEG, TIFF including multi-page, BMP, GIF, WebP) straight to OCR, one page per frame. Files
 * are decoded by the TwelveMonkeys ImageIO plugins where they apply (progressive, CMYK/YCCK and JPEGs whose JFIF,
 * Adobe and EXIF markers disagree, which the JDK's reader refuses with "Inconsistent metadata read from stream";
 * TIFF with JPEG, LZW or CCITT compression; WebP), the JDK's readers being the fallback; the EXIF orientation
 * phones write is applied ({@link ExifOrientation}). The resolution comes from the file's metadata when it states
 * one, else from the width assuming an A4 portrait page (a phone photo of a page has no meaningful DPI tag).
 */
public final class ImageExtractor implements Extractor {
    private static final double A4_WIDTH_INCHES = 8.27;
    private final OcrService ocr;

    public ImageExtractor(OcrService ocr) {
        this.ocr = ocr;
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        int orientation = ExifOrientation.of(file);
        List<String> failures = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) throw new ExtractionException(FailureReason.Cause.UNREADABLE, "unreadable image file");
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new ExtractionException(FailureReason.Cause.UNSUPPORTED, "no image reader for " + mediaType);
            while (readers.hasNext()) { // TwelveMonkeys' readers come first; the JDK's are the fallback
                ImageReader reader = readers.next();
                try {
                    in.seek(0);
                    reader.setInput(in, false, false);
                    BufferedImage first = readGrey(reader, 0); // a reader that cannot decode the file fails here
                    return recognize(reader, first, orientation);
                } catch (IOException | RuntimeException e) {
                    failures.add(e.getMessage() == null ? e.toString() : e.getMessage());
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.CORRUPT, "damaged image: " + e.getMessage(), e);
        }
        throw new ExtractionException(FailureReason.Cause.CORRUPT, "damaged image: " + String.join("; ", failures));
    }

    /** OCR of every frame; the EXIF orientation turns each upright before its resolution is estimated. */
    private ExtractedDocument recognize(ImageReader reader, BufferedImage first, int orientation) throws IOException {
        int frames = reader.getNumImages(true);
        if (frames < 1) throw new IOException("image file has no frames");
        List<OcrResult> results = ocr.recognize(new OcrService.PageSource() {
            @Override
            public int pageCount() {
                return frames;
            }

            @Override
            public GreyRaster page(int index) throws IOException {
                BufferedImage img = ExifOrientation.apply(Rasters.greyImage(index == 0 ? first : readGrey(reader, index)), orientation);
                return Rasters.grey(img, dpi(metadata(reader, index), img.getWidth()));
            }
        });
        List<Page> pages = new ArrayList<>(frames);
        List<String> warnings = new ArrayList<>();
        if (orientation != ExifOrientation.UPRIGHT) warnings.add("image turned upright (EXIF orientation " + orientation + ")");
        for (int i = 0; i < frames; i++) {
            OcrResult r = results.get(i);
            pages.add(new Page(i + 1, r.text(), ExtractionMethod.OCR, null, r.confidence()));
            if (r.warning() != null) warnings.add(r.warning());
        }
        return new ExtractedDocument(pages, List.of(), warnings);
    }

    /**
     * Frame {@code index} decoded straight to 8-bit grey where the reader offers that (a colour JPEG: libjpeg then
     * decodes only the luminance, skipping the colour planes and their conversion; on the 8 phone photos of
     * corpus/ocr/photo 0.015 CPU s per page against 0.045 for colour then {@link Rasters#greyImage}, the same grey
     * values), else as stored. A reader may offer grey and still refuse it for one file (TwelveMonkeys on a JPEG
     * whose JFIF and Adobe markers disagree: "num source &amp; dest bands differ", before decoding anything): that
     * file is read as stored.
     */
    static BufferedImage readGrey(ImageReader reader, int index) throws IOException {
        for (Iterator<ImageTypeSpecifier> types = reader.getImageTypes(index); types.hasNext(); ) {
            ImageTypeSpecifier type = types.next();
            if (type.getBufferedImageType() != BufferedImage.TYPE_BYTE_GRAY) continue;
            ImageReadParam param = reader.getDefaultReadParam();
            param.setDestinationType(type);
            try {
                return reader.read(index, param);
            } catch (IllegalArgumentException e) {
                break; // the reader cannot give grey for this file: read it as stored
            }
        }
        return reader.read(index);
    }

    /** The frame's metadata, or null when the reader cannot make sense of it (the pixels may still be fine). */
    private static IIOMetadata metadata(ImageReader reader, int index) {
        try {
            return reader.getImageMetadata(index);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** DPI from the standard metadata tree (millimetres per pixel), else estimated from an A4 width. */
    static int dpi(IIOMetadata md, int widthPx) {
        int estimated = (int) Math.round(widthPx / A4_WIDTH_INCHES);
        if (md != null && md.isStandardMetadataFormatSupported()) {
            IIOMetadataNode root = (IIOMetadataNode) md.getAsTree("javax_imageio_1.0");
            var nodes = root.getElementsByTagName("HorizontalPixelSize");
            if (nodes.getLength() > 0) {
                try {
                    double mmPerPixel = Double.parseDouble(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
                    int dpi = (int) Math.round(25.4 / mmPerPixel);
                    // trust a stated resolution only when it fits a page (72 dpi defaults of screenshots do not)
                    if (dpi >= 100 && dpi <= 1200 && Math.abs(widthPx / (double) dpi - A4_WIDTH_INCHES) < 4) return dpi;
                } catch (NumberFormatException e) {
                    // fall through to the estimate
                }
            }
        }
        return Math.max(70, Math.min(600, estimated));
    }
}
