package vn.plans.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code plans <command>}. The production commands are listed here; other modules on the class path add
 * theirs through {@link ExtraCommands} (pipeline/tools: train, eval, bench and learn), so the runtime jar runs
 * without them and {@code scripts/plans} (the tools jar) offers every command.
 */
@Command(name = "plans",
        mixinStandardHelpOptions = true,
        versionProvider = PlansCli.Version.class,
        description = "Turns Vietnamese government plan documents (kế hoạch) into structured, searchable task records.",
        subcommands = {IngestCommand.class, StatusCommand.class, PruneCommand.Prune.class, PruneCommand.Delete.class,
                CompactCommand.class, IndexCommand.class, SearchCommand.class, ServeCommand.class, ExportCommand.class, RestoreCommand.class})
public final class PlansCli {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int SOME_FAILED = 3;

    public static void main(String[] args) {
        quietLibraryLogs();
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(commandLine(out, err).execute(args));
    }

    /** Lucene logs a hint about the incubating vector API through java.util.logging at every start. */
    private static final java.util.logging.Logger[] QUIETED = {
        java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization"),
        java.util.logging.Logger.getLogger("org.apache.pdfbox")};

    public static void quietLibraryLogs() {
        for (java.util.logging.Logger l : QUIETED) l.setLevel(java.util.logging.Level.SEVERE); // held: JUL keeps weak refs
    }

    /** The configured command line, writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PlansCli());
        for (ExtraCommands extra : ServiceLoader.load(ExtraCommands.class)) {
            for (Class<?> command : extra.commands()) cl.addSubcommand(command);
        }
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setOut(out);
        cl.setErr(err);
        // Bad arguments are picocli ParameterExceptions (exit code 2, with the usage help); anything that fails
        // while running (a corrupt model, an unreadable or locked index, a missing directory) is a runtime error.
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ex.getMessage());
            return INTERNAL_ERROR;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PlansCli.class.getPackage().getImplementationVersion();
            return new String[] {"plans " + (v == null ? "dev" : v) + ", schema " + vn.plans.model.PlanDocument.SCHEMA_VERSION};
        }
    }
}
