package io.mediamon.lab.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.analysis.topic.DescribedTopics;
import io.mediamon.analysis.topic.TopicEmbedder;
import io.mediamon.analysis.topic.TopicRules;
import io.mediamon.analysis.topic.TopicThresholds;
import io.mediamon.analysis.topic.ZeroShotTopicTagger;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code TopicLayerStudentCheck NEWSMTSC_TRAIN PERSENT_DEV AGNEWS_DEV TEACHER_CACHE LAYERS FEATURE_DIR}: ridge students
 * that read the token mean after layer L (L in the comma-separated {@code LAYERS}, 7 to 11) and predict the teacher's
 * last-layer embedding. The question: how many of layers 8-12 must run for a student to keep the teacher's quality,
 * since each layer beyond the sentiment scorer's 7th costs about a seventh of a layer-7 pass.
 *
 * <p>The texts, held-out split, ridge penalties, threshold calibration and AG News measurement are those of
 * {@link TopicStudentCheck} (its best student: the mean, with the PerSenT sentences), and the teacher embeddings come
 * from its cache ({@code TEACHER_CACHE}, made by it). Layer-L means are made as the topic stage makes them (each
 * sentence's layer-7 pass run on to layer L, {@link TopicEmbedder#meanAfter}) and cached per layer in
 * {@code FEATURE_DIR}.
 */
public final class TopicLayerStudentCheck {
    private static final int WIDTH = 384;

    private TopicLayerStudentCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            System.err.println("usage: TopicLayerStudentCheck NEWSMTSC_TRAIN PERSENT_DEV AGNEWS_DEV TEACHER_CACHE"
                    + " LAYERS FEATURE_DIR");
            System.exit(2);
        }
        PrintStream out = System.out;
        TopicEmbedder embedder = TopicEmbedder.shared(EncoderSettings.defaults());
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(LearnedTargetScorer.loadDefault(), null,
                ArticleTopics.rulesOnly(TopicRules.defaults()));
        List<TopicStudentCheck.Row> rows = TopicStudentCheck.read(Path.of(args[3]));
        List<List<String>> texts = new ArrayList<>(TopicDistillation.texts(Path.of(args[0]), Path.of(args[1]),
                analyzer));
        int base = texts.size();
        texts.addAll(TopicStudentCheck.sentences(analyzer, Path.of(args[1])));
        ZeroShotTopicTagger teacherTagger = new ZeroShotTopicTagger(embedder, DescribedTopics.iptc(), List.of(),
                TopicThresholds.bundled());
        boolean[] held = TopicStudentCheck.heldOut(rows.size());
        boolean[] measured = TopicStudentCheck.heldBase(held, rows);
        Path agNews = Path.of(args[2]);
        PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
        Files.createDirectories(Path.of(args[5]));
        for (String layerText : args[4].split(",")) {
            int layer = Integer.parseInt(layerText.strip());
            Path featureCache = Path.of(args[5], "layer-" + layer + ".bin");
            float[][] means = Files.exists(featureCache) ? readMeans(featureCache)
                    : means(embedder, layer, texts, base, rows.size(), featureCache);
            double[][] x = new double[rows.size()][];
            double[][] y = new double[rows.size()][];
            for (int i = 0; i < rows.size(); i++) {
                x[i] = TopicStudentCheck.Pooling.MEAN.features(means[i], null);
                y[i] = TopicStudentCheck.toDouble(rows.get(i).teacher());
            }
            HeldOutStudent fit = HeldOutStudent.fit(x, y, held, measured, rows, teacherTagger);
            double bestCos = fit.cosine();
            double bestPenalty = fit.penalty();
            TagAgreement agreement = fit.agreement();
            double[][] all = Ridge.fit(x, y, new boolean[rows.size()], bestPenalty);
            Function<List<String>, float[]> student = sentences -> {
                float[] mean = embedder.meanAfter(layer, sentences);
                return mean.length == 0 ? mean
                        : TopicStudentCheck.unit(Ridge.predict(TopicStudentCheck.Pooling.MEAN.features(mean, null), all));
            };
            TopicThresholds thresholds = TopicCalibration.calibrate(embedder, ZeroShotTopicTagger.CENTERED,
                    text -> student.apply(List.of(text)));
            ZeroShotTopicTagger tagger = new ZeroShotTopicTagger(embedder, DescribedTopics.iptc(), List.of(),
                    thresholds);
            AgNewsEval.Result ag = AgNewsEval.evaluate(agNews,
                    (t, d) -> tagger.tag(student.apply(analyzer.topicReading(t, d).passages())), sink);
            out.printf(Locale.ROOT, "layer %2d student: penalty %-6.3g held-out cosine %.4f tags agree %.3f first tag"
                            + " %.3f | AG News dev macro-F1 %.4f (World %.3f Sports %.3f Business %.3f Sci/Tech %.3f)"
                            + " topics/item %.2f%n", layer, bestPenalty, bestCos, agreement.tagSets(),
                    agreement.firstTags(), ag.macroF1(), ag.f1()[0], ag.f1()[1], ag.f1()[2], ag.f1()[3],
                    ag.topicsPerItem());
        }
    }

    /** The layer's means of every text with tokens, in the teacher cache's order (which skipped the same texts). */
    private static float[][] means(TopicEmbedder embedder, int layer, List<List<String>> texts, int base,
                                   int expected, Path cache) throws IOException {
        List<float[]> means = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            float[] m = embedder.meanAfter(layer, texts.get(i));
            if (m.length > 0) {
                means.add(m);
            }
            embedder.encoder().clearCache();
            if (i % 2000 == 0) {
                System.err.printf(Locale.ROOT, "%d/%d texts (%d base) encoded (%.0f s)%n", i, texts.size(), base,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        if (means.size() != expected) {
            throw new IllegalStateException(means.size() + " texts with tokens, the teacher cache holds " + expected);
        }
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            o.writeInt(means.size());
            for (float[] m : means) {
                for (float f : m) {
                    o.writeFloat(f);
                }
            }
        }
        return means.toArray(float[][]::new);
    }

    private static float[][] readMeans(Path cache) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
            float[][] means = new float[in.readInt()][WIDTH];
            for (float[] m : means) {
                for (int j = 0; j < WIDTH; j++) {
                    m[j] = in.readFloat();
                }
            }
            return means;
        }
    }
}
