package dev.parley.analysis.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well predictions match the truth: accuracy, per-class precision, recall and F1, macro-F1 (the mean F1 over
 * the classes that occur, so a rare class weighs as much as a common one), the confusion matrix, and calibration as
 * the accuracy of the verdicts in each band of confidence.
 *
 * @param classes class names, in label order
 * @param confusion [true][predicted] counts
 * @param bands calibration bands, lowest first
 */
public record Scores(List<String> classes, int[][] confusion, List<Band> bands) {

    /** The confidence bands reported: under 0.6, 0.6 to 0.8, 0.8 and above. */
    public static final double[] BAND_EDGES = {0, 0.6, 0.8};

    /**
     * Verdicts whose confidence lies in [{@code from}, next band's from).
     */
    public record Band(double from, int verdicts, int right) {
        public double accuracy() {
            return verdicts == 0 ? Double.NaN : (double) right / verdicts;
        }
    }

    public static Scores of(List<String> classes, List<Integer> truth, List<Prediction> predictions) {
        if (truth.size() != predictions.size()) throw new IllegalArgumentException("one prediction per true label");
        int k = classes.size();
        int[][] confusion = new int[k][k];
        int[] verdicts = new int[BAND_EDGES.length], right = new int[BAND_EDGES.length];
        for (int i = 0; i < truth.size(); i++) {
            Prediction p = predictions.get(i);
            confusion[truth.get(i)][p.label()]++;
            int band = band(p.confidence());
            verdicts[band]++;
            if (p.label() == truth.get(i)) right[band]++;
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b < BAND_EDGES.length; b++) bands.add(new Band(BAND_EDGES[b], verdicts[b], right[b]));
        return new Scores(classes, confusion, bands);
    }

    public static int band(double confidence) {
        int b = 0;
        while (b + 1 < BAND_EDGES.length && confidence >= BAND_EDGES[b + 1]) b++;
        return b;
    }

    public int total() {
        int n = 0;
        for (int[] row : confusion) for (int v : row) n += v;
        return n;
    }

    public double accuracy() {
        int right = 0;
        for (int c = 0; c < confusion.length; c++) right += confusion[c][c];
        return total() == 0 ? Double.NaN : (double) right / total();
    }

    public double precision(int c) {
        int predicted = 0;
        for (int[] row : confusion) predicted += row[c];
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    public double recall(int c) {
        int actual = 0;
        for (int v : confusion[c]) actual += v;
        return actual == 0 ? 0 : (double) confusion[c][c] / actual;
    }

    public double f1(int c) {
        double p = precision(c), r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the classes that occur in the truth. */
    public double macroF1() {
        double sum = 0;
        int present = 0;
        for (int c = 0; c < confusion.length; c++) {
            int actual = 0;
            for (int v : confusion[c]) actual += v;
            if (actual == 0) continue;
            sum += f1(c);
            present++;
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    /** Accuracy of the verdicts at or above a confidence (NaN when there are none). */
    public double accuracyAtOrAbove(double confidence) {
        int verdicts = 0, right = 0;
        for (Band b : bands) {
            if (b.from() + 1e-12 < confidence) continue;
            verdicts += b.verdicts();
            right += b.right();
        }
        return verdicts == 0 ? Double.NaN : (double) right / verdicts;
    }

    /** A plain-text report: the headline figures, per-class figures, the confusion matrix and the bands. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "accuracy %.3f  macro-F1 %.3f  (%d items)%n", accuracy(), macroF1(), total()));
        out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s%n", "class", "precision", "recall", "F1"));
        for (int c = 0; c < classes.size(); c++)
            out.append(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f%n", classes.get(c), precision(c), recall(c), f1(c)));
        out.append("confusion (rows: true, columns: predicted)\n");
        out.append(String.format(Locale.ROOT, "%-10s", ""));
        for (String c : classes) out.append(String.format(Locale.ROOT, " %8s", c));
        out.append('\n');
        for (int t = 0; t < classes.size(); t++) {
            out.append(String.format(Locale.ROOT, "%-10s", classes.get(t)));
            for (int p = 0; p < classes.size(); p++) out.append(String.format(Locale.ROOT, " %8d", confusion[t][p]));
            out.append('\n');
        }
        out.append("calibration (confidence band: right / verdicts)\n");
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            String to = b + 1 < bands.size() ? String.format(Locale.ROOT, "%.1f", bands.get(b + 1).from()) : "1.0";
            out.append(String.format(Locale.ROOT, "  %.1f-%s  %d / %d  %s%n", band.from(), to, band.right(), band.verdicts(),
                    band.verdicts() == 0 ? "" : String.format(Locale.ROOT, "(%.3f)", band.accuracy())));
        }
        return out.toString();
    }
}
