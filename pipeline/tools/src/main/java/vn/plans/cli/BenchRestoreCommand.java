package vn.plans.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plans.restore.DiacriticRestorer;
import vn.plans.restore.NgramModel;
import vn.plans.restore.RestoreEvaluation;
import vn.plans.restore.TextRestorer;

@Command(name = "bench-restore", mixinStandardHelpOptions = true,
        description = {"Benchmark harness: model load time, size on disk and heap, and single-thread restore",
                "throughput (syllables/second) on stripped held-out legal text, after warm-up rounds."})
final class BenchRestoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ModelOption modelOption;

    @Mixin TrainingData trainingData;

    @Option(names = "--syllables", description = "Size of the text restored per round (default: ${DEFAULT-VALUE}).")
    long syllables = 100_000;

    @Option(names = "--rounds", description = "Measured rounds after warm-up (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        NgramModel lm = NgramModel.load(modelOption.model());
        TextRestorer restorer = new DiacriticRestorer(lm);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.gc();
        long heap1 = rt.totalMemory() - rt.freeMemory();
        out.printf("model: %s, order %d, vocabulary %,d%n", modelOption.model(), lm.order(), lm.vocabularySize());
        out.printf("load (map + vocabulary + candidate index): %.0f ms%n", loadMs);
        out.printf("size on disk: %.1f MB (memory-mapped, off-heap); heap after load: %.1f MB%n", lm.fileBytes() / 1e6,
                Math.max(0, heap1 - heap0) / 1e6);
        String gold = RestoreEvaluation.gold(RestoreEvaluation.sample(
                trainingData.split().heldOutLegal(), syllables));
        String stripped = RestoreEvaluation.strip(gold);
        long n = RestoreEvaluation.compare(gold, gold).syllables();
        for (int i = 0; i < 3; i++) restorer.restore(stripped); // warm-up: JIT, page cache, candidate cache
        double best = 0, sum = 0, cpuBest = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long cpu = mx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            restorer.restore(stripped);
            double rate = n / ((System.nanoTime() - s) / 1e9);
            cpuBest = Math.max(cpuBest, n / ((mx.getCurrentThreadCpuTime() - cpu) / 1e9));
            best = Math.max(best, rate);
            sum += rate;
        }
        out.printf("throughput, 1 thread, stripped legal text (%,d syllables x %d rounds): mean %,.0f, best %,.0f syllables/s"
                + " (wall clock); best %,.0f per CPU-second of the thread%n", n, rounds, sum / rounds, best, cpuBest);
        out.printf("load average during the run: %.1f on %d cores (shared machines make wall-clock rates noisy)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rt.availableProcessors());
        long s = System.nanoTime();
        String correct = gold;
        restorer.restore(correct);
        out.printf("correct text (triage only, nothing decoded): %,.0f syllables/s%n", n / ((System.nanoTime() - s) / 1e9));
        return PlansCli.OK;
    }
}
