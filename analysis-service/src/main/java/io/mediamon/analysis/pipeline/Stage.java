package io.mediamon.analysis.pipeline;

/** The stages of {@link ArticleAnalyzer}, in the order they run, for per-stage timing. */
public enum Stage {
    /** Boilerplate and promotional paragraphs out. */
    CLEAN("clean"),
    /** Sentence split and the one tokenization of the article. */
    TEXT("text"),
    /** Gazetteer matching, mentions per party, unknown names. */
    ENTITIES("entities"),
    /** Topic rules over the article's terms. */
    TOPICS("topics"),
    /** Target scoring of every mention, pooling per party. */
    SENTIMENT("sentiment"),
    /** SimHash fingerprint and the near-duplicate look-up. */
    STORY("story");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
