package io.mediamon.analysis.pipeline;

import io.mediamon.common.event.Article;
import io.mediamon.common.event.TaggedArticle;

/**
 * Turns an article into its tagged form: topics, parties with sentiment and evidence, flags and fingerprint.
 * The story id is the article's own id here; the topology's story step may place it in an earlier story.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface ArticleTagging {
    TaggedArticle tag(Article article);
}
