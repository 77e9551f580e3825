package io.mediamon.analysis.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decides {@code ABOUT("sentence")} terms: the sentence is embedded as the tagger embeds a topic description, and a
 * document's score is its cosine to the sentence less its mean cosine to the reference descriptions (the written IPTC
 * ones): e5 cosines run high and rise with a text's length, and the offset takes off what a document shares with any
 * news description, so a headline and a long lead are held to one threshold. The threshold is the description's
 * {@link AboutBackground} quantile of that score (no labels); a document holds when its headline-and-lead score is at
 * least that. Descriptions are embedded and calibrated once each and kept (at most
 * {@value #MAX_DESCRIPTIONS}; the cache starts over beyond that). The encoder is opened on first use, so a
 * deployment with no {@code ABOUT} query never loads it for this. Thread-safe.
 */
public final class AboutMatcher {
    static final int MAX_DESCRIPTIONS = 10_000;

    private record Calibrated(float[] vector, double threshold) {
    }

    private final Supplier<TopicEmbedder> embedder;
    private final Supplier<AboutBackground> background;
    private final List<String> references;
    private volatile float[][] referenceVectors;
    private final Map<String, Calibrated> descriptions = new ConcurrentHashMap<>();
    private volatile TopicEmbedder opened;
    private volatile AboutBackground loaded;

    /**
     * {@code embedder} and {@code background} are asked for once, on the first {@code ABOUT} term; {@code references}
     * are the descriptions whose mean cosine is a document's offset.
     */
    public AboutMatcher(Supplier<TopicEmbedder> embedder, Supplier<AboutBackground> background,
                        List<String> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("ABOUT needs reference descriptions");
        }
        this.embedder = embedder;
        this.background = background;
        this.references = List.copyOf(references);
    }

    /** With the full model's bundled background and the written IPTC descriptions as references. */
    public static AboutMatcher bundled(Supplier<TopicEmbedder> embedder) {
        return bundled(embedder, AboutBackground.RESOURCE);
    }

    /**
     * With the bundled {@code background} (the one made with the article embedding that documents will have) and the
     * written IPTC descriptions as references.
     */
    public static AboutMatcher bundled(Supplier<TopicEmbedder> embedder, String background) {
        List<String> refs = new ArrayList<>();
        DescribedTopics.iptcDescriptions().forEach(t -> refs.addAll(t.descriptions()));
        return new AboutMatcher(embedder, () -> AboutBackground.bundled(background), refs);
    }

    private float[][] referenceVectors() {
        float[][] r = referenceVectors;
        if (r == null) {
            synchronized (this) {
                if (referenceVectors == null) {
                    float[][] v = new float[references.size()][];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = embedder().embed(references.get(i));
                    }
                    referenceVectors = v;
                }
                r = referenceVectors;
            }
        }
        return r;
    }

    /** A document's offset: its mean cosine to the reference descriptions. */
    double offset(float[] document) {
        float[][] refs = referenceVectors();
        double sum = 0;
        for (float[] ref : refs) {
            sum += TopicEmbedder.dot(document, ref);
        }
        return sum / refs.length;
    }

    /** The shared embedder, opened on first call. */
    public TopicEmbedder embedder() {
        TopicEmbedder e = opened;
        if (e == null) {
            synchronized (this) {
                if (opened == null) {
                    opened = embedder.get();
                }
                e = opened;
            }
        }
        return e;
    }

    private AboutBackground background() {
        AboutBackground b = loaded;
        if (b == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = background.get();
                }
                b = loaded;
            }
        }
        return b;
    }

    /** The threshold of {@code description} (its background quantile). */
    public double threshold(String description) {
        return calibrated(description).threshold();
    }

    private Calibrated calibrated(String description) {
        Calibrated c = descriptions.get(description);
        if (c == null) {
            float[] v = embedder().embed(description);
            c = new Calibrated(v, background().threshold(b -> TopicEmbedder.dot(v, b) - offset(b)));
            if (descriptions.size() >= MAX_DESCRIPTIONS) {
                descriptions.clear();
            }
            descriptions.put(description, c);
        }
        return c;
    }

    /**
     * The aboutness of one document whose embedding {@code embedding} makes (called at most once, on the first
     * term; an empty vector means there is no text, and every term is then false).
     */
    public Aboutness forDocument(Supplier<float[]> embedding) {
        return new Aboutness() {
            private float[] doc;
            private double offset;

            @Override
            public Score score(String description) {
                if (doc == null) {
                    doc = embedding.get();
                    offset = doc.length == 0 ? 0 : offset(doc);
                }
                if (doc.length == 0) {
                    return null;
                }
                Calibrated c = calibrated(description);
                return new Score(TopicEmbedder.dot(doc, c.vector()) - offset, c.threshold());
            }
        };
    }
}
