package vn.plans.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.FailureReason;

/**
 * Plain text files, decoded by {@link PlainTextDecoder} (the charset that gives Vietnamese syllables: UTF-8,
 * UTF-16 with or without BOM, Windows-1258, TCVN3, VNI), as one page. Anything but UTF-8 is named in a warning.
 */
final class PlainTextExtractor implements Extractor {
    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.UNREADABLE, "unreadable file: " + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new ExtractionException(FailureReason.Cause.EMPTY, "empty file (0 bytes)");
        PlainTextDecoder.Decoded d = PlainTextDecoder.decode(bytes);
        String text = d.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new ExtractionException(FailureReason.Cause.NO_TEXT, "no text found in " + mediaType);
        List<String> warnings = new ArrayList<>();
        if (d.charset().equals(LegacyEncodings.TCVN3) || d.charset().equals(LegacyEncodings.VNI)) {
            warnings.add("converted legacy " + d.charset() + " text to Unicode");
        } else if (!d.charset().equals("UTF-8")) {
            warnings.add("plain text read as " + d.charset());
        }
        return new ExtractedDocument(List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT)), List.of(), warnings);
    }
}
