package dev.parley.analysis.evaluation;

import dev.parley.analysis.debate.DebateAnalyzer;
import dev.parley.analysis.debate.DebateSetup;
import dev.parley.analysis.debate.Participant;
import dev.parley.analysis.debate.Position;
import dev.parley.analysis.debate.PositionCase;
import dev.parley.analysis.debate.Stance;
import dev.parley.analysis.learn.CrossValidation;
import dev.parley.analysis.learn.Example;
import dev.parley.analysis.learn.LogisticModel;
import dev.parley.analysis.learn.Prediction;
import dev.parley.analysis.learn.Scores;
import dev.parley.identity.Identities;
import dev.parley.identity.Mailmap;
import dev.parley.mail.MailParseException;
import dev.parley.mail.MboxReader;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores who-stands-where against hand-made labels: every labelled person of every labelled thread, matched to the
 * debate's participants, judged by the rules alone, by a learned four-way model alone (the features without the
 * rules' verdict), by the two combined (a four-way model that reads the rules' verdict too), and by what Parley ships:
 * the rules' verdict with a learned confidence ({@link dev.parley.analysis.debate.LearnedPositionJudge}). Every
 * learned figure is leave one thread out: each thread is judged by a model trained, and calibrated, on the other
 * threads only. The proposer, co-authors and robots keep the debate's own verdict in all of them.
 */
public final class StanceEvaluation {

    /** Class names in label order: {@link Stance} in its order. */
    public static final List<String> CLASSES = Arrays.stream(Stance.values()).map(Stance::id).toList();

    /** What judges the people. */
    public enum Judge {
        RULES("rules alone"), MODEL("model alone"), COMBINED("rules and model combined"),
        SHIPPED("the rules' verdict with the learned confidence (what parley debate uses)");

        private final String title;

        Judge(String title) {
            this.title = title;
        }
    }

    /**
     * One labelled person as the debate read them.
     *
     * @param labelSet the labels directory the label came from
     * @param thread the thread's name
     * @param truth their label
     * @param judged what the position judge was shown of them; null for someone it does not judge
     * @param fixed the debate's verdict for someone it does not judge (proposer, co-author); null when judged, or
     *              when the debate does not list them at all (then they count as wrong)
     */
    public record Item(String labelSet, String thread, String person, Stance truth, PositionCase judged, Position fixed) {
    }

    private final List<Item> items;
    private final StanceModel model;
    /** Each judge's verdicts, made once (the learned ones cost a model per thread). */
    private final Map<Judge, List<Prediction>> verdicts = new EnumMap<>(Judge.class);

    private StanceEvaluation(List<Item> items, StanceModel model) {
        this.items = List.copyOf(items);
        this.model = model;
    }

    public List<Item> items() {
        return items;
    }

