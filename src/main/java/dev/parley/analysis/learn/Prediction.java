package dev.parley.analysis.learn;

/**
 * A model's answer for one item: the probability of each class (summing to 1) and the most likely one.
 */
public record Prediction(double[] probabilities) {

    public int label() {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) if (probabilities[c] > probabilities[best]) best = c;
        return best;
    }

    public double confidence() {
        return probabilities[label()];
    }
}
