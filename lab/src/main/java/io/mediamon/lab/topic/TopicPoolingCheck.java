package io.mediamon.lab.topic;

import io.mediamon.analysis.encoder.EncoderSettings;
import io.mediamon.analysis.text.SentenceSplitter;
import io.mediamon.analysis.topic.DescribedTopics;
import io.mediamon.analysis.topic.TopicEmbedder;
import io.mediamon.analysis.topic.TopicThresholds;
import io.mediamon.analysis.topic.ZeroShotTopicTagger;
import io.mediamon.common.event.TopicTag;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import opennlp.tools.util.Span;

/**
 * {@code TopicPoolingCheck FILE}: how the zero-shot tagger's input is pooled, compared on one AG News file. Each
 * variant is calibrated on the hand-written headlines only (as the shipped thresholds are), then measured:
 * {@code shared} (every sentence alone and unprefixed, as the sentiment scorer encodes it, last layer averaged over
 * all tokens; centered, and not centered as shipped), {@code per-sentence} (the same passes, each sentence's mean weighing the same) and
 * {@code prefixed} ({@code "query: " + title + ". " + description} in one pass, which no sentiment pass can share).
 */
public final class TopicPoolingCheck {
    private TopicPoolingCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        SentenceSplitter splitter = new SentenceSplitter();
        TopicEmbedder shared = TopicEmbedder.shared(EncoderSettings.defaults());
        TopicThresholds th = TopicCalibration.calibrate(shared, true);
        ZeroShotTopicTagger tagger = new ZeroShotTopicTagger(shared, DescribedTopics.iptc(), List.of(), th, true);
        System.out.println("== shared (token mean over headline and lead sentences, unprefixed, centered); thresholds:");
        System.out.print(th.format());
        AgNewsEval.evaluate(file, (t, d) -> tagger.tag(sentences(splitter, t, d)), System.out);

        TopicThresholds plainTh = TopicCalibration.calibrate(shared, false);
        ZeroShotTopicTagger plain = new ZeroShotTopicTagger(shared, DescribedTopics.iptc(), List.of(), plainTh, false);
        System.out.println("== shared, not centered (shipped); thresholds:");
        System.out.print(plainTh.format());
        AgNewsEval.evaluate(file, (t, d) -> plain.tag(sentences(splitter, t, d)), System.out);

        System.out.println("== per-sentence (mean of unit sentence embeddings), not centered");
        AgNewsEval.evaluate(file, perSentence(splitter, shared, plain, plainTh), System.out);

        TopicEmbedder prefixed = new TopicEmbedder(shared.encoder(), "query: ");
        TopicThresholds pth = TopicCalibration.calibrate(prefixed);
        ZeroShotTopicTagger ptagger = new ZeroShotTopicTagger(prefixed, DescribedTopics.iptc(), List.of(), pth);
        System.out.println("== prefixed (one pass over 'query: title. description')");
        AgNewsEval.evaluate(file, (t, d) -> ptagger.tag(t + ". " + d), System.out);
    }

    private static BiFunction<String, String, List<TopicTag>> perSentence(SentenceSplitter splitter,
            TopicEmbedder embedder, ZeroShotTopicTagger tagger, TopicThresholds th) {
        return (t, d) -> {
            // centering happens inside the tagger
            float[] sum = null;
            for (String s : sentences(splitter, t, d)) {
                float[] v = embedder.embed(s);
                if (sum == null) {
                    sum = new float[v.length];
                }
                for (int i = 0; i < v.length; i++) {
                    sum[i] += v[i];
                }
            }
            double norm = 0;
            for (float x : sum) {
                norm += x * x;
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= (float) Math.sqrt(norm);
            }
            return ZeroShotTopicTagger.select(tagger.scores(sum), th.margin(), th.spread());
        };
    }

    static List<String> sentences(SentenceSplitter splitter, String title, String description) {
        List<String> out = new ArrayList<>();
        for (String paragraph : List.of(title, description)) {
            for (Span span : splitter.split(paragraph)) {
                String s = paragraph.substring(span.getStart(), span.getEnd()).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
