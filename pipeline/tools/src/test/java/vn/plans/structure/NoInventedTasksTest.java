package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import vn.plans.model.PlanDocument;
import vn.plans.model.Task;
import vn.plans.pipeline.DocumentProcessor;

/**
 * Every document of {@code ../shared/corpus-real} (one pipeline, no OCR): no task may be a blank form cell ({@code
 * Phát: …… / Thu: ……}), an outline heading of a technical appendix ({@code a) Vị trí, chức năng công trình}, {@code -
 * Quy mô chính}) or a field line of the item above ({@code Đơn vị chủ trì: …; Đơn vị phối hợp: …}, {@code Thời gian
 * thực hiện: …}). The documents named in {@link #KNOWN} are those that used to give such tasks: the forms of Government
 * resolution 66.18 (129 "tasks"), the technical appendix of the TKXD appraisal notice (337), the list of inspected
 * units of a decision, a procedure table, a submission slip and two forms.
 */
@Tag("integration")
class NoInventedTasksTest {
    static final List<String> KNOWN = List.of(
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

    /** A field line of an item: its lead, partner or time ({@code Đơn vị chủ trì: Sở Công Thương}). */
    private static final Pattern FIELD_LINE = Pattern.compile("(?iU)^(?:đơn vị|cơ quan)\\s+(?:chủ trì|phối hợp)\\s*:|^thời (?:gian|hạn) (?:thực hiện|hoàn thành)\\s*:");

    static boolean invented(Task t) {
        String text = t.text().strip();
        if (FORM_CELL.matcher(text).find() || FIELD_LINE.matcher(text).find()) return true;
        return text.split("\\s+").length <= 8 && !text.endsWith(".") && !ACTS.matcher(text).find();
    }

    @Test
    void formCellsAndOutlineHeadingsGiveNoTask() throws Exception {
        Path dir = TestData.sharedDir().resolve("corpus-real");
        assumeTrue(Files.isDirectory(dir), "../shared/corpus-real is absent: invented-task check skipped");
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (String name : KNOWN) assertTrue(Files.exists(dir.resolve(name)), "missing " + name);
        DocumentProcessor p = RealDocuments.processor();
        List<String> found = new ArrayList<>();
        int tasks = 0;
        for (Path f : files) {
            PlanDocument d;
            try {
                d = RealDocuments.process(p, f);
            } catch (Exception e) {
                continue; // a file the pipeline refuses gives an error record and no task
            }
            tasks += d.tasks().size();
            for (Task t : d.tasks()) if (invented(t)) found.add(f.getFileName() + ": " + t.text());
        }
        assertTrue(files.size() >= 100, "corpus-real holds " + files.size() + " files");
        assertTrue(tasks > 0, "no task at all: the check would pass vacuously");
        assertEquals(List.of(), found);
    }
}
