package io.mediamon.lab.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.pipeline.ArticleAnalyzer;
import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.analysis.topic.AboutBackground;
import io.mediamon.analysis.topic.ArticleTopics;
import io.mediamon.analysis.topic.DescribedTopics;
import io.mediamon.analysis.topic.TopicEmbedder;
import io.mediamon.analysis.topic.TopicMode;
import io.mediamon.lab.sentiment.PerSentEvaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code AboutCalibration PERSENT_DEV_CSV OUT [--mode MODE]}: writes the background that sets the threshold of a topic
 * defined by a sentence ({@code ABOUT("…")}, user topics by description), with no labels for that topic, for the article
 * embedding of topic mode {@code MODE} ({@code model-full} by default: {@code about-background.bin};
 * {@code model}: {@code about-background-layer10.bin}).
 * <ol>
 *   <li>The background: every PerSenT dev article (CC BY 4.0, ordinary news) read as the analyzer reads it for
 *   topics (headline and lead, {@link ArticleAnalyzer#topicReading}), embedded as the mode embeds an article, and its
 *   headline alone. The example headlines below are embedded the same way; the descriptions by the last layers, as
 *   the tagger embeds a topic description.</li>
 *   <li>The score of a text against a description is their cosine less the text's mean cosine to all the written
 *   IPTC description lines, as {@code AboutMatcher} computes it.</li>
 *   <li>The one shared parameter, the quantile: each written IPTC description line
 *   ({@link DescribedTopics#IPTC_RESOURCE}) stands in for a user's sentence; its threshold at quantile q is the q
 *   quantile of its cosines over the background; it then tags the hand-written example headlines
 *   ({@link DescribedTopics#IPTC_EXAMPLES}, written for mediamon), whose labels say whether it should. The q with
 *   the best F1 averaged over description lines is kept. AG News is not read.</li>
 * </ol>
 */
public final class AboutCalibration {
    static final double[] QUANTILES = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.96, 0.97, 0.98, 0.99,
        0.995};

    /** Off only to compare: the background then holds the articles alone. */
    static final boolean HEADLINES = !Boolean.getBoolean("about.articlesOnly");
    /** Off only to compare: raw cosines, with no offset (measured F1 0.347 at best, at the 0.5 quantile). */
    static final boolean RELATIVE = !Boolean.getBoolean("about.rawCosine");

    private record Description(String topic, String text) {
    }

    private AboutCalibration() {
    }

    static List<Description> descriptions() throws IOException {
        List<Description> out = new ArrayList<>();
        try (InputStream in = AboutCalibration.class.getResourceAsStream(DescribedTopics.IPTC_RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\\|", 4);
                out.add(new Description(cols[0].strip(), cols[3].strip()));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--mode"))) {
            System.err.println("usage: AboutCalibration PERSENT_DEV_CSV OUT [--mode model|model-full]");
            System.exit(2);
        }
        TopicMode mode = args.length == 4 ? TopicMode.parse(args[3]) : TopicMode.MODEL_FULL;
        TopicEmbedder embedder = TopicEmbedder.shared(EncoderSettings.defaults());
        // Documents (background articles and headlines, the examples) are embedded as the mode embeds an article;
        // the descriptions as the tagger embeds a topic description, by the last layers.
        ArticleTopics topics = ArticleTopics.create(mode, null, null, EncoderSettings.defaults());
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(LearnedTargetScorer.loadDefault(), null, topics);
        List<float[]> background = new ArrayList<>();
        for (PerSentEvaluator.Row row : PerSentEvaluator.read(Path.of(args[0]))) {
            ArticleTopics.Reading reading = analyzer.topicReading(row.title(), row.document());
            float[] v = reading.embedding();
            if (v.length > 0) {
                background.add(v);
            }
            if (HEADLINES) {
                float[] h = topics.embed(reading.passages().subList(0, 1));
                background.add(h);
            }
        }
        List<TopicCalibration.Example> examples = TopicCalibration.examples();
        float[][] ex = new float[examples.size()][];
        for (int i = 0; i < ex.length; i++) {
            ex[i] = topics.embed(List.of(examples.get(i).text()));
        }
        List<Description> descriptions = descriptions();
        double[][] bg = new double[descriptions.size()][];
        float[][] dv = new float[descriptions.size()][];
        for (int d = 0; d < descriptions.size(); d++) {
            dv[d] = embedder.embed(descriptions.get(d).text());
            bg[d] = new double[background.size()];
            for (int i = 0; i < background.size(); i++) {
                bg[d][i] = dot(dv[d], background.get(i));
            }
        }
        if (RELATIVE) {
            for (int d = 0; d < descriptions.size(); d++) {
                for (int i = 0; i < background.size(); i++) {
                    bg[d][i] -= meanDot(dv, background.get(i));
                }
            }
        }
        double bestQ = QUANTILES[0];
        double bestF = -1;
        for (double q : QUANTILES) {
            double sumF = 0;
            double sumP = 0;
            double sumR = 0;
            for (int d = 0; d < descriptions.size(); d++) {
                double cut = AboutBackground.quantileOf(bg[d], q);
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (int i = 0; i < ex.length; i++) {
                    boolean gold = examples.get(i).labels().contains(descriptions.get(d).topic());
                    double sim = dot(dv[d], ex[i]) - (RELATIVE ? meanDot(dv, ex[i]) : 0);
                    boolean pred = sim >= cut;
                    tp += gold && pred ? 1 : 0;
                    fp += !gold && pred ? 1 : 0;
                    fn += gold && !pred ? 1 : 0;
                }
                sumF += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
                sumP += tp + fp == 0 ? 0 : (double) tp / (tp + fp);
                sumR += tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            }
            int n = descriptions.size();
            System.out.printf(Locale.ROOT, "quantile %.3f: F1 %.3f precision %.3f recall %.3f (mean over %d"
                    + " description lines)%n", q, sumF / n, sumP / n, sumR / n, n);
            if (sumF / n > bestF + 1e-12) {
                bestF = sumF / n;
                bestQ = q;
            }
        }
        System.out.printf(Locale.ROOT, "background: %d PerSenT dev articles; chosen quantile %.3f (F1 %.3f)%n",
                background.size(), bestQ, bestF);
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            AboutBackground.write(background, bestQ, out);
        }
    }

    private static double meanDot(float[][] refs, float[] x) {
        double s = 0;
        for (float[] r : refs) {
            s += dot(r, x);
        }
        return s / refs.length;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
