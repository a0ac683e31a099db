package dev.parley.analysis.debate;

import dev.parley.analysis.learn.LogisticModel;
import dev.parley.analysis.learn.Prediction;
import dev.parley.analysis.stance.Cue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a person's position with a trained, calibrated logistic regression over their {@link PositionFeatures}
 * (the rules' cues and verdict among them): the model file {@value #RESOURCE} beside this class, made by
 * {@code parley eval-stance --write-model}. Its confidence is the calibrated probability of the stance it chose, and
 * its evidence is the person's own sentences behind the features that pushed hardest toward that stance.
 */
public final class LearnedPositionJudge implements PositionJudge {

    public static final String RESOURCE = "position-model.json";

    private static volatile LearnedPositionJudge standard;

    private final LogisticModel model;
    private final Stance[] classes;

    public LearnedPositionJudge(LogisticModel model) {
        this.model = model;
        this.classes = new Stance[model.classes().size()];
        for (int c = 0; c < classes.length; c++) {
            try {
                classes[c] = Stance.of(model.classes().get(c));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the position model's class '" + model.classes().get(c) + "' is no stance");
            }
        }
        for (String f : model.features()) {
            if (!PositionFeatures.NAMES.contains(f))
                throw new IllegalArgumentException("the position model reads a feature Parley does not compute: " + f);
        }
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

    @Override
    public Position judge(PositionCase person) {
        double[] x = person.features().select(model.features());
        Prediction p = model.predict(x);
        int chosen = p.label();
        Stance stance = classes[chosen];
        List<String> pushing = pushing(x, chosen);
        Position rules = person.rules();
        String reason = rules.stance() == stance ? rules.reason() : reason(pushing, stance);
        Participant.Shift shift = stance == Stance.MIXED ? rules.shift() : Participant.Shift.NONE;
        double confidence = Math.round(p.confidence() * 100) / 100.0;
        return new Position(stance, confidence, shift, reason, evidence(person, pushing, stance));
    }

    /**
     * The features that pushed toward the chosen class more than toward the others, most first: a feature's
     * contribution to the chosen class's score less its mean contribution over all classes.
     */
    private List<String> pushing(double[] x, int chosen) {
        double[][] byClass = new double[classes.length][];
        for (int c = 0; c < classes.length; c++) byClass[c] = model.contributions(x, c);
        Map<String, Double> push = new LinkedHashMap<>();
        for (int f = 0; f < x.length; f++) {
            double mean = 0;
            for (double[] row : byClass) mean += row[f] / classes.length;
            double v = byClass[chosen][f] - mean;
            if (v > 1e-6) push.put(model.features().get(f), v);
        }
        List<String> out = new ArrayList<>(push.keySet());
        out.sort(Comparator.comparingDouble((String f) -> -push.get(f)));
        return out;
    }

    /** Up to three of the person's sentences behind the pushing features that fit the stance. */
    private static List<Evidence> evidence(PositionCase person, List<String> pushing, Stance stance) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        for (String f : pushing) {
            for (Evidence e : person.features().sources(f)) {
                if (out.size() == 3) break;
                if (fits(e, stance)) out.putIfAbsent(e.messageId() + "\u0000" + e.text(), e);
            }
            if (out.size() == 3) break;
        }
        if (out.isEmpty()) return person.rules().evidence();
        return List.copyOf(out.values());
    }

    /** A sentence that pulled the other way is no evidence for a side; neutral verdicts cite what took no side. */
    private static boolean fits(Evidence e, Stance stance) {
        return switch (stance) {
            case FOR -> e.weight() >= 0;
            case AGAINST -> e.weight() <= 0;
            case MIXED -> true;
            case NEUTRAL -> Math.abs(e.weight()) < 0.5 || e.cue() == Cue.SIDE;
        };
    }

    /** What the strongest features say, in a few words each ("learned:" marks a verdict the rules did not reach). */
    private static String reason(List<String> pushing, Stance stance) {
        Set<String> parts = new LinkedHashSet<>();
        for (String f : pushing) {
            String words = WORDS.get(f);
            if (words != null) parts.add(words);
            if (parts.size() == 3) break;
        }
        String what = parts.isEmpty() ? stance.id() : String.join("; ", parts);
        return "learned: " + what;
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("vote_for", "a vote for it"), Map.entry("vote_against", "a NAK"),
            Map.entry("statement_for", "spoke for it"), Map.entry("statement_against", "objected to it"),
            Map.entry("counter", "proposed another course"), Map.entry("condition", "support with a condition"),
            Map.entry("status_quo_for", "criticised what it changes"), Map.entry("status_quo_against", "defended what it changes"),
            Map.entry("reply_for", "sided with its supporters"), Map.entry("reply_against", "argued against its supporters"),
            Map.entry("rule_balance", "spoke both ways"), Map.entry("changed_mind", "changed their mind"),
            Map.entry("shifted", "moved during the thread"), Map.entry("side_remarks", "side remarks"),
            Map.entry("agree_with_supporters", "agreed with its supporters"),
            Map.entry("disagree_with_supporters", "disagreed with its supporters"),
            Map.entry("agree_with_opponents", "agreed with its opponents"),
            Map.entry("disagree_with_opponents", "disagreed with its opponents"),
            Map.entry("answers_proposal", "answered the proposal"), Map.entry("answers_proposer", "argued with the proposer"),
            Map.entry("answers_code", "reviewed details of the code"), Map.entry("questions", "asked questions"),
            Map.entry("question_share", "mostly asked questions"),
            Map.entry("proposer_agrees", "the proposer agreed with them"),
            Map.entry("proposer_disagrees", "the proposer disagreed with them"),
            Map.entry("supporters_agree", "supporters agreed with them"),
            Map.entry("supporters_disagree", "supporters disagreed with them"),
            Map.entry("opponents_agree", "opponents agreed with them"),
            Map.entry("opponents_disagree", "opponents disagreed with them"),
            Map.entry("messages", "wrote much"), Map.entry("words", "wrote at length"));

    @Override
    public String toString() {
        return "LearnedPositionJudge" + Arrays.toString(classes);
    }
}
