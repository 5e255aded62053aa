package vn.plans.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.load();

    @Test
    void sixtyThreeProvincesMapOntoThirtyFour() {
        assertEquals(63, g.provinces().size());
        assertEquals(34, g.newProvinces().size());
        Set<String> targets = new HashSet<>();
        for (Gazetteer.Province p : g.provinces()) {
            assertNotNull(p.newName(), p.name() + " has no post-2025 province");
            targets.add(p.newName());
        }
        assertEquals(34, targets.size(), "every new province received at least one old one");
    }

    @Test
    void mergersFollowResolution202() {
        assertEquals("Quảng Ngãi", g.newProvinceOf("Kon Tum"));
        assertEquals("Tuyên Quang", g.newProvinceOf("Hà Giang"));
        assertEquals("Hồ Chí Minh", g.newProvinceOf("Bình Dương"));
        assertEquals("Hồ Chí Minh", g.newProvinceOf("Bà Rịa - Vũng Tàu"));
        assertEquals("Đà Nẵng", g.newProvinceOf("tỉnh Quảng Nam"));
        assertEquals("Lào Cai", g.newProvinceOf("Yên Bái"));
        assertEquals("Lai Châu", g.newProvinceOf("Lai Châu"), "unmerged provinces map to themselves");
        assertEquals("Phú Thọ", g.newProvinceOf("Hòa Bình"), "either tone placement");
    }

    @Test
    void districtsResolveFoldedAndAmbiguousNamesAreKept() {
        assertEquals("Quảng Ngãi", g.districtsNamed("Ba Tơ").get(0).province().name());
        assertEquals("Quảng Ngãi", g.districtsNamed("BA TO").get(0).province().name());
        assertTrue(g.districtsNamed("Sơn Tây").size() >= 2, "Sơn Tây is a town of Hà Nội and a district of Quảng Ngãi");
        assertEquals("Lai Châu", g.districtsNamed("Tam Đường").get(0).province().name());
    }
}
