package vn.plans.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.pipeline.StandardPipeline;
import vn.plans.restore.TextRestorer;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores Vietnamese diacritics and repairs OCR-garbled letters; writes the text to stdout",
                "with the input's line breaks and spacing. Lines that are already correct are left unchanged."})
final class RestoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Text file (UTF-8), or - for stdin (default).")
    String file = "-";

    @Mixin ModelOption modelOption;

    @Option(names = "--edits", description = "List each change on stderr: offset, original, restored, confidence.")
    boolean edits;

    @Option(names = "--ocr", description = "The text is OCR output: also repair Tesseract's mark confusions in lines that look right.")
    boolean ocr;

    @Override
    public Integer call() throws Exception {
        String text;
        if (file.equals("-")) {
            InputStream in = System.in;
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            text = Files.readString(p, StandardCharsets.UTF_8);
        }
        TextRestorer restorer = StandardPipeline.restorer(modelOption.model());
        TextRestorer.Restored r = restorer.restore(text, ocr ? TextRestorer.Source.OCR : TextRestorer.Source.TEXT);
        spec.commandLine().getOut().print(r.text());
        spec.commandLine().getOut().flush();
        if (edits) {
            for (TextRestorer.Edit e : r.edits()) {
                spec.commandLine().getErr().printf("%d\t%s\t%s\t%.2f%n", e.offset(), e.original(), e.restored(), e.confidence());
            }
        }
        spec.commandLine().getErr().printf("restore: %d tokens changed (mean confidence %.2f)%n", r.changedTokens(), r.confidence());
        return PlansCli.OK;
    }
}
