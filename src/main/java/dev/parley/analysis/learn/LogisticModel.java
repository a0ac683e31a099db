package dev.parley.analysis.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A trained multinomial logistic regression: for each class a weight per (standardised) feature and a bias; the
 * probabilities are the softmax of the class scores divided by the calibration temperature. Small and readable on
 * purpose: its JSON file (a few kilobytes) says which feature pushes toward which class, and by how much.
 *
 * @param classes class names, in label order
 * @param features feature names, in the order of {@link Example#features()}
 * @param mean per-feature mean of the training data (features are standardised before weighting)
 * @param scale per-feature standard deviation of the training data (1 where it was 0)
 * @param weights [class][feature]
 * @param bias per class
 * @param temperature calibration: above 1 softens over-confident probabilities
 * @param trainedOn a note on the data and command that made it, for the file's reader
 */
public record LogisticModel(List<String> classes, List<String> features, double[] mean, double[] scale,
                            double[][] weights, double[] bias, double temperature, String trainedOn) {

    public LogisticModel {
        classes = List.copyOf(classes);
        features = List.copyOf(features);
        if (weights.length != classes.size() || bias.length != classes.size())
            throw new IllegalArgumentException("a model needs one weight row and one bias per class");
        for (double[] row : weights)
            if (row.length != features.size()) throw new IllegalArgumentException("a weight row needs one weight per feature");
        if (mean.length != features.size() || scale.length != features.size())
            throw new IllegalArgumentException("a model needs a mean and a scale per feature");
        if (!(temperature > 0)) throw new IllegalArgumentException("the temperature must be positive");
    }

    public Prediction predict(double[] x) {
        return new Prediction(softmax(scores(x), temperature));
    }

    /** The class scores before calibration (logits). */
    double[] scores(double[] x) {
        if (x.length != features.size())
            throw new IllegalArgumentException("expected " + features.size() + " features, got " + x.length);
        double[] z = new double[classes.size()];
        for (int c = 0; c < z.length; c++) {
            double s = bias[c];
            for (int f = 0; f < x.length; f++) s += weights[c][f] * (x[f] - mean[f]) / scale[f];
            z[c] = s;
        }
        return z;
    }

    /**
     * How much each feature of {@code x} moved the score of class {@code c} (weight times standardised value): what
     * an explanation of the verdict lists first.
     */
    public double[] contributions(double[] x, int c) {
        double[] out = new double[x.length];
        for (int f = 0; f < x.length; f++) out[f] = weights[c][f] * (x[f] - mean[f]) / scale[f];
        return out;
    }

    public LogisticModel withTemperature(double t) {
        return new LogisticModel(classes, features, mean, scale, weights, bias, t, trainedOn);
    }

    public LogisticModel withNote(String note) {
        return new LogisticModel(classes, features, mean, scale, weights, bias, temperature, note);
    }

    static double[] softmax(double[] z, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v / temperature);
        double sum = 0;
        double[] p = new double[z.length];
        for (int c = 0; c < z.length; c++) sum += p[c] = Math.exp(z[c] / temperature - max);
        for (int c = 0; c < z.length; c++) p[c] /= sum;
        return p;
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }

    /**
     * Reads a model file (with {@link ShippedJson}: the model is read by commands that start often).
     *
     * @throws IOException when the file is not a model of this shape, saying which field is wrong
     */
    public static LogisticModel read(InputStream in) throws IOException {
        if (!(ShippedJson.read(in) instanceof Map<?, ?> root)) throw new IOException("a model file is one JSON object");
        List<?> rows = list(root, "weights");
        double[][] weights = new double[rows.size()][];
        for (int c = 0; c < weights.length; c++) weights[c] = numbers(rows.get(c), "weights");
        if (!(root.get("temperature") instanceof Double temperature)) throw new IOException("a model file needs the field temperature");
        Object note = root.get("trainedOn");
        try {
            return new LogisticModel(texts(list(root, "classes")), texts(list(root, "features")),
                    numbers(root.get("mean"), "mean"), numbers(root.get("scale"), "scale"), weights,
                    numbers(root.get("bias"), "bias"), temperature, note == null ? "" : note.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<?> list(Map<?, ?> root, String name) throws IOException {
        if (!(root.get(name) instanceof List<?> l)) throw new IOException("a model file needs the field " + name);
        return l;
    }

    private static List<String> texts(List<?> values) {
        List<String> out = new ArrayList<>(values.size());
        for (Object v : values) out.add(String.valueOf(v));
        return out;
    }

    private static double[] numbers(Object values, String name) throws IOException {
        if (values == null) throw new IOException("a model file needs the field " + name);
        if (!(values instanceof List<?> l)) throw new IOException("the model's " + name + " is not a list of numbers");
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(l.get(i) instanceof Double d)) throw new IOException("the model's " + name + " is not a list of numbers");
            out[i] = d;
        }
        return out;
    }

    /** A model shipped as a class-path resource (beside the class that uses it). */
    public static LogisticModel resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the model " + name + " is missing from the class path");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the model " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
