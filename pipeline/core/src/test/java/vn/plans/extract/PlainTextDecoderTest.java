package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A valid UTF-8 file longer than the probe stays UTF-8 wherever the probe's end falls inside a multi-byte char.
 * The law "Luật bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân" (vi-corpus) has its 65,536th byte on the
 * lead byte of {@code đ}: the probe was judged not UTF-8 and the file was read as VNI, all of it garbled.
 */
class PlainTextDecoderTest {
    /** Lines of that law (Điều 1 to 3 and the passage around its 64 KiB mark). */
    static final String EXCERPT = """
            QUỐC HỘI
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Luật số: 85/2015/QH13
            Hà Nội, ngày 25 tháng 06 năm 2015
            Điều 1. Nguyên tắc bầu cử
            Việc bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân được tiến hành theo nguyên tắc phổ thông, bình đẳng, trực tiếp và bỏ phiếu kín.
            Trên cơ sở ý kiến của hội nghị cử tri, ban lãnh đạo cơ quan tổ chức hội nghị gồm lãnh đạo cơ quan, đại diện tổ chức công đoàn.
            """;

    /**
     * The excerpt repeated past the probe, shifted by leading newlines so that the probe's last byte is the
     * {@code lastBytes}-th byte of a multi-byte char ({@code đ}: 2 bytes, {@code ố}: 3 bytes).
     */
    private static String shifted(char letter, int lastBytes) {
        String body = EXCERPT.repeat(PlainTextDecoder.PROBE_BYTES / EXCERPT.length() + 2);
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] one = String.valueOf(letter).getBytes(StandardCharsets.UTF_8);
        int probeEnd = PlainTextDecoder.PROBE_BYTES; // the probe is bytes [0, probeEnd)
        for (int start = probeEnd - lastBytes; start >= 0; start--) {
            if (matches(b, start, one)) {
                return "\n".repeat(probeEnd - lastBytes - start) + body;
            }
        }
        throw new AssertionError("no " + letter);
    }

    private static boolean matches(byte[] b, int at, byte[] what) {
        for (int i = 0; i < what.length; i++) if (b[at + i] != what[i]) return false;
        return true;
    }

    @ParameterizedTest
    @ValueSource(strings = {"đ1", "ố1", "ố2"})
    void utf8CutInsideACharAtTheProbeEndStaysUtf8(String cut) throws Exception {
        String text = shifted(cut.charAt(0), cut.charAt(1) - '0');
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        PlainTextDecoder.Decoded d = PlainTextDecoder.decode(bytes);
        assertEquals("UTF-8", d.charset());
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), d.text());
    }
}
