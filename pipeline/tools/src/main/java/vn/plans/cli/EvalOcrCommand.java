package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.eval.OcrEvaluation;
import vn.plans.ocr.OcrService;
import vn.plans.ocr.Preprocessor;
import vn.plans.ocr.Tessdata;
import vn.plans.ocr.TesseractEngine;
import vn.plans.output.Json;
import vn.plans.pipeline.PipelineConfig;
import vn.plans.pipeline.StandardPipeline;

@Command(name = "eval-ocr", mixinStandardHelpOptions = true,
        description = {"OCR accuracy and speed on rendered test pages: character and syllable error rates against",
                "the source text, and pages per second per core, for the tesseract command line and for the full",
                "pipeline on the same files in one run. DIR holds one sub-directory per set (default: corpus/ocr,",
                "made by scripts/render-ocr-testset)."})
final class EvalOcrCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Test set directory (default: $PLANS_HOME/corpus/ocr).")
    Path dir;

    @Option(names = {"-j", "--threads"}, description = "OCR threads and tesseract processes (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--lang", description = "Tesseract language (default: ${DEFAULT-VALUE}; 'Vietnamese' is the script model).")
    String lang = OcrService.DEFAULT_LANG;

    @Option(names = "--preprocess", paramLabel = "STEPS", split = ",",
            description = "Preprocessing steps: perspective, illumination, upscale-photo, upscale, borders, deskew, binarize, adaptive, one-column, or none (default: the standard ones).")
    List<String> steps;

    @Option(names = "--render-pdf", description = {"Render every OCR-ed PDF page at 300 dpi, also pages that are one scan",
            "image (by default those are read at the image's own resolution)."})
    boolean renderPdf;

    @Option(names = "--ablate", description = {"Each preprocessing step's effect: the pipeline also with each standard step",
            "left out, and with none, in the same run (raw Tesseract measured once)."})
    boolean ablate;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path json;

    @Option(names = "--dump", paramLabel = "DIR", description = {"Also write each page as the pipeline and raw Tesseract",
            "read it, and its reference, to DIR/SET/NAME.pNNN.{pipe,raw,ref}.txt."})
    Path dump;

    @Override
    public Integer call() throws Exception {
        Path root = dir != null ? dir : Path.of(System.getenv().getOrDefault("PLANS_HOME", ".")).resolve("corpus/ocr");
        if (!Files.isDirectory(root)) throw new CommandLine.ParameterException(spec.commandLine(), "no test set directory " + root
                + " (run scripts/render-ocr-testset)");
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1");
        Path tessdata = Tessdata.require(lang);
        List<String> base = steps == null ? Preprocessor.STANDARD : steps;
        // label -> steps: the chosen steps, then (--ablate) each of them left out, then none
        Map<String, List<String>> configs = new java.util.LinkedHashMap<>();
        configs.put(steps == null ? "standard" : String.join(",", steps), base);
        if (ablate) {
            for (String step : base) configs.put("-" + step, base.stream().filter(x -> !x.equals(step)).toList());
            configs.put("none", List.of("none"));
        }
        List<OcrEvaluation.SetResult> results = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Path scratch = Files.createTempDirectory("plans-eval-ocr");
        List<OcrService> services = new ArrayList<>();
        try {
            List<vn.plans.pipeline.DocumentProcessor> processors = new ArrayList<>();
            for (List<String> c : configs.values()) {
                OcrService ocr = new OcrService(() -> new TesseractEngine(tessdata, lang), Preprocessor.of(c), threads,
                        OcrService.DEFAULT_PAGE_TIMEOUT);
                services.add(ocr);
                processors.add(StandardPipeline.build(PipelineConfig.defaults(PipelineConfig.defaultModel()).withNativeScans(!renderPdf), ocr));
            }
            OcrEvaluation eval = new OcrEvaluation(processors.get(0), lang, tessdata, threads);
            try (Stream<Path> sets = Files.list(root)) {
                for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                    List<OcrEvaluation.Sample> samples = OcrEvaluation.samples(set);
                    if (samples.isEmpty()) continue;
                    results.addAll(eval.evaluate(set.getFileName().toString(), samples, scratch, processors, dump));
                    labels.addAll(configs.keySet());
                }
            }
        } finally {
            for (OcrService s : services) s.close();
            try (Stream<Path> s = Files.walk(scratch)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (results.isEmpty()) throw new IllegalArgumentException("no samples (FILE + FILE.txt) under " + root);
        print(spec.commandLine().getOut(), results, ablate ? labels : null);
        if (json != null) {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), Map.of("lang", lang,
                    "threads", threads, "preprocess", steps == null ? "standard" : String.join(",", steps), "sets", results,
                    "configs", ablate ? labels : List.of()));
        }
        return PlansCli.OK;
    }

    /** One line per set, or with {@code labels} (--ablate) one line per set and preprocessing configuration. */
    private void print(PrintWriter out, List<OcrEvaluation.SetResult> results, List<String> labels) {
        out.printf("lang=%s threads=%d preprocess=%s pdf=%s%n", lang, threads, steps == null ? "standard" : String.join(",", steps),
                renderPdf ? "rendered at 300 dpi" : "scan images at their resolution");
        int w = labels == null ? 14 : 30;
        out.printf("%-" + w + "s %5s | %9s %9s %9s %9s | %9s %9s %9s %9s | %6s%n", "set", "pages", "raw CER", "raw SER",
                "raw p/s/c", "raw p/cpu", "pipe CER", "pipe SER", "pipe p/s/c", "pipe p/cpu", "ratio");
        for (int i = 0; i < results.size(); i++) {
            OcrEvaluation.SetResult r = results.get(i);
            String name = labels == null ? r.set() : r.set() + " " + labels.get(i);
            out.printf("%-" + w + "s %5d | %8.2f%% %8.2f%% %9.3f %9.3f | %8.2f%% %8.2f%% %9.3f %9.3f | %6.2f%n", name, r.pages(),
                    100 * r.raw().cer(), 100 * r.raw().syllableErrorRate(), r.rawPagesPerSecondPerCore(),
                    r.rawPagesPerCpuSecond(), 100 * r.pipeline().cer(), 100 * r.pipeline().syllableErrorRate(),
                    r.pipelinePagesPerSecondPerCore(), r.pipelinePagesPerCpuSecond(),
                    r.rawPagesPerCpuSecond() == 0 ? 0 : r.pipelinePagesPerCpuSecond() / r.rawPagesPerCpuSecond());
        }
        out.println("p/s/c: pages per wall second per thread; p/cpu: pages per CPU second; ratio: pipeline/raw p/cpu");
        if (labels != null) out.println("-STEP: the preprocessing without that step; none: no preprocessing at all");
    }
}
