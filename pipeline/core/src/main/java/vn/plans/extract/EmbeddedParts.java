package vn.plans.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Which parts embedded in an Office file are worth reading as text. Pictures are not: Tika's EMF and WMF parsers
 * return the text records of a picture (often a thumbnail of an OLE object drawn in a font that is not there, so
 * it comes out as runs of {@code ?} that the diacritic restorer would then "repair"), and embedded OLE objects and
 * documents are read for their own text. File names of embedded parts ({@code image7.png}) never reach the text:
 * {@link TikaTextExtractor} switches that off.
 */
final class EmbeddedParts {
    private static final Pattern PICTURE_NAME = Pattern.compile(
            ".*\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|emz|wmz|svg|pict?|wdp|jfif)$");

    private EmbeddedParts() {
    }

    /** False for pictures (by media type or name), true for everything else (OLE objects, embedded documents). */
    static boolean worthReading(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type != null) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.startsWith("image/") || t.contains("emf") || t.contains("wmf")) return false;
        }
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        return name == null || !PICTURE_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
