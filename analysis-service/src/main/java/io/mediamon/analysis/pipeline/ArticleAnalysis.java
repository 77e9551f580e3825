package io.mediamon.analysis.pipeline;

import io.mediamon.common.event.ArticleFlags;
import io.mediamon.common.event.NewEntity;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.TextStats;
import io.mediamon.common.event.TopicTag;
import java.util.List;

/**
 * Everything the language pipeline learned about one article.
 *
 * @param topics      topics whose rules matched often enough
 * @param parties     known parties with the sentiment toward each, most mentioned first
 * @param newEntities capitalised names the gazetteer does not know, most frequent first
 * @param flags       what cleaning removed (boilerplate, promotional paragraphs)
 * @param stats       size of the cleaned text
 * @param cleanText   the analysed text: headline, then the kept paragraphs, separated by blank lines
 * @param headline    the title to show: the given one, or the article's own headline when the given title was
 *                    site furniture
 * @param fingerprint 64-bit SimHash of the analysed text's words (of the title when nothing was kept)
 */
public record ArticleAnalysis(
        List<TopicTag> topics,
        List<PartySentiment> parties,
        List<NewEntity> newEntities,
        ArticleFlags flags,
        TextStats stats,
        String cleanText,
        String headline,
        long fingerprint) {

    public ArticleAnalysis {
        topics = List.copyOf(topics);
        parties = List.copyOf(parties);
        newEntities = List.copyOf(newEntities);
    }
}
