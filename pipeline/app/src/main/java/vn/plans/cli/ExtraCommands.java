package vn.plans.cli;

import java.util.List;

/**
 * Subcommands a module adds to {@code plans} when it is on the class path, found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/vn.plans.cli.ExtraCommands} file names the implementation). pipeline/tools registers
 * the train, eval, bench and learn commands this way; the runtime jar (pipeline/app) has none.
 */
public interface ExtraCommands {
    /** picocli {@code @Command} classes, in the order {@code plans --help} lists them. */
    List<Class<?>> commands();
}
