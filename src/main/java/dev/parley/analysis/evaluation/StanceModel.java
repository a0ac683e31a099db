package dev.parley.analysis.evaluation;

import dev.parley.analysis.debate.LearnedPositionJudge;
import dev.parley.analysis.debate.PositionFeatures;
import dev.parley.analysis.learn.CrossValidation;
import dev.parley.analysis.learn.Example;
import dev.parley.analysis.learn.LogisticTrainer;

import java.util.List;

/**
 * What is learned, and how: the four-way stance models the evaluation compares with the rules (the model alone reads
 * no rules' verdict, the combined one does; class-balanced, for macro-F1), and the shipped confidence model (is the
 * rules' verdict right? not balanced: its probability is to be taken at its word). Each is a logistic regression of
 * {@code analysis.learn} with a fixed L2 penalty, chosen before the figures and not tuned on them per thread.
 *
 * @param modelFeatures what the model alone reads
 * @param combinedFeatures what the combined model and the confidence model read
 * @param stanceL2 the four-way models' L2 penalty
 * @param confidenceL2 the confidence model's L2 penalty
 */
public record StanceModel(List<String> modelFeatures, List<String> combinedFeatures, double stanceL2, double confidenceL2) {

    public StanceModel {
        modelFeatures = List.copyOf(modelFeatures);
        combinedFeatures = List.copyOf(combinedFeatures);
    }

    /** The shipped choice. */
    public static StanceModel standard() {
        List<String> all = PositionFeatures.NAMES;
        return new StanceModel(all.stream().filter(f -> !PositionFeatures.RULE_VERDICT.contains(f)).toList(), all, 3.0, 0.1);
    }

    List<String> features(boolean combined) {
        return combined ? combinedFeatures : modelFeatures;
    }

    /** A person as a four-way example: their features and their label. */
    Example stanceExample(StanceEvaluation.Item item, boolean combined) {
        return new Example(item.thread(), item.person(), item.judged().features().select(features(combined)),
                item.truth().ordinal());
    }

    CrossValidation.Learner stanceLearner(boolean combined) {
        LogisticTrainer trainer = new LogisticTrainer(stanceL2, true);
        List<String> names = features(combined);
        return training -> trainer.train(training, StanceEvaluation.CLASSES, names);
    }

    /** A person as a confidence example: their features, and whether the rules judged them right. */
    Example confidenceExample(StanceEvaluation.Item item) {
        boolean right = item.judged().rules().stance() == item.truth();
        return new Example(item.thread(), item.person(), item.judged().features().select(combinedFeatures), right ? 1 : 0);
    }

    CrossValidation.Learner confidenceLearner() {
        LogisticTrainer trainer = new LogisticTrainer(confidenceL2, false);
        return training -> trainer.train(training, LearnedPositionJudge.CLASSES, combinedFeatures);
    }
}
