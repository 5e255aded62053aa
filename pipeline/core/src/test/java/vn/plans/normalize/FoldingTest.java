package vn.plans.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void removesMarksAndMapsDStroke() {
        assertEquals("tre em khuyet tat", Folding.fold("Trẻ em khuyết tật"));
        assertEquals("dong thap, dao tao", Folding.fold("Đồng Tháp, đào tạo"));
        assertEquals("uy ban nhan dan", Folding.fold("Uỷ ban nhân dân"));
    }

    @Test
    void exactFormIsCanonicalLowerCase() {
        assertEquals(Folding.exact("Ủy ban Hòa bình"), Folding.exact("Uỷ ban Hoà bình"));
        assertEquals("ủy ban", Folding.exact("UỶ BAN"));
    }
}
