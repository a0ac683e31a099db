package dev.parley.analysis.learn;

/**
 * One labelled item to learn from.
 *
 * @param group what must never be split between training and scoring (a thread, for stance; a message, for tone)
 * @param id a name for reports (a person, a Message-ID)
 * @param features one value per feature, in the order of the feature names
 * @param label the index of the true class
 */
public record Example(String group, String id, double[] features, int label) {
}
