package io.mediamon.common.event;

import java.util.List;

/**
 * A party mentioned in an article and the sentiment the article expresses toward it.
 *
 * @param entityId    Wikidata id where known (Q148 for China), else a stable slug
 * @param name        canonical name
 * @param type        country, government, organisation, company, person, ...
 * @param affiliation for people: the entity id of the party they speak for, else null
 * @param mentions    how many times the article mentions it (aliases included)
 * @param sentiment   aggregated sentiment toward the party
 * @param evidence    the top sentences behind the score
 * @param foundBy     how analysis found the party (null from older producers)
 * @param surfaceForms the distinct forms that matched in this article ("Neelie Kroes", "Kroes"), at most a few
 */
public record PartySentiment(
        String entityId,
        String name,
        String type,
        String affiliation,
        int mentions,
        Sentiment sentiment,
        List<Evidence> evidence,
        PartySource foundBy,
        List<String> surfaceForms) {

    /** A party without the explanation of how it was found (as older producers wrote it). */
    public PartySentiment(String entityId, String name, String type, String affiliation, int mentions,
                          Sentiment sentiment, List<Evidence> evidence) {
        this(entityId, name, type, affiliation, mentions, sentiment, evidence, null, null);
    }
}
