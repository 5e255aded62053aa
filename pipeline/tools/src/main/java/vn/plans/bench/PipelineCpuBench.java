package vn.plans.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.index.PlanIndex;
import vn.plans.ingest.IngestPipeline;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.IngestSummary;
import vn.plans.pipeline.InputFiles;

/**
 * CPU seconds per digital document of the whole pipeline against bare text extraction of the same files, in one run:
 * <ol>
 * <li>bare: Tika's {@code AutoDetectParser} into a {@code BodyContentHandler} (its own OCR off) for Office and other
 * files, PDFBox {@code PDFTextStripper} for PDFs, in this JVM, warm (after a first round);</li>
 * <li>the pipeline in this JVM, warm: a whole in-process ingest (extract, normalize, restore, structure, enrich, JSON,
 * manifest, Lucene index) of the same files into a fresh output folder;</li>
 * <li>{@code plans ingest --in-process} and {@code plans ingest} (the default: child worker JVMs) as a user runs them,
 * each a fresh process: CPU of the whole process tree (the children are reaped by their parent, so the kernel adds
 * their CPU to the parent's; read by {@code /usr/bin/time}), JVM starts included.</li>
 * </ol>
 * The bare side of (a) is warm, in a JVM that has compiled Tika and PDFBox with C2, while (c) and (d) pay their JVMs'
 * start, class loading and compilation; so the same bare extraction is also measured as (c) and (d) are, once in a
 * fresh JVM with Java's default options (as a user runs Tika) and once with the worker JVMs' options (C1 only, serial
 * collector), its process CPU read by {@code /usr/bin/time}, and (c) and (d) are printed against both.
 * CPU, not wall time, so that other load on the machine matters less; but on a shared machine CPU time itself
 * moves with the load (caches, frequency, the other work's memory traffic: one bare round cost twice another's), so
 * the sides are measured in rounds, each side once per round, (a) at both ends of the round and the others in an
 * order reversed from round to round, and every ratio is taken within a round; each round's ratios and load
 * average are printed, and the medians over the rounds. Documents are the inputs that need no OCR:
 * every file that is neither an image nor a PDF, and the PDFs whose every page has a usable text layer.
 * <p>Usage: {@code PipelineCpuBench ROUNDS [--docs N] CLI-COMMAND... -- INPUT...} (ROUNDS 0: list the documents only;
 * {@code --docs N}: an evenly spaced subset of N of them, for more rounds in the same time); the CLI
 * command ({@code scripts/plans}) is what {@code ingest ...} is appended to; without one, only the warm measurements
 * in this JVM are made. {@code PipelineCpuBench bare FILE...} is the fresh-JVM bare run: one round, nothing printed.
 */
public final class PipelineCpuBench {
    private PipelineCpuBench() {}

    /** The documents, each with its kind (pdf, docx, doc, ...) and pages (PDFs; 1 for the rest). */
    record Doc(Path file, String kind, int pages) {}

    public static void main(String[] args) throws Exception {
        vn.plans.cli.PlansCli.quietLibraryLogs();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 0 && args[0].equals("bare")) { // a fresh JVM's one round; the parent reads its CPU
            List<Doc> given = new ArrayList<>();
            for (int k = 1; k < args.length; k++) given.add(new Doc(Path.of(args[k]), kind(Path.of(args[k])), 1));
            bare(given);
            return;
        }
        int rounds = Integer.parseInt(args[0]);
        List<String> cli = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        int i = 1;
        int subset = 0;
        if (args.length > 2 && args[1].equals("--docs")) { // an evenly spaced subset of N documents
            subset = Integer.parseInt(args[2]);
            i = 3;
        }
        for (; i < args.length && !args[i].equals("--"); i++) cli.add(args[i]);
        for (i++; i < args.length; i++) inputs.add(Path.of(args[i]));

        out.printf("load average before: %s%n", loadAverage());
        List<Path> all = InputFiles.expand(inputs);
        List<Doc> docs = digital(all);
        Map<String, Integer> kinds = new TreeMap<>();
        int pdfPages = 0;
        for (Doc d : docs) {
            kinds.merge(d.kind(), 1, Integer::sum);
            if (d.kind().equals("pdf")) pdfPages += d.pages();
        }
        out.printf("documents: %d digital of %d files (rule: every file that is neither an image nor a PDF, and the PDFs whose every page"
                + " has a usable text layer, i.e. no page would go to OCR): %s; %d PDF pages%n",
                docs.size(), all.size(), kinds, pdfPages);
        List<Path> files = docs.stream().map(Doc::file).toList();
        for (Path f : all) if (!files.contains(f)) out.println("  left out (needs OCR): " + f.getFileName());
        if (rounds == 0) { // list the documents only
            files.forEach(out::println);
            return;
        }

