package io.mediamon.alert.model;

/** Sentiment toward one entity from one outlet in one counting window, with its strongest evidence sentence. */
public final class OutletSummary {
    public String outlet;
    public long mentions;
    public long negative;
    public long neutral;
    public long positive;
    public double sentimentSum;
    public String evidence;
    public double evidenceScore;
    public String evidenceArticle;
}
