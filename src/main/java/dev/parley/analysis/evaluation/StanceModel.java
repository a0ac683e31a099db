package dev.parley.analysis.evaluation;

import dev.parley.analysis.debate.PositionFeatures;
import dev.parley.analysis.learn.CrossValidation;
import dev.parley.analysis.learn.Example;
import dev.parley.analysis.learn.LogisticTrainer;

import java.util.List;

/**
 * What is learned: the features each learned judge reads (the model alone leaves out the rules' verdict, combined it
 * has it) and how hard the weights are held down.
 *
 * @param modelFeatures what the model alone reads
 * @param combinedFeatures what the combined judge reads
 * @param l2 the trainer's L2 penalty
 */
public record StanceModel(List<String> modelFeatures, List<String> combinedFeatures, double l2) {

    public StanceModel {
        modelFeatures = List.copyOf(modelFeatures);
        combinedFeatures = List.copyOf(combinedFeatures);
    }

    /** The shipped choice. */
    public static StanceModel standard() {
        List<String> all = PositionFeatures.NAMES;
        return new StanceModel(all.stream().filter(f -> !PositionFeatures.RULE_VERDICT.contains(f)).toList(), all, 3.0);
    }

    List<String> features(boolean combined) {
        return combined ? combinedFeatures : modelFeatures;
    }

    Example example(StanceEvaluation.Item item, boolean combined) {
        return new Example(item.thread(), item.person(), item.judged().features().select(features(combined)),
                item.truth().ordinal());
    }

    CrossValidation.Learner learner(boolean combined) {
        LogisticTrainer trainer = new LogisticTrainer(l2, true);
        List<String> names = features(combined);
        return training -> trainer.train(training, StanceEvaluation.CLASSES, names);
    }
}
