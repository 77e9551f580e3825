package io.mediamon.lab.sentiment;

import io.mediamon.analysis.sentiment.FeatureVector;
import io.mediamon.analysis.sentiment.LinearSoftmaxModel;
import io.mediamon.common.event.SentimentLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits a {@link LinearSoftmaxModel} with averaged stochastic gradient descent on the cross-entropy loss.
 * Deterministic: features are indexed in sorted order and examples are shuffled with a seeded {@link Random}.
 */
public final class SoftmaxTrainer {

    private static final int K = 3;
    private final TrainingOptions options;

    public SoftmaxTrainer(TrainingOptions options) {
        this.options = options;
    }

    public LinearSoftmaxModel fit(List<FeatureVector> examples, List<SentimentLabel> labels) {
        if (examples.size() != labels.size()) {
            throw new IllegalArgumentException("examples and labels differ in size");
        }
        Map<String, Integer> index = buildIndex(examples);
        int[][] featureIds = new int[examples.size()][];
        float[][] featureValues = new float[examples.size()][];
        encode(examples, index, featureIds, featureValues);
        int[] gold = labels.stream().mapToInt(SentimentLabel::ordinal).toArray();
        double[] classWeight = classWeights(gold);

        int f = index.size();
        double[] w = new double[(f + 1) * K];
        double[] u = new double[(f + 1) * K];
        int biasRow = f;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(options.seed());
        double lr = options.learningRate();
        double l2 = options.l2();
        long step = 1;
        double[] z = new double[K];
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int e : order) {
                int[] ids = featureIds[e];
                float[] xs = featureValues[e];
                z[0] = w[biasRow * K];
                z[1] = w[biasRow * K + 1];
                z[2] = w[biasRow * K + 2];
                for (int j = 0; j < ids.length; j++) {
                    int base = ids[j] * K;
                    z[0] += w[base] * xs[j];
                    z[1] += w[base + 1] * xs[j];
                    z[2] += w[base + 2] * xs[j];
                }
                double[] p = LinearSoftmaxModel.softmax(z);
                for (int k = 0; k < K; k++) {
                    double g = classWeight[gold[e]] * (p[k] - (gold[e] == k ? 1.0 : 0.0));
                    for (int j = 0; j < ids.length; j++) {
                        int at = ids[j] * K + k;
                        double delta = -lr * (g * xs[j] + l2 * w[at]);
                        w[at] += delta;
                        u[at] += step * delta;
                    }
                    int at = biasRow * K + k;
                    double delta = -lr * g;
                    w[at] += delta;
                    u[at] += step * delta;
                }
                step++;
            }
        }
        return toModel(index, w, u, step, biasRow);
    }

    private double[] classWeights(int[] gold) {
        double[] weight = {1.0, 1.0, 1.0};
        if (!options.balanced() || gold.length == 0) {
            return weight;
        }
        int[] count = new int[K];
        for (int g : gold) {
            count[g]++;
        }
        for (int k = 0; k < K; k++) {
            weight[k] = count[k] == 0 ? 1.0 : gold.length / (double) (K * count[k]);
        }
        return weight;
    }

    private static LinearSoftmaxModel toModel(Map<String, Integer> index, double[] w, double[] u, long step,
                                              int biasRow) {
        Map<String, float[]> weights = new HashMap<>(index.size() * 2);
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            float[] row = averaged(w, u, step, entry.getValue());
            if (Math.abs(row[0]) >= 5e-5 || Math.abs(row[1]) >= 5e-5 || Math.abs(row[2]) >= 5e-5) {
                weights.put(entry.getKey(), row);
            }
        }
        return new LinearSoftmaxModel(weights, averaged(w, u, step, biasRow));
    }

    private static float[] averaged(double[] w, double[] u, long step, int row) {
        float[] out = new float[K];
        for (int k = 0; k < K; k++) {
            int at = row * K + k;
            out[k] = (float) (w[at] - u[at] / step);
        }
        return out;
    }

    private Map<String, Integer> buildIndex(List<FeatureVector> examples) {
        Map<String, Integer> counts = new HashMap<>(1 << 18);
        for (FeatureVector fv : examples) {
            for (int i = 0; i < fv.size(); i++) {
                counts.merge(fv.name(i), 1, Integer::sum);
            }
        }
        TreeMap<String, Integer> kept = new TreeMap<>();
        counts.forEach((name, count) -> {
            if (count >= options.minCount()) {
                kept.put(name, 0);
            }
        });
        Map<String, Integer> index = new HashMap<>(kept.size() * 2);
        int next = 0;
        for (String name : kept.keySet()) {
            index.put(name, next++);
        }
        return index;
    }

    private static void encode(List<FeatureVector> examples, Map<String, Integer> index, int[][] ids, float[][] values) {
        for (int e = 0; e < examples.size(); e++) {
            FeatureVector fv = examples.get(e);
            List<Integer> idList = new ArrayList<>(fv.size());
            List<Float> valueList = new ArrayList<>(fv.size());
            for (int i = 0; i < fv.size(); i++) {
                Integer id = index.get(fv.name(i));
                if (id != null) {
                    idList.add(id);
                    valueList.add(fv.value(i));
                }
            }
            ids[e] = idList.stream().mapToInt(Integer::intValue).toArray();
            values[e] = new float[valueList.size()];
            for (int i = 0; i < values[e].length; i++) {
                values[e][i] = valueList.get(i);
            }
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
