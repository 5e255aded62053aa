package vn.plans.cli;

import java.util.List;

/** The commands pipeline/tools adds to {@code plans}: evaluation, training, benchmarks, learning (not in the runtime jar). */
public final class ToolCommands implements ExtraCommands {
    @Override
    public List<Class<?>> commands() {
        return List.of(EvalCommand.class, EvalSearchCommand.class, TrainLmCommand.class, EvalRestoreCommand.class, AuditRestoreCommand.class,
                LearnOcrChannelCommand.class, EvalOcrChannelCommand.class, EvalOcrTwinCommand.class, BenchRestoreCommand.class, EvalOcrCommand.class);
    }
}
