package vn.plans.extract;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox's renderer with each glyph's origin moved up and left to a whole device pixel before it is filled, as
 * poppler places glyphs (Splash: no fractional glyph positions for glyphs over 4 pixels high), so that every
 * occurrence of a letter at a size has the same pixels and its horizontal edges (baseline, x-height, the bars and
 * tone marks of Vietnamese letters) fall on the pixel grid. PDFBox alone fills each glyph at its exact sub-pixel
 * position, with Java2D's coverage of only 8 sub-rows per pixel, so the same letter comes out blurred differently
 * each time; on TB-1894 forced through OCR that was 3.23% syllable error (1.69% CER) against 2.08% (1.04%) on
 * {@code pdftoppm -r 300 -gray}'s pixels, and the snapped rendering differs from poppler's by 0.13-0.29 grey levels
 * per pixel on average (4.1 and 3.5 before) and reads 2.08% (1.12% CER). A glyph moves by less than one pixel
 * (0.24 pt at 300 dpi); only glyphs drawn from outlines move (Type 3 glyphs, paths and images are as PDFBox draws
 * them). Used for OCR only ({@link PdfPageOcr}, {@link PdfPageImages}).
 */
final class OcrPageRenderer extends PDFRenderer {
    OcrPageRenderer(PDDocument document) {
        super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                    throws IOException {
                super.showFontGlyph(snapped(getGraphics().getTransform(), textRenderingMatrix), font, code, displacement);
            }
        };
    }

    /**
     * The glyph's text rendering matrix (user space) with its origin moved to the whole device pixel at or before
     * it in x and y under the device transform {@code device}; the matrix itself when that transform cannot be
     * inverted.
     */
    static Matrix snapped(AffineTransform device, Matrix textRenderingMatrix) {
        Point2D origin = device.transform(
                new Point2D.Double(textRenderingMatrix.getTranslateX(), textRenderingMatrix.getTranslateY()), null);
        Point2D user;
        try {
            user = device.inverseTransform(new Point2D.Double(Math.floor(origin.getX()), Math.floor(origin.getY())), null);
        } catch (NoninvertibleTransformException e) {
            return textRenderingMatrix;
        }
        Matrix m = textRenderingMatrix.clone();
        m.setValue(2, 0, (float) user.getX());
        m.setValue(2, 1, (float) user.getY());
        return m;
    }
}
