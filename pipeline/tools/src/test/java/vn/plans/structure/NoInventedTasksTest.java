package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.eval.RealDocuments;
import vn.plans.ingest.DocumentProcessor;
import vn.plans.model.PlanDocument;
import vn.plans.model.Task;

/**
 * Real documents that used to give invented tasks: blank form cells ({@code Phát: …… / Thu: ……} in the forms of
 * Government resolution 66.18, 129 "tasks"), outline headings of a technical appendix ({@code a) Vị trí, chức năng
 * công trình}, {@code - Quy mô chính} in a design appraisal notice), the list of inspected units of a decision, a
 * procedure table and a submission slip. None of their tasks may be a form cell or an outline heading.
 */
@Tag("integration")
class NoInventedTasksTest {
    private static final List<String> DOCUMENTS = List.of(
            "hnh-sct-vn__NQ-66-18-2026-NQ-CP.docx",
            "tkm-sct-vn__TB-tham-dinh-TKXD-NM-tuyen-apatit-ngheo-AnhNhan-4.2026.doc",
            "hc-sct-vn__QD-thanh-lap-doan-kiem-tra-hoa-chat-2026.docx",
            "hnh-sct-vn__Quy-trinh-noi-bo-TTHC-HHNH.docx",
            "hnh-sct-vn__Phieu-trinh-cap-GP-loai-5-8-DucGiang.docx",
            "hnh-sct-vn__Mau_2_-_Bang_ke_danh_sach_phuong_tien.docx",
            "hnh-sct-vn__Mau-phuong-an-VC-tham-khao.docx");
    /** Dot leaders and ellipses of a form to fill in. */
    private static final Pattern FORM_CELL = Pattern.compile("…{2,}|\\.{4,}|…\\s*…");
    /** A short noun phrase without any word that assigns or acts: an outline heading or a table label. */
    private static final Pattern ACTS = Pattern.compile("(?iU)\\b(?:giao|đề nghị|yêu cầu|chủ trì|phối hợp|trách nhiệm|thực hiện|triển khai|"
            + "báo cáo|kiểm tra|xây dựng|tổ chức|hướng dẫn|tham mưu|rà soát|chuẩn bị|gửi|cung cấp|bảo đảm|đảm bảo|phải|duy trì|tăng cường)\\b");

    static boolean invented(Task t) {
        String text = t.text().strip();
        if (FORM_CELL.matcher(text).find()) return true;
        return text.split("\\s+").length <= 8 && !text.endsWith(".") && !ACTS.matcher(text).find();
    }

    @Test
    void formCellsAndOutlineHeadingsGiveNoTask() throws Exception {
        Path dir = TestData.sharedDir().resolve("corpus-real");
        assumeTrue(Files.isDirectory(dir), "../shared/corpus-real is absent: invented-task check skipped");
        DocumentProcessor p = RealDocuments.processor();
        List<String> found = new ArrayList<>();
        for (String name : DOCUMENTS) {
            PlanDocument d = RealDocuments.process(p, dir.resolve(name));
            for (Task t : d.tasks()) if (invented(t)) found.add(name + ": " + t.text());
        }
        assertEquals(List.of(), found);
    }
}
