package vn.plans.structure;

import java.io.IOException;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** The one OpenNLP maxent training set-up the structure experiments share: 200 iterations, cutoff 1, one thread. */
final class Maxent {
    private Maxent() {}

    static MaxentModel train(List<Event> events) throws IOException {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }
}
