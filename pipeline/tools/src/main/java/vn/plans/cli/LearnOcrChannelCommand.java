package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.restore.OcrChannelLearner;

@Command(name = "learn-ocr-channel", mixinStandardHelpOptions = true,
        description = {"Learns Tesseract's letter confusions (the restorer's OCR tone channel) from NN.gold.txt /",
                "NN.ocr.txt pairs made by scripts/make-ocr-channel (rendered pages) or scripts/make-ocr-channel-scans",
                "(real scans and their twin); writes the table (true letter, printed letter, count) to --out, by",
                "default the committed resource of rendered pages."})
final class LearnOcrChannelCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Directory of NN.gold.txt / NN.ocr.txt pairs.")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Table to write (default: $PLANS_HOME/pipeline/core/src/main/resources/vn/plans/restore/ocr-tone-channel.tsv).")
    Path out;

    @Option(names = "--rebuild", paramLabel = "COMMANDS",
            description = "How the pairs and table are remade, written into the table's header (default: scripts/make-ocr-channel's).")
    String rebuild = OcrChannelLearner.RENDERED_REBUILD;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no such directory: " + dir + " (run scripts/make-ocr-channel)");
        OcrChannelLearner.Table t = OcrChannelLearner.learn(dir);
        if (t.pages() == 0) throw new IllegalArgumentException("no NN.gold.txt / NN.ocr.txt pairs in " + dir);
        Path target = out != null ? out : ModelOption.home().resolve("pipeline/core/src/main/resources/vn/plans/restore/ocr-tone-channel.tsv");
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            OcrChannelLearner.write(t, rebuild, w);
        }
        spec.commandLine().getOut().printf("%d pages, %d aligned words (%d with wrong marks) -> %s%n", t.pages(), t.words(),
                t.wrongMarks(), target);
        return PlansCli.OK;
    }
}
