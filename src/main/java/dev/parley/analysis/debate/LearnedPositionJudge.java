package dev.parley.analysis.debate;

import dev.parley.analysis.learn.LogisticModel;

import java.util.List;

/**
 * The rules' verdict with a learned confidence: the stance, reason and evidence are the rules' ({@link Positions}),
 * and the confidence is the calibrated probability that they are right about this person, from a logistic
 * regression over their {@link PositionFeatures} trained on the labelled threads (the model file {@value #RESOURCE}
 * beside this class, made by {@code parley eval-stance --write-model}). Measured leave one thread out, a four-way
 * model choosing the stance itself did no better than the rules on threads it had not seen, while this confidence
 * is right where the rules' own is not: verdicts it puts at 0.8 or more are right about nine times in ten.
 */
public final class LearnedPositionJudge implements PositionJudge {

    public static final String RESOURCE = "position-confidence.json";
    /** The model's classes: the rules' verdict is wrong, or right. */
    public static final List<String> CLASSES = List.of("wrong", "right");

    private static volatile LearnedPositionJudge standard;

    private final LogisticModel model;

    public LearnedPositionJudge(LogisticModel model) {
        if (!model.classes().equals(CLASSES)) {
            throw new IllegalArgumentException("a position confidence model has the classes " + CLASSES + ", not " + model.classes());
        }
        for (String f : model.features()) {
            if (!PositionFeatures.NAMES.contains(f))
                throw new IllegalArgumentException("the position confidence model reads a feature Parley does not compute: " + f);
        }
        this.model = model;
    }

    /** The shipped model, read once per process. */
    public static LearnedPositionJudge standard() {
        LearnedPositionJudge j = standard;
        if (j == null) {
            synchronized (LearnedPositionJudge.class) {
                if (standard == null) standard = new LearnedPositionJudge(LogisticModel.resource(LearnedPositionJudge.class, RESOURCE));
                j = standard;
            }
        }
        return j;
    }

    public LogisticModel model() {
        return model;
    }

    /** The calibrated probability that the rules' verdict on this person is right. */
    public double confidence(PositionCase person) {
        return model.predict(person.features().select(model.features())).probabilities()[1];
    }

    @Override
    public Position judge(PositionCase person) {
        Position rules = person.rules();
        double confidence = Math.round(confidence(person) * 100) / 100.0;
        return new Position(rules.stance(), confidence, rules.shift(), rules.reason(), rules.evidence());
    }
}
