package io.mediamon.analysis.sentiment.party;

import io.mediamon.common.event.Sentiment;

/** The article-level decision: from what the mentions of one party add up to, the article's sentiment toward it. */
@FunctionalInterface
public interface ArticleStance {
    /**
     * @param partyId  the party's id (a decision may ignore it; the lab's recorder uses it)
     * @param features {@link ArticleStanceFeatures} of the party's scored mentions (at least one)
     */
    Sentiment decide(String partyId, double[] features);
}
