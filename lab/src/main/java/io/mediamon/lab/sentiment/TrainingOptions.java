package io.mediamon.lab.sentiment;

/**
 * Hyper-parameters of {@link SoftmaxTrainer}; the defaults were chosen on the NewsMTSC dev sets.
 *
 * @param epochs       passes over the training data
 * @param learningRate constant SGD step (weights are averaged over all steps)
 * @param l2           L2 penalty applied to the features of each example
 * @param minCount     a feature must occur in at least this many training examples to be kept
 * @param seed         shuffling seed; same data + same options give the same model
 * @param balanced     weight each example's loss by n / (3 * n_class) so rare classes count as much as common ones
 */
public record TrainingOptions(int epochs, double learningRate, double l2, int minCount, long seed, boolean balanced) {

    public static TrainingOptions defaults() {
        return new TrainingOptions(15, 0.02, 1e-2, 3, 20_240_601L, false);
    }
}
