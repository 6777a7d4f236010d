package neuralmath.metrics;

/**
 * How well one class was recognised.
 *
 * @param label     the class
 * @param precision TP / (TP + FP): of the examples predicted as this class, the share that were (0 if none were)
 * @param recall    TP / (TP + FN): of the examples of this class, the share found (0 if there were none)
 * @param support   how many examples of this class there were, TP + FN
 */
public record ClassScores(int label, double precision, double recall, int support) {
}
