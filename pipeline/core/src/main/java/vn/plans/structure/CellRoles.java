package vn.plans.structure;

/**
 * Which cell an appendix text line belongs to, while {@link AppendixTableReader} reads a row whose cells a PDF
 * exporter wrote one after another: {@code 0} task, {@code 1} lead agency, {@code 2} coordinating agencies,
 * {@code 3} timeframe. Cells come in that order, so the answer is never below {@code current}.
 */
public interface CellRoles {
    /**
     * @param current the cell the previous line went to
     * @param hasText whether the task cell has a line already (a row opens with its task)
     */
    int roleOf(String line, int current, boolean hasText);
}
