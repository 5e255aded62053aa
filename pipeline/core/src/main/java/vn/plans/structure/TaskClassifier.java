package vn.plans.structure;

import java.util.regex.Pattern;

/**
 * Is this unit of a document an assignment? {@link #RULES} is the default: a unit is a task when it has an assigning
 * frame and a doer (its own or its container's), or when it is an action item under a container that names a doer;
 * never when it is a form cell, an outline heading or fact line ({@code Thời gian: …}), preamble or a closing
 * formula. {@link MaxentTaskClassifier} is the trained alternative.
 */
public interface TaskClassifier {
    /** The decision and what made it ({@code rule:frame}, {@code rule:inherited}, {@code model:maxent}...). */
    record Decision(boolean task, String evidence) {}

    /**
     * @param kind the unit's shape: A(rticle), N(umbered), L(ettered), B(ullet), P(aragraph)
     * @param inheritedDoer whether a container above names a doer
     */
    Decision decide(String text, char kind, boolean inheritedDoer);

    /** A short label before a colon ({@code Thời gian: …}, {@code Địa điểm: …}): a fact line, unless it names a doer. */
    Pattern FACT_LABEL = Pattern.compile("(?U)^[^:\\s]+(?:\\s[^:\\s]+){0,3}:\\s");

    /** A noun phrase and what it holds ({@code Danh mục tài sản kết cấu hạ tầng gồm: …}, {@code Hồ sơ bao gồm: …}). */
    Pattern CONTENT = Pattern.compile("(?U)^([^:;.]{2,80}?)\\s+(?:bao\\s+)?gồm\\s*:\\s*\\S");

    /**
     * {@code Label: short value} ({@code Trung tâm cấp cứu y tế: 115}, {@code Số điện thoại: xxxxxxxx}): a fact; a colon
     * between digits is a number's ({@code … việc thực hiện Sửa đổi 1:2027 QCVN 12:2021/BCT;}).
     */
    Pattern SHORT_VALUE = Pattern.compile("(?U)^[^:]{2,80}(?<!\\d):(?!\\d)\\s*(?:\\S+(?:\\s+\\S+){0,2})?\\s*$");

    /**
     * Never a task, whichever reader found it: blanks of a form, a label with a short value, or a whole form or table
     * flattened into one passage (table markup in a long text).
     */
    static boolean isNoise(String text) {
        String t = text.strip();
        // "… đề nghị Công ty bổ sung các tài liệu sau:" is a request over the papers it lists, no label without its value
        boolean request = t.endsWith(":") && AssignmentRules.get().asksAddressee(t);
        return AssignmentRules.isFormCell(t) || SHORT_VALUE.matcher(t).matches() && !request
                || t.length() > 600 && t.contains(" | ") || t.contains("[ ]");
    }

    TaskClassifier RULES = (text, kind, inherited) -> {
        AssignmentRules rules = AssignmentRules.get();
        String t = text.strip();
        if (t.length() < 12 || t.endsWith(":")) return new Decision(false, "rule:heading");
        if (isNoise(t)) return new Decision(false, "rule:form-cell");
        // "Căn cứ quy định tại Nghị định này, … để quy định …" under a container is a duty, not a preamble line
        boolean childOfDoer = inherited && (kind == 'L' || kind == 'B');
        // "Căn cứ Luật …; để có cơ sở …, Sở Công Thương kính đề nghị Quý cơ sở báo cáo …": the request after the opening clause
        if (rules.isPreamble(t) && !(childOfDoer && t.startsWith("Căn cứ")) && !rules.asksAfterOpening(t)) return new Decision(false, "rule:preamble");
        if (rules.isClosing(t)) return new Decision(false, "rule:closing");
        if (AssignmentRules.isReported(t)) return new Decision(false, "rule:reported");
        if (rules.isStatement(t)) return new Decision(false, "rule:fact");
        // "Danh mục tài sản kết cấu hạ tầng gồm: Chi tiết các loại tài sản …": what a list holds, under a duty
        java.util.regex.Matcher holds = CONTENT.matcher(t);
        if (holds.find() && !AssignmentRules.startsLikeDoer(holds.group(1)) && !rules.hasPredicate(holds.group(1))) {
            return new Decision(false, "rule:fact");
        }
        boolean frame = AssignmentRules.hasFrame(t);
        if (frame && (inherited || rules.subject(t) != null)) return new Decision(true, "rule:frame");
        if (inherited && (kind == 'L' || kind == 'B') && t.split("\\s+").length >= 5 && Character.isUpperCase(t.charAt(0))) {
            java.util.regex.Matcher m = FACT_LABEL.matcher(t);
            if (m.find() && !AssignmentRules.startsLikeDoer(m.group())) return new Decision(false, "rule:fact");
            if (t.split("\\s+").length < 10 && !t.matches("(?s).*[.;]$") && !rules.hasPredicate(t)) {
                return new Decision(false, "rule:outline-heading");
            }
            return new Decision(true, "rule:inherited");
        }
        return new Decision(false, "rule:no-frame");
    };
}
