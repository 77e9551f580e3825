package io.mediamon.analysis.topic;

import java.util.Locale;

/**
 * How topics are tagged ({@code MEDIAMON_TOPICS}), and for the model modes where the article embedding comes from and
 * which calibrated files go with it (each embedding has its own thresholds and {@code ABOUT} background, written by
 * the lab's calibrations through that same embedding).
 */
public enum TopicMode {
    /** boolean rules only, as before the model */
    RULES(null, TopicThresholds.RESOURCE, AboutBackground.RESOURCE),
    /**
     * the zero-shot IPTC tagger, plus the domain and user rules (and {@code ABOUT} terms); the article embedding is
     * predicted from the headline and lead's states after layer 10 by a linear map ({@link LayerProjection}): each
     * sentence's middle-layer pass (the one the contextual sentiment scorer reads) runs on through layers 8 to 10
     * only. The default with contextual sentiment: the same quality as {@link #MODEL_FULL} for three fifths of its
     * extra layers (see the README)
     */
    MODEL("/topic/layer10-projection.bin", "/topic/iptc-thresholds-layer10.txt", "/topic/about-background-layer10.bin"),
    /** as {@link #MODEL}, with the article embedding made by all of the encoder's last layers (8 to 12) */
    MODEL_FULL(null, TopicThresholds.RESOURCE, AboutBackground.RESOURCE),
    /**
     * as {@link #MODEL}, with the article embedding predicted from the middle-layer passes alone: no further layers
     * run, but less accurate (see the README); opt-in. Its {@code ABOUT} terms use the full model's background
     */
    MODEL_PROJECTED("/topic/layer-projection.bin", "/topic/iptc-thresholds-projected.txt", AboutBackground.RESOURCE);

    private final String projection;
    private final String thresholds;
    private final String background;

    TopicMode(String projection, String thresholds, String background) {
        this.projection = projection;
        this.thresholds = thresholds;
        this.background = background;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the zero-shot tagger runs. */
    public boolean usesModel() {
        return this != RULES;
    }

    /** The bundled map that predicts this mode's article embedding, or null when the last layers make it. */
    public String projectionResource() {
        return projection;
    }

    /** The bundled thresholds calibrated for this mode's article embedding. */
    public String thresholdsResource() {
        return thresholds;
    }

    /** The bundled {@code ABOUT} background made with this mode's article embedding. */
    public String backgroundResource() {
        return background;
    }

    public static TopicMode parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
