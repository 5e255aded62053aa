package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.restore.NgramTrainer;

class RestoreCommandTest {
    @TempDir Path dir;

    @Test
    void restoresAFileKeepingSpacingAndReportsMissingModels() throws IOException {
        Path corpus = dir.resolve("c.txt");
        Files.writeString(corpus, "Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện quyền trẻ em.\n".repeat(3));
        Path model = dir.resolve("m.bin");
        new NgramTrainer(3, 1, 1).train(List.of(corpus), model, null);
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "Uy ban  nhan dan tinh\n\n  ban hanh ke hoach 27/KH-UBND\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = PlansCli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("restore", "--model", model.toString(), in.toString());
        assertEquals(PlansCli.OK, rc, err.toString());
        assertEquals("Ủy ban  nhân dân tỉnh\n\n  ban hành kế hoạch 27/KH-UBND\n", out.toString());
        StringWriter err2 = new StringWriter();
        int rc2 = PlansCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err2))
                .execute("restore", "--model", dir.resolve("missing.bin").toString(), in.toString());
        assertEquals(PlansCli.INTERNAL_ERROR, rc2);
        assertTrue(err2.toString().contains("scripts/train"), err2.toString());
    }
}
