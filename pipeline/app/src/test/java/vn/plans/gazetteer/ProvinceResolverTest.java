package vn.plans.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.InputFiles;
import vn.plans.structure.BasicStructureExtractor;

@org.junit.jupiter.api.Tag("integration")
class ProvinceResolverTest {
    private final ProvinceResolver resolver = new ProvinceResolver(Gazetteer.load());

    @Test
    void districtIssuerResolvesToItsProvince() {
        ProvinceMatch m = resolver.resolve("UỶ BAN NHÂN DÂN\nHUYỆN BA TƠ", null, "", "");
        assertEquals("Quảng Ngãi", m.province());
        assertEquals("Quảng Ngãi", m.newProvince());
    }

    @Test
    void placeLineAloneResolves() {
        assertEquals("Quảng Ngãi", resolver.resolve("", null, "Ba Tơ, ngày 10 tháng 4 năm 2025\nKẾ HOẠCH", "").province());
        assertEquals("Lai Châu", resolver.resolve("", "Tam Đường", "", "").province());
    }

    @Test
    void ambiguousDistrictIsSettledByTheCitedProvince() {
        String page = "Sơn Tây, ngày 04 tháng 4 năm 2025\nThực hiện Kế hoạch số 65/UBND của tỉnh Quảng Ngãi";
        assertEquals("Quảng Ngãi", resolver.resolve("", null, page, "").province());
        String hanoi = "Sơn Tây, ngày 04 tháng 4 năm 2025\nThực hiện Kế hoạch của UBND thành phố Hà Nội";
        assertEquals("Hà Nội", resolver.resolve("", null, hanoi, "").province());
    }

    @Test
    void mergedProvinceIsReportedBeside() {
        ProvinceMatch m = resolver.resolve("UBND TỈNH KON TUM", null, "", "");
        assertEquals("Kon Tum", m.province());
        assertEquals("Quảng Ngãi", m.newProvince());
    }

    @Test
    void ordinaryWordsAreNoPlaces() {
        assertNull(resolver.resolve("", null, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "các cơ quan, đơn vị thực hiện quyền trẻ em", ""));
    }

    @Test
    void everySeedResolvesToItsProvince() throws Exception {
        DocumentProcessor p = new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
                new BasicStructureExtractor());
        Map<String, String> expected = Map.of(
                "000_", "Quảng Ngãi",   // UBND HUYỆN BA TƠ; Ba Tơ, ngày ...; UBND tỉnh Quảng Ngãi
                "001_", "Quảng Ngãi",   // Sơn Tây, ngày ... (Hà Nội or Quảng Ngãi); của tỉnh Quảng Ngãi
                "002_", "Lai Châu",     // Tam Đường, ngày ...; UBND tỉnh Lai Châu
                "003_", "Hải Phòng",    // thành phố Hải Phòng
                "004_", "Sơn La");      // OCR without diacritics: TINH SON LA; Son La, ngay ...
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Path f = TestData.seed(e.getKey());
            String sha = InputFiles.sha256(f);
            PlanDocument d = p.process(f, new SourceInfo(f.toString(), "text/plain", sha, 0), sha.substring(0, 16));
            assertEquals(e.getValue(), d.header().province(), f.getFileName() + ": " + resolver.resolve(d));
        }
    }
}
