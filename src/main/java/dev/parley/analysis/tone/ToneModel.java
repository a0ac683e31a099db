package dev.parley.analysis.tone;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.analysis.learn.LogisticModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trained tone model as shipped ({@code tone-model.json} beside this class, made by {@code parley train-tone}
 * from {@code labels/tone}): the calibrated logistic regression over {@link ToneFeatures}, and the probability
 * above which a message is called heated.
 *
 * @param model classes in {@link Tone.Label} order, features {@link ToneFeatures#NAMES}
 * @param heatedThreshold heated is given only at or above this calibrated probability (and with heated evidence)
 * @param lexicon the first line of the lexicon it was trained with
 */
public record ToneModel(LogisticModel model, double heatedThreshold, String lexicon) {

    static final String RESOURCE = "tone-model.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ToneModel {
        if (!model.features().equals(ToneFeatures.NAMES))
            throw new IllegalArgumentException("the tone model's features are not those of ToneFeatures: retrain it");
        if (model.classes().size() != Tone.Label.values().length)
            throw new IllegalArgumentException("the tone model needs one class per tone");
    }

    /** The model shipped with Parley. */
    public static ToneModel standard() {
        try (InputStream in = ToneModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the tone model " + RESOURCE + " is missing from the class path");
            return JSON.readValue(in, ToneModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the tone model " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    public void save(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        JSON.writeValue(file.toFile(), this);
    }
}
