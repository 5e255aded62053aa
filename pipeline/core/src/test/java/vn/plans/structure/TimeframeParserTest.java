package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.Timeframe;

class TimeframeParserTest {
    private final TimeframeParser p = new TimeframeParser();

    @Test
    void recurring() {
        Timeframe t = p.parse("Thường xuyên trong năm.");
        assertEquals("recurring", t.kind().json());
        assertEquals("Thường xuyên trong năm", t.raw());
    }

    @Test
    void quarters() { // seed 001, II.9
        Timeframe t = p.parse("Quý II, IV năm 2025");
        assertEquals("quarter", t.kind().json());
        assertEquals(List.of("2025-Q2", "2025-Q4"), t.quarters());
    }

    @Test
    void inlineDeadlines() { // seed 001, V
        String text = "định kỳ trước ngày 15/5/2025 và trước ngày 15/11/2025 báo cáo UBND huyện";
        String raw = p.findInline(text);
        assertEquals("trước ngày 15/5/2025 và trước ngày 15/11/2025", raw);
        Timeframe t = p.parse(raw);
        assertEquals("deadline", t.kind().json());
        assertEquals("2025-05-15", t.deadline());
    }

    @Test
    void yearRangeYearlyAndUnknown() {
        assertEquals("year_range", p.parse("Giai đoạn 2021 - 2025").kind().json());
        assertEquals("2021", p.parse("Giai đoạn 2021 - 2025").start());
        assertEquals("yearly", p.parse("Hằng năm").kind().json());
        assertEquals("year", p.parse("Năm 2027").kind().json());
        assertEquals("unknown", p.parse("Khi có yêu cầu").kind().json());
        assertNull(p.parse("  "));
    }

    /**
     * The gold rules' forms of an inline deadline besides {@code dd/mm/yyyy}: from {@code trước} on ({@code hoàn thành
     * trước ngày …}), the date written out with its year (NQ 66.18), an hour before the day (an invitation); a day and
     * month written out without a year is a reporting period, no deadline (TT 23/2024).
     */
    @Test
    void inlineDeadlinesWrittenOutOrWithAnHour() {
        assertEquals("trước ngày 31/12/2026", p.findInline("hoàn thiện thủ tục, hoàn thành trước ngày 31/12/2026 theo quy định"));
        String written = p.findInline("bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027.");
        assertEquals("trước ngày 01 tháng 3 năm 2027", written);
        assertEquals("2027-03-01", p.parse(written).deadline());
        String hour = p.findInline("gửi về Văn phòng trước 15h00 ngày 15/6/2026 để tổng hợp");
        assertEquals("trước 15h00 ngày 15/6/2026", hour);
        assertEquals("2026-06-15", p.parse(hour).deadline());
        assertNull(p.findInline("báo cáo trước ngày 30 tháng 6 đối với báo cáo sáu tháng"));
    }
}
