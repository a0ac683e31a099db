package dev.parley.analysis.learn;

import java.util.List;

/**
 * Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", 2017): one number that divides every
 * class score, chosen to minimise the negative log-likelihood of predictions the model made on items it was not
 * trained on. It changes confidences, never which class wins.
 */
public final class Calibration {

    private Calibration() {
    }

    /** The temperature in [0.25, 8] that best fits these out-of-sample scores to their true labels. */
    public static double temperature(List<double[]> scores, List<Integer> labels) {
        if (scores.isEmpty()) return 1;
        double lo = Math.log(0.25), hi = Math.log(8);
        double golden = (Math.sqrt(5) - 1) / 2;
        double a = hi - golden * (hi - lo), b = lo + golden * (hi - lo);
        double fa = nll(scores, labels, Math.exp(a)), fb = nll(scores, labels, Math.exp(b));
        for (int i = 0; i < 60; i++) {
            if (fa < fb) {
                hi = b; b = a; fb = fa;
                a = hi - golden * (hi - lo);
                fa = nll(scores, labels, Math.exp(a));
            } else {
                lo = a; a = b; fa = fb;
                b = lo + golden * (hi - lo);
                fb = nll(scores, labels, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    static double nll(List<double[]> scores, List<Integer> labels, double t) {
        double sum = 0;
        for (int i = 0; i < scores.size(); i++)
            sum -= Math.log(Math.max(LogisticModel.softmax(scores.get(i), t)[labels.get(i)], 1e-15));
        return sum / scores.size();
    }
}
