package vn.plans.extract;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import vn.plans.ocr.GreyRaster;

/** Java2D images to the OCR package's grey rasters. */
final class Rasters {
    private Rasters() {}

    static GreyRaster grey(BufferedImage img, int dpi) {
        BufferedImage g = greyImage(img);
        byte[] data = ((DataBufferByte) g.getRaster().getDataBuffer()).getData();
        int w = g.getWidth(), h = g.getHeight();
        if (data.length != w * h) { // a sub-image or padded raster: copy row by row
            byte[] px = new byte[w * h];
            g.getRaster().getDataElements(0, 0, w, h, px);
            data = px;
        }
        return new GreyRaster(data, w, h, dpi);
    }

    /** The image in 8-bit grey (itself when it already is), transparent areas white like paper. */
    static BufferedImage greyImage(BufferedImage img) {
        BufferedImage g = img;
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            g = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D gr = g.createGraphics();
            gr.setColor(java.awt.Color.WHITE); // transparent areas read as paper
            gr.fillRect(0, 0, img.getWidth(), img.getHeight());
            gr.drawImage(img, 0, 0, null);
            gr.dispose();
        }
        return g;
    }
}
