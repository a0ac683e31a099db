package dev.parley.analysis.learn;

import java.util.Arrays;
import java.util.List;

/**
 * Fits a {@link LogisticModel} by minimising the class-weighted cross-entropy plus an L2 penalty on the weights
 * (not the biases), with Adam on the full batch: the data sets here are a few hundred to a few thousand items of a
 * few dozen features, so a fit takes milliseconds and needs no sampling. Features are standardised first, so one
 * penalty suits them all and the weights are comparable.
 *
 * @param l2 the penalty per unit of squared weight, relative to the mean loss of one item
 * @param balance how far each class is weighed inversely to its frequency: 0 every item alike, 1 a rare class counts
 *                as much as a common one (the measure that matters here is macro-F1), in between the inverse frequency
 *                to that power (0.5: its square root, for when full balance makes the rare classes over-predicted)
 */
public record LogisticTrainer(double l2, double balance) {

    public LogisticTrainer {
        if (!(balance >= 0 && balance <= 1)) throw new IllegalArgumentException("the balance must lie in [0, 1]");
    }

    /** Fully balanced or not at all. */
    public LogisticTrainer(double l2, boolean balanced) {
        this(l2, balanced ? 1 : 0);
    }

    private static final int MAX_STEPS = 4000;
    private static final double RATE = 0.05;

    public LogisticModel train(List<Example> examples, List<String> classes, List<String> features) {
        if (examples.isEmpty()) throw new IllegalArgumentException("nothing to train on");
        int n = examples.size(), k = classes.size(), d = features.size();
        double[] mean = new double[d], scale = new double[d];
        for (Example e : examples) for (int f = 0; f < d; f++) mean[f] += e.features()[f] / n;
        for (Example e : examples) for (int f = 0; f < d; f++) scale[f] += Math.pow(e.features()[f] - mean[f], 2) / n;
        for (int f = 0; f < d; f++) scale[f] = scale[f] > 1e-12 ? Math.sqrt(scale[f]) : 1;
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) for (int f = 0; f < d; f++) x[i][f] = (examples.get(i).features()[f] - mean[f]) / scale[f];
        double[] itemWeight = itemWeights(examples, k);

        // parameters: k rows of d weights and a bias, flattened; Adam's moments alongside
        int p = k * (d + 1);
        double[] w = new double[p], m = new double[p], v = new double[p], grad = new double[p];
        double previous = Double.MAX_VALUE;
        for (int step = 1; step <= MAX_STEPS; step++) {
            Arrays.fill(grad, 0);
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double[] z = new double[k];
                for (int c = 0; c < k; c++) {
                    int row = c * (d + 1);
                    double s = w[row + d];
                    for (int f = 0; f < d; f++) s += w[row + f] * x[i][f];
                    z[c] = s;
                }
                double[] prob = LogisticModel.softmax(z, 1);
                int y = examples.get(i).label();
                loss -= itemWeight[i] * Math.log(Math.max(prob[y], 1e-15));
                for (int c = 0; c < k; c++) {
                    double g = itemWeight[i] * (prob[c] - (c == y ? 1 : 0));
                    int row = c * (d + 1);
                    for (int f = 0; f < d; f++) grad[row + f] += g * x[i][f];
                    grad[row + d] += g;
                }
            }
            for (int c = 0; c < k; c++)
                for (int f = 0; f < d; f++) {
                    int at = c * (d + 1) + f;
                    loss += 0.5 * l2 * w[at] * w[at];
                    grad[at] += l2 * w[at];
                }
            for (int j = 0; j < p; j++) {
                m[j] = 0.9 * m[j] + 0.1 * grad[j];
                v[j] = 0.999 * v[j] + 0.001 * grad[j] * grad[j];
                double mHat = m[j] / (1 - Math.pow(0.9, step)), vHat = v[j] / (1 - Math.pow(0.999, step));
                w[j] -= RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
            if (Math.abs(previous - loss) < 1e-9 * Math.max(1, Math.abs(loss))) break;
            previous = loss;
        }
        double[][] weights = new double[k][d];
        double[] bias = new double[k];
        for (int c = 0; c < k; c++) {
            System.arraycopy(w, c * (d + 1), weights[c], 0, d);
            bias[c] = w[c * (d + 1) + d];
        }
        return new LogisticModel(classes, features, mean, scale, weights, bias, 1, "");
    }

    /** Per item: its class's inverse frequency to the power {@link #balance}; they sum to 1 (a mean loss). */
    private double[] itemWeights(List<Example> examples, int k) {
        int n = examples.size();
        double[] out = new double[n];
        int[] count = new int[k];
        for (Example e : examples) count[e.label()]++;
        int present = (int) Arrays.stream(count).filter(c -> c > 0).count();
        double sum = 0;
        for (int i = 0; i < n; i++) sum += out[i] = Math.pow((double) n / (present * count[examples.get(i).label()]), balance);
        for (int i = 0; i < n; i++) out[i] /= sum;
        return out;
    }
}