    /**
     * Reads every labelled thread of the label directories with the rules' setup.
     *
     * @param threadDirs where the labels' mbox files are looked for (then in {@code LABELDIR/../lkml/threads})
     * @throws IOException naming the label file or mbox that cannot be read
     */
    public static StanceEvaluation load(List<Path> labelDirs, List<Path> threadDirs, StanceModel model) throws IOException {
        DebateAnalyzer analyzer = DebateSetup.rules().analyzer(Mailmap.EMPTY);
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path dir : labelDirs) {
            for (StanceLabels labels : StanceLabels.readDirectory(dir)) {
                if (!seen.add(labels.threadFile())) {
                    throw new IOException(labels.file() + " labels " + labels.threadFile() + " again: give each thread's labels once");
                }
                Path mbox = mbox(labels, dir, threadDirs);
                DebateAnalyzer.Reading reading = analyzer.read(labels.thread(), messages(mbox), labels.rootMessageId());
                items.addAll(match(dir.toString(), labels, reading));
            }
        }
        return new StanceEvaluation(items, model);
    }

    private static Path mbox(StanceLabels labels, Path labelDir, List<Path> threadDirs) throws IOException {
        List<Path> candidates = new ArrayList<>();
        for (Path d : threadDirs) candidates.add(d.resolve(labels.threadFile()));
        candidates.add(labelDir.resolve("../lkml/threads").resolve(labels.threadFile()).normalize());
        for (Path p : candidates) if (Files.isRegularFile(p)) return p;
        throw new IOException(labels.file() + " labels " + labels.threadFile() + ", which is not in " + candidates.stream()
                .map(p -> p.getParent().toString()).distinct().toList() + " (give its folder with --threads)");
    }

    /** The messages of an mbox file, parsed; the whole file is the thread, even when its root is missing. */
    static List<ParsedMessage> messages(Path mbox) throws IOException {
        List<ParsedMessage> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(mbox); MboxReader reader = new MboxReader(in, mbox.toString())) {
            for (RawMessage r = reader.next(); r != null; r = reader.next()) {
                try {
                    out.add(MessageParser.parse(r));
                } catch (MailParseException e) {
                    throw new IOException(r.location() + " cannot be read: " + e.getMessage(), e);
                }
            }
        }
        if (out.isEmpty()) throw new IOException(mbox + " holds no messages");
        return out;
    }

    /**
     * Each labelled person's debate entry (robots included): the participant sharing an address with the label, else
     * (a label whose only address is a list's, after a DMARC rewrite) the one of the same name.
     */
    private static List<Item> match(String labelSet, StanceLabels labels, DebateAnalyzer.Reading reading) {
        List<Item> out = new ArrayList<>();
        List<Participant> everyone = new ArrayList<>(reading.debate().participants());
        everyone.addAll(reading.debate().bots());
        for (StanceLabels.Person p : labels.people()) {
            Participant found = null;
            for (Participant d : everyone) {
                if (d.addresses().stream().anyMatch(p.addresses()::contains)) {
                    found = d;
                    break;
                }
            }
            if (found == null) {
                for (Participant d : everyone) {
                    if (Identities.nameKey(d.name()).equals(Identities.nameKey(p.name()))) {
                        found = d;
                        break;
                    }
                }
            }
            PositionCase judged = null;
            Position fixed = null;
            if (found != null) {
                for (PositionCase c : reading.judged()) if (c.personId().equals(found.id())) judged = c;
                if (judged == null) {
                    fixed = new Position(found.stance(), found.confidence(), found.shift(), found.reason(), found.evidence());
                }
            }
            out.add(new Item(labelSet, labels.thread(), p.name(), p.stance(), judged, fixed));
        }
        return out;
    }

    /** Each item's verdict by a judge, in item order; learned verdicts out of thread. */
    public synchronized List<Prediction> predictions(Judge judge) {
        return verdicts.computeIfAbsent(judge, this::judge);
    }

    private List<Prediction> judge(Judge judge) {
        Prediction[] out = new Prediction[items.size()];
        List<Example> examples = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.judged() == null) out[i] = item.fixed() == null ? missing(item.truth()) : verdict(item.fixed());
            else if (judge == Judge.RULES) out[i] = verdict(item.judged().rules());
            else {
                examples.add(judge == Judge.SHIPPED ? model.confidenceExample(item) : model.stanceExample(item, judge == Judge.COMBINED));
                at.add(i);
            }
        }
        if (!examples.isEmpty()) {
            List<Prediction> learned = CrossValidation.leaveOneGroupOut(examples, judge == Judge.SHIPPED
                    ? model.confidenceLearner() : model.stanceLearner(judge == Judge.COMBINED));
            for (int k = 0; k < at.size(); k++) {
                Item item = items.get(at.get(k));
                out[at.get(k)] = judge == Judge.SHIPPED
                        ? verdict(item.judged().rules().stance(), learned.get(k).probabilities()[1]) : learned.get(k);
            }
        }
        return List.of(out);
    }

    /** The shipped confidence model, trained and calibrated on every judged person. */
    public LogisticModel trainConfidence() {
        List<Example> examples = new ArrayList<>();
        for (Item item : items) if (item.judged() != null) examples.add(model.confidenceExample(item));
        return CrossValidation.calibrated(examples, model.confidenceLearner());
    }

    /** What the items are, for a model's note: threads and people per label directory. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (String set : items.stream().map(Item::labelSet).distinct().toList()) {
            long threads = items.stream().filter(i -> i.labelSet().equals(set)).map(Item::thread).distinct().count();
            long people = items.stream().filter(i -> i.labelSet().equals(set)).count();
            parts.add(set + " (" + threads + " threads, " + people + " people)");
        }
        long judged = items.stream().filter(i -> i.judged() != null).count();
        return String.join(" and ", parts) + "; " + judged + " people judged by the model";
    }

    /** Every item as a row: thread, person, label, the rules' verdict, then each feature (empty when not judged). */
    public String featureTable() {
        StringBuilder out = new StringBuilder("label_set\tthread\tperson\ttruth\trules\trules_confidence\tjudged");
        for (String f : dev.parley.analysis.debate.PositionFeatures.NAMES) out.append('\t').append(f);
        out.append('\n');
        for (Item i : items) {
            Position rules = i.judged() != null ? i.judged().rules() : i.fixed();
            out.append(i.labelSet()).append('\t').append(i.thread()).append('\t').append(i.person()).append('\t')
                    .append(i.truth().id()).append('\t').append(rules == null ? "missing" : rules.stance().id()).append('\t')
                    .append(rules == null ? "" : rules.confidence()).append('\t').append(i.judged() != null);
            for (String f : dev.parley.analysis.debate.PositionFeatures.NAMES) {
                out.append('\t').append(i.judged() == null ? "" : String.format(Locale.ROOT, "%.5f", i.judged().features().value(f)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A rule or fixed verdict as a prediction: its confidence on its stance, the rest spread evenly. */
    static Prediction verdict(Position p) {
        return verdict(p.stance(), p.confidence());
    }

    /**
     * A stance with a confidence as a prediction: the confidence on the stance, the rest spread evenly over the others
     * (a confidence under one in four still counts as that stance, in the lowest band).
     */
    static Prediction verdict(Stance stance, double confidence) {
        double[] probabilities = new double[CLASSES.size()];
        double c = Math.max(confidence, 1.0 / CLASSES.size() + 1e-6);
        Arrays.fill(probabilities, (1 - c) / (CLASSES.size() - 1));
        probabilities[stance.ordinal()] = c;
        return new Prediction(probabilities);
    }

    /** Someone the debate does not list: a verdict that is wrong, with no confidence in it. */
    private static Prediction missing(Stance truth) {
        double[] probabilities = new double[CLASSES.size()];
        Arrays.fill(probabilities, 0.2);
        probabilities[(truth.ordinal() + 1) % CLASSES.size()] = 0.4;
        return new Prediction(probabilities);
    }

    /** The figures of the three judges: all items, then each label directory, then per thread. */
    public String report() {
        StringBuilder out = new StringBuilder();
        List<String> sets = items.stream().map(Item::labelSet).distinct().toList();
        out.append(String.format(Locale.ROOT, "stance evaluation: %d threads, %d people; learned verdicts leave one thread out%n",
                items.stream().map(Item::thread).distinct().count(), items.size()));
        long missing = items.stream().filter(i -> i.judged() == null && i.fixed() == null).count();
        if (missing > 0) out.append(missing).append(" labelled people are not in the debate (counted wrong)\n");
        for (Judge j : Judge.values()) {
            out.append("\n== ").append(j.title).append(" ==\n");
            out.append(section("all labelled threads", j, null));
            if (sets.size() > 1) for (String s : sets) out.append(section(s, j, s));
        }
        out.append("\nper thread (accuracy: rules / model / combined / shipped)\n");
        for (String thread : items.stream().map(Item::thread).distinct().toList()) {
            out.append(String.format(Locale.ROOT, "  %-62s", thread));
            for (Judge j : Judge.values()) {
                int right = 0, n = 0;
                for (int i = 0; i < items.size(); i++) {
                    if (!items.get(i).thread().equals(thread)) continue;
                    n++;
                    if (predictions(j).get(i).label() == items.get(i).truth().ordinal()) right++;
                }
                out.append(String.format(Locale.ROOT, " %2d/%-2d %.2f", right, n, right / (double) n));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A judge's figures over the items of one label directory (null: all of them). */
    public Scores scores(Judge judge, String labelSet) {
        List<Integer> truth = new ArrayList<>();
        List<Prediction> chosen = chosen(judge, labelSet, truth);
        return Scores.of(CLASSES, truth, chosen);
    }

    /** A judge's for and against verdicts over the items of one label directory (null: all of them). */
    public Sides sides(Judge judge, String labelSet) {
        List<Integer> truth = new ArrayList<>();
        List<Prediction> chosen = chosen(judge, labelSet, truth);
        return Sides.of(truth, chosen);
    }

    private List<Prediction> chosen(Judge judge, String labelSet, List<Integer> truth) {
        List<Prediction> chosen = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (labelSet != null && !items.get(i).labelSet().equals(labelSet)) continue;
            truth.add(items.get(i).truth().ordinal());
            chosen.add(predictions(judge).get(i));
        }
        return chosen;
    }

    private String section(String title, Judge judge, String labelSet) {
        Scores s = scores(judge, labelSet);
        Sides sides = sides(judge, labelSet);
        return "[" + title + "]\n" + s.report()
                + String.format(Locale.ROOT, "verdicts at >= 0.8 right: %.3f%n", s.accuracyAtOrAbove(0.8))
                + String.format(Locale.ROOT, "for/against verdicts right: %d of %d (precision %.3f); people with a position: %d, "
                        + "given for/against: %d (%.3f)%n", sides.right, sides.verdicts, sides.precision(), sides.withPosition,
                sides.verdicts, sides.coverage());
    }

    /**
     * What a journalist acts on: verdicts of for or against, how often right, and for how many of the people with a
     * position (for, against or mixed) there is one.
     */
    public record Sides(int verdicts, int right, int withPosition) {

        static Sides of(List<Integer> truth, List<Prediction> predictions) {
            int verdicts = 0, right = 0, withPosition = 0;
            for (int i = 0; i < truth.size(); i++) {
                int p = predictions.get(i).label();
                if (truth.get(i) != Stance.NEUTRAL.ordinal()) withPosition++;
                if (p == Stance.FOR.ordinal() || p == Stance.AGAINST.ordinal()) {
                    verdicts++;
                    if (p == truth.get(i)) right++;
                }
            }
            return new Sides(verdicts, right, withPosition);
        }

        public double precision() {
            return verdicts == 0 ? Double.NaN : right / (double) verdicts;
        }

        public double coverage() {
            return withPosition == 0 ? Double.NaN : verdicts / (double) withPosition;
        }
    }
}
