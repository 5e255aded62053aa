package vn.plans.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
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

    /** Colour spaces whose decode to 8-bit grey is the luminance a colour decode turned grey has (within a level). */
    private static final Set<String> LUMINANCE_SPACES = Set.of("YCbCr", "GRAY");

    /**
     * Frame {@code index} decoded straight to 8-bit grey where the reader offers that and the frame stores its
     * luminance (grey, or a YCbCr JPEG: libjpeg then decodes only that plane, skipping the colour planes and their
     * conversion; on the 8 phone photos of corpus/ocr/photo 0.015 CPU s per page against 0.045 for colour then
     * {@link Rasters#greyImage}, grey values within one level), else as stored. A YCCK or CMYK JPEG is read as
     * stored: its first plane is no luminance (a YCCK page's is uniform, the text in its K plane), and TwelveMonkeys
     * offers grey for YCCK all the same.
     */
    static BufferedImage readGrey(ImageReader reader, int index) throws IOException {
        return readAs(reader, index, greyType(reader, index));
    }

    /**
     * The reader's 8-bit grey destination for frame {@code index} when the frame's standard metadata names a
     * {@link #LUMINANCE_SPACES luminance space}; null when it does not or the reader cannot tell (nothing read here
     * can fail a frame that the stored read decodes).
     */
    private static ImageTypeSpecifier greyType(ImageReader reader, int index) {
        try {
            if (!LUMINANCE_SPACES.contains(colourSpace(metadata(reader, index)))) return null;
            for (Iterator<ImageTypeSpecifier> types = reader.getImageTypes(index); types.hasNext(); ) {
                ImageTypeSpecifier type = types.next();
                if (type.getBufferedImageType() == BufferedImage.TYPE_BYTE_GRAY) return type;
            }
        } catch (IOException | RuntimeException e) {
            // no grey decode offered: the frame is read as stored, which reports what is wrong with it
        }
        return null;
    }

    /** The standard metadata's colour space name (Chroma/ColorSpaceType), or null. */
    private static String colourSpace(IIOMetadata md) {
        if (md == null || !md.isStandardMetadataFormatSupported()) return null;
        var nodes = ((IIOMetadataNode) md.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName))
                .getElementsByTagName("ColorSpaceType");
        return nodes.getLength() == 0 ? null : ((IIOMetadataNode) nodes.item(0)).getAttribute("name");
    }

    /**
     * Frame {@code index} decoded to {@code destination}, or as stored when that is null or the reader fails to
     * give it for this file (an exception of any kind: TwelveMonkeys offers grey for a JPEG whose JFIF and Adobe
     * markers disagree and then refuses it, "num source &amp; dest bands differ"). Before the stored read the
     * reader starts afresh on its stream, rewound to the start where {@link #extract} put it, so a failed decode
     * leaves nothing behind; a stream the reader has already flushed cannot be rewound, and the decode's own
     * failure is reported.
     */
    static BufferedImage readAs(ImageReader reader, int index, ImageTypeSpecifier destination) throws IOException {
        if (destination == null) return reader.read(index);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setDestinationType(destination);
        try {
            return reader.read(index, param);
        } catch (IOException | RuntimeException e) {
            try {
                ImageInputStream in = (ImageInputStream) reader.getInput();
                in.seek(0);
                reader.setInput(in, false, false);
            } catch (IOException | RuntimeException rewind) {
                e.addSuppressed(rewind);
                throw e;
            }
            return reader.read(index);
        }
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
            IIOMetadataNode root = (IIOMetadataNode) md.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
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
