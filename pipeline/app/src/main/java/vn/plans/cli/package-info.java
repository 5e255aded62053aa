/**
 * The {@code plans} command line (Picocli). Commands only parse options and call the library; exit codes are
 * 0 ok, 1 internal error, 2 usage error, 3 finished with some documents failed. The production commands live in
 * pipeline/app (the runtime jar); pipeline/tools adds the evaluation, training, benchmark and learning commands to
 * the same package and registers them through {@link vn.plans.cli.ExtraCommands}.
 */
package vn.plans.cli;
