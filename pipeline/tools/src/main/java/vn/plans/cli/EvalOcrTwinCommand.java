package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.eval.TwinEvaluation;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.extract.TypeDetector;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.ocr.ErrorRates;
import vn.plans.pipeline.StandardPipeline;
import vn.plans.tools.PdfSubset;

@Command(name = "eval-ocr-twin", mixinStandardHelpOptions = true,
        description = {"Syllable and character error of the pipeline on some pages of a scanned PDF, against the same",
                "document in another format (its DOCX twin): each page is located in the twin's text and scored",
                "there, as OCR-ed and after restoration; then the body text only (the pages without the lines the",
                "record marks as furniture, against the twin's body without its header and footer parts)."})
final class EvalOcrTwinCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCAN", description = "The scanned PDF.")
    Path scan;

    @Parameters(index = "1", paramLabel = "TWIN", description = "The same document as DOCX, DOC or text.")
    Path twin;

    @Option(names = "--pages", paramLabel = "FROM-TO", description = "Pages of the scan to read (default: ${DEFAULT-VALUE}).")
    String pages = "10-13";

    @Option(names = "--dump", paramLabel = "DIR", description = "Also write each page's text and the twin's stretch it is scored against (DIR/page-N.txt, DIR/page-N.twin.txt; page-N.ocr.txt as OCR-ed, page-N.body.txt without furniture), to diff.")
    Path dump;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String[] r = pages.split("-");
        TreeSet<Integer> numbers = new TreeSet<>();
        for (int p = Integer.parseInt(r[0]); p <= Integer.parseInt(r[r.length - 1]); p++) numbers.add(p);
        Path sub = Files.createTempFile("plans-twin", ".pdf");
        try {
            PdfSubset.write(scan, numbers, sub);
            TypeDetector types = new TypeDetector();
            String twinText = TikaTextExtractor.bodyOnly().extract(twin, types.detect(twin)).fullText();
            PlanDocument doc = StandardPipeline.build().process(sub, new SourceInfo(sub.toString(), "application/pdf", "", Files.size(sub)), "twin");
            TwinEvaluation eval = new TwinEvaluation(twinText);
            List<String> before = new ArrayList<>(), after = new ArrayList<>(), bodyBefore = new ArrayList<>(), bodyAfter = new ArrayList<>();
            int furniture = 0;
            for (Page p : doc.pages()) {
                String printed = p.printedText() != null ? p.printedText() : p.text();
                before.add(printed);
                after.add(p.text());
                bodyBefore.add(p.withoutFurniture(printed));
                bodyAfter.add(p.bodyText());
                furniture += p.furniture().size();
            }
            ErrorRates b = eval.score(before), a = eval.score(after);
            if (dump != null) {
                Files.createDirectories(dump);
                for (int i = 0; i < after.size(); i++) {
                    int n = numbers.stream().skip(i).findFirst().orElse(i + 1);
                    Files.writeString(dump.resolve("page-" + n + ".txt"), after.get(i));
                    Files.writeString(dump.resolve("page-" + n + ".ocr.txt"), before.get(i));
                    Files.writeString(dump.resolve("page-" + n + ".body.txt"), bodyAfter.get(i));
                    Files.writeString(dump.resolve("page-" + n + ".twin.txt"), eval.window(after.get(i)));
                }
            }
            out.printf("%s pages %s against %s (%,d reference syllables):%n", scan.getFileName(), pages, twin.getFileName(), a.refSyllables());
            out.printf("  as OCR-ed:          CER %.2f%%  SER %.2f%%%n", 100 * b.cer(), 100 * b.syllableErrorRate());
            out.printf("  after restoration:  CER %.2f%%  SER %.2f%%%n", 100 * a.cer(), 100 * a.syllableErrorRate());
            ErrorRates bw = eval.score(bodyBefore), aw = eval.score(bodyAfter);
            out.printf("body text (the record's %d furniture lines left out: running heads and footers, page numbers):%n", furniture);
            out.printf("  as OCR-ed:          CER %.2f%%  SER %.2f%%%n", 100 * bw.cer(), 100 * bw.syllableErrorRate());
            out.printf("  after restoration:  CER %.2f%%  SER %.2f%%%n", 100 * aw.cer(), 100 * aw.syllableErrorRate());
        } finally {
            Files.deleteIfExists(sub);
        }
        return PlansCli.OK;
    }
}