        if (subset > 0 && subset < docs.size()) { // evenly spaced, so every kind keeps its share
            List<Doc> picked = new ArrayList<>();
            for (int k = 0; k < subset; k++) picked.add(docs.get((int) ((long) k * docs.size() / subset)));
            docs = picked;
            files = docs.stream().map(Doc::file).toList();
            out.printf("subset: %d of those documents, evenly spaced%n", docs.size());
        }
        measure(out, rounds, cli, docs, files);
    }

    /** The warm-up and the rounds over {@code docs} ({@code files} their paths); prints each round and the medians. */
    private static void measure(PrintStream out, int rounds, List<String> cli, List<Doc> docs, List<Path> files) throws Exception {

        // warm-up, untimed except the cold bare round: this JVM's first bare round (class loading, JIT) and pipeline
        // ingest; then one CLI run of each mode on one file of each kind, as a user's first run, which leaves the
        // class-data archives the later starts read (scripts/plans, WorkerPool)
        long cold0 = cpuNs();
        bare(docs);
        double bareColdCpu = (cpuNs() - cold0) / 1e9;
        bare(docs); // a second round: after one, the first measured round still cost 1.4x the round at its end (C2 at work)
        FileProcessor processor = vn.plans.pipeline.StandardPipeline.build();
        ingestHere(processor, files);
        if (!cli.isEmpty()) {
            List<Path> sample = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Doc d : docs) if (seen.add(d.kind())) sample.add(d.file());
            cliCpu(cli, sample, List.of("--in-process"), null);
            cliCpu(cli, sample, List.of(), null);
        }
        out.printf("warm-up done (bare first round, cold: %.1f CPU s); load average %s%n", bareColdCpu, loadAverage());

        // the rounds: every side once per round, (a) at both ends of it (it is the cheapest), the others in an
        // order reversed from one round to the next (A B C … C B A …), so that a drift of the machine's load over the
        // run weighs on every side alike; each round's ratios are its own, and the median of the rounds is printed
        List<String> sides = new ArrayList<>(List.of("a'", "a'C1", "b"));
        if (!cli.isEmpty()) sides.addAll(List.of("c", "d"));
        List<String> c1 = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:SweeperThreshold=100");
        List<Map<String, Double>> perRound = new ArrayList<>();
        IngestSummary summary = null;
        for (int r = 0; r < rounds; r++) {
            Map<String, Double> cpu = new java.util.LinkedHashMap<>();
            String loadStart = loadAverage();
            double a1 = timed(() -> bare(docs));
            List<String> order = new ArrayList<>(sides);
            if (r % 2 == 1) java.util.Collections.reverse(order);
            for (String side : order) {
                switch (side) {
                    case "a'" -> cpu.put(side, bareFresh(files, List.of(), out));
                    case "a'C1" -> cpu.put(side, bareFresh(files, c1, out));
                    case "b" -> {
                        long c0 = cpuNs();
                        summary = ingestHere(processor, files);
                        cpu.put(side, (cpuNs() - c0) / 1e9);
                    }
                    case "c" -> cpu.put(side, cliCpu(cli, files, List.of("--in-process"), out));
                    case "d" -> cpu.put(side, cliCpu(cli, files, List.of(), out));
                    default -> throw new IllegalStateException(side);
                }
            }
            double a2 = timed(() -> bare(docs));
            cpu.put("a", (a1 + a2) / 2);
            perRound.add(cpu);
            StringBuilder line = new StringBuilder(String.format("round %d (order a %s a): CPU s (a) %.1f %.1f", r + 1,
                    String.join(" ", order), a1, a2));
            for (String side : order) line.append(String.format(", (%s) %.1f", side, cpu.get(side)));
            line.append(String.format("; (d)/(a) %s, (d)/(a') %s, (d)/(a' C1) %s, (c)/(a) %s, (b)/(a) %s; load average %s → %s",
                    ratio(cpu, "d", "a"), ratio(cpu, "d", "a'"), ratio(cpu, "d", "a'C1"), ratio(cpu, "c", "a"),
                    ratio(cpu, "b", "a"), loadStart, loadAverage()));
            out.println(line);
        }

        int n = docs.size();
        out.printf("CPU seconds per document (%d documents, %d round%s; each figure the median of the rounds):%n", n, rounds,
                rounds == 1 ? "" : "s");
        out.printf("  (a) bare Tika/PDFBox text extraction, warm, this JVM   : %7.4f  (first round, cold: %.4f)%n",
                median(perRound, "a") / n, bareColdCpu / n);
        out.printf("  (a') the same bare extraction, one fresh JVM           : %7.4f  (Java defaults; %.4f with C1 and the serial GC as the workers)%n",
                median(perRound, "a'") / n, median(perRound, "a'C1") / n);
        out.printf("  (b) pipeline in this JVM, warm (ingest with JSON+index): %7.4f  %5.2fx (a)%n", median(perRound, "b") / n,
                medianRatio(perRound, "b", "a"));
        if (!cli.isEmpty()) {
            out.printf("  (c) plans ingest --in-process (one fresh JVM)          : %7.4f  %5.2fx (a)  %5.2fx (a')  %5.2fx (a', C1)%n",
                    median(perRound, "c") / n, medianRatio(perRound, "c", "a"), medianRatio(perRound, "c", "a'"),
                    medianRatio(perRound, "c", "a'C1"));
            out.printf("  (d) plans ingest, default worker JVMs (process tree)   : %7.4f  %5.2fx (a)  %5.2fx (a')  %5.2fx (a', C1)%n",
                    median(perRound, "d") / n, medianRatio(perRound, "d", "a"), medianRatio(perRound, "d", "a'"),
                    medianRatio(perRound, "d", "a'C1"));
        }
        out.println("  ratios: the median of the rounds' own ratios; the goal is (d) <= 1.5x (a); (a) is warm (C2, after a"
                + " first round) while (c) and (d) include their JVMs' start, class loading and compilation, as (a') does");
        if (summary != null) out.println("warm in-process run: " + summary.render().lines().limit(2).reduce((x, y) -> x + "; " + y).orElse(""));
        out.printf("load average after: %s on %d cores%n", loadAverage(), Runtime.getRuntime().availableProcessors());
    }

    interface Work {
        void run() throws Exception;
    }

    /** This JVM's CPU seconds over {@code w}. */
    private static double timed(Work w) throws Exception {
        long c0 = cpuNs();
        w.run();
        return (cpuNs() - c0) / 1e9;
    }

    private static String ratio(Map<String, Double> cpu, String x, String y) {
        return cpu.containsKey(x) && cpu.containsKey(y) ? String.format("%.2f", cpu.get(x) / cpu.get(y)) : "-";
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        java.util.Collections.sort(v);
        int m = v.size() / 2;
        return v.size() % 2 == 1 ? v.get(m) : (v.get(m - 1) + v.get(m)) / 2;
    }

    private static double median(List<Map<String, Double>> rounds, String side) {
        return median(rounds.stream().map(m -> m.get(side)).toList());
    }

    private static double medianRatio(List<Map<String, Double>> rounds, String x, String y) {
        return median(rounds.stream().map(m -> m.get(x) / m.get(y)).toList());
    }

    private static final java.util.Set<String> IMAGES = java.util.Set.of("png", "jpg", "jpeg", "tif", "tiff", "webp", "bmp", "gif");

    /** The inputs that need no OCR, in the order given: not images, and PDFs only when no page goes to OCR. */
    static List<Doc> digital(List<Path> files) {
        PdfTextExtractor.PageOcr refuse = (pdf, pages) -> {
            throw new ExtractionException("needs OCR: pages " + pages);
        };
        PdfTextExtractor layer = new PdfTextExtractor(refuse);
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            String kind = kind(f);
            if (IMAGES.contains(kind)) continue; // read by OCR only
            if (!kind.equals("pdf")) {
                docs.add(new Doc(f, kind, 1));
                continue;
            }
            try {
                docs.add(new Doc(f, kind, layer.extract(f, "application/pdf").pages().size()));
            } catch (ExtractionException e) {
                // a scan, or a page without a usable text layer: not a digital document
            }
        }
        return docs;
    }

    /** The file's extension, lower case (pdf, docx, doc, ...). */
    static String kind(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static final Parser TIKA = new AutoDetectParser();

    /** One round of bare extraction: PDFTextStripper for PDFs, Tika (detection and parse, OCR off) for the rest. */
    static long bare(List<Doc> docs) throws Exception {
        long chars = 0;
        for (Doc d : docs) {
            if (d.kind().equals("pdf")) {
                try (PDDocument pd = Loader.loadPDF(d.file().toFile())) {
                    chars += new PDFTextStripper().getText(pd).length();
                }
            } else {
                ParseContext ctx = new ParseContext();
                TesseractOCRConfig noOcr = new TesseractOCRConfig();
                noOcr.setSkipOcr(true);
                ctx.set(TesseractOCRConfig.class, noOcr);
                ctx.set(Parser.class, TIKA);
                BodyContentHandler text = new BodyContentHandler(-1);
                Metadata md = new Metadata();
                try (InputStream in = TikaInputStream.get(d.file(), md)) {
                    TIKA.parse(in, text, md, ctx);
                }
                chars += text.toString().length();
            }
        }
        return chars;
    }

    private static IngestSummary ingestHere(FileProcessor processor, List<Path> files) throws IOException {
        Path tmp = Files.createTempDirectory("plans-cpu-bench");
        try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("index"))) {
            return new IngestPipeline(processor, Runtime.getRuntime().availableProcessors())
                    .run(files, new DocumentStore(tmp.resolve("out")), m, idx, null, false);
        } finally {
            vn.plans.ingest.WorkerPool.deleteTree(tmp);
        }
    }

    /**
     * CPU seconds (user + system) of {@code plans ingest EXTRA... FILES} and its children, into a fresh folder; printed
     * with the run's summary unless {@code out} is null.
     */
    private static double cliCpu(List<String> cli, List<Path> files, List<String> extra, PrintStream out)
            throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("plans-cpu-bench");
        try {
            Path times = tmp.resolve("cpu");
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %e", "-o", times.toString()));
            cmd.addAll(cli);
            cmd.addAll(List.of("ingest", "-q", "--out", tmp.resolve("out").toString(), "--index", tmp.resolve("index").toString()));
            cmd.addAll(extra);
            for (Path f : files) cmd.add(f.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
            int code = p.waitFor();
            String log = Files.readString(tmp.resolve("log"), StandardCharsets.UTF_8);
            String summary = log.lines().filter(l -> l.contains(" documents: ")).findFirst().orElse("(no summary; exit " + code + ")");
            String[] t = Files.readString(times).strip().lines().reduce((x, y) -> y).orElse("0 0 0").split(" ");
            double cpu = Double.parseDouble(t[0]) + Double.parseDouble(t[1]);
            if (out == null) return cpu;
            out.printf("plans ingest %s: %s; CPU %.1f s, wall %s s; load average %s%n", String.join(" ", extra), summary, cpu,
                    t[2], loadAverage());
            log.lines().filter(l -> l.startsWith("stages ") || l.startsWith("worker JVMs")).forEach(l -> out.println("  " + l));
            return cpu;
        } finally {
            vn.plans.ingest.WorkerPool.deleteTree(tmp);
        }
    }

    /**
     * CPU seconds (user + system) of one round of {@link #bare} in a fresh JVM started with {@code jvmOptions} (this
     * JVM's java and classpath), read by {@code /usr/bin/time} as {@link #cliCpu} reads the CLI's.
     */
    private static double bareFresh(List<Path> files, List<String> jvmOptions, PrintStream out)
            throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("plans-cpu-bench");
        try {
            Path times = tmp.resolve("cpu");
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %e", "-o", times.toString(),
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), PipelineCpuBench.class.getName(), "bare"));
            for (Path f : files) cmd.add(f.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
            int code = p.waitFor();
            String[] t = Files.readString(times).strip().lines().reduce((x, y) -> y).orElse("0 0 0").split(" ");
            double cpu = Double.parseDouble(t[0]) + Double.parseDouble(t[1]);
            out.printf("bare extraction, fresh JVM %s: exit %d; CPU %.1f s, wall %s s; load average %s%n",
                    jvmOptions.isEmpty() ? "(Java defaults)" : String.join(" ", jvmOptions), code, cpu, t[2], loadAverage());
            return cpu;
        } finally {
            vn.plans.ingest.WorkerPool.deleteTree(tmp);
        }
    }

    static long cpuNs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
