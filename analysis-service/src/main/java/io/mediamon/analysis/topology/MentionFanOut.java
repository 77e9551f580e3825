package io.mediamon.analysis.topology;

import io.mediamon.common.event.Mention;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.event.TopicTag;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/** One mention per party of a tagged article, keyed by the party's entity id. */
final class MentionFanOut {
    /** The finder of a party whose analysis did not say how it was found (older records). */
    static final String FOUND_BY_GAZETTEER = "gazetteer";

    private MentionFanOut() {
    }

    static List<KeyValue<String, Mention>> mentions(TaggedArticle article) {
        List<String> topics = article.topics().stream().map(TopicTag::id).toList();
        List<KeyValue<String, Mention>> out = new ArrayList<>(article.parties().size());
        for (PartySentiment party : article.parties()) {
            out.add(KeyValue.pair(party.entityId(), new Mention(party.entityId(), party.name(), article.id(),
                    article.storyId(), article.duplicate(), article.outlet(), article.displayTitle(), article.eventTime(),
                    article.ingestedAt(), party.sentiment(), topics, party.type(),
                    party.foundBy() == null ? FOUND_BY_GAZETTEER : party.foundBy().json(),
                    party.evidence() == null || party.evidence().isEmpty() ? null : party.evidence().get(0))));
        }
        return out;
    }
}
